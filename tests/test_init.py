"""`cchc init --year`: the first rule set follows the government structure of its year (the skeleton's
giai-doan.yml), checks clean, and the skeletons of `cchc new` sign as its unit kinds say."""
import datetime as dt
import json

import pytest
import yaml

from cchc import cli, deadlines, resources

from conftest import ROOT

MANDATORY_2011 = {"the_che", "thu_tuc_hanh_chinh", "to_chuc_bo_may", "doi_ngu_cbccvc", "tai_chinh_cong", "hien_dai_hoa"}
MANDATORY_2021 = {"the_che", "thu_tuc_hanh_chinh", "to_chuc_bo_may", "cong_vu", "tai_chinh_cong", "chinh_phu_so"}
PERIODS = [p["tu_nam"] for p in yaml.safe_load(resources.skeleton("content/rules/giai-doan.yml")
                                                .read_text(encoding="utf-8"))["giai_doan"]]

UNITS = {
    "ubnd-tinh": """ten: Ủy ban nhân dân tỉnh Bình An
ten_ngan: UBND tỉnh
viet_tat: UBND
loai: ubnd_tinh
thu_truong: {ho_ten: Lê Văn An, chuc_vu: Chủ tịch UBND tỉnh}
hieu_luc_tu: 1997-01-01
""",
    "so-noi-vu": """ten: Sở Nội vụ tỉnh Bình An
ten_ngan: Sở Nội vụ
viet_tat: SNV
loai: so_nganh
cap_tren: ubnd-tinh
thu_truong: {ho_ten: Trần Thị Bình, chuc_vu: Giám đốc}
hieu_luc_tu: 2004-03-01
""",
    "huyen-an-lac": """ten: Ủy ban nhân dân huyện An Lạc
ten_ngan: UBND huyện An Lạc
viet_tat: UBND
loai: ubnd_huyen
cap_tren: ubnd-tinh
thu_truong: {ho_ten: Phạm Văn Cường, chuc_vu: Chủ tịch UBND huyện}
hieu_luc_tu: 1997-01-01
hieu_luc_den: 2025-06-30
""",
    "xa-an-lac": """ten: Ủy ban nhân dân xã An Lạc
ten_ngan: UBND xã An Lạc
viet_tat: UBND
loai: ubnd_xa
cap_tren: huyen-an-lac
thu_truong: {ho_ten: Đỗ Thị Dung, chuc_vu: Chủ tịch UBND xã}
hieu_luc_tu: 1997-01-01
hieu_luc_den: 2025-06-30
""",
}


def _init(capsys, tmp_path, year):
    target = tmp_path / f"tinh-{year}"
    code = cli.main(["init", str(target), "--province", "Bình An", "--year", str(year)])
    capsys.readouterr()
    assert code == 0
    return target, yaml.safe_load((target / f"content/rules/{year}.yml").read_text(encoding="utf-8"))


def _findings(capsys, root, *paths):
    cli.main(["check", *paths, "--workspace", str(root), "--format", "json", "--no-cache", "--as-of", "2026-11-23"])
    return json.loads(capsys.readouterr().out)["findings"]


def _mandatory(rules):
    return {key for key, area in rules["linh_vuc"].items() if area.get("bat_buoc")}


def test_2021_is_three_tier_with_the_2021_areas_and_windows(tmp_path, capsys):
    root, rules = _init(capsys, tmp_path, 2021)
    kinds = rules["loai_don_vi"]
    assert {"ubnd_tinh", "so_nganh", "ubnd_huyen", "ubnd_xa"} <= set(kinds)
    assert (kinds["ubnd_xa"]["bao_cao_cho"], kinds["ubnd_xa"]["tham_dinh_boi"]) == ("cap_tren", "cap_tren")
    assert _mandatory(rules) == MANDATORY_2021
    assert rules["linh_vuc"]["chinh_phu_so"]["ten"] == "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"
    assert deadlines.window(rules["ky_bao_cao"]["quy_1"], 2021) == (dt.date(2020, 12, 15), dt.date(2021, 3, 14))
    assert deadlines.window(rules["ky_bao_cao"]["6_thang"], 2021) == (dt.date(2020, 12, 15), dt.date(2021, 6, 14))
    assert deadlines.window(rules["ky_bao_cao"]["quy_3"], 2021) == (dt.date(2021, 6, 15), dt.date(2021, 9, 14))
    assert deadlines.window(rules["ky_bao_cao"]["nam"], 2021) == (dt.date(2020, 12, 15), dt.date(2021, 12, 14))
    assert rules["bo_tieu_chi"]["huyen"] == "par/huyen.yml" and (root / "content/rules/par/huyen.yml").exists()
    assert "Nghị quyết số 76/NQ-CP" in (root / "content/rules/2021.yml").read_text(encoding="utf-8")
    assert [f for f in _findings(capsys, root) if f["severity"] == "error"] == []


def test_2026_is_two_tier(tmp_path, capsys):
    root, rules = _init(capsys, tmp_path, 2026)
    kinds = rules["loai_don_vi"]
    assert "ubnd_huyen" not in kinds and "huyen" not in rules["bo_tieu_chi"]
    assert "ubnd_huyen" not in rules["han_tu_danh_gia"]
    assert (kinds["ubnd_xa"]["bao_cao_cho"], kinds["ubnd_xa"]["tham_dinh_boi"]) == ("so-noi-vu", "hoi_dong_tinh")
    assert _mandatory(rules) == MANDATORY_2021
    assert not (root / "content/rules/par/huyen.yml").exists()
    assert [f for f in _findings(capsys, root) if f["severity"] == "error"] == []


