"""Vietnamese official-document formatting (Nghị định 30/2020/NĐ-CP, Phụ lục I and III).

Dates with the decree's zero-padding rule, the "Số:" line, the place-and-date line, and
document symbols ("117/KH-UBND", "05/BNV-VP") built and parsed against the Phụ lục III
abbreviations of document types.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from .kinds import KINDS

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

# Document kinds of this project -> type abbreviation (kinds/<kind>.py ``abbr``).
TYPE_ABBR = {kind.id: kind.abbr for kind in KINDS.values()}

# Document kinds -> the type name printed above the summary (ô 5a).
TYPE_TITLE = {kind: unicodedata.normalize("NFC", TYPE_NAMES[abbr].upper()) for kind, abbr in TYPE_ABBR.items()}

# Kinds -> the name used in "(Kèm theo Kế hoạch số ...)".
TYPE_NAME = {kind: TYPE_NAMES[abbr] for kind, abbr in TYPE_ABBR.items()}

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


def figure_text(value) -> str:
    """"2.075" for 2075, "97,11" for 97.11: a figure the way printed Vietnamese documents write it (a point
    between thousands, a comma before the decimals), with every decimal it has (2.075 -> "2,075")."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    sign = "-" if value < 0 else ""
    if isinstance(value, int) or value.is_integer():
        return sign + f"{abs(int(value)):,}".replace(",", ".")
    whole, _, decimals = repr(abs(float(value))).partition(".")
    if "e" in decimals or "e" in whole:       # very large or small: as Python writes it, comma for the point
        return sign + repr(abs(float(value))).replace(".", ",")
    return sign + f"{int(whole):,}".replace(",", ".") + "," + decimals


def written_decimal(text: str) -> str:
    """"2,100" for a decimal written "2.100": its digits as written (trailing zeros kept), with the
    Vietnamese decimal comma, to show how a number written with a point is read."""
    return text.replace(".", ",")


def number_text(number: int) -> str:
    """Numbers below 10 get a leading zero."""
    return f"{number:02d}"


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
    reason: str         # malformed | padding | unknown_type | wrong_type | no_body: the variant of its finding
    expected: str = ""  # a corrected symbol when one can be proposed
    args: dict = field(default_factory=dict)   # what the finding's message names (catalogue CCHC-N001, N002)


def check_symbol(text: str, kind: str | None = None) -> SymbolProblem | None:
    """The first problem of a document's symbol, or None; ``kind`` is ke_hoach, bao_cao..."""
    parsed = parse_symbol(text)
    if parsed is None:
        return SymbolProblem("malformed")
    problem = _type_problem(parsed, kind)
    if problem:
        return problem
    if not parsed.bodies:
        return SymbolProblem("no_body")
    if len(parsed.number) < 2:
        return SymbolProblem("padding", _rebuild(parsed, number_text(parsed.value)))
    return None


def _type_problem(parsed: Symbol, kind: str | None) -> SymbolProblem | None:
    expected = TYPE_ABBR.get(kind) if kind else None
    if expected is None or parsed.type_abbr == expected:
        return None
    fixed = _rebuild(parsed, parsed.number, expected)
    if parsed.type_abbr is None:
        return SymbolProblem("unknown_type", fixed, {"kind": kind, "type": expected})
    return SymbolProblem("wrong_type", fixed, {"kind": kind, "type": expected, "abbr": parsed.type_abbr,
                                               "abbr_name": TYPE_NAMES[parsed.type_abbr].lower()})


def _rebuild(parsed: Symbol, number: str, abbr: str | None = None) -> str:
    abbr = abbr or parsed.type_abbr
    head = f"{number}/{parsed.year}/" if parsed.year else f"{number}/"
    return head + "-".join(([abbr] if abbr else []) + list(parsed.bodies))


def upper(text: str) -> str:
    """Upper case that keeps Vietnamese letters composed (NFC)."""
    return nfc(nfc(text).upper())


@dataclass(frozen=True)
class Signing:
    """How a unit signs its documents (Nghị định 30/2020/NĐ-CP, Điều 13 and Phụ lục I mục II.7): the
    authority lines and the title when its head signs, and when a deputy signs in the head's stead
    ("KT." before the head's title). A body that works collectively signs on its behalf ("TM. ...")."""
    authority: tuple[str, ...]      # e.g. ("TM. ỦY BAN NHÂN DÂN",); () for a body headed by one person
    title: str                      # the head's title in the signature block, e.g. "Chủ tịch"

    @property
    def collective(self) -> bool:
        return any(line.startswith("TM.") for line in self.authority)

    @property
    def deputy_authority(self) -> tuple[str, ...]:
        return self.authority + ((f"KT. {upper(self.title)}",) if self.title else ())

    @property
    def deputy_title(self) -> str:
        return f"Phó {self.title}" if self.title else ""


def signing(kind: dict | None, unit: dict) -> Signing:
    """A unit's signing from its kind in the rule set (``tham_quyen_ky``, ``chuc_vu_ky``) and, where the
    kind gives no title, its head's (``thu_truong.chuc_vu`` of unit.yml)."""
    kind = kind or {}
    title = kind.get("chuc_vu_ky") or (unit.get("thu_truong") or {}).get("chuc_vu") or ""
    return Signing(tuple(nfc(line) for line in kind.get("tham_quyen_ky") or ()), nfc(title))
