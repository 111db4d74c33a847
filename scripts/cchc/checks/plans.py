"""Plans against the rule set of their year: required reform areas, verifiable task fields,
timelines, lead agencies, and the provincial tasks each unit's plan takes up.

CCHC-P001–P009.
"""
from __future__ import annotations

import json
import re
import unicodedata

from ..agencies import GROUP, SEVERAL, UNIT, rejoin
from ..findings import WORKSPACE, Check, Collector, emits
from ..loader import Workspace
from ..model import Model
from .. import tasks as task_rows
from ..timeline import parse as parse_timeline
from ..workspace import unit_of
from ..vnformat import date_text


@emits("CCHC-P001")
def check_plan_areas(ws, model, out: Collector) -> None:
    for doc, rules, unit in model.documents_of("ke_hoach"):
        present = {task["linh_vuc"] for task in doc.data["nhiem_vu"]}
        for area, spec in (rules.get("linh_vuc") or {}).items():
            if spec.get("bat_buoc") and area not in present:
                out.at("CCHC-P001", doc.pos("nhiem_vu", key=True), area=area, name=spec["ten"])


_VERIFIABLE = ("san_pham", "phoi_hop", "thoi_gian", "kinh_phi")   # the catalogue's words: TERMS["task_field"]


def _rows(doc):
    """(index of the task, row) of every row of a plan's task table (tasks.py)."""
    for index, task in enumerate(doc.data["nhiem_vu"]):
        for row in task_rows.rows(task):
            yield index, row


def _values(doc, field: str):
    """(row, path, value) of each value of ``field`` written in a plan's task table, once however many rows
    show it (a value the task writes once for its rows is read once); rows without it are left out."""
    seen = set()
    for index, row in _rows(doc):
        where = ("nhiem_vu", index, *row.where(field))
        if row.values[field] and where not in seen:
            seen.add(where)
            yield row, where, row.values[field]


def _row_args(row) -> dict:
    """The arguments that name a row in a message: the task, and the row when the task has several."""
    return {"task": row.task["ma"], **({"row": row.index + 1, "variant": "row"} if row.index is not None else {})}


@emits("CCHC-P005", "CCHC-P009")
def check_task_fields(ws, model, out: Collector) -> None:
    """P005: what makes a task verifiable, per row; a column the whole table leaves blank is said once
    (an issued plan may have no such column). P009: a row without a lead agency."""
    for doc, rules, unit in model.documents_of("ke_hoach"):
        every = list(_rows(doc))
        blank = [key for key in _VERIFIABLE if len(every) > 1 and not any(row.values[key] for _, row in every)]
        if blank:
            out.at("CCHC-P005", doc.pos("nhiem_vu", key=True), missing=blank, count=len(every), variant="column")
        for index, row in every:
            if not row.values["chu_tri"]:
                out.at("CCHC-P009", doc.pos("nhiem_vu", index, *row.where("chu_tri")), **_row_args(row))
            missing = [key for key in _VERIFIABLE if not row.values[key] and key not in blank]
            if missing:
                out.at("CCHC-P005", doc.pos("nhiem_vu", index, *row.where()), missing=missing, **_row_args(row))


@emits("CCHC-P006", "CCHC-P007")
def check_task_timelines(ws, model, out: Collector) -> None:
    """P006: a timeline that cannot be read as dates; P007: one outside the plan year. A timeline the task
    writes once for several rows is read once."""
    for doc, rules, unit in model.documents_of("ke_hoach"):
        year = doc.data["nam"]
        for row, where, text in _values(doc, "thoi_gian"):      # a missing one is P005
            found = parse_timeline(text, year)
            if found is None:  # positions are looked up only for a finding: it may re-read the file
                out.at("CCHC-P006", doc.pos(*where), task=row.task["ma"], value=text, year=year)
            elif found.outside(year):
                end = date_text(found.end) if found.end else "…"
                out.at("CCHC-P007", doc.pos(*where), task=row.task["ma"], value=text,
                       start=date_text(found.start), end=end, year=year)


