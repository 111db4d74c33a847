"""PDF from pandoc's typst body: the preamble of templates/render/preamble.typ, then typst.

Fonts come only from explicit folders (Debian's fonts-liberation2 and fonts-texgyre): the old
fonts-liberation registers the same family name without Vietnamese letters, so system fonts
are never searched.
"""
from __future__ import annotations

import datetime as dt
import functools
import os
import threading
from pathlib import Path

from .. import resources

PREAMBLE = resources.builtin("render/preamble.typ")   # code: never taken from a workspace
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/texmf/fonts/opentype/public/tex-gyre"),
    Path("/usr/share/fonts/opentype/tex-gyre"),
)
FONT_ENV = "CCHC_FONT_DIRS"   # extra folders, separated by os.pathsep
FIXED_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)


class FontsMissing(RuntimeError):
    pass


def font_dirs() -> list[str]:
    extra = [Path(p) for p in os.environ.get(FONT_ENV, "").split(os.pathsep) if p]
    found = [str(p) for p in (*extra, *FONT_DIRS) if p.is_dir()]
    if not found:
        raise FontsMissing("không tìm thấy phông chữ: cài gói fonts-liberation2 và fonts-texgyre "
                           f"(hoặc đặt biến {FONT_ENV})")
    return found


@functools.lru_cache(maxsize=None)
def preamble() -> str:
    return PREAMBLE.read_text(encoding="utf-8")


def source(body: str) -> str:
    return preamble() + "\n" + body


_local = threading.local()


def _compiler(work: Path):
    """One typst compiler per thread and folder: fonts are loaded once."""
    import typst
    cached = getattr(_local, "compiler", None)
    if cached is None or cached[0] != work:
        _local.compiler = (work, typst.Compiler(root=str(work), font_paths=font_dirs(), ignore_system_fonts=True))
    return _local.compiler[1]


def compile_pdf(body: str, work: Path, name: str) -> bytes:
    """Compile one typst body to PDF bytes (deterministic: fixed creation time, no system fonts)."""
    main = work / f"{name}.full.typ"
    main.write_text(source(body), encoding="utf-8")
    return _compiler(work).compile(input=str(main), format="pdf", timestamp=int(FIXED_TIME.timestamp()))
