"""Pilot tests (misc42): esc closes the find box wherever the focus is, and over a pane maximized with z it
closes find before it restores the pane (audit journey42 #1)."""

from __future__ import annotations

from typing import Any

from app_support import SIZE, reader
from textual.widgets import Input

from newstui.model import Article, Link

# Original Arabic stories written for these tests.
_PORT = Article(
    id="port",
    title="الميناء يستقبل أول سفينة ركاب بعد التوسعة",
    source="صحيفة الساحل",
    paragraphs=(
        "رست في الميناء صباح اليوم أول سفينة ركاب بعد أعمال التوسعة.",
        "وقال مدير الميناء إن الرصيف الجديد يتسع لسفينتين في وقت واحد.",
        "وينتظر التجار أن تزيد حركة الركاب في موسم الصيف.",
    ),
    related=(Link("السوق القديم يفتح أبوابه ليلا", target="souq"),),
    direction="rtl",
)
_SOUQ = Article(
    id="souq",
    title="السوق القديم يفتح أبوابه ليلا",
    paragraphs=("قررت البلدية فتح السوق القديم ليلا في شهر الصيف.",),
    direction="rtl",
)


async def _open_find(pilot: Any, query: str) -> Any:
    screen = reader(pilot.app)
    screen.open_article("port")
    screen.article_view.focus()
    await pilot.pause()
    await pilot.press("f")
    await pilot.pause()
    box = screen.query_one("#find", Input)
    box.value = query
    await pilot.pause()
    assert screen.article_view.border_title is not None and "1/1" in str(screen.article_view.border_title)
    return box


async def test_esc_closes_find_after_the_focus_left_the_box(make_app: Any) -> None:
    app = make_app([_PORT, _SOUQ])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        box = await _open_find(pilot, "الرصيف")
        screen.related.focus()  # tab away: the box stays open, its count in the title
        await pilot.pause()
        assert box.display
        assert screen.check_action("clear_filter", ()) is True, "the key bar offers esc"
        await pilot.press("escape")
        await pilot.pause()
        assert not box.display, "esc closed the find box"
        assert str(screen.article_view.border_title) == "Article"


async def test_esc_over_a_maximized_pane_closes_find_before_restoring(make_app: Any) -> None:
    app = make_app([_PORT, _SOUQ])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        box = await _open_find(pilot, "الرصيف")
        screen.related.focus()
        await pilot.press("z")
        await pilot.pause()
        assert screen.maximized is not None
        maximized = screen.maximized
        await pilot.press("escape")
        await pilot.pause()
        assert not box.display, "find closed first"
        assert screen.maximized is maximized, "the pane stays maximized"
        await pilot.press("escape")  # nothing else to do: the pane is restored
        await pilot.pause()
        assert screen.maximized is None
