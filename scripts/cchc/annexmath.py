"""The arithmetic of one annex of figures against its form (formulas.AnnexForm).

Every relation the figures must obey is an ``Identity``: each usable formula of the form on each row, and,
when the annex has one total row (``la_tong``), that row equal to the sum of the others in every column
that is summed. ``examine`` reads the rows as the form says (a blank cell of a column with ``mac_dinh``
is that value; any other blank is not reported, never 0) and tells which identities fail and which
cannot be checked for a blank (CCHC-B015), leaving out silently what the form lets a unit leave out
(``tuy_chon``).

When several identities fail, ``diagnose`` looks for the fewest cells whose change makes every failing
identity hold while every identity that holds keeps holding: one cell (for each cell that every failing
identity reads, the one value that satisfies them), else two, while the search stays small. An
explanation is given only when it is the only one of its size, and never names a blank cell: one typo
in a total row is then said once, at its cell, instead of every identity it breaks."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import combinations

from .formulas import INTEGER, RATIO, AnnexForm, Formula, is_figure

FORMULA, TOTAL = "formula", "total"
MAX_PAIR_CELLS = 400        # candidate cells beyond which two-cell explanations are not sought
MAX_PAIR_TRIALS = 2000      # pairs of cells tried (those that touch every failing identity) before giving up
_EXACT = 1e-9


@dataclass(frozen=True)
class Identity:
    """One relation between cells (row index, column): a formula on a row, or a column total."""
    kind: str                           # FORMULA or TOTAL
    row: int                            # the formula's row; the total row of a column total
    column: str                         # the formula's target; the summed column
    cells: tuple                        # every (row, column) it reads
    formula: Formula | None = None
    parts: tuple = ()                   # a total: the rows summed

    def sides(self, grid: list) -> tuple:
        """(left, right): the figure as written and what it should stand in relation to; (None, None) when a
        figure is missing."""
        if self.kind == FORMULA:
            return self.formula.sides(grid[self.row])
        values = [grid[r].get(self.column) for r in self.parts]
        total = grid[self.row].get(self.column)
        if not is_figure(total) or not all(is_figure(v) for v in values):
            return None, None
        return total, sum(values)

    def holds(self, left, right) -> bool | None:
        """Whether the sides stand in the identity's relation; None when a figure is missing."""
        if left is None:
            return None
        if self.kind == FORMULA:
            return self.formula.holds(left, right)
        return abs(left - right) <= _EXACT * max(1.0, abs(right))


@dataclass(frozen=True)
class Fix:
    """A cell a diagnosis names: its row and column, the figure written and the one the other cells give."""
    row: int
    column: str
    written: object
    meant: object


@dataclass
class Examination:
    grid: list                                      # the rows as the arithmetic reads them
    identities: list                                # every Identity of the annex
    failing: list = field(default_factory=list)     # (Identity, left, right) that do not hold
    unchecked: int = 0                              # identities a blank required figure leaves unchecked
    blank: set = field(default_factory=set)         # the columns of those blanks
    fixes: tuple = ()                               # the diagnosis, when there is one


def read_rows(form: AnnexForm, rows: list, unread: dict) -> tuple[list, set]:
    """The rows as the arithmetic reads them: without the figures ``unread`` names per row (misread or
    misspelled: told elsewhere), a blank cell of a column with a default (mac_dinh) taken as it. Returns
    them and the cells that hold a default rather than a figure written in the report."""
    grid, defaulted = [], set()
    for r, row in enumerate(rows):
        skipped = unread.get(r, ())
        figures = {k: v for k, v in row.items() if k not in skipped}
        for key, column in form.columns.items():
            if column.default is not None and key not in skipped and figures.get(key) is None:
                figures[key] = column.default
                defaulted.add((r, key))
        grid.append(figures)
    return grid, defaulted


def identities(form: AnnexForm, grid: list, unread: dict) -> list[Identity]:
    """Every identity of the annex: the formulas row by row, then the column totals in the form's order (a
    ratio column and the target of a formula that cannot be used are not summed; neither is a column whose
    figure some row does not read as written)."""
    found = []
    for r in range(len(grid)):
        for formula in form.formulas:
            found.append(Identity(FORMULA, r, formula.target, tuple((r, c) for c in formula.columns), formula))
    totals = [r for r, row in enumerate(grid) if row.get("la_tong")]
    parts = tuple(r for r, row in enumerate(grid) if not row.get("la_tong"))
    if len(totals) == 1 and parts:
        total = totals[0]
        for column in form.columns:
            if column in form.not_summed or any(column in unread.get(r, ()) for r in (*parts, total)):
                continue
            found.append(Identity(TOTAL, total, column, tuple((r, column) for r in (*parts, total)), parts=parts))
    return found


