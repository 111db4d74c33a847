"""The text of new documents: YAML front matter with Vietnamese guidance, and the body's headings.

Each builder takes a newdoc.Setting and returns the whole Markdown file; a kind names its builder
(kinds/<kind>.py ``skeleton``). Values the author must
supply are left as "" so that `cchc check` reports them until they are filled in; annex figures are left
blank (not reported, never 0), which `cchc check` tells once per annex (CCHC-B015).
"""
from __future__ import annotations

import yaml

from . import deadlines
from . import tasks as task_rows
from .agencies import UNIT, Directory
from .formulas import NUMBER, RATIO, compile_form
from .kinds import PLAN, REPORT, SELF_ASSESSMENT
from .vnformat import date_text, signing
from .yamlpos import RawFloat, RawInt, raw_text

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
COUNTING = {"cham_nhat": "chậm nhất là ngày", "truoc_ngay": "trước ngày", "nhan_truoc": "cơ quan nhận chậm nhất ngày"}
COUNCIL = "Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh"


class _Dumper(yaml.SafeDumper):
    """Safe YAML, and numbers copied from a loaded document written as they were (yamlpos.RawInt, RawFloat)."""


_Dumper.add_representer(RawInt, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:int", raw_text(value)))
_Dumper.add_representer(RawFloat, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:float",
                                                                                raw_text(value)))


def _q(value) -> str:
    """A YAML scalar or flow list, quoted only where YAML needs it."""
    text = yaml.dump(value, Dumper=_Dumper, allow_unicode=True, default_flow_style=True, width=10**6,
                     sort_keys=False).strip()
    return text[:-4].strip() if text.endswith("\n...") or text.endswith(" ...") else text


def _line(key: str, value, comment: str = "", indent: int = 0) -> str:
    text = f"{' ' * indent}{key}: {_q(value)}"
    return f"{text}   # {comment}" if comment else text


def _deadline(rule: dict | None, year: int, last_month: int | None = None) -> str:
    if not rule:
        return ""
    try:
        day = deadlines.resolve(rule["ngay"], year, last_month)
    except deadlines.BadExpression:
        return ""
    return f"hạn: {COUNTING[rule['cach_tinh']]} {date_text(day)}"


def _intro(s, what: str) -> list[str]:
    return [
        f"# {what} của {s.unit['ten_ngan']}, tạo bằng lệnh \"cchc new\".",
        "# Điền các chỗ còn để trống (\"\"), sửa các giá trị gợi ý cho đúng thực tế, rồi chạy \"cchc check\".",
        "# Dòng bắt đầu bằng dấu # là ghi chú cho người soạn, không in ra văn bản.",
    ]


def _signer(s) -> list[str]:
    """The signer as the unit's kind signs (the rule set's tham_quyen_ky, chuc_vu_ky), the head's name, and
    what to write when a deputy signs instead."""
    head = s.unit.get("thu_truong") or {}
    kind = (s.rules.get("loai_don_vi") or {}).get(s.unit["loai"]) or {}
    sign = signing(kind, s.unit)
    if sign.collective:
        lines = [f"# Người ký (Nghị định 30/2020/NĐ-CP): {kind.get('ten', 'đơn vị')} làm việc theo chế độ tập thể",
                 f"# nên ký thay mặt tập thể: {', '.join(sign.authority)}."]
    else:
        lines = ["# Người ký (Nghị định 30/2020/NĐ-CP): người đứng đầu đơn vị. Ký thừa lệnh (TL.), thừa ủy quyền (TUQ.)",
                 "# hoặc quyền cấp trưởng (Q.) thì ghi ở tham_quyen."]
    if sign.title:
        deputy = _q({"tham_quyen": list(sign.deputy_authority), "chuc_vu": sign.deputy_title})[1:-1]
        lines.append(f"# Cấp phó ký thay người đứng đầu thì ghi {deputy} và họ tên cấp phó.")
    else:
        lines.append("# Cấp phó ký thay người đứng đầu thì ghi thêm dòng \"KT.\" trước chức vụ người đứng đầu, ví dụ "
                     "tham_quyen: [KT. GIÁM ĐỐC], chuc_vu: Phó Giám đốc.")
    lines.append("nguoi_ky:")
    if sign.authority:
        lines.append(_line("tham_quyen", list(sign.authority), indent=2))
    return lines + [
        _line("chuc_vu", sign.title, indent=2),
        _line("ho_ten", head.get("ho_ten", ""), "không ghi học hàm, học vị", indent=2),
    ]


