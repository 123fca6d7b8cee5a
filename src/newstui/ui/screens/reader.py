"""ReaderScreen: the three panes and opening a story in them; hands the rest to helpers and routes their messages.

Loading the sources is ``reader_loading``'s from the start. Each other helper module is imported when first
needed: after the first frame ``reader_read_log`` and ``reader_prefetch``; when a story is first left (or on
back, forward or a link followed) ``reader_navigation``; on a key or a source that needs it ``reader_filter``,
``reader_find``, ``reader_web``, ``reader_indexed``, ``reader_reload``, ``reader_actions`` and
``reader_switches``. The keys are listed in ``reader_keys``.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, ClassVar, Final

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Container
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from newstui import collector
from newstui.errors import NewsError, bug_line, debugging, traceback_text
from newstui.history import History
from newstui.model import Article, Direction
from newstui.read_log import ReadMarks
from newstui.reader_view import Listing, trail_text
from newstui.ui import messages
from newstui.ui.screens.reader_keys import READER_BINDINGS
from newstui.ui.screens.reader_loading import SourceLoader
from newstui.ui.widgets.article_list import ArticleList
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.key_bar import KeyBar
from newstui.ui.widgets.panes import ListPane
from newstui.ui.widgets.related_links import RelatedLinks

if TYPE_CHECKING:
    from newstui.corpus import Corpus
    from newstui.model import Link
    from newstui.settings import Settings
    from newstui.ui.app import NewsApp
    from newstui.ui.screens.reader_filter import ListFilter
    from newstui.ui.screens.reader_find import ArticleFinder
    from newstui.ui.screens.reader_indexed import EntryDater, IndexedEntries
    from newstui.ui.screens.reader_navigation import Navigator
    from newstui.ui.screens.reader_read_log import ReadKeys, ReadLogKeeper
    from newstui.ui.screens.reader_reload import Reloader
    from newstui.ui.screens.reader_web import WebOpener
    from newstui.ui.widgets.filter_input import FilterInput
    from newstui.ui.widgets.find_input import FindInput


UNREAD_LOOKUPS: Final = 400
"""Stories looked up in the log of stories read per slice of the list title's unread count (a few ms each 100)."""
UNLAID_LIST_WIDTH: Final = 22
"""The list pane's width its title is fitted to before the pane is laid out (the first frame, its width still 0):
the narrowest the layouts make it (24 cells with its border), less on a narrower screen; fitted again once laid
out. Drawn whole, a big folder's first title was cut mid-word by the border ('Articles 1 · loading · 1 u…')."""


