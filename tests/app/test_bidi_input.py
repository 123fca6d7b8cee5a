"""Pilot tests of the text boxes (/, f, g, w): Arabic drawn shaped and right to left, the caret on its letter."""

from __future__ import annotations

from typing import Any

import pytest
from app_stories import BOOK_FAIR
from app_support import SIZE
from textual.widgets import Input

from newstui.text.caret import visual_line
from newstui.ui.widgets.bidi_input import BidiInput

QUERY = "معرض (2024)"
"""Written for these tests: an Arabic word, brackets and digits."""


async def _filter_box(pilot: Any, value: str) -> BidiInput:
    await pilot.press("/")
    await pilot.pause()
    box = pilot.app.screen.query_one("#filter", Input)
    assert isinstance(box, BidiInput) and pilot.app.screen.focused is box
    box.value = value
    await pilot.pause()
    return box


def _drawn(box: BidiInput) -> str:
    return box.render_line(0).text


def _caret_cell(box: BidiInput) -> int:
    """The caret's cell in the laid-out line (``visual_line``), wherever the box draws that line."""
    return box.cursor_screen_offset.x - box.content_region.x + box.scroll_offset.x - box.indent


class TestBidiInput:
    async def test_arabic_is_drawn_in_visual_order_with_the_caret_at_its_end(self, make_app: Any) -> None:
        app = make_app([BOOK_FAIR])
        async with app.run_test(size=SIZE) as pilot:
            box = await _filter_box(pilot, QUERY)
            line = visual_line(QUERY)
            assert _drawn(box).strip() == line.text.strip()
            assert "ﻣ" in _drawn(box) and "(2024)" in _drawn(box), "shaped, the digits and brackets in order"
            assert box.value == QUERY, "the text itself stays as typed"
            assert _caret_cell(box) == 0, "the end of a right-to-left line is its left edge"

    async def test_the_arrows_move_the_caret_the_way_they_point(self, make_app: Any) -> None:
        app = make_app([BOOK_FAIR])
        async with app.run_test(size=SIZE) as pilot:
            box = await _filter_box(pilot, QUERY)
            cells = visual_line(QUERY).cells
            await pilot.press("right")
            assert box.cursor_position == len(QUERY) - 1 and _caret_cell(box) == cells[len(QUERY) - 1]
            await pilot.press("home")
            assert box.cursor_position == 0 and _caret_cell(box) == cells[0] == max(cells)
            await pilot.press("left")
            assert box.cursor_position == 1 and _caret_cell(box) == cells[1] < cells[0]
            await pilot.press("ctrl+left")
            assert box.cursor_position > 1, "a word on, to the left"

    async def test_latin_text_is_drawn_as_textual_draws_it(self, make_app: Any) -> None:
        app = make_app([BOOK_FAIR])
        async with app.run_test(size=SIZE) as pilot:
            box = await _filter_box(pilot, "harbour")
            assert _drawn(box).startswith("harbour")
            await pilot.press("left")
            assert box.cursor_position == len("harbour") - 1 and _caret_cell(box) == len("harbour") - 1

    async def test_a_click_puts_the_caret_on_the_letter_under_it(self, make_app: Any) -> None:
        app = make_app([BOOK_FAIR])
        async with app.run_test(size=SIZE) as pilot:
            box = await _filter_box(pilot, QUERY)
            cells = visual_line(QUERY).cells
            inside = box.content_region.offset - box.region.offset
            await pilot.click(box, offset=(inside.x + box.indent + cells[0], inside.y))
            await pilot.pause()
            assert box.cursor_position == 0, "the first letter typed is the rightmost"

    @pytest.mark.parametrize("box_id", ["find", "open-address"])
    async def test_every_box_draws_arabic_so(self, make_app: Any, box_id: str) -> None:
        app = make_app([BOOK_FAIR])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("f" if box_id == "find" else "g")
            await pilot.pause()
            box = pilot.app.screen.query_one(f"#{box_id}", Input)
            assert isinstance(box, BidiInput)
            box.value = QUERY
            await pilot.pause()
            assert _drawn(box).strip() == visual_line(QUERY).text.strip()

    async def test_with_bidi_terminal_the_text_is_left_to_the_terminal(self, make_app: Any) -> None:
        from newstui.terminal import BidiSetup

        app = make_app([BOOK_FAIR], bidi=BidiSetup(mode="terminal"))
        async with app.run_test(size=SIZE) as pilot:
            box = await _filter_box(pilot, QUERY)
            assert _drawn(box).startswith(QUERY)


