"""Annex formulas of rule sets ("tong = a + b", "ti_le = a / b * 100"), evaluated safely, and annex
forms compiled once: the formulas that can be used, and the columns that are not summed."""
from __future__ import annotations

import ast
import functools
from dataclasses import dataclass

_OPS = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
        ast.Mult: lambda a, b: a * b, ast.Div: lambda a, b: a / b}


class BadFormula(ValueError):
    pass


class Formula:
    def __init__(self, text: str):
        self.text = text
        left, sep, right = text.partition("=")
        if not sep or not left.strip().isidentifier():
            raise BadFormula(text)
        self.target = left.strip()
        try:
            self.tree = ast.parse(right.strip(), mode="eval").body
        except SyntaxError:
            raise BadFormula(text) from None
        self.names = sorted({n.id for n in ast.walk(self.tree) if isinstance(n, ast.Name)})
        self._check(self.tree)
        self.ratio = any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div) for n in ast.walk(self.tree))

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
        """The expected value for a row, or None when a figure is missing or a divisor is 0."""
        try:
            return self._eval(self.tree, row)
        except (KeyError, TypeError, ZeroDivisionError):
            return None

    def _eval(self, node, row):
        if isinstance(node, ast.Name):
            value = row[node.id]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(node.id)
            return value
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.UnaryOp):
            return -self._eval(node.operand, row)
        return _OPS[type(node.op)](self._eval(node.left, row), self._eval(node.right, row))

    def holds(self, actual, expected) -> bool:
        """Ratios are compared to two decimals (how reports round them); counts exactly."""
        return abs(actual - expected) <= (0.006 if self.ratio else 1e-9)


@functools.lru_cache(maxsize=1024)
def parse(text: str) -> Formula | None:
    """A formula, parsed once however many rows and reports use it; None if it cannot be read."""
    try:
        return Formula(text)
    except BadFormula:
        return None


@dataclass(frozen=True)
class AnnexForm:
    """An annex form of a rule set (phu_luc.<code>), compiled: ``formulas`` are those that parse and
    name only the form's columns; a formula that cannot be used is CCHC-C005 (checks/rulesets.py) and
    is left out here, and its target column is not summed either (it may be a ratio)."""
    code: str
    name: str
    columns: tuple[str, ...]
    formulas: tuple[Formula, ...]
    unusable: tuple[str, ...]          # the texts of the formulas left out
    not_summed: frozenset              # ratio columns, and targets of formulas left out


def usable(formula: Formula | None, columns) -> bool:
    """Whether a parsed formula names only the form's columns (a form without cot names none)."""
    return formula is not None and (not columns or all(n in columns for n in [formula.target, *formula.names]))


def compile_form(code: str, form: dict) -> AnnexForm:
    columns = tuple(form.get("cot") or {})
    kept, left_out, targets = [], [], set()
    for text in form.get("cong_thuc") or []:
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
