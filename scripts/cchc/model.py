"""What a run knows of a workspace, built once and read by checks, status, consolidation,
new documents, rendering and the site: the units, the rule book, the valid documents indexed by
kind, unit and year, the agency directory of a rule set, and task progress."""
from __future__ import annotations

import datetime as dt

from . import progress
from .agencies import Directory
from .findings import Collector
from .kinds import PLAN, REPORT
from .loader import Workspace
from .rulebook import RuleBook
from .workspace import PROVINCE, unit_of


class Model:
    def __init__(self, ws: Workspace, as_of: dt.date | None = None):
        out = Collector(".")
        self.ws = ws
        self.as_of = as_of
        self.book = RuleBook(ws, out)
        self.findings = out.items       # what building the model found (the rule book's own findings)
        self.units = {unit_of(d.path): d for d in ws.of_role("unit")}
        self._valid_units = {uid: d.data for uid, d in self.units.items() if d.valid}
        self.memo: dict = {}            # results that several readers share, computed once per run

    def valid_units(self) -> dict:
        """unit id -> unit.yml data, for the units whose file passed its schema (do not change it)."""
        return self._valid_units

    def province(self) -> dict | None:
        doc = self.ws.docs.get(PROVINCE)
        return doc.data if doc is not None and doc.valid else None

    def documents_of(self, kind: str) -> list[tuple]:
        """(document, rule set of its year, its unit) for the valid documents of a kind whose unit and
        rule set are known, in path order; computed once."""
        known = self.memo.setdefault("documents_of", {})
        if kind not in known:
            found = []
            for doc in self.ws.of_role("document"):
                unit = self.units.get(unit_of(doc.path))
                if doc.valid and doc.kind == kind and unit is not None and unit.valid:
                    _, rules = self.book.for_year(doc.data["nam"])
                    if rules is not None:
                        found.append((doc, rules, unit.data))
            known[kind] = found
        return known[kind]

    def documents(self, kind: str, year: int, as_of: dt.date | None = None) -> list:
        """The valid documents of a kind and year of known units, issued by ``as_of`` if given."""
        units = self.valid_units()
        return [d for d in self.ws.of_role("document") if d.valid and d.kind == kind and d.data["nam"] == year
                and unit_of(d.path) in units and (as_of is None or d.data["ngay_ban_hanh"] <= as_of)]

    def plans_by_unit(self) -> dict:
        """(unit id, year) -> the unit's valid plan of that year."""
        return {(unit_of(d.path), d.data["nam"]): d for d, _, _ in self.documents_of(PLAN.id)}

    def directory(self, rules: dict) -> Directory:
        """The agency directory (units and the rule set's groups of agencies) of a rule set."""
        known = self.memo.setdefault("directory", {})
        if id(rules) not in known:
            known[id(rules)] = Directory(self.valid_units(), rules.get("nhom_co_quan"))
        return known[id(rules)]

    def tasks(self, year: int, as_of: dt.date, period: str | None = None) -> list:
        """Each planned task of the year with its latest reported state (progress.py): year to date
        as of a day, or from the reports of one period only."""
        key = ("tasks", year, as_of, period)
        if key not in self.memo:
            _, rules = self.book.for_year(year)
            plans = self.documents(PLAN.id, year, as_of)
            reports = [d for d in self.documents(REPORT.id, year, as_of) if period is None or d.data["ky"] == period]
            self.memo[key] = progress.tasks(plans, reports, rules or {})
        return self.memo[key]
