"""The floor of the first-paint cases: Textual alone drawing newstui's three-pane screen, with no newstui code.

The same widget tree as the reader's first frame (list pane, article, related links, key bar; the
reader mounts its filter box only when / is first pressed) and the same pane CSS, filled with text
given in visual order already, so it costs what Textual costs to mount, style and draw that screen
and nothing else: no newstui import, no parsing, no shaping or reordering, no Arabic tables. The
key bar is read from the screen's active bindings, as any key bar that shows what the keys do now
must (Textual's Footer does the same): building that chain is Textual's work (it looks named keys
such as ``tab`` and ``question_mark`` up in the Unicode name table), so it belongs to the floor.
What newstui adds on top of this is its own cost; what this
adds on top of the bare one-Static app is the cost of the layout the reader must have.
"""

from __future__ import annotations

import sys

from rich.segment import Segment
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

CSS = """
#panes { height: 1fr; }
#list-pane, #article, #related {
    border: round $border-blurred; border-title-color: $text-muted; background: $surface;
}
#list-pane:focus-within, #article:focus-within, #related:focus-within {
    border: round $accent; border-title-color: $accent; border-title-style: bold;
}
#articles { height: 1fr; background: $surface; }
#main { height: 1fr; }
#article { height: 1fr; width: 1fr; }
#list-pane { dock: left; width: 28%; min-width: 26; }
#related { dock: right; width: 36%; min-width: 24; }
#keys { height: 1; background: $panel; }
"""

LINE = "the quick brown fox jumps over the lazy dog while the story goes on"


class Lines(ScrollView):
    """Textual's cheapest way to show prepared lines: the Line API, one strip per line, nothing else."""

    def __init__(self, text: str, *, id: str) -> None:  # (Textual's own keyword)
        super().__init__(id=id)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        """Show ``text`` (one screen line per line) from the top."""
        self._lines = text.split("\n")
        self.virtual_size = Size(max(map(len, self._lines)), len(self._lines))
        if self.scroll_y:
            self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def render_line(self, y: int) -> Strip:
        """The line at screen row ``y`` (after scrolling), padded to the width."""
        index = y + int(self.scroll_y)
        text = self._lines[index] if index < len(self._lines) else ""
        return Strip([Segment(text)]).adjust_cell_length(self.size.width)


class ThreePanes(App[None]):
    """Three bordered panes and a key bar, text only; the marker is in the article pane."""

    CSS = CSS
    BINDINGS = [
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
        Binding("n", "next", "Next"),
        Binding("p", "previous", "Previous"),
        Binding("slash", "filter", "Filter"),
        Binding("backspace", "back", "Back"),
        Binding("escape", "clear", "Clear", show=False),
        Binding("1", "show('story')", "Open story 1", show=False),
        Binding("2", "show('main')", "Back to the article", show=False),
    ]

    def compose(self) -> ComposeResult:
        """List pane, article and related panes, key bar."""
        marker = sys.argv[1] if len(sys.argv) > 1 else "BNCHMK"
        with Container(id="panes"):
            with Vertical(id="list-pane"):
                yield Static(f"{marker} first story\nsecond story", id="articles")
            with Container(id="main"):
                yield Lines("\n".join([f"{marker} {LINE}"] + [LINE] * 40), id="article")
                yield Lines("\n".join(f"{n}. related story {n}" for n in range(1, 6)), id="related")
        yield Static(id="keys")

    story: tuple[str, str] = ("", "")
    """(article, related) text that key 1 puts in the panes: a story given ready to show (B6f)."""
    main: tuple[str, str] = ("", "")
    """What key 2 puts back."""
    shown = "main"

    def action_show(self, which: str) -> None:
        """Swap the article and related panes' lines, as opening a story laid out ahead does."""
        article, related = self.story if which == "story" else self.main
        self.query_one("#article", Lines).set_text(article)
        self.query_one("#related", Lines).set_text(related)
        self.shown = which

    def on_mount(self) -> None:
        """Titles on the borders, focus on the list and the key bar, as the reader has them."""
        self.query_one("#list-pane").border_title = "Articles"
        self.query_one("#article").border_title = "Article"
        self.query_one("#related").border_title = "Related"
        self.query_one("#articles", Static).can_focus = True
        self.query_one("#articles", Static).focus()
        self.screen.bindings_updated_signal.subscribe(self, lambda _screen: self.show_keys())
        self.show_keys()

    def show_keys(self) -> None:
        """The key bar: every shown binding active now, as key and description (again when they change)."""
        hints = [
            f"{self.get_key_display(binding)} {binding.description}"
            for _node, binding, _enabled, _tooltip in self.screen.active_bindings.values()
            if binding.show
        ]
        self.query_one("#keys", Static).update("  ".join(hints))


if __name__ == "__main__":
    ThreePanes().run()
