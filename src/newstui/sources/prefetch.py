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
from typing import IO, TYPE_CHECKING, Final

from newstui.model import LoadResult

if TYPE_CHECKING:
    from newstui.sources import LoadOptions

__all__ = ["Prefetch"]

TAG: Final = "newstui-prefetch-1"
"""First item of the helper's answer: the format of what follows."""
MAX_FRAME_BYTES: Final = 256_000_000
"""The largest answer the reader reads for one URL (its documents are capped long before this)."""


def _helper_argv() -> list[str] | None:
    """How to start the helper: this interpreter running this module (None if there is none).

    ``-P`` keeps the working folder off the helper's module path: with ``-m`` it would come first,
    and a stray ``asyncio.py`` where the user runs newstui would be imported instead of the real one.
    The helper finds newstui as this interpreter does; its answers name the copy it ran, and an
    answer from another copy is not used.
    """
    if not sys.executable or os.name != "posix":
        return None
    return [sys.executable, "-P", "-m", "newstui.sources.prefetch"]


class Prefetch:
    """The helper for a run's URLs: started at once, answering each URL as it lands, closed when the reader ends.

    The helper writes a header (format and package path) and then one frame per URL as its load
    ends (``index, LoadResult``), each a 4-byte big-endian length and a pickle. A frame that is not
    exactly that ends the conversation: the helper is stopped and every URL without an answer yet
    is left to the reader.
    """

    def __init__(self, refs: Sequence[str], process: subprocess.Popen[bytes]) -> None:
        self.refs: tuple[str, ...] = tuple(refs)
        self._process = process
        self._ready = {ref: threading.Event() for ref in self.refs}
        self._results: dict[str, LoadResult] = {}
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
        """Read the helper's frames as they come (on a thread); whatever is left unanswered is the reader's."""
        stdout = self._process.stdout
        assert stdout is not None
        try:
            header = _read_frame(stdout)
            from newstui import __file__ as package_file

            if header == (TAG, package_file):
                while (frame := _read_frame(stdout)) is not None:
                    self._accept(frame)
        except Exception:  # noqa: BLE001 - any failure means "load it yourself", never a crash
            pass
        finally:
            if self._process.poll() is None and not all(event.is_set() for event in self._ready.values()):
                self._kill()
            try:
                stdout.close()
                self._process.wait()
            except OSError:
                pass
            for event in self._ready.values():
                event.set()

    def _accept(self, frame: object) -> None:
        """Keep one ``(index, LoadResult)`` frame; anything else ends the conversation."""
        if not (isinstance(frame, tuple) and len(frame) == 2 and isinstance(frame[0], int)):
            raise ValueError("not a result frame")
        index, result = frame
        if not (0 <= index < len(self.refs) and isinstance(result, LoadResult)):
            raise ValueError("not a result frame")
        ref = self.refs[index]
        if result.origin != ref or ref in self._results:
            raise ValueError("a result for another source")
        self._results[ref] = result
        self._ready[ref].set()

    @property
    def done(self) -> bool:
        """Whether every URL has its answer (or will not get one from the helper)."""
        return all(event.is_set() for event in self._ready.values())

    def result_now(self, ref: str) -> LoadResult | None:
        """The helper's result for ``ref`` if it has one already; never waits."""
        event = self._ready.get(ref)
        if event is None or not event.is_set():
            return None
        return self._results.get(ref)

    async def take(self, ref: str) -> LoadResult | None:
        """The helper's result for ``ref``, waiting for it; None when the caller must load ``ref`` itself."""
        import asyncio

        event = self._ready.get(ref)
        if event is None:
            return None
        if not event.is_set():
            await asyncio.to_thread(event.wait)
        return self._results.get(ref)

    def _kill(self) -> None:
        if self._process.poll() is None:
            try:
                self._process.kill()
            except OSError:
                pass

    def close(self) -> None:
        """Stop the helper if it still runs and reap it (idempotent); unanswered URLs stay unanswered."""
        self._kill()
        self._reader.join(5)


def _read_frame(stream: IO[bytes]) -> object | None:
    """One length-prefixed pickle from the helper; None at a clean end of the stream."""
    head = stream.read(4)
    if not head:
        return None
    if len(head) != 4:
        raise ValueError("truncated frame")
    size = int.from_bytes(head, "big")
    if size > MAX_FRAME_BYTES:
        raise ValueError("frame too large")
    data = stream.read(size)
    if len(data) != size:
        raise ValueError("truncated frame")
    value: object = pickle.loads(data)  # noqa: S301 - our own helper's pipe, started by this process
    return value


def _write_frame(stream: IO[bytes], value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(data).to_bytes(4, "big") + data)
    stream.flush()


def _serve() -> int:
    """The helper: read the request from stdin, load the URLs, write each result as it lands."""
    import asyncio

    import newstui
    from newstui.sources import LoadOptions, load_sources

    request = pickle.loads(sys.stdin.buffer.read())  # noqa: S301 - written by the reader that started us
    if not (isinstance(request, tuple) and len(request) == 3 and request[0] == TAG):
        return 2
    _, refs, options = request
    if not isinstance(options, LoadOptions) or not all(isinstance(ref, str) for ref in refs):
        return 2
    out = sys.stdout.buffer
    _write_frame(out, (TAG, newstui.__file__))

    def report(index: int, result: LoadResult) -> None:
        _write_frame(out, (index, result))

    asyncio.run(load_sources(refs, options, on_result=report))
    return 0


if __name__ == "__main__":
    raise SystemExit(_serve())
