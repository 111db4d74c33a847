"""Text-level checks of a file before it is parsed: encoding, line ends, NFC, mojibake.

Nothing here rewrites the author's file: the text is normalised in memory only.
"""
from __future__ import annotations

import re
import unicodedata

from .findings import Collector, emits

MAX_BYTES = 2 * 1024 * 1024

# Characters that Vietnamese Unicode text never has after a letter, but that
# TCVN3 (ABC) or VNI text shows when its bytes are read as Windows-1252/Latin-1.
_TCVN3 = "¸µ¶·¹¨©ª«¬®ÜÖß×Þ¦§£¤¥¢"
_VNI = "øäöïåëûÿÏØÄÅËÖÛ"
_MOJIBAKE = re.compile(r"[A-Za-z]([" + re.escape(_TCVN3 + _VNI) + r"])")
_UTF8_TWICE = re.compile(r"á»|áº|Ä‘|Ä\x91|Æ°|Æ¡|Ã[\u00a0-\u00bf\u2018-\u203a€]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_COMBINING = re.compile(r"[\u0300-\u036f]")


@emits("CCHC-L001", "CCHC-L008")
def decode(raw: bytes, out: Collector) -> str | None:
    """UTF-8 (with or without BOM) to text with \\n line ends; None if unreadable."""
    if len(raw) > MAX_BYTES:
        out.add("CCHC-L008", size=len(raw), limit=MAX_BYTES)
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        head = raw[: exc.start]
        line = head.count(b"\n") + 1
        line_start = head.rfind(b"\n") + 1
        column = len(head[line_start:].decode("utf-8", "replace")) + 1
        out.add("CCHC-L001", line, column, byte=f"0x{raw[exc.start]:02X}")
        return None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def where(text: str, index: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _word_at(text: str, index: int) -> str:
    start = index
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = index
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end][:40]


@emits("CCHC-L005", "CCHC-L015")
def check(text: str, out: Collector, line_offset: int = 0) -> str:
    """Flag control characters, non-NFC text and mojibake; return the text to parse."""
    if text.isascii() and not _CONTROL.search(text):
        return text
    match = _CONTROL.search(text)
    if match:
        line, column = where(text, match.start())
        out.add("CCHC-L015", line + line_offset, column, codepoint=f"{ord(match.group()):04X}")
        text = _CONTROL.sub(" ", text)
    if not unicodedata.is_normalized("NFC", text):
        match = _COMBINING.search(text)
        line, column = where(text, match.start() if match else 0)
        out.add("CCHC-L005", line + line_offset, max(column - 1, 1))
        text = unicodedata.normalize("NFC", text)
    _mojibake(text, out, line_offset)
    return text


@emits("CCHC-L006", "CCHC-L007", "CCHC-L014")
def _mojibake(text: str, out: Collector, line_offset: int) -> None:
    match = _UTF8_TWICE.search(text)
    if match:
        line, column = where(text, match.start())
        out.add("CCHC-L014", line + line_offset, column, sample=_word_at(text, match.start()))
        return
    hits = _MOJIBAKE.findall(text)
    if len(hits) < 2:
        return
    tcvn = sum(1 for c in hits if c in _TCVN3)
    code = "CCHC-L006" if tcvn * 2 >= len(hits) else "CCHC-L007"
    first = _MOJIBAKE.search(text)
    line, column = where(text, first.start())
    out.add(code, line + line_offset, column, sample=_word_at(text, first.start()))
