"""What a template needs to print one document: header block, title, signer, recipients.

Everything the decree fixes (upper case, zero-padded dates, the short rules under the
issuing body and the motto) is decided here, so the templates only place the pieces.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from .. import vnformat
from ..kinds import PLAN
from ..layout import annexes, metrics, page
from ..model import Model
from ..rulebook import RuleBook
from ..workspace import unit_of

_UBND = "Ủy ban nhân dân "
_COMMUNE = re.compile(r"^(xã|phường|thị trấn|đặc khu) ", re.IGNORECASE)


@dataclass
class Info:
    """Workspace facts shared by every document of one run."""
    province: dict
    units: dict[str, dict]
    book: RuleBook | None = None
    plans: dict[str, dict] = field(default_factory=dict)   # "unit/year" -> plan data

    @classmethod
    def from_model(cls, model: Model) -> "Info":
        plans = {"/".join(d.path.split("/")[1:3]): d.data for d in model.ws.of_role("document")
                 if d.valid and d.kind == PLAN.id}
        return cls(model.province() or {}, model.valid_units(), model.book, plans)

    def rules(self, year: int) -> dict:
        if self.book is None:
            return {}
        return self.book.for_year(year)[1] or {}


# Where to break is searched among all ways of cutting a line in 2 to 4 pieces (at 24 words,
# 2,047 ways at the most); a longer line is wrapped word by word.
MAX_FIT_WORDS = 24


def _wrap(words: list[str], size: float, style: str, width_mm: float) -> list[str]:
    lines = [words[0]]
    for word in words[1:]:
        candidate = f"{lines[-1]} {word}"
        if metrics.width_mm(candidate, size, style) <= width_mm:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def fit_line(line: str, size: float, style: str, width_mm: float) -> list[str]:
    """``line`` as printed in a column ``width_mm`` wide: whole when it fits, otherwise broken
    where a clerk breaks a long name (before "VÀ", else after a comma: "SỞ NÔNG NGHIỆP / VÀ MÔI
    TRƯỜNG"), into as few lines as fit and as even as they can be."""
    words = line.split()
    if metrics.width_mm(line, size, style) <= width_mm or len(words) < 2:
        return [line]
    if len(words) > MAX_FIT_WORDS:   # no body's name is that long: wrap it plainly, in linear time
        return _wrap(words, size, style, width_mm)
    for count in range(2, min(len(words), 4) + 1):
        best = None
        for breaks in itertools.combinations(range(1, len(words)), count - 1):
            bounds = (0, *breaks, len(words))
            parts = [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:])]
            widest = max(metrics.width_mm(part, size, style) for part in parts)
            if widest > width_mm:
                continue
            natural = sum(2 if words[b] in ("VÀ", "và") else 1 if words[b - 1].endswith(",") else 0 for b in breaks)
            key = (-natural, widest)
            if best is None or key < best[0]:
                best = (key, parts)
        if best:
            return best[1]
    return [line]            # a word wider than the column: the writer wraps it as it can


def _fitted(lines: list[str], style: str) -> list[str]:
    width = page.HEADER_COLUMNS_MM[0] - 2 * page.CELL_PADDING_MM - page.FIT_MARGIN_MM
    return [part for line in lines for part in fit_line(line, page.SIZE["body_name"], style, width)]


def issuing_lines(uid: str, unit: dict | None, province: dict) -> tuple[list[str], list[str]]:
    """(parent body lines, issuing body lines), upper case, as printed top left; a line too long
    for the column is broken as a clerk would break it (fit_line)."""
    parent, body = _issuing_lines(uid, unit, province)
    return _fitted(parent, "regular"), _fitted(body, "bold")


