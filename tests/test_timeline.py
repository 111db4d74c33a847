"""Task timelines in the vocabulary of real plans, read as date ranges."""
import datetime as dt

import pytest

from cchc.timeline import parse

D = dt.date


@pytest.mark.parametrize("text, start, end", [
    ("Quý 1-Năm 2021", D(2021, 1, 1), D(2021, 3, 31)),       # seed 004
    ("Quý I năm 2021", D(2021, 1, 1), D(2021, 3, 31)),
    ("Quý IV Năm 2021", D(2021, 10, 1), D(2021, 12, 31)),
    ("Năm 2021", D(2021, 1, 1), D(2021, 12, 31)),
    ("Quý II - Quý III năm 2026", D(2026, 4, 1), D(2026, 9, 30)),
    ("Quý II, III/2026", D(2026, 4, 1), D(2026, 9, 30)),
    ("Quý II", D(2026, 4, 1), D(2026, 6, 30)),               # the plan year when none is written
    ("Tháng 6/2026", D(2026, 6, 1), D(2026, 6, 30)),
    ("Tháng 2 năm 2028", D(2028, 2, 1), D(2028, 2, 29)),
    ("Tháng 3 - tháng 5 năm 2026", D(2026, 3, 1), D(2026, 5, 31)),
    ("6 tháng đầu năm 2026", D(2026, 1, 1), D(2026, 6, 30)),
    ("6 tháng cuối năm", D(2026, 7, 1), D(2026, 12, 31)),
    ("Cuối năm 2026", D(2026, 10, 1), D(2026, 12, 31)),
    ("Trước ngày 30/6/2026", D(2026, 1, 1), D(2026, 6, 29)),  # "trước ngày": the day itself is late
    ("Chậm nhất ngày 15/3/2026", D(2026, 1, 1), D(2026, 3, 15)),
    ("2026-2030", D(2026, 1, 1), D(2030, 12, 31)),
    ("quý iii năm 2026.", D(2026, 7, 1), D(2026, 9, 30)),
])
def test_periods(text, start, end):
    found = parse(text, 2026)
    assert (found.kind, found.start, found.end) == ("range", start, end)


@pytest.mark.parametrize("text, kind", [
    ("Thường xuyên", "recurring"),
    ("Hàng năm (Theo lộ trình của Trung ương)", "recurring"),  # seed 004
    ("Hằng quý", "recurring"),
    ("Định kỳ 6 tháng", "recurring"),
    ("Theo hướng dẫn của Bộ Nội vụ", "external"),
    ("Theo quy định của Bộ Nội vụ", "external"),
    ("Khi có văn bản của Trung ương", "external"),
])
def test_recurring_and_external(text, kind):
    assert parse(text, 2026).kind == kind


def test_open_ended():
    found = parse("Năm 2021 và những năm tiếp theo", 2021)
    assert (found.kind, found.start, found.end) == ("open", D(2021, 1, 1), None)
    assert not found.outside(2022) and found.outside(2020)


@pytest.mark.parametrize("text, kind, start, end", [
    ("Năm 2021 và những năm tiếp theo (Theo lộ trình của Trung ương)", "open", D(2021, 1, 1), None),
    ("Quý I năm 2026 (theo hướng dẫn của Bộ Nội vụ)", "range", D(2026, 1, 1), D(2026, 3, 31)),
    ("Quý II năm 2026; Quý IV năm 2026", "range", D(2026, 4, 1), D(2026, 12, 31)),
    ("Thường xuyên (theo kế hoạch của UBND tỉnh)", "recurring", None, None),
])
def test_a_timeline_of_several_accepted_forms(text, kind, start, end):
    found = parse(text, 2026)
    assert (found.kind, found.start, found.end) == (kind, start, end)


@pytest.mark.parametrize("text", ["Năm 2026 (khi xong)", "Sớm nhất có thể (Quý I)",
                                  "Sớm nhất có thể", "Quý V năm 2026", "31/2/2026", "Tháng 13/2026",
                                  "Quý III - Quý I năm 2026", ""])
def test_unreadable(text):
    assert parse(text, 2026) is None


@pytest.mark.parametrize("text, year, outside", [
    ("Quý IV năm 2025", 2026, True), ("Quý IV năm 2025", 2025, False), ("2025-2027", 2026, False),
    ("Thường xuyên", 2026, False), ("Theo hướng dẫn của Bộ Nội vụ", 2026, False),
])
def test_outside_the_plan_year(text, year, outside):
    assert parse(text, year).outside(year) is outside
