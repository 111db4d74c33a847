"""`cchc build [--as-of DATE] [--out site] [--no-render]` and `cchc serve`.

build: check, status, render, generated pages, MkDocs; exit 0 when the site was written
(documents with errors are left out of it and counted), 1 when MkDocs failed, 2 on usage errors.
serve: build when --as-of is given (or no site exists yet), then serve the folder on localhost.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import os
import sys
from pathlib import Path
from ..cliargs import integer as _int, iso_date as _date, unexpected, workspace_root
from ..output import visible

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_build_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as-of", type=_date, help="ngày xét (YYYY-MM-DD), bắt buộc: số liệu tính tại ngày này")
    parser.add_argument("--out", help="thư mục trang web (mặc định: site trong kho)")
    parser.add_argument("--no-render", action="store_true",
                        help="không in văn bản (DOCX, PDF): trang văn bản hiện nội dung do đơn vị soạn")
    parser.add_argument("--jobs", type=_int, help="số tiến trình in văn bản song song")
    parser.add_argument("--workspace", help="thư mục của kho (mặc định: thư mục hiện tại)")


def add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    add_build_arguments(parser)
    parser.add_argument("--port", type=_int, default=8000, help="cổng (mặc định: 8000)")
    parser.add_argument("--bind", default="127.0.0.1", help="địa chỉ (mặc định: 127.0.0.1, chỉ máy này)")


def _site_dir(args, root: Path) -> Path:
    return Path(os.path.abspath(args.out)) if args.out else root / "site"   # never resolved through a link


def _report(outcome) -> None:
    print(f"Đã tạo trang công khai: {outcome.pages} trang trong {outcome.site_dir}.")
    if outcome.errors:
        print(f"  Lưu ý: kho còn {outcome.errors} lỗi; văn bản có lỗi không được tính là đã nộp "
              f"(chạy \"cchc check\" để xem).")
    if outcome.render_failed:
        print(f"  Lưu ý: {outcome.render_failed} văn bản không in được (chạy \"cchc render\" để xem); "
              f"trang của chúng hiện nội dung do đơn vị soạn.")
    for message in outcome.warnings:
        print(f"  MkDocs: {visible(message, keep=chr(10))}", file=sys.stderr)


def _failure(exc: Exception) -> str:
    from mkdocs.exceptions import MkDocsException

    from ..safeio import UnsafeOutput
    if isinstance(exc, UnsafeOutput):
        return f"cchc: không tạo được trang công khai: {exc}"
    if isinstance(exc, MkDocsException):
        return f"cchc: không tạo được trang công khai; MkDocs báo: {exc}. Kiểm tra tệp mkdocs.yml của kho."
    if isinstance(exc, OSError) and exc.strerror:
        return f"cchc: không tạo được trang công khai: {exc.strerror} ({exc.filename or ''})."
    return unexpected(exc, "build")


def build_main(args) -> int:
    from .build import build
    root = workspace_root(args)
    if root is None:
        return EXIT_USAGE
    if args.as_of is None:
        print("cchc: cần --as-of YYYY-MM-DD: trang công khai luôn tính số liệu tại một ngày được chỉ rõ.",
              file=sys.stderr)
        return EXIT_USAGE
    if args.jobs is not None and args.jobs < 1:
        print("cchc: --jobs phải từ 1 trở lên.", file=sys.stderr)
        return EXIT_USAGE
    try:
        outcome = build(root, args.as_of, _site_dir(args, root), render=not args.no_render,
                        jobs=args.jobs or os.cpu_count() or 1)
    except Exception as exc:  # MkDocs' own failures (theme missing, bad mkdocs.yml) in its words, others logged
        print(_failure(exc), file=sys.stderr)
        return EXIT_FAILED
    _report(outcome)
    return EXIT_OK


def serve_main(args) -> int:
    root = workspace_root(args)
    if root is None:
        return EXIT_USAGE
    site_dir = _site_dir(args, root)
    if args.as_of is not None or not (site_dir / "index.html").is_file():
        code = build_main(args)
        if code != EXIT_OK:
            return code
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site_dir))
    try:
        server = http.server.ThreadingHTTPServer((args.bind, args.port), handler)
    except OSError as exc:
        print(f"cchc: không mở được cổng {args.port}: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Xem trang tại http://{args.bind}:{server.server_address[1]}/ (Ctrl+C để dừng).")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return EXIT_OK
