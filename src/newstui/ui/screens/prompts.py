"""One-line prompts over the reader: a web address, file or folder to open (g), a file to save to (w)."""

from __future__ import annotations

from typing import ClassVar, Final

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input

from newstui.ui.widgets.bidi_input import AddressInput, BidiInput
from newstui.ui.widgets.key_bar import KeyBar

_DIALOG_WIDTH: Final = 72
"""The box's width for a short text (``#open-dialog`` in newstui.tcss)."""
_DIALOG_FRAME: Final = 10
"""Cells around the text: the box's border and padding, the input's border and padding."""


class LinePrompt(ModalScreen[str | None]):
    """A bordered box with one input; Enter gives the text typed (stripped), Esc gives None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="newstui.prompt_cancel"),
    ]

    DEFAULT_CSS = """
    LinePrompt {
        align: center middle;
    }
    """

    TITLE_TEXT: ClassVar[str] = ""
    SUBTITLE_TEXT: ClassVar[str] = "Enter · Esc cancels"
    PLACEHOLDER: ClassVar[str] = ""
    INPUT_ID: ClassVar[str] = "prompt-input"
    INPUT_CLASS: ClassVar[type[BidiInput]] = BidiInput

    def __init__(self, value: str = "") -> None:
        super().__init__()
        self._value = value

    def compose(self) -> ComposeResult:
        """The box holding the input (styled by ``#open-dialog`` in newstui.tcss)."""
        with Vertical(id="open-dialog") as dialog:
            # Wide enough for the text offered (a story's title as a file name) and the caret's cell,
            # up to the screen's width (max-width in newstui.tcss): its first letters are not scrolled off.
            dialog.styles.width = max(_DIALOG_WIDTH, cell_len(self._value) + _DIALOG_FRAME + 1)
            dialog.border_title = self.TITLE_TEXT
            dialog.border_subtitle = self.SUBTITLE_TEXT
            yield self.INPUT_CLASS(self._value, placeholder=self.PLACEHOLDER, id=self.INPUT_ID)
        # The box's own keys at the bottom, over the reader's (whose letters are letters in the box).
        yield KeyBar(id="prompt-keys")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Give the text to the reader (an empty box is the same as Esc)."""
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        """Close without doing anything."""
        self.dismiss(None)


class OpenAddressScreen(LinePrompt):
    """Asks for what to open (``g``): an http(s) page or feed, a file or a folder."""

    TITLE_TEXT = "Open"
    SUBTITLE_TEXT = "Enter opens · Esc cancels"
    PLACEHOLDER = "https://… or a file or folder"
    INPUT_ID = "open-address"
    INPUT_CLASS = AddressInput


class SaveScreen(LinePrompt):
    """Asks where to save the open story (``w``), offering a name made from its title."""

    TITLE_TEXT = "Save the story as text"
    SUBTITLE_TEXT = "Enter saves (never over a file) · Esc cancels"
    PLACEHOLDER = "a new file name"
    INPUT_ID = "save-path"
