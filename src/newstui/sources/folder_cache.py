"""A big folder's title-only entries remembered between runs, each under its file's size, times and inode.

The reader lists a folder by title (``sources.index``): every file is read and decoded and its first
lines are classified, ~30 µs a file. A folder opened again is mostly the same files, so the reader
keeps what it listed in the user's cache folder (``$XDG_CACHE_HOME/newstui/folders``) and, the next
time, lists a file whose size, modification and change times, inode and device are all as
remembered from that line without reading it. Anything else is read as usual.

Correctness rests on the change time, which no program can set back, and on taking every file's
stamp before it is read: a file is remembered only when its stamp after the load is the one taken
before its read (so a file changed or swapped for another while the load ran is read again next
time; a symbolic link's own stamp counts too) and all its times are at least ``SETTLE_NS`` older
than the start of the load (so a change within the file system's clock tick of it is not missed).
The cache only ever saves time: a missing, unreadable, damaged, foreign or outdated file is an
empty cache, a stale line is a miss, and titles read back must be what the sanitizer leaves as
they are. Files are private (0600 in a 0700 folder), replaced whole, at most ``MAX_FOLDERS`` of
them (the least recently used go), and never written with ``--private``.
"""

from __future__ import annotations

import os
import stat
import threading
import time
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import BinaryIO, Final

from newstui.model import Article, LoadResult
from newstui.parse.ids import article_id, sha1_hex
from newstui.text.sanitize import is_clean, sanitize_line

__all__ = [
    "FORMAT",
    "MAX_FOLDERS",
    "MIN_FILES",
    "SETTLE_NS",
    "FolderCache",
    "cache_folder",
    "file_stamp",
    "known_undated",
    "remember_dates",
]

FORMAT: Final = "newstui folder index 2"
"""The first field of a cache file's header line; another value is another format (an empty cache).
2: each entry's web address too (``index.head_url``); then its publication date too, once the reader has
read it (``remember_dates``): "" not read yet, ``NO_DATE`` read and none found. A line of the seven fields
written before the date was added is read as one with no date read yet."""
NO_DATE: Final = "-"
"""An entry's date field when its file was read for a date and has none."""
MIN_FILES: Final = 200
"""Folders listing fewer files than this (files that gave stories, of any kind) are not remembered (they list in
a blink); a folder listing this many has its title-only entries remembered, however few of its files they are."""
MAX_FOLDERS: Final = 16
"""Cache files kept; writing one removes the least recently used beyond this."""
MAX_BYTES: Final = 64_000_000
"""A cache file bigger than this is not read (100,000 entries take about 25 MB)."""
SETTLE_NS: Final = 2_000_000_000
"""A file changed less than this before a load started is not remembered by that load."""
_SUFFIX: Final = ".idx"
_TEMP_PREFIX: Final = ".index-"
_END: Final = b"\tend\t"
"""The last line: this, then the number of entry lines (no relative name starts with a tab)."""
_MAX_LINE: Final = 64 * 1024
_NO_STAMP: Final = -1
"""A noted stamp hash meaning "could not be stat-ed" (``hash`` never returns -1)."""
_DIRECTIONS: Final = frozenset(("rtl", "ltr"))
_FIELDS: Final = 8
"""Fields of an entry line: name, stamp, direction, source, section, address, date, title."""
_DATELESS_FIELDS: Final = 7
"""Fields of an entry line written before the date was added (no date field)."""
_DATES_LOCK: Final = threading.Lock()
"""Held by ``remember_dates`` while it rewrites cache files (the reader's saves may overlap)."""
_UNDATED: Final[dict[str, int]] = {}
"""Files whose remembered entry says they have no date (``NO_DATE``), each with the hash of the stamp it
was remembered under: filled by ``lookup``, read by ``known_undated`` and ``save``."""


def cache_folder() -> Path:
    """Where folder indexes are kept (``$XDG_CACHE_HOME/newstui/folders`` on Linux)."""
    from platformdirs import user_cache_path

    return user_cache_path("newstui") / "folders"


