"""ArticleList: the list pane, two rows per article (shaped headline, dimmed source), drawn lazily."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Final

from rich.cells import cell_len
from textual.message import Message
from textual.reactive import var

from newstui.errors import shown_origin
from newstui.model import Article
from newstui.render import byline, headline
from newstui.text import rtl
from newstui.text.harakat import strip_harakat
from newstui.text.rtl import BidiMode
from newstui.text.script import has_rtl_letters
from newstui.ui.widgets.line_list import LineList

ITEM_HEIGHT: Final = 2
"""Rows per article: the headline and the source line."""
GUTTER: Final = 2
"""Cells reserved for the open-article marker and a space."""
MARGIN: Final = 1
"""A blank cell at the other end of each row: a title as wide as the pane does not touch its border."""
MARK: Final = "●"
"""Marks the article shown in the article pane."""
READ_MARK: Final = "✓"
"""Marks a story read before when the terminal has no colours (``NO_COLOR``): no shade tells it then. Beside
the headline; on the open story's row (whose headline has ``MARK``), beside its source line, under the ●."""
_CACHE_SIZE: Final = 4096


class ArticleList(LineList):
    """Headlines of the loaded (or filtered) articles; posts ``Chosen`` when one is picked.

    Each article takes two rows: the headline, shaped and reordered for the pane's width (flush
    right for right-to-left titles, cut in logical order), and its source and section, dimmed.
    Only the rows on screen are built, so ten thousand articles cost what a screenful does.
    """

    empty_text = "Loading…"

    class Chosen(Message):
        """The user picked an article in the list."""

        def __init__(self, article_list: ArticleList, article_id: str) -> None:
            super().__init__()
            self.article_list = article_list
            self.article_id = article_id
            """Id of the chosen article."""

        @property
        def control(self) -> ArticleList:
            """The list that sent the message."""
            return self.article_list

    mode: var[BidiMode] = var[BidiMode]("app", init=False)
    """Bidi mode the text is drawn in (set by the screen)."""
    harakat: var[bool] = var(True, init=False)
    """Whether harakat (vowel marks) are drawn (set by the screen)."""

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._articles: list[Article] = []
        self._positions: dict[str, int] = {}
        self._open: str | None = None
        self.is_visited: Callable[[str], bool] = lambda _article_id: False
        """Whether the article with this id was read (set by the screen)."""
        self._rows: OrderedDict[tuple[str, int, int, str, bool], tuple[str, str]] = OrderedDict()

    @property
    def articles(self) -> list[Article]:
        """The articles shown, in order."""
        return self._articles

    def watch_mode(self) -> None:
        """Redraw the headlines in the new bidi mode."""
        self.refresh()

    def watch_harakat(self) -> None:
        """Redraw the headlines with or without harakat."""
        self.refresh()

    @property
    def open_id(self) -> str | None:
        """Id of the article marked as open."""
        return self._open

    def set_articles(self, articles: Sequence[Article], *, keep: str | None = None, near: bool = False) -> None:
        """Show ``articles``; keep the cursor on article ``keep`` (or the open one) when present.

        Args:
            articles: the articles to list, in order.
            keep: id of an article the cursor should stay on.
            near: when that article is no longer listed, the cursor goes to the next one listed before
                that was still is (else the one before it), not to the top.
        """
        current = self.highlighted_id if keep is None else keep
        old, old_cursor = self._articles, self._cursor
        self._articles = list(articles)
        self._positions = {article.id: i for i, article in enumerate(self._articles)}
        # The highlighted story gone (filtered out): the cursor starts at the first one listed.
        self._cursor = self._positions.get(current or "", 0 if self._articles else -1)
        if near and (current or "") not in self._positions and 0 <= old_cursor < len(old):
            after = (self._positions.get(article.id) for article in old[old_cursor + 1 :])
            before = (self._positions.get(article.id) for article in reversed(old[:old_cursor]))
            self._cursor = next((index for index in (*after, *before) if index is not None), self._cursor)
        self.reset_rows()
        if self._cursor >= 0:
            self.cursor = self._cursor

    def index_of(self, article_id: str | None) -> int | None:
        """Position of an article in the list, or None."""
        return self._positions.get(article_id or "")

    @property
    def highlighted_id(self) -> str | None:
        """Id of the article under the cursor."""
        if 0 <= self._cursor < len(self._articles):
            return self._articles[self._cursor].id
        return None

    def mark(self, article_id: str | None, *, move: bool = True) -> None:
        """Mark ``article_id`` as the open article and (``move``) put the cursor on it when listed."""
        old = self.index_of(self._open)
        self._open = article_id
        if old is not None:
            self._refresh_item(old)
        index = self.index_of(article_id)
        if index is not None:
            self._refresh_item(index)
            if move:
                self.cursor = index

    # -- LineList ---------------------------------------------------------------------------------

    @property
    def item_count(self) -> int:
        """How many articles are listed."""
        return len(self._articles)

    def item_span(self, index: int) -> tuple[int, int]:
        """Each article takes ``ITEM_HEIGHT`` rows."""
        return index * ITEM_HEIGHT, ITEM_HEIGHT

    def item_at(self, row: int) -> int | None:
        """The article on screen row ``row`` of the whole list."""
        index = row // ITEM_HEIGHT
        return index if 0 <= row and index < len(self._articles) else None

    def _lines(self, article: Article, width: int) -> tuple[str, str]:
        key = (article.id, id(article), width, self.mode, self.harakat)
        hit = self._rows.get(key)
        if hit is not None:
            self._rows.move_to_end(key)
            return hit
        inner = max(1, width - GUTTER - MARGIN)
        title = headline(article, inner, mode=self.mode, harakat=self.harakat)
        source = byline(article)
        if source:
            if not self.harakat:
                source = strip_harakat(source)
            sub = rtl.fit_line(  # on the headline's side, whatever its own script (as the article's byline)
                source,
                inner,
                mode=self.mode,
                direction=article.direction,
                default=article.direction,
                prefer_rtl=article.direction == "rtl",
            )
        else:
            sub = self._origin_line(article, inner)
        self._rows[key] = (title, sub)
        if len(self._rows) > _CACHE_SIZE:
            self._rows.popitem(last=False)
        return title, sub

    def _origin_line(self, article: Article, inner: int) -> str:
        """A story with no byline shows where it came from: a path or an address reads as written (``/tmp/a.html``,
        not ``tmp/a.html/`` as a right-to-left label would order its slashes), a left-to-right run cut at
        its start (the file's name kept), flush on the headline's side."""
        origin = "stdin" if article.origin == "-" else shown_origin(article.origin)
        if not self.harakat:
            origin = strip_harakat(origin)
        cut = "…" if cell_len(origin) > inner > 1 else ""  # the file's name tells two paths apart: the start goes
        if cut:
            origin = _tail(origin, inner - 1)
        # A mark on each side of a slash: Arabic names of folders and file stay in the path's order
        # (joined by slashes they would read as one right-to-left run, the file's name first).
        if has_rtl_letters(origin):
            origin = origin.replace("/", "\u200e/\u200e")
        width = inner - len(cut)
        line = cut + rtl.fit_line(origin, width, mode=self.mode, direction="ltr", default="ltr", align=False)
        pad = " " * max(0, inner - cell_len(line))
        return pad + line if article.direction == "rtl" else line + pad

    def item_row(self, index: int, offset: int, width: int) -> tuple[str, str]:
        """Row 0 is the headline, row 1 the dimmed source; the marker sits on the reading side."""
        article = self._articles[index]
        title, sub = self._lines(article, width)
        is_open = article.id == self._open
        if offset == 0:
            text, role = title, "marked" if is_open else "visited" if self.is_visited(article.id) else ""
            gutter = (MARK if is_open else READ_MARK if role == "visited" and self.app.no_color else " ") + " "
        else:
            text, role = sub, "dim"
            # NO_COLOR: the open story's ● takes its headline's gutter, so its ✓ goes under it (m shows there).
            read = is_open and self.app.no_color and self.is_visited(article.id)
            gutter = READ_MARK + " " if read else "  "
        if width <= GUTTER + MARGIN:
            return text[:width], role
        if article.direction == "rtl":
            return " " * MARGIN + text + gutter[::-1], role
        return gutter + text + " " * MARGIN, role

    def choose(self, index: int) -> None:
        """Post ``Chosen`` for the article at ``index``."""
        self.post_choice(self.Chosen(self, self._articles[index].id))


def _tail(text: str, cells: int) -> str:
    """The end of ``text`` that fits in ``cells`` cells."""
    taken = 0
    for start in range(len(text) - 1, -1, -1):
        taken += cell_len(text[start])
        if taken > cells:
            return text[start + 1 :]
    return text
