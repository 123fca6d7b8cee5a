"""OpenAddressScreen: a one-line box for a web address, a file or a folder to open in the reader (g)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input


class OpenAddressScreen(ModalScreen[str | None]):
    """Asks for what to open; Enter gives the text typed (stripped), Esc gives None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="newstui.open_cancel"),
    ]

    DEFAULT_CSS = """
    OpenAddressScreen {
        align: center middle;
    }
    """

    def compose(self) -> ComposeResult:
        """A bordered box holding the input."""
        with Vertical(id="open-dialog") as dialog:
            dialog.border_title = "Open"
            dialog.border_subtitle = "Enter opens · Esc cancels"
            yield Input(placeholder="https://… or a file or folder", id="open-address")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Give the address to the reader (an empty box is the same as Esc)."""
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        """Close without opening anything."""
        self.dismiss(None)
