"""Annex figures are never lost or misread without a finding: the columns of a form and the kind of figure
each holds (formulas.Column), a key that is no column (CCHC-B012), a code that is no form (B013), figures
written the Vietnamese way (B014), blank cells that are not reported (B015), and what `cchc new`, the
printed annex and the consolidated report make of blanks."""
import datetime as dt
import pickle
import re
import shutil
from types import SimpleNamespace

import pytest
import yaml

from cchc import check, cli, consolidate, fastcheck, loader, validate
from cchc.checks import reports
from cchc.formulas import INTEGER, NUMBER, RATIO, compile_form
from cchc.layout import report_annexes
from cchc.loader import load_workspace
from cchc.model import Model
from cchc.yamlpos import Positions

from conftest import CASES, ROOT

REPORT = "units/so-a/2026/bao-cao-quy-1.md"
AS_OF = dt.date(2026, 11, 23)


def _findings(root, code=None, jobs=1):
    found = check.run(root, use_cache=False, jobs=jobs).findings
    return [f for f in found if code is None or f.code == code]


def _edit(root, old, new, rel=REPORT):
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


# --- the columns of a form ----------------------------------------------------------------------

def test_a_column_is_a_label_or_declares_its_kind_and_unit():
    form = compile_form("01-H", {"ten": "Hồ sơ", "cot": {
        "tiep_nhan": "Tiếp nhận", "da_giai_quyet": "Đã giải quyết", "dung_han": "Đúng hạn",
        "ti_le": "Tỷ lệ đúng hạn (%)", "kinh_phi": {"ten": "Kinh phí", "kieu": "so", "don_vi_tinh": "triệu đồng"},
        "ti_le_so_hoa": {"ten": "Tỷ lệ số hóa", "kieu": "ty_le", "don_vi_tinh": "%"},
        "so_ho_so": {"ten": "Số hồ sơ", "don_vi_tinh": "hồ sơ"}},
        "cong_thuc": ["ti_le = dung_han / da_giai_quyet * 100"]})
    kinds = {key: column.kind for key, column in form.columns.items()}
    assert kinds == {"tiep_nhan": INTEGER, "da_giai_quyet": INTEGER, "dung_han": INTEGER, "ti_le": RATIO,
                     "kinh_phi": NUMBER, "ti_le_so_hoa": RATIO, "so_ho_so": INTEGER}
    assert list(form.columns) == ["tiep_nhan", "da_giai_quyet", "dung_han", "ti_le", "kinh_phi", "ti_le_so_hoa",
                                  "so_ho_so"]
    assert [c.title for c in form.columns.values()][3:] == ["Tỷ lệ đúng hạn (%)", "Kinh phí (triệu đồng)",
                                                             "Tỷ lệ số hóa (%)", "Số hồ sơ (hồ sơ)"]
    assert form.not_summed == {"ti_le", "ti_le_so_hoa"}        # declared ratios are not summed either


@pytest.mark.parametrize("column, problem", [
    ({"ten": "Tỷ lệ", "kieu": "phan_tram"}, "CCHC-S005"),
    ({"kieu": "so"}, "CCHC-S001"),
    ({"ten": "Tỷ lệ", "don_vi": "%"}, "CCHC-S002"),
    (12, "CCHC-S003"),
])
def test_the_rule_set_schema_judges_the_long_column_syntax_and_the_fast_path_agrees(column, problem):
    data = {"nam": 2025, "phu_luc": {"01-S": {"ten": "TTHC", "cot": {"tong": "Tổng", "ti_le": column}}}}
    assert fastcheck.accept("rules", data) is None                    # refused: Cerberus says why
    out = validate.Collector("content/rules/2025.yml")
    assert validate.check("rules", data, Positions(), out) is None
    assert problem in [f.code for f in out.items]
    good = {"nam": 2025, "phu_luc": {"01-S": {"ten": "TTHC", "cot": {
        "tong": "Tổng", "ti_le": {"ten": "Tỷ lệ", "kieu": "ty_le", "don_vi_tinh": "%"}}}}}
    assert fastcheck.accept("rules", good) == validate.validator("rules").normalized(good) == good