class ReaderScreen(Screen[None]):
    """The reader: article list, article and related links, with browser-like history.

    Panes never talk to each other: they post messages (``ArticleList.Chosen``, ``RelatedLinks.Followed``)
    and this screen decides what opens, records the visit and tells each pane what to show. Its keys are
    listed in ``reader_keys``.
    """

    HORIZONTAL_BREAKPOINTS = [(0, "-stacked"), (64, "-narrow"), (100, "-wide")]
    """Three columns from 100 cells; below, the related pane moves under the article; below 64, all stack."""
    STACKED_ONLY: ClassVar[list[tuple[int, str]]] = [(0, "-stacked")]
    """The breakpoints with ``--bidi terminal``: the panes stack at any width. A terminal that reorders bidi
    text reorders each screen row whole, so the words of two panes side by side would trade places."""
    VERTICAL_BREAKPOINTS = [(0, "-tiny"), (16, "-short"), (26, "-tall")]
    SINGLE_PANE_ROWS: ClassVar[int] = 12
    """Under this many rows a stacked screen (under 64 columns) shows one pane at a time, the focused one
    (at 20x5 the list took every row and the article none; Tab went to a pane nobody could see)."""
    """On a short screen the panes stacked around the article shrink, and below 16 rows the related pane
    gives its rows to the article (its links stay on 1-9): the article is the last pane to shrink."""

    BINDINGS: ClassVar[list[BindingType]] = READER_BINDINGS
    ALLOW_IN_MAXIMIZED_VIEW: ClassVar[str | None] = ".-textual-system,#keys"
    """A maximized pane (``z``) keeps the key bar under it, as Textual keeps its Footer."""
    ESCAPE_TO_MINIMIZE: ClassVar[bool | None] = False
    """Esc is newstui's (``action_clear_filter``): over a maximized pane too it stops a load, clears the filter,
    closes find, as the key bar says; only with none of that to do does it restore a pane maximized with z.
    (Textual's own esc restored the pane before any of them, and the one-pane layout of a tiny screen with it.)"""

    def __init__(self, settings: Settings, corpus: Corpus) -> None:
        super().__init__()
        self.settings = settings
        self.corpus = corpus
        self.history: History[str] = History()
        """Ids of the articles visited, browser-style."""
        self.loader = SourceLoader(self)
        """Loads the command line's sources."""
        self.listing = Listing(settings.sort)
        """What the list shows: the filter, only the unread stories (``u``), the order (``s``)."""
        self.harakat = settings.harakat
        """Whether harakat (vowel marks) are drawn; ``h`` switches (search, copy and JSON keep them always)."""
        self.directions: dict[str, Direction | None] = {}
        """Reading directions chosen with ``d`` this session, by article id (None: each paragraph's own)."""
        self._shown_unread: str | None = None
        """The story the reader opened by itself (the first), until it is scrolled or gone on from."""
        self._newest_pending = settings.sort == "newest"
        """``--sort newest``: the story opened at the start may still give way to the newest once the list's order
        is known (``open_newest_once_ordered``, once)."""
        self.reads = ReadMarks(corpus)
        """The stories read (this session's, and with ``settings.remember`` the log of earlier runs, loaded on
        a thread after the first paint): the list and the related pane draw them as read."""
        self.related_prefetched = 0
        self._resized = False
        """A resize's titles are to be set again after the next refresh (``on_resize``)."""
        self._unlaid_title = False
        """The list's title was fitted before the list pane was laid out: fitted again after the next refresh."""
        """Related stories laid out in advance so far (a counter for tests)."""
        self._binding_state: tuple[bool, bool, int, bool, bool, bool, bool, bool] | None = None
        self._unread_ways: tuple[tuple[int, int, int, str | None] | None, dict[int, bool]] = (None, {})
        """Whether ``N`` / ``P`` have an unread story to open, and when that was worked out (``_unread_that_way``)."""
        # Helpers for what only some keys and sources need, each made (its module imported) on first use.
        self._filter: ListFilter | None = None
        self._read_log: ReadLogKeeper | None = None
        self._web: WebOpener | None = None
        self._reloader: Reloader | None = None
        self._finder: ArticleFinder | None = None
        self._indexed: IndexedEntries | None = None
        self._dater: EntryDater | None = None
        self._navigator: Navigator | None = None
        self._read_keys: ReadKeys | None = None
        self._counting = False
        """A slice of the unread count is due (``_unread_count``)."""

    # -- typed access to the panes and helpers ----------------------------------------------------

    @property
    def news_app(self) -> NewsApp:
        """The app, typed."""
        from newstui.ui.app import NewsApp

        assert isinstance(self.app, NewsApp)
        return self.app

    @property
    def list_pane(self) -> ListPane:
        """The pane holding the filter and the list."""
        return self.query_one("#list-pane", ListPane)

    @property
    def article_list(self) -> ArticleList:
        """The article list."""
        return self.query_one("#articles", ArticleList)

    @property
    def filter_input(self) -> FilterInput | None:
        """The filter box; None until / is first pressed."""
        return self._filter.box if self._filter is not None else None

    @property
    def find_input(self) -> FindInput | None:
        """The find box; None until f is first pressed."""
        return self._finder.box if self._finder is not None else None

    @property
    def main_pane(self) -> Container:
        """The article pane with the find box under it (and the related pane, docked in it)."""
        return self.query_one("#main", Container)

    @property
    def article_view(self) -> ArticleView:
        """The article pane."""
        return self.query_one("#article", ArticleView)

    @property
    def related(self) -> RelatedLinks:
        """The related-links pane."""
        return self.query_one("#related", RelatedLinks)

    @property
    def current(self) -> Article | None:
        """The open article, as the corpus has it now."""
        current = self.history.current
        return self.corpus.get(current) if current is not None else None

    @property
    def loading_sources(self) -> bool:
        """The command line's sources are still loading."""
        return self.loader.active

    @property
    def list_filter(self) -> ListFilter:
        """The list's filter box (``/``)."""
        from newstui.ui.screens.reader_filter import ListFilter

        self._filter = self._filter or ListFilter(self)
        return self._filter

    @property
    def web(self) -> WebOpener:
        """Fetches the pages behind related links, and opens what ``g`` names."""
        from newstui.ui.screens.reader_web import WebOpener

        self._web = self._web or WebOpener(self)
        return self._web

    def reloaded_sources(self) -> Reloader | None:
        """The reloader, if a reload was ever asked for (``reloader`` makes one)."""
        return self._reloader

    @property
    def reloader(self) -> Reloader:
        """Reloads the sources (``r``, and the config file's refresh)."""
        from newstui.ui.screens.reader_reload import Reloader

        self._reloader = self._reloader or Reloader(self)
        return self._reloader

    @property
    def finder(self) -> ArticleFinder:
        """Finds in the open article (``f``)."""
        from newstui.ui.screens.reader_find import ArticleFinder

        self._finder = self._finder or ArticleFinder(self)
        return self._finder

    @property
    def indexed(self) -> IndexedEntries:
        """Parses the files behind folder entries listed by title only, as they are opened."""
        from newstui.ui.screens.reader_indexed import IndexedEntries

        self._indexed = self._indexed or IndexedEntries(self)
        return self._indexed

    @property
    def dater(self) -> EntryDater:
        """Reads the dates of folder entries listed by title only while the list is newest first."""
        from newstui.ui.screens.reader_indexed import EntryDater

        self._dater = self._dater or EntryDater(self)
        return self._dater

    def stop_dating(self) -> None:
        """The list is no longer newest first: the folder entries' dates are not read any further."""
        if self._dater is not None:
            self._dater.stop()

    @property
    def navigator(self) -> Navigator:
        """Back, forward and links followed; where each story was left (made when a story is first left)."""
        from newstui.ui.screens.reader_navigation import Navigator

        self._navigator = self._navigator or Navigator(self)
        return self._navigator

    def file_story(self, link: Link, origin: str) -> str | None:
        """The id of the loaded story of the file ``link`` names by its bare file name (``2_festival.txt``) in the
        folder of the story file ``origin`` (``link_match.file_link_id``), or None: also when that story left the
        list because its file was deleted (``Listing.gone``; history keeps it, the link does not lead to it)."""
        from newstui.link_match import file_link_id

        found = file_link_id(link, origin, self.corpus)  # (the corpus is copied only for a file-name link)
        return None if found in self.listing.gone else found

    # -- layout -----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """List pane, then article and related panes; CSS docks them per layout and width.

        Small local sources are read here, before the panes exist, so the layout class is set once
        (no restyle of every pane later) and the first frame already shows the article.
        """
        # The size classes Textual sets on the first resize, set now: styles are applied once, not twice.
        self.stack_for(self.news_app.bidi_mode)
        fitting = [name for least, name in self.VERTICAL_BREAKPOINTS if self.app.size.height >= least]
        if fitting:
            self.set_class(True, fitting[-1])
        if self.settings.refs:
            self.loader.read_first_frame()
        with Container(id="panes"):
            with ListPane(id="list-pane"):
                yield ArticleList(id="articles")
            with Container(id="main"):
                yield ArticleView(id="article")
                yield RelatedLinks(id="related")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        """Titles, modes and first state; small local sources are already read, others load after the first paint."""
        self.list_pane.border_title = "Articles"
        self.article_view.border_title = "Article"
        self.related.border_title = "Related"
        mode = self.news_app.bidi_mode
        self.article_list.mode = mode
        self.article_view.mode = mode
        self.related.mode = mode
        self.article_list.harakat = self.article_view.harakat = self.related.harakat = self.harakat
        self.article_view.hyperlinks = self.related.hyperlinks = self.settings.hyperlinks
        self.article_list.is_visited = self.related.is_visited = self.reads.was_read
        self.related.file_story = self.file_story
        self.watch(self.article_view, "scroll_y", self._scrolled, init=False)
        if self.settings.remember:
            self.call_after_refresh(self._load_read_log)  # after the first frame, which it never delays
        self.article_list.empty_text = self.listing.empty_text(loading=self.loading_sources)
        if not self.loader.read_before_first_frame:
            self.article_view.show(None, placeholder="Loading…" if self.loading_sources else "No article.")
            self.loader.apply_layout()
        if len(self.corpus):
            self.refresh_list()
            self.open_first()
        self.article_list.focus()
        self.call_after_refresh(collector.resume)  # the command line paused it for the start-up
        if self.settings.bidi.hint:
            self.app.notify(self.settings.bidi.hint, title="Right-to-left text", timeout=12, markup=False)
        if not self.settings.refs:
            return
        if self.settings.refresh > 0:
            self.set_interval(self.settings.refresh * 60, self._reload_on_timer, name="refresh")
        self.loader.start()

    def _load_read_log(self) -> None:
        """After the first frame: the log of stories read in earlier runs, read on a thread (``reader_read_log``)."""
        from newstui.ui.screens.reader_read_log import ReadLogKeeper

        self._read_log = ReadLogKeeper(self)
        self._read_log.load()

    def _reload_on_timer(self) -> None:
        """The config file's ``refresh``: reload unless a load is under way; only new stories are told."""
        self.reloader.reload_on_timer()

    def read_log_error(self) -> str | None:
        """Why the stories read could not be saved the last time (None: saved, or nothing to save)."""
        return None if self._read_log is None else self._read_log.save_error

    def on_unmount(self) -> None:
        """Save the stories read before the reader goes; stop reading the folder entries' dates."""
        if self._dater is not None:
            self._dater.stop(save=False)
        if self._read_log is not None:
            self._read_log.save_now()

    # -- loading, feed entries included (reader_loading) ------------------------------------------

    @on(messages.SourcesLoaded)
    def sources_loaded(self, event: messages.SourcesLoaded) -> None:
        """Take the sources loaded so far (merged in batches)."""
        self.loader.take()

    @on(messages.SourcesDone)
    def sources_done_loading(self, event: messages.SourcesDone) -> None:
        """Loading finished: merge what is left, drop the progress, say so when nothing could be shown."""
        self.loader.finish()
        if self._dater is not None:
            self._dater.sources_done()

    @on(messages.EntryFetched)
    def entry_fetched(self, event: messages.EntryFetched) -> None:
        """Put a feed entry's full story in place of its summary."""
        self.loader.entry_fetched(event)

    @on(messages.EntryFailed)
    def entry_failed(self, event: messages.EntryFailed) -> None:
        """The feed entry's summary stays; say why the full story is missing."""
        self.loader.entry_failed(event)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker's failure becomes a notification, never a crash: a NewsError's line as it is, anything
        else as the bug it is (``errors.bug_line``; under ``NEWSTUI_DEBUG`` its traceback is told with the
        failures when the reader closes, and written to Textual's log)."""
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            if isinstance(error, NewsError):
                told = error.message
            else:
                told = bug_line(error) if error is not None else bug_line("unexpected error in a background task")
                if error is not None and debugging():
                    self.loader.tell_tracebacks([f"{event.worker.name}:\n{traceback_text(error)}"])
            self.app.notify(told, title="Error", severity="error", markup=False)
            if event.worker.group == "load":
                self.post_message(messages.SourcesDone(self.loader.total))
            if event.worker.group == "fetch":
                self.web.fetch_finished()
            if event.worker.group == "reload":
                self.reloader.failed()

    # -- list and filter --------------------------------------------------------------------------

    def refresh_list(self, *, near: bool = False, keep_cursor: bool = False) -> None:
        """List what the filter, ``u`` and ``s`` choose (``Listing.shown``), the open story marked.

        ``near``: the highlighted story left the list (its file was deleted): the cursor goes to a
        neighbour, so ``n`` opens the story after it. ``keep_cursor``: the cursor stays on the story it
        is on (a reload's new stories joining the list), not moved onto the open one.
        """
        if self.listing.order == "newest":  # folder entries listed by title have no date yet: read them
            self.dater.look()
        shown = self.listing.shown(self.corpus, was_read=self.reads.was_read, current=self.history.current)
        self.article_list.empty_text = self.listing.empty_text(loading=self.loading_sources)
        self.article_list.set_articles(shown, near=near)
        self.article_list.mark(self.history.current, move=not keep_cursor)
        self.update_list_title()
        self._sync_bindings()

    def stack_for(self, mode: str) -> None:
        """Lay the panes out for a bidi mode: by width in app mode, always stacked in terminal mode
        (``STACKED_ONLY``). Textual reads the breakpoints again on every resize."""
        breakpoints = self.STACKED_ONLY if mode == "terminal" else type(self).HORIZONTAL_BREAKPOINTS
        setattr(self, "HORIZONTAL_BREAKPOINTS", breakpoints)  # noqa: B010 (a ClassVar Textual reads per instance)
        fitting = [name for least, name in breakpoints if self.app.size.width >= least]
        for _, name in type(self).HORIZONTAL_BREAKPOINTS:
            self.set_class(name == fitting[-1], name)

    def on_resize(self) -> None:
        """The list's title fits its parts and the filter's query, and the trail its titles, to the panes' widths:
        set them again once the panes are laid out. A tiny screen shows the focused pane alone
        (``show_focused_pane``)."""
        if not self._resized:  # a storm of resizes (a window dragged) queues this once, not once per event
            self._resized = True
            self.call_after_refresh(self._after_resize)
        self._show_focused_pane_soon()

    def watch_maximized(self) -> None:
        """A pane maximized or restored (``z``, a related link's number over the list) changes the panes'
        widths as a resize does: the list's title and the trail are fitted to them again."""
        if not self._resized:
            self._resized = True
            self.call_after_refresh(self._after_resize)

    def _after_resize(self) -> None:
        self._resized = False
        self.update_list_title()  # fitted to the list pane's width (``reader_view.fit_title``)
        self.update_trail()

    def on_descendant_focus(self) -> None:
        """On a tiny screen the pane that takes the focus takes the screen."""
        self._show_focused_pane_soon()

    def _show_focused_pane_soon(self) -> None:
        """After the refresh: the focused pane alone on a tiny screen, or every pane again on a larger one
        (``reader_switches.show_focused_pane``, imported only for a screen that is or was tiny)."""
        if self.has_class("-single") or 0 < self.size.height < self.SINGLE_PANE_ROWS:
            self.call_after_refresh(self._show_focused_pane)

    def _show_focused_pane(self) -> None:
        from newstui.ui.screens.reader_switches import show_focused_pane

        show_focused_pane(self)

    def update_list_title(self) -> None:
        """The list pane's title: counts, loading, filter and order (``Listing.title``)."""
        loader = self.loader
        title = self.listing.title(
            shown=len(self.article_list.articles),
            total=len(self.corpus) - len(self.listing.gone),
            loading=(loader.done, loader.total) if loader.active else None,
            reloading=self._reloader is not None and self._reloader.busy,
            mode=self.news_app.bidi_mode,
            width=self.list_pane.size.width or self._unlaid_list_width(),
            failed=len(loader.failed_sources),
            unread=self._unread_count(),
            dating=self._dater.progress if self._dater is not None else None,
        )
        self.list_pane.border_title = Content(title)
        self._sync_bindings()  # a story marked read or unread may leave N or P nowhere to go

    def _unlaid_list_width(self) -> int:
        """The width the list's title is fitted to while the list pane has none yet (``UNLAID_LIST_WIDTH``); it is
        fitted again once the pane is laid out."""
        if not self._unlaid_title:
            self._unlaid_title = True
            self.call_after_refresh(self._fit_laid_out_title)
        return max(1, min(UNLAID_LIST_WIDTH, self.app.size.width - 2))

    def _fit_laid_out_title(self) -> None:
        self._unlaid_title = False
        if self.list_pane.size.width:  # (a pane hidden on a tiny screen has none: its next title is fitted then)
            self.update_list_title()

    def _unread_count(self) -> int | None:
        """The unread stories listed, for the list's title; None (the title tells none yet) while the log of
        stories read is being looked up for a long list, a slice between frames at a time."""
        unread = self.reads.count_unread(self.article_list.articles, budget=UNREAD_LOOKUPS)
        if unread is None and not self._counting:
            self._counting = True
            self.set_timer(0.01, self._count_on)
        return unread

    def _count_on(self) -> None:
        self._counting = False
        self.update_list_title()

    async def action_filter(self) -> None:
        """Show the filter box (mounting it the first time) and put the cursor in it."""
        await self.list_filter.open()

    @on(Input.Changed, "#filter")
    def filter_changed(self, event: Input.Changed) -> None:
        """Filter the list as the query changes (Arabic letters are folded by the corpus)."""
        self.list_filter.changed(event.value)

    @on(Input.Submitted, "#filter")
    def filter_submitted(self) -> None:
        """Enter keeps the filter and moves to the list; with a single story left, it opens that story."""
        articles = self.article_list.articles
        if len(articles) == 1:
            if articles[0].id != self.history.current:
                self.open_article(articles[0].id)
            self.article_view.focus()
            return
        self.article_list.focus()

    @on(messages.FilterCleared, "#filter")
    def filter_cleared(self) -> None:
        """Esc in the box clears the filter, hides the box and returns to the list."""
        self.action_clear_filter()

    def action_clear_filter(self) -> None:
        """Stop what ``g`` (or a related link) is loading; else drop the filter and show every article; else
        close the find box, wherever the focus is; else restore a pane maximized with ``z`` (not the one pane of
        a tiny screen, ``reader_switches.single_pane``)."""
        if self._web is not None and self._web.busy:
            self._web.stop()
            return
        if self.listing.query or (self._filter is not None and self._filter.shown):
            self.list_filter.clear()
            return
        if self._finder is not None and self._finder.shown:
            self._finder.close()
            return
        if not self._zoomed:
            self.list_filter.clear()
            return
        self.minimize()

    @property
    def _zoomed(self) -> bool:
        """A pane is maximized with ``z`` (not by the one-pane layout of a screen too small for two)."""
        return self.maximized is not None and not self.has_class("-single")

    def redraw_boxes(self) -> None:
        """The filter and find boxes, and find's count in the article's title, drawn again (``b`` switched)."""
        box = self.filter_input
        if box is not None and box.display:
            box.refresh()
        if self._finder is not None:
            self._finder.redraw()

    # -- find in the article (reader_find) --------------------------------------------------------

    async def action_find(self) -> None:
        """Show the find box under the article (mounting it the first time) and put the cursor in it."""
        await self.finder.open()

    @on(Input.Changed, "#find")
    def find_changed(self, event: Input.Changed) -> None:
        """Mark the paragraphs holding the query as it is typed, and show the first one."""
        self.finder.find(event.value)

    @on(Input.Submitted, "#find")
    def find_submitted(self) -> None:
        """Enter goes to the next match."""
        self.finder.step(1)

    @on(messages.FindStep, "#find")
    def find_step(self, event: messages.FindStep) -> None:
        """↓ / ↑ go to the next / previous match; Esc closes the box and clears the marks."""
        self.finder.step(event.step)

    # -- opening and history ----------------------------------------------------------------------

    def open_article(self, article_id: str, *, visit: bool = True, chosen: bool = True) -> bool:
        """Show article ``article_id`` in every pane; ``visit`` records it in the history (dropping forward).

        ``chosen``: the user opened it. A story the reader opens by itself (the first one) counts as read
        only once the user scrolls it or goes on from it to another (``_seen``), not for being shown.

        Returns:
            True when the article exists and is now open.
        """
        article = self.corpus.get(article_id)
        if article is None:
            self.app.notify("That article is not loaded.", severity="warning", markup=False)
            return False
        if article.indexed_only or self._indexed is not None:
            article = self.indexed.opened(article)
        # The story being left is the one on screen (back and forward have moved the history already).
        shown = self.article_view.article
        left = shown.id if shown is not None else None
        if left is not None and left != article_id:
            self.navigator.leave(left)
        if left is not None and left != article_id and left == self._shown_unread:
            self._seen(left)  # the user went on from the story shown to them: it was read
        if visit:
            self.history.visit(article_id)
        if chosen:
            self._mark_read(article)
        self._shown_unread = None if chosen else article_id
        navigator = self._navigator
        at = None if visit or navigator is None else navigator.position(article_id)  # back and forward return there
        self.article_view.show(article, direction=self.direction_of(article), at=at)
        if self.loader.entries_fetching:
            self.loader.title_story(article_id)
        if self._finder is not None:
            self._finder.article_opened()
        self.related.show(article, direction=self.direction_of(article))
        if self._web is not None:
            self._web.story_opened(article_id)
        if self.focused is self.related and not self.related.links:
            self.article_view.focus()  # a story without related links: read it rather than face an empty pane
            if self.maximized is self.related:  # z stays on, for the pane that has something to show
                self.maximize(self.article_view, container=False)
        if not visit and navigator is not None:
            navigator.return_to(article_id)
        self.article_list.mark(article_id)
        self.update_trail()
        self._sync_bindings()
        self.call_after_refresh(self._prefetch_related, article_id)
        if article.summary_only:
            self.loader.entry_opened(article)
        return True

    def _mark_read(self, article: Article) -> None:
        """Note ``article`` as read (``ReadMarks``); the log is saved a moment later."""
        if self.reads.mark(article) and self._read_log is not None:
            self._read_log.save_soon()  # the log is loaded: it has something to save
        self.update_list_title()  # (the unread count)

    def reads_changed(self, article_ids: Collection[str], *, save: bool) -> None:
        """Stories were marked read or unread with a key (``m``, ``A``): drawn and counted again; the log is
        saved a moment later (``save``: it is loaded and has something to save)."""
        if self._shown_unread in article_ids:
            self._shown_unread = None  # marked by hand: scrolling it no longer reads it
        if save and self._read_log is not None:
            self._read_log.save_soon()
        self.article_list.refresh()
        current = self.current
        if current is not None:
            self.related.show(current, direction=self.direction_of(current))
        self.update_list_title()

    def _seen(self, article_id: str) -> None:
        """The story the reader opened by itself was scrolled or gone on from: it counts as read now."""
        self._shown_unread = None
        article = self.corpus.get(article_id)
        if article is not None:
            self._mark_read(article)

    def _scrolled(self, y: float) -> None:
        """The article pane scrolled down: a story the reader opened by itself has been read."""
        if y > 0 and self._shown_unread is not None and self._shown_unread == self.history.current:
            self._seen(self._shown_unread)

    def first_untouched(self) -> bool:
        """Whether the story open is the one the reader opened by itself at the start, and the reader is as it
        left it then: nothing else opened (history holds that story alone), the story not scrolled nor marked,
        the focus and the cursor still on it in the list, the list in the order the run asked for (``--sort``,
        not changed with ``s``) with no filter and no ``u``, no pane maximized, no box or other screen over the
        reader. (``open_first_listed`` may then put the list's first story in its place.)"""
        current = self.history.current
        listing = self.listing
        return (
            current is not None
            and current == self._shown_unread
            and len(self.history) == 1
            and listing.order == self.settings.sort
            and not listing.query
            and not listing.unread_only
            and self.maximized is None
            and self.app.screen is self
            and self.focused is self.article_list
            and self.article_list.highlighted_id == current
            and not self.article_view.scroll_y
        )

    def open_first_listed(self) -> None:
        """Open the list's first story in place of the one the reader opened by itself (``first_untouched``), when
        the first source named landed after a later one's story was opened: as if it had been opened first (a new
        history, the other story left unread)."""
        listed = self.article_list.articles
        if not listed or listed[0].id == self.history.current:
            return
        self._shown_unread = None  # not gone on from by the user: it stays unread
        self.history = History()
        self.open_article(listed[0].id, chosen=False)

    def open_newest_once_ordered(self) -> None:
        """``--sort newest``: once the list's order is known (the sources loaded, their folder entries dated), the
        story the reader opened by itself (the first to land, before the order was known) gives way to the
        list's top, the newest, while the reader is untouched (``first_untouched``), as a feed sorted so opens
        its newest at once; the list shows its top."""
        if not self._newest_pending or self.listing.order != "newest" or self.loading_sources or self.dating_entries:
            return
        self._newest_pending = False  # (later, a reload's stories never take the open story's place)
        if self.first_untouched():
            self.open_first_listed()

    @property
    def dating_entries(self) -> bool:
        """The dates of folder entries listed by title are still being read (``EntryDater``)."""
        dater = self._dater
        return dater is not None and dater.busy

    def open_first(self, prefer: str | None = None) -> None:
        """Open ``prefer`` (the first story loaded), or the list's first; the list's first when it is sorted."""
        if self.listing.order != "loaded":
            prefer = None
        target = prefer if prefer is not None and self.corpus.get(prefer) else None
        if target is None and self.article_list.articles:
            target = self.article_list.articles[0].id
        if target is not None:
            self.open_article(target, chosen=False)

    def direction_of(self, article: Article) -> Direction | None:
        """The base direction of ``article``'s paragraphs: chosen with ``d``, else its source's or the run's
        (``source_directions.base_direction``); None: each paragraph's own."""
        if article.id in self.directions:
            return self.directions[article.id]
        settings = self.settings
        if settings.source_directions:
            from newstui.source_directions import base_direction

            return base_direction(article, settings)
        return None if settings.direction == "auto" else settings.direction

    def _prefetch_related(self, article_id: str) -> None:
        """After the frame that shows ``article_id``: lay its related stories out ahead (``reader_prefetch``)."""
        from newstui.ui.screens.reader_prefetch import lay_out_related

        self.related_prefetched += lay_out_related(self, article_id)

    def _sync_bindings(self) -> None:
        """Refresh the footer's bindings only when what check_action answers has changed."""
        state = (
            self.history.can_go_back,
            self.history.can_go_forward,
            len(self.related.links),
            self.article_view.article is not None,
            self._step_target(1) is not None,
            self._step_target(-1) is not None,
            self._unread_that_way(1),
            self._unread_that_way(-1),
        )
        if state != self._binding_state:
            self._binding_state = state
            self.refresh_bindings()

    def refresh_current(self) -> None:
        """Re-show the open article when the corpus replaced it (e.g. its links resolved now)."""
        article = self.current
        if article is not None:
            if article is not self.article_view.article:
                self.article_view.show(article, direction=self.direction_of(article))
            self.related.show(article, direction=self.direction_of(article))
            self.update_trail()
            self._sync_bindings()

    def update_trail(self) -> None:
        """'2/3 ‹ title ‹ title' under the article: where we are in the history and how we got here."""
        # The border takes its corners, a line cell each side and a space each side of the text.
        width = self.article_view.size.width - 6 if self.article_view.size.width else None
        trail = trail_text(self.history, self.corpus, mode=self.news_app.bidi_mode, harakat=self.harakat, width=width)
        self.article_view.border_subtitle = Content(trail)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Grey out back/forward when there is nowhere to go, and link keys with no story open. (A greyed-out key
        then runs its second binding, ``nowhere``, which says so.)"""
        if action == "back":
            return True if self.history.can_go_back else None
        if action == "forward":
            return True if self.history.can_go_forward else None
        if action == "follow":  # with a story open a number beyond its links says so (``action_follow``)
            return True if self.history.current is not None else None
        if action == "step" and parameters:
            delta = parameters[0]
            return True if isinstance(delta, int) and self._step_target(delta) is not None else None
        if action == "step_unread" and parameters:
            delta = parameters[0]
            return True if isinstance(delta, int) and self._unread_that_way(delta) else None
        if action == "page":  # in a text box ctrl+f and ctrl+b are the box's
            return not isinstance(self.app.focused, Input)
        if action == "clear_filter":  # (esc: also stops what g or a related link loads)
            busy = self._web is not None and self._web.busy
            filtered = bool(self.listing.query) or (self._filter is not None and self._filter.shown)
            finding = self._finder is not None and self._finder.shown
            return busy or filtered or finding or self._zoomed
        if action == "filter":  # a priority key: in the filter or find box, "/" is a character ("24/7")
            return not isinstance(self.app.focused, Input)
        if action == "find":  # nothing to find in before a story is open
            return True if self.article_view.article is not None else None
        return True

    def action_back(self) -> None:
        """Go back to the article opened before this one."""
        self.navigator.back()

    def action_forward(self) -> None:
        """Go forward again after going back."""
        self.navigator.forward()

    def _step_target(self, delta: int) -> int | None:
        """The list position ``n`` (``delta`` 1) or ``p`` (-1) opens, or None at that end of the list."""
        articles = self.article_list.articles
        if not articles:
            return None
        current = self.history.current
        index = self.article_list.index_of(current)
        placed = self.place_of_gone(current) if index is None else None
        if placed is not None:  # its file deleted: the story listed after (before) where it stood
            around, at = placed
            step = at + delta
            return self.article_list.index_of(around[step].id) if 0 <= step < len(around) else None
        if index is None:  # the open article is not listed (filtered out, a fetched page): from the cursor's row
            cursor = self.article_list.cursor
            if cursor < 0:
                target = 0 if delta > 0 else -1
            elif delta > 0 and articles[cursor].id not in self.reads.opened:
                target = cursor  # n opens the highlighted story, not yet read, and p the one above it
            else:
                target = cursor + delta  # the story opened there before: n and p go on from it
            if not 0 <= target < len(articles):  # past an end of the list: from the open story's own place
                return self._step_by_place(current, delta)
        else:
            target = index + delta
        return target if 0 <= target < len(articles) else None

    def _step_by_place(self, current: str | None, delta: int) -> int | None:
        """The list position of the story listed next after (``delta`` 1) or before (-1) the open one's place in
        the list as the filter would leave it if it let the open story in, or None (nothing listed that way): the
        one story a filter left, the open one not among them, is after or before it, not at both ends."""
        if current is None:
            return None
        from copy import copy

        unfiltered = copy(self.listing)
        unfiltered.query = ""
        around = unfiltered.shown(self.corpus, was_read=self.reads.was_read, current=current, with_open=True)
        at = next((number for number, article in enumerate(around) if article.id == current), None)
        if at is None:
            return None
        way = range(at + 1, len(around)) if delta > 0 else range(at - 1, -1, -1)
        index_of = self.article_list.index_of
        return next((index for number in way if (index := index_of(around[number].id)) is not None), None)

    def place_of_gone(self, current: str | None) -> tuple[list[Article], int] | None:
        """The list as if the open story, whose file was deleted, were still in it, and its place; or None."""
        if current is None or current not in self.listing.gone:
            return None
        around = self.listing.shown(self.corpus, was_read=self.reads.was_read, current=current, with_open=True)
        at = next((number for number, article in enumerate(around) if article.id == current), None)
        return (around, at) if at is not None else None

    def action_step(self, delta: int) -> None:
        """Open the next (``delta`` 1) or previous (-1) article of the list; a visit like any other."""
        target = self._step_target(delta)
        if target is None:
            self.action_nowhere("next" if delta > 0 else "previous")
            return
        self.open_article(self.article_list.articles[target].id)

    def _unread_that_way(self, delta: int) -> bool:
        """Whether ``N`` (``delta`` 1) or ``P`` (-1) has an unread story to open, for the key bar: yes while the read
        log has not been looked up for the whole list yet (a slice between frames, ``_unread_count``). Asked on
        every update of the key bar: the answers are kept until a mark, the list or the open story changes."""
        articles = self.article_list.articles
        key = (self.reads.changes, id(articles), len(articles), self.history.current)
        if self._unread_ways[0] != key:
            self._unread_ways = (key, {})
        ways = self._unread_ways[1]
        if delta not in ways:
            ways[delta] = self._look_for_unread(delta)
        return ways[delta]

    def _look_for_unread(self, delta: int) -> bool:
        """``_unread_that_way`` worked out: the list's unread count first (0: none either way), then a walk."""
        unread = self.reads.count_unread(self.article_list.articles, budget=UNREAD_LOOKUPS)
        if unread is None:
            return True
        if not unread:
            return False
        from newstui.reader_view import next_unread  # (not reader_navigation's ``unread_target``: loaded on a key)

        articles = self.article_list.articles
        index = self.article_list.index_of(self.history.current)
        return index is None or next_unread(articles, index, delta, self.reads.was_read) is not None

    def action_step_unread(self, delta: int) -> None:
        """Open the next (``delta`` 1) or previous (-1) unread story of the list, read ones passed over."""
        from newstui.ui.screens.reader_navigation import step_unread

        step_unread(self, delta)

    def action_nowhere(self, move: str) -> None:
        """A greyed-out back, forward, next or previous was pressed: say there is nowhere to go (``move``:
        "back", "forward", "next", "previous")."""
        from newstui.ui.screens.reader_navigation import tell_nowhere

        tell_nowhere(self, move)

    @on(ArticleList.Chosen)
    def article_chosen(self, event: ArticleList.Chosen) -> None:
        """Enter (or a click) on the list opens that article, in sight: over the maximized list (``z``) the panes
        come back, as for a related link's number. (Answered already when a key typed after it came first.)"""
        if self.article_list.answer(event):
            self._open_chosen(event.article_id)

    def _open_chosen(self, article_id: str) -> None:
        if self.open_article(article_id) and self.maximized is not None:
            self.navigator.show_article_pane()
        self.article_view.focus()

    @on(RelatedLinks.Followed)
    def link_followed(self, event: RelatedLinks.Followed) -> None:
        """Enter (or a click) on a related link follows it; over the maximized related pane (``z``) the story it
        opens takes the pane's place, as for the link's number. (Answered already when a key typed after it
        came first.)"""
        if self.related.answer(event):
            self._follow_chosen(event.link)

    def _follow_chosen(self, link: Link) -> None:
        if self.navigator.follow(link) and self.maximized is not None:
            self.navigator.show_article_pane()

    def answer_choices(self) -> None:
        """Answer now the choices of the list and the related pane (``enter``) whose messages have not reached
        this screen yet: an action of a key typed right after ``enter`` (``enter 3``) runs first, and acts on
        the story ``enter`` opens, not on the one it leaves (``NewsApp.run_action``)."""
        choices = [*self.article_list.take_choices(), *self.related.take_choices()]
        if len(choices) > 1:
            choices.sort(key=lambda choice: choice.time)
        for choice in choices:
            if isinstance(choice, ArticleList.Chosen):
                self._open_chosen(choice.article_id)
            elif isinstance(choice, RelatedLinks.Followed):
                self._follow_chosen(choice.link)

    def action_follow(self, number: int) -> None:
        """Follow related link ``number`` of the open article, from any pane."""
        self.navigator.follow_number(number)

    # -- pages and addresses (reader_web); folder entries (reader_indexed) ------------------------

    def action_open_address(self) -> None:
        """Ask for a web address, a file or a folder to open (as a browser's address bar does)."""
        self.web.ask_address()

    @on(messages.PageFetched)
    def page_fetched(self, event: messages.PageFetched) -> None:
        """Keep the fetched page for the session and open it as a visit."""
        self.web.page_fetched(event)

    @on(messages.SourcesOpened)
    def sources_opened(self, event: messages.SourcesOpened) -> None:
        """What a file, folder or list of feeds opened with ``g`` gave: shown as it lands."""
        self.web.sources_opened(event)

    @on(messages.FeedListFetched)
    def feed_list_fetched(self, event: messages.FeedListFetched) -> None:
        """An address typed in the Open box is a list of feeds: its feeds are loaded."""
        self.web.feed_list_fetched(event)

    @on(messages.FetchFailed)
    def fetch_failed(self, event: messages.FetchFailed) -> None:
        """A failed fetch is a notification; the reader stays where it was."""
        self.web.fetch_failed(event)

    @on(messages.IndexedParsed)
    def indexed_parsed(self, event: messages.IndexedParsed) -> None:
        """Put the parsed folder file in place; show it if its entry is still open."""
        self.indexed.parsed(event)

    @on(messages.EntriesDated)
    def entries_dated(self, event: messages.EntriesDated) -> None:
        """Dates of folder entries listed by title were read (the list is newest first); the last ones give the
        list its order: the newest may take the place of the story opened meanwhile."""
        self.dater.dated(event)
        if event.finished:
            self.open_newest_once_ordered()

    @on(messages.IndexedFailed)
    def indexed_failed(self, event: messages.IndexedFailed) -> None:
        """Say why the folder file could not be read; the entry keeps its title."""
        self.indexed.failed(event)

    # -- reload (reader_reload) -------------------------------------------------------------------

    def action_reload(self) -> None:
        """Load the sources again (piped input is read once); the stories not seen yet join the list."""
        self.reloader.reload()

    @on(messages.Reloaded)
    def reloaded(self, event: messages.Reloaded) -> None:
        """Add the stories not loaded yet, on top of the list, and say how many there were."""
        self.reloader.reloaded(event)

    # -- the open story (reader_actions) and display switches (reader_switches) -------------------

    def action_open_web(self) -> None:
        """Open the article's web address in the browser (http and https only)."""
        from newstui.ui.screens.reader_actions import open_in_browser

        open_in_browser(self)

    def action_copy_article(self) -> None:
        """Copy the open article as logical text: what the source wrote, not the shaped screen lines."""
        from newstui.ui.screens.reader_actions import copy_article

        copy_article(self)

    def action_save_article(self) -> None:
        """Ask for a file name (one made from the title is offered) and save the open story there."""
        from newstui.ui.screens.reader_actions import ask_to_save

        ask_to_save(self)

    def action_toggle_bidi(self) -> None:
        """Switch between shaping/reordering in the app and leaving it to the terminal; redraw."""
        from newstui.ui.screens.reader_switches import toggle_bidi

        toggle_bidi(self)

    def action_toggle_harakat(self) -> None:
        """Show or hide harakat in every pane; the reading position stays."""
        from newstui.ui.screens.reader_switches import toggle_harakat

        toggle_harakat(self)

    def action_cycle_direction(self) -> None:
        """Give the open article's paragraphs the next reading direction: auto, right to left, left to right."""
        from newstui.ui.screens.reader_switches import cycle_direction

        cycle_direction(self)

    def action_toggle_unread(self) -> None:
        """List only the stories not read yet (the open one stays), or every story again."""
        from newstui.ui.screens.reader_switches import toggle_unread

        toggle_unread(self)

    def action_toggle_sort(self) -> None:
        """Sort the list as loaded, or the newest first; the open story stays highlighted."""
        from newstui.ui.screens.reader_switches import toggle_sort

        toggle_sort(self)

    def action_cycle_pane(self, delta: int) -> None:
        """Focus the next (1) or previous (-1) pane in reading order: list, article, related."""
        from newstui.ui.screens.reader_switches import cycle_pane

        cycle_pane(self, delta)

    # -- read and unread (reader_read_log), paging -------------------------------------------------

    @property
    def read_keys(self) -> ReadKeys:
        """Marks stories read or unread (``m``, ``A``)."""
        from newstui.ui.screens.reader_read_log import ReadKeys

        self._read_keys = self._read_keys or ReadKeys(self)
        return self._read_keys

    def action_toggle_read(self) -> None:
        """Mark the highlighted story read, or unread again."""
        self.read_keys.toggle()

    def action_mark_all_read(self) -> None:
        """Mark every story the list shows read (again at once: undone)."""
        self.read_keys.mark_all()

    def action_page(self, delta: int) -> None:
        """ctrl+f / ctrl+b: a page down (1) or up (-1) in the focused pane, as PgDn and PgUp (the article's
        from any other)."""
        focused = self.focused
        if isinstance(focused, (ArticleList, RelatedLinks)):
            focused.action_page(delta)
        elif delta > 0:
            self.article_view.action_page_down()
        else:
            self.article_view.action_page_up()

    def action_toggle_maximize(self) -> None:
        """Maximize the focused pane, or restore the layout."""
        from newstui.ui.screens.reader_switches import toggle_maximize

        toggle_maximize(self)
