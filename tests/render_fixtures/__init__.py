"""Shared helpers of the render tests: a small copy of the sample province, and running `cchc render`."""
from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
UNITS = ("ubnd-tinh", "so-noi-vu")

PLAN = "units/ubnd-tinh/2026/ke-hoach.md"
UNIT_PLAN = "units/so-noi-vu/2026/ke-hoach.md"
REPORT = "units/so-noi-vu/2026/bao-cao-quy-1.md"
PAR = "units/so-noi-vu/2026/tu-danh-gia-par.md"

# Seed 004's annex task table (Kế hoạch 117/KH-UBND of Nam Định).
SEED_TASK_COLUMNS = ["Nhiệm vụ", "Nhiệm vụ cụ thể", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp",
                     "Thời gian thực hiện", "Nguồn kinh phí dự kiến"]


def make_workspace(target: Path, extra: dict[str, str] | None = None) -> Path:
    """The province files, two units of the sample province with their documents, and the other
    units' unit.yml alone (the plans name them: `cchc render` prints only documents that check clean),
    plus ``extra`` files."""
    shutil.copytree(ROOT / "content", target / "content")
    for unit in UNITS:
        shutil.copytree(ROOT / "units" / unit, target / "units" / unit)
    for unit_file in sorted((ROOT / "units").glob("*/unit.yml")):
        if unit_file.parent.name not in UNITS:
            (target / "units" / unit_file.parent.name).mkdir(parents=True)
            shutil.copyfile(unit_file, target / "units" / unit_file.parent.name / "unit.yml")
    for rel, text in (extra or {}).items():
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        (target / rel).write_text(text, encoding="utf-8")
    return target


def render(root: Path, *argv: str) -> tuple[int, str]:
    """Run `cchc render` in ``root``; return (exit code, printed text)."""
    from cchc import commands
    args = commands.parser_of("render").parse_args(["--workspace", str(root), *argv])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = commands.COMMANDS["render"].main(args)
    return code, out.getvalue()


def output(root: Path, rel: str, ext: str, out_dir: str = "build/documents") -> Path:
    """Where `cchc render` writes ``rel`` (``out_dir`` relative to the workspace root)."""
    parts = Path(rel).parts
    return root / out_dir / parts[1] / parts[2] / f"{Path(rel).stem}.{ext}"


def without_signer_name(text: str) -> str:
    """The same document with the signer's name removed (it cannot be printed)."""
    lines = [line for line in text.split("\n")]
    return "\n".join(_drop_name(line) for line in lines)


def _drop_name(line: str) -> str:
    if line.startswith("nguoi_ky:"):
        head, _, _ = line.partition(", ho_ten:")
        return head + "}"
    return line
