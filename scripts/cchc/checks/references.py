"""Documents that refer to other documents or bodies: the numbers, dates and recipients match.

- X001: a plan's ke_hoach_tinh names the provincial plan of its year, and a report's ke_hoach
  names its unit's plan of its year, by the number and date those documents carry.
- X002: an agency name written with wrong diacritics ("Sở Nôi vụ"), with the name it means.
- B011: a document is not addressed to its own issuing unit.
- B010: a report goes to the body its unit kind reports to (bao_cao_cho), a PAR
  self-assessment to the body that appraises it (tham_dinh_boi), through kinh_gui or noi_nhan.
"""
from __future__ import annotations

import re

from .. import tasks as task_rows
from ..agencies import UNIT, Directory
from ..findings import WORKSPACE, Check, Collector, emits
from ..kinds import KINDS
from ..loader import Workspace
from ..model import Model
from ..outline import ascii_fold
from ..workspace import unit_of
from ..vnformat import date_text

COUNCIL = "hoi_dong_tinh"
_COUNCIL_WORDS = "hoi dong tham dinh"


def check_references(ws, model, out: Collector) -> None:
    plans = model.plans_by_unit()
    provincial = (model.province() or {}).get("ubnd_tinh")
    for kind in KINDS.values():
        if kind.plan_reference is None:
            continue
        field, whose, _ = kind.plan_reference     # whose plan: the province's or the unit's own
        for doc, rules, unit in model.documents_of(kind.id):
            reference = doc.data.get(field)
            owner = provincial if whose == "province" else unit_of(doc.path)
            target = plans.get((owner, doc.data["nam"]))
            if reference and target is not None and target is not doc:
                _compare(doc, field, reference, target, whose, out)


@emits("CCHC-X001")
def _compare(doc, field: str, reference: dict, target, whose: str, out: Collector) -> None:
    actual = (target.data["so_ky_hieu"], target.data["ngay_ban_hanh"])
    wrong = [key for key, value in zip(("so_ky_hieu", "ngay_ban_hanh"), actual)
             if reference.get(key) is not None and reference[key] != value]
    if not wrong:
        return
    year = target.data["nam"]
    written = " ngày ".join(part for part in (reference.get("so_ky_hieu"),
                                               reference.get("ngay_ban_hanh") and date_text(reference["ngay_ban_hanh"]))
                            if part)
    out.at("CCHC-X001", doc.pos(field, wrong[0]), field=field, value=written, variant=whose, year=year,
           path=target.path, actual=f"{actual[0]} ngày {date_text(actual[1])}")


def _candidates(line: str):
    """"UBND tỉnh (qua Sở Nội vụ)" -> the texts that may name it: the line, the line without what is
    in brackets, and what is in brackets (without "qua"). Each is read as names by the directory."""
    line = re.sub(r"^\s*-\s*", "", line).strip(" ;.")
    outer = re.sub(r"\(.*?\)", "", line).strip()
    inner = [re.sub(r"^(qua|thông qua|đồng gửi)\s+", "", p.strip()) for p in re.findall(r"\((.*?)\)", line)]
    yield from (line, outer, *inner)


def _addressed(names, target: str, directory: Directory, day) -> bool:
    for line in names:
        if target == COUNCIL and _COUNCIL_WORDS in ascii_fold(line).lower():
            return True
        for text in _candidates(line):
            # the names of the text, cut only between known names ("Sở Thông tin và Truyền thông; Sở Nội vụ")
            if any(piece.found == (UNIT, target) for piece in directory.pieces(text, day)):
                return True
    return False


@emits("CCHC-B011")
def check_self_address(ws, model, out: Collector) -> None:
    """B011: a document that names its own issuing unit under kinh_gui (copied from another unit's file?)."""
    for kind in KINDS:
        for doc, rules, unit in model.documents_of(kind):
            uid = unit_of(doc.path)
            for index, line in enumerate(doc.data.get("kinh_gui") or []):
                if _addressed([line], uid, model.directory(rules), doc.data["ngay_ban_hanh"]):
                    out.at("CCHC-B011", doc.pos("kinh_gui", index), value=line)


@emits("CCHC-B010")
def check_recipients(ws, model, out: Collector) -> None:
    units = model.valid_units()
    standing = (model.province() or {}).get("co_quan_thuong_truc")
    for kind, key in ((k.id, k.recipient) for k in KINDS.values() if k.recipient):
        for doc, rules, unit in model.documents_of(kind):
            target = (rules.get("loai_don_vi") or {}).get(unit["loai"], {}).get(key)
            if target == "cap_tren":
                target = unit.get("cap_tren")
            if not target or target == unit_of(doc.path) or (target != COUNCIL and target not in units):
                continue
            directory = model.directory(rules)
            names = [*(doc.data.get("kinh_gui") or []), *doc.data["noi_nhan"]]
            day = doc.data["ngay_ban_hanh"]
            if _addressed(names, target, directory, day):
                continue
            if target == COUNCIL and standing in units and _addressed(names, standing, directory, day):
                continue
            label = ("Hội đồng thẩm định Chỉ số CCHC tỉnh" if target == COUNCIL else units[target]["ten"])
            where = doc.pos("kinh_gui") if "kinh_gui" in doc.data else doc.pos("noi_nhan", key=True)
            out.at("CCHC-B010", where, target=label)


_NAMED = ("kinh_gui", "noi_nhan")      # the lists of a document that name agencies
_TASK_NAMED = ("chu_tri", "phoi_hop")  # and those of each row of a plan's tasks (tasks.py)


def _named(doc):
    """(path, text) of every text of a document that names agencies, each once (a value a task writes
    once for several rows too)."""
    places = {(field, index): line for field in _NAMED for index, line in enumerate(doc.data.get(field) or [])}
    for t, task in enumerate(doc.data.get("nhiem_vu") or []):    # a plan's tasks
        for row in task_rows.rows(task):
            for field in _TASK_NAMED:
                value, where = row.values[field], ("nhiem_vu", t, *row.where(field))
                for index, line in enumerate(value if isinstance(value, list) else [value] if value else []):
                    places[(*where, index) if isinstance(value, list) else where] = line
    return places.items()


@emits("CCHC-X002")
def check_misspelled_names(ws, model, out: Collector) -> None:
    """X002: an agency name written with wrong diacritics ("Sở Nôi vụ"): the name it means."""
    for kind in KINDS:
        for doc, rules, unit in model.documents_of(kind):
            directory = model.directory(rules)
            day = doc.data["ngay_ban_hanh"]
            for where, line in _named(doc):
                meant = next(((piece.text, name) for text in _candidates(line)
                              for piece in directory.pieces(text, day) if piece.found is None
                              for name in [directory.misspelled(piece.text)] if name), None)
                if meant:
                    out.at("CCHC-X002", doc.pos(*where), value=meant[0], name=meant[1])


def run(ws: Workspace, model: Model, out: Collector) -> None:
    check_references(ws, model, out)
    check_recipients(ws, model, out)
    check_self_address(ws, model, out)
    check_misspelled_names(ws, model, out)


CHECK = Check("references", WORKSPACE, run, inputs=("plans", "reports", "self-assessments", "agency directory"),
              codes=("CCHC-X001", "CCHC-X002", "CCHC-B010", "CCHC-B011"))
