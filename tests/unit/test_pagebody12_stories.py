"""HTML pages: a page of two stories, each an ``<article>`` with its headline and paragraphs, gives the second as
an embedded story linked from the first, as a text file's ``اقرأ أيضاً:`` story (audit pages12, finding 6: it was
dropped without a trace); cards, a live blog's updates and boxes beside a story that is no ``<article>`` give none.

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

from newstui.model import Article
from newstui.parse.html import parse_html

URL: Final = "https://masa.example/bulletin/2026-11-26"

_FIRST: Final = (
    "صادق المجلس البلدي مساء الخميس على ميزانية العام المقبل بعد جلسة طويلة استمرت حتى منتصف الليل.",
    "وخصصت الميزانية الجديدة نحو ثلث نفقاتها لصيانة الطرق وشبكات المياه في الأحياء القديمة من المدينة.",
    "وانتقد عدد من الأعضاء تأخر المشاريع التي أقرت العام الماضي ولم يبدأ العمل في أغلبها حتى الآن.",
)
_SECOND: Final = (
    "أعلنت إدارة المرور تحويل السير في الشارع الرئيسي إلى طريق فرعي أسبوعا كاملا لإصلاح أنابيب الصرف.",
    "وطلبت الإدارة من السائقين الانطلاق مبكرا في ساعات الذروة تجنبا للازدحام المتوقع عند مدخل المدينة.",
)
_FIRST_TITLE: Final = "المجلس البلدي يصادق على ميزانية العام المقبل"
_SECOND_TITLE: Final = "تحويل السير في الشارع الرئيسي أسبوعا"


def _page(body: str) -> list[Article]:
    page = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>نشرة المساء - صحيفة المساء</title>'
        '<meta property="og:site_name" content="صحيفة المساء"></head>'
        f"<body><nav><a href='/'>الرئيسية</a> <a href='/local'>محليات</a></nav><main>{body}</main>"
        "<footer><p>جميع الحقوق محفوظة لصحيفة المساء</p></footer></body></html>"
    )
    return parse_html(page, origin=URL, url=URL)


def _paragraphs(texts: tuple[str, ...]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


_BULLETIN: Final = (
    f"<article><h1>{_FIRST_TITLE}</h1><p class='byline'>كتب: سامر الحداد</p>"
    "<time datetime='2026-11-26T21:30:00+02:00'>الخميس 26 نوفمبر 2026</time>"
    f"{_paragraphs(_FIRST)}</article><hr>"
    f"<article><h2>{_SECOND_TITLE}</h2><p class='byline'>كتبت: منى العلي</p>"
    "<time datetime='2026-11-26T22:15:00+02:00'>الخميس 26 نوفمبر 2026</time>"
    f"{_paragraphs(_SECOND)}</article>"
)


def test_the_second_article_is_an_embedded_story() -> None:
    main, story = _page(_BULLETIN)
    assert (main.title, main.paragraphs) == (_FIRST_TITLE, _FIRST)
    assert (story.title, story.paragraphs) == (_SECOND_TITLE, _SECOND)
    assert story.id != main.id
    assert story.origin == main.origin == URL
    assert (story.source, story.author, story.published) == ("صحيفة المساء", "منى العلي", "2026-11-26T22:15:00+02:00")
    assert main.published == "2026-11-26T21:30:00+02:00"
    assert [(link.title, link.target, link.kind) for link in main.related] == [(_SECOND_TITLE, story.id, "read-also")]
    assert [(link.title, link.target, link.kind) for link in story.related] == [(_FIRST_TITLE, main.id, "parent")]


def test_nothing_of_the_second_story_is_lost_without_times() -> None:
    """The same bulletin without its ``<time>``s."""
    body = _BULLETIN.replace("<time datetime='2026-11-26T21:30:00+02:00'>الخميس 26 نوفمبر 2026</time>", "")
    body = body.replace("<time datetime='2026-11-26T22:15:00+02:00'>الخميس 26 نوفمبر 2026</time>", "")
    articles = _page(body)
    assert [(article.title, article.paragraphs) for article in articles] == [
        (_FIRST_TITLE, _FIRST),
        (_SECOND_TITLE, _SECOND),
    ]


def test_cards_beside_a_story_are_no_stories() -> None:
    """Cards of linked headlines and a teaser each beside the story's ``<article>``: no embedded story."""
    cards = "".join(
        f"<article class='card'><h3><a href='/n/{number}'>{headline}</a></h3><p>{teaser}</p></article>"
        for number, (headline, teaser) in enumerate(
            [
                ("افتتاح مكتبة عامة في الحي الشرقي", "تفتح المكتبة أبوابها يوميا من التاسعة صباحا حتى الثامنة مساء."),
                ("تمديد ساعات عمل المسبح البلدي", "يعمل المسبح البلدي حتى العاشرة مساء طوال أيام الأسبوع المقبل."),
            ]
        )
    )
    (article,) = _page(f"<article><h1>{_FIRST_TITLE}</h1>{_paragraphs(_FIRST)}</article>{cards}")
    assert article.paragraphs[:3] == _FIRST
    assert not any(link.target for link in article.related)


def test_live_updates_in_articles_of_their_own_are_no_stories() -> None:
    """A live blog whose updates are ``<article>``s, each an ``<h3>`` and two paragraphs: no embedded story (an
    update's ``<h3>`` is no story's headline)."""
    updates = "".join(
        f"<article class='update'><h3>تحديث {number}</h3>{_paragraphs(texts)}</article>"
        for number, texts in ((1, _FIRST), (2, _SECOND))
    )
    (article,) = _page(f"<h1>مباشر: أخبار المدينة</h1><div class='live'>{updates}</div>")
    assert all(text in article.paragraphs for text in _FIRST)


def test_a_short_story_with_its_time_between_byline_and_text_keeps_its_paragraphs() -> None:
    """A short page (trafilatura gives it back as one run of text): its ``<p>``s are its paragraphs though a
    ``<time>``'s date stands between the byline and the lead (the embedded story's page above is such a one)."""
    body = (
        f"<article><h2>{_SECOND_TITLE}</h2><p class='byline'>كتبت: منى العلي</p>"
        f"<time datetime='2026-11-26T22:15:00+02:00'>الخميس 26 نوفمبر 2026</time>{_paragraphs(_SECOND)}</article>"
    )
    (article,) = _page(body)
    assert (article.title, article.paragraphs, article.author) == (_SECOND_TITLE, _SECOND, "منى العلي")
    assert article.published == "2026-11-26T22:15:00+02:00"


def test_a_sentence_between_two_paragraphs_is_no_gap_to_skip() -> None:
    """Text of a sentence's length between two ``<p>``s (in a ``<div>``) is the story's: not dropped."""
    middle = "وأوضحت الإدارة أن الحافلات العامة ستسلك طريقا آخر خلال فترة الأشغال في الشارع الرئيسي للمدينة"
    body = f"<article><h2>{_SECOND_TITLE}</h2><p>{_SECOND[0]}</p><div>{middle}</div><p>{_SECOND[1]}</p></article>"
    (article,) = _page(body)
    assert middle in " ".join(article.paragraphs)
