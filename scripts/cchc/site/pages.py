"""Jinja2 templates (templates/site/*.md.j2; a workspace may override one under its own
templates/site/, see resources.py) -> Markdown pages in the docs folder.

Authored values pass through the ``md`` filter (literal Markdown) or ``attr`` (HTML attribute);
templates never output an authored value as is.
"""
from __future__ import annotations

import functools
import posixpath
from pathlib import Path

import jinja2

from .. import resources, status
from ..vnformat import date_text, decimal_text
from . import safety


def page_url(md_path: str) -> str:
    """The URL (relative to the site root) MkDocs gives a page with use_directory_urls."""
    stem = md_path[:-3]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[:-5]
    return stem + "/"


def source_link(from_md: str, target: str) -> str:
    """A Markdown link from the page ``from_md`` to a page (``*.md``, which MkDocs resolves and checks)
    or to a file of the docs folder."""
    return posixpath.relpath(target, posixpath.dirname(from_md) or ".")


def relative(from_md: str, target: str, file: bool = False) -> str:
    """A link for raw HTML from the page ``from_md`` to a page (``*.md``) or a file (``file=True``, or any
    other name), as the final relative URL."""
    here = page_url(from_md) or "."
    to = page_url(target) if target.endswith(".md") and not file else target
    base = posixpath.relpath(to or ".", here.rstrip("/") or ".")
    if (target.endswith(".md") and not file) or to.endswith("/") or not to:
        return "./" if base == "." else base + "/"
    return base


def vn_date(day) -> str:
    return date_text(day)


def vn_number(value, digits: int = 1) -> str:
    if value is None:
        return "–"
    return decimal_text(value, digits, trim=digits == 1)


def percent(value) -> str:
    return "–" if value is None else vn_number(value * 100 if value <= 1 else value) + "%"


def plain(text) -> str:
    """Text for a page title in front matter: one line, no markup characters."""
    return " ".join("".join(" " if c in "<>&\"'`" else c for c in str(text)).split())


def state_label(duty) -> str:
    label = status.LABELS[duty.state][0]
    if duty.state in (status.LATE, status.MISSING):
        label += f" {duty.days_late} ngày"
    return label[:1].upper() + label[1:]


def environment(root: Path | None = None) -> jinja2.Environment:
    """The workspace's template environment (shared: resources caches one per overriding folder)."""
    env = resources.jinja_environment(root, "site", autoescape=False, trim_blocks=True, lstrip_blocks=True,
                                      keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    env.filters.update(md=safety.md, attr=safety.attr, date=vn_date, num=vn_number, pct=percent,
                       state_label=state_label, plain=plain)
    return env


class Writer:
    """Writes the pages of one workspace (its templates) into one docs folder."""

    def __init__(self, root: Path | None, docs_dir: Path):
        self.env = environment(root)
        self.docs_dir = docs_dir

    def render(self, template: str, target: str, **context) -> str:
        """Render one page; in the template ``link(x)`` is a Markdown link target from this page to ``x``
        and ``href(x)`` the URL for raw HTML."""
        text = self.env.get_template(template).render(link=functools.partial(source_link, target),
                                                      href=functools.partial(relative, target), page=target,
                                                      **context)
        path = self.docs_dir / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return target
