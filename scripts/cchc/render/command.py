"""`cchc render [PATHS] [--format docx,pdf,html] [--out DIR] [--jobs N] [--as-of DATE]`.

Prints the findings of the documents that could not be printed the way `cchc check` does,
then one summary line; exit code 1 when any document failed, 2 on a usage error.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from ..cliargs import integer as _int, iso_date as _date, output_folder, workspace_root
from ..workspace import relative_path, within

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_OUT = Path("build") / "documents"
FORMATS = ("docx", "pdf", "html")


def parse_formats(text: str) -> tuple[str, ...]:
    wanted = tuple(dict.fromkeys(x.strip().lower() for x in text.split(",") if x.strip()))
    unknown = [x for x in wanted if x not in FORMATS]
    if unknown or not wanted:
        raise argparse.ArgumentTypeError(f"định dạng không hợp lệ: {', '.join(unknown) or text} "
                                         f"(chọn trong: {', '.join(FORMATS)})")
    return wanted


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", help="văn bản hoặc thư mục cần in (mặc định: cả kho)")
    parser.add_argument("--format", type=parse_formats, default=("docx", "pdf"),
                        help="các định dạng, cách nhau bởi dấu phẩy: docx,pdf,html (mặc định: docx,pdf)")
    parser.add_argument("--out", help="thư mục kết quả (mặc định: build/documents trong kho)")
    parser.add_argument("--jobs", type=_int, default=None, help="số tiến trình pandoc chạy song song")
    parser.add_argument("--as-of", type=_date, help="ngày xét (YYYY-MM-DD): bỏ qua văn bản ban hành sau ngày này")
    parser.add_argument("--no-cache", action="store_true", help="in lại tất cả, không dùng kết quả đã lưu")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ của thông báo: vi (mặc định) hoặc en")
    parser.add_argument("--workspace", help="thư mục của kho (mặc định: thư mục hiện tại)")


def select(ws, root: Path, paths: list[str], as_of: dt.date | None) -> list:
    """The documents under ``paths`` (all when empty), issued on or before ``as_of``."""
    wanted = [relative_path(root, Path(p)) for p in paths]
    docs = [d for d in ws.of_role("document") if not wanted or any(within(d.path, w) for w in wanted)]
    if as_of is not None:
        docs = [d for d in docs if d.data is None or d.data["ngay_ban_hanh"] <= as_of]
    return sorted(docs, key=lambda d: d.path)


def _summary(result, lang: str) -> str:
    if lang == "en":
        return (f"{result.documents} documents: {result.written} files written, {result.reused} unchanged, "
                f"{result.failed} documents could not be printed.")
    return (f"{result.documents} văn bản: đã ghi {result.written} tệp, {result.reused} tệp không đổi, "
            f"{result.failed} văn bản không in được.")


def main(args) -> int:
    from .. import output
    from ..loader import load_workspace
    from .engine import Engine
    root = workspace_root(args)
    if root is None:
        return EXIT_USAGE
    if args.jobs is not None and args.jobs < 1:
        print("cchc: --jobs phải từ 1 trở lên.", file=sys.stderr)
        return EXIT_USAGE
    ws = load_workspace(root, jobs=args.jobs)
    docs = select(ws, root, args.paths, args.as_of)
    out_dir = output_folder(args, root, DEFAULT_OUT)
    if out_dir is None:
        return EXIT_FAILED
    engine = Engine(root, ws, args.format, out_dir, jobs=args.jobs or os.cpu_count() or 1,
                    use_cache=not args.no_cache)
    result = engine.run(docs)
    findings = sorted(set(result.findings), key=lambda f: f.sort_key())
    if findings:
        print(output.text(findings, len(docs), args.lang).rsplit("\n", 1)[0])
    print(_summary(result, args.lang))
    return EXIT_FAILED if result.failed else EXIT_OK
