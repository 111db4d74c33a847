"""Reference pages: the finding-code catalogue, the published waivers, the methodology."""
from __future__ import annotations

import re

from .. import deadlines as deadline_rules
from .. import progress
from ..catalogue import CATALOGUE
from ..fielddocs import describe
from ..jsonschema import FILES as SCHEMA_FILES
from ..schemas import SCHEMAS, TABLE_FIELDS
from . import feeds

GROUPS = {  # first letter after "CCHC-" -> section title
    "L": "Đọc tệp (L)", "S": "Cấu trúc tệp (S)", "R": "Tham chiếu giữa các tệp (R)", "C": "Bộ quy tắc (C)",
    "N": "Số, ký hiệu văn bản (N)", "D": "Ngày tháng của văn bản (D)", "P": "Kế hoạch (P)", "B": "Báo cáo định kỳ (B)",
    "X": "Tham chiếu giữa các văn bản (X)", "W": "Miễn trừ (W)", "H": "Nội dung hiển thị trên trang công khai (H)",
    "E": "Lỗi của chương trình (E)", "G": "In văn bản (G)",
}
SEVERITIES = {"error": "Lỗi", "warning": "Cảnh báo", "info": "Thông tin"}


_PLACEHOLDER = re.compile(r"\{[A-Za-z_]+(?::[A-Za-z_]+)?\}")


def shown(template: str) -> str:
    """A catalogue template as the list of codes shows it: each place a finding fills ("{value}",
    "{expected:type}") is "…"."""
    return _PLACEHOLDER.sub("…", template)


def catalogue() -> dict:
    groups: dict[str, list] = {}
    for code in sorted(CATALOGUE.values(), key=lambda c: c.code):
        groups.setdefault(code.code[5:6], []).append({
            "code": code.code, "severity": code.severity, "basis": code.basis, "title": code.title["vi"],
            "message": shown(code.message["vi"]), "hint": shown(code.hint["vi"])})
    order = list(GROUPS) + sorted(set(groups) - set(GROUPS))
    return {"groups": [(GROUPS.get(letter, letter), groups[letter]) for letter in order if letter in groups],
            "severities": SEVERITIES}


def waivers(site, ws) -> dict:
    doc = ws.docs.get("content/waivers.yml")
    entries = (doc.data or {}).get("mien_tru") or [] if doc is not None and doc.valid else []
    rows = []
    for item in entries:
        expiry = item.get("het_han")
        rows.append({"code": item.get("ma", ""), "document": item.get("van_ban", ""),
                     "entry": site.entry_of(item.get("van_ban", "")), "reason": item.get("ly_do", ""),
                     "approver": item.get("nguoi_duyet", ""), "approved": item.get("ngay_duyet"),
                     "expiry": expiry, "active": expiry is None or expiry >= site.as_of})
    return {"waivers": sorted(rows, key=lambda r: (r["document"], r["code"]))}


def _rows(site, year: int) -> list[dict]:
    rules = site.rules.get(year) or {}
    found = []
    if rules.get("han_ke_hoach"):
        found.append(("Kế hoạch CCHC năm", rules["han_ke_hoach"], None))
    for spec in (rules.get("ky_bao_cao") or {}).values():
        if spec.get("han"):
            found.append((f"Báo cáo {spec.get('ten', '')}", spec["han"], spec.get("thang_cuoi")))
    for kind, rule in sorted((rules.get("han_tu_danh_gia") or {}).items()):
        if rule:
            kind_name = (rules.get("loai_don_vi") or {}).get(kind, {}).get("ten", kind)
            found.append((f"Tự đánh giá Chỉ số CCHC ({kind_name})", rule, None))
    return found


def methodology(site) -> dict:
    year = site.year
    rows = []
    for name, rule, month in _rows(site, year):
        try:
            due = deadline_rules.resolve(rule["ngay"], year, month)
        except deadline_rules.BadExpression:
            due = None
        rows.append({"name": name, "expression": rule["ngay"], "due": due, "counting": rule["cach_tinh"]})
    names = {"cham_nhat": "chậm nhất là ngày hạn", "truoc_ngay": "trước ngày hạn",
             "nhan_truoc": "cơ quan thường trực nhận trước hạn"}
    return {"year": year, "deadlines": rows, "counting_names": names, "rule": progress.ROLLUP_RULE}


def deadlines_page(site) -> dict:
    year = site.year
    months: dict[int, list] = {}
    for item in feeds.deadlines(site, year):
        months.setdefault(item["due"].month, []).append(item)
    return {"year": year, "months": sorted(months.items()), "counting": feeds.COUNTING}


def _field_rows(kind: str, schema: dict, prefix: str = "", depth: int = 0):
    """(key path, required, description) of every field, nested tables and mappings included."""
    for key, rule in schema.items():
        path = prefix + key
        yield path, bool(rule.get("required")), describe(kind, path)
        if depth >= 2:
            continue
        items = rule.get("schema") if rule.get("type") == "list" else None
        values = rule.get("valuesrules")
        if isinstance(items, dict) and items.get("type") == "dict" and "schema" in items:
            yield from _field_rows(kind, items["schema"], f"{path}[].", depth + 1)
        elif rule.get("type") == "dict" and isinstance(rule.get("schema"), dict):
            yield from _field_rows(kind, rule["schema"], f"{path}.", depth + 1)
        elif rule.get("type") == "dict" and isinstance(values, dict) and isinstance(values.get("schema"), dict):
            yield from _field_rows(kind, values["schema"], f"{path}.<mã>.", depth + 1)


def field_guide() -> dict:
    """The fields of every kind of file, from the schemas the checker uses (the guide of a
    workspace that has no hand-written one in content/huong-dan/)."""
    kinds = []
    for kind, (file_name, title) in SCHEMA_FILES.items():
        kinds.append({"title": title, "schema": file_name, "rows": list(_field_rows(kind, SCHEMAS[kind][0])),
                      "tables": TABLE_FIELDS.get(kind, ())})
    return {"kinds": kinds}
