"""DOCX after pandoc: sections for annexes, page numbers, table widths, fixed dates and zip order.

Pandoc puts the reference document's header references only on the final section, so
every section break written by the templates (an empty ``<w:sectPr/>``) gets a copy of the
final one; annex sections turn landscape when wide and restart their page numbers at 1.
A draft gets "DỰ THẢO", boxed at the right, at the top of every header (first page and the
others): every section refers to the same headers, so every page shows it.
"""
from __future__ import annotations

import copy
import datetime as dt
import re

from lxml import etree

from ..layout import page
from . import DRAFT_MARK, ziputil

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
_CORE_DATES = ("{http://purl.org/dc/terms/}created", "{http://purl.org/dc/terms/}modified")
_HEADER_PART = re.compile(r"word/header\d*\.xml\Z")


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _child(parent, tag: str):
    found = parent.find(f"w:{tag}", NS)
    if found is None:
        found = etree.SubElement(parent, _w(tag))
    return found


def _orient(sect, landscape: bool, restart: bool) -> None:
    width, height = (page.PAGE_MM[1], page.PAGE_MM[0]) if landscape else page.PAGE_MM
    size = _child(sect, "pgSz")
    size.set(_w("w"), str(page.twips(width)))
    size.set(_w("h"), str(page.twips(height)))
    if landscape:
        size.set(_w("orient"), "landscape")
    elif _w("orient") in size.attrib:
        del size.attrib[_w("orient")]
    numbering = sect.find("w:pgNumType", NS)
    if restart:
        numbering = numbering if numbering is not None else etree.Element(_w("pgNumType"))
        numbering.set(_w("start"), "1")
        sect.find("w:pgMar", NS).addnext(numbering)
    elif numbering is not None:
        sect.remove(numbering)


def _sections(body) -> list:
    """The section properties in document order (the body's own sectPr last)."""
    inline = body.findall("w:p/w:pPr/w:sectPr", NS)
    return inline + [body.find("w:sectPr", NS)]


def _fit_tables(body, landscape: list[bool]) -> None:
    """Pandoc's tables (style "Table") get the full text width of the section they are in."""
    section = 0
    for element in body:
        if element.tag == _w("p") and element.find("w:pPr/w:sectPr", NS) is not None:
            section += 1
            continue
        if element.tag != _w("tbl") or element.find("w:tblPr/w:tblStyle", NS) is None:
            continue
        width = page.twips(page.text_width_mm(landscape[min(section, len(landscape) - 1)]))
        _set_width(element, width)


def _set_width(table, width: int) -> None:
    props = table.find("w:tblPr", NS)
    size = _child(props, "tblW")
    size.set(_w("type"), "dxa")
    size.set(_w("w"), str(width))
    layout_el = props.find("w:tblLayout", NS)
    if layout_el is None:
        layout_el = etree.Element(_w("tblLayout"))
        later = [props.find(f"w:{t}", NS) for t in ("tblCellMar", "tblLook", "tblCaption", "tblDescription")]
        later = [e for e in later if e is not None]
        later[0].addprevious(layout_el) if later else props.append(layout_el)
    layout_el.set(_w("type"), "fixed")
    columns = table.findall("w:tblGrid/w:gridCol", NS)
    total = sum(int(c.get(_w("w"))) for c in columns) or 1
    for column in columns:
        column.set(_w("w"), str(int(int(column.get(_w("w"))) * width / total)))


def _sections_fix(root, landscape: list[bool]) -> None:
    body = root.find("w:body", NS)
    sections = _sections(body)
    final = sections[-1]
    for sect in sections[:-1]:
        sect.getparent().replace(sect, copy.deepcopy(final))
    for index, sect in enumerate(_sections(body)):
        _orient(sect, landscape[min(index, len(landscape) - 1)], restart=index > 0)
    _fit_tables(body, landscape)


