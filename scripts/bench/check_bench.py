"""`make bench`: time `cchc check` over a synthetic province with public tools only.

Each figure is the median of several runs of the whole command; peak memory is the
largest resident set of the command's processes (getrusage of the children).
"""
from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import synthetic  # noqa: E402

from cchc import caches  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "bench" / "work"
CCHC = [sys.executable, "-m", "cchc.cli"]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def timed(argv, cwd) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one run of ``argv``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode not in (0, 1):
        raise SystemExit(f"cchc failed: {done.stderr.decode()[-500:]}")
    return wall, max(peak, before) / 1024


def measure(label, argv, cwd, before=None):
    walls = []
    for _ in range(RUNS):
        if before:
            before()
        walls.append(timed(argv, cwd)[0])
    # peak memory: one more run in a fresh interpreter so that ru_maxrss is its own
    if before:
        before()
    probe = subprocess.run([sys.executable, __file__, "--peak", cwd, *argv], capture_output=True, text=True)
    peak = float(probe.stdout.strip() or 0)
    print(f"{label:<44} median {statistics.median(walls):6.2f} s  (min {min(walls):.2f}, max {max(walls):.2f})"
          f"  peak {peak:6.0f} MB")
    return statistics.median(walls), peak


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--peak":
        cwd, argv = sys.argv[2], sys.argv[3:]
        print(f"{timed(argv, cwd)[1]:.0f}")
        return
    units = int(os.environ.get("BENCH_UNITS", "1000"))
    started = time.perf_counter()
    target = synthetic.generate(WORK / "province", ROOT, units)
    files = sum(1 for _ in (target / "units").rglob("*.md"))
    size = sum(p.stat().st_size for p in (target / "units").rglob("*.md")) / files
    print(f"synthetic province: {units} units, {files} documents (mean {size / 1024:.1f} KB), "
          f"generated in {time.perf_counter() - started:.1f} s; {os.cpu_count()} CPUs; {RUNS} runs each")
    cache = caches.folder(target, "check")
    clear = lambda: shutil.rmtree(cache, ignore_errors=True)  # noqa: E731
    measure("check, cold (no cache)", CCHC + ["check"], target, before=clear)
    measure("check, nothing changed (cache warm)", CCHC + ["check"], target)
    plan = target / "units/don-vi-0000/2026/ke-hoach.md"

    def touch_one():
        plan.write_text(plan.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    measure("check, one document changed", CCHC + ["check"], target, before=touch_one)
    measure("status --as-of 2026-11-23 (cache warm)", CCHC + ["status", "--as-of", "2026-11-23"], target)


if __name__ == "__main__":
    main()
