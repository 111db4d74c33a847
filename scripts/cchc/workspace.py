"""Where things are in a province's repository, and the rule sets it declares."""
from __future__ import annotations

import re
from pathlib import Path

PROVINCE = "content/province.yml"
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
    rules = root / RULES_DIR
    if rules.is_dir():
        for path in sorted(rules.rglob("*")):
            if path.is_file() and path.suffix in (".yml", ".yaml") and not _hidden(path, rules):
                rel = path.relative_to(root).as_posix()
                found[rel] = "rules" if path.parent == rules else "criteria"
    units = root / UNITS_DIR
    if units.is_dir():
        for path in sorted(units.rglob("*")):
            if path.is_file() and not _hidden(path, units):
                found[path.relative_to(root).as_posix()] = _unit_role(path.relative_to(units).parts)
    return found


def _hidden(path: Path, base: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(base).parts)


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
