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
