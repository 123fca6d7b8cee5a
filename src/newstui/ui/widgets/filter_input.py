"""FilterInput: the list pane's search box (opened with /, cleared and closed with Esc)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from newstui.ui.messages import FilterCleared
from newstui.ui.widgets.bidi_input import BidiInput


class FilterInput(BidiInput):
    """A one-line query for the article list; the screen filters as the text changes.

    | Key | Action |
    | :- | :- |
    | escape | Clear the filter and return to the list |
    | enter | Keep the filter and return to the list |
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear_filter", "Clear filter", id="newstui.clear_filter"),
    ]

    def action_clear_filter(self) -> None:
        """Empty the box and tell the screen to drop the filter."""
        self.value = ""
        self.post_message(FilterCleared(self))
