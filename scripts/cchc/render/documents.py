"""Which documents a run prints, and the one call that prints them (`cchc render`, `cchc consolidate`,
the site), so that no caller drives the engine's internals."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..workspace import relative_path, within
from . import FORMATS  # noqa: F401  (what a run may print, for the callers of select)
from .engine import Engine, Result


def select(ws, root: Path, paths: list[str], as_of: dt.date | None) -> list:
    """The documents under ``paths`` (all when empty), issued on or before ``as_of``."""
    wanted = [relative_path(root, Path(p)) for p in paths]
    docs = [d for d in ws.of_role("document") if not wanted or any(within(d.path, w) for w in wanted)]
    if as_of is not None:
        docs = [d for d in docs if d.data is None or d.data["ngay_ban_hanh"] <= as_of]
    return sorted(docs, key=lambda d: d.path)


def print_documents(root: Path, ws, docs: list, formats, out_dir: Path, *, jobs: int = 1, use_cache: bool = True,
                    model=None) -> Result:
    """``docs`` of the loaded workspace ``ws`` printed in ``formats`` below ``out_dir``; the findings
    of those that could not be printed and the counts are in the ``Result``."""
    return Engine(root, ws, formats, out_dir, jobs=jobs, use_cache=use_cache, model=model).run(docs)
