"""SVG charts drawn at build time: plain text files, no script, no external font.

Every text placed in a chart (area names from the rule sets, titles) goes through ``xml_text``
(safety.py): the SVG stays well-formed and no authored text becomes an element.
"""
from __future__ import annotations

from .. import status
from ..vnformat import decimal_text
from .safety import xml_text

COLOURS = {status.ON_TIME: "#2e7d32", status.LATE: "#e0a100", status.MISSING: "#c62828",
           status.NOT_DUE: "#90a4ae", status.NOT_REQUIRED: "#eceff1",
           status.UNKNOWN: "#ce93d8"}
STATE_LABELS = {state: labels[0][:1].upper() + labels[0][1:] for state, labels in status.LABELS.items()}
_FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif"'


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{xml_text(title)}" {_FONT}>\n'
            f"<title>{xml_text(title)}</title>\n" + "\n".join(body) + "\n</svg>\n")


def _number(value: float) -> str:
    return decimal_text(value)


def states_bar(counts: dict, title: str, width: int = 640) -> str:
    """One stacked bar of duties by state (on time, late, missing, not yet due), with a legend."""
    order = [status.ON_TIME, status.LATE, status.MISSING, status.NOT_DUE]
    total = sum(counts.get(s, 0) for s in order) or 1
    body, x = [], 0.0
    for state in order:
        share = counts.get(state, 0) / total * width
        if share > 0:
            body.append(f'<rect x="{x:.2f}" y="0" width="{share:.2f}" height="28" fill="{COLOURS[state]}">'
                        f"<title>{xml_text(STATE_LABELS[state])}: {counts.get(state, 0)}</title></rect>")
        x += share
    lx = 0
    for state in order:
        label = f"{STATE_LABELS[state]}: {counts.get(state, 0)}"
        body.append(f'<rect x="{lx}" y="40" width="14" height="14" fill="{COLOURS[state]}"/>')
        body.append(f'<text x="{lx + 20}" y="52" font-size="13" fill="#263238">{xml_text(label)}</text>')
        lx += 20 + len(label) * 7 + 24  # about 7 px per character at 13 px
    return _svg(width, 62, title, body)


def _label_lines(text: str, limit: int = 42, most: int = 2) -> list[str]:
    """A label in lines of at most ``limit`` characters, broken between words; "…" if still longer."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = lines[-1][: limit - 1].rstrip() + "…"
    return lines or [""]


def area_bars(areas, title: str, width: int = 640) -> str:
    """One horizontal bar per reform area: the weighted completion percentage (see progress.py).
    A long area name takes two lines (about 7 px per character at 13 px: 42 fit the label column)."""
    label_w, bar_w, line = 300, width - 300 - 60, 16
    body, y = [], 0
    for area in areas:
        lines = _label_lines(area.name)
        row = 30 + line * (len(lines) - 1)
        middle = y + row // 2
        spans = "".join(f'<tspan x="0" dy="{0 if i == 0 else line}">{xml_text(text)}</tspan>'
                        for i, text in enumerate(lines))
        body.append(f'<text x="0" y="{middle + 5 - line * (len(lines) - 1) // 2}" font-size="13" '
                    f'fill="#263238">{spans}</text>')
        body.append(f'<rect x="{label_w}" y="{middle - 8}" width="{bar_w}" height="16" fill="#eceff1"/>')
        if area.percent is not None:
            filled = bar_w * area.percent / 100
            body.append(f'<rect x="{label_w}" y="{middle - 8}" width="{filled:.2f}" height="16" fill="#1565c0">'
                        f"<title>{xml_text(area.name)}: {_number(area.percent)}%</title></rect>")
        text = f"{_number(area.percent)}%" if area.percent is not None else "–"
        body.append(f'<text x="{label_w + bar_w + 6}" y="{middle + 5}" font-size="13" fill="#263238">{text}</text>')
        y += row
    return _svg(width, max(y, 30), title, body)
