"""Hostile pull requests (SECURITY.md): what an author writes is data, never an instruction to the
tools. The files of tests/hostile/<case>/ are laid over the small base workspace of tests/cases/,
with @CANARY_PATH@ and @CANARY_URL@ replaced by a file outside the workspace and a server on
this machine; neither may ever reach an output, a log or the screen, and the server is never asked.
"""
import http.server
import json
import os
import shutil
import threading
import uuid
import zipfile
from pathlib import Path

import pytest

from cchc import cli, document

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


# --- links and folders a pull request can commit --------------------------------------------------

def _base(tmp_path) -> Path:
    root = tmp_path / "ws"
    shutil.copytree(BASE, root)
    return root


def test_a_committed_link_never_makes_the_build_delete_through_it(tmp_path, capsys):
    root = _base(tmp_path)
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "keep.txt").write_text("giữ", encoding="utf-8")
    (root / "build").mkdir()
    os.symlink("../units", root / "build" / "site-src")          # git add -f build/site-src
    code = cli.main(["build", "--as-of", AS_OF, "--workspace", str(root), "--no-render"])
    err = capsys.readouterr().err
    assert code == 1 and "liên kết" in err and "Traceback" not in err
    assert (root / "units/so-a/2026/ke-hoach.md").is_file()
    os.unlink(root / "build" / "site-src")
    os.symlink(victim, root / "site")                              # a committed site -> elsewhere
    code = cli.main(["build", "--as-of", AS_OF, "--workspace", str(root), "--no-render", "--out", str(root / "site")])
    assert code == 1 and (victim / "keep.txt").is_file()
    os.unlink(root / "site")
    (root / "build" / "documents").mkdir(parents=True)
    os.symlink(victim, root / "build" / "documents" / "so-a")      # a link inside an output folder
    code = cli.main(["render", "--format", "html", "--workspace", str(root)])
    assert code == 0 and (victim / "keep.txt").is_file() and list(victim.iterdir()) == [victim / "keep.txt"]
    assert (root / "build/documents/so-a/2026/ke-hoach.html").is_file()


def test_an_output_folder_that_cannot_be_written_is_a_clear_error(tmp_path, capsys):
    root = _base(tmp_path)
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    code = cli.main(["render", "--workspace", str(root), "--out", str(tmp_path / "a-file" / "out")])
    err = capsys.readouterr().err
    assert code == 1 and "không ghi được vào thư mục kết quả" in err and "Error" not in err


def test_content_pages_publish_no_link_target_and_no_live_html(tmp_path, canary, capsys):
    canary_path, secret, _, _ = canary
    root = _base(tmp_path)
    guide = root / "content" / "huong-dan"
    guide.mkdir(parents=True)
    (guide / "index.md").write_text("# Hướng dẫn\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n",
                                    encoding="utf-8")
    os.symlink(canary_path, guide / "bi-mat.md")
    os.symlink(canary_path, guide / "bi-mat.txt")
    assert cli.main(["build", "--as-of", AS_OF, "--workspace", str(root), "--no-render"]) == 0
    capsys.readouterr()
    page = (root / "site/huong-dan/index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page and "javascript:" not in page
    for name, data in _everything_written(root / "site", root / "build"):
        assert secret.encode() not in data, name


# --- caches a pull request can commit -------------------------------------------------------------

class _Payload:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (self.marker, "pwned"))


def test_a_committed_pickle_is_never_loaded_and_damaged_caches_are_rebuilt(tmp_path, capsys):
    import pickle

    from cchc import caches, loader
    root = _base(tmp_path)
    marker = tmp_path / "ran"
    (root / ".cchc-cache").mkdir()
    (root / ".cchc-cache/check.pickle").write_bytes(pickle.dumps(("x", _Payload(marker))))
    assert cli.main(["check", "--workspace", str(root)]) == 0
    assert not marker.exists()
    cache = caches.folder(root, loader.CACHE_NAME) / loader.CACHE_FILE
    valid = cache.read_bytes()
    code = json.loads(valid)["code"]
    wrong_patch = json.dumps({"code": code, "entries": {"content/province.yml": [
        "x", {"fields": {"path": "p", "data": []}, "patches": [[["data", 7], "d", "2026-01-01"]], "findings": []}]}}).encode()
    for damage in (b"{not json", b"[1, 2]", b'{"code": null, "entries": 5}', b"", wrong_patch):
        cache.write_bytes(damage)
        assert cli.main(["check", "--workspace", str(root)]) == 0
    capsys.readouterr()


