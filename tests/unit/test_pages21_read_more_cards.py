"""HTML pages: Ghost's "read more" post cards after the story (``<aside class="read-more-wrap">``, each card's headline
an ``<h2>`` inside its link) are the story's related links (audit pages21, finding 5); a "continue reading" link's
paragraph classed ``read-more`` is none.

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

from newstui.parse.html import parse_html

URL: Final = "https://masrah-notes.example/puppet-theatre/"

_STORY: Final = (
    "يفتتح مسرح العرائس في المدينة موسمه الجديد الأسبوع المقبل بعرض مقتبس من حكايات الجدات الشعبية.",
    "وقالت مخرجة العرض إن الفرقة صنعت أكثر من ثلاثين دمية جديدة يدويا من الخشب والقماش المعاد تدويره.",
    "ويستمر العرض شهرا كاملا بمعدل ثلاث حفلات أسبوعيا، إحداها مخصصة لطلاب المدارس الحكومية.",
)
_CARDS: Final = (
    ("/shadow-play/", "عودة خيال الظل إلى مقاهي المدينة القديمة"),
    ("/young-actors/", "ورشة تمثيل للأطفال"),
)


def _card(path: str, title: str) -> str:
    return (
        f"<article class='post-card'><a class='post-card-image-link' href='{path}'><img src='/c.jpg' alt=''></a>"
        f"<div class='post-card-content'><a class='post-card-content-link' href='{path}'><header>"
        f"<div class='post-card-primary-tag'>مسرح</div><h2 class='post-card-title'>{title}</h2></header>"
        "<div class='post-card-excerpt'>لمحة قصيرة عن القصة.</div></a><footer class='post-card-meta'>"
        "<time datetime='2026-10-01'>1 أكتوبر 2026</time><span>3 دقائق قراءة</span></footer></div></article>"
    )


def _page(after: str) -> str:
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مسرح العرائس يفتتح موسمه</title>'
        f'<link rel="canonical" href="{URL}"></head><body><main><article class="article post">'
        "<header><h1>مسرح العرائس يفتتح موسمه بحكايات الجدات</h1></header><section class='gh-content'>"
        + "".join(f"<p>{text}</p>" for text in _STORY)
        + f"</section></article></main>{after}</body></html>"
    )


def test_ghost_read_more_cards_are_related_links() -> None:
    aside = (
        "<aside class='read-more-wrap'><div class='read-more inner'>"
        + "".join(_card(path, title) for path, title in _CARDS)
        + "</div></aside>"
    )
    (article,) = parse_html(_page(aside), origin=URL, url=URL)
    assert article.paragraphs == _STORY
    assert [(link.title, link.url, link.kind) for link in article.related] == [
        (title, "https://masrah-notes.example" + path, "related") for path, title in _CARDS
    ]


def test_a_continue_reading_paragraph_is_no_related_block() -> None:
    more = "<p class='read-more'><a href='/archive/'>تابع القراءة في الأرشيف</a></p>"
    (article,) = parse_html(_page(more), origin=URL, url=URL)
    assert article.related == ()
