"""What the reader opens beyond its sources: pages behind related links, and what the Open box (g) names."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Final

from textual.content import Content

from newstui.addresses import is_web_url, known_spelling, typed_address
from newstui.errors import shown_origin
from newstui.load_notes import failure_line
from newstui.ui import messages
from newstui.ui.notices import KEY_FEEDBACK, visual_notice
from newstui.ui.screens.reader_loading import fetch_and_post

if TYPE_CHECKING:
    from textual.worker import WorkType

    from newstui.model import Link, LoadResult
    from newstui.ui.screens.reader import ReaderScreen


OPEN_BATCH_SECONDS: Final = 0.25
"""How often what a source opened with ``g`` gave since the last time is handed to the reader."""
OPENING_TITLE: Final = "Article · opening {}… (esc stops)"
"""The article pane's title while an address typed in the Open box, or a related link's page, loads (a slow site
gave no sign of life)."""


class WebOpener:
    """Fetches pages and opens addresses for the reader, on its workers; made the first time one is needed.

    Pages land as ``PageFetched`` (or ``FetchFailed``) messages: the reader hands them back here.
    """

    def __init__(self, reader: ReaderScreen) -> None:
        self.reader = reader
        self.fetching: str | None = None
        """The URL of the page being fetched, if any."""
        self.typed: set[str] = set()
        """Web addresses typed in the Open box and still loading: kept for reloads once they open."""
        self.asked_from: dict[str, str | None] = {}
        """The story open when each page still loading was asked for: if the reader has moved on since,
        the page joins the list without taking the reader away from where it went."""
        self.opened: set[str] = set()
        """Sources opened with ``g`` still loading whose first story is open."""
        self.failed_opening: set[str] = set()
        """Sources opened with ``g`` still loading that have told a failure."""
        self._opening_title: str | None = None
        """The article pane's title while what ``g`` named loads (put back when it is done, if still shown)."""

    @property
    def busy(self) -> bool:
        """Something asked for with ``g`` (or a related link's page) is loading: ``esc`` stops it."""
        return self.fetching is not None or self._opening_title is not None

    def _show_opening(self, source: str) -> None:
        from os.path import basename
        from urllib.parse import urlsplit

        # The host, or the file's name: short enough to leave room for the hint on a narrow pane.
        name = urlsplit(source).hostname if is_web_url(source) else basename(source.rstrip("/")) or source
        view = self.reader.article_view
        # A file's name may hold "[b]": shown as written, never read as markup.
        view.border_title = Content(OPENING_TITLE.format(shown_origin(name or source)))
        self._opening_title = view.border_title  # as the view keeps it, so ``_opening_done`` finds it

    def _opening_done(self) -> None:
        view = self.reader.article_view
        if self._opening_title is not None and view.border_title == self._opening_title:
            view.border_title = "Article"
        self._opening_title = None

    def stop(self) -> None:
        """``esc`` while a page or a source asked for loads: stop it and say so; the reader stays where it is."""
        reader = self.reader
        what = self.fetching or next(iter(self.asked_from), None)
        reader.workers.cancel_group(reader, "fetch")
        self.typed.clear()
        self.asked_from.clear()
        self.fetch_finished()
        if what is not None:
            reader.app.notify(f"Stopped opening {shown_origin(what)}.", title="Open", markup=False)

    def follow(self, link: Link) -> bool:
        """Follow a link to a story not loaded: a page fetched before is opened, a web page fetched (http(s) only).

        Returns:
            Whether a story opens or loads; False when a notice says why not (no address, not a web one).
        """
        reader = self.reader
        if not link.url:
            shown = visual_notice(
                reader.app, link.title, prefix="Not loaded: ", mode=reader.news_app.bidi_mode, harakat=reader.harakat
            )
            reader.news_app.notify(
                shown, title="Link", severity="warning", markup=False, laid_out=True, kind=KEY_FEEDBACK
            )  # it answers a key (1-9, enter): the next such notice replaces it
            return False
        fetched = reader.corpus.by_url(link.url)
        if fetched is not None:
            return reader.open_article(fetched.id)
        if is_web_url(link.url):
            self.fetch_page(link.url)
            return True
        reader.news_app.notify(
            f"Not a web address: {shown_origin(link.url)}", severity="warning", markup=False, kind=KEY_FEEDBACK
        )
        return False

    def fetch_page(self, url: str) -> None:
        """Fetch a page with the shared client; the reader is told the articles or the failure.

        The page already being fetched is not asked for again (a second press of its link waits on).
        """
        if url == self.fetching:
            self.reader.app.notify(f"Still loading {shown_origin(url)}…", timeout=3, markup=False)
            return
        # One fetch at a time (the worker group is exclusive): the one before is cancelled and forgotten.
        self.typed &= {url}
        self.asked_from = {url: self.reader.history.current}
        work: WorkType[None] = partial(self._fetch_page, url)
        self.reader.run_worker(work, name="fetch_page", group="fetch", exclusive=True, exit_on_error=False)

    async def _fetch_page(self, url: str) -> None:
        self.fetching = url
        if url in self.typed:  # typed in the Open box: the related pane keeps the open story's links
            self.reader.app.notify(f"Opening {shown_origin(url)}…", title="Open", timeout=3, markup=False)
        else:  # a related link: its pane shows that it loads
            self.reader.related.waiting = url
        self._show_opening(url)  # (both: the article pane's title says esc stops it)
        try:
            fetched, failed = partial(messages.PageFetched, url), partial(messages.FetchFailed, url)
            listed = messages.FeedListFetched(url) if url in self.typed else None  # a link to a list opens nothing
            not_text = partial(messages.FetchFailed, url, not_text=True)
            await fetch_and_post(self.reader, url, fetched, failed, listed, not_text)
        finally:
            if self.fetching == url:  # not when another link's fetch took its place (that one is loading)
                self.fetch_finished()

    def story_opened(self, article_id: str) -> None:
        """Another story is open: the related pane shows its links, not the wait for a link of the one left
        (and the wait again on going back to that one).

        The page still loads; when it lands it joins the list and says so (``page_fetched``).
        """
        url = self.fetching
        if url is not None and url not in self.typed:  # back on the story the link was followed from: it loads
            self.reader.related.waiting = url if self.asked_from.get(url) == article_id else None

    def fetch_finished(self) -> None:
        """The page fetch has ended (or failed unexpectedly): the related pane stops showing it loads, and the
        article pane's title that an address loads."""
        self.fetching = None
        self.reader.related.waiting = None
        self._opening_done()

    def ask_address(self) -> None:
        """Ask for a web address, a file or a folder to open (as a browser's address bar does)."""
        from newstui.ui.screens.prompts import OpenAddressScreen

        self.reader.app.push_screen(OpenAddressScreen(), callback=self._open_address)

    def _open_address(self, address: str | None) -> None:
        """Open what the Open box gave: an http(s) page or feed, or a local file or folder."""
        if not address:
            return
        kind, source = typed_address(address)
        if kind == "unsupported":
            self.reader.app.notify(
                f"Only http and https addresses open here: {shown_origin(address)}",
                title="Open",
                severity="warning",
                markup=False,
            )
            return
        if kind == "web":
            self.typed.add(source)
            self.fetch_page(source)
        else:
            self.open_local(source)

    def open_local(self, source: str) -> None:
        """Open a local file or folder as the Open box does (a related link naming a file of the open story's
        folder, too): its first story opens as a visit, the rest join the list."""
        self.typed.clear()  # a web address still loading is cancelled by this
        reader = self.reader
        source = known_spelling(source, [*reader.settings.refs, *reader.reloader.opened])
        self.asked_from = {source: self.reader.history.current}
        self._open_source(source)

    def feed_list_fetched(self, event: messages.FeedListFetched) -> None:
        """A web address typed in the Open box is a list of feeds: load the feeds it names, as for a list file."""
        if event.url in self.typed:
            self.typed.discard(event.url)
            self._open_source(event.url)

    def _open_source(self, source: str) -> None:
        self._show_opening(source)
        work: WorkType[None] = partial(self._open_sources, source)
        self.reader.run_worker(work, name="open_source", group="fetch", exclusive=True, exit_on_error=False)

    async def _open_sources(self, source: str) -> None:
        """Load a file, a folder or a list of feeds named in the Open box, handing the reader what lands as
        it lands (``SourcesOpened``, batched): its first story opens, the rest join the list."""
        import asyncio

        from newstui.sources.loader import load_sources

        reader = self.reader
        app = reader.news_app
        landed: list[LoadResult] = []
        shown = False

        def hand_over() -> None:
            if landed:
                reader.post_message(messages.SourcesOpened(source, tuple(landed)))
                landed.clear()

        def on_result(_: int, result: LoadResult) -> None:
            nonlocal shown
            landed.append(result)
            if result.articles and not shown:  # the first story is not kept waiting for a batch
                shown = True
                hand_over()

        async def every_so_often() -> None:
            await asyncio.sleep(OPEN_BATCH_SECONDS)
            if not shown:  # a list's feeds or a big folder take a moment: say what is under way
                app.notify(f"Opening {shown_origin(source)}…", title="Open", timeout=3, markup=False)
            while True:
                hand_over()
                await asyncio.sleep(OPEN_BATCH_SECONDS)

        ticker = asyncio.ensure_future(every_so_often())
        finished = False
        try:
            await load_sources([source], app.load_options(), client_factory=app.http_client, on_result=on_result)
            finished = True
        finally:
            ticker.cancel()
            hand_over()
            reader.post_message(messages.SourcesOpened(source, (), done=True, stopped=not finished))

    def sources_opened(self, event: messages.SourcesOpened) -> None:
        """What a source opened with ``g`` gave: its first story opens as a visit, later ones join the list,
        each failure is told; at the end, a source that gave nothing says so."""
        from newstui.ui.screens.reader_loading import CUT_SHORT_TITLE, failure_lines, notify_failures

        reader = self.reader
        source = event.source
        # What a source that gave stories says it left out (a folder's note after its files, a feed cut short)
        # is a partial load, a warning, as at start-up; the rest failed to open.
        gave = source in self.opened or any(result.articles for result in event.results)
        cut = [
            result
            for result in event.results
            if result.error and not result.internal and (result.articles or (gave and result.origin == source))
        ]
        failures = failure_lines([result for result in event.results if result not in cut])
        if failures:
            self.failed_opening.add(source)
            notify_failures(reader.app, failures, title="Could not open")
        notify_failures(reader.app, failure_lines(cut), title=CUT_SHORT_TITLE, severity="warning")
        articles = [article for result in event.results for article in result.articles]
        if articles and source not in self.opened:
            self.opened.add(source)
            reader.reloader.remember(source)  # only what opened is loaded again by r
            self.page_fetched(messages.PageFetched(source, tuple(articles)))
        elif articles:
            reader.corpus.add(articles)
            reader.loader.apply_layout(asked=True)
            reader.refresh_list()
            # The story open (the source's first, opened alone) may name these: its related pane and its
            # links' targets follow the corpus, as at start-up (``SourceLoader.merge``).
            reader.refresh_current()
            reader.update_list_title()
        if not event.done:
            return
        self._opening_done()
        opened = source in self.opened
        failed = source in self.failed_opening
        self.opened.discard(source)
        self.failed_opening.discard(source)
        if not opened:
            self.asked_from.pop(source, None)
            if not failed and not event.stopped:
                reader.app.notify(f"No article at {shown_origin(source)}", severity="warning", markup=False)
        elif event.stopped:
            note = f"Stopped loading {shown_origin(source)}: what it gave so far is in the list."
            reader.app.notify(note, title="Open", severity="warning", markup=False)

    def page_fetched(self, event: messages.PageFetched) -> None:
        """Keep the fetched page for the session and open it as a visit."""
        reader = self.reader
        typed = event.url in self.typed
        self.typed.discard(event.url)
        if not event.articles:
            reader.app.notify(f"No article at {shown_origin(event.url)}", severity="warning", markup=False)
            return
        if typed:
            reader.reloader.remember(event.url)  # a typed address that opened is loaded again by r
        reader.related.failed(event.url, None)
        moved_on = self.asked_from.pop(event.url, reader.history.current) != reader.history.current
        reader.corpus.add(list(event.articles))
        # --layout auto: the panes mirror once most stories are right to left, decided again only for what
        # was opened with g (a typed address, a source's first story); a related link's page never swaps them.
        reader.loader.apply_layout(asked=typed or event.url in self.opened)
        reader.refresh_list()
        page = reader.corpus.by_url(event.url) or reader.corpus.get(event.articles[0].id)
        reader.refresh_current()
        if page is None:
            return
        if moved_on:  # the reader went elsewhere while it loaded: a late page does not pull it back
            shown = visual_notice(
                reader.app, page.title, prefix="In the list: ", mode=reader.news_app.bidi_mode, harakat=reader.harakat
            )
            reader.news_app.notify(shown, title="Page loaded", markup=False, laid_out=True)
            return
        reader.open_article(page.id)

    def fetch_failed(self, event: messages.FetchFailed) -> None:
        """A failed fetch is a notification; the reader stays where it was (a typed address is not kept). A page
        of a type newstui does not read (a PDF behind a related link) goes to the browser, as ``o`` sends one."""
        typed = event.url in self.typed
        self.typed.discard(event.url)
        self.asked_from.pop(event.url, None)
        if event.not_text and is_web_url(event.url):
            self.reader.news_app.open_in_browser(event.url, why=event.error)
            return
        if not typed:  # the link's line says so until its page opens
            self.reader.related.failed(event.url, event.error)
        message = failure_line(event.url, event.error)
        title = "Could not open" if typed else "Could not open link"
        self.reader.app.notify(message, title=title, severity="error", markup=False)
