"""Stories read in earlier runs: hashed story keys in a small file of the user's state folder.

A story is known by its URL (folded as ``corpus.url_key``) and by its normalized title with its
source, so a story opened from a feed is also known when it comes back as a saved page or a folder
file listed by its title only. Keys are hashed: the file says which stories were read to whoever
can also read those stories, and nothing to anyone else. Reading the file never fails (a missing,
unreadable or damaged file is an empty log); writing it replaces it atomically, so a crash or a
full disk never leaves half a file, and never replaces a file that is not the log (another file of
that name is left as it is, and the reader says so).
"""

from __future__ import annotations

import os
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


def _not_the_log(path: Path) -> bool:
    """A file is at ``path`` that is not the log (another file of that name, or one grown past any log's
    size): it is never replaced."""
    try:
        if path.stat().st_size == 0:
            return False
        if path.stat().st_size > _MAX_BYTES:
            return True
        with path.open("rb") as handle:
            first = handle.readline(len(_HEADER) + 2)
    except FileNotFoundError:
        return False
    except (OSError, ValueError):
        return False  # unreadable: the write says why
    return first.rstrip(b"\r\n") != _HEADER.encode()


class ReadLog:
    """The keys of the stories read, oldest first; ``save`` writes them back if anything was added.

    Two readers running at once each add their stories to what the file holds when they save, so
    neither loses the other's (short of both saving within the same instant).
    """

    def __init__(self, path: Path | None, keys: list[str] | None = None) -> None:
        self.path = path
        """Where the log is saved (None: kept in memory only)."""
        self._keys: dict[str, None] = dict.fromkeys(keys or ())
        self._added = 0
        """Stories added so far; ``save`` compares it before and after writing (it may run on a thread)."""
        self._saved = 0
        """``_added`` as of the last save that wrote them all."""

    @classmethod
    def load(cls, path: Path) -> ReadLog:
        """The log saved at ``path``; empty when there is none or it cannot be read."""
        try:
            if path.stat().st_size > _MAX_BYTES:
                return cls(path)
            text = path.read_text(encoding="utf-8", errors="replace")
        except (OSError, ValueError):
            return cls(path)
        keys = [line for line in (raw.strip() for raw in text.splitlines()) if _is_key(line)]
        return cls(path, keys[-MAX_KEYS:])

    def __len__(self) -> int:
        return len(self._keys)

    def has(self, article: Article) -> bool:
        """Whether ``article`` was read: by its address when it has one (a daily "نشرة الأخبار" under a new
        address is a new story, whatever its title), else by its title and source (both are written)."""
        return story_keys(article)[-1] in self._keys

    def add(self, article: Article) -> None:
        """Remember ``article`` as read (its keys become the most recent)."""
        keys = self._keys
        for key in story_keys(article):
            keys.pop(key, None)
            keys[key] = None
        while len(keys) > MAX_KEYS:
            del keys[next(iter(keys))]
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
            OutputError: the folder or the file could not be written; the old file is left as it was.
        """
        added = self._added
        if added == self._saved or self.path is None:
            return
        if _not_the_log(self.path):
            raise OutputError(
                "not newstui's list of stories read: left as it is (move it away to have them remembered again)",
                origin=str(self.path),
            )
        ours = list(self._keys)  # one C-level copy: safe while another thread adds
        # Another reader may have saved since this one loaded: keep its keys too (ours are the most recent).
        merged = ReadLog.load(self.path)._keys
        for key in ours:
            merged.pop(key, None)
            merged[key] = None
        keys = list(merged)[-MAX_KEYS:]
        from newstui.atomic_file import synced_temp  # imported on the first save: the reader starts without it

        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with synced_temp(folder, "\n".join([_HEADER, *keys, ""]), prefix=".read-") as temp:
                os.replace(temp, self.path)
        except OSError as error:
            raise OutputError(f"cannot save the stories read: {os_reason(error)}", origin=str(self.path)) from None
        self._saved = added


class ReadMarks:
    """Which stories were read: those opened in this session, and (once loaded) the log of earlier runs.

    What the reader's panes ask, per article id, to draw a story as read. Answers from the log are
    memoized per id (a story's keys cost a normalization and a hash each); a folder entry listed by
    title only is not memoized, as its URL is known once it is parsed.
    """

    def __init__(self, corpus: Corpus) -> None:
        self._corpus = corpus
        self.opened: set[str] = set()
        """Ids of the articles opened in this session."""
        self.log: ReadLog | None = None
        """The log of earlier runs, when remembered and loaded."""
        self._known: dict[str, bool] = {}

    def was_read(self, article_id: str) -> bool:
        """Whether the article was opened in this session or, by its URL or title, in an earlier run."""
        if article_id in self.opened:
            return True
        log = self.log
        if log is None or not len(log):
            return False
        known = self._known.get(article_id)
        if known is None:
            article = self._corpus.get(article_id)
            known = article is not None and log.has(article)
            if article is not None and not article.indexed_only:
                self._known[article_id] = known
        return known

    def mark(self, article: Article) -> bool:
        """Note ``article`` as read; whether the log now has something to save."""
        self.opened.add(article.id)
        if self.log is None:
            return False
        self.log.add(article)
        return True

    def adopt(self, log: ReadLog) -> bool:
        """Take the loaded log, adding what this session opened meanwhile; whether it knew any story (a redraw)."""
        known = len(log) > 0
        for article_id in self.opened:
            article = self._corpus.get(article_id)
            if article is not None:
                log.add(article)
        self.log = log
        self._known.clear()
        return known
