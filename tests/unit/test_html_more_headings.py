"""Related blocks under a "more" heading, "المزيد من ثقافة", "للمزيد" (our own pages, written for these tests)."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html

HEADLINE = "المكتبة الوطنية تفتح أبوابها مساءً طوال فصل الصيف"
STORY = (
    "قررت إدارة المكتبة الوطنية تمديد ساعات العمل حتى العاشرة مساءً طوال فصل الصيف لاستقبال الطلاب والباحثين.",
    "وقالت مديرة المكتبة إن القرار جاء استجابة لطلبات الزوار الذين يفضلون القراءة في ساعات المساء الهادئة.",
    "وتضم المكتبة أكثر من مليون كتاب ومخطوطة نادرة في قاعاتها الخمس الموزعة على ثلاثة طوابق.",
)
TITLES = ["معرض الكتاب يستقبل زواره الأسبوع المقبل", "ورشة لتعليم الخط العربي للأطفال"]
URLS = ["https://library-news.example/culture/book-fair", "https://library-news.example/culture/calligraphy"]


def _page(block: str) -> str:
    """A story page with a canonical address and ``block`` after its ``<article>``."""
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    return (
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        '<link rel="canonical" href="https://library-news.example/culture/summer-hours">'
        f"<title>{HEADLINE}</title></head><body><main><article><h1>{HEADLINE}</h1>{paragraphs}</article>"
        f"{block}</main><footer><p>جميع الحقوق محفوظة</p></footer></body></html>"
    )


def _cards(heading: str) -> str:
    cards = "".join(
        f"<a class='card' href='/culture/{slug}'><span>{title}</span></a>"
        for slug, title in zip(("book-fair", "calligraphy"), TITLES, strict=True)
    )
    return f"<section class='more'>{heading}{cards}</section>"


def _list(heading: str) -> str:
    items = "".join(
        f"<li><a href='/culture/{slug}'>{title}</a></li>"
        for slug, title in zip(("book-fair", "calligraphy"), TITLES, strict=True)
    )
    return f"<div class='box'>{heading}<ul>{items}</ul></div>"


@pytest.mark.parametrize(
    "block",
    [
        _cards("<h2>المزيد من ثقافة</h2>"),
        _cards("<h2>المزيد من الثقافة</h2>"),
        _cards("<h3>المزيد من أخبار الثقافة</h3>"),
        _list("<h3>للمزيد</h3>"),
        _list("<b>للمزيد:</b>"),
        _list("<h4>المزيد »</h4>"),
        _list("<h3>للمزيد من الأخبار</h3>"),
    ],
)
def test_more_heading_opens_related_links(block: str) -> None:
    """A block of links under a "more" heading is the story's related links, resolved, not its text."""
    article = parse_html(_page(block), origin="page.html")[0]
    assert [(link.title, link.url, link.kind) for link in article.related] == [
        (title, url, "related") for title, url in zip(TITLES, URLS, strict=True)
    ]
    assert article.paragraphs == STORY


@pytest.mark.parametrize("heading", ["المزيد من الأمطار المتوقعة غداً", "المزيد من ثقافة 2026"])
def test_headline_that_starts_with_more_is_no_more_heading(heading: str) -> None:
    """A heading that goes on past a section's name (a headline, a number) opens no related block."""
    article = parse_html(_page(_list(f"<h3>{heading}</h3>")), origin="page.html")[0]
    assert article.related == ()
