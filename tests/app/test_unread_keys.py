"""Pilot tests of u: the list shows only the stories not read yet (and the open one), and every story again."""

from __future__ import annotations

from typing import Any

from app_stories import STORIES
from app_support import SIZE, reader


def _ids(app: Any) -> list[str]:
    return [article.id for article in reader(app).article_list.articles]


async def test_u_lists_unread_stories_and_keeps_the_open_one(make_app: Any, hook: Any, notes: list[Any]) -> None:
    app = make_app(STORIES)
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        screen = reader(app)
        every = _ids(app)
        first, second = every[0], every[1]
        assert screen.current is not None and screen.current.id == first
        await pilot.press("n")  # reads the second story; the first is read too
        await pilot.pause()
        assert screen.current is not None and screen.current.id == second
        await pilot.press("u")
        await pilot.pause()
        assert _ids(app) == [second, *every[2:]], "read stories gone, the open one kept"
        assert (
            str(screen.list_pane.border_title) == f"{len(every) - 1}/{len(every)} · {len(every) - 2} unr. · unread only"
        )
        assert screen.article_list.highlighted_id == second
        await pilot.press("n")  # reading on does not shrink the list under the cursor
        await pilot.pause()
        assert screen.current is not None and screen.current.id == every[2]
        assert _ids(app) == [second, *every[2:]]
        await pilot.press("u")
        await pilot.pause()
        assert _ids(app) == every
        assert str(screen.list_pane.border_title) == f"Articles {len(every)} · {len(every) - 3} unread"
    assert [str(note.message) for note in notes] == [
        "List: unread stories only (u: every story).",
        "List: every story (u: unread only).",
    ]


async def test_u_with_the_filter_and_sorted(make_app: Any) -> None:
    app = make_app(STORIES, sort="newest")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        first = screen.current
        await pilot.press("n")
        await pilot.pause()
        opened = screen.current
        assert first is not None and opened is not None and opened.id != first.id
        await pilot.press("u", "u", "u")  # on, off, on: the same as once
        await pilot.pause()
        assert opened.id in _ids(app) and first.id not in _ids(app)
        assert len(_ids(app)) == len(STORIES) - 1
        unread = [article_id for article_id in _ids(app) if article_id != opened.id]
        assert not any(screen.reads.was_read(article_id) for article_id in unread)
        assert str(screen.list_pane.border_title).endswith("· unr. only · newest"), "short forms: a narrow pane"


class TestTheFirstStoryShown:
    """The story the reader opens by itself counts as read once scrolled or gone on from, not for being shown."""

    async def test_shown_and_left_at_once_is_not_read(self, make_app: Any) -> None:
        app = make_app(STORIES)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            first = _ids(app)[0]
            assert screen.current is not None and screen.current.id == first
            assert not screen.reads.was_read(first)
            await pilot.press("u")
            await pilot.pause()
            assert _ids(app)[0] == first, "still unread"

    async def test_going_on_from_it_reads_it(self, make_app: Any) -> None:
        app = make_app(STORIES)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            first, second = _ids(app)[:2]
            await pilot.press("n")
            await pilot.pause()
            assert screen.reads.was_read(first) and screen.reads.was_read(second)

    async def test_scrolling_it_reads_it(self, make_app: Any) -> None:
        from app_stories import long_article

        app = make_app((long_article(), *STORIES))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            assert screen.current is not None and screen.current.id == "long"
            assert not screen.reads.was_read("long")
            screen.article_view.focus()
            await pilot.press("pagedown")
            await pilot.pause()
            assert screen.reads.was_read("long")
