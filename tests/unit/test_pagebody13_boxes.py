"""HTML pages of several stories, each an ``<article>`` with its headline: the page's own story (the ``<h1>``'s, in a
box or not, else the first box) is read alone, the others are embedded stories linked from it as read-also (docs12
pb: a story in a ``<div>`` before two boxes had the second box's text put above its own; a box in a ``<header>``
above the story gave its text and its author to the story; three boxes read as one story).

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

from newstui.model import Article
from newstui.parse.html import parse_html

URL: Final = "https://nahar.example/bulletin/2026-12-01"

_PORT_TITLE: Final = "الميناء يستقبل أول سفينة حاويات بعد أعمال التوسعة"
_PORT: Final = (
    "استقبل ميناء المدينة صباح الثلاثاء أول سفينة حاويات كبيرة بعد انتهاء أعمال توسعة الرصيف الشمالي.",
    "وقال مدير الميناء إن الرصيف الجديد يتسع لسفينتين في وقت واحد ويختصر مدة الانتظار إلى النصف.",
    "وأضاف أن حركة الشحن ستزداد خلال الأشهر المقبلة مع افتتاح الطريق الجديد إلى المنطقة الصناعية.",
)
_RAIN_TITLE: Final = "أمطار غزيرة متوقعة نهاية الأسبوع"
_RAIN: Final = (
    "توقعت دائرة الأرصاد الجوية هطول أمطار غزيرة على المناطق الساحلية ابتداء من مساء الجمعة المقبل.",
    "ودعت الدائرة الصيادين إلى عدم الإبحار والسائقين إلى الحذر على الطرق الجبلية خلال يومي العطلة.",
)
_SCHOOL_TITLE: Final = "افتتاح مدرسة جديدة في حي الزيتون"
_SCHOOL: Final = (
    "افتتحت مديرية التربية مدرسة ابتدائية جديدة في حي الزيتون تتسع لستمئة تلميذ في فترتين صباحية ومسائية.",
    "وقالت المديرية إن المدرسة مزودة بمختبر للعلوم ومكتبة وملعب رياضي مغطى لتلاميذ الحي والأحياء المجاورة.",
)


def _page(body: str, *, header: str = "") -> list[Article]:
    page = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        "<title>نشرة الظهيرة - صحيفة النهار</title>"
        '<meta property="og:site_name" content="صحيفة النهار"></head>'
        f"<body>{header}<nav><a href='/'>الرئيسية</a> <a href='/city'>المدينة</a></nav><main>{body}</main>"
        "<footer><p>جميع الحقوق محفوظة لصحيفة النهار</p></footer></body></html>"
    )
    return parse_html(page, origin=URL, url=URL)


def _story(title: str, author: str, texts: tuple[str, ...], *, tag: str = "h2", time: str = "") -> str:
    stamp = f"<time datetime='{time}'>الثلاثاء 1 ديسمبر 2026</time>" if time else ""
    paragraphs = "".join(f"<p>{text}</p>" for text in texts)
    return f"<{tag}>{title}</{tag}><p class='byline'>كتب: {author}</p>{stamp}{paragraphs}"


_PORT_STORY: Final = _story(_PORT_TITLE, "وليد الخطيب", _PORT, tag="h1", time="2026-12-01T12:00:00+02:00")
_RAIN_BOX: Final = f"<article>{_story(_RAIN_TITLE, 'هالة منصور', _RAIN, time='2026-12-01T12:40:00+02:00')}</article>"
_SCHOOL_BOX: Final = (
    f"<article>{_story(_SCHOOL_TITLE, 'نبيل عثمان', _SCHOOL, time='2026-12-01T13:10:00+02:00')}</article>"
)


def _embedded(articles: list[Article], titles: list[str]) -> None:
    """The page's story links to each embedded story (``titles``, in order) as read-also, and each back to it."""
    main, *stories = articles
    assert [story.title for story in stories] == titles
    assert [(link.title, link.target, link.kind) for link in main.related] == [
        (story.title, story.id, "read-also") for story in stories
    ]
    for story in stories:
        assert [(link.target, link.kind) for link in story.related] == [(main.id, "parent")]


def test_a_story_outside_the_boxes_keeps_its_text_alone_and_first() -> None:
    """The story in a ``<div>`` with the ``<h1>``, two boxes under it: its paragraphs alone, in order."""
    articles = _page(f"<div class='story'>{_PORT_STORY}</div>{_RAIN_BOX}{_SCHOOL_BOX}")
    main = articles[0]
    assert (main.title, main.paragraphs, main.author) == (_PORT_TITLE, _PORT, "وليد الخطيب")
    assert main.published == "2026-12-01T12:00:00+02:00"
    _embedded(articles, [_RAIN_TITLE, _SCHOOL_TITLE])
    assert [(story.paragraphs, story.author) for story in articles[1:]] == [
        (_RAIN, "هالة منصور"),
        (_SCHOOL, "نبيل عثمان"),
    ]


