"""Dates beside a byline (audit pages12 #3, #10): a date or a relative time in its own element after the writer's
name is no part of the name; a meta line "name | date | time" keeps its time of day, with or without a marker.

Original pages and feeds written for these tests (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse import bylines
from newstui.parse.bylines import author_without_date
from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html
from newstui.parse.html_meta import byline_line

_TITLE: Final = "جامعة الوادي تفتح باب التسجيل في برنامج المنح الصيفية لطلاب الهندسة"
_PARAS: Final = (
    "فتحت جامعة الوادي صباح الأحد باب التسجيل في برنامج المنح الصيفية لطلاب كليات الهندسة في المحافظات الجنوبية.",
    "وقال عميد الكلية إن البرنامج يقبل هذا العام ثلاثمئة طالب، يتدربون ستة أسابيع في مصانع ومختبرات شريكة.",
)
_STAMP: Final = "2026-11-29T08:30:00Z"


def _page(byline: str) -> Article:
    body = "".join(f"<p>{text}</p>" for text in _PARAS)
    page = (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_TITLE} - بوابة الجنوب</title></head>'
        f'<body><div class="main"><h1>{_TITLE}</h1>{byline}{body}</div></body></html>'
    )
    (article,) = parse_html(page, origin="page.html")
    return article


# pages12 #3 --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "byline",
    [
        f'<div class="byline">بواسطة <a href="/u/7">سامح الدسوقي</a> <time datetime="{_STAMP}">منذ ساعتين</time></div>',
        f'<p class="author">كتب: سامح الدسوقي <time datetime="{_STAMP}">منذ ساعتين</time></p>',
        f'<p class="author">كتب: سامح الدسوقي <time datetime="{_STAMP}">29 نوفمبر 2026</time></p>',
        f'<p>كتب: سامح الدسوقي <time datetime="{_STAMP}">منذ ساعتين</time></p>',
        f'<div class="meta">بواسطة <a href="/u/7">سامح الدسوقي</a> <time datetime="{_STAMP}">منذ ساعتين</time></div>',
    ],
)
def test_a_time_element_after_the_name_dates_the_story(byline: str) -> None:
    article = _page(byline)
    assert article.author == "سامح الدسوقي"
    assert article.published == "2026-11-29T08:30:00+00:00"
    assert article.paragraphs == _PARAS


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="byline"><span class="name">سامح الدسوقي</span> <span class="ago">منذ ساعتين</span></div>',
        '<div class="byline"><span class="name">سامح الدسوقي</span> <span class="ago">منذ 3 ساعات</span></div>',
        '<div class="author"><a href="/u/7">سامح الدسوقي</a> <span>قبل 20 دقيقة</span></div>',
    ],
)
def test_a_relative_time_after_the_name_is_no_part_of_it(byline: str) -> None:
    article = _page(byline)
    assert article.author == "سامح الدسوقي"
    assert article.published is None  # a relative time gives no date
    assert article.paragraphs == _PARAS


@pytest.mark.parametrize(
    "byline",
    [
        '<p class="author">كتب: سامح الدسوقي <span>29 نوفمبر 2026</span></p>',
        "<p>كتب: سامح الدسوقي <span>29 نوفمبر 2026</span></p>",
    ],
)
def test_a_written_date_after_the_name_dates_the_story(byline: str) -> None:
    article = _page(byline)
    assert article.author == "سامح الدسوقي"
    assert article.published == "2026-11-29"
    assert article.paragraphs == _PARAS


def test_a_relative_time_after_the_name_in_a_feed() -> None:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>بوابة الجنوب</title><link>https://janoub.example/</link>"
        f"<item><title>{_TITLE}</title><link>https://janoub.example/a/3</link>"
        f"<dc:creator>سامح الدسوقي منذ ساعتين</dc:creator><description>{_PARAS[0]}</description></item></channel></rss>"
    )
    (article,) = parse_feed(feed.encode(), origin="feed.xml")
    assert article.author == "سامح الدسوقي"


@pytest.mark.parametrize(
    ("field", "found"),
    [
        ("سامح الدسوقي منذ ساعتين", ("سامح الدسوقي", None)),
        ("كتب: سامح الدسوقي منذ 5 دقائق", ("كتب: سامح الدسوقي", None)),
        ("سامح الدسوقي منذ", ("سامح الدسوقي", None)),  # cut at the number
        ("سامح الدسوقي 29 نوفمبر 2026", ("سامح الدسوقي", "2026-11-29")),
        ("سامح الدسوقي الأحد 29 نوفمبر 2026 - 10:30 م", ("سامح الدسوقي", "2026-11-29T22:30:00")),
        ("Jane Roe 2 hours ago", ("Jane Roe", None)),
        # no date: as written
        ("سامح الدسوقي", ("سامح الدسوقي", None)),
        ("قبلان الحسيني", ("قبلان الحسيني", None)),
        ("فريق 24 الإخباري", ("فريق 24 الإخباري", None)),
        # (a separator before the date: as before)
        ("سامح الدسوقي · الاثنين 16 نوفمبر 2026", ("سامح الدسوقي", "2026-11-16")),
        ("سامح الدسوقي – القاهرة", ("سامح الدسوقي – القاهرة", None)),
    ],
)
def test_author_without_date_after_a_space(field: str, found: tuple[str, str | None]) -> None:
    assert author_without_date(field) == found


def test_date_after_name() -> None:
    assert bylines.date_after_name("بواسطة سامح الدسوقي منذ ساعتين") == ("بواسطة سامح الدسوقي", None)


# pages12 #10 -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("كتب: رائد العمري | 29 نوفمبر 2026 | 10:30 م", ("رائد العمري", "2026-11-29T22:30:00")),
        ("كتب: رائد العمري | 29 نوفمبر 2026 - 10:30 م", ("رائد العمري", "2026-11-29T22:30:00")),  # (as before)
        ("رائد العمري | 29 نوفمبر 2026 | 10:30 م", ("رائد العمري", "2026-11-29T22:30:00")),
        ("رائد العمري | 29 نوفمبر 2026", ("رائد العمري", "2026-11-29")),
        ("رائد العمري · 29 نوفمبر 2026 · 10:30 م", ("رائد العمري", "2026-11-29T22:30:00")),
        ("الأحد 29 نوفمبر 2026 | 10:30 م", (None, "2026-11-29T22:30:00")),
        # no person's name and no date beside it: none
        ("مجلس النواب | 29 نوفمبر 2026", None),
        ("رائد العمري | محليات", None),
    ],
)
def test_a_meta_line_keeps_its_time(line: str, found: tuple[str | None, str | None] | None) -> None:
    assert byline_line(line) == found


@pytest.mark.parametrize(
    "meta",
    ["كتب: رائد العمري | 29 نوفمبر 2026 | 10:30 م", "رائد العمري | 29 نوفمبر 2026 | 10:30 م"],
)
def test_a_meta_line_under_the_headline(meta: str) -> None:
    article = _page(f'<div class="meta">{meta}</div>')
    assert article.author == "رائد العمري"
    assert article.published == "2026-11-29T22:30:00"
    assert article.paragraphs == _PARAS
