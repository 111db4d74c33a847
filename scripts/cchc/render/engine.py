"""The batch engine: documents -> Markdown -> pandoc (one process per worker) -> DOCX, PDF, HTML.

Only documents whose Markdown, format or code changed are converted again (cache.py). The
Markdown of a document is made while pandoc converts the ones before it: each worker's pandoc
process is fed as the documents come, and its answers are finished (DOCX cut out of packages,
PDF compiled) in a thread of their own. Every file is written to a temporary name and renamed,
so a failure never leaves a half-written output behind.

A document may be printed as a draft (``drafts``): every page of every format then carries the mark
"DỰ THẢO" (docxpost, pdf, htmlout), and its outputs are cached apart from a clean print's. A
document may also be withheld (``run(..., withheld=...)``, its errors given by the caller): it is
not printed, and no earlier copy of it is left.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from .. import caches
from .. import document as documents
from ..cliargs import crash_log
from ..findings import Finding, emits
from ..layout.fit import precheck
from ..model import Model
from . import cache as cachemod
from . import context, docxpost, htmlout, markdown, pandoc, pdf
from .progressbar import Progress

CACHE_NAME = "render"      # caches.folder(root, CACHE_NAME): index, reference DOCX, work folders
# Documents handed to a worker's pandoc and not finished yet, counted in DOCX packages: bounds the
# memory and the Markdown waiting in pipes; more than one, or pandoc would wait for a package
# to fill while the engine waits for pandoc.
IN_FLIGHT = 2
_UMASK = os.umask(0o022)
os.umask(_UMASK)


@dataclass
class Item:
    doc: object
    outputs: dict[str, Path]
    text: str = ""                  # the document's Pandoc Markdown, the authored body left out
    body: str = ""                  # the authored body, converted apart and kept to plain content
    keys: dict[str, str] = field(default_factory=dict)
    inputs: dict[str, str] = field(default_factory=dict)
    todo: list[str] = field(default_factory=list)
    landscape: list[bool] = field(default_factory=list)
    failed: bool = False
    draft: bool = False             # marked "DỰ THẢO" on every page


@dataclass
class Result:
    findings: list[Finding] = field(default_factory=list)
    documents: int = 0
    written: int = 0
    reused: int = 0
    failed: int = 0
    withheld: int = 0               # documents not printed because they have errors
    drafts: int = 0                 # documents printed (or found unchanged) as drafts


def output_paths(rel: str, out_dir: Path, formats) -> dict[str, Path]:
    """units/<unit>/<year>/<stem>.md -> <out>/<unit>/<year>/<stem>.<ext>."""
    parts = Path(rel).parts
    folder = out_dir.joinpath(*parts[1:-1])
    return {fmt: folder / f"{Path(rel).stem}.{fmt}" for fmt in formats}


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_abandoned_work(cache_dir: Path) -> None:
    """Work folders of renders that were stopped (killed, the machine restarted) before cleaning up:
    a work folder is named after its process, and removed once that process is gone."""
    for folder in cache_dir.glob("work-*"):
        pid = folder.name.split("-")[1]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:       # it exists, under another user
        return True
    return True


def describe(exc: Exception, command: str) -> str:
    """What a finding says of a failure: the system's words for a file that could not be read or written,
    else one sentence pointing to a log with the details (never an exception's name)."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    if isinstance(exc, pdf.LimitReached):
        return str(exc)
    if isinstance(exc, pdf.TypstFailed):         # the typesetter's own words about the document
        return f"typst: {str(exc).splitlines()[0] if str(exc) else ''}"
    if isinstance(exc, jinja2.TemplateError):    # a workspace's own template (templates/render/)
        return f"mẫu văn bản không dùng được: {exc.message or ''}"
    path = crash_log(exc, command)
    return f"lỗi ngoài dự kiến của chương trình (chi tiết: {path})" if path else "lỗi ngoài dự kiến của chương trình"


def _fresh_doc(root: Path, doc):
    """A document straight from its file (the cached one has no raw YAML, needed to explain failures)."""
    if doc.data is not None or doc.raw is not None:
        return doc
    return documents.load(root, doc.path, doc.role)


class Engine:
    def __init__(self, root: Path, ws, formats, out_dir: Path, jobs: int = 1, use_cache: bool = True,
                 package: dict | None = None, model: Model | None = None, drafts=()):
        self.root, self.ws, self.formats, self.out_dir = root, ws, tuple(formats), out_dir
        self.drafts = frozenset(drafts)               # paths of the documents printed as drafts
        self.jobs = max(1, jobs)
        self.package = package or pandoc.PACKAGE      # how many DOCX pandoc writes in one package
        self.cache_dir = caches.folder(root, CACHE_NAME)
        self.cache = cachemod.Cache(self.cache_dir, reuse=use_cache)
        self.code = cachemod.code_digest(root)
        self.templates = markdown.environment(root)      # found once: the workspace's overrides or the package's
        self.info = context.Info.from_model(model or Model(ws))   # the run's model, or one of its own
        self.shared = cachemod.shared_inputs(root, ws)
        self.plans = cachemod.plan_inputs(ws)
        self.result = Result()
        self._lock = threading.Lock()   # workers share the cache index and the result

    def run(self, docs: list, withheld: dict | None = None) -> Result:
        """Print ``docs``, but those of ``withheld`` (path -> the findings that keep it from being
        printed): their findings go to the result and their earlier outputs are removed."""
        withheld = withheld or {}
        self.result.documents = len(docs)
        for doc in docs:
            if doc.path in withheld:
                self.result.findings.extend(withheld[doc.path])
                self.result.withheld += 1
                self._remove(output_paths(doc.path, self.out_dir, self.formats))
        docs = [doc for doc in docs if doc.path not in withheld]
        todo = [(doc, *self._inputs(doc)) for doc in docs]
        todo = [entry for entry in todo if not self._reusable(*entry)]
        bar = Progress(len(todo))
        try:
            if todo:
                self._convert(todo, bar)
        finally:
            bar.close()
            self.cache.save()
        self.result.drafts = sum(1 for doc in docs if doc.path in self.drafts and self._printed(doc))
        return self.result

    def _printed(self, doc) -> bool:
        return all(path.is_file() for path in output_paths(doc.path, self.out_dir, self.formats).values())

    @emits("CCHC-G004")
    def _fail(self, item: Item | None, doc, fmt: str, error: str) -> None:
        with self._lock:
            if item is not None and not item.failed:
                item.failed = True
                self.result.failed += 1
            self.result.findings.append(Finding("CCHC-G004", doc.path, args={"format": fmt, "error": error[:300]}))

    def _inputs(self, doc) -> tuple[dict, dict]:
        outputs = output_paths(doc.path, self.out_dir, self.formats)
        draft = doc.path in self.drafts
        inputs = {fmt: cachemod.document_inputs(self.root, doc, self.shared, self.code, fmt, self.plans, draft)
                  for fmt in outputs}
        return outputs, inputs

    def _reusable(self, doc, outputs: dict, inputs: dict) -> bool:
        """Nothing the document's outputs depend on changed: not even its Markdown is made."""
        if doc.data is not None and all(self.cache.fresh(p, inputs[f], "inputs") for f, p in outputs.items()):
            self.result.reused += len(outputs)
            return True
        return False

    def _prepare(self, doc, outputs: dict, inputs: dict) -> Item | None:
        """The document's Markdown and what of it must be converted; None when it cannot be."""
        problems = [f for f in precheck(_fresh_doc(self.root, doc)) if f.severity == "error"]
        if problems:
            with self._lock:
                self.result.findings.extend(problems)
                self.result.failed += 1
            self._remove(outputs)
            return None
        item = Item(doc, outputs, inputs=inputs, draft=doc.path in self.drafts)
        try:
            ctx = context.build(doc, self.info)
            item.text, item.body = markdown.render(ctx, self.templates), ctx["body"]
        except Exception as exc:  # one broken document must not stop the others
            self._fail(item, doc, "Markdown", describe(exc, "render"))
            self._remove(outputs)
            return None
        item.landscape = [False] + [bool(a["landscape"]) for a in ctx["annexes"]]
        for fmt, path in outputs.items():
            item.keys[fmt] = cachemod.key(item.text, fmt, self.code, item.body, item.draft)
            if self.cache.fresh(path, item.keys[fmt]):
                with self._lock:
                    self.result.reused += 1
                    self.cache.touch(path, inputs[fmt])
            else:
                item.todo.append(fmt)
        return item

    def _remove(self, outputs: dict[str, Path]) -> None:
        """A document that cannot be printed keeps no old copy that would look current."""
        for path in outputs.values():
            path.unlink(missing_ok=True)
            with self._lock:
                self.cache.forget(path)

    def _convert(self, todo: list, bar: Progress) -> None:
        slots = threading.Semaphore(self.jobs * IN_FLIGHT * self.package["documents"])
        workers: list[_Worker] = []
        work = None
        try:
            for index, entry in enumerate(todo):
                item = self._prepare(*entry)
                if item is None or not item.todo:
                    bar.step()
                    continue
                if not workers:             # started only when something is to be converted
                    work, workers = self._start(len(todo) - index, bar, slots)
                slots.acquire()
                worker = min(workers, key=lambda w: w.in_flight)
                worker.submit(f"d{index:05d}", item)
        finally:
            for worker in workers:
                worker.close()
            pdf.stop_all()
            if work is not None:
                shutil.rmtree(work, ignore_errors=True)

    def _start(self, left: int, bar: Progress, slots: threading.Semaphore) -> tuple[Path, list["_Worker"]]:
        """A work folder and the workers (at most one per document ``left``), each with its pandoc."""
        reference = pandoc.reference_doc(self.cache_dir)
        remove_abandoned_work(self.cache_dir)
        work = Path(tempfile.mkdtemp(prefix=f"work-{os.getpid()}-", dir=self.cache_dir))
        workers = []
        try:
            for index in range(min(self.jobs, left)):
                folder = work / f"w{index}"
                folder.mkdir()
                workers.append(_Worker(self, reference, folder, bar, slots))
        except BaseException:
            for worker in workers:
                worker.close()
            shutil.rmtree(work, ignore_errors=True)
            raise
        return work, workers

    def finish(self, job: pandoc.Job, outcome: pandoc.Outcome, packages: dict) -> None:
        """Called from a worker's reader thread once pandoc has answered for ``job``."""
        item = job.item
        if outcome.error:
            self._fail(item, item.doc, "pandoc", outcome.error)
            self._remove(item.outputs)          # no earlier copy may be published as if current
            return
        for fmt in item.todo:
            try:
                data = self._final_bytes(fmt, job, item, outcome, packages)
                write_atomic(item.outputs[fmt], data)
            except Exception as exc:  # noqa: BLE001 - reported as a finding on this document
                self._fail(item, item.doc, fmt.upper(), describe(exc, "render"))
                self._remove({fmt: item.outputs[fmt]})
                continue
            with self._lock:
                self.cache.record(item.outputs[fmt], item.keys[fmt], item.inputs[fmt])
                self.result.written += 1

    def _final_bytes(self, fmt: str, job: pandoc.Job, item: Item, outcome: pandoc.Outcome, packages: dict) -> bytes:
        produced = job.outputs[pandoc.PANDOC_FORMAT[fmt]]
        try:
            if fmt == "docx":
                return self._docx(produced, item, outcome, packages)
            if fmt == "pdf":
                return pdf.compile_pdf(produced.read_text(encoding="utf-8"), produced.parent, job.id, draft=item.draft)
            return htmlout.fragment(produced.read_text(encoding="utf-8"), item.doc.kind, self.root, draft=item.draft)
        finally:
            produced.unlink(missing_ok=True)

    @staticmethod
    def _docx(produced: Path, item: Item, outcome: pandoc.Outcome, packages: dict) -> bytes:
        issued = item.doc.data["ngay_ban_hanh"]
        if not outcome.package:
            return docxpost.process(produced.read_bytes(), item.landscape, issued, draft=item.draft)
        if outcome.package not in packages:          # packages come in order: keep the current one
            for old in packages:
                Path(old).unlink(missing_ok=True)
            packages.clear()
            packages[outcome.package] = docxpost.Package(Path(outcome.package).read_bytes())
        return packages[outcome.package].document(outcome.part, item.landscape, issued, draft=item.draft)


class _Worker:
    """A pandoc process and the documents handed to it that are not finished yet."""

    def __init__(self, engine: Engine, reference: Path, folder: Path, bar: Progress, slots: threading.Semaphore):
        self.engine, self.bar, self.slots = engine, bar, slots
        self.in_flight = 0
        self.packages: dict[str, docxpost.Package] = {}   # used by the reader thread only
        self.converter = pandoc.Converter(reference, folder, self._done, engine.package)

    def submit(self, job_id: str, item: Item) -> None:
        folder = self.converter.work
        outputs = {pandoc.PANDOC_FORMAT[fmt]: folder / f"{job_id}.{pandoc.PANDOC_FORMAT[fmt]}" for fmt in item.todo}
        with self.engine._lock:
            self.in_flight += 1
        text, body, item.text, item.body = item.text, item.body, "", ""   # pandoc has them now; keep memory flat
        self.converter.submit(pandoc.Job(job_id, text, outputs, item, body))

    def _done(self, job: pandoc.Job, outcome: pandoc.Outcome) -> None:
        try:
            self.engine.finish(job, outcome, self.packages)
        except Exception as exc:  # noqa: BLE001 - the answers for the other documents must still be read
            self.engine._fail(job.item, job.item.doc, "pandoc", describe(exc, "render"))
        finally:
            with self.engine._lock:
                self.in_flight -= 1
            self.slots.release()
            self.bar.step()

    def close(self) -> None:
        self.converter.close()
        for path in self.packages:
            Path(path).unlink(missing_ok=True)
