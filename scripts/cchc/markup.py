"""Raw HTML and script links in a document's body: the public site shows none of it.

A body is Markdown. HTML comments (``<!-- ... -->``, the guidance ``cchc new`` writes) are
allowed and never published; code spans and fenced code blocks are text. Anything else that
looks like an HTML tag (``<script>``, ``<iframe>``, ``<style>``, ``<b onclick=...>``...) is
CCHC-H001; a Markdown link to a ``javascript:``, ``vbscript:`` or ``data:`` address is CCHC-H002;
an image (``![...](...)``, ``![...][...]``) is CCHC-H003; a raw block or inline of an output
format (````` ```{=openxml} `````, ``` `...`{=typst} ```) is CCHC-H004. The renderer drops all of
these whatever the checker said (official.lua); the findings tell the author before printing.

Every pattern here is linear in the length of a line (no nested or adjacent quantifiers that can
match the same characters), so no line can make the checker slow.
"""
from __future__ import annotations

import re

from .findings import Collector, emits

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_FENCE = re.compile(r"\s{0,3}(```|~~~)")
_BACKTICKS = re.compile(r"`+")
_TAG = re.compile(r"(?<!\\)<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?)/?>")
_EVENT = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)
_SCRIPT_LINK = re.compile(r"(?:\]\(|^ {0,3}\[[^\]]*\]:)[ \t]*(?:<[ \t]*)?((?:java|vb)script|data)[ \t]*:",
                          re.IGNORECASE)
_IMAGE_START = re.compile(r"!\[")
_RAW_FENCE = re.compile(r" {0,3}(?:`{3,}|~{3,})[ \t]*\{[ \t]*=([A-Za-z0-9_+-]*)")
_RAW_ATTRIBUTE = re.compile(r"\{=([A-Za-z0-9_+-]*)\}")
DANGEROUS = ("script", "iframe", "style", "object", "embed", "form", "frame", "frameset", "svg", "math", "link",
             "meta", "base")


def _blank(match: re.Match) -> str:
    """The matched text with every character but newlines turned into spaces (columns stay right)."""
    return re.sub(r"[^\n]", " ", match.group(0))


def visible_lines(body: str) -> list[str]:
    """The body's lines with comments, code spans and fenced code blocks blanked out."""
    lines = _COMMENT.sub(_blank, body).split("\n")
    fence = None
    for index, line in enumerate(lines):
        opening = _FENCE.match(line)
        if fence is None and opening:
            fence, lines[index] = opening.group(1), ""
        elif fence is not None:
            if line.strip().startswith(fence):
                fence = None
            lines[index] = ""
        else:
            for start, end in reversed(code_spans(line)):
                line = line[:start] + " " * (end - start) + line[end:]
            lines[index] = line
    return lines


def code_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each code span of a line: a run of n backticks up to the next run of exactly n
    (CommonMark). Linear: the next run of each length is known before the scan."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(line)]
    following: list[int | None] = [None] * len(runs)
    last: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        following[index] = last.get(length)
        last[length] = index
    spans, index = [], 0
    while index < len(runs):
        closing = following[index]
        if closing is None:
            index += 1
            continue
        spans.append((runs[index][0], runs[closing][1]))
        index = closing + 1
    return spans


def _tag_variant(name: str, attributes: str) -> str | None:
    """What CCHC-H001 adds about a tag: it can run code itself, or through an event attribute."""
    if name.lower() in DANGEROUS:
        return "dangerous_tag"
    if _EVENT.search(attributes):
        return "event_attribute"
    return None


def _images(line: str):
    """(column, target) of each image ``![text](target)`` or ``![text][label]`` of a line. The closing
    bracket after each ``![`` is looked up once for all the ``![`` before it (linear time)."""
    close = -1
    for match in _IMAGE_START.finditer(line):
        if close < match.end():
            close = line.find("]", match.end())
            if close < 0:
                return
        closer = {"(": ")", "[": "]"}.get(line[close + 1:close + 2])
        if closer:
            end = line.find(closer, close + 2)
            yield match.start() + 1, line[close + 2:end if end >= 0 else None][:120].strip()


@emits("CCHC-H004")
def _raw_blocks(body: str, first_line: int, path: str, out: Collector) -> None:
    """Raw blocks and inlines of an output format (```{=openxml}, `...`{=typst}), comments aside."""
    for offset, line in enumerate(_COMMENT.sub(_blank, body).split("\n")):
        fence = _RAW_FENCE.match(line)
        if fence:
            out.at("CCHC-H004", (path, first_line + offset, 1), fmt=fence.group(1))
            continue
        for _, end in code_spans(line):            # a code span followed by {=format}
            raw = _RAW_ATTRIBUTE.match(line, end)
            if raw:
                out.at("CCHC-H004", (path, first_line + offset, end + 1), fmt=raw.group(1))


@emits("CCHC-H001", "CCHC-H002", "CCHC-H003")
def check_body(path: str, body: str, first_line: int, out: Collector) -> None:
    _raw_blocks(body, first_line, path, out)
    for offset, line in enumerate(visible_lines(body)):
        for column, target in _images(line):
            out.at("CCHC-H003", (path, first_line + offset, column), target=target)
        for match in _TAG.finditer(line):
            closing, name, attributes = match.groups()
            if closing:  # the opening tag is the finding; a closing tag alone shows nothing
                continue
            out.at("CCHC-H001", (path, first_line + offset, match.start() + 1), tag=f"<{name}>",
                   variant=_tag_variant(name, attributes))
        for match in _SCRIPT_LINK.finditer(line):
            out.at("CCHC-H002", (path, first_line + offset, match.start(1) + 1), scheme=match.group(1).lower())


def neutralise(text: str) -> str:
    """A hand-written page (content/) as Markdown that shows its HTML tags as text and has no script
    link: the "<" of every tag CCHC-H001 would report becomes "&lt;", a javascript:/vbscript:/data:
    link target becomes an anchor ("#alert(1)"). Comments, code spans and fenced code stay as they are."""
    lines = text.split("\n")
    for index, line in enumerate(visible_lines(text)):
        original = lines[index]
        matches = sorted([*_TAG.finditer(line), *_SCRIPT_LINK.finditer(line)], key=lambda m: m.start())
        for match in reversed(matches):              # right to left: earlier places stay where they were
            if match.re is _TAG:
                original = original[:match.start()] + "&lt;" + original[match.start() + 1:]
            else:
                original = original[:match.start(1)] + "#" + original[match.end(1) + 1:]
        lines[index] = original
    return "\n".join(lines)
