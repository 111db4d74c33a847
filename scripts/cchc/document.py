"""Load one file into a Document: text checks, front matter, YAML, side tables, schema.

Everything here depends only on the file's own bytes (and the tables it names),
so its result can be cached by content hash.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import safeio, textcheck, validate, workspace, yamlpos
from .findings import FILE, Check, Collector, Finding, emits
from .kinds import KINDS
from .layout.fit import precheck
from .outline import outline
from .schemas import DOCUMENT_KINDS, TABLE_FIELDS
from .vnformat import check_symbol, date_text

_FENCES = ("---", "...")


@dataclass
class Document:
    path: str                      # relative to the workspace root, with "/"
    role: str                      # province | rules | criteria | unit | document
    kind: str | None = None        # for role "document": an id of kinds.KINDS
    data: dict | None = None       # normalised by the schema; None when it did not pass
    raw: object = None             # what the YAML said, before the schema
    body: str = ""
    body_line: int = 1
    positions: yamlpos.Positions = field(default_factory=yamlpos.Positions)
    findings: list[Finding] = field(default_factory=list)
    tables: dict[str, str] = field(default_factory=dict)   # side file path -> digest
    digest: str = ""                                       # of the file's bytes, as read
    outline: list = field(default_factory=list)            # headings of the body (see outline.py)
    root: str = ""

    @property
    def valid(self) -> bool:
        return self.data is not None

    def all_positions(self) -> yamlpos.Positions:
        """Where each value was written; not kept in the cache: the file is read again when needed."""
        if self.positions is None:
            self.positions = load(Path(self.root), self.path, self.role).positions or yamlpos.Positions()
        return self.positions

    def of(self, path: tuple, key: bool = False) -> tuple:
        """As Positions.of, reading the file again only when a position is asked for."""
        return self.all_positions().of(path, key=key)

    def pos(self, *path, key: bool = False) -> tuple:
        found = self.all_positions().of(path, key=key)
        return found if found[0] else (self.path, 1, 1)

    def __getstate__(self):
        state = dict(self.__dict__)
        state["positions"] = None
        state["raw"] = None
        return state


def digest(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def read_text(raw: bytes, out: Collector) -> str | None:
    text = textcheck.decode(raw, out)
    if text is None:
        return None
    return textcheck.check(text, out)


@emits("CCHC-L010")
def split_front_matter(text: str, out: Collector):
    """Return (yaml_text, body, body_first_line) or None when there is no front matter."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        out.add("CCHC-L010", 1, 1)
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _FENCES:
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1:]), index + 2
    out.add("CCHC-L010", 1, 1, variant="unclosed")
    return None


@emits("CCHC-L011")
def _mapping(value, out: Collector, pos) -> dict | None:
    if isinstance(value, dict):
        return value
    out.at("CCHC-L011", pos, variant={type(None): "empty", list: "list"}.get(type(value), "scalar"))
    return None


@emits("CCHC-E001")
def load(root: Path, rel: str, role: str, raw: bytes | None = None) -> Document:
    """Read ``rel`` (a path relative to ``root``) as a file of the given role."""
    out = Collector(rel)
    doc = Document(rel, role, root=str(root))
    try:
        _load(root, doc, out, raw)
    except Exception as exc:  # a defect of the checker must not stop the other files
        out.add("CCHC-E001", error=f"{type(exc).__name__}: {exc}"[:200])
        doc.data = None
    doc.findings = out.items
    return doc


@emits("CCHC-L016", "CCHC-L017")
def unreadable(rel: str, role: str, exc: OSError) -> Document:
    out = Collector(rel)
    if isinstance(exc, safeio.NotRegular):
        out.add("CCHC-L017", path=rel, kind=exc.kind)
    elif exc.strerror:
        out.add("CCHC-L016", reason=exc.strerror)
    else:
        out.add("CCHC-L016", variant="system")
    return Document(rel, role, findings=out.items)