def test_a_box_in_a_header_above_the_story_is_none_of_its_text() -> None:
    """A box in a ``<header>`` before the ``<h1>``'s: the story's text and author, the other one embedded."""
    articles = _page(f"<header>{_RAIN_BOX}</header><article>{_PORT_STORY}</article>")
    main = articles[0]
    assert (main.title, main.paragraphs, main.author) == (_PORT_TITLE, _PORT, "وليد الخطيب")
    assert main.published == "2026-12-01T12:00:00+02:00"
    _embedded(articles, [_RAIN_TITLE])
    assert (articles[1].paragraphs, articles[1].author) == (_RAIN, "هالة منصور")


def test_the_h1_under_its_box_header_names_the_story_though_second() -> None:
    """The ``<h1>`` in its box's own ``<header>``, the box after another one: that box is the page's story."""
    port = _PORT_STORY.replace(f"<h1>{_PORT_TITLE}</h1>", f"<header><h1>{_PORT_TITLE}</h1></header>")
    articles = _page(f"{_RAIN_BOX}<article>{port}</article>")
    assert (articles[0].title, articles[0].paragraphs, articles[0].author) == (_PORT_TITLE, _PORT, "وليد الخطيب")
    _embedded(articles, [_RAIN_TITLE])


def test_three_boxes_give_the_first_story_and_two_embedded_ones() -> None:
    articles = _page(f"<article>{_PORT_STORY}</article><hr>{_RAIN_BOX}<hr>{_SCHOOL_BOX}")
    assert [(article.title, article.paragraphs, article.author) for article in articles] == [
        (_PORT_TITLE, _PORT, "وليد الخطيب"),
        (_RAIN_TITLE, _RAIN, "هالة منصور"),
        (_SCHOOL_TITLE, _SCHOOL, "نبيل عثمان"),
    ]
    assert [article.published for article in articles] == [
        "2026-12-01T12:00:00+02:00",
        "2026-12-01T12:40:00+02:00",
        "2026-12-01T13:10:00+02:00",
    ]
    _embedded(articles, [_RAIN_TITLE, _SCHOOL_TITLE])


def test_three_boxes_without_times_or_rules_between_them() -> None:
    body = "".join(
        f"<article>{_story(title, author, texts, tag=tag)}</article>"
        for title, author, texts, tag in (
            (_PORT_TITLE, "وليد الخطيب", _PORT, "h1"),
            (_RAIN_TITLE, "هالة منصور", _RAIN, "h2"),
            (_SCHOOL_TITLE, "نبيل عثمان", _SCHOOL, "h2"),
        )
    )
    articles = _page(body)
    assert [(article.title, article.paragraphs) for article in articles] == [
        (_PORT_TITLE, _PORT),
        (_RAIN_TITLE, _RAIN),
        (_SCHOOL_TITLE, _SCHOOL),
    ]
    _embedded(articles, [_RAIN_TITLE, _SCHOOL_TITLE])


def test_with_the_site_name_for_h1_the_first_box_is_the_story() -> None:
    """No ``<h1>`` in the boxes, the site's logo one in the page's header: the first box is the page's story."""
    port = _PORT_STORY.replace(f"<h1>{_PORT_TITLE}</h1>", f"<h2>{_PORT_TITLE}</h2>")
    articles = _page(
        f"<article>{port}</article>{_RAIN_BOX}{_SCHOOL_BOX}", header="<header><h1>صحيفة النهار</h1></header>"
    )
    assert (articles[0].title, articles[0].paragraphs) == (_PORT_TITLE, _PORT)
    _embedded(articles, [_RAIN_TITLE, _SCHOOL_TITLE])


def test_a_bulletin_named_by_its_h1_loses_none_of_its_stories() -> None:
    """An ``<h1>`` naming the bulletin over its boxes, with no text of its own: the first box's text is the page's,
    the others embedded; no story's text is in another's."""
    port = _PORT_STORY.replace(f"<h1>{_PORT_TITLE}</h1>", f"<h2>{_PORT_TITLE}</h2>")
    articles = _page(f"<h1>نشرة الظهيرة</h1><article>{port}</article>{_RAIN_BOX}{_SCHOOL_BOX}")
    assert articles[0].paragraphs[-3:] == _PORT
    assert [(article.paragraphs) for article in articles[1:]] == [_RAIN, _SCHOOL]
    _embedded(articles, [_RAIN_TITLE, _SCHOOL_TITLE])


def test_a_box_in_a_sidebar_stays_out() -> None:
    """A story box in an ``<aside>`` beside the page's two: neither the story's text nor an embedded story."""
    articles = _page(f"<article>{_PORT_STORY}</article>{_SCHOOL_BOX}<aside>{_RAIN_BOX}</aside>")
    assert (articles[0].paragraphs, [article.title for article in articles[1:]]) == (_PORT, [_SCHOOL_TITLE])
