"""DOCX written several to a pandoc package and cut apart (batch.lua, docxpost.Package), and the
streaming pandoc process: same bytes as one document at a time, and no hang when pandoc stops."""
import shutil
import threading
import zipfile
from pathlib import Path

import pytest

from cchc import caches
from cchc.loader import load_workspace
from cchc.render import engine as engine_module
from cchc.render import docxpost, pandoc
from cchc.render.engine import Engine
from render_fixtures import PLAN, REPORT, ROOT

ALONE = {"documents": 1, "bytes": 0}
SMALL_PACKAGES = {"documents": 3, "bytes": 10**9}     # several packages, and more documents than slots
NOTE = "Cổng Dịch vụ công quốc gia tiếp nhận hồ sơ trực tuyến."


def _sample(target: Path) -> Path:
    for folder in ("content", "units"):
        shutil.copytree(ROOT / folder, target / folder)
    report = target / REPORT           # a note and a link: parts of the package this document needs alone
    text = report.read_text(encoding="utf-8").replace(
        "# III. KHÓ KHĂN, VƯỚNG MẮC",
        f"Hồ sơ nộp qua Cổng[^cong] tại [dichvucong.gov.vn](https://dichvucong.gov.vn).\n\n[^cong]: {NOTE}\n\n"
        "# III. KHÓ KHĂN, VƯỚNG MẮC", 1)
    report.write_text(text, encoding="utf-8")
    other = target / "units/so-noi-vu/2026/bao-cao-6-thang.md"    # metadata in the body: written alone too
    other.write_text(other.read_text(encoding="utf-8") + "\n---\ntitle: Tiêu đề trong thân văn bản\n---\n",
                     encoding="utf-8")
    return target


def _render(root: Path, out: str, package: dict, jobs: int = 1):
    ws = load_workspace(root)
    docs = sorted(ws.of_role("document"), key=lambda d: d.path)
    result = Engine(root, ws, ("docx",), root / out, jobs=jobs, use_cache=False, package=package).run(docs)
    return result, len(docs)


def _member(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode("utf-8")


def test_packaged_documents_have_the_bytes_of_documents_written_alone(tmp_path, monkeypatch):
    root = _sample(tmp_path / "ws")
    sizes = []
    original = docxpost.Package.__init__

    def counting(self, blob):
        original(self, blob)
        sizes.append(len(self.parts))
    monkeypatch.setattr(docxpost.Package, "__init__", counting)

    alone, count = _render(root, "alone", ALONE)
    assert alone.failed == 0 and alone.written == count > 100
    assert set(sizes) == {1}
    sizes.clear()
    packaged, _ = _render(root, "packaged", SMALL_PACKAGES, jobs=2)
    assert packaged.failed == 0 and packaged.written == count
    assert max(sizes) == 3 and sum(size for size in sizes if size > 1) > count / 2

    files = sorted(p.relative_to(root / "alone") for p in (root / "alone").rglob("*.docx"))
    assert len(files) == count
    differ = [f for f in files if (root / "alone" / f).read_bytes() != (root / "packaged" / f).read_bytes()]
    assert differ == []

    with_note = root / "packaged" / Path(*Path(REPORT).parts[1:]).with_suffix(".docx")
    assert NOTE in _member(with_note, "word/footnotes.xml")
    assert "https://dichvucong.gov.vn" in _member(with_note, "word/_rels/document.xml.rels")
    plan = root / "packaged" / Path(*Path(PLAN).parts[1:]).with_suffix(".docx")
    assert NOTE not in _member(plan, "word/footnotes.xml")
    assert "CCHCSplit" not in _member(plan, "word/document.xml")


STOPS_AFTER_ONE_JOB = 'io.read("l")\nos.exit(3)\n'


def test_pandoc_stopping_fails_the_documents_left_without_hanging(tmp_path, monkeypatch):
    root = _sample(tmp_path / "ws")
    script = tmp_path / "stops.lua"
    script.write_text(STOPS_AFTER_ONE_JOB, encoding="utf-8")
    monkeypatch.setattr(pandoc, "BATCH", script)
    outcome = {}
    worker = threading.Thread(target=lambda: outcome.update(zip(("result", "count"),
                                                                _render(root, "out", {"documents": 2, "bytes": 10**9}))))
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive(), "render waited for a pandoc process that had stopped"
    result, count = outcome["result"], outcome["count"]
    assert result.failed == count and result.written == 0
    assert {f.code for f in result.findings} == {"CCHC-G004"}
    assert all(f.args["format"] == "pandoc" for f in result.findings)
    assert not list((root / "out").rglob("*.docx"))
    leftovers = list(caches.folder(root, engine_module.CACHE_NAME).glob("work-*"))
    assert leftovers == []


@pytest.mark.parametrize("body, shareable", [
    ("Đoạn văn.\n\n- gạch đầu dòng\n", True),                 # top-level lists become paragraphs
    ("> - danh sách trong trích dẫn\n", False),                 # a list left as a Word list: numbering
    ("Có chú thích[^1].\n\n[^1]: Chú thích.\n", False),
    ("Có [liên kết](https://example.vn).\n", False),
    ("# Mục có mã {#muc-1}\n", False),                          # a bookmark
    ("[chữ]{custom-style=\"Kiểu riêng\"}\n", False),            # a style added to the package
    ("| A | B |\n|---|---|\n| 1 | 2 |\n", True),
    ("| A | B |\n|---|---|\n| 1 | 2 |\n\nTable: Bảng có chú thích\n", False),
])
def test_which_documents_may_share_a_package(tmp_path, body, shareable):
    import json
    import subprocess
    script = tmp_path / "probe.lua"
    script.write_text(f'local official = dofile({json.dumps(str(pandoc.FILTER))})\n'
                      'local _, shareable = official.apply(pandoc.read(io.read("a"), "markdown-auto_identifiers"))\n'
                      'print(shareable)\n', encoding="utf-8")
    done = subprocess.run([pandoc.binary(), "lua", str(script)], input=body, capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == str(shareable).lower()