def _recipients(s, first: list[str]) -> list[str]:
    lines = ["noi_nhan:   # mỗi nơi nhận một dòng; dòng cuối là nơi lưu"]
    lines += [f"  - {_q(name)}" for name in first]
    lines.append(f"  - {_q('Lưu: VT, ' + s.unit['viet_tat'] + '.')}")
    return lines


def _common(s, what: str, summary: str, deadline: str) -> tuple[list[str], list[str]]:
    """The opening lines, and the number, date and summary lines (after any kind-specific keys)."""
    kind = s.kind
    lines = ["---", *_intro(s, what), _line("loai", kind), _line("nam", s.year)]
    if deadline:
        lines.append(f"# {deadline}")
    return lines, [
        _line("so_ky_hieu", "", f"số/ký hiệu, ví dụ 05/{s.rules['loai_van_ban'][kind]['viet_tat']}-{s.unit['viet_tat']}"
              if kind in (s.rules.get("loai_van_ban") or {}) else "số/ký hiệu văn bản"),
        _line("ngay_ban_hanh", "", "ngày ký, dạng 2026-01-05"),
        _line("trich_yeu", summary),
    ]


def _target_name(s, key: str) -> str:
    spec = s.rules["loai_don_vi"][s.unit["loai"]]
    target = spec.get(key)
    if target == "cap_tren":
        target = s.unit.get("cap_tren")
    if target == "hoi_dong_tinh":
        return COUNCIL
    return s.units[target]["ten_ngan"] if target in s.units else ""


def _reference(field: str, doc, comment: str) -> list[str]:
    if doc is None:
        return [f"# {field}: {{so_ky_hieu: ..., ngay_ban_hanh: ...}}   # {comment}"]
    value = {"so_ky_hieu": doc.data["so_ky_hieu"], "ngay_ban_hanh": doc.data["ngay_ban_hanh"]}
    return [_line(field, value, comment)]


# --- plan ---------------------------------------------------------------------------------------

def _provincial_tasks(s) -> tuple[object, list[dict]]:
    plan = s.plans.get((s.province.get("ubnd_tinh"), s.year))
    if plan is None or plan.path.split("/")[1] == s.uid:
        return plan, []
    directory = Directory(s.units, s.rules.get("nhom_co_quan"))
    day = plan.data["ngay_ban_hanh"]
    led = []
    for task in plan.data["nhiem_vu"]:   # the first row of each task the unit leads, as the task's own values
        for row in task_rows.rows(task):
            if row.values["chu_tri"] and directory.resolve(row.values["chu_tri"], day) == (UNIT, s.uid):
                led.append(dict(task, **row.values))
                break
    return plan, led


