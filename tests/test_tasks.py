"""Real plan tables: a task with several product rows, values written once for several rows (merged
cells), the plan's own numbering, and the annex title and caption of the document itself."""
import docx
import pytest

from cchc import check, tasks
from cchc.layout import annexes, tables
from conftest import CASES, build_case
from render_fixtures import make_workspace, output, render

TASK = {"ma": "TC-01", "linh_vuc": "the_che", "nhom": "1. Rà soát văn bản", "ten": "1.1. Xây dựng Kế hoạch",
        "chu_tri": "Sở Tư pháp", "kinh_phi": "Kinh phí thường xuyên",
        "dong": [{"phoi_hop": ["Các Sở, ban, ngành"], "thoi_gian": "Quý 1-Năm 2021"},
                 {"chu_tri": "Văn phòng UBND tỉnh", "thoi_gian": "Thường xuyên"}]}


def test_a_row_shows_the_task_value_it_does_not_write_itself():
    first, second = tasks.rows(TASK)
    assert first.values["chu_tri"] == "Sở Tư pháp" and second.values["chu_tri"] == "Văn phòng UBND tỉnh"
    assert first.values["phoi_hop"] == ["Các Sở, ban, ngành"] and second.values["phoi_hop"] is None
    assert (first.where("chu_tri"), second.where("chu_tri")) == (("chu_tri",), ("dong", 1, "chu_tri"))
    assert second.where("phoi_hop") == ("dong", 1) and second.where() == ("dong", 1)


def test_a_task_without_rows_is_one_row():
    [row] = tasks.rows({"ma": "A", "ten": "x", "chu_tri": "Sở A"})
    assert row.index is None and row.values["chu_tri"] == "Sở A" and row.where("san_pham") == ("ma",)


@pytest.mark.parametrize("text, numbered", [
    ("1. Rà soát", True), ("1.1. Xây dựng", True), ("1.1.Xây dựng", True), ("3.1 Triển khai", True),
    ("a) Công bố", True), ("IV. Cải cách công vụ", True),
    ("100% hồ sơ được số hóa", False), ("2026 là năm", False), ("Triển khai", False), ("1 Kế hoạch", False),
])
def test_the_numbering_a_plan_types_itself(text, numbered):
    assert tasks.numbered(text) is numbered


def _texts(row):
    return [(c["text"], c["rowspan"]) for c in row]


def test_printed_table_merges_what_the_task_writes_once_and_keeps_its_numbers():
    other = {"ma": "TC-02", "linh_vuc": "the_che", "nhom": "1. Rà soát văn bản",
             "ten": "Đăng công báo", "chu_tri": "Văn phòng UBND tỉnh", "thoi_gian": "Thường xuyên"}
    table = annexes.task_table([TASK, other], {"the_che": {"ten": "Cải cách thể chế"}})
    area, first, second, third = table["rows"]
    assert area[0]["text"] == "I. Cải cách thể chế"
    # the group over the three rows of its tasks; the task over its two rows; its own numbers, none added
    assert _texts(first) == [("1. Rà soát văn bản", 3), ("1.1. Xây dựng Kế hoạch", 2), ("", 2),
                             ("Sở Tư pháp", 1), ("Các Sở, ban, ngành", 1), ("Quý 1-Năm 2021", 1),
                             ("Kinh phí thường xuyên", 2)]
    assert _texts(second) == [("Văn phòng UBND tỉnh", 1), ("", 1), ("Thường xuyên", 1)]
    assert _texts(third)[0] == ("Đăng công báo", 1)      # left unnumbered, as the plan left it
    # the widths see each cell in its own column, whatever spans down from above
    columns = tables.columns_of(table)
    assert "Văn phòng UBND tỉnh" in columns[3] and "Thường xuyên" in columns[5]


def test_a_plan_that_does_not_number_is_numbered():
    plain = {"ma": "A", "linh_vuc": "the_che", "nhom": "Rà soát", "ten": "Xây dựng", "chu_tri": "Sở A"}
    rows = annexes.task_table([plain], {})["rows"]
    assert [c["text"] for c in rows[1][:2]] == ["1. Rà soát", "1.1. Xây dựng"]


def _findings(tmp_path, case):
    root = build_case(CASES / case, tmp_path / "ws")
    return check.run(root, use_cache=False, jobs=1)[0]


def test_rows_are_checked_where_they_are_written(tmp_path):
    found = {(f.code, f.line) for f in _findings(tmp_path, "CCHC-P009/fail")}
    assert ("CCHC-P009", 26) in found and ("CCHC-P009", 10) in found
    p009 = [f for f in _findings(tmp_path / "again", "CCHC-P009/fail") if f.line == 26]
    assert "dòng 2" in p009[0].message("vi") and "row 2" in p009[0].message("en")


