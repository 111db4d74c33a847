"""The standing agency's consolidated report of a period, from the units' reports."""
import datetime as dt

import pytest
import yaml

from cchc import consolidate, status
from cchc.model import Model
from cchc.loader import load_workspace

from conftest import ROOT

AS_OF = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def sample():
    ws = load_workspace(ROOT, use_cache=False, jobs=1)
    model = Model(ws, AS_OF)
    return ws, model


@pytest.fixture(scope="module")
def q3(sample):
    ws, model = sample
    result = consolidate.build(model, 2026, "quy_3", AS_OF, number="215/BC-SNV")
    front, body = result.text.split("---\n")[1:3]
    return result, yaml.safe_load(front), body


def test_is_a_report_of_the_standing_agency(q3):
    result, front, _ = q3
    assert result.rel == "units/so-noi-vu/2026/bao-cao-tong-hop-quy-3.md"
    assert (front["loai"], front["ky"], front["so_ky_hieu"]) == ("bao_cao", "quy_3", "215/BC-SNV")
    assert front["kinh_gui"] == ["Ủy ban nhân dân tỉnh Hòa Lâm"]
    assert front["noi_nhan"][-1] == "Lưu: VT, SNV."


def test_lists_units_by_state(sample, q3):
    ws, model = sample
    duties = [d for d in status.compute(model, 2026, AS_OF) if d.document == "bao_cao" and d.period == "quy_3"]
    units = model.valid_units()
    body = q3[2]
    late = next(line for line in body.split("\n") if line.startswith("- Nộp muộn: "))
    missing = next(line for line in body.split("\n") if line.startswith("- Chưa báo cáo: "))
    for duty in duties:
        name = units[duty.unit]["ten_ngan"]
        if duty.state == status.LATE:
            assert f"{name} ({duty.days_late} ngày)" in late
        elif duty.state == status.MISSING:
            assert f"{name} (quá hạn {duty.days_late} ngày)" in missing
    owed = sum(1 for d in duties if d.state in status.COUNTED)
    assert f"{owed} cơ quan, đơn vị phải báo cáo" in body


def test_annexes_sum_the_units_total_rows(sample, q3):
    ws, _ = sample
    annex = next(a for a in q3[1]["phu_luc"] if a["ma"] == "01-X")
    rows, total = annex["dong"][:-1], annex["dong"][-1]
    assert total["la_tong"] is True
    reports = [d for d in ws.of_role("document") if d.valid and d.kind == "bao_cao" and d.data["nam"] == 2026
               and d.data["ky"] == "quy_3" and any(a["ma"] == "01-X" for a in d.data.get("phu_luc") or [])]
    assert len(rows) == len(reports)
    expected = sum(next(r for a in d.data["phu_luc"] if a["ma"] == "01-X" for r in a["dong"] if r.get("la_tong"))
                   ["tong_tiep_nhan"] for d in reports)
    assert total["tong_tiep_nhan"] == expected == sum(r["tong_tiep_nhan"] for r in rows)
    # the ratio is recomputed from the sums, not added up
    assert total["ti_le_dung_han"] == round(100 * (total["giai_quyet_truoc_han"] + total["giai_quyet_dung_han"])
                                            / total["tong_da_giai_quyet"], 2)


def test_difficulties_are_grouped_by_area_then_unit(q3):
    body = q3[2]
    section = body[body.index("# III. KHÓ KHĂN, VƯỚNG MẮC"):body.index("# IV. KIẾN NGHỊ, ĐỀ XUẤT")]
    public_finance = section[section.index("Cải cách tài chính công"):]
    public_finance = public_finance[:public_finance.index("\n## ")]
    assert "- Sở Y tế: Dự thảo nghị quyết hỗ trợ nhân viên y tế thôn, bản chưa thống nhất được mức hỗ trợ" \
           in public_finance


