"""Advice that is right: for the YAML traps a clerk falls into, the finding names the fix, and the
document with the fix applied checks clean."""
import json

import pytest

from cchc import check
from conftest import CASES, build_case

PLAN = "units/so-a/2026/ke-hoach.md"


def _workspace(tmp_path, old: str, new: str):
    root = build_case(CASES / "_none", tmp_path / "ws")
    path = root / PLAN
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return root, path


def _findings(root):
    return [f for f in check.run(root, use_cache=False, jobs=1)[0] if f.path == PLAN]


@pytest.mark.parametrize("written, line", [
    ('noi_nhan:\n  - Sở Nội vụ\n  - Lưu: VT, VP.', 10),     # a block list
    ('noi_nhan: [Sở Nội vụ, Lưu: VT, VP.]', 8),              # a flow list: the commas cut it too
])
def test_an_unquoted_colon_gets_the_quoted_text_and_the_fix_works(tmp_path, written, line):
    root, path = _workspace(tmp_path, 'noi_nhan: [Sở Nội vụ, "Lưu: VT."]', written)
    [finding] = _findings(root)
    assert (finding.code, finding.variant, finding.line) == ("CCHC-S003", "colon", line)
    assert finding.hint("vi") == 'Đặt cả giá trị trong dấu nháy kép: "Lưu: VT, VP."'
    assert "read as \"key: value\"" in finding.message("en")
    # following the advice: the item, as the hint writes it
    text = path.read_text(encoding="utf-8")
    fixed = json.loads(finding.args["fixed"])
    if "[" in written:
        text = text.replace("Lưu: VT, VP.]", f"{finding.args['fixed']}]")
    else:
        text = text.replace("  - Lưu: VT, VP.", f"  - {finding.args['fixed']}")
    path.write_text(text, encoding="utf-8")
    assert _findings(root) == []
    assert fixed == "Lưu: VT, VP."


def test_a_field_indented_as_a_list_item_is_told_where_it_belongs(tmp_path):
    root, path = _workspace(tmp_path, "    phoi_hop: [Sở Nội vụ]\n    thoi_gian: Quý I năm 2026\n",
                            "    phoi_hop:\n      - Sở Nội vụ\n      thoi_gian: Quý I năm 2026\n")
    [finding] = _findings(root)
    assert (finding.code, finding.variant, finding.line) == ("CCHC-L002", "key_in_list", 17)
    assert finding.args["field"] == "thoi_gian" and finding.args["owner"] == "phoi_hop"
    assert finding.hint("vi").startswith('Lùi "thoi_gian:" về cột 5, thẳng cột với "phoi_hop:"')
    text = path.read_text(encoding="utf-8").replace("      thoi_gian:", " " * (finding.args["at"] - 1) + "thoi_gian:")
    path.write_text(text, encoding="utf-8")
    assert _findings(root) == []


def test_a_tab_is_named_as_a_tab(tmp_path):
    root, _ = _workspace(tmp_path, "    san_pham: Báo cáo rà soát\n", "\tsan_pham: Báo cáo rà soát\n")
    [finding] = _findings(root)
    assert (finding.code, finding.variant, finding.line, finding.column) == ("CCHC-L002", "tab", 13, 1)
