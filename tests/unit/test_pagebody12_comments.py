"""HTML pages: readers' comments under a bold ``التعليقات`` standing as a heading (not an ``<h2>``–``<h6>``), in a
table layout or a paragraph, are dropped (audit pages12, finding 7); a story paragraph that begins with a bold
word stays.

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest
from lxml import html as lxml_html

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.html_comments import drop_comments

URL: Final = "https://nahr.example/news.asp?id=7731"

_STORY: Final = (
    "بدأت مديرية التربية في المحافظة اليوم توزيع الكتب المدرسية على المدارس الريفية قبل أسبوع من بدء العام الدراسي.",
    "وقال مدير التربية إن الشاحنات ستصل إلى القرى البعيدة خلال ثلاثة أيام، وإن النقص في بعض العناوين سيعوض سريعا.",
    "وأضاف أن المديرية طبعت هذا العام عشرين ألف نسخة إضافية لتلبية زيادة أعداد الطلاب في المدارس الجديدة.",
)
_COMMENTS: Final = ("أبو خالد: خطوة ممتازة ولكن متأخرة كالعادة.", "سلمى: مدرسة قريتنا لم تصلها الكتب حتى الآن!")


_HEADLINE: Final = "توزيع الكتب المدرسية على مدارس الريف قبل بدء العام الدراسي"


def _table(comments: str) -> str:
    """An old site's page laid out in a table: the story in one cell, the comments in a row under it."""
    story = "<br><br>".join(_STORY)
    return (
        '<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<title>جريدة النهر - تفاصيل الخبر</title></head><body><table width='100%'>"
        "<tr><td class='menu'><a href='/'>الرئيسية</a> | <a href='/cat.asp?id=2'>محليات</a></td></tr>"
        f"<tr><td class='title'><font size='4'><b>{_HEADLINE}</b></font></td></tr>"
        f"<tr><td class='body'><font face='Tahoma' size='3'>{story}</font></td></tr>"
        f"<tr><td><a href='print.asp?id=7731'>طباعة</a></td></tr>{comments}"
        "</table></body></html>"
    )


def _boxed(body: str) -> str:
    return (
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        "<title>توزيع الكتب المدرسية على مدارس الريف - النهر</title></head><body><div class='main'>"
        f"<h1>{_HEADLINE}</h1>"
        f"{body}</div></body></html>"
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin=URL, url=URL)
    return article


_BR_COMMENTS: Final = "<br>".join(_COMMENTS)
_P_STORY: Final = "".join(f"<p>{paragraph}</p>" for paragraph in _STORY)


@pytest.mark.parametrize(
    "page",
    [
        _table(f"<tr><td><b>التعليقات</b><br>{_BR_COMMENTS}</td></tr>"),
        _table(f"<tr><td><strong>تعليقات القراء:</strong><br>{_BR_COMMENTS}</td></tr>"),
        _table(f"<tr><td><font color='red'><b>التعليقات (2)</b></font><br>{_BR_COMMENTS}</td></tr>"),
        _boxed(f"{_P_STORY}<p><b>التعليقات</b><br>{_BR_COMMENTS}</p>"),
        _boxed(f"{_P_STORY}<p><strong>آراء القراء</strong></p>" + "".join(f"<p>{c}</p>" for c in _COMMENTS)),
        _boxed(f"<div class='text'>{'<br><br>'.join(_STORY)}<br><br><b>التعليقات</b><br>{_BR_COMMENTS}</div>"),
    ],
    ids=["table-b", "table-strong-colon", "table-font-b-count", "p-b-br", "p-strong-then-ps", "in-the-text"],
)
def test_comments_under_a_bold_heading_are_dropped(page: str) -> None:
    article = _parse(page)
    assert article.paragraphs == _STORY
    assert article.title == _HEADLINE


@pytest.mark.parametrize(
    "comments",
    [
        f"<tr><td><b>التعليقات</b><br>{_BR_COMMENTS}</td></tr>",
        f"<tr><td><h3>التعليقات</h3><p>{_COMMENTS[0]}</p><p>{_COMMENTS[1]}</p></td></tr>",
        "",
    ],
    ids=["bold-comments", "h3-comments", "no-comments"],
)
def test_a_table_pages_bold_headline_over_the_story_cell(comments: str) -> None:
    """The bold headline in a cell of its own over the story's cell is the headline, whatever follows the story
    (trafilatura takes the story's cell alone when no comments follow it), not the lead's first sentence."""
    article = _parse(_table(comments))
    assert (article.title, article.paragraphs) == (_HEADLINE, _STORY)


@pytest.mark.parametrize(
    "paragraph",
    [
        "<p><b>التعليقات</b> التي نشرها الأهالي على صفحة المديرية طالبت بتسريع التوزيع في القرى البعيدة.</p>",
        "<p><strong>تعليق</strong><br>يرى خبراء التعليم أن التأخير في التوزيع يتكرر كل عام لأسباب إدارية معروفة.</p>",
        "<p>وقالت المديرية في <b>التعليقات</b><br>المنشورة إن الكتب ستصل الأسبوع المقبل إلى جميع المدارس.</p>",
    ],
    ids=["a-sentence-beginning-with-the-word", "a-subheading-comment", "a-word-in-a-sentence"],
)
def test_a_story_paragraph_with_a_bold_word_stays(paragraph: str) -> None:
    root = lxml_html.fromstring(_boxed(f"{_P_STORY}{paragraph}<p>{_STORY[0]}</p>"))
    assert drop_comments(root) == 0


def test_a_link_to_the_comments_is_no_heading() -> None:
    root = lxml_html.fromstring(_boxed(f"{_P_STORY}<p><a href='#c'><b>التعليقات (4)</b></a></p><p>{_STORY[0]}</p>"))
    assert drop_comments(root) == 0
