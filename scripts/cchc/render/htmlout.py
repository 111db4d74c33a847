"""The HTML body fragment for the public site: the document with its header block, embeddable in a page.

A draft opens with a banner "DỰ THẢO" and, when printed, shows the mark across every page. Its style
is code (``DRAFT_STYLE``), not the workspace's stylesheet: a province's own stylesheet cannot lose it.
"""
from __future__ import annotations

import functools
from pathlib import Path

from .. import resources
from . import DRAFT_MARK

STYLE = "render/cchc.css"
# The banner on screen and on paper; the mark across the page is printed only: an element of fixed
# position is printed on every page.
DRAFT_STYLE = """\
.cchc-du-thao { border: 2px solid #b00020; color: #b00020; font-weight: bold; text-align: center;
  letter-spacing: 0.2em; padding: 4pt; margin: 0 0 12pt 0; text-indent: 0; }
.cchc-du-thao-nen { display: none; }
@media print {
  .cchc-du-thao, .cchc-du-thao-nen { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .cchc-du-thao-nen { display: block; position: fixed; top: 50%; left: 50%; white-space: nowrap;
    font-size: 90pt; font-weight: bold; color: rgba(0, 0, 0, 0.12); transform: translate(-50%, -50%) rotate(-40deg);
    z-index: 1; pointer-events: none; }
}
"""


@functools.lru_cache(maxsize=None)
def style(root: Path | None = None) -> str:
    return resources.find(STYLE, root).read_text(encoding="utf-8")


def draft_banner() -> str:
    return (f'<div class="cchc-du-thao">{DRAFT_MARK}</div>\n'
            f'<div class="cchc-du-thao-nen" aria-hidden="true">{DRAFT_MARK}</div>\n')


def fragment(body: str, kind: str, root: Path | None = None, draft: bool = False) -> bytes:
    kind_class = kind.replace("_", "-")
    extra_style, banner = (DRAFT_STYLE, draft_banner()) if draft else ("", "")
    classes = f"cchc-van-ban cchc-{kind_class}" + (" cchc-ban-du-thao" if draft else "")
    text = (f'<article class="{classes}" lang="vi">\n<style>\n{style(root)}{extra_style}</style>\n'
            f"{banner}{body.strip()}\n</article>\n")
    return text.encode("utf-8")
