import os
import shutil
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
# Caches of the workspaces made by the tests go to a folder of the test run (caches.py).
os.environ.setdefault("CCHC_CACHE_DIR", tempfile.mkdtemp(prefix="cchc-test-cache-"))

CASES = Path(__file__).parent / "cases"
BASE = CASES / "_base"


def build_case(case_dir: Path, target: Path) -> Path:
    """The base workspace with a case's files laid over it (``_delete.txt`` lists files to remove)."""
    shutil.copytree(BASE, target)
    for path in sorted(case_dir.rglob("*")):
        rel = path.relative_to(case_dir)
        if (path.is_dir() and not path.is_symlink()) or rel.name in ("expect.yml", "_delete.txt", "_as_of.txt"):
            continue
        dest = target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if path.is_symlink():
            os.symlink(os.readlink(path), dest)
        else:
            shutil.copyfile(path, dest)
    deletions = case_dir / "_delete.txt"
    if deletions.exists():
        for line in deletions.read_text(encoding="utf-8").split():
            victim = target / line
            shutil.rmtree(victim) if victim.is_dir() else victim.unlink()
    return target


@pytest.fixture
def workspace(tmp_path):
    def make(case_dir: Path | None = None) -> Path:
        if case_dir is None:
            return build_case(CASES / "_none", tmp_path / "ws")
        return build_case(case_dir, tmp_path / "ws")
    return make


class HtmlTags(HTMLParser):
    """Every element with its attributes, and the text inside script and style elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.code, self._in = [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in ("script", "style") else None

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in:
            self.code.append(data)
