"""Shape checks with Cerberus, its errors mapped to findings through their error codes."""
from __future__ import annotations

import datetime as dt
import difflib

import cerberus
from cerberus import errors as ce

from . import coercions, fastcheck
from .findings import Collector, emits
from .outline import ascii_fold
from .schemas import SCHEMAS
from .yamlpos import raw_text


class Validator(cerberus.Validator):
    types_mapping = dict(cerberus.Validator.types_mapping,
                         date=cerberus.TypeDefinition("date", (dt.date,), ()),
                         integer=cerberus.TypeDefinition("integer", (int,), (bool,)))  # true is no year

    def _normalize_coerce_date(self, value):
        return coercions.date(value)

    def _normalize_coerce_code(self, value):
        return coercions.code(value)

    def _normalize_coerce_listify(self, value):
        return coercions.listify(value)


_VALIDATORS: dict[str, Validator] = {}


def validator(kind: str) -> Validator:
    if kind not in _VALIDATORS:
        _VALIDATORS[kind] = Validator(SCHEMAS[kind][0])
    return _VALIDATORS[kind]


TYPE_NAMES = {
    "string": ("chữ", "text"), "integer": ("số nguyên", "a whole number"), "number": ("số", "a number"),
    "float": ("số", "a number"), "boolean": ("true hoặc false", "true or false"),
    "list": ("danh sách (mỗi phần tử một dòng bắt đầu bằng \"- \")", "a list (one \"- \" line per item)"),
    "dict": ("nhóm các dòng \"khóa: giá trị\"", "a group of \"key: value\" lines"), "date": ("ngày", "a date"),
}


def _describe(value) -> tuple[str, str]:
    if value is None:
        return "để trống", "empty"
    if isinstance(value, bool):
        return "đúng/sai", "true/false"
    if isinstance(value, (int, float)):
        return f"số {raw_text(value)}", f"the number {raw_text(value)}"
    if isinstance(value, str):
        return f"chữ \"{value[:40]}\"", f"the text \"{value[:40]}\""
    if isinstance(value, list):
        return "một danh sách", "a list"
    if isinstance(value, dict):
        return "một nhóm khóa: giá trị", "a mapping"
    return type(value).__name__, type(value).__name__


def field_name(path) -> str:
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += ("." if text else "") + str(part)
    return text or "(toàn bộ)"


_FORMATS = {
    "\\d{1,5}/": ("số, ký hiệu văn bản", "document number and symbol", "03/KH-STP"),
    "[a-z0-9]+(-[a-z0-9]+)*": ("mã đơn vị (chữ thường không dấu, nối bằng dấu gạch)", "unit id", "so-tu-phap"),
    "(TM|KT|Q|TL|TUQ)": ("thẩm quyền ký", "signing authority", "KT. GIÁM ĐỐC"),
    "[^@": ("thư điện tử", "e-mail address", "ten@hoalam.gov.vn"),
    "\\d+(\\.\\d+)*": ("mã tiêu chí", "criterion code", "\"1.2.3\""),
    "[a-z0-9_]+": ("mã (chữ thường không dấu, nối bằng dấu gạch dưới)", "identifier", "the_che"),
    ".+\\.ya?ml": ("tên tệp YAML", "YAML file name", "par/so-nganh.yml"),
}


def _format_of(regex: str):
    for prefix, described in _FORMATS.items():
        if regex.startswith(prefix) or prefix in regex:
            return described
    return ("quy định", "expected format", regex)


def _leaves(errors):
    for error in errors:
        if error.is_group_error:
            yield from _leaves(error.child_errors)
        else:
            yield error


def check(kind: str, data: dict, positions, out: Collector, partial: bool = False) -> dict | None:
    """Validate ``data`` against the schema of ``kind``; return the normalised document.

    ``partial`` skips required fields: a rule set that extends another says only what changes.
    """
    fast = fastcheck.accept(kind, data, partial)
    if fast is not None:
        return fast
    schema, kind_vi, kind_en = SCHEMAS[kind]
    v = validator(kind)
    ok = v.validate(data, update=partial)
    if ok:
        return v.document
    seen = set()
    for error in _leaves(v._errors):  # the error objects, with their codes (not the English messages)
        path = tuple(error.document_path)
        key = (path, error.code)
        if key in seen:
            continue
        seen.add(key)
        _emit(error, path, positions, out, kind_vi, kind_en, schema)
    return None


