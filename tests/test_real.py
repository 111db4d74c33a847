"""The real-document corpus (tests/real/): published plans and reports, transcribed with their official
wording, numbering, figures and mistakes. Each folder is a workspace with an ``expect.yml``:

    source: where the document was published, and who issued it
    missing: what of the document could not be found or transcribed (empty when it is whole)
    as_of: the day the corpus is checked at
    findings:               # every finding the corpus gets, each with why it is right; nothing else
      - {code: CCHC-P005, path: units/.../ke-hoach.md, line: 12, why: "..."}
    render:                 # each document printed with its real header, numbering, annex title, signer
      - path: units/.../ke-hoach.md
        texts: ["ỦY BAN NHÂN DÂN", "Số: 117/KH-UBND", ...]   # in this order in the DOCX

A real document must check with no error: a correct official wording or figure is never an error.
Where only part of a document was published or found, the parts that are not there are listed under
``missing``, and the findings their absence causes are expected with ``absent: true``; those alone may be
errors, and only of the codes that say something is not there (ABSENCE).
"""
import datetime as dt
import shutil
from pathlib import Path

import docx
import pytest
import yaml
from docx.oxml.ns import qn

from cchc import check
from render_fixtures import output, render

REAL = Path(__file__).parent / "real"
CORPUS = sorted(p.parent for p in REAL.glob("*/expect.yml"))
# What the absence of a part of a document causes: a required section, annex, reform area or field,
# a task of the provincial plan, a signer's line.
ABSENCE = frozenset({"CCHC-B001", "CCHC-B002", "CCHC-B003", "CCHC-B009", "CCHC-P001", "CCHC-P002", "CCHC-S001"})


def _expect(folder: Path) -> dict:
    return yaml.safe_load((folder / "expect.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=CORPUS, ids=lambda p: p.name)
def corpus(request, tmp_path_factory):
    folder = request.param
    root = tmp_path_factory.mktemp(folder.name) / "ws"
    shutil.copytree(folder, root, ignore=shutil.ignore_patterns("expect.yml"))
    expect = _expect(folder)
    as_of = expect.get("as_of")
    findings = check.run(root, use_cache=False, jobs=1, as_of=as_of if isinstance(as_of, dt.date) else None)[0]
    return root, expect, findings


def test_the_corpus_has_what_the_issue_of_real_documents_asks_for():
    assert len(CORPUS) >= 4
    for folder in CORPUS:
        expect = _expect(folder)
        assert expect.get("source"), folder.name
        assert "missing" in expect, folder.name


def test_a_real_document_gets_no_error(corpus):
    root, expect, findings = corpus
    absent = {(item["code"], item["path"], item["line"]) for item in expect.get("findings") or []
              if item.get("absent")}
    assert all(code in ABSENCE for code, _, _ in absent), "only a missing part may cause an error"
    errors = [f"{f.path}:{f.line}:{f.column} {f.code} {f.message('vi')}" for f in findings
              if f.severity == "error" and (f.code, f.path, f.line) not in absent]
    assert errors == []


def test_every_finding_is_expected_and_said_why(corpus):
    root, expect, findings = corpus
    listed = expect.get("findings") or []
    assert all(str(item.get("why") or "").strip() for item in listed), "every expected finding says why it is right"
    found = sorted((f.code, f.path, f.line) for f in findings)
    wanted = sorted((item["code"], item["path"], item["line"]) for item in listed)
    assert found == wanted, "\n".join(f"{f.path}:{f.line}:{f.column} {f.code} {f.message('vi')}" for f in findings)


def test_each_document_prints_as_issued(corpus):
    root, expect, findings = corpus
    for entry in expect.get("render") or []:
        code, printed = render(root, "--format", "docx", entry["path"])
        assert code == 0, printed
        document = docx.Document(str(output(root, entry["path"], "docx")))
        body = document.element.body   # every paragraph in the order printed, those of tables too
        texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
        flat = "\n".join(" ".join(t.split()) for t in texts)
        position = 0
        for wanted in entry["texts"]:
            found = flat.find(" ".join(wanted.split()), position)
            assert found >= 0, f"{entry['path']}: \"{wanted}\" not printed after position {position}"
            position = found
