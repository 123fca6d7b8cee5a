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
    """Entries passed over: other extensions, hidden entries, devices (not the linked folders)."""
    linked_folders: int = 0
    """Links to folders, never followed (a link back up would walk a loop)."""
    unreadable: int = 0
    """Folders that could not be listed."""
    depth_capped: int = 0
    """Folders not entered because they are deeper than the depth cap."""
    truncated: bool = False
    """The entry cap stopped the walk early."""
    beside: int = 0
    """Files beside the stories, not listed: READMEs, LICENSEs and CHANGELOGs (``beside_stories``)."""
    top_error: str = ""
    """Why the folder itself could not be listed ("permission denied"), or "" when it was."""
    first_unreadable: str = ""
    """The first subfolder that could not be listed, as a path under the root, and why: ``locked (permission
    denied)``; "" when none."""
    page_assets: int = 0
    """Folders of a page saved whole by a browser (``budget_files`` beside ``budget.html``), not entered."""
    links_listed: int = 0
    """Links to a file the walk lists anyway (at its own path, or through an earlier link), not listed again."""


def natural_key(name: str) -> str:
    """Sort key putting "2.txt" before "10.txt" and "page.html" before "page2.html" (as ``ls -v`` does).

    The name's stem is compared first, then its extension (``os.path.splitext``), each as casefolded
    text runs compared as strings and runs of digits by value, then as written ("01" before "1"). It
    is encoded as one string so that sorting a folder of 100,000 names compares strings, not tuples:
    each digit run becomes NUL, a character counting the digits of its value, the value's digits, the
    digits as written and NUL (no file name holds NUL, so a run sorts before any text that could follow
    a shorter name at the same place), and two NULs end the stem (before anything a longer stem holds
    there). Casefolding never makes or changes a digit.
    """
    stem, suffix = os.path.splitext(name)
    return f"{_runs_key(stem)}\x00\x00{_runs_key(suffix)}"


def _runs_key(text: str) -> str:
    """``natural_key`` of one part of a name: casefolded text, each digit run encoded to sort by its value."""
    parts = _DIGITS.split(text.casefold())
    for index in range(1, len(parts), 2):
        written = parts[index]
        value = (written.lstrip("0") or "0") if written.isascii() else str(int(written))
        parts[index] = f"\x00{chr(1 + len(value))}{value}{written}\x00"
    return "".join(parts)


NOT_STORIES: Final = frozenset({"readme", "license", "licence", "changelog"})
"""Names of the files beside a folder's stories (any case, any extension): neither listed nor peeked into."""


def beside_stories(name: str) -> bool:
    """Whether a file name is a README's, a LICENSE's or a CHANGELOG's (any case, any extension)."""
    return name.partition(".")[0].lower() in NOT_STORIES


def is_candidate(name: str) -> bool:
    """Whether a file name has an extension newstui reads (or none at all)."""
    dot = name.rfind(".")
    if dot > 0 and name[0] != ".":  # the usual name: its extension starts at the last dot
        return name[dot:].lower() in EXTENSIONS
    return os.path.splitext(name)[1].lower() in EXTENSIONS


PAGE_ASSET_SUFFIXES: Final = ("_files", "-dateien", "_fichiers", "_archivos", "_arquivos", "_bestanden")
"""How a browser names the folder of a page saved whole ("Web page, complete"): ``<page>_files`` beside
``<page>.html`` (Firefox, Chrome, Edge; some localized browsers name it ``<page>-Dateien``, ``<page>_fichiers``,
…), lower-cased. It holds the page's scripts, pictures and frames: no stories."""
_PAGE_EXTENSIONS: Final = (".html", ".htm", ".xhtml", ".shtml")
"""The extensions of such a saved page."""


def page_asset_suffix(name: str) -> int:
    """The length of the saved page's asset-folder suffix ``name`` ends with (``PAGE_ASSET_SUFFIXES``, any case),
    or 0 when it ends with none or is nothing but the suffix."""
    lowered = name.lower()
    for suffix in PAGE_ASSET_SUFFIXES:
        if lowered.endswith(suffix) and len(name) > len(suffix):
            return len(suffix)
    return 0


def _page_beside(names: set[str], stem: str) -> bool:
    """Whether a saved page named ``stem`` (``.html`` and the like) is among ``names`` (a folder's names, folded)."""
    folded = stem.casefold()
    return any(folded + extension in names for extension in _PAGE_EXTENSIONS)


def _page_assets_at(parent: str, name: str) -> bool:
    """Whether the folder ``name`` in ``parent`` is a saved page's asset folder (a page of its stem beside it),
    looked up on disk (for a linked file's path; the walk looks in the folder's listing)."""
    cut = page_asset_suffix(name)
    if not cut:
        return False
    stem = name[:-cut]
    return any(os.path.isfile(os.path.join(parent, stem + extension)) for extension in _PAGE_EXTENSIONS)


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


def _listing_error(path: str) -> str:
    """Why ``path`` cannot be listed, in the system's words ("permission denied"); "" if it can be now."""
    from newstui.errors import os_reason

    try:
        with os.scandir(path):
            return ""
    except OSError as error:
        return os_reason(error)


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