def examine(form: AnnexForm, rows: list, unread: dict | None = None) -> Examination:
    """The identities of an annex, which fail, which a blank leaves unchecked, and the diagnosis."""
    unread = unread or {}
    grid, defaulted = read_rows(form, rows, unread)
    result = Examination(grid, identities(form, grid, unread))
    failing = []
    for index, identity in enumerate(result.identities):
        left, right = identity.sides(grid)
        if left is not None:
            if not identity.holds(left, right):
                result.failing.append((identity, left, right))
                failing.append(index)
            continue
        blank = _blank_columns(form, identity, grid, unread)     # none: a divisor 0, a figure misread
        if blank:
            result.unchecked += 1
            result.blank |= blank
    if len(failing) >= 2:
        result.fixes = diagnose(form, grid, result.identities, failing, defaulted)
    return result


def _blank_columns(form: AnnexForm, identity: Identity, grid: list, unread: dict) -> set:
    """The columns whose blank cells leave an identity unchecked (B015), or none: figures it cannot read
    were told elsewhere (unread), and what the form lets a unit leave out is not asked for when the rows
    concerned report none of the optional columns the identity reads."""
    blank = {c for r, c in identity.cells if grid[r].get(c) is None and c not in unread.get(r, ())}
    optional = {c for _, c in identity.cells if c in form.columns and form.columns[c].optional}
    if blank and blank <= optional and not any(is_figure(grid[r].get(c)) for r, c in identity.cells if c in optional):
        return set()
    return blank


# --- the diagnosis ----------------------------------------------------------------------------------

def diagnose(form: AnnexForm, grid: list, found: list, failing, defaulted=frozenset()) -> tuple:
    """The fewest cells (one, else two) whose change makes every identity ``failing`` (indexes into
    ``found``) hold while every other identity of ``found`` that holds keeps holding, when exactly one
    such set exists; () otherwise (none, or several that explain it equally). A candidate is a cell that
    a failing identity reads and that holds a figure written in the report (never a blank, never a
    default); a count (so_nguyen) is proposed only as a whole number, not below 0, a ratio to two
    decimals. Two cells are sought only when no single cell explains it, among at most MAX_PAIR_CELLS
    candidates and MAX_PAIR_TRIALS pairs; the search is deterministic (rows, then the form's column order)."""
    search = _Search(form, grid, found)
    wanted = set(failing)
    order = {c: i for i, c in enumerate(form.columns)}
    cells = sorted({cell for i in wanted for cell in found[i].cells
                    if is_figure(grid[cell[0]].get(cell[1])) and cell not in defaulted},
                   key=lambda cell: (cell[0], order.get(cell[1], len(order)), cell[1]))
    touching = search.touching
    singles = []
    for cell in cells:
        if wanted <= touching[cell]:
            value = search.single(cell, wanted)
            if value is not None:
                singles.append((Fix(cell[0], cell[1], grid[cell[0]][cell[1]], value),))
    if singles:
        return singles[0] if len(singles) == 1 else ()
    if len(cells) > MAX_PAIR_CELLS:
        return ()
    pairs, trials = [], 0
    for first, second in combinations(cells, 2):
        if not wanted <= touching[first] | touching[second]:
            continue
        trials += 1
        if trials > MAX_PAIR_TRIALS:
            return ()
        fixes = search.pair(first, second, wanted)
        if fixes:
            pairs.append(fixes)
            if len(pairs) > 1:
                return ()
    return pairs[0] if pairs else ()


