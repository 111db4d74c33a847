"""`cchc init`: a new, empty workspace for a province, ready to check."""
from __future__ import annotations

import shutil
from pathlib import Path

from . import jsonschema

SKELETON = Path(__file__).parent / "skeleton"


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

# The same site configuration as the sample province's mkdocs.yml, for `cchc build`.
MKDOCS = r"""site_name: Công khai cải cách hành chính {ten_day_du}
site_description: Tiến độ thực hiện kế hoạch, báo cáo cải cách hành chính của các cơ quan, đơn vị {ten_day_du}
docs_dir: build/site-src
site_dir: site
use_directory_urls: true
theme:
  name: material
  language: vi
  font: false
  features:
    - navigation.tabs
    - navigation.top
    - search.suggest
  palette:
    primary: blue grey
    accent: blue
plugins:
  - search:
      lang: vi
      separator: '[\s\-,:!=\[\]()"/]+'
extra:
  generator: false
extra_css:
  - assets/cchc-site.css
  - assets/cchc-van-ban.css
markdown_extensions:
  - tables
  - attr_list
  - admonition
  - toc:
      permalink: false
nav:
  - Trang chủ: index.md
  - Đơn vị: don-vi/index.md
  - Văn bản: van-ban/index.md
  - Lĩnh vực cải cách: linh-vuc/index.md
  - Hạn nộp: han-nop/index.md
  - Dữ liệu mở: du-lieu/index.md
  - Hướng dẫn: huong-dan/index.md
  - Phương pháp tính: phuong-phap/index.md
  - Mã phát hiện: ma-phat-hien/index.md
  - Miễn trừ: mien-tru/index.md
validation:
  nav:
    omitted_files: ignore
  links:
    absolute_links: warn
    unrecognized_links: warn
"""

GITIGNORE = "/site/\n/build/\n.cchc-cache/\n.venv/\n"


def _full_name(name: str) -> str:
    lowered = name.lower()
    if lowered.startswith(("tỉnh ", "thành phố ")):
        return name
    return f"tỉnh {name}"


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
        f"content/rules/{year}.yml": (SKELETON / "content/rules/rules.yml.tmpl").read_text(encoding="utf-8"),
        "mkdocs.yml": MKDOCS,
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
    par = SKELETON / "content/rules/par"
    if par.is_dir():
        shutil.copytree(par, folder / "content/rules/par")
        created.extend(sorted((folder / "content/rules/par").glob("*.yml")))
    created.extend(jsonschema.write_all(folder / "content/schemas"))
    return created
