"""The typst compiler in a process of its own (pdf.py): `python -m cchc.render.typst_child WORK MEMORY FONTS`.

It limits its own memory (RLIMIT_AS), then reads one JSON line per document on stdin,
{"path", "timestamp"}, and answers each with a JSON line {"status": "ok" | "error" | "memory",
"bytes": n} followed by n bytes: the PDF, or typst's message. typst reads no file outside WORK.
"""
from __future__ import annotations

import json
import os
import sys


def main(argv: list[str]) -> None:
    work, memory, fonts = argv[0], int(argv[1]), [f for f in argv[2].split(os.pathsep) if f]
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ImportError, ValueError, OSError):
        pass
    import typst
    compiler = typst.Compiler(root=work, font_paths=fonts, ignore_system_fonts=True)
    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        request = json.loads(line)
        try:
            status, data = "ok", compiler.compile(input=request["path"], format="pdf",
                                                  timestamp=request["timestamp"])
        except MemoryError:
            status, data = "memory", b""
        except Exception as exc:  # noqa: BLE001 - typst's own message about the document
            status, data = "error", str(exc).encode("utf-8")
        out.write(json.dumps({"status": status, "bytes": len(data)}).encode() + b"\n" + data)
        out.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
