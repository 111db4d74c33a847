"""Deadlines from rule-set expressions, and the status of every duty of the sample province."""
import datetime as dt
import json

import pytest

from cchc import cli, deadlines, loader, status
from cchc.model import Model
from cchc.reporters import status as status_report

from conftest import ROOT

D = dt.date


@pytest.mark.parametrize("expression, year, last_month, expected", [
    ("30/11", 2026, None, D(2026, 11, 30)),
    ("05/01", 2021, None, D(2021, 1, 5)),
    ("30/07 năm trước", 2013, None, D(2012, 7, 30)),
    ("30/7  Năm Trước", 2013, None, D(2012, 7, 30)),
    ("ngày 15 tháng cuối kỳ", 2021, 3, D(2021, 3, 15)),
    ("ngày 05 tháng cuối kỳ", 2017, 9, D(2017, 9, 5)),
])
def test_expressions(expression, year, last_month, expected):
    assert deadlines.resolve(expression, year, last_month) == expected


@pytest.mark.parametrize("expression", ["31/02", "ngày 15 tháng cuối kỳ", "cuối năm", "15-03"])
def test_bad_expressions(expression):
    with pytest.raises(deadlines.BadExpression):
        deadlines.resolve(expression, 2026, None)


def test_counting_the_day_itself():
    due = D(2021, 1, 30)
    assert deadlines.days_late(D(2021, 1, 30), due, "cham_nhat") == 0       # "chậm nhất là ngày 30/01"
    assert deadlines.days_late(D(2021, 1, 30), due, "truoc_ngay") == 1      # "trước ngày 30/01"
    assert deadlines.days_late(D(2021, 1, 29), due, "truoc_ngay") == 0
    assert deadlines.days_late(D(2021, 2, 2), due, "nhan_truoc") == 3


@pytest.fixture(scope="module")
def sample():
    ws = loader.load_workspace(ROOT, use_cache=False, jobs=1)
    model = Model(ws)
    return ws, model


def _rows(sample, year, as_of):
    ws, model = sample
    return {(d.unit, d.document, d.period): d for d in status.compute(model, year, as_of)}


def test_sample_2026_as_of_23_november(sample):
    rows = _rows(sample, 2026, D(2026, 11, 23))
    def state(*key):
        d = rows[key]
        return d.state, d.days_late, d.due
    assert state("so-y-te", "bao_cao", "quy_1") == ("late", 5, D(2026, 3, 15))
    assert state("so-xay-dung", "ke_hoach", "") == ("late", 4, D(2026, 1, 5))
    assert state("phuong-nam-son", "ke_hoach", "") == ("late", 7, D(2026, 1, 5))
    assert state("xa-vinh-loc", "bao_cao", "6_thang") == ("on_time", 0, D(2026, 6, 15))
    assert state("thanh-tra-tinh", "bao_cao", "quy_3") == ("missing", 69, D(2026, 9, 15))
    assert state("xa-son-thuy", "bao_cao", "quy_1") == ("missing", 253, D(2026, 3, 15))
    assert state("so-tai-chinh", "bao_cao", "nam") == ("not_due", 0, D(2026, 12, 15))
    assert state("so-noi-vu", "tu_danh_gia", "") == ("on_time", 0, D(2026, 11, 25))
    assert state("trung-tam-phvhcc", "ke_hoach", "")[0] == "not_required"
    assert not any(unit.startswith("huyen-") for unit, _, _ in rows)


def test_a_document_issued_after_the_day_looked_at_is_not_yet_there(sample):
    rows = _rows(sample, 2026, D(2026, 3, 18))
    assert (rows[("so-y-te", "bao_cao", "quy_1")].state, rows[("so-y-te", "bao_cao", "quy_1")].days_late) == \
        ("missing", 3)
    assert rows[("so-y-te", "bao_cao", "6_thang")].state == "not_due"


