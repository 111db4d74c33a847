"""`cchc render [PATHS] [--format docx,pdf,html] [--out DIR] [--jobs N] [--as-of DATE] [--du-thao]`.

The workspace is checked first, as `cchc check` checks it: a document with errors (in its file or its
side tables, after the province's severities and waivers) is not printed, and no earlier copy of it is
left; with --du-thao every document selected is printed as a draft, marked "DỰ THẢO" on every page,
errors or not. Prints the errors of those documents and the findings of the documents that could not
be printed the way `cchc check` does, then one summary line; exit code 1 when a document was not
printed, 2 on a usage error.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from .. import check
from ..cliargs import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, output_folder, positive_jobs, workspace_root
from ..loader import load_workspace
from ..render import FORMATS

NAME = "render"
HELP = "in văn bản theo thể thức Nghị định 30/2020/NĐ-CP (DOCX, PDF, HTML)"
SHARED = ("as_of", "lang", "jobs", "workspace")
SHARED_HELP = {"as_of": "ngày xét (YYYY-MM-DD): bỏ qua văn bản ban hành sau ngày này",
               "jobs": "số tiến trình pandoc chạy song song"}
DEFAULT_OUT = Path("build") / "documents"


def parse_formats(text: str) -> tuple[str, ...]:
    """"docx,pdf" -> ("docx", "pdf"): formats of render.FORMATS, each once, in the order given."""
    wanted = tuple(dict.fromkeys(x.strip().lower() for x in text.split(",") if x.strip()))
    unknown = [x for x in wanted if x not in FORMATS]
    if unknown or not wanted:
        raise argparse.ArgumentTypeError(f"định dạng không hợp lệ: {', '.join(unknown) or text} "
                                         f"(chọn trong: {', '.join(FORMATS)})")
    return wanted


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", help="văn bản hoặc thư mục cần in (mặc định: cả kho)")
    parser.add_argument("--format", type=parse_formats, default=("docx", "pdf"),
                        help="các định dạng, cách nhau bởi dấu phẩy: docx,pdf,html (mặc định: docx,pdf)")
    parser.add_argument("--out", help="thư mục kết quả (mặc định: build/documents trong kho)")
    parser.add_argument("--no-cache", action="store_true", help="in lại tất cả, không dùng kết quả đã lưu")
    parser.add_argument("--du-thao", action="store_true",
                        help="in bản dự thảo: in cả văn bản còn lỗi, mỗi trang có chữ DỰ THẢO")


def main(args) -> int:
    # Imported here, not above: the render engine (Jinja, pandoc, DOCX, typst) and its summary
    # only when `cchc render` runs, so that `cchc check` and the other commands start quickly.
    from ..reporters.summaries import SUMMARIES
    from ..render import documents
    root = workspace_root(args)
    if root is None or not positive_jobs(args):
        return EXIT_USAGE
    ws = load_workspace(root, jobs=args.jobs)
    model, findings, _ = check.collect(ws, args.as_of)      # what `cchc check` finds, once for the run
    docs = documents.select(ws, root, args.paths, args.as_of)
    errors = documents.errors_of(docs, findings)
    out_dir = output_folder(args, root, DEFAULT_OUT)
    if out_dir is None:
        return EXIT_FINDINGS
    drafts = [doc.path for doc in docs] if args.du_thao else []
    result = documents.print_documents(root, ws, docs, args.format, out_dir, jobs=args.jobs or os.cpu_count() or 1,
                                       use_cache=not args.no_cache, model=model, drafts=drafts,
                                       withheld=None if args.du_thao else errors)
    if args.du_thao:        # printed all the same, as drafts: their errors are still shown
        result.findings.extend(f for found in errors.values() for f in found)
    print(SUMMARIES["render"].write(result, args.lang))
    return EXIT_FINDINGS if result.failed or result.withheld else EXIT_OK
