"""Sharing a big folder's files with a helper process, so the reader, --print and --json use a second core.

``load_sources`` parses a folder's files one after another on one core. For a folder of at least
``MIN_FILES`` files on a machine with another core, the files after the first ``HEAD_FILES`` go to
a helper process (``sources.helper``) that runs the same per-file function
(``folder_file_result``) from the first of them on, while the caller parses its head. The caller
then takes the helper's answers in walk order as they come and, meanwhile, parses the helper's
files from the last one back, until the two meet; whichever side is faster (the reader's own
process also draws its window) does more. Whatever the helper does not answer well is parsed by
the caller. The results are exactly those of a one-process load.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from newstui.model import LoadResult
from newstui.sources.helper import cores, finish, launch, read_frame, read_header, send_request, stop

if TYPE_CHECKING:
    from newstui.sources.options import LoadOptions

__all__ = ["MIN_FILES", "FolderHelper", "helper_share", "prestart"]

MODULE: Final = "newstui.sources.parallel"
MIN_FILES: Final = 2000
"""Folders smaller than this are parsed in one process (a helper takes ~0.2 s to start)."""
HEAD_FILES: Final = 500
"""Files at the start of the walk the caller parses itself while the helper starts (the reader lists
them first); the rest is shared from both ends."""
CHUNK: Final = 100
"""Files per frame the helper writes (at most this many are parsed twice where the two parts meet)."""


def helper_share(count: int) -> int:
    """Where the helper's part of ``count`` files starts (``count`` when no helper is worth it)."""
    if count < MIN_FILES or cores() < 2:
        return count
    return min(count, HEAD_FILES)


def prestart(folder: str, *, argv: Sequence[str] | None = None) -> subprocess.Popen[bytes] | None:
    """A helper launched before ``folder`` is walked, when its top level alone holds ``MIN_FILES`` entries.

    The helper imports what it needs while the caller lists the folder; give it its files with
    ``FolderHelper.start(..., process=)``, or end it with ``helper.finish``. None for a smaller
    folder (it may still turn out big: the caller starts a helper after the walk then), on one core,
    or when no helper can start.
    """
    if cores() < 2:
        return None
    try:
        with os.scandir(folder) as scan:
            for count, _entry in enumerate(scan, 1):
                if count >= MIN_FILES:
                    return launch(MODULE, argv=argv)
    except (OSError, ValueError):
        pass
    return None


class FolderHelper:
    """A helper parsing ``paths`` from the first one on, while the caller takes paths from the last one back.

    The answers are read on a thread as they come (unread, they would fill the pipe and stop the
    helper); ``answered`` gives them in order without waiting. The caller parses the helper's paths
    from the end (``take_some``) until the answers and its own results meet (``covered``), so
    neither waits for the other, whatever speed each gets.
    """

    def __init__(self, paths: Sequence[str], process: subprocess.Popen[bytes]) -> None:
        self.paths: tuple[str, ...] = tuple(paths)
        self._process = process
        self._results: list[LoadResult | None] = []
        self._changed = threading.Condition()
        self._ended = False
        self._reader = threading.Thread(target=self._read, name="newstui-folder-helper", daemon=True)
        self._reader.start()

    @classmethod
    def start(
        cls,
        paths: Sequence[str],
        options: LoadOptions,
        *,
        argv: Sequence[str] | None = None,
        process: subprocess.Popen[bytes] | None = None,
    ) -> FolderHelper | None:
        """Start a helper on ``paths`` (or give them to one from ``prestart``); None when it cannot start.

        Args:
            paths: folder files, in walk order.
            options: the load options (caps, forced encoding, indexing).
            argv: the helper's command (tests).
            process: a helper already launched by ``prestart``.
        """
        if process is None:
            process = launch(MODULE, argv=argv)
            if process is None:
                return None
        send_request(process, paths, options)
        return cls(paths, process)

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
            with self._changed:
                self._ended = True
                self._changed.notify_all()

    def _accept(self, frame: object) -> bool:
        """Append one frame's results if each is for the next path; False (nothing added) otherwise."""
        results = self._results
        if not isinstance(frame, list) or not frame or len(results) + len(frame) > len(self.paths):
            return False
        for offset, result in enumerate(frame):
            path = self.paths[len(results) + offset]
            if result is not None and not (isinstance(result, LoadResult) and result.origin == path):
                return False
        with self._changed:
            results.extend(frame)
            self._changed.notify_all()
        return True

    @property
    def ended(self) -> bool:
        """The helper will answer no more (it finished, failed or was stopped)."""
        return self._ended

    def answered(self, start: int, stop: int) -> list[LoadResult | None]:
        """The answers for ``paths[start:stop]`` that are in (a prefix of it, maybe empty), without waiting."""
        with self._changed:
            return self._results[start : min(stop, len(self._results))]

    def covered(self, taken: int) -> bool:
        """Whether the answers and the caller's ``taken`` last paths cover every path, or the helper ended."""
        return self._ended or len(self._results) + taken >= len(self.paths)

    def take_some(self, taken: int, options: LoadOptions, seconds: float) -> list[LoadResult | None]:
        """Parse the helper's paths from the last not yet taken one back, for about ``seconds`` or until covered.

        Args:
            taken: how many of the last paths the caller has parsed already.
            options: the load options.
            seconds: how long to go on (at least one path is parsed unless covered).

        Returns:
            The new results, last path first (None: skipped).
        """
        from newstui.sources.files import folder_file_result

        results: list[LoadResult | None] = []
        deadline = time.monotonic() + seconds
        while not self.covered(taken + len(results)):
            results.append(folder_file_result(self.paths[len(self.paths) - 1 - taken - len(results)], options))
            if time.monotonic() >= deadline:
                break
        return results

    def close(self) -> None:
        """Stop the helper if it still runs and wait for its reader (idempotent)."""
        stop(self._process)
        self._reader.join(5)


def _serve() -> int:
    """The helper: parse the requested files in order, writing their results in chunks."""
    from newstui.sources.helper import settle_in

    settle_in()
    import newstui.sources.index  # noqa: F401 - the per-file modules, imported while the caller lists the folder
    from newstui.sources.files import folder_file_result
    from newstui.sources.helper import read_request, write_frame, write_header

    request = read_request()
    if request is None:
        return 2
    paths, options = request
    out = write_header()
    for start in range(0, len(paths), CHUNK):
        write_frame(out, [folder_file_result(path, options) for path in paths[start : start + CHUNK]])
    return 0


if __name__ == "__main__":
    raise SystemExit(_serve())
