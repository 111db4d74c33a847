"""The HTML body fragment for the public site: the document with its header block, embeddable in a page."""
from __future__ import annotations

import functools
from pathlib import Path

from .. import resources

STYLE = "render/cchc.css"


@functools.lru_cache(maxsize=None)
def style(root: Path | None = None) -> str:
    return resources.find(STYLE, root).read_text(encoding="utf-8")


def fragment(body: str, kind: str, root: Path | None = None) -> bytes:
    kind_class = kind.replace("_", "-")
    text = (f'<article class="cchc-van-ban cchc-{kind_class}" lang="vi">\n<style>\n{style(root)}</style>\n'
            f"{body.strip()}\n</article>\n")
    return text.encode("utf-8")
