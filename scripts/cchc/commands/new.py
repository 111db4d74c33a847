"""`cchc new plan|report|par --unit ID --year N [--period P]`: the skeleton of a document a unit owes
(never over a file that exists)."""
from __future__ import annotations

from ..cliargs import EXIT_OK, EXIT_USAGE, integer, usage, workspace_root
from ..kinds import KINDS

NAME = "new"
HELP = "tạo khung văn bản đơn vị phải ban hành (không ghi đè tệp đã có)"
SHARED = ("workspace",)


def add_arguments(parser) -> None:
    parser.add_argument("kind", choices=tuple(k.command[0] for k in KINDS.values()),
                        help="; ".join(f"{k.command[0]}: {k.command[1]}" for k in KINDS.values()))
    parser.add_argument("--unit", required=True, help="mã đơn vị (tên thư mục trong units/)")
    parser.add_argument("--year", type=integer, required=True, help="năm của văn bản")
    parser.add_argument("--period", help="kỳ báo cáo (quy_1, 6_thang, quy_3, nam...), chỉ cho report")


def main(args) -> int:
    # Imported here, not above: the skeletons only when `cchc new` runs, so that `cchc check` starts quickly.
    from .. import newdoc
    root = workspace_root(args)
    if root is None:
        return EXIT_USAGE
    kind = newdoc.KINDS[args.kind]
    try:
        path = newdoc.write(root, kind, args.unit, args.year, args.period or "")
    except newdoc.Refused as exc:
        return usage(str(exc))
    print(f"Đã tạo {path.relative_to(root)}. Điền các chỗ còn trống rồi chạy \"cchc check {path.relative_to(root)}\".")
    return EXIT_OK
