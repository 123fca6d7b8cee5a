"""A cheap guess of a local source's base direction before it loads: the start of a file, or of a folder's file.

The reader mirrors its panes when most articles are right-to-left. For a source it loads after the
first frame (a folder, a big file) it would only know that once the first article arrives, and
restyling every pane then costs a frame and moves the list across the screen. A peek at a few
kilobytes lets the first frame already have the layout the articles will most likely want.
"""

from __future__ import annotations

import os
import stat
from typing import Final

from newstui.errors import NewsError
from newstui.model import Direction
from newstui.sources.folder import beside_stories, is_candidate

__all__ = ["PEEK_BYTES", "folder_directions", "peek_direction"]

PEEK_BYTES: Final = 4096
"""Bytes read from the start of the file."""
_ENTRIES: Final = 64
"""Folder entries looked at for files to peek into."""
_FILES: Final = 5
"""Files of a folder peeked into at most (most of those with plain text decide: one English story first in a
folder of Arabic ones does not turn the panes)."""
_FLAGS: Final = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)


def peek_direction(ref: str) -> Direction | None:
    """The base direction of the plain text at the start of ``ref`` (a file, or most of a folder's first files).

    Only a guess for the layout: a folder's entries are taken in directory order (not sorted), only
    regular files are opened (without blocking), and pages and feeds, whose markup is Latin, give
    no answer.

    Returns:
        "rtl" or "ltr", or None when there is nothing to go by (no such path, no text file, no
        letters, markup, a pipe or device, any error).
    """
    try:
        info = os.stat(ref)
        if stat.S_ISREG(info.st_mode):
            return _file_direction(ref)
        if stat.S_ISDIR(info.st_mode):
            return _majority([_file_direction(path) for path in _some_files(ref)])
    except (OSError, ValueError):
        pass
    return None


def folder_directions(folder: str) -> list[Direction]:
    """The directions of the plain text at the start of a folder's first files (up to five, as ``peek_direction``
    counts them; markup and files without letters say nothing); empty on any error or when ``folder`` is none."""
    try:
        if not stat.S_ISDIR(os.stat(folder).st_mode):
            return []
        return [direction for path in _some_files(folder) if (direction := _file_direction(path)) is not None]
    except (OSError, ValueError):
        return []


def _majority(directions: list[Direction | None]) -> Direction | None:
    """The direction most of a folder's peeked files have (the first one's on a tie), None when none says."""
    said = [direction for direction in directions if direction is not None]
    if not said:
        return None
    rtl = said.count("rtl") * 2
    return said[0] if rtl == len(said) else "rtl" if rtl > len(said) else "ltr"


def _file_direction(path: str) -> Direction | None:
    """The direction of the plain text at the start of a regular file; None for markup, no letters or errors."""
    from newstui.parse import sniff_kind
    from newstui.text.decode import decode_bytes
    from newstui.text.script import text_direction

    try:
        head = _head(path)
        text = decode_bytes(head, origin=path).text if head else ""
    except (OSError, ValueError, NewsError):
        return None
    if not text or sniff_kind(text, None) != "text":
        return None
    found = text_direction(text, "ltr")
    return found if found == "rtl" or any(char.isalpha() for char in text) else None


def _some_files(folder: str) -> list[str]:
    """Up to ``_FILES`` regular files with a readable extension among the folder's first entries (unsorted), but
    for a README, LICENSE or CHANGELOG (``folder.beside_stories``)."""
    found: list[str] = []
    with os.scandir(folder) as scan:
        for count, entry in enumerate(scan):
            if count >= _ENTRIES or len(found) >= _FILES:
                break
            name = entry.name
            if not name.startswith(".") and is_candidate(name) and not beside_stories(name) and entry.is_file():
                found.append(entry.path)
    return found


def _head(path: str) -> bytes:
    """The first ``PEEK_BYTES`` of a regular file, cut before a character split at the end."""
    fd = os.open(path, _FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        data = os.read(fd, PEEK_BYTES)
    finally:
        os.close(fd)
    if len(data) == PEEK_BYTES:  # cut short: drop a UTF-8 sequence the cut split
        end = len(data)
        while end > 0 and data[end - 1] & 0xC0 == 0x80 and len(data) - end < 3:
            end -= 1
        if end > 0 and data[end - 1] >= 0xC0:
            end -= 1
        data = data[:end]
    return data
