"""What the subcommands share on the command line: the exit codes, the options many subcommands take
(declared once, given to a subcommand's parser as an argparse parent), argument types, the workspace
lookup, argparse's own words in Vietnamese, and the last guard that turns an unexpected failure into
one sentence."""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import tempfile
import traceback
from pathlib import Path

from . import safeio
from .workspace import NoWorkspace, find_root

# The exit codes of every subcommand.
EXIT_OK = 0
EXIT_FINDINGS = 1       # findings that block, or what was asked could not be made (a document, the site)
EXIT_USAGE = 2          # a usage error, no workspace, or an unexpected failure (cliargs.unexpected)
EXIT_INTERRUPTED = 130  # Ctrl+C

# argparse's own strings (usage, section titles, errors) as they stand in Python 3.11 to 3.14.
ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in phiên bản của chương trình rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "không hiểu các tham số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "giá trị %(value)r không hợp lệ (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s chưa rõ: có thể là %(matches)s",
    "not allowed with argument %s": "không dùng cùng với tham số %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ignored explicit argument %r": "tùy chọn này không nhận giá trị %r",
    "unexpected option string: %s": "tùy chọn không đúng chỗ: %s",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (có: %(choices)s)",
}


# How a value is named in usage lines and help, by the argument's destination.
METAVARS = {
    "paths": "ĐƯỜNG_DẪN", "as_of": "YYYY-MM-DD", "ngay": "YYYY-MM-DD", "jobs": "N", "workspace": "THƯ_MỤC",
    "out": "THƯ_MỤC", "dir": "THƯ_MỤC", "year": "NĂM", "unit": "MÃ", "due_within": "SỐ_NGÀY",
    "period": "KỲ", "so_ky_hieu": "SỐ/KÝ_HIỆU", "format": "ĐỊNH_DẠNG", "province": "TÊN_TỈNH",
    "port": "CỔNG", "bind": "ĐỊA_CHỈ", "kind": "LOẠI",
}


def name_values(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Give every argument of ``parser`` and of its subcommands its Vietnamese value name."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                name_values(child)
        elif action.metavar is None and action.dest in METAVARS and action.nargs != 0:
            if action.choices is None:
                action.metavar = METAVARS[action.dest]
    return parser


def _vi(message: str) -> str:
    return ARGPARSE_VI.get(message, message)


def _vi_plural(singular: str, plural: str, n: int) -> str:
    return _vi(singular if n == 1 else plural)


@contextlib.contextmanager
def vietnamese_argparse():
    """argparse speaks through gettext: while parsing (and printing help) its words are Vietnamese."""
    before = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _vi, _vi_plural
    try:
        yield
    finally:
        argparse._, argparse.ngettext = before


def iso_date(text: str) -> dt.date:
    """An --as-of style date, YYYY-MM-DD; a Vietnamese usage error otherwise."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày không hợp lệ: {text} (dạng YYYY-MM-DD)") from None


def integer(text: str) -> int:
    """A whole number (a year, a count of days or processes, a port)."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"cần một số nguyên, không phải \"{text}\"") from None


LANGS = ("vi", "en")
# The options several subcommands take, each declared here once: (flag, argparse keywords). A
# subcommand names the ones it takes (``SHARED`` of its module in commands/) and may word the help
# of one in its own terms (``SHARED_HELP``); name, type, choices and default stay those below.
SHARED = {
    "as_of": ("--as-of", {"type": iso_date, "help": "ngày xét (YYYY-MM-DD)"}),
    "lang": ("--lang", {"choices": LANGS, "default": "vi", "help": "ngôn ngữ của thông báo: vi (mặc định) hoặc en"}),
    "jobs": ("--jobs", {"type": integer, "help": "số tiến trình song song"}),
    "workspace": ("--workspace", {"help": "thư mục của kho (mặc định: thư mục hiện tại)"}),
}


def shared_options(names, helps: dict | None = None) -> argparse.ArgumentParser:
    """A parent parser (argparse ``parents=``) holding the shared options ``names``, with ``helps``
    replacing the help of some. Made afresh for each parser, under the same gettext as its child, so
    that its section titles are the child's and its actions belong to one parser only."""
    parent = argparse.ArgumentParser(add_help=False)
    for name in names:
        flag, keywords = SHARED[name]
        parent.add_argument(flag, **{**keywords, "help": (helps or {}).get(name, keywords["help"])})
    return parent


def usage(message: str) -> int:
    """Say what is wrong with the way a command was called; the exit code of a usage error."""
    print(f"cchc: {message}", file=sys.stderr)
    return EXIT_USAGE


def positive_jobs(args) -> bool:
    """Whether --jobs, if given, is at least 1 (after saying why not)."""
    if args.jobs is not None and args.jobs < 1:
        print("cchc: --jobs phải từ 1 trở lên.", file=sys.stderr)
        return False
    return True


def workspace_root(args):
    """The workspace holding --workspace (or the current folder); None, after saying why, if there is none."""
    try:
        return find_root(Path(args.workspace or "."))
    except NoWorkspace as exc:
        print(f"cchc: Không tìm thấy kho CCHC (thư mục có content/province.yml) từ {exc}. Chạy lệnh trong kho "
              f"của tỉnh, dùng --workspace, hoặc tạo kho mới bằng \"cchc init\".", file=sys.stderr)
        return None


def output_folder(args, root, default):
    """The output folder (--out, else ``default`` below the workspace), checked (it is no link and passes
    through none) and created; None, after saying why, when it cannot be written."""
    try:
        return safeio.prepare_output_folder(Path(args.out) if args.out else root / default, root)
    except safeio.UnsafeOutput as exc:
        print(f"cchc: {exc}", file=sys.stderr)
    except OSError as exc:
        print(f"cchc: không ghi được vào thư mục kết quả {args.out or default}: {exc.strerror}. Chọn thư mục "
              f"khác bằng --out hoặc kiểm tra quyền ghi.", file=sys.stderr)
    return None


def crash_log(exc: BaseException, command: str) -> str:
    """Write the details of an unexpected failure to a new log file; return its path ("" if none could be written)."""
    try:
        handle, path = tempfile.mkstemp(prefix="cchc-loi-", suffix=".log")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(f"cchc {command}: {' '.join(sys.argv[1:])}\n\n")
            stream.write("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
        return path
    except OSError:
        return ""


def unexpected(exc: BaseException, command: str) -> str:
    """The one sentence a user sees for a failure the program did not foresee."""
    path = crash_log(exc, command)
    where = f" Chi tiết đã ghi vào {path}." if path else ""
    return (f"cchc: lệnh \"{command}\" dừng vì một lỗi ngoài dự kiến của chương trình.{where} Hãy chạy lại "
            f"lệnh; nếu lỗi vẫn còn, gửi tệp chi tiết đó cho người quản trị kho của tỉnh.")
