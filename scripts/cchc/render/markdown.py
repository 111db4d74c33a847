"""Jinja2 -> Pandoc Markdown, one template per document kind (templates/render/<kind>.md.j2; a workspace
may override one under its own templates/render/, see resources.py)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import jinja2
from markupsafe import escape

from .. import resources
from ..document import digest
from ..kinds import KINDS
from ..layout import page, tables

BODY_PLACE = "::: {#cchc-body}"   # where pandoc puts the authored body, read apart (official.lua)
KIND_TEMPLATES = {kind.id: kind.template for kind in KINDS.values()}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~^$@{}])")
_GROUNDS = ("Căn cứ", "Thực hiện", "Theo")


def md(text: str) -> str:
    """Text as literal Pandoc Markdown inline content."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def typst_string(text: str) -> str:
    """A typst string literal."""
    return json.dumps(str(text), ensure_ascii=False)


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() or len(text) < 2 else text


def environment(root: Path | None = None) -> jinja2.Environment:
    """The workspace's template environment (shared: resources caches one per overriding folder)."""
    env = resources.jinja_environment(root, "render", autoescape=False, undefined=jinja2.StrictUndefined,
                                      keep_trailing_newline=True)
    env.filters.update(md=md, t=typst_string, x=lambda s: str(escape(s)), twips=page.twips,
                       lower_first=lower_first,
                       pandoc_table=lambda t: json.dumps(tables.to_pandoc_blocks(t), ensure_ascii=False))
    env.globals["geometry"] = {"header_columns": page.HEADER_COLUMNS_MM,
                               "signature_columns": page.SIGNATURE_COLUMNS_MM}
    return env


def grounds(lines: list[str]) -> list[str]:
    return [line if line.startswith(_GROUNDS) else f"Căn cứ {line}" for line in lines]


def render(context: dict, templates: jinja2.Environment) -> str:
    """The Pandoc Markdown of one document (with ``templates``, the workspace's ``environment``), the
    authored body left out: the text has an empty div in its place, and pandoc reads the body apart."""
    context = dict(context, can_cu=grounds(context["can_cu"]), grounds_end=KINDS[context["kind"]].grounds_end)
    template = templates.get_template(KIND_TEMPLATES[context["kind"]])
    text = template.render(context)
    if BODY_PLACE not in text:   # a workspace's own template that left it out would drop the body
        raise jinja2.TemplateError(f"mẫu {template.name} thiếu chỗ đặt nội dung văn bản ({BODY_PLACE})")
    return text


def template_digest(root: Path | None = None) -> str:
    """Changes when any template, filter, stylesheet or typst preamble changes, the workspace's
    overrides included (part of the cache key)."""
    return digest(resources.digest_material(root, "render"))
