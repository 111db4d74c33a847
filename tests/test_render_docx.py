"""`cchc render` to DOCX, checked by opening the files with python-docx (real pandoc, real files)."""
import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from cchc import document
from cchc.layout.fit import precheck
from render_fixtures import (PAR, PLAN, REPORT, ROOT, SEED_TASK_COLUMNS, UNIT_PLAN, make_workspace, output, render,
                             without_signer_name)

W_BORDER = qn("w:pBdr")


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    root = make_workspace(tmp_path_factory.mktemp("render") / "ws")
    code, text = render(root, PLAN, UNIT_PLAN, REPORT, PAR, "--format", "docx", "--jobs", "2")
    assert code == 0, text
    return root


def _open(root, rel):
    return docx.Document(str(output(root, rel, "docx")))


def _cell_lines(cell):
    return [p.text for p in cell.paragraphs if p.text]


def _bold(paragraph):
    return all(run.bold for run in paragraph.runs if run.text.strip())


def test_page_a4_margins(province):
    section = _open(province, PLAN).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = [round(x.mm) for x in (section.top_margin, section.bottom_margin, section.left_margin,
                                     section.right_margin)]
    assert margins == [20, 20, 30, 15]
    assert 20 <= margins[0] <= 25 and 30 <= margins[2] <= 35 and 15 <= margins[3] <= 20


def test_times_new_roman_everywhere(province):
    document = _open(province, PLAN)
    styles = document.styles
    for name in ("Normal", "Body Text", "First Paragraph", "Heading 1", "Heading 2", "Compact"):
        assert styles[name].font.name == "Times New Roman", name
    defaults = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    assert fonts.get(qn("w:ascii")) == "Times New Roman"
    assert fonts.get(qn("w:asciiTheme")) is None        # a theme font would win over the name
    assert styles["Body Text"].font.size.pt == 14
    assert styles["Body Text"].paragraph_format.alignment == 3   # justified
    assert round(styles["Body Text"].paragraph_format.first_line_indent.mm, 1) == 12.7


def test_header_block_of_the_provincial_plan(province):
    table = _open(province, PLAN).tables[0]
    issuer, motto = table.rows[0].cells
    assert _cell_lines(issuer) == ["ỦY BAN NHÂN DÂN", "TỈNH HÒA LÂM"]
    assert _cell_lines(motto) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    number, date = table.rows[1].cells          # the same row: Số and the date share a baseline
    assert number.text == "Số: 218/KH-UBND"
    assert date.text == "Hòa Lâm, ngày 26 tháng 12 năm 2025"
    assert all(run.italic for run in date.paragraphs[0].runs)
    assert all(_bold(p) for p in motto.paragraphs if p.text)


@pytest.mark.parametrize("unit, name, lines", [
    ("van-phong-ubnd", "ke-hoach", ["UBND TỈNH HÒA LÂM", "VĂN PHÒNG"]),                     # ten_in
    ("trung-tam-phvhcc", "bao-cao-quy-1", ["VĂN PHÒNG UBND", "TỈNH HÒA LÂM",               # too long: broken
                                           "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG TỈNH"]),
])
def test_issuing_body_lines_as_printed(tmp_path, unit, name, lines):
    root = make_workspace(tmp_path / "ws")
    shutil.copytree(ROOT / "units" / unit, root / "units" / unit, dirs_exist_ok=True)
    doc = f"units/{unit}/2026/{name}.md"
    code, text = render(root, doc, "--format", "docx")
    assert code == 0, text
    issuer = _open(root, doc).tables[0].rows[0].cells[0]
    assert _cell_lines(issuer) == lines
    printed = {p.text: p for p in issuer.paragraphs if p.text}
    assert _bold(printed[lines[-1]]) and not any(run.bold for run in printed[lines[0]].runs)


