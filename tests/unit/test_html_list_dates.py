"""A list's dates (a sidebar's cards, a timeline's events) do not date the page; the page's own date still does."""

from __future__ import annotations

from typing import Final

import pytest
from lxml import html

from newstui.parse.html import parse_html
from newstui.parse.html_meta import body_dateline

_PARAS: Final = (
    "أعلنت وزارة الزراعة اليوم عن خطة جديدة لدعم صغار المزارعين في المناطق الريفية بقروض ميسرة وبذور محسنة.",
    "وقال الوزير في مؤتمر صحفي إن الخطة تشمل أكثر من عشرة آلاف مزارع وتمتد ثلاث سنوات بتمويل من الموازنة العامة.",
    "ويأمل المزارعون أن تخفف الخطة من أعباء ارتفاع أسعار الأسمدة التي تضاعفت خلال العامين الماضيين.",
)
_HEADLINE: Final = "الحكومة تطلق خطة لدعم صغار المزارعين"

_ASIDE_CARDS: Final = (
    "<aside><h2>الأكثر قراءة</h2>"
    '<div class="card"><a href="/x1">انطلاق موسم الحصاد في السهول الشمالية</a>'
    '<time datetime="2026-10-12">12 أكتوبر 2026</time></div>'
    '<div class="card"><a href="/x2">ارتفاع منسوب المياه في السدود</a>'
    '<time datetime="2026-09-03">3 سبتمبر 2026</time></div>'
    "</aside>"
)
_LI_CARDS: Final = (
    '<aside><ul class="latest">'
    '<li><a href="/y1">افتتاح سوق جديد للخضار في المدينة</a> <time datetime="2026-08-21">21 أغسطس 2026</time></li>'
    '<li><a href="/y2">مهرجان للتمور يجذب آلاف الزوار</a> <time datetime="2026-07-14">14 يوليو 2026</time></li>'
    "</ul></aside>"
)
_CLASSED_CARDS: Final = (
    '<div class="more">'
    '<div class="teaser"><a href="/z1">تراجع أسعار القمح عالميا</a><time class="date">5 مايو 2026</time></div>'
    '<div class="teaser"><a href="/z2">حملة لمكافحة الجراد في الجنوب</a><time class="date">9 أبريل 2026</time></div>'
    "</div>"
)
_TIMELINE: Final = (
    '<div class="timeline">'
    '<div class="timelineDate">15 مارس 2019</div>'
    "<p>بدأت الحكومة أول برنامج لدعم المزارعين بعد موسم جفاف قاس أضر بالمحاصيل.</p>"
    '<div class="timelineDate">2 يونيو 2021</div>'
    "<p>توسع البرنامج ليشمل مربي المواشي في المحافظات الشرقية والجنوبية.</p>"
    "</div>"
)
_EVENT_SPANS: Final = (
    '<p><span class="event-date">4 فبراير 2018</span> أقر البرلمان قانون الأراضي الزراعية الجديد بعد نقاش طويل.</p>'
    '<p><span class="event-date">11 نوفمبر 2020</span> أنشئ صندوق لتعويض المزارعين عن خسائر الكوارث الطبيعية.</p>'
)


def _page(*, top: str = "", inside: str = "", after: str = "", head: str = "") -> str:
    """A story page: ``top`` under the headline, ``inside`` after the lead, ``after`` past the article."""
    lead, *rest = (f"<p>{text}</p>" for text in _PARAS)
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خطة الزراعة</title>{head}</head><body>'
        f"<article><h1>{_HEADLINE}</h1>{top}{lead}{inside}{''.join(rest)}</article>{after}</body></html>"
    )


def _published(page: str, url: str | None = None) -> str | None:
    (article,) = parse_html(page, origin="x", url=url)
    return article.published


_UNDATED: Final = {
    "aside cards with <time>": _page(after=_ASIDE_CARDS),
    "li cards with <time>": _page(after=_LI_CARDS),
    "cards with <time class=date>": _page(after=_CLASSED_CARDS),
    "timeline of timelineDate divs": _page(inside=_TIMELINE),
    "event-date spans in paragraphs": _page(inside=_EVENT_SPANS),
}


