"""Checks of what the regulations demand of plans and reports, with the rule set of the year.

Each check is a function (workspace, context, collector) listed in CHECKS; crossref runs them
after the reference checks.
"""
from __future__ import annotations

from . import deadlines
from .findings import Collector
from .formulas import parse as formulas_parse
from .outline import fold_title
from .workspace import unit_of



def _fmt(day) -> str:
    return f"{day:%d/%m/%Y}"


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


def _expression(doc, path, text, year, last_month, out):
    try:
        return deadlines.resolve(text, year, last_month)
    except deadlines.BadExpression:
        out.at("CCHC-C001", doc.pos(*path), field=".".join(path), value=text)
        return None


def _window(doc, period, spec, year, out) -> None:
    month = spec.get("thang_cuoi")
    start = _expression(doc, ("ky_bao_cao", period, "so_lieu_tu"), spec["so_lieu_tu"], year, month, out)
    end = _expression(doc, ("ky_bao_cao", period, "so_lieu_den"), spec["so_lieu_den"], year, month, out)
    due = None
    if spec.get("han"):
        due = _expression(doc, ("ky_bao_cao", period, "han", "ngay"), spec["han"]["ngay"], year, month, out)
    if start is None or end is None:
        return
    problem = None
    if end < start:
        problem = ("kết thúc trước khi bắt đầu", "ends before it starts")
    elif (end - start).days > 366:
        problem = ("dài hơn một năm", "is longer than a year")
    elif due is not None and end > due:
        problem = (f"kết thúc sau hạn gửi báo cáo {_fmt(due)}", f"ends after the deadline {due}")
    if problem:
        out.at("CCHC-C002", doc.pos("ky_bao_cao", period), period=period, start=_fmt(start), end=_fmt(end),
               problem=problem[0], problem_en=problem[1])


def check_document_dates(ws, ctx, out: Collector) -> None:
    for doc in ws.of_role("document"):
        if not doc.valid:
            continue
        issued = doc.data["ngay_ban_hanh"]
        if ctx.as_of is not None and issued > ctx.as_of:
            out.at("CCHC-D001", doc.pos("ngay_ban_hanh"), issued=_fmt(issued), as_of=_fmt(ctx.as_of))


def _documents(ws, ctx, kind):
    """Valid documents of a kind, with the rule set of their year and their unit."""
    for doc in ws.of_role("document"):
        unit = ctx.units.get(unit_of(doc.path))
        if doc.valid and doc.kind == kind and unit is not None and unit.valid:
            year, rules = ctx.book.for_year(doc.data["nam"])
            if rules is not None:
                yield doc, rules, unit.data


def check_plan_areas(ws, ctx, out: Collector) -> None:
    for doc, rules, unit in _documents(ws, ctx, "ke_hoach"):
        present = {task["linh_vuc"] for task in doc.data["nhiem_vu"]}
        for area, spec in (rules.get("linh_vuc") or {}).items():
            if spec.get("bat_buoc") and area not in present:
                out.at("CCHC-P001", doc.pos("nhiem_vu", key=True), area=area, name=spec["ten"])


_VERIFIABLE = (("san_pham", "sản phẩm", "product"), ("phoi_hop", "cơ quan phối hợp", "cooperating agencies"),
               ("thoi_gian", "thời gian thực hiện", "timeline"), ("kinh_phi", "nguồn kinh phí", "funding"))


def check_task_fields(ws, ctx, out: Collector) -> None:
    for doc, rules, unit in _documents(ws, ctx, "ke_hoach"):
        for index, task in enumerate(doc.data["nhiem_vu"]):
            missing = [(vi, en) for key, vi, en in _VERIFIABLE if not task.get(key)]
            if missing:
                out.at("CCHC-P005", doc.pos("nhiem_vu", index, "ma"), task=task["ma"],
                       missing=", ".join(vi for vi, _ in missing), missing_en=", ".join(en for _, en in missing))


def check_progress_tasks(ws, ctx, out: Collector) -> None:
    plans = {(unit_of(d.path), d.data["nam"]): d for d, _, _ in _documents(ws, ctx, "ke_hoach")}
    for doc, rules, unit in _documents(ws, ctx, "bao_cao"):
        plan = plans.get((unit_of(doc.path), doc.data["nam"]))
        if plan is None:
            continue
        codes = {task["ma"] for task in plan.data["nhiem_vu"]}
        for index, entry in enumerate(doc.data.get("tien_do") or []):
            if entry["nhiem_vu"] not in codes:
                out.at("CCHC-B007", doc.pos("tien_do", index, "nhiem_vu"), value=entry["nhiem_vu"],
                       plan=plan.data["so_ky_hieu"])


