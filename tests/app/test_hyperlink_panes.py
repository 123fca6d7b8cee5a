"""Pilot tests of terminal hyperlinks: the headline and web related links carry safe OSC 8 targets, nothing else."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app_stories import BOOK_FAIR, FERRY, MARKUP, READING, STORIES
from app_support import SIZE, reader
from textual.strip import Strip

from newstui.model import Link

HOSTILE = "https://news.example/\x1b]8;;https://evil.example\x1b\\\u202e"
"""A related link's address that tries to end the hyperlink escape and reverse the text."""
FESTIVAL = replace(
    BOOK_FAIR,
    id="festival",
    title="مهرجان الشعر الشعبي يعود إلى البصرة بعد غياب طويل",
    url="https://news.example/مهرجان?يوم=١",
    related=(
        Link("جامعة الموصل تستعيد مكتبتها المركزية بعد الترميم", target="library", kind="related"),
        Link("سوق الكتب القديمة في شارع المتنبي يستقبل زواره", url="https://books.example/market", kind="related"),
        Link("رابط ملغوم في صفحة الخبر", url=HOSTILE, kind="related"),
        Link("عنوان بكلمة مرور", url="https://reader:secret@news.example/x", kind="related"),
        Link("Bridge closed for inspection", url="javascript:alert(1)"),
    ),
)


def links_in(strip: Strip) -> set[str]:
    """The hyperlink targets of a drawn row."""
    return {segment.style.link for segment in strip if segment.style is not None and segment.style.link}


def linked_text(strip: Strip) -> str:
    """The text of a row's linked segments."""
    return "".join(segment.text for segment in strip if segment.style is not None and segment.style.link)


def related_rows(screen: Any) -> list[Strip]:
    pane = screen.related
    return [pane.render_line(y) for y in range(pane.scrollable_content_region.height)]


def article_rows(screen: Any) -> list[Strip]:
    view = screen.article_view
    return [view.render_line(y) for y in range(view.scrollable_content_region.height)]


async def test_headline_links_to_the_story_page(make_app: Any) -> None:
    """Every row of the headline (and only those) links to the story's address; its padding does not."""
    app = make_app((FESTIVAL, *STORIES))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.article_view.article is not None and screen.article_view.article.id == "festival"
        rows = article_rows(screen)
        layout = screen.article_view.article_layout
        assert layout is not None
        roles = [layout.line(y).role for y in range(len(rows)) if y < layout.height]
        target = "https://news.example/%D9%85%D9%87%D8%B1%D8%AC%D8%A7%D9%86?%D9%8A%D9%88%D9%85=%D9%A1"
        for row, role in zip(rows, roles, strict=False):
            assert links_in(row) == ({target} if role == "title" else set()), role
        title_rows = [row for row, role in zip(rows, roles, strict=False) if role == "title"]
        assert title_rows
        for row in title_rows:
            assert linked_text(row) == row.text.strip(" "), "the words are linked, not the padding"


async def test_related_links_carry_safe_targets(make_app: Any) -> None:
    """Web links link to their address made safe; a spoofable, script or local link gets none."""
    app = make_app((FESTIVAL, *STORIES))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        targets = set().union(*(links_in(row) for row in related_rows(reader(app))))
        assert targets == {
            "https://books.example/market",
            "https://news.example/%1B]8;;https://evil.example%1B%5C%E2%80%AE",
        }
        for target in targets:
            assert all(0x21 <= ord(char) <= 0x7E for char in target)


async def test_status_lines_are_not_links(make_app: Any) -> None:
    """The dimmed line under a web link ("web: books.example") is not part of the link."""
    app = make_app((FESTIVAL, *STORIES))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for row in related_rows(reader(app)):
            if "books.example" in row.text:
                assert not links_in(row)


async def test_stories_without_web_address_have_no_links(make_app: Any) -> None:
    """A story with no address, or a file: one, draws no hyperlink anywhere."""
    app = make_app((READING, MARKUP, FERRY))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        for story in ("reading", "markup"):
            screen.open_article(story)
            await pilot.pause()
            assert not any(links_in(row) for row in article_rows(screen) + related_rows(screen)), story


async def test_hyperlinks_off(make_app: Any) -> None:
    """``hyperlinks = false`` (or --no-hyperlinks): no row carries a link."""
    app = make_app((FESTIVAL, *STORIES), hyperlinks=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert not any(links_in(row) for row in article_rows(screen) + related_rows(screen))
