"""Pilot tests of the text boxes (/, f, g, w): right-to-left text sits flush right, the caret where typing goes."""

from __future__ import annotations

from typing import Any

import pytest
from app_stories import BOOK_FAIR
from app_support import SIZE
from rich.cells import cell_len
from textual.widgets import Input

from newstui.ui.widgets.bidi_input import BidiInput

QUERY = "منتخب الشباب"
"""Written for these tests."""


async def _box(pilot: Any, key: str, box_id: str, value: str | None = None) -> BidiInput:
    await pilot.press(key)
    await pilot.pause()
    box = pilot.app.screen.query_one(f"#{box_id}", Input)
    assert isinstance(box, BidiInput)
    if value is not None:
        box.value = value
    await pilot.pause()
    return box


def _visible(box: BidiInput) -> str:
    """The box's row as the screen shows it (its content region's cells)."""
    return box.render_line(0).text[: box.scrollable_content_region.width]


def _caret_column(box: BidiInput) -> int:
    """The caret's cell from the box's left edge, on the screen."""
    return box.cursor_screen_offset.x - box.content_region.x


@pytest.mark.parametrize(("key", "box_id"), [("/", "filter"), ("f", "find"), ("g", "open-address")])
async def test_right_to_left_text_is_flush_right_with_the_caret_on_its_left(
    make_app: Any, key: str, box_id: str
) -> None:
    app = make_app([BOOK_FAIR])
    async with app.run_test(size=SIZE) as pilot:
        box = await _box(pilot, key, box_id, "")
        for letter in QUERY:
            await pilot.press("space" if letter == " " else letter)
        await pilot.pause()
        assert box.value == QUERY
        shown = _visible(box)
        width = box.scrollable_content_region.width
        assert shown == shown.rstrip(), f"touches the right edge: {shown!r}"
        text = shown.lstrip()
        assert cell_len(text) == len(QUERY) and width - cell_len(text) > 5, shown
        assert _caret_column(box) == width - cell_len(text) - 1, "the caret just left of the text: typing goes there"
        assert app.cursor_position.x == box.cursor_screen_offset.x, "the terminal's cursor too (an input method)"
        await pilot.press("home")
        await pilot.pause()
        assert _caret_column(box) == width - 1, "the first letter typed is the rightmost"
        await pilot.press("end", "ب")
        await pilot.pause()
        assert _visible(box).rstrip() == _visible(box), "a letter typed keeps the right edge"
        assert cell_len(_visible(box).lstrip()) == len(QUERY) + 1


async def test_the_name_offered_by_save_is_flush_right(make_app: Any) -> None:
    app = make_app([BOOK_FAIR], layout="rtl")
    async with app.run_test(size=SIZE) as pilot:
        box = await _box(pilot, "w", "save-path")
        assert box.value.endswith(".txt") and box.indent > 0, box.value
        assert _visible(box).rstrip() == _visible(box)


async def test_a_click_left_of_the_text_puts_the_caret_at_its_end(make_app: Any) -> None:
    app = make_app([BOOK_FAIR])
    async with app.run_test(size=SIZE) as pilot:
        box = await _box(pilot, "/", "filter", QUERY)
        await pilot.press("home")
        inside = box.content_region.offset - box.region.offset
        await pilot.click(box, offset=(inside.x + 1, inside.y))
        await pilot.pause()
        assert box.cursor_position == len(QUERY)
        width = box.scrollable_content_region.width
        await pilot.click(box, offset=(inside.x + width - 1, inside.y))
        await pilot.pause()
        assert box.cursor_position == 0, "the rightmost glyph is the first letter"


async def test_left_to_right_text_and_a_line_wider_than_the_box_start_at_the_left(make_app: Any) -> None:
    app = make_app([BOOK_FAIR])
    async with app.run_test(size=SIZE) as pilot:
        box = await _box(pilot, "/", "filter", "harbour")
        assert _visible(box).startswith("harbour") and box.indent == 0
        box.value = " ".join([QUERY] * 6)
        await pilot.pause()
        assert box.indent == 0, "scrolls as before"
        assert not _visible(box).startswith("  ")


async def test_with_bidi_terminal_the_text_is_left_to_the_terminal(make_app: Any) -> None:
    """The terminal reorders the row itself: the box draws the text as typed, from the left, as before."""
    from newstui.terminal import BidiSetup

    app = make_app([BOOK_FAIR], bidi=BidiSetup(mode="terminal"))
    async with app.run_test(size=SIZE) as pilot:
        box = await _box(pilot, "/", "filter", QUERY)
        assert _visible(box).startswith(QUERY) and box.indent == 0
