"""Piped input: stdin and the pipes named as sources read once, then the keyboard given back to the reader."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence
from typing import Final, TextIO

from newstui.cli_args import PROG
from newstui.errors import NewsError, UsageError

__all__ = [
    "hold_closed_stdin",
    "names_stdin",
    "read_pipes",
    "read_stdin",
    "reattach_keyboard",
    "stdin_alias",
    "stdin_is_piped",
    "take_stdin_pipe",
]


def stdin_is_piped() -> bool:
    """True when stdin is a pipe or a redirected file (not a terminal, not /dev/null, not closed)."""
    import stat

    try:
        mode = os.fstat(0).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def hold_closed_stdin() -> bool:
    """When stdin is closed (``<&-``), put the null device on descriptor 0 (read-only) and return True.

    A closed descriptor 0 is the first one the system hands out: the event loop's epoll, a socket or a file
    newstui opens would land there, and ``/dev/stdin`` (or ``-``, read by descriptor) would then name
    newstui's own descriptor, read as if it were the input. Held by the null device, 0 can never be one of
    them; stdin still counts as closed (``sys.stdin`` stays None: ``read_stdin`` says ``stdin is closed``,
    and ``stdin_alias`` takes ``/dev/stdin`` for ``-``). Called first thing, before anything is opened.
    """
    try:
        os.fstat(0)
    except OSError:
        pass
    else:
        return False
    try:
        fd = os.open(os.devnull, os.O_RDONLY)
    except OSError:
        return True  # (no null device: nothing to hold it with)
    if fd != 0:  # (another thread took 0 meanwhile: it is open then, and this one not needed)
        os.close(fd)
    return True


def stdin_alias(ref: str, piped: bool, closed: bool = False) -> str:
    """``-`` for a path naming stdin itself (``/dev/stdin``, ``/dev/fd/0``), else ``ref``: piped stdin is read
    once, as ``-``, before the reader takes the keyboard (read later, the name would lead to the terminal); a
    closed stdin (``closed``, ``hold_closed_stdin``) is then told as ``-: stdin is closed``."""
    if "://" in ref or ref == "-":
        return ref
    if closed:
        return "-" if names_stdin(ref) else ref
    if not piped:
        return ref
    try:
        named, ours = os.stat(ref), os.fstat(0)
    except (OSError, ValueError):
        return ref
    return "-" if (named.st_dev, named.st_ino) == (ours.st_dev, ours.st_ino) else ref


def names_stdin(ref: str) -> bool:
    """Whether the path ``ref`` leads to descriptor 0 by name (``/dev/stdin``, ``/dev/fd/0``,
    ``/proc/self/fd/0``, or a link to one of them), whatever is open there: its links are followed up to
    the last one, ``/proc/<pid>/fd/0`` (Linux) or ``/dev/fd/0`` (macOS, BSD), which is not."""
    ours = (f"/proc/{os.getpid()}/fd/0", "/dev/fd/0")
    try:
        path = os.path.abspath(ref)
        for _ in range(40):  # (the system's limit of links in one path)
            path = os.path.join(os.path.realpath(os.path.dirname(path)), os.path.basename(path))
            if path in ours:
                return True
            path = os.path.join(os.path.dirname(path), os.readlink(path))
    except (OSError, ValueError):  # not a link (any more), a NUL in the name, a path too long
        return False
    return False


def read_pipes(refs: Sequence[str], err: TextIO) -> tuple[tuple[str, bytes | NewsError], ...]:
    """Read each pipe named as a source (``<(curl …)``, a FIFO) to its end now, once (``local.read_pipe``);
    one that keeps its first byte, or goes quiet after some, is named on stderr at a terminal, as nothing else
    shows yet."""
    from functools import partial

    from newstui.addresses import is_url
    from newstui.errors import shown_origin
    from newstui.sources.local import PIPE_IDLE_SECONDS, is_pipe, read_pipe

    def waiting(ref: str, size: int | None = None) -> None:
        if err.isatty():
            limit = f"at most {PIPE_IDLE_SECONDS:g} s" + ("" if size is None else " without a byte")
            err.write(f"{PROG}: waiting for {shown_origin(ref)} ({_so_far(size)}{limit}; ctrl+c stops)\n")
            err.flush()

    found: dict[str, bytes | NewsError] = {}
    for ref in refs:
        if ref != "-" and ref not in found and not is_url(ref) and is_pipe(ref):
            try:
                found[ref] = read_pipe(ref, on_wait=partial(waiting, ref), on_stall=partial(waiting, ref))
            except NewsError as error:
                found[ref] = error
    return tuple(found.items())


def _so_far(size: int | None) -> str:
    """``3 KB so far; `` for a pipe that has sent ``size`` bytes and gone quiet; nothing before its first byte."""
    if size is None:
        return ""
    from newstui.sources.local import human_size

    return f"{human_size(size)} so far; "


PIPE_GRACE_SECONDS: Final = 0.15
"""How long the reader's start waits for piped stdin to end (``cat story.txt |``) before leaving the rest to
the reader's window: a slow writer (``curl … |``, a script) no longer keeps the window from showing."""


