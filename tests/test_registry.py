"""Every finding code is declared where it is reported (`findings.emits`), read from the code itself
(ast): a function that writes a code declares it, no function declares a code it does not write,
every catalogue code is declared, and each is reported from one module but for the listed few."""
import ast
import re
from collections import defaultdict

from cchc.catalogue import CATALOGUE

from conftest import ROOT

PACKAGE = ROOT / "scripts" / "cchc"
CODE = re.compile(r"CCHC-[A-Z]\d{3}\Z")
# Codes reported from more than one module, and why. Remove a line when its code gets one home.
SHARED = {
    "CCHC-E001": {"crossref", "document"},          # the guard of each stage: across files, per file
    "CCHC-G001": {"document", "render.precheck"},   # a table too wide, told by check and by render
    "CCHC-L013": {"crossref", "document"},          # a file named by a rule set, by a document
    "CCHC-L015": {"textcheck", "yamlpos"},          # in a file's text, written as a YAML escape
}


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


def test_each_code_is_reported_from_one_module_but_the_listed_few():
    homes = defaultdict(set)
    for module, functions, _ in _modules():
        for _, codes in functions.values():
            for code in codes:
                homes[code].add(module)
    shared = {code: modules for code, modules in homes.items() if len(modules) > 1}
    assert shared == SHARED
