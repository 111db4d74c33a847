"""Run MkDocs on the generated docs folder, reproducibly (dates from the day looked at, not the clock)."""
from __future__ import annotations

import calendar
import datetime as dt
import logging
import os
from contextlib import contextmanager
from pathlib import Path

import yaml

from .. import resources

DEFAULT_CONFIG = "site/mkdocs.yml"   # the package's, for a workspace without its own mkdocs.yml


class _Counter(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


@contextmanager
def _source_date(as_of: dt.date):
    """MkDocs dates the sitemap (and its gzip header) by SOURCE_DATE_EPOCH when it is set."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm(as_of.timetuple()))
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


def config_file(root: Path) -> Path:
    own = root / "mkdocs.yml"
    return own if own.is_file() else resources.builtin(DEFAULT_CONFIG)


def docs_dir(root: Path) -> Path:
    """The docs folder the workspace's mkdocs.yml names, where the pages are generated. The build
    empties it first, so only a folder under build/ is accepted (a workspace made by an older
    `cchc init` names content/, which holds authored files): anything else means build/site-src."""
    default = Path(os.path.abspath(root / "build" / "site-src"))
    config = config_file(root)
    if config != root / "mkdocs.yml":
        return default
    with config.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_Lenient) or {}
    # Lexically, never through links: a committed link build/site-src -> ../units must not make
    # the build empty units/ (the build also refuses a docs folder reached through a link).
    named = Path(os.path.abspath(root / str(data.get("docs_dir") or "build/site-src")))
    build = Path(os.path.abspath(root / "build"))
    return named if build in named.parents else default


class _Lenient(yaml.SafeLoader):
    """mkdocs.yml may hold !ENV or !!python/name tags: read them as nothing, only docs_dir matters."""


_Lenient.add_multi_constructor("", lambda loader, suffix, node: None)


def build(root: Path, docs: Path, site_dir: Path, as_of: dt.date, site_name: str | None = None) -> list[str]:
    """Build the site; return MkDocs' warnings (an empty list when the build is clean)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    counter = _Counter()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(counter)
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        overrides = {"docs_dir": str(docs), "site_dir": str(site_dir)}
        if site_name:
            overrides["site_name"] = site_name
        with _source_date(as_of):
            config = load_config(config_file=str(config_file(root)), **overrides)
            mkdocs_build(config)
    finally:
        logger.removeHandler(counter)
        logger.setLevel(level)
    return counter.messages
