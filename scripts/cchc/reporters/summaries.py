"""What `cchc render`, `cchc build` and `cchc consolidate` print when they are done.

Findings are written by ``findings.listing`` (through ``visible``); MkDocs' warnings too, and the
consolidation's period name and annex codes (from authored rule sets and reports). The other values
are counts and paths the program chose.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..output import visible
from . import Registry, Reporter
from .findings import listing


def rendered(result, lang: str) -> str:
    """`cchc render`: the findings of the documents that were not printed (or were printed as drafts
    with errors), then the counts of render's ``Result`` (documents, written, reused, failed, withheld
    for their errors, printed as drafts)."""
    findings = sorted(set(result.findings), key=lambda f: f.sort_key())
    lines = [listing(findings, lang)] if findings else []
    if lang == "en":
        lines.append(f"{result.documents} documents: {result.written} files written, {result.reused} unchanged, "
                     f"{result.failed} documents could not be printed.")
        if result.withheld:
            lines.append(f"{result.withheld} document(s) with errors not printed: fix them, or print drafts "
                         f"with --du-thao.")
        if result.drafts:
            lines.append(f"{result.drafts} document(s) printed as drafts, marked \"DỰ THẢO\" on every page.")
    else:
        lines.append(f"{result.documents} văn bản: đã ghi {result.written} tệp, {result.reused} tệp không đổi, "
                     f"{result.failed} văn bản không in được.")
        if result.withheld:
            lines.append(f"{result.withheld} văn bản còn lỗi nên không in: sửa lỗi, hoặc in bản dự thảo "
                         f"bằng --du-thao.")
        if result.drafts:
            lines.append(f"{result.drafts} văn bản in là bản dự thảo, mỗi trang có chữ \"DỰ THẢO\".")
    return "\n".join(lines)


def built(outcome, lang: str = "vi") -> str:
    """`cchc build`: the site's ``Outcome`` (pages, folder, errors left out, documents not printed, drafts)."""
    lines = [f"Đã tạo trang công khai: {outcome.pages} trang trong {outcome.site_dir}."]
    if outcome.errors:
        lines.append(f"  Lưu ý: kho còn {outcome.errors} lỗi; văn bản có lỗi không được tính là đã nộp "
                     f"(chạy \"cchc check\" để xem).")
    if outcome.render_failed:
        lines.append(f"  Lưu ý: {outcome.render_failed} văn bản không in được (chạy \"cchc render\" để xem); "
                     f"trang của chúng hiện nội dung do đơn vị soạn.")
    if outcome.drafts:
        lines.append(f"  Lưu ý: {outcome.drafts} văn bản còn lỗi được công khai là bản dự thảo, mỗi trang có "
                     f"chữ \"DỰ THẢO\".")
    return "\n".join(lines)


def mkdocs_warnings(outcome) -> list[str]:
    """MkDocs' own warnings of a build, one line each for the error stream."""
    return [f"  MkDocs: {visible(message, keep=chr(10))}" for message in outcome.warnings]


@dataclass(frozen=True)
class Consolidation:
    """What `cchc consolidate` wrote: the period's name (from the rule set), the year, the Markdown
    file, the (unit, annex code) whose figures break a formula, and the printed files (format, path)."""
    period_name: str
    year: int
    source: Path
    broken: tuple = ()
    printed: tuple = ()


def consolidated(c: Consolidation, lang: str = "vi") -> str:
    """`cchc consolidate`, once the Markdown is written. The period's name, unit ids and annex codes come
    from authored files: each is made visible on its own, so none can start a line or move the cursor."""
    name = visible(c.period_name)
    lines = [f"Đã tổng hợp báo cáo {name[:1].lower() + name[1:]} năm {c.year}: {c.source}"]
    for uid, code in c.broken:
        lines.append(f"  Lưu ý: phụ lục {visible(code)} của {visible(uid)} có số liệu chưa khớp công thức "
                     "(đánh dấu (*) trong bảng tổng hợp).")
    return "\n".join(lines)


def printed(c: Consolidation, lang: str = "vi") -> str:
    """`cchc consolidate`, once printed: one line per file written ("" when none was)."""
    return "\n".join(f"  {fmt.upper()}: {path}" for fmt, path in c.printed)


SUMMARIES = Registry(
    Reporter("render", "văn bản đã in, đã giữ nguyên, không in được", rendered),
    Reporter("build", "trang công khai đã dựng", built),
    Reporter("consolidate", "báo cáo tổng hợp đã lập", consolidated),
    Reporter("consolidate-printed", "bản in của báo cáo tổng hợp", printed),
)
