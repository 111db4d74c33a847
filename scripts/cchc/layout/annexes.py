"""Annexes of a document (Phụ lục): label, title, "(Kèm theo ...)" line and a table.

A table is {"columns": [{"title", "pct"}], "rows": [[cell, ...]]}; a cell is
{"text", "colspan", "rowspan", "bold", "align"}. Each kind names its builder (kinds/<kind>.py ``annexes``).
"""
from __future__ import annotations

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
    summary = vnformat.upper(doc.data["trich_yeu"])
    return [{"code": None, "title": f"NHIỆM VỤ CỤ THỂ THEO LĨNH VỰC CỦA KẾ HOẠCH {summary}",
             "table": task_table(tasks, areas), "landscape": True}]


def _area_order(tasks: list, areas: dict) -> list[str]:
    seen = list(dict.fromkeys(t["linh_vuc"] for t in tasks))
    return sorted(seen, key=lambda a: ((areas.get(a) or {}).get("thu_tu", 99), seen.index(a)))


def task_table(tasks: list, areas: dict) -> dict:
    columns = [{"title": t, "pct": p} for t, p in TASK_COLUMNS]
    rows = []
    for index, area in enumerate(_area_order(tasks, areas), 1):
        name = (areas.get(area) or {}).get("ten") or area
        rows.append([tables.cell(f"{roman(index)}. {name}", colspan=len(columns), bold=True)])
        rows.extend(_area_rows([t for t in tasks if t["linh_vuc"] == area]))
    return {"columns": columns, "rows": rows}


def _area_rows(tasks: list) -> list:
    groups = list(dict.fromkeys(t.get("nhom") or "" for t in tasks))
    rows = []
    for number, group in enumerate(groups, 1):
        members = [t for t in tasks if (t.get("nhom") or "") == group]
        for sub, task in enumerate(members, 1):
            if not group:
                first = [tables.cell(f"{number}.{sub}. {task['ten']}", colspan=2)]
            elif sub == 1:
                first = [tables.cell(f"{number}. {group}", rowspan=len(members)),
                         tables.cell(f"{number}.{sub}. {task['ten']}")]
            else:
                first = [tables.cell(f"{number}.{sub}. {task['ten']}")]
            rows.append(first + _task_cells(task))
    return rows


def _task_cells(task: dict) -> list:
    partners = "; ".join(task.get("phoi_hop") or [])
    return [tables.cell(task.get("san_pham") or ""), tables.cell(task["chu_tri"]), tables.cell(partners),
            tables.cell(task.get("thoi_gian") or "", align="center"), tables.cell(task.get("kinh_phi") or "")]


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
        annex["attached"] = line
        annex["title"] = vnformat.upper(annex["title"])
    return result
