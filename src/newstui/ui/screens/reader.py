"""ReaderScreen: the three panes, history, source loading and link following; wires the panes together."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from operator import itemgetter
from typing import TYPE_CHECKING, ClassVar, Final
from urllib.parse import urlsplit

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from newstui import collector
from newstui.errors import NewsError
from newstui.history import History
from newstui.model import Article, Direction, Link, LoadResult
from newstui.read_log import ReadMarks
from newstui.sources import first_frame
from newstui.text import rtl
from newstui.text.harakat import strip_harakat
from newstui.text.sanitize import sanitize_line
from newstui.ui import messages
from newstui.ui.widgets.article_list import ArticleList
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.key_bar import KeyBar
from newstui.ui.widgets.panes import ListPane
from newstui.ui.widgets.related_links import RelatedLinks

if TYPE_CHECKING:
    from newstui.corpus import Corpus
    from newstui.ordering import Order
    from newstui.read_log import ReadLog
    from newstui.settings import Settings
    from newstui.ui.app import NewsApp
    from newstui.ui.widgets.filter_input import FilterInput
    from newstui.ui.widgets.find_input import FindInput

CRUMB_WIDTH: Final = 18
"""Cells per title in the trail shown under the article."""
CRUMBS: Final = 3
"""Titles shown in the trail (the current one and the ones before it)."""
WEB_SCHEMES: Final = ("http", "https")
FLUSH_SECONDS: Final = 0.1
"""How long loaded sources are gathered before the panes are refreshed with them."""
PREFETCH_LINKS: Final = 9
"""Related stories (those with a number key) whose first screen is laid out in advance."""
SAVE_DELAY: Final = 2.0
"""Seconds between opening a story and writing the log of stories read (one write for several opens)."""
READING_TITLE: Final = "Article · reading the file…"
"""The article pane's title while a big folder file is parsed on a thread."""
DIRECTION_NAMES: Final[dict[Direction | None, str]] = {
    None: "each paragraph's own",
    "rtl": "right to left",
    "ltr": "left to right",
}
"""How ``d`` names the reading directions it switches between."""
MAX_FAILURE_NOTES: Final = 3
"""Failed sources notified one by one per batch; the rest are counted in one notification."""


def is_web_url(url: str | None) -> bool:
    """True for an absolute http(s) URL with a host."""
    if not url:
        return False
    parts = urlsplit(url)
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.netloc)


