"""Walking a folder lazily: explicit stack, no symlinked folders, hidden entries skipped, depth/entry caps."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

MAX_DEPTH: Final = 32
"""Folders nested deeper than this below the root are not entered."""
MAX_ENTRIES: Final = 100_000
"""The walk stops after looking at this many directory entries."""
EXTENSIONS: Final = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".feed", ""})
"""File extensions that may hold an article ("" is a name without an extension)."""

_DIGITS: Final = re.compile(r"(\d+)")


@dataclass(slots=True)
class WalkStats:
    """What a walk saw besides the files it yielded (filled in as the walk goes)."""

    files: int = 0
    """Candidate files yielded."""
    skipped: int = 0
    """Entries passed over: other extensions, hidden entries, symlinked folders, devices."""
    unreadable: int = 0
    """Folders that could not be listed."""
    depth_capped: int = 0
    """Folders not entered because they are deeper than the depth cap."""
    truncated: bool = False
    """The entry cap stopped the walk early."""


def natural_key(name: str) -> tuple[tuple[int, str], ...]:
    """Sort key putting "2.txt" before "10.txt" (case-insensitive, digits compared as numbers)."""
    parts = _DIGITS.split(name)
    return tuple((int(part), part) if index % 2 else (-1, part.casefold()) for index, part in enumerate(parts))


def is_candidate(name: str) -> bool:
    """Whether a file name has an extension newstui reads (or none at all)."""
    return os.path.splitext(name)[1].lower() in EXTENSIONS


_FOLDER: Final = 1
_FILE: Final = 2
"""A regular file, known from the directory entry itself (no stat needed)."""
_OTHER: Final = 0
"""A symbolic link or anything the entry cannot tell: stat-ed before it is yielded."""


def _list(path: str, budget: int) -> list[tuple[str, int]] | None:
    """(name, kind) for the entries of one folder, naturally sorted; kind is _FOLDER, _FILE or _OTHER.

    Reads at most ``budget`` entries; returns None if the folder cannot be listed. The kinds come
    from the directory entries (``d_type`` on Linux), so a folder of regular files costs no stat.
    """
    entries: list[tuple[str, int]] = []
    try:
        with os.scandir(path) as scan:
            for count, entry in enumerate(scan):
                if count >= budget:
                    break
                entries.append((entry.name, _kind(entry)))
    except OSError:
        return None
    entries.sort(key=lambda item: (natural_key(item[0]), item[0]))
    return entries


def _kind(entry: os.DirEntry[str]) -> int:
    """Folder (not through a link), regular file (not a link), or other."""
    try:
        if entry.is_dir(follow_symlinks=False):
            return _FOLDER
        if entry.is_file(follow_symlinks=False):
            return _FILE
    except OSError:
        pass
    return _OTHER


def _is_regular(path: str) -> bool:
    """A regular file, or a symbolic link to one (symlinked folders are never followed)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def iter_folder(
    root: str | os.PathLike[str],
    *,
    max_depth: int = MAX_DEPTH,
    max_entries: int = MAX_ENTRIES,
    stats: WalkStats | None = None,
) -> Iterator[str]:
    """Yield the candidate files under ``root`` in natural path order, lazily.

    Depth-first with an explicit stack (no recursion limit). Symbolic links to folders are not
    followed (so no loops); hidden names (starting with ".") and files with other extensions are
    skipped; only regular files (or links to them) are yielded. Each folder is listed and sorted
    when the walk reaches it, so the first paths come at once even in a large tree.

    Args:
        root: the folder to walk.
        max_depth: folders deeper than this below ``root`` are not entered.
        max_entries: stop after this many directory entries in total.
        stats: filled with counts of what was skipped.

    Yields:
        Paths of candidate files, each ``root`` joined with the relative path.
    """
    stats = stats if stats is not None else WalkStats()
    budget = max_entries
    # Each stack item is (folder path, depth, its remaining entries reversed so pop() gives the next).
    top = os.fspath(root)
    first = _list(top, budget + 1)
    if first is None:
        stats.unreadable += 1
        return
    stack: list[tuple[str, int, list[tuple[str, int]]]] = [(top, 0, first[::-1])]
    while stack:
        folder, depth, pending = stack[-1]
        if not pending:
            stack.pop()
            continue
        name, kind = pending.pop()
        if budget <= 0:
            stats.truncated = True
            return
        budget -= 1
        if name.startswith("."):
            stats.skipped += 1
            continue
        path = os.path.join(folder, name)
        if kind == _FOLDER:
            if depth + 1 > max_depth:
                stats.depth_capped += 1
                continue
            entries = _list(path, budget + 1)
            if entries is None:
                stats.unreadable += 1
                continue
            stack.append((path, depth + 1, entries[::-1]))
            continue
        if not is_candidate(name) or (kind != _FILE and not _is_regular(path)):
            stats.skipped += 1
            continue
        stats.files += 1
        yield path
