"""ui41: the g box draws an address with an Arabic part in its typed order (#1), the help's esc line says all esc
does (#2), and under NO_COLOR the open story's row shows whether it is read (#3)."""

from __future__ import annotations

from typing import Any

import pytest
from app_stories import BOOK_FAIR, STORIES
from app_support import SIZE, reader
from textual.widgets import Input

from newstui.terminal import BidiSetup
from newstui.text import rtl
from newstui.ui.screens.prompts import OpenAddressScreen

# Written for these tests.
ADDRESS = "http://127.0.0.1:18842/ثقافة/2026/10/4410.html"


async def _box(pilot: Any) -> Input:
    await pilot.press("g")
    await pilot.pause()
    assert isinstance(pilot.app.screen, OpenAddressScreen)
    box = pilot.app.screen.query_one(Input)
    box.value = ADDRESS
    await pilot.pause()
    return box


async def test_the_open_box_draws_the_address_in_typed_order(make_app: Any) -> None:
    app = make_app([BOOK_FAIR])
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        box = await _box(pilot)
        drawn = box.render_line(0).text
        assert "http://127.0.0.1:18842/" + rtl.fit_host("ثقافة", 5) + "/2026/10/4410.html" in drawn
        await pilot.press("home")
        for step in range(len(ADDRESS)):  # → goes one cell right on the screen each time, over the Arabic part too
            assert box._cursor_offset == step
            await pilot.press("right")
        assert box._cursor_offset == len(ADDRESS) and box.cursor_position == len(ADDRESS)


async def test_with_bidi_terminal_the_box_isolates_the_address_and_its_parts(make_app: Any) -> None:
    app = make_app([BOOK_FAIR], bidi=BidiSetup(mode="terminal"))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        box = await _box(pilot)
        drawn = box.render_line(0).text
        assert "\u2066ثقافة\u2069/\u20662026\u2069" in drawn
        assert drawn.replace("\u2066", "").replace("\u2069", "").strip() == ADDRESS
        assert box.value == ADDRESS


async def test_the_help_says_esc_closes_a_box_and_restores_a_maximized_pane(make_app: Any) -> None:
    from newstui.ui.screens.help import binding_rows

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        rows = [" ".join(map(str, row)) for row in binding_rows(app.help_groups(), app.get_key_display)]
        esc = [row for row in rows if "Stop loading" in row]
        assert len(esc) == 1
        assert "close the box" in esc[0] and "maximized with z" in esc[0]


@pytest.mark.parametrize("no_color", [True, False])
async def test_the_open_storys_row_shows_m(make_app: Any, monkeypatch: pytest.MonkeyPatch, no_color: bool) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    app = make_app(STORIES)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        listed = screen.article_list
        first = listed.articles[0].id

        def rows() -> str:
            return "".join(listed.item_row(0, offset, 40)[0] for offset in (0, 1))

        screen.article_view.focus()
        for _ in range(2):
            await pilot.press("m")
            await pilot.pause()
            assert "●" in rows()
            assert ("✓" in rows()) is (no_color and screen.reads.was_read(first))
        assert "✓" not in listed.item_row(0, 0, 40)[0]  # the headline keeps its ● alone
