"""A big folder's title-only entries remembered between runs, each under its file's size, times and inode.

The reader lists a folder by title (``sources.index``): every file is read and decoded and its first
lines are classified, ~30 µs a file. A folder opened again is mostly the same files, so the reader
keeps what it listed in the user's cache folder (``$XDG_CACHE_HOME/newstui/folders``) and, the next
time, lists a file whose size, modification and change times and inode are all as remembered from
that line without reading it. Anything else is read as usual.

Correctness rests on the change time, which no program can set back: a file is remembered only
when both its times are at least ``SETTLE_NS`` older than the start of the load that listed it, so
a file written during the load (or within the file system's clock tick of it) is read again next
time. The cache only ever saves time: a missing, unreadable, damaged, foreign or outdated file is
an empty cache, a stale line is a miss, and titles read back pass through the sanitizer again.
Files are private (0600 in a 0700 folder), replaced whole, at most ``MAX_FOLDERS`` of them (the
least recently used go), and never written with ``--private``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from newstui.model import Article, LoadResult
from newstui.parse.ids import article_id, sha1_hex
from newstui.text.sanitize import sanitize_line, sanitize_text

__all__ = ["FORMAT", "MAX_FOLDERS", "MIN_FILES", "SETTLE_NS", "FolderCache", "cache_folder"]

FORMAT: Final = "newstui folder index 1"
"""The first field of a cache file's header line; another value is another format (an empty cache)."""
MIN_FILES: Final = 200
"""Folders listing fewer title-only entries than this are not remembered (they list in a blink)."""
MAX_FOLDERS: Final = 16
"""Cache files kept; writing one removes the least recently used beyond this."""
MAX_BYTES: Final = 64_000_000
"""A cache file bigger than this is not read (100,000 entries take about 25 MB)."""
SETTLE_NS: Final = 2_000_000_000
"""A file changed less than this before a load started is not remembered by that load."""
_SUFFIX: Final = ".idx"
_DIRECTIONS: Final = frozenset(("rtl", "ltr"))


def cache_folder() -> Path:
    """Where folder indexes are kept (``$XDG_CACHE_HOME/newstui/folders`` on Linux)."""
    from platformdirs import user_cache_path

    return user_cache_path("newstui") / "folders"


def _code_key() -> str:
    """newstui's version and the size and time of every module a title-only entry depends on.

    An index written by other code (an upgrade, a checkout being worked on) is not used.
    """
    import zlib

    from newstui import __version__

    here = Path(__file__).resolve().parent.parent
    parts = [__version__]
    for folder in ("parse", "text"):
        try:
            names = sorted(name for name in os.listdir(here / folder) if name.endswith(".py"))
        except OSError:
            names = []
        parts.extend(f"{folder}/{name}" for name in names)
        for name in names:
            try:
                info = os.stat(here / folder / name)
            except OSError:
                continue
            parts.append(f"{info.st_size}.{info.st_mtime_ns}")
    for name in ("sources/index.py", "sources/folder_cache.py", "model.py"):
        try:
            info = os.stat(here / name)
        except OSError:
            continue
        parts.append(f"{name}:{info.st_size}.{info.st_mtime_ns}")
    return f"{zlib.crc32(chr(0).join(parts).encode('utf-8', 'surrogateescape')):08x}"


def _stamp(info: os.stat_result) -> str:
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}"