# --- B012: a key that is no column --------------------------------------------------------------

def test_unknown_columns_say_what_was_meant(workspace):
    found = {(f.line, f.column): f for f in _findings(workspace(CASES / "CCHC-B012" / "fail"))}
    misspelled, decimal, name = found[(18, 33)], found[(18, 164)], found[(19, 37)]
    assert misspelled.args["variant"] == "close"
    assert "có phải ý là tiep_nhan_truc_tuyen?" in misspelled.hint("vi").lower()
    assert decimal.args["variant"] == "flow_decimal" and decimal.args["key"] == "11"
    assert "ti_le_dung_han = 97" in decimal.message("vi") and "ti_le_dung_han: 97.11" in decimal.hint("vi")
    assert name.args["variant"] == "name_comma"
    assert 'ten: "Lĩnh vực nông nghiệp, lâm nghiệp"' in name.hint("vi")
    # what was misread is told once: no broken formula for the 97 read from "97,11", nor for the misspelled
    # column, and no "blank cell" for it either
    assert [f.code for f in found.values()] == ["CCHC-B012"] * 3


def test_a_thousands_comma_inside_braces_is_told_with_the_whole_number(workspace):
    root = workspace(CASES / "CCHC-B012" / "pass")
    _edit(root, "tiep_nhan_truc_tiep: 2075,", "tiep_nhan_truc_tiep: 2,075,")
    [finding] = _findings(root, "CCHC-B012")
    assert finding.args["variant"] == "flow_thousands" and finding.args["key"] == "075"
    assert finding.hint("vi").endswith("tiep_nhan_truc_tiep: 2075.")
    assert _findings(root, "CCHC-B004") == _findings(root, "CCHC-B005") == []


def test_a_key_nothing_resembles_lists_the_columns(workspace):
    root = workspace(CASES / "CCHC-B012" / "pass")
    _edit(root, 'ma: "2", ', 'ma: "2", so_nguoi_nop: 7, ')
    [finding] = _findings(root, "CCHC-B012")
    assert "variant" not in finding.args
    assert finding.hint("vi").startswith("Dùng đúng mã cột của mẫu: tiep_nhan_truc_tuyen, tiep_nhan_truc_tiep")


# --- B013: a code that is no form ---------------------------------------------------------------

def test_an_unknown_annex_code_names_the_form_and_is_not_read(workspace):
    root = workspace(CASES / "CCHC-B013" / "fail")
    _edit(root, "tiep_nhan_truc_tuyen: 560", "tiep_nhan_truc_tuyn: 560")
    found = _findings(root)
    [finding] = [f for f in found if f.code == "CCHC-B013"]
    assert finding.args["close"] == "01-S" and 'Sửa thành "ma: 01-S"' in finding.hint("vi")
    assert "không được kiểm tra" in finding.message("vi")
    assert not [f for f in found if f.code in ("CCHC-B004", "CCHC-B005", "CCHC-B012", "CCHC-B014", "CCHC-B015")]


def test_a_rule_set_without_forms_takes_any_annex(workspace):
    """The base workspace's report has an annex 01-S and its rule set describes no form: nothing to say."""
    assert _findings(workspace(), "CCHC-B013") == []


# --- B014: figures written the Vietnamese way -------------------------------------------------------

def test_thousands_separators_and_decimal_commas_are_never_read_silently(workspace):
    found = {(f.line, f.column): f for f in _findings(workspace(CASES / "CCHC-B014" / "fail"))}
    assert {f.code for f in found.values()} == {"CCHC-B014"}     # misread figures break no formula on top
    thousands = found[(18, 81)]
    assert thousands.args["variant"] == "thousands"
    assert "2.075 được đọc là số thập phân (dấu chấm là dấu thập phân: 2,075), không phải 2.075" \
        in thousands.message("vi")
    assert thousands.hint("vi") == "Không dùng dấu chấm ngăn cách hàng nghìn: viết tiep_nhan_truc_tiep: 2075."
    assert found[(20, 89)].hint("vi").endswith("viết tiep_nhan_truc_tiep: 2100.")        # 2.100, read as 2.1
    assert found[(18, 125)].args["variant"] == "thousands_text" and found[(18, 125)].args["fix"] == "2627"
    assert found[(18, 166)].args["variant"] == "decimal_comma"
    assert found[(18, 166)].hint("vi").endswith("viết ti_le_dung_han: 97.11.")


