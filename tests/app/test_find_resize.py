"""Pilot tests: the find's current match, in view, stays in view when the terminal is resized (the top paragraph
the resize keeps, or the rows that fitted before, no longer push it out); one scrolled away stays away."""

from __future__ import annotations

from typing import Any

from app_support import reader, screen_lines
from textual.widgets import Input

from newstui.model import Article

# An original story: the word looked for is in its last paragraph only.
HARBOUR = Article(
    id="harbour",
    title="The council approves new rules for the harbour car parks",
    paragraphs=(
        "The council approved new rules on Monday for the car parks around the old harbour, after a year of "
        "complaints from residents about cars left on the quay for days and lorries blocking the narrow streets "
        "behind the fish market in the early morning.",
        "Parking will cost more at weekends and on market days, and the money will pay for a shuttle bus from "
        "the car park by the stadium, which is rarely full, to the harbour gates every fifteen minutes.",
        "The old lighthouse keeps its free spaces.",
    ),
    source="Harbour Gazette",
    section="Local",
    keywords=("council", "parking"),
    direction="ltr",
)
WORD = "lighthouse"


async def _find(pilot: Any, query: str) -> None:
    await pilot.press("f")
    await pilot.pause()
    box = pilot.app.screen.query_one("#find", Input)
    box.value = query
    await pilot.pause()


def _word_shown(view: Any) -> bool:
    return any(WORD in row for row in screen_lines(view))


async def test_a_match_that_fitted_stays_in_view_when_the_screen_narrows(make_app: Any) -> None:
    app = make_app([HARBOUR])
    async with app.run_test(size=(200, 35)) as pilot:
        await pilot.pause()
        view = reader(app).article_view
        await _find(pilot, WORD)
        assert view.match_status == (1, 1) and view.scroll_y == 0, "the whole story fits"
        assert _word_shown(view)
        await pilot.resize_terminal(60, 12)
        await pilot.pause()
        await pilot.pause()
        assert view.match_status == (1, 1)
        assert view.article_layout is not None and view.article_layout.height > view.size.height, "it no longer fits"
        assert _word_shown(view), "the match is still in view"


async def test_a_match_stays_in_view_when_the_paragraph_above_grows(make_app: Any) -> None:
    app = make_app([HARBOUR])
    async with app.run_test(size=(120, 14)) as pilot:
        await pilot.pause()
        view = reader(app).article_view
        await _find(pilot, WORD)
        await pilot.press("enter")
        await pilot.pause()
        assert _word_shown(view)
        await pilot.resize_terminal(60, 14)
        await pilot.pause()
        await pilot.pause()
        assert _word_shown(view)


async def test_a_height_only_shrink_keeps_the_match_in_view(make_app: Any) -> None:
    app = make_app([HARBOUR])
    async with app.run_test(size=(200, 35)) as pilot:
        await pilot.pause()
        view = reader(app).article_view
        await _find(pilot, WORD)
        assert _word_shown(view)
        await pilot.resize_terminal(200, 11)
        await pilot.pause()
        await pilot.pause()
        assert _word_shown(view)


async def test_a_match_scrolled_away_is_not_brought_back(make_app: Any) -> None:
    """The reader scrolled to the top with the box open: a resize keeps the top paragraph, as without a find."""
    app = make_app([HARBOUR])
    async with app.run_test(size=(120, 14)) as pilot:
        await pilot.pause()
        view = reader(app).article_view
        await _find(pilot, WORD)
        view.scroll_to(y=0, animate=False, immediate=True)
        await pilot.pause()
        assert not _word_shown(view)
        await pilot.resize_terminal(100, 14)
        await pilot.pause()
        await pilot.pause()
        assert view.scroll_y == 0 and not _word_shown(view)
