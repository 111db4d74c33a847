"""`cchc check`: every file through its own checks, then the checks across files."""
from __future__ import annotations

from pathlib import Path

from . import crossref
from .loader import load_workspace


def run(root: Path, paths: list[Path] | None = None, use_cache: bool = True, jobs: int | None = None,
        as_of=None):
    """Return (findings sorted by place, number of files read)."""
    ws = load_workspace(root, use_cache=use_cache, jobs=jobs)
    findings = [f for doc in ws.docs.values() for f in doc.findings]
    _, cross = crossref.run(ws, as_of)
    findings.extend(cross)
    if paths:
        wanted = [_relative(root, p) for p in paths]
        findings = [f for f in findings if any(_within(f.path, w) for w in wanted)]
    files = len(ws.docs)
    return sorted(set(findings), key=lambda f: f.sort_key()), files


def _relative(root: Path, path: Path) -> str:
    try:
        rel = path.resolve().relative_to(root)
    except ValueError:
        return str(path)
    text = rel.as_posix()
    return "" if text == "." else text


def _within(path: str, wanted: str) -> bool:
    return not wanted or path == wanted or path.startswith(wanted.rstrip("/") + "/")
