"""Severities set by the province (muc_do) and waivers of accepted warnings."""
import json

from cchc import cli

from conftest import CASES

PLAN = "units/so-a/2026/ke-hoach.md"


def _check(capsys, root, *extra):
    code = cli.main(["check", "--workspace", str(root), "--format", "json", "--no-cache", *extra])
    return code, json.loads(capsys.readouterr().out)


def _codes(result, severity=None):
    return sorted(f["code"] for f in result["findings"] if severity is None or f["severity"] == severity)


def _unverifiable_plan(root):
    """A plan task without funding: a P005 warning."""
    plan = root / PLAN
    plan.write_text(plan.read_text(encoding="utf-8").replace("    kinh_phi: Kinh phí thường xuyên\n", "", 1),
                    encoding="utf-8")


def _set_rules(root, extra: str):
    rules = root / "content/rules/2026.yml"
    rules.write_text(rules.read_text(encoding="utf-8") + extra, encoding="utf-8")


def test_rule_set_raises_a_warning_to_an_error(workspace, capsys):
    root = workspace()
    _unverifiable_plan(root)
    assert _codes(_check(capsys, root)[1], "warning") == ["CCHC-P005"]
    _set_rules(root, "muc_do:\n  CCHC-P005: loi\n")
    code, result = _check(capsys, root)
    assert code == 1
    assert _codes(result, "error") == ["CCHC-P005"]


def test_rule_set_switches_a_check_off(workspace, capsys):
    root = workspace()
    _unverifiable_plan(root)
    _set_rules(root, "muc_do:\n  CCHC-P005: tat\n")
    assert _codes(_check(capsys, root)[1]) == []


def test_severity_of_a_year_does_not_reach_other_years(workspace, capsys):
    root = workspace()
    _unverifiable_plan(root)
    rules = root / "content/rules/2025.yml"
    rules.write_text(rules.read_text(encoding="utf-8") + "muc_do:\n  CCHC-P005: tat\n", encoding="utf-8")
    _set_rules(root, "muc_do: {CCHC-P005: canh_bao}\n")
    assert _codes(_check(capsys, root)[1]) == ["CCHC-P005"]


def test_reading_errors_cannot_be_switched_off(workspace, capsys):
    root = workspace()
    _set_rules(root, "muc_do:\n  CCHC-L003: tat\n")
    assert _codes(_check(capsys, root)[1]) == ["CCHC-C003"]


def _waived_workspace(workspace, expiry):
    root = workspace(CASES / "CCHC-W001" / "pass")
    waivers = root / "content/waivers.yml"
    waivers.write_text(waivers.read_text(encoding="utf-8").replace("2026-12-31", expiry), encoding="utf-8")
    return root


def test_waiver_moves_the_warning_to_the_published_list(workspace, capsys):
    root = _waived_workspace(workspace, "2026-12-31")
    code, result = _check(capsys, root, "--as-of", "2026-11-23", "--strict")
    assert code == 0
    assert _codes(result) == []
    assert [(w["code"], w["path"], w["waiver"]["expires"]) for w in result["waived"]] == [
        ("CCHC-P004", PLAN, "2026-12-31")]
    assert result["summary"]["waived"] == 1
    cli.main(["check", "--workspace", str(root), "--as-of", "2026-11-23", "--no-cache"])
    text = capsys.readouterr().out
    assert "miễn trừ CCHC-P004" in text
    assert "Người duyệt: Giám đốc Sở Nội vụ; hết hạn: 31/12/2026" in text


def test_waiver_applies_through_its_last_day(workspace, capsys):
    root = _waived_workspace(workspace, "2026-11-23")
    assert _codes(_check(capsys, root, "--as-of", "2026-11-23")[1]) == []
    assert _codes(_check(capsys, root, "--as-of", "2026-11-24")[1]) == ["CCHC-P004", "CCHC-W001"]


def test_waiver_cannot_silence_an_error(workspace, capsys):
    root = _waived_workspace(workspace, "2026-12-31")
    _set_rules(root, "muc_do:\n  CCHC-P004: loi\n")
    code, result = _check(capsys, root, "--as-of", "2026-11-23")
    assert code == 1
    assert _codes(result) == ["CCHC-P004", "CCHC-W003"]
    assert result["waived"] == []
