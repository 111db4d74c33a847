"""The arithmetic of an annex (annexmath): formulas that are identities or inequalities, the total row,
optional columns and columns whose blank counts as a default (tuy_chon, mac_dinh), and the diagnosis that
names the one cell (or two) explaining every identity the figures break (CCHC-B016) instead of every
symptom; and the official one-stop form of the sample rule set with published figures."""
import datetime as dt
import re
import shutil

import yaml

from cchc import annexmath, check, consolidate
from cchc.checks import reports
from cchc.formulas import compile_form, parse
from cchc.loader import load_workspace
from cchc.model import Model

from conftest import CASES, ROOT

AS_OF = dt.date(2026, 11, 23)
RULES = yaml.safe_load((ROOT / "content/rules/2025.yml").read_text(encoding="utf-8"))
ONE_STOP = compile_form("01-X", RULES["phu_luc"]["01-X"])
COLUMNS = ("ton_ky_truoc", "tiep_nhan_truc_tuyen", "tiep_nhan_truc_tiep", "tong_tiep_nhan", "giai_quyet_truoc_han",
           "giai_quyet_dung_han", "giai_quyet_qua_han", "tong_da_giai_quyet", "dang_giai_quyet", "ti_le_dung_han")


def _row(name, *figures, **more):
    return {"ten": name, **dict(zip(COLUMNS, figures)), **more}


def _rows():
    """Two areas and their total, every identity holding (the total's ratio 3410 / 3440 = 99,127... written
    99.13, to two decimals as reports round it)."""
    return [
        _row("Lĩnh vực tư pháp", 40, 1500, 460, 2000, 1600, 300, 20, 1920, 80, 98.96),
        _row("Lĩnh vực đất đai", 60, 900, 640, 1600, 1360, 150, 10, 1520, 80, 99.34),
        _row("Tổng cộng", 100, 2400, 1100, 3600, 2960, 450, 30, 3440, 160, 99.13, la_tong=True),
    ]


def _fixes(rows, form=ONE_STOP):
    return [(f.row, f.column, f.written, f.meant) for f in annexmath.examine(form, rows).fixes]


# --- formulas: identities and inequalities -----------------------------------------------------------

def test_an_inequality_is_a_formula_with_two_sides():
    at_most = parse("tong_da_giai_quyet <= tong_tiep_nhan")
    assert (at_most.relation, at_most.target, at_most.names, at_most.equation) == \
        ("<=", "tong_da_giai_quyet", ["tong_tiep_nhan"], False)
    assert at_most.check({"tong_da_giai_quyet": 10, "tong_tiep_nhan": 10}) is True
    assert at_most.check({"tong_da_giai_quyet": 11, "tong_tiep_nhan": 10}) is False
    assert at_most.check({"tong_da_giai_quyet": None, "tong_tiep_nhan": 10}) is None      # blank: not checked
    at_least = parse("a + b ≥ c")
    assert (at_least.relation, at_least.left_text, at_least.right_text) == (">=", "a + b", "c")
    assert at_least.check({"a": 1, "b": 1, "c": 3}) is False and not at_least.ratio
    assert parse("ti_le <= da / tong * 100").holds(50.004, 50)        # what divides is compared to two decimals
    for text in ("a < b", "a <= b <= c", "a =< b", "1 <= 2", "a = b = c", "a <= __import__('os')"):
        assert parse(text) is None, text


def test_a_column_may_be_optional_or_count_a_blank_as_a_default():
    columns = ONE_STOP.columns
    assert (columns["chua_den_han"].optional, columns["chua_den_han"].default) == (True, None)
    assert (columns["tra_lai_rut"].optional, columns["tra_lai_rut"].default) == (True, 0)
    assert (columns["dang_giai_quyet"].optional, columns["dang_giai_quyet"].default) == (False, None)
    assert "tong_da_giai_quyet <= tong_tiep_nhan" in [f.text for f in ONE_STOP.formulas]


# --- the diagnosis ----------------------------------------------------------------------------------

def test_one_typo_in_the_total_row_is_one_cell():
    rows = _rows()
    rows[2]["giai_quyet_truoc_han"] = 2690                     # 2960 typed 2690
    found = annexmath.examine(ONE_STOP, rows)
    assert len(found.failing) == 3          # the column total, the total row's sum and its ratio
    assert _fixes(rows) == [(2, "giai_quyet_truoc_han", 2690, 2960)]


def test_one_typo_in_a_row_is_one_cell():
    rows = _rows()
    rows[1]["tong_da_giai_quyet"] = 1250                       # its row, its column total, pending, the ratio
    assert _fixes(rows) == [(1, "tong_da_giai_quyet", 1250, 1520)]


