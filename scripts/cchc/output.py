"""Reporters: text for people, JSON for programs, GitHub workflow annotations.

Messages quote authored text (file names, values), which may hold newlines and terminal escapes:
``visible`` shows control characters as escapes (text), ``_escape`` encodes GitHub's workflow-command
specials (github); JSON escapes them itself.
"""
from __future__ import annotations

import json
import re
from collections import Counter

from .catalogue import CATALOGUE
from .vnformat import date_text

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


# C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a terminal shows.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _show(char: str) -> str:
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def visible(value, keep: str = "") -> str:
    """Text for a terminal: control characters (but those in ``keep``) written as escapes, so a finding
    stays on its own lines and no escape sequence reaches the terminal."""
    return _CONTROL.sub(lambda m: m.group() if m.group() in keep else _show(m.group()), str(value))


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


REPORTERS = {"text": text, "json": as_json, "github": github}


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_csv_cell(value):
    """A CSV cell a spreadsheet will not run as a formula (OWASP "CSV injection"): text starting with
    = + - @ tab or CR gets a leading single quote; numbers the program writes (-3) stay numbers.
    A CR inside text becomes LF, which the writer quotes (it does not quote a lone CR)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_START):
        value = "'" + value
    return value.replace("\r\n", "\n").replace("\r", "\n")
