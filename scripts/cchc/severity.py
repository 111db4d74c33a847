"""What a province decides about findings: severities per code, and waivers.

- A rule set's ``muc_do`` maps a finding code to loi / canh_bao / thong_tin / tat (off). It
  applies to the findings of documents of its years (other files take the latest rule set).
  Only codes the catalogue marks ``adjustable`` (checks of documents' content) can be adjusted;
  reading and schema findings say the file cannot be trusted and stay as they are.
- ``content/waivers.yml`` lists warnings accepted for one document until an expiry date. A
  waived finding leaves the findings and is listed apart, with its reason and approver, so it
  is published, not hidden. An expired waiver, one that matches nothing, and one that would
  silence an error are findings themselves.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from .catalogue import CATALOGUE
from .findings import FINDINGS, Check, Collector, Finding, emits
from .schemas import SEVERITY_WORDS
from .workspace import WAIVERS
from .vnformat import date_text

_DOCUMENT_PATH = re.compile(r"units/[^/]+/(\d{4})/")


@dataclass(frozen=True)
class Waived:
    finding: Finding
    reason: str
    approved_by: str
    expires: object

    def as_dict(self, lang: str = "vi") -> dict:
        return dict(self.finding.as_dict(lang), waiver={
            "reason": self.reason, "approved_by": self.approved_by, "expires": self.expires.isoformat()})


def adjustable(code: str) -> bool:
    return code in CATALOGUE and CATALOGUE[code].adjustable


def _severities(model, path: str) -> dict:
    match = _DOCUMENT_PATH.match(path)
    _, rules = model.book.for_year(int(match.group(1))) if match else model.book.latest()
    return (rules or {}).get("muc_do") or {}


def adjust(model, findings: list[Finding]) -> list[Finding]:
    result = []
    for finding in findings:
        word = _severities(model, finding.path).get(finding.code) if adjustable(finding.code) else None
        if word is None:
            result.append(finding)
        elif SEVERITY_WORDS[word] is not None:
            result.append(dataclasses.replace(finding, severity=SEVERITY_WORDS[word]))
    return result


@emits("CCHC-W001", "CCHC-W002", "CCHC-W003")
def waive(ws, findings: list[Finding], as_of) -> tuple[list[Finding], list[Waived]]:
    """Findings that stay, and those waived; waiver problems are added to the findings."""
    doc = ws.docs.get(WAIVERS)
    if doc is None or not doc.valid:
        return findings, []
    out = Collector(WAIVERS)
    waived: list[Waived] = []
    remaining = list(findings)
    for index, entry in enumerate(doc.data["mien_tru"]):
        target = ws.docs.get(entry["van_ban"])
        args = {"waived": entry["ma"], "document": entry["van_ban"]}
        problem = _invalid(entry, target)
        if problem:
            out.at("CCHC-W003", doc.pos("mien_tru", index, problem[0]), variant=problem[1], **args)
            continue
        if as_of is not None and entry["het_han"] < as_of:
            out.at("CCHC-W001", doc.pos("mien_tru", index, "het_han"), expiry=f"{date_text(entry['het_han'])}",
                   **args)
            continue
        paths = {target.path, *target.tables}
        matched = [f for f in remaining if f.code == entry["ma"] and f.path in paths]
        if not matched:
            out.at("CCHC-W002", doc.pos("mien_tru", index, "ma"), **args)
        elif any(f.severity == "error" for f in matched):
            out.at("CCHC-W003", doc.pos("mien_tru", index, "ma"), variant="error", **args)
        else:
            remaining = [f for f in remaining if f not in matched]
            waived.extend(Waived(f, entry["ly_do"], entry["nguoi_duyet"], entry["het_han"]) for f in matched)
    return remaining + out.items, waived


def _invalid(entry: dict, target) -> tuple[str, str] | None:
    """(the field at fault, the variant of CCHC-W003) of a waiver that cannot apply, or None."""
    if entry["ma"] not in CATALOGUE:
        return "ma", "unknown_code"
    if entry["ma"].startswith("CCHC-W"):
        return "ma", "waiver_code"
    if target is None:
        return "van_ban", "no_document"
    return None


CHECK = Check("waivers", FINDINGS, waive, inputs=("content/waivers.yml", "the other checks' findings", "as_of"),
              codes=("CCHC-W001", "CCHC-W002", "CCHC-W003"))
