"""Task progress, the one roll-up read by the public site (year to date) and the consolidated report
(one period): each planned task's latest reported state, and an area's figure.

The roll-up rule (stated on the reform-areas page and in the consolidated report, see ROLLUP_RULE):
- a task's state and percentage are those of the latest report of the year (by issue date,
  then by period) issued on or before the day looked at that mentions the task;
- a percentage not given is 100 for a completed task (hoan_thanh) and 0 otherwise;
- an area's figure is the mean of its reported tasks' percentages weighted by trong_so;
  a task without trong_so weighs 1, a task with trong_so 0 is listed but not counted;
- tasks no report mentions yet are counted apart ("chưa có báo cáo") and not in the figure.
"""
from __future__ import annotations

from dataclasses import dataclass

from .workspace import unit_of

STATE_NAMES = {
    "hoan_thanh": "Hoàn thành",
    "dang_thuc_hien": "Đang thực hiện",
    "chua_thuc_hien": "Chưa thực hiện",
    "khong_thuc_hien": "Không thực hiện",
    "": "Chưa có báo cáo",
}

ROLLUP_RULE = [
    "Trạng thái và tỷ lệ hoàn thành của một nhiệm vụ lấy theo báo cáo mới nhất trong năm (theo ngày ban hành, "
    "rồi theo kỳ báo cáo) đã ban hành đến ngày xét và có nêu nhiệm vụ đó (trường `tien_do`).",
    "Báo cáo không ghi tỷ lệ (`ti_le`) thì nhiệm vụ hoàn thành tính 100%, các trạng thái khác tính 0%.",
    "Tỷ lệ của một lĩnh vực là bình quân gia quyền tỷ lệ các nhiệm vụ đã được báo cáo, trọng số là `trong_so` "
    "của nhiệm vụ trong kế hoạch; nhiệm vụ không ghi trọng số tính trọng số 1; nhiệm vụ có trọng số 0 vẫn được "
    "liệt kê nhưng không tính vào tỷ lệ.",
    "Nhiệm vụ chưa được báo cáo nào nêu đến được đếm riêng (cột \"Chưa có báo cáo\") và không tính vào tỷ lệ.",
]


@dataclass(frozen=True)
class Task:
    unit: str
    code: str
    area: str
    name: str
    weight: float
    state: str          # "" when no report mentions it yet
    percent: float | None
    result: str
    report: str         # path of the report the state comes from


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    tasks: int
    reported: int
    by_state: dict
    percent: float | None


def _latest_entries(reports: list, rules: dict) -> dict:
    """(unit, task code) -> (the latest entry of the task, the path of its report)."""
    months = {p: s.get("thang_cuoi", 0) for p, s in (rules.get("ky_bao_cao") or {}).items()}
    latest = {}
    for doc in sorted(reports, key=lambda d: (d.data["ngay_ban_hanh"], months.get(d.data["ky"], 0), d.path)):
        for entry in doc.data.get("tien_do") or []:
            latest[(unit_of(doc.path), entry["nhiem_vu"])] = (entry, doc.path)
    return latest


def percent_of(entry: dict) -> float:
    value = entry.get("ti_le")
    if value is None:
        return 100.0 if entry["trang_thai"] == "hoan_thanh" else 0.0
    return float(value)


def tasks(plans: list, reports: list, rules: dict) -> list[Task]:
    """Every task of the given plans with its state from the latest of the given reports (the caller
    chooses them: those of the year up to a day, or those of one period), in the plans' order."""
    latest = _latest_entries(reports, rules)
    found = []
    for plan in sorted(plans, key=lambda d: d.path):
        uid = unit_of(plan.path)
        for task in plan.data.get("nhiem_vu") or []:
            update, source = latest.get((uid, task["ma"]), (None, ""))
            weight = task.get("trong_so")
            found.append(Task(uid, task["ma"], task["linh_vuc"], task.get("ten", ""),
                              1.0 if weight is None else float(weight),
                              update["trang_thai"] if update else "", percent_of(update) if update else None,
                              (update or {}).get("ket_qua", ""), source))
    return found


def areas(rules: dict, items: list[Task]) -> list[Area]:
    """One Area per reform area of the rule set, in its order (thu_tu), each summarising its tasks."""
    specs = sorted((rules.get("linh_vuc") or {}).items(), key=lambda kv: (kv[1].get("thu_tu", 99), kv[0]))
    result = []
    for area_id, spec in specs:
        mine = [t for t in items if t.area == area_id]
        result.append(summarise(area_id, spec.get("ten", area_id), mine))
    return result


def summarise(area_id: str, name: str, mine: list[Task]) -> Area:
    reported = [t for t in mine if t.state]
    by_state = {state: sum(1 for t in mine if t.state == state) for state in STATE_NAMES}
    weight = sum(t.weight for t in reported)
    figure = sum(t.percent * t.weight for t in reported) / weight if weight > 0 else None
    return Area(area_id, name, len(mine), len(reported), by_state, figure)
