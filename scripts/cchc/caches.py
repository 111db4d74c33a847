"""Where caches live, and the check cache's data format (SECURITY.md).

Caches are data, never code: plain JSON, and beside it the places of the few values JSON cannot
hold (dates, numbers that remember how they were written, tuples). They are kept outside the work
tree, in the user's cache folder ($CCHC_CACHE_DIR, else $XDG_CACHE_HOME/cchc, else ~/.cache/cchc),
one folder per workspace,
so that a pull request cannot plant one: a cached result says a file is clean, and a planted
entry with the right content hash would hide its errors. A cache that cannot be read is ignored
and rebuilt, never an error.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path

from .findings import Finding
from .yamlpos import RawFloat, RawInt


def folder(root: Path, name: str) -> Path:
    """The cache folder ``name`` of the workspace ``root`` (not created here)."""
    base = os.environ.get("CCHC_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = os.path.join(xdg, "cchc") if xdg else os.path.join(os.path.expanduser("~"), ".cache", "cchc")
    root = Path(os.path.abspath(root))
    workspace = hashlib.blake2b(str(root).encode(), digest_size=8).hexdigest()
    return Path(base) / f"{root.name[:40]}-{workspace}" / name


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """The digest of the package's own code, read once per run: a cached result is reused only by the
    code that made it (the check cache and the render cache both carry it)."""
    package = Path(__file__).parent
    blob = b"".join(p.read_bytes() for p in sorted(package.rglob("*.py")) if "templates" not in p.parts)
    return hashlib.blake2b(blob, digest_size=16).hexdigest()


def write_json(path: Path, value) -> None:
    """Write ``value`` atomically; a cache that cannot be written only makes the next run slower."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))   # in one piece: C speed
        handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(tmp, path)
    except (OSError, TypeError, ValueError):
        pass


def read_json(path: Path):
    """The value stored at ``path``, or None when it is missing or damaged."""
    try:
        with path.open(encoding="utf-8") as stream:
            return json.load(stream)
    except (OSError, ValueError, TypeError, KeyError, RecursionError):
        return None


# --- values: plain JSON, and the few values JSON cannot hold set aside -----------------------
# A value is stored as plain JSON (a date as its ISO text, a number as a number, a tuple as a list)
# with a list of patches [path, tag, text] for the values that were not plain: reading is then
# json.loads at C speed, and only the patched places are visited.

_PLAIN = {str, int, float, bool, type(None)}
_RESTORE = {
    "i": lambda text: _raw(RawInt, text),
    "f": lambda text: _raw(RawFloat, text),
    "d": dt.date.fromisoformat,
}


def _raw(kind, text: str):
    value = kind(text)
    value.raw = text
    return value


def flatten(value, path: tuple = (), patches: list | None = None):
    """(plain JSON data, patches) for a value of a loaded document."""
    if patches is None:
        patches = []
        return flatten(value, path, patches), patches
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is dict:
        return {k: flatten(v, path + (k,), patches) for k, v in value.items()}
    if kind is list or kind is tuple:
        if kind is tuple:
            patches.append([list(path), "t", ""])
        return [flatten(v, path + (i,), patches) for i, v in enumerate(value)]
    if kind is RawInt:
        if value.raw != str(int(value)):
            patches.append([list(path), "i", value.raw])
        return int(value)
    if kind is RawFloat:
        patches.append([list(path), "f", value.raw])
        return float(value)
    if kind is dt.date:
        patches.append([list(path), "d", value.isoformat()])
        return value.isoformat()
    raise TypeError(f"not cacheable: {kind.__name__}")


def restore(plain, patches: list):
    """The value ``flatten`` was given. Tuples are restored last, innermost first (a tuple holds no
    patched value of its own: the values inside it are patched while it is still a list)."""
    tuples = []
    for path, tag, text in patches:
        if tag == "t":
            tuples.append(path)
            continue
        if not path:
            plain = _RESTORE[tag](text)
            continue
        parent = plain
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = _RESTORE[tag](text)
    for path in sorted(tuples, key=len, reverse=True):
        if not path:
            plain = tuple(plain)
            continue
        parent = plain
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = tuple(parent[path[-1]])
    return plain


def encode_finding(finding: Finding) -> list:
    args, patches = flatten(finding.args)
    return [finding.code, finding.path, finding.line, finding.column, args, patches, finding.severity]


def decode_finding(row: list) -> Finding:
    code, path, line, column, args, patches, severity = row
    return Finding(code, path, line, column, restore(args, patches), severity)
