"""Benchmark `cchc build` on the synthetic province at 500, 2,000 and 5,000 documents.

For each size: wall time, peak memory and output size of the site build (documents not
printed: `--no-render`, printing has its own figures), the cost per page, and the same pages
built by plain MkDocs with the automatic full navigation (no `nav:`), which DESIGN.md warns
grows with the square of the page count. Run: .venv/bin/python scripts/bench/site_bench.py
Environment: BENCH_SIZES (documents, default "500,2000,5000"), BENCH_FULL_NAV_MAX (largest size
also built with full navigation, default 2000: at 2,000 documents it already takes
about 10 minutes and 4.8 GB; 5,000 would take about an hour and some 30 GB).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import check_bench  # noqa: E402
import synthetic  # noqa: E402

ROOT = check_bench.ROOT
WORK = ROOT / "bench" / "work" / "site"
AS_OF = "2026-11-23"
DOCUMENTS_PER_UNIT = 5
BUILD = [sys.executable, "-c", "import sys\nfrom cchc import commands\n"
         "p = commands.parser_of('build')\n"
         "sys.exit(commands.COMMANDS['build'].main(p.parse_args(sys.argv[1:])))"]
PLAIN = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f"]


def peak_of(argv, cwd) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one run, measured in a fresh interpreter of its own."""
    start = time.perf_counter()
    probe = subprocess.run([sys.executable, str(Path(check_bench.__file__)), "--peak", str(cwd), *argv],
                           capture_output=True, text=True)
    wall = time.perf_counter() - start
    if probe.returncode != 0:
        raise SystemExit(f"failed: {' '.join(argv[:4])}: {probe.stderr[-800:]}")
    return wall, float(probe.stdout.strip() or 0)


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def pages(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("index.html"))


def plain_config(target: Path) -> Path:
    """The same pages and theme, without `nav:`: MkDocs lists every page in every page's navigation."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    head, _, _ = text.partition("\nnav:")
    config = target / "mkdocs-full-nav.yml"
    config.write_text(head + "\nsite_dir: site-full-nav\n", encoding="utf-8")
    return config


def one_size(documents: int, full_nav_max: int) -> dict:
    units = max(1, documents // DOCUMENTS_PER_UNIT)
    target = synthetic.generate(WORK / f"p{documents}", ROOT, units)
    shutil.copyfile(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    subprocess.run(BUILD + ["--as-of", AS_OF, "--no-render", "--workspace", str(target)], cwd=target,
                   capture_output=True)  # warm the check cache once, as CI's cache would be
    wall, peak = peak_of(BUILD + ["--as-of", AS_OF, "--no-render", "--workspace", str(target)], target)
    site = target / "site"
    row = {"documents": documents, "pages": pages(site), "wall": wall, "peak": peak, "size": size_mb(site)}
    if documents <= full_nav_max:
        config = plain_config(target)
        row["plain_wall"], row["plain_peak"] = peak_of(PLAIN + [str(config)], target)
        row["plain_size"] = size_mb(target / "site-full-nav")
        shutil.rmtree(target / "site-full-nav", ignore_errors=True)
    return row


def report(row: dict) -> str:
    line = (f"{row['documents']:>6} documents {row['pages']:>6} pages: build {row['wall']:7.1f} s "
            f"({row['wall'] / row['pages'] * 1000:5.1f} ms/page), peak {row['peak']:6.0f} MB, site {row['size']:7.1f} MB")
    if "plain_wall" in row:
        line += (f" | plain MkDocs, full navigation: {row['plain_wall']:7.1f} s, peak {row['plain_peak']:6.0f} MB, "
                 f"{row['plain_size']:8.1f} MB; ratio time {row['plain_wall'] / row['wall']:.1f}x, "
                 f"size {row['plain_size'] / row['size']:.1f}x")
    return line


def main() -> None:
    sizes = [int(x) for x in os.environ.get("BENCH_SIZES", "500,2000,5000").split(",")]
    full_nav_max = int(os.environ.get("BENCH_FULL_NAV_MAX", "2000"))
    print(f"cchc build --no-render on the synthetic province ({DOCUMENTS_PER_UNIT} documents per unit); "
          f"{os.cpu_count()} CPUs; as of {AS_OF}")
    for documents in sizes:
        print(report(one_size(documents, full_nav_max)), flush=True)


if __name__ == "__main__":
    main()
