"""Units and the documents they file, against each other and the rule sets.

CCHC-R002–R004, R008–R010: a unit's kind, parent, areas, names and dates; the province file's
standing agency and provincial committee; R012: files in no known place; R001, R004–R007, R011, R014,
R015, B006, D001: a document's unit, folder, year, rule set, areas, period, criteria set, one document
per duty, and its issue date against the day looked at; R017: a collective body's document signed
without "TM." (the unit's kind in the rule set, tham_quyen_ky).
"""
from __future__ import annotations

import datetime as dt
import difflib
import re

from ..agencies import fold
from ..findings import WORKSPACE, Check, Collector, emits
from ..kinds import KINDS
from ..loader import Workspace
from ..model import Model
from ..workspace import PROVINCE, unit_of, year_of
from ..vnformat import date_text, signing


def _allowed(keys) -> str:
    return ", ".join(sorted(keys))


def _close(value: str, known) -> str:
    """The ids close to ``value``, as a list in a sentence ("" if none)."""
    return ", ".join(difflib.get_close_matches(value, list(known), n=3, cutoff=0.5))


@emits("CCHC-R009")
def check_province(ws: Workspace, model: Model, out: Collector) -> None:
    doc = ws.docs.get(PROVINCE)
    if doc is None:
        out.at("CCHC-R009", (PROVINCE, 1, 1), variant="missing_file")
        return
    if not doc.valid or not model.units:  # a new workspace starts with no units at all
        return
    for field in ("co_quan_thuong_truc", "ubnd_tinh"):
        value = doc.data[field]
        if value not in model.units:
            out.at("CCHC-R009", doc.pos(field), variant="unknown_unit", field=field, value=value)


def _names(unit: dict):
    """(folded name, name as written, path of the field) for each name of a unit."""
    yield fold(unit["ten"]), unit["ten"], ("ten",)
    yield fold(unit["ten_ngan"]), unit["ten_ngan"], ("ten_ngan",)
    for index, name in enumerate(unit.get("ten_khac") or []):
        yield fold(name), name, ("ten_khac", index)


def _overlap(a: dict, b: dict) -> bool:
    far = dt.date.max
    return a["hieu_luc_tu"] <= (b.get("hieu_luc_den") or far) and b["hieu_luc_tu"] <= (a.get("hieu_luc_den") or far)


@emits("CCHC-R002", "CCHC-R003", "CCHC-R004", "CCHC-R008", "CCHC-R010")
def check_units(ws: Workspace, model: Model, out: Collector) -> None:
    units = model.valid_units()
    owners: dict[str, str] = {}
    for uid, unit in sorted(units.items()):
        doc = model.units[uid]
        end = unit.get("hieu_luc_den")
        year, rules = model.book.for_year(end.year if end else model.book.latest()[0] or unit["hieu_luc_tu"].year)
        if rules is not None:
            kinds = rules.get("loai_don_vi") or {}
            if unit["loai"] not in kinds:
                out.at("CCHC-R002", doc.pos("loai"), value=unit["loai"], year=year, allowed=_allowed(kinds))
            areas = rules.get("linh_vuc") or {}
            for index, area in enumerate(unit.get("phu_trach_linh_vuc") or []):
                if area not in areas:
                    out.at("CCHC-R004", doc.pos("phu_trach_linh_vuc", index), value=area, year=year,
                           allowed=_allowed(areas))
        for field in ("cap_tren", "sap_nhap_vao"):
            target = unit.get(field)
            if target and target not in model.units:
                names = _close(target, model.units)
                out.at("CCHC-R003", doc.pos(field), field=field, value=target, names=names,
                       variant="close" if names else None)
        if end and end < unit["hieu_luc_tu"]:
            out.at("CCHC-R010", doc.pos("hieu_luc_den"), variant="end_before_start", end=date_text(end),
                   start=date_text(unit["hieu_luc_tu"]))
        if unit.get("sap_nhap_vao") and not end:
            out.at("CCHC-R010", doc.pos("sap_nhap_vao"), variant="merged_without_end")
        for folded, name, path in _names(unit):
            other = owners.get(folded)
            if other and other != uid and _overlap(units[other], unit):
                out.at("CCHC-R008", doc.pos(*path), value=name, unit=uid, other=other)
            owners.setdefault(folded, uid)


@emits("CCHC-R012")
def check_strays(ws: Workspace, model: Model, out: Collector) -> None:
    referenced = {rel for d in ws.docs.values() for rel in d.tables}
    for rel, role in ws.roles.items():
        if role == "stray" or (role == "table" and rel not in referenced):
            out.at("CCHC-R012", (rel, 1, 1), file=rel)


@emits("CCHC-R001", "CCHC-R005", "CCHC-R006")
def check_documents(ws: Workspace, model: Model, out: Collector) -> None:
    for doc in ws.of_role("document"):
        uid = unit_of(doc.path)
        if uid not in model.units:
            out.at("CCHC-R001", (doc.path, 1, 1), unit=uid)
            continue
        if not doc.valid:
            continue
        data = doc.data
        folder = year_of(doc.path)
        if data["nam"] != folder:
            out.at("CCHC-R006", doc.pos("nam"), value=data["nam"], folder=folder)
        unit = model.units[uid].data
        if unit:
            _check_validity(doc, unit, uid, data["nam"], out)
        year, rules = model.book.for_year(data["nam"])
        if rules is None:
            out.at("CCHC-R005", doc.pos("nam"), year=data["nam"], prev=data["nam"] - 1)
            continue
        _check_against_rules(doc, rules, year, model, out)
        if model.units[uid].valid:
            _check_signer(doc, unit, rules, out)


