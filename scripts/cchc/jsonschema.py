"""JSON Schema for editors (yaml-language-server), generated from the Cerberus schemas."""
from __future__ import annotations

import json
from pathlib import Path

from .fielddocs import describe
from .kinds import KINDS, PLAN
from .schemas import SCHEMAS, TASK

_TYPES = {"string": "string", "integer": "integer", "number": "number", "float": "number",
          "boolean": "boolean", "list": "array", "dict": "object"}
_DATE = r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})$"

# File name and title of each published schema.
FILES = {
    "province": ("province.schema.json", "Thông tin tỉnh (content/province.yml)"),
    "rules": ("rules.schema.json", "Bộ quy tắc CCHC năm (content/rules/<năm>.yml)"),
    "criteria": ("criteria.schema.json", "Bộ tiêu chí Chỉ số CCHC (content/rules/par/*.yml)"),
    "unit": ("unit.schema.json", "Tệp đơn vị (units/<mã đơn vị>/unit.yml)"),
    "waivers": ("waivers.schema.json", "Danh sách miễn trừ cảnh báo (content/waivers.yml)"),
    **{kind.id: kind.json_schema for kind in KINDS.values()},
}


def rule_to_json(rule: dict, kind: str = "", path: str = "") -> dict:
    """``kind`` and ``path`` (as fielddocs.describe writes it) give the nested fields their descriptions."""
    out: dict = {}
    kind_of_value = rule.get("type")
    if kind_of_value == "date":
        out = {"type": "string", "pattern": _DATE}
    elif isinstance(kind_of_value, list):
        out["type"] = sorted({_TYPES[k] for k in kind_of_value})
    elif kind_of_value:
        out["type"] = _TYPES[kind_of_value]
    if rule.get("coerce") == "code":
        out["type"] = ["number", "string"]
    if kind_of_value == "list":
        items = rule_to_json(rule.get("schema", {}), kind, path + "[]")
        if rule.get("coerce") == "listify":
            return _nullable({"anyOf": [items, {"type": "array", "items": items}]}, rule)
        out["items"] = items
        if "minlength" in rule:
            out["minItems"] = rule["minlength"]
    if isinstance(kind_of_value, list) and "dict" in kind_of_value and "schema" in rule:
        out.update(_object(rule["schema"], kind, path + "."))      # (JSON Schema applies them to objects only)
    if kind_of_value == "dict":
        if "schema" in rule:
            out.update(_object(rule["schema"], kind, path + "."))
        if "valuesrules" in rule:
            out["additionalProperties"] = _described(describe(kind, path + ".<mã>"),
                                                     rule_to_json(rule["valuesrules"], kind, path + ".<mã>"))
        if "keysrules" in rule and "regex" in rule["keysrules"]:
            out["propertyNames"] = {"pattern": "^(" + rule["keysrules"]["regex"] + ")$"}
        if isinstance(rule.get("allow_unknown"), dict):
            out["additionalProperties"] = _described(describe(kind, path + ".<mã>"),
                                                     rule_to_json(rule["allow_unknown"], kind, path + ".<mã>"))
    if "allowed" in rule:
        out["enum"] = list(rule["allowed"])
    if "regex" in rule and kind_of_value != "date":
        out["pattern"] = "^(" + rule["regex"] + ")$"
    if "min" in rule:
        out["minimum"] = rule["min"]
    if "max" in rule:
        out["maximum"] = rule["max"]
    if rule.get("empty") is False and out.get("type") == "string":
        out["minLength"] = 1
    return _nullable(out, rule)


def _nullable(out: dict, rule: dict) -> dict:
    return {"anyOf": [out, {"type": "null"}]} if rule.get("nullable") else out


def _described(text: str, schema: dict) -> dict:
    return {"description": text, **schema} if text else schema


def _object(fields: dict, kind: str = "", prefix: str = "") -> dict:
    return {
        "properties": {name: _described(describe(kind, prefix + name), rule_to_json(rule, kind, prefix + name))
                       for name, rule in fields.items()},
        "required": [name for name, rule in fields.items() if rule.get("required")],
        "additionalProperties": False,
    }


def schema_for(kind: str) -> dict:
    name, title = FILES[kind]
    body = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": name, "title": title,
            "type": "object"}
    body.update(_object(SCHEMAS[kind][0], kind))
    return body


def tasks_schema() -> dict:
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "tasks.schema.json",
            "title": "Bảng nhiệm vụ của kế hoạch (tệp YAML đặt cạnh kế hoạch)",
            "type": "array", "items": rule_to_json(TASK, PLAN.id, "nhiem_vu[]")}


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    documents = [(FILES[k][0], schema_for(k)) for k in FILES] + [("tasks.schema.json", tasks_schema())]
    for name, body in documents:
        path = folder / name
        path.write_text(json.dumps(body, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8")
        written.append(path)
    return written
