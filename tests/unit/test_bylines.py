"""One byline vocabulary: the same byline names the same author in a feed, an HTML page and a plain-text file.

Original text written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.parse.bylines import author_field_name, byline_name
from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html
from newstui.parse.plaintext import parse_plaintext

HEADLINE: Final = "افتتاح سوق الخضار الجديد"
LEAD: Final = "فتحت البلدية صباح اليوم سوقاً مسقوفاً للخضار في وسط المدينة بعد أشهر من أعمال البناء والتجهيز."
SECOND: Final = "وقال رئيس البلدية إن السوق يضم مئة وعشرين محلاً وموقفاً للسيارات، ويفتح أبوابه يومياً من السابعة."
SOURCE_LINE: Final = "نشرة الساحل – محليات"

BYLINES: Final = [
    ("By Jane Doe", "Jane Doe"),
    ("Written by Jane Roe", "Jane Roe"),
    ("الكاتب: محمود عبد الرحيم", "محمود عبد الرحيم"),
    ("الكاتبة: ريم الحسيني", "ريم الحسيني"),
    ("كتب: محمود عبد الرحيم", "محمود عبد الرحيم"),
    ("كتبت - ريم الحسيني", "ريم الحسيني"),
    ("بقلم: د. هالة منصور", "د. هالة منصور"),
    ("بقلم سارة علي", "سارة علي"),
    ("إعداد: ريم الحسيني", "ريم الحسيني"),
    ("تحرير: فاطمة علي", "فاطمة علي"),
    ("حاوره: سامر علي", "سامر علي"),
    ("أجرى الحوار: سامر علي", "سامر علي"),
    ("ترجمة: سامر علي", "سامر علي"),
]


def _feed(element: str, byline: str) -> str | None:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>نشرة</title><link>https://news.example/</link>"
        f"<item><title>{HEADLINE}</title><link>https://news.example/1</link><{element}>{byline}</{element}>"
        f"<description>{LEAD}</description></item></channel></rss>"
    )
    (article,) = parse_feed(feed.encode(), origin="feed.xml")
    return article.author


def _page(head: str, byline: str) -> str | None:
    page = (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8">{head}<title>{HEADLINE}</title></head>'
        f"<body><article><h1>{HEADLINE}</h1>{byline}<p>{LEAD}</p><p>{SECOND}</p></article></body></html>"
    )
    return parse_html(page, origin="p.html")[0].author


def _plain(byline: str) -> str | None:
    text = "\n\n".join((SOURCE_LINE, HEADLINE, byline, LEAD, SECOND))
    return parse_plaintext(text, origin="x.txt")[0].author


INPUTS: Final = {
    "feed-author": lambda byline: _feed("author", byline),
    "feed-dc-creator": lambda byline: _feed("dc:creator", byline),
    "html-meta-author": lambda byline: _page(f'<meta name="author" content="{byline}">', ""),
    "html-author-element": lambda byline: _page("", f'<div class="meta"><span class="author">{byline}</span></div>'),
    "plain-text-credit-line": _plain,
}


@pytest.mark.parametrize(("byline", "author"), BYLINES)
def test_every_input_names_the_same_author(byline: str, author: str) -> None:
    """The byline's marker ("By", "الكاتب:", "كتب:", "بقلم", "حاوره:" …) goes in every format alike."""
    found = {name: read(byline) for name, read in INPUTS.items()}
    assert found == dict.fromkeys(INPUTS, author)


@pytest.mark.parametrize(("byline", "author"), BYLINES)
def test_the_shared_function_reads_the_name(byline: str, author: str) -> None:
    """``byline_name`` on a line and ``author_field_name`` on a field give the same name."""
    assert (byline_name(byline), author_field_name(byline)) == (author, author)


@pytest.mark.parametrize(
    ("text", "line", "field"),
    [
        ("كتب محمود عبد الرحيم", None, "محمود عبد الرحيم"),  # a sentence may start so; a field may not
        ("Byron Smith", None, "Byron Smith"),
        ("كتبية المدينة", None, "كتبية المدينة"),
        ("كتب", None, None),
        ("By:", None, None),
        ("القاهرة - كتب: محمود عبد الرحيم", None, "محمود عبد الرحيم"),
    ],
)
def test_a_line_needs_its_separator_a_field_does_not(text: str, line: str | None, field: str | None) -> None:
    """In a line of text "كتب" needs a colon or dash before a name; in an author field it does not."""
    assert (byline_name(text), author_field_name(text)) == (line, field)


@pytest.mark.parametrize(
    "line",
    ["تقرير: الاقتصاد ينمو أسرع من المتوقع", "حوار: الوزير يكشف خطة الموازنة"],
)
def test_a_headline_marker_before_a_long_text_is_no_byline(line: str) -> None:
    """ "تقرير:" or "حوار:" before more than three words starts a headline, in plain text as on a page."""
    assert _plain(line) is None
    assert _page("", f"<p>{line}</p>") is None
