"""The reporters of findings (`cchc check --format`): text for people, JSON for programs, GitHub
workflow annotations, CSV for a spreadsheet.

Messages quote authored text: ``visible`` shows control characters as escapes (text), ``_escape``
encodes GitHub's workflow-command specials (github), ``safe_csv_cell`` keeps a cell from being run as
a formula (csv); JSON escapes them itself.
"""
from __future__ import annotations

import csv
import io
import json
from collections import Counter

from ..catalogue import CATALOGUE
from ..output import safe_csv_cell, visible
from ..vnformat import date_text
from . import Registry, Reporter

SEVERITY_VI = {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"}


def _summary(findings, files: int, lang: str, waived=()) -> str:
    counts = Counter(f.severity for f in findings)
    if lang == "en":
        extra = f" {len(waived)} waived." if waived else ""
        return (f"{files} files checked: {counts['error']} errors, {counts['warning']} warnings, "
                f"{counts['info']} notes.{extra}")
    extra = f" {len(waived)} cảnh báo được miễn trừ." if waived else ""
    return (f"Đã kiểm tra {files} tệp: {counts['error']} lỗi, {counts['warning']} cảnh báo, "
            f"{counts['info']} thông tin.{extra}")


def text(findings, files: int, lang: str, waived=()) -> str:
    lines = []
    for f in findings:
        severity = f.severity if lang == "en" else SEVERITY_VI[f.severity]
        lines.append(f"{visible(f.path)}:{f.line}:{f.column}: {severity} {f.code}: {visible(f.message(lang))}")
        hint = f.hint(lang)
        if hint:
            lines.append(f"    → {visible(hint)}")
        basis = CATALOGUE[f.code].basis
        if basis:
            lines.append(f"    {'Basis' if lang == 'en' else 'Căn cứ'}: {basis}")
    if waived:
        lines.append("Waived (content/waivers.yml):" if lang == "en" else "Được miễn trừ (content/waivers.yml):")
    for w in waived:
        f = w.finding
        label = "waived" if lang == "en" else "miễn trừ"
        lines.append(f"{visible(f.path)}:{f.line}:{f.column}: {label} {f.code}: {visible(f.message(lang))}")
        if lang == "en":
            lines.append(f"    Reason: {visible(w.reason)}")
            lines.append(f"    Approved by {visible(w.approved_by)}, until {w.expires.isoformat()}")
        else:
            lines.append(f"    Lý do: {visible(w.reason)}")
            lines.append(f"    Người duyệt: {visible(w.approved_by)}; hết hạn: {date_text(w.expires)}")
    lines.append(_summary(findings, files, lang, waived))
    return "\n".join(lines)


def listing(findings, lang: str) -> str:
    """The findings as ``text`` writes them, without its closing count (`cchc render`, `cchc consolidate`
    print findings of documents that could not be printed, then a summary of their own)."""
    return text(findings, 1, lang).rsplit("\n", 1)[0]


def as_json(findings, files: int, lang: str, waived=()) -> str:
    counts = Counter(f.severity for f in findings)
    return json.dumps({
        "files": files,
        "summary": {"error": counts["error"], "warning": counts["warning"], "info": counts["info"],
                    "waived": len(waived)},
        "findings": [f.as_dict(lang) for f in findings],
        "waived": [w.as_dict(lang) for w in waived],
    }, ensure_ascii=False, indent=2)


def _escape(value: str, prop: bool = False) -> str:
    """A workflow-command message (or, ``prop``, property value): % CR LF encoded as GitHub decodes them,
    other control characters shown as escapes."""
    value = visible(value, keep="\r\n").replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def github(findings, files: int, lang: str, waived=()) -> str:
    kinds = {"error": "error", "warning": "warning", "info": "notice"}
    lines = []
    for f in findings:
        title = _escape(f"{f.code}", prop=True)
        body = _escape(f"{f.message(lang)} {f.hint(lang)}".strip())
        lines.append(f"::{kinds[f.severity]} file={_escape(f.path, True)},line={f.line},col={f.column},"
                     f"title={title}::{body}")
    lines.append(_summary(findings, files, lang, waived))
    return "\n".join(lines)


CSV_FIELDS = ("code", "severity", "path", "line", "column", "title", "message", "hint", "basis",
              "waiver_reason", "waiver_approved_by", "waiver_expires")


def as_csv(findings, files: int, lang: str, waived=()) -> str:
    """One row per finding, then one per waived finding (its waiver in the last three columns); every
    cell through ``safe_csv_cell``."""
    rows = [f.as_dict(lang) for f in findings]
    for w in waived:
        rows.append(dict(w.finding.as_dict(lang), waiver_reason=w.reason, waiver_approved_by=w.approved_by,
                         waiver_expires=w.expires.isoformat()))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: safe_csv_cell(row.get(k)) for k in CSV_FIELDS} for row in rows)
    return buffer.getvalue().removesuffix("\n")      # the last line end is print's


FINDINGS = Registry(
    Reporter("text", "cho người đọc", text),
    Reporter("json", "cho chương trình khác", as_json),
    Reporter("github", "chú thích GitHub Actions", github),
    Reporter("csv", "bảng tính", as_csv),
)
