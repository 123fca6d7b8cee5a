"""Files written whole or not at all: the text goes to a temporary file beside the target, flushed to disk."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["synced_temp"]


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
        if shared:
            os.fchmod(handle, 0o666 & ~_umask())
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
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
