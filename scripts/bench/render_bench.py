"""Time `cchc render` over a synthetic province of 200 documents (40 units x 5), public tools only.

Cold: no render cache (DOCX alone with one and two workers, PDF alone, both); warm: nothing
changed; then one document changed. Each figure is the median of BENCH_RUNS runs of the
whole command (default 3); per-document figures divide the wall time, and the CPU time of all
the command's processes (user + system), by the documents.
"""
from __future__ import annotations

import os
import resource
import shutil
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import check_bench  # noqa: E402
import synthetic  # noqa: E402

from cchc import caches  # noqa: E402

ROOT = check_bench.ROOT
WORK = ROOT / "bench" / "work"
RUNS = check_bench.RUNS
RENDER = [*check_bench.CCHC, "render"]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(label: str, argv: list[str], cwd: Path, documents: int, before=None) -> float:
    """Median wall time of the whole command; per document also its CPU time (all its processes:
    Python and pandoc), the cost on one core."""
    walls, cpus = [], []
    for _ in range(RUNS):
        if before:
            before()
        start = _cpu()
        walls.append(check_bench.timed(argv, cwd)[0])
        cpus.append(_cpu() - start)
    median = statistics.median(walls)
    per_doc = ""
    if documents:
        per_doc = (f"{median / documents * 1000:6.1f} ms/document wall, "
                   f"{statistics.median(cpus) / documents * 1000:6.1f} ms/document CPU")
    print(f"{label:<48} median {median:6.2f} s  (min {min(walls):.2f}, max {max(walls):.2f})  {per_doc}")
    return median


def main() -> None:
    units = int(os.environ.get("BENCH_RENDER_UNITS", "40"))
    target = synthetic.generate(WORK / "render-province", ROOT, units)
    documents = sum(1 for _ in (target / "units").rglob("*.md"))
    print(f"synthetic province: {units} units, {documents} documents; {os.cpu_count()} CPUs; {RUNS} runs each")
    cache = caches.folder(target, "render")
    out = target / "build"

    def cold():
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)

    check_bench.timed(check_bench.CCHC + ["check"], target)          # the check cache, as after `cchc check`
    measure("render docx, cold, --jobs 1", RENDER + ["--format", "docx", "--jobs", "1"], target, documents, cold)
    measure("render docx, cold, --jobs 2", RENDER + ["--format", "docx", "--jobs", "2"], target, documents, cold)
    measure("render pdf, cold, --jobs 2", RENDER + ["--format", "pdf", "--jobs", "2"], target, documents, cold)
    both = RENDER + ["--format", "docx,pdf", "--jobs", "2"]
    measure("render docx+pdf, cold, --jobs 2", both, target, documents, cold)
    measure("render docx+pdf, nothing changed (warm)", both, target, 0)
    plan = target / "units/don-vi-0000/2026/ke-hoach.md"

    def touch_one():
        plan.write_text(plan.read_text(encoding="utf-8") + "\nĐoạn bổ sung.\n", encoding="utf-8")
    measure("render docx+pdf, one document changed", both, target, 0, touch_one)


if __name__ == "__main__":
    main()
