"""Audit pages15 #1, #7, #8: a weekday cut from a byline's date is no part of the name; an agency or "المصدر:" in a
byline, a meta author or a dc:creator is the attribution, no writer; two writers joined by a "و" written apart are two.
"""

from __future__ import annotations

from typing import Final

import pytest
import trafilatura
from lxml import html

from newstui.model import Article
from newstui.parse.bylines import author_credit, date_after_name, ends_on_date_word, listed_names
from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html
from newstui.parse.html_byline import credited_byline

_PARAS: Final = (
    "افتتحت البلدية صباح اليوم الحديقة العامة الجديدة في وسط المدينة بعد أشهر من أعمال التأهيل والتشجير الواسعة.",
    "وقال رئيس البلدية إن الحديقة تضم ممرات للمشي وملاعب للأطفال ومكتبة صغيرة مفتوحة للزوار طوال أيام الأسبوع.",
    "وأضاف أن البلدية تعتزم افتتاح حديقتين أخريين في الأحياء الشرقية قبل نهاية العام المقبل وفق الخطة المعتمدة.",
)
_HEADLINE: Final = "افتتاح الحديقة العامة الجديدة في وسط المدينة"


def _page(top: str, *, head: str = "") -> str:
    """A story page: the headline, ``top`` under it (a byline with its date), the story's paragraphs."""
    paragraphs = "".join(f"<p>{text}</p>" for text in _PARAS)
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_HEADLINE} - صحيفة المدينة</title>{head}'
        f'</head><body><article><h1>{_HEADLINE}</h1>{top}<div class="entry-content">{paragraphs}</div></article>'
        "</body></html>"
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="x")
    return article


def _credited(page: str) -> tuple[str | None, str | None, str | None]:
    extracted = trafilatura.bare_extraction(page, with_metadata=True)
    root = html.fromstring(page)
    meta = root.find(".//meta[@name='author']")
    return credited_byline(None if meta is None else meta.get("content"), extracted, root)


# Finding 1: a weekday left at the end of the name by an extractor that cut the date at its first digit.


@pytest.mark.parametrize(
    ("top", "author", "published"),
    [
        (
            '<div class="author"><a href="/w/7">رامي الشامي</a> '
            '<span class="date-post">الخميس 26 نوفمبر 2026 - 18:40</span></div>',
            "رامي الشامي",
            "2026-11-26T18:40:00",
        ),
        (
            '<div class="author"><a href="/w/7">رامي الشامي</a> '
            '<span class="post-time">السبت 28 نوفمبر 2026</span></div>',
            "رامي الشامي",
            "2026-11-28",
        ),
        (  # a family name that is a weekday's: the date after it begins on the next weekday
            '<div class="author"><a href="/w/8">سعد الجمعة</a> '
            '<span class="date-post">الخميس 26 نوفمبر 2026 - 18:40</span></div>',
            "سعد الجمعة",
            "2026-11-26T18:40:00",
        ),
        ('<div class="author"><a href="/w/8">سعد الجمعة</a></div>', "سعد الجمعة", None),
    ],
)
def test_weekday_of_the_date_element_after_the_name_is_cut(top: str, author: str, published: str | None) -> None:
    article = _parse(_page(top))
    assert (article.author, article.published) == (author, published)


def test_name_ending_on_a_weekday_keeps_it_before_a_date() -> None:
    assert date_after_name("سعد الجمعة الخميس 26 نوفمبر 2026") == ("سعد الجمعة", "2026-11-26")
    assert date_after_name("رامي الشامي الخميس 26 نوفمبر 2026") == ("رامي الشامي", "2026-11-26")


@pytest.mark.parametrize(
    ("name", "ends"),
    [("رامي الشامي الخميس", True), ("Jane Roe Monday", True), ("رامي الشامي", False), ("الخميس", False)],
)
def test_ends_on_date_word(name: str, ends: bool) -> None:
    assert ends_on_date_word(name) is ends


# Finding 7: an agency or a source in the byline is the attribution.


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("رويترز", "رويترز"),
        ("وكالات", "وكالات"),
        ("أ ف ب", "أ ف ب"),
        ("AFP", "AFP"),
        ("المصدر: وكالات", "وكالات"),
        ("المصدر وكالات", "وكالات"),  # trafilatura's, the colon dropped
        ("المصدر: صحيفة المدينة", "صحيفة المدينة"),
        ("Source: Reuters", "Reuters"),
        ("المصدر بلدية المدينة", None),  # no colon and no agency: not told from a name
        ("رامي الشامي", None),
        ("J. R. Smith", None),
        ("المصدر:", None),
    ],
)
def test_author_credit(text: str, credit: str | None) -> None:
    assert author_credit(text) == credit


