"""Folder entries listed by title only: the file behind one parsed when it is opened (a big one on a thread)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Final

from newstui.errors import NewsError, bug_line, debugging, error_line, traceback_text
from newstui.load_notes import failure_line
from newstui.sources import first_frame
from newstui.ui import messages

if TYPE_CHECKING:
    from newstui.model import Article
    from newstui.ui.screens.reader import ReaderScreen

READING_TITLE: Final = "Article · reading the file…"
"""The article pane's title while a big folder file is parsed on a thread."""


class IndexedEntries:
    """Turns the reader's title-only folder entries into articles as they are opened; made on the first one."""

    def __init__(self, reader: ReaderScreen) -> None:
        self.reader = reader
        self._pending: set[str] = set()
        """Entries whose (big) file is being parsed on a thread."""
        self._stamps: dict[str, str | None] = {}
        """The stamp of each parsed entry's file, taken just before it was read (``edited_since``)."""
        self._failed: set[str] = set()
        """Entries whose file could not be read when they were opened (``retried``)."""

    def edited_since(self, articles: Iterable[Article], *, known: Collection[str] = ()) -> list[Article]:
        """The stories opened from a folder whose file a reload lists again edited since: their new versions.

        The files to read again are ``sources.index.edited_entries``'; a story is edited when its text
        differs (``Corpus.edited``). ``known``: ids found already.
        """
        from newstui.sources.index import edited_entries

        corpus = self.reader.corpus
        again, noted = edited_entries(
            articles, corpus.get, self._stamps, known=known, sync_bytes=first_frame.SYNC_LOAD_BYTES
        )
        self._stamps.update(noted)
        found: list[Article] = []
        for article in again:
            parsed = self._parsed(article)
            if not isinstance(parsed, str):
                found += corpus.edited(parsed[:1])
        return found

    def retried(self, article: Article, listed: Collection[str]) -> bool:
        """Open ``article`` again if its file could not be read when it was opened and a reload ``listed``
        it again (a file deleted, then put back); True when it was.
        """
        if article.id not in self._failed or article.id not in listed or not article.indexed_only:
            return False
        self._failed.discard(article.id)
        self.opened(article)
        return True

    def opened(self, article: Article) -> Article:
        """``article`` is being opened: parse its file if it is an entry; the article to show meanwhile.

        The pane's reading title stays only while the article opened is the one being read.
        """
        if article.indexed_only:
            article = self._expand(article)
        view = self.reader.article_view
        if article.id not in self._pending and view.border_title == READING_TITLE:
            view.border_title = "Article"
        return article

    def _expand(self, stub: Article) -> Article:
        """Parse the file behind a title-only folder entry; the full article takes the stub's place.

        A file up to ``first_frame.SYNC_LOAD_BYTES`` (1 MiB) is parsed at once, on the loop; a bigger one on a
        thread, its title showing meanwhile. At once is not free: generated Arabic text (60-word paragraphs)
        took 1-6 ms for 64 KiB and 12-62 ms for 1 MiB (2026-12, a busy 2-core machine; the code audit measured
        50-81 ms for 1 MiB), keys waiting that long, a trade-off kept for the first frame's text. A file that
        cannot be read any more is reported, and its title stays on screen without text.
        """
        import os

        try:
            size = os.stat(stub.origin).st_size
        except (OSError, ValueError):
            size = 0  # the parse reports what is wrong with the file
        if size > first_frame.SYNC_LOAD_BYTES:
            if stub.id not in self._pending:
                self._pending.add(stub.id)
                self.reader.article_view.border_title = READING_TITLE
                work = partial(self._parse, stub)
                self.reader.run_worker(
                    work, name="parse_indexed_entry", group="indexed", thread=True, exit_on_error=False
                )
            return stub
        parsed = self._parsed(stub)
        if isinstance(parsed, str):
            self._tell_failed(stub, parsed)
            return stub
        from newstui.parse.feed_notes import feed_note

        return self._put(stub, parsed, feed_note(parsed))

    def _put(self, stub: Article, articles: Sequence[Article], note: str | None = None) -> Article:
        """The parsed file's articles in the corpus: the first in the stub's place, the rest after it; what the
        parse left out (``note``: a text cut at its line cap) is told now, and again with the sources' failures
        when the reader closes (stderr, status 1), as ``--json`` and ``--print`` tell it for the same folder."""
        if note:
            line = failure_line(stub.origin, note)
            self.reader.app.notify(line, title="Not all of the file is shown", severity="warning", markup=False)
            failures = self.reader.loader.failures
            if line not in failures:  # (a file opened again after a reload is told once)
                failures.append(line)
        corpus = self.reader.corpus
        full = corpus.upgrade(articles[0])
        if len(articles) > 1 or full.title != stub.title or full.direction != stub.direction:
            corpus.add(articles[1:])
            self.reader.refresh_list()
        return corpus.get(stub.id) or full

    def _tell_failed(self, stub: Article, error: str) -> None:
        self._failed.add(stub.id)
        self.reader.app.notify(
            failure_line(stub.origin, error), title="Could not read the article", severity="error", markup=False
        )

    def _parsed(self, stub: Article) -> list[Article] | str:
        """The articles of the file behind a title-only entry, or the one line saying why there are none."""
        from newstui.sources.folder_cache import file_stamp
        from newstui.sources.index import parse_indexed

        options = self.reader.news_app.load_options()
        self._stamps[stub.id] = file_stamp(stub.origin)
        try:
            return parse_indexed(stub, cap=options.max_file_bytes, encoding=options.encoding)
        except (NewsError, OSError) as error:
            return error_line(error)
        except Exception as error:  # noqa: BLE001 - a parser bug is told as one (one file's), never a crash
            if debugging():
                import threading

                told = [f"{stub.origin}:\n{traceback_text(error)}"]
                if threading.current_thread() is threading.main_thread():
                    self.reader.loader.tell_tracebacks(told)
                else:  # (a big file is parsed on a thread)
                    self.reader.app.call_from_thread(self.reader.loader.tell_tracebacks, told)
            return bug_line(error)

    def _parse(self, stub: Article) -> None:
        """Parse a big folder file on a thread; the result is applied on the screen's own loop."""
        parsed = self._parsed(stub)
        if isinstance(parsed, str):
            self.reader.post_message(messages.IndexedFailed(stub.id, parsed))
        else:
            from newstui.parse.feed_notes import feed_note

            self.reader.post_message(messages.IndexedParsed(stub.id, tuple(parsed), feed_note(parsed)))

    def parsed(self, event: messages.IndexedParsed) -> None:
        """Put the parsed file in place; show it if its entry is still open."""
        reader = self.reader
        self._pending.discard(event.article_id)
        stub = reader.corpus.get(event.article_id)
        if stub is None or not stub.indexed_only:
            return
        self._put(stub, event.articles, event.note)
        if reader.history.current == event.article_id:
            reader.article_view.border_title = "Article"
            reader.refresh_current()
        elif reader.current is not reader.related.article:  # the open story's links found the file's story
            reader.refresh_current()

    def failed(self, event: messages.IndexedFailed) -> None:
        """Say why; the entry keeps its title (opening it again tries again)."""
        reader = self.reader
        self._pending.discard(event.article_id)
        stub = reader.corpus.get(event.article_id)
        if reader.history.current == event.article_id:
            reader.article_view.border_title = "Article"
        if stub is not None:
            self._tell_failed(stub, event.error)
