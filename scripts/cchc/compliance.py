"""Checks of what the regulations demand of plans and reports, with the rule set of the year.

Each check is a function (workspace, context, collector) listed in CHECKS; crossref runs them
after the reference checks.
"""
from __future__ import annotations

from . import deadlines
from .findings import Collector, emits
from .formulas import parse as parse_formula
from .timeline import parse as parse_timeline
from .workspace import unit_of
from .vnformat import date_text


def check_rule_dates(ws, ctx, out: Collector) -> None:
    for year, doc in sorted(ctx.book.docs.items()):
        rules = ctx.book.resolved.get(year)
        if not rules or not doc.valid:
            continue
        own = doc.data
        if own.get("han_ke_hoach"):
            _expression(doc, ("han_ke_hoach", "ngay"), own["han_ke_hoach"]["ngay"], year, None, out)
        for kind, spec in (own.get("han_tu_danh_gia") or {}).items():
            if spec:
                _expression(doc, ("han_tu_danh_gia", kind, "ngay"), spec["ngay"], year, None, out)
        for period, spec in (own.get("ky_bao_cao") or {}).items():
            merged = (rules.get("ky_bao_cao") or {}).get(period)
            if spec and merged:
                _window(doc, period, merged, year, out)


@emits("CCHC-C001")
def _expression(doc, path, text, year, last_month, out):
    try:
        return deadlines.resolve(text, year, last_month)
    except deadlines.BadExpression:
        out.at("CCHC-C001", doc.pos(*path), field=".".join(path), value=text)
        return None


@emits("CCHC-C002")
def _window(doc, period, spec, year, out) -> None:
    month = spec.get("thang_cuoi")
    if not (spec.get("so_lieu_tu") and spec.get("so_lieu_den")):
        return  # a period may leave its data window unsaid
    start = _expression(doc, ("ky_bao_cao", period, "so_lieu_tu"), spec["so_lieu_tu"], year, month, out)
    end = _expression(doc, ("ky_bao_cao", period, "so_lieu_den"), spec["so_lieu_den"], year, month, out)
    last = None
    if spec.get("han"):
        due = _expression(doc, ("ky_bao_cao", period, "han", "ngay"), spec["han"]["ngay"], year, month, out)
        last = deadlines.last_good_day(due, spec["han"]["cach_tinh"]) if due else None
    if start is None or end is None:
        return
    problem = None
    if end < start:
        problem = ("kết thúc trước khi bắt đầu", "ends before it starts")
    elif (end - start).days > 366:
        problem = ("dài hơn một năm", "is longer than a year")
    elif last is not None and end > last:
        problem = (f"kết thúc sau ngày cuối cùng gửi báo cáo đúng hạn {date_text(last)}",
                   f"ends after the last day a report is on time, {last}")
    if problem:
        out.at("CCHC-C002", doc.pos("ky_bao_cao", period, key=True), period=period, start=date_text(start),
               end=date_text(end), problem=problem[0], problem_en=problem[1])


@emits("CCHC-C004")
def check_required_annexes(ws, ctx, out: Collector) -> None:
    """C004: a required annex that the rule set gives no form for (a mistyped code?). A rule set
    that describes no annex form at all only requires annexes by code."""
    for year, doc in sorted(ctx.book.docs.items()):
        rules = ctx.book.resolved.get(year)
        forms = (rules or {}).get("phu_luc") or {}
        if not forms or not doc.valid:
            continue
        for index, entry in enumerate(doc.data.get("phu_luc_bat_buoc") or []):
            for position, code in enumerate(entry["phu_luc"]):
                if code not in forms:
                    out.at("CCHC-C004", doc.pos("phu_luc_bat_buoc", index, "phu_luc", position), value=code,
                           year=year, allowed=", ".join(forms))


@emits("CCHC-C005")
def check_annex_formulas(ws, ctx, out: Collector) -> None:
    """C005: every formula of an annex form a rule set writes parses and names only the form's columns
    (a formula that cannot be used would otherwise be skipped without a word)."""
    for _, doc in sorted(ctx.book.docs.items()):
        if not doc.valid:
            continue
        for code, form in (doc.data.get("phu_luc") or {}).items():
            if not form:
                continue
            columns = set(form.get("cot") or {})
            for index, text in enumerate(form.get("cong_thuc") or []):
                formula = parse_formula(text)
                if formula is None:
                    problem = ("không đọc được (chỉ dùng tên cột, số, + - * / và ngoặc, một dấu =)",
                               "cannot be read (only column names, numbers, + - * / and parentheses, one =)")
                else:
                    unknown = [n for n in [formula.target, *formula.names] if columns and n not in columns]
                    if not unknown:
                        continue
                    problem = (f"dùng cột không có trong cot: {', '.join(unknown)}",
                               f"names columns that are not in cot: {', '.join(unknown)}")
                out.at("CCHC-C005", doc.pos("phu_luc", code, "cong_thuc", index), value=text, annex=code,
                       problem=problem[0], problem_en=problem[1], columns=", ".join(sorted(columns)) or "–")


@emits("CCHC-D001")
def check_document_dates(ws, ctx, out: Collector) -> None:
    for doc in ws.of_role("document"):
        if not doc.valid:
            continue
        issued = doc.data["ngay_ban_hanh"]
        if ctx.as_of is not None and issued > ctx.as_of:
            out.at("CCHC-D001", doc.pos("ngay_ban_hanh"), issued=date_text(issued), as_of=date_text(ctx.as_of))


