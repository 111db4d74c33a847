"""Periodic reports: sections, annexes (their forms, how their figures are written, their arithmetic),
task updates, data windows.

CCHC-B001–B005, B007–B009, B012–B016, D002.
"""
from __future__ import annotations

import difflib
import re

from .. import annexmath, deadlines
from ..findings import WORKSPACE, Check, Collector, emits
from ..formulas import AT_MOST, INTEGER, AnnexForm, is_figure
from ..loader import Workspace
from ..model import Model
from ..outline import fold_title
from ..schemas import ANNEX_ROW_KEYS
from ..workspace import unit_of
from ..vnformat import date_text, figure_text, written_decimal
from ..yamlpos import raw_text


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


@emits("CCHC-B003", "CCHC-B013")
def check_report_annexes(ws, model, out: Collector) -> None:
    """B003: a required annex is missing; B013: an annex names no form of the rule set (a rule set that
    describes no form at all takes any annex). The annexes of a known form are then read (B012, B014)
    and their arithmetic checked (B004, B005, B015, B016)."""
    for doc, rules, unit in model.documents_of("bao_cao"):
        templates = rules.get("phu_luc") or {}
        given = {annex["ma"]: (i, annex) for i, annex in enumerate(doc.data.get("phu_luc") or [])}
        period = doc.data["ky"]
        missing = []
        for entry in rules.get("phu_luc_bat_buoc") or []:
            applies = (entry.get("loai_don_vi") == unit["loai"] or entry.get("don_vi") == unit_of(doc.path))
            if applies and period in entry["ky"]:
                for code in entry["phu_luc"]:
                    if code not in given:
                        missing.append(code)
                        kind_name = rules["loai_don_vi"].get(unit["loai"], {}).get("ten", unit["loai"])
                        out.at("CCHC-B003", doc.pos("phu_luc", key=True) if "phu_luc" in doc.data
                               else doc.pos("ky"), period=rules["ky_bao_cao"].get(period, {}).get("ten", period),
                               kind=kind_name, annex=code, name=templates.get(code, {}).get("ten", ""))
        forms = model.book.forms(rules)
        for code, (index, annex) in given.items():
            if code in forms:
                unread = _figures(doc, index, annex, forms[code], out)
                _arithmetic(doc, index, annex, forms[code], unread, out)
            elif forms:
                close = _nearest(str(code), [c for c in missing if c in forms], 0.5) or _nearest(str(code), forms, 0.6)
                out.at("CCHC-B013", doc.pos("phu_luc", index, "ma"), annex=code, forms=", ".join(forms),
                       variant="close" if close else None, close=close, name=forms[close].name if close else "")


def _nearest(word: str, known, cutoff: float) -> str:
    found = difflib.get_close_matches(word, list(known), n=1, cutoff=cutoff)
    return found[0] if found else ""


_DIGITS = re.compile(r"\d+\Z")


@emits("CCHC-B012", "CCHC-B014")
def _figures(doc, index, annex, form: AnnexForm, out) -> dict[int, set]:
    """B012: a key of a row that is no column of the form (a misspelling, or what a comma inside {…} split
    off: the decimals or a thousands group of a figure, the rest of a row name); B014: a figure that is not
    read as it was meant (a thousands separator, a decimal comma, quotes, a leading zero, a fraction in a
    count). Returns, per row, the columns whose figure was not read as meant (misread, or absent from a row
    with a stray key: misspelled): the arithmetic leaves them out rather than judge a misreading again."""
    columns = form.columns
    unread: dict[int, set] = {}
    for r, row in enumerate(annex["dong"]):
        keys = list(row)
        covered = set()
        skipped = unread.setdefault(r, set())
        for position, key in enumerate(keys):
            if key in ANNEX_ROW_KEYS or key in columns or key in covered:
                continue
            where = doc.pos("phu_luc", index, "dong", r, key, key=True)
            about = {"annex": annex["ma"], "row": row["ten"], "key": key}
            run = _split_off(keys, position, row)
            anchor = keys[position - 1] if position else None
            if run and anchor in columns and is_figure(row[anchor]) and all(_DIGITS.match(k) for k in run):
                covered.update(run)
                skipped.add(anchor)
                number = raw_text(row[anchor])
                if columns[anchor].kind == INTEGER and all(len(k) == 3 for k in run):
                    variant, fix = "flow_thousands", number + "".join(run)
                elif len(run) == 1 and "." not in number:
                    variant, fix = "flow_decimal", f"{number}.{run[0]}"
                else:
                    variant, fix = "flow_comma", ""
                out.at("CCHC-B012", where, variant=variant, column=anchor, written=",".join([number, *run]),
                       read=figure_text(row[anchor]), fix=fix, shown=_meant(fix), **about)
            elif run and anchor == "ten":
                covered.update(run)
                out.at("CCHC-B012", where, variant="name_comma", name=", ".join([row["ten"], *run]), **about)
            else:
                close = _nearest(key, columns, 0.6)
                skipped.update(c for c in columns if c not in row)
                out.at("CCHC-B012", where, variant="close" if close else None, close=close,
                       columns=", ".join(columns), **about)
        for column in columns.values():
            value = row.get(column.key)
            variant = _misread(column.kind, value)
            if variant:
                skipped.add(column.key)
                fix = _fixed(variant, value)
                out.at("CCHC-B014", doc.pos("phu_luc", index, "dong", r, column.key), variant=variant,
                       annex=annex["ma"], row=row["ten"], column=column.key, written=raw_text(value),
                       read=written_decimal(raw_text(value)), meant=_meant(fix) or figure_text(value), fix=fix)
    return unread