def test_units_owe_only_what_falls_due_while_they_exist(sample):
    rows = _rows(sample, 2025, D(2025, 12, 31))
    assert rows[("so-thong-tin-truyen-thong", "ke_hoach", "")].state == "on_time"
    assert rows[("so-thong-tin-truyen-thong", "bao_cao", "6_thang")].state == "not_required"
    assert rows[("huyen-tan-khe", "bao_cao", "6_thang")].state in ("on_time", "late")
    assert rows[("huyen-tan-khe", "bao_cao", "quy_3")].state == "not_required"
    assert rows[("xa-an-phu", "ke_hoach", "")].state == "not_required"      # created 01/7/2025
    assert rows[("xa-an-phu", "bao_cao", "quy_3")].state == "missing"


def test_status_command_json(capsys):
    assert cli.main(["status", "--workspace", str(ROOT), "--as-of", "2026-11-23", "--unit", "so-y-te",
                     "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["summary"] == {"owed": 4, "on_time": 3, "late": 1, "missing": 0, "on_time_share": 0.75,
                                 "median_days_late": 5}
    assert {"unit", "document", "period", "due", "issued", "state", "days_late"} <= set(result["duties"][0])
    assert cli.main(["status", "--workspace", str(ROOT)]) == 2


def test_a_deadline_that_cannot_be_read_is_unknown_not_exempt(tmp_path):
    """The rule set's plan deadline is mistyped: every unit that owes a plan has its plan duty in the
    state "unknown" (and the rule set its CCHC-C001), none is turned into "not required"."""
    import shutil
    from cchc import check
    for folder in ("content", "units"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    rules = tmp_path / "content" / "rules" / "2026.yml"
    rules.write_text(rules.read_text(encoding="utf-8") + '\nhan_ke_hoach: {ngay: "05/13", cach_tinh: cham_nhat}\n',
                     encoding="utf-8")
    ws = loader.load_workspace(tmp_path, use_cache=False, jobs=1)
    before = {d.unit for d in status.compute(Model(loader.load_workspace(ROOT, use_cache=False, jobs=1)), 2026,
                                              D(2026, 11, 23)) if d.document == "ke_hoach" and d.state in status.COUNTED}
    plans = [d for d in status.compute(Model(ws), 2026, D(2026, 11, 23)) if d.document == "ke_hoach"]
    assert {d.unit for d in plans if d.state == status.UNKNOWN} == before and len(before) > 10
    assert all(d.due is None and d.days_late == 0 for d in plans if d.state == status.UNKNOWN)
    assert status.summary(plans)["owed"] == 0
    findings = check.run(tmp_path, use_cache=False, jobs=1, as_of=D(2026, 11, 23)).findings
    assert [(f.code, f.path) for f in findings if f.code == "CCHC-C001"] == [("CCHC-C001", "content/rules/2026.yml")]
    text = status_report.as_text(plans, Model(ws).valid_units(), Model(ws).book.for_year(2026)[1])
    assert "chưa xác định được hạn" in text


def test_where_the_deadline_counts_receipt_the_recorded_day_of_receipt_decides(tmp_path):
    """"Thời hạn Sở Nội vụ nhận báo cáo chậm nhất là ngày 15 của tháng cuối kỳ" (seed 000): a quarter-I
    report issued on 14/3 but received on 18/3 is 3 days late; without ngay_nhan its issue date counts."""
    from conftest import CASES, build_case
    root = build_case(CASES / "_none", tmp_path / "ws")
    report = root / "units/so-a/2026/bao-cao-quy-1.md"
    text = report.read_text(encoding="utf-8").replace("ngay_ban_hanh: 2026-03-10\n", "ngay_ban_hanh: 2026-03-14\n")
    report.write_text(text, encoding="utf-8")

    def duty():
        model = Model(loader.load_workspace(root, use_cache=False, jobs=1))
        [found] = [d for d in status.compute(model, 2026, D(2026, 6, 30))
                   if d.unit == "so-a" and d.period == "quy_1"]
        return found

    on_time = duty()
    assert (on_time.state, on_time.counting, on_time.received) == (status.ON_TIME, "nhan_truoc", None)
    report.write_text(text.replace("ngay_ban_hanh: 2026-03-14\n", "ngay_ban_hanh: 2026-03-14\nngay_nhan: 2026-03-18\n"),
                      encoding="utf-8")
    late = duty()
    assert (late.state, late.days_late, late.issued, late.received) == (status.LATE, 3, D(2026, 3, 14), D(2026, 3, 18))
    assert late.as_dict()["received"] == "2026-03-18"
