"""The installed package is whole: a wheel built from the sources, installed into a new virtual
environment outside the checkout, takes a new province from `cchc init` to a built site.

The wheel is installed without its dependencies; they are the locked ones of the test environment,
made visible to the new environment by a .pth line. What is under test is the package's own files.
"""
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

import cchc
from cchc import init as init_module, resources

from conftest import ROOT

AS_OF = "2026-01-20"
UNITS = {
    "ubnd-tinh": """ten: Ủy ban nhân dân tỉnh Bình An
ten_ngan: UBND tỉnh
viet_tat: UBND
loai: ubnd_tinh
thu_truong: {ho_ten: Lê Văn An, chuc_vu: Chủ tịch UBND tỉnh}
hieu_luc_tu: 1997-01-01
""",
    "so-noi-vu": """ten: Sở Nội vụ tỉnh Bình An
ten_ngan: Sở Nội vụ
viet_tat: SNV
loai: so_nganh
cap_tren: ubnd-tinh
co_quan_chu_quan: UBND TỈNH BÌNH AN
thu_truong: {ho_ten: Trần Thị Bình, chuc_vu: Giám đốc}
hieu_luc_tu: 2004-03-01
""",
}


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(bin folder of the new environment, folder to work in); the wheel's file names are checked too."""
    base = tmp_path_factory.mktemp("package")
    source = base / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copyfile(ROOT / name, source / name)
    shutil.copytree(ROOT / "templates", source / "templates")
    shutil.copytree(ROOT / "scripts", source / "scripts", symlinks=True,
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    dist = base / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(dist),
          str(source)], cwd=base)
    wheel = next(dist.glob("cchc-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for rel in ("render/official.lua", "render/batch.lua", "render/preamble.typ", "render/ke_hoach.md.j2",
                "render/cchc.css", "site/home.md.j2", "site/mkdocs.yml", "site/assets/search-vi.js",
                "site/assets/cchc-site.css"):
        assert f"cchc/templates/{rel}" in names
    assert "cchc/skeleton/content/rules/rules.yml.tmpl" in names
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=base)
    python = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-index",
          str(wheel)], cwd=base)
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    Path(purelib, "zz-locked-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = base / "work"
    work.mkdir()
    return venv / "bin", work


def _env():
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _run(argv, cwd, ok=True):
    done = subprocess.run([str(a) for a in argv], cwd=cwd, capture_output=True, text=True, env=_env(), timeout=600)
    if ok:
        assert done.returncode == 0, (argv, done.stdout, done.stderr)
    return done


def _fill(plan: Path) -> None:
    """What a clerk fills in the skeleton: number, date, task names and products, cooperating body, sections."""
    text = plan.read_text(encoding="utf-8")
    text = text.replace("so_ky_hieu: ''", "so_ky_hieu: 05/KH-SNV").replace("ngay_ban_hanh: ''", "ngay_ban_hanh: 2026-01-05")
    count = iter(range(1, 100))
    while "ten: ''" in text:
        text = text.replace("ten: ''", f"ten: Rà soát quy trình nội bộ đợt {next(count)}", 1)
    text = text.replace("san_pham: ''", "san_pham: Báo cáo kết quả rà soát").replace("phoi_hop: []", "phoi_hop: [UBND tỉnh]")
    head, sep, body = text.partition("\n---\n")
    while "<!--" in body:
        start = body.index("<!--")
        body = body[:start] + "Nội dung do Sở Nội vụ soạn thảo." + body[body.index("-->", start) + 3:]
    plan.write_text(head + sep + body, encoding="utf-8")


def test_wheel_takes_a_new_province_from_init_to_its_site(installed):
    bin_dir, work = installed
    command = bin_dir / "cchc"
    where = _run([bin_dir / "python", "-c", "import cchc, importlib.resources as r; "
                  "print(cchc.__file__); print(r.files('cchc') / 'templates')"], cwd=work).stdout.split()
    assert all(str(bin_dir.parent) in line and str(ROOT) not in line for line in where)
    assert _run([command, "--version"], cwd=work).stdout.strip() == f"cchc {cchc.__version__}"

    done = _run([command, "init", "tinh", "--province", "Bình An"], cwd=work)
    assert "Đã tạo kho CCHC của tỉnh Bình An" in done.stdout
    ws = work / "tinh"
    assert (ws / "mkdocs.yml").read_text(encoding="utf-8").startswith("# The public transparency site")
    assert "site_name: Công khai cải cách hành chính tỉnh Bình An" in (ws / "mkdocs.yml").read_text(encoding="utf-8")

    for uid, text in UNITS.items():
        (ws / "units" / uid).mkdir(parents=True)
        (ws / "units" / uid / "unit.yml").write_text(text, encoding="utf-8")
    done = _run([command, "new", "plan", "--unit", "so-noi-vu", "--year", "2026"], cwd=ws)
    plan = ws / "units/so-noi-vu/2026/ke-hoach.md"
    assert "Đã tạo units/so-noi-vu/2026/ke-hoach.md" in done.stdout and "so_ky_hieu: ''" in plan.read_text("utf-8")

    unfilled = json.loads(_run([command, "check", "--as-of", AS_OF, "--format", "json"], cwd=ws, ok=False).stdout)
    assert unfilled["summary"]["error"] > 0
    _fill(plan)
    done = _run([command, "check", "--as-of", AS_OF, "--format", "json"], cwd=ws)
    result = json.loads(done.stdout)
    assert result["findings"] == [] and result["files"] >= 5

    done = _run([command, "render", "--format", "docx,pdf", "--as-of", AS_OF], cwd=ws)
    assert "1 văn bản: đã ghi 2 tệp" in done.stdout
    docx = ws / "build/documents/so-noi-vu/2026/ke-hoach.docx"
    body = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    assert "05/KH-SNV" in body and "KẾ HOẠCH" in body
    pdf = ws / "build/documents/so-noi-vu/2026/ke-hoach.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")

    done = _run([command, "build", "--as-of", AS_OF], cwd=ws)
    assert "Đã tạo trang công khai" in done.stdout and "Error" not in done.stderr
    home = (ws / "site/index.html").read_text(encoding="utf-8")
    assert "Công khai tiến độ cải cách hành chính tỉnh Bình An" in home
    assert (ws / "site/assets/javascripts/lunr/min/lunr.vi.min.js").is_file()
    assert (ws / "site/tai-ve/so-noi-vu/2026/ke-hoach.pdf").is_file()

    # Without its own mkdocs.yml the workspace is built with the package's, titled from province.yml.
    (ws / "mkdocs.yml").unlink()
    shutil.rmtree(ws / "site")
    done = _run([command, "build", "--as-of", AS_OF, "--no-render"], cwd=ws)
    assert "Công khai tiến độ cải cách hành chính tỉnh Bình An" in (ws / "site/index.html").read_text("utf-8")


def test_sample_site_configuration_is_the_package_default_with_its_name():
    expected = init_module.site_config("tỉnh Hòa Lâm")
    assert (ROOT / "mkdocs.yml").read_text(encoding="utf-8") == expected
    assert resources.builtin("site/mkdocs.yml").is_file()