def _split_off(keys: list, position: int, row: dict) -> list[str]:
    """The keys from ``position`` on that a comma inside {…} split off the value before them: keys without
    a value (null), one after the other."""
    run = []
    for key in keys[position:]:
        if row[key] is not None or key in ANNEX_ROW_KEYS:
            break
        run.append(key)
    return run


_GROUPED = {   # how a whole number is written with separators between thousands (1.234.567, 1 234, 1,234)
    ".": re.compile(r"[-+]?\d{1,3}(?:\.\d{3})+\Z"),
    " ": re.compile(r"[-+]?\d{1,3}(?: \d{3})+\Z"),
    ",": re.compile(r"[-+]?\d{1,3}(?:,\d{3})+\Z"),
}
_PLAIN = re.compile(r"[-+]?\d+(?:\.\d+)?\Z")                                   # 12, 97.11: quoted
_COMMA = re.compile(r"[-+]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s*%?\Z")       # 97,11 / 12,5% / 1.234,5 / 100%
_FRACTION = re.compile(r"[-+]?\d{1,3}\.\d{3}\Z")                                # 2.075 read as a decimal


def _misread(kind: str, value) -> str | None:
    """How a figure of a column of ``kind`` (formulas.COLUMN_KINDS) is read otherwise than it was meant,
    or None when it is read as written. A blank cell (null) is not reported, which is no misreading
    (CCHC-B015 tells what it leaves unchecked)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        if _DIGITS.match(text) and len(text) > 1 and text.startswith("0"):
            return "leading_zero"
        if _GROUPED[" "].match(text) or (_GROUPED["."].match(text) and (kind == INTEGER or text.count(".") > 1)) \
                or (_GROUPED[","].match(text) and kind == INTEGER):
            return "thousands_text"
        if _PLAIN.match(text):
            return "quoted"
        if _COMMA.match(text) and ("," in text or "%" in text):
            return "decimal_comma"
        return "not_number"
    if kind == INTEGER and isinstance(value, float):
        if _FRACTION.match(raw_text(value)):
            return "thousands"
        if not value.is_integer():
            return "not_integer"
    return None


def _fixed(variant: str, value) -> str:
    """What to write instead of a misread figure, as YAML then reads it right ("" when nothing can be
    proposed)."""
    text = raw_text(value).strip()
    if variant == "leading_zero":
        return str(int(text))
    if variant in ("thousands_text", "thousands"):
        return re.sub(r"[. ,]", "", text)
    if variant == "quoted":
        return text
    if variant == "decimal_comma":
        return text.rstrip("%").strip().replace(".", "").replace(",", ".")
    return ""


def _meant(fix: str) -> str:
    """The number a fix stands for, the Vietnamese way ("2.075", "97,11"); "" when there is no fix."""
    try:
        number = float(fix)
    except ValueError:
        return ""
    return figure_text(int(number) if "." not in fix else number)


@emits("CCHC-B004", "CCHC-B005", "CCHC-B015", "CCHC-B016")
def _arithmetic(doc, index, annex, form: AnnexForm, unread: dict, out) -> None:
    """The identities of the annex (annexmath): B004, a row breaks one of the form's usable formulas (an
    identity or an inequality); B005, a total row is not the sum of the other rows, for every column but
    ratios and the targets of formulas that cannot be used; B016, when several break and one cell (or two)
    alone explains them all, that cell, said once instead of the identities it breaks; B015 (once for the
    annex), what could not be checked because cells are blank (not reported, never taken as 0: a column
    with mac_dinh reads a blank as its default, an optional one that is left out is not asked for). The
    figures ``unread`` names (per row: B012, B014 told why) are left out of all of them."""
    rows = annex["dong"]
    found = annexmath.examine(form, rows, unread)
    for fix in found.fixes:
        other = next((f for f in found.fixes if f is not fix), None)
        pair = {"other_row": rows[other.row]["ten"], "other_column": other.column,
                "other_value": figure_text(other.written), "other_expected": figure_text(other.meant)} if other else {}
        out.at("CCHC-B016", doc.pos("phu_luc", index, "dong", fix.row, fix.column), variant="pair" if other else None,
               annex=annex["ma"], row=rows[fix.row]["ten"], column=fix.column, value=figure_text(fix.written),
               expected=figure_text(fix.meant), count=len(found.failing), **pair)
    for identity, left, right in [] if found.fixes else found.failing:
        where = doc.pos("phu_luc", index, "dong", identity.row, identity.column)
        if identity.kind == annexmath.TOTAL:
            out.at("CCHC-B005", where, annex=annex["ma"], column=identity.column, value=_shown(left),
                   expected=_shown(right))
            continue
        formula, variant = identity.formula, None
        if not formula.equation:          # an inequality: its sides as the rule set writes them
            variant = "at_most" if formula.relation == AT_MOST else "at_least"
        sides = {} if formula.equation else {"left": formula.left_text, "right": formula.right_text}
        out.at("CCHC-B004", where, variant=variant, annex=annex["ma"], row=rows[identity.row]["ten"],
               column=formula.target, value=_shown(left), formula=formula.text,
               expected=_shown(right, formula.divides), **sides)
    if found.unchecked:
        out.at("CCHC-B015", doc.pos("phu_luc", index, "ma"), annex=annex["ma"], count=found.unchecked,
               columns=", ".join(c for c in form.columns if c in found.blank))


def _shown(value, ratio: bool = False) -> str:
    """A figure in a message the Vietnamese way ("2.960", "66,67"): what a formula computes rounded as
    reports round it (two decimals for a ratio)."""
    if isinstance(value, float):
        value = round(value, 2 if ratio else 6)
        if value.is_integer():
            value = int(value)
    return figure_text(value)


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
                     "CCHC-B009", "CCHC-B012", "CCHC-B013", "CCHC-B014", "CCHC-B015", "CCHC-B016", "CCHC-D002"))
