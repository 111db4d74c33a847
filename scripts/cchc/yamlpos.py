"""YAML with positions, on libyaml's event stream.

Values are built from events (never by PyYAML's constructors), so that:
- every value and key has its (file, line, column);
- codes stay strings: only plain decimal scalars without a leading zero become
  numbers, and those remember the text they were written as (``RawInt.raw``);
- bare yes/no/on/off stay text and are flagged; duplicate keys are flagged;
- anchors and aliases are counted so that a YAML bomb stops early;
- nesting depth is bounded before the parser can exhaust the C stack.
"""
from __future__ import annotations

import re
import unicodedata

import yaml

from .findings import Collector, emits

MAX_NODES = 200_000
MAX_DEPTH = 60

# Control characters a double-quoted scalar can hold through escapes ("\x01", "\e", "\v"); the
# file itself cannot (textcheck.py). Tab and line feed are text.
_ESCAPED_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?\Z")
_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_AMBIGUOUS = {"yes", "no", "on", "off"}
# libyaml when PyYAML was built with it; PyYAML's own parser (slower, the same events) otherwise.
_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_DEFAULT_TAGS = {None, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}


def _remade(kind, value, raw):
    """A RawInt or RawFloat again, with the text it was written as (sent between processes)."""
    made = kind(value)
    made.raw = raw
    return made


class RawInt(int):
    """An int that remembers how it was written (``010`` is never one, but ``10`` is)."""

    def __reduce__(self):  # sent between processes with its text: "2.000" in a count column is 2000 misread
        raw = getattr(self, "raw", None)
        return (int, (int(self),)) if raw is None else (_remade, (RawInt, int(self), raw))


class RawFloat(float):
    """A float that remembers how it was written (``1.10`` stays ``"1.10"`` as a code, ``2.075`` in a count
    column is told apart from ``2.07``)."""

    def __reduce__(self):
        raw = getattr(self, "raw", None)
        return (float, (float(self),)) if raw is None else (_remade, (RawFloat, float(self), raw))


def raw_text(value) -> str:
    return getattr(value, "raw", None) or str(value)


def nfc(text: str) -> str:
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


class Positions:
    """Where each value (and each mapping key) of a document was written."""

    def __init__(self):
        self.values: dict[tuple, tuple] = {}
        self.keys: dict[tuple, tuple] = {}

    def of(self, path: tuple, key: bool = False) -> tuple:
        """The position of ``path``, or of its nearest ancestor that has one."""
        table = self.keys if key else self.values
        path = tuple(path)
        while path:
            if path in table:
                return table[path]
            if key and path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), ("", 1, 1))

    def graft(self, prefix: tuple, other: "Positions") -> None:
        for path, pos in other.values.items():
            self.values[prefix + path] = pos
        for path, pos in other.keys.items():
            self.keys[prefix + path] = pos


class _Stop(Exception):
    pass


_NOKEY = object()
_SKIP = object()


class _Frame:
    __slots__ = ("value", "path", "is_map", "key", "seen", "anchor", "start", "pos")

    def __init__(self, value, path, is_map, anchor, start, pos):
        self.value = value
        self.path = path
        self.is_map = is_map
        self.key = _NOKEY
        self.seen = {} if is_map else None
        self.anchor = anchor
        self.start = start
        self.pos = pos


# What libyaml says -> the variant of CCHC-L002 that tells it in words an author can act on (catalogue).
_PROBLEMS = [
    ("mapping values are not allowed", "colon"),
    ("found character '\\t'", "tab"),
    ("tab character", "tab"),
    ("could not find expected ':'", "missing_colon"),
    ("did not find expected key", "indentation"),
    ("did not find expected '-' indicator", "list_indentation"),
    ("found undefined alias", "undefined_alias"),
    ("found unexpected end of stream", "end_of_stream"),
    ("found unknown escape character", "escape"),
    ("expected a single document", "several_documents"),
    ("found character that cannot start any token", "bad_start"),
    ("control characters are not allowed", "control"),
]


def _explain(problem: str) -> dict:
    """The args of CCHC-L002 for a parser's problem: a known one's variant, else the parser's own words."""
    for needle, variant in _PROBLEMS:
        if needle in problem:
            return {"variant": variant}
    return {"problem": problem} if problem else {"variant": "unknown"}


