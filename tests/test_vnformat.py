"""Vietnamese dates, the "Số:" line and document symbols (Nghị định 30/2020/NĐ-CP, Phụ lục I and III)."""
import datetime as dt
import unicodedata

import pytest

from cchc import vnformat
from cchc.findings import Finding


@pytest.mark.parametrize("day, expected", [
    (dt.date(2026, 1, 5), "ngày 05 tháng 01 năm 2026"),
    (dt.date(2026, 2, 2), "ngày 02 tháng 02 năm 2026"),
    (dt.date(2026, 3, 3), "ngày 03 tháng 3 năm 2026"),
    (dt.date(2026, 6, 29), "ngày 29 tháng 6 năm 2026"),
    (dt.date(2020, 12, 30), "ngày 30 tháng 12 năm 2020"),
    (dt.date(2026, 10, 1), "ngày 01 tháng 10 năm 2026"),
])
def test_long_date_zero_padding(day, expected):
    assert vnformat.long_date(day) == expected


def test_place_date_line_is_nfc():
    line = vnformat.place_date("Nam Định", dt.date(2020, 12, 30))
    assert line == "Nam Định, ngày 30 tháng 12 năm 2020"
    decomposed = vnformat.place_date(unicodedata.normalize("NFD", "Hòa Lâm"), dt.date(2026, 1, 2))
    assert unicodedata.is_normalized("NFC", decomposed)
    assert decomposed == "Hòa Lâm, ngày 02 tháng 01 năm 2026"


def test_number_line():
    assert vnformat.number_line("117/KH-UBND") == "Số: 117/KH-UBND"


def test_type_abbreviations_of_kinds():
    assert vnformat.TYPE_ABBR == {"ke_hoach": "KH", "bao_cao": "BC", "tu_danh_gia": "BC"}
    assert all(abbr in vnformat.TYPE_NAMES for abbr in vnformat.TYPE_ABBR.values())


@pytest.mark.parametrize("text, number, abbr, bodies", [
    ("117/KH-UBND", "117", "KH", ("UBND",)),
    ("05/BNV-VP", "05", None, ("BNV", "VP")),
    ("84/BC-SNV", "84", "BC", ("SNV",)),
    ("03/KH-SGDĐT", "03", "KH", ("SGDĐT",)),
    ("1845/QĐ-UBND", "1845", "QĐ", ("UBND",)),
    ("01/TTr-SNV", "01", "TTr", ("SNV",)),
    ("12/QyĐ-UBND", "12", "QyĐ", ("UBND",)),
])
def test_parse_symbol(text, number, abbr, bodies):
    parsed = vnformat.parse_symbol(text)
    assert (parsed.number, parsed.type_abbr, parsed.bodies) == (number, abbr, bodies)


def test_parse_symbol_with_year_and_malformed():
    parsed = vnformat.parse_symbol("108/2020/NĐ-CP")
    assert (parsed.number, parsed.year, parsed.bodies) == ("108", "2020", ("NĐ", "CP"))
    for bad in ("", "KH-UBND", "117 /KH-UBND", "117/KH UBND", "abc/KH-UBND", None):
        assert vnformat.parse_symbol(bad) is None


def test_check_symbol_against_kind():
    assert vnformat.check_symbol("218/KH-UBND", "ke_hoach") is None
    assert vnformat.check_symbol("386/BC-SNV", "tu_danh_gia") is None
    wrong = vnformat.check_symbol("117/BC-UBND", "ke_hoach")
    assert wrong.reason == "wrong_type" and wrong.expected == "117/KH-UBND"
    message = Finding("CCHC-N001", "x", args=dict(wrong.args, variant=wrong.reason, value="117/BC-UBND")).message()
    assert "KH" in message and "\"BC\" là báo cáo" in message
    missing = vnformat.check_symbol("05/SNV-VP", "bao_cao")
    assert missing.reason == "unknown_type" and missing.expected == "05/BC-SNV-VP"


def test_check_symbol_padding_and_form():
    padding = vnformat.check_symbol("5/KH-UBND", "ke_hoach")
    assert padding.reason == "padding" and padding.expected == "05/KH-UBND"
    assert vnformat.check_symbol("KH-UBND", "ke_hoach").reason == "malformed"
    assert vnformat.check_symbol("05/KH", "ke_hoach").reason == "no_body"


def test_upper_keeps_vietnamese_composed():
    assert vnformat.upper("Sở Nội vụ tỉnh Hòa Lâm") == "SỞ NỘI VỤ TỈNH HÒA LÂM"
    assert unicodedata.is_normalized("NFC", vnformat.upper(unicodedata.normalize("NFD", "Phó Chủ tịch")))


def test_one_short_date_and_one_decimal_format():
    import datetime as dt
    from pathlib import Path

    from cchc.vnformat import date_text, decimal_text
    assert date_text(dt.date(2026, 1, 5)) == "05/01/2026" and date_text(None) == "–" and date_text(None, "-") == "-"
    assert decimal_text(98.78) == "98,8" and decimal_text(70.5) == "70,5" and decimal_text(3, 2) == "3,00"
    package = Path(__file__).resolve().parents[1] / "scripts" / "cchc"
    elsewhere = [p.name for p in package.rglob("*.py")
                 if p.name != "vnformat.py" and ("%d/%m/%Y" in p.read_text(encoding="utf-8")
                                                 or 'replace(".", ",")' in p.read_text(encoding="utf-8"))]
    assert elsewhere == []
