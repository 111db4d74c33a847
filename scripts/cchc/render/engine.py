"""The batch engine: documents -> Markdown -> pandoc (one process per worker) -> DOCX, PDF, HTML.

Only documents whose Markdown, format or code changed are converted again (cache.py);
workers convert their share in parallel; every file is written to a temporary name and
renamed, so a failure never leaves a half-written output behind.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .. import document as documents
from ..findings import Finding
from . import cache as cachemod
from . import context, docxpost, htmlout, markdown, pandoc, pdf
from .precheck import precheck
from .progress import Progress

CACHE_DIR = Path(".cchc-cache") / "render"
_UMASK = os.umask(0o022)
os.umask(_UMASK)


@dataclass
class Item:
    doc: object
    outputs: dict[str, Path]
    text: str = ""
    keys: dict[str, str] = field(default_factory=dict)
    inputs: dict[str, str] = field(default_factory=dict)
    todo: list[str] = field(default_factory=list)
    landscape: list[bool] = field(default_factory=list)
    failed: bool = False


@dataclass
class Result:
    findings: list[Finding] = field(default_factory=list)
    documents: int = 0
    written: int = 0
    reused: int = 0
    failed: int = 0


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


def _fresh_doc(root: Path, doc):
    """A document straight from its file (the cached one has no raw YAML, needed to explain failures)."""
    if doc.data is not None or doc.raw is not None:
        return doc
    return documents.load(root, doc.path, doc.role)


class Engine:
    def __init__(self, root: Path, ws, formats, out_dir: Path, jobs: int = 1, use_cache: bool = True):
        self.root, self.ws, self.formats, self.out_dir = root, ws, tuple(formats), out_dir
        self.jobs = max(1, jobs)
        self.cache = cachemod.Cache(root / CACHE_DIR, reuse=use_cache)
        self.code = cachemod.code_digest()
        self.info = context.Info.from_workspace(ws)
        self.shared = cachemod.shared_inputs(root, ws)
        self.plans = cachemod.plan_inputs(ws)
        self.result = Result()
        self._lock = threading.Lock()   # workers share the cache index and the result

    def run(self, docs: list) -> Result:
        self.result.documents = len(docs)
        items = [item for item in (self._prepare(doc) for doc in docs) if item is not None]
        todo = [item for item in items if item.todo]
        bar = Progress(len(todo))
        try:
            self._convert(todo, bar)
        finally:
            bar.close()
            self.cache.save()
        self.result.failed = sum(1 for item in items if item.failed) + self.result.failed
        return self.result

    def _fail(self, item: Item | None, doc, fmt: str, error: str) -> None:
        if item is not None:
            item.failed = True
        with self._lock:
            self.result.findings.append(Finding("CCHC-G004", doc.path, args={"format": fmt, "error": error[:300]}))

    def _prepare(self, doc) -> Item | None:
        outputs = output_paths(doc.path, self.out_dir, self.formats)
        inputs = {fmt: cachemod.document_inputs(self.root, doc, self.shared, self.code, fmt, self.plans) for fmt in outputs}
        if doc.data is not None and all(self.cache.fresh(p, inputs[f], "inputs") for f, p in outputs.items()):
            self.result.reused += len(outputs)       # nothing it depends on changed: not even rendered
            return None
        problems = [f for f in precheck(_fresh_doc(self.root, doc)) if f.severity == "error"]
        if problems:
            self.result.findings.extend(problems)
            self.result.failed += 1
            self._remove(outputs)
            return None
        item = Item(doc, outputs, inputs=inputs)
        try:
            ctx = context.build(doc, self.info)
            item.text = markdown.render(ctx)
        except Exception as exc:  # one broken document must not stop the others
            self._fail(item, doc, "Markdown", f"{type(exc).__name__}: {exc}")
            self._remove(outputs)
            return item
        item.landscape = [False] + [bool(a["landscape"]) for a in ctx["annexes"]]
        for fmt, path in outputs.items():
            item.keys[fmt] = cachemod.key(item.text, fmt, self.code)
            if self.cache.fresh(path, item.keys[fmt]):
                self.result.reused += 1
                self.cache.touch(path, inputs[fmt])
            else:
                item.todo.append(fmt)
        return item

    def _remove(self, outputs: dict[str, Path]) -> None:
        """A document that cannot be printed keeps no old copy that would look current."""
        for path in outputs.values():
            path.unlink(missing_ok=True)
            self.cache.forget(path)

    def _convert(self, items: list[Item], bar: Progress) -> None:
        if not items:
            return
        chunks = [items[i::self.jobs] for i in range(min(self.jobs, len(items)))]
        reference = pandoc.reference_doc(self.root / CACHE_DIR)
        with ThreadPoolExecutor(max_workers=len(chunks)) as pool:
            for _ in pool.map(lambda chunk: self._worker(chunk, reference, bar), chunks):
                pass

    def _worker(self, chunk: list[Item], reference: Path, bar: Progress) -> None:
        (self.root / CACHE_DIR).mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix="work-", dir=self.root / CACHE_DIR))
        try:
            jobs = [self._job(index, item, work) for index, item in enumerate(chunk)]
            errors = pandoc.run_batch(jobs, reference, work)
            for job, item in zip(jobs, chunk):
                if errors[job.id]:
                    self._fail(item, item.doc, "pandoc", errors[job.id])
                else:
                    self._finish(job, item, work)
                bar.step()
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def _job(self, index: int, item: Item, work: Path) -> pandoc.Job:
        source = work / f"d{index:05d}.md"
        source.write_text(item.text, encoding="utf-8")
        outputs = {pandoc.PANDOC_FORMAT[fmt]: work / f"d{index:05d}.{pandoc.PANDOC_FORMAT[fmt]}" for fmt in item.todo}
        return pandoc.Job(f"d{index:05d}", source, outputs)

    def _finish(self, job: pandoc.Job, item: Item, work: Path) -> None:
        for fmt in item.todo:
            try:
                data = self._final_bytes(fmt, job, item, work)
                write_atomic(item.outputs[fmt], data)
            except Exception as exc:  # noqa: BLE001 - reported as a finding on this document
                self._fail(item, item.doc, fmt.upper(), f"{type(exc).__name__}: {exc}")
                continue
            with self._lock:
                self.cache.record(item.outputs[fmt], item.keys[fmt], item.inputs[fmt])
                self.result.written += 1

    def _final_bytes(self, fmt: str, job: pandoc.Job, item: Item, work: Path) -> bytes:
        produced = job.outputs[pandoc.PANDOC_FORMAT[fmt]]
        if fmt == "docx":
            return docxpost.process(produced.read_bytes(), item.landscape, item.doc.data["ngay_ban_hanh"])
        if fmt == "pdf":
            return pdf.compile_pdf(produced.read_text(encoding="utf-8"), work, job.id)
        return htmlout.fragment(produced.read_text(encoding="utf-8"), item.doc.kind)
