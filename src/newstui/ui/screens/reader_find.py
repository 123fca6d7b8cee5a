"""Find in the open article (f): the box under the article pane, the matches marked, the count in the pane's title."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from textual.content import Content

from newstui.reader_view import titled_query

_KEY_BAR_ROWS: Final = 1
"""Rows of the key bar at the bottom of the screen, under which Textual keeps its toasts (``margin-bottom: 1``)."""

_TOAST_MARGIN: Final = 1
"""The row above each of Textual's toasts (``margin-top: 1``)."""

if TYPE_CHECKING:
    from newstui.ui.screens.reader import ReaderScreen
    from newstui.ui.widgets.find_input import FindInput


class ArticleFinder:
    """The reader's find box and what it marks in the article pane; made on the first ``f``."""

    def __init__(self, reader: ReaderScreen) -> None:
        self.reader = reader
        self.box: FindInput | None = None
        """The find box, mounted the first time f is pressed."""
        self._status: tuple[int, int] = (0, 0)
        """The last (shown, total) of the matches, for drawing the title again."""
        self._title: str | None = None
        """The article pane's title as find last set it (other states of the title are left alone)."""
        self._again = False
        """A look at the toasts is due after the next frame (one of them had no size yet)."""
        self._lift: int | None = None
        """The toasts' bottom margin while the box is open (``_lift_notices``), None when they sit as Textual puts
        them."""

    async def open(self) -> None:
        """Show the find box under the article (mounting it the first time) and put the cursor in it."""
        reader = self.reader
        if reader.maximized is not None and not reader.has_class("-single"):
            reader.minimize()  # the box sits under the article pane, outside any maximized pane
        box = self.box
        if box is None:
            from newstui.ui.widgets.find_input import FindInput

            box = self.box = FindInput(placeholder="find in the article…", id="find")
            await reader.query_one("#main").mount(box, after=reader.article_view)
        box.display = True
        if reader.has_class("-single"):
            # A screen too small for two panes: the article keeps it, with the box under it (as the filter box
            # shows in the list's pane), not the panes back with no row left for a match.
            reader.maximized = reader.main_pane
        reader.set_focus(box)
        # Notices sit above the box while it is open, however the panes are laid out around it (resized, zoomed).
        signal = reader.screen_layout_refresh_signal
        signal.unsubscribe(box)  # (once, if the box was open already)
        signal.subscribe(box, self._lift_notices)
        if box.value:
            self.find(box.value)

    def find(self, query: str) -> None:
        """Search the open article for ``query`` and show the count."""
        self._show_status(self.reader.article_view.find(query), query=query)

    def step(self, step: int) -> None:
        """Go to the next (1) or previous (-1) match; 0 closes the box and clears the marks."""
        if step:
            self._show_status(self.reader.article_view.next_match(step))
        else:
            self.close()

    @property
    def shown(self) -> bool:
        """The find box is open (wherever the focus is)."""
        box = self.box
        return box is not None and bool(box.display)

    def article_opened(self) -> None:
        """Another article is shown: find the query in it while the box is open."""
        box = self.box
        if box is not None and box.display and box.value.strip():
            self.find(box.value)

    def _show_status(self, status: tuple[int, int], *, query: str | None = None) -> None:
        """'Article · 2/5 · query' (or 'not found') in the article pane's title while the box is open.

        The query is shown shaped and in reading order there, as the list's title shows its filter: the
        box itself can only show the logical text it edits.
        """
        self._status = status
        box = self.box
        typed = ((box.value if box is not None else "") if query is None else query).strip()
        shown, total = status
        title = Content("Article")
        if typed:
            count = f"{shown}/{total}" if total else "not found"
            width = self.reader.article_view.size.width
            title = Content(titled_query(f"Article · {count}", typed, width=width, mode=self.reader.news_app.bidi_mode))
        view = self.reader.article_view
        if view.border_title in ("Article", self._title):
            view.border_title = title
            self._title = view.border_title

    def redraw(self) -> None:
        """Draw the box and the count in the title again (the bidi mode changed: the query is drawn anew)."""
        box = self.box
        if box is not None and box.display:
            box.refresh()
            self._show_status(self._status)

    def _lift_notices(self, _screen: object = None) -> None:
        """Textual docks its toasts at the screen's bottom right, above the key bar: over the box at the bottom
        of the article pane, hiding the query typed. While the box is open, toasts that do not fit under it (in
        the related pane below it on a narrow screen) sit above it instead, its row left clear."""
        box = self.box
        rack = next(iter(self.reader.query("#textual-toastrack")), None)  # (none without notifications)
        if rack is None:
            return
        lift = None
        if box is not None and box.display and box.region.height:
            below = self.reader.size.height - _KEY_BAR_ROWS - box.region.bottom
            # (Textual's Toast widgets: their holders, hidden, are given no size of their own)
            heights = [toast.outer_size.height for toast in rack.query("Toast")]
            if all(heights):
                self._again = False
            elif not self._again:  # a toast not laid out yet: a look once more after the next frame
                self._again = True
                self.reader.call_after_refresh(self._lift_notices)
            if sum(heights) + len(heights) * _TOAST_MARGIN > below:
                lift = max(_KEY_BAR_ROWS, self.reader.size.height - box.region.y)
        if lift == self._lift:
            return
        self._lift = lift
        if lift is None:
            rack.styles.clear_rule("margin")
            rack.refresh(layout=True)
        else:
            rack.styles.margin = (0, 0, lift, 0)

    def close(self) -> None:
        """Hide the find box and clear the marks; from the box, go back to the article (esc pressed elsewhere,
        in a pane maximized with z, leaves the focus where it is)."""
        box = self.box
        in_box = box is not None and box.has_focus
        if box is not None:
            box.display = False
            self.reader.screen_layout_refresh_signal.unsubscribe(box)
            self._lift_notices()
        view = self.reader.article_view
        view.clear_find()
        if view.border_title == self._title:
            view.border_title = "Article"
        self._title = None
        if in_box or self.reader.focused is None:
            view.focus()
