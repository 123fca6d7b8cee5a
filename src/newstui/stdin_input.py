"""Piped input: stdin and the pipes named as sources read once, then the keyboard given back to the reader."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from newstui.cli_args import PROG
from newstui.errors import NewsError, UsageError

__all__ = ["read_pipes", "read_stdin", "reattach_keyboard", "stdin_alias", "stdin_is_piped"]


def stdin_is_piped() -> bool:
    """True when stdin is a pipe or a redirected file (not a terminal, not /dev/null, not closed)."""
    import stat

    try:
        mode = os.fstat(0).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def stdin_alias(ref: str, piped: bool) -> str:
    """``-`` for a path naming piped stdin itself (``/dev/stdin``, ``/dev/fd/0``), else ``ref``: it is read
    once, as ``-``, before the reader takes the keyboard (read later, the name would lead to the terminal)."""
    if not piped or ref == "-" or "://" in ref:
        return ref
    try:
        named, ours = os.stat(ref), os.fstat(0)
    except (OSError, ValueError):
        return ref
    return "-" if (named.st_dev, named.st_ino) == (ours.st_dev, ours.st_ino) else ref


def read_pipes(refs: Sequence[str], err: TextIO) -> tuple[tuple[str, bytes | NewsError], ...]:
    """Read each pipe named as a source (``<(curl …)``, a FIFO) to its end now, once (``local.read_pipe``);
    one that keeps its first byte is named on stderr at a terminal, as nothing else shows yet."""
    from functools import partial

    from newstui.addresses import display_origin, is_url
    from newstui.sources.local import PIPE_IDLE_SECONDS, is_pipe, read_pipe

    def waiting(ref: str) -> None:
        if err.isatty():
            err.write(f"{PROG}: waiting for {display_origin(ref)} (at most {PIPE_IDLE_SECONDS:g} s; ctrl+c stops)\n")
            err.flush()

    found: dict[str, bytes | NewsError] = {}
    for ref in refs:
        if ref != "-" and ref not in found and not is_url(ref) and is_pipe(ref):
            try:
                found[ref] = read_pipe(ref, on_wait=partial(waiting, ref))
            except NewsError as error:
                found[ref] = error
    return tuple(found.items())


def read_stdin() -> bytes:
    """Drain piped stdin, one byte past the cap of a local file at most.

    More than the cap is not an error here: the loader reports it as the ``-`` source's error, as it
    does for a file, and the other sources are still shown.
    """
    from newstui.sources.local import FILE_CAP

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
