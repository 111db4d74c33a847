"""The loader: positions, codes kept as written, dates, encodings."""
import datetime as dt
import shutil

import pytest

from cchc import document, yamlpos
from cchc.findings import Collector
from cchc.coercions import parse_date

from conftest import BASE, ROOT


def load(text: str):
    out = Collector("f.yml")
    value, positions = yamlpos.load(text, "f.yml", out)
    return value, positions, [(f.code, f.line, f.column) for f in out.items]


def test_codes_stay_strings_and_numbers_remember_their_text():
    value, _, found = load("a: 01\nb: 010\nc: 1.10\nd: 12\ne: 0x1F\nf: 1e3\n")
    assert value["a"] == "01" and value["b"] == "010" and value["e"] == "0x1F"
    assert value["c"] == 1.1 and value["c"].raw == "1.10"
    assert value["d"] == 12 and value["d"].raw == "12"
    assert found == []


def test_bare_yes_no_on_off_stay_text_and_are_flagged():
    value, _, found = load("a: yes\nb: Off\nc: \"no\"\nd: true\n")
    assert value == {"a": "yes", "b": "Off", "c": "no", "d": True}
    assert found == [("CCHC-L004", 1, 4), ("CCHC-L004", 2, 4)]


def test_positions_count_vietnamese_characters_as_one_column():
    value, positions, _ = load("tên: x\nphối_hợp: [Sở Tư pháp, Văn phòng UBND tỉnh]\n")
    assert positions.of(("phối_hợp", 1)) == ("f.yml", 2, 24)
    assert positions.of(("phối_hợp",), key=True) == ("f.yml", 2, 1)
    assert positions.of(("phối_hợp", 7, "missing")) == ("f.yml", 2, 11)


def test_duplicate_key_keeps_the_first_and_reports_the_second():
    value, _, found = load("a: 1\nb: 2\na: 3\n")
    assert value == {"a": 1, "b": 2}
    assert found == [("CCHC-L003", 3, 1)]


def test_merge_keys_are_applied_without_duplicates():
    value, _, found = load("base: &b {x: 1, y: 2}\nitem:\n  <<: *b\n  y: 3\n")
    assert value["item"] == {"x": 1, "y": 3}
    assert found == []


def test_alias_bomb_is_stopped():
    lines = ["a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"]
    for i, name in enumerate("bcdefgh"):
        prev = "abcdefgh"[i]
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    value, _, found = load("\n".join(lines) + "\n")
    assert value is None
    assert [c for c, _, _ in found] == ["CCHC-L009"]


def test_deep_nesting_is_stopped_before_the_parser():
    value, _, found = load("[" * 100000)
    assert value is None and found[0][0] == "CCHC-L009"


def test_dates_iso_and_vietnamese():
    assert parse_date("2026-01-05") == dt.date(2026, 1, 5)
    assert parse_date("05/01/2026") == dt.date(2026, 1, 5)
    assert parse_date("5/1/2026") == dt.date(2026, 1, 5)
    assert parse_date("30/02/2026") is None
    assert parse_date("2026/01/05") is None


def _doc(tmp_path, raw: bytes, name="units/so-a/2026/ke-hoach.md"):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    return document.load(tmp_path, name, "document")


PLAN = """---
loai: ke_hoach
nam: 2026
so_ky_hieu: 01/KH-SA
ngay_ban_hanh: 05/01/2026
trich_yeu: Cải cách hành chính năm 2026
nguoi_ky: {chuc_vu: Giám đốc, ho_ten: Nguyễn Văn A}
noi_nhan: ["Lưu: VT."]
nhiem_vu:
  - {ma: "01", linh_vuc: the_che, ten: Rà soát, chu_tri: Sở A, thoi_gian: 2026}
---
# I. MỤC TIÊU
"""


def test_bom_and_crlf_are_accepted(tmp_path):
    doc = _doc(tmp_path, b"\xef\xbb\xbf" + PLAN.replace("\n", "\r\n").encode())
    assert doc.findings == [] and doc.valid
    assert doc.data["ngay_ban_hanh"] == dt.date(2026, 1, 5)
    assert doc.data["nhiem_vu"][0]["ma"] == "01"
    assert doc.data["nhiem_vu"][0]["thoi_gian"] == "2026"
    assert doc.body_line == 12 and doc.body.startswith("# I. MỤC TIÊU")


def test_nfd_text_is_read_as_nfc_with_a_warning(tmp_path):
    import unicodedata
    doc = _doc(tmp_path, unicodedata.normalize("NFD", PLAN).encode())
    assert [f.code for f in doc.findings] == ["CCHC-L005"]
    assert doc.data["trich_yeu"] == "Cải cách hành chính năm 2026"
    assert unicodedata.is_normalized("NFC", doc.data["trich_yeu"])