def test_two_typos_are_two_cells_when_no_single_cell_explains_them():
    rows = _rows()
    rows[0]["ton_ky_truoc"] = 46
    rows[1]["giai_quyet_qua_han"] = 19
    assert _fixes(rows) == [(0, "ton_ky_truoc", 46, 40), (1, "giai_quyet_qua_han", 19, 10)]


def test_a_ratio_is_proposed_to_two_decimals():
    rows = _rows()
    rows[0]["ti_le_dung_han"] = 98.69                          # 1900 / 1920 = 98,958...: written 98.96
    rows[2]["giai_quyet_qua_han"] = 38
    assert _fixes(rows) == [(0, "ti_le_dung_han", 98.69, 98.96), (2, "giai_quyet_qua_han", 38, 30)]


def test_no_small_explanation_leaves_the_symptoms():
    rows = _rows()
    rows[0]["ton_ky_truoc"] = 46
    rows[1]["giai_quyet_qua_han"] = 19
    rows[1]["tiep_nhan_truc_tuyen"] = 901
    found = annexmath.examine(ONE_STOP, rows)
    assert found.fixes == () and len(found.failing) == 6


def test_several_equal_explanations_are_no_diagnosis():
    """Amounts (kieu: so) may be below 0: three pairs of cells explain the two broken totals equally."""
    form = compile_form("01-S", {"ten": "x", "cot": {k: {"ten": k, "kieu": "so"} for k in ("tong", "a", "b", "c")},
                                 "cong_thuc": ["tong = a + b + c"]})
    rows = [{"ten": "A", "tong": 3, "a": 1, "b": 2, "c": 0}, {"ten": "B", "tong": 1, "a": 1, "b": 0, "c": 0},
            {"ten": "Tổng cộng", "la_tong": True, "tong": 4, "a": 2, "b": 3, "c": -1}]
    found = annexmath.examine(form, rows)
    assert len(found.failing) == 2 and found.fixes == ()
    counts = compile_form("01-S", {"ten": "x", "cot": {k: k for k in ("tong", "a", "b", "c")},
                                   "cong_thuc": ["tong = a + b + c"]})
    # counts are never proposed below 0: one explanation is left, the total row's
    assert _fixes(rows, counts) == [(2, "b", 3, 2), (2, "c", -1, 0)]


def test_a_blank_is_never_guessed():
    """The total row leaves the returned dossiers blank (read as the form's 0) while its rows report 12: the
    blank would explain both broken identities, but it is not a figure the report wrote."""
    rows = _rows()
    rows[0].update(tra_lai_rut=12, dang_giai_quyet=68)
    rows[2].update(dang_giai_quyet=148)
    found = annexmath.examine(ONE_STOP, rows)
    assert [(i.kind, i.column) for i, _, _ in found.failing] == [("formula", "dang_giai_quyet"),
                                                                 ("total", "tra_lai_rut")]
    assert found.fixes == ()
    rows = _rows()
    rows[1]["giai_quyet_dung_han"] = None                      # a blank required figure: unchecked, not guessed
    rows[2]["tong_da_giai_quyet"] = 3450
    found = annexmath.examine(ONE_STOP, rows)
    assert found.unchecked and "giai_quyet_dung_han" in found.blank
    assert all((f.row, f.column) != (1, "giai_quyet_dung_han") for f in found.fixes)


def test_optional_columns_left_out_are_not_asked_for():
    found = annexmath.examine(ONE_STOP, _rows())
    assert (found.failing, found.unchecked) == ([], 0)
    rows = _rows()
    rows[0]["chua_den_han"] = 70                               # half of the split: the rest cannot be checked
    found = annexmath.examine(ONE_STOP, rows)
    # the row's split, and the total row's chua_den_han that the row reports and the total does not
    assert found.failing == [] and found.unchecked == 2 and found.blank == {"chua_den_han", "dang_qua_han"}
    rows[0]["dang_qua_han"] = 10
    rows[1].update(chua_den_han=80, dang_qua_han=0)
    rows[2].update(chua_den_han=150, dang_qua_han=10)
    assert annexmath.examine(ONE_STOP, rows).unchecked == 0


