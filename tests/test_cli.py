"""The command line: exit codes, reporters, languages, init, schema, the sample province."""
import json
import shutil

from cchc import cli

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
    assert (root / ".cchc-cache/check.pickle").exists()
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
