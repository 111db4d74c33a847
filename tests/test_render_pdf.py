"""`cchc render` to PDF (pandoc's typst writer + typst), checked with poppler's pdftotext, pdfinfo and pdffonts."""
import re
import shutil
import subprocess
import unicodedata

import pytest

from cchc.render import pdf
from render_fixtures import PLAN, REPORT, UNIT_PLAN, make_workspace, output, render

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    root = make_workspace(tmp_path_factory.mktemp("render-pdf") / "ws")
    code, text = render(root, PLAN, UNIT_PLAN, REPORT, "--format", "pdf")
    assert code == 0, text
    return root


def _text(path, first=None, last=None):
    argv = ["pdftotext", "-layout"]
    if first:
        argv += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run(argv + [str(path), "-"], capture_output=True, text=True, check=True).stdout


def _sizes(path):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True, text=True).stdout
    return [tuple(round(float(x)) for x in m) for m in re.findall(r"size:\s+([\d.]+) x ([\d.]+) pts", info)]


def _lines(text):
    return [line for line in text.split("\n") if line.strip()]


def test_header_lines_number_and_date_in_order(province):
    lines = _lines(_text(output(province, PLAN, "pdf"), 1))
    first, second, third = lines[:3]
    assert re.search(r"ỦY BAN NHÂN DÂN\s{3,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", first)
    assert re.search(r"TỈNH HÒA LÂM\s{3,}Độc lập - Tự do - Hạnh phúc", second)
    assert re.search(r"Số: 218/KH-UBND\s{3,}Hòa Lâm, ngày 26 tháng 12 năm 2025", third)   # one line
    assert lines[3].strip() == "KẾ HOẠCH"
    assert lines[4].strip() == "Cải cách hành chính tỉnh Hòa Lâm năm 2026"
    assert lines[5].strip().startswith("Căn cứ Nghị quyết số 76/NQ-CP")


def test_department_header_and_zero_padded_date(province):
    lines = _lines(_text(output(province, UNIT_PLAN, "pdf"), 1))
    assert lines[0].split()[:4] == ["UBND", "TỈNH", "HÒA", "LÂM"]
    assert lines[1].strip().startswith("SỞ NỘI VỤ")
    assert "Số: 02/KH-SNV" in lines[2] and "Hòa Lâm, ngày 02 tháng 01 năm 2026" in lines[2]


