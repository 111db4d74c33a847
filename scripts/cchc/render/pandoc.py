"""Pandoc through pypandoc's bundled binary: the reference document and batch conversion.

Many documents are converted in one `pandoc lua` process (templates/render/batch.lua, fed on
its standard input as the documents are prepared): ~22 ms per output against ~80 ms for a
process per document (FORMAT.md); DOCX outputs are moreover written several to a package
(PACKAGE).
"""
from __future__ import annotations

import functools
import json
import os
import queue
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

from .. import resources
from ..document import digest
from . import reference_docx

BATCH = resources.builtin("render/batch.lua")   # code: never taken from a workspace
FILTER = resources.builtin("render/official.lua")   # code: never taken from a workspace
PANDOC_FORMAT = {"docx": "docx", "pdf": "typst", "html": "html"}


@functools.lru_cache(maxsize=None)
def binary() -> str:
    import pypandoc
    return pypandoc.get_pandoc_path()


@functools.lru_cache(maxsize=None)
def version() -> str:
    out = subprocess.run([binary(), "--version"], capture_output=True, text=True, check=True).stdout
    return out.split("\n", 1)[0]


def reference_doc(cache_dir: Path) -> Path:
    """The reference DOCX, built once per pandoc version and code version. Its name carries the
    digest of its bytes, checked before each use: a damaged or altered copy is made again."""
    key = digest((version() + Path(reference_docx.__file__).read_text(encoding="utf-8")).encode())
    for candidate in sorted(cache_dir.glob(f"reference-{key}-*.docx")):
        try:
            if digest(candidate.read_bytes()) == candidate.stem.rsplit("-", 1)[1] and not candidate.is_symlink():
                return candidate
            candidate.unlink()
        except OSError:
            pass
    data = reference_docx.build(binary())
    path = cache_dir / f"reference-{key}-{digest(data)}.docx"
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path


# Documents written in one DOCX package and cut apart afterwards (batch.lua, docxpost.Package):
# the fixed cost of pandoc's DOCX writer is paid once per package instead of once per document.
PACKAGE = {"documents": 24, "bytes": 4_000_000}


@dataclass
class Job:
    id: str
    text: str                         # Pandoc Markdown (the templates' own)
    outputs: dict[str, Path]          # pandoc format -> where pandoc writes it
    item: object = None               # the caller's
    body: str = ""                    # authored Pandoc Markdown: read apart, kept to plain content


@dataclass
class Outcome:
    error: str = ""                   # "" when every output was written
    package: str = ""                 # the DOCX holds this and other documents ...
    part: int = 0                     # ... this one being part ``part`` (docxpost.Package)


class Converter:
    """One `pandoc lua batch.lua` process, fed jobs while it converts the earlier ones.

    ``done(job, outcome)`` is called once per submitted job, from the thread reading pandoc's
    answers (or at once when pandoc has stopped); the caller finishes the outputs there."""

    def __init__(self, reference_path: Path, work: Path, done, package: dict | None = None):
        self.work, self.done = work, done
        spec = {"reference_doc": str(reference_path), "filter": str(FILTER), "package": package or PACKAGE}
        spec_path = work / "spec.json"
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        self._stderr = open(work / "pandoc.log", "w+b")
        env = dict(os.environ, SOURCE_DATE_EPOCH="0", LC_ALL="C.UTF-8")
        self._process = subprocess.Popen([binary(), "lua", str(BATCH), str(spec_path)], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=self._stderr, env=env)
        self._lock = threading.Lock()
        self._pending: dict[str, Job] = {}
        self._stopped = ""                    # once pandoc has stopped: why (the end of its log)
        self._lines: queue.SimpleQueue = queue.SimpleQueue()
        self._writer = threading.Thread(target=self._write, daemon=True)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._writer.start()
        self._reader.start()

    def submit(self, job: Job) -> None:
        with self._lock:
            stopped = self._stopped
            if not stopped:
                self._pending[job.id] = job
        if stopped:
            self.done(job, Outcome(stopped))
            return
        text, body = job.text.encode("utf-8"), job.body.encode("utf-8")
        header = {"id": job.id, "bytes": len(text), "body_bytes": len(body),
                  "outputs": [{"format": f, "path": str(p)} for f, p in job.outputs.items()]}
        self._lines.put(json.dumps(header).encode("ascii") + b"\n" + text + body)

    def close(self) -> None:
        """No more jobs: wait until every submitted one is done."""
        self._lines.put(None)
        self._writer.join()
        self._reader.join()
        self._process.wait()
        self._stderr.close()

    def _write(self) -> None:
        stream = self._process.stdin
        try:
            while (line := self._lines.get()) is not None:
                stream.write(line)
                stream.flush()
        except OSError:                       # pandoc stopped: the reader fails what is pending
            while self._lines.get() is not None:
                pass
        finally:
            try:
                stream.close()
            except OSError:
                pass

    def _read(self) -> None:
        for line in self._process.stdout:
            try:
                answer = json.loads(line)
                job_id = answer["id"]
                outcome = Outcome(answer["error"] or "", answer.get("package") or "", answer.get("part") or 0)
            except (ValueError, KeyError, TypeError, AttributeError):   # not an answer: pandoc's own output
                continue
            with self._lock:
                job = self._pending.pop(job_id, None)
            if job is not None:
                self.done(job, outcome)
        self._process.wait()
        self._stderr.seek(0)                  # read once, by this thread, after pandoc has exited
        log = self._stderr.read().decode("utf-8", "replace").strip()
        failure = (log or f"pandoc exit {self._process.returncode}")[-300:]
        with self._lock:
            self._stopped = failure
            left, self._pending = list(self._pending.values()), {}
        for job in left:
            self.done(job, Outcome(failure))
