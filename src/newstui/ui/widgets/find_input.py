"""FindInput: the article pane's find box (opened with f): Enter and ↓ go to the next match, ↑ back, Esc closes."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from newstui.ui.messages import FindStep
from newstui.ui.widgets.bidi_input import BidiInput


class FindInput(BidiInput):
    """A one-line query for the open article; the screen marks the paragraphs that hold it as the text changes.

    | Key | Action |
    | :- | :- |
    | enter / down | Next match |
    | up | Previous match |
    | escape | Close the box and clear the marks |
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "step(1)", "Next match", show=False),
        Binding("up", "step(-1)", "Previous match", show=False),
        Binding("escape", "step(0)", "Close find", id="newstui.find_close"),
    ]

    def action_step(self, step: int) -> None:
        """Ask the screen for the next or previous match, or (0) to close the box."""
        self.post_message(FindStep(self, step))