# What a parser says when one of its own limits stops it (libyaml 0.2.6 stops at 1,000 nesting
# levels, before the loader's MAX_DEPTH can see them, because its scanner reads ahead; other
# versions word or place their limits differently). Such a stop is the loader's limit finding,
# never the parser's English text.
_PARSER_LIMITS = ("maximum nesting", "nesting depth", "nesting level", "memory error", "out of memory")


def parser_limit(problem: str) -> bool:
    problem = problem.lower()
    return any(needle in problem for needle in _PARSER_LIMITS)


@emits("CCHC-L009")
def limit_finding(out: Collector, line: int, column: int, depth: bool = True) -> None:
    out.add("CCHC-L009", line, column, variant="parser_depth" if depth else "memory")


_KEY_LINE = re.compile(r"( *)([A-Za-z_][A-Za-z0-9_]*):(?: |$)")
_LIST_ITEM = re.compile(r"( *)- ")


def _key_after_list(lines: list[str], index: int) -> dict | None:
    """A field written at the indentation of the list above it ("phoi_hop:\n  - Sở A\n  thoi_gian: ..."):
    the field, the list's own key and the column where the field belongs, or None."""
    if not 0 <= index < len(lines):
        return None
    key = _KEY_LINE.match(lines[index])
    if not key:
        return None
    indent = len(key.group(1))
    for above in range(index - 1, max(index - 200, -1), -1):
        text = lines[above]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        item = _LIST_ITEM.match(text)
        if item and len(item.group(1)) <= indent:
            continue                       # an item of the list the field was put under
        owner = _KEY_LINE.match(text)
        if owner and len(owner.group(1)) < indent and text.rstrip().endswith(":"):
            return {"variant": "key_in_list", "field": key.group(2), "owner": owner.group(2),
                    "at": len(owner.group(1)) + 1}
        return None
    return None


@emits("CCHC-L002")
def syntax_finding(out: Collector, problem: str, line: int, column: int, lines: list[str] | None = None,
                   line_offset: int = 0) -> None:
    if parser_limit(problem or ""):
        limit_finding(out, line, column, depth="memory" not in problem.lower())
        return
    args = _explain(problem or "")
    if args.get("variant") in ("list_indentation", "indentation") and lines:
        args = _key_after_list(lines, line - 1 - line_offset) or args
    out.add("CCHC-L002", line, column, **args)


def load(text: str, file: str, out: Collector, line_offset: int = 0):
    """Parse one YAML document into plain values and their positions.

    Returns ``(value, positions)``; ``value`` is None when nothing could be read.
    Problems go to ``out``; no exception escapes for any input text.
    """
    builder = _Builder(file, out, line_offset)
    try:
        builder.run(text)
    except _Stop:
        return None, builder.positions
    except MemoryError:
        limit_finding(out, 1 + line_offset, 1, depth=False)
        return None, builder.positions
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 + line_offset) if mark else 1 + line_offset
        column = (mark.column + 1) if mark else 1
        syntax_finding(out, exc.problem or exc.context or "", line, column, text.split("\n"), line_offset)
        return None, builder.positions
    except yaml.YAMLError as exc:  # reader errors: position is a character index
        position = getattr(exc, "position", 0) or 0
        before = text[:position]
        line = before.count("\n") + 1 + line_offset
        column = position - (before.rfind("\n") + 1) + 1
        syntax_finding(out, getattr(exc, "reason", "") or str(exc), line, column)
        return None, builder.positions
    return builder.root, builder.positions


