"""The standing agency's consolidated report of a period, built from every unit's report.

`build(model, year, period, as_of)` returns the Markdown file (front matter and body) of the
report Sở Nội vụ sends to UBND tỉnh: who reported on time, late or not at all; task progress per
reform area, by the same roll-up as the public site (progress.py) over this period's reports; each annex form summed over the units (their total rows; ratios recomputed from the
sums by the form's formulas; a column some unit left blank is not summed, and the annex's note says so,
but where the form counts a blank as a default, mac_dinh);
and the difficulties and recommendations of the units, grouped by
reform area by the keywords of the rule set (tu_khoa) and, within an area, by unit.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import yaml

from . import progress, status
from .annexmath import read_rows
from .formulas import is_figure
from .outline import ascii_fold, fold_title
from .workspace import PROVINCE
from .vnformat import decimal_text, figure_text

OTHER = "khac"


@dataclass
class Consolidated:
    text: str                       # the Markdown document
    rel: str                        # where it belongs: units/<standing agency>/<year>/...
    broken: list = field(default_factory=list)   # (unit, annex code): figures breaking a formula


def _by_name(units: dict):
    """Sort key of (unit id, ...) pairs by the unit's short name, in Vietnamese alphabetical order."""
    return lambda item: (ascii_fold(units[item[0]]["ten_ngan"]).casefold(), units[item[0]]["ten_ngan"])


def _pct(part: int, whole: int) -> str:
    return decimal_text(100 * part / whole) + "%" if whole else "—"


def build(model, year: int, period: str, as_of: dt.date, number: str = "", issued: dt.date | None = None):
    ws = model.ws
    _, rules = model.book.for_year(year)
    province = ws.docs[PROVINCE].data
    standing = province["co_quan_thuong_truc"]
    units = model.valid_units()
    spec = rules["ky_bao_cao"][period]
    duties = [d for d in status.compute(model, year, as_of) if d.document == "bao_cao" and d.period == period]
    reports = {d.unit: ws.docs[d.path] for d in duties if d.path}
    broken: list = []
    forms = model.book.forms(rules)
    annexes = [_annex(forms[code], reports, units, broken) for code in _annex_codes(forms, reports)]
    body = [*_situation(duties, units, spec), *_results(model.tasks(year, as_of, period), rules, spec),
            *_voices(reports, rules, units, ("kho_khan", "III"), ("kien_nghi", "IV"))]
    front = _front(province, units[standing], rules, year, period, spec, number, issued or as_of)
    if annexes:
        front["phu_luc"] = [a for a in annexes if a]
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=10**6) + "---\n\n"
    rel = f"units/{standing}/{year}/bao-cao-tong-hop-{period.replace('_', '-')}.md"
    return Consolidated(text + "\n".join(body) + "\n", rel, broken)


def _front(province, agency: dict, rules, year, period, spec, number, issued) -> dict:
    head = agency.get("thu_truong") or {}
    name = spec["ten"][:1].lower() + spec["ten"][1:]
    summary = f"Kết quả thực hiện công tác cải cách hành chính {name} năm {year}".replace("năm năm", "năm")
    return {
        "loai": "bao_cao", "nam": year, "ky": period,
        "so_ky_hieu": number or f"/BC-{agency['viet_tat']}",
        "ngay_ban_hanh": issued,
        "trich_yeu": f"{summary} của tỉnh {province['ten']}",
        "kinh_gui": [f"Ủy ban nhân dân tỉnh {province['ten']}"],
        "nguoi_ky": {"chuc_vu": head.get("chuc_vu", "Giám đốc"), "ho_ten": head.get("ho_ten", "")},
        "noi_nhan": ["Như trên", "Bộ Nội vụ", "Các sở, ban, ngành; UBND các xã, phường",
                     f"Lưu: VT, {agency['viet_tat']}."],
    }


# --- I. who reported -----------------------------------------------------------------------

def _situation(duties, units: dict, spec: dict) -> list[str]:
    owed = [d for d in duties if d.state in status.COUNTED]
    groups = {state: [d for d in owed if d.state == state] for state in status.COUNTED}
    lines = ["# I. TÌNH HÌNH TỔ CHỨC THỰC HIỆN", "",
             f"Kỳ báo cáo {spec['ten'][:1].lower() + spec['ten'][1:]}: {len(owed)} cơ quan, đơn vị phải báo cáo; "
             f"{len(groups[status.ON_TIME])} báo cáo đúng hạn ({_pct(len(groups[status.ON_TIME]), len(owed))}), "
             f"{len(groups[status.LATE])} báo cáo muộn, {len(groups[status.MISSING])} đơn vị chưa báo cáo.", ""]
    for state, title in ((status.ON_TIME, "Đúng hạn"), (status.LATE, "Nộp muộn"), (status.MISSING, "Chưa báo cáo")):
        if not groups[state]:
            continue
        lines += [f"- {title}: " + "; ".join(_who(d, units) for d in groups[state]) + "."]
    return lines + [""]