@emits("CCHC-L016", "CCHC-L017", "CCHC-L018")
def refused(root: Path, rel: str, role: str) -> Document:
    """A file that is not read: not a regular file (role "special"), or misnamed (role "misnamed")."""
    out = Collector(rel)
    if role == "special" and (root / rel).is_dir() and not (root / rel).is_symlink():
        try:                                     # a folder that cannot be listed
            os.listdir(root / rel)
        except OSError as exc:
            if exc.strerror:
                out.add("CCHC-L016", reason=exc.strerror)
            else:
                out.add("CCHC-L016", variant="folder")
            return Document(rel, role, findings=out.items)
    if role == "special":
        kind = workspace.special(root, rel) or safeio.OTHER_KIND
        out.add("CCHC-L017", path=rel, kind=kind)
    else:
        name = workspace.misnamed(rel) or rel
        out.add("CCHC-L018", name=name, suggestion=workspace.slug_suggestion(name))
    return Document(rel, role, findings=out.items)


def read_bytes(root: Path, rel: str) -> bytes:
    """An authored file's bytes: a regular file only, no more than the size limit (and one byte)."""
    return safeio.read_file(root / rel, textcheck.MAX_BYTES)


def _load(root: Path, doc: Document, out: Collector, raw: bytes | None) -> None:
    if raw is None:
        try:
            raw = read_bytes(root, doc.path)
        except OSError as exc:
            out.items.extend(unreadable(doc.path, doc.role, exc).findings)
            return
    text = read_text(raw, out)
    if text is None:
        return
    line_offset = 0
    if doc.role == "document":
        parts = split_front_matter(text, out)
        if parts is None:
            return
        text, doc.body, doc.body_line = parts
        doc.outline = outline(doc.body, doc.body_line)
        line_offset = 1
    value, doc.positions = yamlpos.load(text, doc.path, out, line_offset)
    if value is None and out.items:
        return
    data = _mapping(value, out, (doc.path, 1 + line_offset, 1))
    if data is None:
        return
    doc.raw = data
    kind = doc.role
    if doc.role == "document":
        kind = _document_kind(doc, data, out)
        if kind is None:
            return
        doc.kind = kind
        _attach_tables(root, doc, data, out)
    partial = doc.role == "rules" and "extends" in data
    missing = {f.line for f in out.items if f.code == MISSING_TABLE}
    doc.data = validate.check(kind, data, doc.positions, out, partial=partial)
    if missing:  # a table file that is not there is one finding, not two
        out.items = [f for f in out.items if not (f.code.startswith("CCHC-S") and f.line in missing
                                                  and f.path == doc.path)]
    if doc.data is not None:
        _duplicates(doc, out)
        if doc.role == "document":
            for check in DOCUMENT_CHECKS:
                check.run(doc, out)


_SYMBOL_CODES = {"wrong_type": "CCHC-N001", "unknown_type": "CCHC-N001", "padding": "CCHC-N002",
                 "no_body": "CCHC-N002", "malformed": "CCHC-N002"}


@emits("CCHC-N001", "CCHC-N002")
def _symbol(doc: Document, out: Collector) -> None:
    """The number and symbol fit the kind of document (a plan is numbered .../KH-...)."""
    problem = check_symbol(doc.data["so_ky_hieu"], doc.kind)
    if problem:
        out.at(_SYMBOL_CODES[problem.reason], doc.pos("so_ky_hieu"), value=doc.data["so_ky_hieu"],
               variant=problem.reason, expected=problem.expected, **problem.args)


@emits("CCHC-D003")
def _receipt(doc: Document, out: Collector) -> None:
    """A document cannot be received (ngay_nhan) before it is issued."""
    received, issued = doc.data.get("ngay_nhan"), doc.data["ngay_ban_hanh"]
    if received is not None and received < issued:
        out.at("CCHC-D003", doc.pos("ngay_nhan"), received=date_text(received), issued=date_text(issued))


@emits("CCHC-G001")
def _printable(doc: Document, out: Collector) -> None:
    """What would stop the document from being printed (a table wider than the page), told at check time."""
    out.items.extend(f for f in precheck(doc) if f.code == "CCHC-G001")


