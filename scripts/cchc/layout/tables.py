"""Table cells, Vietnamese number formatting and the width a table needs on paper."""
from __future__ import annotations

from .. import vnformat
from . import metrics, page


def cell(text, colspan: int = 1, rowspan: int = 1, bold: bool = False, align: str = "left") -> dict:
    return {"text": vnformat.nfc(str(text)), "colspan": colspan, "rowspan": rowspan, "bold": bold,
            "align": align}


def number(value) -> str:
    """1234.5 -> "1.234,5" (Vietnamese separators); text is kept as it is."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else ("Có" if value else "Không")
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return f"{int(value):,}".replace(",", ".")
    if isinstance(value, float):
        whole, _, frac = f"{value:,.2f}".rstrip("0").partition(".")
        return whole.replace(",", ".") + ("," + frac if frac else "")
    return str(value)


def min_widths_mm(texts_by_column: list[list[str]]) -> list[float]:
    """The narrowest each column can be: its longest word plus the cell padding."""
    size = page.SIZE["cell"]
    result = []
    for texts in texts_by_column:
        words = {word for text in texts for word in str(text).split()}   # each distinct word once
        widest = max((metrics.word_mm(word, size, "bold") for word in words), default=0.0)
        result.append(max(page.MIN_COLUMN_MM, widest + 2 * page.CELL_PADDING_MM))
    return result


def columns_of(table: dict) -> list[list[str]]:
    """Texts of each column of a built table (spanning cells count for their first column)."""
    count = len(table["columns"])
    found = [[c["title"]] for c in table["columns"]]
    below: dict[int, int] = {}     # column -> rows still covered by a cell spanning down from above
    for row in table["rows"]:
        covered = {column for column, left in below.items() if left > 0}
        below = {column: left - 1 for column, left in below.items() if left > 1}
        position = 0
        for item in row:
            while position in covered:
                position += 1
            if item["colspan"] == 1 and position < count:
                found[position].append(item["text"])
            for column in range(position, position + item["colspan"]):
                if item["rowspan"] > 1:
                    below[column] = item["rowspan"] - 1
            position += item["colspan"]
    return found[:count]


def _inlines(text: str, bold: bool) -> list:
    """The cell's words as one string (spaces collapsed): every writer prints it as it would the
    words and spaces apart, and the table is a fraction of the size to write and to read."""
    words = " ".join(str(text).split())
    if not words:
        return []
    inlines = [{"t": "Str", "c": words}]
    return [{"t": "Strong", "c": inlines}] if bold else inlines


_ALIGN = {"left": "AlignLeft", "center": "AlignCenter", "right": "AlignRight"}
_NO_ATTR = ["", [], []]


def _ast_cell(text: str, bold: bool, align: str, rowspan: int = 1, colspan: int = 1) -> list:
    return [_NO_ATTR, {"t": _ALIGN.get(align, "AlignLeft")}, rowspan, colspan,
            [{"t": "Plain", "c": _inlines(text, bold)}]]


def to_pandoc_blocks(table: dict) -> list:
    """The table as a list of blocks of pandoc's JSON AST: pandoc reads it far faster than it
    builds the same table from Lua, element by element."""
    specs = [[{"t": "AlignDefault"}, {"t": "ColWidth", "c": c["pct"] / 100}] for c in table["columns"]]
    head = [_NO_ATTR, [[_NO_ATTR, [_ast_cell(c["title"], True, "center") for c in table["columns"]]]]]
    rows = [[_NO_ATTR, [_ast_cell(c["text"], c["bold"], c["align"], c["rowspan"], c["colspan"]) for c in row]]
            for row in table["rows"]]
    body = [_NO_ATTR, 0, [], rows]
    return [{"t": "Table", "c": [_NO_ATTR, [None, []], specs, head, [body], [_NO_ATTR, []]]}]
