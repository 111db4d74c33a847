"""`cchc check`: every file through its own checks, then the checks across files."""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from . import checks, severity
from .loader import load_workspace
from .model import Model
from .workspace import relative_path, within


class Outcome(NamedTuple):
    findings: list   # sorted by place, after the province's severities and waivers
    files: int       # number of files read
    waived: list     # severity.Waived, the findings silenced by a waiver


def run(root: Path, paths: list[Path] | None = None, use_cache: bool = True, jobs: int | None = None,
        as_of=None) -> Outcome:
    ws = load_workspace(root, use_cache=use_cache, jobs=jobs)
    _, findings, waived = collect(ws, as_of)
    if paths:
        wanted = [relative_path(root, p) for p in paths]
        findings = [f for f in findings if any(within(f.path, w) for w in wanted)]
        waived = [w for w in waived if any(within(w.finding.path, p) for p in wanted)]
    return Outcome(sorted(findings, key=lambda f: f.sort_key()), len(ws.docs), waived)


def collect(ws, as_of=None) -> tuple:
    """(model, findings, waived) of a loaded workspace: what `cchc check` reports for all of it, and the
    model it was checked with, for whoever reads the workspace next in the same run (the site)."""
    model = Model(ws, as_of)
    findings = [f for doc in ws.docs.values() for f in doc.findings]
    findings = severity.adjust(model, _unique(findings + checks.run(model)))
    findings, waived = severity.waive(ws, findings, as_of)
    return model, findings, waived


def _unique(findings: list) -> list:
    """Sorted, each finding once: two findings of one code at one place differ if their arguments do."""
    seen = {}
    for finding in findings:
        seen.setdefault((finding.sort_key(), repr(sorted(finding.args.items()))), finding)
    return [seen[key] for key in sorted(seen, key=lambda k: k[0])]
