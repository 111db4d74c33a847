"""What a document's body may not carry onto the public site or into a printed document: raw HTML,
script links, images, raw blocks of an output format (CCHC-H001–H004, found by markup.check_body)."""
from __future__ import annotations

from ..findings import WORKSPACE, Check, Collector
from ..loader import Workspace
from ..markup import check_body
from ..model import Model


def run(ws: Workspace, model: Model, out: Collector) -> None:
    for doc in ws.of_role("document"):
        if doc.body:
            check_body(doc.path, doc.body, doc.body_line, out)


CHECK = Check("markup", WORKSPACE, run, inputs=("document bodies",),
              codes=("CCHC-H001", "CCHC-H002", "CCHC-H003", "CCHC-H004"), modules=("markup",))
