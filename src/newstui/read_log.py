"""Stories read in earlier runs: hashed story keys in a small file of the user's state folder.

A story is known by its URL (folded as ``corpus.url_key``) and by its normalized title with its
source, so a story opened from a feed is also known when it comes back as a saved page or a folder
file listed by its title only. Keys are hashed: the file says which stories were read to whoever
can also read those stories, and nothing to anyone else. Reading the file never fails nor blocks (a
missing, unreadable or damaged file, a FIFO or a device is an empty log); writing it replaces it
atomically (through a symbolic link, its target), so a crash or a full disk never leaves half a
file, and never replaces a file that is not the log or cannot be read (another file of that name, or
one the user cannot read, is left as it is, and the reader says so). Two readers saving at once take
turns (a lock on the folder and one on the log), each adding its stories to what the other wrote.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Final

from newstui.errors import OutputError, os_reason
from newstui.model import Article

if TYPE_CHECKING:
    from newstui.corpus import Corpus

__all__ = ["FILE_NAME", "MAX_KEYS", "ReadLog", "ReadMarks", "default_path", "story_keys"]

FILE_NAME: Final = "read.txt"
"""The log's file in the state folder."""
MAX_KEYS: Final = 40_000
"""Keys kept: the most recent ones (one or two per story, so 20,000 stories or more)."""
KEY_CHARS: Final = 16
"""Hex characters of a key's SHA-1 (64 bits)."""
_HEADER: Final = "# newstui: stories read (hashed keys, most recent last)"
_MAX_BYTES: Final = 4 * MAX_KEYS * (KEY_CHARS + 1)
"""A file bigger than this is not the log (or is damaged): it is not read."""
_NOT_THE_LOG: Final = "not newstui's list of stories read"
_TEMP_PREFIX: Final = ".read-"
_LOCK_SECONDS: Final = 1.5
"""How long a save waits for the folder's lock (another reader's save, or a tool holding it) before it goes
on without it."""
_LOG_LOCK_SECONDS: Final = 1.0
"""How long a save then waits for the log's own lock before it goes on without it (so a quit waits 2.5 s at most)."""
_MERGES: Final = 4
"""Merges a save not holding the log's lock tries before it replaces the file whatever came meanwhile."""


def default_path() -> Path:
    """The log in the user's state folder (``$XDG_STATE_HOME/newstui/read.txt`` on Linux)."""
    from platformdirs import user_state_path

    return user_state_path("newstui") / FILE_NAME


def _hash(text: str) -> str:
    from newstui.parse.ids import sha1_hex

    return sha1_hex(text)[:KEY_CHARS]


def story_keys(article: Article) -> tuple[str, ...]:
    """The keys a story is known by: its title and source, and its URL when it has one."""
    from newstui.corpus import url_key
    from newstui.text.normalize import normalize

    keys = [_hash(f"title\n{normalize(article.title)}\n{normalize(article.source or '')}")]
    folded = url_key(article.url) if article.url else None
    if folded is not None:
        keys.append(_hash(f"url\n{folded}"))
    return tuple(keys)


def _is_key(line: str) -> bool:
    return len(line) == KEY_CHARS and all(char in "0123456789abcdef" for char in line)


def _read(path: Path) -> bytes | None:
    """The file at ``path`` (None: there is none), never blocking on a FIFO nor reading a device.

    Raises:
        OSError: it cannot be read (permission denied, a folder, a FIFO or device: EINVAL), or is bigger
            than any log (EFBIG).
    """
    from newstui.atomic_file import read_regular

    try:
        return read_regular(path, _MAX_BYTES)
    except FileNotFoundError:
        return None


def _keys(data: bytes) -> list[str]:
    """The keys among the lines of ``data`` (damaged lines are passed over), the most recent ``MAX_KEYS``."""
    text = data.decode("utf-8", errors="replace")
    return [line for line in (raw.strip() for raw in text.splitlines()) if _is_key(line)][-MAX_KEYS:]