@pytest.mark.parametrize("line, style, printed", [
    ("SỞ NỘI VỤ", "bold", ["SỞ NỘI VỤ"]),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "bold", ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"]),                # fits: kept whole
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "bold", ["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"]),   # before "VÀ"
    ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "bold", ["SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"]),
    ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP, KHU KINH TẾ", "bold",        # three lines, one after the comma
     ["BAN QUẢN LÝ CÁC", "KHU CÔNG NGHIỆP,", "KHU KINH TẾ"]),
    ("VĂN PHÒNG UBND TỈNH HÒA LÂM", "regular", ["VĂN PHÒNG UBND", "TỈNH HÒA LÂM"]),  # even halves
    ("KHÔNGCÓCHỖNÀOĐỂNGẮTDÒNGCẢMÀLẠIDÀIHƠNCỘT", "bold", ["KHÔNGCÓCHỖNÀOĐỂNGẮTDÒNGCẢMÀLẠIDÀIHƠNCỘT"]),
])
def test_long_names_are_broken_where_a_clerk_breaks_them(line, style, printed):
    from cchc.layout import metrics, page
    from cchc.render import context
    column = page.HEADER_COLUMNS_MM[0] - 2 * page.CELL_PADDING_MM - page.FIT_MARGIN_MM
    assert context.fit_line(line, 12, style, column) == printed
    if len(printed) > 1:
        assert metrics.width_mm(line, 12, style) > column
        assert all(metrics.width_mm(part, 12, style) <= column for part in printed)


def test_header_block_of_a_department(province):
    table = _open(province, UNIT_PLAN).tables[0]
    issuer = table.rows[0].cells[0]
    parent, body = [p for p in issuer.paragraphs if p.text]
    assert (parent.text, body.text) == ("UBND TỈNH HÒA LÂM", "SỞ NỘI VỤ")
    assert not any(run.bold for run in parent.runs) and _bold(body)
    assert table.rows[1].cells[1].text == "Hòa Lâm, ngày 02 tháng 01 năm 2026"   # zero-padded day and January
    rule = issuer.paragraphs[-1]
    assert rule.text == "" and rule._p.pPr.find(W_BORDER) is not None
    column = 65 - 2 * 1.9
    line = column - 2 * rule.paragraph_format.left_indent.mm
    body_width = 21.8                               # "SỞ NỘI VỤ", 12 pt bold
    assert body_width / 3 - 1 <= line <= body_width / 2 + 1


def test_type_and_summary(province):
    texts = [(p.text, p) for p in _open(province, PLAN).paragraphs]
    index = [t for t, _ in texts].index("KẾ HOẠCH")
    summary = texts[index + 1][1]
    assert summary.text == "Cải cách hành chính tỉnh Hòa Lâm năm 2026"
    assert _bold(texts[index][1]) and _bold(summary)
    assert summary.alignment == 1


def test_headings_and_literal_list_paragraphs(province):
    document = _open(province, PLAN)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:2] == ["I. MỤC TIÊU, YÊU CẦU", "1. Mục tiêu"]
    assert any(p.text.startswith("- Tiếp tục đẩy mạnh cải cách hành chính") for p in document.paragraphs)
    assert any(p.text.startswith("+ 100% TTHC đủ điều kiện") for p in document.paragraphs)
    assert document.element.body.find(".//" + qn("w:numPr")) is None    # no Word-numbered lists


