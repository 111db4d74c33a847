"""Agency names as officials write them ("Sở TT&TT", "VP UBND tỉnh") resolved to units.

A name resolves through each unit's ten, ten_ngan and ten_khac, compared without case or
spacing, among the units that existed on the day that matters (old and new communes may
share a name). Group names ("Các sở, ban, ngành") come from the rule set's nhom_co_quan.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata

UNIT, GROUP, SEVERAL = "unit", "group", "several"


def fold(name: str) -> str:
    """A name compared without case, spacing or Unicode form differences."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def exists(unit: dict, day: dt.date) -> bool:
    """Whether the unit existed on that day."""
    end = unit.get("hieu_luc_den")
    return unit["hieu_luc_tu"] <= day and (end is None or day <= end)


class Directory:
    def __init__(self, units: dict[str, dict], groups: dict | None = None):
        self.units = units
        self.names: dict[str, list[str]] = {}
        for uid, unit in units.items():
            for key in {fold(n) for n in (unit["ten"], unit["ten_ngan"], *(unit.get("ten_khac") or []))}:
                self.names.setdefault(key, []).append(uid)
        self.groups = {fold(name): gid for gid, spec in (groups or {}).items() if spec
                       for name in spec.get("ten") or []}

    def _one(self, name: str, day: dt.date):
        key = fold(name)
        if key in self.groups:
            return GROUP, self.groups[key]
        owners = self.names.get(key, [])
        alive = [u for u in owners if exists(self.units[u], day)] or owners
        if len(alive) == 1:
            return UNIT, alive[0]
        return None

    def resolve(self, name: str, day: dt.date):
        """(UNIT, id), (GROUP, id), (SEVERAL, [results]) or None when the name is unknown."""
        found = self._one(name, day)
        if found:
            return found
        parts = [p for p in re.split(r"[,;]|\s+và\s+", name) if p.strip()]
        if len(parts) > 1:
            results = [self._one(p.strip(), day) for p in parts]
            if all(results):
                return SEVERAL, results
        return None

    def suggest(self, name: str) -> list[str]:
        known = list(self.names) + list(self.groups)
        return difflib.get_close_matches(fold(name), known, n=3, cutoff=0.6)
