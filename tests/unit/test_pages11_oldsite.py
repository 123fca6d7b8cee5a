"""Old ``<font>``/table pages of the pages11 audit: prose in ``<font size="3">`` with ``<br><br>`` paragraphs beside a
print/send line, a dateline under a bold (not ``<h1>``) headline, the print/send line itself.

Original pages written for these tests (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.html_body import is_tool_line

_TITLE: Final = "افتتاح محطة جديدة لتحلية المياه في الساحل الجنوبي"
_PARAS: Final = (
    "افتتحت وزارة المياه صباح اليوم محطة جديدة لتحلية مياه البحر في الساحل الجنوبي بطاقة تبلغ 60 ألف متر مكعب يوميا.",
    "وقال مدير المحطة إن المشروع استغرق ثلاث سنوات من العمل، وإنه سيغطي حاجة نحو 200 ألف نسمة من السكان.",
    "وأضاف أن المرحلة الثانية من المشروع ستبدأ في الربيع المقبل لرفع الطاقة الإنتاجية إلى الضعف.",
    "ويعاني سكان المنطقة من انقطاع متكرر في المياه خلال أشهر الصيف منذ سنوات.",
)
_MENU: Final = '<a href="/">الرئيسية</a> - <a href="/local">محليات</a> - <a href="/contact">اتصل بنا</a>'
_SIDEBAR: Final = (
    '<b>آخر الأخبار</b><br><a href="/n/71">بدء التسجيل في الجامعات الحكومية</a><br>'
    '<a href="/n/70">تعديل مواعيد الحافلات في العاصمة</a><br><a href="/n/69">افتتاح معرض للكتاب المستعمل</a>'
)
_FOOTER: Final = '<font size="1">جميع الحقوق محفوظة لصحيفة الشاطئ 2026</font>'
_DATELINE: Final = "نشر في 2026/09/21"

_PRINT_LINE: Final = '<font size="2"><a href="/print/55">طباعة</a> | <a href="/send/55">أرسل لصديق</a></font>'
_PRINT_ONE: Final = '<font size="2"><a href="/print/55">اطبع الخبر</a></font>'
_PRINT_BARE: Final = '<a href="/print/55">طباعة</a> | <a href="/send/55">أرسل لصديق</a>'


def _page(*, tools: str, wrapped: bool = True, table: bool = True, headline: str | None = None) -> str:
    """An old page: a menu row, a story cell (bold headline, small dateline, ``<br><br>`` prose, maybe in
    ``<font size="3">``, then ``tools``), a sidebar cell and a footer row; in a table or in plain ``<div>``s."""
    prose = "<br><br>\n".join(_PARAS)
    if wrapped:
        prose = f'<font size="3">\n{prose}\n</font>'
    bold = headline or f'<font size="4" color="#003366"><b>{_TITLE}</b></font>'
    story = f'{bold}<br>\n<font size="2">{_DATELINE}</font><br><br>\n{prose}\n<br><br>{tools}'
    row, cell = ("tr", "td") if table else ("div", "div")
    outer = "table" if table else "div"
    return (
        '<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>صحيفة الشاطئ :: {_TITLE}</title></head><body>"
        f'<{outer} width="100%"><{row}><{cell} colspan="2">{_MENU}</{cell}></{row}>'
        f'<{row}><{cell} width="75%">\n{story}\n</{cell}><{cell} width="25%">{_SIDEBAR}</{cell}></{row}>'
        f'<{row}><{cell} colspan="2">{_FOOTER}</{cell}></{row}></{outer}></body></html>'
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html")
    return article


# H1. Prose in <font size="3"> beside a <font> of links: the page was one paragraph of all its text ------------


@pytest.mark.parametrize(
    ("tools", "wrapped", "table"),
    [
        (_PRINT_LINE, True, True),  # the audit's page
        (_PRINT_ONE, True, True),  # one tool link is enough
        (_PRINT_LINE, True, False),  # the same in <div>s
        (_PRINT_BARE, True, True),  # tool links without their <font>
        (_PRINT_LINE, False, True),  # prose not wrapped: the print line was kept as a paragraph
        ("", True, True),  # no tools (always right)
    ],
)
def test_font_wrapped_prose_beside_a_print_line(tools: str, wrapped: bool, table: bool) -> None:
    article = _parse(_page(tools=tools, wrapped=wrapped, table=table))
    assert article.title == _TITLE
    assert article.paragraphs == _PARAS
    assert (article.published or "")[:10] == "2026-09-21"
    assert article.author is None


# M1. A dateline under a bold headline (no <h1>) ---------------------------------------------------------------

_P_PROSE: Final = "".join(f"<p>{text}</p>" for text in _PARAS)


def _p_page(headline: str, dateline: str) -> str:
    """A table page with ``<p>`` paragraphs (which the extractor takes alone) under a headline and a dateline."""
    return (
        f'<html dir="rtl"><head><meta charset="utf-8"><title>صحيفة الشاطئ :: {_TITLE}</title></head><body>'
        f'<table width="100%"><tr><td colspan="2">{_MENU}</td></tr><tr><td width="75%">'
        f'{headline}<br>\n<font size="2">{dateline}</font><br><br>\n<font size="3">{_P_PROSE}</font>\n'
        f'<br><br>{_PRINT_LINE}</td><td width="25%">{_SIDEBAR}</td></tr></table></body></html>'
    )


@pytest.mark.parametrize(
    ("headline", "dateline", "published", "author"),
    [
        (f'<font size="4" color="#990000"><b>{_TITLE}</b></font>', _DATELINE, "2026-09-21", None),
        (f"<b>{_TITLE}</b>", _DATELINE, "2026-09-21", None),
        (f"<strong>{_TITLE}</strong>", "نشر في 2026/09/21 | بقلم: رامي الخطيب", "2026-09-21", "رامي الخطيب"),
        (f"<h1>{_TITLE}</h1>", _DATELINE, "2026-09-21", None),  # (always right)
        (f"<b>{_TITLE}</b>", "صحيفة يومية مستقلة", None, None),  # no dateline under it: nothing read
    ],
)
def test_dateline_under_a_bold_headline(
    headline: str, dateline: str, published: str | None, author: str | None
) -> None:
    article = _parse(_p_page(headline, dateline))
    assert article.title == _TITLE
    assert (article.published or "")[:10] == (published or "")
    assert article.author == author
    assert article.paragraphs == _PARAS


def test_a_bold_line_that_is_not_the_headline_gives_no_date() -> None:
    """Only the bold line that is the headline counts: a bold word of the sidebar over a date does not."""
    page = (
        f'<html dir="rtl"><head><meta charset="utf-8"><title>صحيفة الشاطئ :: {_TITLE}</title></head><body>'
        f"<table><tr><td><b>أرشيف</b><br>نشر في 2025/01/02</td></tr><tr><td>"
        f"<font size=4><b>{_TITLE}</b></font><br><br>{_P_PROSE}</td></tr></table></body></html>"
    )
    article = _parse(page)
    assert article.published is None


# L4. The print/send line under the story -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("طباعة | أرسل لصديق", True),
        ("طباعة", True),
        ("اطبع الخبر - أرسل إلى صديق - حفظ", True),
        ("Print | Email to a friend", True),
        ("طباعة الكتب المدرسية تبدأ الأسبوع المقبل", False),
        ("أرسل لصديق رسالة", False),
        ("", False),
    ],
)
def test_tool_line(line: str, expected: bool) -> None:
    assert is_tool_line(line) is expected


def test_a_tool_line_after_the_story_is_dropped() -> None:
    """The print/send line in a ``<p>`` of its own under the story is no paragraph of it."""
    page = (
        f'<html><head><meta charset="utf-8"><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>'
        f"<p>{_PARAS[0]}</p><p>طباعة | أرسل لصديق</p></body></html>"
    )
    article = _parse(page)
    assert article.paragraphs == (_PARAS[0],)
