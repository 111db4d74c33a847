"""Shape checks with Cerberus, its errors mapped to findings through their error codes."""
from __future__ import annotations

import datetime as dt
import difflib
import json

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


def _found(value) -> dict:
    """What a value of the wrong type is, as the args of CCHC-S003: the variant, and the value if it is shown."""
    if value is None:
        return {"variant": "empty"}
    if isinstance(value, bool):
        return {"variant": "bool"}
    if isinstance(value, (int, float)):
        return {"variant": "number", "value": raw_text(value)}
    if isinstance(value, str):
        return {"variant": "text", "value": value[:40]}
    if isinstance(value, list):
        return {"variant": "list"}
    if isinstance(value, dict):
        return {"variant": "mapping"}
    return {"value": type(value).__name__}


def _colon_text(value, path, positions, data) -> dict | None:
    """Text that YAML read as "key: value" because it has ": " in it ("- Lưu: VT, VP."): the args of
    CCHC-S003's variant "colon", with the text quoted as the fix; None for any other mapping. In a list
    written between [ ] on one line, the commas after it cut the text too ("[Sở A, Lưu: VT, VP.]"):
    the items that follow on the same line are part of it."""
    if not (isinstance(value, dict) and len(value) == 1):
        return None
    (key, rest), = value.items()
    if isinstance(rest, (dict, list)) or not isinstance(key, str):
        return None
    text = f"{key}: {raw_text(rest)}" if rest is not None else f"{key}:"
    parent = _at(data, path[:-1]) if path and isinstance(path[-1], int) else None
    if isinstance(parent, list):
        line = positions.of(path)[1]
        for index in range(path[-1] + 1, len(parent)):
            item = parent[index]
            if isinstance(item, (dict, list)) or positions.of((*path[:-1], index))[1] != line:
                break
            text += f", {raw_text(item)}"
    return {"variant": "colon", "value": text, "fixed": json.dumps(text, ensure_ascii=False)}


def _at(data, path):
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def field_name(path) -> str:
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += ("." if text else "") + str(part)
    return text or "(toàn bộ)"


_FORMATS = {  # the start of a schema's regex -> the format it stands for (catalogue TERMS["format"]), an example
    "\\d{1,5}/": ("symbol", "03/KH-STP"),
    "[a-z0-9]+(-[a-z0-9]+)*": ("unit_id", "so-tu-phap"),
    "(TM|KT|Q|TL|TUQ)": ("authority", "KT. GIÁM ĐỐC"),
    "[^@": ("email", "ten@hoalam.gov.vn"),
    "\\d+(\\.\\d+)*": ("criterion", "\"1.2.3\""),
    "[a-z0-9_]+": ("identifier", "the_che"),
    ".+\\.ya?ml": ("yaml_file", "par/so-nganh.yml"),
}


def _format_of(regex: str):
    for prefix, described in _FORMATS.items():
        if regex.startswith(prefix) or prefix in regex:
            return described
    return ("pattern", regex)


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
    schema = SCHEMAS[kind][0]
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
        _emit(error, path, positions, out, kind, schema, data)
    return None


@emits("CCHC-S001", "CCHC-S002", "CCHC-S003", "CCHC-S004", "CCHC-S005", "CCHC-S006", "CCHC-S007", "CCHC-S008", "CCHC-S009")
def _emit(error, path, positions, out: Collector, kind: str, schema_root: dict, data=None) -> None:
    name = field_name(path)
    code = error.code
    value = error.value
    if code == ce.REQUIRED_FIELD.code:
        parent = path[:-1]
        rule = error.constraint if isinstance(error.constraint, dict) else {}
        expected = rule.get("type", "string")
        if parent:
            out.at("CCHC-S001", positions.of(parent), field=name, expected=expected, variant="nested",
                   parent=field_name(parent))
        else:
            out.at("CCHC-S001", positions.of(parent), field=name, expected=expected)
    elif code == ce.UNKNOWN_FIELD.code:
        known = _keys_at(schema_root, error.document_path[:-1])
        close = difflib.get_close_matches(ascii_fold(str(path[-1])), known, n=1, cutoff=0.6)
        if " " in str(path[-1]) or "," in str(path[-1]):
            out.at("CCHC-S002", positions.of(path, key=True), field=name, kind=kind, variant="comma")
        elif close:
            out.at("CCHC-S002", positions.of(path, key=True), field=name, kind=kind, variant="close", close=close[0])
        else:
            out.at("CCHC-S002", positions.of(path, key=True), field=name, kind=kind)
    elif code == ce.BAD_TYPE.code:
        types = error.constraint if isinstance(error.constraint, list) else [error.constraint]
        if "date" in types:
            out.at("CCHC-S009", positions.of(path), field=name, value=raw_text(value))
            return
        found = _colon_text(value, path, positions, data) if "string" in types else None
        out.at("CCHC-S003", positions.of(path), field=name, expected=list(types), **(found or _found(value)))
    elif code in (ce.EMPTY_NOT_ALLOWED.code, ce.NOT_NULLABLE.code):
        out.at("CCHC-S004", positions.of(path), field=name)
    elif code in (ce.UNALLOWED_VALUE.code, ce.UNALLOWED_VALUES.code):
        out.at("CCHC-S005", positions.of(path), field=name, value=value,
               allowed=", ".join(str(a) for a in error.constraint))
    elif code == ce.REGEX_MISMATCH.code:
        fmt, example = _format_of(error.constraint)
        out.at("CCHC-S006", positions.of(path), field=name, value=raw_text(value), format=fmt, example=example)
    elif code in (ce.MIN_VALUE.code, ce.MAX_VALUE.code):
        out.at("CCHC-S007", positions.of(path), field=name, value=raw_text(value),
               variant="min" if code == ce.MIN_VALUE.code else "max", limit=error.constraint)
    elif code in (ce.MIN_LENGTH.code, ce.MAX_LENGTH.code):
        out.at("CCHC-S008", positions.of(path), field=name, count=len(value) if value is not None else 0,
               variant="min" if code == ce.MIN_LENGTH.code else "max", limit=error.constraint)
    else:
        out.at("CCHC-S003", positions.of(path), field=name, expected=error.rule or "?", **_found(value))


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
    kinds = rule.get("type") if isinstance(rule.get("type"), list) else [rule.get("type")]
    return list(mapping) if "dict" in kinds and isinstance(mapping, dict) else []
