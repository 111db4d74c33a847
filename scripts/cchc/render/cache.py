"""Content-hash cache of rendered files (in the user's cache folder, caches.py): only what changed is
rendered again.

A key is the digest of the document's Pandoc Markdown, the output format, the code
(templates, filters, this package, pandoc and typst versions) and whether it is a draft (marked
"DỰ THẢO": a clean print never reuses a draft's file, nor a draft a clean one's). An entry is
reused when its key matches and the output file is still the one written (same size and
modification time).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import typst

from .. import caches
from ..document import digest
from ..kinds import PLAN, REPORT
from . import markdown, pandoc

INDEX = "index.json"


def code_digest(root: Path | None = None) -> str:
    """The package's code (what a document looks like is decided in render/, layout/, vnformat and
    more), pandoc's and typst's versions, and the templates the workspace ``root`` renders with (its
    overrides included)."""
    extra = f"{caches.code_digest()}|{pandoc.version()}|typst {typst.__version__}|{markdown.template_digest(root)}"
    return digest(extra.encode())


def key(markdown_text: str, fmt: str, code: str, body: str = "", draft: bool = False) -> str:
    return digest(f"{code}\n{fmt}{'+draft' if draft else ''}\n{len(markdown_text)}\n{markdown_text}{body}".encode())


def shared_inputs(root: Path, ws) -> str:
    """Digest of the files every document's rendering may read: province, rules, criteria, units."""
    parts = []
    for rel in sorted(rel for rel, role in ws.roles.items() if role in ("province", "rules", "criteria", "unit")):
        doc = ws.docs.get(rel)
        parts.append(f"{rel}\0{doc.digest if doc is not None and doc.digest else _bytes_digest(root / rel)}")
    return digest("\0".join(parts).encode())


def plan_inputs(ws) -> dict[str, list]:
    """Folder -> (path, digest) of the plans there and their tables: a report's progress annex
    names the tasks of its unit's plan."""
    found: dict[str, list] = {}
    for doc in ws.docs.values():
        if doc.kind == PLAN.id:
            folder = doc.path.rsplit("/", 1)[0]
            found.setdefault(folder, []).extend([(doc.path, doc.digest), *sorted(doc.tables.items())])
    return found


def document_inputs(root: Path, doc, shared: str, code: str, fmt: str, plans: dict | None = None,
                    draft: bool = False) -> str:
    """Digest of everything one output depends on, known without rendering it (a draft's outputs apart)."""
    extra = sorted(doc.tables.items())
    if doc.kind == REPORT.id:
        extra.extend(sorted((plans or {}).get(doc.path.rsplit("/", 1)[0], [])))
    raw = doc.digest or _bytes_digest(root / doc.path)
    return digest(f"{code}|{shared}|{fmt}{'+draft' if draft else ''}|{raw}|{extra}".encode())


def _bytes_digest(path: Path) -> str:
    try:
        return digest(path.read_bytes())
    except OSError:
        return ""


class Cache:
    """``reuse=False`` (--no-cache) renders everything again but still records what it wrote."""

    def __init__(self, folder: Path, reuse: bool = True):
        self.folder = folder
        self.reuse = reuse
        self.entries: dict[str, dict] = self._read()

    def _read(self) -> dict:
        try:
            entries = json.loads((self.folder / INDEX).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(entries, dict):                      # damaged: start again
            return {}
        return {path: entry for path, entry in entries.items()
                if isinstance(entry, dict) and isinstance(entry.get("size"), int) and isinstance(entry.get("mtime"), int)}

    def fresh(self, output: Path, wanted: str, field: str = "key") -> bool:
        """Is ``output`` still the file written for ``wanted`` (a Markdown key, or an inputs digest)?"""
        entry = self.entries.get(str(output))
        if not (self.reuse and entry and entry.get(field) == wanted):
            return False
        try:
            stat = output.stat()
        except OSError:
            return False
        return stat.st_size == entry["size"] and stat.st_mtime_ns == entry["mtime"]

    def record(self, output: Path, wanted: str, inputs: str = "") -> None:
        stat = output.stat()
        self.entries[str(output)] = {"key": wanted, "inputs": inputs, "size": stat.st_size,
                                     "mtime": stat.st_mtime_ns}

    def touch(self, output: Path, inputs: str) -> None:
        """The Markdown did not change although an input did: remember the new inputs."""
        if str(output) in self.entries:
            self.entries[str(output)]["inputs"] = inputs

    def forget(self, output: Path) -> None:
        self.entries.pop(str(output), None)

    def save(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self.folder / f"{INDEX}.{os.getpid()}.tmp"
            tmp.write_text(json.dumps(self.entries, sort_keys=True, indent=0), encoding="utf-8")
            os.replace(tmp, self.folder / INDEX)
        except OSError:
            pass
