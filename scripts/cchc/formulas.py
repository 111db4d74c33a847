"""Annex formulas of rule sets ("tong = a + b", "ti_le = a / b * 100", "da_giai_quyet <= tiep_nhan"),
evaluated safely, and annex forms compiled once: their columns with the kind of figure each holds and
whether a unit may leave them out (optional, or counted as a default when blank), the formulas that can
be used, and the columns that are not summed."""
from __future__ import annotations

import ast
import functools
from dataclasses import dataclass

_OPS = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
        ast.Mult: lambda a, b: a * b, ast.Div: lambda a, b: a / b}


def is_figure(value) -> bool:
    """Whether a cell holds a number (true/false is no figure, text is not read as one)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class BadFormula(ValueError):
    pass


# An inequality between two sides (rule sets may write ≤ and ≥ as well); an identity is "target = expression".
AT_MOST, AT_LEAST = "<=", ">="
_INEQUALITIES = (AT_MOST, AT_LEAST)
_SIGNS = {"≤": "<=", "≥": ">="}


class Formula:
    """A formula of an annex form: an identity ``target = expression`` (the target column equals what the
    expression gives: "tong = a + b", "ti_le = a / b * 100") or an inequality ``expression <= expression``
    (or ``>=``) between two sides ("tong_da_giai_quyet <= tong_tiep_nhan"). Only column names, numbers,
    + - * / and parentheses: read with ast and never executed."""

    def __init__(self, text: str):
        self.text = text
        written = str(text)
        for sign, plain in _SIGNS.items():
            written = written.replace(sign, plain)
        self.relation = next((sign for sign in _INEQUALITIES if sign in written), "=")
        left, sep, right = written.partition(self.relation)
        if not sep:
            raise BadFormula(text)
        self.left_text, self.right_text = left.strip(), right.strip()    # the two sides as written
        if self.relation == "=":
            if not left.strip().isidentifier():
                raise BadFormula(text)
            self.left = ast.Name(left.strip())
        else:
            self.left = self._parse(left)
        self.tree = self._parse(right)
        left_names = [n.id for n in ast.walk(self.left) if isinstance(n, ast.Name)]
        right_names = [n.id for n in ast.walk(self.tree) if isinstance(n, ast.Name)]
        if not left_names + right_names:
            raise BadFormula(text)
        # target: the column a finding points at (an identity's target, an inequality's first column)
        self.target = (left_names + right_names)[0]
        self.names = sorted(set(left_names + right_names) - {self.target})
        self.divides = any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div)
                           for side in (self.left, self.tree) for n in ast.walk(side))
        self.ratio = self.divides and self.equation          # the target is a ratio the formula computes

    @property
    def equation(self) -> bool:
        """Whether the formula is an identity (``target = expression``), not an inequality."""
        return self.relation == "="

    @property
    def columns(self) -> list[str]:
        """Every column the formula reads, its target first."""
        return [self.target, *self.names]

    def _parse(self, text: str):
        try:
            tree = ast.parse(text.strip(), mode="eval").body
        except SyntaxError:
            raise BadFormula(self.text) from None
        self._check(tree)
        return tree

    def _check(self, node) -> None:
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            self._check(node.left)
            self._check(node.right)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            self._check(node.operand)
        elif not (isinstance(node, ast.Name) or (isinstance(node, ast.Constant)
                                                  and isinstance(node.value, (int, float)))):
            raise BadFormula(self.text)

    def evaluate(self, row: dict):
        """What the right side gives for a row (an identity's expected value), or None when a figure is
        missing or a divisor is 0."""
        return self._side(self.tree, row)

    def sides(self, row: dict) -> tuple:
        """(left, right) for a row: an identity's target as written and what its expression gives, an
        inequality's two sides; (None, None) when either cannot be computed (a blank, a divisor 0)."""
        left = row.get(self.target) if self.equation else self._side(self.left, row)
        right = self.evaluate(row)
        if not is_figure(left) or right is None:
            return None, None
        return left, right

    def check(self, row: dict) -> bool | None:
        """Whether a row obeys the formula; None when it cannot be checked (a blank, a divisor 0)."""
        left, right = self.sides(row)
        return None if left is None else self.holds(left, right)

    def _side(self, node, row: dict):
        try:
            return self._eval(node, row)
        except (KeyError, TypeError, ZeroDivisionError):
            return None

    def _eval(self, node, row):
        if isinstance(node, ast.Name):
            value = row[node.id]
            if not is_figure(value):
                raise TypeError(node.id)
            return value
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.UnaryOp):
            return -self._eval(node.operand, row)
        return _OPS[type(node.op)](self._eval(node.left, row), self._eval(node.right, row))

    def holds(self, actual, expected) -> bool:
        """Whether the left side ``actual`` stands in the formula's relation to the right side ``expected``.
        A formula that divides is compared to two decimals (how reports round ratios); counts exactly."""
        tolerance = 0.006 if self.divides else 1e-9
        if self.relation == "<=":
            return actual <= expected + tolerance
        if self.relation == ">=":
            return actual >= expected - tolerance
        return abs(actual - expected) <= tolerance


