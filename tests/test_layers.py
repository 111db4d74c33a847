"""The layers of the package (ARCHITECTURE.md), read from the imports of every module (ast): the core
imports neither render nor site, render does not import site, the command line or the check runner,
and no two modules import each other, directly or around a cycle."""
import ast

from conftest import ROOT

PACKAGE = ROOT / "scripts" / "cchc"
# Known debts, each one import of a module by a lower one: remove the line when the debt is paid.
EXCEPTIONS: set = set()
TOP = {"cli", "commands"}                # the command line (cli, commands/) may import everything


def _modules() -> dict[str, set[str]]:
    graph = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if {"templates", "skeleton"} & set(path.relative_to(PACKAGE).parts):
            continue
        parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
        package = parts[:-1] if parts[-1] != "__init__" else parts[:-1]
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts) or "__init__"
        imports = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package[:len(package) - node.level + 1]
                if node.module:
                    imports.add(".".join([*base, *node.module.split(".")]))
                else:
                    imports.update(".".join([*base, alias.name]) for alias in node.names)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [node.module] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                imports.update(n[len("cchc."):] for n in names if n and n.startswith("cchc."))
        graph[name] = {i for i in imports if i != name}
    return graph


def _layer(module: str) -> int:
    if module.split(".")[0] in TOP:
        return 3
    if module.startswith("site"):
        return 2
    if module.startswith("render"):
        return 1
    return 0


def test_no_module_imports_a_higher_layer():
    found = []
    for module, imports in _modules().items():
        for target in imports:
            if _layer(target) > _layer(module) and (module, target) not in EXCEPTIONS:
                found.append((module, target))
    assert found == []


def test_the_known_exceptions_still_exist():
    graph = _modules()
    assert [pair for pair in EXCEPTIONS if pair[1] not in graph.get(pair[0], set())] == []


def test_render_does_not_import_the_check_runner():
    graph = _modules()
    assert [(m, t) for m, imports in graph.items() if m.startswith("render") for t in imports if t == "check"] == []


def test_no_import_cycles():
    graph = _modules()
    graph = {m: {t for t in imports if t in graph} for m, imports in graph.items()}
    cycles, state = [], {}

    def visit(module, trail):
        state[module] = "open"
        for target in sorted(graph[module]):
            if state.get(target) == "open":
                cycles.append(trail[trail.index(target):] + [target] if target in trail else [module, target])
            elif target not in state:
                visit(target, trail + [target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


# Modules that import the package's own modules inside a function, each with its reason (measured:
# `cchc --version` imports in 0.36 s with them, 0.50 s without). Anything else is imported at the top
# of its module, where the layers above can see it.
STARTUP = "start-up: what only this subcommand needs is loaded when it runs, not by `cchc check`"
LOCAL_IMPORTS: dict[str, str] = {
    "commands.build": STARTUP + " (the site: MkDocs, Jinja, the render engine)",
    "commands.consolidate": STARTUP + " (the consolidation, and the render engine when it prints)",
    "commands.init": STARTUP + " (the workspace templates, Jinja)",
    "commands.new": STARTUP + " (the skeletons)",
    "commands.render": STARTUP + " (the render engine: Jinja, pandoc, DOCX, typst)",
    "commands.schema": STARTUP + " (the JSON Schemas)",
}


def _local_imports() -> set[tuple[str, str]]:
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        if {"templates", "skeleton"} & set(path.relative_to(PACKAGE).parts):
            continue
        parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        package = parts[:-1]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.ImportFrom) and node.level:
                    base = package[:len(package) - node.level + 1]
                    targets = [".".join([*base, *node.module.split(".")])] if node.module else \
                        [".".join([*base, alias.name]) for alias in node.names]
                    found.update((name, target) for target in targets)
                elif isinstance(node, (ast.Import, ast.ImportFrom)):
                    names = [node.module] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                    found.update((name, n[len("cchc."):]) for n in names if n and n.startswith("cchc."))
    return found


def test_no_function_imports_the_package_but_in_the_listed_few_modules():
    found = _local_imports()
    assert sorted((module, target) for module, target in found if module not in LOCAL_IMPORTS) == []
    assert sorted(set(LOCAL_IMPORTS) - {module for module, _ in found}) == []