@emits("CCHC-R017")
def _check_signer(doc, unit: dict, rules: dict, out: Collector) -> None:
    """R017: the unit's kind signs on behalf of a collective body ("TM. ỦY BAN NHÂN DÂN" in its
    tham_quyen_ky) and the signer has no "TM." line; the hint gives the lines for the head or a deputy."""
    kind = (rules.get("loai_don_vi") or {}).get(unit["loai"])
    sign = signing(kind, unit)
    signer = doc.data["nguoi_ky"]
    lines = [line.strip() for line in signer.get("tham_quyen") or []]
    if not sign.collective or any(line.startswith("TM.") for line in lines):
        return
    deputy = any(line.startswith("KT.") for line in lines) or fold(signer["chuc_vu"]).startswith("phó")
    where = doc.pos("nguoi_ky", "tham_quyen") if lines else doc.pos("nguoi_ky")
    out.at("CCHC-R017", where, unit=unit_of(doc.path), kind=kind.get("ten", unit["loai"]),
           authority=", ".join(sign.authority), title=sign.title, deputy_authority=", ".join(sign.deputy_authority),
           deputy_title=sign.deputy_title, variant="deputy" if deputy else None)


@emits("CCHC-R014")
def _check_validity(doc, unit: dict, uid: str, year: int, out: Collector) -> None:
    start, end = unit["hieu_luc_tu"], unit.get("hieu_luc_den")
    if start.year > year or (end and end.year < year):
        if end:
            out.at("CCHC-R014", doc.pos("nam"), year=year, unit=uid, valid_from=date_text(start),
                   valid_until=date_text(end))
        else:
            out.at("CCHC-R014", doc.pos("nam"), year=year, unit=uid, valid_from=date_text(start), variant="open")


@emits("CCHC-B006", "CCHC-R004", "CCHC-R007")
def _check_against_rules(doc, rules: dict, year: int, model: Model, out: Collector) -> None:
    data = doc.data
    areas = rules.get("linh_vuc") or {}
    for index, task in enumerate(data.get("nhiem_vu") or []):
        if task["linh_vuc"] not in areas:
            out.at("CCHC-R004", doc.pos("nhiem_vu", index, "linh_vuc"), value=task["linh_vuc"], year=year,
                   allowed=_allowed(areas))
    if KINDS[doc.kind].periodic:
        periods = rules.get("ky_bao_cao") or {}
        if data["ky"] not in periods:
            monthly = re.fullmatch(r"thang(_?\d{1,2})?", data["ky"]) and rules.get("bao_cao_thang") is False
            out.at("CCHC-B006" if monthly else "CCHC-R007", doc.pos("ky"), value=data["ky"], year=year,
                   allowed=_allowed(periods))
    if KINDS[doc.kind].scored:
        _check_scores(doc, rules, year, model, out)


@emits("CCHC-R011")
def _check_scores(doc, rules: dict, year: int, model: Model, out: Collector) -> None:
    sets = rules.get("bo_tieu_chi") or {}
    name = doc.data["bo_tieu_chi"]
    if name not in sets:
        out.at("CCHC-R011", doc.pos("bo_tieu_chi"), variant="unknown_set", name=name, year=year,
               allowed=_allowed(sets))
        return
    criteria = model.book.criteria.get(f"content/rules/{sets[name]}")
    if criteria is None or not criteria.valid:
        return
    codes = {c["ma"] for c in criteria.data["tieu_chi"]}
    for index, score in enumerate(doc.data["diem"]):
        if score["ma"] not in codes:
            out.at("CCHC-R011", doc.pos("diem", index, "ma"), variant="unknown_criterion", criterion=score["ma"],
                   name=name)


@emits("CCHC-R015")
def check_one_document_per_duty(ws: Workspace, model: Model, out: Collector) -> None:
    """R015: a unit's plan, report of a period or self-assessment of a year is one document; the
    second (by issue date, then path) is the finding, naming the first."""
    first: dict[tuple, object] = {}
    documents = sorted((d for d in ws.of_role("document") if d.valid),
                       key=lambda d: (d.data["ngay_ban_hanh"], d.path))
    for doc in documents:
        period = KINDS[doc.kind].period(doc.data)
        key = (unit_of(doc.path), doc.data["nam"], doc.kind, period)
        if key not in first:
            first[key] = doc
            continue
        other = first[key]
        out.at("CCHC-R015", doc.pos("so_ky_hieu"), kind=doc.kind, period=period, year=doc.data["nam"],
               other=other.path, other_number=other.data["so_ky_hieu"], variant="period" if period else None)


@emits("CCHC-D001")
def check_document_dates(ws, model, out: Collector) -> None:
    for doc in ws.of_role("document"):
        if not doc.valid:
            continue
        issued = doc.data["ngay_ban_hanh"]
        if model.as_of is not None and issued > model.as_of:
            out.at("CCHC-D001", doc.pos("ngay_ban_hanh"), issued=date_text(issued), as_of=date_text(model.as_of))


def run(ws: Workspace, model: Model, out: Collector) -> None:
    check_province(ws, model, out)
    check_units(ws, model, out)
    check_strays(ws, model, out)
    check_documents(ws, model, out)
    check_one_document_per_duty(ws, model, out)
    check_document_dates(ws, model, out)


CHECK = Check("units and documents", WORKSPACE, run,
              inputs=("units", "province", "documents", "rule sets", "criteria files", "file roles", "as_of"),
              codes=("CCHC-R001", "CCHC-R002", "CCHC-R003", "CCHC-R004", "CCHC-R005", "CCHC-R006", "CCHC-R007",
                     "CCHC-R008", "CCHC-R009", "CCHC-R010", "CCHC-R011", "CCHC-R012", "CCHC-R014", "CCHC-R015",
                     "CCHC-R017", "CCHC-B006", "CCHC-D001"))
