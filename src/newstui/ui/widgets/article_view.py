"""ArticleView: the article pane, a Line API widget that draws render.layout_article lines as they scroll in."""

from __future__ import annotations

import bisect
from typing import ClassVar, Final

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.actions import SkipAction
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.strip import Strip

from newstui.model import Article, Direction
from newstui.render import ArticleLayout, find_blocks, layout_article, layout_at, without_harakat
from newstui.text import rtl
from newstui.text.rtl import BidiMode
from newstui.ui.widgets.line_list import SCROLLBAR_GAP
from newstui.ui.widgets.link_segments import LinkStyles, linked_segments

ROLE_CLASSES: dict[str, str] = {
    "title": "article-view--title",
    "byline": "article-view--byline",
    "keywords": "article-view--keywords",
    "heading": "article-view--heading",
    "link": "article-view--link",
    "notice": "article-view--notice",
}
"""Component class that styles each line role; ``body`` and ``blank`` use the widget's own style."""
HIGHLIGHTS: dict[str, str] = {"match": "article-view--match", "current": "article-view--current"}
"""Component classes laid over a line's own style for ``find`` (only their background)."""


_GLUE: Final = " \ue000 "
"""Between words folded together: a private-use letter, which folding keeps as a word of its own."""


def _fold_words(words: tuple[str, ...]) -> list[str]:
    """Each word folded as ``find`` folds text (``normalize``, ``search_form``): "" for one of punctuation only,
    several words for one with punctuation inside (a web address). One fold of all of them glued together."""
    from newstui.text.normalize import normalize, search_form

    if not words:
        return []
    parts = search_form(normalize(_GLUE.join(words), memo=False)).split(_GLUE.strip())
    if len(parts) != len(words):  # a word holds the glue letter itself: one by one
        return [search_form(normalize(word, memo=False)) for word in words]
    return [part.strip(" ") for part in parts]


