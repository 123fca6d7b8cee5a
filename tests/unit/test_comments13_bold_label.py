"""HTML pages: a bold ``التعليقات`` counts as the comments' heading only over what reads as comments, and a short
story whose comments are cut from its table cell keeps its paragraphs (audit regress12, findings 5 and 6).

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest
from lxml import html as lxml_html

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.html_comments import drop_comments, is_comments_heading

URL: Final = "https://wadi.example/news.asp?id=418"

_LEAD: Final = "افتتحت وزارة الصحة صباح اليوم مركزا جديدا لغسيل الكلى في البلدة الجنوبية يخدم ثلاث قرى مجاورة."
_SECOND: Final = "وقال مدير المركز إن الأجهزة الجديدة تكفي لأربعين مريضا في اليوم، وإن المواعيد تبدأ الأسبوع المقبل."
_THIRD: Final = "وأشار إلى أن كلفة المركز بلغت خمسة ملايين دينار تبرعت بنصفها جمعية أهلية من أبناء البلدة."
_UNDER: Final = "وتلقت الوزارة مئات الرسائل من أهالي المرضى الذين كانوا يقطعون ساعتين للوصول إلى أقرب مركز."
_COMMENTS: Final = ("أم يوسف: الحمد لله، تعبنا من السفر كل أسبوع.", "سامر: ننتظر مركزا مثله في الشمال!")
_MENU: Final = "<tr><td class='menu'><a href='/'>الرئيسية</a> | <a href='/cat.asp?id=3'>صحة</a></td></tr>"
_TOOLS: Final = "<tr><td><a href='print.asp?id=418'>طباعة</a></td></tr>"


def _table(cell: str, headline: str = "") -> str:
    """An old site's page in a table: a menu row, maybe a bold headline row, the story's cell, the print link."""
    title_row = f"<tr><td><font size='4'><b>{headline}</b></font></td></tr>" if headline else ""
    return (
        '<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>جريدة الوادي - تفاصيل الخبر</title></head><body><table width='100%'>{_MENU}{title_row}"
        f"<tr><td>{cell}</td></tr>{_TOOLS}</table></body></html>"
    )


def _boxed(body: str) -> str:
    return (
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مركز جديد لغسيل الكلى - الوادي</title></head>'
        f"<body><div class='main'><h1>مركز جديد لغسيل الكلى في البلدة الجنوبية</h1>{body}</div></body></html>"
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin=URL, url=URL)
    return article


_BR_COMMENTS: Final = "<br>".join(_COMMENTS)


@pytest.mark.parametrize("headline", ["", "مركز جديد لغسيل الكلى في البلدة الجنوبية"], ids=["no-headline", "headline"])
@pytest.mark.parametrize(
    "label",
    ["<b>التعليقات</b>", "<strong>تعليقات القراء:</strong>", "<font color='red'><b>التعليقات (2)</b></font>"],
    ids=["b", "strong-colon", "font-b-count"],
)
def test_a_short_story_keeps_its_paragraphs_when_its_comments_are_cut(label: str, headline: str) -> None:
    """Two paragraphs and comments in one cell: with the comments cut the story is too short for trafilatura,
    which gave the whole page (menu, story, "طباعة") as one paragraph, and the menu as the title."""
    article = _parse(_table(f"{_LEAD}<br><br>{_SECOND}<br><br>{label}<br>{_BR_COMMENTS}", headline))
    assert article.paragraphs == (_LEAD, _SECOND)
    assert "الرئيسية" not in article.title
    if headline:
        assert article.title == headline


def test_a_short_story_in_a_font_keeps_its_paragraphs() -> None:
    cell = f"<font face='Tahoma' size='3'>{_LEAD}<br>{_SECOND}<br><b>التعليقات</b><br>{_BR_COMMENTS}</font>"
    assert _parse(_table(cell)).paragraphs == (_LEAD, _SECOND)


def test_a_short_story_over_a_comment_form_keeps_its_paragraphs() -> None:
    cell = f"{_LEAD}<br><br>{_SECOND}<br><br><b>أضف تعليقك</b><br><form action='c.asp'><textarea></textarea></form>"
    assert _parse(_table(cell)).paragraphs == (_LEAD, _SECOND)


@pytest.mark.parametrize(
    "page",
    [
        _boxed(f"<p>{_LEAD}</p><p>{_SECOND}</p><p><b>التعليقات</b></p><p>{_UNDER}</p><p>{_THIRD}</p>"),
        _boxed(f"<p>{_LEAD}</p><p>{_SECOND}</p><p><strong>آراء القراء</strong></p><p>{_UNDER}</p><p>{_THIRD}</p>"),
        _table(f"{_LEAD}<br><br>{_SECOND}<br><br><b>التعليقات</b><br>{_UNDER}<br><br>{_THIRD}"),
        _table(
            f"{_LEAD}<br><br>{_SECOND}<br><br><b>التعليقات</b><br>{_UNDER}<br><br>{_THIRD}",
            "مركز جديد لغسيل الكلى في البلدة الجنوبية",
        ),
    ],
    ids=["p-b", "p-strong-araa", "table-no-headline", "table-headline"],
)
def test_a_bold_subheading_over_story_paragraphs_keeps_them(page: str) -> None:
    """A story's own subheading "التعليقات" (the comments the ministry got) over its paragraphs: nothing is cut."""
    paragraphs = _parse(page).paragraphs
    assert paragraphs[-2:] == (_UNDER, _THIRD)
    assert _SECOND in paragraphs


@pytest.mark.parametrize(
    "after",
    [
        _BR_COMMENTS,
        "1- أم يوسف: الحمد لله.<br>2- سامر: ننتظر مركزا مثله.",
        "أم يوسف<br>12/05/2026 09:40<br>الحمد لله، تعبنا من السفر كل أسبوع وننتظر هذا المركز منذ سنوات.",
        "شكرا للوزارة<br>خطوة طال انتظارها",
        "<form action='c.asp'><textarea></textarea></form>",
        "",
        "هذا خبر رائع ونتمنى أن يفتح مركز مثله في كل محافظة في أقرب وقت.<br>أم يوسف تشكركم.",
    ],
    ids=["name-colon", "numbered", "name-then-date", "short-replies", "a-form", "nothing-after", "a-readers-voice"],
)
def test_a_bold_label_over_comments_is_their_heading(after: str) -> None:
    root = lxml_html.fromstring(
        _boxed(f"<div class='text'>{_LEAD}<br><br>{_SECOND}<br><br><b>التعليقات</b><br>{after}</div>")
    )
    assert drop_comments(root) == 1
    assert "أم يوسف" not in root.text_content()
    assert _SECOND in root.text_content()


@pytest.mark.parametrize(
    "after",
    [
        _UNDER,
        "وقال أحد الأهالي: تعبنا من السفر كل أسبوع.",
        "قال مدير المركز: المواعيد تبدأ الأسبوع المقبل لجميع المرضى المسجلين.",
        "ومن أبرز ما جاء في رسائل الأهالي إلى الوزارة:",
    ],
    ids=["prose", "and-said-colon", "said-colon", "a-list-introduced"],
)
def test_a_bold_label_over_story_prose_is_no_heading(after: str) -> None:
    root = lxml_html.fromstring(_boxed(f"<p>{_LEAD}</p><p><b>التعليقات</b></p><p>{after}</p><p>{_THIRD}</p>"))
    assert drop_comments(root) == 0


def test_a_comment_form_label() -> None:
    assert is_comments_heading("أضف تعليقك")
    assert is_comments_heading("اكتب تعليقك:")
