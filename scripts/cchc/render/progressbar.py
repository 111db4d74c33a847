"""A progress bar on stderr, only when stderr is a terminal."""
from __future__ import annotations

import sys
import threading


class Progress:
    def __init__(self, total: int, label: str = "văn bản", stream=None):
        self.stream = stream or sys.stderr
        self.total = total
        self.label = label
        self.done = 0
        self.active = total > 0 and hasattr(self.stream, "isatty") and self.stream.isatty()
        self._lock = threading.Lock()

    def step(self, count: int = 1) -> None:
        with self._lock:
            self.done += count
            if self.active:
                self._draw()

    def _draw(self) -> None:
        width = 30
        filled = int(width * self.done / self.total)
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} {self.label}")
        self.stream.flush()

    def close(self) -> None:
        if self.active:
            self.stream.write("\n")
            self.stream.flush()
