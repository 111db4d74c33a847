"""Nothing an author writes reaches the public site as markup.

- ``md(text)``: authored text (titles, names, results) as literal Markdown inline content.
- ``attr(text)``: text for an HTML attribute value (or HTML text inside a raw-HTML block).
- ``url_path(path)``: a path (folder and file names) as a URL, percent-encoded; templates use Jinja's
  ``urlencode`` filter, which encodes the same way.
- ``xml_text(text)``: text for XML (the Atom feed, SVG charts), content or quoted attribute.
- ``site_title(text)``: the site's name for the theme, which prints it in places without escaping.
- ``clean_html(html)``: an allow-list filter for the HTML of a document (its rendered fragment or
  its body converted here): scripts, styles, frames, forms and unknown tags are dropped, ``on*``
  attributes and ``javascript:`` links removed, comments left out.
"""
from __future__ import annotations

import html
import re
import urllib.parse
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
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# What XML 1.0 does not allow at all: C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF.
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_MARKUP = re.compile("[<>\"'`]")   # "&" stays: without "<" it cannot make markup


def _line(text) -> str:
    """One line of text without control characters."""
    return " ".join(_CONTROL.sub("", str(text if text is not None else "")).split())


def md(text) -> str:
    """Authored text as literal Markdown inline content: no link, no markup, no raw HTML, one line."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(_line(text), quote=False))


def attr(text) -> str:
    return html.escape(_line(text), quote=True)


def url_path(path) -> str:
    """A path as a URL: everything but letters, digits and "/-._~" percent-encoded (a quote, space,
    "<" or "#" in a file name cannot end the URL or the attribute holding it)."""
    return urllib.parse.quote(str(path), safe="/-._~")


def xml_text(text) -> str:
    """Text for XML element content or a quoted attribute: characters XML 1.0 does not allow removed,
    & < > " ' escaped; the document stays well-formed whatever was authored."""
    return html.escape(_XML_INVALID.sub("", str(text if text is not None else "")), quote=True)


def site_title(text) -> str:
    """The site's name as MkDocs Material needs it: the theme prints ``site_name`` unescaped in some
    places (header, <title>), so it gets no character that makes a tag or ends an attribute, and no
    control character."""
    return " ".join(_MARKUP.sub(" ", _line(text)).split())


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