class _Builder:
    def __init__(self, file: str, out: Collector, line_offset: int):
        self.file = file
        self.out = out
        self.offset = line_offset
        self.positions = Positions()
        self.anchors: dict = {}
        self.stack: list[_Frame] = []
        self.nodes = 0
        self.root = None
        self.documents = 0

    def pos(self, mark) -> tuple:
        return (self.file, mark.line + 1 + self.offset, mark.column + 1)

    def run(self, text: str) -> None:
        for event in yaml.parse(text, Loader=_LOADER):
            kind = event.__class__
            if kind is yaml.ScalarEvent:
                self.scalar(event)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                self.start(event, kind is yaml.MappingStartEvent)
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                frame = self.stack.pop()
                self.finish(frame.value, frame.pos, frame.anchor, self.nodes - frame.start)
            elif kind is yaml.AliasEvent:
                self.alias(event)
            elif kind is yaml.DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    syntax_finding(self.out, "expected a single document in the stream",
                                   *self.pos(event.start_mark)[1:])
                    raise _Stop

    @emits("CCHC-L009")
    def count(self, n: int, mark) -> None:
        self.nodes += n
        if self.nodes > MAX_NODES:
            self.out.at("CCHC-L009", self.pos(mark), variant="nodes", limit=MAX_NODES)
            raise _Stop

    def child_path(self):
        if not self.stack:
            return ()
        top = self.stack[-1]
        if top.is_map:
            return None if top.key is _NOKEY else top.path + (top.key,)
        return top.path + (len(top.value),)

    @emits("CCHC-L009")
    def start(self, event, is_map: bool) -> None:
        self.count(1, event.start_mark)
        if len(self.stack) >= MAX_DEPTH:
            self.out.at("CCHC-L009", self.pos(event.start_mark), variant="depth", limit=MAX_DEPTH)
            raise _Stop
        self.check_tag(event)
        path = self.child_path()
        pos = self.pos(event.start_mark)
        if not self.stack:
            self.positions.values[()] = pos
        elif path is not None and self.stack[-1].key is not _SKIP:
            self.positions.values[path] = pos
        self.stack.append(_Frame({} if is_map else [], path if path is not None else ("?",),
                                 is_map, event.anchor, self.nodes, pos))

    @emits("CCHC-L015")
    def scalar(self, event) -> None:
        self.count(1, event.start_mark)
        pos = self.pos(event.start_mark)
        if event.style == '"' and _ESCAPED_CONTROL.search(event.value):   # written as an escape: "\x1b"
            self.out.at("CCHC-L015", pos, codepoint=f"{ord(_ESCAPED_CONTROL.search(event.value).group()):04X}")
            event.value = _ESCAPED_CONTROL.sub(" ", event.value)
        top = self.stack[-1] if self.stack else None
        if top is not None and top.is_map and top.key is _NOKEY:
            self.set_key(top, nfc(event.value), pos)
            return
        self.check_tag(event)
        value = self.resolve(event, pos)
        path = self.child_path()
        if path is not None and (top is None or top.key is not _SKIP):
            self.positions.values[path] = pos
        self.finish(value, pos, event.anchor, 1)

    def alias(self, event) -> None:
        if event.anchor not in self.anchors:
            syntax_finding(self.out, "found undefined alias", *self.pos(event.start_mark)[1:])
            raise _Stop
        value, size = self.anchors[event.anchor]
        self.count(size, event.start_mark)
        pos = self.pos(event.start_mark)
        top = self.stack[-1] if self.stack else None
        if top is not None and top.is_map and top.key is _NOKEY:
            self.set_key(top, str(value), pos)
            return
        path = self.child_path()
        if path is not None:
            self.positions.values[path] = pos
        self.finish(value, pos, None, size)

    @emits("CCHC-L003")
    def set_key(self, frame: _Frame, key: str, pos: tuple) -> None:
        if key in frame.seen:
            self.out.at("CCHC-L003", pos, key=key, first_line=frame.seen[key][1])
            frame.key = _SKIP
            return
        if key != "<<":
            frame.seen[key] = pos
        frame.key = key
        self.positions.keys[frame.path + (key,)] = pos

    def finish(self, value, pos, anchor, size) -> None:
        if anchor is not None:
            self.anchors[anchor] = (value, size)
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        if not top.is_map:
            top.value.append(value)
            return
        if top.key is _NOKEY:  # a complex key (mapping or list used as key)
            self.set_key(top, str(value), pos)
            return
        if top.key == "<<" and isinstance(value, (dict, list)):
            for source in (value if isinstance(value, list) else [value]):
                if isinstance(source, dict):
                    for k, v in source.items():
                        top.value.setdefault(k, v)
        elif top.key is not _SKIP:
            top.value[top.key] = value
        top.key = _NOKEY

    @emits("CCHC-L012")
    def check_tag(self, event) -> None:
        if event.tag not in _DEFAULT_TAGS:
            self.out.at("CCHC-L012", self.pos(event.start_mark), tag=event.tag)

    @emits("CCHC-L004")
    def resolve(self, event, pos):
        text = event.value
        if event.style or (event.tag not in (None, "!") and event.tag not in _DEFAULT_TAGS):
            return nfc(text)
        if event.tag == "tag:yaml.org,2002:str":
            return nfc(text)
        if text in _NULLS:
            return None
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        if text.lower() in _AMBIGUOUS:
            self.out.at("CCHC-L004", pos, value=text)
            return text
        if _INT.match(text):
            value = RawInt(text)
            value.raw = text
            return value
        if _FLOAT.match(text):
            value = RawFloat(text)
            value.raw = text
            return value
        return nfc(text)
