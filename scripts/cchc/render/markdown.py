"""Jinja2 -> Pandoc Markdown, one template per document kind (templates/render/<kind>.md.j2)."""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import jinja2
from markupsafe import escape

from . import layout, tables

TEMPLATES = Path(__file__).resolve().parents[3] / "templates" / "render"
KIND_TEMPLATES = {"ke_hoach": "ke_hoach.md.j2", "bao_cao": "bao_cao.md.j2", "tu_danh_gia": "tu_danh_gia.md.j2"}
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


@functools.lru_cache(maxsize=None)
def environment(folder: str = str(TEMPLATES)) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=False,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    env.filters.update(md=md, t=typst_string, x=lambda s: str(escape(s)), twips=layout.twips,
                       lower_first=lower_first,
                       pandoc_table=lambda t: json.dumps(tables.to_pandoc_blocks(t), ensure_ascii=False))
    env.globals["geometry"] = {"header_columns": layout.HEADER_COLUMNS_MM,
                               "signature_columns": layout.SIGNATURE_COLUMNS_MM}
    return env


def grounds(lines: list[str]) -> list[str]:
    return [line if line.startswith(_GROUNDS) else f"Căn cứ {line}" for line in lines]


def render(context: dict) -> str:
    """The Pandoc Markdown of one document."""
    context = dict(context, can_cu=grounds(context["can_cu"]),
                   grounds_end=";" if context["kind"] == "ke_hoach" else ".")
    template = environment().get_template(KIND_TEMPLATES[context["kind"]])
    return template.render(context)


def template_digest() -> str:
    """Changes when any template, filter or typst preamble changes (part of the cache key)."""
    from ..document import digest
    blob = b"".join(p.name.encode() + p.read_bytes() for p in sorted(TEMPLATES.iterdir()) if p.is_file())
    return digest(blob)
