"""Which documents a run prints, which of them have errors, and the one call that prints them (`cchc
render`, `cchc consolidate`, the site), so that no caller drives the engine's internals.

The checks are not run here (render sits below the check runner): a caller that ran them passes their
findings to ``errors_of``, and decides what a document with errors becomes: withheld (`cchc render`)
or printed as a draft (`cchc render --du-thao`, the site).
"""
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


def errors_of(docs: list, findings) -> dict[str, list]:
    """Document path -> its findings of severity error (after the province's severities and waivers),
    in its own file or in its side tables, for the ``docs`` that have any."""
    owner = {rel: doc.path for doc in docs for rel in (doc.path, *doc.tables)}
    found: dict[str, list] = {}
    for finding in findings:
        if finding.severity == "error" and finding.path in owner:
            found.setdefault(owner[finding.path], []).append(finding)
    return found


def print_documents(root: Path, ws, docs: list, formats, out_dir: Path, *, jobs: int = 1, use_cache: bool = True,
                    model=None, drafts=(), withheld: dict | None = None) -> Result:
    """``docs`` of the loaded workspace ``ws`` printed in ``formats`` below ``out_dir``: those whose
    path is in ``drafts`` marked "DỰ THẢO" on every page, those of ``withheld`` (path -> findings) not
    at all. The findings of the documents that were not printed and the counts are in the ``Result``."""
    engine = Engine(root, ws, formats, out_dir, jobs=jobs, use_cache=use_cache, model=model, drafts=drafts)
    return engine.run(docs, withheld)
