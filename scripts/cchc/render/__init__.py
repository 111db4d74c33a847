"""`cchc render`: plans, reports and PAR self-assessments as official documents (DOCX, PDF, HTML).

``documents`` is what the commands and the site use: which documents a run prints, and the one call
that prints them; ``engine`` does it.
"""

FORMATS = ("docx", "pdf", "html")       # what can be printed, each written by templates/render/batch.lua
DRAFT_MARK = "DỰ THẢO"              # on every page of a draft (docxpost, htmlout; the typst preamble writes it too)
