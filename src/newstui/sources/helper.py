"""Helper processes: this interpreter on a newstui module, a pickled request in, length-prefixed pickles out.

Python runs one thread of bytecode at a time, so work that must overlap other work (fetching while
the reader starts, parsing half of a big folder) goes to a helper process on another core. A helper
is started as ``python -P -m newstui.sources.<module>``, reads one request frame from its stdin and
writes a header and then frames to its stdout pipe, each a 4-byte big-endian length and a pickle (through
a copy of the descriptor: fd 1 itself then goes to the null device, so a stray ``print`` cannot corrupt
a frame). Its stdin stays open: the helper exits as soon as it ends, so a helper never outlives its
caller. It never touches the terminal: it runs in its own session, with stdin and stdout as pipes and
stderr discarded. The caller trusts only answers from this very copy of newstui (the header names its
package file) and does the work itself whenever a helper cannot answer.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Final

if TYPE_CHECKING:
    from newstui.sources.options import LoadOptions

__all__ = [
    "cores",
    "finish",
    "frame_stream",
    "helper_argv",
    "helper_env",
    "launch",
    "module_path",
    "read_frame",
    "read_header",
    "read_request",
    "send_request",
    "settle_in",
    "spawn",
    "stop",
    "watch_parent",
    "write_frame",
    "write_header",
]

PARENT_ENV: Final = "NEWSTUI_HELPER_PARENT"
"""Environment variable naming the caller's process id (see ``watch_parent``)."""
PARENT_POLL: Final = 0.02
"""Seconds between two checks that the caller is still there."""
TAG: Final = "newstui-helper-1"
"""First item of every request and header: the format of what follows."""
MAX_FRAME_BYTES: Final = 256_000_000
"""The largest frame a caller reads (the documents in it are capped long before this)."""


def cores() -> int:
    """CPUs this process may run on: a helper only pays off with a second one."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def helper_argv(module: str) -> list[str] | None:
    """How to start a helper: this interpreter running ``module`` (None if there is no interpreter).

    ``-P`` keeps the working folder off the helper's module path: with ``-m`` it would come first,
    and a stray ``asyncio.py`` where the user runs newstui would be imported instead of the real one.
    ``-S`` skips ``site``: the helper is given this process's module path instead (``module_path``),
    so it finds newstui and its libraries as this interpreter does without processing every ``.pth``
    file again (~30 ms of each helper's start here, where one imports certifi). The helper's header
    names the copy of newstui it ran.

    ``-X utf8`` when this process runs in Python's UTF-8 mode (``__main__`` starts again in it in an
    ASCII locale): the helper inherits the environment, ``LC_ALL=C PYTHONUTF8=0`` included, and would
    otherwise encode file names as ASCII, where ``خبر.txt`` cannot even be stat-ed.
    """
    if not sys.executable or os.name != "posix":
        return None
    return [sys.executable, "-S", "-P", *_utf8_flags(), "-m", module]


def _utf8_flags() -> list[str]:
    """``["-X", "utf8"]`` when this process is in Python's UTF-8 mode, else nothing (see ``helper_argv``)."""
    return ["-X", "utf8"] if sys.flags.utf8_mode else []


def helper_env() -> dict[str, str]:
    """A helper's environment: this process's, with the caller's id (``watch_parent``), its module path
    (``module_path``) and, in UTF-8 mode, ``PYTHONUTF8=1`` (so even a helper started with another command,
    as tests do, names files as this process does)."""
    env = {**os.environ, PARENT_ENV: str(os.getpid()), "PYTHONPATH": module_path()}
    if sys.flags.utf8_mode:
        env["PYTHONUTF8"] = "1"
    return env


def module_path() -> str:
    """This process's module search path for a helper, as ``PYTHONPATH``: ``sys.path`` without its first entry
    when that is the working folder or the script's (which ``-P`` keeps off the helper's path)."""
    entries = sys.path if sys.flags.safe_path else sys.path[1:]
    return os.pathsep.join(entry for entry in entries if entry)


def spawn(
    module: str, names: Sequence[str], options: LoadOptions, *, argv: Sequence[str] | None = None
) -> subprocess.Popen[bytes] | None:
    """Start a helper on ``module`` and send it its request; None when it cannot be started.

    Args:
        module: the helper's module (run with ``-m``).
        names: the sources it loads (URLs, paths).
        options: how it loads them (what the caller would use itself).
        argv: the command instead (tests).
    """
    process = launch(module, argv=argv)
    if process is not None:
        send_request(process, names, options)
    return process


def launch(module: str, *, argv: Sequence[str] | None = None) -> subprocess.Popen[bytes] | None:
    """Start a helper on ``module`` without a request yet (it imports what it needs meanwhile); None if it cannot start.

    Send the request with ``send_request``, or end the helper with ``stop``/``finish``.
    """
    command = list(argv) if argv is not None else helper_argv(module)
    if command is None:
        return None
    try:
        return subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
            env=helper_env(),
        )
    except (OSError, ValueError):
        return None


def send_request(process: subprocess.Popen[bytes], names: Sequence[str], options: LoadOptions) -> None:
    """Send a launched helper its one request, ``(names, options)``, without waiting for it to read it."""
    data = pickle.dumps((TAG, (list(names), options)), protocol=pickle.HIGHEST_PROTOCOL)
    # A request bigger than the pipe's buffer would block until the helper has started and reads it.
    threading.Thread(target=_send, args=(process, data), name="newstui-helper-request", daemon=True).start()


