"""Pandoc through pypandoc's bundled binary: the reference document and batch conversion.

Many documents are converted in one `pandoc lua` process (templates/render/batch.lua):
~22 ms per output against ~80 ms for a process per document (FORMAT.md).
"""
from __future__ import annotations

import functools
import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from . import markdown, reference

BATCH = markdown.TEMPLATES / "batch.lua"
FILTER = markdown.TEMPLATES / "official.lua"
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
    """The reference DOCX, built once per pandoc version and code version."""
    from ..document import digest
    key = digest((version() + Path(reference.__file__).read_text(encoding="utf-8")).encode())
    path = cache_dir / f"reference-{key}.docx"
    if not path.exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(reference.build(binary()))
        os.replace(tmp, path)
    return path


@dataclass
class Job:
    id: str
    input: Path                       # Pandoc Markdown
    outputs: dict[str, Path]          # pandoc format -> where pandoc writes it


def run_batch(jobs: list[Job], reference_path: Path, work: Path) -> dict[str, str]:
    """Convert ``jobs`` in one pandoc process; return {job id: error text} ("" when it worked)."""
    spec = {"reference_doc": str(reference_path), "filter": str(FILTER),
            "jobs": [{"id": j.id, "input": str(j.input),
                      "outputs": [{"format": f, "path": str(p)} for f, p in j.outputs.items()]} for j in jobs]}
    spec_path = work / f"jobs-{jobs[0].id}.json"
    spec_path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    env = dict(os.environ, SOURCE_DATE_EPOCH="0", LC_ALL="C.UTF-8")
    done = subprocess.run([binary(), "lua", str(BATCH), str(spec_path)], capture_output=True, text=True, env=env)
    results = {}
    for line in done.stdout.splitlines():
        try:
            item = json.loads(line)
        except ValueError:
            continue
        results[item["id"]] = item["error"] or ""
    failure = (done.stderr.strip() or f"pandoc exit {done.returncode}")[-300:]
    return {j.id: results.get(j.id, failure) for j in jobs}
