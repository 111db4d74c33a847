"""The files the commands read besides code: Jinja templates, Lua filters, the typst preamble,
stylesheets, the site's search script and default MkDocs configuration, and the skeleton of a new
workspace. They ship inside the package (``cchc/templates/``, which in the source tree is the
repository's ``templates/`` folder, and ``cchc/skeleton/``) and are found through importlib.resources,
so an installed package needs nothing from this repository.

A workspace may replace a Jinja template (``*.j2``) or a stylesheet (``*.css``) by placing its own
copy at the same place under its ``templates/`` folder (``templates/render/bao_cao.md.j2``,
``templates/site/assets/cchc-site.css``). Lua filters, the typst preamble, scripts and the MkDocs
configuration skeleton are code: they always come from the package. An overriding file must be a
regular file inside the workspace (a link is ignored), and override templates run in Jinja's sandbox.
"""
from __future__ import annotations

import functools
import importlib.resources
import os
import shutil
import tempfile
from pathlib import Path

import jinja2
import jinja2.sandbox

OVERRIDABLE = (".j2", ".css")
WORKSPACE_FOLDER = "templates"


@functools.lru_cache(maxsize=None)
def package_dir() -> Path:
    """The ``cchc`` package's folder on disk; a package imported from an archive is copied out once."""
    root = importlib.resources.files("cchc")
    if isinstance(root, Path):
        return root
    target = Path(tempfile.mkdtemp(prefix="cchc-package-"))
    _copy_tree(root, target)
    return target


def _copy_tree(source, target: Path) -> None:
    for entry in source.iterdir():
        if entry.is_dir():
            (target / entry.name).mkdir()
            _copy_tree(entry, target / entry.name)
        else:
            (target / entry.name).write_bytes(entry.read_bytes())


def builtin(rel: str) -> Path:
    """A file or folder of the package's templates, e.g. ``render/official.lua``."""
    return package_dir() / "templates" / rel


def skeleton(rel: str = "") -> Path:
    """A file or folder of the skeleton ``cchc init`` copies into a new workspace."""
    return package_dir() / "skeleton" / rel


def _workspace_folder(root: Path | None, sub: str) -> Path | None:
    """``<root>/templates/<sub>`` when it holds overrides: a real folder that is not the package's own
    (in a development checkout the package's templates are the repository's templates/)."""
    if root is None:
        return None
    folder = Path(root) / WORKSPACE_FOLDER / sub
    if not folder.is_dir() or any(p.is_symlink() for p in (folder, folder.parent)):
        return None
    if folder.resolve() == builtin(sub).resolve():
        return None
    return folder


def _override(root: Path | None, rel: str) -> Path | None:
    if not rel.endswith(OVERRIDABLE):
        return None
    head, _, name = rel.rpartition("/")
    folder = _workspace_folder(root, head)
    if folder is None:
        return None
    candidate = folder / name
    if candidate.is_symlink() or not candidate.is_file():
        return None
    return candidate


def find(rel: str, root: Path | None = None) -> Path:
    """The workspace's copy of an overridable file when it has one, else the package's."""
    return _override(root, rel) or builtin(rel)


def overrides(root: Path | None, sub: str) -> list[Path]:
    """The workspace's overriding files under ``templates/<sub>``, sorted (part of cache keys)."""
    folder = _workspace_folder(root, sub)
    if folder is None:
        return []
    return sorted(p for p in folder.rglob("*")
                  if p.suffix in OVERRIDABLE and p.is_file() and not p.is_symlink())


def digest_material(root: Path | None, sub: str) -> bytes:
    """Names and bytes of every file that shapes the output of ``sub``: the package's and the overrides'."""
    base = builtin(sub)
    files = [(p.relative_to(base).as_posix(), p) for p in sorted(base.rglob("*")) if p.is_file()]
    files += [("override/" + p.name, p) for p in overrides(root, sub)]
    return b"".join(name.encode() + b"\0" + path.read_bytes() for name, path in files)


def copy(rel: str, target: Path, root: Path | None = None) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(find(rel, root), target)


class _RegularFiles(jinja2.FileSystemLoader):
    """Templates that are regular files inside their search folder (a link is skipped)."""

    def get_source(self, environment, template):
        pieces = jinja2.loaders.split_template_path(template)
        for base in self.searchpath:
            path = os.path.join(base, *pieces)
            inside = os.path.realpath(path).startswith(os.path.realpath(base) + os.sep)
            if inside and os.path.isfile(path) and not os.path.islink(path):
                return jinja2.FileSystemLoader(base).get_source(environment, template)
        raise jinja2.TemplateNotFound(template)


def jinja_environment(root: Path | None, sub: str, **options) -> jinja2.Environment:
    """The templates of ``sub`` (``render`` or ``site``): the workspace's overrides first, run in
    Jinja's sandbox, then the package's. One environment per overriding folder and options."""
    return _environment(_workspace_folder(root, sub), sub, tuple(sorted(options.items())))


@functools.lru_cache(maxsize=None)
def _environment(folder: Path | None, sub: str, options: tuple) -> jinja2.Environment:
    paths = [str(builtin(sub))] if folder is None else [str(folder), str(builtin(sub))]
    kind = jinja2.Environment if folder is None else jinja2.sandbox.SandboxedEnvironment
    return kind(loader=_RegularFiles(paths), **dict(options))
