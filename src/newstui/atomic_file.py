"""Small state files written whole or not at all (a temporary file beside the target, flushed to disk), read
back without blocking, and temporary files a crash left behind removed."""

from __future__ import annotations

import errno
import os
import stat
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

__all__ = ["read_regular", "remove_stale_temps", "synced_temp"]


def _umask() -> int:
    """The process's umask, read without changing it (os.umask sets it for every thread), 0o022 if unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


@contextmanager
def synced_temp(folder: Path, text: str | Iterable[str], *, prefix: str, shared: bool = False) -> Iterator[str]:
    """A temporary file in ``folder`` holding ``text`` (UTF-8), already on disk, for the caller to rename
    or link to its final name; whatever is left of it under its own name is removed on leaving.

    ``text`` may come in pieces (written one by one, so a big file is never whole in memory).

    The file is private (mode 0600, as made) unless ``shared``: then it gets the mode any new file of
    the user's gets (0666 less the umask), as a file the user saves should.

    Raises:
        OSError: the file could not be made or written (nothing is left behind).
    """
    import tempfile  # imported when a file is first written: the reader starts without it

    handle, temp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:  # owns the descriptor from here: always closed
            if shared:
                os.fchmod(stream.fileno(), 0o666 & ~_umask())
            if isinstance(text, str):
                stream.write(text)
            else:
                stream.writelines(text)
            stream.flush()
            os.fsync(stream.fileno())
        yield temp
    finally:
        try:
            os.unlink(temp)
        except OSError:  # renamed away already (or removed by someone else)
            pass


def read_regular(path: str | os.PathLike[str], cap: int) -> bytes:
    """The bytes of the regular file at ``path`` (a symbolic link followed), at most ``cap`` of them.

    Never blocks and never reads without bound: the file is opened ``O_NONBLOCK`` and checked on the
    descriptor, so a FIFO or a device put there (``/dev/zero``) is refused rather than read.

    Raises:
        OSError: as the system says (``FileNotFoundError`` for no file, permission denied, ...); ``EISDIR``
            for a folder, ``EINVAL`` for anything else that is not a regular file, ``EFBIG`` over ``cap``.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise OSError(errno.EISDIR, "is a folder")
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, "not a regular file")
        chunks: list[bytes] = []
        size = 0
        while size <= cap:
            chunk = os.read(fd, cap + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > cap:
        raise OSError(errno.EFBIG, "too large")
    return b"".join(chunks)


STALE_SECONDS: Final = 300.0
"""A temporary file older than this is one a crash (or a power cut) left: no write takes that long."""


def remove_stale_temps(folder: Path, prefixes: tuple[str, ...], seconds: float = STALE_SECONDS) -> None:
    """Remove the temporary files ``synced_temp`` made in ``folder`` under one of ``prefixes`` that are older
    than ``seconds`` (a write killed before its rename leaves its temporary file); never fails."""
    limit = time.time() - seconds
    try:
        with os.scandir(folder) as entries:
            stale = [
                entry.path
                for entry in entries
                if entry.name.startswith(prefixes)
                and entry.name.endswith(".tmp")
                and entry.is_file(follow_symlinks=False)
                and entry.stat(follow_symlinks=False).st_mtime < limit
            ]
    except OSError:
        return
    for path in stale:
        try:
            os.unlink(path)
        except OSError:
            pass
