"""Task timelines ("thời gian thực hiện") as written in real plans, read as date ranges.

``parse(text, plan_year)`` returns a Timeline:
- kind "range": a period with a start and an end ("Quý I năm 2026", "Tháng 6/2026", "Năm 2026",
  "6 tháng đầu năm 2026", "Trước ngày 30/6/2026", "Quý II - Quý III năm 2026");
- kind "open": from a date on, without an end ("Năm 2026 và những năm tiếp theo");
- kind "recurring": all year, every year ("Thường xuyên", "Hàng năm", "Hằng quý", "Định kỳ");
- kind "external": set by someone else ("Theo hướng dẫn của Bộ Nội vụ", "Theo lộ trình của Trung ương");
- several of these, one in brackets or after ";" ("Năm 2021 và những năm tiếp theo (Theo lộ trình của Trung
  ương)", "Quý II năm 2026; Quý IV năm 2026"): from the first date of its parts to the last;
or None when the text is none of these. A period without a year ("Quý II") is in the plan year.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from .outline import ascii_fold

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_QUARTER = r"quy\s*(i{1,3}|iv|[1-4])"
_YEAR = r"(?:[\s,/-]*(?:nam\s*)?(\d{4}))?"


@dataclass(frozen=True)
class Timeline:
    kind: str
    start: dt.date | None = None
    end: dt.date | None = None

    def outside(self, year: int) -> bool:
        """Whether the timeline cannot fall in ``year`` at all."""
        if self.kind == "range":
            return self.end.year < year or self.start.year > year
        if self.kind == "open":
            return self.start.year > year
        return False


def _quarter(token: str) -> int:
    return ROMAN.get(token) or int(token)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _span(year: int, first_month: int, last_month: int) -> Timeline:
    return Timeline("range", dt.date(year, first_month, 1), _month_end(year, last_month))


def _date(day: str, month: str, year: str | None, plan_year: int) -> dt.date:
    return dt.date(int(year) if year else plan_year, int(month), int(day))


def _quarters(text: str, plan_year: int) -> Timeline | None:
    """"Quý I năm 2026", "Quý 1-Năm 2026", "Quý II, III năm 2026", "Quý II - Quý IV/2026"."""
    match = re.fullmatch(_QUARTER + r"(?:\s*(?:,|-|den|va)\s*(?:quy\s*)?(i{1,3}|iv|[1-4]))?" + _YEAR, text)
    if not match:
        return None
    first = _quarter(match.group(1))
    last = _quarter(match.group(2)) if match.group(2) else first
    year = int(match.group(3)) if match.group(3) else plan_year
    if last < first:
        return None
    return _span(year, 3 * first - 2, 3 * last)


def _months(text: str, plan_year: int) -> Timeline | None:
    """"Tháng 6/2026", "Tháng 6 năm 2026", "Tháng 3 - tháng 5 năm 2026"."""
    match = re.fullmatch(r"thang\s*(\d{1,2})(?:\s*(?:-|den|va)\s*(?:thang\s*)?(\d{1,2}))?" + _YEAR, text)
    if not match:
        return None
    first = int(match.group(1))
    last = int(match.group(2)) if match.group(2) else first
    year = int(match.group(3)) if match.group(3) else plan_year
    if not 1 <= first <= last <= 12:
        return None
    return _span(year, first, last)


def _halves(text: str, plan_year: int) -> Timeline | None:
    """"6 tháng đầu năm 2026", "6 tháng cuối năm"; "Đầu năm 2026" (quý I), "Cuối năm" (quý IV)."""
    match = re.fullmatch(r"(6\s*thang\s*)?(dau|cuoi)\s*nam" + _YEAR, text)
    if not match:
        return None
    year = int(match.group(3)) if match.group(3) else plan_year
    months = 6 if match.group(1) else 3
    return _span(year, 1, months) if match.group(2) == "dau" else _span(year, 13 - months, 12)


def _years(text: str, plan_year: int) -> Timeline | None:
    match = re.fullmatch(r"(?:ca\s*)?nam\s*(\d{4})(\s*va\s*(?:nhung|cac)\s*nam\s*tiep\s*theo)?", text)
    if match:
        year = int(match.group(1))
        if match.group(2):
            return Timeline("open", dt.date(year, 1, 1))
        return _span(year, 1, 12)
    match = re.fullmatch(r"(?:nam|giai\s*doan)?\s*(\d{4})\s*-\s*(\d{4})", text)
    if match and int(match.group(1)) <= int(match.group(2)):
        return Timeline("range", dt.date(int(match.group(1)), 1, 1), dt.date(int(match.group(2)), 12, 31))
    return None


_DAY = r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?"


def _by_date(text: str, plan_year: int) -> Timeline | None:
    """"Trước ngày 30/6/2026", "Chậm nhất ngày 15/3", "30/6/2026"."""
    match = re.fullmatch(r"(truoc|cham\s*nhat(?:\s*la)?|hoan\s*thanh\s*truoc)?\s*(?:ngay\s*)?" + _DAY, text)
    if not match:
        return None
    day = _date(match.group(2), match.group(3), match.group(4), plan_year)
    if match.group(1) == "truoc":
        day -= dt.timedelta(days=1)
    start = dt.date(day.year, 1, 1) if match.group(1) else day
    return Timeline("range", start, day)


_RECURRING = re.compile(r"(thuong\s*xuyen|hang\s*(nam|quy|thang|tuan)|hang\s*nam|dinh\s*ky|lien\s*tuc)\b")
_EXTERNAL = re.compile(r"(theo\s*(huong\s*dan|quy\s*dinh|lo\s*trinh|ke\s*hoach|chi\s*dao|yeu\s*cau|tien\s*do)"
                       r"|khi\s*co)\b")
_PARSERS = (_quarters, _months, _halves, _years, _by_date)


def normalise(text: str) -> str:
    folded = ascii_fold(str(text)).lower()
    folded = re.sub(r"[()]", " ", folded)
    return " ".join(folded.replace("–", "-").replace("—", "-").split()).strip(" .;")


@functools.lru_cache(maxsize=8192)
def parse(text: str, plan_year: int) -> Timeline | None:
    found = _parse_one(text, plan_year)
    if found is not None:
        return found
    parts = [p for p in re.split(r"[();]", str(text)) if p.strip(" .,")]
    if len(parts) < 2:
        return None
    # a timeline of several accepted forms, "Năm 2021 và những năm tiếp theo (Theo lộ trình của Trung
    # ương)", "Quý II năm 2026; Quý IV năm 2026": read when each part is; its dates span those of the parts
    read = [_parse_one(part, plan_year) for part in parts]
    if any(r is None for r in read):
        return None
    dated = [r for r in read if r.start is not None]
    if not dated:
        return read[0]
    if any(r.kind == "open" for r in dated):
        return Timeline("open", min(r.start for r in dated))
    return Timeline("range", min(r.start for r in dated), max(r.end for r in dated))


def _parse_one(text: str, plan_year: int) -> Timeline | None:
    folded = normalise(text)
    if _RECURRING.match(folded):
        return Timeline("recurring")
    if _EXTERNAL.match(folded):
        return Timeline("external")
    for parser in _PARSERS:
        try:
            found = parser(folded, plan_year)
        except ValueError:  # a day or month that does not exist
            return None
        if found is not None:
            return found
    return None
