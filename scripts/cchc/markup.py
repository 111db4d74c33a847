"""Raw HTML and script links in a document's body: the public site shows none of it.

A body is Markdown. HTML comments (``<!-- ... -->``, the guidance ``cchc new`` writes) are
allowed and never published; code spans and fenced code blocks are text. Anything else that
looks like an HTML tag (``<script>``, ``<iframe>``, ``<style>``, ``<b onclick=...>``...) is
CCHC-H001; a Markdown link to a ``javascript:``, ``vbscript:`` or ``data:`` address is CCHC-H002.
"""
from __future__ import annotations

import re

from .findings import Collector

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_FENCE = re.compile(r"\s{0,3}(```|~~~)")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_TAG = re.compile(r"(?<!\\)<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?)/?>")
_EVENT = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)
_SCRIPT_LINK = re.compile(r"(\]\(\s*<?|^\s{0,3}\[[^\]]+\]:\s*<?)\s*((?:java|vb)script|data)\s*:",
                          re.IGNORECASE | re.MULTILINE)
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
            lines[index] = _CODE_SPAN.sub(_blank, line)
    return lines


def _tag_detail(name: str, attributes: str) -> tuple[str, str]:
    if name.lower() in DANGEROUS:
        return " (thẻ này có thể chạy mã hoặc thay đổi trang)", " (this tag can run code or alter the page)"
    if _EVENT.search(attributes):
        return " (có thuộc tính sự kiện on...= chạy mã)", " (it has an on...= event attribute that runs code)"
    return "", ""


def check_body(path: str, body: str, first_line: int, out: Collector) -> None:
    for offset, line in enumerate(visible_lines(body)):
        for match in _TAG.finditer(line):
            closing, name, attributes = match.groups()
            if closing:  # the opening tag is the finding; a closing tag alone shows nothing
                continue
            detail, detail_en = _tag_detail(name, attributes)
            out.at("CCHC-H001", (path, first_line + offset, match.start() + 1), tag=f"<{name}>",
                   detail=detail, detail_en=detail_en)
        for match in _SCRIPT_LINK.finditer(line):
            out.at("CCHC-H002", (path, first_line + offset, match.start(2) + 1), scheme=match.group(2).lower())


def check_markup(ws, ctx, out: Collector) -> None:
    for doc in ws.of_role("document"):
        if doc.body:
            check_body(doc.path, doc.body, doc.body_line, out)