def _send(process: subprocess.Popen[bytes], data: bytes) -> None:
    """Write the request as one frame and keep stdin open: its end tells the helper to stop."""
    stdin = process.stdin
    assert stdin is not None
    try:
        stdin.write(len(data).to_bytes(4, "big") + data)
        stdin.flush()
    except (OSError, ValueError):
        pass  # a helper that is gone already just gives no answer


def stop(process: subprocess.Popen[bytes]) -> None:
    """Tell a helper to stop: close its stdin (it exits at once) and kill it if it still runs.

    Safe from any thread; whoever reads the helper's stdout then sees its end (see ``finish``).
    """
    try:
        if process.stdin is not None:
            process.stdin.close()
    except OSError:
        pass
    if process.poll() is None:
        try:
            process.kill()
        except OSError:
            pass


def finish(process: subprocess.Popen[bytes]) -> None:
    """After reading a helper's stdout to its end (on the reading thread): stop, close and reap it."""
    stop(process)
    try:
        if process.stdout is not None:
            process.stdout.close()
        process.wait()
    except OSError:
        pass


def read_frame(stream: IO[bytes]) -> object | None:
    """One frame; None at a clean end of the stream.

    Raises:
        ValueError: a truncated or oversized frame.
        Exception: whatever unpickling raises on a corrupt frame.
    """
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


def read_header(stream: IO[bytes]) -> bool:
    """Whether the helper's first frame says it is this copy of newstui, speaking this format."""
    from newstui import __file__ as package_file

    return read_frame(stream) == (TAG, package_file)


def write_frame(stream: IO[bytes], value: object) -> None:
    """Write one frame and flush it (the caller reads each as it comes)."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(data).to_bytes(4, "big") + data)
    stream.flush()


def read_request() -> tuple[list[str], LoadOptions] | None:
    """In a helper: the request from stdin, ``(names, options)``, or None unless it is in this format.

    The caller keeps stdin open after the request; when it ends (the caller closed it, quit or was
    killed) the helper exits at once, wherever it is.
    """
    from newstui.sources.options import LoadOptions

    stdin = sys.stdin.buffer
    request = read_frame(stdin)
    if not (isinstance(request, tuple) and len(request) == 2 and request[0] == TAG):
        return None
    body = request[1]
    if not (isinstance(body, tuple) and len(body) == 2):
        return None
    names, options = body
    if not (isinstance(names, list) and all(isinstance(name, str) for name in names)):
        return None
    if not isinstance(options, LoadOptions):
        return None
    threading.Thread(target=_exit_at_end_of, args=(stdin,), name="newstui-helper-lifeline", daemon=True).start()
    return names, options


_frames: IO[bytes] | None = None
"""In a helper: the stream its frames go to (``frame_stream``)."""


def frame_stream() -> IO[bytes]:
    """In a helper: the stream for its frames, a copy of its stdout's descriptor, stdout itself (fd 1) then
    pointed at the null device, so a stray ``print`` (newstui's or a library's, on a hostile page) cannot
    corrupt the pickles the caller reads. ``settle_in`` makes it first thing; later calls give the same one.
    """
    global _frames
    if _frames is None:
        sys.stdout.flush()
        frames = os.fdopen(os.dup(1), "wb")
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, 1)
        finally:
            os.close(devnull)
        _frames = frames
    return _frames


def settle_in() -> None:
    """In a helper, first thing: frames off stdout (``frame_stream``), no cyclic garbage collection, and an
    end as soon as the caller is gone.

    A helper keeps nothing but the answer it is writing, and parsing makes no reference cycles
    (after 100,000 folder files, ``gc.collect`` finds the same ~10 objects as after the imports),
    so the collector would only scan the modules it imports: without it, the helper that fetches
    the command line's URLs has httpx ready ~10 % sooner. See ``watch_parent``.
    """
    import gc

    frame_stream()
    gc.disable()
    watch_parent()


def watch_parent() -> None:
    """End the process as soon as its caller is gone, whatever it is doing (``settle_in`` calls it).

    Before its request arrives (a helper launched ahead of time is still importing, or waits while
    the caller lists a folder) nothing reads stdin, so its end would go unnoticed: a thread checks
    every ``PARENT_POLL`` seconds that the process is still the child of the caller named in
    ``PARENT_ENV`` (a killed caller's children are handed to another process). A helper started
    without that variable is not watched.
    """
    expected = os.environ.get(PARENT_ENV, "")
    if not expected.isdigit():
        return
    parent = int(expected)
    if os.getppid() != parent:
        os._exit(0)

    def watch() -> None:
        import time

        while os.getppid() == parent:
            time.sleep(PARENT_POLL)
        os._exit(0)

    threading.Thread(target=watch, name="newstui-helper-parent", daemon=True).start()


def _exit_at_end_of(stream: IO[bytes]) -> None:
    """Wait for the end of ``stream`` (the caller's side of the pipe is gone), then end the process."""
    try:
        while stream.read(65536):
            pass
    finally:
        os._exit(0)


def write_header() -> IO[bytes]:
    """In a helper: write the header naming this copy of newstui; returns the stream for the frames."""
    import newstui

    out = frame_stream()
    write_frame(out, (TAG, newstui.__file__))
    return out
