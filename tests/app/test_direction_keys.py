"""Pilot tests of d: the open article's reading direction switched (auto, RTL, LTR), per story, position kept."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app_support import SIZE, long_story, reader, screen_lines, top_block_kept

from newstui.model import Article, Link
from newstui.text import rtl

# Original stories written for these tests. A bilingual tech story whose paragraphs open with Latin
# words (auto gives each paragraph its own direction), and a plain Arabic story it links to.
GADGET = Article(
    id="gadget",
    title="Pixel 9 يصل إلى الأسواق العربية",
    paragraphs=(
        "Google أعلنت أن هاتف Pixel 9 سيصل إلى متاجر الرياض ودبي الأسبوع المقبل بسعر 3,499 ريالاً.",
        "The launch event (in English) will be streamed live on YouTube at 19:00.",
        "وقال متحدث باسم الشركة: «نريد أن يصل الهاتف إلى كل المدن».",
    ),
    source="نشرة التقنية",
    related=(Link("معرض الكتاب يفتح أبوابه", target="fair"),),
    direction="rtl",
)
FAIR = Article(
    id="fair",
    title="معرض الكتاب يفتح أبوابه",
    paragraphs=("افتتح معرض الكتاب السنوي صباح اليوم بمشاركة 120 دار نشر من 15 بلداً.",),
    source="صحيفة الثقافة",
    related=(Link("Pixel 9 يصل إلى الأسواق العربية", target="gadget", kind="parent"),),
    direction="rtl",
)


def _drawn(app: Any) -> list[str]:
    """The article pane's non-blank rows."""
    return [line for line in screen_lines(reader(app).article_view) if line.strip()]


def _body_rows(article: Article, width: int, direction: rtl.Direction | None) -> list[str]:
    """What the pipeline lays out for the story's paragraphs with ``direction`` (None: detected)."""
    rows: list[str] = []
    for paragraph in article.paragraphs:
        rows.extend(
            rtl.layout_paragraph(paragraph, width, direction=direction, default=article.direction, prefer_rtl=True)
        )
    return rows


def _flush(rows: list[str], side: str) -> bool:
    """Every row touches the ``side`` edge of the pane (a row padded on that side is not flush)."""
    return all((row[-1] if side == "right" else row[0]) != " " for row in rows)


