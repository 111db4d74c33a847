"""Static files of the docs folder: styles, the Vietnamese search file, charts, hand-written pages."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from .. import markup, progress, resources
from ..render import htmlout
from . import charts

STYLE = "assets/cchc-site.css"
DOCUMENT_STYLE = "assets/cchc-van-ban.css"
# The theme's search worker loads lunr.<lang>.min.js from this folder; a docs file of the same
# path takes the theme file's place (MkDocs copies theme files only where docs have none).
SEARCH_LANGUAGE = "assets/javascripts/lunr/min/lunr.vi.min.js"
HAND_WRITTEN = ("huong-dan",)       # folders of content/ copied as they are
GENERATED_NAMES = {"index.md", "don-vi", "van-ban", "linh-vuc", "han-nop", "du-lieu", "phuong-phap",
                   "ma-phat-hien", "mien-tru", "assets", "tai-ve"}


def _document_style(root: Path | None) -> str:
    try:
        return htmlout.style(root)
    except OSError:  # the renderer's stylesheet is optional for the site
        return ""


def write_static(docs_dir: Path, root: Path | None = None) -> None:
    """Stylesheets (the workspace's own copy when it has one, with the draft mark's style after it) and the
    search script (always the package's)."""
    resources.copy("site/assets/cchc-site.css", docs_dir / STYLE, root)
    (docs_dir / DOCUMENT_STYLE).write_text(_document_style(root) + htmlout.DRAFT_STYLE, encoding="utf-8")
    resources.copy("site/assets/search-vi.js", docs_dir / SEARCH_LANGUAGE)


def write_charts(site, docs_dir: Path) -> list[str]:
    folder = docs_dir / "assets" / "charts"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for year, duties in sorted(site.duties.items()):
        counts = {}
        for duty in duties:
            counts[duty.state] = counts.get(duty.state, 0) + 1
        name = f"tinh-trang-{year}.svg"
        (folder / name).write_text(charts.states_bar(counts, f"Văn bản năm {year} theo tình trạng nộp"),
                                   encoding="utf-8")
        areas = progress.areas(site.rules.get(year) or {}, site.tasks(year))
        area_name = f"linh-vuc-{year}.svg"
        (folder / area_name).write_text(charts.area_bars(areas, f"Tỷ lệ hoàn thành nhiệm vụ theo lĩnh vực năm {year}"),
                                        encoding="utf-8")
        written += [name, area_name]
    return written


def copy_hand_written(root: Path, docs_dir: Path) -> list[str]:
    """content/huong-dan/ and any top-level content/*.md page whose name a generated page does not take.
    Only regular files are copied (a link, to /etc/passwd say, is skipped), and the Markdown pages
    show their raw HTML as text (markup.neutralise)."""
    copied = []
    for folder in HAND_WRITTEN:
        source = root / "content" / folder
        if source.is_dir() and not source.is_symlink():
            for page in _regular_files(source):
                _copy_page(page, docs_dir / folder / page.relative_to(source))
            copied.append(folder)
    for page in sorted((root / "content").glob("*.md")):
        if page.name not in GENERATED_NAMES and page.is_file() and not page.is_symlink():
            _copy_page(page, docs_dir / page.name)
            copied.append(page.name)
    return copied


def _regular_files(folder: Path) -> list[Path]:
    found = []
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not os.path.islink(os.path.join(current, d)))
        found += [Path(current, f) for f in sorted(files) if Path(current, f).is_file() and not Path(current, f).is_symlink()]
    return found


def _copy_page(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if source.suffix == ".md":
        target.write_text(markup.neutralise(source.read_text(encoding="utf-8", errors="replace")), encoding="utf-8")
    else:
        shutil.copyfile(source, target)
