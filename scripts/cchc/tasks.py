"""The rows of a plan's task table, and the numbering a plan writes itself.

A task is one row of the table, or several when it has several products (``dong``): each row has
its own product, lead, cooperating agencies, timeline and funding, and a row that does not say one
of them has the task's (the merged cell of the official table, written once). Checks and the printed
table read the rows from here, so that both see the same thing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .schemas import TASK_ROW

FIELDS = tuple(TASK_ROW)    # san_pham, chu_tri, phoi_hop, thoi_gian, kinh_phi


@dataclass(frozen=True)
class Row:
    task: dict
    index: int | None       # the position in ``dong``, None for a task written as one row
    values: dict            # field -> the row's value, its own or the task's (None when neither says)
    own: frozenset          # the fields the row writes itself

    def where(self, field: str | None = None) -> tuple:
        """The path of a field inside the task, for positions: the row's own key, else the task's;
        without a field, or one that neither says, the row (the task's code for a one-row task)."""
        if field and field in self.own:
            return ("dong", self.index, field) if self.index is not None else (field,)
        if field and _given(self.task.get(field)):
            return (field,)
        return ("dong", self.index) if self.index is not None else ("ma",)


def _given(value) -> bool:
    return value not in (None, "", [])


def rows(task: dict) -> list[Row]:
    """The rows of a task, each with every field it shows (its own or the task's)."""
    extra = [r for r in (task.get("dong") or []) if isinstance(r, dict)]
    if not extra:
        return [Row(task, None, {f: task.get(f) for f in FIELDS}, frozenset(f for f in FIELDS if _given(task.get(f))))]
    result = []
    for index, row in enumerate(extra):
        own = frozenset(f for f in FIELDS if _given(row.get(f)))
        result.append(Row(task, index, {f: row.get(f) if f in own else task.get(f) for f in FIELDS}, own))
    return result


# The numbering a plan types itself: "1.", "1.1.", "1.1.Xây dựng", "3.1 Triển khai", "a)", "IV.".
# "100% hồ sơ" or "2026" is no numbering.
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.(?!\d)|\d+(?:\.\d+)+(?=\s)|[a-zđ]\)(?=\s)|[IVXL]+\.(?=\s))")


def numbered(text) -> bool:
    return isinstance(text, str) and bool(_NUMBERING.match(text))


def written_numbering(tasks: list) -> bool:
    """Whether the plan numbers its groups and tasks itself: then every number is printed as written
    and none is added (a task the document leaves unnumbered stays so)."""
    return any(numbered(t.get("ten")) or numbered(t.get("nhom")) for t in tasks)
