"""Folder entries listed by title only: each file parsed when opened, their dates read on a thread for newest first."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Final

from newstui.errors import NewsError, bug_line, debugging, error_line, shown_origin, traceback_text
from newstui.load_notes import failure_line
from newstui.sources import first_frame
from newstui.ui import messages

if TYPE_CHECKING:
    from textual.worker import Worker

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
        """The stamp of each parsed entry's file, taken just before it was read (``read_again``)."""
        self._failed: set[str] = set()
        """Entries whose file could not be read when they were opened (``retried``)."""

    def read_again(self, articles: Iterable[Article]) -> list[Article]:
        """Every story of the files of the stories opened from a folder that a reload lists again edited since, as
        the files give them now: the first story's new version and those embedded under it (for the reload to tell
        edited, new and dropped ones: ``load_notes.reload_news``).

        The files to read again are ``sources.index.edited_entries``' (a folder lists a file by its first
        headline, so an edit under it is not in the listing).
        """
        from newstui.sources.index import edited_entries

        again, noted = edited_entries(
            articles, self.reader.corpus.get, self._stamps, sync_bytes=first_frame.SYNC_LOAD_BYTES
        )
        self._stamps.update(noted)
        found: list[Article] = []
        for article in again:
            parsed = self._parsed(article)
            if not isinstance(parsed, str):
                found += parsed
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

                told = [f"{shown_origin(stub.origin)}:\n{traceback_text(error)}"]
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


DATING_SHOWN: Final = 100
"""Entries to date from which the list's title tells the progress (fewer are dated in a blink)."""
DATING_BATCH_SECONDS: Final = 0.1
"""The dating worker hands its dates over about this often."""
DATING_PAUSE_SECONDS: Final = 0.005
"""The dating worker's rest between batches, so the screen's loop gets the interpreter at once."""
DATES_SAVE_RETRY_SECONDS: Final = 1.0
"""While the sources (re)load, and so rewrite the folder caches, the dates found wait this long and try again."""


