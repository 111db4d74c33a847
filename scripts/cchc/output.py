"""Reporters: text for people, JSON for programs, GitHub workflow annotations."""
from __future__ import annotations

import json
from collections import Counter

from .catalogue import CATALOGUE

SEVERITY_VI = {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"}


def _summary(findings, files: int, lang: str) -> str:
    counts = Counter(f.severity for f in findings)
    if lang == "en":
        return (f"{files} files checked: {counts['error']} errors, {counts['warning']} warnings, "
                f"{counts['info']} notes.")
    return (f"Đã kiểm tra {files} tệp: {counts['error']} lỗi, {counts['warning']} cảnh báo, "
            f"{counts['info']} thông tin.")


def text(findings, files: int, lang: str) -> str:
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
    lines.append(_summary(findings, files, lang))
    return "\n".join(lines)


def as_json(findings, files: int, lang: str) -> str:
    return json.dumps([f.as_dict(lang) for f in findings], ensure_ascii=False, indent=2)


def _escape(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def github(findings, files: int, lang: str) -> str:
    kinds = {"error": "error", "warning": "warning", "info": "notice"}
    lines = []
    for f in findings:
        title = _escape(f"{f.code}", prop=True)
        body = _escape(f"{f.message(lang)} {f.hint(lang)}".strip())
        lines.append(f"::{kinds[f.severity]} file={_escape(f.path, True)},line={f.line},col={f.column},"
                     f"title={title}::{body}")
    lines.append(_summary(findings, files, lang))
    return "\n".join(lines)


REPORTERS = {"text": text, "json": as_json, "github": github}
