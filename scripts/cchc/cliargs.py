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
