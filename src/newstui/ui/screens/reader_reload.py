"""The reader's reloads (r, the config file's refresh): sources loaded again, new stories on top, edits shown."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from newstui.addresses import is_url
from newstui.load_notes import failure_line, reload_failed, reload_news, reload_note, taken_over
from newstui.ui import messages
from newstui.ui.screens.reader_loading import CUT_SHORT_TITLE, notify_failures

if TYPE_CHECKING:
    from collections.abc import Sequence

    from textual.worker import WorkType

    from newstui.model import Article, LoadResult
    from newstui.ui.screens.reader import ReaderScreen


class Reloader:
    """Loads the reader's sources again on its worker and adds the stories not seen yet; made on first use."""

    def __init__(self, reader: ReaderScreen) -> None:
        self.reader = reader
        self.busy = False
        """A reload is under way."""
        self.count = 0
        """Reloads finished so far (each tags the ids it had to make unique)."""
        self.opened: list[str] = []
        """Addresses, files and folders opened with ``g``: reloaded with the command line's sources."""
        self._told_failed: set[str] = set()
        """Sources whose failure a reload has told (a timed reload tells each one once)."""
        self.failing: dict[str, str] = {}
        """Sources whose last reload failed, each with its ``source: reason`` line: told again on stderr when
        the reader closes (a source that fails only on reload is a failure of the run too)."""
        self._folders: list[str] = []
        """The folders the reload under way loads again."""
        self._refs: list[str] = []
        """The sources the reload under way loads again."""
        self._dropped: set[str] = set()
        """Stories that left the list with an edit to their file (an embedded story cut out): one back in its file
        is told so, not as a file back."""

    def remember(self, source: str) -> None:
        """Keep a source opened with ``g`` for reloads (once, unless the command line has it already)."""
        if source not in self.opened and source not in self.reader.settings.refs:
            self.opened.append(source)

    def _reloadable(self) -> list[str]:
        """The sources a reload loads again: the command line's and those opened with ``g`` (not stdin nor a
        pipe, read once, but the feeds of a list of feeds piped in)."""
        from newstui.sources.local import is_pipe

        piped = self.reader.loader.piped_feeds
        refs = (*self.reader.settings.refs, *self.opened, *piped)
        return list(dict.fromkeys(ref for ref in refs if ref != "-" and (is_url(ref) or not is_pipe(ref))))

    def reload(self) -> None:
        """``r``: load the sources again (piped input is read once); the stories not seen yet join the list."""
        app = self.reader.app
        refs = self._reloadable()
        if not refs:
            app.notify("Nothing to reload: piped input is read once.", severity="warning", markup=False)
            return
        if self.reader.loading_sources or self.busy:
            app.notify("Still loading the sources.", markup=False)
            return
        self._start(refs, quiet=False)

    def reload_on_timer(self) -> None:
        """The config file's ``refresh``: reload now unless a load is under way; only new stories are told."""
        refs = self._reloadable()
        if refs and not (self.reader.loading_sources or self.busy):
            self._start(refs, quiet=True)

    def _start(self, refs: list[str], *, quiet: bool) -> None:
        import os

        self.busy = True
        self._refs = refs
        self._folders = [ref for ref in refs if not is_url(ref) and os.path.isdir(ref)]
        self.reader.update_list_title()
        work: WorkType[None] = partial(self._load, refs, quiet)
        self.reader.run_worker(work, name="reload_sources", group="reload", exclusive=True, exit_on_error=False)

    async def _load(self, refs: list[str], quiet: bool) -> None:
        """Load ``refs`` again, with the shared web client; the reader is told when all have landed."""
        from newstui.sources.loader import load_sources

        reader = self.reader
        app = reader.news_app
        # Only a reload that ended is told as one: a failing one is the worker's error (``failed``), and
        # leaves the sources' failure marks as they were.
        results = await load_sources(refs, app.load_options(), client_factory=app.http_client)
        reader.post_message(messages.Reloaded(results, quiet=quiet))

    def reloaded(self, event: messages.Reloaded) -> None:
        """Add the stories not loaded yet, on top of the list, show the edited ones as they are now, and
        say how many there were.

        A reload the timer started (``quiet``) says nothing when nothing is new, and tells each failing
        source once per session rather than every time. An ``r`` in which every source failed is one notice,
        "Reload failed: <source>: <reason>" (``load_notes.reload_failed``).
        """
        reader = self.reader
        self.busy = False
        self.count += 1
        # A folder lists a file by its first headline: the files of the stories opened are read again whole.
        listed = [article for result in event.results for article in result.articles]
        fresh, edited, failed, gone, back, dropped = reload_news(
            reader.corpus,
            event.results,
            tag=f"r{self.count}",
            told=self._told_failed,
            quiet=event.quiet,
            folders=self._folders,
            reread=reader.indexed.read_again(listed),
        )
        listing = reader.listing
        left, returned = self._files_gone_and_back(gone | dropped, back)
        cut, put_back = left & dropped, returned & self._dropped
        self._dropped = (self._dropped - returned) | cut
        self._told_failed.update(result.origin for result in failed)
        self._track_failing(event.results)
        every_one = None if event.quiet else reload_failed(event.results)
        if every_one is not None:  # nothing loaded: one notice says so, and no "No new stories."
            gone_note = reload_note(0, listing.order, quiet=True, gone=len(left - cut)) if left else None
            reader.app.notify(f"{every_one} {gone_note}" if gone_note else every_one, severity="error", markup=False)
            reader.update_list_title()
            return
        # A folder's note of what it left out, after its stories, is a partial load (as at start-up), no failure.
        cut_short = [result for result in failed if self._partial(result, event.results)]
        shown = [failure_line(result.origin, result.error or "") for result in failed if result not in cut_short]
        notify_failures(reader.app, shown)
        lines = [failure_line(result.origin, result.error or "") for result in cut_short]
        notify_failures(reader.app, lines, title=CUT_SHORT_TITLE, severity="warning")
        if edited:
            self._put_edited(edited)
        current = reader.current
        if current is not None and reader.indexed.retried(current, back):
            reader.refresh_current()  # its file could not be read when opened, and is listed again
        if fresh:
            reader.reads.carry(taken_over(reader.corpus, fresh, left))  # a copy in another file: read if it was
            reader.corpus.add(fresh)
            reader.listing.fresh[:0] = [article.id for article in fresh]
            reader.refresh_list(keep_cursor=reader.history.current is not None)  # your place in the list stays
            reader.refresh_current()
            if reader.history.current is None:
                reader.open_first(prefer=fresh[0].id)
        edited_shown = sum(article.id not in returned for article in edited)  # a story back in the list is no edit
        note = reload_note(
            len(fresh),
            listing.order,
            quiet=event.quiet,
            edited=edited_shown,
            gone=len(left - cut),
            back=len(returned - put_back),
            dropped=len(cut),
            restored=len(put_back),
        )
        if note is not None:
            reader.app.notify(note, title="Reloaded", markup=False)
        reader.update_list_title()

    def _files_gone_and_back(self, gone: set[str], back: set[str]) -> tuple[set[str], set[str]]:
        """Take off the list the stories whose file was deleted, or that an edit cut out of it, and put back those
        whose file (or the story in it) is back; the ids that left and those that returned with this reload."""
        reader = self.reader
        listing = reader.listing
        left, returned = gone - listing.gone, listing.gone & back
        if left or returned:
            listing.gone = (listing.gone - back) | gone
            reader.corpus.withdraw(left)  # no link leads to a story gone with its file, as after a fresh start
            reader.corpus.restore(returned)
            reader.refresh_list(near=True)
            reader.refresh_current()  # a related link naming a gone (or returned) file by its name reads so
        return left, returned

    def _track_failing(self, results: Sequence[LoadResult]) -> None:
        """Note which sources fail now and which load again (the list's title counts them; ``r`` retries them)."""
        failed_sources = self.reader.loader.failed_sources
        failed_sources.difference_update(self._refs)  # (a folder's results are its files': it loaded again)
        for result in results:
            if result.error and not self._partial(result, results):
                self.failing[result.origin] = failure_line(result.origin, result.error)
                failed_sources.add(result.origin)
            else:
                self.failing.pop(result.origin, None)
                failed_sources.discard(result.origin)

    def _partial(self, result: LoadResult, results: Sequence[LoadResult]) -> bool:
        """Whether ``result``, an error, tells what a source that loaded left out: it came with stories (a feed cut
        short), or is the note of a folder reloaded whose files gave stories. A bug in newstui is never one."""
        if result.internal:
            return False
        if result.articles:
            return True
        if result.origin not in self._folders:
            return False
        import os

        inside = result.origin.rstrip(os.sep) + os.sep
        return any(other.articles and other.origin.startswith(inside) for other in results)

    def _put_edited(self, edited: list[Article]) -> None:
        """Stories whose file was edited take their places (same ids: history keeps them; a link matched to
        an edited headline is matched again, ``Corpus.upgrade``).

        The open one is shown as it is now, where it was read (a folder's entry is parsed again first), and so
        are its links when an edit gave one of them another target.
        """
        reader = self.reader
        before = reader.current
        # A story read before its edit stays read, at the next start too (``ReadMarks.carry_edited``).
        olds = [(old, article) for article in edited if (old := reader.corpus.get(article.id)) is not None]
        reader.reads.carry_edited(olds)  # (saved at the latest on the way out)
        for article in edited:
            reader.corpus.upgrade(article, edited=True)
        reader.refresh_list()
        current = reader.current
        if current is None:
            return
        if any(article.id == current.id for article in edited):
            if current.indexed_only:
                current = reader.indexed.opened(current)
            reader.refresh_current()
        elif current is not before:  # (the corpus replaced it: a link of it leads elsewhere now)
            reader.refresh_current()

    def failed(self) -> None:
        """The reload worker failed unexpectedly (the reader has said so): reloads can start again."""
        self.busy = False
        self.reader.update_list_title()
