"""A compiled fast path for the Cerberus schemas.

Cerberus stays the judge: a file that this fast path does not accept is validated by
Cerberus, whose error codes become findings. The fast path only answers "valid, and
here is the normalised document" for the common case, several times faster. Its
agreement with Cerberus is a tested property (tests/test_fastcheck.py).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from .coercions import COERCIONS
from .schemas import SCHEMAS


class Invalid(Exception):
    pass


def _coercer(name):
    return COERCIONS[name]            # the same coercions as the Cerberus validator


def _type_test(kind):
    tests = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "float": lambda v: isinstance(v, float),
        "boolean": lambda v: isinstance(v, bool),
        "list": lambda v: isinstance(v, list),
        "dict": lambda v: isinstance(v, Mapping),
        "date": lambda v: isinstance(v, dt.date),
    }
    if isinstance(kind, list):
        parts = [tests[k] for k in kind]
        return lambda v: any(t(v) for t in parts)
    return tests[kind]


# The Cerberus rules this fast path implements. A schema using any other rule cannot be compiled
# (fail closed): accepting what Cerberus would refuse is the one mistake the fast path may not make.
IMPLEMENTED = frozenset({"type", "coerce", "nullable", "empty", "allowed", "regex", "min", "max", "minlength",
                         "required", "schema", "keysrules", "valuesrules", "allow_unknown"})


class NotImplementedRule(Exception):
    """A schema uses a Cerberus rule the fast path does not implement."""


def compile_rule(rule: dict, partial: bool = False):
    """A function value -> normalised value that raises Invalid where Cerberus would object."""
    unknown = set(rule) - IMPLEMENTED
    if unknown:
        raise NotImplementedRule(f"the fast path does not implement {sorted(unknown)}; implement them in "
                                 f"fastcheck.compile_rule or leave the schema to Cerberus")
    coerce = _coercer(rule["coerce"]) if "coerce" in rule else None
    nullable = rule.get("nullable", False)
    type_ok = _type_test(rule["type"]) if "type" in rule else None
    no_empty = rule.get("empty", True) is False
    allowed = set(rule["allowed"]) if "allowed" in rule else None
    regex = re.compile(rule["regex"] + r"\Z") if "regex" in rule else None
    low, high, minlength = rule.get("min"), rule.get("max"), rule.get("minlength")
    inner = _inner(rule, partial)

    def check(value):
        if coerce is not None:
            value = coerce(value)
        if value is None:
            if nullable:
                return None
            raise Invalid
        if type_ok is not None and not type_ok(value):
            raise Invalid
        if no_empty and isinstance(value, (str, list, dict)) and len(value) == 0:
            raise Invalid
        if allowed is not None:
            if isinstance(value, list):
                if not all(v in allowed for v in value):
                    raise Invalid
            elif value not in allowed:
                raise Invalid
        if regex is not None and isinstance(value, str) and not regex.match(value):
            raise Invalid
        if low is not None and value < low or high is not None and value > high:
            raise Invalid
        if minlength is not None and len(value) < minlength:
            raise Invalid
        return inner(value) if inner is not None else value
    return check


def _inner(rule: dict, partial: bool):
    kind = rule.get("type")
    if isinstance(kind, list) and any(k in ("list", "dict") for k in kind) and (
            {"schema", "keysrules", "valuesrules", "allow_unknown"} & set(rule)):
        if not (set(kind) == {"string", "dict"} and "schema" in rule and not {"keysrules", "valuesrules"} & set(rule)):
            raise NotImplementedRule(f"the fast path implements a container among several types only as "
                                     f"[string, dict] with a schema, not {kind}")
        mapping = compile_mapping(rule["schema"], rule.get("allow_unknown", False), partial)
        return lambda value: mapping(value) if isinstance(value, Mapping) else value   # text: as it is
    if kind == "list" and "schema" in rule:
        item = compile_rule(rule["schema"], partial)
        return lambda value: [item(v) for v in value]
    if kind == "dict" and "schema" in rule:
        return compile_mapping(rule["schema"], rule.get("allow_unknown", False), partial)
    if kind == "dict" and ("keysrules" in rule or "valuesrules" in rule):
        keys = compile_rule(rule["keysrules"], partial) if "keysrules" in rule else (lambda k: k)
        values = compile_rule(rule["valuesrules"], partial) if "valuesrules" in rule else (lambda v: v)
        return lambda value: {keys(k): values(v) for k, v in value.items()}
    return None


def compile_mapping(fields: dict, allow_unknown=False, partial: bool = False):
    checks = {name: compile_rule(rule, partial) for name, rule in fields.items()}
    required = [name for name, rule in fields.items() if rule.get("required") and not partial]
    unknown = compile_rule(allow_unknown, partial) if isinstance(allow_unknown, dict) else None

    def check(value):
        if not isinstance(value, Mapping):
            raise Invalid
        out = {}
        for key, item in value.items():
            test = checks.get(key)
            if test is not None:
                out[key] = test(item)
            elif unknown is not None:
                out[key] = unknown(item)
            elif allow_unknown is True:
                out[key] = item
            else:
                raise Invalid
        for name in required:
            if name not in value:
                raise Invalid
        return out
    return check


_COMPILED: dict = {}


def accept(kind: str, data, partial: bool = False):
    """The normalised document if it is valid, else None (then ask Cerberus why)."""
    key = (kind, partial)
    if key not in _COMPILED:
        _COMPILED[key] = compile_mapping(SCHEMAS[kind][0], partial=partial)
    try:
        return _COMPILED[key](data)
    except (Invalid, TypeError):
        return None