def test_the_search_is_bounded():
    """A large annex with many broken identities ends at once, without a diagnosis."""
    rows = [_row(f"Dòng {i}", 1, 1, 1, 4, 1, 1, 1, 3, 1, 66.67) for i in range(300)]
    rows.append(_row("Tổng cộng", 300, 300, 300, 1200, 300, 300, 300, 900, 300, 66.67, la_tong=True))
    for row in rows[:-1:7]:
        row["tong_tiep_nhan"] = 5
    found = annexmath.examine(ONE_STOP, rows)
    assert found.fixes == () and len(found.failing) > 40


# --- in a report: CCHC-B016 ---------------------------------------------------------------------------

def test_the_typo_is_said_once_at_its_cell(workspace):
    findings = check.run(workspace(CASES / "CCHC-B016" / "fail"), use_cache=False, jobs=1).findings
    [finding] = [f for f in findings if f.severity != "info"]
    assert (finding.code, finding.line, finding.column) == ("CCHC-B016", 25, 159)
    assert finding.message("vi").startswith("Phụ lục 01-X: có thể ô giai_quyet_truoc_han của dòng \"Tổng cộng\" bị "
                                            "gõ nhầm: đang ghi 2.690, các ô khác cho 2.960.")
    assert "3 phép kiểm tra" in finding.message("vi") and "all 3 failing checks" in finding.message("en")
    assert "variant" not in finding.args or finding.args["variant"] is None


def test_an_inequality_is_told_with_its_sides(workspace):
    findings = check.run(workspace(CASES / "CCHC-B004" / "fail"), use_cache=False, jobs=1).findings
    [finding] = [f for f in findings if f.args.get("variant") == "at_most"]
    assert (finding.code, finding.line) == ("CCHC-B004", 19)
    assert finding.message("vi") == ("Phụ lục 01-S, dòng \"Lĩnh vực B\": mot_cua là 2, lớn hơn tthc_cong_bo là 1, "
                                     "trái với công thức \"mot_cua <= tthc_cong_bo\".")
    assert finding.hint("vi").endswith("mot_cua không được lớn hơn tthc_cong_bo.")


def test_figures_in_messages_are_written_the_vietnamese_way(workspace):
    root = workspace(CASES / "CCHC-B016" / "pass")
    report = root / "units/so-a/2026/bao-cao-quy-1.md"
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace("ti_le_dung_han: 98.96", "ti_le_dung_han: 97.5"), encoding="utf-8")
    [found] = [f for f in check.run(root, use_cache=False, jobs=1).findings if f.code == "CCHC-B004"]
    assert found.message("vi").endswith("ti_le_dung_han = 97,5 nhưng theo công thức \"ti_le_dung_han = "
                                        "(giai_quyet_truoc_han + giai_quyet_dung_han) / tong_da_giai_quyet * 100\" "
                                        "phải là 98,96.")
    assert [reports._shown(v, ratio) for v, ratio in ((2960, False), (3170.0, False), (0.1 + 0.2, False),
                                                       (200 / 3, True), (1234567.5, False))] == \
        ["2.960", "3.170", "0,3", "66,67", "1.234.567,5"]


# --- the sample rule set's one-stop form with published figures ----------------------------------------

PUBLISHED = """phu_luc:
  - ma: 01-TTPVHCC
    dong:
      - {ten: Lĩnh vực tư pháp, ton_ky_truoc: 86, tiep_nhan_truc_tuyen: 909, tiep_nhan_truc_tiep: 743, tong_tiep_nhan: 1738, giai_quyet_truoc_han: 958, giai_quyet_dung_han: 694, giai_quyet_qua_han: 12, tong_da_giai_quyet: 1664, dang_giai_quyet: 60, chua_den_han: 55, dang_qua_han: 5, tra_lai_rut: 14, ti_le_dung_han: 99.28}
      - {ten: "Lĩnh vực xây dựng, giao thông", ton_ky_truoc: 205, tiep_nhan_truc_tuyen: 4838, tiep_nhan_truc_tiep: 1976, tong_tiep_nhan: 7019, giai_quyet_truoc_han: 4312, giai_quyet_dung_han: 2425, giai_quyet_qua_han: 18, tong_da_giai_quyet: 6755, dang_giai_quyet: 264, chua_den_han: 250, dang_qua_han: 14, ti_le_dung_han: 99.73}
      - {ten: Tổng cộng, la_tong: true, ton_ky_truoc: 291, tiep_nhan_truc_tuyen: 5747, tiep_nhan_truc_tiep: 2719, tong_tiep_nhan: 8757, giai_quyet_truoc_han: 5270, giai_quyet_dung_han: 3119, giai_quyet_qua_han: 30, tong_da_giai_quyet: 8419, dang_giai_quyet: 324, chua_den_han: 305, dang_qua_han: 19, tra_lai_rut: 14, ti_le_dung_han: 99.64}
"""
CENTRE = "units/trung-tam-phvhcc/2026/bao-cao-quy-1.md"