def test_before_2021_the_areas_of_the_2011_2020_programme(tmp_path, capsys):
    _, rules = _init(capsys, tmp_path, 2015)
    assert "ubnd_huyen" in rules["loai_don_vi"]
    assert _mandatory(rules) == MANDATORY_2011
    assert deadlines.window(rules["ky_bao_cao"]["quy_1"], 2015) == (dt.date(2014, 12, 15), dt.date(2015, 3, 14))


def test_2025_is_what_the_sample_2025_rule_set_shows(tmp_path, capsys):
    _, rules = _init(capsys, tmp_path, 2025)
    sample = yaml.safe_load((ROOT / "content/rules/2025.yml").read_text(encoding="utf-8"))
    shape = ("van_ban", "bao_cao_cho", "tham_dinh_boi", "bo_tieu_chi", "tham_quyen_ky", "chuc_vu_ky")
    assert {kind: {k: spec.get(k) for k in shape} for kind, spec in rules["loai_don_vi"].items()} == \
        {kind: {k: spec.get(k) for k in shape} for kind, spec in sample["loai_don_vi"].items()}
    assert {k: a["ten"] for k, a in rules["linh_vuc"].items()} == {k: a["ten"] for k, a in sample["linh_vuc"].items()}
    assert {p: deadlines.window(s, 2025) for p, s in rules["ky_bao_cao"].items()} == \
        {p: deadlines.window(s, 2025) for p, s in sample["ky_bao_cao"].items()}
    assert rules["phu_luc_bat_buoc"] == sample["phu_luc_bat_buoc"]


@pytest.mark.parametrize("year", PERIODS)
def test_every_period_checks_clean(tmp_path, capsys, year):
    root, _ = _init(capsys, tmp_path, year)
    assert _findings(capsys, root) == []


def test_a_year_before_the_first_period_is_refused(tmp_path, capsys):
    target = tmp_path / "tinh"
    assert cli.main(["init", str(target), "--province", "Bình An", "--year", str(PERIODS[0] - 1)]) == 2
    assert f"bắt đầu từ năm {PERIODS[0]}" in capsys.readouterr().err
    assert not target.exists() or not any(target.iterdir())


@pytest.mark.parametrize("uid, signer", [
    ("xa-an-lac", {"tham_quyen": ["TM. ỦY BAN NHÂN DÂN"], "chuc_vu": "Chủ tịch", "ho_ten": "Đỗ Thị Dung"}),
    ("huyen-an-lac", {"tham_quyen": ["TM. ỦY BAN NHÂN DÂN"], "chuc_vu": "Chủ tịch", "ho_ten": "Phạm Văn Cường"}),
    ("so-noi-vu", {"chuc_vu": "Giám đốc", "ho_ten": "Trần Thị Bình"}),
])
def test_skeletons_sign_as_the_unit_kind_says(tmp_path, capsys, uid, signer):
    root, _ = _init(capsys, tmp_path, 2021)
    for name, text in UNITS.items():
        (root / "units" / name).mkdir()
        (root / "units" / name / "unit.yml").write_text(text, encoding="utf-8")
    assert cli.main(["new", "plan", "--unit", uid, "--year", "2021", "--workspace", str(root)]) == 0
    capsys.readouterr()
    path = root / f"units/{uid}/2021/ke-hoach.md"
    text = path.read_text(encoding="utf-8")
    assert yaml.safe_load(text.split("---\n")[1])["nguoi_ky"] == signer
    deputy = "[TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH], chuc_vu: Phó Chủ tịch" if "tham_quyen" in signer \
        else "[KT. GIÁM ĐỐC], chuc_vu: Phó Giám đốc"
    assert f"# Cấp phó ký thay người đứng đầu thì ghi tham_quyen: {deputy}" in text
    # what is left is the number and the date, never the signer
    rel = f"units/{uid}/2021/ke-hoach.md"
    assert {f["code"] for f in _findings(capsys, root, rel)} == {"CCHC-S004", "CCHC-S009"}


def test_a_collective_body_signing_without_tm_is_told_the_exact_lines(tmp_path, capsys):
    root, _ = _init(capsys, tmp_path, 2021)
    for name, text in UNITS.items():
        (root / "units" / name).mkdir()
        (root / "units" / name / "unit.yml").write_text(text, encoding="utf-8")
    assert cli.main(["new", "plan", "--unit", "xa-an-lac", "--year", "2021", "--workspace", str(root)]) == 0
    capsys.readouterr()
    path = root / "units/xa-an-lac/2021/ke-hoach.md"
    text = path.read_text(encoding="utf-8").replace("  tham_quyen: [TM. ỦY BAN NHÂN DÂN]\n", "")
    text = text.replace("so_ky_hieu: ''", "so_ky_hieu: 05/KH-UBND").replace("ngay_ban_hanh: ''", "ngay_ban_hanh: 2021-01-05")
    path.write_text(text.replace("''", "Nội dung").replace("chuc_vu: Chủ tịch\n", "chuc_vu: Phó Chủ tịch\n", 1),
                    encoding="utf-8")
    found = [f for f in _findings(capsys, root, "units/xa-an-lac/2021/ke-hoach.md") if f["code"] == "CCHC-R017"]
    assert len(found) == 1 and found[0]["severity"] == "warning"
    assert "tham_quyen: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH], chuc_vu: Phó Chủ tịch" in found[0]["hint"]
