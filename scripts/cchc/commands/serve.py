"""`cchc serve [--as-of DATE] [--port N] [--bind ADDRESS]`: build when --as-of is given (or no site
exists yet), then serve the site's folder on this machine until Ctrl+C."""
from __future__ import annotations

import functools
import http.server
import sys

from ..cliargs import EXIT_OK, EXIT_USAGE, integer, workspace_root
from . import build

NAME = "serve"
HELP = "xem trước trang công khai trên máy"
SHARED = build.SHARED
SHARED_HELP = build.SHARED_HELP


def add_arguments(parser) -> None:
    build.add_arguments(parser)
    parser.add_argument("--port", type=integer, default=8000, help="cổng (mặc định: 8000)")
    parser.add_argument("--bind", default="127.0.0.1", help="địa chỉ (mặc định: 127.0.0.1, chỉ máy này)")


def main(args) -> int:
    root = workspace_root(args)
    if root is None:
        return EXIT_USAGE
    folder = build.site_dir(args, root)
    if args.as_of is not None or not (folder / "index.html").is_file():
        code = build.main(args)
        if code != EXIT_OK:
            return code
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
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
