"""Vietnamese official-document formatting (Nghị định 30/2020/NĐ-CP, Phụ lục I and III).

Dates with the decree's zero-padding rule, the "Số:" line, the place-and-date line, and
document symbols ("117/KH-UBND", "05/BNV-VP") built and parsed against the Phụ lục III
abbreviations of document types.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

# Phụ lục III: abbreviations of the names of administrative document types.
TYPE_NAMES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế", "QyĐ": "Quy định",
    "TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn", "CTr": "Chương trình", "KH": "Kế hoạch",
    "PA": "Phương án", "ĐA": "Đề án", "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản",
    "TTr": "Tờ trình", "HĐ": "Hợp đồng", "CĐ": "Công điện", "BGN": "Bản ghi nhớ",
    "BTT": "Bản thỏa thuận", "GUQ": "Giấy ủy quyền", "GM": "Giấy mời", "GGT": "Giấy giới thiệu",
    "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi", "PC": "Phiếu chuyển", "PB": "Phiếu báo",
    "SY": "Bản sao y", "TrS": "Bản trích sao", "SL": "Bản sao lục",
}

# Document kinds of this project -> type abbreviation. A PAR self-assessment is sent as a
# Báo cáo (every sample uses ".../BC-..."), so it takes BC.
TYPE_ABBR = {"ke_hoach": "KH", "bao_cao": "BC", "tu_danh_gia": "BC"}

# Document kinds -> the type name printed above the summary (ô 5a).
TYPE_TITLE = {"ke_hoach": "KẾ HOẠCH", "bao_cao": "BÁO CÁO", "tu_danh_gia": "BÁO CÁO"}

# Kinds -> the name used in "(Kèm theo Kế hoạch số ...)".
TYPE_NAME = {kind: TYPE_NAMES[abbr] for kind, abbr in TYPE_ABBR.items()}
KIND_EN = {"ke_hoach": "plan", "bao_cao": "report", "tu_danh_gia": "PAR self-assessment"}

_SYMBOL = re.compile(r"(\d{1,5})(?:/(\d{4}))?/([0-9A-Za-zĐđ&.]+(?:-[0-9A-Za-zĐđ&.]+)*)")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def day_text(day: int) -> str:
    """Days below 10 get a leading zero."""
    return f"{day:02d}"


def month_text(month: int) -> str:
    """Only January and February get a leading zero ("tháng 01", "tháng 02", "tháng 3")."""
    return f"{month:02d}" if month <= 2 else str(month)


def long_date(day: dt.date) -> str:
    """"ngày 05 tháng 01 năm 2026"."""
    return f"ngày {day_text(day.day)} tháng {month_text(day.month)} năm {day.year}"


def place_date(place: str, day: dt.date) -> str:
    """"Hòa Lâm, ngày 26 tháng 12 năm 2025"."""
    return nfc(f"{place}, {long_date(day)}")


def date_text(day: dt.date | None, empty: str = "–") -> str:
    """"05/01/2026": a date as written in sentences and tables (the one short date format); ``empty``
    when there is no date."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else empty


def decimal_text(value: float, digits: int = 1, trim: bool = False) -> str:
    """"98,8": a number with the Vietnamese decimal comma (the one number format of messages and pages);
    ``trim`` leaves out zeros after the comma ("3" for 3.0)."""
    text = f"{value:.{digits}f}".replace(".", ",")
    return text.rstrip("0").rstrip(",") if trim and "," in text else text


def number_text(number: int) -> str:
    """Numbers below 10 get a leading zero."""
    return f"{number:02d}"


def build_symbol(number: int, kind_or_abbr: str | None, *bodies: str) -> str:
    """"117/KH-UBND" from (117, "ke_hoach", "UBND"); "05/BNV-VP" from (5, None, "BNV", "VP")."""
    abbr = TYPE_ABBR.get(kind_or_abbr, kind_or_abbr) if kind_or_abbr else None
    if abbr is not None and abbr not in TYPE_NAMES:
        raise ValueError(f"không có chữ viết tắt loại văn bản \"{abbr}\" trong Phụ lục III")
    parts = ([abbr] if abbr else []) + [b for b in bodies if b]
    if not parts:
        raise ValueError("ký hiệu văn bản cần ít nhất chữ viết tắt tên cơ quan ban hành")
    return nfc(f"{number_text(number)}/" + "-".join(parts))


