"""Rule sets: inheritance with extends, removal with null, the set in force for a year."""
from cchc import loader
from cchc.findings import Collector
from cchc.rulebook import RuleBook
from cchc.workspace import merge

from conftest import ROOT


def test_merge_is_deep_and_null_removes():
    base = {"a": {"x": 1, "y": 2}, "b": [1, 2], "c": 3}
    assert merge(base, {"a": {"y": 5, "z": 6}, "b": [3], "c": None}) == {"a": {"x": 1, "y": 5, "z": 6}, "b": [3]}
    assert base == {"a": {"x": 1, "y": 2}, "b": [1, 2], "c": 3}


def test_sample_2026_rules_inherit_2025_with_two_tiers():
    out = Collector(".")
    book = RuleBook(loader.load_workspace(ROOT, use_cache=False), out)
    assert out.items == []
    year, rules = book.for_year(2026)
    assert year == 2026
    assert "ubnd_huyen" not in rules["loai_don_vi"] and "huyen" not in rules["bo_tieu_chi"]
    assert rules["loai_don_vi"]["ubnd_xa"]["bao_cao_cho"] == "so-noi-vu"
    assert rules["loai_don_vi"]["ubnd_xa"]["ten"] == "Ủy ban nhân dân cấp xã"
    assert rules["ky_bao_cao"]["quy_1"]["so_lieu_den"] == "14/03"
    assert list(rules["linh_vuc"])[:6] == ["the_che", "thu_tuc_hanh_chinh", "to_chuc_bo_may", "cong_vu",
                                          "tai_chinh_cong", "chinh_phu_so"]
    year, rules = book.for_year(2025)
    assert rules["loai_don_vi"]["ubnd_xa"]["bao_cao_cho"] == "cap_tren"
    assert book.for_year(2030)[0] == 2026 and book.for_year(2020) == (None, None)


def test_annex_forms_are_compiled_once_without_what_cannot_be_used():
    from cchc.formulas import compile_form
    form = compile_form("01-S", {"ten": "TTHC", "cot": {"tong": "", "moi": "", "cu": "", "ti_le": "", "le": ""},
                                 "cong_thuc": ["tong = moi + cu", "ti_le = moi ÷ tong * 100", "le = moi + khac"]})
    assert [f.text for f in form.formulas] == ["tong = moi + cu"]
    assert form.unusable == ("ti_le = moi ÷ tong * 100", "le = moi + khac")
    assert form.not_summed == {"ti_le", "le"} and tuple(form.columns) == ("tong", "moi", "cu", "ti_le", "le")


def test_a_broken_ratio_formula_is_told_and_its_column_is_not_summed(workspace):
    """The ratio formula of form 01-S is mistyped: the rule set gets CCHC-C005 for it, and the report's
    ratio column (33,33 + 100 against a total of 50) is not taken for a sum (no CCHC-B005)."""
    from cchc import check
    from conftest import CASES
    root = workspace(CASES / "CCHC-B005" / "fail")
    report = root / "units/so-a/2026/bao-cao-quy-1.md"
    report.write_text(report.read_text(encoding="utf-8").replace(
        "tthc_cong_bo: 5, ban_hanh_moi: 2, sua_doi_bo_sung: 3, bai_bo: 0, ti_le_moi: 40",
        "tthc_cong_bo: 4, ban_hanh_moi: 2, sua_doi_bo_sung: 2, bai_bo: 0, ti_le_moi: 50"), encoding="utf-8")
    assert [f.code for f in check.run(root, use_cache=False, jobs=1).findings if f.code in ("CCHC-B005", "CCHC-C005")] == []
    rules = root / "content/rules/2025.yml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("ban_hanh_moi / tthc_cong_bo", "ban_hanh_moi ÷ tthc_cong_bo"),
                     encoding="utf-8")
    findings = check.run(root, use_cache=False, jobs=1).findings
    assert [(f.code, f.path, f.line) for f in findings if f.code in ("CCHC-B005", "CCHC-C005")] == [
        ("CCHC-C005", "content/rules/2025.yml", 28)]


def test_a_formula_may_name_the_columns_a_rule_set_inherits(workspace):
    """2026 extends 2025 and adds a column and a formula over it and two inherited columns: the formula
    is judged against the year's columns (C005 only for a column no year gives), and is then used (B004)."""
    from cchc import check
    from conftest import CASES
    root = workspace(CASES / "CCHC-B005" / "fail")
    (root / "content/rules/2026.yml").write_text(
        "extends: 2025\nnam: 2026\nten: Bộ quy tắc thử năm 2026\nphu_luc:\n  01-S:\n"
        "    cot: {ti_le_sua: Tỷ lệ sửa đổi}\n"
        "    cong_thuc: [ti_le_sua = sua_doi_bo_sung / tthc_cong_bo * 100, ti_le_sua = khac + 1]\n", encoding="utf-8")
    report = root / "units/so-a/2026/bao-cao-quy-1.md"
    report.write_text(report.read_text(encoding="utf-8").replace("bai_bo: 0, ti_le_moi: 33.33}",
                                                                 "bai_bo: 0, ti_le_moi: 33.33, ti_le_sua: 50}"),
                      encoding="utf-8")
    findings = check.run(root, use_cache=False, jobs=1).findings
    assert [(f.path, f.line, f.args["unknown"]) for f in findings if f.code == "CCHC-C005"] == [
        ("content/rules/2026.yml", 7, "khac")]
    assert [(f.line, f.args["column"], f.args["expected"]) for f in findings if f.code == "CCHC-B004"] == [
        (18, "ti_le_sua", "66,67")]
