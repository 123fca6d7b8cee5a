"""Pilot tests of s: the list sorted newest first and back to the loaded order, the open story kept."""

from __future__ import annotations

from typing import Any

from app_support import SIZE, reader

from newstui.model import Article

# Original headlines written for this test, from two feeds loaded one after the other.
STORIES = (
    Article(id="a1", title="افتتاح جسر جديد فوق النهر", source="نشرة الصباح", published="2026-11-01T08:00:00Z"),
    Article(id="a2", title="مهرجان الشعر يبدأ اليوم", source="نشرة الصباح", published="2026-11-03T09:00:00Z"),
    Article(id="b1", title="أمطار غزيرة في الشمال", source="إذاعة المدينة", published="2026-11-02T13:00:00+03:00"),
    Article(id="b2", title="خبر بلا تاريخ", source="إذاعة المدينة"),
    Article(id="b3", title="سوق الكتب المستعملة", source="إذاعة المدينة", published="2026-11-03T12:00:00+03:00"),
)


def _ids(app: Any) -> list[str]:
    return [article.id for article in reader(app).article_list.articles]


async def test_s_sorts_newest_first_and_back(make_app: Any, hook: Any, notes: list[Any]) -> None:
    app = make_app(STORIES)
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert _ids(app) == ["a1", "a2", "b1", "b2", "b3"]
        opened = screen.current
        assert opened is not None and opened.id == "a1"
        await pilot.press("s")
        await pilot.pause()
        assert _ids(app) == ["a2", "b3", "b1", "a1", "b2"], "09:00Z after 12:00+03:00 (09:00Z) by load order"
        assert "newest first" in str(screen.list_pane.border_title)
        assert screen.current is opened, "the open story stays open"
        assert screen.article_list.highlighted_id == "a1", "the cursor follows it to its new row"
        await pilot.press("home", "enter")
        await pilot.pause()
        assert screen.current is not None and screen.current.id == "a2"
        await pilot.press("n")
        await pilot.pause()
        assert screen.current is not None and screen.current.id == "b3", "n follows the order shown"
        await pilot.press("s")
        await pilot.pause()
        assert _ids(app) == ["a1", "a2", "b1", "b2", "b3"]
        assert "newest first" not in str(screen.list_pane.border_title)
    assert [str(note.message) for note in notes] == [
        "List: newest first (undated stories last; s: as loaded).",
        "List: as loaded (s: newest first).",
    ]


async def test_the_setting_starts_sorted_and_the_filter_keeps_the_order(make_app: Any) -> None:
    app = make_app(STORIES, sort="newest")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert _ids(app) == ["a2", "b3", "b1", "a1", "b2"]
        assert screen.current is not None and screen.current.id == "a2", "the first story shown is the newest"
        await pilot.press("slash", *"نشرة", "enter")
        await pilot.pause()
        assert _ids(app) == ["a2", "a1"]


async def test_sorted_the_first_story_opened_is_the_newest_loaded(make_app: Any, tmp_path: Any) -> None:
    """Sources loaded at start: with sort newest the reader opens the list's first story, not the first loaded."""
    from app_support import settle

    items = "".join(
        f"<item><title>{title}</title><description>{title}: نص قصير.</description><pubDate>{date}</pubDate></item>"
        for title, date in (
            ("خبر الأحد", "Sun, 01 Nov 2026 08:00:00 GMT"),
            ("خبر الثلاثاء", "Tue, 03 Nov 2026 09:00:00 GMT"),
            ("خبر الاثنين", "Mon, 02 Nov 2026 09:00:00 GMT"),
        )
    )
    feed = tmp_path / "feed.xml"
    feed.write_text(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{items}</channel></rss>')
    for order, first in (("newest", "خبر الثلاثاء"), ("loaded", "خبر الأحد")):
        app = make_app([], refs=(str(feed),), sort=order)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = reader(app)
            assert screen.current is not None and screen.current.title == first, order
            assert screen.article_list.articles[0].title == first
