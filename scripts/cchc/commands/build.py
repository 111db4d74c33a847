"""`cchc build --as-of DATE [--out site] [--no-render]`: check, status, render, generated pages, MkDocs.

Exit 0 when the site was written (documents with errors are left out of it and counted), 1 when it
could not be (MkDocs failed, the folder cannot be written), 2 on usage errors.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from ..cliargs import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, positive_jobs, unexpected, usage, workspace_root
from ..safeio import UnsafeOutput

NAME = "build"
HELP = "dựng trang công khai: kiểm tra, tình hình nộp, in văn bản, MkDocs"
SHARED = ("as_of", "jobs", "workspace")
SHARED_HELP = {"as_of": "ngày xét (YYYY-MM-DD), bắt buộc: số liệu tính tại ngày này",
               "jobs": "số tiến trình in văn bản song song"}


def add_arguments(parser) -> None:
    parser.add_argument("--out", help="thư mục trang web (mặc định: site trong kho)")
    parser.add_argument("--no-render", action="store_true",
                        help="không in văn bản (DOCX, PDF): trang văn bản hiện nội dung do đơn vị soạn")


def site_dir(args, root: Path) -> Path:
    return Path(os.path.abspath(args.out)) if args.out else root / "site"   # never resolved through a link


def _failure(exc: Exception) -> str:
    # Imported here, not above: MkDocs is loaded only by the commands that build the site.
    from mkdocs.exceptions import MkDocsException
    if isinstance(exc, UnsafeOutput):
        return f"cchc: không tạo được trang công khai: {exc}"
    if isinstance(exc, MkDocsException):
        return f"cchc: không tạo được trang công khai; MkDocs báo: {exc}. Kiểm tra tệp mkdocs.yml của kho."
    if isinstance(exc, OSError) and exc.strerror:
        return f"cchc: không tạo được trang công khai: {exc.strerror} ({exc.filename or ''})."
    return unexpected(exc, "build")


def main(args) -> int:
    # Imported here, not above: the site (MkDocs, Jinja, the render engine) and its summary
    # only when `cchc build` runs, so that `cchc check` and the other commands start quickly.
    from ..reporters.summaries import SUMMARIES, mkdocs_warnings
    from ..site import build as site
    root = workspace_root(args)
    if root is None:
        return EXIT_USAGE
    if args.as_of is None:
        return usage("cần --as-of YYYY-MM-DD: trang công khai luôn tính số liệu tại một ngày được chỉ rõ.")
    if not positive_jobs(args):
        return EXIT_USAGE
    try:
        outcome = site.build(root, args.as_of, site_dir(args, root), render=not args.no_render,
                             jobs=args.jobs or os.cpu_count() or 1)
    except Exception as exc:  # MkDocs' own failures (theme missing, bad mkdocs.yml) in its words, others logged
        print(_failure(exc), file=sys.stderr)
        return EXIT_FINDINGS
    print(SUMMARIES["build"].write(outcome, "vi"))
    for line in mkdocs_warnings(outcome):
        print(line, file=sys.stderr)
    return EXIT_OK