def documents_of(ws, ctx, kind) -> list[tuple]:
    """(document, rule set of its year, its unit) for the valid documents of a kind; computed once."""
    known = ctx.memo.setdefault("documents_of", {})
    if kind not in known:
        found = []
        for doc in ws.of_role("document"):
            unit = ctx.units.get(unit_of(doc.path))
            if doc.valid and doc.kind == kind and unit is not None and unit.valid:
                year, rules = ctx.book.for_year(doc.data["nam"])
                if rules is not None:
                    found.append((doc, rules, unit.data))
        known[kind] = found
    return known[kind]


def plans_by_unit(ws, ctx) -> dict:
    """(unit id, year) -> the unit's valid plan of that year."""
    return {(unit_of(d.path), d.data["nam"]): d for d, _, _ in documents_of(ws, ctx, "ke_hoach")}


@emits("CCHC-P001")
def check_plan_areas(ws, ctx, out: Collector) -> None:
    for doc, rules, unit in documents_of(ws, ctx, "ke_hoach"):
        present = {task["linh_vuc"] for task in doc.data["nhiem_vu"]}
        for area, spec in (rules.get("linh_vuc") or {}).items():
            if spec.get("bat_buoc") and area not in present:
                out.at("CCHC-P001", doc.pos("nhiem_vu", key=True), area=area, name=spec["ten"])


_VERIFIABLE = (("san_pham", "sản phẩm", "product"), ("phoi_hop", "cơ quan phối hợp", "cooperating agencies"),
               ("thoi_gian", "thời gian thực hiện", "timeline"), ("kinh_phi", "nguồn kinh phí", "funding"))


@emits("CCHC-P005")
def check_task_fields(ws, ctx, out: Collector) -> None:
    for doc, rules, unit in documents_of(ws, ctx, "ke_hoach"):
        for index, task in enumerate(doc.data["nhiem_vu"]):
            missing = [(vi, en) for key, vi, en in _VERIFIABLE if not task.get(key)]
            if missing:
                out.at("CCHC-P005", doc.pos("nhiem_vu", index, "ma"), task=task["ma"],
                       missing=", ".join(vi for vi, _ in missing), missing_en=", ".join(en for _, en in missing))


@emits("CCHC-P006", "CCHC-P007")
def check_task_timelines(ws, ctx, out: Collector) -> None:
    """P006: a timeline that cannot be read as dates; P007: one outside the plan year."""
    for doc, rules, unit in documents_of(ws, ctx, "ke_hoach"):
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
def check_plan_leads(ws, ctx, out: Collector) -> None:
    """Every lead agency is known and single; every unit's plan takes up the provincial tasks it leads."""
    from .agencies import GROUP, SEVERAL, UNIT, Directory
    units = ctx.valid_units()
    province = ws.docs.get("content/province.yml")
    provincial_unit = province.data["ubnd_tinh"] if province and province.valid else None
    led: dict[tuple, list] = {}
    plans = {}
    directories: dict[int, Directory] = {}
    for doc, rules, unit in documents_of(ws, ctx, "ke_hoach"):
        directory = directories.get(id(rules))
        if directory is None:
            directory = directories[id(rules)] = Directory(units, rules.get("nhom_co_quan"))
        uid, year = unit_of(doc.path), doc.data["nam"]
        plans[(uid, year)] = doc
        day = doc.data["ngay_ban_hanh"]
        for index, task in enumerate(doc.data["nhiem_vu"]):
            found = directory.resolve(task["chu_tri"], day)
            where = ("nhiem_vu", index, "chu_tri")  # looked up only for a finding: it may re-read the file
            if found is None:
                close = directory.suggest(task["chu_tri"])
                names = ", ".join(close)
                out.at("CCHC-P003", doc.pos(*where), value=task["chu_tri"],
                       suggestion=(f"Có phải là: {names}? " if close else "") +
                       "Ghi đúng tên đơn vị như trong units/<mã đơn vị>/unit.yml hoặc thêm cách viết này vào ten_khac.",
                       suggestion_en=(f"Perhaps: {names}. " if close else "") +
                       "Write the unit's name as in its unit.yml, or add this spelling to its ten_khac.")
            elif found[0] == GROUP:
                out.at("CCHC-P004", doc.pos(*where), value=task["chu_tri"], detail="đây là một nhóm cơ quan",
                       detail_en="this is a group of agencies")
            elif found[0] == SEVERAL:
                out.at("CCHC-P004", doc.pos(*where), value=task["chu_tri"], detail=f"có {len(found[1])} cơ quan",
                       detail_en=f"{len(found[1])} agencies")
            elif uid == provincial_unit and found[0] == UNIT:
                led.setdefault((found[1], year), []).append(task)
    for (lead, year), tasks in sorted(led.items()):
        plan = plans.get((lead, year))
        if plan is None:
            continue  # a missing plan is a matter of status, not of this check
        taken = {t.get("nhiem_vu_tinh") for t in plan.data["nhiem_vu"]}
        for task in tasks:
            if task["ma"] not in taken:
                out.at("CCHC-P002", plan.pos("nhiem_vu", key=True), task=task["ma"], name=task["ten"])


CHECKS = (check_rule_dates, check_required_annexes, check_annex_formulas, check_document_dates, check_plan_areas,
          check_task_fields, check_task_timelines, check_plan_leads)
