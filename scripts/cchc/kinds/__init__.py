"""The kinds of document a unit files (the value of ``loai``): one module each, and the registry.

A kind declares as data what the package needs to know of it: its schema and side tables, the keys
its lists must not repeat, the abbreviation of its type in its number, its names, its file in a unit's
year folder, its deadline in the rule set, its skeleton (`cchc new`), its template and annexes. The
modules that handle every kind the same way read them here (``KINDS``); the few that handle one kind
on its own name it (``PLAN``, ``REPORT``, ``SELF_ASSESSMENT``).

This package sits below every other module (it imports none of the package), so what a kind does
with a function of another module is named, "skeletons.plan", and found by ``resolve``.

A new kind is a module here declaring ``KIND``, listed in ``_MODULES``, with its schema in
schemas.py and its template in templates/render/.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentKind:
    id: str                               # the value of ``loai``, the kind's key everywhere: "ke_hoach"
    order: int                            # its place in lists and pages (the registry is in this order)
    command: tuple[str, str]              # the word of `cchc new` and its gloss in the help: ("plan", "kế hoạch")
    schema: str                           # the name of its Cerberus schema in schemas.py: "PLAN"
    json_schema: tuple[str, str]          # file name and title of its JSON Schema (`cchc schema`)
    table_fields: tuple[str, ...]         # fields that may name a YAML file beside the document instead
    unique: tuple[tuple[str, str], ...]   # (list, key): no two items of the list share the key (CCHC-S012)
    abbr: str                             # Phụ lục III abbreviation of its type in its number: "KH" (117/KH-UBND)
    name: tuple[str, str]                 # in messages, vi and en: ("kế hoạch", "plan")
    title: tuple[str, str]                # in the status list and on the site: ("Kế hoạch CCHC", "CCHC plan")
    file_name: str                        # in units/<unit>/<year>/; "{period}" stands for the period, "quy-1"
    skeleton: str                         # its builder for `cchc new`, named: "skeletons.plan"
    template: str                         # its document template in templates/render/
    grounds_end: str                      # the mark after its last "Căn cứ ..." line
    annexes: str | None                   # the builder of its printed annexes, named (None: no annex)
    annex_tables: str | None              # its annex tables as `cchc check` measures their width, named
    deadline: str | None                  # the rule-set key of its deadline (None: no deadline, no duty)
    deadline_per: str                     # "year": one deadline; "period": each period's ``han``;
                                          # "unit_kind": one per kind of unit (a missing one: not owed)
    periodic: bool                        # filed once per reporting period (``ky``, from ky_bao_cao)
    scored: bool                          # the unit scores itself against a PAR criteria set (``bo_tieu_chi``)
    plan_reference: tuple | None          # (field, whose plan: "province" | "unit", (what, vi and en)):
                                          # the plan it names, checked by number and date (CCHC-X001)
    recipient: str | None                 # the key of loai_don_vi naming the body it goes to (CCHC-B010)

    def period(self, data: dict) -> str:
        """The reporting period of one of its documents; "" for a kind not filed per period."""
        return data.get("ky", "") if self.periodic else ""

    def path_name(self, period: str = "") -> str:
        """Its file name in a unit's year folder: "ke-hoach.md", "bao-cao-quy-1.md"."""
        return self.file_name.format(period=period.replace("_", "-"))


def resolve(name: str):
    """The function a kind names: "skeletons.plan" -> cchc.skeletons.plan."""
    module, _, attribute = name.rpartition(".")
    return getattr(importlib.import_module(f"{__package__.rpartition('.')[0]}.{module}"), attribute)


from . import plan, report, self_assessment  # noqa: E402  (the kinds need DocumentKind above)

_MODULES = (plan, report, self_assessment)
KINDS: dict[str, DocumentKind] = {k.id: k for k in sorted((m.KIND for m in _MODULES), key=lambda k: k.order)}
BY_COMMAND: dict[str, DocumentKind] = {k.command[0]: k for k in KINDS.values()}     # the word of `cchc new`

# The kinds some modules handle on their own (a plan's tasks, a report's progress).
PLAN, REPORT, SELF_ASSESSMENT = plan.KIND, report.KIND, self_assessment.KIND
