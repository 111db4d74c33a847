"""`cchc consolidate --period P --as-of DATE [--so-ky-hieu S] [--format docx,pdf|none]`: the standing
agency's consolidated report of a period, as Markdown, then printed like any document."""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from ..cliargs import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, integer, iso_date, output_folder, usage, workspace_root
from .render import parse_formats

NAME = "consolidate"
HELP = "báo cáo tổng hợp của cơ quan thường trực cho một kỳ"
SHARED = ("as_of", "lang", "jobs", "workspace")
SHARED_HELP = {"as_of": "ngày xét (YYYY-MM-DD), bắt buộc"}
DEFAULT_OUT = Path("build") / "tong-hop"


def formats(text: str) -> tuple[str, ...]:
    """The formats to print, as `cchc render` reads them; "none" for the Markdown only."""
    return () if text.strip().lower() == "none" else parse_formats(text)


def period(text: str, year: int) -> tuple[int, str]:
    """"quy_3" or "2026-quy_3" -> (year, period id)."""
    head, sep, tail = text.partition("-")
    if sep and head.isdigit() and len(head) == 4:
        return int(head), tail
    return year, text


def add_arguments(parser) -> None:
    parser.add_argument("--period", required=True, help="kỳ báo cáo: quy_1, 6_thang, quy_3, nam (hoặc 2026-quy_3)")
    parser.add_argument("--year", type=integer, help="năm (mặc định: năm của ngày xét)")
    parser.add_argument("--so-ky-hieu", help="số, ký hiệu của báo cáo tổng hợp, ví dụ 215/BC-SNV (cần khi in)")
    parser.add_argument("--ngay", type=iso_date, help="ngày ban hành (mặc định: ngày xét)")
    parser.add_argument("--format", type=formats, default=("docx", "pdf"),
                        help="định dạng in: docx,pdf,html; \"none\" để chỉ ghi tệp Markdown")
    parser.add_argument("--out", help="thư mục kết quả (mặc định: build/tong-hop)")


def main(args) -> int:
    # Imported here, not above: the consolidation only when `cchc consolidate` runs, so that `cchc check` starts quickly.
    from .. import consolidate, document
    from ..loader import load_workspace
    from ..model import Model
    from ..reporters.findings import listing
    from ..reporters.summaries import SUMMARIES, Consolidation
    root = workspace_root(args)
    if root is None:
        return EXIT_USAGE
    if args.as_of is None:
        return usage("cần --as-of YYYY-MM-DD: báo cáo tổng hợp tình hình tại một ngày được chỉ rõ.")
    if args.format and not args.so_ky_hieu:
        return usage("cần --so-ky-hieu (ví dụ 215/BC-SNV): văn bản in ra phải có số, ký hiệu; "
                     "hoặc --format none để chỉ lập bản Markdown.")
    year, period_id = period(args.period, args.year or args.as_of.year)
    ws = load_workspace(root, jobs=args.jobs)
    model = Model(ws, args.as_of)
    _, rules = model.book.for_year(year)
    periods = (rules or {}).get("ky_bao_cao") or {}
    if period_id not in periods:
        return usage(f"kỳ \"{period_id}\" không có trong bộ quy tắc năm {year} "
                     f"(có: {', '.join(periods) or 'không có'}).")
    result = consolidate.build(model, year, period_id, args.as_of, number=args.so_ky_hieu or "", issued=args.ngay)
    out_dir = output_folder(args, root, DEFAULT_OUT)
    if out_dir is None:
        return EXIT_FINDINGS
    source = out_dir.joinpath(*Path(result.rel).parts[1:])
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(result.text, encoding="utf-8")
    summary = Consolidation(periods[period_id]["ten"], year, source, tuple(result.broken))
    print(SUMMARIES["consolidate"].write(summary, args.lang))
    if not args.format:
        return EXIT_OK
    # Imported here, not above: the render engine (Jinja, pandoc, DOCX, typst) is loaded only by the
    # commands that print, so that `cchc check` and the others start quickly.
    from ..render import documents
    doc = document.load(root, result.rel, "document", raw=result.text.encode("utf-8"))
    outcome = documents.print_documents(root, ws, [doc], args.format, out_dir, jobs=args.jobs or 1, model=model)
    if outcome.findings:
        print(listing(outcome.findings, args.lang), file=sys.stderr)
    written = tuple((fmt, source.with_suffix("." + fmt)) for fmt in args.format
                    if source.with_suffix("." + fmt).exists())
    if written:
        print(SUMMARIES["consolidate-printed"].write(dataclasses.replace(summary, printed=written), args.lang))
    return EXIT_FINDINGS if outcome.failed else EXIT_OK
