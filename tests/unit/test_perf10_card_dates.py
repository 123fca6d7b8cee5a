"""Dates of story cards are not the page's (break9 M3): cards that all show one day do not date an undated
page, and a byline's date built like the cards' (``div.meta > span.date`` in both) is still the page's."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html

_URL = "https://coast.example/culture/library-reopens"
_STORY = """<article><h1>إعادة افتتاح المكتبة العامة في حي الزيتون بعد ترميمها</h1>{byline}
<p>أعادت البلدية صباح اليوم افتتاح المكتبة العامة في حي الزيتون بعد أعمال ترميم استمرت عامين كاملين.</p>
<p>وقالت مديرة المكتبة إن القاعة الجديدة تتسع لمئتي قارئ وتضم ركناً خاصاً بكتب الأطفال والناشئة.</p>
<p>وأضافت أن المكتبة ستفتح أبوابها يومياً من التاسعة صباحاً حتى الثامنة مساءً طوال أيام الأسبوع.</p>
{footer}</article>"""
_CARD_TITLES = (
    "ارتفاع أسعار الخضار في السوق المركزي",
    "حملة تشجير واسعة على ضفاف النهر",
    "مهرجان الشعر يختتم دورته السادسة",
)


def _cards(days: tuple[str, ...], *, link: bool = True) -> str:
    """A sidebar of story cards, each a linked headline over ``<div class="meta"><span class="date">``."""
    cards = []
    for number, (title, day) in enumerate(zip(_CARD_TITLES, days, strict=True)):
        headline = f'<a href="/news/{number}">{title}</a>' if link else title
        cards.append(
            f'<div class="card"><h3>{headline}</h3><div class="meta"><span class="date">{day}</span></div></div>'
        )
    return '<div class="sidebar"><h2>الأكثر قراءة</h2>' + "".join(cards) + "</div>"


def _published(byline: str, sidebar: str, footer: str = "") -> str | None:
    page = (
        '<html lang="ar" dir="rtl"><head><title>المكتبة العامة</title></head><body>'
        + _STORY.format(byline=byline, footer=footer)
        + sidebar
        + "</body></html>"
    )
    [article] = parse_html(page, origin="page.html", url=_URL)
    return article.published


_META_DATE = '<div class="meta"><span class="author">كتب: سامي الحداد</span><span class="date">{day}</span></div>'
_DIFFERENT_DAYS = ("28 نوفمبر 2026", "27 نوفمبر 2026", "26 نوفمبر 2026")
_ONE_DAY = ("25 نوفمبر 2026",) * 3


@pytest.mark.parametrize(
    ("byline", "sidebar", "footer", "expected"),
    [
        # the byline's date is built like the cards' (div.meta > span.date): it is the page's, the cards' are not
        (_META_DATE.format(day="الثلاثاء 1 ديسمبر 2026"), _cards(_DIFFERENT_DAYS), "", "2026-12-01"),
        (_META_DATE.format(day="الثلاثاء 1 ديسمبر 2026"), _cards(_ONE_DAY), "", "2026-12-01"),
        # an undated page: its cards' one day is no date of its own, nor are their different days
        ("", _cards(_ONE_DAY), "", None),
        ("", _cards(_DIFFERENT_DAYS), "", None),
        # the page's own date shown twice, above and under the story, is still its date
        (
            _META_DATE.format(day="الثلاثاء 1 ديسمبر 2026"),
            "",
            _META_DATE.format(day="الثلاثاء 1 ديسمبر 2026"),
            "2026-12-01",
        ),
    ],
    ids=[
        "byline-and-cards-of-other-days",
        "byline-and-cards-of-one-day",
        "undated-cards-of-one-day",
        "undated-cards-of-other-days",
        "own-date-twice",
    ],
)
def test_card_dates_are_not_the_pages(byline: str, sidebar: str, footer: str, expected: str | None) -> None:
    assert _published(byline, sidebar, footer) == expected


def test_dates_without_a_linked_headline_are_no_cards() -> None:
    """Blocks of one day with no linked headline (no story cards) are not taken for a list of cards: a page
    dated only by them keeps that day, as before."""
    assert _published("", _cards(_ONE_DAY, link=False)) == "2026-11-25"
