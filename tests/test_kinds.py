"""Document kinds (kinds/): every kind declares everything the package needs of it, the registry
agrees with the schemas and the templates, every kind's skeleton is what `cchc check` expects, and
no module outside kinds/ spells a kind out but the few listed below."""
import ast
import dataclasses
import re

import pytest
import yaml

from cchc import jsonschema, schemas
from cchc.kinds import BY_COMMAND, KINDS, DocumentKind, resolve

from conftest import ROOT
from test_new import _check, _front, _new, sample  # noqa: F401  (sample: the fixture)

PACKAGE = ROOT / "scripts" / "cchc"

# Fields a kind may leave None, each with what None means.
OPTIONAL = {
    "annexes": "no annex is printed",
    "annex_tables": "no annex table to measure",
    "deadline": "no deadline in the rule set: not a duty",
    "plan_reference": "it names no plan",
    "recipient": "no body it must be addressed to",
}

# Modules that may spell a kind's id ("ke_hoach", "bao_cao", "tu_danh_gia") in a string, and why.
# Everywhere else a kind is read from kinds.KINDS, or named (kinds.PLAN, kinds.REPORT, ...).
ALLOWED_SPELLINGS = {
    "checks/plans.py": "the checks of plans: the plan's own logic",
    "checks/reports.py": "the checks of reports: the report's own logic",
    "consolidate.py": "the standing agency's consolidated report is a report, built from the units' reports",
    "catalogue.py": "a message (CCHC-S011) tells authors the values they may write in loai",
    "fielddocs.py": "descriptions of authored keys: the values of loai, keys scoped to a kind "
                    "(bao_cao:tien_do[]), and a report's field named ke_hoach",
    "site/opendata.py": "bao_cao there is a column of the open data (a task's report), not a kind",
}
_SPELLED = re.compile(r"(?<![A-Za-z0-9_])(" + "|".join(map(re.escape, KINDS)) + r")(?![A-Za-z0-9_])")


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_every_kind_declares_every_field(kind):
    assert isinstance(kind, DocumentKind)
    for field in dataclasses.fields(DocumentKind):
        value = getattr(kind, field.name)
        if value is None:
            assert field.name in OPTIONAL, field.name
        elif isinstance(value, bool):
            continue
        elif not isinstance(value, int):
            assert value, field.name
    assert kind.deadline_per in ("year", "period", "unit_kind")
    assert kind.periodic == (kind.deadline_per == "period") == ("{period}" in kind.file_name)
    assert all(len(names) == 2 and all(names) for names in (kind.command, kind.name, kind.title))
    assert kind.path_name("quy_1").endswith(".md") and "_" not in kind.path_name("quy_1")
    assert kind.plan_reference is None or kind.plan_reference[1] in ("province", "unit")


def test_the_registry_is_one_entry_per_kind_in_order():
    kinds = list(KINDS.values())
    assert [k.order for k in kinds] == sorted(k.order for k in kinds)
    for attribute in ("order", "command", "file_name", "template", "json_schema"):
        values = [getattr(k, attribute) for k in kinds]
        assert len(set(values)) == len(values), attribute
    assert {k.command[0]: k.id for k in BY_COMMAND.values()} == {k.command[0]: k.id for k in kinds}


def test_the_registry_is_what_the_schemas_know():
    assert tuple(KINDS) == schemas.DOCUMENT_KINDS
    assert schemas.COMMON["loai"]["allowed"] == list(KINDS)
    for kind in KINDS.values():
        schema = getattr(schemas, kind.schema)
        assert schemas.SCHEMAS[kind.id] == (schema, *kind.name)
        assert kind.id in jsonschema.FILES
        for field in kind.table_fields:
            assert schema[field]["type"] == "list", field
        for list_name, key in kind.unique:
            assert key in schema[list_name]["schema"]["schema"], (list_name, key)
        if kind.plan_reference:
            assert kind.plan_reference[0] in schema


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_every_kind_has_its_template(kind):
    assert (PACKAGE / "templates" / "render" / kind.template).is_file()


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_what_a_kind_names_is_a_function_of_the_core(kind):
    for name in filter(None, (kind.skeleton, kind.annexes, kind.annex_tables)):
        assert callable(resolve(name)), name
        assert not name.startswith(("render.", "site.", "cli", "commands.")), name   # kinds sit in the core


# A unit of the sample workspace that owes each kind (and the period of a periodic one).
SAMPLES = {"plan": ("so-tu-phap", ""), "report": ("so-tu-phap", "quy_3"), "par": ("xa-an-hoa", "")}


def test_every_kind_has_a_sample_below():
    assert set(SAMPLES) == set(BY_COMMAND)


@pytest.mark.parametrize("command", list(SAMPLES))
def test_every_skeleton_is_what_check_expects(sample, capsys, command):  # noqa: F811
    """Fresh from `cchc new`, a skeleton is reported only where the author must write: its number and
    date, then (numbered and dated) the values and sections left empty, and the annex figures left blank
    (once per annex, as information)."""
    kind = BY_COMMAND[command]
    uid, period = SAMPLES[command]
    rel = f"units/{uid}/2026/{kind.path_name(period)}"
    (sample / rel).unlink(missing_ok=True)
    argv = (command, "--unit", uid, "--year", "2026") + (("--period", period) if period else ())
    assert _new(capsys, sample, *argv)[0] == 0
    path = sample / rel
    assert _front(path)["loai"] == kind.id
    lines = path.read_text(encoding="utf-8").split("\n")
    found = _check(capsys, sample, rel)
    assert {code for code, _ in found} == {"CCHC-S004", "CCHC-S009"}
    assert {code for code, line in found if lines[line - 1].startswith(("so_ky_hieu:", "ngay_ban_hanh:"))} \
        == {"CCHC-S004", "CCHC-S009"}
    unit = yaml.safe_load((sample / f"units/{uid}/unit.yml").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8").replace("so_ky_hieu: ''", f"so_ky_hieu: 150/{kind.abbr}-{unit['viet_tat']}")
    path.write_text(text.replace("ngay_ban_hanh: ''", "ngay_ban_hanh: 2026-09-14"), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").split("\n")
    for code, line in _check(capsys, sample, rel):
        assert (code == "CCHC-S004" and "''" in lines[line - 1]) or \
            (code == "CCHC-B002" and lines[line - 1].startswith("# ")) or \
            (code == "CCHC-B015" and lines[line - 1].startswith("  - ma: ")), (code, lines[line - 1])


def _spellings() -> dict[str, list[str]]:
    """Module -> the strings (docstrings aside) that spell a kind's id, outside kinds/."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if {"templates", "skeleton", "kinds"} & set(rel.parts):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr)
                      and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                    and _SPELLED.search(node.value)):
                found.setdefault(rel.as_posix(), []).append(f"{node.lineno}: {node.value[:60]}")
    return found


def test_kinds_are_spelled_out_only_in_kinds_and_the_listed_modules():
    found = _spellings()
    assert {module: lines for module, lines in found.items() if module not in ALLOWED_SPELLINGS} == {}


def test_the_listed_modules_still_spell_a_kind():
    assert sorted(set(ALLOWED_SPELLINGS) - set(_spellings())) == []
