"""BidiInput: a one-line text box that draws Arabic shaped and right to left, its caret where the letter is."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import Input
from textual.widgets.input import Selection

if TYPE_CHECKING:
    from newstui.text.caret import VisualLine


class BidiInput(Input):
    """Textual's Input, drawn in visual order when the text holds Arabic (the reader's ``app`` bidi mode).

    The text stays logical (what is typed, searched, opened or saved); only the drawing changes: the
    letters shaped and the line reordered (``text.caret.visual_line``), the caret and the selection on
    the glyphs of their letters, a click put on the letter under it. ← and → move the caret to the
    glyph on that side on the screen, in an Arabic run and in a Latin or digit run inside it alike
    (a letter and its harakat are one stop); ctrl+← and ctrl+→ move a word that way. With ``--bidi
    terminal`` the terminal reorders and shapes, so the text is drawn as typed.

    A right-to-left line that fits in the box is drawn flush right (as a browser's ``dir=auto`` field), the
    caret's blank cell at its left, where the next letter goes; one wider than the box scrolls as before.
    """

    _laid_out: tuple[str, VisualLine] | None = None

    def _visual(self) -> VisualLine | None:
        """The value laid out for the screen, or None when it is drawn as typed."""
        value = self.value
        if not value or self.password or getattr(self.app, "bidi_mode", "app") != "app":
            return None
        if self._laid_out is None or self._laid_out[0] != value:
            from newstui.text.caret import visual_line

            self._laid_out = (value, visual_line(value))
        line = self._laid_out[1]
        return line if line.direction == "rtl" or line.text != value + " " else None

    @property
    def _right_to_left(self) -> bool:
        line = self._visual()
        return line is not None and line.direction == "rtl"

    @property
    def indent(self) -> int:
        """Cells the line is drawn right of the box's left edge: what a right-to-left line that fits leaves
        free on its left (it is drawn flush right); 0 for any other line."""
        line = self._visual()
        if line is None or line.direction != "rtl" or not self.is_mounted:
            return 0
        return max(0, self.scrollable_content_region.width - cell_len(line.text))

    @property
    def _value(self) -> Text:
        line = self._visual()
        if line is None:
            return super()._value
        return Text(line.text[:-1] if line.direction == "ltr" else line.text, no_wrap=True, overflow="ignore", end="")

    @property
    def _cursor_offset(self) -> int:
        line = self._visual()
        return super()._cursor_offset if line is None else self.indent + line.cells[self.cursor_position]

    @property
    def content_width(self) -> int:
        """The line's cells, with the one where the caret stands at the end."""
        line = self._visual()
        return super().content_width if line is None else cell_len(line.text)

    def pasted(self, text: str) -> str:
        """What a paste puts in the box: one line without tabs or controls (``sanitize.pasted_line``)."""
        from newstui.text.sanitize import pasted_line

        return pasted_line(text)

    def _on_paste(self, event: events.Paste) -> None:
        """A paste is taken as one line (``pasted``), at the caret or over the selection."""
        line = self.pasted(event.text)
        if line:
            if self.selection.is_empty:
                self.insert_text_at_cursor(line)
            else:
                self.replace(line, *self.selection)
        event.prevent_default()  # not Input's own handler too
        event.stop()

    def _watch_selection(self, selection: Selection) -> None:
        super()._watch_selection(selection)
        self._show_caret()

    def on_resize(self) -> None:
        """A narrower or wider box keeps the caret in view."""
        self.call_after_refresh(self._show_caret)

    def _show_caret(self) -> None:
        """Scroll the caret's glyph into view, and in a right-to-left line the one on its right too: the letter
        just typed is drawn there (the caret stays on the letter it stands before)."""
        line = self._visual()
        if line is None or not self.is_mounted:
            return
        cell = self.indent + line.cells[self.cursor_position]
        width = 2 if line.direction == "rtl" else 1
        if cell + width <= self.scrollable_content_region.width:  # the line's start in view too (a name's
            width, cell = cell + width, 0  # "txt" left of the caret typing goes on after)
        self.scroll_to_region(Region(cell, 0, width=width, height=1), force=True, animate=False)
        # Textual put the terminal's cursor before this scroll: put it on the caret's glyph as now scrolled
        # (an input method opens its window there).
        self.call_after_refresh(self._place_terminal_cursor)

    def _place_terminal_cursor(self) -> None:
        if self.has_focus:
            self.app.cursor_position = self.cursor_screen_offset

    def _cell_offset_to_index(self, offset: int) -> int:
        line = self._visual()
        if line is None:
            return super()._cell_offset_to_index(offset)
        return line.position_at(offset + self.scroll_offset.x - self.indent)

    def render_line(self, y: int) -> Strip:
        """The line in visual order, the caret and the selection on their letters' glyphs."""
        line = self._visual()
        if y == 0 and line is None and "://" in self.value and getattr(self.app, "bidi_mode", "app") == "terminal":
            return self._render_isolated()
        if y != 0 or line is None:
            return super().render_line(y)
        indent = self.indent  # (flush right: a right-to-left line that fits)
        text = Text(" " * indent + line.text, no_wrap=True, overflow="ignore", end="")
        if self.has_focus:
            if not self.selection.is_empty:
                start, end = sorted(self.selection)
                style = self.get_component_rich_style("input--selection")
                for position in range(start, end):
                    at = indent + line.offsets[position]
                    text.stylize_before(style, at, at + 1)
            if self._cursor_visible:
                at = indent + line.offsets[self.cursor_position]
                text.stylize(self.get_component_rich_style("input--cursor"), at, at + 1)
        console = self.app.console
        width = self.scrollable_content_region.width
        options = self.app.console_options.update_width(indent + self.content_width)
        segments = list(console.render(text, options))
        scroll_x = self.scroll_offset.x
        strip = Strip(segments).crop(scroll_x, scroll_x + width + 1).extend_cell_length(width + 1)
        return strip.apply_style(self.rich_style)

    def _render_isolated(self) -> Strip:
        """``--bidi terminal``: the text as typed, each web address in it and each of its parts between LRI and
        PDI (``address_layout.isolated``, zero cells wide), so that the terminal's bidi draws an address left to
        right in its typed order, as app mode draws it; the caret and the selection on their characters."""
        from newstui.text.address_layout import isolated

        shown, where = isolated(self.value)
        text = Text(shown, no_wrap=True, overflow="ignore", end="")
        if self.has_focus:
            if not self.selection.is_empty:
                start, end = sorted(self.selection)
                style = self.get_component_rich_style("input--selection")
                for position in range(start, end):
                    text.stylize_before(style, where[position], where[position] + 1)
            if self._cursor_visible:
                if self.cursor_at_end:
                    text.pad_right(1)
                at = where[self.cursor_position]
                text.stylize(self.get_component_rich_style("input--cursor"), at, at + 1)
        width = self.scrollable_content_region.width
        segments = list(self.app.console.render(text, self.app.console_options.update_width(self.content_width)))
        scroll_x = self.scroll_offset.x
        strip = Strip(segments).crop(scroll_x, scroll_x + width + 1).extend_cell_length(width + 1)
        return strip.apply_style(self.rich_style)

    def action_cursor_left(self, select: bool = False) -> None:
        """← moves the caret to the glyph on its left on the screen (the way it points, in any run)."""
        if not self._step_on_screen(-1, select):
            super().action_cursor_left(select)

    def action_cursor_right(self, select: bool = False) -> None:
        """→ moves the caret to the glyph on its right on the screen."""
        if not self._step_on_screen(1, select):
            super().action_cursor_right(select)

    def _step_on_screen(self, step: int, select: bool) -> bool:
        """Move the caret to the nearest position drawn ``step``'s way on the screen; False for a line drawn as
        typed (Textual's own moves are the same there).

        Positions that share a glyph (a letter and its harakat, lam and alef in their ligature) are one stop:
        the caret lands on the letter's. A selection without shift collapses to its side ``step`` points to.
        """
        line = self._visual()
        if line is None:
            return False
        start, end = self.selection
        if not select and start != end:
            left, right = sorted((start, end), key=lambda position: line.cells[position])
            self.cursor_position = right if step > 0 else left
            return True
        here = line.cells[end]
        beyond = [cell for cell in line.cells if (cell > here if step > 0 else cell < here)]
        if not beyond:
            return True
        target_cell = min(beyond) if step > 0 else max(beyond)
        target = min(position for position, cell in enumerate(line.cells) if cell == target_cell)
        if select:
            self.selection = Selection(start, target)
        else:
            self.cursor_position = target
        return True

    def action_cursor_left_word(self, select: bool = False) -> None:
        """ctrl+← moves a word left on the screen."""
        if self._right_to_left:
            super().action_cursor_right_word(select)
        else:
            super().action_cursor_left_word(select)

    def action_cursor_right_word(self, select: bool = False) -> None:
        """ctrl+→ moves a word right on the screen."""
        if self._right_to_left:
            super().action_cursor_left_word(select)
        else:
            super().action_cursor_right_word(select)


_DIRECTION_MARKS: Final = dict.fromkeys(map(ord, "\u061c\u200e\u200f"))
"""ALM, LRM and RLM: invisible, dropped from a web address pasted (``pasted_line`` drops the other bidi controls)."""


class AddressInput(BidiInput):
    """The Open box's input (``g``): a pasted web address is taken as a browser's address bar takes it, a pasted
    path with its hidden characters written as the escapes newstui shows them (``sanitize.pasted_path``), so
    it still names the file pasted, not another one."""

    def pasted(self, text: str) -> str:
        """A web address as any box takes it; a path with its bidi controls and marks escaped, not dropped."""
        if "://" in text:  # the direction marks copied with an address from Arabic text go too
            return super().pasted(text).translate(_DIRECTION_MARKS)
        from newstui.text.sanitize import pasted_path

        return pasted_path(text)
