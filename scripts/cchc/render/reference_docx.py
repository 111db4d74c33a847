"""The pandoc reference document, built by code from pandoc's own default (never hand-edited).

Times New Roman everywhere (theme fonts removed, since they would win), black headings,
14 pt justified body with a 1.27 cm first-line indent, the "Table" style with borders,
A4 with the decree's margins, a different first page and a centred page number at the top.
"""
from __future__ import annotations

import io
import subprocess

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from ..layout import page
from . import ziputil

BODY_STYLES = ("Normal", "Body Text", "First Paragraph", "Block Text")
HEADINGS = tuple(f"Heading {n}" for n in range(1, 10))
BLOCK_STYLE = "CCHC Block"   # raw header/signature paragraphs: no indent, no spacing


def default_reference(pandoc: str) -> bytes:
    return subprocess.run([pandoc, "--print-default-data-file", "reference.docx"],
                          check=True, capture_output=True).stdout


def build(pandoc: str) -> bytes:
    document = docx.Document(io.BytesIO(default_reference(pandoc)))
    _defaults(document)
    for style in document.styles:
        _times(style.element)
    _body(document)
    _headings(document)
    _compact(document)
    _table_style(document)
    _block_style(document)
    _section(document)
    out = io.BytesIO()
    document.save(out)
    return ziputil.normalize(out.getvalue())


def _set(parent, tag: str, **attrs):
    """Get or create child ``tag`` of ``parent`` and set its w: attributes."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        parent.append(child)
    for key, value in attrs.items():
        child.set(qn(f"w:{key}"), str(value))
    return child


def _fonts(rpr) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        rpr.remove(fonts)
    fonts = OxmlElement("w:rFonts")
    for key in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{key}"), page.FONT)
    rpr.insert(0, fonts)


def _times(element) -> None:
    rpr = element.find(qn("w:rPr"))
    if rpr is None:
        return
    if rpr.find(qn("w:rFonts")) is not None:
        _fonts(rpr)
    color = rpr.find(qn("w:color"))
    if color is not None:
        rpr.remove(color)


def _defaults(document) -> None:
    styles = document.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _fonts(rpr)
    _set(rpr, "w:sz", val=page.SIZE["body"] * 2)
    _set(rpr, "w:szCs", val=page.SIZE["body"] * 2)
    _set(rpr, "w:lang", val="vi-VN", eastAsia="vi-VN", bidi="ar-SA")
    ppr = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
    _set(ppr, "w:spacing", after=0)


def _paragraph(style, size: int, before: float, indent: bool, align: str) -> None:
    style.font.name = page.FONT
    style.font.size = docx.shared.Pt(size)
    fmt = style.paragraph_format
    fmt.space_before = docx.shared.Pt(before)
    fmt.space_after = docx.shared.Pt(0)
    fmt.line_spacing = 1.15
    fmt.first_line_indent = Mm(page.FIRST_LINE_INDENT_MM) if indent else Mm(0)
    fmt.alignment = {"both": 3, "left": 0, "center": 1}[align]


def _body(document) -> None:
    for name in BODY_STYLES:
        _paragraph(document.styles[name], page.SIZE["body"], 6, True, "both")
    _times(document.styles["Normal"].element)


def _headings(document) -> None:
    for name in HEADINGS:
        style = document.styles[name]
        _paragraph(style, page.SIZE["body"], 6, True, "both")
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = None
        style.paragraph_format.keep_with_next = True
        _times(style.element)


def _compact(document) -> None:
    style = document.styles["Compact"]
    _paragraph(style, page.SIZE["cell"], 2, False, "left")
    style.paragraph_format.line_spacing = 1.0
    style.paragraph_format.space_after = docx.shared.Pt(2)


def _table_style(document) -> None:
    tblpr = _set(document.styles["Table"].element, "w:tblPr")
    borders = _set(tblpr, "w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _set(borders, f"w:{edge}", val="single", sz=4, space=0, color="000000")
    margins = _set(tblpr, "w:tblCellMar")
    for edge in ("left", "right"):
        _set(margins, f"w:{edge}", w=page.twips(page.CELL_PADDING_MM), type="dxa")
    for extra in document.styles["Table"].element.findall(qn("w:tblStylePr")):
        document.styles["Table"].element.remove(extra)


def _block_style(document) -> None:
    style = document.styles.add_style(BLOCK_STYLE, docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    _paragraph(style, page.SIZE["body"], 0, False, "left")
    style.paragraph_format.line_spacing = 1.0


def _section(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(page.PAGE_MM[0]), Mm(page.PAGE_MM[1])
    section.top_margin, section.bottom_margin = Mm(page.MARGIN_MM["top"]), Mm(page.MARGIN_MM["bottom"])
    section.left_margin, section.right_margin = Mm(page.MARGIN_MM["left"]), Mm(page.MARGIN_MM["right"])
    section.header_distance = Mm(page.HEADER_DISTANCE_MM)
    section.footer_distance = Mm(page.HEADER_DISTANCE_MM)
    section.different_first_page_header_footer = True
    _page_number(section.header.paragraphs[0], document.styles[BLOCK_STYLE])
    section.first_page_header.is_linked_to_previous = False
    section.first_page_header.paragraphs[0].style = document.styles[BLOCK_STYLE]


def _page_number(paragraph, style) -> None:
    paragraph.style = style
    paragraph.alignment = 1
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    rpr = _set(run, "w:rPr")
    _set(rpr, "w:sz", val=page.SIZE["page_number"] * 2)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
