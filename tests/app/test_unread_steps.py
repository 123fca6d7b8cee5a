"""Pilot tests of N and P: the next / previous unread story in the list, read ones passed over, no wrap-around;
their hint in the key bar (``N Unread``, the first to give way after the dimmed ones) and their rows in help."""

from __future__ import annotations

from typing import Any

import pytest
from app_stories import STORIES
from app_support import SIZE, reader

from newstui.ui.screens.help import binding_rows
from newstui.ui.widgets.key_bar import KeyBar

AFTER = "No unread story after this one in the list."
BEFORE = "No unread story before this one in the list."


def _ids(app: Any) -> list[str]:
    return [article.id for article in reader(app).article_list.articles]


def _shown_notices(app: Any) -> list[str]:
    return [str(note.message) for note in app._notifications]


async def test_n_upper_passes_over_read_stories_and_stops_at_the_end(make_app: Any) -> None:
    """The second story marked read (m), N from the first opens the third, then the fourth; at the end it says so
    and the open story stays."""
    app = make_app(STORIES)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        ids = _ids(app)
        assert screen.history.current == ids[0]
        await pilot.press("down", "m")  # the second story read
        await pilot.pause()
        assert screen.reads.was_read(ids[1])
        await pilot.press("N")
        await pilot.pause()
        assert screen.history.current == ids[2], "the read story is passed over"
        await pilot.press("N")
        await pilot.pause()
        assert screen.history.current == ids[3]
        await pilot.press("N")
        await pilot.pause()
        assert screen.history.current == ids[3], "no wrap-around to the first story"
        assert _shown_notices(app) == [AFTER]


async def test_p_upper_passes_over_read_stories_and_stops_at_the_top(make_app: Any) -> None:
    """The third story marked read and the last one opened: P opens the second, then finds none before it (the
    first was read when the reader went on from it)."""
    app = make_app(STORIES)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        ids = _ids(app)
        await pilot.press("end", "up", "m")  # the third story read
        await pilot.press("end", "enter")  # the last one opened (the first, gone on from, is read now)
        await pilot.pause()
        assert screen.history.current == ids[3]
        assert screen.reads.was_read(ids[2]) and screen.reads.was_read(ids[0])
        await pilot.press("P")
        await pilot.pause()
        assert screen.history.current == ids[1], "the read story is passed over"
        await pilot.press("P")
        await pilot.pause()
        assert screen.history.current == ids[1]
        assert _shown_notices(app) == [BEFORE]


async def test_n_upper_follows_the_lists_order_newest_first(make_app: Any) -> None:
    """Sorted newest first, N goes down the list as it is shown, not in the order the stories were loaded."""
    app = make_app(STORIES, sort="newest")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        ids = _ids(app)
        assert ids != [story.id for story in STORIES], "the fixture's dates reorder the list"
        assert screen.history.current == ids[0]
        await pilot.press("N")
        await pilot.pause()
        assert screen.history.current == ids[1]


async def test_the_bar_shows_n_upper_after_p_and_drops_it_first(make_app: Any) -> None:
    """``N Unread`` follows ``p Prev``; P has no hint of its own. On a narrow bar it gives way after the dimmed
    hints, before the other lit ones."""
    app = make_app(STORIES)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        bar.update_hints()
        described = [hint.description for hint in bar.hints]
        assert described[described.index("Prev") + 1] == "Unread"
        unread = next(hint for hint in bar.hints if hint.description == "Unread")
        assert (unread.display, unread.key, unread.enabled) == ("N", "N", True)
        assert described.count("Unread") == 1
        widths = range(20, SIZE[0] + 1)
        shown = {width: [hint.description for hint in bar.fitting(width)] for width in widths}
        dimmed = {hint.description for hint in bar.hints if not hint.enabled}
        assert dimmed, "back and forward are dimmed at the start"
        gone = min(width for width in widths if "Unread" in shown[width]) - 1
        lit = [hint.description for hint in bar.hints if hint.enabled]
        assert shown[gone + 1] == lit, "the dimmed hints went before it, and no lit one"
        assert shown[gone] == [description for description in lit if description != "Unread"], "it went first"


@pytest.mark.parametrize(("keys", "description"), [("N", "Next unread story"), ("P", "Previous unread story")])
async def test_help_lists_n_and_p_upper(make_app: Any, keys: str, description: str) -> None:
    app = make_app(STORIES)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        rows = binding_rows(app.help_groups(), app.get_key_display)
    found = {shown: text for _, shown, text in rows}
    assert found[keys].startswith(description)


async def test_the_unread_hint_is_dimmed_when_every_story_after_is_read(make_app: Any) -> None:
    """``N Unread`` is lit while an unread story lies ahead, dimmed on the last unread one (pressed, it still says
    so), as ``n Next`` is on the list's last story."""

    def hints(app: Any) -> dict[str, bool]:
        return {hint.description: hint.enabled for hint in app.screen.query_one(KeyBar).hints}

    app = make_app(STORIES)
    async with app.run_test(size=(200, 30)) as pilot:
        await pilot.pause()
        screen = reader(app)
        ids = _ids(app)
        assert hints(app)["Unread"], "stories after the first are unread"
        await pilot.press("end", "enter")  # the last story opened: the first read, none after it
        await pilot.pause()
        assert screen.history.current == ids[-1]
        assert not hints(app)["Unread"]
        await pilot.press("N")
        await pilot.pause()
        assert screen.history.current == ids[-1]
        assert _shown_notices(app)[-1:] == [AFTER]
        await pilot.press("P")  # unread stories before it: P still goes
        await pilot.pause()
        assert screen.history.current == ids[-2]


async def test_the_unread_hint_follows_the_marks(make_app: Any) -> None:
    """Every story after the open one marked read with ``m``: ``N Unread`` is dimmed at once; one marked unread
    again lights it (the key bar follows the marks, not only the moves)."""

    def lit(app: Any) -> bool:
        return {hint.description: hint.enabled for hint in app.screen.query_one(KeyBar).hints}["Unread"]

    app = make_app(STORIES)
    async with app.run_test(size=(200, 30)) as pilot:
        await pilot.pause()
        screen = reader(app)
        screen.article_list.focus()
        await pilot.pause()
        assert lit(app)
        for _ in range(len(_ids(app)) - 1):
            await pilot.press("down", "m")
        await pilot.pause()
        assert all(screen.reads.was_read(story) for story in _ids(app)[1:])
        assert not lit(app), "nothing unread after the open story"
        await pilot.press("m")  # the last one unread again
        await pilot.pause()
        assert lit(app)
