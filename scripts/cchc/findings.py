"""Findings: what a check says about a file, independent of the language it is shown in."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .catalogue import CATALOGUE

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Finding:
    """A code at a place, with its args: data only (values, names, numbers, formatted dates), and under
    "variant" the name of the code's variant when it has one; the catalogue holds the words of both
    languages (catalogue.py). The variant is an arg like the others, so that findings are told apart by
    code, place and args (check._unique) and the cache stores it with them."""
    code: str
    path: str
    line: int = 1
    column: int = 1
    args: dict = field(default_factory=dict, compare=False)
    severity: str = ""

    def __post_init__(self):
        if not self.severity:
            object.__setattr__(self, "severity", CATALOGUE[self.code].severity)

    @property
    def variant(self) -> str | None:
        return self.args.get("variant")

    def message(self, lang: str = "vi") -> str:
        return CATALOGUE[self.code].render("message", lang, self.args)

    def hint(self, lang: str = "vi") -> str:
        return CATALOGUE[self.code].render("hint", lang, self.args)

    def sort_key(self):
        return (self.path, self.line, self.column, self.code)

    def as_dict(self, lang: str = "vi") -> dict:
        entry = CATALOGUE[self.code]
        return {
            "code": self.code,
            "severity": self.severity,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "title": entry.title[lang],
            "message": self.message(lang),
            "hint": self.hint(lang),
            "basis": entry.basis,
        }


FILE, WORKSPACE, FINDINGS, RENDER, ANY = "file", "workspace", "findings", "render", "any"


@dataclass(frozen=True)
class Check:
    """A check as the registry (checks/__init__.py) knows it: a name, its scope (FILE: one file, run while
    it is loaded and cached with it; WORKSPACE: across files, with the run's model; FINDINGS: on the
    other checks' findings; RENDER: while a document is printed; ANY: the guard of every stage), what
    it reads, the finding codes it may report (each code is claimed by exactly one check), the function
    that runs it (None where a stage of loading runs it) and the modules whose functions report its
    codes (by default the module of ``run``)."""
    name: str
    scope: str
    run: Callable | None
    inputs: tuple[str, ...]
    codes: tuple[str, ...]
    modules: tuple[str, ...] = ()

    def homes(self) -> tuple[str, ...]:
        if self.modules:
            return self.modules
        return (self.run.__module__.removeprefix("cchc."),)


def emits(*codes: str):
    """Declare the finding codes a function reports. tests/test_registry.py reads these declarations
    and the code itself: each code a function writes is declared on it, each catalogue code is
    declared, and each is reported from one module (the exceptions are listed there)."""
    def mark(function):
        function.codes = frozenset(codes)
        return function
    return mark


class Collector:
    """Gathers findings for one file; positions default to the file's start. ``variant=None`` is the
    code's own message (the arg is left out)."""

    def __init__(self, path: str):
        self.path = path
        self.items: list[Finding] = []

    def add(self, code: str, line: int = 1, column: int = 1, **args) -> None:
        self.items.append(Finding(code, self.path, line, column, _data(args)))

    def at(self, code: str, pos, **args) -> None:
        """Add a finding at a (path, line, column) position taken from a document."""
        path, line, column = pos
        self.items.append(Finding(code, path, line, column, _data(args)))


def _data(args: dict) -> dict:
    if "variant" in args and args["variant"] is None:
        del args["variant"]
    return args
