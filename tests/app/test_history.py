"""Pilot tests of back/forward with browser semantics, greyed-out bindings, the trail, and n/p."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from app_stories import BOOK_FAIR, FERRY, LIBRARY, READING, STORIES
from app_support import SIZE, reader

from newstui.model import Link


def _enabled(app: Any, key: str) -> bool:
    """Whether the key bar shows ``key`` lit (its action can do something now)."""
    return bool(app.active_bindings[key].enabled)


class TestHistory:
    """Back and forward with browser semantics, greyed out when there is nowhere to go."""

    async def test_back_returns_to_story_opened_with_1(self, make_app: Any) -> None:
        """1, then p, then backspace returns to the story that 1 opened."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            await pilot.press("1")
            assert screen.history.current == READING.id
            await pilot.press("p")
            assert screen.history.current == BOOK_FAIR.id
            await pilot.press("backspace")
            await pilot.pause()
            assert screen.history.current == READING.id
            assert screen.article_view.article is not None
            assert screen.article_view.article.id == READING.id

    @pytest.mark.parametrize(
        ("keys", "current", "trail"),
        [
            (["1", "alt+left"], BOOK_FAIR.id, [BOOK_FAIR.id]),
            (["1", "alt+left", "alt+right"], READING.id, [BOOK_FAIR.id, READING.id]),
            (["1", "backspace", "alt+right"], READING.id, [BOOK_FAIR.id, READING.id]),
            (["1", "backspace", "backspace"], BOOK_FAIR.id, [BOOK_FAIR.id]),
            (["2", "backspace", "1", "alt+right"], READING.id, [BOOK_FAIR.id, READING.id]),
        ],
        ids=["alt-left", "alt-right", "backspace-then-forward", "back-at-start", "visit-drops-forward"],
    )
    async def test_back_forward(self, make_app: Any, keys: list[str], current: str, trail: list[str]) -> None:
        """alt+left/backspace go back, alt+right forward; a new visit after going back drops forward entries."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            await pilot.press(*keys)
            await pilot.pause()
            assert screen.history.current == current
            assert screen.history.trail() == trail
            if keys[-1] == "alt+right" and "2" in keys:
                assert LIBRARY.id not in list(screen.history)

    async def test_back_and_forward_greyed_out(self, make_app: Any) -> None:
        """check_action disables back at the start and forward at the end, and the footer follows."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)

            assert screen.check_action("back", ()) is None and not _enabled(app, "backspace")
            assert screen.check_action("forward", ()) is None and not _enabled(app, "alt+right")
            await pilot.press("1")
            await pilot.pause()
            assert _enabled(app, "backspace") and not _enabled(app, "alt+right")
            await pilot.press("backspace")
            await pilot.pause()
            assert not _enabled(app, "backspace") and _enabled(app, "alt+right")

    async def test_next_and_previous_greyed_out_at_the_ends_of_the_list(self, make_app: Any) -> None:
        """p is dimmed on the list's first story and n on its last; both are lit in between."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)

            count = len(screen.article_list.articles)
            assert count >= 3
            assert screen.history.current == screen.article_list.articles[0].id
            assert not _enabled(app, "p") and _enabled(app, "n")
            await pilot.press("n")
            await pilot.pause()
            assert _enabled(app, "p") and _enabled(app, "n")
            for _ in range(count - 2):
                await pilot.press("n")
            await pilot.pause()
            assert screen.history.current == screen.article_list.articles[-1].id
            assert _enabled(app, "p") and not _enabled(app, "n")

    async def test_trail_is_shown(self, make_app: Any) -> None:
        """The article pane's subtitle shows the position and the titles that led here."""
        app = make_app([FERRY, *STORIES])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            assert str(screen.article_view.border_subtitle).startswith("1/1")
            await pilot.press("n")
            await pilot.pause()
            subtitle = str(screen.article_view.border_subtitle)
            assert subtitle.startswith("2/2 ‹ ") and "River ferry" in subtitle


