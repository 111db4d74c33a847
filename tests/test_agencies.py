"""Agency names read against the directory before they are split (agencies.py): official names with
"và" or commas stay whole, texts naming several agencies are cut only between known names, and the
items of a YAML flow list that a comma cut out of one name are found (CCHC-P008)."""
import datetime as dt

import pytest

from cchc import check
from cchc.agencies import GROUP, SEVERAL, UNIT, Directory, rejoin
from cchc.checks.references import _addressed

from conftest import CASES, build_case

DAY = dt.date(2026, 1, 5)
OLD = dt.date(2000, 1, 1)


def _unit(ten, ten_ngan, *ten_khac, since=OLD, until=None):
    return {"ten": ten, "ten_ngan": ten_ngan, "ten_khac": list(ten_khac), "hieu_luc_tu": since,
            "hieu_luc_den": until}


UNITS = {
    "so-tttt": _unit("Sở Thông tin và Truyền thông tỉnh Thử Nghiệm", "Sở Thông tin và Truyền thông", "Sở TT&TT"),
    "vp-ubnd": _unit("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh", "VP UBND tỉnh"),
    "so-vh": _unit("Sở Văn hóa, Thể thao và Du lịch tỉnh Thử Nghiệm", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL"),
    "so-a": _unit("Sở A tỉnh Thử Nghiệm", "Sở A", "Sở AA"),
    "so-noi-vu": _unit("Sở Nội vụ tỉnh Thử Nghiệm", "Sở Nội vụ"),
    "ubnd-tinh": _unit("Ủy ban nhân dân tỉnh Thử Nghiệm", "UBND tỉnh"),
    "xa-cu": _unit("Ủy ban nhân dân xã An", "UBND xã An", until=dt.date(2025, 6, 30)),
    "xa-moi": _unit("Ủy ban nhân dân xã An mới", "UBND xã An", since=dt.date(2025, 7, 1)),
}
GROUPS = {"cac_so_nganh": {"ten": ["Các sở, ban, ngành"]}, "cac_cap": {"ten": ["UBND các cấp", "UBND các xã, phường"]}}


@pytest.fixture
def directory():
    return Directory(UNITS, GROUPS)


@pytest.mark.parametrize("text, expected", [
    # names with "và" and commas inside, alone and among others: read whole, cut only between them
    ("Sở Thông tin và Truyền thông, VP UBND tỉnh", (SEVERAL, [(UNIT, "so-tttt"), (UNIT, "vp-ubnd")])),
    ("Sở Thông tin và Truyền thông, Văn phòng UBND tỉnh", (SEVERAL, [(UNIT, "so-tttt"), (UNIT, "vp-ubnd")])),
    ("VP UBND tỉnh và Sở Thông tin và Truyền thông", (SEVERAL, [(UNIT, "vp-ubnd"), (UNIT, "so-tttt")])),
    ("Sở Văn hóa, Thể thao và Du lịch; Sở Thông tin và Truyền thông",
     (SEVERAL, [(UNIT, "so-vh"), (UNIT, "so-tttt")])),
    ("Các sở, ban, ngành và UBND các cấp", (SEVERAL, [(GROUP, "cac_so_nganh"), (GROUP, "cac_cap")])),
    ("Các Sở,ban , ngành", (GROUP, "cac_so_nganh")),
    ("Sở A, Các sở, ban, ngành", (SEVERAL, [(UNIT, "so-a"), (GROUP, "cac_so_nganh")])),
    ("UBND tỉnh;", (UNIT, "ubnd-tinh")),
])
def test_names_are_matched_before_the_text_is_split(directory, text, expected):
    assert directory.resolve(text, DAY) == expected


@pytest.mark.parametrize("text, expected", [
    # what resolved before resolves alike
    ("Sở Thông tin và Truyền thông", (UNIT, "so-tttt")),
    ("Sở Văn hóa, Thể thao và Du lịch", (UNIT, "so-vh")),
    ("  sở   aa ", (UNIT, "so-a")),
    ("Các sở, ban, ngành", (GROUP, "cac_so_nganh")),
    ("Sở A, Sở Nội vụ", (SEVERAL, [(UNIT, "so-a"), (UNIT, "so-noi-vu")])),
    ("Sở A và Sở Nội vụ; UBND tỉnh", (SEVERAL, [(UNIT, "so-a"), (UNIT, "so-noi-vu"), (UNIT, "ubnd-tinh")])),
    ("UBND xã An", (UNIT, "xa-moi")),
    # and what did not, does not
    ("Sở Bê", None),
    ("Sở Bê, Sở A", None),
    ("Sở Thông tin", None),
    ("Sở A tỉnh", None),
    ("", None),
])
def test_what_resolved_before_still_does(directory, text, expected):
    assert directory.resolve(text, DAY) == expected


def test_a_name_two_units_bear_on_the_day_is_not_known(directory):
    both = Directory({**UNITS, "xa-moi": _unit("Ủy ban nhân dân xã An mới", "UBND xã An", since=OLD)})
    assert directory.resolve("UBND xã An", dt.date(2025, 1, 1)) == (UNIT, "xa-cu")
    assert both.resolve("UBND xã An", dt.date(2025, 1, 1)) is None and both.resolve("UBND xã An", DAY) == (UNIT, "xa-moi")


def test_pieces_keep_the_known_names_among_unknown_ones(directory):
    pieces = directory.pieces("Sở Thông tin và Truyền thông, Sở Bê và các đơn vị liên quan", DAY)
    assert [(p.text, p.found) for p in pieces] == [
        ("Sở Thông tin và Truyền thông", (UNIT, "so-tttt")), ("Sở Bê", None), ("các đơn vị liên quan", None)]


def test_a_long_text_is_read_without_recursion(directory):
    text = ", ".join(["Sở A", "Sở Bê"] * 5000)
    pieces = directory.pieces(text, DAY)
    assert len(pieces) == 10000 and pieces[0].found == (UNIT, "so-a") and pieces[1].found is None


def test_a_report_addressed_to_an_agency_named_with_va(directory):
    line = "Sở Thông tin và Truyền thông; Văn phòng UBND tỉnh"
    assert _addressed([line], "so-tttt", directory, DAY)
    assert _addressed(["UBND tỉnh (qua Sở Thông tin và Truyền thông, Sở Nội vụ)"], "so-tttt", directory, DAY)
    assert _addressed(["Sở Nội vụ và các đơn vị liên quan"], "so-noi-vu", directory, DAY)
    assert not _addressed(["Sở Thông tin và Truyền thông"], "so-noi-vu", directory, DAY)


@pytest.mark.parametrize("items, names, fixed", [
    # the comma trap: [Các Sở, ban, ngành và UBND các cấp] is read by YAML as three items
    (["Các Sở", "ban", "ngành và UBND các cấp"], [("Các Sở, ban, ngành", 0, 2)],
     ["Các Sở, ban, ngành", "UBND các cấp"]),
    (["Sở Nội vụ", "Sở Văn hóa", "Thể thao và Du lịch"], [("Sở Văn hóa, Thể thao và Du lịch", 1, 2)],
     ["Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"]),
    (["Sở A và UBND các xã", "phường"], [("UBND các xã, phường", 0, 1)], ["Sở A", "UBND các xã, phường"]),
    # names the directory does not know, cut before a bare kind of agency ("thị trấn" names none)
    (["Sở A", "UBND các huyện", "thị xã", "thành phố", "Sở Nội vụ"],
     [("UBND các huyện, thị xã, thành phố", 1, 3)], ["Sở A", "UBND các huyện, thị xã, thành phố", "Sở Nội vụ"]),
    (["Các cơ quan", "đơn vị liên quan"], [], None),
    (["Các Ban", "Ngành"], [("Các Ban, Ngành", 0, 1)], ["Các Ban, Ngành"]),
    # two names in one list
    (["Các sở", "ban", "ngành và UBND các xã", "phường", "Sở A"],
     [("Các sở, ban, ngành", 0, 2), ("UBND các xã, phường", 2, 3)], ["Các sở, ban, ngành", "UBND các xã, phường", "Sở A"]),
])
def test_names_a_list_cuts_apart(directory, items, names, fixed):
    found = directory.split_names(items, DAY)
    assert [(n.text, n.first, n.last) for n in found] == names
    if fixed is not None:
        assert rejoin(items, found) == fixed


@pytest.mark.parametrize("items", [
    ["Các sở, ban, ngành", "UBND các cấp"],                  # quoted as it should be
    ["Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ"],
    ["Phòng Kinh tế", "Thuế tỉnh", "các đơn vị liên quan"],   # unknown names, none a bare kind of agency
    ["Sở A", "Sở Nội vụ", "UBND tỉnh"],
    ["Văn phòng HĐND và UBND xã"],
])
def test_a_list_of_whole_names_is_left_alone(directory, items):
    assert directory.split_names(items, DAY) == []


def _findings(case: str, tmp_path):
    root = build_case(CASES / case, tmp_path / case.replace("/", "-"))
    return check.run(root, use_cache=False, jobs=1)[0]


def test_p008_names_the_cut_name_and_the_quoted_list(tmp_path):
    findings = _findings("CCHC-P008/fail", tmp_path)
    first = min((f for f in findings if f.code == "CCHC-P008"), key=lambda f: f.line)
    assert (first.severity, first.line, first.column) == ("warning", 15, 16)
    assert "\"Các Sở, ban, ngành\" thành 3 mục riêng" in first.message("vi")
    assert "cut the name \"Các Sở, ban, ngành\" into 3 separate items" in first.message("en")
    assert first.hint("vi").endswith("phoi_hop: [\"Các Sở, ban, ngành\", \"UBND các cấp\"]")
    assert "in double quotes" in first.hint("en")


def test_the_province_leading_its_own_task_owes_no_plan_of_its_own_p002(tmp_path):
    assert _findings("CCHC-P002/pass", tmp_path) == []


def test_an_official_name_with_va_among_several_leads_is_p004_not_p003(tmp_path):
    findings = _findings("CCHC-P003/pass", tmp_path)
    assert sorted((f.code, f.line, f.args.get("count")) for f in findings) == [("CCHC-P004", 30, 2),
                                                                                ("CCHC-P004", 38, 3)]