def test_formula_breaks_are_marked(sample, tmp_path):
    import shutil
    for folder in ("content", "units"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    report = tmp_path / "units/xa-an-hoa/2026/bao-cao-quy-3.md"
    lines = report.read_text(encoding="utf-8").split("\n")
    total = next(i for i, line in enumerate(lines) if "la_tong: true" in line and "tong_tiep_nhan: " in line)
    lines[total] = lines[total].replace("tong_tiep_nhan: ", "tong_tiep_nhan: 1", 1)   # a total that no longer adds up
    report.write_text("\n".join(lines), encoding="utf-8")
    ws = load_workspace(tmp_path, use_cache=False, jobs=1)
    model = Model(ws, AS_OF)
    result = consolidate.build(model, 2026, "quy_3", AS_OF)
    assert ("xa-an-hoa", "01-X") in result.broken
    assert "UBND xã An Hòa (*)" in result.text


def _copy_sample(tmp_path):
    import shutil
    for folder in ("content", "units"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def test_command_writes_and_renders_the_report(tmp_path, capsys):
    import docx
    from cchc import cli
    root = _copy_sample(tmp_path)
    code = cli.main(["consolidate", "--period", "2026-quy_1", "--as-of", "2026-11-23", "--so-ky-hieu",
                     "75/BC-SNV", "--format", "docx", "--workspace", str(root)])
    assert code == 0, capsys.readouterr()
    folder = root / "build/tong-hop/so-noi-vu/2026"
    assert (folder / "bao-cao-tong-hop-quy-1.md").read_text(encoding="utf-8").startswith("---\nloai: bao_cao\n")
    document = docx.Document(str(folder / "bao-cao-tong-hop-quy-1.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Số: 75/BC-SNV" in "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "I. TÌNH HÌNH TỔ CHỨC THỰC HIỆN" in text and "IV. KIẾN NGHỊ, ĐỀ XUẤT" in text
    annex_titles = [p.text for p in document.paragraphs if p.text.startswith("Phụ lục")]
    assert annex_titles[:3] == ["Phụ lục 01-S", "Phụ lục 01-X", "Phụ lục 01-TTPVHCC"]


@pytest.mark.parametrize("argv, message", [
    (["--period", "quy_1"], "cần --as-of"),
    (["--period", "thang_5", "--as-of", "2026-11-23"], "không có trong bộ quy tắc năm 2026"),
    (["--period", "quy_1", "--as-of", "2026-11-23", "--format", "docx"], "cần --so-ky-hieu"),
])
def test_command_refuses_bad_periods(tmp_path, capsys, argv, message):
    from cchc import cli
    formats = [] if "--format" in argv else ["--format", "none"]
    assert cli.main(["consolidate", *argv, *formats, "--workspace", str(_copy_sample(tmp_path))]) == 2
    assert message in capsys.readouterr().err


def test_task_progress_is_the_site_roll_up_over_the_period_and_says_so(sample, q3):
    """Section II counts every planned task of the year, as the site's reform-areas page does, with the
    states of this period's reports; the site's figure (all reports to date) may differ, and the text says so."""
    from cchc import progress
    _, model = sample
    _, _, body = q3
    section = body[body.index("# II. KẾT QUẢ"):body.index("# III.")]
    assert "theo các báo cáo kỳ quý III" in section and "Trang công khai tính lũy kế" in section
    rows = {cells[0]: cells[1:] for line in section.split("\n") if line.startswith("| ") and "---" not in line
            for cells in [[c.strip() for c in line.strip("|").split("|")]]}
    rules = model.book.for_year(2026)[1]
    period = {a.name: a for a in progress.areas(rules, model.tasks(2026, AS_OF, "quy_3"))}
    year_to_date = {a.id: a for a in progress.areas(rules, model.tasks(2026, AS_OF))}
    area = period["Cải cách thể chế"]
    assert rows["Cải cách thể chế"] == [str(area.tasks), str(area.by_state["hoan_thanh"]),
                                        str(area.by_state["dang_thuc_hien"]),
                                        str(area.reported - area.by_state["hoan_thanh"] - area.by_state["dang_thuc_hien"]),
                                        str(area.tasks - area.reported), "89,2%"]
    assert area.tasks == year_to_date["the_che"].tasks == 56          # the same tasks as the site counts
    assert round(year_to_date["the_che"].percent, 1) == 86.7            # the site's year-to-date figure
