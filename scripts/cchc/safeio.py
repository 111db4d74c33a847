"""Reading authored files and writing outputs where a pull request cannot steer either (SECURITY.md).

- An authored file is read only if it is a regular file: a link (to a file or a folder), a FIFO, a
  device or a socket is refused before anything is read (opened without following links and
  without blocking, checked on the open file), and no more than the size limit is read.
- An output folder must not be, or pass through, a link below the workspace; links found inside it
  (committed by a pull request, say) are removed themselves, never what they point to. Nothing is
  deleted outside the output folder.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

KINDS = {  # what a file that is not a regular file is: a key of the catalogue's "file_mode" words (CCHC-L017)
    stat.S_IFLNK: "link",
    stat.S_IFIFO: "fifo",
    stat.S_IFCHR: "device",
    stat.S_IFBLK: "device",
    stat.S_IFSOCK: "socket",
    stat.S_IFDIR: "folder",
}
OTHER_KIND = "special"


def describe_mode(mode: int) -> str:
    return KINDS.get(stat.S_IFMT(mode), OTHER_KIND)


class NotRegular(OSError):
    """The path is not a regular file; ``kind`` says what it is ("link", "fifo"...: ``KINDS``)."""

    def __init__(self, path, mode: int):
        super().__init__(f"not a regular file: {path}")
        self.kind = describe_mode(mode)


def kind_of(path: Path) -> str | None:
    """What ``path`` is when it is not a regular file (without following a link); None for a regular file."""
    mode = os.lstat(path).st_mode
    return None if stat.S_ISREG(mode) else describe_mode(mode)


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def read_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, at most ``limit + 1`` of them (so that "too large" can be told)."""
    try:
        handle = os.open(path, _READ_FLAGS)
    except OSError:
        if os.path.islink(path):        # O_NOFOLLOW on a link: ELOOP
            raise NotRegular(path, stat.S_IFLNK) from None
        raise
    try:
        mode = os.fstat(handle).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegular(path, mode)
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(handle, left)
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(handle)


class UnsafeOutput(Exception):
    """An output folder that is, or passes through, a link; the message is for the user (Vietnamese)."""


def check_output_folder(folder: Path, root: Path) -> Path:
    """``folder`` as an absolute path, after making sure it is not and does not pass through a link
    between the workspace ``root`` and itself (or is not itself a link, when outside the workspace)."""
    folder = Path(os.path.abspath(folder))
    root = Path(os.path.abspath(root))
    below = folder.relative_to(root).parts if folder == root or root in folder.parents else None
    steps = [root.joinpath(*below[:i + 1]) for i in range(len(below))] if below is not None else [folder]
    for step in steps:
        if step.is_symlink():
            raise UnsafeOutput(f"thư mục kết quả {folder} đi qua liên kết {step} (symlink); chương trình không ghi "
                               f"hay xóa gì qua liên kết. Xóa liên kết đó (nó có thể do một yêu cầu hợp nhất đưa vào) "
                               f"hoặc chọn thư mục khác bằng --out.")
    return folder


def remove_links(folder: Path) -> int:
    """Remove every link below ``folder`` (the links themselves); the number removed."""
    removed = 0
    for current, dirs, files in os.walk(folder):
        links = {name for name in dirs + files if os.path.islink(os.path.join(current, name))}
        for name in links:
            os.unlink(os.path.join(current, name))
        removed += len(links)
        dirs[:] = [d for d in dirs if d not in links]
    return removed


def prepare_output_folder(folder: Path, root: Path) -> Path:
    """Check ``folder`` (see check_output_folder), create it, and clear it of links."""
    folder = check_output_folder(folder, root)
    folder.mkdir(parents=True, exist_ok=True)
    remove_links(folder)
    return folder
