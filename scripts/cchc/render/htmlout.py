"""The HTML body fragment for the public site: the document with its header block, embeddable in a page."""
from __future__ import annotations

import functools

from . import markdown

STYLE = markdown.TEMPLATES / "cchc.css"


@functools.lru_cache(maxsize=None)
def style() -> str:
    return STYLE.read_text(encoding="utf-8")


def fragment(body: str, kind: str) -> bytes:
    kind_class = kind.replace("_", "-")
    text = (f'<article class="cchc-van-ban cchc-{kind_class}" lang="vi">\n<style>\n{style()}</style>\n'
            f"{body.strip()}\n</article>\n")
    return text.encode("utf-8")