def _task(s, number: int, area: str, source: dict | None) -> list[str]:
    """One task row; the first one carries the guidance of each field."""
    source = source or {}
    note = (lambda text: text) if number == 1 else (lambda text: "")
    lines = [f"  - ma: {s.unit['viet_tat']}-{number:02d}", _line("linh_vuc", area, indent=4)]
    if source.get("ma"):
        lines.append(_line("nhiem_vu_tinh", source["ma"], note("mã nhiệm vụ trong kế hoạch của tỉnh"), indent=4))
    lines += [
        _line("ten", source.get("ten", ""), note("nhiệm vụ cụ thể"), indent=4),
        _line("san_pham", source.get("san_pham", ""), note("sản phẩm, kết quả đầu ra để kiểm chứng"), indent=4),
        _line("chu_tri", s.unit["ten_ngan"], note("một cơ quan chủ trì"), indent=4),
        _line("phoi_hop", list(source.get("phoi_hop") or []), note("các cơ quan phối hợp"), indent=4),
        _line("thoi_gian", source.get("thoi_gian", f"Năm {s.year}"),
              note("ví dụ: Quý I năm 2026, Tháng 6/2026, Năm 2026, Thường xuyên"), indent=4),
        _line("kinh_phi", source.get("kinh_phi", "Kinh phí thường xuyên"), note("nguồn kinh phí dự kiến"), indent=4),
    ]
    return lines


def _areas(rules: dict) -> list[tuple[str, dict]]:
    return sorted((rules.get("linh_vuc") or {}).items(), key=lambda kv: (kv[1].get("thu_tu", 99), kv[0]))


def plan(s) -> str:
    head, tail = _common(s, f"Kế hoạch cải cách hành chính năm {s.year}",
                         f"Cải cách hành chính năm {s.year} của {s.unit['ten_ngan']}",
                         _deadline(s.rules.get(PLAN.deadline), s.year))
    provincial, led = _provincial_tasks(s)
    lines = head + tail
    lines += _reference(PLAN.plan_reference[0], provincial, "kế hoạch CCHC năm của tỉnh mà kế hoạch này thực hiện")
    if provincial is not None:
        lines += ["can_cu:", f"  - {_q(_cite(provincial, 'Kế hoạch', 'UBND tỉnh'))}"]
    lines += _signer(s) + _recipients(s, ["UBND tỉnh (để báo cáo)", "Sở Nội vụ"])
    lines += ["# Các nhiệm vụ: mỗi nhiệm vụ có sản phẩm, một cơ quan chủ trì, cơ quan phối hợp, thời gian, kinh phí.",
              "# Các nhiệm vụ tỉnh giao đơn vị chủ trì đã được chép sẵn (nhiem_vu_tinh); bổ sung nhiệm vụ riêng của đơn vị.",
              "nhiem_vu:"]
    number = 0
    for area, spec in _areas(s.rules):
        tasks = [t for t in led if t["linh_vuc"] == area]
        if not tasks and not spec.get("bat_buoc"):
            continue
        lines.append(f"  # {spec['ten']}{' (bắt buộc)' if spec.get('bat_buoc') else ''}")
        for task in tasks or [None]:
            number += 1
            lines += _task(s, number, area, task)
    lines += ["---", "", *_plan_body(s)]
    return "\n".join(lines) + "\n"


def _cite(doc, kind_name: str, issuer: str) -> str:
    return (f"{kind_name} số {doc.data['so_ky_hieu']} ngày {date_text(doc.data['ngay_ban_hanh'])} của {issuer} "
            f"về {doc.data['trich_yeu'][0].lower()}{doc.data['trich_yeu'][1:]}")


def _plan_body(s) -> list[str]:
    lines = ["# I. MỤC ĐÍCH, YÊU CẦU", "", "<!-- Nêu mục đích, yêu cầu của kế hoạch. -->", "",
             "# II. NHIỆM VỤ, GIẢI PHÁP", ""]
    for index, (area, spec) in enumerate(_areas(s.rules), 1):
        lines += [f"## {index}. {spec['ten']}", "", "<!-- Các nhiệm vụ, giải pháp của lĩnh vực này. -->", ""]
    lines += ["# III. TỔ CHỨC THỰC HIỆN", "", "<!-- Phân công thực hiện, kinh phí, chế độ báo cáo. -->"]
    return lines


# --- report -------------------------------------------------------------------------------------