def number_line(symbol: str) -> str:
    """"Số: 117/KH-UBND"."""
    return nfc(f"Số: {symbol}")


@dataclass(frozen=True)
class Symbol:
    number: str                 # as written, e.g. "05"
    year: str | None            # "2020" in "108/2020/NĐ-CP", else None
    type_abbr: str | None       # "KH"; None for a công văn ("05/BNV-VP")
    bodies: tuple[str, ...]     # issuing body and drafting unit groups

    @property
    def value(self) -> int:
        return int(self.number)


def parse_symbol(text: str) -> Symbol | None:
    """Split "117/KH-UBND" into number, type abbreviation and issuing-body parts; None if malformed."""
    if not isinstance(text, str):
        return None
    match = _SYMBOL.fullmatch(nfc(text.strip()))
    if not match:
        return None
    number, year, rest = match.groups()
    groups = rest.split("-")
    if groups[0] in TYPE_NAMES:
        return Symbol(number, year, groups[0], tuple(groups[1:]))
    return Symbol(number, year, None, tuple(groups))


@dataclass(frozen=True)
class SymbolProblem:
    reason: str        # malformed | padding | unknown_type | wrong_type | no_body
    message: str       # Vietnamese, for people
    message_en: str
    expected: str = ""  # a corrected symbol when one can be proposed


def check_symbol(text: str, kind: str | None = None) -> SymbolProblem | None:
    """The first problem of a document's symbol, or None; ``kind`` is ke_hoach, bao_cao..."""
    parsed = parse_symbol(text)
    if parsed is None:
        return SymbolProblem("malformed", f"\"{text}\" không đúng dạng số/ký hiệu (ví dụ 117/KH-UBND)",
                             f"\"{text}\" is not number/symbol (e.g. 117/KH-UBND)")
    problem = _type_problem(parsed, text, kind)
    if problem:
        return problem
    if not parsed.bodies:
        return SymbolProblem("no_body", f"\"{text}\" thiếu chữ viết tắt tên cơ quan ban hành sau dấu \"-\"",
                             f"\"{text}\" lacks the issuing body after \"-\"")
    if len(parsed.number) < 2:
        fixed = _rebuild(parsed, number_text(parsed.value))
        return SymbolProblem("padding", f"số dưới 10 phải có số 0 phía trước: {fixed}",
                             f"numbers below 10 take a leading zero: {fixed}", fixed)
    return None


def _type_problem(parsed: Symbol, text: str, kind: str | None) -> SymbolProblem | None:
    expected = TYPE_ABBR.get(kind) if kind else None
    if expected is None or parsed.type_abbr == expected:
        return None
    fixed = _rebuild(parsed, parsed.number, expected)
    if parsed.type_abbr is None:
        return SymbolProblem("unknown_type", f"\"{text}\" không có chữ viết tắt loại văn bản; "
                             f"{TYPE_NAMES[expected].lower()} dùng {expected}",
                             f"\"{text}\" has no document type; a {KIND_EN.get(kind, kind)} uses {expected}", fixed)
    return SymbolProblem("wrong_type", f"\"{parsed.type_abbr}\" là {TYPE_NAMES[parsed.type_abbr].lower()}, "
                         f"không phải {TYPE_NAMES[expected].lower()} ({expected})",
                         f"\"{parsed.type_abbr}\" is not the abbreviation of a {KIND_EN.get(kind, kind)} ({expected})", fixed)


def _rebuild(parsed: Symbol, number: str, abbr: str | None = None) -> str:
    abbr = abbr or parsed.type_abbr
    head = f"{number}/{parsed.year}/" if parsed.year else f"{number}/"
    return head + "-".join(([abbr] if abbr else []) + list(parsed.bodies))


def upper(text: str) -> str:
    """Upper case that keeps Vietnamese letters composed (NFC)."""
    return nfc(nfc(text).upper())
