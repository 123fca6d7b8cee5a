"""Pilot tests of h: harakat hidden and shown again in every pane, the reading position kept, copy untouched."""

from __future__ import annotations

from typing import Any

from app_support import SIZE, long_story, reader, screen_lines, top_block_kept

from newstui.model import Article, Link
from newstui.text.harakat import HARAKAT

# Original stories written for these tests: two voweled stories linking to each other, and the same
# two typed without harakat (what the panes must show once h hides them).
LESSON = Article(
    id="lesson",
    title="دَرْسٌ جَدِيدٌ فِي القِرَاءَةِ لِلصِّغَارِ",
    paragraphs=(
        "قَالَ المُعَلِّمُ إِنَّ الدَّرْسَ سَيَبْدَأُ غَدًا فِي تَمَامِ الثَّامِنَةِ (8:00) صَبَاحًا.",
        "وَيَقْرَأُ كُلُّ طَالِبٍ قِصَّةً قَصِيرَةً ثُمَّ يَكْتُبُ عَنْهَا سَطْرَيْنِ.",
    ),
    source="مَجَلَّةُ المَدْرَسَةِ",
    section="تَعْلِيمٌ",
    related=(Link("مَكْتَبَةٌ جَدِيدَةٌ فِي الحَيِّ", target="library"),),
    direction="rtl",
)
LIBRARY = Article(
    id="library",
    title="مَكْتَبَةٌ جَدِيدَةٌ فِي الحَيِّ",
    paragraphs=("فُتِحَتْ مَكْتَبَةٌ صَغِيرَةٌ قُرْبَ السُّوقِ، وَتَسْتَقْبِلُ الزُّوَّارَ كُلَّ يَوْمٍ.",),
    source="إِذَاعَةُ المَدِينَةِ",
    related=(Link("دَرْسٌ جَدِيدٌ فِي القِرَاءَةِ لِلصِّغَارِ", target="lesson", kind="parent"),),
    direction="rtl",
)
LESSON_TYPED = Article(
    id="lesson",
    title="درس جديد في القراءة للصغار",
    paragraphs=(
        "قال المعلم إن الدرس سيبدأ غدا في تمام الثامنة (8:00) صباحا.",
        "ويقرأ كل طالب قصة قصيرة ثم يكتب عنها سطرين.",
    ),
    source="مجلة المدرسة",
    section="تعليم",
    related=(Link("مكتبة جديدة في الحي", target="library"),),
    direction="rtl",
)
LIBRARY_TYPED = Article(
    id="library",
    title="مكتبة جديدة في الحي",
    paragraphs=("فتحت مكتبة صغيرة قرب السوق، وتستقبل الزوار كل يوم.",),
    source="إذاعة المدينة",
    related=(Link("درس جديد في القراءة للصغار", target="lesson", kind="parent"),),
    direction="rtl",
)


def _marks(text: str) -> int:
    return sum(char in HARAKAT for char in text)


def _panes(app: Any) -> dict[str, str]:
    """Every pane's rows as drawn, and the trail under the article."""
    screen = reader(app)
    lists = screen.article_list, screen.related
    drawn = {"article": "\n".join(screen_lines(screen.article_view))}
    for name, pane in zip(("list", "related"), lists, strict=True):
        drawn[name] = "\n".join(pane.render_line(y).text for y in range(pane.size.height))
    drawn["trail"] = str(screen.article_view.border_subtitle)
    return drawn


async def _drawn(
    make_app: Any, articles: tuple[Article, ...], keys: tuple[str, ...] = (), **settings: Any
) -> dict[str, str]:
    app = make_app(articles, **settings)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        return _panes(app)


class TestToggle:
    async def test_h_hides_harakat_in_every_pane_and_shows_them_again(self, make_app: Any) -> None:
        """After h every pane reads as the same stories typed without marks; a second h draws them as before."""
        typed = await _drawn(make_app, (LESSON_TYPED, LIBRARY_TYPED))
        app = make_app((LESSON, LIBRARY))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            before = _panes(app)
            assert all(_marks(before[pane]) for pane in ("article", "list", "related", "trail"))
            await pilot.press("h")
            await pilot.pause()
            assert _panes(app) == typed
            await pilot.press("h")
            await pilot.pause()
            assert _panes(app) == before

    async def test_started_hidden_and_following_a_link_keeps_them_hidden(self, make_app: Any) -> None:
        """Started hidden (--no-harakat); a related story opened with 1 (laid out ahead) is drawn the same way."""
        app = make_app((LESSON, LIBRARY), harakat=False)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("1")
            await pilot.pause()
            screen = reader(app)
            assert screen.current is not None and screen.current.id == "library"
            drawn = _panes(app)
            assert not any(_marks(text) for text in drawn.values())
            assert drawn == await _drawn(make_app, (LESSON_TYPED, LIBRARY_TYPED), ("1",))

    async def test_reading_position_is_kept(self, make_app: Any) -> None:
        """Deep in a long voweled story, h redraws the same paragraph at the top."""
        app = make_app((long_story(LESSON.title, LESSON.paragraphs),))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = await top_block_kept(pilot, "h")
            assert not _marks("\n".join(screen_lines(view)))

    async def test_copy_and_search_keep_the_text_as_written(self, make_app: Any) -> None:
        """While hidden, y copies the story with its marks and the filter still finds a voweled title."""
        app = make_app((LESSON, LIBRARY))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("h", "y")
            await pilot.pause()
            assert app.clipboard.startswith(LESSON.title)
            await pilot.press("slash", *"مكتبة", "enter")
            await pilot.pause()
            listed = reader(app).article_list.articles
            assert [article.id for article in listed] == ["library"]
            assert listed[0].title == LIBRARY.title, "the corpus keeps the marks"