async def _press(pilot: Any, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


class TestCycle:
    async def test_d_cycles_rtl_ltr_and_back_to_auto(self, make_app: Any, hook: Any, notes: list[Any]) -> None:
        """d gives every paragraph RTL, then LTR, then each paragraph its own direction again (as at first)."""
        app = make_app((GADGET, FAIR))
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            width = view.text_width
            auto = _drawn(app)
            assert view.direction is None
            assert not _flush(auto, "right") and not _flush(auto, "left"), "auto mixes the two alignments"
            for body in _body_rows(GADGET, width, None):
                assert body in auto

            await _press(pilot, "d")
            forced_rtl = _drawn(app)
            assert view.direction == "rtl"
            assert _flush(forced_rtl, "right")
            for body in _body_rows(GADGET, width, "rtl"):
                assert body in forced_rtl
            assert any(row.strip().startswith(".") and "19:00" in row for row in forced_rtl), (
                "in the English paragraph, now RTL, the final full stop goes to the left end"
            )

            await _press(pilot, "d")
            forced_ltr = _drawn(app)
            assert view.direction == "ltr"
            assert _flush(forced_ltr, "left")
            for body in _body_rows(GADGET, width, "ltr"):
                assert body in forced_ltr
            assert any(row.rstrip().endswith("».") for row in forced_ltr), "the Arabic quote ends on the right"

            await _press(pilot, "d")
            assert view.direction is None
            assert _drawn(app) == auto
        said = [str(note.message) for note in notes]
        assert said == [
            "Direction: right to left (d changes it).",
            "Direction: left to right (d changes it).",
            "Direction: each paragraph's own (d changes it).",
        ]

    async def test_d_passes_over_the_direction_every_paragraph_has(
        self, make_app: Any, hook: Any, notes: list[Any]
    ) -> None:
        """In a story whose every line reads right to left, forcing RTL changes nothing: d goes to LTR and back."""
        app = make_app((FAIR, GADGET))
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            auto = _drawn(app)
            await _press(pilot, "d")
            assert view.direction == "ltr"
            assert _flush(_drawn(app), "left")
            await _press(pilot, "d")
            assert view.direction is None
            assert _drawn(app) == auto
            await _press(pilot, "d")
            assert view.direction == "ltr"
        said = [str(note.message) for note in notes]
        assert said == [
            "Direction: left to right (d changes it).",
            "Direction: each paragraph's own (right to left) (d changes it).",
            "Direction: left to right (d changes it).",
        ]

    async def test_the_choice_belongs_to_the_story(self, make_app: Any) -> None:
        """A direction chosen for one story does not follow to the next; going back finds it again."""
        app = make_app((GADGET, FAIR))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            await _press(pilot, "d", "d")
            assert view.direction == "ltr"
            await _press(pilot, "1")
            assert reader(app).current is not None and reader(app).current.id == "fair"
            assert view.direction is None
            assert _flush(_drawn(app)[1:], "right"), "the Arabic story is drawn as detected (RTL)"
            await _press(pilot, "backspace")
            assert view.direction == "ltr"
            assert _flush(_drawn(app), "left")

    async def test_a_related_story_laid_out_ahead_is_drawn_with_its_direction(self, make_app: Any) -> None:
        """The related story's first screen, laid out in advance, uses the direction chosen for it."""
        from newstui import render

        app = make_app((GADGET, FAIR))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await _press(pilot, "1", "d")  # FAIR: left to right (right to left is how it reads already)
            await _press(pilot, "backspace")
            screen = reader(app)
            assert screen.current is not None and screen.current.id == "gadget"
            render._CACHE.clear()
            screen._prefetch_related("gadget")
            ahead = [layout for key, layout in render._CACHE.items() if key[0] == "fair"]
            assert [layout.direction for layout in ahead] == ["ltr"]
            await _press(pilot, "1")
            assert screen.article_view.direction == "ltr"
            assert screen.article_view.article_layout is ahead[0], "the layout made ahead is the one shown"
            assert _flush(_drawn(app), "left")


class TestSetting:
    async def test_direction_setting_is_the_default_of_every_story(self, make_app: Any) -> None:
        """--direction ltr draws every story left to right; d then goes on to auto for the open one."""
        app = make_app((GADGET, FAIR), direction="ltr")
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            assert view.direction == "ltr"
            assert _flush(_drawn(app), "left")
            await _press(pilot, "1")
            assert view.direction == "ltr", "the next story too"
            await _press(pilot, "d")
            assert view.direction is None
            await _press(pilot, "backspace")
            assert view.direction == "ltr", "the first story keeps the setting"

    async def test_a_source_direction_wins_over_the_setting(self, make_app: Any) -> None:
        """The config file's [directions] give one source's stories their direction; the others keep the setting."""
        gadget = replace(GADGET, origin="https://tech.example.org/feed.xml")
        fair = replace(FAIR, origin="/srv/news/culture/fair.txt")
        app = make_app(
            (gadget, fair),
            direction="rtl",
            source_directions=(("https://tech.example.org/feed.xml/", "ltr"), ("/srv/news/culture", "auto")),
        )
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            assert view.direction == "ltr", "the feed's entry (its address written with a final slash)"
            assert _flush(_drawn(app), "left")
            await _press(pilot, "1")
            assert view.direction is None, "a file under the folder given 'auto': each paragraph its own"
            await _press(pilot, "d")
            assert view.direction == "ltr", "d goes on from there (right to left is how the story reads already)"

    async def test_no_article_is_one_warning(self, make_app: Any, hook: Any, notes: list[Any]) -> None:
        app = make_app(())
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            await _press(pilot, "d")
            assert reader(app).article_view.direction is None
        assert [str(note.message) for note in notes] == ["No article is open."]


async def test_reading_position_is_kept(make_app: Any) -> None:
    """Deep in a long story, d redraws the same paragraph at the top."""
    app = make_app((long_story(GADGET.title, GADGET.paragraphs),))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = await top_block_kept(pilot, "d")
        assert view.article_layout is not None and view.article_layout.direction == "rtl"


def _related_rows(app: Any) -> list[str]:
    """The related pane's non-blank rows."""
    return [line for line in screen_lines(reader(app).related) if line.strip()]


class TestRelatedPane:
    """The related links take the story's direction as ``--print`` gives them: forced by d or the setting."""

    async def test_the_links_follow_the_direction_chosen_with_d(self, make_app: Any) -> None:
        app = make_app((FAIR, GADGET))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            auto = _related_rows(app)
            assert auto[0].rstrip().endswith(".1"), "an Arabic link: its number on the right"
            await _press(pilot, "d")  # left to right
            forced = _related_rows(app)
            assert forced[0].lstrip().startswith("1."), "the same link left to right: its number on the left"
            assert all(row.startswith("   ") for row in forced[1:]), "its next lines hang under its title"
            await _press(pilot, "d")
            assert _related_rows(app) == auto

    async def test_the_setting_gives_the_links_their_direction(self, make_app: Any) -> None:
        from newstui import render

        app = make_app((FAIR, GADGET), direction="ltr")
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            related = reader(app).related
            label = f"1. {FAIR.related[0].title}"
            expected = render.text_lines(FAIR, label, related.line_width, direction="ltr")
            assert [related.item_row(0, n, related.line_width)[0] for n in range(len(expected))] == list(expected)

    async def test_the_line_under_a_link_hangs_under_its_title(self, make_app: Any) -> None:
        """The status line starts where the title's text does, not under its number."""
        app = make_app((FAIR, GADGET))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            related = reader(app).related
            width = related.line_width
            title, status = (related.item_row(0, n, width)[0] for n in range(2))
            assert title.rstrip().endswith(" .1")
            marker = len("1. ")
            assert status.endswith(" " * marker) and status[-marker - 1] != " ", repr(status)
