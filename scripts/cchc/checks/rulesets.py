"""Rule sets: the files they name, their deadlines and data windows, annex forms and formulas, and
the severities they adjust.

CCHC-R013 (a rule set file that cannot be used, found by the rule book), R016 (a criteria file named
that is not there), C001 (a date expression that cannot be read),
C002 (a data window that cannot be right), C003 (a severity a rule set may not adjust), C004 (a required
annex without a form), C005 (an annex formula that cannot be used).
"""
from __future__ import annotations

from .. import deadlines
from ..catalogue import CATALOGUE
from ..findings import WORKSPACE, Check, Collector, emits
from ..formulas import parse as parse_formula, unknown_names
from ..loader import Workspace
from ..model import Model
from ..severity import adjustable
from ..vnformat import date_text


@emits("CCHC-R016")
def check_criteria_files(ws: Workspace, model: Model, out: Collector) -> None:
    for year, doc in model.book.docs.items():
        merged = model.book.resolved.get(year)
        if not merged:
            continue
        for kind, rel in (merged.get("bo_tieu_chi") or {}).items():
            target = f"content/rules/{rel}"
            if target not in model.book.criteria and kind in (doc.data.get("bo_tieu_chi") or {}):
                out.at("CCHC-R016", doc.pos("bo_tieu_chi", kind), field=f"bo_tieu_chi.{kind}", file=rel)


def check_rule_dates(ws, model, out: Collector) -> None:
    for year, doc in sorted(model.book.docs.items()):
        rules = model.book.resolved.get(year)
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
        problem = "reversed"
    elif (end - start).days > 366:
        problem = "too_long"
    elif last is not None and end > last:
        problem = "after_deadline"
    if problem:
        out.at("CCHC-C002", doc.pos("ky_bao_cao", period, key=True), variant=problem, period=period,
               start=date_text(start), end=date_text(end), last=date_text(last))


@emits("CCHC-C004")
def check_required_annexes(ws, model, out: Collector) -> None:
    """C004: a required annex that the rule set gives no form for (a mistyped code?). A rule set
    that describes no annex form at all only requires annexes by code."""
    for year, doc in sorted(model.book.docs.items()):
        rules = model.book.resolved.get(year)
        forms = (rules or {}).get("phu_luc") or {}
        if not forms or not doc.valid:
            continue
        for index, entry in enumerate(doc.data.get("phu_luc_bat_buoc") or []):
            for position, code in enumerate(entry["phu_luc"]):
                if code not in forms:
                    out.at("CCHC-C004", doc.pos("phu_luc_bat_buoc", index, "phu_luc", position), value=code,
                           year=year, allowed=", ".join(forms))


@emits("CCHC-C005")
def check_annex_formulas(ws, model, out: Collector) -> None:
    """C005: every formula of an annex form a rule set writes parses and names only the form's columns
    (a formula that cannot be used would otherwise be skipped without a word)."""
    for year, doc in sorted(model.book.docs.items()):
        merged = model.book.resolved.get(year)
        if not doc.valid or not merged:
            continue
        for code, form in (doc.data.get("phu_luc") or {}).items():
            whole = (merged.get("phu_luc") or {}).get(code) or {}
            if not form:
                continue
            columns = set(whole.get("cot") or form.get("cot") or {})   # the year's columns, inherited ones too
            for index, text in enumerate(form.get("cong_thuc") or []):
                formula = parse_formula(text)
                unknown = []
                if formula is not None:
                    unknown = unknown_names(formula, columns)
                    if not unknown:
                        continue
                out.at("CCHC-C005", doc.pos("phu_luc", code, "cong_thuc", index), value=text, annex=code,
                       variant="unknown_columns" if unknown else "unreadable", unknown=", ".join(unknown),
                       columns=", ".join(sorted(columns)) or "–")


@emits("CCHC-C003")
def check_overrides(ws, model, out: Collector) -> None:
    """C003: a rule set adjusts a code that does not exist or may not be adjusted."""
    for year, doc in sorted(model.book.docs.items()):
        if not doc.valid:
            continue
        for code in doc.data.get("muc_do") or {}:
            if code not in CATALOGUE:
                variant = "unknown_code"
            elif not adjustable(code):
                variant = "not_adjustable"
            else:
                continue
            out.at("CCHC-C003", doc.pos("muc_do", code, key=True), value=code, variant=variant)


def run(ws: Workspace, model: Model, out: Collector) -> None:
    check_criteria_files(ws, model, out)
    check_rule_dates(ws, model, out)
    check_required_annexes(ws, model, out)
    check_annex_formulas(ws, model, out)
    check_overrides(ws, model, out)


CHECK = Check("rule sets", WORKSPACE, run, inputs=("rule sets", "criteria files"),
              codes=("CCHC-R013", "CCHC-R016", "CCHC-C001", "CCHC-C002", "CCHC-C003", "CCHC-C004", "CCHC-C005"),
              modules=("checks.rulesets", "rulebook"))   # R013: the rule book finds it while resolving extends
