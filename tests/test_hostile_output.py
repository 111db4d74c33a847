"""Authored text reaches every output escaped for that output: HTML pages, Atom, iCalendar, CSV, SVG,
terminal and GitHub annotations. Hostile names and values are written the way an attacker would."""
import csv
import datetime as dt
import io
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import markdown
import pytest

from cchc import status
from cchc.findings import Finding
from cchc.reporters import findings as reporting
from cchc.site import charts, feeds, opendata, pages
from cchc.site.build import build
from cchc.site.sitedata import DocEntry

from conftest import BASE, HtmlTags

AS_OF = dt.date(2026, 11, 23)
ATOM = "{http://www.w3.org/2005/Atom}"
SVG = "{http://www.w3.org/2000/svg}"
HOSTILE_UNIT = 'so-a"><img src=x onerror=alert(1)>'
HOSTILE_REPORT = 'bao-cao" onmouseover="alert(1)" x=".md'
HOSTILE_TABLE = "<img src=x onerror=alert(1)>.yml"
HOSTILE_AREA = "Cải cách <script>alert(5)</script> & thể chế"
INJECTED = "x\r\nBEGIN:VEVENT\r\nSUMMARY:evil"
CONTROL_TITLE = "Kế hoạch \x01\x1b[31m\x0b <script>alert(6)</script> ]]> & \"cũ\" 'mới'"
TERMINAL = "\x1b[31mĐỎ\x1b[0m\nDòng giả: lỗi"


def live_markup(html: str) -> list:
    """Elements or attributes the hostile values would have made live."""
    parser = HtmlTags()
    parser.feed(html)
    found = [(tag, attrs) for tag, attrs in parser.tags
             if any(name.startswith("on") for name in attrs) or (tag == "img" and attrs.get("src") == "x")]
    found += [code for code in parser.code if "alert(" in code]
    return found


# --- the site built from a workspace with hostile file names and names --------------------------------------

def _hostile_workspace(root: Path) -> Path:
    shutil.copytree(BASE, root)
    units = root / "units"
    (units / "so-a").rename(units / HOSTILE_UNIT)
    year = units / HOSTILE_UNIT / "2026"
    (year / "bao-cao-quy-1.md").rename(year / HOSTILE_REPORT)
    plan = year / "ke-hoach.md"
    text = plan.read_text(encoding="utf-8")
    head, tasks = text.split("nhiem_vu:\n", 1)
    tasks, body = tasks.split("---\n", 1)
    (year / HOSTILE_TABLE).write_text("nhiem_vu:\n" + tasks, encoding="utf-8")
    plan.write_text(f'{head}nhiem_vu: "{HOSTILE_TABLE}"\n---\n{body}', encoding="utf-8")
    rules = root / "content" / "rules" / "2025.yml"
    text = rules.read_text(encoding="utf-8")
    text = text.replace("{ten: Cải cách thể chế,", f'{{ten: "{HOSTILE_AREA}",')
    text = text.replace("quy_1: {ten: Quý I,", 'quy_1: {ten: "Quý I x\\r\\nBEGIN:VEVENT\\r\\nSUMMARY:evil",')
    rules.write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = _hostile_workspace(tmp_path_factory.mktemp("hostile") / "ws")
    outcome = build(root, AS_OF, root / "site", render=False, jobs=1)
    return root / "site", outcome


def test_file_and_folder_names_never_become_markup(hostile):
    site, _ = hostile
    pages_checked = 0
    for path in sorted(site.rglob("*.html")):
        assert live_markup(path.read_text(encoding="utf-8")) == [], path.relative_to(site)
        pages_checked += 1
    assert pages_checked > 10


def test_links_to_hostile_names_are_percent_encoded_and_resolve(hostile):
    site, outcome = hostile
    assert outcome.warnings == []          # MkDocs found every Markdown link (names decoded back)
    home = (site / "index.html").read_text(encoding="utf-8")
    for href in re.findall(r'href="([^"]*)"', home):
        assert not re.search(r"[\s<>\"']", href), href
    if (site / "don-vi" / HOSTILE_UNIT).is_dir():         # unless a check keeps such a unit off the site
        assert 'href="don-vi/so-a%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E/"' in home
        page = next((site / "van-ban" / HOSTILE_UNIT / "2026").glob("ke-hoach/index.html"))
        html = page.read_text(encoding="utf-8")
        assert "Tải bảng kèm theo (&lt;img src=x onerror=alert(1)&gt;.yml)" in html
        assert "%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.yml" in html


