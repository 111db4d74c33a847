"""`cchc schema --out DIR`: the JSON Schemas of every file kind, for editors."""
from __future__ import annotations

from pathlib import Path

from ..cliargs import EXIT_OK

NAME = "schema"
HELP = "xuất JSON Schema cho trình soạn thảo"
SHARED = ()


def add_arguments(parser) -> None:
    parser.add_argument("--out", required=True, help="thư mục ghi các tệp *.schema.json")


def main(args) -> int:
    # Imported here, not above: the JSON Schemas only when `cchc schema` runs, so that `cchc check` starts quickly.
    from .. import jsonschema
    written = jsonschema.write_all(Path(args.out))
    print("\n".join(str(p) for p in written))
    return EXIT_OK