def take_stdin_pipe(grace: float = PIPE_GRACE_SECONDS) -> bytes | tuple[int, bytes] | None:
    """Piped stdin for the reader: its bytes if the pipe ends within ``grace`` seconds (one byte past the cap
    at most, as ``read_stdin``), else a copy of its descriptor and the bytes read so far, for the reader to
    read the rest on its event loop once fd 0 is the terminal again; None when stdin is no pipe.
    """
    import selectors
    import stat
    import time

    from newstui.sources.local import FILE_CAP

    try:
        if not stat.S_ISFIFO(os.fstat(0).st_mode):
            return None
        fd = os.dup(0)  # (not inherited by the reader's helper processes)
    except (OSError, ValueError):
        return None
    parts: list[bytes] = []
    size, deadline = 0, time.monotonic() + grace
    try:
        os.set_blocking(fd, False)
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while size <= FILE_CAP and selector.select(max(0.0, deadline - time.monotonic())):
                try:
                    chunk = os.read(fd, min(1 << 16, FILE_CAP + 1 - size))
                except BlockingIOError:
                    continue
                if not chunk:
                    os.close(fd)
                    return b"".join(parts)
                parts.append(chunk)
                size += len(chunk)
    except OSError:
        pass  # the reader's loader reads it again and says what is wrong
    if size > FILE_CAP:
        os.close(fd)
        return b"".join(parts)  # over the cap: the loader says so, as for a file
    return fd, b"".join(parts)


def read_stdin(err: TextIO | None = None) -> bytes:
    """Drain piped stdin, one byte past the cap of a local file at most.

    A pipe is read as a named one is (``local.read_pipe_fd``): given up after its idle limit without a
    byte, the wait said on ``err`` at a terminal. More than the cap is not an error here for a file: the
    loader reports it as the ``-`` source's error, as it does for a file, and the other sources are still
    shown (a pipe's errors are the ``-`` source's too: ``Settings.piped_files``).

    Raises:
        SourceError: a pipe sent nothing for the idle limit.
        TooLarge: a pipe sent more than the cap.
        SourceNotFound: stdin is closed (``<&-``).
    """
    import stat

    from newstui.errors import SourceNotFound
    from newstui.sources import local
    from newstui.sources.local import FILE_CAP, read_pipe_fd

    closed = sys.stdin is None
    try:
        is_pipe = not closed and stat.S_ISFIFO(os.fstat(0).st_mode)
    except (OSError, ValueError):
        is_pipe, closed = False, True
    if is_pipe:
        idle = local.PIPE_IDLE_SECONDS

        def waiting(size: int | None = None) -> None:
            if err is not None and err.isatty():
                told = f"{_so_far(size)}at most {idle:g} s without a byte; ctrl+c stops"
                err.write(f"{PROG}: waiting for stdin ({told})\n")
                err.flush()

        return read_pipe_fd(os.dup(0), cap=FILE_CAP, idle=idle, on_wait=waiting, on_stall=waiting)
    if closed:  # ``<&-``: Python found no fd 0 at start-up and made sys.stdin None (not an empty input)
        raise SourceNotFound("stdin is closed")
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        return b""
    data: bytes = stream.read(FILE_CAP + 1)
    return data


def reattach_keyboard() -> None:
    """Point fd 0 at the controlling terminal so the reader gets keys after a pipe was drained.

    Raises:
        UsageError: there is no terminal to read keys from.
    """
    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError as exc:
        raise UsageError("no terminal for the keyboard; use --print or --json to read piped input") from exc
    if fd != 0:  # with stdin closed (``<&-``) the terminal is opened as fd 0 already
        os.dup2(fd, 0)
        os.close(fd)
    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False))
    if sys.__stdin__ is None:  # Textual's driver reads keys from sys.__stdin__
        setattr(sys, "__stdin__", sys.stdin)  # noqa: B010 - typeshed declares it Final
