"""What the site shows, gathered once from the workspace: units, documents, duties per year, tasks.

Pure data: no file is written here. Every list is sorted so that a build is reproducible.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from .. import status
from ..kinds import KINDS
from ..workspace import unit_of

KIND_ORDER = {kind.id: kind.order for kind in KINDS.values()}


@dataclass(frozen=True)
class DocEntry:
    path: str            # units/<unit>/<year>/<stem>.md
    unit: str
    year: int
    kind: str
    period: str
    number: str
    issued: dt.date
    title: str

    @property
    def stem(self) -> str:
        return PurePosixPath(self.path).stem

    @property
    def page(self) -> str:
        """The page of the document inside the docs folder."""
        return f"van-ban/{self.unit}/{self.year}/{self.stem}.md"


@dataclass
class SiteData:
    root: object
    as_of: dt.date
    province: dict
    units: dict                      # uid -> unit.yml data (valid units only)
    rules: dict                      # year -> rule set in force
    documents: list[DocEntry]        # valid documents issued on or before as_of
    duties: dict                     # year -> list[status.Duty]
    docs_by_path: dict = field(default_factory=dict)   # path -> loader Document
    findings: list = field(default_factory=list)
    waivers: list = field(default_factory=list)
    cache: dict = field(default_factory=dict)           # derived lists, computed once per build
    model: object = None                                # the run's model.Model

    def _index(self, name: str, build):
        if name not in self.cache:
            self.cache[name] = build()
        return self.cache[name]

    def documents_of(self, uid: str) -> list[DocEntry]:
        def index():
            found: dict[str, list] = {}
            for entry in self.documents:
                found.setdefault(entry.unit, []).append(entry)
            return found
        return self._index("documents_of", index).get(uid, [])

    def tasks(self, year: int) -> list:
        """Every planned task of the year with its state as of the day the site shows (progress.py)."""
        return self.model.tasks(year, self.as_of)

    def tasks_of(self, uid: str, year: int) -> list:
        def index():
            found: dict[tuple, list] = {}
            for task in self.tasks(year):
                found.setdefault(task.unit, []).append(task)
            return found
        return self._index(("tasks_of", year), index).get(uid, [])

    def duties_of(self, uid: str, year: int) -> list:
        def index():
            found: dict[tuple, list] = {}
            for duties in self.duties.values():
                for duty in duties:
                    found.setdefault((duty.unit, duty.year), []).append(duty)
            return found
        return self._index("duties_of", index).get((uid, year), [])

    @property
    def year(self) -> int:
        return self.as_of.year

    def period_name(self, year: int, period: str) -> str:
        rules = self.rules.get(year) or {}
        return (rules.get("ky_bao_cao") or {}).get(period, {}).get("ten", period)

    def duty_name(self, duty) -> str:
        name = KINDS[duty.document].title[0]
        return f"{name} {self.period_name(duty.year, duty.period)}" if duty.period else name

    def doc_name(self, entry: DocEntry) -> str:
        name = KINDS[entry.kind].title[0]
        return f"{name} {self.period_name(entry.year, entry.period)}" if entry.period else name

    def doc_title(self, entry: DocEntry) -> str:
        """"Kế hoạch CCHC năm 2026", "Báo cáo 6 tháng đầu năm 2026" (not "... năm năm 2026")."""
        name = self.doc_name(entry)
        joiner = " " if name.casefold().endswith("năm") else " năm "
        return f"{name}{joiner}{entry.year}"

    def unit_name(self, uid: str) -> str:
        unit = self.units.get(uid) or {}
        return unit.get("ten_ngan") or unit.get("ten") or uid

    def entry_of(self, path: str) -> DocEntry | None:
        return next((d for d in self.documents if d.path == path), None)


def _entries(ws, units: dict, as_of: dt.date) -> list[DocEntry]:
    found = []
    for doc in ws.of_role("document"):
        uid = unit_of(doc.path)
        if not doc.valid or uid not in units or doc.data["ngay_ban_hanh"] > as_of:
            continue
        data = doc.data
        found.append(DocEntry(doc.path, uid, data["nam"], doc.kind, KINDS[doc.kind].period(data),
                              data.get("so_ky_hieu", ""), data["ngay_ban_hanh"], data.get("trich_yeu", "")))
    return sorted(found, key=lambda d: (d.unit, d.year, KIND_ORDER.get(d.kind, 9), d.issued, d.path))


def _years(model, documents: list[DocEntry], as_of: dt.date) -> list[int]:
    years = {d.year for d in documents} | {as_of.year}
    return sorted(y for y in years if y <= as_of.year and model.book.for_year(y)[1] is not None)


def collect(model, as_of: dt.date, findings=(), waivers=()) -> SiteData:
    ws = model.ws
    units = model.valid_units()
    documents = _entries(ws, units, as_of)
    rules, duties = {}, {}
    for year in _years(model, documents, as_of):
        rules[year] = model.book.for_year(year)[1]
        duties[year] = status.compute(model, year, as_of)
    return SiteData(ws.root, as_of, model.province() or {}, dict(sorted(units.items())), rules, documents, duties,
                    {d.path: d for d in ws.of_role("document")}, list(findings), list(waivers), model=model)
