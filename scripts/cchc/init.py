"""`cchc init`: a new, empty workspace for a province, ready to check."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from . import jsonschema, resources

SITE_CONFIG = "site/mkdocs.yml"


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
        f"content/rules/{year}.yml": resources.skeleton("content/rules/rules.yml.tmpl").read_text(encoding="utf-8"),
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
    par = resources.skeleton("content/rules/par")
    if par.is_dir():
        shutil.copytree(par, folder / "content/rules/par")
        created.extend(sorted((folder / "content/rules/par").glob("*.yml")))
    created.extend(jsonschema.write_all(folder / "content/schemas"))
    return created
