"""`cchc build`: check -> status -> render -> generated pages and assets -> MkDocs -> downloads.

The docs folder is written from scratch on each build; nothing in it is hand-edited. A document with
errors is printed as a draft (every page marked "DỰ THẢO"), and its page says why.
"""
from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from .. import check, safeio
from ..loader import load_workspace
from ..progress import STATE_NAMES
from ..render.documents import FORMATS, errors_of, print_documents, select
from . import assets, docpages, feeds, guide, mkdocs_run, opendata, pages, safety, sitedata, views



@dataclass
class Outcome:
    site_dir: Path
    docs_dir: Path
    pages: int = 0
    errors: int = 0                  # findings of severity error (documents failing their schema are left out)
    warnings: list[str] = field(default_factory=list)   # MkDocs warnings
    render_failed: int = 0
    drafts: int = 0                  # documents with errors printed as drafts


def render_documents(root: Path, model, as_of: dt.date, out_dir: Path, jobs: int, drafts=()):
    """DOCX, PDF and HTML of every document issued by the day looked at, those of ``drafts`` (paths)
    marked "DỰ THẢO"; render's ``Result``."""
    ws = model.ws
    return print_documents(root, ws, select(ws, root, [], as_of), FORMATS, out_dir, jobs=jobs, model=model,
                           drafts=drafts)


def write_pages(site, ws, docs_dir: Path, rendered_dir: Path | None, drafts=frozenset()) -> tuple[int, list]:
    """Every generated page and asset; returns (number of pages, files to copy for download)."""
    title = (site.province.get("trang_web") or {}).get("tieu_de") or "Công khai cải cách hành chính"
    domain = f"cchc-{site.province.get('ma_hanh_chinh', 'tinh')}.invalid"
    out = pages.Writer(Path(site.root), docs_dir)
    assets.write_static(docs_dir, Path(site.root))
    assets.write_charts(site, docs_dir)
    assets.copy_hand_written(Path(site.root), docs_dir)
    written = [out.render("home.md.j2", "index.md", site=site, title=title, **views.home(site))]
    rows = [{"uid": uid, "name": site.unit_name(uid), "kind": views.kind_name(site, uid),
             "summary": views.unit_summary(site, uid, site.year)} for uid in site.units]
    written.append(out.render("units.md.j2", "don-vi/index.md", site=site, year=site.year,
                              rows=sorted(rows, key=lambda r: (r["name"].casefold(), r["uid"]))))
    for uid in site.units:
        written.append(out.render("unit.md.j2", f"don-vi/{uid}/index.md", site=site,
                                  states=_states(), **views.unit_page(site, uid)))
    written.append(out.render("documents.md.j2", "van-ban/index.md", site=site,
                              docs=views.latest(site, len(site.documents))))
    copies = docpages.write(site, out, rendered_dir, drafts)
    written += _reference_pages(site, ws, out, domain, title)
    return len(written) + len(site.documents), copies


def _states() -> dict:
    return STATE_NAMES


def _reference_pages(site, ws, out: pages.Writer, domain: str, title: str) -> list[str]:
    docs_dir = out.docs_dir
    counts = opendata.write(site, docs_dir)
    schemas = opendata.copy_schemas(Path(site.root), docs_dir)
    for year in site.duties:
        (docs_dir / opendata.DATA_DIR / f"han-nop-{year}.ics").write_text(feeds.ics(site, year, domain),
                                                                           encoding="utf-8", newline="")
    (docs_dir / "van-ban-moi.xml").write_text(feeds.atom(site, f"{title}: văn bản mới", domain), encoding="utf-8")
    datasets = [(stem, spec[0], counts[stem]) for stem, spec in opendata.DATASETS.items()]
    return [
        out.render("areas.md.j2", "linh-vuc/index.md", site=site, **views.areas_page(site)),
        out.render("deadlines.md.j2", "han-nop/index.md", site=site, **guide.deadlines_page(site)),
        out.render("data.md.j2", "du-lieu/index.md", site=site, datasets=datasets, schemas=schemas,
                   years=sorted(site.duties)),
        out.render("catalogue.md.j2", "ma-phat-hien/index.md", **guide.catalogue()),
        out.render("methodology.md.j2", "phuong-phap/index.md", site=site, **guide.methodology(site)),
        out.render("waivers.md.j2", "mien-tru/index.md", site=site, **guide.waivers(site, ws)),
    ] + _guide(out)


def _guide(out: pages.Writer) -> list[str]:
    """The fields of every file, when the workspace has no hand-written guide (a new province)."""
    if (out.docs_dir / "huong-dan" / "index.md").exists():
        return []
    return [out.render("guide.md.j2", "huong-dan/index.md", **guide.field_guide())]


def _fresh(folder: Path, root: Path) -> None:
    """An empty docs folder. It is below build/ and reached through no link (safeio): what is removed
    here is only ever below it."""
    folder = safeio.check_output_folder(folder, root)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)


def build(root: Path, as_of: dt.date, site_dir: Path, render: bool = True, jobs: int = 1,
          documents_dir: Path | None = None) -> Outcome:
    ws = load_workspace(root, jobs=jobs)
    workspace_model, findings, waived = check.collect(ws, as_of)
    site = sitedata.collect(workspace_model, as_of, findings, waived)
    outcome = Outcome(site_dir, mkdocs_run.docs_dir(root))
    outcome.errors = sum(1 for f in findings if f.severity == "error")
    safeio.check_output_folder(outcome.docs_dir, root)   # every output folder checked before any is written
    safeio.prepare_output_folder(site_dir, root)      # MkDocs empties it: no link may lead out of it
    drafts = frozenset(errors_of(ws.of_role("document"), findings))   # documents with errors
    rendered_dir = None
    if render:
        rendered_dir = safeio.prepare_output_folder(documents_dir or root / "build" / "documents", root)
        result = render_documents(root, site.model, as_of, rendered_dir, jobs, drafts)
        outcome.render_failed, outcome.drafts = result.failed, result.drafts
    _fresh(outcome.docs_dir, root)
    outcome.pages, copies = write_pages(site, ws, outcome.docs_dir, rendered_dir, drafts)
    title = (site.province.get("trang_web") or {}).get("tieu_de")
    outcome.warnings = mkdocs_run.build(root, outcome.docs_dir, site_dir, as_of,
                                        site_name=safety.site_title(title) if title else None)
    for item in copies:
        target = site_dir / item.target
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(item.source, target)
    return outcome
