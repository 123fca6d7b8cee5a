"""HTML pages: a story's own ``<time datetime>`` beside another story's or cards' is no live update's stamp, and
dates the story (audit pages12, finding 1); a live blog's updates keep their stamps.

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

from newstui.model import Article
from newstui.parse.html import parse_html

URL: Final = "https://wadi.example/news/2026/11/budget.html"

_LEAD: Final = "صادق المجلس البلدي مساء الخميس على ميزانية العام المقبل بعد جلسة طويلة استمرت حتى منتصف الليل."
_SECOND: Final = "وخصصت الميزانية الجديدة نحو ثلث نفقاتها لصيانة الطرق وشبكات المياه في الأحياء القديمة من المدينة."
_THIRD: Final = "وانتقد عدد من الأعضاء تأخر المشاريع التي أقرت العام الماضي ولم يبدأ العمل في أغلبها حتى الآن."
_OTHER: Final = (
    "أعلنت إدارة المرور تحويل السير في الشارع الرئيسي إلى طريق فرعي أسبوعا كاملا لإصلاح أنابيب الصرف.",
    "وطلبت الإدارة من السائقين الانطلاق مبكرا في ساعات الذروة تجنبا للازدحام المتوقع عند مدخل المدينة.",
)


def _parse(body: str, title: str = "المجلس البلدي يصادق على ميزانية العام المقبل") -> Article:
    page = (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title} - صحيفة الوادي</title>'
        '<meta property="og:site_name" content="صحيفة الوادي"></head>'
        f"<body><nav><a href='/'>الرئيسية</a> <a href='/local'>محليات</a></nav><main>{body}</main>"
        "<footer><p>جميع الحقوق محفوظة لصحيفة الوادي</p></footer></body></html>"
    )
    return parse_html(page, origin=URL, url=URL)[0]  # the page's story (a second <article>'s is embedded)


def _story(time: str) -> str:
    return (
        "<h1>المجلس البلدي يصادق على ميزانية العام المقبل</h1><p class='byline'>كتب: سامر الحداد</p>"
        f"{time}<p>{_LEAD}</p><p>{_SECOND}</p><p>{_THIRD}</p>"
    )


def _other(time: str) -> str:
    return (
        "<h2>تحويل السير في الشارع الرئيسي أسبوعا</h2><p class='byline'>كتبت: منى العلي</p>"
        f"{time}<p>{_OTHER[0]}</p><p>{_OTHER[1]}</p>"
    )


_FIRST_TIME: Final = '<time datetime="2026-11-26T21:30:00+02:00">الخميس 26 نوفمبر 2026</time>'
_SECOND_TIME: Final = '<time datetime="2026-11-26T22:15:00+02:00">الخميس 26 نوفمبر 2026</time>'


def test_two_articles_each_with_its_time_are_no_live_blog() -> None:
    """Two ``<article>``s, each a headline, a byline, a ``<time>`` and paragraphs: the first story's lead as
    written (no "21:30 — "), and its time dates it."""
    article = _parse(
        f"<article id='s1'>{_story(_FIRST_TIME)}</article><hr><article id='s2'>{_other(_SECOND_TIME)}</article>"
    )
    assert article.paragraphs[:3] == (_LEAD, _SECOND, _THIRD)
    assert not any(" — " in paragraph for paragraph in article.paragraphs)
    assert article.published == "2026-11-26T21:30:00+02:00"


def test_two_articles_with_the_time_in_a_meta_box() -> None:
    """The same with each ``<time>`` alone in its ``<div class="meta">`` (the wrappers alike: ``div.meta`` twice)."""
    article = _parse(
        f"<article>{_story(f'<div class=meta>{_FIRST_TIME}</div>')}</article>"
        f"<article>{_other(f'<div class=meta>{_SECOND_TIME}</div>')}</article>"
    )
    assert article.paragraphs[:3] == (_LEAD, _SECOND, _THIRD)
    assert article.published == "2026-11-26T21:30:00+02:00"


def test_a_story_followed_by_cards_with_unlinked_headlines() -> None:
    """A story ``<article class="post">`` and, under "آخر الأخبار", cards of the same class whose ``<h3>`` is no
    link, each with its ``<time>`` and a teaser: the story's lead and date as written."""
    cards = "".join(
        f"<article class='post'><h3>{headline}</h3><time datetime='{stamp}'>{shown}</time><p>{teaser}</p></article>"
        for headline, stamp, shown, teaser in (
            (
                "افتتاح مكتبة عامة في الحي الشرقي",
                "2026-11-25T09:00:00+02:00",
                "25 نوفمبر 2026",
                "تفتح المكتبة أبوابها يوميا.",
            ),
            (
                "تمديد ساعات عمل المسبح البلدي",
                "2026-11-24T08:00:00+02:00",
                "24 نوفمبر 2026",
                "يعمل المسبح حتى العاشرة مساء.",
            ),
        )
    )
    article = _parse(
        f"<article class='post'>{_story(_FIRST_TIME)}</article>"
        f"<section class='latest'><h2>آخر الأخبار</h2>{cards}</section>"
    )
    assert article.paragraphs[0] == _LEAD
    assert not any(" — " in paragraph for paragraph in article.paragraphs)
    assert article.published == "2026-11-26T21:30:00+02:00"


_UPDATES: Final = (
    ("2026-11-26T14:40:00+02:00", "ارتفع منسوب المياه في الوادي إلى مستوى لم يسجل منذ عشر سنوات وفق الدفاع المدني."),
    ("2026-11-26T13:05:00+02:00", "أغلقت الشرطة الجسر القديم أمام السيارات بعد تسرب المياه إلى أطرافه الشرقية."),
    ("2026-11-26T11:20:00+02:00", "بدأت الأمطار الغزيرة بالهطول على المدينة منذ ساعات الصباح الأولى دون توقف."),
)


def test_a_live_blog_under_its_headline_keeps_its_stamps() -> None:
    """A live blog: its own time under the ``<h1>`` (no stamp), then updates each a ``<time datetime>`` reading
    "منذ ساعة" over its paragraph: each update starts with its hour and minute."""
    updates = "".join(
        f"<div class='update'><time datetime='{stamp}'>منذ ساعة</time><p>{text}</p></div>" for stamp, text in _UPDATES
    )
    article = _parse(
        "<article><h1>مباشر: السيول في الوادي</h1><time datetime='2026-11-26T10:00:00+02:00'>26 نوفمبر 2026</time>"
        f"<p>{_LEAD}</p><div class='live'>{updates}</div></article>",
        title="مباشر: السيول في الوادي",
    )
    assert article.paragraphs == (_LEAD, *(f"{stamp[11:16]} — {text}" for stamp, text in _UPDATES))


def test_live_updates_in_articles_of_their_own_keep_their_stamps() -> None:
    """Updates written as ``<article class="update">``s (no heading before their time): still stamped."""
    updates = "".join(
        f"<article class='update'><time datetime='{stamp}'>الخميس</time><p>{text}</p></article>"
        for stamp, text in _UPDATES
    )
    article = _parse(
        f"<h1>مباشر: السيول في الوادي</h1><div class='live'>{updates}</div>", title="مباشر: السيول في الوادي"
    )
    assert article.paragraphs == tuple(f"{stamp[11:16]} — {text}" for stamp, text in _UPDATES)
