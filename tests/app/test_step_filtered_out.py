"""Pilot tests: ``n`` / ``p`` from an open story the filter leaves out, the cursor's row at the list's end: they go
by the open story's place in the list as it would be with it, not claim both ends of a one-story list."""

from __future__ import annotations

from typing import Any

import pytest
from app_support import SIZE, reader

from newstui.model import Article, Link

# Original stories written for these tests.
HEAT = Article(
    id="heat",
    title="موجة حر تضرب المنطقة هذا الأسبوع",
    paragraphs=("تتوقع الأرصاد الجوية أن ترتفع درجات الحرارة في المنطقة طوال الأسبوع.",),
    direction="rtl",
)
RAIN = Article(
    id="rain",
    title="الأمطار تغلق طريق الجبل الشمالي",
    paragraphs=("أغلقت الشرطة طريق الجبل الشمالي بعد أمطار غزيرة هطلت طوال الليل.",),
    related=(Link(HEAT.title, target=HEAT.id),),
    direction="rtl",
)
DAM = Article(
    id="dam",
    title="سد الوادي يمتلئ لأول مرة منذ عشر سنوات",
    paragraphs=("امتلأ سد الوادي بعد موسم أمطار طويل، وقالت الوزارة إن المياه تكفي عامين.",),
    related=(Link(RAIN.title, target=RAIN.id),),
    direction="rtl",
)
PARK = Article(
    id="park",
    title="افتتاح حديقة عامة في وسط المدينة",
    paragraphs=("افتتحت البلدية حديقة عامة جديدة في وسط المدينة.",),
    direction="rtl",
)


async def _filter_to_dam_then_leave_it(pilot: Any) -> Any:
    """Filter the list to the dam story alone, open it, then its related link (the rain story, not listed)."""
    screen = reader(pilot.app)
    await pilot.press("slash", *"الوادي", "enter")
    await pilot.pause()
    assert [article.id for article in screen.article_list.articles] == [DAM.id]
    assert screen.history.current == DAM.id, "enter with one story left opens it"
    await pilot.press("1")
    await pilot.pause()
    assert screen.history.current == RAIN.id and screen.article_list.index_of(RAIN.id) is None
    return screen


@pytest.mark.parametrize(
    ("stories", "key", "opened"),
    [
        ((HEAT, RAIN, DAM, PARK), "n", DAM.id),  # the rain story is listed before the dam one: n reaches it
        ((HEAT, DAM, RAIN, PARK), "p", DAM.id),  # after it: p reaches it
    ],
    ids=["before-it", "after-it"],
)
async def test_the_one_story_listed_is_reached_from_a_story_filtered_out(
    make_app: Any, stories: tuple[Article, ...], key: str, opened: str
) -> None:
    app = make_app(stories)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await _filter_to_dam_then_leave_it(pilot)
        assert screen._step_target(1 if key == "n" else -1) == 0
        await pilot.press(key)
        await pilot.pause()
        assert screen.history.current == opened


async def test_the_other_way_says_the_end_it_is_at(make_app: Any, notes: list[Any], hook: Any) -> None:
    """The rain story is listed before the dam one: p has nothing before it, and says so; n is not greyed out."""
    app = make_app((HEAT, RAIN, DAM, PARK))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        screen = await _filter_to_dam_then_leave_it(pilot)
        before = len(notes)
        await pilot.press("p")
        await pilot.pause()
        assert screen.history.current == RAIN.id
        said = [str(note.message) for note in notes[before:]]
        assert any("first story" in text for text in said) and not any("last story" in text for text in said)
        assert screen.check_action("step", (1,)) is True and screen.check_action("step", (-1,)) is None