def check_plan_leads(ws, ctx, out: Collector) -> None:
    """Every lead agency is known and single; every unit's plan takes up the provincial tasks it leads."""
    from .agencies import GROUP, SEVERAL, UNIT, Directory
    units = ctx.valid_units()
    province = ws.docs.get("content/province.yml")
    provincial_unit = province.data["ubnd_tinh"] if province and province.valid else None
    led: dict[tuple, list] = {}
    plans = {}
    directories: dict[int, Directory] = {}
    for doc, rules, unit in _documents(ws, ctx, "ke_hoach"):
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


def check_report_sections(ws, ctx, out: Collector) -> None:
    for doc, rules, unit in _documents(ws, ctx, "bao_cao"):
        for spec in (rules.get("muc_bao_cao") or {}).values():
            wanted = [fold_title(t) for t in spec["tieu_de"]]
            match = next((h for h in doc.outline if any(w in h[1] for w in wanted)), None)
            if match is None:
                out.at("CCHC-B001", (doc.path, doc.body_line, 1), section=spec["ten"],
                       heading=spec["tieu_de"][0].upper())
            elif match[3]:
                out.at("CCHC-B002", (doc.path, match[2], 1), section=spec["ten"])


def check_report_annexes(ws, ctx, out: Collector) -> None:
    for doc, rules, unit in _documents(ws, ctx, "bao_cao"):
        templates = rules.get("phu_luc") or {}
        given = {annex["ma"]: (i, annex) for i, annex in enumerate(doc.data.get("phu_luc") or [])}
        period = doc.data["ky"]
        for entry in rules.get("phu_luc_bat_buoc") or []:
            applies = (entry.get("loai_don_vi") == unit["loai"] or entry.get("don_vi") == unit_of(doc.path))
            if applies and period in entry["ky"]:
                for code in entry["phu_luc"]:
                    if code not in given:
                        kind_name = rules["loai_don_vi"].get(unit["loai"], {}).get("ten", unit["loai"])
                        out.at("CCHC-B003", doc.pos("phu_luc", key=True) if "phu_luc" in doc.data
                               else doc.pos("ky"), period=rules["ky_bao_cao"].get(period, {}).get("ten", period),
                               kind=kind_name, annex=code, name=templates.get(code, {}).get("ten", ""))
        for code, (index, annex) in given.items():
            if code in templates:
                _arithmetic(doc, index, annex, templates[code], out)


def _arithmetic(doc, index, annex, template, out) -> None:
    formulas = [f for f in map(formulas_parse, template.get("cong_thuc") or []) if f is not None]
    rows = annex["dong"]
    for r, row in enumerate(rows):
        for formula in formulas:
            actual, expected = row.get(formula.target), formula.evaluate(row)
            if isinstance(actual, (int, float)) and expected is not None and not formula.holds(actual, expected):
                out.at("CCHC-B004", doc.pos("phu_luc", index, "dong", r, formula.target), annex=annex["ma"],
                       row=row["ten"], column=formula.target, value=actual, formula=formula.text,
                       expected=f"{round(expected, 2):g}")
    totals = [r for r, row in enumerate(rows) if row.get("la_tong")]
    parts = [row for row in rows if not row.get("la_tong")]
    ratios = {f.target for f in formulas if f.ratio}
    if len(totals) != 1 or not parts:
        return
    total = rows[totals[0]]
    for column in template.get("cot") or {}:
        values = [row.get(column) for row in parts]
        if column in ratios or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            continue
        value = total.get(column)
        if isinstance(value, (int, float)) and abs(value - sum(values)) > 1e-9:
            out.at("CCHC-B005", doc.pos("phu_luc", index, "dong", totals[0], column), annex=annex["ma"],
                   column=column, value=value, expected=sum(values))


CHECKS = (check_rule_dates, check_document_dates, check_plan_areas, check_task_fields, check_plan_leads,
          check_progress_tasks, check_report_sections, check_report_annexes)
