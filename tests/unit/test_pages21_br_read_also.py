"""HTML pages: a read-also line in an old page's prose parted by ``<br>`` (in a ``<font>`` of its own or not) is a
read-also link, not a paragraph (audit pages21, finding 4), as it is in a ``<p>`` of its own; a sentence that ends
with a link there stays text.

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.parse.html import parse_html

URL: Final = "http://nahr-news.example/news.asp?id=7001"

_PROSE: Final = (
    "افتتحت مديرية الزراعة صباح الأحد سوقا جديدا لبيع منتجات الفلاحين مباشرة في وسط المدينة القديمة.",
    "ويضم السوق أربعين كشكا خصصت للمزارعين الصغار من القرى المجاورة مجانا طوال السنة الأولى.",
    "وقال مدير الزراعة في كلمة خلال الافتتاح إن السوق سيخفض الأسعار على المستهلكين ويزيد دخل الفلاحين.",
)
_LINKED: Final = "ارتفاع إنتاج القمح في سهول المحافظة"


def _page(cell: str) -> str:
    return (
        '<html dir="rtl"><head><meta charset="utf-8"><title>جريدة النهر - تفاصيل الخبر</title></head>'
        '<body><table width="780" border="0"><tr><td colspan="3"><img src="logo.gif"></td></tr>'
        '<tr><td width="150" valign="top"><font size="2"><a href="index.asp">الرئيسية</a><br>'
        '<a href="sec.asp?id=1">محليات</a><br><a href="sec.asp?id=2">اقتصاد</a></font></td>'
        '<td width="480" valign="top"><table width="100%"><tr><td><font size="2">محليات</font></td></tr>'
        "<tr><td><font size='4'><b>افتتاح سوق جديد لمنتجات الفلاحين في المدينة</b></font></td></tr>"
        "<tr><td><font size='2'>2026/10/11</font></td></tr>"
        f'<tr><td><font size="3">\n{cell}\n</font></td></tr></table></td>'
        '<td width="150" valign="top"><font size="2"><b>استطلاع الرأي</b><br>هل تزور الأسواق الشعبية؟</font></td>'
        '</tr><tr><td colspan="3" align="center"><font size="1">جميع الحقوق محفوظة لجريدة النهر</font></td></tr>'
        "</table></body></html>"
    )


_LINES: Final = "<br><br>\n".join(_PROSE)


@pytest.mark.parametrize(
    "cell",
    [
        f'{_LINES}<br><br><font color="#000080">اقرأ أيضاً: <a href="news.asp?id=6990">{_LINKED}</a></font>',
        f'{_LINES}<br><br>اقرأ أيضاً: <a href="news.asp?id=6990">{_LINKED}</a>',
        f'{_PROSE[0]}<br><br>اقرأ أيضاً: <a href="news.asp?id=6990">{_LINKED}</a><br><br>{_PROSE[1]}<br><br>{_PROSE[2]}',
        f'{_LINES}<br><br><b>اقرأ أيضاً: <a href="news.asp?id=6990">{_LINKED}</a></b>',
    ],
    ids=["own-font", "bare", "between-paragraphs", "bold"],
)
def test_a_read_also_line_between_brs_is_a_link(cell: str) -> None:
    (article,) = parse_html(_page(cell), origin=URL, url=URL)
    assert article.paragraphs == _PROSE
    assert [(link.title, link.url, link.kind) for link in article.related] == [
        (_LINKED, "http://nahr-news.example/news.asp?id=6990", "read-also")
    ]


def test_a_sentence_ending_with_a_link_after_a_br_stays_text() -> None:
    last = "وقالت المديرية إن التفاصيل منشورة على"
    cell = f'{_LINES}<br><br>{last} <a href="/agri">موقع الوزارة</a>'
    (article,) = parse_html(_page(cell), origin=URL, url=URL)
    assert article.paragraphs[-1] == f"{last} موقع الوزارة"
    assert not article.related