def _sample(tmp_path):
    for folder in ("content", "units"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def _publish(root, annex=PUBLISHED):
    path = root / CENTRE
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"phu_luc:\n(?:  .*\n)+", lambda _: annex, text, count=1), encoding="utf-8")


def test_published_figures_with_returned_dossiers_pass(tmp_path):
    """The row that returned 14 dossiers has 1738 - 1664 - 14 = 60 pending, split 55 not yet due and 5
    overdue; the other leaves returned dossiers blank (none: the form's 0)."""
    root = _sample(tmp_path)
    _publish(root)
    assert [f for f in check.run(root, use_cache=False, jobs=1).findings if f.path == CENTRE] == []
    # without the column, the pending dossiers do not add up (and no one cell explains it)
    _publish(root, PUBLISHED.replace(" tra_lai_rut: 14,", ""))
    found = [(f.code, f.line, f.args["column"]) for f in check.run(root, use_cache=False, jobs=1).findings
             if f.path == CENTRE]
    assert found == [("CCHC-B004", 18, "dang_giai_quyet"), ("CCHC-B004", 20, "dang_giai_quyet")]


def test_the_consolidated_report_sums_the_new_columns(tmp_path):
    root = _sample(tmp_path)
    _publish(root)
    model = Model(load_workspace(root, use_cache=False, jobs=1), AS_OF)
    front = yaml.safe_load(consolidate.build(model, 2026, "quy_1", AS_OF).text.split("---\n")[1])
    annex = next(a for a in front["phu_luc"] if a["ma"] == "01-TTPVHCC")
    [centre, total] = annex["dong"]
    assert (centre["chua_den_han"], centre["tra_lai_rut"]) == (305, 14) and total["tra_lai_rut"] == 14
    assert total["dang_giai_quyet"] == 324 and total["chua_den_han"] == 305
    xa = next(a for a in front["phu_luc"] if a["ma"] == "01-X")
    # no commune gives the new columns: they stay blank, and are not said to be left out
    assert not {"chua_den_han", "dang_qua_han", "tra_lai_rut"} & set(xa["dong"][-1])
    assert "Trả lại" not in xa["ghi_chu"] and "chưa đến hạn" not in xa["ghi_chu"]


def test_the_consolidated_report_counts_a_blank_as_the_forms_default(tmp_path):
    root = _sample(tmp_path)
    path = root / "units/xa-an-hoa/2026/bao-cao-quy-3.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    total = next(i for i, line in enumerate(lines) if "la_tong: true" in line)
    figures = yaml.safe_load(lines[total].strip()[2:])
    pending = figures["dang_giai_quyet"]
    lines[total] = lines[total].replace(f"dang_giai_quyet: {pending}",
                                        f"dang_giai_quyet: {pending - 3}, chua_den_han: {pending - 3}, tra_lai_rut: 3")
    others = [i for i, line in enumerate(lines[:total]) if line.lstrip().startswith("- {ten:")]
    row = yaml.safe_load(lines[others[0]].strip()[2:])
    lines[others[0]] = lines[others[0]].replace(f"dang_giai_quyet: {row['dang_giai_quyet']}",
                                                f"dang_giai_quyet: {row['dang_giai_quyet'] - 3}, tra_lai_rut: 3")
    path.write_text("\n".join(lines), encoding="utf-8")
    root_findings = [f for f in check.run(root, use_cache=False, jobs=1).findings if f.path.endswith(
        "xa-an-hoa/2026/bao-cao-quy-3.md")]
    assert [f.code for f in root_findings] == ["CCHC-B015"]      # chua_den_han without dang_qua_han
    model = Model(load_workspace(root, use_cache=False, jobs=1), AS_OF)
    result = consolidate.build(model, 2026, "quy_3", AS_OF)
    front = yaml.safe_load(result.text.split("---\n")[1])
    annex = next(a for a in front["phu_luc"] if a["ma"] == "01-X")
    total_row = annex["dong"][-1]
    assert total_row["tra_lai_rut"] == 3 and "chua_den_han" not in total_row
    assert "Cột Trả lại, rút hồ sơ: theo mẫu, ô để trống là 0; tổng cộng tính theo đó." in annex["ghi_chu"]
    assert "Không cộng tổng các cột có đơn vị chưa báo cáo số liệu (ô trống): Đang giải quyết chưa đến hạn." \
        in annex["ghi_chu"]
    assert result.broken == []
