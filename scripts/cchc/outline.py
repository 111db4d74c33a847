"""The headings of a Markdown body, computed once per file (and cached with it)."""
from __future__ import annotations

import functools
import re
import unicodedata

_NUMBERING = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/-]\s*", re.IGNORECASE)
_PLACEHOLDERS = {"", "...", "…", "nội dung", "nội dung.", "todo", "(chưa có)", "chưa có", "đang cập nhật"}
MIN_SECTION_CHARS = 20
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)  # guidance left by "cchc new" is not content


def ascii_fold(text: str) -> str:
    """"sản_phẩm" -> "san_pham": Vietnamese text without its diacritics."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=4096)
def fold_title(text: str) -> str:
    """"I. KHÓ KHĂN, VƯỚNG MẮC" -> "kho khan vuong mac": compared without numbering, case or diacritics."""
    text = ascii_fold(_NUMBERING.sub("", text))
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _headings(body: str, first_line: int):
    found, fence = [], False
    for offset, line in enumerate(body.split("\n")):
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        heading = None if fence else re.match(r"(#{1,6})\s+(.*)", line)
        if heading:
            found.append((len(heading.group(1)), heading.group(2).strip().rstrip("#").strip(),
                          first_line + offset, []))
        elif found:
            found[-1][3].append(line)
    return [(level, title, line, "\n".join(text).strip()) for level, title, line, text in found]


def outline(body: str, first_line: int) -> list[tuple]:
    """(level, folded title, line, empty) per heading; a section includes its subsections."""
    heads = _headings(body, first_line)
    result = []
    for index, (level, title, line, text) in enumerate(heads):
        parts = [text]
        for sub_level, _, _, sub_text in heads[index + 1:]:
            if sub_level <= level:
                break
            parts.append(sub_text)
        content = _COMMENT.sub("", "\n".join(p for p in parts if p)).strip()
        empty = content.casefold() in _PLACEHOLDERS or len(content) < MIN_SECTION_CHARS
        result.append((level, fold_title(title), line, empty))
    return result
