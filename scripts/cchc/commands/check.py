"""`cchc check [PATHS] [--format text|json|github|csv] [--strict]`: the findings of the workspace (or of
the files under PATHS) in one of the findings reporters; exit 1 when a finding blocks (an error, or a
warning with --strict)."""
from __future__ import annotations

from pathlib import Path

from .. import check
from ..cliargs import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, workspace_root
from ..reporters.findings import FINDINGS

NAME = "check"
HELP = "kiểm tra các tệp của kho"
SHARED = ("as_of", "lang", "jobs", "workspace")


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", help="tệp hoặc thư mục cần kiểm tra (mặc định: cả kho)")
    parser.add_argument("--format", choices=FINDINGS.names, default=FINDINGS.default, help=FINDINGS.help())
    parser.add_argument("--strict", action="store_true", help="coi cảnh báo là lỗi")
    parser.add_argument("--no-cache", action="store_true", help="không dùng kết quả đã lưu")


def main(args) -> int:
    root = workspace_root(args)
    if root is None:
        return EXIT_USAGE
    outcome = check.run(root, [Path(p) for p in args.paths], use_cache=not args.no_cache, jobs=args.jobs,
                        as_of=args.as_of)
    print(FINDINGS[args.format].write(outcome.findings, outcome.files, args.lang, outcome.waived))
    blocking = {"error", "warning"} if args.strict else {"error"}
    return EXIT_FINDINGS if any(f.severity in blocking for f in outcome.findings) else EXIT_OK
