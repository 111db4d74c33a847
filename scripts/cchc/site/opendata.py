"""Open data: JSON and CSV of units, documents, duty states and tasks; the JSON Schemas."""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from ..output import safe_csv_cell

DATA_DIR = "du-lieu"


def unit_rows(site) -> list[dict]:
    return [{"unit": uid, "ten": u.get("ten", ""), "ten_ngan": u.get("ten_ngan", ""), "loai": u.get("loai", ""),
             "cap_tren": u.get("cap_tren") or "", "hieu_luc_tu": _iso(u.get("hieu_luc_tu")),
             "hieu_luc_den": _iso(u.get("hieu_luc_den")), "trang": f"don-vi/{uid}/"}
            for uid, u in site.units.items()]


def document_rows(site) -> list[dict]:
    return [{"path": d.path, "unit": d.unit, "year": d.year, "document": d.kind, "period": d.period,
             "so_ky_hieu": d.number, "ngay_ban_hanh": d.issued.isoformat(), "trich_yeu": d.title,
             "trang": d.page[:-3] + "/"} for d in site.documents]


def duty_rows(site) -> list[dict]:
    return [duty.as_dict() for year in sorted(site.duties) for duty in site.duties[year]]


def task_rows(site) -> list[dict]:
    rows = []
    for year in sorted(site.duties):
        for task in site.tasks(year):
            rows.append({"unit": task.unit, "year": year, "ma": task.code, "linh_vuc": task.area, "ten": task.name,
                         "trong_so": task.weight, "trang_thai": task.state, "ti_le": task.percent,
                         "ket_qua": task.result, "bao_cao": task.report})
    return rows


DATASETS = {  # file stem -> (title on the open-data page, rows)
    "don-vi": ("Đơn vị", unit_rows),
    "van-ban": ("Văn bản đã ban hành", document_rows),
    "trang-thai": ("Tình trạng nộp văn bản (mỗi đơn vị, mỗi văn bản phải nộp, mỗi năm)", duty_rows),
    "nhiem-vu": ("Nhiệm vụ và tiến độ", task_rows),
}


def _iso(day) -> str:
    return day.isoformat() if day else ""


def to_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: safe_csv_cell(v) for k, v in row.items()} for row in rows)
    return buffer.getvalue()


def write(site, docs_dir: Path) -> dict:
    """Write every dataset as JSON and CSV; return {stem: number of rows}."""
    folder = docs_dir / DATA_DIR
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for stem, (_, rows_of) in DATASETS.items():
        rows = rows_of(site)
        counts[stem] = len(rows)
        payload = {"as_of": site.as_of.isoformat(), "items": rows}
        (folder / f"{stem}.json").write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (folder / f"{stem}.csv").write_text(to_csv(rows), encoding="utf-8")
    return counts


def copy_schemas(root: Path, docs_dir: Path) -> list[str]:
    source = root / "content" / "schemas"
    target = docs_dir / DATA_DIR / "schemas"
    target.mkdir(parents=True, exist_ok=True)
    names = sorted(p.name for p in source.glob("*.schema.json")) if source.is_dir() else []
    for name in names:
        shutil.copyfile(source / name, target / name)
    return names
