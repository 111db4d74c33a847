"""Argument types shared by the subcommands."""
from __future__ import annotations

import argparse
import datetime as dt


def iso_date(text: str) -> dt.date:
    """An --as-of style date, YYYY-MM-DD; a Vietnamese usage error otherwise."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày không hợp lệ: {text} (dạng YYYY-MM-DD)") from None


def workspace_root(args):
    """The workspace holding --workspace (or the current folder); None, after saying why, if there is none."""
    import sys
    from pathlib import Path

    from .workspace import NoWorkspace, find_root
    try:
        return find_root(Path(args.workspace or "."))
    except NoWorkspace as exc:
        print(f"cchc: Không tìm thấy kho CCHC (thư mục có content/province.yml) từ {exc}. Chạy lệnh trong kho "
              f"của tỉnh, dùng --workspace, hoặc tạo kho mới bằng \"cchc init\".", file=sys.stderr)
        return None
