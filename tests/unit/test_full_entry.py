"""full_entry: a feed entry takes its page's story, keeping its own id, origin and URL; a feed behind it gives none."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newstui.model import Article
from newstui.sources import full_entry

ENTRY = Article(
    id="feed-3",
    title="الميناء يستقبل العبارة الجديدة",
    paragraphs=("ملخص قصير من الموجز.",),
    source="موجز الساحل",
    published="2024-05-01T08:00:00+00:00",
    url="https://news.example/ferry",
    origin="https://news.example/feed.xml",
    keywords=("الميناء",),
    author="سارة علي",
    summary_only=True,
    direction="rtl",
)
PAGE = Article(
    id="page-0",
    title="الميناء يستقبل العبارة الجديدة بعد عامين من الانتظار",
    paragraphs=("وصلت العبارة الجديدة إلى الميناء صباح اليوم.", "وقال مدير الميناء إن الرحلات تبدأ الأسبوع المقبل."),
    url="https://news.example/ferry?utm=feed",
    origin="https://news.example/ferry",
    direction="rtl",
)


def test_the_page_story_keeps_the_entrys_identity() -> None:
    full = full_entry(ENTRY, [PAGE])
    assert full is not None and not full.summary_only
    assert (full.id, full.origin, full.url) == (ENTRY.id, ENTRY.origin, ENTRY.url)
    assert (full.title, full.paragraphs) == (PAGE.title, PAGE.paragraphs)
    assert (full.source, full.published, full.keywords) == (ENTRY.source, ENTRY.published, ENTRY.keywords)
    assert full.author == ENTRY.author, "the feed's author stays when the page names none"


def test_the_page_fills_in_only_what_it_has() -> None:
    page = replace(PAGE, source="صحيفة الساحل", published="2024-05-01T09:30:00+00:00", author="فريق التحرير")
    full = full_entry(ENTRY, [page])
    assert full is not None and (full.source, full.published) == ("صحيفة الساحل", "2024-05-01T09:30:00+00:00")
    assert full.author == ENTRY.author, "the feed's author stays"
    bare = full_entry(replace(ENTRY, author=None), [page])
    assert bare is not None and bare.author == "فريق التحرير", "the page's author fills in the feed's none"


@pytest.mark.parametrize(
    ("feed", "page", "published"),
    [
        ("2024-05-01T08:00:00+00:00", "2024-05-01", "2024-05-01T08:00:00+00:00"),
        ("2024-05-01T08:00:00+00:00", None, "2024-05-01T08:00:00+00:00"),
        ("2024-05-01T08:00:00+00:00", "2024-05-01T11:00:00+03:00", "2024-05-01T11:00:00+03:00"),
        ("2024-05-01", "2024-05-01T11:00:00+03:00", "2024-05-01T11:00:00+03:00"),
        ("2024-05-01", "2024-05-02", "2024-05-02"),
        (None, "2024-05-02", "2024-05-02"),
    ],
)
def test_the_more_precise_date_wins(feed: str | None, page: str | None, published: str) -> None:
    """A page's date without its time of day does not replace the feed's exact pubDate."""
    full = full_entry(replace(ENTRY, published=feed), [replace(PAGE, published=page)])
    assert full is not None and full.published == published


@pytest.mark.parametrize("page_author", ["كتب محمود عبد الرحيم وسارة", None])
def test_the_feeds_author_stays(page_author: str | None) -> None:
    """The feed's dc:creator is kept over the page's byline, and when the page names no one."""
    full = full_entry(ENTRY, [replace(PAGE, author=page_author)])
    assert full is not None and full.author == "سارة علي"


def test_a_feed_behind_the_link_gives_nothing() -> None:
    items = [replace(PAGE, id=f"other-{n}", summary_only=True) for n in range(3)]
    assert full_entry(ENTRY, items) is None


def test_no_story_gives_nothing() -> None:
    assert full_entry(ENTRY, []) is None
    assert full_entry(ENTRY, [replace(PAGE, paragraphs=())]) is None


def test_a_homepage_behind_the_link_gives_nothing() -> None:
    """An entry linking to its site's homepage keeps its summary: the page lists stories, it tells none."""
    from newstui.parse.html import parse_html

    cards = "".join(
        f'<div class="card"><span>خاص</span><h3><a href="/n/{n}">عنوان القصة رقم {n} في الصفحة</a></h3>'
        f"<time>منذ {n} ساعات</time></div>"
        for n in range(1, 7)
    )
    page = f'<html lang="ar" dir="rtl"><head><title>موجز الساحل</title></head><body>{cards}</body></html>'
    (home,) = parse_html(page, origin="https://news.example/", url="https://news.example/")
    assert home.listing and len(home.related) == 6
    assert full_entry(ENTRY, [home]) is None
    assert full_entry(ENTRY, [home, PAGE]) is not None


_LONG_SUMMARY = (
    "وصلت العبارة الجديدة إلى الميناء صباح اليوم بعد رحلة استمرت أسبوعين من حوض بناء السفن.",
    "وقال مدير الميناء إن الرحلات المنتظمة إلى الجزر تبدأ الأسبوع المقبل بثلاث رحلات يوميا.",
    "وتتسع العبارة لأربعمئة راكب وستين سيارة، وهي أول عبارة تعمل بالكهرباء في المنطقة.",
)


@pytest.mark.parametrize(
    ("page_paragraphs", "replaced"),
    [
        pytest.param(("وصلت العبارة.",), False, id="page-one-short-line"),
        pytest.param(_LONG_SUMMARY[:2], False, id="page-cut-before-the-end"),
        pytest.param((*_LONG_SUMMARY, "وحضر الافتتاح عدد من سكان الجزر."), True, id="page-longer"),
    ],
)
def test_a_page_shorter_than_the_entry_never_replaces_its_text(
    page_paragraphs: tuple[str, ...], replaced: bool
) -> None:
    """The page's story takes the entry's place only when it is not shorter than the entry's own text; the
    entry that keeps its text is no longer a summary to fetch again."""
    entry = replace(ENTRY, paragraphs=_LONG_SUMMARY, author=None)
    page = replace(PAGE, paragraphs=page_paragraphs, author="فريق التحرير")
    full = full_entry(entry, [page])
    assert full is not None and not full.summary_only
    assert full.paragraphs == (page_paragraphs if replaced else _LONG_SUMMARY)
    assert full.title == (PAGE.title if replaced else ENTRY.title)
    assert (full.id, full.url) == (ENTRY.id, ENTRY.url)
    assert full.author == "فريق التحرير", "the page's author fills in the entry's none either way"