def _regular(path: str) -> os.stat_result | None:
    """The stat of a regular file, or of the one a symbolic link leads to; None for anything else (symlinked
    folders are never followed)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info if stat.S_ISREG(info.st_mode) else None


class _Links:
    """The links to files a walk met: which of them lead to a file the walk lists anyway (``listed_anyway``)."""

    __slots__ = ("_given", "_max_depth", "_root", "_seen")

    def __init__(self, root: str, max_depth: int) -> None:
        self._given = root
        self._root: str | None = None
        """The walk's root as a real path (made for the first link)."""
        self._max_depth = max_depth
        self._seen: set[tuple[int, int]] = set()
        """(device, inode) of the files the links listed so far lead to."""

    def listed_anyway(self, path: str, info: os.stat_result) -> bool:
        """Whether the file the link ``path`` leads to (``info``, its stat) is listed by the walk at its own path
        (the real path's entry is kept, wherever the walk meets it) or was listed through another link."""
        key = (info.st_dev, info.st_ino)
        if key in self._seen:
            return True
        try:
            walked = self._walked(os.path.realpath(path))
        except (OSError, ValueError):
            walked = False
        if not walked:
            self._seen.add(key)
        return walked

    def _walked(self, real: str) -> bool:
        """Whether the walk lists the file at the real path ``real``: under its root, through no hidden folder,
        no saved page's asset folder, none deeper than the cap or that cannot be listed, and a story's name."""
        if self._root is None:
            self._root = os.path.realpath(self._given)
        root = self._root
        prefix = root if root.endswith(os.sep) else root + os.sep
        if not real.startswith(prefix):
            return False
        parts = real[len(prefix) :].split(os.sep)
        name = parts[-1]
        if len(parts) - 1 > self._max_depth or not is_candidate(name) or beside_stories(name):
            return False
        if any(part.startswith(".") for part in parts):
            return False
        folder = root
        for part in parts[:-1]:
            if _page_assets_at(folder, part):
                return False
            folder = os.path.join(folder, part)
        return os.access(os.path.dirname(real), os.R_OK)


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
    skipped; only regular files (or links to them) are yielded. A link to a file the walk lists at its
    own path, or through an earlier link, is not yielded again (a ``latest.txt`` link lists no second
    story). The folder of a page saved whole by a browser (``budget_files`` beside ``budget.html``,
    ``PAGE_ASSET_SUFFIXES``) is not entered: its frames and widgets are no stories. Each folder is
    listed and sorted when the walk reaches it, so the first paths come at once even in a large tree.

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
    top = os.fspath(root)
    first = _list(top, budget + 1)
    if first is None:
        stats.unreadable += 1
        stats.top_error = _listing_error(top)
        return
    links = _Links(top, max_depth)
    top_prefix = top if top.endswith(os.sep) else top + os.sep
    # Each stack item is a folder being read: its path, depth, the iterator over its sorted entries and the
    # entries themselves (a subfolder is read to its end before the iterator of its parent goes on).
    stack: list[tuple[str, int, Iterator[tuple[str, int]], list[tuple[str, int]]]] = [(top, 0, iter(first), first)]
    names: dict[str, set[str]] = {}  # the folded names of a folder on the stack with an asset folder's name in it
    while stack:
        folder, depth, entries, listed = stack[-1]
        prefix = folder if folder.endswith(os.sep) else folder + os.sep
        for name, kind in entries:
            if budget <= 0:
                stats.truncated = True
                return
            budget -= 1
            if name.startswith("."):
                stats.skipped += 1
                continue
            path = prefix + name
            if kind == _FOLDER:
                cut = page_asset_suffix(name)
                if cut:  # ``budget_files`` beside ``budget.html``: the page's pictures, scripts and frames
                    if folder not in names:
                        names[folder] = {entry.casefold() for entry, entry_kind in listed if entry_kind != _FOLDER}
                    if _page_beside(names[folder], name[:-cut]):
                        stats.page_assets += 1
                        continue
                if depth + 1 > max_depth:
                    stats.depth_capped += 1
                    continue
                sub = _list(path, budget + 1)
                if sub is None:
                    stats.unreadable += 1
                    if stats.unreadable == 1:
                        why = _listing_error(path)
                        stats.first_unreadable = path[len(top_prefix) :] + (f" ({why})" if why else "")
                    continue
                stack.append((path, depth + 1, iter(sub), sub))
                break  # read the subfolder now; this folder's iterator goes on after it
            if not is_candidate(name):
                info = None
            elif kind == _FILE:
                if beside_stories(name):
                    stats.beside += 1
                    continue
                stats.files += 1
                yield path
                continue
            else:  # a link (or an entry that does not say): to a regular file?
                info = _regular(path)
            if info is None:
                if kind == _OTHER and os.path.isdir(path):
                    stats.linked_folders += 1
                else:
                    stats.skipped += 1
                continue
            if beside_stories(name):
                stats.beside += 1
                continue
            if links.listed_anyway(path, info):
                stats.links_listed += 1
                continue
            stats.files += 1
            yield path
        else:
            stack.pop()
            names.pop(folder, None)
