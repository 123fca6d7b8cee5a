"""A one-line progress report on stderr for ``--print`` and ``--json``: only at a terminal, only for long work."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Final, TextIO, TypeVar

from newstui.model import LoadResult

__all__ = ["DELAY", "INTERVAL", "ProgressLine", "into_pipe"]

DELAY: Final = 0.5
"""Seconds of work before the line first appears (quick runs never show it)."""
INTERVAL: Final = 0.1
"""Seconds between two updates of the line."""
_CLEAR: Final = "\r\x1b[K"
"""Back to the start of the line and erase it (the only control sequence written, and only to a terminal)."""

_Item = TypeVar("_Item")


class ProgressLine:
    """Counts loaded articles and written ones, and redraws one status line on ``stream`` while that runs.

    Nothing is written unless ``stream`` is a terminal, ``enabled`` is true and the work has run for
    ``delay`` seconds, so a script reading stderr, or a run that ends at once, sees no progress at
    all. The text is
    newstui's own (counts only, never a source's name), cut to the terminal's width so that the line
    never wraps, and erased by ``clear``, which the caller runs however the work ends.
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        prog: str = "newstui",
        enabled: bool = True,
        delay: float | None = None,
        interval: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream
        self._prog = prog
        self._interval = INTERVAL if interval is None else interval
        self._clock = clock
        self._due = clock() + (DELAY if delay is None else delay)
        """When the line may next be drawn."""
        self._active = enabled and _is_terminal(stream)
        self._shown = False
        self.articles = 0
        """Articles loaded so far."""
        self.failed = 0
        """Sources (or a folder's files) that failed so far."""

    @property
    def shown(self) -> bool:
        """Whether the line is on the screen now."""
        return self._shown

    def loaded(self, _index: int, result: LoadResult) -> None:
        """Count one source's result (``load_sources``'s ``on_result``) and redraw the line when due."""
        self.articles += len(result.articles)
        self.failed += bool(result.error)
        if self._active and self._clock() >= self._due:
            failed = f", {self.failed:,} failed" if self.failed else ""
            self._draw(f"loading: {self.articles:,} article{'' if self.articles == 1 else 's'}{failed}")

    def writing(self, items: Sequence[_Item], what: str = "articles") -> Iterator[_Item]:
        """Yield ``items`` in order, redrawing "writing: n of total" when due; erases the line at the end."""
        total = len(items)
        for number, item in enumerate(items):
            if self._active and self._clock() >= self._due:
                self._draw(f"writing: {number:,} of {total:,} {what.removesuffix('s') if total == 1 else what}")
            yield item
        self.clear()

    def clear(self) -> None:
        """Erase the line if it is shown (safe to call any number of times)."""
        if self._shown:
            self._shown = False
            self._write(_CLEAR)

    def _draw(self, text: str) -> None:
        self._due = self._clock() + self._interval
        line = f"{self._prog}: {text}"[: max(_width(self._stream) - 1, 1)]
        self._shown = True
        self._write(_CLEAR + line)

    def _write(self, text: str) -> None:
        try:
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError):  # the terminal went away (or was closed): stop reporting
            self._active = False


def into_pipe(stream: TextIO) -> bool:
    """Whether ``stream`` writes into a pipe or socket: perhaps a pager (``| less``) on the line's own terminal."""
    try:
        mode = os.fstat(stream.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False


def _width(stream: TextIO) -> int:
    """Columns of the terminal behind ``stream`` (80 when it cannot tell)."""
    try:
        return os.get_terminal_size(stream.fileno()).columns or 80
    except (OSError, ValueError, AttributeError):
        return 80
