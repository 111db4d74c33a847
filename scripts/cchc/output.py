"""Reporters: text for people, JSON for programs, GitHub workflow annotations."""
from __future__ import annotations

import json
from collections import Counter

from .catalogue import CATALOGUE

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
        lines.append(f"{f.path}:{f.line}:{f.column}: {severity} {f.code}: {f.message(lang)}")
        hint = f.hint(lang)
        if hint:
            lines.append(f"    → {hint}")
        basis = CATALOGUE[f.code].basis
        if basis:
            lines.append(f"    {'Basis' if lang == 'en' else 'Căn cứ'}: {basis}")
    if waived:
        lines.append("Waived (content/waivers.yml):" if lang == "en" else "Được miễn trừ (content/waivers.yml):")
    for w in waived:
        f = w.finding
        label = "waived" if lang == "en" else "miễn trừ"
        lines.append(f"{f.path}:{f.line}:{f.column}: {label} {f.code}: {f.message(lang)}")
        if lang == "en":
            lines.append(f"    Reason: {w.reason}")
            lines.append(f"    Approved by {w.approved_by}, until {w.expires.isoformat()}")
        else:
            lines.append(f"    Lý do: {w.reason}")
            lines.append(f"    Người duyệt: {w.approved_by}; hết hạn: {w.expires:%d/%m/%Y}")
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
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
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
