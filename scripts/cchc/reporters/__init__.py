"""What the commands print, in one place: each output of a command has a registry of reporters.

A reporter is a name (the value of ``--format``), what it gives (Vietnamese, for the help of
``--format``) and the function that writes the text; every reporter of one registry takes the same
arguments and returns the text without its last line end (the command prints it).

- ``findings.FINDINGS``: what `cchc check` finds, ``(findings, files, lang, waived) -> str``;
- ``status.STATUS``: who met which duty (`cchc status`), ``(situation, lang) -> str``;
- ``summaries.SUMMARIES``: the closing lines of `cchc render`, `cchc build`, `cchc consolidate`.

Authored text is untrusted: a reporter for a terminal passes it through ``output.visible``, one for
a spreadsheet through ``output.safe_csv_cell``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, TypeVar

Write = TypeVar("Write", bound=Callable[..., str])


@dataclass(frozen=True)
class Reporter(Generic[Write]):
    name: str           # the value of --format
    what: str           # what it gives, in Vietnamese ("cho người đọc")
    write: Write        # the function writing the text


class Registry(Generic[Write]):
    """The reporters of one output, in order; the first is the default."""

    def __init__(self, *reporters: Reporter[Write]):
        self._reporters = {r.name: r for r in reporters}

    def __getitem__(self, name: str) -> Reporter[Write]:
        return self._reporters[name]

    def __iter__(self):
        return iter(self._reporters.values())

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._reporters)

    @property
    def default(self) -> str:
        return self.names[0]

    def help(self) -> str:
        """The help of --format: "text: cho người đọc (mặc định); json, csv: dữ liệu" (reporters that
        give the same are named together)."""
        groups: dict[str, list[str]] = {}
        for reporter in self:
            what = reporter.what + (" (mặc định)" if reporter.name == self.default else "")
            groups.setdefault(what, []).append(reporter.name)
        return "; ".join(f"{', '.join(names)}: {what}" for what, names in groups.items())
