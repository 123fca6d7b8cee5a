"""BidiInput: a one-line text box that draws Arabic shaped and right to left, its caret where the letter is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual.strip import Strip
from textual.widgets import Input

if TYPE_CHECKING:
    from newstui.text.caret import VisualLine


class BidiInput(Input):
    """Textual's Input, drawn in visual order when the text holds Arabic (the reader's ``app`` bidi mode).

    The text stays logical (what is typed, searched, opened or saved); only the drawing changes: the
    letters shaped and the line reordered (``text.caret.visual_line``), the caret and the selection on
    the glyphs of their letters, a click put on the letter under it. In a right-to-left line ← and →
    move the caret the way the arrows point (towards the end of the text for ←), as browsers do. With
    ``--bidi terminal`` the terminal reorders and shapes, so the text is drawn as typed.
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
    def _value(self) -> Text:
        line = self._visual()
        if line is None:
            return super()._value
        return Text(line.text[:-1] if line.direction == "ltr" else line.text, no_wrap=True, overflow="ignore", end="")

    @property
    def _cursor_offset(self) -> int:
        line = self._visual()
        return super()._cursor_offset if line is None else line.cells[self.cursor_position]

    @property
    def content_width(self) -> int:
        """The line's cells, with the one where the caret stands at the end."""
        line = self._visual()
        return super().content_width if line is None else cell_len(line.text)

    def _cell_offset_to_index(self, offset: int) -> int:
        line = self._visual()
        if line is None:
            return super()._cell_offset_to_index(offset)
        return line.position_at(offset + self.scroll_offset.x)

    def render_line(self, y: int) -> Strip:
        """The line in visual order, the caret and the selection on their letters' glyphs."""
        line = self._visual()
        if y != 0 or line is None:
            return super().render_line(y)
        text = Text(line.text, no_wrap=True, overflow="ignore", end="")
        if self.has_focus:
            if not self.selection.is_empty:
                start, end = sorted(self.selection)
                style = self.get_component_rich_style("input--selection")
                for position in range(start, end):
                    at = line.offsets[position]
                    text.stylize_before(style, at, at + 1)
            if self._cursor_visible:
                at = line.offsets[self.cursor_position]
                text.stylize(self.get_component_rich_style("input--cursor"), at, at + 1)
        console = self.app.console
        width = self.scrollable_content_region.width
        segments = list(console.render(text, self.app.console_options.update_width(self.content_width)))
        scroll_x = self.scroll_offset.x
        strip = Strip(segments).crop(scroll_x, scroll_x + width + 1).extend_cell_length(width + 1)
        return strip.apply_style(self.rich_style)

    def action_cursor_left(self, select: bool = False) -> None:
        """← moves the caret left on the screen: back in a left-to-right line, on in a right-to-left one."""
        if self._right_to_left:
            super().action_cursor_right(select)
        else:
            super().action_cursor_left(select)

    def action_cursor_right(self, select: bool = False) -> None:
        """→ moves the caret right on the screen."""
        if self._right_to_left:
            super().action_cursor_left(select)
        else:
            super().action_cursor_right(select)

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
