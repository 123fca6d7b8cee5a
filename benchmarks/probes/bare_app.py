"""A bare Textual app showing one Static: the baseline of the first-paint and peak-memory cases."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static


class BareApp(App[None]):
    """One Static with the paint marker, nothing else."""

    def compose(self) -> ComposeResult:
        """The one widget."""
        yield Static("BNCHMK bare Textual app")


if __name__ == "__main__":
    BareApp().run()