def test_area_names_in_the_chart_and_headings(hostile):
    site, _ = hostile
    svg = ET.fromstring((site / "assets" / "charts" / "linh-vuc-2026.svg").read_bytes())
    assert not [e for e in svg.iter() if e.tag in (f"{SVG}script", "script")]
    assert live_markup((site / "linh-vuc" / "index.html").read_text(encoding="utf-8")) == []


def test_period_name_cannot_add_calendar_events(hostile):
    ics = (hostile[0] / "du-lieu" / "han-nop-2026.ics").read_bytes().decode("utf-8")
    assert not re.search("[\r\n]", ics.replace("\r\n", ""))
    lines = re.split(r"\r\n|\r|\n", ics)             # as a lenient reader splits lines
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") > 0
    assert not [line for line in lines if line.startswith("SUMMARY:evil")]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)


# --- the page templates, with hostile values given directly -------------------------------------------------

def _html(markdown_text: str) -> str:
    body = markdown_text.split("\n---\n", 1)[1]           # front matter off, as MkDocs does
    return markdown.markdown(body, extensions=["tables", "attr_list", "admonition", "toc"])


def test_document_page_downloads_escape_label_and_link(tmp_path):
    entry = DocEntry(f"units/{HOSTILE_UNIT}/2026/{HOSTILE_REPORT}", HOSTILE_UNIT, 2026, "bao_cao", "quy_1",
                     "10/BC-SA", dt.date(2026, 3, 10), "<script>alert(7)</script>")
    site = SimpleNamespace(doc_title=lambda doc: "Báo cáo Quý I năm 2026", unit_name=lambda uid: uid)
    folder = f"tai-ve/{HOSTILE_UNIT}/2026"
    downloads = [{"label": "Tải tệp nguồn (Markdown)", "href": f"{folder}/{HOSTILE_REPORT}"},
                 {"label": f"Tải bảng kèm theo ({HOSTILE_TABLE})", "href": f"{folder}/{HOSTILE_TABLE}"}]
    out = pages.Writer(None, tmp_path)
    out.render("document.md.j2", entry.page, site=site, doc=entry, duty=None, downloads=downloads,
               rendered=True, body="")
    html = _html((tmp_path / entry.page).read_text(encoding="utf-8"))
    assert live_markup(html) == []
    links = [attrs for tag, attrs in _tags(html) if tag == "a" and "download" in attrs]
    assert [a["href"] for a in links] == [
        "../../../../tai-ve/so-a%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E/2026/"
        "bao-cao%22%20onmouseover%3D%22alert%281%29%22%20x%3D%22.md",
        "../../../../tai-ve/so-a%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E/2026/"
        "%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.yml"]
    assert "Tải bảng kèm theo (&lt;img src=x onerror=alert(1)&gt;.yml)" in html


def test_rendered_fields_are_cleaned_on_the_document_page():
    """A rendered fragment carries trich_yeu and nguoi_ky as the renderer wrote them; the page keeps text only."""
    from cchc.site.safety import attr, clean_html, md
    fragment = ('<p class="cchc-trich-yeu">Về việc <img src=x onerror=alert(1)><script>alert(2)</script></p>'
                '<p class="cchc-nguoi-ky"><b onmouseover="alert(3)">Nguyễn Văn A</b></p>')
    cleaned = clean_html(fragment)
    assert live_markup(cleaned) == [] and "Nguyễn Văn A" in cleaned
    text = "Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân xã Ẳng Nưa"
    assert md(text) == attr(text) == text


def _tags(html: str) -> list:
    parser = HtmlTags()
    parser.feed(html)
    return parser.tags


# --- the site title (content/province.yml trang_web.tieu_de) ------------------------------------------------

TITLE = 'Cổng <script>alert(4)</script> & "CCHC"'


@pytest.fixture(scope="module")
def titled(tmp_path_factory):
    root = tmp_path_factory.mktemp("titled") / "ws"
    shutil.copytree(BASE, root)
    province = root / "content" / "province.yml"
    province.write_text(province.read_text(encoding="utf-8") + f"trang_web:\n  tieu_de: '{TITLE}'\n",
                        encoding="utf-8")
    build(root, AS_OF, root / "site", render=False, jobs=1)
    return root / "site"


