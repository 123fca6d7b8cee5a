"""Pilot tests of f: find in the article, Arabic spelling variants matching, next / previous, Esc."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app_stories import BOOK_FAIR, READING, STORIES, long_article
from app_support import SIZE, reader
from textual.widgets import Input

from newstui.render import find_blocks

# The long article with three paragraphs rewritten (original text) to hold "الإمارات" / "الأمارات".
_LONG = long_article(300)
_PARAGRAPHS = list(_LONG.paragraphs)
for _n, _text in (
    (60, "وصل وفد من الإمارات لزيارة الأسواق."),
    (150, "قال تاجر إن زبائن من الأمارات يأتون كل صيف."),
    (250, "وتعرض الإمارات شراكة مع الحرفيين."),
):
    _PARAGRAPHS[_n] = _text
STORY = replace(_LONG, paragraphs=tuple(_PARAGRAPHS))


async def _find(pilot: Any, query: str) -> None:
    await pilot.press("f")
    await pilot.pause()
    box = pilot.app.screen.query_one("#find", Input)
    assert pilot.app.screen.focused is box
    box.value = query  # typing Arabic key by key is slow under Pilot; the box's Changed event is the same
    await pilot.pause()


def _top_block(view: Any) -> int:
    return int(view.article_layout.block_at(int(view.scroll_y) + 1)[0])


class TestFind:
    def test_find_blocks_folds_arabic_spelling(self) -> None:
        """The core search: normalized text, so hamza and harakat variants match; blocks in layout order."""
        blocks = find_blocks(STORY, "الامارات")
        assert len(blocks) == 3
        assert find_blocks(STORY, "الإمَارات") == blocks
        assert find_blocks(STORY, "   ") == [] and find_blocks(STORY, "سويسرا") == []

    async def test_typing_marks_and_shows_the_first_match(self, make_app: Any) -> None:
        app = make_app([STORY])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            await _find(pilot, "الامارات")
            assert view.match_status == (1, 3)
            assert (view.border_title or "").startswith("Article · 1/3 · ")
            expected = find_blocks(STORY, "الامارات")
            assert _top_block(view) == expected[0], "the first match is on screen, one row of context above"
            row = view.article_layout.block_start(expected[0]) - int(view.scroll_y)
            current = list(view.render_line(row))[0].style
            plain = list(view.render_line(0))[0].style
            assert current.bgcolor != plain.bgcolor, "the current match is highlighted"

    async def test_the_current_match_stands_out_from_the_others(self, make_app: Any) -> None:
        """Three marked paragraphs: the one stepped to has its own background (and bold), not the others'."""
        near = list(_PARAGRAPHS[:8])
        near[2], near[5] = "وصل وفد من الإمارات لزيارة الأسواق.", "وتعرض الإمارات شراكة مع الحرفيين."
        app = make_app([replace(STORY, paragraphs=tuple(near))])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            await _find(pilot, "الامارات")
            assert view.match_status == (1, 2)
            layout = view.article_layout
            first, second = (layout.block_start(block) - int(view.scroll_y) for block in view._matches)
            styles = [list(view.render_line(row))[0].style for row in (first, second, 0)]
            current, other, plain = styles
            assert len({current.bgcolor, other.bgcolor, plain.bgcolor}) == 3, styles
            assert current.bold and not other.bold

    async def test_enter_down_and_up_step_through_the_matches(self, make_app: Any) -> None:
        app = make_app([STORY])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            blocks = find_blocks(STORY, "الامارات")
            await _find(pilot, "الامارات")
            await pilot.press("enter")
            await pilot.pause()
            assert view.match_status == (2, 3) and _top_block(view) == blocks[1]
            await pilot.press("down")
            await pilot.pause()
            assert view.match_status == (3, 3) and _top_block(view) == blocks[2]
            await pilot.press("down")  # round to the first
            await pilot.pause()
            assert view.match_status == (1, 3) and _top_block(view) == blocks[0]
            await pilot.press("up")  # and back to the last
            await pilot.pause()
            assert view.match_status == (3, 3)
            assert (view.border_title or "").startswith("Article · 3/3 · ")

    async def test_not_found_and_escape(self, make_app: Any) -> None:
        app = make_app([STORY])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            view = screen.article_view
            await _find(pilot, "سويسرا")
            assert view.match_status == (0, 0) and (view.border_title or "").startswith("Article · not found · ")
            screen.query_one("#find", Input).value = "الامارات"
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
            box = screen.query_one("#find", Input)
            assert not box.display and screen.focused is view
            assert view.match_status == (0, 0) and view.border_title == "Article"
            styles = {list(view.render_line(y))[0].style.bgcolor for y in range(view.size.height)}
            assert len(styles) == 1, "no line is highlighted any more"

    async def test_another_article_is_searched_with_the_same_query(self, make_app: Any) -> None:
        app = make_app(STORIES)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            assert screen.current is not None and screen.current.id == BOOK_FAIR.id
            await _find(pilot, "المدارس")
            assert screen.article_view.match_status == (0, 0)
            screen.open_article(READING.id)
            await pilot.pause()
            assert screen.article_view.match_status[1] == len(find_blocks(READING, "المدارس")) > 0
            assert (screen.article_view.border_title or "").startswith("Article · 1/")

    async def test_f_in_the_filter_box_is_a_letter(self, make_app: Any) -> None:
        app = make_app(STORIES)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("slash", "f")
            await pilot.pause()
            screen = reader(app)
            assert screen.query_one("#filter", Input).value == "f"
            assert not screen.query("#find")

    async def test_slash_in_the_find_box_is_a_character(self, make_app: Any) -> None:
        """ "/" typed in the find box is part of the query (a date, "24/7", an address), not the filter key."""
        app = make_app(STORIES)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("f", "2", "4", "slash", "7")
            await pilot.pause()
            screen = reader(app)
            assert screen.query_one("#find", Input).value == "24/7"
            assert not screen.query("#filter") and isinstance(app.focused, Input) and app.focused.id == "find"

    async def test_showing_another_article_drops_the_marks(self, make_app: Any) -> None:
        """Matches are blocks of one article: the view forgets them when it shows another."""
        app = make_app([STORY, READING])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            assert view.find("الامارات") == (1, 3)
            view.show(READING)
            await pilot.pause()
            assert view.match_status == (0, 0)

    async def test_a_maximized_pane_is_restored_so_the_box_shows(self, make_app: Any) -> None:
        """f (and /) with a pane maximized: the layout comes back first, so the box typed into is on screen."""
        app = make_app(STORIES)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            for key, box in (("f", "#find"), ("slash", "#filter")):
                screen.article_view.focus()
                await pilot.press("z")
                await pilot.pause()
                assert screen.maximized is screen.article_view
                await pilot.press(key)
                await pilot.pause()
                assert screen.maximized is None
                found = screen.query_one(box, Input)
                assert screen.focused is found and found.region.area > 0, box
                await pilot.press("escape")
                await pilot.pause()

    async def test_the_query_is_echoed_shaped_and_never_read_as_markup(self, make_app: Any) -> None:
        """The box shows logical text; the pane's title repeats the query shaped, with brackets kept as typed."""
        from textual.content import Content

        from newstui.text import rtl

        app = make_app([STORY])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            await _find(pilot, "[bold]x")
            assert Content.from_markup(view.border_title or "").plain == "Article · not found · [bold]x"
            reader(app).query_one("#find", Input).value = "الامارات"
            await pilot.pause()
            shaped = rtl.fit_line("الامارات", 20, mode="app", default="rtl").strip()
            assert Content.from_markup(view.border_title or "").plain == f"Article · 1/3 · {shaped}"