class ReaderScreen(Screen[None]):
    """The reader: article list, article and related links, with browser-like history.

    Panes never talk to each other: they post messages (``ArticleList.Chosen``, ``RelatedLinks.Followed``)
    and this screen decides what opens, records the visit and tells each pane what to show.

    | Key | Action |
    | :- | :- |
    | tab / shift+tab | Next / previous pane |
    | / | Filter the list |
    | f | Find in the article |
    | 1…9 | Open related link N |
    | backspace / alt+left | Back |
    | alt+right | Forward |
    | n / p | Next / previous article in the list |
    | o | Open the article's web address |
    | g | Open a web address, a file or a folder |
    | b | Switch bidi mode (app / terminal) |
    | h | Show or hide harakat (vowel marks) |
    | d | Reading direction of the article: auto, right to left, left to right |
    | r | Reload the sources (new stories on top of the list) |
    | s | Sort the list: as loaded, or the newest first |
    | u | Only the stories not read yet in the list, or every story |
    | z | Maximize or restore the focused pane |
    | w | Save the article as a text file |
    """

    HORIZONTAL_BREAKPOINTS = [
        (0, "-stacked"),
        (64, "-narrow"),
        (100, "-wide"),
    ]
    """Three columns from 100 cells; below, the related pane moves under the article; below 64, all stack."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "cycle_pane(1)", "Next pane", show=False, id="newstui.next_pane"),
        Binding("shift+tab", "cycle_pane(-1)", "Previous pane", show=False, id="newstui.prev_pane"),
        Binding(
            "slash",
            "filter",
            "Filter",
            tooltip="Filter the list (Arabic spelling variants match)",
            id="newstui.filter",
            # Priority: the box takes focus before the keys typed right after / are handed to a pane.
            priority=True,
        ),
        Binding("backspace", "back", "Back", tooltip="Back to the previous article", id="newstui.back"),
        Binding("alt+left", "back", "Back", tooltip="Back to the previous article", show=False, id="newstui.back_alt"),
        Binding("alt+right", "forward", "Forward", tooltip="Forward again after going back", id="newstui.forward"),
        Binding("n", "step(1)", "Next", tooltip="Next article in the list", id="newstui.next"),
        Binding("p", "step(-1)", "Prev", tooltip="Previous article in the list", id="newstui.prev"),
        *[
            Binding(str(n), f"follow({n})", "Open related link", show=False, id=f"newstui.link{n}")
            for n in range(1, 10)
        ],
        Binding(
            "o",
            "open_web",
            "Web",
            tooltip="Open the article's web address in the browser",
            show=False,
            id="newstui.open_web",
        ),
        Binding(
            "b",
            "toggle_bidi",
            "Bidi",
            tooltip="Switch bidi mode: newstui reorders (app) or the terminal does",
            id="newstui.bidi",
        ),
        Binding("f", "find", "Find", tooltip="Find in the article (Arabic spelling variants match)", id="newstui.find"),
        Binding(
            "g",
            "open_address",
            "Open",
            tooltip="Open a web address (page or feed), a file or a folder",
            show=False,
            id="newstui.open_address",
        ),
        Binding(
            "h",
            "toggle_harakat",
            "Harakat",
            tooltip="Show or hide harakat (Arabic vowel marks)",
            show=False,
            id="newstui.harakat",
        ),
        Binding(
            "r",
            "reload",
            "Reload",
            tooltip="Reload the sources: new stories join the top of the list",
            show=False,
            id="newstui.reload",
        ),
        Binding(
            "s",
            "toggle_sort",
            "Sort",
            tooltip="Sort the list: as loaded, or the newest first",
            show=False,
            id="newstui.sort",
        ),
        Binding(
            "u",
            "toggle_unread",
            "Unread",
            tooltip="Show only the stories not read yet in the list, or every story",
            show=False,
            id="newstui.unread",
        ),
        Binding(
            "d",
            "cycle_direction",
            "Direction",
            tooltip="Reading direction of the article: each paragraph's own, right to left, left to right",
            show=False,
            id="newstui.direction",
        ),
        Binding("z", "toggle_maximize", "Zoom", tooltip="Maximize or restore the focused pane", id="newstui.zoom"),
        Binding(
            "w",
            "save_article",
            "Save",
            tooltip="Save the article as a text file (it opens again in newstui)",
            show=False,
            id="newstui.save",
        ),
        Binding(
            "y",
            "copy_article",
            "Copy",
            tooltip="Copy the article's text (logical order, unshaped) to the clipboard",
            show=False,
            id="newstui.copy",
        ),
        Binding("escape", "clear_filter", "Clear filter", tooltip="Clear the filter", show=False, id="newstui.escape"),
    ]

    def __init__(self, settings: Settings, corpus: Corpus) -> None:
        super().__init__()
        self.settings = settings
        self.corpus = corpus
        self.history: History[str] = History()
        """Ids of the articles visited, browser-style."""
        self.filter_query = ""
        """The active list filter ('' for none)."""
        self.sources_total = len(settings.refs)
        self.sources_done = 0
        self.loading_sources = bool(settings.refs)
        self._fetching: str | None = None
        self._binding_state: tuple[bool, bool, int] | None = None
        self._reported: set[int] = set()
        self._incoming: list[tuple[int, LoadResult]] = []
        """Results reported by the loader and not yet taken (see ``sources_loaded``), with their source's index."""
        self._arrived: list[tuple[int, LoadResult]] = []
        """Results taken from the loader and not merged yet, with their source's index."""
        self._flush_timer: Timer | None = None
        self._preloaded: list[tuple[int, LoadResult]] | None = None
        """Sources read before the first frame (``sources.first_frame``), merged at mount."""
        self._still_loading: list[int] = []
        """Positions of the sources the worker still loads after the first frame: folders (their first
        article was in it) and sources the helper had not answered in time."""
        self._indexed_pending: set[str] = set()
        """Folder entries whose (big) file is being parsed on a thread."""
        self.related_prefetched = 0
        """Related stories laid out in advance so far (a counter for tests)."""
        self._entries_tried: set[str] = set()
        """Feed entries whose full page was asked for (once per session; a failure keeps the summary)."""
        self._filter_box: FilterInput | None = None
        """The filter box, mounted the first time / is pressed (an Input costs ~5-10 ms to mount)."""
        self._find_box: FindInput | None = None
        """The article's find box, mounted the first time f is pressed."""
        self._find_title: str | None = None
        """The article pane's title as find last set it (other states of the title are left alone)."""
        self.harakat = settings.harakat
        """Whether harakat (vowel marks) are drawn; ``h`` switches (search, copy and JSON keep them always)."""
        self.reads = ReadMarks(corpus)
        """The stories read (this session's, and with ``settings.remember`` the log of earlier runs, loaded on
        a thread after the first paint): the list and the related pane draw them as read."""
        self._save_timer: Timer | None = None
        self._save_failed = False
        self._opened: list[str] = []
        """Addresses, files and folders opened with ``g``: reloaded with the command line's sources."""
        self._fresh: list[str] = []
        """Ids of the stories reloads found, newest reload first: the list shows them on top."""
        self._reloads = 0
        self._reloading = False
        self._told_failed: set[str] = set()
        """Sources whose failure a reload has told (a timed reload tells each one once)."""
        self.unread_only = False
        """The list shows only the stories not read yet (and the open one); ``u`` switches."""
        self.order: Order = settings.sort
        """The list's order: as loaded (stories found by a reload on top), or the newest first (``s``)."""
        self._directions: dict[str, Direction | None] = {}
        """Reading directions chosen with ``d`` this session, by article id (None: each paragraph's own)."""

    # -- typed access to the panes ----------------------------------------------------------------

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
        return self._filter_box

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

    # -- layout -----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """List pane, then article and related panes; CSS docks them per layout and width.

        Small local sources are read here, before the panes exist, so the layout class is set once
        (no restyle of every pane later) and the first frame already shows the article.
        """
        # The width class Textual sets on the first resize, set now: styles are applied once, not twice.
        width = self.app.size.width
        fitting = [name for least, name in self.HORIZONTAL_BREAKPOINTS if width >= least]
        if fitting:
            self.set_class(True, fitting[-1])
        if self.settings.refs:
            settings, app = self.settings, self.news_app
            ready = first_frame.ready_for_first_frame(
                settings.refs,
                stdin_data=settings.stdin_data,
                prefetch=app.prefetch,
                options=app.load_options(),
                shaping_here=app.bidi_mode == "app",
            )
            if ready is not None:
                self._preloaded, self._still_loading = ready.results, ready.still_loading
                articles = [article for _, result in ready.results for article in result.articles]
                self.set_class(first_frame.mirrored(articles, settings.layout), "-mirrored")
            elif settings.layout == "auto":
                self.set_class(first_frame.peek_mirrored(settings.refs), "-mirrored")
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
        self.article_list.is_visited = self.related.is_visited = self.reads.was_read
        if self.settings.remember:
            self.call_after_refresh(self._load_read_log)  # after the first frame, which it never delays
        self.article_list.empty_text = "Loading…" if self.loading_sources else "No articles."
        preloaded, self._preloaded = self._preloaded, None
        if preloaded is None:
            self.article_view.show(None, placeholder="Loading…" if self.loading_sources else "No article.")
            self._apply_layout()
        if len(self.corpus):
            self._refresh_list()
            self._open_first()
        self.article_list.focus()
        self.call_after_refresh(collector.resume)  # the command line paused it for the start-up
        if self.settings.bidi.hint:
            self.app.notify(self.settings.bidi.hint, title="Right-to-left text", timeout=12, markup=False)
        if not self.settings.refs:
            return
        if self.settings.refresh > 0:
            self.set_interval(self.settings.refresh * 60, self._auto_reload, name="refresh")
        if preloaded is not None and self._still_loading:
            self._arrived.extend(preloaded)
            self._reported.update(set(range(len(self.settings.refs))) - set(self._still_loading))
            self.sources_done = len(self._reported)
            self._merge_arrived()
            self.call_after_refresh(self.load_sources)
        elif preloaded is not None:
            self._arrived.extend(preloaded)
            self.sources_done = len(preloaded)
            self.sources_done_loading(messages.SourcesDone(len(preloaded)))
        else:
            self.call_after_refresh(self.load_sources)

    def _apply_layout(self) -> None:
        """Mirror the panes (list on the right) for --layout rtl, or auto with mostly RTL articles."""
        self.set_class(first_frame.mirrored(self.corpus.articles, self.settings.layout), "-mirrored")

    # -- loading ----------------------------------------------------------------------------------

    @work(exclusive=True, group="load", exit_on_error=False)
    async def load_sources(self) -> None:
        """Load every source (local ones and, with a shared client, URLs), reporting each as it lands."""
        from newstui.sources import load_sources

        positions = self._still_loading or list(range(len(self.settings.refs)))
        refs = [self.settings.refs[position] for position in positions]
        app = self.news_app
        data = self.settings.stdin_data
        stdin = io.BytesIO(data) if data is not None else None

        def on_result(index: int, result: object) -> None:
            # Called on the event loop (the loader reports between its awaits): queue the result and
            # post one message for everything queued until the reader takes it.
            if isinstance(result, LoadResult):
                if not self._incoming:
                    self.post_message(messages.SourcesLoaded())
                self._incoming.append((positions[index], result))

        try:
            options = app.load_options()
            await load_sources(
                refs, options, client=app.http_client, stdin=stdin, on_result=on_result, prefetch=app.prefetch
            )
        finally:
            self.post_message(messages.SourcesDone(len(refs)))

    @on(messages.SourcesLoaded)
    def sources_loaded(self, event: messages.SourcesLoaded) -> None:
        """Take the queued results; they are merged in batches so a 10,000-file folder stays linear."""
        batch, self._incoming = self._incoming, []
        for index, _ in batch:
            self._reported.add(index)
        self._arrived.extend(batch)
        self.sources_done = len(self._reported)
        if self.history.current is None and any(result.articles for _, result in batch):
            self._merge_arrived()  # nothing on screen yet: show the first article at once
        elif self._flush_timer is None:
            self._flush_timer = self.set_timer(FLUSH_SECONDS, self._merge_arrived)

    def _merge_arrived(self) -> None:
        """Add the queued results to the corpus, report failures, refresh the panes once."""
        if self._flush_timer is not None:
            self._flush_timer.stop()
            self._flush_timer = None
        arrived, self._arrived = self._arrived, []
        # In command-line order: sources loaded side by side land in any order (a folder's own files
        # share its index and keep their walk order).
        results = [result for _, result in sorted(arrived, key=itemgetter(0))]
        # Origins are names as given (a file name may hold an escape sequence): one sanitized line each.
        failures = [sanitize_line(f"{result.origin}: {result.error}") for result in results if result.error]
        articles = [article for result in results for article in result.articles]
        if articles:
            try:
                self.corpus.add(articles)
            except Exception as error:  # noqa: BLE001 - a bad source must never take the reader down
                failures.append(f"{type(error).__name__}: {error}")
                articles = []
        self._notify_failures(failures)
        if articles:
            self._apply_layout()
            self._refresh_list()
            self._refresh_current()
            if self.history.current is None:
                self._open_first(prefer=articles[0].id)
        self._update_list_title()

    def _notify_failures(self, failures: Sequence[str]) -> None:
        """One notification per failed source (origins sanitized here), the rest counted in one more."""
        for failure in failures[:MAX_FAILURE_NOTES]:
            self.app.notify(sanitize_line(failure), title="Source failed", severity="error", markup=False)
        if len(failures) > MAX_FAILURE_NOTES:
            more = len(failures) - MAX_FAILURE_NOTES
            self.app.notify(f"… and {more} more sources failed.", severity="error", markup=False)

    @on(messages.SourcesDone)
    def sources_done_loading(self, event: messages.SourcesDone) -> None:
        """Loading finished: merge what is left, drop the progress, say so when nothing could be shown."""
        self._merge_arrived()
        self.loading_sources = False
        self.article_list.empty_text = "No articles." if not self.filter_query else "No match."
        self.article_list.refresh()
        if self.history.current is None:
            self.article_view.show(None, placeholder="No article could be loaded.")
        self._update_list_title()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """An unexpected failure in a worker becomes a notification, never a crash."""
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            self.app.notify(f"{type(error).__name__}: {error}", title="Error", severity="error", markup=False)
            if event.worker.group == "load":
                self.post_message(messages.SourcesDone(self.sources_total))
            if event.worker.group == "fetch":
                self._fetch_finished()
            if event.worker.group == "reload":
                self._reloading = False
                self._update_list_title()

    def _open_first(self, prefer: str | None = None) -> None:
        """Open ``prefer`` (the first story loaded), or the list's first; the list's first when it is sorted."""
        if self.order != "loaded":
            prefer = None
        target = prefer if prefer is not None and self.corpus.get(prefer) else None
        if target is None and self.article_list.articles:
            target = self.article_list.articles[0].id
        if target is not None:
            self.open_article(target)

    # -- list and filter --------------------------------------------------------------------------

    def _shown_articles(self) -> list[Article]:
        """The list's articles: those the filter keeps (only the unread ones and the open one after ``u``), the
        newest first (``s``), or as loaded with the stories reloads found first (newest reload on top)."""
        articles = self.corpus.filter(self.filter_query) if self.filter_query else list(self.corpus.articles)
        if self.unread_only:
            was_read, current = self.reads.was_read, self.history.current
            articles = [article for article in articles if article.id == current or not was_read(article.id)]
        if self.order == "newest":
            from newstui.ordering import newest_first

            return newest_first(articles)
        if not self._fresh:
            return articles
        rank = {article_id: number for number, article_id in enumerate(self._fresh)}
        fresh = sorted((article for article in articles if article.id in rank), key=lambda article: rank[article.id])
        return [*fresh, *(article for article in articles if article.id not in rank)]

    def _refresh_list(self) -> None:
        self.article_list.set_articles(self._shown_articles())
        self.article_list.mark(self.history.current)
        self._update_list_title()

    def _update_list_title(self) -> None:
        shown, total = len(self.article_list.articles), len(self.corpus)
        title = f"Articles {shown}/{total}" if self.filter_query or self.unread_only else f"Articles {total}"
        if self.loading_sources and self.sources_total > 1:
            title += f" · loading {self.sources_done}/{self.sources_total}"
        elif self.loading_sources:
            title += " · loading"
        elif self._reloading:
            title += " · reloading"
        if self.unread_only:
            title += " · unread"
        if self.order == "newest":
            title += " · newest first"
        content = Content(title)
        if self.filter_query:
            shaped = rtl.fit_line(self.filter_query, 20, mode=self.news_app.bidi_mode, default="rtl").strip()
            content = Content.assemble(content, " · ", shaped)
        self.list_pane.border_title = content

    async def action_filter(self) -> None:
        """Show the filter box (mounting it the first time) and put the cursor in it."""
        if self.maximized is not None and self.maximized is not self.list_pane:
            self.minimize()  # the box is in the list pane, which a maximized pane hides
        box = self._filter_box
        if box is None:
            from newstui.ui.widgets.filter_input import FilterInput  # loaded when first needed (~1 ms)

            box = self._filter_box = FilterInput(placeholder="filter…", id="filter")
            box.display = True
            # Awaited: the keys typed right after / wait in the queue until the box is there to take them.
            await self.list_pane.mount(box, before=self.article_list)
        elif self.focused is box:
            box.insert_text_at_cursor("/")
            return
        box.display = True
        # Focus now, not after a refresh (Widget.focus defers), so keys typed right after / land in the box.
        self.set_focus(box)

    @on(Input.Changed, "#filter")
    def filter_changed(self, event: Input.Changed) -> None:
        """Filter the list as the query changes (Arabic letters are folded by the corpus)."""
        self.filter_query = event.value.strip()
        self._refresh_list()

    @on(Input.Submitted, "#filter")
    def filter_submitted(self) -> None:
        """Enter keeps the filter and moves to the list."""
        self.article_list.focus()

    @on(messages.FilterCleared, "#filter")
    def filter_cleared(self) -> None:
        """Esc in the box clears the filter, hides the box and returns to the list."""
        self.action_clear_filter()

    def action_clear_filter(self) -> None:
        """Drop the filter and show every article."""
        box = self._filter_box
        if box is not None:
            box.value = ""
            box.display = False
        self.filter_query = ""
        self._refresh_list()
        self.article_list.focus()

    # -- find in the article ----------------------------------------------------------------------

    async def action_find(self) -> None:
        """Show the find box under the article (mounting it the first time) and put the cursor in it."""
        if self.maximized is not None:
            self.minimize()  # the box sits under the article pane, outside any maximized pane
        box = self._find_box
        if box is None:
            from newstui.ui.widgets.find_input import FindInput

            box = self._find_box = FindInput(placeholder="find in the article…", id="find")
            await self.query_one("#main").mount(box, after=self.article_view)
        box.display = True
        self.set_focus(box)
        if box.value:
            self._find(box.value)

    @on(Input.Changed, "#find")
    def find_changed(self, event: Input.Changed) -> None:
        """Mark the paragraphs holding the query as it is typed, and show the first one."""
        self._find(event.value)

    @on(Input.Submitted, "#find")
    def find_submitted(self) -> None:
        """Enter goes to the next match."""
        self._show_find_status(self.article_view.next_match(1))

    @on(messages.FindStep, "#find")
    def find_step(self, event: messages.FindStep) -> None:
        """↓ / ↑ go to the next / previous match; Esc closes the box and clears the marks."""
        if event.step:
            self._show_find_status(self.article_view.next_match(event.step))
        else:
            self._close_find()

    def _find(self, query: str) -> None:
        """Search the open article for ``query`` and show the count."""
        self._show_find_status(self.article_view.find(query), query=query)

    def _show_find_status(self, status: tuple[int, int], *, query: str | None = None) -> None:
        """'Article · 2/5 · query' (or 'not found') in the article pane's title while the box is open.

        The query is shown shaped and in reading order there, as the list's title shows its filter: the
        box itself can only show the logical text it edits.
        """
        box = self._find_box
        typed = ((box.value if box is not None else "") if query is None else query).strip()
        shown, total = status
        title = Content("Article")
        if typed:
            count = f"{shown}/{total}" if total else "not found"
            shaped = rtl.fit_line(typed, 20, mode=self.news_app.bidi_mode, default="rtl").strip()
            title = Content.assemble(f"Article · {count} · ", shaped)
        view = self.article_view
        if view.border_title in ("Article", self._find_title):
            view.border_title = title
            self._find_title = view.border_title

    def _close_find(self) -> None:
        """Hide the find box, clear the marks and go back to the article."""
        box = self._find_box
        if box is not None:
            box.display = False
        self.article_view.clear_find()
        if self.article_view.border_title == self._find_title:
            self.article_view.border_title = "Article"
        self._find_title = None
        self.article_view.focus()

    # -- opening and history ----------------------------------------------------------------------

    def open_article(self, article_id: str, *, visit: bool = True) -> bool:
        """Show article ``article_id`` in every pane; ``visit`` records it in the history (dropping forward).

        Returns:
            True when the article exists and is now open.
        """
        article = self.corpus.get(article_id)
        if article is None:
            self.app.notify("That article is not loaded.", severity="warning", markup=False)
            return False
        if article.indexed_only:
            article = self._expand_indexed(article)
        if article_id not in self._indexed_pending and self.article_view.border_title == READING_TITLE:
            self.article_view.border_title = "Article"
        if visit:
            self.history.visit(article_id)
        self._mark_read(article)
        self.article_view.show(article, direction=self.direction_of(article))
        if self._find_box is not None and self._find_box.display and self._find_box.value.strip():
            self._find(self._find_box.value)
        self.related.show(article)
        self.article_list.mark(article_id)
        self._update_trail()
        self._sync_bindings()
        self.call_after_refresh(self._prefetch_related, article_id)
        if article.summary_only and is_web_url(article.url) and article_id not in self._entries_tried:
            self._entries_tried.add(article_id)
            self.fetch_entry(article_id, article.url or "")
        return True

    # -- stories read -----------------------------------------------------------------------------

    def _mark_read(self, article: Article) -> None:
        """Note ``article`` as read; a remembered log is saved a little later (one write for a quick run of opens)."""
        if self.reads.mark(article) and self._save_timer is None:
            self._save_timer = self.set_timer(SAVE_DELAY, self._save_read_log)

    @work(thread=True, group="read-log", exit_on_error=False)
    def _load_read_log(self) -> None:
        """Read the log of earlier runs on a thread, then show the stories it knows as read."""
        from newstui.read_log import ReadLog, default_path

        try:
            log = ReadLog.load(default_path())
        except Exception:  # noqa: BLE001 - a state folder that cannot even be named: remember nothing
            return
        self.app.call_from_thread(self._use_read_log, log)

    def _use_read_log(self, log: ReadLog) -> None:
        """Take the loaded log and redraw the panes that show read stories (if it knew any)."""
        if not self.reads.adopt(log):
            return  # a first run: what this session opened is drawn as read already
        self.article_list.refresh()
        current = self.current
        if current is not None:
            self.related.show(current)

    def _save_read_log(self) -> None:
        """The save timer: write the log on a thread (it re-reads and fsyncs the file) if stories were added."""
        self._save_timer = None
        if self.reads.log is not None and self.reads.log.dirty:
            self._write_read_log()

    @work(thread=True, group="read-log-save", exit_on_error=False)
    def _write_read_log(self) -> None:
        """Save the log; a failure is told once (reading goes on, the stories stay marked in this session)."""
        log = self.reads.log
        if log is None:
            return
        try:
            log.save()
        except NewsError as error:
            self.app.call_from_thread(self._tell_save_failed, str(error))

    def _tell_save_failed(self, message: str) -> None:
        """A warning that the log could not be saved, the first time only."""
        if not self._save_failed:
            self._save_failed = True
            self.app.notify(message, title="Stories read", severity="warning", markup=False)

    def on_unmount(self) -> None:
        """Save the stories read before the reader goes (here, on the way out: nobody is waiting for a frame)."""
        if self._save_timer is not None:
            self._save_timer.stop()
        if self.reads.log is not None:
            try:
                self.reads.log.save()
            except NewsError:
                pass  # told during the session if saving fails here; nothing can be shown any more

    def _expand_indexed(self, stub: Article) -> Article:
        """Parse the file behind a title-only folder entry; the full article takes the stub's place.

        A file up to ``first_frame.SYNC_LOAD_BYTES`` is parsed at once (a few milliseconds); a bigger one on a
        thread, its title showing meanwhile. A file that cannot be read any more is reported, and its
        title stays on screen without text.
        """
        import os

        from newstui.sources.index import parse_indexed

        try:
            size = os.stat(stub.origin).st_size
        except (OSError, ValueError):
            size = 0  # the parse reports what is wrong with the file
        if size > first_frame.SYNC_LOAD_BYTES:
            if stub.id not in self._indexed_pending:
                self._indexed_pending.add(stub.id)
                self.article_view.border_title = READING_TITLE
                self.parse_indexed_entry(stub)
            return stub
        options = self.news_app.load_options()
        try:
            articles = parse_indexed(stub, cap=options.max_file_bytes, encoding=options.encoding)
        except NewsError as error:
            self._indexed_failed(stub, error.message)
            return stub
        return self._put_expanded(stub, articles)

    def _put_expanded(self, stub: Article, articles: Sequence[Article]) -> Article:
        """The parsed file's articles in the corpus: the first in the stub's place, the rest after it."""
        full = self.corpus.upgrade(articles[0])
        if len(articles) > 1 or full.title != stub.title:
            self.corpus.add(articles[1:])
            self._refresh_list()
        return self.corpus.get(stub.id) or full

    def _indexed_failed(self, stub: Article, error: str) -> None:
        self.app.notify(
            sanitize_line(f"{stub.origin}: {error}"), title="Could not read the article", severity="error", markup=False
        )

    @work(thread=True, group="indexed", exit_on_error=False)
    def parse_indexed_entry(self, stub: Article) -> None:
        """Parse a big folder file on a thread; the result is applied on the screen's own loop."""
        from newstui.sources.index import parse_indexed

        options = self.news_app.load_options()
        try:
            articles = parse_indexed(stub, cap=options.max_file_bytes, encoding=options.encoding)
        except NewsError as error:
            self.post_message(messages.IndexedFailed(stub.id, error.message))
        except Exception as error:  # noqa: BLE001 - a parser bug is reported, never a crash
            self.post_message(messages.IndexedFailed(stub.id, f"unexpected error: {type(error).__name__}"))
        else:
            self.post_message(messages.IndexedParsed(stub.id, tuple(articles)))

    @on(messages.IndexedParsed)
    def indexed_parsed(self, event: messages.IndexedParsed) -> None:
        """Put the parsed file in place; show it if its entry is still open."""
        self._indexed_pending.discard(event.article_id)
        stub = self.corpus.get(event.article_id)
        if stub is None or not stub.indexed_only:
            return
        self._put_expanded(stub, event.articles)
        if self.history.current == event.article_id:
            self.article_view.border_title = "Article"
            self._refresh_current()

    @on(messages.IndexedFailed)
    def indexed_failed(self, event: messages.IndexedFailed) -> None:
        """Say why; the entry keeps its title (opening it again tries again)."""
        self._indexed_pending.discard(event.article_id)
        stub = self.corpus.get(event.article_id)
        if self.history.current == event.article_id:
            self.article_view.border_title = "Article"
        if stub is not None:
            self._indexed_failed(stub, event.error)

    def _prefetch_related(self, article_id: str) -> None:
        """Lay out the first screen of each loaded related story once the open one is painted.

        Runs after the frame that shows ``article_id`` (so it never delays it) and only while that
        article is still open; following a link with 1…9 then finds its story already shaped.
        """
        if self.history.current != article_id or not self.is_current:
            return
        view = self.article_view
        width, rows = view.text_width, view.size.height
        if width < 1 or rows < 1:
            return
        for link in self.related.links[:PREFETCH_LINKS]:
            target = self.corpus.get(link.target) if link.target is not None else None
            if target is not None and target.id != article_id and not target.indexed_only:
                view.layout_for(target, width, self.direction_of(target)).lines(0, rows)
                self.related_prefetched += 1

    def _sync_bindings(self) -> None:
        """Refresh the footer's bindings only when what check_action answers has changed."""
        state = (self.history.can_go_back, self.history.can_go_forward, len(self.related.links))
        if state != self._binding_state:
            self._binding_state = state
            self.refresh_bindings()

    def _refresh_current(self) -> None:
        """Re-show the open article when the corpus replaced it (e.g. its links resolved now)."""
        article = self.current
        if article is not None:
            if article is not self.article_view.article:
                self.article_view.show(article, direction=self.direction_of(article))
            self.related.show(article)
            self._update_trail()
            self._sync_bindings()

    def _update_trail(self) -> None:
        """'2/3 ‹ title ‹ title' under the article: where we are in the history and how we got here."""
        trail = self.history.trail()
        mode = self.news_app.bidi_mode
        crumbs: list[Content | str] = [f"{self.history.index + 1}/{len(self.history)}"]
        for article_id in reversed(trail[-CRUMBS:]):
            article = self.corpus.get(article_id)
            if article is None:
                continue
            crumb = rtl.fit_line(
                self._shown_text(article.title),
                CRUMB_WIDTH,
                mode=mode,
                default=article.direction,
                prefer_rtl=article.direction == "rtl",
            ).strip()
            crumbs.extend([" ‹ ", Content(crumb)])
        self.article_view.border_subtitle = Content.assemble(*crumbs)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Grey out back/forward when there is nowhere to go, and link keys beyond the last link."""
        if action == "back":
            return True if self.history.can_go_back else None
        if action == "forward":
            return True if self.history.can_go_forward else None
        if action == "follow" and parameters:
            number = parameters[0]
            return isinstance(number, int) and self.related.link(number) is not None
        if action == "clear_filter":
            return bool(self.filter_query) or (self._filter_box is not None and self._filter_box.display)
        return True

    def action_back(self) -> None:
        """Go back to the article opened before this one."""
        article_id = self.history.back()
        if article_id is not None:
            self.open_article(article_id, visit=False)

    def action_forward(self) -> None:
        """Go forward again after going back."""
        article_id = self.history.forward()
        if article_id is not None:
            self.open_article(article_id, visit=False)

    def action_step(self, delta: int) -> None:
        """Open the next (``delta`` 1) or previous (-1) article of the list; a visit like any other."""
        articles = self.article_list.articles
        if not articles:
            return
        index = self.article_list.index_of(self.history.current)
        # When the open article is not listed (filtered out, or a fetched page), start at the cursor.
        target = max(0, self.article_list.cursor) if index is None else index + delta
        if not 0 <= target < len(articles):
            self.app.bell()
            return
        self.open_article(articles[target].id)

    @on(ArticleList.Chosen)
    def article_chosen(self, event: ArticleList.Chosen) -> None:
        """Enter (or a click) on the list opens that article."""
        self.open_article(event.article_id)
        self.article_view.focus()

    @on(RelatedLinks.Followed)
    def link_followed(self, event: RelatedLinks.Followed) -> None:
        """Enter (or a click) on a related link follows it."""
        self.follow(event.link)

    def action_follow(self, number: int) -> None:
        """Follow related link ``number`` of the open article, from any pane."""
        link = self.related.link(number)
        if link is not None:
            self.follow(link)

    def follow(self, link: Link) -> None:
        """Open a link: a loaded article in place, a page already fetched from the corpus, else fetch it."""
        if link.target is not None and self.corpus.get(link.target) is not None:
            self.open_article(link.target)
            return
        if link.url:
            fetched = self.corpus.by_url(link.url)
            if fetched is not None:
                self.open_article(fetched.id)
            elif is_web_url(link.url):
                self.fetch_page(link.url)
            else:
                self.app.notify(f"Not a web address: {link.url}", severity="warning", markup=False)
            return
        self.app.notify(f"Not loaded: {self._visual(link.title)}", title="Link", severity="warning", markup=False)

    def _visual(self, text: str, width: int = 40) -> str:
        """A one-line visual form of an untrusted title for a notification (Textual does no bidi)."""
        return rtl.fit_line(self._shown_text(text), width, mode=self.news_app.bidi_mode, default="rtl").strip()

    def _shown_text(self, text: str) -> str:
        """``text`` as drawn: without harakat while they are hidden."""
        return text if self.harakat else strip_harakat(text)

    # -- fetching ---------------------------------------------------------------------------------

    @work(exclusive=True, group="fetch", exit_on_error=False)
    async def fetch_page(self, url: str) -> None:
        """Fetch a related page with the shared client; report the articles or the failure."""
        from newstui.sources import fetch_article

        self._fetching = url
        self.related.loading = True
        try:
            client = await self.news_app.http_client()
            articles = await fetch_article(url, self.news_app.load_options(), client=client)
        except NewsError as error:
            self.post_message(messages.FetchFailed(url, str(error)))
        else:
            self.post_message(messages.PageFetched(url, tuple(articles)))
        finally:
            self._fetch_finished()

    def _fetch_finished(self) -> None:
        self._fetching = None
        self.related.loading = False

    def action_open_address(self) -> None:
        """Ask for a web address, a file or a folder to open (as a browser's address bar does)."""
        from newstui.ui.screens.prompts import OpenAddressScreen

        self.app.push_screen(OpenAddressScreen(), callback=self._open_address)

    def _open_address(self, address: str | None) -> None:
        """Open what the Open box gave: an http(s) page or feed, or a local file or folder."""
        if not address:
            return
        if "://" in address:
            if is_web_url(address):
                self._remember_opened(address)
                self.fetch_page(address)
            else:
                self.app.notify(
                    f"Only http and https addresses open here: {sanitize_line(address)}",
                    title="Open",
                    severity="warning",
                    markup=False,
                )
            return
        import os

        path = os.path.expanduser(address)
        self._remember_opened(path)
        self.open_local(path)

    def _remember_opened(self, source: str) -> None:
        """Keep a source opened with ``g`` for ``r`` (once, unless the command line has it already)."""
        if source not in self._opened and source not in self.settings.refs:
            self._opened.append(source)

    @work(exclusive=True, group="fetch", exit_on_error=False)
    async def open_local(self, path: str) -> None:
        """Load a file or folder named in the Open box and open its first article (a folder is listed by title)."""
        from newstui.sources import load_sources

        self.related.loading = True
        try:
            results = await load_sources([path], self.news_app.load_options())
        finally:
            self.related.loading = False
        articles = tuple(article for result in results for article in result.articles)
        failed = next((result for result in results if result.error), None)
        if failed is not None and not articles:
            message = f"{sanitize_line(failed.origin)}: {failed.error}"
            self.app.notify(message, title="Could not open", severity="error", markup=False)
            return
        self.post_message(messages.PageFetched(path, articles))

    @on(messages.PageFetched)
    def page_fetched(self, event: messages.PageFetched) -> None:
        """Keep the fetched page for the session and open it as a visit."""
        if not event.articles:
            self.app.notify(f"No article at {sanitize_line(event.url)}", severity="warning", markup=False)
            return
        self.corpus.add(list(event.articles))
        self._refresh_list()
        page = self.corpus.by_url(event.url) or self.corpus.get(event.articles[0].id)
        self._refresh_current()
        if page is not None:
            self.open_article(page.id)

    @on(messages.FetchFailed)
    def fetch_failed(self, event: messages.FetchFailed) -> None:
        """A failed fetch is a notification; the reader stays where it was."""
        self.app.notify(event.error, title="Could not open link", severity="error", markup=False)

    # -- reload -----------------------------------------------------------------------------------

    def _reloadable(self) -> list[str]:
        """The sources a reload loads again: the command line's and those opened with ``g`` (not stdin)."""
        return [ref for ref in (*self.settings.refs, *self._opened) if ref != "-"]

    def action_reload(self) -> None:
        """Load the sources again (piped input is read once); the stories not seen yet join the list."""
        refs = self._reloadable()
        if not refs:
            self.app.notify("Nothing to reload: piped input is read once.", severity="warning", markup=False)
            return
        if self.loading_sources or self._reloading:
            self.app.notify("Still loading the sources.", markup=False)
            return
        self._start_reload(refs, quiet=False)

    def _auto_reload(self) -> None:
        """The config file's ``refresh``: reload now unless a load is under way; only new stories are told."""
        refs = self._reloadable()
        if refs and not (self.loading_sources or self._reloading):
            self._start_reload(refs, quiet=True)

    def _start_reload(self, refs: list[str], *, quiet: bool) -> None:
        self._reloading = True
        self._update_list_title()
        self.reload_sources(refs, quiet)

    @work(exclusive=True, group="reload", exit_on_error=False)
    async def reload_sources(self, refs: list[str], quiet: bool = False) -> None:
        """Load ``refs`` again, with the shared web client; the reader is told when all have landed."""
        from newstui.sources import load_sources

        app = self.news_app
        results: list[LoadResult] = []
        try:
            results = await load_sources(refs, app.load_options(), client=app.http_client)
        finally:
            self.post_message(messages.Reloaded(results, quiet=quiet))

    @on(messages.Reloaded)
    def reloaded(self, event: messages.Reloaded) -> None:
        """Add the stories not loaded yet, on top of the list, and say how many there were.

        A reload the timer started (``quiet``) says nothing when nothing is new, and tells each failing
        source once per session rather than every time.
        """
        self._reloading = False
        self._reloads += 1
        found = [article for result in event.results for article in result.articles]
        fresh = self.corpus.unseen(found, tag=f"r{self._reloads}")
        failed = [result for result in event.results if result.error]
        if event.quiet:
            failed = [result for result in failed if result.origin not in self._told_failed]
        self._told_failed.update(result.origin for result in failed)
        self._notify_failures([f"{result.origin}: {result.error}" for result in failed])
        if fresh:
            self.corpus.add(fresh)
            self._fresh[:0] = [article.id for article in fresh]
            self._refresh_list()
            self._refresh_current()
            if self.history.current is None:
                self._open_first(prefer=fresh[0].id)
            count = f"{len(fresh):,} new {'story' if len(fresh) == 1 else 'stories'}"
            where = "at the top of the list" if self.order == "loaded" else "in the list by date"
            self.app.notify(f"{count}, {where}.", title="Reloaded", markup=False)
        elif not event.quiet:
            self.app.notify("No new stories.", title="Reloaded", markup=False)
        self._update_list_title()

    # -- feed entries -----------------------------------------------------------------------------

    @work(group="entry", exit_on_error=False)
    async def fetch_entry(self, article_id: str, url: str) -> None:
        """Fetch the full page of a feed entry; its summary stays on screen meanwhile."""
        from newstui.sources import fetch_article

        self.article_view.border_title = "Article · fetching the full story…"
        try:
            client = await self.news_app.http_client()
            articles = await fetch_article(url, self.news_app.load_options(), client=client)
        except NewsError as error:
            self.post_message(messages.EntryFailed(article_id, str(error)))
        else:
            self.post_message(messages.EntryFetched(article_id, tuple(articles)))
        finally:
            self.article_view.border_title = "Article"

    @on(messages.EntryFetched)
    def entry_fetched(self, event: messages.EntryFetched) -> None:
        """Put the full story in place of the entry (same id, same list row) and show it if still open."""
        entry = self.corpus.get(event.article_id)
        page = next((article for article in event.articles if article.paragraphs), None)
        if entry is None or page is None:
            return
        full = replace(
            page,
            id=entry.id,
            origin=entry.origin,
            url=entry.url,
            source=page.source or entry.source,
            published=page.published or entry.published,
            summary_only=False,
        )
        self.corpus.upgrade(full)
        self._refresh_list()
        if self.history.current == entry.id:
            self._refresh_current()

    @on(messages.EntryFailed)
    def entry_failed(self, event: messages.EntryFailed) -> None:
        """The summary stays; say why the full story is missing."""
        self.app.notify(event.error, title="Full story not available", severity="warning", markup=False)

    # -- other actions ----------------------------------------------------------------------------

    def action_open_web(self) -> None:
        """Open the article's web address in the browser (http and https only)."""
        article = self.current
        url = article.url if article is not None else None
        if not is_web_url(url):
            self.app.notify("This article has no web address.", severity="warning", markup=False)
            return
        assert url is not None
        self.news_app.open_in_browser(url)
        self.app.notify(f"Opening {url}", markup=False)

    def action_copy_article(self) -> None:
        """Copy the open article as logical text: what the source wrote, not the shaped screen lines."""
        article = self.current
        if article is None:
            return
        parts = [article.title, *article.paragraphs]
        if article.url:
            parts.append(article.url)
        self.app.copy_to_clipboard("\n\n".join(parts))
        self.app.notify("Copied the article's text.", markup=False)

    def action_save_article(self) -> None:
        """Ask for a file name (one made from the title is offered) and save the open story there."""
        from newstui.save import default_name
        from newstui.ui.screens.prompts import SaveScreen

        article = self.current
        if article is None:
            self.app.notify("No article is open.", severity="warning", markup=False)
            return
        self.app.push_screen(SaveScreen(default_name(article)), callback=lambda name: self._save_article(article, name))

    def _save_article(self, article: Article, name: str | None) -> None:
        """Write ``article`` to the file ``name`` (relative to the folder newstui was started in)."""
        if not name:
            return
        from pathlib import Path

        from newstui.save import article_text, save_new

        mode = self.news_app.bidi_mode

        def shown(path: str) -> str:  # a file name may be Arabic: drawn as the panes draw text
            return rtl.fit_line(sanitize_line(path), 70, mode=mode, default="ltr").strip()

        try:
            path = save_new(Path(name), article_text(article))
        except NewsError as error:
            where = shown(error.origin or name)
            self.app.notify(f"{error.message}: {where}", title="Not saved", severity="error", markup=False)
            return
        self.app.notify(f"Saved to {shown(str(path))}", title="Saved", markup=False)

    def action_toggle_bidi(self) -> None:
        """Switch between shaping/reordering in the app and leaving it to the terminal; redraw."""
        mode = self.news_app.toggle_bidi_mode()
        self.set_mode(mode)
        if mode == "terminal":
            message = "Bidi: terminal (logical text; your terminal reorders). z shows one pane."
        else:
            message = "Bidi: app (newstui shapes and reorders)."
        self.app.notify(message, markup=False)

    def action_toggle_harakat(self) -> None:
        """Show or hide harakat in every pane; the reading position stays."""
        self.harakat = not self.harakat
        self._tell_harakat()
        shown = "shown" if self.harakat else "hidden (h shows them again)"
        self.app.notify(f"Harakat {shown}.", markup=False)

    def action_toggle_unread(self) -> None:
        """List only the stories not read yet (the open one stays), or every story again."""
        self.unread_only = not self.unread_only
        self._refresh_list()
        if self.unread_only:
            self.app.notify("List: unread stories only (u: every story).", markup=False)
        else:
            self.app.notify("List: every story (u: unread only).", markup=False)

    def action_toggle_sort(self) -> None:
        """Sort the list as loaded, or the newest first; the open story stays highlighted."""
        self.order = "newest" if self.order == "loaded" else "loaded"
        self._refresh_list()
        if self.order == "newest":
            self.app.notify("List: newest first (undated stories last; s: as loaded).", markup=False)
        else:
            self.app.notify("List: as loaded (s: newest first).", markup=False)

    def direction_of(self, article: Article) -> Direction | None:
        """The base direction of ``article``'s paragraphs: chosen with ``d``, else ``--direction``; None: detected."""
        if article.id in self._directions:
            return self._directions[article.id]
        chosen = self.settings.direction
        return None if chosen == "auto" else chosen

    def action_cycle_direction(self) -> None:
        """Give the open article's paragraphs the next reading direction: auto, right to left, left to right."""
        article = self.article_view.article
        if article is None:
            self.app.notify("No article is open.", severity="warning", markup=False)
            return
        order: tuple[Direction | None, ...] = (None, "rtl", "ltr")
        direction = order[(order.index(self.direction_of(article)) + 1) % len(order)]
        self._directions[article.id] = direction
        self.article_view.set_direction(direction)
        self.app.notify(f"Direction: {DIRECTION_NAMES[direction]} (d changes it).", markup=False)

    def _tell_harakat(self) -> None:
        """Tell every pane whether harakat are drawn, and redraw the trail."""
        self.article_list.harakat = self.harakat
        self.article_view.harakat = self.harakat
        self.related.harakat = self.harakat
        self._update_trail()

    def set_mode(self, mode: rtl.BidiMode) -> None:
        """Tell every pane the bidi mode and redraw."""
        self.article_list.mode = mode
        self.article_view.mode = mode
        self.related.mode = mode
        self._update_trail()
        self._update_list_title()

    def action_cycle_pane(self, delta: int) -> None:
        """Focus the next (1) or previous (-1) pane in reading order: list, article, related.

        Textual's own focus chain follows screen position, which would run backwards in the mirrored layout.
        """
        panes: list[Widget] = [self.article_list, self.article_view, self.related]
        focused = self.focused
        in_box = focused is not None and focused is self._filter_box
        index = 0 if in_box else next((i for i, pane in enumerate(panes) if focused is pane), -1)
        if self.maximized is not None:
            self.minimize()
        panes[(index + delta) % len(panes)].focus()

    def action_toggle_maximize(self) -> None:
        """Maximize the focused pane, or restore the layout."""
        if self.maximized is not None:
            self.minimize()
            return
        focused = self.focused
        if focused is None:
            return
        pane = self.list_pane if focused is self.article_list or focused is self._filter_box else focused
        self.maximize(pane, container=False)
