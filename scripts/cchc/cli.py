"""The `cchc` command: the parser, built from the registry of subcommands (commands/), and the last
guard. Each subcommand is a module of commands/ (its options and ``main(args) -> exit code``)."""
from __future__ import annotations

import argparse
import sys

from . import __version__, commands
from .cliargs import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, name_values, unexpected, vietnamese_argparse


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="cchc", description="Kế hoạch, báo cáo và Chỉ số cải cách hành chính của tỉnh.",
                                  epilog="Xem hướng dẫn của từng lệnh: cchc LỆNH --help")
    top.add_argument("--version", action="version", version=f"cchc {__version__}",
                     help="in phiên bản của chương trình rồi thoát")
    sub = top.add_subparsers(dest="command", required=True, metavar="LỆNH", title="các lệnh")
    for module in commands.COMMANDS.values():
        commands.add_to(sub, module)
    return name_values(top)


def main(argv: list[str] | None = None) -> int:
    try:
        with vietnamese_argparse():
            args = parser().parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    try:
        return args.func(args)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader (head, less) stopped early: nothing to report
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # the last guard: one sentence and a log with the details, never a traceback
        print(unexpected(exc, args.command), file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
