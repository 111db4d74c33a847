"""`cchc new`: skeletons of the documents a unit owes, pre-filled from the rule set."""
import re
import shutil

import pytest
import yaml

from cchc import cli

from conftest import ROOT


@pytest.fixture
def sample(tmp_path):
    for folder in ("content", "units"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def _new(capsys, root, *argv):
    code = cli.main(["new", *argv, "--workspace", str(root)])
    return code, capsys.readouterr()


def _check(capsys, root, rel):
    cli.main(["check", rel, "--workspace", str(root), "--as-of", "2026-11-23", "--format", "json", "--no-cache"])
    import json
    return [(f["code"], f["line"]) for f in json.loads(capsys.readouterr().out)["findings"]]


def _front(path):
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def _line_of(path, needle):
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if needle in line)


def test_plan_takes_up_the_provincial_tasks_the_unit_leads(sample, capsys):
    (sample / "units/so-tu-phap/2026/ke-hoach.md").unlink()
    code, _ = _new(capsys, sample, "plan", "--unit", "so-tu-phap", "--year", "2026")
    assert code == 0
    path = sample / "units/so-tu-phap/2026/ke-hoach.md"
    data = _front(path)
    assert (data["loai"], data["nam"], data["ke_hoach_tinh"]["so_ky_hieu"]) == ("ke_hoach", 2026, "218/KH-UBND")
    assert [t.get("nhiem_vu_tinh") for t in data["nhiem_vu"] if t.get("nhiem_vu_tinh")] == ["TC-01", "TC-02", "TC-05", "CPS-05"]
    mandatory = {"the_che", "thu_tuc_hanh_chinh", "to_chuc_bo_may", "cong_vu", "tai_chinh_cong", "chinh_phu_so"}
    assert mandatory <= {t["linh_vuc"] for t in data["nhiem_vu"]}
    assert data["nguoi_ky"] == {"chuc_vu": "Giám đốc", "ho_ten": "Lê Thị Thu Hà"}
    # only what the author must supply is reported: the number, the date, the tasks still to write
    found = _check(capsys, sample, "units/so-tu-phap/2026/ke-hoach.md")
    assert {code for code, _ in found} == {"CCHC-S004", "CCHC-S009"}
    assert ("CCHC-S004", _line_of(path, "so_ky_hieu:")) in found
    assert ("CCHC-S009", _line_of(path, "ngay_ban_hanh:")) in found
    assert "# hạn: chậm nhất là ngày 05/01/2026" in path.read_text(encoding="utf-8")


def test_report_carries_window_plan_progress_and_annexes(sample, capsys):
    (sample / "units/so-tu-phap/2026/bao-cao-quy-3.md").unlink()
    assert _new(capsys, sample, "report", "--unit", "so-tu-phap", "--year", "2026", "--period", "quy_3")[0] == 0
    path = sample / "units/so-tu-phap/2026/bao-cao-quy-3.md"
    data = _front(path)
    assert (str(data["so_lieu_tu"]), str(data["so_lieu_den"])) == ("2026-06-15", "2026-09-14")
    assert data["ke_hoach"]["so_ky_hieu"] == "03/KH-STP"
    assert data["kinh_gui"] == ["Sở Nội vụ"]
    plan = _front(sample / "units/so-tu-phap/2026/ke-hoach.md")
    assert [e["nhiem_vu"] for e in data["tien_do"]] == [t["ma"] for t in plan["nhiem_vu"]]
    previous = {e["nhiem_vu"]: e["ti_le"] for e in _front(sample / "units/so-tu-phap/2026/bao-cao-6-thang.md")["tien_do"]}
    assert {e["nhiem_vu"]: e["ti_le"] for e in data["tien_do"]} == previous
    assert [a["ma"] for a in data["phu_luc"]] == ["01-S"]
    body = path.read_text(encoding="utf-8").split("---\n", 2)[2]
    assert re.findall(r"^# (.+)$", body, re.M) == ["I. TÌNH HÌNH TỔ CHỨC THỰC HIỆN", "II. KẾT QUẢ CHỦ YẾU ĐẠT ĐƯỢC",
                                                   "III. KHÓ KHĂN, VƯỚNG MẮC", "IV. KIẾN NGHỊ, ĐỀ XUẤT"]
    # the annex figures are left blank (not reported), never pre-filled with 0
    assert data["phu_luc"][0]["dong"] == [{"ten": "Tổng cộng", "la_tong": True, "tthc_cong_bo": None,
                                           "ban_hanh_moi": None, "sua_doi_bo_sung": None, "bai_bo": None,
                                           "mot_cua": None, "mot_cua_lien_thong": None}]
    # once numbered and dated, what is left is writing the required sections and the figures (said once)
    text = path.read_text(encoding="utf-8").replace("so_ky_hieu: ''", "so_ky_hieu: 150/BC-STP")
    path.write_text(text.replace("ngay_ban_hanh: ''", "ngay_ban_hanh: 2026-09-14"), encoding="utf-8")
    found = _check(capsys, sample, "units/so-tu-phap/2026/bao-cao-quy-3.md")
    assert sorted(found) == sorted([("CCHC-B015", _line_of(path, "- ma: 01-S"))] + [
        ("CCHC-B002", _line_of(path, heading)) for heading in ("# I. TÌNH", "# II. KẾT", "# III. KHÓ", "# IV. KIẾN")])


def test_par_lists_the_criteria_the_unit_scores_itself(sample, capsys):
    (sample / "units/xa-an-hoa/2026/tu-danh-gia-par.md").unlink()
    assert _new(capsys, sample, "par", "--unit", "xa-an-hoa", "--year", "2026")[0] == 0
    data = _front(sample / "units/xa-an-hoa/2026/tu-danh-gia-par.md")
    criteria = yaml.safe_load((ROOT / "content/rules/par/xa.yml").read_text(encoding="utf-8"))["tieu_chi"]
    codes = [c["ma"] for c in criteria]
    leaves = [c["ma"] for c in criteria if c.get("tu_cham", True)
              and not any(other.startswith(c["ma"] + ".") for other in codes)]
    assert [str(d["ma"]) for d in data["diem"]] == leaves
    assert data["bo_tieu_chi"] == "xa"
    assert data["kinh_gui"] == ["Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh"]


def test_never_overwrites(sample, capsys):
    path = sample / "units/so-tu-phap/2026/ke-hoach.md"
    before = path.read_bytes()
    code, out = _new(capsys, sample, "plan", "--unit", "so-tu-phap", "--year", "2026")
    assert code == 2
    assert "không ghi đè" in out.err
    assert path.read_bytes() == before


@pytest.mark.parametrize("argv, message", [
    (("plan", "--unit", "trung-tam-phvhcc", "--year", "2026"), "không phải ban hành"),
    (("report", "--unit", "so-tu-phap", "--year", "2026", "--period", "thang_1"), "cần --period"),
    (("report", "--unit", "huyen-an-hoa", "--year", "2026", "--period", "quy_1"), "không phải ban hành"),
    (("plan", "--unit", "so-khong-co", "--year", "2026"), "không có đơn vị"),
    (("plan", "--unit", "so-tu-phap", "--year", "1999"), "không có bộ quy tắc"),
])
def test_refuses_what_the_unit_does_not_owe(sample, capsys, argv, message):
    code, out = _new(capsys, sample, *argv)
    assert code == 2
    assert message in out.err