class FolderCache:
    """One folder's remembered entries: ``lookup`` answers for unchanged files, ``save`` writes a load's.

    A load looks its files up in walk order, which is the order they were saved in, so a lookup
    normally takes the next line; the first file out of order (a file added or removed) builds a
    name index over the rest.
    """

    def __init__(self, file: Path | None, prefix: str, header: str, lines: list[str], *, cap: int) -> None:
        self.file = file
        """The cache file (None: nothing is saved)."""
        self._prefix = prefix
        self._header = header
        self._lines = lines
        self._remembered = len(lines)
        self._cap = cap
        self._next = 0
        self._where: dict[str, int] | None = None
        self._known: dict[str, str] = {}
        """Lines of the files answered from the cache, by relative name (saved again as they were)."""
        self.started_ns = time.time_ns()
        """When the load began: files changed after ``started_ns - SETTLE_NS`` are not remembered."""

    def __len__(self) -> int:
        """Entries remembered from the last load."""
        return self._remembered

    @classmethod
    def open(cls, root: str, *, encoding: str | None, cap: int, folder: Path | None = None) -> FolderCache:
        """The cache of the folder ``root`` (as the walk names it); never fails (empty when unreadable).

        Args:
            root: the folder as given to the walk (its files are ``root`` + separator + relative name).
            encoding: the run's ``--encoding`` (another encoding has its own cache).
            cap: the file size cap; a remembered file over it is read again (to report it too large).
            folder: where cache files live (default ``cache_folder()``).
        """
        prefix = root if root.endswith(os.sep) else root + os.sep
        try:
            real = os.path.realpath(root)
            folder = folder if folder is not None else cache_folder()
        except (OSError, ValueError, RuntimeError):
            return cls(None, prefix, "", [], cap=cap)
        header = "\t".join((FORMAT, _code_key(), encoding or "", real))
        file = folder / (sha1_hex(f"{real}\0{encoding or ''}")[:24] + _SUFFIX)
        return cls(file, prefix, header, _read_lines(file, header), cap=cap)

    def lookup(self, path: str) -> LoadResult | None:
        """The title-only entry of ``path`` if it is unchanged since it was remembered, else None.

        ``path`` must be a file of the walk (``root`` + separator + name). Its ``stat`` (following a
        symbolic link, as the read does) must match the remembered size, times and inode exactly.
        """
        lines = self._lines
        if not lines or not path.startswith(self._prefix):
            return None
        rel = path[len(self._prefix) :]
        index = self._next
        line = lines[index] if index < len(lines) else ""
        if not (line.startswith(rel) and line[len(rel) : len(rel) + 1] == "\t"):
            found = self._index().get(rel)
            if found is None:
                return None
            index, line = found, lines[found]
        self._next = index + 1
        lines[index] = ""  # each line answers once; its memory goes as the entries are made
        fields = line.split("\t")
        if len(fields) != 6:
            return None
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            return None
        stamp = _stamp(info)
        if stamp != fields[1] or not 0 < info.st_size <= self._cap or fields[2] not in _DIRECTIONS or not fields[5]:
            return None
        self._known[rel] = line
        _rel, _stamp_text, direction, source, section, title = fields
        article = Article(
            id=article_id(path, 0),
            title=title,
            source=source or None,
            section=section or None,
            origin=path,
            direction="rtl" if direction == "rtl" else "ltr",
            indexed_only=True,
        )
        return LoadResult(origin=path, articles=(article,))

    def _index(self) -> dict[str, int]:
        if self._where is None:
            self._where = {line[: line.find("\t")]: index for index, line in enumerate(self._lines) if line}
        return self._where

    def save(self, results: Sequence[LoadResult]) -> bool:
        """Remember the title-only entries among a load's ``results`` (in walk order); True if written.

        Nothing is written when the folder has fewer than ``MIN_FILES`` such entries (a cache file
        left from before is removed), or when every entry came from the cache unchanged. Files that
        changed too close to the load's start, and names holding a tab, a line break or anything
        the sanitizer would change, are left out. Failures to write are ignored (nothing is left
        half-written); the cache only ever saves time.
        """
        if self.file is None:
            return False
        if self._remembered and len(self._known) == self._remembered == sum(map(_is_entry, results)):
            _touch(self.file)  # every entry came from the cache: keep it as the most recently used
            return False
        lines = [line for result in results if (line := self._line(result)) is not None]
        if len(lines) < MIN_FILES:
            if self._remembered:
                _remove(self.file)
            return False
        return _write(self.file, "\n".join([self._header, *lines]) + "\n")

    def _line(self, result: LoadResult) -> str | None:
        """The cache line of one result, or None when it is not remembered."""
        path = result.origin
        if not _is_entry(result) or not path.startswith(self._prefix):
            return None
        rel = path[len(self._prefix) :]
        known = self._known.get(rel)
        if known is not None:
            return known
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            return None
        if max(info.st_mtime_ns, info.st_ctime_ns) >= self.started_ns - SETTLE_NS:
            return None
        article = result.articles[0]
        stamp = _stamp(info)
        fields = (rel, stamp, article.direction, article.source or "", article.section or "", article.title)
        if not all(_clean(field) for field in fields):
            return None
        return "\t".join(fields)


def _is_entry(result: LoadResult) -> bool:
    """Whether a result is one title-only entry (what the cache remembers)."""
    return result.error is None and len(result.articles) == 1 and result.articles[0].indexed_only


def _clean(text: str) -> bool:
    """Whether ``text`` is one line the sanitizer leaves as it is (so no tab and no line break)."""
    return sanitize_line(text) == text


def _read_lines(file: Path, header: str) -> list[str]:
    """The entry lines of a cache file written with ``header``; [] when missing, damaged or another's."""
    try:
        with open(file, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except (OSError, ValueError):
        return []
    if len(data) > MAX_BYTES or not data.endswith(b"\n"):
        return []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return []
    if not text.startswith(header + "\n"):
        return []
    # Every field was one clean line when it was written: the file is read back only if it still is
    # (its tabs made line breaks, which the sanitizer keeps), so nothing it holds needs sanitizing.
    fields = text.replace("\t", "\n")
    if sanitize_text(fields) != fields:
        return []
    del fields
    lines = text.split("\n")
    lines.pop()  # the empty string after the last line break
    del lines[0]
    return lines


def _write(file: Path, text: str) -> bool:
    """Replace ``file`` with ``text`` whole, then drop the least recently used files beyond ``MAX_FOLDERS``."""
    from newstui.atomic_file import synced_temp

    try:
        file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with synced_temp(file.parent, text, prefix=".index-") as temp:
            os.replace(temp, file)
    except OSError:
        return False
    _prune(file.parent)
    return True


def _prune(folder: Path) -> None:
    """Remove the least recently used cache files beyond ``MAX_FOLDERS``."""
    try:
        files = [entry for entry in os.scandir(folder) if entry.name.endswith(_SUFFIX) and entry.is_file()]
        files.sort(key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
    except OSError:
        return
    for entry in files[MAX_FOLDERS:]:
        _remove(Path(entry.path))


def _touch(file: Path) -> None:
    try:
        os.utime(file)
    except OSError:
        pass


def _remove(file: Path) -> None:
    try:
        file.unlink()
    except OSError:
        pass
