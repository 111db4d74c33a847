"""The command line is built from its registries: every subcommand a module of commands/, every
--format a reporter, every shared option declared once (cliargs.SHARED) and given as a parent."""
import argparse
import ast
import csv
import datetime as dt
import io
from types import SimpleNamespace

import pytest

from cchc import cli, cliargs, commands
from cchc.findings import Finding
from cchc.reporters.findings import FINDINGS
from cchc.reporters.status import STATUS
from cchc.reporters.summaries import SUMMARIES

from conftest import ROOT

PACKAGE = ROOT / "scripts" / "cchc"


def _subparsers(parser):
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices


def _option(parser, flag):
    return next((a for a in parser._actions if flag in a.option_strings), None)


def test_every_subcommand_is_a_module_of_the_registry():
    assert list(_subparsers(cli.parser())) == list(commands.COMMANDS)
    for name, module in commands.COMMANDS.items():
        assert module.__name__ == f"cchc.commands.{name}"
        assert (PACKAGE / "commands" / f"{name}.py").is_file()
        assert module.NAME == name and module.HELP
        assert callable(module.add_arguments) and callable(module.main)
        assert set(module.SHARED) <= set(cliargs.SHARED)
        assert set(getattr(module, "SHARED_HELP", {})) <= set(module.SHARED)


def test_each_subcommand_runs_its_modules_main():
    for name, parser in _subparsers(cli.parser()).items():
        assert parser.get_default("func") is commands.COMMANDS[name].main


@pytest.mark.parametrize("name, registry", [("check", FINDINGS), ("status", STATUS)])
def test_format_choices_are_the_registrys_names(name, registry):
    fmt = _option(_subparsers(cli.parser())[name], "--format")
    assert tuple(fmt.choices) == registry.names and fmt.default == registry.default
    assert fmt.help == registry.help()
    assert [r.name for r in registry] == list(registry.names) and all(r.what and callable(r.write) for r in registry)


def test_format_help_names_reporters_that_give_the_same_together():
    assert STATUS.help() == "text: bảng cho người đọc (mặc định); json, csv: dữ liệu"
    assert FINDINGS.help().startswith("text: cho người đọc (mặc định); json: cho chương trình khác; github:")


def test_summaries_of_the_commands_are_registered():
    assert {"render", "build", "consolidate"} <= set(SUMMARIES.names)


def _shared_declarations() -> list[str]:
    """The flags of cliargs.SHARED as they appear in add_argument calls anywhere in the package."""
    flags = {flag for flag, _ in cliargs.SHARED.values()}
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "add_argument":
                found += [arg.value for arg in node.args if isinstance(arg, ast.Constant) and arg.value in flags]
    return found


def test_shared_options_are_declared_once():
    assert set(cliargs.SHARED) >= {"workspace", "jobs", "lang", "as_of"}
    assert _shared_declarations() == []          # only cliargs.SHARED names them, as data
    source = (PACKAGE / "cliargs.py").read_text(encoding="utf-8")
    assert all(source.count(f'"{flag}"') == 1 for flag, _ in cliargs.SHARED.values())


@pytest.mark.parametrize("name", list(commands.COMMANDS))
def test_shared_options_come_from_the_parent_parser(name):
    """A subcommand takes a shared option exactly when its module names it, and then as cliargs declares
    it: same type, choices and default; the help its own only when SHARED_HELP words it."""
    module = commands.COMMANDS[name]
    parser = _subparsers(cli.parser())[name]
    for option, (flag, keywords) in cliargs.SHARED.items():
        action = _option(parser, flag)
        assert (action is not None) == (option in module.SHARED), (name, flag)
        if action is None:
            continue
        assert (action.type, action.choices, action.default) == \
            (keywords.get("type"), keywords.get("choices"), keywords.get("default")), (name, flag)
        assert action.help == getattr(module, "SHARED_HELP", {}).get(option, keywords["help"]), (name, flag)


def test_the_subcommands_taking_a_workspace():
    takes = {name for name, m in commands.COMMANDS.items() if "workspace" in m.SHARED}
    assert takes == {"check", "status", "new", "consolidate", "render", "build", "serve"}


def test_one_set_of_exit_codes():
    assert (cliargs.EXIT_OK, cliargs.EXIT_FINDINGS, cliargs.EXIT_USAGE) == (0, 1, 2)
    for path in PACKAGE.rglob("*.py"):
        if path.name == "cliargs.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assigned = {t.id for n in ast.walk(tree) if isinstance(n, ast.Assign) for t in n.targets
                    if isinstance(t, ast.Name)} | {e.id for n in ast.walk(tree) if isinstance(n, ast.Assign)
                                                    for t in n.targets if isinstance(t, ast.Tuple)
                                                    for e in t.elts if isinstance(e, ast.Name)}
        assert not {n for n in assigned if n.startswith("EXIT_")}, path


def test_parser_of_a_subcommand_alone():
    args = commands.parser_of("render").parse_args(["--format", "html,docx", "--jobs", "2"])
    assert args.format == ("html", "docx") and args.jobs == 2 and args.lang == "vi" and args.workspace is None
    assert args.func is commands.COMMANDS["render"].main


def test_findings_as_csv_cells_never_run_as_formulas(workspace, capsys):
    finding = Finding("CCHC-L013", "=HYPERLINK(\"x\")\r.md", 3, 1, {"field": "nhiem_vu", "file": "@SUM(A1)"})
    waiver = SimpleNamespace(finding=finding, reason="-1+2", approved_by="+A", expires=dt.date(2026, 12, 31))
    text = FINDINGS["csv"].write([finding], 1, "vi", [waiver])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["path"] for r in rows] == ["'=HYPERLINK(\"x\")\n.md"] * 2
    assert rows[0]["severity"] == "error" and rows[0]["waiver_reason"] == ""
    assert (rows[1]["waiver_reason"], rows[1]["waiver_approved_by"], rows[1]["waiver_expires"]) == \
        ("'-1+2", "'+A", "2026-12-31")
    assert not [c for r in rows for c in r.values() if c and c[0] in "=+-@\t\r"]
    code = cli.main(["check", "--workspace", str(workspace()), "--format", "csv", "--no-cache"])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("code,severity,path,line,column,") and out.endswith("\n")
    assert not out.endswith("\n\n")
