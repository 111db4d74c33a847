"""What each overview page shows: home (the dashboard), units, documents, reform areas."""
from __future__ import annotations

import re

from .. import status
from ..vnformat import date_text
from .. import progress
from . import feeds
from .sitedata import KIND_ORDER

CELL_TEXT = {status.ON_TIME: "✓ Đúng hạn", status.LATE: "Muộn {days} ngày", status.MISSING: "Quá hạn {days} ngày",
             status.NOT_DUE: "Hạn {due}", status.NOT_REQUIRED: "—",
             status.UNKNOWN: "Chưa rõ hạn"}
LATEST = 10
UPCOMING = 8


def _period_month(site, year: int, period: str) -> int:
    return ((site.rules.get(year) or {}).get("ky_bao_cao") or {}).get(period, {}).get("thang_cuoi", 0)


def columns(site, year: int) -> list[tuple[str, str, str]]:
    """(document, period, name) of every duty some unit owes in the year, in the order of the year."""
    owed = {(d.document, d.period): d for d in site.duties.get(year, []) if d.state != status.NOT_REQUIRED}
    keys = sorted(owed, key=lambda k: (KIND_ORDER[k[0]], _period_month(site, year, k[1])))
    return [(doc, period, site.duty_name(owed[(doc, period)])) for doc, period in keys]


def cell(site, duty) -> dict:
    due = f"{duty.due:%d/%m}" if duty.due else ""
    text = CELL_TEXT[duty.state].format(days=duty.days_late, due=due)
    hover = (f"{site.unit_name(duty.unit)} – {site.duty_name(duty)}: {status.LABELS[duty.state][0]}"
             + (f" {duty.days_late} ngày" if duty.state in (status.LATE, status.MISSING) else "")
             + (f"; hạn {date_text(duty.due)}" if duty.due and duty.state != status.NOT_REQUIRED else "")
             + (f"; ban hành {date_text(duty.issued)}" if duty.issued else ""))
    page = f"van-ban/{duty.unit}/{duty.year}/{duty.path.rsplit('/', 1)[-1]}" if duty.path else ""
    return {"state": duty.state, "text": text, "title": hover, "page": page, "days": duty.days_late,
            "duty": f"{duty.document}/{duty.period}"}


def _kind_name(site, year: int, kind: str) -> str:
    return ((site.rules.get(year) or {}).get("loai_don_vi") or {}).get(kind, {}).get("ten", kind)


def matrix(site, year: int) -> list[dict]:
    """Groups of rows (by unit kind); a row is a unit and its cells in the order of ``columns``."""
    cols = columns(site, year)
    by_unit: dict[str, dict] = {}
    for duty in site.duties.get(year, []):
        by_unit.setdefault(duty.unit, {})[(duty.document, duty.period)] = duty
    groups: dict[str, list] = {}
    for uid, duties in by_unit.items():
        if all(d.state == status.NOT_REQUIRED for d in duties.values()):
            continue
        cells = [cell(site, duties[(doc, period)]) if (doc, period) in duties else None for doc, period, _ in cols]
        counted = status.summary(list(duties.values()))
        kind = site.units[uid]["loai"]
        groups.setdefault(kind, []).append({"unit": uid, "name": site.unit_name(uid), "cells": cells,
                                            "share": counted["on_time_share"]})
    order = list(((site.rules.get(year) or {}).get("loai_don_vi") or {}))
    return [{"kind": kind, "name": _kind_name(site, year, kind),
             "rows": sorted(rows, key=lambda r: (r["name"].casefold(), r["unit"]))}
            for kind, rows in sorted(groups.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)]


def latest(site, count: int = LATEST) -> list:
    return sorted(site.documents, key=lambda d: (d.issued, d.path), reverse=True)[:count]


def home(site) -> dict:
    year = site.year
    duties = site.duties.get(year, [])
    upcoming = [d for d in feeds.deadlines(site, year) if d["due"] >= site.as_of][:UPCOMING]
    counts = {state: sum(1 for d in duties if d.state == state) for state in status.LABELS}
    return {"year": year, "summary": status.summary(duties), "counts": counts, "columns": columns(site, year),
            "groups": matrix(site, year), "upcoming": upcoming, "latest": latest(site)}


def unit_summary(site, uid: str, year: int) -> dict:
    return status.summary(site.duties_of(uid, year))


def kind_name(site, uid: str) -> str:
    return _kind_name(site, site.year, site.units[uid]["loai"])


def unit_page(site, uid: str) -> dict:
    years = []
    for year in sorted(site.duties, reverse=True):
        duties = [d for d in site.duties_of(uid, year) if d.state != status.NOT_REQUIRED]
        docs = [d for d in site.documents_of(uid) if d.year == year]
        tasks = site.tasks_of(uid, year)
        if duties or docs or tasks:
            years.append({"year": year, "duties": duties, "documents": docs, "tasks": tasks,
                          "areas": [a for a in progress.areas(site.rules.get(year) or {}, tasks) if a.tasks],
                          "summary": status.summary(duties)})
    unit = site.units[uid]
    parent = unit.get("cap_tren")
    return {"uid": uid, "unit": unit, "kind": kind_name(site, uid), "years": years,
            "parent": parent if parent in site.units else None}


def anchor(ident: str) -> str:
    """A heading id (and link fragment) from a rule-set key: "the_che" -> "the-che"; nothing but letters,
    digits and hyphens, so that a key cannot add attributes to the heading ({ #id ... })."""
    return re.sub(r"[^a-z0-9]+", "-", str(ident).lower()).strip("-") or "linh-vuc"


def areas_page(site) -> dict:
    year = site.year
    tasks = site.tasks(year)
    areas = progress.areas(site.rules.get(year) or {}, tasks)
    grouped: dict[tuple, list] = {}
    for task in tasks:
        grouped.setdefault((task.area, task.unit), []).append(task)
    per_unit = {area.id: [(uid, progress.summarise(area.id, area.name, grouped[(a, uid)]))
                          for a, uid in sorted(grouped) if a == area.id] for area in areas}
    return {"year": year, "areas": areas, "anchors": {area.id: anchor(area.id) for area in areas},
            "per_unit": per_unit, "rule": progress.ROLLUP_RULE,
            "states": progress.STATE_NAMES, "total": len(tasks)}
