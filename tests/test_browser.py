"""The built site in a real browser (Debian's chromium through Playwright), served by a local HTTP server.

The sample province is built once for this module with its documents printed (DOCX, PDF, HTML),
so document pages carry the rendered document and its downloads. Screenshots are kept in
build/test-artifacts/ to be looked at.
"""
import datetime as dt
import functools
import http.server
import shutil
import threading
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cchc import status
from cchc.model import Model
from cchc.loader import load_workspace
from cchc.site.build import build

playwright_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "build" / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
AS_OF = dt.date(2026, 11, 23)
DOCUMENT = "van-ban/so-noi-vu/2026/bao-cao-quy-3/"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (/usr/bin/chromium)")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser-ws")
    for name in ("content", "units"):
        shutil.copytree(ROOT / name, root / name)
    shutil.copyfile(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    return root


@pytest.fixture(scope="module")
def site(workspace, tmp_path_factory):
    out = workspace / "site"
    outcome = build(workspace, AS_OF, out, render=True, jobs=2, documents_dir=tmp_path_factory.mktemp("documents"))
    assert outcome.render_failed == 0 and outcome.warnings == []
    return out


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server(site):
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def outside():
    """Every request a page tried to make to another host (none are allowed)."""
    return []


@pytest.fixture
def page(browser, server, outside):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="vi-VN")

    def route(request_route):
        host = urllib.parse.urlsplit(request_route.request.url).hostname
        if host != "127.0.0.1":
            outside.append(request_route.request.url)
            return request_route.abort()
        return request_route.continue_()
    context.route("**/*", route)
    tab = context.new_page()
    tab.errors = []
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    yield tab
    context.close()


def visit(tab, base: str, path: str, shot: str):
    response = tab.goto(base + path)
    tab.wait_for_load_state("networkidle")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{shot}.png"), full_page=True)
    assert response.status == 200
    return tab


def test_home_dashboard(page, server, workspace):
    visit(page, server, "", "home")
    assert page.errors == []
    ws = load_workspace(workspace, use_cache=False, jobs=1)
    share = status.summary(status.compute(Model(ws, AS_OF), 2026, AS_OF))["on_time_share"]
    assert page.locator(".cchc-kpi-main .cchc-kpi-value").inner_text() == f"{share * 100:.1f}%".replace(".", ",")
    matrix = page.locator("table.cchc-matrix")
    assert matrix.is_visible()
    assert page.locator("table.cchc-matrix tr[data-unit]").count() >= 25
    late = page.locator('table.cchc-matrix td[data-state="late"]').first
    assert "nộp muộn" in late.get_attribute("title")
    assert page.locator('table.cchc-matrix td[data-state="missing"]').count() > 0
    assert page.get_by_role("heading", name="Sắp đến hạn").is_visible()
    assert page.get_by_role("heading", name="Văn bản mới ban hành").is_visible()
    assert page.locator('img[src$="tinh-trang-2026.svg"]').evaluate("img => img.naturalWidth") > 0


def test_unit_page(page, server):
    visit(page, server, "don-vi/so-noi-vu/", "unit-so-noi-vu")
    assert page.errors == []
    assert page.locator("h1").inner_text() == "Sở Nội vụ tỉnh Hòa Lâm"
    assert page.get_by_role("heading", name="Năm 2026", exact=True).is_visible()
    assert page.get_by_role("heading", name="Năm 2025", exact=True).is_visible()
    assert page.locator(".cchc-state.s-late").count() >= 1
    assert page.get_by_text("SNV-03").first.is_visible()


def test_document_page_shows_the_rendered_document_and_downloads(page, server, workspace):
    visit(page, server, DOCUMENT, "document-bao-cao-quy-3")
    assert page.errors == []
    article = page.locator(".cchc-document article.cchc-van-ban")
    assert article.is_visible()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in article.inner_text()
    assert "271/BC-SNV" in article.inner_text()
    links = {a.inner_text().strip(): a.get_attribute("href") for a in page.locator(".cchc-downloads a").all()}
    assert set(links) == {"Tải bản Word (DOCX)", "Tải bản PDF", "Tải tệp nguồn (Markdown)"}
    bodies = {label: page.request.get(urllib.parse.urljoin(server + DOCUMENT, href)).body()
              for label, href in links.items()}
    assert bodies["Tải bản Word (DOCX)"][:2] == b"PK"
    assert bodies["Tải bản PDF"][:5] == b"%PDF-"
    assert bodies["Tải tệp nguồn (Markdown)"] == (workspace / "units/so-noi-vu/2026/bao-cao-quy-3.md").read_bytes()


@pytest.mark.parametrize("query, expected", [("ke hoach", "Kế hoạch"), ("nhiệm vụ", "nhiệm vụ"),
                                              ("so noi vu", "Sở Nội vụ")])
def test_search_finds_vietnamese_with_or_without_diacritics(page, server, query, expected):
    visit(page, server, "", "search-before")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.keyboard.type(query, delay=30)  # the theme searches on key events
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15000)
    safe = unicodedata.normalize("NFD", query).encode("ascii", "ignore").decode().replace(" ", "-")
    page.screenshot(path=str(ARTIFACTS / f"search-{safe}.png"))
    assert results.count() > 0
    assert expected.casefold() in page.locator(".md-search-result").inner_text().casefold()
    assert page.errors == []


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value and ((name == "href" and tag in ("a", "link")) or (name == "src" and tag in ("img", "script"))):
                self.found.append(value)


def _fetch(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        return exc.code, b"", ""


def test_every_internal_link_and_asset_resolves(site, server):
    """Crawl from the home page over HTTP: every internal link and asset answers 200; every page is reached."""
    queue, seen, broken = [server], {server}, []
    while queue:
        url = queue.pop()
        code, body, kind = _fetch(url)
        if code != 200:
            broken.append(url)
            continue
        if kind != "text/html":
            continue
        parser = _Links()
        parser.feed(body.decode("utf-8"))
        for link in parser.found:
            target = urllib.parse.urldefrag(urllib.parse.urljoin(url, link))[0]
            if target.startswith(server) and target not in seen:
                seen.add(target)
                queue.append(target)
    assert broken == []
    reached = {urllib.parse.urlsplit(u).path for u in seen}
    pages = {"/" + p.parent.relative_to(site).as_posix().strip(".") + "/" for p in site.rglob("index.html")}
    pages = {p.replace("//", "/") for p in pages}
    assert pages - reached == set()
    assert len(seen) > 300


def test_no_request_leaves_the_machine(outside):
    assert outside == []
