"""`cchc init DIR --province NAME [--year N]`: a new workspace for a province."""
from __future__ import annotations

from pathlib import Path

from ..cliargs import EXIT_OK, integer, usage

NAME = "init"
HELP = "tạo kho CCHC mới cho một tỉnh"
SHARED = ()


def add_arguments(parser) -> None:
    parser.add_argument("dir", help="thư mục của kho mới (trống hoặc chưa có)")
    parser.add_argument("--province", required=True, help="tên tỉnh, ví dụ \"Hòa Lâm\"")
    parser.add_argument("--year", type=integer, default=2026,
                        help="năm của bộ quy tắc đầu tiên, viết theo cơ cấu chính quyền địa phương của năm đó "
                             "(đến năm 2025: ba cấp, có cấp huyện; từ năm 2026: hai cấp)")


def main(args) -> int:
    # Imported here, not above: the workspace templates (Jinja) only when `cchc init` runs, so that `cchc check` starts quickly.
    from .. import init
    try:
        created = init.create(Path(args.dir), args.province, args.year)
    except init.InitError as exc:
        return usage(str(exc))
    print(f"Đã tạo kho CCHC của tỉnh {args.province} tại {args.dir} ({len(created)} tệp).")
    print("Tiếp theo: thêm các đơn vị vào units/<mã đơn vị>/unit.yml rồi chạy \"cchc check\".")
    return EXIT_OK
