"""The command line: exit codes, reporters, languages, init, schema, the sample province."""
import argparse
import json
import re
import shutil
import tempfile
from pathlib import Path

import pytest

from cchc import cli, commands

from conftest import ROOT


def run(capsys, *argv):
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _broken(workspace):
    root = workspace()
    plan = root / "units/so-a/2026/ke-hoach.md"
    plan.write_text(plan.read_text(encoding="utf-8").replace("chu_tri: Sở A", "chu_tri:", 1), encoding="utf-8")
    (root / "units/so-a/2026/bao-cao-quy-1.md").write_text(
        (root / "units/so-a/2026/bao-cao-quy-1.md").read_text(encoding="utf-8").replace("ky: quy_1", "ky: yes"),
        encoding="utf-8")
    return root


def test_clean_workspace_exits_zero(workspace, capsys):
    code, out, _ = run(capsys, "check", "--workspace", str(workspace()), "--no-cache")
    assert code == 0
    assert "0 lỗi" in out


def test_errors_exit_one_with_positions(workspace, capsys):
    root = _broken(workspace)
    code, out, _ = run(capsys, "check", "--workspace", str(root), "--format", "json")
    rows = json.loads(out)["findings"]
    assert code == 1
    assert {(r["code"], r["path"], r["line"], r["column"]) for r in rows} == {
        ("CCHC-S004", "units/so-a/2026/ke-hoach.md", 14, 13),
        ("CCHC-L004", "units/so-a/2026/bao-cao-quy-1.md", 4, 5),
        ("CCHC-R007", "units/so-a/2026/bao-cao-quy-1.md", 4, 5),
    }
    assert all({"code", "severity", "path", "line", "column", "message"} <= set(r) for r in rows)


def test_warnings_pass_unless_strict(workspace, capsys):
    root = workspace()
    unit = root / "units/so-a/unit.yml"
    unit.write_text(unit.read_text(encoding="utf-8") + "ghi_chu: on\n", encoding="utf-8")
    assert run(capsys, "check", "--workspace", str(root))[0] == 0
    assert run(capsys, "check", "--workspace", str(root), "--strict")[0] == 1


def test_github_format_and_english(workspace, capsys):
    root = _broken(workspace)
    code, out, _ = run(capsys, "check", "--workspace", str(root), "--format", "github", "--lang", "en")
    lines = out.splitlines()
    assert lines[0].startswith("::warning file=units/so-a/2026/bao-cao-quy-1.md,line=4,col=5,title=CCHC-L004::")
    assert lines[1].startswith("::error file=units/so-a/2026/bao-cao-quy-1.md,line=4,col=5,title=CCHC-R007::")
    assert "reporting period" in lines[1]
    assert lines[-1] == "11 files checked: 2 errors, 1 warnings, 0 notes."


def test_paths_limit_the_report(workspace, capsys, monkeypatch):
    root = _broken(workspace)
    monkeypatch.chdir(root)
    code, out, _ = run(capsys, "check", "units/so-a/2026/ke-hoach.md", "--format", "json")
    assert [r["code"] for r in json.loads(out)["findings"]] == ["CCHC-S004"]


def test_cache_gives_the_same_findings(workspace, capsys):
    root = _broken(workspace)
    first = run(capsys, "check", "--workspace", str(root), "--format", "json")[1]
    from cchc import caches, loader
    assert (caches.folder(root, loader.CACHE_NAME) / loader.CACHE_FILE).exists()
    assert not (root / ".cchc-cache").exists()         # never inside the work tree
    assert run(capsys, "check", "--workspace", str(root), "--format", "json")[1] == first
    plan = root / "units/so-a/2026/ke-hoach.md"
    plan.write_text(plan.read_text(encoding="utf-8").replace("chu_tri:\n", "chu_tri: Sở A\n"), encoding="utf-8")
    rows = json.loads(run(capsys, "check", "--workspace", str(root), "--format", "json")[1])["findings"]
    assert "CCHC-S004" not in {r["code"] for r in rows}


def test_usage_errors_exit_two(tmp_path, capsys):
    assert run(capsys, "check", "--workspace", str(tmp_path))[0] == 2
    assert run(capsys, "check", "--format", "xml")[0] == 2
    assert run(capsys, "nonsense")[0] == 2


def test_init_creates_a_clean_workspace(tmp_path, capsys):
    target = tmp_path / "tinh-moi"
    assert run(capsys, "init", str(target), "--province", "Hòa Bình")[0] == 0
    assert "ten_day_du: tỉnh Hòa Bình" in (target / "content/province.yml").read_text(encoding="utf-8")
    assert (target / "content/rules/2026.yml").exists() and (target / "mkdocs.yml").exists()
    assert list((target / "units").iterdir()) == [target / "units/.gitkeep"]
    code, out, _ = run(capsys, "check", "--workspace", str(target), "--no-cache")
    assert code == 0, out
    assert run(capsys, "init", str(target), "--province", "Hòa Bình")[0] == 2


def test_schema_files_are_published_and_current(tmp_path, capsys):
    assert run(capsys, "schema", "--out", str(tmp_path))[0] == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "plan.schema.json" in names and "unit.schema.json" in names
    for name in names:
        assert (tmp_path / name).read_text(encoding="utf-8") == \
            (ROOT / "content/schemas" / name).read_text(encoding="utf-8"), f"run make schemas ({name})"
    unit = json.loads((tmp_path / "unit.schema.json").read_text(encoding="utf-8"))
    assert "loai" in unit["required"] and unit["additionalProperties"] is False


