"""Advance widths of Times New Roman (Liberation Serif has the same metrics), for layout.

Widths are in thousandths of an em for printable ASCII; a Vietnamese letter is as wide as
its base letter except the horned ơ, ư, Ơ, Ư. The table is data, so layout decisions
(short lines under the header texts, whether a table fits the page) do not depend on the
fonts installed on the machine.
"""
from __future__ import annotations

import functools
import unicodedata

PT_PER_MM = 72 / 25.4

_ASCII = {
    "regular": (
        250, 333, 408, 500, 500, 833, 777, 180, 333, 333, 500, 563, 250, 333, 250, 277, 500, 500, 500,
        500, 500, 500, 500, 500, 500, 500, 277, 277, 563, 563, 563, 443, 920, 722, 666, 666, 722, 610,
        556, 722, 722, 333, 389, 722, 610, 889, 722, 722, 556, 722, 666, 556, 610, 722, 722, 943, 722,
        722, 610, 333, 277, 333, 469, 500, 333, 443, 500, 443, 500, 443, 333, 500, 500, 277, 277, 500,
        277, 777, 500, 500, 500, 500, 333, 389, 277, 500, 500, 722, 500, 500, 443, 479, 200, 479, 541,
    ),
    "bold": (
        250, 333, 555, 500, 500, 1000, 833, 277, 333, 333, 500, 569, 250, 333, 250, 277, 500, 500, 500,
        500, 500, 500, 500, 500, 500, 500, 333, 333, 569, 569, 569, 500, 930, 722, 666, 722, 722, 666,
        610, 777, 777, 389, 500, 777, 666, 943, 722, 777, 610, 777, 722, 556, 666, 722, 722, 1000, 722,
        722, 666, 333, 277, 333, 581, 500, 333, 500, 556, 443, 556, 443, 333, 500, 556, 277, 333, 556,
        277, 833, 556, 500, 556, 556, 443, 389, 333, 556, 500, 722, 500, 500, 443, 394, 220, 394, 520,
    ),
    "italic": (
        250, 333, 419, 500, 500, 833, 777, 213, 333, 333, 500, 674, 250, 333, 250, 277, 500, 500, 500,
        500, 500, 500, 500, 500, 500, 500, 333, 333, 674, 674, 674, 500, 919, 610, 610, 666, 722, 610,
        610, 722, 722, 333, 443, 666, 556, 833, 666, 722, 610, 722, 610, 500, 556, 722, 610, 833, 610,
        556, 556, 389, 277, 389, 421, 500, 333, 500, 500, 443, 500, 443, 277, 500, 500, 277, 277, 443,
        277, 722, 500, 500, 500, 500, 389, 389, 277, 500, 443, 666, 443, 443, 389, 399, 274, 399, 541,
    ),
}

_HORNED = {
    "regular": {"ơ": 528, "ư": 541, "Ơ": 722, "Ư": 775},
    "bold": {"ơ": 553, "ư": 600, "Ơ": 777, "Ư": 795},
    "italic": {"ơ": 533, "ư": 545, "Ơ": 722, "Ư": 753},
}
_OTHER = {"–": 500, "—": 1000, "…": 1000, "“": 470, "”": 470, "‘": 333, "’": 333}
_FALLBACK = 500


def char_width(char: str, style: str = "regular") -> int:
    """Width of one character in thousandths of an em."""
    code = ord(char)
    if 32 <= code < 127:
        return _ASCII[style][code - 32]
    horned = _HORNED[style].get(char)
    if horned is not None:
        return horned
    if char in _OTHER:
        return _OTHER[char]
    base = unicodedata.normalize("NFD", char)[0]
    if base != char and 32 <= ord(base) < 127:
        return char_width(base, style)
    if base in ("Đ", "đ"):
        return char_width("D" if base == "Đ" else "d", style)
    return 0 if unicodedata.combining(char) else _FALLBACK


def width_pt(text: str, size: float, style: str = "regular") -> float:
    """Width of ``text`` set in ``size`` points."""
    return sum(_word_units(word, style) for word in text.split(" ")) * size / 1000 + \
        text.count(" ") * char_width(" ", style) * size / 1000


@functools.lru_cache(maxsize=65536)
def _word_units(word: str, style: str) -> int:
    return sum(char_width(c, style) for c in unicodedata.normalize("NFC", word))


def width_mm(text: str, size: float, style: str = "regular") -> float:
    return width_pt(text, size, style) / PT_PER_MM


def word_mm(word: str, size: float, style: str = "regular") -> float:
    """Width of one word (no spaces) set in ``size`` points."""
    return _word_units(word, style) * size / 1000 / PT_PER_MM
