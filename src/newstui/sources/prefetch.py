"""A helper process that loads the command line's URLs while the reader starts, on another core.

The reader is single-threaded Python: importing Textual, setting up the window and importing httpx
all queue on one core. Started before Textual is imported, this helper imports httpx, fetches and
parses the URLs on another core with exactly the code the reader would run (``load_sources``), and
hands back the ``LoadResult`` of each. The reader takes a result the helper already has for its
first frame, waits for it otherwise, and loads a URL itself whenever the helper cannot answer (it
failed to start, died, or sent something unexpected), so a missing helper changes nothing but speed.

The helper never touches the terminal (its own session, stdin and stdout are pipes, stderr is
discarded) and enforces the same deadlines and size caps as the reader.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from newstui.model import LoadResult

if TYPE_CHECKING:
    from newstui.sources import LoadOptions

__all__ = ["Prefetch"]

TAG: Final = "newstui-prefetch-1"
"""First item of the helper's answer: the format of what follows."""
MAX_ANSWER_BYTES: Final = 256_000_000
"""The most the reader reads from the helper (its documents are capped long before this)."""


def _helper_argv() -> list[str] | None:
    """How to start the helper: this interpreter running this module (None if there is none)."""
    if not sys.executable or os.name != "posix":
        return None
    return [sys.executable, "-m", "newstui.sources.prefetch"]


class Prefetch:
    """The helper for a run's URLs: started at once, answered once, closed when the reader ends."""

    def __init__(self, refs: Sequence[str], process: subprocess.Popen[bytes]) -> None:
        self.refs: tuple[str, ...] = tuple(refs)
        self._process = process
        self._done = threading.Event()
        self._results: dict[str, LoadResult] | None = None
        self._reader = threading.Thread(target=self._collect, name="newstui-prefetch", daemon=True)
        self._reader.start()

    @classmethod
    def start(cls, refs: Sequence[str], options: LoadOptions, *, argv: Sequence[str] | None = None) -> Prefetch | None:
        """Start the helper on the http(s) URLs among ``refs``; None when there are none or it cannot start.

        Args:
            refs: the run's sources (only the URLs are sent).
            options: the load options the reader uses (deadlines, caps, encoding, feed entries).
            argv: the helper's command (tests); this interpreter running this module by default.
        """
        from newstui.sources import is_url

        urls = list(dict.fromkeys(ref for ref in refs if is_url(ref)))
        command = list(argv) if argv is not None else _helper_argv()
        if not urls or command is None:
            return None
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
                close_fds=True,
            )
        except (OSError, ValueError):
            return None
        prefetch = cls(urls, process)
        prefetch._send(options)
        return prefetch

    def _send(self, options: LoadOptions) -> None:
        """Write the request; a helper that is gone already just gives no answer."""
        stdin = self._process.stdin
        assert stdin is not None
        try:
            stdin.write(pickle.dumps((TAG, list(self.refs), options)))
            stdin.close()
        except (OSError, ValueError):
            pass

    def _collect(self) -> None:
        """Read the helper's answer to its end (on a thread) and keep it if it is well formed."""
        stdout = self._process.stdout
        assert stdout is not None
        try:
            data = stdout.read(MAX_ANSWER_BYTES + 1)
            stdout.close()
            code = self._process.wait()
            if code == 0 and len(data) <= MAX_ANSWER_BYTES:
                self._results = self._decode(data)
        except Exception:  # noqa: BLE001 - any failure means "load it yourself", never a crash
            self._results = None
        finally:
            self._done.set()

    def _decode(self, data: bytes) -> dict[str, LoadResult] | None:
        """The results by URL, or None unless the answer is exactly what this version writes."""
        from newstui import __file__ as package_file

        answer = pickle.loads(data)  # noqa: S301 - our own helper's pipe, started by this process
        if not (isinstance(answer, tuple) and len(answer) == 3 and answer[0] == TAG and answer[1] == package_file):
            return None
        results = answer[2]
        if not isinstance(results, list) or len(results) != len(self.refs):
            return None
        if not all(isinstance(result, LoadResult) for result in results):
            return None
        if [result.origin for result in results] != list(self.refs):
            return None
        return dict(zip(self.refs, results, strict=True))

    @property
    def done(self) -> bool:
        """Whether the helper has finished (answered, failed or been closed)."""
        return self._done.is_set()

    def result_now(self, ref: str) -> LoadResult | None:
        """The helper's result for ``ref`` if it has one already; never waits."""
        if not self._done.is_set() or self._results is None:
            return None
        return self._results.get(ref)

    async def take(self, ref: str) -> LoadResult | None:
        """The helper's result for ``ref``, waiting for it; None when the caller must load ``ref`` itself."""
        import asyncio

        if ref not in self.refs:
            return None
        if not self._done.is_set():
            await asyncio.to_thread(self._done.wait)
        return self.result_now(ref)

    def close(self) -> None:
        """Stop the helper if it still runs and reap it (idempotent)."""
        if self._process.poll() is None:
            try:
                self._process.kill()
            except OSError:
                pass
        self._reader.join(5)


def _serve() -> int:
    """The helper: read the request from stdin, load the URLs, write the answer to stdout."""
    import asyncio

    import newstui
    from newstui.sources import LoadOptions, load_sources

    request = pickle.loads(sys.stdin.buffer.read())  # noqa: S301 - written by the reader that started us
    if not (isinstance(request, tuple) and len(request) == 3 and request[0] == TAG):
        return 2
    _, refs, options = request
    if not isinstance(options, LoadOptions) or not all(isinstance(ref, str) for ref in refs):
        return 2
    results = asyncio.run(load_sources(refs, options))
    sys.stdout.buffer.write(pickle.dumps((TAG, newstui.__file__, results), protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(_serve())
