"""Hostile pull requests (SECURITY.md): what an author writes is data, never an instruction to the
tools. The files of tests/hostile/<case>/ are laid over the small base workspace of tests/cases/,
with @CANARY_PATH@ and @CANARY_URL@ replaced by a file outside the workspace and a server on
this machine; neither may ever reach an output, a log or the screen, and the server is never asked.
"""
import http.server
import shutil
import threading
import uuid
import zipfile
from pathlib import Path

import pytest

from cchc import cli

from conftest import BASE

HOSTILE = Path(__file__).parent / "hostile"
AS_OF = "2026-11-23"


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True


@pytest.fixture
def canary(tmp_path):
    """(path of a secret file outside the workspace, its text, URL of a local server, requests seen)."""
    secret = f"CANARY-{uuid.uuid4().hex}"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(secret + "\n", encoding="utf-8")
    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append(self.path)
            body = secret.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = _Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield outside / "secret.txt", secret, f"http://127.0.0.1:{server.server_address[1]}/x.png", seen
    finally:
        server.shutdown()
        server.server_close()


def lay(case: str, target: Path, canary_path: Path, canary_url: str) -> Path:
    shutil.copytree(BASE, target)
    source = HOSTILE / case
    for path in sorted(source.rglob("*")):
        if path.is_dir() or path.name == "README.md":
            continue
        dest = target / path.relative_to(source)
        dest.parent.mkdir(parents=True, exist_ok=True)
        text = path.read_text(encoding="utf-8")
        dest.write_text(text.replace("@CANARY_PATH@", str(canary_path)).replace("@CANARY_URL@", canary_url),
                        encoding="utf-8")
    return target


def _everything_written(*folders: Path):
    """(name, bytes) of every file under the folders, the members of every zip (DOCX) included."""
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.is_symlink():
                continue
            data = path.read_bytes()
            yield str(path), data
            if data[:2] == b"PK":
                with zipfile.ZipFile(path) as archive:
                    for name in archive.namelist():
                        yield f"{path}!{name}", archive.read(name)


def test_nothing_from_outside_the_document_reaches_any_output(tmp_path, canary, capsys):
    canary_path, secret, url, seen = canary
    root = lay("outside-files", tmp_path / "ws", canary_path, url)
    said = []

    def run(*argv):
        code = cli.main([*argv, "--workspace", str(root)])
        printed = capsys.readouterr()
        said.append(printed.out + printed.err)
        return code, printed.out

    code, out = run("check", "--as-of", AS_OF, "--no-cache")
    assert code == 1 and "CCHC-H003" in out and "CCHC-H004" in out
    run("render", "--format", "docx,pdf,html", "--no-cache", "--as-of", AS_OF)
    run("consolidate", "--period", "quy_1", "--year", "2026", "--as-of", AS_OF, "--so-ky-hieu", "9/BC-SNV",
        "--format", "docx,pdf,html")
    run("build", "--as-of", AS_OF)
    documents = list((root / "build").rglob("*.docx"))
    assert len(documents) >= 3 and list((root / "site").rglob("*.html"))
    assert seen == []
    for text in said:
        assert secret not in text
    for name, data in _everything_written(root / "build", root / "site"):
        assert secret.encode() not in data, name
        assert "word/media/" not in name, name
        if name.endswith("!word/document.xml"):           # no field code of the author's in a DOCX
            assert b"<w:instrText" not in data and b"INCLUDEPICTURE" not in data, name
    report = zipfile.ZipFile(root / "build/documents/so-a/2026/bao-cao-quy-1.docx").read("word/document.xml")
    assert "sơ đồ quy trình".encode() in report            # an image's description stays as text
    assert "Phần mềm một cửa điện tử".encode() in report     # and the rest of the body is printed
