"""A document with errors is not printed as if it were clean: `cchc render` withholds it (its errors
printed as `cchc check` prints them), `cchc render --du-thao` prints drafts marked "DỰ THẢO" on every
page of every format, and the site publishes a document with errors as a draft."""
import datetime as dt
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from cchc import commands
from cchc.site.build import build
from conftest import CASES, ROOT, build_case
from render_fixtures import output, render

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

PLAN = "units/so-a/2026/ke-hoach.md"            # given an error below
REPORT = "units/so-a/2026/bao-cao-quy-1.md"     # clean beside it
FORMATS = ("docx", "pdf", "html")
MARK = "DỰ THẢO"
UNKNOWN = "Sở Không Có Thật"


def _workspace(target: Path) -> Path:
    return build_case(CASES / "_none", target)


def _break(root: Path) -> None:
    """The plan names a lead agency that is no unit: CCHC-P003, an error of the checks across files
    (the document itself passes its schema and could be printed)."""
    plan = root / PLAN
    plan.write_text(plan.read_text(encoding="utf-8").replace("chu_tri: Sở A", f"chu_tri: {UNKNOWN}", 1),
                    encoding="utf-8")


def _mend(root: Path) -> None:
    plan = root / PLAN
    plan.write_text(plan.read_text(encoding="utf-8").replace(f"chu_tri: {UNKNOWN}", "chu_tri: Sở A", 1),
                    encoding="utf-8")


def _check(root: Path, *argv: str) -> tuple[int, str]:
    import contextlib
    import io
    args = commands.parser_of("check").parse_args(["--workspace", str(root), *argv])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = commands.COMMANDS["check"].main(args)
    return code, out.getvalue()


def _pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def _pdf_page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def _docx_parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name).decode("utf-8") for name in package.namelist()
                if name.startswith("word/") and name.endswith(".xml")}


def _marked_everywhere(root: Path, rel: str) -> None:
    """Every page of the PDF, every header of every section of the DOCX, and the HTML carry the mark."""
    pdf = output(root, rel, "pdf")
    pages = _pdf_pages(pdf)
    assert len(pages) == _pdf_page_count(pdf) > 1
    assert all(MARK in page for page in pages), [i + 1 for i, page in enumerate(pages) if MARK not in page]
    headers = {n: x for n, x in _docx_parts(output(root, rel, "docx")).items() if n.startswith("word/header")}
    assert headers and all(MARK in xml for xml in headers.values())
    document = docx.Document(str(output(root, rel, "docx")))
    assert document.sections[0].different_first_page_header_footer
    for section in document.sections:              # the first page's header and the others'
        assert MARK in [p.text for p in section.first_page_header.paragraphs]
        assert MARK in [p.text for p in section.header.paragraphs]
    html = output(root, rel, "html").read_text(encoding="utf-8")
    assert f'<div class="cchc-du-thao">{MARK}</div>' in html
    assert "@media print" in html and "cchc-du-thao-nen" in html


def _not_marked(root: Path, rel: str) -> None:
    assert not any(MARK in page for page in _pdf_pages(output(root, rel, "pdf")))
    assert not any(MARK in xml for xml in _docx_parts(output(root, rel, "docx")).values())
    assert MARK not in output(root, rel, "html").read_text(encoding="utf-8")


def test_a_document_with_errors_is_not_printed_and_its_errors_are_shown(tmp_path):
    root = _workspace(tmp_path / "ws")
    code, text = render(root, "units/so-a/2026", "--format", ",".join(FORMATS))
    assert code == 0, text
    assert all(output(root, PLAN, fmt).is_file() for fmt in FORMATS)       # an earlier, clean print
    _break(root)
    code, text = render(root, "units/so-a/2026", "--format", ",".join(FORMATS))
    assert code == 1
    _, checked = _check(root)
    errors = [line for line in checked.splitlines() if " lỗi CCHC-" in line]
    assert errors and all(line.startswith(f"{PLAN}:") and "CCHC-P003" in line for line in errors)
    for line in errors:                            # as `cchc check` prints it: code, file:line:column, hint
        assert line in text
    assert re.search(rf"^{re.escape(PLAN)}:\d+:\d+: lỗi CCHC-P003: .*{UNKNOWN}", text, re.M)
    assert "\n    → " in text
    assert "1 văn bản còn lỗi nên không in" in text
    assert not any(output(root, PLAN, fmt).exists() for fmt in FORMATS)     # no copy left that looks current
    assert all(output(root, REPORT, fmt).is_file() for fmt in FORMATS)     # the clean one beside it
    _not_marked(root, REPORT)