@cache
def _code_key() -> str:
    """newstui's version and the size and time of every module a title-only entry depends on.

    An index written by other code (an upgrade, a checkout being worked on) is not used. Worked
    out once per process (a reload of the same folder asks again).
    """
    import sys
    import unicodedata
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
    parts.append(f"{sys.version_info[:3]} {unicodedata.unidata_version}")
    for name in ("sources/index.py", "sources/local.py", "sources/folder.py", "sources/folder_cache.py", "model.py"):
        try:
            info = os.stat(here / name)
        except OSError:
            continue
        parts.append(f"{name}:{info.st_size}.{info.st_mtime_ns}")
    return f"{zlib.crc32(chr(0).join(parts).encode('utf-8', 'surrogateescape')):08x}"


def _stamp(info: os.stat_result) -> str:
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}:{info.st_dev}"


def file_stamp(path: str) -> str | None:
    """What tells a file's content apart from load to load (size, times, inode, device; a symbolic
    link's own too); None when it cannot be stat-ed. Equal stamps: the same bytes, short of a
    change within the file system's clock tick."""
    try:
        return _path_stamp(path)[0]
    except (OSError, ValueError):
        return None


def _path_stamp(path: str) -> tuple[str, int, int]:
    """``(stamp, size, newest time)`` of ``path`` as a folder file is read: a symbolic link's own
    stamp, then its target's; the size is the target's, the newest of every modification and change
    time in nanoseconds.

    Raises:
        OSError, ValueError: it cannot be stat-ed.
    """
    info = os.lstat(path)
    newest = max(info.st_mtime_ns, info.st_ctime_ns)
    if not stat.S_ISLNK(info.st_mode):
        return _stamp(info), info.st_size, newest
    target = os.stat(path)
    newest = max(newest, target.st_mtime_ns, target.st_ctime_ns)
    return f"{_stamp(info)}>{_stamp(target)}", target.st_size, newest


