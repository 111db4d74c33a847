"""Cerberus schemas of every file kind. Keys are the Vietnamese keys authors write."""
from __future__ import annotations

from .formulas import COLUMN_KINDS
from .kinds import KINDS

DOCUMENT_KINDS = tuple(KINDS)    # the values of ``loai`` (kinds/)
TASK_STATES = ("hoan_thanh", "dang_thuc_hien", "chua_thuc_hien", "khong_thuc_hien")
DEADLINE_KINDS = ("cham_nhat", "truoc_ngay", "nhan_truoc")
AUTHORITY = r"(TM|KT|Q|TL|TUQ)\. .+"
SYMBOL = r"\d{1,5}/[0-9A-Za-zĐđ]+(-[0-9A-Za-zĐđ&.]+)*"
SLUG = r"[a-z0-9]+(-[a-z0-9]+)*"
IDENT = r"[a-z0-9_]+"
FINDING_CODE = r"CCHC-[A-Z]\d{3}"
# Severity words of rule sets (muc_do) and what they mean; "tat" switches a check off.
SEVERITY_WORDS = {"loi": "error", "canh_bao": "warning", "thong_tin": "info", "tat": None}
CRITERION = r"\d+(\.\d+)*"

TEXT = {"type": "string", "empty": False}
REQ_TEXT = {"type": "string", "empty": False, "required": True}
CODE = {"type": "string", "empty": False, "coerce": "code"}
REQ_CODE = dict(CODE, required=True)
DATE = {"type": "date", "coerce": "date"}
REQ_DATE = dict(DATE, required=True)
TEXTS = {"type": "list", "coerce": "listify", "schema": TEXT}
YEAR = {"type": "integer", "min": 2000, "max": 2100}
NUMBER = {"type": "number"}
UNIT_ID = {"type": "string", "regex": SLUG}
TABLE_FILE = r".+\.ya?ml"

