"""The article pane's keys where a frame is short of what they ask: find in a paragraph taller than the pane
shows the line found, and scroll keys that arrive together each go on from where the one before went."""

from __future__ import annotations

from typing import Any

from app_support import reader, screen_lines
from textual import events
from textual.widgets import Input

from newstui.model import Article
from newstui.text.normalize import normalize

# Original text written for these tests: long paragraphs, a word to find near the end of two of them.
_ARABIC = (
    "وقال المتحدث باسم البلدية إن أعمال الصيانة ستبدأ في الأسبوع المقبل بعد استكمال الإجراءات اللازمة مع"
    " المقاولين. وأضاف أن الخطة تشمل مراحل متعددة تمتد على مدى عامين كاملين في أحياء المدينة كلها."
    " وأشار السكان إلى أن الخطوة تأتي بعد سنوات من الانتظار."
)
_ENGLISH = (
    "The council said that repairs to the harbour wall will start next week, once the last permits are signed"
    " and the contractors have moved their boats. The plan runs in several stages over two full years, in every"
    " quarter of the town, and residents said the work comes after years of waiting. The first stage closes"
    " the old slipway, and the fishing boats will moor at the new pier until the spring."
)


def _story(paragraph: str, word: str, direction: str) -> Article:
    """Thirty long paragraphs; the eighth and the twelfth end with ``word`` (after their long text)."""
    paragraphs = tuple(f"{paragraph} {word} ({n})" if n in (8, 12) else f"{paragraph} ({n})" for n in range(1, 31))
    return Article(id=f"tall-{direction}", title="Story", paragraphs=paragraphs, direction=direction)  # type: ignore[arg-type]


async def _find_second(pilot: Any, query: str) -> None:
    await pilot.press("f")
    await pilot.pause()
    box = pilot.app.screen.query_one("#find", Input)
    box.value = query
    await pilot.pause()
    await pilot.press("enter")  # the second match: the twelfth paragraph
    await pilot.pause()


class TestFindInATallParagraph:
    async def test_the_line_found_is_on_screen(self, make_app: Any) -> None:
        """At 50x14 the article pane shows 6 rows and a paragraph takes more: the line holding the word found
        is on screen, not only the paragraph's first line."""
        app = make_app([_story(_ENGLISH, "saffron", "ltr")])
        async with app.run_test(size=(50, 14)) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            layout = view.article_layout
            assert layout is not None
            rows = view.scrollable_content_region.height
            tall = [n for n in range(len(layout.blocks)) if len(layout.block_lines(n)) > rows]
            assert tall, f"no paragraph is taller than the pane ({rows} rows): the test shows nothing"
            await _find_second(pilot, "saffron")
            assert view.match_status == (2, 2)
            shown = screen_lines(view)
            assert any("saffron" in line for line in shown), shown

    async def test_an_arabic_line_found_is_on_screen(self, make_app: Any) -> None:
        """The same in Arabic (the lines are shaped and reordered: the word is looked for as drawn)."""
        app = make_app([_story(_ARABIC, "الزعفران", "rtl")])
        async with app.run_test(size=(50, 14)) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            await _find_second(pilot, "الزعفران")
            assert view.match_status == (2, 2)
            drawn = normalize("الزعفران")[::-1]  # reordered for the screen: the letters right to left
            shown = [normalize(line) for line in screen_lines(view)]
            assert any(drawn in line for line in shown), shown

    async def test_a_match_that_fits_keeps_the_paragraph_start(self, make_app: Any) -> None:
        """Where the paragraph's start and the line found fit on the pane together, the paragraph starts on
        the pane's second row as before."""
        app = make_app([_story(_ENGLISH, "saffron", "ltr")])
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            await _find_second(pilot, "saffron")
            layout = view.article_layout
            assert layout is not None
            start = layout.block_start(view._matches[1])
            assert int(view.scroll_y) == start - 1


def _long_story() -> Article:
    return _story(_ENGLISH, "saffron", "ltr")


async def _article_at(pilot: Any, *keys: str) -> int:
    """Send ``keys`` in one go, as one read of the terminal brings them (``pilot.press`` waits for each key's
    scroll animation to end before the next key), let every animation end, and give the article's position."""
    app = pilot.app
    for key in keys:
        event = events.Key(key, " " if key == "space" else key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)
    await pilot.pause()
    await app.animator.wait_until_complete()
    await pilot.pause()
    return int(reader(app).article_view.scroll_y)


class TestScrollKeysTogether:
    """With animations on (as in a terminal), keys that arrive together are not lost."""

    async def test_end_then_home_ends_at_the_top(self, make_app: Any) -> None:
        app = make_app([_long_story()])
        app.animation_level = "full"
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            view.focus()
            await pilot.pause()
            assert view.max_scroll_y > 2 * view.scrollable_content_region.height
            assert await _article_at(pilot, "end", "home") == 0
            assert await _article_at(pilot, "home", "end") == view.max_scroll_y
            page = view.scrollable_content_region.height
            assert await _article_at(pilot, "end", "home", "pagedown") == page

    async def test_page_down_twice_moves_two_pages(self, make_app: Any) -> None:
        app = make_app([_long_story()])
        app.animation_level = "full"
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            view.focus()
            await pilot.pause()
            page = view.scrollable_content_region.height
            assert await _article_at(pilot, "pagedown", "pagedown") == 2 * page
            assert await _article_at(pilot, "pageup", "down", "down") == page + 2
            assert await _article_at(pilot, "space", "ctrl+u", "j", "k", "k") == page + 1