@emits("CCHC-S011")
def _document_kind(doc: Document, data: dict, out: Collector) -> str | None:
    kind = data.get("loai")
    if kind in DOCUMENT_KINDS:
        return kind
    if kind is None:
        out.at("CCHC-S011", doc.pos("loai"), variant="missing")
    else:
        out.at("CCHC-S011", doc.pos("loai"), variant="unknown", value=kind, allowed=list(KINDS))
    return None


MISSING_TABLE = "CCHC-L013"    # a table file the document names is not there


@emits(MISSING_TABLE)
def _attach_tables(root: Path, doc: Document, data: dict, out: Collector) -> None:
    """Replace a field that names a YAML file beside the document with that file's list."""
    folder = Path(doc.path).parent
    for name in TABLE_FIELDS[doc.kind]:
        value = data.get(name)
        if not (isinstance(value, str) and value.endswith((".yml", ".yaml"))):
            continue
        rel = (folder / value).as_posix()
        source = root / rel
        if "/" in value or "\\" in value or not (source.is_file() or source.is_symlink()):
            out.at(MISSING_TABLE, doc.pos(name), field=name, file=value)
            data[name] = None
            continue
        try:
            raw = read_bytes(root, rel)
        except OSError as exc:
            refusal = unreadable(rel, "table", exc).findings[0]
            out.at(refusal.code, doc.pos(name), **refusal.args)
            data[name] = None
            continue
        doc.tables[rel] = digest(raw)
        side = Collector(rel)
        text = read_text(raw, side)
        table = None
        if text is not None:
            table, positions = yamlpos.load(text, rel, side)
            if isinstance(table, dict) and isinstance(table.get(name), list):
                table = table[name]
                positions.values = {p[1:]: v for p, v in positions.values.items() if p[:1] == (name,)}
                positions.keys = {p[1:]: v for p, v in positions.keys.items() if p[:1] == (name,)}
            if table is not None:
                doc.positions.graft((name,), positions)
                doc.positions.values[(name,)] = (rel, 1, 1)
        out.items.extend(side.items)
        data[name] = table


_UNIQUE = {
    **{kind.id: kind.unique for kind in KINDS.values()},
    "criteria": (("tieu_chi", "ma"),),
}


@emits("CCHC-S012")
def _duplicates(doc: Document, out: Collector) -> None:
    for list_name, key in _UNIQUE.get(doc.kind or doc.role, ()):
        first = {}
        for index, item in enumerate(doc.data.get(list_name) or []):
            value = item.get(key)
            if value is None:
                continue
            if value in first:
                out.at("CCHC-S012", doc.pos(list_name, index, key), value=value, field=list_name,
                       first_line=first[value][1])
            else:
                first[value] = doc.pos(list_name, index, key)


# The checks of one file, cached with it (the registry is checks/__init__.py). Reading and the schema
# are the stages of _load; a document that passed its schema then goes through DOCUMENT_CHECKS.
_ALL_L = tuple(f"CCHC-L{n:03d}" for n in range(1, 19))
DOCUMENT_CHECKS = (
    Check("number and symbol", FILE, _symbol, inputs=("so_ky_hieu", "loai"), codes=("CCHC-N001", "CCHC-N002")),
    Check("date of receipt", FILE, _receipt, inputs=("ngay_nhan", "ngay_ban_hanh"), codes=("CCHC-D003",)),
    Check("printable", FILE, _printable, inputs=("the document's tables", "page layout"), codes=("CCHC-G001",),
          modules=("document", "layout.fit")),
)
FILE_CHECKS = (
    Check("reading", FILE, None, inputs=("the file's bytes", "the side tables it names"), codes=_ALL_L,
          modules=("document", "textcheck", "yamlpos")),
    Check("schema", FILE, None, inputs=("the file's YAML",),
          codes=tuple(f"CCHC-S{n:03d}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12)), modules=("validate", "document")),
) + DOCUMENT_CHECKS

