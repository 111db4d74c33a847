"""What every output of authored text goes through: ``visible`` for a terminal, ``safe_csv_cell`` for
a spreadsheet. Messages quote authored text (file names, values), which may hold newlines, terminal
escapes and formulas. The reporters of each command's output are in reporters/.
"""
from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a terminal shows.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _show(char: str) -> str:
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def visible(value, keep: str = "") -> str:
    """Text for a terminal: control characters (but those in ``keep``) written as escapes, so a finding
    stays on its own lines and no escape sequence reaches the terminal."""
    return _CONTROL.sub(lambda m: m.group() if m.group() in keep else _show(m.group()), str(value))


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_csv_cell(value):
    """A CSV cell a spreadsheet will not run as a formula (OWASP "CSV injection"): text starting with
    = + - @ tab or CR gets a leading single quote; numbers the program writes (-3) stay numbers.
    A CR inside text becomes LF, which the writer quotes (it does not quote a lone CR)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_START):
        value = "'" + value
    return value.replace("\r\n", "\n").replace("\r", "\n")
