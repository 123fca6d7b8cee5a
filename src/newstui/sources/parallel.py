"""Parsing the second part of a big folder in a helper process, so --print and --json use a second core.

``load_sources`` parses a folder's files one after another on one core. For a folder of at least
``MIN_FILES`` files on a machine with another core, the files after ``helper_share`` go to a helper
process (``sources.helper``) that runs the same per-file function (``folder_file_result``) while
the caller parses the first part; the caller then takes the helper's results in walk order and
parses whatever the helper did not answer. The results are exactly those of a one-process load.
"""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from newstui.model import LoadResult
from newstui.sources.helper import finish, read_frame, read_header, spawn, stop

if TYPE_CHECKING:
    from newstui.sources import LoadOptions

__all__ = ["MIN_FILES", "FolderHelper", "helper_share"]

MODULE: Final = "newstui.sources.parallel"
MIN_FILES: Final = 2000
"""Folders smaller than this are parsed in one process (a helper takes ~0.2 s to start)."""
HEAD_START: Final = 1000
"""Files more than half the caller keeps: what it parses while the helper starts and what it costs
to take the helper's results back."""
CHUNK: Final = 250
"""Files per frame the helper writes."""


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def helper_share(count: int) -> int:
    """Where the helper's part of ``count`` files starts (``count`` when no helper is worth it)."""
    if count < MIN_FILES or _cores() < 2:
        return count
    return min(count, (count + HEAD_START) // 2)


class FolderHelper:
    """A helper parsing ``paths``: started at once, its answers read as they come, collected at the end."""

    def __init__(self, paths: Sequence[str], process: subprocess.Popen[bytes]) -> None:
        self.paths: tuple[str, ...] = tuple(paths)
        self._process = process
        self._results: list[LoadResult | None] = []
        # The answers are read as they come: unread, they would fill the pipe and stop the helper.
        self._reader = threading.Thread(target=self._read, name="newstui-folder-helper", daemon=True)
        self._reader.start()

    @classmethod
    def start(
        cls, paths: Sequence[str], options: LoadOptions, *, argv: Sequence[str] | None = None
    ) -> FolderHelper | None:
        """Start a helper on ``paths``; None when it cannot start.

        Args:
            paths: folder files, in walk order.
            options: the load options (caps, forced encoding, indexing).
            argv: the helper's command (tests).
        """
        process = spawn(MODULE, (list(paths), options), argv=argv)
        return cls(paths, process) if process is not None else None

    def _read(self) -> None:
        """Read the helper's frames to the end, or up to the first one that is not right (on a thread)."""
        stdout = self._process.stdout
        assert stdout is not None
        try:
            if read_header(stdout):
                while (frame := read_frame(stdout)) is not None:
                    if not self._accept(frame):
                        break
        except Exception:  # noqa: BLE001 - any failure means "parse the rest yourself", never a crash
            pass
        finally:
            finish(self._process)

    def _accept(self, frame: object) -> bool:
        """Append one frame's results if each is for the next path; False (nothing added) otherwise."""
        results = self._results
        if not isinstance(frame, list) or not frame or len(results) + len(frame) > len(self.paths):
            return False
        for offset, result in enumerate(frame):
            path = self.paths[len(results) + offset]
            if result is not None and not (isinstance(result, LoadResult) and result.origin == path):
                return False
        results.extend(frame)
        return True

    def collect(self) -> list[LoadResult | None]:
        """The helper's results for the first paths, in order (None: the file is skipped); waits for the helper.

        As many results as it answered well: at a malformed frame, a wrong path or an early end the
        answers stop there, and the caller parses the remaining paths itself.
        """
        self._reader.join()
        return list(self._results)

    def close(self) -> None:
        """Stop the helper if it still runs and wait for its reader (idempotent)."""
        stop(self._process)
        self._reader.join(5)


def _serve() -> int:
    """The helper: parse the requested files in order, writing their results in chunks."""
    from newstui.sources import LoadOptions, folder_file_result
    from newstui.sources.helper import read_request, write_frame, write_header

    request = read_request()
    if not (isinstance(request, tuple) and len(request) == 2):
        return 2
    paths, options = request
    if not isinstance(options, LoadOptions) or not all(isinstance(path, str) for path in paths):
        return 2
    out = write_header()
    for start in range(0, len(paths), CHUNK):
        write_frame(out, [folder_file_result(path, options) for path in paths[start : start + CHUNK]])
    return 0


if __name__ == "__main__":
    raise SystemExit(_serve())