def _previous_progress(s) -> list[dict]:
    order = list(s.rules.get("ky_bao_cao") or {})
    for period in reversed(order[:order.index(s.period)]):
        report = s.reports.get((s.uid, s.year, period))
        if report is not None and report.data.get("tien_do"):
            return report.data["tien_do"]
    return []


def _progress(s, plan) -> list[str]:
    if plan is None:
        return ["# tien_do: chưa có kế hoạch CCHC năm của đơn vị trong kho; ghi tiến độ từng nhiệm vụ khi có."]
    previous = {e["nhiem_vu"]: e for e in _previous_progress(s)}
    lines = ["# Tiến độ từng nhiệm vụ của kế hoạch; trang_thai: hoan_thanh, dang_thuc_hien, chua_thuc_hien,",
             "# khong_thuc_hien. Giá trị gợi ý lấy từ báo cáo kỳ trước (nếu có): cập nhật lại cho kỳ này.",
             "tien_do:"]
    for task in plan.data["nhiem_vu"]:
        entry = previous.get(task["ma"], {})
        lines += [f"  - nhiem_vu: {_q(task['ma'])}   # {task['ten'][:70]}",
                  _line("trang_thai", entry.get("trang_thai", "chua_thuc_hien"), indent=4),
                  _line("ti_le", entry.get("ti_le", 0), "phần trăm hoàn thành", indent=4)]
        lines.append(_line("ket_qua", entry["ket_qua"], indent=4) if entry.get("ket_qua")
                     else "    # ket_qua: kết quả cụ thể, số và ngày văn bản")
    return lines


def _required_annexes(s) -> list[str]:
    codes = []
    for entry in s.rules.get("phu_luc_bat_buoc") or []:
        applies = entry.get("loai_don_vi") == s.unit["loai"] or entry.get("don_vi") == s.uid
        if applies and s.period in entry["ky"]:
            codes += [c for c in entry["phu_luc"] if c not in codes]
    return codes


def _annexes(s) -> list[str]:
    codes = _required_annexes(s)
    if not codes:
        return []
    templates = s.rules.get("phu_luc") or {}
    lines = ["# Các phụ lục số liệu bắt buộc của kỳ này. Mỗi dòng một lĩnh vực/đơn vị; dòng tổng ghi la_tong: true.",
             "# Ô để trống là chưa báo cáo (không phải 0): ghi số khi có, ghi 0 nếu số liệu là 0. Số nguyên viết",
             "# liền, không dấu chấm ngăn cách hàng nghìn (2075); số thập phân dùng dấu chấm (97.11).",
             "phu_luc:"]
    for code in codes:
        template = templates.get(code, {})
        form = compile_form(code, template)
        lines += [f"  - ma: {_q(code)}", _line("ten", template.get("ten", ""), indent=4)]
        for formula in template.get("cong_thuc") or []:
            lines.append(f"    # công thức: {formula}")
        lines += ["    dong:", "      - ten: Tổng cộng", "        la_tong: true"]
        width = max((len(key) for key in form.columns), default=0) + 1
        lines += [f"        {key + ':':<{width}}   # {column.title}{_KIND_NOTES.get(column.kind, '')}"
                  for key, column in form.columns.items()]
    return lines


# What the skeleton says of a column's kind of figure beside its title (formulas.COLUMN_KINDS).
_KIND_NOTES = {NUMBER: "; số, có thể có phần thập phân", RATIO: "; tỷ lệ, phần trăm: số thập phân dùng dấu chấm"}


