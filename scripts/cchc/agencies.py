"""Agency names as officials write them ("Sở TT&TT", "VP UBND tỉnh") resolved to units.

A name resolves through each unit's ten, ten_ngan and ten_khac, compared without case or
spacing, among the units that existed on the day that matters (old and new communes may
share a name). Group names ("Các sở, ban, ngành") come from the rule set's nhom_co_quan.

A text naming several agencies ("Sở Thông tin và Truyền thông, VP UBND tỉnh") is read against
those names before it is split: the known names are matched longest first, and the text is cut
only at the separators (",", ";", "và") between them, so a name known whole ("Sở Văn hóa, Thể
thao và Du lịch", "Các sở, ban, ngành") is never split.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass

from .outline import ascii_fold

UNIT, GROUP, SEVERAL = "unit", "group", "several"

_TOKEN = re.compile(r"[,;]|[^\s,;]+")
_SEPARATORS = frozenset({",", ";", "và"})


def fold(name: str) -> str:
    """A name compared without case, spacing or Unicode form differences."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _bare(name: str) -> str:
    """A name without its diacritics ("đ" too), case or spacing: how a misspelled name is recognised."""
    return " ".join(ascii_fold(unicodedata.normalize("NFC", name)).casefold().split())


def _phrase(name: str) -> tuple:
    """A name as the words and separators it is compared by: "Các sở,ban" -> ("các", "sở", ",", "ban")."""
    return tuple(m.group() for m in _TOKEN.finditer(fold(name)))


def exists(unit: dict, day: dt.date) -> bool:
    """Whether the unit existed on that day."""
    end = unit.get("hieu_luc_den")
    return unit["hieu_luc_tu"] <= day and (end is None or day <= end)


@dataclass(frozen=True)
class Piece:
    """One name of a text read against the directory: ``text`` as written (items joined by ", "),
    where it is (from character ``start`` of item ``first`` to character ``end`` of item ``last`` of
    the list it was read from) and what it resolves to ((UNIT, id), (GROUP, id), or None when it is
    not known)."""
    text: str
    first: int
    start: int
    last: int
    end: int
    found: tuple | None


