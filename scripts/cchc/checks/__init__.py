"""The registry of checks: each check with its scope, what it reads and the codes it may report.

A check across files is a module of this package with a ``CHECK`` (findings.Check) whose ``run(ws,
model, out)`` reads the run's model (model.py); WORKSPACE_CHECKS lists them in the order they run.
The checks of one file run while it is loaded (document.FILE_CHECKS, cached with the file); the
waivers are applied to the findings of all the others (severity.CHECK); printing has its own
(layout.fit, render.engine). tests/test_registry.py requires every catalogue code to be claimed by
exactly one check of REGISTRY, and every code a module reports to be claimed by a check living there.
"""
from __future__ import annotations

from .. import document, severity
from ..findings import ANY, RENDER, Check, Collector, Finding, emits
from ..model import Model
from . import markup, plans, references, reports, rulesets, units

WORKSPACE_CHECKS = (units.CHECK, rulesets.CHECK, plans.CHECK, reports.CHECK, references.CHECK, markup.CHECK)
GUARD = Check("guard", ANY, None, inputs=("every check",), codes=("CCHC-E001",), modules=("checks", "document"))
PRINTING = Check("printing", RENDER, None, inputs=("one document", "its printed output"),
                 codes=("CCHC-G002", "CCHC-G003", "CCHC-G004"), modules=("layout.fit", "render.engine"))
REGISTRY = document.FILE_CHECKS + WORKSPACE_CHECKS + (severity.CHECK, PRINTING, GUARD)


@emits("CCHC-E001")
def run(model: Model) -> list[Finding]:
    """The findings of every check across files (and of building the model), in no particular order."""
    out = Collector(".")
    out.items = list(model.findings)
    for check in WORKSPACE_CHECKS:
        try:
            check.run(model.ws, model, out)
        except Exception as exc:  # a defect in one check must not hide the others' findings
            out.add("CCHC-E001", error=f"{check.name}: {type(exc).__name__}: {exc}"[:200])
    return out.items
