"""Rule sets per year: ``extends`` resolved, looked up for any year, and the parts that are
interpreted compiled once per run (annex forms with their formulas, deadline expressions).
What cannot be compiled is a finding of checks/rulesets.py (C001, C005), never skipped in silence."""
from __future__ import annotations

import datetime as dt

from . import deadlines, validate
from .formulas import AnnexForm, compile_form
from .findings import Collector, emits
from .loader import Workspace
from .workspace import merge, rules_year


class RuleBook:
    @emits("CCHC-R013")
    def __init__(self, ws: Workspace, out: Collector):
        self.docs = {}
        for doc in ws.of_role("rules"):
            year = rules_year(doc.path)
            if year is None:
                out.at("CCHC-R013", (doc.path, 1, 1), variant="file_name", path=doc.path)
                continue
            self.docs[year] = doc
        self.criteria = {d.path: d for d in ws.of_role("criteria")}
        self.resolved: dict[int, dict | None] = {}
        self._forms: dict[int, dict] = {}       # id(rule set) -> {annex code: AnnexForm}
        self._dates: dict[tuple, dt.date | None] = {}
        for year in sorted(self.docs):
            self._resolve(year, (), out)

    @emits("CCHC-R013")
    def _resolve(self, year: int, chain: tuple, out: Collector):
        if year in self.resolved:
            return self.resolved[year]
        doc = self.docs[year]
        data = doc.data
        if data is None:
            self.resolved[year] = None
            return None
        if data["nam"] != year:
            out.at("CCHC-R013", doc.pos("nam"), variant="year_mismatch", path=doc.path, value=data["nam"], year=year)
        parent = data.get("extends")
        merged = merge({}, data)      # "null removes an inherited entry": in a rule set of its own, nothing
        if parent is not None:
            problem = None
            if parent in chain or parent == year:
                problem = "cycle"
            elif parent not in self.docs:
                problem = "missing_parent"
            elif parent > year:
                problem = "later_parent"
            if problem:  # unusable: the year falls back to the latest earlier rule set
                out.at("CCHC-R013", doc.pos("extends"), variant=problem, year=year, parent=parent)
                self.resolved[year] = None
                return None
            else:
                base = self._resolve(parent, chain + (year,), out)
                merged = merge(base or {}, data)
                merged.pop("extends", None)
                if base and validate.check("rules", merged, doc, out) is None:   # doc.of() reads positions if needed
                    self.resolved[year] = None
                    return None
        merged.pop("extends", None)
        self.resolved[year] = merged
        return merged

    def for_year(self, year: int) -> tuple[int, dict] | tuple[None, None]:
        """The rule set in force for ``year``: its own, or the latest earlier one."""
        candidates = [y for y, r in self.resolved.items() if y <= year and r is not None]
        if not candidates:
            return None, None
        best = max(candidates)
        return best, self.resolved[best]

    def latest(self) -> tuple[int, dict] | tuple[None, None]:
        years = [y for y, r in self.resolved.items() if r is not None]
        return (max(years), self.resolved[max(years)]) if years else (None, None)

    def forms(self, rules: dict) -> dict[str, AnnexForm]:
        """The annex forms of a resolved rule set, compiled once."""
        key = id(rules)
        if key not in self._forms:
            self._forms[key] = {code: compile_form(code, form)
                                for code, form in (rules.get("phu_luc") or {}).items() if form}
        return self._forms[key]

    def due(self, expression: str, year: int, last_month: int | None = None) -> dt.date | None:
        """The day a deadline expression names, or None when it cannot be read (CCHC-C001)."""
        key = (expression, year, last_month)
        if key not in self._dates:
            try:
                self._dates[key] = deadlines.resolve(expression, year, last_month)
            except deadlines.BadExpression:
                self._dates[key] = None
        return self._dates[key]