@functools.lru_cache(maxsize=1024)
def parse(text: str) -> Formula | None:
    """A formula, parsed once however many rows and reports use it; None if it cannot be read."""
    try:
        return Formula(text)
    except BadFormula:
        return None


# The kinds of figure a column holds (rule sets: cot.<key>.kieu): a count is a whole number; "so" any
# number (an amount); "ty_le" a ratio or percentage, never summed.
INTEGER, NUMBER, RATIO = "so_nguyen", "so", "ty_le"
COLUMN_KINDS = (INTEGER, NUMBER, RATIO)


@dataclass(frozen=True)
class Column:
    """A column of an annex form: ``cot: {key: Label}`` (the shorthand) or ``cot: {key: {ten: Label,
    kieu: so_nguyen | so | ty_le, don_vi_tinh: "hồ sơ", tuy_chon: true, mac_dinh: 0}}``. A column that does
    not say its kind counts (so_nguyen), unless it is the target of a ratio formula (ty_le).

    A blank cell is not reported, never 0. A column is required unless it says otherwise: a formula or
    total that needs a blank required figure cannot be checked (CCHC-B015). ``tuy_chon: true``: the form
    lets a unit leave the column out; a row that reports none of the optional columns a formula names is
    not checked against it and nothing is said (a total likewise when no row reports the column).
    ``mac_dinh: 0``: the form counts a blank cell of the column as that value (the official form's "0
    when not reported"); the arithmetic then reads the blank as it, and the column is optional."""
    key: str
    label: str
    kind: str = INTEGER
    unit: str = ""                     # don_vi_tinh: what is counted or measured ("hồ sơ", "%")
    declared: bool = False             # whether the rule set wrote kieu
    optional: bool = False             # tuy_chon (or mac_dinh): a unit may leave the column out
    default: int | float | None = None  # mac_dinh: what a blank cell counts as in the arithmetic

    @property
    def title(self) -> str:
        """The column's heading as printed: its label, and its unit when the label does not already say it."""
        if self.unit and f"({self.unit})" not in self.label:
            return f"{self.label} ({self.unit})"
        return self.label


@dataclass(frozen=True)
class AnnexForm:
    """An annex form of a rule set (phu_luc.<code>), compiled: ``columns`` (key -> Column, in the rule
    set's order: iterating gives the keys), ``formulas`` those that parse and name only the form's
    columns; a formula that cannot be used is CCHC-C005 (checks/rulesets.py) and is left out here, and its
    target column is not summed either (it may be a ratio)."""
    code: str
    name: str
    columns: dict                      # key -> Column
    formulas: tuple[Formula, ...]
    unusable: tuple[str, ...]          # the texts of the formulas left out
    not_summed: frozenset              # ratio columns, and targets of formulas left out



def unknown_names(formula: Formula, columns) -> list[str]:
    """The names a formula uses that are no column of the form (none when the form lists no columns)."""
    return [n for n in [formula.target, *formula.names] if columns and n not in columns]


def usable(formula: Formula | None, columns) -> bool:
    """Whether a parsed formula names only the form's columns (a form without cot names none)."""
    return formula is not None and not unknown_names(formula, columns)


def _ratio_targets(texts) -> set:
    """The columns a ratio formula computes (one that does not parse, CCHC-C005, counts when it seems to
    divide: its figures are not held to whole numbers on top of the rule set's error)."""
    targets = set()
    for text in texts:
        formula = parse(text)
        if formula is not None and formula.ratio:
            targets.add(formula.target)
        elif formula is None and any(sign in str(text) for sign in "/÷:"):
            targets.add(str(text).partition("=")[0].strip())
    return targets


def column(key: str, spec, ratios=frozenset()) -> Column:
    """One column from its rule-set entry: a label, or {ten, kieu, don_vi_tinh, tuy_chon, mac_dinh}."""
    if isinstance(spec, dict):
        kind = spec.get("kieu")
        default = spec.get("mac_dinh")
        default = default if is_figure(default) else None
        return Column(key, str(spec.get("ten") or key), kind if kind in COLUMN_KINDS else
                      (RATIO if key in ratios else INTEGER), str(spec.get("don_vi_tinh") or ""), kind in COLUMN_KINDS,
                      spec.get("tuy_chon") is True or default is not None, default)
    return Column(key, str(spec) if spec else key, RATIO if key in ratios else INTEGER)


def compile_form(code: str, form: dict) -> AnnexForm:
    texts = form.get("cong_thuc") or []
    ratios = _ratio_targets(texts)
    columns = {key: column(key, spec, ratios) for key, spec in (form.get("cot") or {}).items()}
    kept, left_out, targets = [], [], {key for key, c in columns.items() if c.kind == RATIO}
    for text in texts:
        formula = parse(text)
        if usable(formula, columns):
            kept.append(formula)
            if formula.ratio:
                targets.add(formula.target)
        else:
            left_out.append(text)
            target = str(text).partition("=")[0].strip()
            if target.isidentifier():
                targets.add(target)
    return AnnexForm(code, form.get("ten", ""), columns, tuple(kept), tuple(left_out), frozenset(targets))