@pytest.mark.parametrize("kind, written, variant, fix", [
    (INTEGER, "1.234.567", "thousands_text", "1234567"),
    (INTEGER, "1 234", "thousands_text", "1234"),
    (INTEGER, "1,234", "thousands_text", "1234"),
    (NUMBER, "1.234.567", "thousands_text", "1234567"),
    (RATIO, "97,11", "decimal_comma", "97.11"),
    (RATIO, "12,5%", "decimal_comma", "12.5"),
    (RATIO, "100%", "decimal_comma", "100"),
    (NUMBER, "1.234,5", "decimal_comma", "1234.5"),
    (RATIO, "1,234", "decimal_comma", "1.234"),
    (INTEGER, "03", "leading_zero", "3"),
    (INTEGER, "12", "quoted", "12"),
    (RATIO, "97.11", "quoted", "97.11"),
    (INTEGER, "—", "not_number", ""),
    (INTEGER, "khoảng 50", "not_number", ""),
])
def test_how_a_text_figure_is_read_and_the_fix_that_reads_right(kind, written, variant, fix):
    assert reports._misread(kind, written) == variant
    assert reports._fixed(variant, written) == fix
    if fix:
        assert yaml.safe_load(f"x: {fix}")["x"] == float(fix)       # the fix is read as the number meant


def _raw(text):
    from cchc.yamlpos import load
    from cchc.findings import Collector
    return load(f"x: {text}", "x.yml", Collector("x.yml"))[0]["x"]


@pytest.mark.parametrize("kind, written, variant", [
    (INTEGER, "2.075", "thousands"), (INTEGER, "2.000", "thousands"), (INTEGER, "12.5", "not_integer"),
    (INTEGER, "12.0", None), (INTEGER, "2075", None), (NUMBER, "2.075", None), (RATIO, "97.11", None),
    (INTEGER, "", None),
])
def test_how_a_number_is_read(kind, written, variant):
    assert reports._misread(kind, _raw(written)) == variant


def test_figures_keep_how_they_were_written_when_loaded_in_several_processes(workspace, monkeypatch):
    """2.100 is read as 2.1: only the text it was written as tells it apart from 2.1, also when the files
    are loaded by other processes and sent back."""
    value = _raw("2.100")
    assert pickle.loads(pickle.dumps(value)).raw == "2.100"
    monkeypatch.setattr(loader, "PARALLEL_FROM", 1)
    root = workspace(CASES / "CCHC-B014" / "fail")
    assert (20, 89) in {(f.line, f.column) for f in _findings(root, "CCHC-B014", jobs=2)}


# --- B015 and blanks ----------------------------------------------------------------------------------

def test_blank_cells_are_told_once_per_annex(workspace):
    root = workspace(CASES / "CCHC-B015" / "fail")
    _edit(root, "tiep_nhan_truc_tuyen: 560, ", "tiep_nhan_truc_tuyen: , ")      # a second row with a blank
    found = _findings(root)
    [finding] = [f for f in found if f.code == "CCHC-B015"]
    assert finding.severity == "info" and (finding.line, finding.column) == (16, 9)
    assert finding.args["columns"] == "tiep_nhan_truc_tuyen, ti_le_dung_han" and finding.args["count"] == 4
    assert [f for f in found if f.severity == "error"] == []