@pytest.mark.parametrize("page", list(_UNDATED.values()), ids=list(_UNDATED))
def test_a_list_of_dates_does_not_date_an_undated_page(page: str) -> None:
    assert _published(page) is None


_BYLINE_TIME: Final = (
    '<div class="byline">بقلم سلمى العلي <time datetime="2026-11-20T09:30:00+03:00">20 نوفمبر 2026</time></div>'
)
_META: Final = '<meta property="article:published_time" content="2026-11-18T07:00:00+00:00">'
_DATED: Final = {
    "byline <time> and aside cards": (_page(top=_BYLINE_TIME, after=_ASIDE_CARDS), "2026-11-20T09:30:00+03:00"),
    "byline <time> alone": (_page(top=_BYLINE_TIME), "2026-11-20T09:30:00+03:00"),
    "meta and li cards": (_page(head=_META, after=_LI_CARDS), "2026-11-18T07:00:00+00:00"),
    "meta and timeline": (_page(head=_META, inside=_TIMELINE), "2026-11-18T07:00:00+00:00"),
    "date element under the headline and timeline": (
        _page(top='<div class="post-date">20 نوفمبر 2026</div>', inside=_TIMELINE),
        "2026-11-20",
    ),
    "date element under the headline and event spans": (
        _page(top='<div class="post-date">20 نوفمبر 2026</div>', inside=_EVENT_SPANS),
        "2026-11-20",
    ),
    "byline's date span and older cards": (
        _page(
            top='<div class="byline">بقلم سلمى العلي <span class="date">20 نوفمبر 2026</span></div>', after=_LI_CARDS
        ),
        "2026-11-20",
    ),
    "one date, shown over and under the story, and cards": (
        _page(
            top='<div class="meta"><span class="date">20 نوفمبر 2026</span></div>',
            inside='<div class="meta"><span class="date">20 نوفمبر 2026</span></div>',
            after=_ASIDE_CARDS,
        ),
        "2026-11-20",
    ),
}


@pytest.mark.parametrize(("page", "expected"), list(_DATED.values()), ids=list(_DATED))
def test_the_page_s_own_date_still_dates_it(page: str, expected: str) -> None:
    assert _published(page) == expected


def test_a_card_s_day_in_the_page_s_address_still_dates_it() -> None:
    page = _page(after=_ASIDE_CARDS)
    assert _published(page, url="https://news.example/2026/09/03/farm-plan") == "2026-09-03"


def test_a_byline_s_published_and_updated_side_by_side_still_date_it() -> None:
    top = (
        '<div class="meta"><span class="date">نشر: 19 نوفمبر 2026</span> '
        '<span class="date">تحديث: 20 نوفمبر 2026</span></div>'
    )
    assert _published(_page(top=top)) == "2026-11-19"


_SIDE_BY_SIDE: Final = (
    '<div class="meta"><span class="date">نشر: 19 نوفمبر 2026</span> '
    '<span class="date">تحديث: 20 نوفمبر 2026</span></div>'
)
_REPEATED: Final = '<div class="meta"><span class="date">20 نوفمبر 2026</span></div>'
_DATELINES: Final = {
    "timeline of timelineDate divs": (_page(inside=_TIMELINE), None),
    "event-date spans in paragraphs": (_page(inside=_EVENT_SPANS), None),
    "published and updated side by side": (_page(top=_SIDE_BY_SIDE), "2026-11-19"),
    "one date over and under the story": (_page(top=_REPEATED, inside=_REPEATED), "2026-11-20"),
    "a date element then a timeline": (_page(top='<p class="date">20 نوفمبر 2026</p>', inside=_TIMELINE), "2026-11-20"),
}


@pytest.mark.parametrize(("page", "expected"), list(_DATELINES.values()), ids=list(_DATELINES))
def test_the_body_s_dateline_is_none_of_a_list_s(page: str, expected: str | None) -> None:
    assert body_dateline(html.fromstring(page)) == expected