def _who(duty, units: dict) -> str:
    name = units[duty.unit]["ten_ngan"]
    if duty.state == status.LATE:
        return f"{name} ({duty.days_late} ngày)"
    if duty.state == status.MISSING:
        return f"{name} (quá hạn {duty.days_late} ngày)"
    return name


# --- II. results per area --------------------------------------------------------------------

def _areas(rules: dict) -> list[tuple[str, dict]]:
    return sorted((rules.get("linh_vuc") or {}).items(), key=lambda kv: (kv[1].get("thu_tu", 99), kv[0]))


def _results(tasks: list, rules: dict, spec: dict) -> list[str]:
    name = spec["ten"][:1].lower() + spec["ten"][1:]
    lines = ["# II. KẾT QUẢ CHỦ YẾU ĐẠT ĐƯỢC", "",
             f"Tiến độ các nhiệm vụ trong kế hoạch CCHC năm của các cơ quan, đơn vị, theo các báo cáo kỳ {name}. "
             "Trạng thái của mỗi nhiệm vụ lấy theo báo cáo mới nhất của kỳ này có nêu nhiệm vụ đó; tỷ lệ bình quân "
             "theo trọng số nhiệm vụ chỉ tính các nhiệm vụ đã được báo cáo; nhiệm vụ chưa được báo cáo nào của kỳ "
             "nêu đến được đếm riêng. Trang công khai tính lũy kế theo mọi báo cáo đã ban hành đến ngày xem, "
             "nên số liệu ở đó có thể khác.", "",
             "| Lĩnh vực | Số nhiệm vụ | Hoàn thành | Đang thực hiện | Chưa thực hiện | Chưa có báo cáo | Tỷ lệ bình quân |",
             "|" + "-" * 40 + "|" + "|".join(["-" * 11 + ":"] * 6) + "|"]
    for area in progress.areas(rules, tasks):
        if not area.tasks:
            continue
        done, doing = area.by_state["hoan_thanh"], area.by_state["dang_thuc_hien"]
        figure = "—" if area.percent is None else decimal_text(area.percent) + "%"
        lines.append(f"| {area.name} | {area.tasks} | {done} | {doing} | {area.reported - done - doing} | "
                     f"{area.tasks - area.reported} | {figure} |")
    return lines + ["", "Số liệu chi tiết tổng hợp tại các phụ lục kèm theo báo cáo này.", ""]


# --- annexes summed over units ---------------------------------------------------------------

def _annex_codes(forms: dict, reports: dict) -> list[str]:
    seen = [a["ma"] for r in reports.values() for a in r.data.get("phu_luc") or [] if a["ma"] in forms]
    return list(dict.fromkeys(code for code in forms if code in seen))


def _total_row(annex: dict, form) -> dict:
    """A unit's figures of an annex: its total row, else the sum of its rows where every row gives the figure
    (a blank cell is not reported, never taken as 0: the column is then left blank), or, in a column whose
    form counts a blank as a default (mac_dinh), where some row gives it and no row writes it otherwise."""
    totals = [r for r in annex["dong"] if r.get("la_tong")]
    if totals:
        return totals[0]
    rows, summed = annex["dong"], {}
    for c, column in form.columns.items():
        values = [r.get(c) for r in rows]
        if rows and all(is_figure(v) for v in values):
            summed[c] = sum(values)
        elif column.default is not None and any(is_figure(v) for v in values):
            odd = [v for v in values if v is not None and not is_figure(v)]
            summed[c] = odd[0] if odd else sum(column.default if v is None else v for v in values)
    return summed


