"""Every finding code has a failing and a passing example under tests/cases/<CODE>/."""
import datetime as dt
from pathlib import Path

import pytest
import yaml

from cchc import check
from cchc.catalogue import CATALOGUE

from conftest import CASES

# Codes that `cchc check` never reports: the checker's own defects, and what only printing a
# document can meet (a signer without a name on a document that is not checked, pandoc or typst
# failing); tests/test_render_docx.py covers those. A file the system refuses to read (L016) cannot
# be committed as an example (a broken link is L017): tests/test_loader.py makes one.
NO_EXAMPLE = {"CCHC-E001", "CCHC-G002", "CCHC-G003", "CCHC-G004", "CCHC-L016"}


def _cases(kind: str):
    return sorted(p for p in CASES.glob(f"CCHC-*/{kind}") if p.is_dir())


def _run(root: Path, case: Path | None = None):
    as_of = None
    if case is not None and (case / "_as_of.txt").exists():
        as_of = dt.date.fromisoformat((case / "_as_of.txt").read_text().strip())
    findings, _, _ = check.run(root, use_cache=False, jobs=1, as_of=as_of)
    return findings


def test_every_code_has_examples():
    missing = [code for code in CATALOGUE if code not in NO_EXAMPLE
               and not ((CASES / code / "fail").is_dir() and (CASES / code / "pass").is_dir())]
    assert missing == []


def test_every_case_folder_is_a_known_code():
    assert [p.name for p in CASES.glob("CCHC-*") if p.name not in CATALOGUE] == []


def test_base_workspace_is_clean(workspace):
    assert [(f.code, f.path, f.line) for f in _run(workspace())] == []


@pytest.mark.parametrize("case", _cases("fail"), ids=lambda p: p.parent.name)
def test_fail_case(case, workspace):
    code = case.parent.name
    expected = yaml.safe_load((case / "expect.yml").read_text(encoding="utf-8"))
    found = {(f.path, f.line, f.column) for f in _run(workspace(case), case) if f.code == code}
    assert found, f"{code} not reported"
    for place in expected:
        assert (place["path"], place["line"], place["column"]) in found, sorted(found)


@pytest.mark.parametrize("case", _cases("pass"), ids=lambda p: p.parent.name)
def test_pass_case(case, workspace):
    code = case.parent.name
    findings = _run(workspace(case), case)
    assert [f for f in findings if f.code == code] == []
    assert [(f.code, f.path, f.line) for f in findings if f.severity == "error"] == []
