"""HelpScreen: a modal key table built from the BINDINGS of the app, the reader and its panes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from newstui.ui.widgets.key_bar import KeyBar


def binding_rows(
    groups: Sequence[tuple[str, Iterable[BindingType]]], key_display: Callable[[Binding], str] | None = None
) -> list[tuple[str, str, str]]:
    """(section, keys, description) rows: bindings with the same description share one row.

    Args:
        groups: (section title, bindings) pairs, in the order the table shows them.
        key_display: a callable turning a ``Binding`` into the key label to show (default: the key name).

    Returns:
        The rows; a run of digit keys is shown as a range ("1…9").
    """
    show: Callable[[Binding], str] = key_display if key_display is not None else (lambda binding: binding.key)
    rows: list[tuple[str, str, str]] = []
    for section, bindings in groups:
        order: list[str] = []
        keys: dict[str, list[str]] = {}
        for item in bindings:
            if not isinstance(item, Binding):
                continue
            for binding in Binding.make_bindings([item]):
                description = _sentence_case(binding.tooltip or binding.description)
                if not description:
                    continue
                if description not in keys:
                    order.append(description)
                    keys[description] = []
                label = show(binding)
                if label not in keys[description]:
                    keys[description].append(label)
        for description in order:
            labels = keys[description]
            if len(labels) > 2 and all(label.isdigit() for label in labels):
                shown = f"{labels[0]}…{labels[-1]}"
            else:
                shown = " / ".join(labels)
            rows.append((section, shown, description))
    return rows


def _sentence_case(description: str) -> str:
    """Textual's title-case descriptions ("Page Down") as newstui writes its own ("Page down")."""
    words = description.split(" ")
    if len(words) > 1 and all(word[:1].isupper() and word[1:].islower() for word in words):
        return " ".join([words[0], *(word.lower() for word in words[1:])])
    return description


NARROW: int = 50
"""Under this many cells the key table puts each description under its keys (two columns left it a word a row)."""
KEY_COLUMN: int = 24
"""Most cells of the keys' column in the wide table (it is as wide as its longest keys, up to this)."""


class KeyTable:
    """The help's rows as a Rich renderable laid out for the width it is given: keys and descriptions side
    by side, or under ``NARROW`` cells each description indented under its keys."""

    def __init__(self, rows: Sequence[tuple[str, str, str]]) -> None:
        self.rows = rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The table, or the stacked list on a narrow box."""
        if options.max_width >= NARROW:
            yield self._table()
            return
        section = None
        for group, keys, description in self.rows:
            if group != section:
                if section is not None:
                    yield Text("")
                yield Text(group, style="underline")
                section = group
            yield Text(keys, style="bold")
            yield Padding(Text(description), (0, 0, 0, 4))

    def _table(self) -> Table:
        table = Table(box=None, show_header=False, expand=True, pad_edge=False, padding=(0, 2, 0, 0))
        widest = max((cell_len(keys) for _, keys, _ in self.rows), default=0)
        table.add_column("keys", no_wrap=True, style="bold", width=min(max(widest, len("Article")), KEY_COLUMN))
        table.add_column("what", ratio=1)
        section = None
        for group, keys, description in self.rows:
            if group != section:
                if section is not None:
                    table.add_row(Text(""), Text(""))
                table.add_row(Text(group, style="underline"), Text(""))
                section = group
            table.add_row(Text(keys), Text(description))
        return table


class HelpScreen(ModalScreen[None]):
    """The keys of newstui, grouped by where they work; Esc (or ? or q) closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="newstui.help_close"),
        Binding("question_mark,f1", "close", "Close", show=False),
        Binding("q", "close", "Close", show=False),
        Binding("ctrl+c", "app.help_quit", "Quit", show=False),  # a modal screen stops the app's own
    ]

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }
    """

    def __init__(self, groups: Sequence[tuple[str, Iterable[BindingType]]]) -> None:
        super().__init__()
        self._groups = groups

    def compose(self) -> ComposeResult:
        """A bordered box with the key table."""
        rows = binding_rows(self._groups, self.app.get_key_display)
        with Vertical(id="help-dialog") as dialog:
            dialog.border_title = "Keys"
            dialog.border_subtitle = "↑↓ PgDn scroll · Esc closes"
            with VerticalScroll():
                yield Static(KeyTable(rows), id="help-table")
        yield KeyBar(id="help-keys")  # the help's own keys, over the reader's

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