def test_sample_province_checks_clean(tmp_path, capsys):
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copytree(ROOT / "units", tmp_path / "units")
    code, out, _ = run(capsys, "check", "--workspace", str(tmp_path), "--format", "json", "--no-cache")
    rows = json.loads(out)["findings"]
    assert [r for r in rows if r["severity"] == "error"] == []
    assert len(list((tmp_path / "units").glob("*/unit.yml"))) >= 30


def test_schema_headers_point_at_published_schemas():
    for path in list((ROOT / "content").rglob("*.yml")) + list((ROOT / "units").rglob("*.yml")):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        if "$schema=" in first:
            target = (path.parent / first.split("$schema=", 1)[1].strip()).resolve()
            assert target.is_file(), f"{path.relative_to(ROOT)}: {first}"


def test_check_writes_nothing_into_authors_files(workspace, capsys):
    root = _broken(workspace)
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    run(capsys, "check", "--workspace", str(root))
    after = {p: p.read_bytes() for p in root.rglob("*") if p.is_file() and ".cchc-cache" not in p.parts}
    assert after == before


# --- argparse's own words, help of every subcommand, the last guard ------------------------------

SUBCOMMANDS = list(next(a for a in cli.parser()._actions if isinstance(a, argparse._SubParsersAction)).choices)
ENGLISH = ("usage:", "options:", "optional arguments", "positional arguments", "show this help",
           "show program's", "error:", "invalid", "required", "expected", "unrecognized")


@pytest.mark.parametrize("argv", [[]] + [[name] for name in SUBCOMMANDS])
def test_help_is_in_vietnamese_throughout(capsys, argv):
    code, out, _ = run(capsys, *argv, "--help")
    assert code == 0
    assert out.startswith("cách dùng: cchc") and "tùy chọn:" in out
    assert [word for word in ENGLISH if word in out.lower()] == []


def test_every_argument_is_explained_and_named_in_vietnamese():
    parser = cli.parser()
    for name in SUBCOMMANDS:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[name]
        for action in sub._actions:
            assert action.help, (name, action.dest)
            if action.nargs != 0 and action.choices is None:
                assert action.metavar and action.metavar.upper() == action.metavar, (name, action.dest)


@pytest.mark.parametrize("argv, expected", [
    ([], "cchc: lỗi: thiếu tham số bắt buộc: LỆNH"),
    (["check", "--format", "x"], "lỗi: tham số --format: giá trị 'x' không hợp lệ (chọn một trong:"),
    (["check", "--bogus"], "lỗi: không hiểu các tham số: --bogus"),
    (["status", "--jobs", "x"], "lỗi: tham số --jobs: cần một số nguyên, không phải \"x\""),
    (["status", "--as-of", "23/11/2026"], "lỗi: tham số --as-of: ngày không hợp lệ: 23/11/2026 (dạng YYYY-MM-DD)"),
    (["new", "plan", "--unit"], "lỗi: tham số --unit: cần một giá trị"),
])
def test_usage_errors_are_in_vietnamese(capsys, argv, expected):
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert expected in err and err.startswith("cách dùng: cchc")
    assert [word for word in ENGLISH if word in err.lower()] == []


def test_argparse_speaks_english_again_after_the_command():
    before = argparse._
    cli.main(["--version"])
    assert argparse._ is before and argparse._("usage: ") == "usage: "


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"cchc {cli.__version__}"


def test_unexpected_failure_is_one_sentence_and_a_log(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def broken(args):
        raise KeyError("khoá lạ")
    monkeypatch.setattr(commands.status, "main", broken)
    code, out, err = run(capsys, "status", "--as-of", "2026-11-23")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "lệnh \"status\" dừng vì một lỗi ngoài dự kiến" in err
    assert "KeyError" not in err and "Traceback" not in err
    log = Path(re.search(r"Chi tiết đã ghi vào (\S+)\.", err).group(1))
    assert log.parent == tmp_path
    details = log.read_text(encoding="utf-8")
    assert "Traceback" in details and "KeyError" in details and "khoá lạ" in details


def test_build_failures_name_no_exception(capsys, monkeypatch, tmp_path, workspace):
    from mkdocs.exceptions import ConfigurationError

    from cchc.site import build as site_build
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    root = workspace()
    for exc, expected in ((ConfigurationError("Unrecognised theme name: 'x'"), "MkDocs báo: Unrecognised theme name"),
                          (FileNotFoundError(2, "No such file or directory", "/x/templates"),
                           "không tạo được trang công khai: No such file or directory (/x/templates)"),
                          (ValueError("?"), "lệnh \"build\" dừng vì một lỗi ngoài dự kiến")):
        def broken(*args, exc=exc, **kwargs):
            raise exc
        monkeypatch.setattr(site_build, "build", broken)
        code, _, err = run(capsys, "build", "--as-of", "2026-11-23", "--workspace", str(root), "--no-render")
        assert code == 1 and expected in err
        assert "Error" not in err.replace("ConfigurationError", "") and "Traceback" not in err


def test_readme_lists_every_subcommand():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Các lệnh", 1)[1].split("```", 2)[1]
    assert [name for name in SUBCOMMANDS if f"cchc {name}" not in block] == []
    assert "cchc --version" in block
