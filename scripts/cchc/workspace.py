"""Where things are in a province's repository, and the rule sets it declares."""
from __future__ import annotations

import os
import re
from pathlib import Path

PROVINCE = "content/province.yml"
WAIVERS = "content/waivers.yml"
RULES_DIR = "content/rules"
UNITS_DIR = "units"
_YEAR = re.compile(r"\d{4}\Z")
_RULES_FILE = re.compile(r"(\d{4})\.ya?ml\Z")


class NoWorkspace(Exception):
    """The folder is not inside a cchc workspace."""


def find_root(start: Path) -> Path:
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / PROVINCE).is_file() or (folder / UNITS_DIR).is_dir() and (folder / "content").is_dir():
            return folder
    raise NoWorkspace(str(start))


def discover(root: Path) -> dict[str, str]:
    """Every file the checker reads, mapped to its role; files in odd places are 'stray'."""
    found: dict[str, str] = {}
    if (root / PROVINCE).is_file():
        found[PROVINCE] = "province"
    if (root / WAIVERS).is_file():
        found[WAIVERS] = "waivers"
    for rel in _walk(root, RULES_DIR):
        if rel.endswith((".yml", ".yaml")):
            found[rel] = "rules" if rel.count("/") == 2 else "criteria"
    for rel in _walk(root, UNITS_DIR):
        found[rel] = _unit_role(tuple(rel.split("/")[1:]))
    return found


def _walk(root: Path, top: str) -> list[str]:
    """Files below ``root/top`` as sorted relative paths, hidden files and folders left out."""
    base = str(root)
    result = []
    for folder, dirs, files in os.walk(os.path.join(base, top)):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel_folder = os.path.relpath(folder, base).replace(os.sep, "/")
        result.extend(f"{rel_folder}/{name}" for name in files if not name.startswith("."))
    return sorted(result)


def _unit_role(parts: tuple) -> str:
    if len(parts) == 2 and parts[1] == "unit.yml":
        return "unit"
    if len(parts) == 3 and _YEAR.match(parts[1]):
        if parts[2].endswith(".md"):
            return "document"
        if parts[2].endswith((".yml", ".yaml")):
            return "table"
    if parts[-1].lower() in ("readme.md", ".gitkeep"):
        return "ignored"
    return "stray"


def rules_year(rel: str) -> int | None:
    match = _RULES_FILE.search(rel)
    return int(match.group(1)) if match else None


def unit_of(rel: str) -> str:
    return rel.split("/")[1]


def year_of(rel: str) -> int:
    return int(rel.split("/")[2])


def merge(base: dict, override: dict) -> dict:
    """Deep merge for rule sets: mappings merge, anything else replaces, None removes."""
    result = dict(base)
    for key, value in override.items():
        if value is None:
            result.pop(key, None)
        elif isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result
