"""Why a document cannot be printed, from the document alone (so `cchc check` can run it too).

CCHC-G001: a table needs more width than the page has (annexes: landscape; body: portrait).
CCHC-G002: the signer lacks a title or a name.
CCHC-G003: the document did not pass its schema for another reason.
"""
from __future__ import annotations

import re

from ..findings import Finding, emits
from ..kinds import KINDS, resolve
from . import annexes, page, report_annexes, tables

_PIPE_ROW = re.compile(r"^\s*\|")
_SEPARATOR = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")


@emits("CCHC-G002", "CCHC-G003")
def precheck(doc) -> list[Finding]:
    if doc.role != "document" or doc.kind is None:
        return []
    data = doc.data if doc.data is not None else doc.raw
    if not isinstance(data, dict):
        return [Finding("CCHC-G003", doc.path, args={"path": doc.path})]
    missing = _signer_missing(data.get("nguoi_ky"))
    if missing:
        return [Finding("CCHC-G002", *_pos(doc, "nguoi_ky"), args={"missing": missing})]
    if doc.data is None:
        return [Finding("CCHC-G003", doc.path, args={"path": doc.path})]
    return _annex_widths(doc) + _body_widths(doc)


def _pos(doc, *path) -> tuple:
    try:
        return doc.pos(*path)
    except Exception:  # positions are only a convenience here
        return (doc.path, 1, 1)


def _signer_missing(person) -> list[str] | None:
    """The fields the signer lacks (the catalogue's words: TERMS["signer_field"]), or None."""
    if not isinstance(person, dict):
        return ["chuc_vu", "ho_ten"]
    return [key for key in ("chuc_vu", "ho_ten") if not str(person.get(key) or "").strip()] or None


def _annex_tables(doc) -> list[tuple[tuple, dict, dict, bool]]:
    """(position path, which table: the args naming it in CCHC-G001, table, landscape) of each annex table,
    as the kind gives them (kinds/<kind>.py ``annex_tables``)."""
    tables_of = KINDS[doc.kind].annex_tables
    return resolve(tables_of)(doc) if tables_of else []


def plan_tables(doc) -> list[tuple[tuple, dict, dict, bool]]:
    data = doc.data
    if not data.get("nhiem_vu"):
        return []
    return [(("nhiem_vu",), {"variant": "task_annex"}, annexes.task_table(data["nhiem_vu"], {}), True)]


def report_tables(doc) -> list[tuple[tuple, dict, dict, bool]]:
    data = doc.data
    found = []
    if data.get("tien_do"):
        found.append((("tien_do",), {"variant": "progress_annex"},
                      report_annexes.progress_table(data["tien_do"], {}), True))
    for index, annex in enumerate(data.get("phu_luc") or []):
        table = report_annexes.figures_table(annex["dong"], {})
        table["columns"] = [dict(c, title="") for c in table["columns"]]   # titles come from the rules
        found.append((("phu_luc", index), {"variant": "annex", "annex": annex["ma"]}, table, True))
    return found


def par_tables(doc) -> list[tuple[tuple, dict, dict, bool]]:
    table = report_annexes.par_annexes(doc, _NoRules())[0]["table"]
    return [(("diem",), {"variant": "score_annex"}, table, True)]


class _NoRules:
    """Stands in for workspace facts: the width check uses the document alone."""
    book = None
    plans: dict = {}

    def rules(self, year):
        return {}


@emits("CCHC-G001")
def _annex_widths(doc) -> list[Finding]:
    findings = []
    for path, which, table, landscape in _annex_tables(doc):
        problem = _too_wide(tables.columns_of(table), landscape)
        if problem:
            findings.append(Finding("CCHC-G001", *_pos(doc, *path), args=dict(problem, **which)))
    return findings


def _too_wide(columns: list[list[str]], landscape: bool) -> dict | None:
    widths = tables.min_widths_mm(columns)
    available = page.text_width_mm(landscape)
    if sum(widths) <= available:
        return None
    widest = max(range(len(widths)), key=widths.__getitem__)
    word = max((w for t in columns[widest] for w in str(t).split()), key=len, default="")
    return {"columns": len(columns), "needed": round(sum(widths)), "available": round(available), "word": word,
            "orientation": "landscape" if landscape else "portrait"}


def _body_tables(body: str) -> list[tuple[int, list[list[str]]]]:
    """(line offset, rows of cells) of each pipe table of the Markdown body."""
    found, current, start = [], [], 0
    for offset, line in enumerate(body.split("\n") + [""]):
        if _PIPE_ROW.match(line):
            if not current:
                start = offset
            if not _SEPARATOR.match(line):
                current.append([c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))])
        elif current:
            found.append((start, current))
            current = []
    return found


@emits("CCHC-G001")
def _body_widths(doc) -> list[Finding]:
    findings = []
    for offset, rows in _body_tables(doc.body):
        count = max(len(r) for r in rows)
        columns = [[r[i] for r in rows if i < len(r)] for i in range(count)]
        problem = _too_wide(columns, landscape=False)
        if problem:
            findings.append(Finding("CCHC-G001", doc.path, doc.body_line + offset, 1,
                                    dict(problem, variant="body_table")))
    return findings