@emits("CCHC-S001", "CCHC-S002", "CCHC-S003", "CCHC-S004", "CCHC-S005", "CCHC-S006", "CCHC-S007", "CCHC-S008", "CCHC-S009")
def _emit(error, path, positions, out: Collector, kind_vi: str, kind_en: str, schema_root: dict) -> None:
    name = field_name(path)
    code = error.code
    value = error.value
    if code == ce.REQUIRED_FIELD.code:
        parent = path[:-1]
        where = f" trong {field_name(parent)}" if parent else ""
        rule = error.constraint if isinstance(error.constraint, dict) else {}
        expected = TYPE_NAMES.get(rule.get("type", "string"), ("giá trị", "a value"))
        out.at("CCHC-S001", positions.of(parent), field=name, where=where,
               where_en=f" in {field_name(parent)}" if parent else "",
               expected=expected[0], expected_en=expected[1])
    elif code == ce.UNKNOWN_FIELD.code:
        known = _keys_at(schema_root, error.document_path[:-1])
        close = difflib.get_close_matches(ascii_fold(str(path[-1])), known, n=1, cutoff=0.6)
        if " " in str(path[-1]) or "," in str(path[-1]):
            suggestion = ("Có vẻ đây là phần sau dấu phẩy của giá trị đứng trước: trong ngoặc { } hoặc [ ], "
                          "giá trị có dấu phẩy phải đặt trong dấu nháy kép, ví dụ ten: \"Chỉ đạo, điều hành\".")
            suggestion_en = ("This looks like the part after a comma of the previous value: inside { } or [ ], "
                             "quote values that contain commas.")
        elif close:
            suggestion = f"Có phải ý là \"{close[0]}\"? Nếu đúng, sửa lại tên trường; nếu không, xóa dòng này."
            suggestion_en = f"Did you mean \"{close[0]}\"? Rename it, or remove the line."
        else:
            suggestion = "Xóa dòng này hoặc kiểm tra lại tên trường trong hướng dẫn."
            suggestion_en = "Remove the line, or check the field name in the guide."
        out.at("CCHC-S002", positions.of(path, key=True), field=name, kind=kind_vi, kind_en=kind_en,
               suggestion=suggestion, suggestion_en=suggestion_en)
    elif code == ce.BAD_TYPE.code:
        types = error.constraint if isinstance(error.constraint, list) else [error.constraint]
        if "date" in types:
            out.at("CCHC-S009", positions.of(path), field=name, value=raw_text(value))
            return
        expected = " hoặc ".join(TYPE_NAMES.get(t, (t, t))[0] for t in types)
        expected_en = " or ".join(TYPE_NAMES.get(t, (t, t))[1] for t in types)
        found, found_en = _describe(value)
        out.at("CCHC-S003", positions.of(path), field=name, expected=expected, expected_en=expected_en,
               found=found, found_en=found_en)
    elif code in (ce.EMPTY_NOT_ALLOWED.code, ce.NOT_NULLABLE.code):
        out.at("CCHC-S004", positions.of(path), field=name)
    elif code in (ce.UNALLOWED_VALUE.code, ce.UNALLOWED_VALUES.code):
        out.at("CCHC-S005", positions.of(path), field=name, value=value,
               allowed=", ".join(str(a) for a in error.constraint))
    elif code == ce.REGEX_MISMATCH.code:
        fmt_vi, fmt_en, example = _format_of(error.constraint)
        out.at("CCHC-S006", positions.of(path), field=name, value=raw_text(value), format=fmt_vi,
               format_en=fmt_en, example=example)
    elif code in (ce.MIN_VALUE.code, ce.MAX_VALUE.code):
        low = code == ce.MIN_VALUE.code
        out.at("CCHC-S007", positions.of(path), field=name, value=raw_text(value),
               bound=("không nhỏ hơn " if low else "không lớn hơn ") + str(error.constraint),
               bound_en=("at least " if low else "at most ") + str(error.constraint))
    elif code in (ce.MIN_LENGTH.code, ce.MAX_LENGTH.code):
        low = code == ce.MIN_LENGTH.code
        out.at("CCHC-S008", positions.of(path), field=name, count=len(value) if value is not None else 0,
               bound=("có ít nhất " if low else "có nhiều nhất ") + f"{error.constraint} phần tử",
               bound_en=("at least " if low else "at most ") + f"{error.constraint} items")
    else:
        out.at("CCHC-S003", positions.of(path), field=name, expected=error.rule or "?",
               expected_en=error.rule or "?", found=_describe(value)[0], found_en=_describe(value)[1])


def _keys_at(root: dict, path) -> list[str]:
    """Keys that the schema allows in the mapping at ``path`` (list indices included)."""
    rule = {"type": "dict", "schema": root}
    for part in path:
        if isinstance(part, int):
            rule = rule.get("schema") or {}
        elif "valuesrules" in rule:
            rule = rule["valuesrules"]
        else:
            rule = (rule.get("schema") or {}).get(part) or {}
    mapping = rule.get("schema")
    return list(mapping) if rule.get("type") == "dict" and isinstance(mapping, dict) else []