def test_damaged_render_caches_are_rebuilt(tmp_path, capsys):
    from cchc import caches
    from cchc.render import engine
    root = _base(tmp_path)
    assert cli.main(["render", "--format", "docx", "--workspace", str(root)]) == 0
    folder = caches.folder(root, engine.CACHE_NAME)
    reference = next(folder.glob("reference-*.docx"))
    reference.write_bytes(reference.read_bytes()[:100])            # truncated
    (folder / "index.json").write_text('{"x": 1, "y": {"size": "big"}}', encoding="utf-8")
    abandoned = folder / "work-999999999-abc"                       # a render that was killed
    abandoned.mkdir()
    assert cli.main(["render", "--format", "docx", "--no-cache", "--workspace", str(root)]) == 0
    assert not abandoned.exists()
    [rebuilt] = folder.glob("reference-*.docx")                     # made again, whole
    assert document.digest(rebuilt.read_bytes()) == rebuilt.stem.rsplit("-", 1)[1] and rebuilt.stat().st_size > 1000
    assert "0 văn bản không in được" in capsys.readouterr().out


# --- bounded work ------------------------------------------------------------------------------------

def _within(seconds: float, function, *args):
    """Run ``function``; fail if it is not done in ``seconds`` (a guard against runaway inputs)."""
    import signal

    def stop(*_):
        raise TimeoutError(f"{function.__name__} ran over {seconds} s")
    before = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return function(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)


@pytest.mark.parametrize("body", [
    "](" + " " * 15000 + "x\n" * 21,
    ("](" + " " * 15000 + "\n") * 21,
    "![" * 200000,
    "`" * 100000,
    "<a" * 100000,
    "[x](" + "<" * 100000,
])
def test_markup_checks_take_linear_time(body):
    from cchc import markup
    from cchc.findings import Collector
    _within(10, markup.check_body, "f.md", body, 1, Collector("f.md"))


def test_an_email_of_100000_dots_is_judged_at_once():
    from cchc import validate
    from cchc.findings import Collector
    from cchc.yamlpos import Positions
    person = {"ho_ten": "A", "email": "a@" + "." * 100000}
    unit = {"ten": "Sở A", "ten_ngan": "Sở A", "viet_tat": "SA", "loai": "so_nganh", "hieu_luc_tu": "2020-01-01",
            "nguoi_phu_trach": [person]}
    out = Collector("u.yml")
    assert _within(10, validate.check, "unit", unit, Positions(), out) is None
    assert [f.code for f in out.items] == ["CCHC-S006"]                 # not an e-mail address
    person["email"] = "vtttam.snv@hoalam.gov.vn"
    assert validate.check("unit", unit, Positions(), Collector("u.yml")) is not None


def test_a_long_printed_name_is_laid_out_at_once():
    from cchc.render import context
    lines = _within(5, context.fit_line, " ".join(["TỈNH"] * 200), 12, "bold", 60)
    assert len(lines) > 10 and " ".join(lines) == " ".join(["TỈNH"] * 200)


def test_typst_runs_with_a_time_and_a_memory_limit(tmp_path, monkeypatch):
    from cchc.render import pdf
    monkeypatch.setattr(pdf, "TIME_LIMIT_S", 2)
    try:
        with pytest.raises(pdf.LimitReached, match="quá 2 giây"):
            pdf.compile_pdf("#for i in range(30000) { for j in range(30000) { } }\nx", tmp_path, "loop")
        pdf.stop_all()
        monkeypatch.setattr(pdf, "MEMORY_LIMIT_BYTES", 400 * 1024 ** 2)
        with pytest.raises(pdf.LimitReached, match="bộ nhớ"):
            pdf.compile_pdf("#let a = range(200000000)\n#a.len()", tmp_path, "memory")
        assert pdf.compile_pdf("Xin chào", tmp_path, "after").startswith(b"%PDF")   # the next one prints
    finally:
        pdf.stop_all()


def test_a_page_with_tags_after_a_script_link_is_neutralised_whole():
    from cchc import markup
    assert markup.neutralise("[x](javascript:alert(1)) và <b>đậm</b> <i>y</i>") == \
        "[x](#alert(1)) và &lt;b>đậm&lt;/b> &lt;i>y&lt;/i>"