class Directory:
    def __init__(self, units: dict[str, dict], groups: dict | None = None):
        self.units = units
        self.names: dict[str, list[str]] = {}
        self._unit_phrases: dict[tuple, list[str]] = {}
        for uid, unit in units.items():
            for name in {fold(n) for n in (unit["ten"], unit["ten_ngan"], *(unit.get("ten_khac") or []))}:
                self.names.setdefault(name, []).append(uid)
                owners = self._unit_phrases.setdefault(_phrase(name), [])
                if uid not in owners:
                    owners.append(uid)
        self.groups = {fold(name): gid for gid, spec in (groups or {}).items() if spec
                       for name in spec.get("ten") or []}
        self._group_phrases = {_phrase(name): gid for name, gid in self.groups.items()}
        phrases = [*self._unit_phrases, *self._group_phrases]
        self._longest = max(map(len, phrases), default=0)
        self._first_words = {phrase[0] for phrase in phrases if phrase}
        self._read: dict[tuple, list] = {}     # (text or items, day) -> its pieces, read once
        self._bare: dict[str, set] | None = None   # a name without diacritics -> the names so written

    def _known(self, phrase: tuple, day: dt.date):
        """(GROUP, id) or (UNIT, id) for a phrase that names one of them on that day, else None."""
        if phrase in self._group_phrases:
            return GROUP, self._group_phrases[phrase]
        owners = self._unit_phrases.get(phrase, [])
        alive = [u for u in owners if exists(self.units[u], day)] or owners
        if len(alive) == 1:
            return UNIT, alive[0]
        return None

    def pieces(self, texts, day: dt.date) -> list[Piece]:
        """The names a text, or the items of a list read as one text (joined by ","), are made of.

        Known names are matched longest first; the text is cut only at separators (",", ";", "và")
        between names, and a stretch no known name covers is an unknown piece up to the next
        separator. Of the ways to read the text, the one with the fewest unknown pieces, then the
        fewest pieces, is kept: a name known whole is never split.
        """
        key = (texts if isinstance(texts, str) else tuple(texts), day)
        if key not in self._read:             # plans repeat the same cells: each is read once per run
            self._read[key] = self._pieces(key[0], day)
        return self._read[key]

    def _pieces(self, texts, day: dt.date) -> list[Piece]:
        items = [texts] if isinstance(texts, str) else list(texts)
        items = [unicodedata.normalize("NFC", t) for t in items]
        tokens = []   # (folded token, item index, start, end)
        for index, item in enumerate(items):
            if index:
                tokens.append((",", None, 0, 0))
            tokens.extend((m.group().casefold(), index, m.start(), m.end()) for m in _TOKEN.finditer(item))
        words = [t[0] for t in tokens]
        count = len(tokens)
        # best[i]: the best reading of the tokens from i on, as (unknown pieces, pieces, end of the
        # first piece, what it resolves to); read backwards so that a long list needs no recursion
        best: list[tuple] = [(0, 0, count, None)] * (count + 1)
        separator = [count] * (count + 1)   # the first separator from a token on
        for i in range(count - 1, -1, -1):
            separator[i] = i if words[i] in _SEPARATORS else separator[i + 1]
        for start in range(count - 1, -1, -1):
            if words[start] in _SEPARATORS:
                best[start] = best[start + 1]
                continue
            options = []
            if words[start] in self._first_words:
                for end in range(min(count, start + self._longest), start, -1):   # longest first
                    if (end < count and words[end] not in _SEPARATORS) or words[end - 1] in _SEPARATORS:
                        continue
                    found = self._known(tuple(words[start:end]), day)
                    if found:
                        options.append((end, found))
            options.append((separator[start], None))   # an unknown piece, up to the next separator
            chosen = None
            for end, found in options:
                score = (best[end][0] + (found is None), best[end][1] + 1)
                if chosen is None or score < chosen[:2]:
                    chosen = (*score, end, found)
            best[start] = chosen
        pieces, start = [], 0
        while start < count:
            if words[start] in _SEPARATORS:
                start += 1
                continue
            end, found = best[start][2:]
            pieces.append(self._piece(items, tokens, start, end, found))
            start = end
        return pieces

    @staticmethod
    def _piece(items, tokens, start: int, end: int, found) -> Piece:
        (_, first, begin, _), (_, last, _, finish) = tokens[start], tokens[end - 1]
        if first == last:
            text = items[first][begin:finish]
        else:
            text = ", ".join([items[first][begin:], *items[first + 1:last], items[last][:finish]])
        return Piece(text, first, begin, last, finish, found)

    def resolve(self, name: str, day: dt.date):
        """(UNIT, id), (GROUP, id), (SEVERAL, [results]) or None when a name in it is unknown."""
        found = [p.found for p in self.pieces(name, day)]
        if not found or not all(found):
            return None
        return found[0] if len(found) == 1 else (SEVERAL, found)

    def split_names(self, items: list[str], day: dt.date) -> list[Piece]:
        """The names the items of a list cut apart, as the items were written, e.g. "[Các Sở, ban,
        ngành và UBND các cấp]" read by YAML as "Các Sở", "ban", "ngành và UBND các cấp": a known name
        over several items ("Các Sở, ban, ngành"), and a name followed by items that are bare kinds
        of agency ("thị trấn" of "UBND các xã, thị trấn"), which name no agency on their own."""
        runs: list[Piece] = []
        for piece in self.pieces(items, day):
            previous = runs[-1] if runs else None
            if (previous is not None and piece.found is None and piece.first > previous.last
                    and fold(piece.text) in KIND_WORDS):
                runs[-1] = Piece(f"{previous.text}, {piece.text}", previous.first, previous.start,
                                 piece.last, piece.end, previous.found)
            else:
                runs.append(piece)
        return [run for run in runs if run.last > run.first]

    def misspelled(self, text: str) -> str | None:
        """The name of a unit or group that ``text`` is with other diacritics ("Sở Nôi vụ" for "Sở Nội
        vụ"), when ``text`` itself names none: the one it most likely means, else None."""
        if self._bare is None:
            self._bare = {}
            for uid, unit in self.units.items():
                for name in (unit["ten"], unit["ten_ngan"], *(unit.get("ten_khac") or [])):
                    self._bare.setdefault(_bare(name), set()).add(unicodedata.normalize("NFC", name))
            for name in self.groups:
                self._bare.setdefault(_bare(name), set()).add(name)
        folded = fold(text)
        if folded in self.names or folded in self.groups:
            return None
        meant = sorted(self._bare.get(_bare(text), ()))
        return meant[0] if len(meant) == 1 else None

    def suggest(self, name: str) -> list[str]:
        known = list(self.names) + list(self.groups)
        return difflib.get_close_matches(fold(name), known, n=3, cutoff=0.6)


# Bare kinds of agency: an item of a list that is only one of these ("ban", "ngành", "thị trấn")
# names no agency; it is the rest of the name before it, cut off at a comma.
KIND_WORDS = frozenset({
    "sở", "ban", "ngành", "cơ quan", "đơn vị", "tổ chức", "đoàn thể", "địa phương", "hội",
    "huyện", "quận", "thị xã", "thành phố", "xã", "phường", "thị trấn", "thôn", "tổ dân phố",
})

_EDGES = re.compile(r"^(?:[\s,;]|và(?!\w))+|(?:[\s,;]|(?<!\w)và)+$", re.IGNORECASE)


def rejoin(items: list[str], names: list[Piece]) -> list[str]:
    """The items of a list with each name of ``names`` (Directory.split_names, in order) one item
    again, and what was written around it in its first and last item kept as items of their own:
    "Các Sở", "ban", "ngành và UBND các cấp" -> "Các Sở, ban, ngành", "UBND các cấp"."""
    items = [unicodedata.normalize("NFC", t) for t in items]
    result: list[str] = []

    def keep(text: str) -> None:
        text = _EDGES.sub("", text)
        if text:
            result.append(text)

    item, offset = 0, 0   # what is not yet in the result starts there
    for name in names:
        if item < name.first:
            keep(items[item][offset:])
            result.extend(items[item + 1:name.first])
            item, offset = name.first, 0
        keep(items[item][offset:name.start])
        result.append(name.text)
        item, offset = name.last, name.end
    if item < len(items):
        keep(items[item][offset:])
        result.extend(items[item + 1:])
    return result