def _left_as_it_is(why: str, origin: Path) -> OutputError:
    """The save refused: the file at ``origin`` is not one the log may replace."""
    return OutputError(f"{why}: left as it is (move it away to have them remembered again)", origin=str(origin))


def _log_on_disk(path: Path, origin: Path) -> bytes:
    """The log's text at ``path`` (empty when there is none), to be merged and then replaced; errors name ``origin``.

    Raises:
        OutputError: a file is there that is not the log (another file of that name, one grown past
            any log's size), or that cannot be read: it is never replaced.
    """
    try:
        data = _read(path)
    except OSError as error:
        if error.errno == errno.EFBIG:
            raise _left_as_it_is(_NOT_THE_LOG, origin) from None
        if error.errno == errno.EISDIR:
            raise OutputError("cannot save the stories read: is a directory", origin=str(origin)) from None
        raise _left_as_it_is(f"cannot read the stories read: {os_reason(error)}", origin) from None
    if not data:
        return b""
    if data.split(b"\n", 1)[0].rstrip(b"\r") != _HEADER.encode():
        raise _left_as_it_is(_NOT_THE_LOG, origin)
    return data


def _make_folder(folder: Path) -> None:
    """``folder`` and its parents made when missing; one of them a file is said so, not "file exists" (mkdir's
    words, which name the file the log was to be, not the folder in its way).

    Raises:
        OutputError: a part of the path is a file, naming it.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        in_the_way = next((part for part in (folder, *folder.parents) if part.exists() and not part.is_dir()), folder)
        raise OutputError("cannot save the stories read: not a folder", origin=str(in_the_way)) from None


class ReadLog:
    """The keys of the stories read, oldest first; ``save`` writes them back if anything was added.

    Two readers running at once each add their stories to what the file holds when they save, so
    neither loses the other's (their saves take turns, ``_locked``).
    """

    def __init__(self, path: Path | None, keys: list[str] | None = None) -> None:
        self.path = path
        """Where the log is saved (None: kept in memory only)."""
        self._keys: dict[str, None] = dict.fromkeys(keys or ())
        self._removed: dict[str, None] = {}
        """Keys of the stories marked unread again in this session (``remove``): a save drops them from what the
        file holds too, whoever wrote them there (until they are added again)."""
        self._added = 0
        """Changes so far (stories added or removed); ``save`` compares it before and after writing (it may run
        on a thread)."""
        self._saved = 0
        """``_added`` as of the last save that wrote them all."""

    @classmethod
    def load(cls, path: Path) -> ReadLog:
        """The log saved at ``path``; empty when there is none or it cannot be read."""
        try:
            data = _read(path)
        except (OSError, ValueError):
            return cls(path)
        return cls(path, _keys(data) if data else None)

    def __len__(self) -> int:
        return len(self._keys)

    def has(self, article: Article) -> bool:
        """Whether ``article`` was read: by its address when it has one (a daily "نشرة الأخبار" under a new
        address is a new story, whatever its title), else by its title and source (both are written)."""
        return story_keys(article)[-1] in self._keys

    def add(self, article: Article) -> None:
        """Remember ``article`` as read (its keys become the most recent)."""
        self.add_many((article,))

    def add_many(self, articles: Iterable[Article]) -> int:
        """Remember each of ``articles`` as read, in turn (``A``: one save for all); how many were given."""
        keys = self._keys
        removed = self._removed
        count = 0
        for article in articles:
            for key in story_keys(article):
                keys.pop(key, None)
                keys[key] = None
                removed.pop(key, None)
            count += 1
        while len(keys) > MAX_KEYS:
            del keys[next(iter(keys))]
        if count:
            self._added += 1
        return count

    def remove(self, article: Article) -> None:
        """Forget ``article`` as read (``m`` on a story read): each key it is known by, here and at the next save
        in the file (another reader's copy of the key too)."""
        self.remove_many((article,))

    def remove_many(self, articles: Iterable[Article]) -> None:
        """Forget each of ``articles`` as read (an ``A`` undone): one save for all."""
        keys = self._keys
        removed = self._removed
        for article in articles:
            for key in story_keys(article):
                keys.pop(key, None)
                removed[key] = None
        self._added += 1

    @property
    def dirty(self) -> bool:
        """Stories were added since the log was loaded or last saved."""
        return self._added != self._saved

    def save(self) -> None:
        """Write the log (the most recent ``MAX_KEYS`` keys) if keys were added, replacing the file at once.

        May run on a thread while ``add`` goes on in another: it writes the keys it found when it began,
        and the log stays dirty if more came meanwhile.

        Raises:
            OutputError: the folder or the file could not be written, or the file there is not the log or
                cannot be read; the old file is left as it was.
        """
        added = self._added
        if added == self._saved or self.path is None:
            return
        from newstui.atomic_file import remove_stale_temps

        ours = list(self._keys)  # one C-level copy: safe while another thread adds
        gone = frozenset(self._removed)
        try:
            _make_folder(self.path.parent)
            # A log that is a symbolic link (into a synced folder) is written through: its target is replaced.
            target = Path(os.path.realpath(self.path))
            folder = target.parent
            # Another reader saving now waits: neither loses the other's stories. The folder's lock is the one
            # older newstuis take; the log's own is had even when something else holds the folder's for long.
            with _locked(folder), _log_locked(target) as held:
                self._replace(target, self.path, ours, held, gone)
        except OSError as error:
            raise OutputError(f"cannot save the stories read: {os_reason(error)}", origin=str(self.path)) from None
        self._saved = added
        remove_stale_temps(folder, (_TEMP_PREFIX,))  # left by a reader killed while it saved

    def _replace(
        self, target: Path, origin: Path, ours: list[str], held: bool, gone: frozenset[str] = frozenset()
    ) -> None:
        """Replace ``target`` by what it holds, but the keys ``gone`` (marked unread), with ``ours`` added (the
        most recent); ``held``: no other save
        runs meanwhile (the log's lock is had), else the file is read again just before the rename, and the
        merge done again if another save replaced it since. Errors name ``origin`` (the log's own name).

        Raises:
            OSError: the temporary file could not be written or renamed.
            OutputError: the file there is not the log, or cannot be read.
        """
        from newstui.atomic_file import synced_temp

        for attempt in range(_MERGES):
            on_disk = _log_on_disk(target, origin)
            # Another reader may have saved since this one loaded: keep its keys too (ours are the most recent).
            merged = dict.fromkeys(key for key in _keys(on_disk) if key not in gone)
            for key in ours:
                merged.pop(key, None)
                merged[key] = None
            keys = list(merged)[-MAX_KEYS:]
            with synced_temp(target.parent, "\n".join([_HEADER, *keys, ""]), prefix=_TEMP_PREFIX) as temp:
                if held or attempt == _MERGES - 1 or _unchanged(target, on_disk):
                    os.replace(temp, target)
                    return


def _unchanged(target: Path, seen: bytes) -> bool:
    """Whether ``target`` still holds ``seen`` (False: another save replaced it, or it cannot be read now)."""
    try:
        return (_read(target) or b"") == seen
    except OSError:
        return False


def _flock(fd: int, seconds: float) -> bool:
    """Take an exclusive ``flock`` on ``fd``, trying without blocking for ``seconds`` at most; whether it was had
    (False also on a file system without locks)."""
    import fcntl

    deadline = time.monotonic() + seconds
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.005)
        except OSError:  # a file system without locks
            return False


