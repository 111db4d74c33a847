"""One page per document: its HTML (the rendered fragment, or the body converted here), cleaned by the
allow-list, and download links to DOCX, PDF and the source files (copied next to the site after MkDocs).
A document with errors is a draft: its printed files are marked "DỰ THẢO" and its page says why."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import markdown as pymarkdown

from . import pages, safety

DOWNLOADS = "tai-ve"
FORMAT_LABELS = {"docx": "Tải bản Word (DOCX)", "pdf": "Tải bản PDF"}


@dataclass(frozen=True)
class Copy:
    source: Path
    target: str        # relative to the site folder


def _fragment(rendered_dir: Path | None, entry) -> str | None:
    if rendered_dir is None:
        return None
    path = rendered_dir / entry.unit / str(entry.year) / f"{entry.stem}.html"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def body_html(body: str) -> str:
    """The authored body as HTML, for documents without a rendered fragment; comments never shown."""
    return pymarkdown.markdown(safety.strip_comments(body), extensions=["tables", "sane_lists"])


def _downloads(root: Path, rendered_dir: Path | None, entry, doc) -> tuple[list[dict], list[Copy]]:
    folder = f"{DOWNLOADS}/{entry.unit}/{entry.year}"
    links, copies = [], []
    for fmt, label in FORMAT_LABELS.items():
        produced = rendered_dir / entry.unit / str(entry.year) / f"{entry.stem}.{fmt}" if rendered_dir else None
        if produced is not None and produced.is_file():
            links.append({"label": label, "href": f"{folder}/{entry.stem}.{fmt}"})
            copies.append(Copy(produced, f"{folder}/{entry.stem}.{fmt}"))
    for rel in [entry.path, *sorted(doc.tables)]:
        name = PurePosixPath(rel).name
        label = "Tải tệp nguồn (Markdown)" if rel == entry.path else f"Tải bảng kèm theo ({name})"
        links.append({"label": label, "href": f"{folder}/{name}"})
        copies.append(Copy(root / rel, f"{folder}/{name}"))
    return links, copies


def write(site, out: pages.Writer, rendered_dir: Path | None, drafts=frozenset()) -> list[Copy]:
    """Write every document page (those of ``drafts``, the paths of documents with errors, as drafts);
    return the files to copy into the site for download."""
    duties = {d.path: d for year in site.duties.values() for d in year if d.path}
    copies: list[Copy] = []
    for entry in site.documents:
        doc = site.docs_by_path[entry.path]
        fragment = _fragment(rendered_dir, entry)
        html = safety.clean_html(fragment if fragment is not None else body_html(doc.body))
        links, files = _downloads(Path(site.root), rendered_dir, entry, doc)
        copies.extend(files)
        out.render("document.md.j2", entry.page, site=site, doc=entry, duty=duties.get(entry.path),
                   downloads=links, rendered=fragment is not None, body=html, draft=entry.path in drafts)
    return copies
