"""A page's date and byline shown as text in its markup (our own pages, written for these tests)."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html

STORY = "<br><br>".join(
    (
        "تراجعت أسعار الوقود في محطات المدينة للأسبوع الثالث على التوالي بعد انخفاض أسعار النفط عالمياً.",
        "وقال مسؤول في وزارة الطاقة إن الأسعار ستراجع مرة أخرى مطلع الشهر المقبل وفق الآلية المعتمدة.",
        "ورحب سائقو سيارات الأجرة بالقرار وطالبوا بخفض رسوم الترخيص السنوية أيضاً في العام المقبل.",
    )
)
"""The story as small sites write it: paragraphs between ``<br><br>`` in one ``<div>``."""


def _page(head: str = "", top: str = "", nav: str = "") -> str:
    """A page as small sites write them: the headline, a line under it, the story in one ``<div>``."""
    return (
        f'<html lang="ar"><head><meta charset="utf-8"><title>أسعار الوقود تتراجع</title>{head}</head><body>'
        f"<div class='menu'>{nav}<a href='/'>الرئيسية</a> | <a href='/eco'>اقتصاد</a></div>"
        f"<h1>أسعار الوقود تتراجع للأسبوع الثالث</h1>{top}<div class='text'>{STORY}</div>"
        "<div class='tags'>كلمات دلالية: <a href='/t/1'>وقود</a> <a href='/t/2'>أسعار</a></div>"
        "<div class='more'><b>مقالات مشابهة</b><br><a href='/b1.html'>انتهاء إضراب الميناء بعد تسعة أيام</a><br>"
        "<a href='/a2.html'>ارتفاع أسعار الخضروات في الأسواق الشعبية</a></div>"
        "<div class='copy'>جميع الحقوق محفوظة © 2026</div></body></html>"
    )


@pytest.mark.parametrize(
    ("top", "published", "author"),
    [
        ("<div class='date'>الأحد 29 نوفمبر 2026 - 10:30 ص</div>", "2026-11-29T10:30:00", None),
        (
            "<div class='post-meta'>بقلم <a href='/a/f'>فاطمة العلي</a> · نُشر في 28 نوفمبر 2026</div>",
            "2026-11-28",
            "فاطمة العلي",
        ),
        ("<span class='time'>2026/11/27</span>", "2026-11-27", None),
        ("<span itemprop='datePublished'>26 نوفمبر 2026</span>", "2026-11-26", None),
        # A headline-like line with a date among other words is not a dateline.
        ("<div class='meta'>التضخم يتراجع إلى 7.4% في نوفمبر 2026</div>", None, None),
        ("", None, None),
    ],
    ids=["date-div", "byline-and-date", "numeric", "itemprop", "not-a-dateline", "none"],
)
def test_a_date_in_the_markup(top: str, published: str | None, author: str | None) -> None:
    (article,) = parse_html(_page(top=top), origin="x")
    assert (article.published, article.author) == (published, author)


def test_the_meta_tags_date_comes_first_and_the_menu_is_not_read() -> None:
    meta = '<meta property="article:published_time" content="2026-11-20T08:00:00+00:00">'
    (article,) = parse_html(_page(head=meta, top="<div class='date'>29 نوفمبر 2026</div>"), origin="x")
    assert article.published == "2026-11-20T08:00:00+00:00"
    (article,) = parse_html(_page(nav="<nav><span class='date'>29 نوفمبر 2026</span></nav>"), origin="x")
    assert article.published is None


@pytest.mark.parametrize(
    ("time", "published"),
    [
        ('<time datetime="2026-11-29T22:05:00+03:00">29 نوفمبر</time>', "2026-11-29T22:05:00+03:00"),
        ('<time datetime="2026-11-29">29 نوفمبر</time>', "2026-11-29"),  # the day only: as it is
    ],
)
def test_the_time_of_day_of_a_time_element_is_kept(time: str, published: str) -> None:
    """trafilatura keeps the day of ``<time datetime>``; the time of day it drops is put back (so
    "newest first" orders two stories of one day)."""
    (article,) = parse_html(_page(top=f"<div class='meta'><span>كتب: سامر النجار</span> {time}</div>"), origin="x")
    assert article.published == published
