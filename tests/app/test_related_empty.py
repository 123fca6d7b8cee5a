"""Pilot tests: the related pane of a story with no related link says so in the story's language: in Arabic,
right to left and flush right, for an Arabic story; in English for an English one."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from app_stories import FERRY, LIBRARY
from app_support import SIZE, reader, screen_lines
from rich.cells import cell_len

from helpers.readback import reads_back
from newstui.render_blocks import LABELS

ARABIC = "لا روابط ذات صلة."


def _text_rows(app: Any) -> list[str]:
    return [row for row in screen_lines(reader(app).related) if row.strip()]


@pytest.mark.parametrize("size", [SIZE, (84, 30), (50, 30)], ids=["wide", "narrow", "stacked"])
async def test_an_arabic_story_without_links_says_so_in_arabic(make_app: Any, size: tuple[int, int]) -> None:
    app = make_app([LIBRARY])
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.current is not None and screen.current.id == LIBRARY.id and not screen.related.links
        rows = _text_rows(app)
        assert rows and reads_back(ARABIC, rows), rows
        assert not any("No related" in row for row in rows)
        width = screen.related.line_width
        assert all(cell_len(row) == width and cell_len(row.rstrip()) == width - 1 for row in rows), "flush right"


async def test_in_terminal_bidi_the_arabic_text_stays_logical(make_app: Any) -> None:
    """With ``b`` the terminal reorders: the pane hands it the words in logical order, unshaped."""
    app = make_app([LIBRARY])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        assert ARABIC in " ".join(row.strip() for row in _text_rows(app))


async def test_the_text_follows_the_open_storys_language(make_app: Any) -> None:
    """An English story says it in English, the Arabic one after it in Arabic, and the English one again."""
    app = make_app([replace(FERRY, related=()), LIBRARY])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        english = [" " + LABELS["ltr"]["no-related"]]
        assert [row.rstrip() for row in _text_rows(app)] == english
        await pilot.press("n")
        await pilot.pause()
        assert reads_back(ARABIC, _text_rows(app))
        await pilot.press("p")
        await pilot.pause()
        assert [row.rstrip() for row in _text_rows(app)] == english