PERSON = {"type": "dict", "schema": {
    "ho_ten": REQ_TEXT,
    "chuc_vu": TEXT,
    "email": {"type": "string", "regex": r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+"},
    "dien_thoai": CODE,
}}

SIGNER = {"type": "dict", "required": True, "schema": {
    "tham_quyen": {"type": "list", "coerce": "listify", "schema": {"type": "string", "regex": AUTHORITY}},
    "chuc_vu": REQ_TEXT,
    "ho_ten": REQ_TEXT,
}}

REFERENCE = {"type": "dict", "schema": {"so_ky_hieu": dict(CODE, regex=SYMBOL), "ngay_ban_hanh": DATE}}

COMMON = {
    "loai": {"type": "string", "required": True, "allowed": list(DOCUMENT_KINDS)},
    "nam": dict(YEAR, required=True),
    "so_ky_hieu": dict(REQ_CODE, regex=SYMBOL),
    "ngay_ban_hanh": REQ_DATE,
    "ngay_nhan": DATE,      # the day the body it is sent to received it, where a deadline counts receipt
    "trich_yeu": REQ_TEXT,
    "can_cu": TEXTS,
    "kinh_gui": TEXTS,
    "nguoi_ky": SIGNER,
    "noi_nhan": dict(TEXTS, required=True, minlength=1),
    "ghi_chu": TEXT,
}

# What a row of a task table holds: a task with several products writes one row each under ``dong``;
# what the task itself says is the value of every row that does not say its own (a merged cell,
# written once). tasks.py gives the rows as printed and checked.
TASK_ROW = {
    "san_pham": TEXT,
    "chu_tri": TEXT,
    "phoi_hop": TEXTS,
    "thoi_gian": CODE,
    "kinh_phi": TEXT,
}

TASK = {"type": "dict", "schema": dict(
    {"ma": REQ_CODE,
     "linh_vuc": dict(REQ_TEXT, regex=IDENT),
     "nhiem_vu_tinh": CODE,
     "nhom": TEXT,
     "ten": REQ_TEXT},
    **TASK_ROW,
    dong={"type": "list", "minlength": 1, "schema": {"type": "dict", "schema": dict(TASK_ROW, ghi_chu=TEXT)}},
    trong_so=dict(NUMBER, min=0),
    ghi_chu=TEXT,
)}

# The task annex of a plan as the document titles it; the default is the official wording (layout/annexes.py).
TASK_ANNEX = {"type": "dict", "schema": {
    "tieu_de": TEXT, "kem_theo": TEXT,
    # the heading of each reform area as the document writes it ("V. Xây dựng Chính phủ điện tử")
    "linh_vuc": {"type": "dict", "keysrules": {"type": "string", "regex": IDENT}, "valuesrules": TEXT}}}

PROGRESS = {"type": "dict", "schema": {
    "nhiem_vu": REQ_CODE,
    "trang_thai": {"type": "string", "required": True, "allowed": list(TASK_STATES)},
    "ti_le": dict(NUMBER, min=0, max=100),
    "ket_qua": TEXT,
}}

ANNEX = {"type": "dict", "schema": {
    "ma": REQ_CODE,
    "ten": TEXT,
    "ghi_chu": TEXT,
    "dong": {"type": "list", "required": True, "schema": {
        "type": "dict",
        "schema": {"ten": REQ_TEXT, "ma": CODE, "la_tong": {"type": "boolean"}, "ghi_chu": dict(TEXT, nullable=True)},
        # the figures, one per column of the annex form; a blank one (null) is not reported. What a
        # column is (a known one, its kind of figure) is the rule set's: checks/reports.py (B012, B014)
        "allow_unknown": {"type": ["number", "string"], "nullable": True},
    }},
}}

# What a row of an annex holds besides the figures of its form's columns.
ANNEX_ROW_KEYS = tuple(ANNEX["schema"]["dong"]["schema"]["schema"])

SCORE = {"type": "dict", "schema": {
    "ma": dict(REQ_CODE, regex=CRITERION),
    "tu_cham": dict(NUMBER, required=True, min=0),
    "tai_lieu_kiem_chung": TEXTS,
    "giai_trinh": TEXT,
}}


def _table(item: dict, required: bool = True) -> dict:
    """A list of items written inline, or the name of a YAML file beside the document."""
    return {"type": "list", "required": required, "minlength": 1, "schema": item}


# The schemas of the document kinds, each named by its kind (kinds/<kind>.py ``schema``).
PLAN = dict(COMMON, ke_hoach_tinh=REFERENCE, nhiem_vu=_table(TASK), phu_luc_nhiem_vu=TASK_ANNEX)
REPORT = dict(COMMON, ky=REQ_CODE, so_lieu_tu=DATE, so_lieu_den=DATE, so_lieu_uoc_tinh={"type": "boolean"},
              ke_hoach=REFERENCE,
              tien_do=_table(PROGRESS, required=False), phu_luc=_table(ANNEX, required=False))
PAR = dict(COMMON, bo_tieu_chi=dict(REQ_TEXT, regex=IDENT), diem=_table(SCORE))

# Fields that may name a YAML file beside the document instead of holding the list.
TABLE_FIELDS = {kind.id: kind.table_fields for kind in KINDS.values()}

UNIT = {
    "ma_dinh_danh": CODE,
    "ten": REQ_TEXT,
    "ten_ngan": REQ_TEXT,
    "viet_tat": dict(REQ_CODE, regex=r"[0-9A-Za-zĐđ&]+"),
    "ten_khac": TEXTS,
    "loai": dict(REQ_TEXT, regex=IDENT),
    "cap_tren": UNIT_ID,
    "phu_trach_linh_vuc": {"type": "list", "coerce": "listify", "schema": {"type": "string", "regex": IDENT}},
    "co_quan_chu_quan": TEXTS,
    "ten_in": TEXTS,
    "thu_truong": PERSON,
    "nguoi_phu_trach": {"type": "list", "schema": PERSON},
    "hieu_luc_tu": REQ_DATE,
    "hieu_luc_den": DATE,
    "sap_nhap_vao": UNIT_ID,
    "ghi_chu": TEXT,
}

PROVINCE = {
    "ten": REQ_TEXT,
    "ten_day_du": REQ_TEXT,
    "dia_danh": REQ_TEXT,
    "ma_hanh_chinh": CODE,
    "co_quan_thuong_truc": dict(UNIT_ID, required=True),
    "ubnd_tinh": dict(UNIT_ID, required=True),
    "co_quan_chu_quan": TEXTS,
    "trang_web": {"type": "dict", "schema": {"tieu_de": TEXT, "lien_he": TEXT, "dia_chi": TEXT}},
}

DEADLINE = {"type": "dict", "nullable": True, "schema": {
    "ngay": REQ_CODE,
    "cach_tinh": {"type": "string", "required": True, "allowed": list(DEADLINE_KINDS)},
}}


# A column of an annex form: its label (the shorthand), or its label, the kind of figure it holds and what
# it counts (formulas.Column).
ANNEX_COLUMN = {"type": ["string", "dict"], "empty": False, "schema": {
    "ten": REQ_TEXT,
    "kieu": {"type": "string", "allowed": list(COLUMN_KINDS)},
    "don_vi_tinh": TEXT,
    "tuy_chon": {"type": "boolean"},      # a unit may leave the column out
    "mac_dinh": NUMBER,                   # what a blank cell counts as ("0 when not reported")
}}


def _by_id(item: dict, key_regex: str = IDENT) -> dict:
    """A collection keyed by id; ``null`` removes an inherited entry."""
    return {"type": "dict", "keysrules": {"type": "string", "regex": key_regex},
            "valuesrules": dict(item, nullable=True)}


RULES = {
    "extends": dict(YEAR),
    "nam": dict(YEAR, required=True),
    "ten": TEXT,
    "can_cu": TEXTS,
    "linh_vuc": _by_id({"type": "dict", "schema": {
        "ten": REQ_TEXT, "bat_buoc": {"type": "boolean"}, "thu_tu": {"type": "integer"}, "tu_khoa": TEXTS}}),
    "loai_van_ban": _by_id({"type": "dict", "schema": {
        "ten": REQ_TEXT, "viet_tat": dict(REQ_CODE, regex=r"[A-Za-zĐđ]+")}}),
    "han_ke_hoach": DEADLINE,
    "bao_cao_thang": {"type": "boolean"},
    "ky_bao_cao": _by_id({"type": "dict", "schema": {
        "ten": REQ_TEXT, "thang_cuoi": {"type": "integer", "required": True, "min": 1, "max": 12},
        "so_lieu_tu": CODE, "so_lieu_den": CODE, "han": DEADLINE,
        "loai_don_vi": {"type": "list", "schema": {"type": "string", "regex": IDENT}},
        "don_vi": {"type": "list", "schema": UNIT_ID},
        "phu_trach_linh_vuc": {"type": "boolean"}}}),
    "muc_bao_cao": _by_id({"type": "dict", "schema": {"ten": REQ_TEXT, "tieu_de": dict(TEXTS, minlength=1)}}),
    "loai_don_vi": _by_id({"type": "dict", "schema": {
        "ten": REQ_TEXT,
        "van_ban": {"type": "list", "schema": {"type": "string", "allowed": list(DOCUMENT_KINDS)}},
        "bao_cao_cho": {"type": "string", "regex": r"cap_tren|" + SLUG},
        "tham_dinh_boi": {"type": "string", "regex": r"cap_tren|hoi_dong_tinh|" + SLUG},
        "bo_tieu_chi": {"type": "string", "regex": IDENT},
        "tham_quyen_ky": {"type": "list", "coerce": "listify", "schema": {"type": "string", "regex": AUTHORITY}},
        "chuc_vu_ky": TEXT,
    }}),
    "phu_luc": _by_id({"type": "dict", "schema": {
        "ten": REQ_TEXT,
        "cot": {"type": "dict", "required": True, "keysrules": {"type": "string", "regex": IDENT},
                "valuesrules": ANNEX_COLUMN},
        "cong_thuc": TEXTS,
    }}, key_regex=r"[0-9A-Za-z]+(-[0-9A-Za-z]+)*"),
    "phu_luc_bat_buoc": {"type": "list", "schema": {"type": "dict", "schema": {
        "loai_don_vi": {"type": "string", "regex": IDENT},
        "don_vi": UNIT_ID,
        "ky": dict(TEXTS, required=True),
        "phu_luc": dict(TEXTS, required=True),
    }}},
    "nhom_co_quan": _by_id({"type": "dict", "schema": {
        "ten": dict(TEXTS, required=True, minlength=1),
        "loai_don_vi": {"type": "list", "schema": {"type": "string", "regex": IDENT}},
    }}),
    "bo_tieu_chi": _by_id({"type": "string", "regex": TABLE_FILE}),
    "han_tu_danh_gia": _by_id(DEADLINE),
    "muc_do": {"type": "dict", "keysrules": {"type": "string", "regex": FINDING_CODE},
               "valuesrules": {"type": "string", "allowed": list(SEVERITY_WORDS)}},
}

WAIVERS = {
    "mien_tru": {"type": "list", "required": True, "schema": {"type": "dict", "schema": {
        "ma": dict(REQ_CODE, regex=FINDING_CODE),
        "van_ban": dict(REQ_TEXT, regex=r"(units|content)/.+"),
        "ly_do": REQ_TEXT,
        "nguoi_duyet": REQ_TEXT,
        "ngay_duyet": DATE,
        "het_han": REQ_DATE,
    }}},
}

CRITERIA = {
    "ten": REQ_TEXT,
    "tieu_chi": {"type": "list", "required": True, "minlength": 1, "schema": {"type": "dict", "schema": {
        "ma": dict(REQ_CODE, regex=CRITERION),
        "ten": REQ_TEXT,
        "diem_toi_da": dict(NUMBER, required=True, min=0),
        "tu_cham": {"type": "boolean"},
    }}},
}

# Each file kind: its schema and its name for messages (vi, en).
SCHEMAS = {
    "province": (PROVINCE, "thông tin tỉnh", "province"),
    "rules": (RULES, "bộ quy tắc", "rule set"),
    "criteria": (CRITERIA, "bộ tiêu chí Chỉ số CCHC", "PAR criteria set"),
    "unit": (UNIT, "tệp đơn vị", "unit"),
    "waivers": (WAIVERS, "danh sách miễn trừ", "waivers"),
    **{kind.id: (globals()[kind.schema], *kind.name) for kind in KINDS.values()},
}
