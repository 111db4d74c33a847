"""A synthetic province for benchmarks: N units, each with a plan and four other documents."""
from __future__ import annotations

import shutil
from pathlib import Path

AREAS = ["the_che", "thu_tuc_hanh_chinh", "to_chuc_bo_may", "cong_vu", "tai_chinh_cong", "chinh_phu_so"]

TASK = """  - ma: {uid}-{n:02d}
    linh_vuc: {area}
    nhom: Nâng cao chất lượng thực hiện nhiệm vụ cải cách hành chính số {n}
    ten: Rà soát, đánh giá và đề xuất phương án đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý, nhóm {n}
    san_pham: Báo cáo kết quả rà soát, phương án đơn giản hóa trình cấp có thẩm quyền
    chu_tri: Đơn vị {i}
    phoi_hop: [Văn phòng UBND tỉnh, Sở Tư pháp, Sở Nội vụ]
    thoi_gian: Quý {q} năm 2026
    kinh_phi: Kinh phí thường xuyên
"""

HEAD = """---
loai: {kind}
nam: 2026
so_ky_hieu: {n:02d}/{sym}-DV{i}
ngay_ban_hanh: {date}
trich_yeu: {title}
can_cu:
  - Kế hoạch số 218/KH-UBND ngày 26/12/2025 của UBND tỉnh về cải cách hành chính năm 2026
nguoi_ky: {{tham_quyen: [KT. GIÁM ĐỐC], chuc_vu: Phó Giám đốc, ho_ten: Nguyễn Văn An}}
noi_nhan: [Sở Nội vụ, Văn phòng UBND tỉnh, "Lưu: VT, VP."]
"""

BODY = """---

# I. TÌNH HÌNH TỔ CHỨC THỰC HIỆN

Đơn vị đã ban hành kế hoạch, phân công nhiệm vụ cụ thể cho từng phòng, đơn vị trực thuộc.

# II. KẾT QUẢ CHỦ YẾU ĐẠT ĐƯỢC

Các nhiệm vụ được triển khai đúng tiến độ; số liệu chi tiết tại các phụ lục kèm theo.

# III. KHÓ KHĂN, VƯỚNG MẮC

Một số thủ tục liên thông còn chậm do phần mềm chưa kết nối đồng bộ.

# IV. KIẾN NGHỊ, ĐỀ XUẤT

Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ cải cách hành chính cho công chức đầu mối.
"""

ANNEX = """phu_luc:
  - ma: 01-S
    dong:
      - {ten: Lĩnh vực A, tthc_cong_bo: 3, ban_hanh_moi: 1, sua_doi_bo_sung: 1, bai_bo: 1, mot_cua: 3, mot_cua_lien_thong: 1}
      - {ten: Tổng cộng, la_tong: true, tthc_cong_bo: 3, ban_hanh_moi: 1, sua_doi_bo_sung: 1, bai_bo: 1, mot_cua: 3, mot_cua_lien_thong: 1}
"""


def unit_yml(i: int) -> str:
    return (f"ma_dinh_danh: \"000.00.{i:03d}.H98\"\nten: Đơn vị số {i} tỉnh Hòa Lâm\nten_ngan: Đơn vị {i}\n"
            f"viet_tat: DV{i}\nloai: so_nganh\ncap_tren: ubnd-tinh\nhieu_luc_tu: 2010-01-01\n")


def plan(i: int, uid: str) -> str:
    tasks = "".join(TASK.format(uid=uid, n=n, area=AREAS[n % 6], i=i, q=1 + n % 4) for n in range(25))
    return (HEAD.format(kind="ke_hoach", n=1, sym="KH", i=i, date="2026-01-05",
                        title="Cải cách hành chính năm 2026") + "nhiem_vu:\n" + tasks + BODY)


def report(i: int, uid: str, period: str, date: str) -> str:
    progress = "tien_do:\n" + "".join(
        f"  - {{nhiem_vu: {uid}-{n:02d}, trang_thai: dang_thuc_hien, ti_le: 50}}\n" for n in range(25))
    head = HEAD.format(kind="bao_cao", n=2, sym="BC", i=i, date=date, title="Kết quả thực hiện CCHC")
    return head + f"ky: {period}\nso_lieu_uoc_tinh: true\n" + progress + ANNEX + BODY


def par(i: int) -> str:
    head = HEAD.format(kind="tu_danh_gia", n=3, sym="BC", i=i, date="2026-11-10", title="Tự đánh giá Chỉ số CCHC")
    scores = "".join(f"  - {{ma: \"1.{n}\", tu_cham: 1, tai_lieu_kiem_chung: [Văn bản số {n}]}}\n"
                     for n in range(1, 3))
    return head + "bo_tieu_chi: so_nganh\ndiem:\n" + scores + BODY


def generate(target: Path, sample: Path, units: int = 1000) -> Path:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(sample / "content", target / "content")
    (target / "content" / "waivers.yml").unlink(missing_ok=True)  # it names the sample's documents
    for keep in ("ubnd-tinh", "so-noi-vu"):
        shutil.copytree(sample / "units" / keep, target / "units" / keep,
                        ignore=shutil.ignore_patterns("20*"))
    for i in range(units):
        uid = f"dv{i:04d}"
        folder = target / "units" / f"don-vi-{i:04d}"
        (folder / "2026").mkdir(parents=True)
        (folder / "unit.yml").write_text(unit_yml(i), encoding="utf-8")
        docs = {"ke-hoach.md": plan(i, uid.upper()),
                "bao-cao-quy-1.md": report(i, uid.upper(), "quy_1", "2026-03-12"),
                "bao-cao-6-thang.md": report(i, uid.upper(), "6_thang", "2026-06-12"),
                "bao-cao-quy-3.md": report(i, uid.upper(), "quy_3", "2026-09-12"),
                "tu-danh-gia-par.md": par(i)}
        for name, text in docs.items():
            (folder / "2026" / name).write_text(text, encoding="utf-8")
    return target