def report(s) -> str:
    spec = s.rules["ky_bao_cao"][s.period]
    name = spec["ten"][:1].lower() + spec["ten"][1:]
    head, tail = _common(s, f"Báo cáo kết quả CCHC {name} năm {s.year}",
                         f"Kết quả thực hiện công tác cải cách hành chính {name} năm {s.year}".replace("năm năm", "năm"),
                         _deadline(spec.get("han"), s.year, spec.get("thang_cuoi")))
    window = deadlines.window(spec, s.year)
    lines = head + [_line("ky", s.period, spec["ten"])] + tail
    if window:
        lines += [_line("so_lieu_tu", window[0], "kỳ chốt số liệu theo bộ quy tắc"), _line("so_lieu_den", window[1]),
                  "# so_lieu_uoc_tinh: true   # ghi nếu ban hành trước ngày so_lieu_den, số liệu đến hết kỳ là số ước tính"]
    plan_doc = s.plans.get((s.uid, s.year))
    lines += _reference(REPORT.plan_reference[0], plan_doc, "kế hoạch CCHC năm của đơn vị")
    target = _target_name(s, REPORT.recipient)
    if target:
        lines.append(_line("kinh_gui", [target], "cơ quan nhận báo cáo"))
    lines += _signer(s) + _recipients(s, ["Như trên"] if target else [])
    lines += _progress(s, plan_doc) + _annexes(s) + ["---", "", *_report_body(s)]
    return "\n".join(lines) + "\n"


def _report_body(s) -> list[str]:
    lines = []
    for index, (key, section) in enumerate((s.rules.get("muc_bao_cao") or {}).items()):
        lines += [f"# {ROMAN[index]}. {section['tieu_de'][0].upper()}", "",
                  f"<!-- {section['ten']}: mục bắt buộc, phải có nội dung cụ thể. -->", ""]
        if "ket_qua" in key:
            for number, (area, spec) in enumerate(_areas(s.rules), 1):
                lines += [f"## {number}. {spec['ten']}", "", "<!-- Kết quả, số liệu của lĩnh vực này. -->", ""]
    return lines or ["<!-- Nội dung báo cáo. -->"]


# --- PAR self-assessment ------------------------------------------------------------------------

def par(s) -> str:
    rule = (s.rules.get(SELF_ASSESSMENT.deadline) or {}).get(s.unit["loai"])
    head, tail = _common(s, f"Báo cáo tự đánh giá Chỉ số CCHC năm {s.year}",
                         f"Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {s.year}",
                         _deadline(rule, s.year))
    lines = head + tail
    lines.append(_line("bo_tieu_chi", s.criteria["id"], s.criteria["ten"]))
    target = _target_name(s, SELF_ASSESSMENT.recipient)
    if target:
        lines.append(_line("kinh_gui", [target], "cơ quan thẩm định"))
    lines += _signer(s) + _recipients(s, ["Như trên", "Sở Nội vụ"] if target else ["Sở Nội vụ"])
    lines += ["# Điểm tự chấm từng tiêu chí; tai_lieu_kiem_chung: số, ngày, tên văn bản chứng minh;",
              "# giai_trinh: giải thích khi tự trừ điểm.", "diem:"]
    criteria = s.criteria["tieu_chi"]
    codes = [c["ma"] for c in criteria]
    for item in criteria:
        if "." not in item["ma"]:
            lines.append(f"  # {item['ma']}. {item['ten']} (tối đa {item['diem_toi_da']:g} điểm)")
        leaf = not any(other.startswith(item["ma"] + ".") for other in codes)
        if leaf and item.get("tu_cham", True):
            lines += [f"  - ma: {_q(item['ma'])}   # {item['ten'][:60]}; tối đa {item['diem_toi_da']:g}",
                      _line("tu_cham", 0, indent=4), _line("tai_lieu_kiem_chung", [], indent=4)]
    lines += ["---", "", "# I. KẾT QUẢ TỰ ĐÁNH GIÁ", "",
              "<!-- Tổng điểm tự chấm, những tiêu chí bị trừ điểm và nguyên nhân. -->", "",
              "# II. KIẾN NGHỊ, ĐỀ XUẤT", "", "<!-- Kiến nghị, đề xuất (nếu có). -->"]
    return "\n".join(lines) + "\n"

