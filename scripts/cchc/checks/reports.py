"""Periodic reports: sections, annexes and their arithmetic, task updates, data windows.

CCHC-B001–B005, B007–B009, D002.
"""
from __future__ import annotations

from .. import deadlines
from ..findings import WORKSPACE, Check, Collector, emits
from ..formulas import AnnexForm
from ..loader import Workspace
from ..model import Model
from ..outline import fold_title
from ..workspace import unit_of
from ..vnformat import date_text


@emits("CCHC-B007")
def check_progress_tasks(ws, model, out: Collector) -> None:
    plans = model.plans_by_unit()
    for doc, rules, unit in model.documents_of("bao_cao"):
        plan = plans.get((unit_of(doc.path), doc.data["nam"]))
        if plan is None:
            continue
        codes = {task["ma"] for task in plan.data["nhiem_vu"]}
        for index, entry in enumerate(doc.data.get("tien_do") or []):
            if entry["nhiem_vu"] not in codes:
                out.at("CCHC-B007", doc.pos("tien_do", index, "nhiem_vu"), value=entry["nhiem_vu"],
                       plan=plan.data["so_ky_hieu"])


@emits("CCHC-B001", "CCHC-B002")
def check_report_sections(ws, model, out: Collector) -> None:
    for doc, rules, unit in model.documents_of("bao_cao"):
        for spec in (rules.get("muc_bao_cao") or {}).values():
            wanted = [fold_title(t) for t in spec["tieu_de"]]
            match = next((h for h in doc.outline if any(w in h[1] for w in wanted)), None)
            if match is None:
                out.at("CCHC-B001", (doc.path, doc.body_line, 1), section=spec["ten"],
                       heading=spec["tieu_de"][0].upper())
            elif match[3]:
                out.at("CCHC-B002", (doc.path, match[2], 1), section=spec["ten"])


@emits("CCHC-B003")
def check_report_annexes(ws, model, out: Collector) -> None:
    for doc, rules, unit in model.documents_of("bao_cao"):
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
        forms = model.book.forms(rules)
        for code, (index, annex) in given.items():
            if code in forms:
                _arithmetic(doc, index, annex, forms[code], out)


@emits("CCHC-B004", "CCHC-B005")
def _arithmetic(doc, index, annex, form: AnnexForm, out) -> None:
    """B004: a row breaks one of the form's usable formulas; B005: a total row is not the sum of the
    others, for every column but ratios and the targets of formulas that cannot be used."""
    formulas = form.formulas
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
    if len(totals) != 1 or not parts:
        return
    total = rows[totals[0]]
    for column in form.columns:
        values = [row.get(column) for row in parts]
        if column in form.not_summed or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            continue
        value = total.get(column)
        if isinstance(value, (int, float)) and abs(value - sum(values)) > 1e-9:
            out.at("CCHC-B005", doc.pos("phu_luc", index, "dong", totals[0], column), annex=annex["ma"],
                   column=column, value=value, expected=sum(values))


def _annual_periods(rules: dict) -> set:
    return {p for p, spec in (rules.get("ky_bao_cao") or {}).items() if spec.get("thang_cuoi") == 12}


@emits("CCHC-B009")
def check_annual_updates(ws, model, out: Collector) -> None:
    """B009: the annual report gives a result for every task of the unit's plan."""
    plans = model.plans_by_unit()
    for doc, rules, unit in model.documents_of("bao_cao"):
        plan = plans.get((unit_of(doc.path), doc.data["nam"]))
        if plan is None or doc.data["ky"] not in _annual_periods(rules):
            continue
        updated = {entry["nhiem_vu"] for entry in doc.data.get("tien_do") or []}
        missing = [t["ma"] for t in plan.data["nhiem_vu"] if t["ma"] not in updated]
        if missing:
            where = doc.pos("tien_do", key=True) if "tien_do" in doc.data else doc.pos("ky")
            shown = ", ".join(missing[:10]) + (", …" if len(missing) > 10 else "")
            out.at("CCHC-B009", where, count=len(missing), plan=plan.data["so_ky_hieu"], tasks=shown)


@emits("CCHC-B008", "CCHC-D002")
def check_report_window(ws, model, out: Collector) -> None:
    """B008: a declared data window differs from the rule set's; D002: issued before the window ends."""
    for doc, rules, unit in model.documents_of("bao_cao"):
        data = doc.data
        spec = (rules.get("ky_bao_cao") or {}).get(data["ky"])
        window = deadlines.window(spec, data["nam"]) if spec else None
        if window is None:
            continue  # R007 / C001 say why
        for field, expected in zip(("so_lieu_tu", "so_lieu_den"), window):
            if data.get(field) and data[field] != expected:
                out.at("CCHC-B008", doc.pos(field), period=spec["ten"], field=field, value=date_text(data[field]),
                       expected=date_text(expected), year=data["nam"])
        end = data.get("so_lieu_den") or window[1]
        if data["ngay_ban_hanh"] < end and not data.get("so_lieu_uoc_tinh"):
            out.at("CCHC-D002", doc.pos("ngay_ban_hanh"), issued=date_text(data["ngay_ban_hanh"]), end=date_text(end))


def run(ws: Workspace, model: Model, out: Collector) -> None:
    check_progress_tasks(ws, model, out)
    check_report_sections(ws, model, out)
    check_report_annexes(ws, model, out)
    check_annual_updates(ws, model, out)
    check_report_window(ws, model, out)


CHECK = Check("reports", WORKSPACE, run, inputs=("reports", "plans", "rule sets"),
              codes=("CCHC-B001", "CCHC-B002", "CCHC-B003", "CCHC-B004", "CCHC-B005", "CCHC-B007", "CCHC-B008",
                     "CCHC-B009", "CCHC-D002"))
