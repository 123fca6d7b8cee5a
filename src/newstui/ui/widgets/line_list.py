"""LineList: a keyboard list of multi-line items drawn with Textual's Line API (only visible rows built)."""

from __future__ import annotations

import textwrap
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from newstui.ui.widgets.link_segments import LinkStyles, linked_segments

SCROLLBAR_GAP = 1
"""Blank cells between a pane's text and its scrollbar: right-aligned Arabic would touch the thumb."""


class LineList(ScrollView, can_focus=True):
    """A cursor over items that each take one or more screen rows.

    Subclasses say how many items there are, where each starts and how tall it is, and how to draw
    one row of one item as plain text (already in visual order and padded by the caller); this class
    does the cursor, scrolling, mouse and highlighting. Nothing here is ever parsed as markup.

    | Key | Action |
    | :- | :- |
    | up / k | Previous item |
    | down / j | Next item |
    | home / end | First / last item |
    | pageup / pagedown | One page up / down |
    | enter | Choose the item under the cursor |
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("k", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("j", "move(1)", "Down", show=False),
        Binding("home", "jump(0)", "First", show=False),
        Binding("end", "jump(-1)", "Last", show=False),
        Binding("G", "jump(-1)", "Last", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("enter", "choose", "Open", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "line-list--cursor",
        "line-list--dim",
        "line-list--marked",
        "line-list--visited",
        "line-list--empty",
    }
    """
    | Class | Description |
    | :- | :- |
    | `line-list--cursor` | Rows of the item under the cursor. |
    | `line-list--dim` | Secondary rows (source, status). |
    | `line-list--marked` | The item that is open elsewhere. |
    | `line-list--visited` | An item opened before in this session (as a browser shows visited links). |
    | `line-list--empty` | The message shown when the list is empty. |
    """

    DEFAULT_CSS = """
    LineList {
        scrollbar-gutter: stable;
        overflow-x: hidden;
        & > .line-list--cursor {
            background: $block-cursor-blurred-background;
        }
        &:focus > .line-list--cursor {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
        }
        & > .line-list--dim {
            color: $text-muted;
        }
        & > .line-list--marked {
            text-style: bold;
        }
        & > .line-list--visited {
            color: $text-secondary;
        }
        & > .line-list--empty {
            color: $text-muted;
            text-style: italic;
        }
    }
    """

    empty_text: str = ""
    """What to show when there are no items."""

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._cursor = -1
        self._styles: dict[tuple[str, bool], Style] = {}
        self._link_styles = LinkStyles()
        self.rows_built = 0
        """How many rows ``render_line`` has built (tests check laziness with it)."""
        self._choices: list[Message] = []
        """Choices posted (``post_choice``) that the screen has not answered yet."""
        self._taken: list[Message] = []
        """Choices answered before their message reached the screen (``take_choices``): passed over then."""

    # -- geometry a subclass provides -------------------------------------------------------------

    @property
    def item_count(self) -> int:
        """How many items the list holds."""
        raise NotImplementedError

    def item_span(self, index: int) -> tuple[int, int]:
        """First row and height of item ``index``."""
        raise NotImplementedError

    def item_at(self, row: int) -> int | None:
        """The item that covers ``row``, or None past the end."""
        raise NotImplementedError

    @property
    def total_rows(self) -> int:
        """Rows taken by every item."""
        if not self.item_count:
            return 0
        start, height = self.item_span(self.item_count - 1)
        return start + height

    def item_row(self, index: int, offset: int, width: int) -> tuple[str, str]:
        """Row ``offset`` of item ``index`` as (visual text of ``width`` cells, style role).

        The role is ``""`` (normal), ``"dim"``, ``"marked"`` or ``"visited"``.
        """
        raise NotImplementedError

    def item_link(self, index: int, offset: int) -> str | None:
        """The hyperlink target of row ``offset`` of item ``index`` (safe for OSC 8), or None (the default)."""
        return None

    def choose(self, index: int) -> None:
        """Called when the user picks item ``index`` (enter or click)."""

    def post_choice(self, message: Message) -> None:
        """Post the message a choice makes, kept as unanswered until the screen takes it (``answer``,
        ``take_choices``).

        A binding runs in the app's turn, but the message reaches the screen through the panes' queues: a key
        typed right after ``enter`` (``enter 3``) is handled before it. That key's action takes the choices not
        answered yet first (``ReaderScreen.answer_choices``), so it acts on the story ``enter`` opened.
        """
        self._choices.append(message)
        self.post_message(message)

    def take_choices(self) -> list[Message]:
        """The choices posted and not answered yet, in order, now answered: their messages, when they reach
        the screen, are passed over (``answer``)."""
        choices, self._choices = self._choices, []
        self._taken.extend(choices)
        return choices

    def answer(self, message: Message) -> bool:
        """Whether the screen is to answer ``message`` now, as it arrives: False when it was taken already,
        answered before a key typed after it (``take_choices``)."""
        for at, choice in enumerate(self._taken):
            if choice is message:
                del self._taken[at]
                return False
        for at, choice in enumerate(self._choices):
            if choice is message:
                del self._choices[at]
                break
        return True

    # -- cursor -----------------------------------------------------------------------------------

    @property
    def cursor(self) -> int:
        """Index of the highlighted item (-1 when the list is empty)."""
        return self._cursor

    @cursor.setter
    def cursor(self, index: int) -> None:
        count = self.item_count
        new = -1 if not count else max(0, min(index, count - 1))
        old, self._cursor = self._cursor, new
        if old != new:
            self._refresh_item(old)
            self._refresh_item(new)
        if new >= 0:
            self.show_item(new)

    def show_item(self, index: int) -> None:
        """Scroll as little as needed for item ``index`` to show whole; the cursor stays where it is."""
        if 0 <= index < self.item_count:
            top = self._top_showing(index)
            if top != self.scroll_offset.y:
                self.scroll_to(y=top, animate=False, immediate=True, force=True)

    def _end_padding(self) -> int:
        """Blank rows after the last item so that, scrolled to the end, an item's first row is at the top."""
        rows, total = self.scrollable_content_region.height, self.total_rows
        if rows < 1 or total <= rows:
            return 0
        last_top = total - rows
        item = self.item_at(last_top)
        if item is None:
            return 0
        start, height = self.item_span(item)
        return start + height - last_top if start < last_top else 0

    def _top_showing(self, index: int) -> int:
        """The scroll offset that shows item ``index`` whole, moving as little as it can, with an item's
        first row at the top (a two-row item cut in half at the top showed a byline under no title)."""
        start, height = self.item_span(index)
        top, rows = self.scroll_offset.y, max(1, self.scrollable_content_region.height)
        if start < top:
            return start
        if start + height <= top + rows:
            return top
        top = start + height - rows
        first = self.item_at(top)
        if first is not None:
            first_start, first_height = self.item_span(first)
            if first_start < top:
                top = first_start + first_height  # the next item's first row
        return min(top, start)

    def _refresh_item(self, index: int) -> None:
        if 0 <= index < self.item_count:
            start, height = self.item_span(index)
            self.refresh_lines(start, height)

    @property
    def line_width(self) -> int:
        """Cells available to one row's text: the content width without the scrollbar and the gap before it."""
        return max(1, self.scrollable_content_region.width - SCROLLBAR_GAP)

    def reset_rows(self) -> None:
        """Recompute the virtual size after the items or the width changed, and redraw."""
        self.virtual_size = Size(self.line_width, self.total_rows + self._end_padding())
        if self.item_count and self._cursor < 0:
            self._cursor = 0
        elif self._cursor >= self.item_count:
            self._cursor = self.item_count - 1
        self.refresh()

    # -- actions ----------------------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        """Move the cursor by ``delta`` items."""
        if self.item_count:
            self.cursor = max(0, self._cursor) + delta

    def action_jump(self, index: int) -> None:
        """Put the cursor on item ``index`` (negative counts from the end)."""
        if self.item_count:
            self.cursor = index if index >= 0 else self.item_count + index

    def action_page(self, direction: int) -> None:
        """Move the cursor by about one screenful."""
        if not self.item_count:
            return
        _, height = self.item_span(max(0, self._cursor))
        step = max(1, self.scrollable_content_region.height // max(1, height))
        self.cursor = max(0, self._cursor) + direction * step

    def action_choose(self) -> None:
        """Choose the item under the cursor."""
        if 0 <= self._cursor < self.item_count:
            self.choose(self._cursor)

    def empty_lines(self, width: int) -> list[str]:
        """The rows of ``empty_text`` in a pane ``width`` cells wide, in visual order: wrapped at word boundaries,
        a cell in from the edge (a narrow pane cut it mid-word). A subclass drawing right-to-left text lays it
        out its own way."""
        return [f" {line}" for line in textwrap.wrap(self.empty_text, max(1, width - 1))] if self.empty_text else []

    # -- events -----------------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        """Re-lay out the rows for the new size, and keep the highlighted item in sight once they are laid out
        (a pane that shrinks as the panes restack showed its first rows, the open story out of sight)."""
        self.reset_rows()
        self.call_after_refresh(self._show_cursor)

    def _show_cursor(self) -> None:
        if self._cursor >= 0:
            self.show_item(self._cursor)

    def on_click(self, event: events.Click) -> None:
        """A click highlights the item under the mouse and chooses it."""
        row = event.y + self.scroll_offset.y
        index = self.item_at(row)
        if index is not None:
            self.cursor = index
            self.choose(index)

    # -- Line API ---------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        """Forget the cached row styles (CSS, theme or pseudo-classes changed)."""
        self._styles.clear()
        self._link_styles.clear()
        super().notify_style_update()

    def _role_style(self, role: str, highlighted: bool) -> Style:
        """The style of a row of ``role``; cached until the widget's styles change (``rich_style`` is costly)."""
        key = (role, highlighted)
        found = self._styles.get(key)
        if found is None:
            found = self._styles[key] = self._compute_style(role, highlighted)
        return found

    def _compute_style(self, role: str, highlighted: bool) -> Style:
        style = self.rich_style
        if role == "dim":
            style = self.get_component_rich_style("line-list--dim")
        elif role == "marked":
            style = self.get_component_rich_style("line-list--marked")
        elif role == "visited":
            style = self.get_component_rich_style("line-list--visited")
        elif role == "empty":
            style = self.get_component_rich_style("line-list--empty")
        if highlighted:
            cursor = self.get_component_rich_style("line-list--cursor")
            # Keep the row's own weight/dimness but take the cursor's colours.
            style = style + Style(color=cursor.color, bgcolor=cursor.bgcolor)
        return style

    def render_line(self, y: int) -> Strip:
        """Build screen row ``y`` (relative to the viewport)."""
        full = max(1, self.scrollable_content_region.width)  # (one region a row: ``line_width`` less the gap)
        width = max(1, full - SCROLLBAR_GAP)
        row = y + self.scroll_offset.y
        if not self.item_count:
            lines = self.empty_lines(width)
            if y < len(lines):
                style = self._role_style("empty", False)
                return Strip([Segment(lines[y], style)]).crop(0, width).adjust_cell_length(full, style)
            return Strip.blank(full, self._role_style("", False))
        index = self.item_at(row)
        if index is None:
            return Strip.blank(full, self._role_style("", False))
        start, _ = self.item_span(index)
        self.rows_built += 1
        text, role = self.item_row(index, row - start, width)
        style = self._role_style(role, index == self._cursor)
        target = self.item_link(index, row - start)
        if target is not None:
            segments = linked_segments(text, style, self._link_styles.get(style, target))
            return Strip(segments, width).adjust_cell_length(full, style)
        return Strip([Segment(text, style)], width).adjust_cell_length(full, style)
