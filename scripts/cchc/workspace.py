"""Where things are in a province's repository, and the rule sets it declares."""
from __future__ import annotations

import os
import re
from pathlib import Path

from . import safeio
from .outline import ascii_fold

PROVINCE = "content/province.yml"
WAIVERS = "content/waivers.yml"
RULES_DIR = "content/rules"
UNITS_DIR = "units"
_YEAR = re.compile(r"\d{4}\Z")
_RULES_FILE = re.compile(r"(\d{4})\.ya?ml\Z")
# Folder and file names below units/ (SECURITY.md: names reach links and pages of the site).
SLUG_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
NAME_EXTENSIONS = ("md", "yml", "yaml")


class NoWorkspace(Exception):
    """The folder is not inside a cchc workspace."""


def find_root(start: Path) -> Path:
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / PROVINCE).is_file() or (folder / UNITS_DIR).is_dir() and (folder / "content").is_dir():
            return folder
    raise NoWorkspace(str(start))


def discover(root: Path) -> dict[str, str]:
    """Every file the checker reads, mapped to its role; files in odd places are 'stray', links and
    other files that are not regular files 'special', and files whose path is not of the slug form
    'misnamed' (the loader turns the last two into findings and reads neither)."""
    found: dict[str, str] = {}
    if (root / PROVINCE).is_file() or (root / PROVINCE).is_symlink():
        found[PROVINCE] = "province"
    if (root / WAIVERS).is_file() or (root / WAIVERS).is_symlink():
        found[WAIVERS] = "waivers"
    specials: set[str] = set()
    for rel in _walk(root, RULES_DIR, specials):
        if rel.endswith((".yml", ".yaml")):
            found[rel] = "rules" if rel.count("/") == 2 else "criteria"
    for rel in _walk(root, UNITS_DIR, specials):
        role = _unit_role(tuple(rel.split("/")[1:]))
        found[rel] = "misnamed" if role in ("unit", "document", "table") and misnamed(rel) else role
    for rel in (PROVINCE, WAIVERS):
        if rel in found and special(root, rel):
            specials.add(rel)
    for rel in specials:
        found[rel] = "special"
    return found


def _walk(root: Path, top: str, specials: set) -> list[str]:
    """Files below ``root/top`` as sorted relative paths, hidden files and folders left out. What is
    not a regular file or a folder (a link to either, a FIFO, a device) is listed too, without being
    followed, and added to ``specials``: the loader refuses it."""
    result = []
    steps = top.split("/")
    for index in range(len(steps)):             # content/ or units/ itself a link: not followed
        step = "/".join(steps[:index + 1])
        if (root / step).is_symlink():
            specials.add(step)
            return [step]
    pending = [top]
    while pending:
        rel_folder = pending.pop()
        try:
            entries = list(os.scandir(root / rel_folder))
        except FileNotFoundError:                # no units/ (or content/rules/) yet: nothing to read
            continue
        except OSError:                          # a folder that cannot be listed: told, not skipped
            result.append(rel_folder)
            specials.add(rel_folder)
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = f"{rel_folder}/{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                pending.append(rel)
                continue
            result.append(rel)
            if not entry.is_file(follow_symlinks=False):
                specials.add(rel)
    return sorted(result)


def special(root: Path, rel: str) -> str | None:
    """What the file at ``rel`` is when it is not a regular file (a link, a FIFO...); None otherwise."""
    try:
        return safeio.kind_of(root / rel)
    except OSError:
        return None


def misnamed(rel: str) -> str | None:
    """The part of a path below units/ whose name is not of the slug form (the unit folder, a year
    folder, a file name), or None when every part is well formed."""
    parts = rel.split("/")[1:]
    for index, part in enumerate(parts):
        stem, extension = _split_name(part) if index == len(parts) - 1 else (part, "")
        if not SLUG_NAME.fullmatch(stem):
            return part
    return None


def _split_name(name: str) -> tuple[str, str]:
    """(stem, extension) of a file name; the extension only when it is one the workspace reads."""
    stem, dot, extension = name.rpartition(".")
    return (stem, extension) if dot and extension in NAME_EXTENSIONS else (name, "")


def slug_suggestion(name: str) -> str:
    """A misnamed folder or file as it could be named: "Báo cáo quý 1.md" -> "bao-cao-quy-1.md"."""
    stem, extension = _split_name(name)
    slug = "-".join("".join(c if c.isascii() and c.isalnum() else " " for c in ascii_fold(stem).lower()).split())
    return (slug or "ten-moi") + (f".{extension}" if extension else "")


def _unit_role(parts: tuple) -> str:
    if parts and parts[-1].lower() in ("readme.md", ".gitkeep"):   # notes for people, anywhere
        return "ignored"
    if len(parts) == 2 and parts[1] == "unit.yml":
        return "unit"
    if len(parts) == 3 and _YEAR.match(parts[1]):
        if parts[2].endswith(".md"):
            return "document"
        if parts[2].endswith((".yml", ".yaml")):
            return "table"
    return "stray"


def relative_path(root: Path, path: Path) -> str:
    """A path given on the command line as a path of the workspace ("" for the workspace itself)."""
    try:
        rel = path.resolve().relative_to(root)
    except ValueError:
        return str(path)
    text = rel.as_posix()
    return "" if text == "." else text


def within(path: str, wanted: str) -> bool:
    """Whether the workspace path ``path`` is ``wanted`` or below it ("" wants everything)."""
    return not wanted or path == wanted or path.startswith(wanted.rstrip("/") + "/")


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
        elif isinstance(value, dict):
            result[key] = merge(result[key] if isinstance(result.get(key), dict) else {}, value)
        else:
            result[key] = value
    return result