def _sample(tmp_path):
    for folder in ("content", "units"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def test_a_new_report_leaves_annex_figures_blank_and_prints_blank_cells(tmp_path, capsys):
    root = _sample(tmp_path)
    rel = "units/so-tu-phap/2026/bao-cao-quy-3.md"
    (root / rel).unlink()
    assert cli.main(["new", "report", "--unit", "so-tu-phap", "--year", "2026", "--period", "quy_3",
                     "--workspace", str(root)]) == 0
    capsys.readouterr()
    front = yaml.safe_load((root / rel).read_text(encoding="utf-8").split("---\n")[1])
    [total] = front["phu_luc"][0]["dong"]
    columns = yaml.safe_load((ROOT / "content/rules/2025.yml").read_text(encoding="utf-8"))["phu_luc"]["01-S"]["cot"]
    assert total == {"ten": "Tổng cộng", "la_tong": True, **{c: None for c in columns}}
    _edit(root, "so_ky_hieu: ''", "so_ky_hieu: 150/BC-STP", rel)         # numbered and dated, it is printable
    _edit(root, "ngay_ban_hanh: ''", "ngay_ban_hanh: 2026-09-14", rel)
    ws = load_workspace(root, use_cache=False, jobs=1)
    model = Model(ws, AS_OF)
    doc = ws.docs[rel]
    info = SimpleNamespace(rules=lambda year: model.book.for_year(year)[1], plans={}, book=model.book)
    [annex] = [a for a in report_annexes.report_annexes(doc, info) if a["code"] == "01-S"]
    cells = [cell["text"] for cell in annex["table"]["rows"][0][2:]]
    assert cells == [""] * len(columns)


def test_the_printed_annex_takes_titles_from_either_syntax_and_prints_notes():
    form = compile_form("01-S", {"ten": "x", "cot": {"a": "Cột A", "b": {"ten": "Tỷ lệ", "kieu": "ty_le",
                                                                         "don_vi_tinh": "%"}}})
    titles = {key: column.title for key, column in form.columns.items()}
    table = report_annexes.figures_table([{"ten": "Dòng 1", "a": None, "b": 97.11, "ghi_chu": "Ước tính"},
                                          {"ten": "Tổng cộng", "la_tong": True, "a": 3, "b": None}], titles)
    assert [c["title"] for c in table["columns"]] == ["STT", "Nội dung", "Cột A", "Tỷ lệ (%)", "Ghi chú"]
    assert [c["text"] for c in table["rows"][0]] == ["1", "Dòng 1", "", "97,11", "Ước tính"]
    assert [c["text"] for c in table["rows"][1]] == ["", "Tổng cộng", "3", "", ""]


def test_the_consolidated_report_does_not_sum_a_column_a_unit_left_blank(tmp_path):
    root = _sample(tmp_path)
    rel = "units/xa-an-hoa/2026/bao-cao-quy-3.md"
    text = (root / rel).read_text(encoding="utf-8")
    lines = text.split("\n")
    total = next(i for i, line in enumerate(lines) if "la_tong: true" in line)
    lines[total] = re.sub(r"tiep_nhan_truc_tuyen: \d+", "tiep_nhan_truc_tuyen: ", lines[total])
    (root / rel).write_text("\n".join(lines), encoding="utf-8")
    model = Model(load_workspace(root, use_cache=False, jobs=1), AS_OF)
    result = consolidate.build(model, 2026, "quy_3", AS_OF)
    front = yaml.safe_load(result.text.split("---\n")[1])
    annex = next(a for a in front["phu_luc"] if a["ma"] == "01-X")
    rows, summed = annex["dong"][:-1], annex["dong"][-1]
    [blank] = [r for r in rows if r["ten"].startswith("UBND xã An Hòa")]
    assert "tiep_nhan_truc_tuyen" not in blank and "tiep_nhan_truc_tuyen" not in summed
    assert summed["tiep_nhan_truc_tiep"] == sum(r["tiep_nhan_truc_tiep"] for r in rows)
    assert "Không cộng tổng các cột có đơn vị chưa báo cáo số liệu (ô trống): Tiếp nhận mới trực tuyến." \
        in annex["ghi_chu"]
