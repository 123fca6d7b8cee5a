"""Pilot tests: the list pane's title (count · unread · order · filter) fitted to the pane's width: short forms
on a narrow pane, the filter's query kept in sight, laid out again when the screen is resized."""

from __future__ import annotations

from typing import Any

from app_support import reader
from rich.cells import cell_len

from helpers.readback import reads_back
from newstui.model import Article

PLACES = ("البصرة", "الموصل", "أربيل", "النجف", "كربلاء")
EVENTS = ("تفتتح مكتبة جديدة", "تستضيف مهرجان الشعر", "تعيد تأهيل السوق القديم")
STORIES = tuple(
    Article(
        id=f"story-{number}",
        title=f"{PLACES[number % len(PLACES)]} {EVENTS[number % len(EVENTS)]} في موسمها رقم {number + 1}",
        paragraphs=(f"قالت البلدية إن العمل في المشروع رقم {number + 1} سينتهي قبل نهاية العام.",),
        published=f"2025-03-{number + 1:02d}",
        direction="rtl",
    )
    for number in range(15)
)


def _title(app: Any) -> str:
    return str(reader(app).list_pane.border_title)


async def test_a_narrow_list_gets_the_short_forms_and_a_wide_one_the_long(make_app: Any) -> None:
    app = make_app(STORIES)
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert _title(app) == "Articles 15 · 15 unread · newest first"
        await pilot.resize_terminal(84, 40)
        await pilot.pause()
        await pilot.pause()
        screen = reader(app)
        assert _title(app) == "15 · 15 unr. · newest"
        assert cell_len(_title(app)) <= screen.list_pane.size.width - 5, "the border cuts nothing"


async def test_a_narrow_list_keeps_the_filters_query_in_sight(make_app: Any) -> None:
    app = make_app(STORIES)
    async with app.run_test(size=(84, 40)) as pilot:
        await pilot.pause()
        await pilot.press("s", "u", "slash", *"مهرجان")
        await pilot.pause()
        title = _title(app)
        screen = reader(app)
        assert cell_len(title) <= screen.list_pane.size.width - 5, title
        assert title.startswith("5/15 · "), title
        assert reads_back("مهرجان", [title.rsplit(" · ", 1)[1]]), title


async def test_the_title_is_fitted_again_when_the_list_is_maximized_and_restored(make_app: Any) -> None:
    """``z`` changes the list pane's width as a resize does: its title takes the long forms, then the short again."""
    app = make_app(STORIES)
    async with app.run_test(size=(84, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        screen.article_list.focus()
        await pilot.pause()
        narrow = _title(app)
        assert narrow.startswith("15 · "), narrow
        await pilot.press("z")
        await pilot.pause()
        await pilot.pause()
        assert screen.maximized is not None
        assert _title(app).startswith("Articles 15 · 15 unread"), _title(app)
        await pilot.press("z")
        await pilot.pause()
        await pilot.pause()
        assert screen.maximized is None
        assert _title(app) == narrow
