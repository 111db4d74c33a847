"""Load a whole workspace: every file through the per-file stage, cached by content hash."""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, caches, document, workspace
from .document import Document

CACHE_NAME = "check"     # caches.folder(root, CACHE_NAME) / CACHE_FILE
CACHE_FILE = "documents.json"
PARALLEL_FROM = 64  # files to load before a second process pays off


def _code_digest() -> str:
    """Cached results are only reused by the same code."""
    return __version__ + "-" + caches.code_digest()


@dataclass
class Workspace:
    root: Path
    roles: dict[str, str]
    docs: dict[str, Document] = field(default_factory=dict)

    def of_role(self, role: str) -> list[Document]:
        return [d for d in self.docs.values() if d.role == role]


def _load_one(args):
    root, rel, role, raw = args
    return document.load(root, rel, role, raw)


def _table_digests_match(root: Path, doc: Document) -> bool:
    for rel, expected in doc.tables.items():
        try:
            if document.digest(document.read_bytes(root, rel)) != expected:
                return False
        except OSError:
            return False
    return True


def load_workspace(root: Path, use_cache: bool = True, jobs: int | None = None) -> Workspace:
    roles = workspace.discover(root)
    ws = Workspace(root, roles)
    cache_file = caches.folder(root, CACHE_NAME) / CACHE_FILE
    code = _code_digest()
    cache = _read_cache(cache_file, code) if use_cache else {}
    todo = []
    fresh: dict[str, tuple] = {}
    for rel, role in roles.items():
        if role in ("special", "misnamed"):
            ws.docs[rel] = document.refused(root, rel, role)
            continue
        if role not in ("province", "rules", "criteria", "unit", "waivers", "document"):
            continue
        try:
            raw = document.read_bytes(root, rel)
        except OSError as exc:
            ws.docs[rel] = document.unreadable(rel, role, exc)
            continue
        key = document.digest(raw)
        hit = cache.get(rel)
        if hit and hit[0] == key and _table_digests_match(root, hit[1]):
            hit[1].digest = key
            ws.docs[rel] = hit[1]
            fresh[rel] = hit
        else:
            todo.append((root, rel, role, raw))
    for args, doc in zip(todo, _run(todo, jobs)):
        doc.digest = document.digest(args[3])
        ws.docs[args[1]] = doc
        fresh[args[1]] = (doc.digest, doc)
    if use_cache and (todo or len(fresh) != len(cache)):
        _write_cache(cache_file, code, fresh)
    return ws


def _run(todo, jobs):
    jobs = jobs or os.cpu_count() or 1
    if jobs < 2 or len(todo) < PARALLEL_FROM:
        return [_load_one(args) for args in todo]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_load_one, todo, chunksize=max(8, len(todo) // (jobs * 8))))


# A document in the cache: the per-file stage's result without positions (found again when a
# finding needs one) and without the raw YAML.
_FIELDS = ("path", "role", "kind", "data", "body", "body_line", "tables", "digest", "outline", "root")


def _to_json(doc: Document) -> dict:
    fields, patches = caches.flatten({name: getattr(doc, name) for name in _FIELDS})
    return {"fields": fields, "patches": patches, "findings": [caches.encode_finding(f) for f in doc.findings]}


def _from_json(entry: dict) -> Document:
    doc = Document(**caches.restore(entry["fields"], entry["patches"]))
    doc.findings = [caches.decode_finding(row) for row in entry["findings"]]
    doc.positions = None
    return doc


def _read_cache(path: Path, code: str) -> dict:
    stored = caches.read_json(path)
    if not isinstance(stored, dict) or stored.get("code") != code:
        return {}
    try:
        return {rel: (digest, _from_json(entry)) for rel, (digest, entry) in stored["entries"].items()}
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):  # damaged: only a slower run
        return {}


def _write_cache(path: Path, code: str, entries: dict) -> None:
    try:
        data = {rel: [digest, _to_json(doc)] for rel, (digest, doc) in entries.items()}
    except TypeError:   # a value the cache cannot hold: run without one
        return
    caches.write_json(path, {"code": code, "entries": data})
