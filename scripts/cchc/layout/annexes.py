"""Annexes of a document (Phụ lục): label, title, "(Kèm theo ...)" line and a table.

A table is {"columns": [{"title", "pct"}], "rows": [[cell, ...]]}; a cell is
{"text", "colspan", "rowspan", "bold", "align"}. Each kind names its builder (kinds/<kind>.py ``annexes``).
"""
from __future__ import annotations

from .. import tasks as task_rows
from .. import vnformat
from ..kinds import KINDS, resolve
from . import report_annexes, tables  # noqa: F401  (report_annexes: builders the kinds name)

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")

# Seed 004's task table: Nhiệm vụ | Nhiệm vụ cụ thể | Sản phẩm | chủ trì | phối hợp | thời gian | kinh phí.
TASK_COLUMNS = (("Nhiệm vụ", 15), ("Nhiệm vụ cụ thể", 25), ("Sản phẩm", 16), ("Cơ quan chủ trì", 12),
                ("Cơ quan phối hợp", 13), ("Thời gian thực hiện", 9), ("Nguồn kinh phí dự kiến", 10))


def roman(n: int) -> str:
    return ROMAN[n - 1] if 0 < n <= len(ROMAN) else str(n)


def attached(doc, issuer: str) -> str:
    data = doc.data
    name = vnformat.TYPE_NAME[doc.kind]
    return vnformat.nfc(f"(Kèm theo {name} số {data['so_ky_hieu']} "
                        f"{vnformat.long_date(data['ngay_ban_hanh'])} của {issuer})")


def plan_annexes(doc, info) -> list[dict]:
    tasks = doc.data.get("nhiem_vu") or []
    if not tasks:
        return []
    areas = info.rules(doc.data["nam"]).get("linh_vuc") or {}
    own = doc.data.get("phu_luc_nhiem_vu") or {}
    summary = vnformat.upper(doc.data["trich_yeu"])
    annex = {"code": None, "title": own.get("tieu_de") or f"NHIỆM VỤ CỤ THỂ THEO LĨNH VỰC CỦA KẾ HOẠCH {summary}",
             "table": task_table(tasks, areas, own.get("linh_vuc") or {}), "landscape": True}
    if own.get("kem_theo"):
        annex["attached"] = vnformat.nfc(own["kem_theo"])
    return [annex]


def _area_order(tasks: list, areas: dict) -> list[str]:
    seen = list(dict.fromkeys(t["linh_vuc"] for t in tasks))
    return sorted(seen, key=lambda a: ((areas.get(a) or {}).get("thu_tu", 99), seen.index(a)))


def task_table(tasks: list, areas: dict, headings: dict | None = None) -> dict:
    """``headings``: the heading of an area as the plan writes it (phu_luc_nhiem_vu.linh_vuc), else
    "I. <the rule set's name of the area>"."""
    columns = [{"title": t, "pct": p} for t, p in TASK_COLUMNS]
    as_written = task_rows.written_numbering(tasks)
    rows = []
    for index, area in enumerate(_area_order(tasks, areas), 1):
        name = (areas.get(area) or {}).get("ten") or area
        heading = (headings or {}).get(area) or f"{roman(index)}. {name}"
        rows.append([tables.cell(heading, colspan=len(columns), bold=True)])
        rows.extend(_area_rows([t for t in tasks if t["linh_vuc"] == area], as_written))
    return {"columns": columns, "rows": rows}


def _area_rows(tasks: list, as_written: bool) -> list:
    """A group's name spans the rows of its tasks, a task's name the rows of its products. Numbers are
    the plan's own when it writes them (nothing is added then), else 1., 1.1., 1.2. ..."""
    groups = list(dict.fromkeys(t.get("nhom") or "" for t in tasks))
    rows = []
    for number, group in enumerate(groups, 1):
        members = [t for t in tasks if (t.get("nhom") or "") == group]
        height = sum(len(task_rows.rows(t)) for t in members)
        for sub, task in enumerate(members, 1):
            name = task["ten"] if as_written else f"{number}.{sub}. {task['ten']}"
            parts = task_rows.rows(task)
            for k, cells in enumerate(_product_cells(parts)):
                first = []
                if k == 0 and not group:
                    first = [tables.cell(name, colspan=2, rowspan=len(parts))]
                elif k == 0:
                    if sub == 1:
                        first.append(tables.cell(group if as_written else f"{number}. {group}", rowspan=height))
                    first.append(tables.cell(name, rowspan=len(parts)))
                rows.append(first + cells)
    return rows


def _text(field: str, value) -> str:
    if field == "phoi_hop":
        return ", ".join(value or [])       # as the official tables write them
    return str(value or "")


def _product_cells(parts: list) -> list[list]:
    """The cells of a task's rows: a value the task writes once for rows that do not say their own is
    one cell over those rows (the merged cell of the official table)."""
    result = [[] for _ in parts]
    for field in task_rows.FIELDS:
        align = "center" if field == "thoi_gian" else "left"
        k = 0
        while k < len(parts):
            span = 1
            if field not in parts[k].own:
                while k + span < len(parts) and field not in parts[k + span].own:
                    span += 1
            result[k].append(tables.cell(_text(field, parts[k].values[field]), rowspan=span, align=align))
            k += span
    return result


def _label(annexes: list[dict]) -> None:
    plain = [a for a in annexes if not a.get("code")]
    for index, annex in enumerate(plain, 1):
        annex["label"] = "Phụ lục" + (f" {roman(index)}" if len(plain) > 1 else "")
    for annex in annexes:
        if annex.get("code"):
            annex["label"] = f"Phụ lục {annex['code']}"


def build(doc, info, issuer: str) -> list[dict]:
    builder = KINDS[doc.kind].annexes
    result = resolve(builder)(doc, info) if builder else []
    _label(result)
    line = attached(doc, issuer)
    for annex in result:
        annex.setdefault("attached", line)
        annex["title"] = vnformat.upper(annex["title"])
    return result