class _Search:
    """The identities of an annex tried with some cells changed (``changes``: cell -> value). A column total
    is not summed again for each trial: the sum of the rows as written is kept and moved by the changes."""

    def __init__(self, form: AnnexForm, grid: list, found: list):
        self.form, self.grid, self.found = form, grid, found
        self.touching: dict = {}
        for index, identity in enumerate(found):
            for cell in identity.cells:
                self.touching.setdefault(cell, set()).add(index)
        self.sums = {i: identity.sides(grid) for i, identity in enumerate(found) if identity.kind == TOTAL}

    def value(self, cell, changes: dict):
        return changes[cell] if cell in changes else self.grid[cell[0]].get(cell[1])

    def sides(self, index: int, changes: dict) -> tuple:
        identity = self.found[index]
        if identity.kind == FORMULA:
            row = identity.row
            mine = {c: v for (r, c), v in changes.items() if r == row}
            return identity.formula.sides({**self.grid[row], **mine} if mine else self.grid[row])
        left, right = self.sums[index]
        if left is None:
            return None, None
        for (r, c), v in changes.items():
            if c == identity.column and r in identity.parts:
                right += v - self.grid[r][c]
        return self.value((identity.row, identity.column), changes), right

    def check(self, index: int, changes: dict) -> bool | None:
        return self.found[index].holds(*self.sides(index, changes))

    def keeps(self, cells, changes: dict) -> bool:
        """Whether every identity the changed cells touch holds (or cannot be checked, for a blank)."""
        return all(self.check(i, changes) is not False for i in set().union(*(self.touching[c] for c in cells)))

    def single(self, cell, wanted: set):
        """The value of ``cell`` that makes every failing identity hold and keeps the others, or None."""
        for value in self.values(cell, [i for i in sorted(self.touching[cell]) if i in wanted], {}):
            if self.keeps([cell], {cell: value}):
                return value
        return None

    def pair(self, first, second, wanted: set) -> tuple:
        """The values of two cells that together explain every failing identity, or ()."""
        for one, other in ((first, second), (second, first)):
            own = [i for i in sorted(self.touching[one] - self.touching[other]) if i in wanted]
            for value in self.values(one, own, {}):
                changes = {one: value}
                if not all(self.check(i, changes) is not False
                           for i in self.touching[one] - self.touching[other]):
                    continue             # the first cell breaks what the second does not read
                still = [i for i in sorted(self.touching[other]) if self.check(i, changes) is False]
                if not still:
                    continue             # the first cell alone would do: not a pair (singles were sought)
                for second_value in self.values(other, still, changes):
                    both = {one: value, other: second_value}
                    if self.keeps([one, other], both):
                        return tuple(Fix(c[0], c[1], self.grid[c[0]][c[1]], both[c]) for c in (first, second))
        return ()

    def values(self, cell, indexes, changes: dict) -> list:
        """The values of ``cell`` that make each of the identities ``indexes`` hold (the other cells as
        ``changes`` leaves them), solved one by one (an inequality gives none: it bounds a value without
        naming one), fit for the column's kind, distinct."""
        c = cell[1]
        column = self.form.columns.get(c)
        kind = column.kind if column else (RATIO if c in self.form.not_summed else INTEGER)
        written, values = self.grid[cell[0]][c], []
        for index in indexes:
            value = self.solve(index, cell, changes)
            if value is None or value == written:
                continue
            if kind == INTEGER:
                if abs(value - round(value)) > 1e-6 or round(value) < 0:
                    continue
                value = int(round(value))
            else:
                value = round(value, 2 if kind == RATIO else 6)
            if value not in values:
                values.append(value)
        return values

    def solve(self, index: int, cell, changes: dict):
        """The value of ``cell`` for which an identity holds exactly, when the identity is an equality and
        depends on the cell as a·x + b or as a·(1/x) + b (a divisor); None otherwise."""
        identity = self.found[index]
        if identity.kind == FORMULA and not identity.formula.equation:
            return None

        def residual(x):
            left, right = self.sides(index, {**changes, cell: x})
            return None if left is None else left - right

        for inverse in (False, True):
            points = [residual(1 / t if inverse else t) for t in (1.0, 2.0, 3.0)]
            if None in points:
                continue
            slope = points[1] - points[0]
            scale = max(1.0, *(abs(p) for p in points))
            if abs(slope) <= _EXACT * scale or abs((points[2] - points[1]) - slope) > 1e-7 * scale:
                continue                # the identity does not depend on the cell this way
            t = 1.0 - points[0] / slope
            if inverse and abs(t) < 1e-12:
                continue
            value = 1 / t if inverse else t
            if math.isfinite(value):
                return value
        return None
