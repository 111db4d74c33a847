"""Where caches live, and the check cache's data format (SECURITY.md).

Caches are data, never code: JSON, with a few tagged values (dates, numbers that remember how they
were written, tuples). They are kept outside the work tree, in the user's cache folder
($CCHC_CACHE_DIR, else $XDG_CACHE_HOME/cchc, else ~/.cache/cchc), one folder per workspace,
so that a pull request cannot plant one: a cached result says a file is clean, and a planted
entry with the right content hash would hide its errors. A cache that cannot be read is ignored
and rebuilt, never an error.
"""
from __future__ import annotations

import datetime as dt
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
    workspace = hashlib.blake2b(str(Path(os.path.abspath(root))).encode(), digest_size=8).hexdigest()
    return Path(base) / f"{Path(root).name[:40]}-{workspace}" / name


def write_json(path: Path, value) -> None:
    """Write ``value`` atomically; a cache that cannot be written only makes the next run slower."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(value, stream, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except (OSError, TypeError, ValueError):
        pass


def read_json(path: Path, hook=None):
    """The value stored at ``path``, or None when it is missing or damaged."""
    try:
        with path.open(encoding="utf-8") as stream:
            return json.load(stream, object_hook=hook)
    except (OSError, ValueError, TypeError, KeyError, RecursionError):
        return None


# --- values: JSON with tags -------------------------------------------------------------------

def encode(value):
    """A value of a loaded document (YAML data, finding arguments, outlines) as JSON data."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, RawInt):
        return {"$i": value.raw}
    if isinstance(value, RawFloat):
        return {"$f": value.raw}
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, dt.date):
        return {"$d": value.isoformat()}
    if isinstance(value, dict):
        items = {str(k): encode(v) for k, v in value.items()}
        return {"$m": list(items.items())} if any(k.startswith("$") for k in items) else items
    if isinstance(value, tuple):
        return {"$t": [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    raise TypeError(f"not cacheable: {type(value).__name__}")


def _raw(kind, text: str):
    value = kind(text)
    value.raw = text
    return value


_TAGS = {
    "$i": lambda v: _raw(RawInt, v),
    "$f": lambda v: _raw(RawFloat, v),
    "$d": dt.date.fromisoformat,
    "$t": tuple,
    "$m": dict,
}


def decode_hook(obj: dict):
    if len(obj) == 1:
        key = next(iter(obj))
        if key in _TAGS:
            return _TAGS[key](obj[key])
    return obj


def encode_finding(finding: Finding) -> list:
    return [finding.code, finding.path, finding.line, finding.column, encode(finding.args), finding.severity]


def decode_finding(row: list) -> Finding:
    code, path, line, column, args, severity = row
    return Finding(code, path, line, column, args, severity)