def test_not_utf8_reports_line_and_column(tmp_path):
    doc = _doc(tmp_path, PLAN.encode().replace("Rà soát".encode(), "Rà soát".encode("cp1258")))
    assert [(f.code, f.line, f.column) for f in doc.findings] == [("CCHC-L001", 10, 41)]


def test_side_table_positions_point_into_the_side_file(tmp_path):
    plan = PLAN.split("nhiem_vu:")[0] + "nhiem_vu: nhiem-vu.yml\n---\nNội dung\n"
    (tmp_path / "units/so-a/2026").mkdir(parents=True)
    (tmp_path / "units/so-a/2026/nhiem-vu.yml").write_text(
        "# bảng nhiệm vụ\n- ma: SA-01\n  linh_vuc: the_che\n  ten: Rà soát\n  chu_tri: Sở A\n  san_pham_: x\n",
        encoding="utf-8")
    doc = _doc(tmp_path, plan.encode())
    assert [(f.code, f.path, f.line, f.column) for f in doc.findings] == [
        ("CCHC-S002", "units/so-a/2026/nhiem-vu.yml", 6, 3)]
    assert "units/so-a/2026/nhiem-vu.yml" in doc.tables


def test_clean_documents_are_not_read_again_by_the_checks_across_files(tmp_path):
    """Positions are dropped from the cache; checks must only ask for them to place a finding."""
    import datetime as dt
    import shutil

    from cchc import checks
    from cchc.model import Model
    from cchc.loader import load_workspace
    from conftest import ROOT
    for folder in ("content", "units"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    load_workspace(tmp_path, jobs=1)                     # fills the cache
    ws = load_workspace(tmp_path, jobs=1)                # every document from the cache
    assert all(d.positions is None for d in ws.docs.values())
    findings = checks.run(Model(ws, dt.date(2026, 11, 23)))
    placed = {f.path for f in findings}
    reread = sorted(p for p, d in ws.docs.items()
                    if d.positions is not None and p not in placed and not placed & set(d.tables))
    assert reread == []


def _nested(kind: str, depth: int) -> str:
    if kind == "flow":
        return "[" * depth + "]" * depth + "\n"
    return "".join("  " * i + f"k{i}:\n" for i in range(depth)) + "  " * depth + "x\n"


# The parser in the lock (libyaml 0.2.6) stops by itself at 1,000 levels; the loader's own limit
# is set below it and above it: either way the author gets CCHC-L009, in Vietnamese, with a place.
@pytest.mark.parametrize("own_limit", [60, 5000])
@pytest.mark.parametrize("kind", ["flow", "block"])
@pytest.mark.parametrize("depth", [100, 999, 1001, 2000])
def test_nesting_limits_of_loader_and_parser_are_one_finding(monkeypatch, own_limit, kind, depth):
    monkeypatch.setattr(yamlpos, "MAX_DEPTH", own_limit)
    out = Collector("f.yml")
    value, _ = yamlpos.load(_nested(kind, depth), "f.yml", out)
    if depth < min(own_limit, 1000):
        assert value is not None and out.items == []
        return
    assert value is None
    assert [f.code for f in out.items] == ["CCHC-L009"]
    finding = out.items[0]
    assert finding.line >= 1 and finding.column >= 1
    if kind == "flow":  # libyaml reads ahead: past its limit, its stop comes first, at its place
        assert (finding.line, finding.column) == (1, 1001 if depth > 1000 else own_limit + 1)
    message = finding.message("vi") + " " + finding.hint("vi")
    assert "lồng nhau" in message and "exceeded" not in message and "nesting" not in message


def test_parser_limit_texts_are_recognised_whatever_their_wording():
    for text in ("exceeded maximum nesting depth", "Maximum nesting level reached", "memory error"):
        out = Collector("f.yml")
        yamlpos.syntax_finding(out, text, 3, 4)
        assert [(f.code, f.line, f.column) for f in out.items] == [("CCHC-L009", 3, 4)]
    out = Collector("f.yml")
    yamlpos.syntax_finding(out, "could not find expected ':'", 3, 4)
    assert [f.code for f in out.items] == ["CCHC-L002"]


def test_a_file_the_system_refuses_is_l016_with_its_reason(tmp_path, monkeypatch):
    from cchc import safeio

    def refuse(path, limit):
        raise PermissionError(13, "Permission denied", str(path))
    monkeypatch.setattr(safeio, "read_file", refuse)
    (tmp_path / "x.md").write_text("---\nloai: ke_hoach\n---\n", encoding="utf-8")
    doc = document.load(tmp_path, "x.md", "document")
    assert [(f.code, f.line, f.args["reason"]) for f in doc.findings] == [("CCHC-L016", 1, "Permission denied")]


def test_links_fifos_and_devices_are_refused_before_reading(tmp_path):
    import os

    from cchc import safeio
    os.mkfifo(tmp_path / "fifo.md")
    os.symlink("/dev/zero", tmp_path / "zero.md")
    os.symlink("/etc/hostname", tmp_path / "link.md")
    for name, kind, said in (("fifo.md", "fifo", "một đường ống (FIFO)"),
                             ("zero.md", "link", "một liên kết (symlink)"),
                             ("link.md", "link", "một liên kết (symlink)")):
        doc = document.load(tmp_path, name, "document")     # returns at once: nothing is read
        assert [(f.code, f.args["kind"]) for f in doc.findings] == [("CCHC-L017", kind)]
        assert f"\"{name}\" là {said};" in doc.findings[0].message("vi")
    (tmp_path / "big").write_bytes(b"x" * 100)
    assert len(safeio.read_file(tmp_path / "big", 10)) == 11     # no more than the limit and one byte


def test_control_characters_written_as_yaml_escapes_are_l015():
    value, _, found = load('a: "x\\x01y\\e[31m"\nb: "tab\\tand\\nline"\nc: \'\\x01 stays text\'\n')
    assert found == [("CCHC-L015", 1, 4)]
    assert value == {"a": "x y [31m", "b": "tab\tand\nline", "c": "\\x01 stays text"}


def test_a_folder_that_cannot_be_listed_is_told(tmp_path, monkeypatch):
    import os

    from cchc import workspace
    shutil.copytree(BASE, tmp_path / "ws")
    root = tmp_path / "ws"
    locked = str(root / "units" / "so-a" / "2026")
    real_scandir, real_listdir = os.scandir, os.listdir

    def refuse(real):
        def call(path="."):
            if str(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)
        return call
    monkeypatch.setattr(workspace.os, "scandir", refuse(real_scandir))
    monkeypatch.setattr(document.os, "listdir", refuse(real_listdir))
    from cchc import check
    findings, _, _ = check.run(root, use_cache=False, jobs=1)
    assert [(f.code, f.path, f.args.get("reason")) for f in findings if f.severity == "error"] == [
        ("CCHC-L016", "units/so-a/2026", "Permission denied")]


@pytest.mark.parametrize("edit", [
    ("ky_bao_cao:\n", "ky_bao_cao:\n  nam:\n"),                    # an empty period in a rule set of its own
    ("loai_don_vi:\n", "loai_don_vi:\n  so_nganh:\n"),             # an empty unit kind
])
def test_emptied_rule_set_entries_are_no_internal_error(tmp_path, edit, capsys):
    from cchc import cli
    shutil.copytree(BASE, tmp_path / "ws")
    rules = tmp_path / "ws/content/rules/2025.yml"
    rules.write_text(rules.read_text(encoding="utf-8").replace(*edit), encoding="utf-8")
    for argv in (["check", "--as-of", "2026-11-23"], ["check", "--as-of", "2026-11-23"],
                 ["status", "--as-of", "2026-11-23"]):
        cli.main([*argv, "--workspace", str(tmp_path / "ws")])
        printed = capsys.readouterr()
        assert "E001" not in printed.out and "ngoài dự kiến" not in printed.err


def test_a_removed_rule_block_is_no_internal_error_with_the_cache(tmp_path, capsys):
    from cchc import cli
    shutil.copytree(ROOT, tmp_path / "ws", ignore=shutil.ignore_patterns(".venv*", ".git", "build", "site",
                                                                             "bench", "tests", "scripts"))
    root = tmp_path / "ws"
    assert cli.main(["check", "--as-of", "2026-11-23", "--workspace", str(root)]) == 0
    rules = root / "content/rules/2025.yml"
    text = rules.read_text(encoding="utf-8")
    start = text.index("\nky_bao_cao:")
    end = text.index("\n", text.index("\n", start + 1) + 1)
    rules.write_text(text[:start] + text[end:], encoding="utf-8")       # the block's first entry goes
    for _ in range(2):                                                   # cold and from the cache
        cli.main(["check", "--as-of", "2026-11-23", "--workspace", str(root)])
        printed = capsys.readouterr()
        assert "E001" not in printed.out and "ngoài dự kiến" not in printed.err and "Error" not in printed.err


def test_notes_for_people_are_ignored_anywhere_below_units(tmp_path):
    from cchc import workspace
    for rel in ("units/so-a/README.md", "units/so-a/2026/README.md", "units/so-a/2026/Readme.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("Ghi chú\n", encoding="utf-8")
    (tmp_path / "units/so-a/2026/Ke Hoach.md").write_text("---\n", encoding="utf-8")
    roles = workspace.discover(tmp_path)
    assert roles == {"units/so-a/README.md": "ignored", "units/so-a/2026/README.md": "ignored",
                     "units/so-a/2026/Readme.md": "ignored", "units/so-a/2026/Ke Hoach.md": "misnamed"}
