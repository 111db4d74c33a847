"""Every example of the user guide (content/huong-dan/) is right: each YAML example reads without a
syntax finding, each example of a task table is a valid task list, and each example introduced as a whole
file ("Tệp `units/.../ke-hoach.md`:") checks with no error and no warning when put in the sample province."""
import re
import shutil

import pytest

from cchc import check, validate, yamlpos
from cchc.findings import Collector
from conftest import ROOT

GUIDE = ROOT / "content" / "huong-dan"
_FENCE = re.compile(r"^```(yaml|markdown)\n(.*?)^```\n", re.MULTILINE | re.DOTALL)
_FILE = re.compile(r"Tệp `(units/[^`]+)`:\s*$")


def _examples():
    for page in sorted(GUIDE.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for match in _FENCE.finditer(text):
            before = text[:match.start()].rstrip("\n").rsplit("\n", 1)[-1]
            line = text[:match.start()].count("\n") + 2
            named = _FILE.search(before)
            yield pytest.param(page.name, match.group(1), match.group(2), named.group(1) if named else None,
                               id=f"{page.stem}:{line}")


EXAMPLES = list(_examples())


def test_the_guide_has_examples_of_whole_files():
    assert len(EXAMPLES) >= 20
    assert len([e for e in EXAMPLES if e.values[3]]) >= 2


@pytest.mark.parametrize("page, language, text, path", EXAMPLES)
def test_every_yaml_example_reads(page, language, text, path):
    if language != "yaml":
        return
    out = Collector(f"{page} (ví dụ)")
    value, _ = yamlpos.load(text, out.path, out)
    assert out.items == [], [f.message("vi") for f in out.items]
    if isinstance(value, list) and value and all(isinstance(v, dict) and "ma" in v and "chu_tri" in v for v in value):
        found = Collector("nhiem-vu.yml")     # a task table: valid as the plan's tasks
        document = {"nhiem_vu": value}
        assert validate.check("ke_hoach", document, yamlpos.Positions(), found, partial=True) is not None, \
            [f.message("vi") for f in found.items]


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    root = tmp_path_factory.mktemp("guide") / "ws"
    for folder in ("content", "units"):
        shutil.copytree(ROOT / folder, root / folder)
    return root


@pytest.fixture(scope="module")
def checked(province):
    """The sample province with every whole-file example of the guide in place (the examples of one
    unit build on each other: the report follows the plan), checked once."""
    for example in EXAMPLES:
        page, language, text, path = example.values
        if path:
            target = province / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    return check.run(province, use_cache=False, jobs=1)[0]


@pytest.mark.parametrize("page, language, text, path", [e for e in EXAMPLES if e.values[3]])
def test_every_whole_file_example_checks_clean(page, language, text, path, checked):
    assert [f"{f.line}:{f.column} {f.code} {f.message('vi')}" for f in checked
            if f.path == path and f.severity in ("error", "warning")] == []