def _signature(document):
    return next(t for t in document.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:")


def test_signature_block_and_recipients(province):
    table = _signature(_open(province, PLAN))
    recipients, signer = table.rows[0].cells
    label = recipients.paragraphs[0]
    assert all(run.bold and run.italic for run in label.runs)
    lines = _cell_lines(recipients)[1:]
    assert lines[0] == "- Bộ Nội vụ;" and all(line.endswith(";") for line in lines[:-1])
    assert lines[-1] == "- Lưu: VT, NC."
    assert _cell_lines(signer) == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Minh Quang"]
    assert all(_bold(p) for p in signer.paragraphs if p.text)


def test_signature_without_authority_prefix(province):
    signer = _signature(_open(province, UNIT_PLAN)).rows[0].cells[1]
    assert _cell_lines(signer) == ["GIÁM ĐỐC", "Phan Thị Minh Nguyệt"]


def test_page_numbers_from_page_two(province):
    section = _open(province, PLAN).sections[0]
    assert section.different_first_page_header_footer
    assert section.first_page_header.is_linked_to_previous is False
    assert all(p.text == "" for p in section.first_page_header.paragraphs)
    header = section.header.paragraphs[0]
    field = header._p.find(qn("w:fldSimple"))
    assert field is not None and field.get(qn("w:instr")).strip() == "PAGE"
    assert header.alignment == 1


def test_annex_landscape_with_seed_task_columns(province):
    document = _open(province, PLAN)
    assert len(document.sections) == 2
    annex = document.sections[1]
    assert annex.orientation == 1 and round(annex.page_width.mm) == 297
    assert annex._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    assert annex.header.paragraphs[0]._p.find(qn("w:fldSimple")) is not None
    texts = [p.text for p in document.paragraphs]
    start = texts.index("Phụ lục")
    assert texts[start + 1].startswith("NHIỆM VỤ CỤ THỂ THEO LĨNH VỰC")
    assert texts[start + 2] == "(Kèm theo Kế hoạch số 218/KH-UBND ngày 26 tháng 12 năm 2025 của UBND tỉnh)"
    table = document.tables[-1]
    assert [c.text for c in table.rows[0].cells] == SEED_TASK_COLUMNS
    assert table.rows[1].cells[0].text == "I. Cải cách thể chế"
    width = int(table._tbl.tblPr.find(qn("w:tblW")).get(qn("w:w")))
    assert abs(width / 56.7 - (297 - 30 - 15)) < 1        # the landscape text width, in twips


def test_report_annexes(province):
    document = _open(province, REPORT)
    assert [s.orientation for s in document.sections] == [0, 1, 1]
    texts = [p.text for p in document.paragraphs]
    assert "Phụ lục 01-S" in texts
    assert "(Kèm theo Báo cáo số 84/BC-SNV ngày 17 tháng 3 năm 2026 của Sở Nội vụ)" in texts
    figures = document.tables[-1]
    assert [c.text for c in figures.rows[0].cells][:3] == ["STT", "Nội dung", "Tổng số TTHC được công bố trong kỳ"]
    assert [c.text for c in figures.rows[-1].cells][1:3] == ["Tổng cộng", "27"]


def test_par_self_assessment_is_a_report(province):
    document = _open(province, PAR)
    texts = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in texts
    assert document.tables[0].rows[1].cells[0].text == "Số: 386/BC-SNV"


def test_second_render_does_no_work_and_a_change_renders_only_itself(tmp_path):
    root = make_workspace(tmp_path / "ws")
    assert render(root, UNIT_PLAN, REPORT, "--format", "docx")[0] == 0
    other = output(root, REPORT, "docx")
    before = other.stat().st_mtime_ns
    code, text = render(root, UNIT_PLAN, REPORT, "--format", "docx")
    assert code == 0 and "đã ghi 0 tệp, 2 tệp không đổi" in text
    source = root / UNIT_PLAN
    source.write_text(source.read_text(encoding="utf-8") + "\nĐoạn bổ sung cuối kế hoạch./.\n", encoding="utf-8")
    code, text = render(root, UNIT_PLAN, REPORT, "--format", "docx")
    assert code == 0 and "đã ghi 1 tệp, 1 tệp không đổi" in text
    assert other.stat().st_mtime_ns == before
    assert "Đoạn bổ sung cuối kế hoạch./." in [p.text for p in _open(root, UNIT_PLAN).paragraphs]


def test_output_is_byte_identical(tmp_path):
    root = make_workspace(tmp_path / "ws")
    for name in ("a", "b"):
        assert render(root, UNIT_PLAN, "--format", "docx", "--out", str(root / name), "--no-cache")[0] == 0
    first = output(root, UNIT_PLAN, "docx", "a").read_bytes()
    assert first == output(root, UNIT_PLAN, "docx", "b").read_bytes()


def test_failing_document_yields_finding_and_no_file(tmp_path):
    bad = "units/so-noi-vu/2026/bao-cao-6-thang.md"
    root = make_workspace(tmp_path / "ws")
    stale = output(root, bad, "docx")
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old copy")
    source = root / bad
    source.write_text(without_signer_name(source.read_text(encoding="utf-8")), encoding="utf-8")
    code, text = render(root, "units/so-noi-vu/2026", "--format", "docx")
    assert code == 1
    assert f"{bad}:13:" in text and "CCHC-S001" in text and "1 văn bản còn lỗi nên không in" in text
    assert not stale.exists()
    assert output(root, REPORT, "docx").exists() and output(root, UNIT_PLAN, "docx").exists()
    leftovers = [p.name for p in stale.parent.iterdir() if p.name.startswith(".") or p.suffix == ".tmp"]
    assert leftovers == []
    code, text = render(root, "units/so-noi-vu/2026", "--format", "docx", "--du-thao")   # not even as a draft
    assert code == 1
    assert f"{bad}:13:" in text and "CCHC-G002" in text and "họ tên" in text and "1 văn bản không in được" in text
    assert not stale.exists()


def test_html_fragment_has_header_block(tmp_path):
    root = make_workspace(tmp_path / "ws")
    assert render(root, UNIT_PLAN, "--format", "html")[0] == 0
    html = output(root, UNIT_PLAN, "html").read_text(encoding="utf-8")
    assert html.startswith('<article class="cchc-van-ban cchc-ke-hoach"') and "<html" not in html
    assert html.index("SỞ NỘI VỤ") < html.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") < html.index("Số: 02/KH-SNV")
    assert "<table" in html and "Nơi nhận:" in html


def test_unknown_format_is_a_usage_error(tmp_path):
    root = make_workspace(tmp_path / "ws")
    with pytest.raises(SystemExit) as exc:
        render(root, "--format", "odt")
    assert exc.value.code == 2
    shutil.rmtree(root)


def _load(root, rel):
    return document.load(Path(root), rel, "document")


def test_precheck_table_too_wide(tmp_path):
    root = make_workspace(tmp_path / "ws")
    source = root / UNIT_PLAN
    row = "| " + " | ".join(f"Cột{n}-rất-dài-không-ngắt-được" for n in range(12)) + " |"
    rule = "|" + "---|" * 12
    source.write_text(source.read_text(encoding="utf-8") + "\n" + row + "\n" + rule + "\n" + row + "\n",
                      encoding="utf-8")
    findings = precheck(_load(root, UNIT_PLAN))
    assert [f.code for f in findings] == ["CCHC-G001"]
    finding = findings[0]
    assert finding.args["columns"] == 12 and finding.args["orientation"] == "portrait"
    assert finding.message("vi").startswith("Bảng trong nội dung có 12 cột") and "trang dọc" in finding.message("vi")
    assert finding.args["needed"] > finding.args["available"] == 165
    assert source.read_text(encoding="utf-8").split("\n")[finding.line - 1].startswith("| Cột0")
    code, text = render(root, UNIT_PLAN, "--format", "docx")
    assert code == 1 and "CCHC-G001" in text and not output(root, UNIT_PLAN, "docx").exists()


def test_precheck_wide_annex_and_clean_documents(tmp_path):
    root = make_workspace(tmp_path / "ws")
    assert precheck(_load(root, PLAN)) == [] and precheck(_load(root, REPORT)) == []
    source = root / REPORT
    columns = ", ".join(f"cot_{n}: {n}" for n in range(40))
    text = source.read_text(encoding="utf-8").replace("mot_cua_lien_thong: 0}", "mot_cua_lien_thong: 0, " + columns + "}", 1)
    source.write_text(text, encoding="utf-8")
    findings = precheck(_load(root, REPORT))
    assert [(f.code, f.args["orientation"]) for f in findings] == [("CCHC-G001", "landscape")]
    assert "01-S" in findings[0].message()
