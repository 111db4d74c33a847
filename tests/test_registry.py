"""Every finding code is declared where it is reported (`findings.emits`), read from the code itself
(ast): a function that writes a code declares it, no function declares a code it does not write, every
catalogue code is declared; and the registry of checks (checks/__init__.py) claims every catalogue code
exactly once, with a check living where the code is reported."""
import ast
import re
from collections import defaultdict

from cchc.catalogue import CATALOGUE
from cchc.checks import REGISTRY, WORKSPACE_CHECKS
from cchc.findings import ANY, FILE, FINDINGS, RENDER, WORKSPACE

from conftest import ROOT

PACKAGE = ROOT / "scripts" / "cchc"
CODE = re.compile(r"CCHC-[A-Z]\d{3}\Z")
def _codes(node) -> set[str]:
    return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and CODE.match(n.value)}


def _modules():
    """(module name, {function name: (codes written, codes declared)}, codes written at module level)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if {"templates", "skeleton"} & set(path.relative_to(PACKAGE).parts) or path.name == "catalogue.py":
            continue
        name = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {target.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
                     and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
                     for target in node.targets if isinstance(target, ast.Name)}
        functions, inside = {}, set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                declared = set()
                for decorator in node.decorator_list:
                    if isinstance(decorator, ast.Call) and getattr(decorator.func, "id", "") == "emits":
                        declared |= {a.value if isinstance(a, ast.Constant) else constants[a.id] for a in decorator.args}
                body = ast.Module(body=node.body, type_ignores=[])
                functions[f"{node.name}:{node.lineno}"] = (_codes(body), declared)
                inside |= {id(n) for part in (body, *node.decorator_list) for n in ast.walk(part)}
        claims = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "Check"]
        inside |= {id(n) for claim in claims for n in ast.walk(claim)}   # a check's claim is not a report
        top = {n.value for n in ast.walk(tree) if id(n) not in inside and isinstance(n, ast.Constant)
               and isinstance(n.value, str) and CODE.match(n.value)}
        yield name, functions, top


def test_a_function_declares_exactly_the_codes_it_writes():
    wrong = []
    for module, functions, top in _modules():
        for function, (written, declared) in functions.items():
            if not written <= declared or not declared <= written | top:
                wrong.append((module, function, sorted(written), sorted(declared)))
    assert wrong == []


def test_codes_written_outside_functions_are_declared_in_their_module():
    wrong = []
    for module, functions, top in _modules():
        declared = set().union(*(d for _, d in functions.values())) if functions else set()
        wrong += [(module, code) for code in top - declared]
    assert wrong == []


def test_every_catalogue_code_is_declared_and_no_other():
    declared = set()
    for _, functions, _ in _modules():
        for _, codes in functions.values():
            declared |= codes
    assert sorted(set(CATALOGUE) - declared) == [] and sorted(declared - set(CATALOGUE)) == []


def _homes() -> dict:
    """code -> the modules whose functions declare it."""
    homes = defaultdict(set)
    for module, functions, _ in _modules():
        for _, codes in functions.values():
            for code in codes:
                homes[code].add(module.removesuffix(".__init__"))
    return homes


def test_every_catalogue_code_is_claimed_by_exactly_one_check():
    claims = defaultdict(list)
    for check in REGISTRY:
        for code in check.codes:
            claims[code].append(check.name)
    assert {code: names for code, names in claims.items() if len(names) != 1} == {}
    assert sorted(set(CATALOGUE) - set(claims)) == [] and sorted(set(claims) - set(CATALOGUE)) == []


def test_a_code_is_reported_only_where_its_check_lives():
    owner = {code: check for check in REGISTRY for code in check.codes}
    wrong = [(code, sorted(modules), owner[code].name) for code, modules in sorted(_homes().items())
             if not modules <= set(owner[code].homes())]
    assert wrong == []


def test_every_check_has_a_scope_inputs_and_a_way_to_run():
    scopes = {FILE, WORKSPACE, FINDINGS, RENDER, ANY}
    assert [c.name for c in REGISTRY if c.scope not in scopes or not c.inputs] == []
    assert [c.name for c in WORKSPACE_CHECKS if c.scope != WORKSPACE or c.run is None] == []
    assert len({c.name for c in REGISTRY}) == len(REGISTRY)


def test_the_checks_of_a_workspace_run_in_the_registry_order():
    assert [c.name for c in WORKSPACE_CHECKS] == ["units and documents", "rule sets", "plans", "reports",
                                                  "references", "markup"]
