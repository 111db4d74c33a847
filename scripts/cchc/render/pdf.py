"""PDF from pandoc's typst body: the preamble of templates/render/preamble.typ, then typst.

Fonts come only from explicit folders (Debian's fonts-liberation2 and fonts-texgyre): the old
fonts-liberation registers the same family name without Vietnamese letters, so system fonts
are never searched.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import os
import select
import subprocess
import sys
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


# Every page of a draft carries the mark the preamble defines (cchc-draft-mark).
DRAFT_RULE = "#set page(background: cchc-draft-mark)"


def source(body: str, draft: bool = False) -> str:
    return preamble() + "\n" + (DRAFT_RULE + "\n" if draft else "") + body


# Each document is compiled in a child process of its own worker thread, with a limit of time and
# of memory (SECURITY.md, rule 5): a document that would run too long or grow too large stops its
# child, which is started again for the next document, and becomes a finding on that document.
TIME_LIMIT_S = float(os.environ.get("CCHC_PDF_TIME_LIMIT", "120"))
MEMORY_LIMIT_BYTES = 3 * 1024 ** 3
_PACKAGE_PATH = str(Path(__file__).resolve().parents[2])   # the folder holding the cchc package


class LimitReached(RuntimeError):
    """A document took more than the time or memory allowed; the message is for the user."""


class _Typst:
    """One child process (typst_child.py) compiling in ``work``, spoken to over its stdin/stdout."""

    def __init__(self, work: Path):
        self.work = work
        self.process = None

    def _start(self) -> None:
        argv = [sys.executable, "-m", "cchc.render.typst_child", str(self.work), str(MEMORY_LIMIT_BYTES),
                os.pathsep.join(font_dirs())]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (_PACKAGE_PATH, os.environ.get("PYTHONPATH")))))
        self.process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, env=env)

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            for stream in (self.process.stdin, self.process.stdout):
                stream.close()
        self.process = None

    def compile(self, path: Path, timestamp: int) -> bytes:
        if self.process is None or self.process.poll() is not None:
            self._start()
        try:
            self.process.stdin.write(json.dumps({"path": str(path), "timestamp": timestamp}).encode() + b"\n")
            self.process.stdin.flush()
        except OSError:
            self.stop()
            raise LimitReached("bộ in PDF dừng giữa chừng; chạy lại lệnh") from None
        ready, _, _ = select.select([self.process.stdout], [], [], TIME_LIMIT_S)
        if not ready:
            self.stop()
            raise LimitReached(f"in PDF quá {TIME_LIMIT_S:g} giây nên đã dừng; kiểm tra các bảng rất lớn "
                               f"hoặc nội dung lặp lại trong văn bản")
        try:
            answer = json.loads(self.process.stdout.readline())
            data = self.process.stdout.read(answer["bytes"])
        except (ValueError, KeyError, TypeError):
            self.stop()
            raise LimitReached("in PDF dừng giữa chừng (có thể do vượt giới hạn bộ nhớ); kiểm tra các bảng "
                               "rất lớn trong văn bản") from None
        if answer["status"] == "memory":
            self.stop()
            raise LimitReached("in PDF vượt giới hạn bộ nhớ; kiểm tra các bảng rất lớn trong văn bản")
        if answer["status"] == "error":
            raise TypstFailed(data.decode("utf-8", "replace"))
        return data


class TypstFailed(RuntimeError):
    """typst's own message about the document."""


_local = threading.local()
_children: list[_Typst] = []
_children_lock = threading.Lock()


def _compiler(work: Path) -> _Typst:
    """One typst child per thread and folder: fonts are loaded once."""
    cached = getattr(_local, "compiler", None)
    if cached is None or cached.work != work:
        if cached is not None:
            cached.stop()
        cached = _local.compiler = _Typst(work)
        with _children_lock:
            _children.append(cached)
    return cached


def stop_all() -> None:
    """Stop every typst child (at the end of a render)."""
    with _children_lock:
        for child in _children:
            child.stop()
        _children.clear()


def compile_pdf(body: str, work: Path, name: str, draft: bool = False) -> bytes:
    """Compile one typst body to PDF bytes (deterministic: fixed creation time, no system fonts); a
    ``draft`` is marked "DỰ THẢO" on every page."""
    main = work / f"{name}.full.typ"
    main.write_text(source(body, draft), encoding="utf-8")
    return _compiler(work).compile(main, int(FIXED_TIME.timestamp()))
