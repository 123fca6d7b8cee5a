"""Pilot tests: ``enter`` over a maximized pane (z) shows the story it opens, as a related link's number does: over
the list the panes come back, the article focused; over the related pane the article takes its place."""

from __future__ import annotations

from typing import Any

import pytest
from app_stories import STORIES
from app_support import SIZE, reader


@pytest.mark.parametrize("size", [SIZE, (84, 30), (50, 30)], ids=["wide", "narrow", "stacked"])
async def test_enter_over_the_maximized_list_shows_the_story(make_app: Any, size: tuple[int, int]) -> None:
    app = make_app(STORIES)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = reader(app)
        screen.article_list.focus()
        await pilot.press("z")
        await pilot.pause()
        assert screen.maximized is screen.list_pane
        await pilot.press("j", "enter")
        await pilot.pause()
        second = screen.article_list.articles[1].id
        assert screen.history.current == second
        assert screen.maximized is None, "the panes came back"
        assert app.focused is screen.article_view and screen.article_view.region.area
        top = screen.article_view.scroll_y
        await pilot.press("j")
        await pilot.pause()
        assert screen.article_view.region.area, "j scrolls the article in sight"
        assert screen.article_view.scroll_y >= top


@pytest.mark.parametrize("size", [SIZE, (84, 30), (50, 30)], ids=["wide", "narrow", "stacked"])
async def test_enter_over_the_maximized_related_pane_shows_the_story_maximized(
    make_app: Any, size: tuple[int, int]
) -> None:
    app = make_app(STORIES)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = reader(app)
        first = screen.history.current
        link = screen.related.link(2)
        assert link is not None and link.target is not None
        screen.related.focus()
        await pilot.press("z")
        await pilot.pause()
        assert screen.maximized is screen.related
        await pilot.press("j", "enter")
        await pilot.pause()
        assert screen.history.current == link.target
        assert screen.maximized is screen.article_view and app.focused is screen.article_view
        assert screen.article_view.region.width == size[0]
        assert screen.article_view.article is not None and screen.article_view.article.id == link.target
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.history.current == first
        assert screen.maximized is screen.related and screen.related.cursor == 1, "back: the link followed, zoomed"


async def test_enter_in_the_list_on_a_tiny_screen_shows_the_article(make_app: Any) -> None:
    """A screen too small for two panes shows the list alone: enter shows the story it opens alone."""
    app = make_app(STORIES)
    async with app.run_test(size=(50, 10)) as pilot:
        await pilot.pause()
        await pilot.pause()
        screen = reader(app)
        assert screen.maximized is screen.list_pane
        await pilot.press("j", "enter")
        await pilot.pause()
        await pilot.pause()
        assert screen.history.current == screen.article_list.articles[1].id
        assert screen.maximized is screen.article_view and screen.article_view.region.area


@pytest.mark.parametrize("key", ["enter", "3"])
async def test_a_link_that_leads_nowhere_keeps_the_related_pane_maximized(make_app: Any, key: str) -> None:
    """Link 3 has no story and no address: its notice says so, and the maximized related pane stays, as for a
    number beyond the links (nothing opened to show)."""
    app = make_app(STORIES)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        first = screen.history.current
        link = screen.related.link(3)
        assert link is not None and link.target is None and link.url is None
        screen.related.focus()
        await pilot.press("z", "j", "j")
        await pilot.pause()
        assert screen.maximized is screen.related and screen.related.cursor == 2
        await pilot.press(key)
        await pilot.pause()
        assert screen.history.current == first
        assert screen.maximized is screen.related and app.focused is screen.related
