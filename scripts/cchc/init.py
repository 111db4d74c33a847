"""`cchc init`: a new, empty workspace for a province, ready to check.

The first rule set follows the government structure of its year, by data: the skeleton's
``content/rules/giai-doan.yml`` lists periods by their first year, each with the opening comment and the
parts (``content/rules/phan/``: reform areas, unit kinds, required annexes and criteria sets) that fill
the places of ``rules.yml.tmpl``; the year takes the last period that began no later than it. The
criteria sets copied are those the written rule set names.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from . import jsonschema, resources

SITE_CONFIG = "site/mkdocs.yml"
RULES_TEMPLATE = "content/rules/rules.yml.tmpl"
PERIODS = "content/rules/giai-doan.yml"
PARTS = "content/rules/phan"


class InitError(Exception):
    pass


PROVINCE = """# yaml-language-server: $schema=schemas/province.schema.json
# Thông tin chung của tỉnh. Tệp này do Sở Nội vụ quản lý.
ten: {ten}
ten_day_du: {ten_day_du}
dia_danh: {ten}
co_quan_thuong_truc: so-noi-vu    # mã đơn vị của Sở Nội vụ (thư mục units/so-noi-vu)
ubnd_tinh: ubnd-tinh              # mã đơn vị của UBND tỉnh (thư mục units/ubnd-tinh)
co_quan_chu_quan:
  - ỦY BAN NHÂN DÂN
  - {upper}
trang_web:
  tieu_de: Công khai tiến độ cải cách hành chính {ten_day_du}
"""

GITIGNORE = "/site/\n/build/\n.venv/\n"


def _full_name(name: str) -> str:
    lowered = name.lower()
    if lowered.startswith(("tỉnh ", "thành phố ")):
        return name
    return f"tỉnh {name}"


def site_config(full_name: str) -> str:
    """The package's MkDocs configuration with the province's name in the site's title and description."""
    text = resources.builtin(SITE_CONFIG).read_text(encoding="utf-8")
    for key in ("site_name", "site_description"):
        text = re.sub(rf"^({key}: .*)$", lambda m: f"{m.group(1)} {full_name}", text, count=1, flags=re.M)
    return text


def period(year: int) -> dict:
    """The period of government structure a year falls in (giai-doan.yml); InitError before the first."""
    periods = yaml.safe_load(resources.skeleton(PERIODS).read_text(encoding="utf-8"))["giai_doan"]
    began = [p for p in periods if p["tu_nam"] <= year]
    if not began:
        first = min(p["tu_nam"] for p in periods)
        raise InitError(f"Chưa có mẫu bộ quy tắc cho năm {year}: các mẫu bắt đầu từ năm {first}.")
    return max(began, key=lambda p: p["tu_nam"])


def rules_template(year: int) -> str:
    """The rule-set template of a year, its places filled with the parts of the year's period (the values
    {ten_day_du}, {nam} are filled afterwards, like every template of the workspace)."""
    chosen = period(year)
    parts = {"gioi_thieu": "\n".join(f"# {line}" for line in chosen["gioi_thieu"])}
    parts.update({place: resources.skeleton(f"{PARTS}/{name}").read_text(encoding="utf-8").rstrip("\n")
                  for place, name in chosen["phan"].items()})
    text = resources.skeleton(RULES_TEMPLATE).read_text(encoding="utf-8")
    for place, part in parts.items():
        text = text.replace("{" + place + "}", part)
    return text


def create(folder: Path, province: str, year: int) -> list[Path]:
    province = " ".join(province.split())
    if not province:
        raise InitError("Tên tỉnh không được để trống (--province).")
    if folder.exists() and any(folder.iterdir()):
        raise InitError(f"Thư mục {folder} đã có nội dung; hãy chọn một thư mục trống hoặc chưa có.")
    full = _full_name(province)
    name = province.split(" ", 1)[1] if full == province and " " in province else province
    values = {"ten": name, "ten_day_du": full, "upper": full.upper(), "nam": str(year)}
    files = {
        "content/province.yml": PROVINCE,
        f"content/rules/{year}.yml": rules_template(year),
        "mkdocs.yml": site_config(full),
        ".gitignore": GITIGNORE,
        "units/.gitkeep": "",
    }
    created = []
    for rel, template in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        text = template
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        path.write_text(text, encoding="utf-8")
        created.append(path)
    written = yaml.safe_load((folder / f"content/rules/{year}.yml").read_text(encoding="utf-8"))
    for rel in sorted(set((written.get("bo_tieu_chi") or {}).values())):
        path = folder / "content/rules" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(resources.skeleton(f"content/rules/{rel}"), path)
        created.append(path)
    created.extend(jsonschema.write_all(folder / "content/schemas"))
    return created
