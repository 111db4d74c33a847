"""`cchc build`: the sample province's site, built once for this module without printing documents."""
import csv
import datetime as dt
import hashlib
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cchc import cli, status
from cchc.model import Model
from cchc.loader import load_workspace
from cchc import commands
from cchc.site.build import build

from conftest import HtmlTags

ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2026, 11, 23)
ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE_DOC = "units/so-noi-vu/2026/bao-cao-quy-3.md"
HOSTILE_BODY = """
<!-- GHI-CHU-BI-MAT: ghi chú cho người soạn không được hiện trên trang -->

Đoạn có mã độc <script>window.PWNED = 1</script> và <img src="x" onerror="window.PWNED = 2">.

<iframe src="https://example.com/"></iframe>

<style>body { display: none; }</style>

<b onclick="window.PWNED = 3">Bấm vào đây</b> hoặc [mở](javascript:window.PWNED=4).
"""
HOSTILE_TITLE = 'Kết quả <img src=x onerror="window.PWNED=5"> [bấm](javascript:alert(1)) quý III'


def copy_workspace(target: Path) -> Path:
    """The sample province, with one document carrying every kind of hostile markup."""
    for name in ("content", "units"):
        shutil.copytree(ROOT / name, target / name)
    shutil.copyfile(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    doc = target / HOSTILE_DOC
    text = doc.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^trich_yeu: .*$", "trich_yeu: " + json.dumps(HOSTILE_TITLE, ensure_ascii=False), text, count=1)
    doc.write_text(text + HOSTILE_BODY, encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = copy_workspace(tmp_path_factory.mktemp("ws"))
    site = root / "site"
    outcome = build(root, AS_OF, site, render=False, jobs=1)
    return root, site, outcome


@pytest.fixture(scope="module")
def duties(built):
    root = built[0]
    ws = load_workspace(root, use_cache=False, jobs=1)
    model = Model(ws, AS_OF)
    return {year: status.compute(model, year, AS_OF) for year in (2025, 2026)}


def html_files(site: Path):
    return sorted(site.rglob("*.html"))


def read(site: Path, rel: str) -> str:
    return (site / rel).read_text(encoding="utf-8")


def test_build_is_clean(built):
    _, site, outcome = built
    assert outcome.warnings == []
    assert (site / "index.html").is_file()
    assert outcome.pages > 150


@pytest.mark.parametrize("page", ["index.html", "don-vi/index.html", "van-ban/index.html", "linh-vuc/index.html",
                                  "han-nop/index.html", "du-lieu/index.html", "ma-phat-hien/index.html",
                                  "phuong-phap/index.html", "mien-tru/index.html", "huong-dan/index.html",
                                  "huong-dan/bao-cao/index.html"])
def test_section_pages_exist_in_vietnamese(built, page):
    text = read(built[1], page)
    assert '<html lang="vi"' in text
    assert "Tìm kiếm" in text


def test_one_page_per_unit_and_per_document(built):
    root, site, _ = built
    units = sorted(p.name for p in (root / "units").iterdir() if (p / "unit.yml").is_file())
    for uid in units:
        assert (site / "don-vi" / uid / "index.html").is_file(), uid
    documents = [p.relative_to(root / "units") for p in (root / "units").rglob("*.md")]
    assert len(documents) > 100
    for rel in documents:
        page = site / "van-ban" / rel.parent / rel.stem / "index.html"
        assert page.is_file(), rel
        assert (site / "tai-ve" / rel).read_bytes() == (root / "units" / rel).read_bytes()


def _matrix(html: str) -> dict:
    cells = {}
    for row in re.finditer(r'<tr data-unit="([^"]+)">(.*?)</tr>', html, re.S):
        for cell in re.finditer(r'data-state="(\w+)" data-days="(\d+)" data-duty="(\w+)/(\w*)"', row.group(2)):
            cells[(row.group(1), cell.group(3), cell.group(4))] = (cell.group(1), int(cell.group(2)))
    return cells


def test_matrix_states_equal_status_rows(built, duties):
    cells = _matrix(read(built[1], "index.html"))
    owed = {d.unit for d in duties[2026] if d.state != status.NOT_REQUIRED}
    expected = {(d.unit, d.document, d.period): (d.state, d.days_late) for d in duties[2026]
                if d.unit in owed and (d.document, d.period) in {(k[1], k[2]) for k in cells}}
    assert cells == expected
    assert {state for state, _ in cells.values()} >= {status.ON_TIME, status.LATE, status.MISSING, status.NOT_DUE}


def test_home_shows_on_time_rate_and_hover_text(built, duties):
    html = read(built[1], "index.html")
    share = status.summary(duties[2026])["on_time_share"]
    assert f"{share * 100:.1f}%".replace(".", ",") in html
    late = next(d for d in duties[2026] if d.state == status.LATE)
    assert re.search(rf'data-unit="{late.unit}".*?title="[^"]*nộp muộn {late.days_late} ngày', html, re.S)
    assert "Sắp đến hạn" in html and "Văn bản mới ban hành" in html


def test_open_data_states_equal_cchc_status(built, duties, capsys):
    root, site, _ = built
    data = json.loads(read(site, "du-lieu/trang-thai.json"))
    assert data["as_of"] == AS_OF.isoformat()
    assert data["items"] == [d.as_dict() for year in (2025, 2026) for d in duties[year]]
    assert cli.main(["status", "--as-of", AS_OF.isoformat(), "--format", "csv", "--workspace", str(root)]) == 0
    printed = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    published = [r for r in csv.DictReader(io.StringIO(read(site, "du-lieu/trang-thai.csv"))) if r["year"] == "2026"]
    assert published == [{k: v for k, v in r.items()} for r in printed]


def test_open_data_units_documents_tasks(built):
    root, site, _ = built
    units = json.loads(read(site, "du-lieu/don-vi.json"))["items"]
    assert len(units) == sum(1 for p in (root / "units").iterdir() if (p / "unit.yml").is_file())
    documents = json.loads(read(site, "du-lieu/van-ban.json"))["items"]
    assert all(dt.date.fromisoformat(d["ngay_ban_hanh"]) <= AS_OF for d in documents)
    assert all((site / d["trang"] / "index.html").is_file() for d in documents)
    rows = list(csv.DictReader(io.StringIO(read(site, "du-lieu/van-ban.csv"))))
    assert [r["path"] for r in rows] == [d["path"] for d in documents]
    tasks = json.loads(read(site, "du-lieu/nhiem-vu.json"))["items"]
    snv = {t["ma"]: t for t in tasks if t["unit"] == "so-noi-vu" and t["year"] == 2026}
    assert snv["SNV-01"]["trang_thai"] == "dang_thuc_hien" and snv["SNV-03"]["trong_so"] == 2
    assert sorted(p.name for p in (site / "du-lieu" / "schemas").iterdir()) == \
        sorted(p.name for p in (ROOT / "content" / "schemas").glob("*.schema.json"))


def _events(ics: str) -> list[dict]:
    unfolded = ics.replace("\r\n ", "")
    events = []
    for block in re.findall(r"BEGIN:VEVENT\r\n(.*?)END:VEVENT", unfolded, re.S):
        events.append(dict(line.split(":", 1) for line in block.strip().split("\r\n")))
    return events


def test_ics_events_equal_the_deadlines(built, duties):
    ics = (built[1] / "du-lieu/han-nop-2026.ics").read_bytes().decode("utf-8")
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    events = _events(ics)
    deadlines = {d.due for d in duties[2026] if d.state != status.NOT_REQUIRED}
    assert {dt.datetime.strptime(e["DTSTART;VALUE=DATE"], "%Y%m%d").date() for e in events} == deadlines
    keys = {(d.due, d.document, d.period) for d in duties[2026] if d.state != status.NOT_REQUIRED}
    assert len(events) == len(keys) == len({e["UID"] for e in events})
    assert all(e["DTSTAMP"] == "20261123T000000Z" for e in events)


def test_atom_feed_lists_newest_documents(built):
    site = built[1]
    feed = ET.fromstring((site / "van-ban-moi.xml").read_bytes())
    entries = feed.findall(f"{ATOM}entry")
    documents = json.loads(read(site, "du-lieu/van-ban.json"))["items"]
    assert len(entries) == min(50, len(documents))
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert feed.find(f"{ATOM}updated").text == updated[0]
    for entry in entries:
        assert (site / entry.find(f"{ATOM}link").get("href") / "index.html").is_file()


EXTERNAL_LOAD = [
    re.compile(r"<(?:script|img|iframe|audio|video|source|embed)\b[^>]*\ssrc=[\"']?(?:https?:)?//", re.I),
    re.compile(r"<link\b[^>]*\shref=[\"']?(?:https?:)?//", re.I),
    re.compile(r"url\(\s*[\"']?(?:https?:)?//", re.I),
    re.compile(r"@import\s+[\"']?(?:url\()?\s*[\"']?(?:https?:)?//", re.I),
    re.compile(r"fonts\.googleapis|fonts\.gstatic|cdn\.jsdelivr|unpkg\.com|cdnjs\.", re.I),
]
# The theme's script fetches two files only in cases the site never meets: a ResizeObserver polyfill
# for browsers without ResizeObserver, and the mermaid library for diagrams (class "mermaid", which
# the site's HTML filter drops). test_browser.py checks that no page requests anything external.
THEME_CONDITIONAL = ("https://unpkg.com/resize-observer-polyfill", "https://unpkg.com/mermaid@")


def test_no_external_fonts_scripts_or_styles(built):
    site = built[1]
    checked = 0
    for path in sorted(site.rglob("*")):
        if path.suffix in (".html", ".css", ".js", ".svg"):
            text = path.read_text(encoding="utf-8", errors="replace")
            for allowed in THEME_CONDITIONAL:
                text = text.replace(allowed, "")
            for pattern in EXTERNAL_LOAD:
                assert not pattern.search(text), (path.relative_to(site), pattern.pattern)
            checked += 1
    assert checked > 150


def test_hostile_markup_never_reaches_the_site(built):
    site = built[1]
    page = read(site, "van-ban/so-noi-vu/2026/bao-cao-quy-3/index.html")
    assert "Đoạn có mã độc" in page and "Bấm vào đây" in page
    assert "GHI-CHU-BI-MAT" not in page
    for html_path in html_files(site):
        parser = HtmlTags()
        parser.feed(html_path.read_text(encoding="utf-8"))
        for tag, attrs in parser.tags:
            assert tag not in ("iframe", "object", "embed"), html_path
            assert not [name for name in attrs if name.startswith("on")], (html_path, tag, attrs)
            for name in ("href", "src"):
                assert not re.match(r"\s*(javascript|vbscript|data):", attrs.get(name) or "", re.I), html_path
        assert not [code for code in parser.code if "PWNED" in code or "display: none; }" in code], html_path
    assert "Kết quả &lt;img src=x" in read(site, "van-ban/index.html")


def test_vietnamese_search_folds_diacritics(built):
    site = built[1]
    index = json.loads(read(site, "search/search_index.json"))
    assert index["config"]["lang"] == ["vi"]
    fold = read(site, "assets/javascripts/lunr/min/lunr.vi.min.js")
    assert 'normalize("NFD")' in fold and "searchPipeline" in fold


def test_roll_up_rule_is_stated(built):
    page = read(built[1], "linh-vuc/index.html")
    assert "trọng số 1" in page and "Chưa có báo cáo" in page and "62,5%" in page


def test_catalogue_lists_every_code(built):
    from cchc.catalogue import CATALOGUE
    page = read(built[1], "ma-phat-hien/index.html")
    assert all(f'id="{code.lower()}"' in page for code in CATALOGUE)
    assert not re.search(r"\{[a-z_]+(:[a-z_]+)?\}", page)        # the places a finding fills are "…"
    from cchc.site.guide import GROUPS
    assert {code[5] for code in CATALOGUE} <= set(GROUPS)                   # every group of codes has its title
    assert "Khóa \"…\" xuất hiện hai lần" in page or "Khóa &quot;…&quot; xuất hiện hai lần" in page


def test_waivers_are_published(built):
    page = read(built[1], "mien-tru/index.html")
    assert "CCHC-P004" in page and "Giám đốc Sở Nội vụ" in page and "31/12/2026" in page


def _digest(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_is_reproducible(built, tmp_path):
    root, site, _ = built
    again = tmp_path / "again"
    build(root, AS_OF, again, render=False, jobs=1)
    assert _digest(again) == _digest(site)


def test_build_main_needs_as_of(built, capsys):
    args = commands.parser_of("build").parse_args(["--workspace", str(built[0])])
    assert commands.COMMANDS["build"].main(args) == 2
    assert "--as-of" in capsys.readouterr().err


def _zensical() -> str | None:
    import shutil as which
    import sys
    local = Path(sys.executable).parent / "zensical"
    return str(local) if local.is_file() else which.which("zensical")


@pytest.mark.skipif(_zensical() is None, reason="zensical is not installed (pip install zensical); the same "
                                                "mkdocs.yml is then only built with MkDocs")
def test_same_mkdocs_yml_builds_with_zensical(built, tmp_path):
    """Zensical, Material's successor, builds the generated pages from the same mkdocs.yml."""
    import subprocess
    root = built[0]
    project = tmp_path / "z"
    shutil.copytree(root / "build" / "site-src", project / "build" / "site-src")
    shutil.copyfile(root / "mkdocs.yml", project / "mkdocs.yml")
    done = subprocess.run([_zensical(), "build", "-f", "mkdocs.yml"], cwd=project, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "cchc-matrix" in home and 'data-state="late"' in home
    assert (project / "site" / "don-vi" / "so-noi-vu" / "index.html").is_file()
    assert (project / "site" / "van-ban" / "so-noi-vu" / "2026" / "bao-cao-quy-3" / "index.html").is_file()


def test_new_workspace_without_a_guide_gets_the_fields_of_every_file(tmp_path):
    from cchc import init
    root = tmp_path / "ws"
    init.create(root, "Nam Định", 2026)
    outcome = build(root, AS_OF, root / "site", render=False, jobs=1)
    assert outcome.warnings == []                      # the nav's guide page exists
    page = read(root / "site", "huong-dan/index.html")
    sections = {}
    for title, body in re.findall(r"<h2[^>]*>([^<]+)</h2>(.*?)(?=<h2|$)", page, re.S):
        sections[title] = dict(re.findall(r"<td><code>([^<]+)</code></td>\s*<td>(?:có|không)</td>\s*<td>([^<]*)</td>",
                                          body))
    assert len(sections) == 8
    unit = sections["Tệp đơn vị (units/&lt;mã đơn vị&gt;/unit.yml)"]
    assert unit["ten_in"].startswith("Tên cơ quan ban hành in ở góc trái văn bản")
    assert unit["loai"].startswith("Loại đơn vị")                        # unit.yml's, not a document's
    report = sections["Phần thông tin của báo cáo CCHC định kỳ"]
    assert report["loai"].startswith("Loại văn bản")
    assert report["tien_do[].nhiem_vu"] == "Mã nhiệm vụ trong kế hoạch của đơn vị"
    assert all(text.strip() for rows in sections.values() for text in rows.values())


def test_hand_written_guide_is_kept(built):
    page = read(built[1], "huong-dan/index.html")
    assert "Mã phát hiện" in page and "chưa có hướng dẫn riêng" not in page


def test_document_titles_name_the_year_once(built):
    site = built[1]
    page = read(site, "van-ban/trung-tam-phvhcc/2026/bao-cao-6-thang/index.html")
    assert "Báo cáo 6 tháng đầu năm 2026 – Trung tâm Phục vụ hành chính công tỉnh" in page
    assert "Kế hoạch CCHC năm 2026 – Sở Nội vụ" in read(site, "van-ban/so-noi-vu/2026/ke-hoach/index.html")
    assert not [p for p in html_files(site) if "năm năm" in p.read_text(encoding="utf-8").casefold()]


def test_area_chart_prints_long_area_names_whole(built):
    svg_ns = "{http://www.w3.org/2000/svg}"
    svg = ET.fromstring(read(built[1], "assets/charts/linh-vuc-2026.svg"))
    labels = [" ".join(span.text for span in text.iter(f"{svg_ns}tspan"))
              for text in svg.iter(f"{svg_ns}text") if text.find(f"{svg_ns}tspan") is not None]
    assert "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số" in labels    # on two lines
    assert "Cải cách thể chế" in labels and not any("…" in label for label in labels)
