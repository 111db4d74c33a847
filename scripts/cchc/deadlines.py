"""Date expressions of rule sets, and when a deadline is met.

Expressions (case and spacing do not matter):
- "30/11": that day of the document's year;
- "30/07 năm trước" / "05/01 năm sau": that day of the previous / next year;
- "ngày 15 tháng cuối kỳ": day 15 of the last month of the reporting period.

How the deadline counts (``cach_tinh``):
- cham_nhat ("chậm nhất là ngày"): the day itself is on time;
- truoc_ngay ("trước ngày"): the last good day is the day before;
- nhan_truoc (the standing agency must have received it by that day): the day itself is on
  time; it is the day of receipt that counts (``ngay_nhan``) where the document records it, else
  its issue date (a document cannot be received before it is issued).
"""
from __future__ import annotations

import datetime as dt
import re

_DAY_MONTH = re.compile(r"(\d{1,2})/(\d{1,2})(?: năm (trước|sau))?\Z")
_LAST_MONTH = re.compile(r"ngày (\d{1,2}) tháng cuối kỳ\Z")
_SHIFT = {None: 0, "trước": -1, "sau": 1}


class BadExpression(ValueError):
    pass


def resolve(expression: str, year: int, last_month: int | None = None) -> dt.date:
    """The date an expression names for ``year`` (and a period ending in ``last_month``)."""
    text = " ".join(str(expression).lower().split())
    try:
        match = _DAY_MONTH.match(text)
        if match:
            day, month, shift = int(match.group(1)), int(match.group(2)), _SHIFT[match.group(3)]
            return dt.date(year + shift, month, day)
        match = _LAST_MONTH.match(text)
        if match and last_month:
            return dt.date(year, last_month, int(match.group(1)))
    except ValueError:
        pass
    raise BadExpression(expression)


def last_good_day(due: dt.date, counting: str) -> dt.date:
    return due - dt.timedelta(days=1) if counting == "truoc_ngay" else due


def measured(issued: dt.date, received: dt.date | None, counting: str) -> dt.date:
    """The day a deadline is held against: the day of receipt where the rule counts receipt and it is
    recorded (never earlier than the issue date), else the issue date."""
    if counting == "nhan_truoc" and received is not None:
        return max(received, issued)
    return issued


def days_late(issued: dt.date, due: dt.date, counting: str) -> int:
    """0 when on time, else the number of days after the last good day."""
    return max(0, (issued - last_good_day(due, counting)).days)


def window(spec: dict, year: int) -> tuple[dt.date, dt.date] | None:
    """The data window (first day, last day) of a reporting period of a rule set, if readable."""
    try:
        month = spec.get("thang_cuoi")
        return resolve(spec["so_lieu_tu"], year, month), resolve(spec["so_lieu_den"], year, month)
    except (BadExpression, KeyError):
        return None
