"""Nothing an author writes reaches the public site as markup.

- ``md(text)``: authored text (titles, names, results) as literal Markdown inline content.
- ``attr(text)``: text for an HTML attribute value.
- ``clean_html(html)``: an allow-list filter for the HTML of a document (its rendered fragment or
  its body converted here): scripts, styles, frames, forms and unknown tags are dropped, ``on*``
  attributes and ``javascript:`` links removed, comments left out.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}()#+!|~<>])")
ALLOWED_TAGS = frozenset(
    "a abbr article b blockquote br caption code col colgroup dd div dl dt em figcaption figure h1 h2 h3 h4 h5 "
    "h6 hr i li mark ol p pre s section small span strong sub sup table tbody td tfoot th thead tr u ul".split())
DROPPED_WITH_CONTENT = frozenset("script style iframe frame frameset object embed noscript template textarea "
                                 "select svg math form title head".split())
VOID_TAGS = frozenset("br col hr".split())
ALLOWED_ATTRS = frozenset("class id colspan rowspan scope headers lang title href style width".split())
_SAFE_STYLE = re.compile(r"\s*(text-align:\s*(left|right|center|justify)|width:\s*\d+(\.\d+)?(%|mm|pt|px|em))\s*;?\s*\Z")
# Classes the renderer (cchc-*) and pandoc write; others could switch on theme features (e.g. "mermaid"
# makes the theme fetch a diagram library from the internet), so they are dropped.
_SAFE_CLASS = re.compile(r"cchc-[a-z0-9-]+\Z|(footnotes|footnote-ref|footnote-back|unnumbered|header|odd|even)\Z")
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):", re.IGNORECASE)
SAFE_SCHEMES = ("http", "https", "mailto")


def md(text) -> str:
    """Authored text as literal Markdown inline content: no link, no markup, no raw HTML, one line."""
    flat = " ".join(str(text if text is not None else "").split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))


def attr(text) -> str:
    return html.escape(" ".join(str(text if text is not None else "").split()), quote=True)


def safe_href(value: str) -> bool:
    """Relative links and http(s)/mailto only: no javascript:, data:, vbscript: (however spelled)."""
    compact = re.sub(r"[\s\x00-\x1f]", "", html.unescape(value or ""))
    scheme = _SCHEME.match(compact)
    return scheme is None or scheme.group(1).lower() in SAFE_SCHEMES


class _Cleaner(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skipping: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        if self.skipping or tag in DROPPED_WITH_CONTENT:
            if tag in DROPPED_WITH_CONTENT and tag not in VOID_TAGS:
                self.skipping.append(tag)
            return
        if tag not in ALLOWED_TAGS:
            return
        kept = "".join(f' {name}="{html.escape(value or "", quote=True)}"' for name, value in map(_classes, attrs)
                       if _keep_attr(tag, name, value))
        self.out.append(f"<{tag}{kept}>")
        if tag not in VOID_TAGS:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in self.open and tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag in self.open:
            while self.open:
                current = self.open.pop()
                self.out.append(f"</{current}>")
                if current == tag:
                    break

    def handle_data(self, data):
        if not self.skipping:
            self.out.append(html.escape(data, quote=False))

    def close(self):
        super().close()
        while self.open:
            self.out.append(f"</{self.open.pop()}>")


def _classes(pair: tuple) -> tuple:
    name, value = pair
    if name != "class":
        return pair
    return name, " ".join(c for c in (value or "").split() if _SAFE_CLASS.match(c)) or None


def _keep_attr(tag: str, name: str, value) -> bool:
    if value is None and name == "class":
        return False
    if name not in ALLOWED_ATTRS:
        return False
    if name == "href":
        return tag == "a" and safe_href(value or "")
    if name == "style":
        return all(_SAFE_STYLE.match(part + ";") for part in (value or "").split(";") if part.strip())
    return True


def clean_html(text: str) -> str:
    """The allowed part of an HTML fragment (comments, scripts, styles and event handlers removed)."""
    cleaner = _Cleaner()
    cleaner.feed(text)
    cleaner.close()
    return "".join(cleaner.out)


_COMMENT = re.compile(r"<!--.*?(-->|\Z)", re.DOTALL)


def strip_comments(text: str) -> str:
    return _COMMENT.sub("", text)
