"""The unit's PAR self-assessment (Báo cáo tự đánh giá, chấm điểm Chỉ số cải cách hành chính):
its own scores against the criteria set of its kind of unit."""
from __future__ import annotations

from . import DocumentKind

KIND = DocumentKind(
    id="tu_danh_gia",
    order=2,
    command=("par", "tự đánh giá"),
    schema="PAR",
    json_schema=("par.schema.json", "Phần thông tin của báo cáo tự đánh giá Chỉ số CCHC"),
    table_fields=("diem",),
    unique=(("diem", "ma"),),
    abbr="BC",                            # sent as a Báo cáo: every sample is numbered .../BC-...
    name=("báo cáo tự đánh giá Chỉ số CCHC", "PAR self-assessment"),
    title=("Tự đánh giá Chỉ số CCHC", "PAR self-assessment"),
    file_name="tu-danh-gia-par.md",
    skeleton="skeletons.par",
    template="tu_danh_gia.md.j2",
    grounds_end=".",
    annexes="layout.report_annexes.par_annexes",
    annex_tables="layout.fit.par_tables",
    deadline="han_tu_danh_gia",
    deadline_per="unit_kind",
    periodic=False,
    scored=True,
    plan_reference=None,
    recipient="tham_dinh_boi",
)