MIXED = "سعر (iPhone 15) هو 999$"
"""Written for these tests: a Latin run and digits inside a right-to-left line."""


@pytest.mark.parametrize("query", [MIXED, "مُشَكَّلٌ جديد"])
async def test_each_arrow_press_moves_the_caret_one_glyph_its_way(make_app: Any, query: str) -> None:
    """→ and ← move the caret on the screen, through a Latin or digit run as through Arabic, one glyph a press
    (a letter and its harakat are one stop), until the edge."""
    app = make_app([BOOK_FAIR])
    async with app.run_test(size=SIZE) as pilot:
        box = await _filter_box(pilot, query)
        line = visual_line(query)
        stops = sorted(set(line.cells))
        seen = [_caret_cell(box)]
        for _ in range(len(stops) + 2):
            await pilot.press("right")
            seen.append(_caret_cell(box))
        moves = [cell for cell in seen if cell != seen[0]]
        assert sorted(set(seen)) == [cell for cell in stops if cell >= seen[0]], (seen, stops)
        assert seen == sorted(seen) and moves, "always rightwards"
        back = [_caret_cell(box)]
        for _ in range(len(stops) + 2):
            await pilot.press("left")
            back.append(_caret_cell(box))
        assert back == sorted(back, reverse=True) and sorted(set(back)) == stops


async def test_the_letter_typed_is_in_view(make_app: Any) -> None:
    """In a box too narrow for the query, Home then typing shows the letters typed (they appear to the right of
    the caret in a right-to-left line)."""
    app = make_app([BOOK_FAIR])
    async with app.run_test(size=(70, 30)) as pilot:
        box = await _filter_box(pilot, "الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة")
        await pilot.press("home", "ب", "ت")
        await pilot.pause()
        line = visual_line(box.value)
        typed = line.cells[1]  # the ت, just typed, before the caret's letter
        left = box.scroll_offset.x
        assert left <= line.cells[box.cursor_position] and typed < left + box.scrollable_content_region.width
        assert box.value.startswith("بت")


@pytest.mark.parametrize("keys", [("home",), ("home", "left", "left", "left"), ("end",), ("home", "end")])
async def test_the_terminal_cursor_is_on_the_caret_in_a_scrolled_box(make_app: Any, keys: tuple[str, ...]) -> None:
    """The terminal's own cursor (where an input method opens) stands on the highlighted caret, also once the
    box has scrolled to show it (Textual placed it before the scroll: a cell or more off)."""
    app = make_app([BOOK_FAIR])
    async with app.run_test(size=(70, 30)) as pilot:
        box = await _filter_box(pilot, "البنك المركزي يرفع سعر الفائدة إلى مستوى لم يبلغه منذ عشرين عاما")
        await pilot.press(*keys)
        await pilot.pause()
        await pilot.pause()
        line = visual_line(box.value)
        caret = box.content_region.x + line.cells[box.cursor_position] - box.scroll_offset.x
        assert app.cursor_position.x == caret == box.cursor_screen_offset.x


async def test_a_long_word_is_laid_out_at_once(make_app: Any) -> None:
    """A long address with an Arabic slug is drawn in visual order without shaping each of its starts."""
    from newstui.text.caret import MAX_SHAPED_WORD

    address = "https://news.example/" + "خبر-" * 40
    assert len(address) > MAX_SHAPED_WORD
    line = visual_line(address)
    assert line.text.startswith("https://news.example/") and "ﺧ" not in line.text  # as typed, in order


@pytest.mark.parametrize(
    ("pasted", "expected"),
    [
        ("سلام\tعليكم", "سلام عليكم"),
        ("news\x1b[31mred\u202eX\nsecond line", "news[31mredX"),
        ("\r\nonly the first line was empty", ""),
    ],
    ids=["tab", "controls-and-lines", "empty-first-line"],
)
async def test_a_paste_is_one_line_without_tabs_or_controls(make_app: Any, pasted: str, expected: str) -> None:
    """A tab pasted was kept and drawn as nothing; an escape or a bidi override went into the query."""
    from textual import events

    app = make_app([BOOK_FAIR])
    async with app.run_test(size=SIZE) as pilot:
        box = await _filter_box(pilot, "")
        box.post_message(events.Paste(pasted))
        await pilot.pause()
        assert box.value == expected
        assert _drawn(box).strip() == (visual_line(expected).text.strip() if expected else box.placeholder)
