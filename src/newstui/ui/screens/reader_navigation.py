"""Back, forward and related links followed (1-9, Enter); where each story was left, and the return there."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from newstui.ui.notices import KEY_FEEDBACK

if TYPE_CHECKING:
    from textual.widget import Widget

    from newstui.model import Link
    from newstui.ui.screens.reader import ReaderScreen


AT_FIRST_VISIT: Final = "Already at the first story you opened: nothing to go back to."
"""What ``⌫`` (``alt+←``) says at the start of the history (as newsboat's "Already on first item")."""
AT_LAST_VISIT: Final = "Nothing to go forward to (alt+→ goes forward again after going back)."
"""What ``alt+→`` says with no story left by going back."""
AT_LIST_END: Final = {
    "next": "Already on the last story in the list.",
    "previous": "Already on the first story in the list.",
}
"""What ``n`` and ``p`` say at that end of the list."""
EMPTY_LIST: Final = "No story in the list."
"""What ``n`` and ``p`` say when the list shows nothing."""
NO_UNREAD: Final = {
    "next": "No unread story after this one in the list.",
    "previous": "No unread story before this one in the list.",
}
"""What ``N`` and ``P`` say when every story listed after (before) the open one is read (no wrap-around)."""
NO_STORY: Final = "No story is open yet."
"""What ``⌫`` says before any story is open."""
NOWHERE_SECONDS: Final = 2.0
"""How long such a notice stays."""


def tell_nowhere(reader: ReaderScreen, move: str) -> None:
    """A short notice that the key for ``move`` ("back", "forward", "next", "previous", "next unread", "previous
    unread"), greyed out in the key bar, has nowhere to go: key feedback, which the next replaces."""
    if move == "back":
        message = AT_FIRST_VISIT if reader.history.current is not None else NO_STORY
    elif move == "forward":
        message = AT_LAST_VISIT
    elif move.endswith(" unread"):  # N, P: every story listed that way is read
        step_unread(reader, 1 if move.startswith("next") else -1)
        return
    else:
        message = AT_LIST_END.get(move, AT_LIST_END["next"]) if reader.article_list.articles else EMPTY_LIST
    reader.news_app.notify(message, markup=False, timeout=NOWHERE_SECONDS, kind=KEY_FEEDBACK)


def unread_target(reader: ReaderScreen, delta: int) -> int | None:
    """The list position ``N`` (``delta`` 1) or ``P`` (-1) opens: the first unread story after (before) the open
    one in the list's order, read ones passed over; None when there is none that way.

    The open story not listed (filtered out, a fetched page), the search starts at the list's cursor: ``N``
    there takes the highlighted story if it is unread, as ``n`` does. A story whose file was deleted is
    searched from where it stood (``ReaderScreen.place_of_gone``).
    """
    from newstui.reader_view import next_unread

    articles = reader.article_list.articles
    was_read = reader.reads.was_read
    current = reader.history.current
    index = reader.article_list.index_of(current)
    if index is not None:
        return next_unread(articles, index, delta, was_read)
    placed = reader.place_of_gone(current)
    if placed is not None:
        around, at = placed
        found = next_unread(around, at, delta, was_read)
        return None if found is None else reader.article_list.index_of(around[found].id)
    cursor = reader.article_list.cursor
    if cursor < 0:
        start = -1 if delta > 0 else len(articles)
    else:
        start = cursor - 1 if delta > 0 else cursor
    return next_unread(articles, start, delta, was_read)


def step_unread(reader: ReaderScreen, delta: int) -> None:
    """Open the next (``delta`` 1) or previous (-1) unread story of the list, or say there is none that way:
    key feedback, which the next replaces."""
    target = unread_target(reader, delta)
    if target is None:
        move = "next" if delta > 0 else "previous"
        message = NO_UNREAD[move] if reader.article_list.articles else EMPTY_LIST
        reader.news_app.notify(message, markup=False, timeout=NOWHERE_SECONDS, kind=KEY_FEEDBACK)
        return
    reader.open_article(reader.article_list.articles[target].id)


class Navigator:
    """The reader's browser-like moves and the place each story was left; made when a story is first left.

    Opening a story stays the reader's (``ReaderScreen.open_article``, which the first frame needs): it
    tells this helper the story it leaves, asks where a story was left and returns there on back and forward.
    """

    def __init__(self, reader: ReaderScreen) -> None:
        self.reader = reader
        self.positions: dict[str, tuple[int, int]] = {}
        """Where each story was left (``ArticleView.reading_position``): back and forward return there."""
        self.left_from: dict[str, tuple[str | None, int, bool]] = {}
        """The pane that had the focus ("list", "article", "related") and the related link under the cursor when
        each story was left: back and forward return to them, as a browser returns to the link followed."""

    def back(self) -> None:
        """Go back to the article opened before this one."""
        reader = self.reader
        article_id = reader.history.back()
        if article_id is None:
            tell_nowhere(reader, "back")
            return
        reader.open_article(article_id, visit=False)

    def forward(self) -> None:
        """Go forward again after going back."""
        reader = self.reader
        article_id = reader.history.forward()
        if article_id is None:
            tell_nowhere(reader, "forward")
            return
        reader.open_article(article_id, visit=False)

    def follow_number(self, number: int) -> None:
        """Follow related link ``number`` of the open article, from any pane; a number beyond its links says so."""
        reader = self.reader
        link = reader.related.link(number)
        if link is not None:
            # (the story left is noted with the pane zoomed as it was: back zooms it again)
            if self.follow(link):
                self.show_article_pane()
            return
        count = len(reader.related.links) if reader.history.current is not None else 0
        plural = "s" if count != 1 else ""
        told = f"No link {number}: this story has {count} related link{plural}." if count else "No related links."
        reader.news_app.notify(told, severity="warning", markup=False, timeout=3, kind=KEY_FEEDBACK)

    def show_article_pane(self) -> None:
        """A number (or ``enter`` in the list or the related pane) pressed over a maximized pane (``z``) shows the
        story it opens: over the list the panes come back; over the related pane the article takes its place,
        zoomed as it was (on a screen too small for two panes, the article takes it:
        ``reader_switches.show_focused_pane``)."""
        reader = self.reader
        if reader.maximized is None or reader.maximized is reader.article_view:
            return
        if reader.has_class("-single"):
            reader.article_view.focus()
        elif reader.maximized is reader.related:
            reader.article_view.focus()
            reader.maximize(reader.article_view, container=False)
        else:
            reader.minimize()

    def follow(self, link: Link) -> bool:
        """Open a link: a loaded article in place; a feed's audio or video (``media``) in the browser, as ``o``
        opens a story's page; any other is ``reader_web``'s (fetched, or told why not).

        Returns:
            Whether a story opens or loads in the reader (not for the browser, nor a link that leads nowhere): a
            maximized pane then gives way to it (``show_article_pane``).
        """
        reader = self.reader
        if link.target is not None and reader.corpus.get(link.target) is not None:
            return reader.open_article(link.target)
        if link.target is None and self._follow_file_link(link):
            return True
        if link.kind == "media" and link.url is not None:
            from newstui.addresses import is_web_url

            if is_web_url(link.url):
                reader.news_app.open_in_browser(link.url)
                return False
        return reader.web.follow(link)

    def _follow_file_link(self, link: Link) -> bool:
        """A link naming a story file of the open story's folder by its bare name (``2_festival.txt``): its story
        opens, or the file is opened as ``g`` opens one when it is not loaded. False: no such link."""
        from newstui.link_match import existing_file, file_link_path

        reader = self.reader
        current = reader.current
        if current is None:
            return False
        found = reader.file_story(link, current.origin)
        if found is not None:
            reader.open_article(found)
            return True
        for text in (link.url, link.title):
            path = file_link_path(text, current.origin) if text else None
            if path is not None:
                found_file = existing_file(path)  # (or its name written decomposed, NFD, as macOS writes it)
                if found_file is None:
                    return False
                reader.web.open_local(found_file)
                return True
        return False

    def leave(self, article_id: str) -> None:
        """Note where the story ``article_id``, about to be left, was read: its position, focus and related cursor."""
        reader = self.reader
        position = reader.article_view.reading_position
        if position is None:
            self.positions.pop(article_id, None)
        else:
            self.positions[article_id] = position
        pane = self._focused_pane()
        zoomed = reader.maximized is not None and reader.maximized is self._zoomed_widget(pane)
        self.left_from[article_id] = (pane, reader.related.cursor, zoomed)

    def position(self, article_id: str) -> tuple[int, int] | None:
        """Where the story ``article_id`` was left (None: never left, or left at its top)."""
        return self.positions.get(article_id)

    def return_to(self, article_id: str) -> None:
        """Back or forward on a story: the related link under the cursor and the focused pane as when it was left."""
        found = self.left_from.get(article_id)
        if found is None:
            return
        pane, cursor, zoomed = found
        reader = self.reader
        related = reader.related
        related.place_cursor(cursor)  # (hidden behind a maximized article, once it is laid out)
        widget = self._pane_widget(pane)
        if widget is None or (widget is related and not related.links):
            return
        if reader.maximized is not None:
            if not zoomed:
                return  # a pane out of sight (z) keeps the focus where it is
            # The pane was the one zoomed when the story was left (1-9 over the zoomed related pane zoomed the
            # article of the story it opened): back, it is zoomed again.
            widget.focus()
            zoom = self._zoomed_widget(pane)
            if zoom is not None:
                reader.maximize(zoom, container=False)
            return
        widget.focus()

    def _pane_widget(self, pane: str | None) -> Widget | None:
        """The widget that takes the focus for a pane named as ``_focused_pane`` names it, or None."""
        reader = self.reader
        return {"list": reader.article_list, "article": reader.article_view, "related": reader.related}.get(pane or "")

    def _zoomed_widget(self, pane: str | None) -> Widget | None:
        """The widget ``z`` maximizes for a pane named as ``_focused_pane`` names it (the list's pane box), or None."""
        return self.reader.list_pane if pane == "list" else self._pane_widget(pane)

    def _focused_pane(self) -> str | None:
        """Which pane has the focus: "list" (its filter box too), "article", "related", or None."""
        reader = self.reader
        focused = reader.focused
        if focused is None:
            return None
        if focused is reader.article_list or focused is reader.filter_input:
            return "list"
        if focused is reader.article_view:
            return "article"
        return "related" if focused is reader.related else None