def test_site_title_is_escaped_on_the_home_page_and_in_the_feed(titled):
    home = (titled / "index.html").read_text(encoding="utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", home, re.S).group(1)
    assert "Cổng &lt;script&gt;alert(4)&lt;/script&gt; &amp; \"CCHC\"" in heading
    feed = ET.fromstring((titled / "van-ban-moi.xml").read_bytes())
    assert feed.find(f"{ATOM}title").text == f"{TITLE}: văn bản mới"


def test_site_title_is_not_live_in_the_theme(titled):
    assert live_markup((titled / "index.html").read_text(encoding="utf-8")) == []


def test_site_title_for_the_theme_has_no_markup():
    from cchc.site.safety import site_title
    assert site_title(TITLE + "\x1b[31m\n") == "Cổng script alert(4) /script & CCHC [31m"
    assert site_title("Công khai cải cách hành chính tỉnh Hòa Lâm") == "Công khai cải cách hành chính tỉnh Hòa Lâm"


# --- Atom ---------------------------------------------------------------------------------------------------

def _site(documents=(), duties=(), name=lambda duty: "Kế hoạch CCHC"):
    return SimpleNamespace(documents=list(documents), as_of=AS_OF, province={"co_quan_thuong_truc": "so-a"},
                           unit_name=lambda uid: f"Sở <b>{uid}</b> & \x07", doc_name=lambda doc: "Kế hoạch CCHC",
                           duties={2026: list(duties)}, duty_name=name)


def test_atom_is_well_formed_whatever_the_title():
    doc = DocEntry("units/so-a/2026/ke\nhoach.md", "so-a", 2026, "ke_hoach", "", "01/KH-SA\x1b",
                   dt.date(2026, 1, 5), CONTROL_TITLE + "\ud800\ufffe")
    feed = ET.fromstring(feeds.atom(_site([doc]), 'Cổng <script> & "x"\x01', "cchc-99.invalid").encode("utf-8"))
    assert feed.find(f"{ATOM}title").text == 'Cổng <script> & "x"'
    entry = feed.find(f"{ATOM}entry")
    summary = entry.find(f"{ATOM}summary").text
    assert "<script>alert(6)</script> ]]> & \"cũ\" 'mới'" in summary
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]", summary)
    ids = [e.text for e in feed.iter(f"{ATOM}id")]
    assert all("\n" not in i and " " not in i for i in ids)
    assert ids[1] == "tag:cchc-99.invalid,2026-01-05:units/so-a/2026/ke%0Ahoach.md"
    assert entry.find(f"{ATOM}link").get("href") == "van-ban/so-a/2026/ke%0Ahoach/"


# --- iCalendar ----------------------------------------------------------------------------------------------

def _duty(unit: str, period: str, due: dt.date) -> status.Duty:
    return status.Duty(unit, "bao_cao", period, 2026, due, "cham_nhat", None, "", status.NOT_DUE, 0)


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def test_ics_text_cannot_start_a_property_line():
    name = "Báo cáo " + INJECTED + "; phần, \\ cuối " + "ư" * 60
    duties = [_duty("so-a", "quy_1", dt.date(2026, 12, 15)), _duty("so-b", "quy_2", dt.date(2026, 12, 20))]
    ics = feeds.ics(_site(duties=duties, name=lambda duty: name), 2026, "cchc-99.invalid")
    assert ics.endswith("\r\n") and not re.search("[\r\n]", ics.replace("\r\n", ""))
    lines = ics.split("\r\n")[:-1]
    assert lines.count("BEGIN:VEVENT") == 2
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert all(line.startswith(" ") or re.match(r"[A-Z-]+[;:]", line) for line in lines)
    unfolded = ics.replace("\r\n ", "").split("\r\n")
    summaries = [line[len("SUMMARY:"):] for line in unfolded if line.startswith("SUMMARY:")]
    assert [_unescape(s) for s in summaries] == [f"Hạn nộp: {name.replace(chr(13), '')} năm 2026"] * 2


