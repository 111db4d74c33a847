"""`cchc new plan|report|par`: the document a unit owes, pre-filled from the rule set.

The file is written where the checker looks for it (units/<unit>/<year>/...) and never over an
existing file. What the repository knows is filled in (periods, data windows, the unit's plan,
the provincial tasks it leads, required sections and annexes, the signer); what only the author
knows is left empty, so `cchc check` points at each place still to fill.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from . import skeletons  # noqa: F401  (the builders the kinds name, "skeletons.plan")
from .agencies import exists
from .kinds import BY_COMMAND, KINDS as REGISTRY, PLAN, REPORT, resolve
from .loader import load_workspace
from .model import Model
from .status import owes_period
from .workspace import PROVINCE, unit_of

KINDS = {word: kind.id for word, kind in BY_COMMAND.items()}    # the word of `cchc new` -> kind


class Refused(Exception):
    """The document cannot be made; the message (Vietnamese) says why."""


@dataclass
class Setting:
    kind: str
    uid: str
    unit: dict
    year: int
    period: str
    rules: dict
    province: dict
    plans: dict          # (unit id, year) -> plan Document
    reports: dict        # (unit id, year, period) -> report Document
    criteria: dict | None
    units: dict


def file_name(kind: str, period: str = "") -> str:
    return REGISTRY[kind].path_name(period)


def prepare(root: Path, kind: str, uid: str, year: int, period: str = "") -> Setting:
    ws = load_workspace(root)
    model = Model(ws)
    unit_doc = model.units.get(uid)
    if unit_doc is None or not unit_doc.valid:
        raise Refused(f"không có đơn vị \"{uid}\" hợp lệ (xem units/{uid}/unit.yml).")
    unit = unit_doc.data
    _, rules = model.book.for_year(year)
    if rules is None:
        raise Refused(f"không có bộ quy tắc cho năm {year} (content/rules/{year}.yml).")
    spec = (rules.get("loai_don_vi") or {}).get(unit["loai"])
    if spec is None or kind not in (spec.get("van_ban") or []):
        raise Refused(f"đơn vị loại \"{unit['loai']}\" không phải ban hành loại văn bản này theo bộ quy tắc năm {year}.")
    _check_period(kind, period, rules, year)
    if REGISTRY[kind].periodic and not owes_period(rules["ky_bao_cao"][period], uid, unit):
        raise Refused(f"kỳ báo cáo \"{period}\" không áp dụng cho đơn vị \"{uid}\" theo bộ quy tắc năm {year}.")
    if not _alive_in(unit, year):
        raise Refused(f"đơn vị \"{uid}\" không hoạt động trong năm {year}.")
    province = ws.docs.get(PROVINCE)
    docs = [d for d in ws.of_role("document") if d.valid]
    criteria = None
    if REGISTRY[kind].scored:
        criteria = _criteria(model, rules, spec, year)
    return Setting(kind, uid, unit, year, period, rules, province.data if province and province.valid else {},
                   {(unit_of(d.path), d.data["nam"]): d for d in docs if d.kind == PLAN.id},
                   {(unit_of(d.path), d.data["nam"], d.data["ky"]): d for d in docs if d.kind == REPORT.id},
                   criteria, model.valid_units())


def _check_period(kind: str, period: str, rules: dict, year: int) -> None:
    periods = rules.get("ky_bao_cao") or {}
    if REGISTRY[kind].periodic and period not in periods:
        raise Refused(f"cần --period, một trong: {', '.join(periods)} (bộ quy tắc năm {year}).")
    if not REGISTRY[kind].periodic and period:
        commands = ", ".join(f"cchc new {k.command[0]}" for k in REGISTRY.values() if k.periodic)
        raise Refused(f"--period chỉ dùng cho báo cáo định kỳ ({commands}).")


def _alive_in(unit: dict, year: int) -> bool:
    return exists(unit, dt.date(year, 12, 31)) or exists(unit, dt.date(year, 1, 1))


def _criteria(model, rules: dict, spec: dict, year: int):
    name = spec.get("bo_tieu_chi")
    rel = (rules.get("bo_tieu_chi") or {}).get(name)
    doc = model.book.criteria.get(f"content/rules/{rel}") if rel else None
    if doc is None or not doc.valid:
        raise Refused(f"không tìm thấy bộ tiêu chí \"{name}\" của loại đơn vị này trong bộ quy tắc năm {year}.")
    return {"id": name, **doc.data}


def write(root: Path, kind: str, uid: str, year: int, period: str = "") -> Path:
    """Write the skeleton and return its path; Refused if it exists or cannot be made."""
    target = root / "units" / uid / str(year) / file_name(kind, period)
    if target.exists():
        raise Refused(f"{target.relative_to(root)} đã có; không ghi đè văn bản đã soạn.")
    text = resolve(REGISTRY[kind].skeleton)(prepare(root, kind, uid, year, period))
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "x", encoding="utf-8", newline="\n") as handle:  # "x": never over a file
        handle.write(text)
    return target