def _annex(form, reports: dict, units: dict, broken: list) -> dict | None:
    """One annex form summed over the units' reports (formulas.AnnexForm: its usable formulas). A unit's
    figure that is blank (not reported) or not a number (CCHC-B014 in its report) is left blank in its row,
    and the column is then not summed: the total would pass a part for the whole. The note says which. A
    column whose form counts a blank as a default (mac_dinh: the official form's "0 when not reported") is
    the exception: a unit that leaves it blank reported that default, and the column is summed so (the
    note says so too), unless no unit gives it at all."""
    code, columns, formulas = form.code, list(form.columns), form.formulas
    rows, unwritten = [], set()        # columns some unit wrote otherwise than as a number
    for uid, report in sorted(reports.items(), key=_by_name(units)):
        annex = next((a for a in report.data.get("phu_luc") or [] if a["ma"] == code), None)
        if annex is None:
            continue
        total = _total_row(annex, form)
        row = {"ten": units[uid]["ten_ngan"], **{c: _plain(total[c]) for c in columns if is_figure(total.get(c))}}
        unwritten |= {c for c in columns if total.get(c) is not None and not is_figure(total.get(c))}
        if any(_breaks(f, form, row) for f in formulas):
            broken.append((uid, code))
            row["ten"] += " (*)"
        rows.append(row)
    if not rows:
        return None
    summed = {"ten": "Tổng cộng", "la_tong": True}
    unsummed, defaulted = [], []
    for column in columns:
        if column in form.not_summed:
            continue
        values = [r.get(column) for r in rows]
        default = form.columns[column].default
        if all(is_figure(v) for v in values):
            summed[column] = sum(values)
        elif default is not None and any(is_figure(v) for v in values) and column not in unwritten:
            summed[column] = sum(default if v is None else v for v in values)
            defaulted.append(column)
        elif any(is_figure(v) for v in values):
            unsummed.append(column)
    figures = read_rows(form, [summed], {})[0][0]
    for formula in formulas:
        if formula.ratio and formula.target in columns:
            value = formula.evaluate(figures)
            if value is not None:
                summed[formula.target] = round(value, 2)
    note = " (*): số liệu của đơn vị chưa khớp công thức của mẫu." if any(r["ten"].endswith("(*)") for r in rows) else ""
    if unsummed:
        names = "; ".join(form.columns[c].title for c in unsummed)
        note += f" Không cộng tổng các cột có đơn vị chưa báo cáo số liệu (ô trống): {names}."
    for column in defaulted:
        note += (f" Cột {form.columns[column].title}: theo mẫu, ô để trống là "
                 f"{figure_text(form.columns[column].default)}; tổng cộng tính theo đó.")
    return {"ma": code, "ten": form.name, "ghi_chu": f"Tổng hợp từ báo cáo của {len(rows)} cơ quan, đơn vị.{note}",
            "dong": rows + [summed]}


def _plain(value):
    """Numbers as plain int/float (the loader keeps how they were written), text as text."""
    if not is_figure(value):
        return value
    return int(value) if isinstance(value, int) else float(value)


def _breaks(formula, form, row: dict) -> bool:
    """Whether a unit's figures break a formula of the form (an identity or an inequality), read as the checks
    read them (a blank of a column with mac_dinh is its default)."""
    return formula.check(read_rows(form, [row], {})[0][0]) is False


# --- III, IV. difficulties and recommendations -------------------------------------------------

def _section_items(report, titles: list[str]) -> list[str]:
    """The bullet points (or paragraphs) of the section whose heading matches one of ``titles``."""
    wanted = [fold_title(t) for t in titles]
    items, inside, level = [], False, 0
    for line in report.body.split("\n"):
        heading = re.match(r"(#{1,6})\s+(.*)", line)
        if heading:
            if inside and len(heading.group(1)) <= level:
                break
            if not inside and any(w in fold_title(heading.group(2)) for w in wanted):
                inside, level = True, len(heading.group(1))
            continue
        text = re.sub(r"^\s*(?:[-*+]|\d+[.)]|[a-zđ]\))\s+", "", line).strip()
        if inside and text and not text.startswith("<!--"):
            items.append(text)
    return items


def _area_of(item: str, rules: dict) -> str:
    folded = ascii_fold(item).lower()
    for area, spec in _areas(rules):
        if any(ascii_fold(word).lower() in folded for word in spec.get("tu_khoa") or []):
            return area
    return OTHER


def _voices(reports: dict, rules: dict, units: dict, *sections) -> list[str]:
    lines = []
    for key, roman in sections:
        spec = (rules.get("muc_bao_cao") or {}).get(key)
        if spec is None:
            continue
        grouped: dict[str, dict[str, list]] = {}
        for uid, report in sorted(reports.items(), key=_by_name(units)):
            for item in _section_items(report, spec["tieu_de"]):
                grouped.setdefault(_area_of(item, rules), {}).setdefault(units[uid]["ten_ngan"], []).append(item)
        lines += [f"# {roman}. {spec['tieu_de'][0].upper()}", ""]
        names = dict((a, s["ten"]) for a, s in _areas(rules))
        names[OTHER] = "Vấn đề chung"
        order = [a for a, _ in _areas(rules)] + [OTHER]
        for number, area in enumerate([a for a in order if a in grouped], 1):
            lines += [f"## {number}. {names[area]}", ""]
            for unit, items in grouped[area].items():
                lines += [f"- {unit}: " + " ".join(i.rstrip(".;") + "." for i in items)]
            lines.append("")
        if not grouped:
            lines += ["Các cơ quan, đơn vị không nêu nội dung này.", ""]
    return lines