def test_vietnamese_text_is_nfc_and_complete(province):
    text = _text(output(province, PLAN, "pdf"))
    assert unicodedata.is_normalized("NFC", text)
    for phrase in ("Phấn đấu đến hết năm 2026 đạt các chỉ tiêu chủ yếu sau:", "Cải cách thủ tục hành chính",
                   "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "Đỗ Minh Quang"):
        assert phrase in re.sub(r"\s+", " ", text)


def test_page_numbers_from_page_two_at_the_top(province):
    path = output(province, PLAN, "pdf")
    assert not _lines(_text(path, 1))[0].strip().isdigit()
    assert _lines(_text(path, 2))[0].strip() == "2"
    assert _lines(_text(path, 3))[0].strip() == "3"


def test_signature_block_beside_recipients(province):
    text = _text(output(province, PLAN, "pdf"))
    lines = _lines(text)
    row = next(i for i, line in enumerate(lines) if "Nơi nhận:" in line)
    assert re.search(r"Nơi nhận:\s{5,}TM\. ỦY BAN NHÂN DÂN", lines[row])
    assert "KT. CHỦ TỊCH" in lines[row + 1] and "PHÓ CHỦ TỊCH" in lines[row + 2]
    tail = "\n".join(lines[row:row + 14])
    assert "- Lưu: VT, NC." in tail and "Đỗ Minh Quang" in tail


def test_annex_is_landscape_and_numbered_on_its_own(province):
    path = output(province, PLAN, "pdf")
    sizes = _sizes(path)
    first_annex = sizes.index((842, 595)) + 1
    assert all(size == (595, 842) for size in sizes[:first_annex - 1])
    assert all(size == (842, 595) for size in sizes[first_annex - 1:])
    page = _lines(_text(path, first_annex))
    assert page[0].strip() == "Phụ lục"
    assert page[1].strip().startswith("NHIỆM VỤ CỤ THỂ THEO LĨNH VỰC")
    assert "(Kèm theo Kế hoạch số 218/KH-UBND ngày 26 tháng 12 năm 2025 của UBND tỉnh)" in page[2]
    header = " ".join(page[3:6])
    for column in ("Nhiệm vụ", "Nhiệm vụ cụ thể", "Sản phẩm", "Cơ quan chủ", "Cơ quan phối", "Thời gian"):
        assert column in header
    assert _lines(_text(path, first_annex + 1))[0].strip() == "2"     # the annex counts from 1


def test_fonts_are_embedded_times_metric_fonts(province):
    fonts = subprocess.run(["pdffonts", str(output(province, REPORT, "pdf"))], capture_output=True,
                           text=True).stdout
    names = re.findall(r"^\S+\+(\S+)", fonts, re.M)
    assert names and all(re.match(r"(LiberationSerif|TeXGyreTermes)", n) for n in names), names


def test_pdf_is_byte_identical(tmp_path):
    root = make_workspace(tmp_path / "ws")
    for name in ("a", "b"):
        assert render(root, UNIT_PLAN, "--format", "pdf", "--out", str(root / name), "--no-cache")[0] == 0
    first = output(root, UNIT_PLAN, "pdf", "a").read_bytes()
    assert first.startswith(b"%PDF") and first == output(root, UNIT_PLAN, "pdf", "b").read_bytes()


def test_fonts_come_from_explicit_folders():
    folders = pdf.font_dirs()
    assert folders and all("liberation2" in f or "tex-gyre" in f for f in folders)
    assert not any(f.rstrip("/").endswith("/liberation") for f in folders)   # the old 1.x fonts lack Vietnamese


def test_cell_text_that_looks_like_a_list_is_printed_as_written(tmp_path):
    """typst reads "- ", "+ " and "1. " at the start of a cell as list items ("•", "1."): they are escaped."""
    root = make_workspace(tmp_path / "ws")
    source = root / UNIT_PLAN
    text = source.read_text(encoding="utf-8")
    for old, new in (("12 quyết định của UBND tỉnh", "- Mười hai"),
                     ("Quyết định công bố của Chủ tịch UBND tỉnh; báo cáo rà soát, phương án đơn giản hóa", "+ Công bố"),
                     ("04 dự thảo quyết định trình UBND tỉnh; báo cáo kết quả rà soát", "7. Bảy dự thảo")):
        assert f"san_pham: {old}\n" in text
        text = text.replace(f"san_pham: {old}\n", f'san_pham: "{new}"\n', 1)
    source.write_text(text, encoding="utf-8")
    assert render(root, UNIT_PLAN, "--format", "pdf")[0] == 0
    rows = _text(output(root, UNIT_PLAN, "pdf"))
    for cell in ("- Mười hai", "+ Công bố", "7. Bảy dự thảo"):     # in the "Sản phẩm" column, after the task
        assert re.search(r"1\.1\. .+\s{2,}" + re.escape(cell) + r"\s{2,}Sở Nội vụ", rows), cell
    assert "•" not in rows


def test_three_dots_are_printed_as_typed_in_text_and_cells(tmp_path):
    """typst reads "..." as an ellipsis "…": the author's dots (official wording: "tự chủ...", "(Ý Yên....)")
    are escaped, in the body and in table cells."""
    root = make_workspace(tmp_path / "ws")
    source = root / UNIT_PLAN
    text = source.read_text(encoding="utf-8")
    assert "san_pham: 12 quyết định của UBND tỉnh\n" in text
    text = text.replace("san_pham: 12 quyết định của UBND tỉnh\n", 'san_pham: "TTHC...với (Ý Yên....)"\n', 1)
    text = text.replace("\n# I.", "\nTăng cường tự chủ...\n\n# I.", 1)
    source.write_text(text, encoding="utf-8")
    assert render(root, UNIT_PLAN, "--format", "pdf")[0] == 0
    printed = unicodedata.normalize("NFC", _text(output(root, UNIT_PLAN, "pdf")))
    assert "tự chủ..." in printed and "TTHC...với" in printed and "Yên....)" in printed   # the cell wraps
    assert "…" not in printed