def test_ics_folds_between_characters():
    assert feeds._fold("SUMMARY:" + "ộ" * 40) == ["SUMMARY:" + "ộ" * 22, " " + "ộ" * 18]
    assert feeds._ics_text("a,b;c\\d\r\ne\x1bf") == "a\\,b\\;c\\\\d\\nef"


# --- CSV ----------------------------------------------------------------------------------------------------

def test_csv_cells_cannot_run_as_formulas():
    rows = [{"ten": value, "so": number} for value, number in
            [("=HYPERLINK(\"http://x\")", -5), ("+1+1", -2.5), ("-1+1", 0), ("@SUM(A1)", 3),
             ("\tTab", None), ("\rCR", 1), ("Sở Nội vụ", 2)]]
    parsed = list(csv.DictReader(io.StringIO(opendata.to_csv(rows))))
    assert [r["ten"] for r in parsed] == ["'=HYPERLINK(\"http://x\")", "'+1+1", "'-1+1", "'@SUM(A1)", "'\tTab",
                                          "'\nCR", "Sở Nội vụ"]
    assert [r["so"] for r in parsed] == ["-5", "-2.5", "0", "3", "", "1", "2"]
    assert opendata.safe_csv_cell(-7) == -7 and opendata.safe_csv_cell("-7") == "'-7"


# --- SVG ----------------------------------------------------------------------------------------------------

def test_chart_labels_are_xml_text():
    area = SimpleNamespace(name="<script>alert(1)</script> & Cải cách \x01 \"thể chế\"", percent=50.0)
    svg = ET.fromstring(charts.area_bars([area], 'Tỷ lệ <b>"năm"</b> & 2026').encode("utf-8"))
    assert not [e for e in svg.iter() if e.tag.endswith("script")]
    texts = " ".join(t.text or "" for t in svg.iter(f"{SVG}tspan"))
    assert "<script>alert(1)</script> &" in texts and "\x01" not in texts
    assert svg.get("aria-label") == 'Tỷ lệ <b>"năm"</b> & 2026'


# --- terminal and GitHub annotations ------------------------------------------------------------------------

def _finding():
    return Finding("CCHC-L013", "units/so-a/2026/ke\x1b[2Jhoach.md", 3, 1, {"field": "nhiem_vu", "file": TERMINAL})


def test_text_report_shows_control_characters_as_escapes():
    waiver = SimpleNamespace(finding=_finding(), reason="Lý do\x1b]0;x\x07\nDòng giả: lỗi", approved_by="A\x9bB",
                             expires=dt.date(2026, 12, 31))
    report = reporting.text([_finding()], 1, "vi", waived=[waiver])
    assert "\x1b" not in report and "\x07" not in report and "\x9b" not in report
    assert not [line for line in report.split("\n") if line.startswith("Dòng giả")]
    assert "\\x1b[31mĐỎ\\x1b[0m\\nDòng giả: lỗi" in report
    assert "units/so-a/2026/ke\\x1b[2Jhoach.md:3:1: lỗi CCHC-L013" in report


def test_github_annotations_escape_workflow_command_specials():
    finding = Finding("CCHC-L013", "units/a,b:c%.md", 3, 1, {"field": "nhiem_vu", "file": TERMINAL + "\r%"})
    report = reporting.github([finding], 1, "vi")
    first = report.split("\n")[0]
    assert "\x1b" not in report and "\r" not in report
    assert first.startswith("::error file=units/a%2Cb%3Ac%25.md,line=3,col=1,title=CCHC-L013::")
    assert "\\x1b[31mĐỎ\\x1b[0m%0ADòng giả: lỗi%0D%25" in first
    assert not [line for line in report.split("\n") if line.startswith("Dòng giả")]


def test_consolidation_summary_shows_authored_names_as_escapes():
    from cchc.reporters.summaries import SUMMARIES, Consolidation
    summary = Consolidation(TERMINAL, 2026, Path("build/tong-hop/so-noi-vu/2026/bao-cao.md"),
                            broken=(("so-a", "01-S" + TERMINAL),))
    text = SUMMARIES["consolidate"].write(summary, "vi")
    assert "\x1b" not in text and len(text.split("\n")) == 2
    assert not [line for line in text.split("\n") if line.startswith("Dòng giả")]
    assert "\\x1b[31mĐỎ\\x1b[0m\\nDòng giả: lỗi" in text