@contextmanager
def _locked(folder: Path) -> Iterator[bool]:
    """Hold an exclusive ``flock`` on ``folder`` (nothing is left behind), waiting ``_LOCK_SECONDS`` at most;
    whether it is held.

    Never hangs: a lock not had by then (something else holds it: a backup tool, a reader stopped
    with ctrl+z while it saved), or a folder that cannot be locked, lets the save go on to the log's
    own lock (``_log_locked``).
    """
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        yield False
        return
    try:
        yield _flock(fd, _LOCK_SECONDS)
    finally:
        os.close(fd)  # releases the lock


@contextmanager
def _log_locked(target: Path) -> Iterator[bool]:
    """Hold an exclusive ``flock`` on the log at ``target`` itself, waiting ``_LOG_LOCK_SECONDS`` at most;
    whether it is held (the save then merges again just before its rename, ``ReadLog._replace``).

    Every save takes it, with or without the folder's lock, so saves that waited out a folder lock held
    by something else still take turns. The log is replaced by a rename: a lock had on a file no longer
    at ``target`` is given up and the new file's taken. A log not there yet is made (empty, as the
    log it stands for) to be locked, and removed again if the save fails before it is replaced.
    """
    deadline = time.monotonic() + _LOG_LOCK_SECONDS
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)  # a FIFO put there is not waited on
    while True:
        created = False
        try:
            fd = os.open(target, flags | os.O_CREAT | os.O_EXCL, 0o600)
            created = True
        except FileExistsError:
            try:
                fd = os.open(target, flags)
            except FileNotFoundError:  # removed between the two opens: made again
                if time.monotonic() < deadline:
                    time.sleep(0.005)
                    continue
                fd = -1
            except OSError:  # cannot be opened: the save says why
                fd = -1
        except OSError:  # cannot be made (no such folder, no permission): the save says why
            fd = -1
        if fd < 0:
            yield False
            return
        held = _flock(fd, deadline - time.monotonic())
        if held and not _same_file(fd, target):
            held = False  # replaced by the save that held it: lock the new file
            if time.monotonic() < deadline:
                os.close(fd)
                continue
        break
    try:
        yield held
    except BaseException:
        if created:
            _remove_if_empty(fd, target)
        raise
    finally:
        os.close(fd)  # releases the lock


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``fd`` is the file now at ``path``."""
    try:
        mine, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def _remove_if_empty(fd: int, path: Path) -> None:
    """Remove the empty file ``_log_locked`` made at ``path`` for a save that then failed (never fails)."""
    try:
        if _same_file(fd, path) and os.fstat(fd).st_size == 0:
            os.unlink(path)
    except OSError:
        pass


class ReadMarks:
    """Which stories were read: those opened (or marked read) in this session, and (once loaded) the log of
    earlier runs, but those marked unread again.

    What the reader's panes ask, per article id, to draw a story as read. Answers from the log are
    memoized per id (a story's keys cost a normalization and a hash each); for a folder entry listed by
    title only, per entry as it is (its URL is known once it is parsed, and the parsed story replaces it).
    """

    def __init__(self, corpus: Corpus) -> None:
        self._corpus = corpus
        self.opened: set[str] = set()
        """Ids of the articles opened, or marked read (``m``, ``A``), in this session."""
        self.unread: set[str] = set()
        """Ids of the articles marked unread again in this session (``m``): unread whatever the log says."""
        self.log: ReadLog | None = None
        """The log of earlier runs, when remembered and loaded."""
        self.changes = 0
        """Bumped whenever a story is marked read or unread, or the log is taken (the list's count follows)."""
        self._known: dict[str, bool] = {}
        self._entries: dict[str, tuple[Article, bool]] = {}
        """Answers for folder entries listed by title only, with the entry they were found for."""

    def was_read(self, article_id: str) -> bool:
        """Whether the article was opened in this session or, by its URL or title, in an earlier run (and not
        marked unread since)."""
        return bool(self._answer(article_id, look_up=True))

    def _answer(self, article_id: str, *, look_up: bool) -> bool | None:
        """``was_read``; None when the log would have to be looked up and ``look_up`` is False."""
        if article_id in self.opened:
            return True
        log = self.log
        if log is None or not len(log) or article_id in self.unread:
            return False
        known = self._known.get(article_id)
        if known is not None:
            return known
        article = self._corpus.get(article_id)
        if article is None:
            return False
        if article.indexed_only:
            entry = self._entries.get(article_id)
            if entry is not None and entry[0] is article:
                return entry[1]
            if not look_up:
                return None
            known = log.has(article)
            self._entries[article_id] = (article, known)
            return known
        if not look_up:
            return None
        known = log.has(article)
        self._known[article_id] = known
        return known

    def mark(self, article: Article) -> bool:
        """Note ``article`` as read; whether the log now has something to save."""
        return self.mark_many((article,))

    def mark_many(self, articles: Iterable[Article]) -> bool:
        """Note each of ``articles`` as read (``A``: the log gets them all at once); whether the log now has
        something to save."""
        articles = list(articles)
        for article in articles:
            self.opened.add(article.id)
            self.unread.discard(article.id)
        self.changes += 1
        if self.log is None or not articles:
            return False
        self.log.add_many(articles)
        return True

    def unmark(self, article: Article) -> bool:
        """Note ``article`` as unread again (``m``); whether the log now has something to save."""
        return self.unmark_many((article,))

    def unmark_many(self, articles: Iterable[Article]) -> bool:
        """Note each of ``articles`` as unread again (an ``A`` undone); whether the log now has something to save.

        Another story known by one of the same keys (the same title and source) reads as unread too, as it
        would have read as read."""
        articles = list(articles)
        for article in articles:
            self.opened.discard(article.id)
            self.unread.add(article.id)
        self.changes += 1
        self._known.clear()  # a story sharing a key with these is unread now too
        self._entries.clear()
        if self.log is None or not articles:
            return False
        self.log.remove_many(articles)
        return True

    def carry(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Give each new id the read or unread mark of this session the old id had (``(old, new)`` pairs: a copy of
        a story taking its place in the list, ``load_notes.taken_over``)."""
        for old, new in pairs:
            if old in self.opened:
                self.opened.add(new)
            elif old in self.unread:
                self.unread.add(new)
            else:
                continue
            self.changes += 1

    def carry_edited(self, pairs: Iterable[tuple[Article, Article]]) -> bool:
        """Keep read the stories an edit changed, as they are now (``(old, new)`` pairs of the same id: a file edited
        while the reader runs, ``reader_reload``): one opened in this session, or known to the log from an earlier
        run, has its new version added to the log (a new headline is a new key for a story without an address),
        so the next start has it read too; one marked unread again stays so. Whether the log has something to
        save."""
        log = self.log
        carried = []
        for old, new in pairs:
            if old.id in self.unread:
                continue
            if old.id in self.opened or (log is not None and len(log) and log.has(old)):
                carried.append(new)
                self.opened.add(new.id)  # (read now, whatever the new keys were)
                self._known.pop(new.id, None)
                self._entries.pop(new.id, None)
        if not carried:
            return False
        self.changes += 1
        if log is None:
            return False  # (``adopt`` adds what was opened, as it is then)
        log.add_many(carried)
        return True

    def count_unread(self, articles: Iterable[Article], *, budget: int | None = None) -> int | None:
        """How many of ``articles`` are not read; None when more than ``budget`` of them had to be looked up in
        the log (a normalization and a hash each): those looked up are kept, so the next call goes on from there.
        """
        answer = self._answer
        unread = 0
        for article in articles:
            read = answer(article.id, look_up=False)
            if read is None:
                if budget is not None and budget <= 0:
                    return None
                if budget is not None:
                    budget -= 1
                read = answer(article.id, look_up=True)
            unread += not read
        return unread

    def adopt(self, log: ReadLog) -> bool:
        """Take the loaded log, adding what this session opened meanwhile (and forgetting what it marked unread);
        whether it knew any story (a redraw)."""
        known = len(log) > 0
        corpus = self._corpus
        log.add_many(article for article in map(corpus.get, self.opened) if article is not None)
        unread = [article for article in map(corpus.get, self.unread) if article is not None]
        if unread:
            log.remove_many(unread)
        self.log = log
        self._known.clear()
        self._entries.clear()
        self.changes += 1
        return known