def test_errors_are_printed_in_the_language_asked(tmp_path):
    root = _workspace(tmp_path / "ws")
    _break(root)
    code, text = render(root, PLAN, "--format", "html", "--lang", "en")
    assert code == 1
    _, checked = _check(root, "--lang", "en")
    errors = [line for line in checked.splitlines() if " error CCHC-" in line]
    assert errors and all(line in text for line in errors)
    assert "1 document(s) with errors not printed" in text
    assert not output(root, PLAN, "html").exists()


def test_warnings_do_not_keep_a_document_from_being_printed(tmp_path):
    root = _workspace(tmp_path / "ws")
    _break(root)
    rules = root / "content/rules/2026.yml"      # the province makes CCHC-P003 a warning (muc_do)
    rules.write_text(rules.read_text(encoding="utf-8") + "muc_do: {CCHC-P003: canh_bao}\n", encoding="utf-8")
    _, checked = _check(root, "--format", "json")
    severities = {f["severity"] for f in json.loads(checked)["findings"] if f["path"] == PLAN}
    assert severities == {"warning"}
    code, text = render(root, PLAN, "--format", "html")
    assert code == 0, text
    assert output(root, PLAN, "html").is_file()
    assert MARK not in output(root, PLAN, "html").read_text(encoding="utf-8")


def test_drafts_are_marked_on_every_page_and_a_clean_print_after_them_is_clean(tmp_path):
    root = _workspace(tmp_path / "ws")
    _break(root)
    code, text = render(root, "units/so-a/2026", "--format", ",".join(FORMATS), "--du-thao")
    assert code == 0, text
    assert re.search(rf"^{re.escape(PLAN)}:\d+:\d+: lỗi CCHC-P003", text, re.M)    # still shown
    assert "2 văn bản in là bản dự thảo" in text
    _marked_everywhere(root, PLAN)
    _marked_everywhere(root, REPORT)               # a draft is a draft, errors or not
    annex = [page for page in _pdf_pages(output(root, PLAN, "pdf")) if "Phụ lục" in page]
    assert annex and all(MARK in page for page in annex)                    # the landscape annex too

    code, text = render(root, "units/so-a/2026", "--format", ",".join(FORMATS), "--du-thao")
    assert code == 0 and "đã ghi 0 tệp, 6 tệp không đổi" in text            # drafts are cached as drafts

    code, text = render(root, REPORT, "--format", ",".join(FORMATS))        # unchanged, but no longer a draft
    assert code == 0, text
    assert "đã ghi 3 tệp, 0 tệp không đổi" in text
    _not_marked(root, REPORT)
    _mend(root)
    code, text = render(root, "units/so-a/2026", "--format", ",".join(FORMATS))
    assert code == 0, text
    assert "đã ghi 3 tệp, 3 tệp không đổi" in text
    _not_marked(root, PLAN)
    _not_marked(root, REPORT)

    code, text = render(root, REPORT, "--format", "pdf", "--du-thao")       # and a draft after a clean print
    assert code == 0 and "đã ghi 1 tệp, 0 tệp không đổi" in text
    assert all(MARK in page for page in _pdf_pages(output(root, REPORT, "pdf")))


def test_the_site_publishes_a_document_with_errors_as_a_draft(tmp_path):
    root = _workspace(tmp_path / "ws")
    _break(root)
    site = root / "site"
    outcome = build(root, dt.date(2026, 11, 23), site, render=True, jobs=2)
    assert outcome.drafts == 1 and outcome.render_failed == 0
    downloads = site / "tai-ve" / "so-a" / "2026"
    assert all(MARK in page for page in _pdf_pages(downloads / "ke-hoach.pdf"))
    assert any(MARK in xml for xml in _docx_parts(downloads / "ke-hoach.docx").values())
    assert not any(MARK in page for page in _pdf_pages(downloads / "bao-cao-quy-1.pdf"))
    page = (outcome.docs_dir / "van-ban" / "so-a" / "2026" / "ke-hoach.md").read_text(encoding="utf-8")
    assert '!!! warning "Bản dự thảo: văn bản còn lỗi"' in page and "còn lỗi khi kiểm tra" in page
    assert f'<div class="cchc-du-thao">{MARK}</div>' in page
    clean = (outcome.docs_dir / "van-ban" / "so-a" / "2026" / "bao-cao-quy-1.md").read_text(encoding="utf-8")
    assert "Bản dự thảo" not in clean and MARK not in clean
    assert "cchc-du-thao" in (outcome.docs_dir / "assets" / "cchc-van-ban.css").read_text(encoding="utf-8")


def test_help_names_the_draft_option():
    parser = commands.parser_of("render")
    action = next(a for a in parser._actions if "--du-thao" in a.option_strings)
    assert action.help == "in bản dự thảo: in cả văn bản còn lỗi, mỗi trang có chữ DỰ THẢO"
    assert ROOT.joinpath("README.md").read_text(encoding="utf-8").count("--du-thao") >= 1