PLAN_2021 = """---
loai: ke_hoach
nam: 2026
so_ky_hieu: 09/KH-SNV
ngay_ban_hanh: 2026-01-05
trich_yeu: Cải cách hành chính năm 2026
nguoi_ky: {tham_quyen: [KT. GIÁM ĐỐC], chuc_vu: Phó Giám đốc, ho_ten: Nguyễn Văn A}
noi_nhan: [UBND tỉnh, "Lưu: VT."]
phu_luc_nhiem_vu:
  tieu_de: Nhiệm vụ cụ thể theo lĩnh vực của cải cách hành chính Sở Nội vụ năm 2026
  kem_theo: (Kèm theo Kế hoạch số 09/KH-SNV ngày 05 tháng 01 Năm 2026 của Sở Nội vụ)
nhiem_vu:
  - ma: NV-01
    linh_vuc: the_che
    nhom: 1. Rà soát và hệ thống hóa văn bản
    ten: 1.1. Xây dựng Kế hoạch kiểm tra. 1.2. Rà soát danh mục văn bản hết hiệu lực.
    chu_tri: Sở Nội vụ
    kinh_phi: Kinh phí thường xuyên
    dong:
      - phoi_hop: [Các sở, ban, ngành]
        thoi_gian: Quý I năm 2026
      - phoi_hop: [Cơ quan có liên quan]
        thoi_gian: Quý II năm 2026
  - ma: NV-02
    linh_vuc: thu_tuc_hanh_chinh
    ten: Triển khai công bố thủ tục hành chính
    san_pham: Quyết định công bố
    chu_tri: Sở Nội vụ
    phoi_hop: [Văn phòng UBND tỉnh]
    thoi_gian: Năm 2026
    kinh_phi: Kinh phí thường xuyên
---

# I. MỤC ĐÍCH, YÊU CẦU

Nội dung.
"""


def test_a_plan_prints_its_own_title_caption_numbers_and_merged_cells(tmp_path):
    root = make_workspace(tmp_path / "ws", {"units/so-noi-vu/2026/ke-hoach.md": PLAN_2021})
    # the plan lacks the sample province's mandatory areas and tasks: printed as a draft, the layout is the same
    code, text = render(root, "--format", "docx", "--du-thao", "units/so-noi-vu/2026/ke-hoach.md")
    assert code == 0, text
    document = docx.Document(str(output(root, "units/so-noi-vu/2026/ke-hoach.md", "docx")))
    texts = [p.text for p in document.paragraphs]
    start = texts.index("Phụ lục")
    assert texts[start + 1] == "NHIỆM VỤ CỤ THỂ THEO LĨNH VỰC CỦA CẢI CÁCH HÀNH CHÍNH SỞ NỘI VỤ NĂM 2026"
    assert texts[start + 2] == "(Kèm theo Kế hoạch số 09/KH-SNV ngày 05 tháng 01 Năm 2026 của Sở Nội vụ)"
    table = document.tables[-1]
    body = [[c.text for c in row.cells] for row in table.rows]
    # a merged cell is one cell over both rows: python-docx repeats its text in each
    assert body[2][:2] == ["1. Rà soát và hệ thống hóa văn bản",
                           "1.1. Xây dựng Kế hoạch kiểm tra. 1.2. Rà soát danh mục văn bản hết hiệu lực."]
    assert body[2][3] == body[3][3] == "Sở Nội vụ" and body[2][4:6] == ["Các sở, ban, ngành", "Quý I năm 2026"]
    assert body[3][4:6] == ["Cơ quan có liên quan", "Quý II năm 2026"]
    assert table.rows[2].cells[3]._tc is table.rows[3].cells[3]._tc        # one merged cell, not two
    assert table.rows[2].cells[4]._tc is not table.rows[3].cells[4]._tc
    # the task the plan left unnumbered is printed unnumbered
    assert any(row[0] == "Triển khai công bố thủ tục hành chính" for row in body)


def test_a_name_in_a_product_row_is_read_where_it_is_written(tmp_path):
    """The agencies of a product row are read like those of a task: a misspelled one (CCHC-X002) is told
    at its row."""
    root = build_case(CASES / "CCHC-P009/pass", tmp_path / "ws")
    path = root / "units/so-a/2026/ke-hoach.md"
    old = "        phoi_hop: [Văn phòng UBND tỉnh]\n        thoi_gian: Năm 2026"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, "        phoi_hop: [Sở Nôi vụ]\n        thoi_gian: Năm 2026", 1), encoding="utf-8")
    found = [(f.code, f.line, f.column, f.args.get("name")) for f in check.run(root, use_cache=False, jobs=1)[0]
             if f.path == "units/so-a/2026/ke-hoach.md"]
    assert found == [("CCHC-X002", 26, 20, "Sở Nội vụ")]