def _issuing_lines(uid: str, unit: dict | None, province: dict) -> tuple[list[str], list[str]]:
    if unit is None:
        return [], [vnformat.upper(uid.replace("-", " "))]
    if unit.get("loai") == "ubnd_tinh" and province.get("co_quan_chu_quan"):
        return [], [vnformat.upper(x) for x in province["co_quan_chu_quan"]]
    parent = [vnformat.upper(line) for line in unit.get("co_quan_chu_quan") or []]
    if unit.get("ten_in"):                       # the lines as the unit prints them
        return parent, [vnformat.upper(line) for line in unit["ten_in"]]
    name = unit["ten"]
    if name.startswith(_UBND):
        return parent, ["ỦY BAN NHÂN DÂN", vnformat.upper(name[len(_UBND):])]
    suffix = f" tỉnh {province.get('ten', '')}"
    if province.get("ten") and name.endswith(suffix):
        name = name[: -len(suffix)]
        if unit.get("ten_ngan") == name + " tỉnh":
            name = unit["ten_ngan"]
    return parent, [vnformat.upper(name)]


def place_of(unit: dict | None, province: dict) -> str:
    """The place name of the date line: the commune for a commune, else the province."""
    if unit and unit.get("loai") == "ubnd_xa" and unit["ten"].startswith(_UBND):
        return _COMMUNE.sub("", unit["ten"][len(_UBND):])
    return province.get("dia_danh") or province.get("ten") or ""


def header(doc, unit: dict | None, province: dict) -> dict:
    data = doc.data
    parent, body = issuing_lines(unit_of(doc.path), unit, province)
    widest = max(metrics.width_mm(line, page.SIZE["body_name"], "bold") for line in body)
    column = page.HEADER_COLUMNS_MM[0] - 2 * page.CELL_PADDING_MM
    body_rule = min(widest, column) * 0.4
    motto_rule = metrics.width_mm(page.MOTTO, page.SIZE["motto"], "bold")
    return {
        "parent": parent, "body": body,
        "number": vnformat.number_line(data["so_ky_hieu"]),
        "place_date": vnformat.place_date(place_of(unit, province), data["ngay_ban_hanh"]),
        "motto_top": page.MOTTO_TOP, "motto": page.MOTTO,
        "body_rule_mm": round(body_rule, 1),
        "body_rule_indent_mm": round(page.rule_indents_mm(page.HEADER_COLUMNS_MM[0], body_rule), 1),
        "motto_rule_mm": round(motto_rule, 1),
        "motto_rule_indent_mm": round(page.rule_indents_mm(page.HEADER_COLUMNS_MM[1], motto_rule), 1),
    }


def title(doc) -> dict:
    summary = vnformat.nfc(doc.data["trich_yeu"].strip())
    rule = min(metrics.width_mm(summary, page.SIZE["summary"], "bold"), page.text_width_mm()) * 0.4
    return {"type": vnformat.TYPE_TITLE[doc.kind], "summary": summary, "rule_mm": round(rule, 1),
            "rule_indent_mm": round((page.text_width_mm() - rule) / 2, 1)}


def signer(doc) -> dict:
    person = doc.data["nguoi_ky"]
    authority = [vnformat.upper(x) for x in person.get("tham_quyen") or []]
    return {"authority": authority, "title": vnformat.upper(person["chuc_vu"]),
            "name": vnformat.nfc(person["ho_ten"])}


def recipients(doc, unit: dict | None) -> list[str]:
    """"- X;" lines, the last one "- Lưu: VT, ...." (added when the author left it out)."""
    items = [vnformat.nfc(str(x)).strip().rstrip(";.").strip() for x in doc.data["noi_nhan"]]
    items = [x for x in items if x]
    if not any(x.startswith("Lưu") for x in items):
        items.append(f"Lưu: VT, {unit['viet_tat']}" if unit else "Lưu: VT")
    return [f"- {x};" for x in items[:-1]] + [f"- {items[-1]}."]


def build(doc, info: Info) -> dict:
    """The whole template context of one valid document."""
    uid = unit_of(doc.path)
    unit = info.units.get(uid)
    data = doc.data
    issuer = unit.get("ten_ngan") if unit else uid
    return {
        "kind": doc.kind, "path": doc.path, "data": data, "issuer": issuer,
        "header": header(doc, unit, info.province), "title": title(doc),
        "can_cu": [vnformat.nfc(x).strip().rstrip(";.") for x in data.get("can_cu") or []],
        "kinh_gui": [vnformat.nfc(x).strip().rstrip(";.") for x in data.get("kinh_gui") or []],
        "body": doc.body, "signer": signer(doc), "recipients": recipients(doc, unit),
        "annexes": annexes.build(doc, info, issuer),
    }