STEPS = [
    ("p", BOOK_FAIR.id, 1),
    ("n", READING.id, 2),
    ("n", LIBRARY.id, 3),
    ("p", READING.id, 4),
    ("n", LIBRARY.id, 5),
    ("n", FERRY.id, 6),
    ("n", FERRY.id, 6),
]
"""(key, article open afterwards, history length): p at the start and n at the end stay put."""


class TestStepping:
    """n and p open the next and previous article of the list, as visits."""

    async def test_step(self, make_app: Any) -> None:
        """Each step is a history visit in list order; stepping past either end stays put."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            for number, (key, current, visits) in enumerate(STEPS, 1):
                await pilot.press(key)
                assert (screen.history.current, len(screen.history)) == (current, visits), f"step {number}: {key}"


# Three bulletins a filter lists together, each linking to the book fair story the filter hides.
BULLETINS = tuple(
    replace(
        READING,
        id=f"bulletin-{n}",
        title=f"نشرة المساء رقم {n} عن المدارس",
        related=(Link(BOOK_FAIR.title, target=BOOK_FAIR.id),),
    )
    for n in (1, 2, 3)
)


class TestSteppingFromAStoryNotListed:
    """n and p from a story the list does not show go on from the highlighted row, in opposite directions."""

    @pytest.mark.parametrize(("key", "expected"), [("n", "bulletin-3"), ("p", "bulletin-1")])
    async def test_from_the_row_of_the_story_left(self, make_app: Any, key: str, expected: str) -> None:
        """Open bulletin 2 from a filtered list, follow its link out of the list: n opens 3, p opens 1."""
        app = make_app((BOOK_FAIR, *BULLETINS))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            await pilot.press("slash", *"نشرة", "enter")
            await pilot.pause()
            assert [article.id for article in screen.article_list.articles] == [b.id for b in BULLETINS]
            await pilot.press("down", "enter")
            await pilot.pause()
            assert screen.history.current == "bulletin-2"
            await pilot.press("1")
            await pilot.pause()
            assert screen.history.current == BOOK_FAIR.id
            assert screen.article_list.index_of(BOOK_FAIR.id) is None, "the filter hides it"
            await pilot.press(key)
            await pilot.pause()
            assert screen.history.current == expected

    async def test_n_opens_a_highlighted_story_not_read_yet(self, make_app: Any) -> None:
        """With the cursor moved onto a story not opened yet, n opens that one and p the one above it."""
        app = make_app((BOOK_FAIR, *BULLETINS))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            await pilot.press("slash", *"نشرة", "enter")
            await pilot.pause()
            await pilot.press("enter")  # bulletin 1
            await pilot.press("1")  # out of the list
            await pilot.press("tab", "tab", "tab")  # back to the list (article, related, list)
            await pilot.pause()
            screen.article_list.focus()
            await pilot.press("down", "down")  # onto bulletin 3, not opened
            await pilot.pause()
            assert screen.history.current == BOOK_FAIR.id
            assert screen._step_target(1) == 2 and screen._step_target(-1) == 1


class TestReturningToTheLinkFollowed:
    """Back and forward come back to the related link followed, in the pane it was followed from."""

    async def test_back_puts_the_cursor_on_the_link_followed(self, make_app: Any) -> None:
        """Link 2 chosen in the related pane (the library story, which has no links: the article takes the
        focus there); back: the related pane has the focus again, its cursor on link 2."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            screen.related.focus()
            await pilot.press("down", "enter")
            await pilot.pause()
            assert screen.history.current == LIBRARY.id
            assert app.focused is screen.article_view, "a story without links: its text has the focus"
            await pilot.press("backspace")
            await pilot.pause()
            assert screen.history.current == BOOK_FAIR.id
            assert app.focused is screen.related and screen.related.cursor == 1
            await pilot.press("alt+right")
            await pilot.pause()
            assert screen.history.current == LIBRARY.id and app.focused is screen.article_view

    async def test_the_list_keeps_the_focus_it_had(self, make_app: Any) -> None:
        """A story left from the list (n with the list focused), then back and forward: the list has the focus."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            screen.article_list.focus()
            await pilot.press("1")  # read also: the reading story, opened from the list's story
            await pilot.pause()
            screen.article_view.focus()
            await pilot.press("backspace")
            await pilot.pause()
            assert screen.history.current == BOOK_FAIR.id and app.focused is screen.article_list


class TestReadingPosition:
    """Back and forward return to where the story was left, as a browser does; a new visit starts at the top."""

    async def test_back_and_forward_return_where_you_were(self, make_app: Any) -> None:
        from dataclasses import replace

        from app_support import long_story

        story = long_story("مقال طويل عن المدينة", ["افتتحت البلدية حديقة جديدة في وسط المدينة بعد عامين."])
        story = replace(story, related=(Link(READING.title, target=READING.id),))
        reading = replace(READING, related=(*READING.related, Link(story.title, target=story.id)))
        app = make_app((story, reading))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            view = screen.article_view
            view.focus()
            for _ in range(5):
                await pilot.press("pagedown")
            await pilot.pause()
            left_at = view.scroll_y
            assert left_at > 50
            await pilot.press("1")  # the related story, from its top
            await pilot.pause()
            assert screen.history.current == READING.id and view.scroll_y == 0
            await pilot.press("backspace")
            await pilot.pause()
            assert screen.history.current == story.id
            assert view.scroll_y == left_at, "back returns to the row the story was left at"
            await pilot.press("alt+right")
            await pilot.pause()
            assert view.scroll_y == 0, "forward returns to the related story's top, where it was left"
            number = 1 + [link.target for link in screen.related.links].index(story.id)
            await pilot.press(str(number))  # a new visit of the long story: from its top, as a link opens
            await pilot.pause()
            assert screen.history.current == story.id and view.scroll_y == 0

    async def test_leaving_by_back_or_forward_keeps_the_place_too(self, make_app: Any) -> None:
        """A story left with back or forward (not only with a link) is found again where it was left."""
        from dataclasses import replace

        from app_support import long_story

        story = long_story("مقال طويل عن المدينة", ["افتتحت البلدية حديقة جديدة في وسط المدينة بعد عامين."])
        other = long_story("مقال طويل عن الميناء", ["وسع الميناء رصيفه الشمالي لاستقبال السفن الكبيرة."])
        other = replace(other, id="long-port")
        story = replace(story, related=(Link(other.title, target=other.id),))
        app = make_app((story, other))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            view = screen.article_view
            view.focus()
            await pilot.press("1", "backspace")  # a forward entry to the other story
            await pilot.pause()
            assert screen.history.current == story.id and view.scroll_y == 0
            for _ in range(4):
                await pilot.press("pagedown")
            await pilot.pause()
            story_at = view.scroll_y
            assert story_at > 40
            await pilot.press("alt+right")  # leave the story by forward
            await pilot.pause()
            assert screen.history.current == other.id and view.scroll_y == 0
            for _ in range(2):
                await pilot.press("pagedown")
            await pilot.pause()
            other_at = view.scroll_y
            assert 0 < other_at != story_at
            await pilot.press("backspace")  # leave the other story by back
            await pilot.pause()
            assert screen.history.current == story.id and view.scroll_y == story_at
            await pilot.press("alt+right")
            await pilot.pause()
            assert screen.history.current == other.id and view.scroll_y == other_at


async def test_following_a_link_to_a_story_without_links_moves_to_the_article(make_app: Any) -> None:
    """Enter on a related link keeps the focus in the related pane while the new story has links to offer;
    a story without any puts the focus on its text (not on an empty pane)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        screen.related.focus()
        await pilot.press("enter")  # BOOK_FAIR's first link: READING, which links back to its page
        await pilot.pause()
        assert screen.history.current == READING.id and screen.focused is screen.related
        library = next(link for link in BOOK_FAIR.related if link.target == LIBRARY.id)
        screen.navigator.follow(library)  # LIBRARY has no related links
        await pilot.pause()
        assert screen.history.current == LIBRARY.id and not screen.related.links
        assert screen.focused is screen.article_view
