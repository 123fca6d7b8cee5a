"""Files written whole or not at all: the text goes to a temporary file beside the target, flushed to disk."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["synced_temp"]


@contextmanager
def synced_temp(folder: Path, text: str, *, prefix: str) -> Iterator[str]:
    """A temporary file in ``folder`` holding ``text`` (UTF-8), already on disk, for the caller to rename
    or link to its final name; whatever is left of it under its own name is removed on leaving.

    Raises:
        OSError: the file could not be made or written (nothing is left behind).
    """
    import tempfile  # imported when a file is first written: the reader starts without it

    handle, temp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        yield temp
    finally:
        try:
            os.unlink(temp)
        except OSError:  # renamed away already (or removed by someone else)
            pass
