"""Plans against the rule set of their year: required reform areas, verifiable task fields,
timelines, lead agencies, and the provincial tasks each unit's plan takes up.

CCHC-P001–P008.
"""
from __future__ import annotations

import json

from ..agencies import GROUP, SEVERAL, UNIT, rejoin
from ..findings import WORKSPACE, Check, Collector, emits
from ..loader import Workspace
from ..model import Model
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


@emits("CCHC-P005")
def check_task_fields(ws, model, out: Collector) -> None:
    for doc, rules, unit in model.documents_of("ke_hoach"):
        for index, task in enumerate(doc.data["nhiem_vu"]):
            missing = [key for key in _VERIFIABLE if not task.get(key)]
            if missing:
                out.at("CCHC-P005", doc.pos("nhiem_vu", index, "ma"), task=task["ma"], missing=missing)


@emits("CCHC-P006", "CCHC-P007")
def check_task_timelines(ws, model, out: Collector) -> None:
    """P006: a timeline that cannot be read as dates; P007: one outside the plan year."""
    for doc, rules, unit in model.documents_of("ke_hoach"):
        year = doc.data["nam"]
        for index, task in enumerate(doc.data["nhiem_vu"]):
            text = task.get("thoi_gian")
            if not text:
                continue  # P005 says it is missing
            found = parse_timeline(text, year)
            if found is None:  # positions are looked up only for a finding: it may re-read the file
                out.at("CCHC-P006", doc.pos("nhiem_vu", index, "thoi_gian"), task=task["ma"], value=text, year=year)
            elif found.outside(year):
                end = date_text(found.end) if found.end else "…"
                out.at("CCHC-P007", doc.pos("nhiem_vu", index, "thoi_gian"), task=task["ma"], value=text,
                       start=date_text(found.start), end=end, year=year)


@emits("CCHC-P002", "CCHC-P003", "CCHC-P004")
def check_plan_leads(ws, model, out: Collector) -> None:
    """Every lead agency is known and single; every unit's plan takes up the provincial tasks it leads."""
    province = ws.docs.get("content/province.yml")
    provincial_unit = province.data["ubnd_tinh"] if province and province.valid else None
    led: dict[tuple, list] = {}
    plans = {}
    for doc, rules, unit in model.documents_of("ke_hoach"):
        directory = model.directory(rules)
        uid, year = unit_of(doc.path), doc.data["nam"]
        plans[(uid, year)] = doc
        day = doc.data["ngay_ban_hanh"]
        for index, task in enumerate(doc.data["nhiem_vu"]):
            found = directory.resolve(task["chu_tri"], day)
            where = ("nhiem_vu", index, "chu_tri")  # looked up only for a finding: it may re-read the file
            if found is None:
                names = ", ".join(directory.suggest(task["chu_tri"]))
                out.at("CCHC-P003", doc.pos(*where), value=task["chu_tri"], names=names,
                       variant="close" if names else None)
            elif found[0] == GROUP:
                out.at("CCHC-P004", doc.pos(*where), value=task["chu_tri"], variant="group")
            elif found[0] == SEVERAL:
                out.at("CCHC-P004", doc.pos(*where), value=task["chu_tri"], variant="several", count=len(found[1]))
            elif uid == provincial_unit and found[0] == UNIT and found[1] != uid:   # not its own tasks
                led.setdefault((found[1], year), []).append(task)
    for (lead, year), tasks in sorted(led.items()):
        plan = plans.get((lead, year))
        if plan is None:
            continue  # a missing plan is a matter of status, not of this check
        taken = {t.get("nhiem_vu_tinh") for t in plan.data["nhiem_vu"]}
        for task in tasks:
            if task["ma"] not in taken:
                out.at("CCHC-P002", plan.pos("nhiem_vu", key=True), task=task["ma"], name=task["ten"])


_AGENCY_LISTS = ("phoi_hop",)   # the lists of agencies of a task (chu_tri is one text: the schema says so)


@emits("CCHC-P008")
def check_agency_lists(ws, model, out: Collector) -> None:
    """P008: the commas of a YAML flow list ([Các Sở, ban, ngành]) cut one agency name into items."""
    for doc, rules, unit in model.documents_of("ke_hoach"):
        directory = model.directory(rules)
        day = doc.data["ngay_ban_hanh"]
        for index, task in enumerate(doc.data["nhiem_vu"]):
            for field in _AGENCY_LISTS:
                items = task.get(field) or []
                names = directory.split_names(items, day) if len(items) > 1 else []
                if not names:
                    continue
                fixed = "[" + ", ".join(json.dumps(item, ensure_ascii=False) for item in rejoin(items, names)) + "]"
                for name in names:
                    out.at("CCHC-P008", doc.pos("nhiem_vu", index, field, name.first), task=task["ma"], field=field,
                           name=name.text, count=name.last - name.first + 1, fixed=fixed)


def run(ws: Workspace, model: Model, out: Collector) -> None:
    check_plan_areas(ws, model, out)
    check_task_fields(ws, model, out)
    check_task_timelines(ws, model, out)
    check_plan_leads(ws, model, out)
    check_agency_lists(ws, model, out)


CHECK = Check("plans", WORKSPACE, run, inputs=("plans", "units", "rule sets", "agency directory"),
              codes=("CCHC-P001", "CCHC-P002", "CCHC-P003", "CCHC-P004", "CCHC-P005", "CCHC-P006", "CCHC-P007",
                     "CCHC-P008"))