def _core_dates(core: bytes, day: dt.date) -> bytes:
    root = etree.fromstring(core)
    for tag in _CORE_DATES:
        element = root.find(tag)
        if element is not None:
            element.text = f"{day.isoformat()}T00:00:00Z"
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _draft_paragraph():
    """A paragraph "DỰ THẢO": bold, 12 pt, boxed, at the right (children in the schema's order)."""
    para = etree.Element(_w("p"))
    props = etree.SubElement(para, _w("pPr"))
    etree.SubElement(props, _w("pStyle")).set(_w("val"), "CCHCBlock")
    etree.SubElement(props, _w("jc")).set(_w("val"), "right")
    run = etree.SubElement(para, _w("r"))
    style = etree.SubElement(run, _w("rPr"))
    etree.SubElement(style, _w("b"))
    etree.SubElement(style, _w("bCs"))
    for tag in ("sz", "szCs"):
        etree.SubElement(style, _w(tag)).set(_w("val"), str(page.SIZE["page_number"] * 2 - 2))
    border = etree.SubElement(style, _w("bdr"))
    for key, value in (("val", "single"), ("sz", "8"), ("space", "1"), ("color", "000000")):
        border.set(_w(key), value)
    etree.SubElement(run, _w("t")).text = DRAFT_MARK
    return para


def _draft_header(part: bytes) -> bytes:
    """A header part with the draft mark above what it held (the page number, or an empty line,
    which the mark takes the place of)."""
    root = etree.fromstring(part)
    paragraphs = root.findall("w:p", NS)
    if len(paragraphs) == 1 and not len(paragraphs[0].xpath("w:r|w:fldSimple|w:hyperlink", namespaces=NS)):
        root.remove(paragraphs[0])
    root.insert(0, _draft_paragraph())
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


SPLIT_STYLE = "CCHCSplit"   # the marker paragraph between the documents of a package (batch.lua)


def _is_marker(element) -> bool:
    style = element.find("w:pPr/w:pStyle", NS) if element.tag == _w("p") else None
    return style is not None and style.get(_w("val")) == SPLIT_STYLE


class Package:
    """A DOCX written by pandoc for one or more documents, cut into one DOCX per document.

    Every part but the body is shared: the documents of a package hold nothing that refers to
    another part (batch.lua writes the others alone), so each document comes out with the bytes
    it would have had if written alone."""

    def __init__(self, blob: bytes):
        self.members = ziputil.members(blob)
        self.shell = etree.fromstring(self.members.pop("word/document.xml"))
        body = self.shell.find("w:body", NS)
        children = list(body)
        self.final = children.pop() if children and children[-1].tag == _w("sectPr") else None
        for child in list(body):
            body.remove(child)
        self.parts: list[list] = [[]]
        skip = False
        for child in children:
            if _is_marker(child):             # the marker and the empty heading after it
                self.parts.append([])
                skip = True
            elif skip:
                skip = False
            else:
                self.parts[-1].append(child)

    def document(self, part: int, landscape: list[bool], issued: dt.date, draft: bool = False) -> bytes:
        """Part ``part`` (taken once: its elements move into the result) as a finished DOCX.
        ``landscape``: one flag per section of the document (main text first, then each annex);
        a ``draft`` is marked "DỰ THẢO" on every page."""
        root = copy.deepcopy(self.shell)
        body = root.find("w:body", NS)
        body.extend(self.parts[part])
        if self.final is not None:
            body.append(copy.deepcopy(self.final))
        _sections_fix(root, landscape)
        members = dict(self.members)
        members["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        if "docProps/core.xml" in members:
            members["docProps/core.xml"] = _core_dates(members["docProps/core.xml"], issued)
        if draft:
            for name in [n for n in members if _HEADER_PART.match(n)]:
                members[name] = _draft_header(members[name])
        return ziputil.write(members)


def process(blob: bytes, landscape: list[bool], issued: dt.date, draft: bool = False) -> bytes:
    """One document's DOCX from pandoc, finished."""
    return Package(blob).document(0, landscape, issued, draft)
