"""The unit's annual administrative-reform plan (Kế hoạch cải cách hành chính năm)."""
from __future__ import annotations

from . import DocumentKind

KIND = DocumentKind(
    id="ke_hoach",
    order=0,
    command=("plan", "kế hoạch"),
    schema="PLAN",
    json_schema=("plan.schema.json", "Phần thông tin của kế hoạch CCHC năm"),
    table_fields=("nhiem_vu",),
    unique=(("nhiem_vu", "ma"),),
    abbr="KH",
    name=("kế hoạch", "plan"),
    title=("Kế hoạch CCHC", "CCHC plan"),
    file_name="ke-hoach.md",
    skeleton="skeletons.plan",
    template="ke_hoach.md.j2",
    grounds_end=";",                      # "...; ban hành Kế hoạch ..." follows the grounds
    annexes="layout.annexes.plan_annexes",
    annex_tables="layout.fit.plan_tables",
    deadline="han_ke_hoach",
    deadline_per="year",
    periodic=False,
    scored=False,
    plan_reference=("ke_hoach_tinh", "province",
                    ("kế hoạch CCHC năm {year} của tỉnh", "the province's {year} plan")),
    recipient=None,
)
