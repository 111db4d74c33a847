"""Whether each unit met each duty of a year on time, as of a date that is always passed in.

A duty is a document a unit owes by a deadline of the rule set: its plan, each periodic
report, its PAR self-assessment. A late document is still a document: it is counted as
late, never as missing. A deadline the rule set writes in a way that cannot be read (CCHC-C001)
makes the duty's state "unknown": it is shown as such, never taken for "not required".
"""
from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

from . import deadlines
from .agencies import exists
from .kinds import KINDS
from .model import Model
from .workspace import unit_of

ON_TIME, LATE, MISSING, NOT_DUE, NOT_REQUIRED = "on_time", "late", "missing", "not_due", "not_required"
UNKNOWN = "unknown"     # owed, but the rule set's deadline cannot be read (CCHC-C001)
LABELS = {
    ON_TIME: ("đúng hạn", "on time"),
    LATE: ("nộp muộn", "late"),
    MISSING: ("chưa nộp, quá hạn", "missing, overdue"),
    NOT_DUE: ("chưa đến hạn", "not yet due"),
    NOT_REQUIRED: ("không phải nộp", "not required"),
    UNKNOWN: ("chưa xác định được hạn", "deadline unknown"),
}
COUNTED = (ON_TIME, LATE, MISSING)


@dataclass(frozen=True)
class Duty:
    unit: str
    document: str          # the document kind (kinds.KINDS)
    period: str            # reporting period id, "" for plans and self-assessments
    year: int
    due: dt.date | None
    counting: str
    issued: dt.date | None
    path: str
    state: str
    days_late: int
    received: dt.date | None = None   # ngay_nhan: when the body it is sent to received it, if recorded

    def as_dict(self) -> dict:
        return {"unit": self.unit, "document": self.document, "period": self.period, "year": self.year,
                "due": self.due.isoformat() if self.due else None, "counting": self.counting,
                "issued": self.issued.isoformat() if self.issued else None,
                "received": self.received.isoformat() if self.received else None, "path": self.path,
                "state": self.state, "days_late": self.days_late}


def _in_year(unit: dict, year: int) -> bool:
    end = unit.get("hieu_luc_den")
    return unit["hieu_luc_tu"].year <= year and (end is None or end.year >= year)


def owes_period(spec: dict, uid: str, unit: dict) -> bool:
    """Whether a reporting period concerns the unit: all units, unless the period names who owes it
    (unit kinds, unit ids, or the units in charge of a reform area across the province)."""
    kinds, ids, in_charge = spec.get("loai_don_vi"), spec.get("don_vi"), spec.get("phu_trach_linh_vuc")
    if not (kinds or ids or in_charge):
        return True
    return unit["loai"] in (kinds or ()) or uid in (ids or ()) or bool(in_charge and unit.get("phu_trach_linh_vuc"))


def _deadlines(rules: dict, uid: str, unit: dict):
    """(document, period, deadline rule, last month, owed) for every duty the rule set knows, where
    each document kind says (kinds/<kind>.py ``deadline``, ``deadline_per``)."""
    kind = unit["loai"]
    owed = rules["loai_don_vi"].get(kind, {}).get("van_ban", [])
    for document in KINDS.values():
        key, owes = document.deadline, document.id in owed
        if key is None:
            continue
        if document.deadline_per == "period":
            for period, spec in (rules.get(key) or {}).items():
                if spec.get("han"):
                    yield document.id, period, spec["han"], spec["thang_cuoi"], owes and owes_period(spec, uid, unit)
        elif document.deadline_per == "unit_kind":
            rule = (rules.get(key) or {}).get(kind)
            yield document.id, "", rule, None, owes and rule is not None
        elif rules.get(key):
            yield document.id, "", rules[key], None, owes


def _submitted(ws, year: int) -> dict:
    """(unit, document, period) -> the earliest valid document of that year."""
    found = {}
    for doc in ws.of_role("document"):
        if not doc.valid or doc.data["nam"] != year:
            continue
        key = (unit_of(doc.path), doc.kind, KINDS[doc.kind].period(doc.data))
        if key not in found or doc.data["ngay_ban_hanh"] < found[key].data["ngay_ban_hanh"]:
            found[key] = doc
    return found


def compute(model: Model, year: int, as_of: dt.date) -> list[Duty]:
    _, rules = model.book.for_year(year)
    if rules is None:
        return []
    submitted = _submitted(model.ws, year)
    duties = []
    for uid, unit in sorted(model.valid_units().items()):
        if not _in_year(unit, year) or unit["loai"] not in rules.get("loai_don_vi", {}):
            continue
        for document, period, rule, last_month, owed in _deadlines(rules, uid, unit):
            due = model.book.due(rule["ngay"], year, last_month) if rule else None
            duties.append(_duty(uid, unit, year, as_of, document, period, rule, due, owed,
                                submitted.get((uid, document, period))))
    return duties


def _duty(uid, unit, year, as_of, document, period, rule, due, owed, doc) -> Duty:
    """``due`` is the rule's day as the rule book compiled it: None when the expression cannot be read."""
    counting = rule["cach_tinh"] if rule else ""
    unreadable = bool(rule) and due is None
    if doc and doc.data["ngay_ban_hanh"] > as_of:  # not yet issued on the day looked at
        doc = None
    issued = doc.data["ngay_ban_hanh"] if doc else None
    path = doc.path if doc else ""
    if owed and unreadable:
        return Duty(uid, document, period, year, None, counting, issued, path, UNKNOWN, 0)
    if not owed or due is None or not exists(unit, due):
        return Duty(uid, document, period, year, due, counting, issued, path, NOT_REQUIRED, 0)
    if doc:
        received = doc.data.get("ngay_nhan")
        late = deadlines.days_late(deadlines.measured(issued, received, counting), due, counting)
        return Duty(uid, document, period, year, due, counting, issued, path, LATE if late else ON_TIME, late,
                    received)
    overdue = (as_of - deadlines.last_good_day(due, counting)).days
    state = MISSING if overdue > 0 else NOT_DUE
    return Duty(uid, document, period, year, due, counting, None, "", state, max(overdue, 0))


def summary(duties: list[Duty]) -> dict:
    counted = [d for d in duties if d.state in COUNTED]
    late = [d.days_late for d in counted if d.state == LATE]
    on_time = sum(1 for d in counted if d.state == ON_TIME)
    return {
        "owed": len(counted),
        "on_time": on_time,
        "late": len(late),
        "missing": sum(1 for d in counted if d.state == MISSING),
        "on_time_share": round(on_time / len(counted), 4) if counted else None,
        "median_days_late": statistics.median(late) if late else None,
    }


DOCUMENT_NAMES = {kind.id: kind.title for kind in KINDS.values()}
