"""The help's key table: every key label whole at the widths the help box takes, descriptions in sentence case."""

from __future__ import annotations

from typing import Any

import pytest
from rich.console import Console

from newstui.ui.screens.help import KeyTable, binding_rows

SIZE = (120, 40)


@pytest.mark.parametrize("width", [50, 76, 100])
async def test_every_key_label_is_shown_whole(make_app: Any, width: int) -> None:
    """No keys cell is cut with an ellipsis (``pgdn / space / ^d`` was ``pgdn / space / …``)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        rows = binding_rows(app.help_groups(), app.get_key_display)
    console = Console(width=width, record=True, color_system=None, legacy_windows=False)
    console.print(KeyTable(rows))
    text = console.export_text()
    assert any("^d" in keys for _, keys, _ in rows), "ctrl+d pages down in the article"
    for _, keys, _ in rows:
        assert keys in text, keys


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("Page Down", "Page down"),
        ("Scroll Home", "Scroll home"),
        ("Open related link", "Open related link"),
        ("Open URL", "Open URL"),
        ("Quit", "Quit"),
    ],
)
def test_textual_title_case_descriptions_read_as_sentences(given: str, shown: str) -> None:
    """Textual's ``Page Down`` reads ``Page down``, as newstui's own descriptions are written."""
    from textual.binding import Binding

    ((_, _, description),) = binding_rows([("Article", [Binding("x", "noop", given)])])
    assert description == shown
