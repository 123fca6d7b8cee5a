"""Pilot tests: a related link's number (1-9) pressed over a maximized pane (z) shows the story it opens: over the
list the panes come back, over the related pane the article takes its place."""

from __future__ import annotations

from typing import Any

import pytest
from app_stories import STORIES
from app_support import SIZE, reader


@pytest.mark.parametrize("zoomed", ["list", "related"])
@pytest.mark.parametrize("size", [SIZE, (84, 30), (50, 30)], ids=["wide", "narrow", "stacked"])
async def test_a_link_number_over_a_maximized_pane_restores_the_panes(
    make_app: Any, size: tuple[int, int], zoomed: str
) -> None:
    app = make_app(STORIES)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = reader(app)
        link = screen.related.link(1)
        assert link is not None and link.target is not None
        pane = screen.list_pane if zoomed == "list" else screen.related
        if zoomed == "related":
            screen.related.focus()
        await pilot.press("z")
        await pilot.pause()
        assert screen.maximized is pane
        assert not screen.article_view.region.area, "the article is out of sight"
        await pilot.press("1")
        await pilot.pause()
        assert screen.history.current == link.target
        if zoomed == "list":
            assert screen.maximized is None
            assert screen.article_view.region.area and screen.list_pane.region.area
        else:
            assert screen.maximized is screen.article_view and app.focused is screen.article_view
            assert screen.article_view.region.width == size[0]
        assert screen.article_view.article is not None and screen.article_view.article.id == link.target


async def test_a_number_beyond_the_links_keeps_the_list_maximized(make_app: Any) -> None:
    """A number with no link opens nothing: the list stays maximized (the notice says why)."""
    app = make_app(STORIES)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("z", "9")
        await pilot.pause()
        assert screen.maximized is screen.list_pane


async def test_on_a_tiny_screen_the_article_takes_it(make_app: Any) -> None:
    """A screen too small for two panes shows the list alone: a link's number shows the story it opens alone."""
    app = make_app(STORIES)
    async with app.run_test(size=(50, 10)) as pilot:
        await pilot.pause()
        await pilot.pause()
        screen = reader(app)
        link = screen.related.link(1)
        assert link is not None and link.target is not None
        assert screen.maximized is screen.list_pane
        await pilot.press("1")
        await pilot.pause()
        await pilot.pause()
        assert screen.history.current == link.target
        assert screen.maximized is screen.article_view and screen.article_view.region.area


async def test_back_after_a_link_from_the_zoomed_related_pane_zooms_it_again(make_app: Any) -> None:
    """Related zoomed, 1 opens a story zoomed in the article's place; back returns to the related pane zoomed, its
    cursor where it was, as a browser returns to the link followed."""
    app = make_app(STORIES)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        first = screen.history.current
        link = screen.related.link(1)
        assert link is not None and link.target is not None
        screen.related.focus()
        await pilot.press("z")
        await pilot.pause()
        assert screen.maximized is screen.related
        await pilot.press("1")
        await pilot.pause()
        assert screen.history.current == link.target and screen.maximized is screen.article_view
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.history.current == first
        assert screen.maximized is screen.related and app.focused is screen.related
        assert screen.related.cursor == 0