class ArticleView(ScrollView, can_focus=True):
    """One article, laid out for the pane's content width and re-laid out when the width changes.

    Lines come from ``render.layout_article`` already shaped, reordered and padded to the width; they are
    turned into ``Strip`` objects of plain ``Segment`` text, so nothing in an article is read as markup and
    Textual never re-wraps a line. Only the rows on screen are built.

    | Key | Action |
    | :- | :- |
    | up / k, down / j | Scroll a line |
    | pageup, pagedown / space | Scroll a page |
    | home / end | Top / bottom |
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("k", "scroll_up", "Scroll Up", show=False),
        Binding("j", "scroll_down", "Scroll Down", show=False),
        Binding("space", "page_down", "Page Down", show=False),
        Binding("ctrl+d", "page_down", "Page Down", show=False),  # (less and vim readers' keys)
        Binding("ctrl+u", "page_up", "Page Up", show=False),
        Binding("G", "scroll_end", "Scroll End", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {*ROLE_CLASSES.values(), *HIGHLIGHTS.values()}
    """
    | Class | Description |
    | :- | :- |
    | `article-view--title` | The headline. |
    | `article-view--byline` | Source, section, date, author and attribution. |
    | `article-view--keywords` | The keyword line. |
    | `article-view--heading` | Headings inside the article. |
    | `article-view--link` | Link lines. |
    | `article-view--notice` | Notices such as "feed summary only". |
    | `article-view--match` | Lines of a paragraph that holds what ``find`` looks for. |
    | `article-view--current` | Lines of the match ``find`` moved to. |
    """

    DEFAULT_CSS = """
    ArticleView {
        scrollbar-gutter: stable;
        overflow-x: hidden;
        padding: 0 0 0 1;  /* on the right, the gap before the scrollbar (SCROLLBAR_GAP) */
        & > .article-view--title { text-style: bold; }
        & > .article-view--byline { color: $text-muted; }
        & > .article-view--keywords { color: $text-muted; }
        & > .article-view--heading { text-style: bold; color: $text-secondary; }
        & > .article-view--link { color: $text-accent; }
        & > .article-view--notice { text-style: italic; }
        & > .article-view--match { background: $warning 15%; }
        & > .article-view--current { background: $warning 70%; color: auto 90%; text-style: bold; }
    }
    """

    mode: var[BidiMode] = var[BidiMode]("app", init=False)
    """Bidi mode the text is drawn in (set by the screen)."""
    harakat: var[bool] = var(True, init=False)
    """Whether harakat (vowel marks) are drawn (set by the screen)."""

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._article: Article | None = None
        self._layout: ArticleLayout | None = None
        self._placeholder = ""
        self._direction: Direction | None = None
        self._styles: dict[str, Style] = {}
        self._link_styles = LinkStyles()
        self._title_link: tuple[str | None, str | None] = (None, None)
        """(the shown article's URL, its hyperlink target): the headline links to the story's page."""
        self.hyperlinks = True
        """Whether the headline is a terminal hyperlink to the story's web address (set by the screen)."""
        self._sync_pending = False
        self._kept: tuple[int, int] | None = None
        """The reading position while the pane has no width for a moment (the panes restacking), or None."""
        self._moved = 0
        """The layout's ``moved`` when the scroll offset last followed it."""
        self.rows_built = 0
        """Rows built by ``render_line`` since the last layout (tests check laziness with it)."""
        self._matches: list[int] = []
        """Blocks holding what ``find`` looks for, ascending."""
        self._matched: frozenset[int] = frozenset()
        self._current = -1
        """Index in ``_matches`` of the match shown."""
        self._needle = ""
        """What ``find`` looks for, folded as it compares it (``search_form``)."""
        self._shown_rows = 0
        """The pane's rows at its last resize (0: none yet): whether the find's match was in view before one."""

    @property
    def article(self) -> Article | None:
        """The article shown, if any."""
        return self._article

    @property
    def article_layout(self) -> ArticleLayout | None:
        """The current layout (None before the first resize or with no article)."""
        return self._layout

    def watch_mode(self) -> None:
        """Lay the article out again in the new bidi mode, keeping the reading position."""
        self._relayout(keep_position=True)

    def watch_harakat(self) -> None:
        """Lay the article out again with or without harakat, keeping the reading position."""
        self._relayout(keep_position=True)

    @property
    def direction(self) -> Direction | None:
        """The base direction every paragraph of the shown article is given; None: each paragraph's own."""
        return self._direction

    def set_direction(self, direction: Direction | None) -> None:
        """Give every paragraph of the shown article ``direction`` (None: detect it), keeping the reading position."""
        if direction != self._direction:
            self._direction = direction
            self._relayout(keep_position=True)

    def display_form(self, article: Article) -> Article:
        """What is laid out for ``article``: itself, or its copy without harakat (``render.without_harakat``)."""
        return article if self.harakat else without_harakat(article)

    @property
    def text_width(self) -> int:
        """Cells a line may take: the content width without padding, scrollbar and the gap before it."""
        return max(0, self.scrollable_content_region.width - SCROLLBAR_GAP)

    def show(
        self,
        article: Article | None,
        *,
        placeholder: str = "",
        direction: Direction | None = None,
        at: tuple[int, int] | None = None,
    ) -> None:
        """Show ``article`` from its top, or from ``at`` (or ``placeholder`` when there is none).

        Showing the same article again (e.g. after its links were resolved) keeps the scroll position.
        ``direction`` is the base direction of every paragraph (see ``set_direction``); None detects it.
        ``at`` is a ``reading_position`` taken earlier (back and forward return to where you were).
        """
        same = article is not None and self._article is not None and article.id == self._article.id
        self._article = article
        self._placeholder = placeholder
        if not same:
            self._kept = None
        self._direction = direction
        if not same:
            self.clear_find()
        if at is not None and not same and article is not None:
            self._relayout(keep_position=False, anchor=at)
            return
        self._relayout(keep_position=same)
        if not same:
            self.scroll_to(y=0, animate=False, immediate=True)

    @property
    def reading_position(self) -> tuple[int, int] | None:
        """Where the pane's top row is in the article: (block, row in it); None at the top or with no article.

        Blocks are the same at every width, so a position taken at one width is found again at another.
        """
        if self._article is not None and self._layout is None:
            return self._kept  # (a pane without width for a moment keeps the position it had)
        if self._article is None or self._layout is None or self.scroll_y < 1:
            return None
        return self._block_at(self.scroll_offset.y)

    # -- find -------------------------------------------------------------------------------------

    def find(self, query: str) -> tuple[int, int]:
        """Mark the paragraphs that hold ``query`` (normalized: letter variants and harakat ignored) and show
        the first one at or below the top of the pane.

        Returns:
            (the match shown, counted from 1; how many), ``(0, 0)`` for none.
        """
        from newstui.text.normalize import normalize, search_form

        self._matches = find_blocks(self._article, query) if self._article is not None and query.strip() else []
        self._needle = search_form(normalize(query)) if self._matches else ""
        self._matched = frozenset(self._matches)
        self._current = -1
        if self._matches:
            top = self._block_at(self.scroll_offset.y)[0] if self._layout is not None else 0
            self._current = next((i for i, block in enumerate(self._matches) if block >= top), 0)
            self._show_match()
        self.refresh()
        return self.match_status

    def next_match(self, step: int = 1) -> tuple[int, int]:
        """Show the next (``step`` 1) or previous (-1) match, going round at the ends."""
        if self._matches:
            self._current = (self._current + step) % len(self._matches)
            self._show_match()
            self.refresh()
        return self.match_status

    def clear_find(self) -> None:
        """Forget the matches and their highlight."""
        if self._matches:
            self._matches, self._matched, self._current, self._needle = [], frozenset(), -1, ""
            self.refresh()

    @property
    def match_status(self) -> tuple[int, int]:
        """(the match shown, counted from 1; how many matches)."""
        return self._current + 1, len(self._matches)

    def _show_match(self) -> None:
        """Scroll so the current match starts on the pane's second row (the row above gives context); in a
        paragraph too tall for that to show the line holding what was found, that line goes there instead."""
        layout = self._layout
        if layout is None:
            return
        block = self._matches[self._current]
        start = layout.block_start(block)
        self._moved = layout.moved
        self.virtual_size = Size(self.virtual_size.width, layout.height)
        rows = self.scrollable_content_region.height
        top = max(0, start - 1)
        first, last = self._match_rows(layout, block)
        if start + last >= top + rows:  # the line found would be under the bottom edge
            top = max(0, start + first - (1 if rows > 1 else 0))
        self.scroll_to(y=top, animate=False, immediate=True)

    def _match_rows(self, layout: ArticleLayout, block: int) -> tuple[int, int]:
        """The first and the last of block ``block``'s lines (counted in the block) that hold the first place
        ``find``'s query is in it.

        Found in logical order, where the layout plans its lines (``ArticleLayout.block_words``): the block's
        words are folded as the query is (``normalize``), the query is found among them, and its first and
        last characters go to the lines that start at or before them. A word cut across lines (a web address,
        a long token) is one word, and the piece holding the match is the line.
        """
        if self._article is None or not self._needle:
            return 0, 0
        from newstui.text.normalize import normalize, search_form

        words, starts = layout.block_words(block)
        kept: list[int] = []  # the words that fold to something, and where each starts in the folded text
        offsets: list[int] = []
        texts: list[str] = []
        at = 0
        for number, folded in enumerate(_fold_words(words)):
            if folded:
                kept.append(number)
                offsets.append(at)
                texts.append(folded)
                at += len(folded) + 1
        found = " ".join(texts).find(self._needle)
        if found < 0:
            return 0, 0
        cut = {word for word, char in starts if char}  # words that lines start inside

        def row(offset: int) -> int:
            k = bisect.bisect_right(offsets, offset) - 1
            word = kept[k]
            char = 0
            if word in cut and offset > offsets[k]:
                text, inside = words[word], offset - offsets[k]
                low, high = 0, len(text)  # the first character whose folding reaches the folded one
                while low < high:
                    middle = (low + high) // 2
                    if len(search_form(normalize(text[: middle + 1], memo=False))) > inside:
                        high = middle
                    else:
                        low = middle + 1
                char = low
            return max(0, bisect.bisect_right(starts, (word, char)) - 1)

        return row(found), row(found + len(self._needle) - 1)

    def _block_at(self, row: int) -> tuple[int, int]:
        """The block holding ``row`` of the current layout and the row's offset in it."""
        layout = self._layout
        if layout is None or not layout.blocks:
            return 0, 0
        try:
            return layout.block_at(max(0, row))
        except IndexError:
            return len(layout.blocks) - 1, 0

    def _relayout(self, *, keep_position: bool, anchor: tuple[int, int] | None = None) -> None:
        """Lay the article out for the current width, keeping the top paragraph in view when asked (or
        showing ``anchor``, a ``reading_position``).

        Deep in a long article the new layout is counted from that paragraph down, with the lines above
        it estimated (``render.layout_at``), so a resize costs what is on screen.
        """
        width = self.text_width
        if anchor is None and keep_position:
            anchor = self._block_at(self.scroll_offset.y) if self._layout else self._kept
        if self._article is None or width < 1:
            # No width for a moment (the panes restack on a narrower screen): the position waits for the next one.
            self._kept = anchor if self._article is not None else None
            self._layout = None
            self.virtual_size = Size(max(0, width), 0)
            self.refresh()
            return
        self._kept = None
        top: int | None = None
        if anchor is not None:
            block, offset = anchor
            layout, top = layout_at(
                self.display_form(self._article), width, block, mode=self.mode, direction=self._direction
            )
            top += offset
        else:
            layout = self.layout_for(self._article, width, self._direction)
        self._use(layout)
        self.virtual_size = Size(width, layout.height)
        if top is not None:
            # force: after a short article the scrollbar is still hidden, and Textual would not scroll.
            self.scroll_to(y=top, animate=False, immediate=True, force=True)
        self.refresh()

    def layout_for(self, article: Article, width: int, direction: Direction | None) -> ArticleLayout:
        """The (cached) layout of ``article`` as this pane draws it with ``direction`` (harakat, bidi mode)."""
        return layout_article(self.display_form(article), width, mode=self.mode, direction=direction)

    def _use(self, layout: ArticleLayout) -> None:
        """Make ``layout`` the current one."""
        self._layout = layout
        self._moved = layout.moved
        self.rows_built = 0

    def _follow_moved_rows(self, layout: ArticleLayout) -> None:
        """Scroll by the rows the layout's lines just moved, so the same lines stay where they are on screen.

        Called while a frame is drawn, before any row of it: the scroll offset is set without validation
        and the height follows right after.
        """
        delta = layout.moved - self._moved
        self._moved = layout.moved
        y = max(0.0, self.scroll_y + delta)
        self.set_scroll(None, y)
        self.set_reactive(ScrollView.scroll_target_y, y)
        self.call_later(self._sync_moved)

    def _sync_moved(self) -> None:
        """Give the scroll area the height of a layout whose rows moved, and check the offset against it."""
        layout = self._layout
        if layout is not None:
            self.virtual_size = Size(self.virtual_size.width, layout.height)
            self.scroll_to(y=self.scroll_y, animate=False, immediate=True)
            self.refresh()

    def render_lines(self, crop: Region) -> list[Strip]:
        """Count the rows to draw before drawing any (a layout's rows may move while it counts up).

        Row 0 always shows the start of the article: a jump there counts every block above the layout's
        counted run. Elsewhere, rows that move (the estimate above a resized layout was off) are followed
        by the scroll offset, so the screen does not jump.
        """
        layout = self._layout
        if layout is not None:
            top = self.scroll_offset.y + crop.y
            if top <= 0:
                layout.block_start(0)
                if layout.moved != self._moved:  # the rows moved; the view stays at the top
                    self._moved = layout.moved
                    self.call_later(self._sync_moved)
            layout.cover(top, top + crop.height)  # also lays out the blocks the rows show
            if layout.moved != self._moved:
                self._follow_moved_rows(layout)
        return super().render_lines(crop)

    def _height_drifted(self, layout: ArticleLayout) -> bool:
        """True when the layout's (refined) height is far enough from the scroll height to resize it.

        Small refinements of the estimate are let go so scrolling does not re-render the pane; the
        height becomes exact once the whole article is counted.
        """
        shown = self.virtual_size.height
        height = layout.height
        if height == shown:
            return False
        if layout.is_exact:
            return True
        page = self.scrollable_content_region.height
        if self.scroll_offset.y + 2 * page >= shown:
            return True  # a screen from the end: the scroll area must grow, or paging stops short of the end
        return abs(height - shown) > max(page, shown // 50)

    def _sync_height(self) -> None:
        """Give the scroll area the layout's refined height; rows of the counted run do not move."""
        self._sync_pending = False
        layout = self._layout
        if layout is not None and self._height_drifted(layout):
            self.virtual_size = Size(self.virtual_size.width, layout.height)

    # -- keys: no animation, so a key pressed before the last one's scroll is drawn goes on from where that
    # one went (End then Home together end at the top, PgDn PgDn moves two pages) --------------------------

    def _scroll_key(self, y: float) -> None:
        if not self.allow_vertical_scroll:
            raise SkipAction()  # (a short article: the key is left to the screen's bindings, as Textual's are)
        self.scroll_to(y=y, animate=False, immediate=True)

    def action_scroll_up(self) -> None:
        """A line up."""
        self._scroll_key(self.scroll_target_y - 1)

    def action_scroll_down(self) -> None:
        """A line down."""
        self._scroll_key(self.scroll_target_y + 1)

    def action_page_up(self) -> None:
        """A page up."""
        self._scroll_key(self.scroll_target_y - self.scrollable_content_region.height)

    def action_page_down(self) -> None:
        """A page down."""
        self._scroll_key(self.scroll_target_y + self.scrollable_content_region.height)

    def action_scroll_home(self) -> None:
        """The top of the article."""
        self._scroll_key(0)

    def action_scroll_end(self) -> None:
        """Count the whole article (no shaping) so the bottom is the real one, then scroll there."""
        layout = self._layout
        if layout is not None and not layout.is_exact:
            layout.exact_height()
            self._moved = layout.moved
            self.virtual_size = Size(self.virtual_size.width, layout.height)
        self._scroll_key(self.max_scroll_y)

    def _relayout_kept(self) -> None:
        """Lay the article out at the position kept while the pane had no width (see ``render_line``)."""
        self._sync_pending = False
        if self._layout is None and self._kept is not None:
            self._relayout(keep_position=True)

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap for the new width (the height alone needs no new layout); the find's current match, in view
        before, stays in view (``_show_match`` places it again when the top paragraph kept has pushed it out)."""
        layout = self._layout
        rows = self.scrollable_content_region.height
        seen = self._match_seen(self._shown_rows or rows)
        self._shown_rows = rows
        if layout is None or layout.width != self.text_width:
            self._relayout(keep_position=True)
        if seen and not self._match_seen(rows):
            self._show_match()

    def _match_seen(self, rows: int) -> bool:
        """Whether the line holding the find's current match is among the ``rows`` rows shown from the top."""
        layout = self._layout
        if layout is None or not 0 <= self._current < len(self._matches):
            return False
        block = self._matches[self._current]
        line = layout.block_start(block) + self._match_rows(layout, block)[0]
        top = self.scroll_offset.y
        return top <= line < top + rows

    def notify_style_update(self) -> None:
        """Forget the cached line styles (CSS, theme or pseudo-classes changed)."""
        self._styles.clear()
        self._link_styles.clear()
        super().notify_style_update()

    def _style(self, role: str) -> Style:
        """The style of a line of ``role``; cached until the widget's styles change (``rich_style`` is costly)."""
        found = self._styles.get(role)
        if found is None:
            if role in HIGHLIGHTS:
                # Blended over the pane (a partial style keeps "$warning 15%" at full strength: every match
                # looked like the current one); a match keeps its line's colour, the current one gets its own.
                full = self.get_component_rich_style(HIGHLIGHTS[role])
                found = Style(bgcolor=full.bgcolor)
                if role == "current":
                    found = Style(bgcolor=full.bgcolor, color=full.color, bold=True)
            else:
                name = ROLE_CLASSES.get(role)
                found = self.get_component_rich_style(name) if name else self.rich_style
            self._styles[role] = found
        return found

    def _match_style(self, layout: ArticleLayout, row: int, style: Style) -> Style:
        """``style`` with the match highlight when line ``row`` belongs to a matched paragraph."""
        try:
            block = layout.block_at(row)[0]
        except IndexError:
            return style
        if block not in self._matched:
            return style
        current = self._matches[self._current] == block if self._current >= 0 else False
        return style + self._style("current" if current else "match")

    def _placeholder_rows(self, width: int) -> list[str]:
        """The placeholder wrapped at the pane's width as any text is (English words around a path or a reason
        that may be Arabic: left to right, its Arabic shaped and reordered; a long path cut where it must be)."""
        if not self._placeholder or width < 1:
            return []
        lines = rtl.layout_paragraph(self._placeholder, width, mode=self.mode, direction="ltr")
        return [line.rstrip() for line in lines]

    def render_line(self, y: int) -> Strip:
        """Build viewport row ``y`` from the layout's line at the scroll position."""
        full = self.scrollable_content_region.width  # (one region a row: ``text_width`` is it less the gap)
        width = max(0, full - SCROLLBAR_GAP)
        layout = self._layout
        row = y + self.scroll_offset.y
        if layout is None and self._article is not None and width >= 1:
            if self._kept is not None:
                # Back to a width after none (restacked): laid out where the reader was, once this frame is drawn.
                if not self._sync_pending:
                    self._sync_pending = True
                    self.call_later(self._relayout_kept)
                return Strip.blank(full, self._style("blank"))
            # Shown before the pane had a size (e.g. at start-up): lay out in this first frame instead of
            # waiting for the Resize event; the scroll height follows right after.
            layout = self.layout_for(self._article, width, self._direction)
            self._use(layout)
        if layout is None:
            rows = self._placeholder_rows(width)
            if y < len(rows):
                style = self._style("notice")
                return Strip([Segment(rows[y], style)]).adjust_cell_length(full, style)
            return Strip.blank(full, self._style("blank"))
        try:
            line = layout.line(row)
        except IndexError:
            line = None
        if not self._sync_pending and self._height_drifted(layout):
            self._sync_pending = True
            self.call_later(self._sync_height)
        if line is None:
            return Strip.blank(full, self._style("blank"))
        self.rows_built += 1
        style = self._style(line.role)
        if self._matched:
            style = self._match_style(layout, row, style)
        # A layout's lines are padded to exactly its width (``render``), so the strip need not measure
        # the text again (``cell_len`` goes character by character through Arabic text).
        target = self._headline_target() if line.role == "title" else None
        if target is not None:
            segments = linked_segments(line.text, style, self._link_styles.get(style, target))
            return Strip(segments, layout.width).adjust_cell_length(full, style)
        return Strip([Segment(line.text, style)], layout.width).adjust_cell_length(full, style)

    def _headline_target(self) -> str | None:
        """Where the headline links to: the shown story's web address, made safe (``hyperlinks``), or None."""
        url = self._article.url if self._article is not None and self.hyperlinks else None
        if url != self._title_link[0]:
            from newstui.hyperlinks import hyperlink_target  # stories with a web address only

            self._title_link = (url, hyperlink_target(url))
        return self._title_link[1]