# The words a body of the province's registry is named with: a lead so named must be in the registry.
# A unit's plan may give its tasks to its own divisions (phòng, văn phòng, bộ phận, trung tâm of a
# commune), which are no units of the province.
_BODIES = re.compile(r"^(sở|ubnd|ủy ban|uỷ ban|ban quản lý|công an tỉnh|bộ chỉ huy|thanh tra tỉnh|văn phòng ubnd "
                     r"tỉnh|văn phòng ủy ban nhân dân tỉnh)\b", re.IGNORECASE)


def _names_a_body(text: str) -> bool:
    return bool(_BODIES.match(unicodedata.normalize("NFC", text.strip())))


@emits("CCHC-P002", "CCHC-P003", "CCHC-P004")
def check_plan_leads(ws, model, out: Collector) -> None:
    """Every lead agency is known and single; every unit's plan takes up the provincial tasks it leads.
    In a unit's own plan, a lead that names no body of the province is one of its divisions."""
    province = ws.docs.get("content/province.yml")
    provincial_unit = province.data["ubnd_tinh"] if province and province.valid else None
    led: dict[tuple, dict] = {}
    plans = {}
    for doc, rules, unit in model.documents_of("ke_hoach"):
        directory = model.directory(rules)
        uid, year = unit_of(doc.path), doc.data["nam"]
        plans[(uid, year)] = doc
        day = doc.data["ngay_ban_hanh"]
        for row, where, lead in _values(doc, "chu_tri"):        # a missing one is P009
            found = directory.resolve(lead, day)
            if found is None and uid != provincial_unit and not _names_a_body(lead):
                continue        # a unit's own division ("Phòng Kinh tế", "Văn phòng HĐND và UBND xã")
            if found is None:   # positions are looked up only for a finding: it may re-read the file
                names = ", ".join(directory.suggest(lead))
                out.at("CCHC-P003", doc.pos(*where), value=lead, names=names, variant="close" if names else None)
            elif found[0] == GROUP:
                out.at("CCHC-P004", doc.pos(*where), value=lead, variant="group")
            elif found[0] == SEVERAL:
                out.at("CCHC-P004", doc.pos(*where), value=lead, variant="several", count=len(found[1]))
            elif uid == provincial_unit and found[0] == UNIT and found[1] != uid:   # not its own tasks
                led.setdefault((found[1], year), {})[row.task["ma"]] = row.task
    for (lead, year), tasks in sorted(led.items()):
        plan = plans.get((lead, year))
        if plan is None:
            continue  # a missing plan is a matter of status, not of this check
        taken = {t.get("nhiem_vu_tinh") for t in plan.data["nhiem_vu"]}
        for task in tasks.values():
            if task["ma"] not in taken:
                out.at("CCHC-P002", plan.pos("nhiem_vu", key=True), task=task["ma"], name=task["ten"])


_AGENCY_LISTS = ("phoi_hop",)   # the lists of agencies of a task (chu_tri is one text: the schema says so)


@emits("CCHC-P008")
def check_agency_lists(ws, model, out: Collector) -> None:
    """P008: the commas of a YAML flow list ([Các Sở, ban, ngành]) cut one agency name into items."""
    for doc, rules, unit in model.documents_of("ke_hoach"):
        directory = model.directory(rules)
        day = doc.data["ngay_ban_hanh"]
        for field in _AGENCY_LISTS:
            for row, where, items in _values(doc, field):
                names = directory.split_names(items, day) if len(items) > 1 else []
                if not names:
                    continue
                fixed = "[" + ", ".join(json.dumps(item, ensure_ascii=False) for item in rejoin(items, names)) + "]"
                for name in names:
                    out.at("CCHC-P008", doc.pos(*where, name.first), task=row.task["ma"], field=field,
                           name=name.text, count=name.last - name.first + 1, fixed=fixed)


def run(ws: Workspace, model: Model, out: Collector) -> None:
    check_plan_areas(ws, model, out)
    check_task_fields(ws, model, out)
    check_task_timelines(ws, model, out)
    check_plan_leads(ws, model, out)
    check_agency_lists(ws, model, out)


CHECK = Check("plans", WORKSPACE, run, inputs=("plans", "units", "rule sets", "agency directory"),
              codes=("CCHC-P001", "CCHC-P002", "CCHC-P003", "CCHC-P004", "CCHC-P005", "CCHC-P006", "CCHC-P007",
                     "CCHC-P008", "CCHC-P009"))
