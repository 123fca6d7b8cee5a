"""Find in the open article (f): the box under the article pane, the matches marked, the count in the pane's title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from newstui.reader_view import titled_query

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

    async def open(self) -> None:
        """Show the find box under the article (mounting it the first time) and put the cursor in it."""
        reader = self.reader
        if reader.maximized is not None:
            reader.minimize()  # the box sits under the article pane, outside any maximized pane
        box = self.box
        if box is None:
            from newstui.ui.widgets.find_input import FindInput

            box = self.box = FindInput(placeholder="find in the article…", id="find")
            await reader.query_one("#main").mount(box, after=reader.article_view)
        box.display = True
        reader.set_focus(box)
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
            self._close()

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

    def _close(self) -> None:
        """Hide the find box, clear the marks and go back to the article."""
        box = self.box
        if box is not None:
            box.display = False
        view = self.reader.article_view
        view.clear_find()
        if view.border_title == self._title:
            view.border_title = "Article"
        self._title = None
        view.focus()
