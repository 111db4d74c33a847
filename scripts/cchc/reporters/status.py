"""The reporters of `cchc status`: a table for people (text), JSON and CSV for data.

The table quotes authored text (unit names, period names): it goes through ``visible``; every CSV
cell through ``safe_csv_cell``.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass

from .. import status
from ..output import safe_csv_cell, visible
from ..vnformat import date_text, decimal_text
from . import Registry, Reporter


@dataclass(frozen=True)
class Situation:
    """What `cchc status` reports: the duties of a year as of a day, with what names them."""
    as_of: dt.date
    year: int
    duties: list            # status.Duty
    units: dict             # the valid units, by id
    rules: dict             # the rule set of the year


def _date(day: dt.date | None) -> str:
    return date_text(day, empty="-")


def describe(duty: status.Duty, rules: dict, lang: str) -> tuple[str, str]:
    index = 0 if lang == "vi" else 1
    name = status.DOCUMENT_NAMES[duty.document][index]
    if duty.period:
        name += " " + (rules.get("ky_bao_cao", {}).get(duty.period, {}).get("ten", duty.period))
    label = status.LABELS[duty.state][index]
    if duty.state == status.LATE:
        label += f" {duty.days_late} ngày" if lang == "vi" else f" by {duty.days_late} days"
    elif duty.state == status.MISSING:
        label += f" {duty.days_late} ngày" if lang == "vi" else f" for {duty.days_late} days"
    return name, label


def as_text(duties: list, units: dict, rules: dict, lang: str = "vi") -> str:
    """The table, authored text as written (``text`` makes it safe for a terminal)."""
    lines = []
    current = None
    for duty in duties:
        if duty.state == status.NOT_REQUIRED:
            continue
        if duty.unit != current:
            current = duty.unit
            lines.append(f"{units[current].get('ten_ngan', current)} ({current})")
        name, label = describe(duty, rules, lang)
        received = (f"  nhận {_date(duty.received)}" if lang == "vi" else f"  received {_date(duty.received)}"
                    ) if duty.received else ""
        lines.append(f"  {name:<34} hạn {_date(duty.due)}  ban hành {_date(duty.issued)}{received}  {label}"
                     if lang == "vi" else
                     f"  {name:<34} due {_date(duty.due)}  issued {_date(duty.issued)}{received}  {label}")
    total = status.summary(duties)
    share_value, median_value = total["on_time_share"], total["median_days_late"]
    if lang == "vi":
        share = "-" if share_value is None else decimal_text(share_value * 100) + "%"
        median = "-" if median_value is None else decimal_text(median_value, 1, trim=True)
        lines.append(f"Toàn tỉnh: {total['owed']} văn bản đến hạn, {total['on_time']} đúng hạn ({share}), "
                     f"{total['late']} nộp muộn (trung vị {median} ngày), {total['missing']} chưa nộp.")
    else:
        share = "-" if share_value is None else f"{share_value * 100:.1f}%"
        median = "-" if median_value is None else f"{median_value:g}"
        lines.append(f"Province: {total['owed']} documents due, {total['on_time']} on time ({share}), "
                     f"{total['late']} late (median {median} days), {total['missing']} missing.")
    return "\n".join(lines)


def text(situation: Situation, lang: str) -> str:
    return visible(as_text(situation.duties, situation.units, situation.rules, lang), keep="\n")


def as_json(situation: Situation, lang: str) -> str:
    return json.dumps({"as_of": situation.as_of.isoformat(), "year": situation.year,
                       "summary": status.summary(situation.duties),
                       "duties": [d.as_dict() for d in situation.duties]}, ensure_ascii=False, indent=2)


def as_csv(situation: Situation, lang: str) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(status.Duty.__dataclass_fields__), lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: safe_csv_cell(v) for k, v in d.as_dict().items()} for d in situation.duties)
    return buffer.getvalue().removesuffix("\n")      # the last line end is print's


STATUS = Registry(
    Reporter("text", "bảng cho người đọc", text),
    Reporter("json", "dữ liệu", as_json),
    Reporter("csv", "dữ liệu", as_csv),
)