@pytest.mark.parametrize(
    ("top", "head", "credited"),
    [
        ('<p class="byline">المصدر: وكالات</p>', "", (None, None, "وكالات")),
        ('<p class="byline">المصدر: صحيفة الوطن</p>', "", (None, None, "صحيفة الوطن")),
        ('<p class="byline">رويترز</p>', "", (None, None, "رويترز")),
        ('<div class="author">أ ف ب</div>', "", (None, None, "أ ف ب")),
        ("", '<meta name="author" content="رويترز">', (None, None, "رويترز")),
        ("", '<meta name="author" content="وكالات">', (None, None, "وكالات")),
        (  # the meta's agency credits the story, the byline names its writer
            '<p class="byline">كتب: رامي الشامي</p>',
            '<meta name="author" content="رويترز">',
            ("رامي الشامي", None, "رويترز"),
        ),
        ('<p class="byline">كتب: رامي الشامي</p>', "", ("رامي الشامي", None, None)),
    ],
)
def test_agency_byline_is_a_credit(top: str, head: str, credited: tuple[str | None, ...]) -> None:
    page = _page(top, head=head)
    assert _credited(page) == credited
    assert _parse(page).author == credited[0]


def _rss(creators: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>صحيفة المدينة</title><link>https://city.example/</link>"
        f"<item><title>{_HEADLINE}</title><link>https://city.example/1</link>{creators}"
        f"<description>{_PARAS[0]}</description></item></channel></rss>"
    )


@pytest.mark.parametrize(
    ("creators", "author", "attribution"),
    [
        ("<dc:creator>وكالات</dc:creator>", None, "وكالات"),
        ("<dc:creator>رويترز</dc:creator>", None, "رويترز"),
        ("<dc:creator>أ ف ب</dc:creator>", None, "أ ف ب"),
        ("<dc:creator>AFP</dc:creator>", None, "AFP"),
        ("<dc:creator>المصدر: وكالات</dc:creator>", None, "وكالات"),
        ("<dc:creator>كتب: رويترز</dc:creator>", None, "رويترز"),
        ("<dc:creator>رامي الشامي، رويترز</dc:creator>", "رامي الشامي", "رويترز"),
        ("<dc:creator>رامي الشامي</dc:creator>", "رامي الشامي", None),
        ("<dc:creator>J. R. Smith</dc:creator>", "J. R. Smith", None),
    ],
)
def test_feed_creator_naming_an_agency_is_the_attribution(
    creators: str, author: str | None, attribution: str | None
) -> None:
    (article,) = parse_feed(_rss(creators).encode(), origin="feed.xml")
    assert (article.author, article.attribution) == (author, attribution)


# Finding 8: two writers joined by a "و" written apart.


@pytest.mark.parametrize(
    ("value", "listed"),
    [
        ("رامي الشامي و ليلى العتيبي", "رامي الشامي، ليلى العتيبي"),
        ("رامي الشامي وليلى العتيبي", "رامي الشامي، ليلى العتيبي"),
        ("نادية فؤاد و فارس الزعبي و رامي الشامي", "نادية فؤاد، فارس الزعبي، رامي الشامي"),
        ("فارس الزعبي و فريق التحرير", "فارس الزعبي و فريق التحرير"),  # a name and no name: as written
        ("فارس الزعبي و 3 آخرون", "فارس الزعبي و 3 آخرون"),
        ("فارس الزعبي و المحررين", "فارس الزعبي و المحررين"),
        ("عبد الله و ليد", "عبد الله و ليد"),
    ],
)
def test_listed_names(value: str, listed: str) -> None:
    assert listed_names(value) == listed


def test_feed_creator_with_a_spaced_waw_is_two_writers() -> None:
    (article,) = parse_feed(_rss("<dc:creator>رامي الشامي و ليلى العتيبي</dc:creator>").encode(), origin="f.xml")
    assert article.author == "رامي الشامي، ليلى العتيبي"


@pytest.mark.parametrize(
    ("top", "author"),
    [
        ('<p class="byline">كتب: رامي الشامي و ليلى العتيبي</p>', "رامي الشامي، ليلى العتيبي"),
        ('<p class="byline">كتب: رامي الشامي و فريق التحرير</p>', "رامي الشامي و فريق التحرير"),
    ],
)
def test_page_byline_with_a_spaced_waw(top: str, author: str) -> None:
    assert _parse(_page(top)).author == author


def test_meta_author_with_a_spaced_waw_is_two_writers() -> None:
    page = _page("", head='<meta name="author" content="نادية فؤاد و فارس الزعبي">')
    assert _parse(page).author == "نادية فؤاد، فارس الزعبي"
