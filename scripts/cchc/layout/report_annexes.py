"""Annexes of reports (task progress, figures of the rule set's annex forms) and PAR self-assessments."""
from __future__ import annotations

from .. import vnformat
from ..formulas import compile_form
from ..schemas import ANNEX_ROW_KEYS
from . import tables

STATES = {"hoan_thanh": "Hoàn thành", "dang_thuc_hien": "Đang thực hiện",
          "chua_thuc_hien": "Chưa thực hiện", "khong_thuc_hien": "Không thực hiện"}
LANDSCAPE_FROM = 6   # data columns from which an annex goes landscape


def report_annexes(doc, info) -> list[dict]:
    data = doc.data
    result = []
    if data.get("tien_do"):
        plan = info.plans.get("/".join(doc.path.split("/")[1:3])) or {}
        result.append({"code": None, "title": "Tiến độ thực hiện nhiệm vụ cải cách hành chính",
                       "table": progress_table(data["tien_do"], plan), "landscape": True})
    forms = info.rules(data["nam"]).get("phu_luc") or {}
    for annex in data.get("phu_luc") or []:
        form = forms.get(annex["ma"]) or {}
        titles = {key: column.title for key, column in compile_form(annex["ma"], form).columns.items()} if form else {}
        table = figures_table(annex["dong"], titles)
        result.append({"code": annex["ma"], "title": annex.get("ten") or form.get("ten") or annex["ma"],
                       "table": table, "landscape": len(table["columns"]) - 2 >= LANDSCAPE_FROM})
    return result


def progress_table(progress: list, plan: dict) -> dict:
    names = {t["ma"]: t["ten"] for t in plan.get("nhiem_vu") or []}
    columns = [("STT", 5), ("Mã", 9), ("Nhiệm vụ", 34), ("Trạng thái", 11), ("Tỷ lệ (%)", 7),
               ("Kết quả", 34)]
    rows = []
    for index, item in enumerate(progress, 1):
        rows.append([tables.cell(index, align="center"), tables.cell(item["nhiem_vu"]),
                     tables.cell(names.get(item["nhiem_vu"], "")),
                     tables.cell(STATES.get(item["trang_thai"], item["trang_thai"])),
                     tables.cell(tables.number(item.get("ti_le")), align="center"),
                     tables.cell(item.get("ket_qua") or "")])
    return {"columns": [{"title": t, "pct": p} for t, p in columns], "rows": rows}


def _keys(rows: list, titles: dict) -> list[str]:
    extra = [k for row in rows for k in row if k not in titles and k not in ANNEX_ROW_KEYS]
    return list(titles) + list(dict.fromkeys(extra))


def figures_table(rows: list, titles: dict) -> dict:
    """The table of an annex: its rows, a column per figure of the form (``titles``: key -> heading) that a
    row gives, then the notes of the rows if any. A blank figure (not reported) is a blank cell, never 0."""
    keys = [k for k in _keys(rows, titles) if any(k in row for row in rows)]
    notes = any(row.get("ghi_chu") for row in rows)
    share = (60 - (12 if notes else 0)) / max(1, len(keys))
    columns = [{"title": "STT", "pct": 6}, {"title": "Nội dung", "pct": 34}]
    columns += [{"title": titles.get(k, k), "pct": share} for k in keys]
    columns += [{"title": "Ghi chú", "pct": 12}] if notes else []
    body = []
    number = 0
    for row in rows:
        total = bool(row.get("la_tong"))
        number += 0 if total else 1
        cells = [tables.cell("" if total else number, align="center", bold=total),
                 tables.cell(row["ten"], bold=total)]
        cells += [tables.cell(tables.number(row.get(k)), align="center", bold=total) for k in keys]
        cells += [tables.cell(row.get("ghi_chu") or "", bold=total)] if notes else []
        body.append(cells)
    return {"columns": columns, "rows": body}


def _criteria(doc, info) -> list[dict]:
    rules = info.rules(doc.data["nam"])
    path = (rules.get("bo_tieu_chi") or {}).get(doc.data["bo_tieu_chi"])
    criteria = info.book.criteria.get(f"content/rules/{path}") if (path and info.book) else None
    return criteria.data["tieu_chi"] if criteria is not None and criteria.valid else []


def par_annexes(doc, info) -> list[dict]:
    scores = {s["ma"]: s for s in doc.data["diem"]}
    criteria = _criteria(doc, info) or [{"ma": m, "ten": "", "diem_toi_da": None} for m in scores]
    columns = [("Mã", 7), ("Lĩnh vực, tiêu chí", 38), ("Điểm tối đa", 8), ("Điểm tự chấm", 8),
               ("Tài liệu kiểm chứng", 22), ("Giải trình", 17)]
    rows = [_score_row(c, scores.get(c["ma"])) for c in criteria]
    top = [c for c in criteria if "." not in c["ma"]]
    total_max = sum(c.get("diem_toi_da") or 0 for c in top)
    total = sum(s["tu_cham"] for s in scores.values())
    rows.append([tables.cell("Tổng cộng", colspan=2, bold=True),
                 tables.cell(tables.number(total_max), align="center", bold=True),
                 tables.cell(tables.number(total), align="center", bold=True), tables.cell(""),
                 tables.cell("")])
    table = {"columns": [{"title": t, "pct": p} for t, p in columns], "rows": rows}
    year = doc.data["nam"]
    return [{"code": None, "title": f"Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {year}",
             "table": table, "landscape": True}]


def _score_row(criterion: dict, score: dict | None) -> list:
    area = "." not in criterion["ma"]
    evidence = "; ".join(score.get("tai_lieu_kiem_chung") or []) if score else ""
    return [tables.cell(criterion["ma"], bold=area), tables.cell(vnformat.nfc(criterion.get("ten", "")), bold=area),
            tables.cell(tables.number(criterion.get("diem_toi_da")), align="center", bold=area),
            tables.cell(tables.number(score["tu_cham"]) if score else "", align="center", bold=area),
            tables.cell(evidence), tables.cell((score or {}).get("giai_trinh") or "")]
