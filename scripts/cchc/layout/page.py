"""The page and the sizes of Nghị định 30/2020/NĐ-CP, Phụ lục I, in one place.

Every writer (DOCX reference and post-processing, typst, the width checks) reads these
figures, so the outputs agree with each other and with FORMAT.md.
"""
from __future__ import annotations

FONT = "Times New Roman"
PAGE_MM = (210.0, 297.0)                 # A4 portrait (width, height)
MARGIN_MM = {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0}
HEADER_DISTANCE_MM = 10.0                # page number sits in the top margin
HEADER_COLUMNS_MM = (65.0, 100.0)        # issuing body | Quốc hiệu (narrower wraps the 12 pt motto)
SIGNATURE_COLUMNS_MM = (75.0, 90.0)      # Nơi nhận | signer
CELL_PADDING_MM = 1.9                    # left + right padding of one table cell, each side
FIRST_LINE_INDENT_MM = 12.7
MIN_COLUMN_MM = 8.0                      # narrowest useful table column
FIT_MARGIN_MM = 1.0                      # kept free when a line must fit a column (widths are estimates)

SIZE = {                                 # points
    "body": 14, "motto_top": 12, "motto": 13, "body_name": 12, "number": 13, "date": 13,
    "type": 14, "summary": 14, "signer": 14, "recipients_label": 12, "recipients": 11,
    "annex": 14, "cell": 12, "page_number": 13,
}

MOTTO_TOP = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

TWIP_PER_MM = 1440 / 25.4


def twips(mm: float) -> int:
    return int(round(mm * TWIP_PER_MM))


def text_width_mm(landscape: bool = False) -> float:
    width = PAGE_MM[1] if landscape else PAGE_MM[0]
    return width - MARGIN_MM["left"] - MARGIN_MM["right"]


def rule_indents_mm(column_mm: float, rule_mm: float) -> float:
    """Left and right indent that centre a rule of ``rule_mm`` in a cell of ``column_mm``."""
    inner = column_mm - 2 * CELL_PADDING_MM
    return max(0.0, (inner - min(rule_mm, inner)) / 2)
