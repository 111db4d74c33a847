"""The unit's periodic report on administrative reform (Báo cáo kết quả thực hiện CCHC), one per
reporting period of the rule set (ky_bao_cao)."""
from __future__ import annotations

from . import DocumentKind

KIND = DocumentKind(
    id="bao_cao",
    order=1,
    command=("report", "báo cáo"),
    schema="REPORT",
    json_schema=("report.schema.json", "Phần thông tin của báo cáo CCHC định kỳ"),
    table_fields=("tien_do", "phu_luc"),
    unique=(("tien_do", "nhiem_vu"), ("phu_luc", "ma")),
    abbr="BC",
    name=("báo cáo", "report"),
    title=("Báo cáo", "Report"),
    file_name="bao-cao-{period}.md",
    skeleton="skeletons.report",
    template="bao_cao.md.j2",
    grounds_end=".",
    annexes="layout.report_annexes.report_annexes",
    annex_tables="layout.fit.report_tables",
    deadline="ky_bao_cao",
    deadline_per="period",
    periodic=True,
    scored=False,
    plan_reference=("ke_hoach", "unit", ("kế hoạch CCHC năm {year} của đơn vị", "the unit's {year} plan")),
    recipient="bao_cao_cho",
)