class EntryDater:
    """Reads the dates of the title-only folder entries on a worker thread while the list is newest first.

    A folder is listed by title (``sources.index.index_file``): its stories have no date until they are
    opened, and newest first would list them all "undated, as loaded". When the list is sorted by date,
    each entry listed without one is queued (``look``, at every refresh of the list), and a thread worker
    parses their files in batches (``index.dated_entries``); each batch's dates go into the corpus (the
    entries stay title-only) and the list's title tells the progress of a big folder. The list is sorted
    again once, when every date is in, the cursor and the open story staying where they are: a list
    reordered under the user's eyes every tenth of a second would be no list to read. ``stop`` (``s``
    back to as loaded, the reader closing) ends the work at the next file. The dates found are kept in
    the folders' caches (``folder_cache.remember_dates``) unless ``--private``, so the next run lists
    them with their dates.
    """

    def __init__(self, reader: ReaderScreen) -> None:
        self.reader = reader
        self._scanned = 0
        """Corpus positions looked at for entries to date (stories join the corpus at its end)."""
        self._tried: set[str] = set()
        """Entries dated this session, a date found or not."""
        self._waiting: list[tuple[str, str]] = []
        """(id, file) of entries queued for the next worker."""
        self._worker: Worker[None] | None = None
        self._run = 0
        """The worker run whose dates are taken (a stopped run's messages are dropped)."""
        self._dated = 0
        self._total = 0
        self._changed = False
        """A date went into the corpus since the list was last sorted for the dater."""
        self._found: list[tuple[str, str, str | None]] = []
        """(file, stamp, date or None) read and not yet kept in the folder caches."""
        self._saving = False
        """The dates found wait for the sources, or a reload, to finish loading (``sources_done``, a timer)."""

    @property
    def busy(self) -> bool:
        """Whether entries are being dated (a worker runs), whatever the folder's size."""
        return self._worker is not None

    @property
    def progress(self) -> tuple[int, int] | None:
        """(entries dated, entries to date) while a big folder is dated (``DATING_SHOWN``), else None."""
        if self._worker is None or self._total < DATING_SHOWN:
            return None
        return self._dated, self._total

    def look(self) -> None:
        """The list is newest first: queue the entries listed without a date since the last look, and date them."""
        corpus = self.reader.corpus
        size = len(corpus)
        tried = self._tried
        for position in range(self._scanned, size):
            article = corpus.get(corpus.id_at(position))
            if article is not None and article.indexed_only and article.published is None and article.id not in tried:
                self._waiting.append((article.id, article.origin))
        self._scanned = size
        if self._waiting and self._worker is None:
            self._start()

    def _start(self) -> None:
        entries, self._waiting = self._waiting, []
        self._total += len(entries)
        options = self.reader.news_app.load_options()
        work = partial(self._date, self._run, entries, options.max_file_bytes, options.encoding)
        self._worker = self.reader.run_worker(
            work, name="date_indexed_entries", group="dating", thread=True, exit_on_error=False
        )

    def _date(self, run: int, entries: list[tuple[str, str]], cap: int, encoding: str | None) -> None:
        """On a thread: read the entries' dates, handing them over in batches of ``DATING_BATCH_SECONDS``."""
        import time

        from textual.worker import get_current_worker

        from newstui.sources.index import Dated, dated_entries

        worker = get_current_worker()
        reader = self.reader
        batch: list[Dated] = []
        start = time.monotonic()
        for dated in dated_entries(entries, cap=cap, encoding=encoding, stopped=lambda: worker.is_cancelled):
            batch.append(dated)
            if time.monotonic() - start >= DATING_BATCH_SECONDS:
                reader.post_message(messages.EntriesDated(run, tuple(batch), finished=False))
                batch = []
                time.sleep(DATING_PAUSE_SECONDS)
                start = time.monotonic()
        if not worker.is_cancelled:
            reader.post_message(messages.EntriesDated(run, tuple(batch), finished=True))

    def dated(self, event: messages.EntriesDated) -> None:
        """Put a batch's dates on their entries; when the last is in, sort the list again and keep the dates."""
        if event.run != self._run:
            return
        from dataclasses import replace

        reader = self.reader
        corpus = reader.corpus
        current = reader.history.current
        for article_id, origin, published, stamp in event.dated:
            self._tried.add(article_id)
            self._dated += 1
            if stamp is not None:
                self._found.append((origin, stamp, published))
            if published is None or article_id == current:
                continue  # (the open story is parsed, or being parsed: it has its own date)
            article = corpus.get(article_id)
            if article is None or not article.indexed_only or article.published is not None or article.origin != origin:
                continue  # opened and parsed meanwhile
            corpus.upgrade(replace(article, published=published))
            self._changed = True
        if event.finished:
            self._worker = None
            if self._waiting:
                self._start()
            else:
                self._finished()
        reader.update_list_title()

    def _finished(self) -> None:
        """Every entry is dated: the list sorted once by the dates found; they are kept for the next run."""
        self._dated = self._total = 0
        if self._changed and self.reader.listing.order == "newest":
            self._changed = False
            self.reader.refresh_list(keep_cursor=True)
        self._save()

    def stop(self, *, save: bool = True) -> None:
        """Stop dating (the list back to as loaded, or the reader closing): the worker ends at its next file.

        The dates found stay on their entries; ``save``: they are kept in the folder caches too.
        """
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        self._run += 1
        self._waiting = []
        self._scanned = 0  # looked at again when the list is sorted by date again (the dated ones are passed)
        self._dated = self._total = 0
        self._changed = False
        if save:
            self._save()

    def _save(self) -> None:
        """Keep the dates found in the folder caches, on a thread, once no load is rewriting those caches."""
        reader = self.reader
        if not self._found or self._saving:
            return
        options = reader.news_app.load_options()
        if not options.folder_cache:  # --private
            self._found = []
            return
        if reader.loading_sources:  # the load rewrites the caches when it ends: then (``sources_done``)
            self._saving = True
            return
        reloader = reader.reloaded_sources()
        if reloader is not None and reloader.busy:
            self._saving = True
            reader.set_timer(DATES_SAVE_RETRY_SECONDS, self._save_later)
            return
        from newstui.sources.folder_cache import remember_dates

        found, self._found = self._found, []
        work = partial(remember_dates, found, encoding=options.encoding)
        reader.run_worker(work, name="remember_dates", group="dating-cache", thread=True, exit_on_error=False)

    def sources_done(self) -> None:
        """The command line's sources are loaded (their folders' caches written): the dates found can be kept."""
        if self._saving:
            self._save_later()

    def _save_later(self) -> None:
        self._saving = False
        self._save()
