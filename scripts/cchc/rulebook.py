"""Rule sets per year: ``extends`` resolved, looked up for any year."""
from __future__ import annotations

from . import validate
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
                out.at("CCHC-R013", (doc.path, 1, 1), detail=f"Tên tệp bộ quy tắc \"{doc.path}\" phải là năm, ví dụ 2026.yml.",
                        detail_en=f"A rule set file name must be a year, e.g. 2026.yml ({doc.path}).")
                continue
            self.docs[year] = doc
        self.criteria = {d.path: d for d in ws.of_role("criteria")}
        self.resolved: dict[int, dict | None] = {}
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
            out.at("CCHC-R013", doc.pos("nam"),
                   detail=f"Tệp {doc.path} ghi \"nam: {data['nam']}\" nhưng tên tệp là năm {year}.",
                   detail_en=f"{doc.path} says \"nam: {data['nam']}\" but is named for {year}.")
        parent = data.get("extends")
        merged = merge({}, data)      # "null removes an inherited entry": in a rule set of its own, nothing
        if parent is not None:
            problem = None
            if parent in chain or parent == year:
                problem = ("kế thừa vòng lặp", "inherits in a cycle")
            elif parent not in self.docs:
                problem = ("kế thừa năm không có bộ quy tắc", "extends a year without a rule set")
            elif parent > year:
                problem = ("kế thừa một năm sau", "extends a later year")
            if problem:  # unusable: the year falls back to the latest earlier rule set
                out.at("CCHC-R013", doc.pos("extends"),
                       detail=f"Bộ quy tắc {year} {problem[0]} ({parent}).",
                       detail_en=f"The {year} rule set {problem[1]} ({parent}).")
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
