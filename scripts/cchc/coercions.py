"""The coercions the schemas name (``coerce: date | code | listify``), shared by the Cerberus
validator (validate.py) and its compiled fast path (fastcheck.py), so that both normalise alike."""
from __future__ import annotations

import datetime as dt
import re

from .yamlpos import RawFloat, RawInt, raw_text

_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})\Z")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})\Z")


def parse_date(value):
    """ISO (2026-01-05) or Vietnamese dd/mm/yyyy (05/01/2026); None if neither."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DMY.match(text)
        if not match:
            return None
        day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def date(value):
    """A date as a date; anything else as it is (the type check then objects)."""
    parsed = parse_date(value)
    return value if parsed is None else parsed


def code(value):
    """A code written as a number (01, 1.10) as the text it was written as."""
    if isinstance(value, (RawInt, RawFloat)) or (isinstance(value, (int, float)) and not isinstance(value, bool)):
        return raw_text(value)
    return value


def listify(value):
    """One text where a list is expected: a list of it."""
    return [value] if isinstance(value, str) else value


COERCIONS = {"date": date, "code": code, "listify": listify}
