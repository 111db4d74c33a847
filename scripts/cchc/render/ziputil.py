"""Deterministic OOXML packages: fixed timestamps, fixed member order, fixed compression."""
from __future__ import annotations

import io
import zipfile

_EPOCH = (1980, 1, 1, 0, 0, 0)
_FIRST = ("[Content_Types].xml", "_rels/.rels")


def _order(name: str) -> tuple:
    return (_FIRST.index(name) if name in _FIRST else len(_FIRST), name)


def members(blob: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(blob)) as source:
        return {name: source.read(name) for name in source.namelist()}


def write(parts: dict[str, bytes]) -> bytes:
    """A zip of ``parts`` in which the same members always give the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in sorted(parts, key=_order):
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, parts[name], compresslevel=6)
    return out.getvalue()


def normalize(blob: bytes, replace: dict[str, bytes] | None = None) -> bytes:
    """Rewrite a zip so that the same members give the same bytes, optionally replacing some."""
    return write({**members(blob), **(replace or {})})