class FolderCache:
    """One folder's remembered entries: ``lookup`` answers for unchanged files, ``save`` writes a load's.

    The file is read as the load goes, one line per lookup: a load looks its files up in walk order,
    the order they were saved in, so its lines are merged with the walk (a line whose file comes
    before the one looked up is a file gone; a file before the next line is a new one). Memory
    holds one line at a time, and the file is written the same way.
    """

    def __init__(self, file: Path | None, prefix: str, header: str, *, cap: int) -> None:
        self.file = file
        """The cache file (None: nothing is saved)."""
        self._prefix = prefix
        self._header = header
        self._cap = cap
        self._source: BinaryIO | None = None
        self._remembered = 0
        self._peeked: bytes | None = None
        self._hits = 0
        self._noted_paths: list[str] = []
        self._noted = array("q")
        """The hash of each file's stamp taken before it was read (``_NO_STAMP`` if none), in walk order."""
        self._cursor = 0
        """Where the next lookup's path is expected among the noted ones."""
        self.started_ns = time.time_ns()
        """When the load began: files changed after ``started_ns - SETTLE_NS`` are not remembered."""

    def __len__(self) -> int:
        """Entries remembered from the last load (0 when there is no usable cache file)."""
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
            return cls(None, prefix, "", cap=cap)
        if "\n" in real or "\n" in (encoding or ""):  # the header is one line
            return cls(None, prefix, "", cap=cap)
        header = "\t".join((FORMAT, _code_key(), encoding or "", real))
        file = folder / (sha1_hex(f"{real}\0{encoding or ''}")[:24] + _SUFFIX)
        cache = cls(file, prefix, header, cap=cap)
        cache._start_reading()
        return cache

    def _start_reading(self) -> None:
        """Open the cache file and check its header and end line; nothing is remembered if they are wrong."""
        assert self.file is not None
        try:  # never blocks (a FIFO put there), never reads a device
            fd = os.open(self.file, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        except (OSError, ValueError):
            return
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise ValueError("not a regular file")
            source = os.fdopen(fd, "rb")
        except (OSError, ValueError):
            os.close(fd)
            return
        try:
            size = info.st_size
            first = source.readline(len(self._header.encode("utf-8", "surrogateescape")) + 2)
            if size > MAX_BYTES or first != (self._header + "\n").encode("utf-8", "surrogateescape"):
                raise ValueError("not this folder's index")
            body = source.tell()
            source.seek(max(body, size - 64))
            tail = source.read()
            end = tail[tail.rfind(b"\n", 0, len(tail) - 1) + 1 :]
            count = end[len(_END) : -1]
            if not (end.startswith(_END) and end.endswith(b"\n") and count.isdigit() and len(count) <= 7):
                raise ValueError("no end line: not written whole")
            source.seek(body)
            self._remembered = int(count)
        except (OSError, ValueError, UnicodeError):
            source.close()
            return
        self._source = source

    def close(self) -> None:
        """Stop reading the cache file (``save`` does it first)."""
        if self._source is not None:
            self._source.close()
            self._source = None

    def _peek(self) -> bytes | None:
        """The next line of the file (None at its end)."""
        if self._peeked is None and self._source is not None:
            try:
                line = self._source.readline(_MAX_LINE)
            except (OSError, ValueError):
                line = b""
            if not line.endswith(b"\n") or line.startswith(_END):
                self.close()
                return None
            self._peeked = line
        return self._peeked

    def _line_for(self, rel: str) -> bytes | None:
        """The line remembered for ``rel``, merging the file's lines with the walk (None: not remembered)."""
        key = rel.encode("utf-8", "surrogateescape") + b"\t"
        walk_key: tuple[tuple[str, str], ...] | None = None
        while (line := self._peek()) is not None:
            if line.startswith(key):
                self._peeked = None
                return line
            try:
                other = _walk_key(line[: line.index(b"\t")].decode("utf-8"))
            except ValueError:  # no tab, or not UTF-8: a damaged line, skipped
                self._peeked = None
                continue
            walk_key = walk_key or _walk_key(rel)
            if other >= walk_key:
                return None  # a new file: the line is for a file after it
            self._peeked = None  # the line's file is gone
        return None

    def note_all(self, paths: Sequence[str]) -> None:
        """Take the stamps of the walk's next ``paths`` before any of them is read (lookups then use them).

        A file is remembered only if it still has the stamp noted before its read. Notes are kept in
        walk order, as hashes (8 bytes a file), and matched with the load's results in that order.
        """
        if self.file is None:
            return
        noted, hashes = self._noted_paths, self._noted
        for path in paths:
            try:
                stamp, _size, _newest = _path_stamp(path)
            except (OSError, ValueError):
                hashes.append(_NO_STAMP)
            else:
                hashes.append(hash(stamp))
            noted.append(path)

    def _noted_stamp(self, path: str) -> int:
        """The stamp hash noted for ``path`` (the next one in walk order), noting it now if it was not."""
        index = self._cursor
        if index >= len(self._noted_paths) or self._noted_paths[index] != path:
            index = len(self._noted_paths)
            self.note_all((path,))
            if index >= len(self._noted_paths):
                return _NO_STAMP
        self._cursor = index + 1
        return self._noted[index]

    def lookup(self, path: str) -> LoadResult | None:
        """The title-only entry of ``path`` if it is unchanged since it was remembered, else None.

        ``path`` must be a file of the walk (``root`` + separator + name), looked up in walk order
        (a lookup out of order is a miss) before it is read (its stamp is noted). Its stamp (size,
        times, inode and device, a symbolic link's own too) must be the one remembered, and the
        line's text what the sanitizer leaves as it is.
        """
        _UNDATED.pop(path, None)
        if self.file is None or not path.startswith(self._prefix):
            return None
        before = self._noted_stamp(path)
        if before == _NO_STAMP or self._source is None:
            return None
        line = self._line_for(path[len(self._prefix) :])
        if line is None:
            return None
        try:
            fields = line[:-1].decode("utf-8").split("\t")
        except UnicodeDecodeError:
            return None
        if len(fields) == _DATELESS_FIELDS:
            fields.insert(6, "")
        if len(fields) != _FIELDS or hash(fields[1]) != before:
            return None
        _rel, remembered, direction, source, section, url, published, title = fields
        size = remembered.rpartition(">")[2].partition(":")[0]
        if not (size.isdigit() and 0 < int(size) <= self._cap) or direction not in _DIRECTIONS:
            return None
        if not (title and _clean_entry(title, source, section, url, published)) or (url and not _is_address(url)):
            return None
        if published and published != NO_DATE and not _is_date(published):
            return None
        self._hits += 1
        if published == NO_DATE:
            _UNDATED[path] = before
        article = Article(
            id=article_id(path, 0),
            title=title,
            source=source or None,
            section=section or None,
            published=published if published and published != NO_DATE else None,
            url=url or None,
            origin=path,
            direction="rtl" if direction == "rtl" else "ltr",
            indexed_only=True,
        )
        return LoadResult(origin=path, articles=(article,))

    def save(self, results: Sequence[LoadResult]) -> bool:
        """Remember the title-only entries (and one-story files parsed in full, ``_is_entry``) among a load's
        ``results`` (in walk order); True if written.

        Nothing is written when the folder lists fewer than ``MIN_FILES`` files (those that gave stories: plain
        text, HTML, feeds alike, as the user counts a folder's files) or has no such entry to remember (a cache
        file left from before is removed), or when every entry came from the cache unchanged. Files that
        changed too close to the load's start, and names holding a tab, a line break or anything
        the sanitizer would change, are left out; an index over ``MAX_BYTES`` is not kept (it would
        never be read). The file is written line by line (never whole in memory) and replaced whole;
        failures to write are ignored: the cache only ever saves time.
        """
        self.close()
        if self.file is None:
            return False
        entries = sum(map(_is_entry, results))
        listed = sum(1 for result in results if result.articles)
        if self._hits == self._remembered == entries and entries and listed >= MIN_FILES:
            _touch(self.file)  # every entry came from the cache: keep it as the most recently used
            return False
        if entries and listed >= MIN_FILES:
            from newstui.atomic_file import synced_temp

            written = [0]
            try:
                self.file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                with synced_temp(self.file.parent, self._text(results, written), prefix=_TEMP_PREFIX) as temp:
                    kept = written[0] > 0 and os.path.getsize(temp) <= MAX_BYTES  # else never read
                    if kept:
                        os.replace(temp, self.file)
            except (OSError, UnicodeError):
                return False
            if kept:
                _prune(self.file.parent)
                return True
        _remove(self.file)  # a cache left from before (or one too big to be read) goes
        return False

    def _text(self, results: Sequence[LoadResult], written: list[int]) -> Iterator[str]:
        """The cache file's lines: the header, one per remembered entry, the end line with their count."""
        yield self._header + "\n"
        settled = self.started_ns - SETTLE_NS
        prefix = self._prefix
        noted, hashes = self._noted_paths, self._noted
        position = 0
        for result in results:
            path = result.origin
            # Results come in walk order, as the notes do: the result's note is the next one for its path.
            found = position
            while found < len(noted) and noted[found] != path:
                found += 1
            if found == len(noted):
                continue  # never noted before it was read: not remembered
            position = found + 1
            before = hashes[found]
            if before == _NO_STAMP or not _is_entry(result) or not path.startswith(prefix):
                continue
            try:
                stamp, _size, newest = _path_stamp(path)
            except (OSError, ValueError):
                continue
            if hash(stamp) != before or newest >= settled:  # changed while it was read, or too lately
                continue
            article = result.articles[0]
            rel, source, section = path[len(prefix) :], article.source or "", article.section or ""
            url = article.url or ""
            # A date the cache gave the entry, or the cache's word that it has none (under this very stamp);
            # a file parsed in full was read for its date under this stamp.
            if article.indexed_only:
                published = article.published or (NO_DATE if _UNDATED.get(path) == before else "")
            else:
                published = article.published or NO_DATE
                if (url and not _is_address(url)) or (published != NO_DATE and not _is_date(published)):
                    continue  # (lookup would not take it back)
            if _clean_entry(rel, source, section, url, published, article.title):  # the stamp and direction are ours
                written[0] += 1
                fields = (rel, stamp, article.direction, source, section, url, published, article.title)
                yield "\t".join(fields) + "\n"
        yield f"{_END.decode()}{written[0]}\n"

    def _dated_text(self, dates: Mapping[str, tuple[str, str | None]], changed: list[int]) -> Iterator[str]:
        """The cache file's lines again, with ``dates`` (by relative name: the stamp they were read under and
        the date or None) in the lines of the entries remembered under that same stamp and not dated yet."""
        yield self._header + "\n"
        written = 0
        while (line := self._peek()) is not None:
            self._peeked = None
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                continue  # a damaged line: left out (a miss next time)
            fields = text[:-1].split("\t")
            if len(fields) == _DATELESS_FIELDS:
                fields.insert(6, "")
                text = "\t".join(fields) + "\n"
            found = dates.get(fields[0]) if len(fields) == _FIELDS and not fields[6] else None
            if found is not None and found[0] == fields[1]:
                fields[6] = found[1] or NO_DATE
                text = "\t".join(fields) + "\n"
                changed[0] += 1
            written += 1
            yield text
        yield f"{_END.decode()}{written}\n"

    def write_dates(self, dates: Mapping[str, tuple[str, str | None]]) -> int:
        """Write the dates read for some of the remembered entries (``remember_dates``); how many lines took one.

        The file is read again line by line and replaced whole, only when a line changed; failures to
        write are ignored (the dates are read again next time).
        """
        if self.file is None or self._source is None:
            return 0
        from newstui.atomic_file import synced_temp

        changed = [0]
        try:
            with synced_temp(self.file.parent, self._dated_text(dates, changed), prefix=_TEMP_PREFIX) as temp:
                if changed[0] and os.path.getsize(temp) <= MAX_BYTES:  # (else it would never be read)
                    os.replace(temp, self.file)
        except (OSError, UnicodeError):
            return 0
        finally:
            self.close()
        return changed[0]


def known_undated(path: str, stamp: str) -> bool:
    """Whether the folder cache listed ``path`` this run as read for its date and holding none, under ``stamp``
    (its ``file_stamp`` now)."""
    return _UNDATED.get(path) == hash(stamp)


def remember_dates(
    dated: Iterable[tuple[str, str, str | None]], *, encoding: str | None, folder: Path | None = None
) -> int:
    """Keep the dates the reader read for title-only entries in the caches of the folders that list them.

    Each of ``dated`` is (file, its stamp while it was read, its date or None for none). A file is found
    in the cache of every folder above it that has one (the folder as the walk named it, so the file is
    that folder, a separator and its relative name), and its line takes the date only when it was
    remembered under the same stamp. The next run lists the entry with its date (or knows it has none)
    without reading the file. Never fails; returns how many lines took a date.

    Args:
        dated: what was read, as ``index.dated_entries`` gives it (entries without a stamp left out).
        encoding: the run's ``--encoding`` (each encoding has its own caches).
        folder: where cache files live (default ``cache_folder()``).
    """
    by_file: dict[Path, tuple[str, dict[str, tuple[str, str | None]]]] = {}
    above: dict[str, list[tuple[Path, str, int]]] = {}  # a folder as written: its caches and where names start
    for path, stamp, published in dated:
        parent = os.path.dirname(path)
        caches = above.get(parent)
        if caches is None:
            caches = above[parent] = _caches_above(path, encoding=encoding, folder=folder)
        for file, root, start in caches:
            by_file.setdefault(file, (root, {}))[1][path[start:]] = (stamp, published)
    changed = 0
    with _DATES_LOCK:  # two writes at once would each replace the file with its own dates only
        for root, dates in by_file.values():
            cache = FolderCache.open(root, encoding=encoding, cap=0, folder=folder)
            changed += cache.write_dates(dates)
    return changed


def _caches_above(path: str, *, encoding: str | None, folder: Path | None) -> list[tuple[Path, str, int]]:
    """(cache file, folder, where the relative name starts in ``path``) of each folder above ``path`` (as
    written) that has a cache file."""
    found: list[tuple[Path, str, int]] = []
    index = path.find(os.sep)
    while index >= 0:
        root = path[:index] or os.sep
        try:
            real = os.path.realpath(root)
            place = folder if folder is not None else cache_folder()
        except (OSError, ValueError, RuntimeError):
            real = ""
        if real and "\n" not in real and "\n" not in (encoding or ""):
            file = place / (sha1_hex(f"{real}\0{encoding or ''}")[:24] + _SUFFIX)
            if file.is_file():
                found.append((file, root, index + 1))
        index = path.find(os.sep, index + 1)
    return found


def _is_date(text: str) -> bool:
    """Whether a remembered date is one ``ordering.published_at`` reads (ISO 8601)."""
    from datetime import datetime

    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _walk_key(rel: str) -> tuple[tuple[str, str], ...]:
    """Where a relative path comes in the folder walk (``sources.folder``: each level in natural order)."""
    from newstui.sources.folder import natural_key

    return tuple((natural_key(part), part) for part in rel.split(os.sep))


_PAGE_ENDINGS: Final = (".html", ".htm", ".xhtml")
"""How a local HTML page's name ends (``sources.files``): its links to the folder's files are read only when
the folder lists it, not when an entry is opened (``index.parse_indexed``), so its full parse is not remembered."""


def _is_entry(result: LoadResult) -> bool:
    """Whether a result is one the cache remembers: one title-only entry, or a file parsed in full into one
    story (a plain text whose first lines ``quick_head`` could not read, a byline above its headline) that
    opening its entry parses again into the same story (``index.parse_indexed``): no note, no page's links to
    its folder's files, no feed entry's summary or listing page."""
    if result.error is not None or len(result.articles) != 1:
        return False
    article = result.articles[0]
    if article.indexed_only:
        return True
    return not (
        result.notes
        or article.summary_only
        or article.feed_content
        or article.listing
        or not article.title
        or article.origin.lower().endswith(_PAGE_ENDINGS)
        or article.id != article_id(article.origin, 0)
    )


def _is_address(url: str) -> bool:
    """Whether a remembered entry's address is one ``index.head_url`` gives (http or https, no space)."""
    return url.startswith(("https://", "http://")) and " " not in url


def _clean(text: str) -> bool:
    """Whether ``text`` is one line the sanitizer leaves as it is (so no tab and no line break)."""
    return sanitize_line(text) == text


def _clean_entry(*fields: str) -> bool:
    """``_clean`` of every field, with one scan for what the sanitizer changes in the usual case.

    A field is one line ``sanitize_line`` leaves as it is when ``sanitize_text`` does and it is
    printable with no space at either end and no two together; ``is_clean`` of the fields joined
    by line breaks (which the sanitizer keeps) answers the first for all of them at once.
    """
    if all(
        not field or (field.isprintable() and "  " not in field and field[0] != " " != field[-1]) for field in fields
    ):
        if is_clean("\n".join(fields)):
            return True
    return all(_clean(field) for field in fields)


def _prune(folder: Path) -> None:
    """Remove the least recently used cache files beyond ``MAX_FOLDERS``, and the temporary files of writes a
    crash cut short (a big folder's is tens of megabytes)."""
    from newstui.atomic_file import remove_stale_temps

    remove_stale_temps(folder, (_TEMP_PREFIX,))
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
