"""Old ``<font>`` pages of the break11 audit (M5) whose ``<title>`` names only the site: the bold headline over its
dateline is the title and the dateline the date, not two paragraphs under the site's name.

Original pages written for these tests (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html

_SITE: Final = "صحيفة النخيل"
_HEADLINE: Final = "البلدية تبدأ أعمال صيانة الجسر القديم وسط المدينة"
_PARAS: Final = (
    "بدأت البلدية صباح اليوم أعمال صيانة شاملة للجسر القديم وسط المدينة بعد شكاوى متكررة من السكان من تشققاته.",
    "وقال رئيس البلدية إن الأعمال ستستمر شهرين، وإن حركة المرور ستحول خلالها إلى الطريق الدائري الشمالي.",
    "وأضاف أن كلفة المشروع تبلغ نحو ثلاثة ملايين دينار تمولها الحكومة المركزية.",
)
_TOOLS: Final = '<font size="1"><a href="/print/9">طباعة</a> | <a href="/send/9">أرسل لصديق</a></font>'


def _page(*, doc_title: str, bold: str, dateline: str, og_title: str | None = None) -> str:
    """An old page: ``<title>``, a bold headline in ``<font size="4">``, a small dateline, ``<br><br>`` prose."""
    prose = "<br><br>\n".join(_PARAS)
    og = f'<meta property="og:title" content="{og_title}">' if og_title else ""
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{doc_title}</title>{og}</head><body><table><tr><td>"
        f'<font face="Arial" size="4">{bold}</font><br>\n<font size="2">{dateline}</font><br><br>\n'
        f'<font size="3">{prose}</font><br><br>\n{_TOOLS}</td></tr></table></body></html>'
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html")
    return article


@pytest.mark.parametrize(
    ("bold", "dateline", "day"),
    [
        (f"<b>{_HEADLINE}</b>", "الاثنين 30 نوفمبر 2026", "2026-11-30"),  # the audit's shape
        (f"<b>{_HEADLINE}</b>", "نشر في 2026/11/30", "2026-11-30"),  # a publication marker
        (f"<strong>{_HEADLINE}</strong>", "الثلاثاء 1 ديسمبر 2026", "2026-12-01"),  # <strong>, not <b>
        (f"<b>{_HEADLINE}</b>", "بقلم: سلمى العبيدي - 2026/11/30", "2026-11-30"),  # a byline with its date
    ],
)
def test_bold_headline_under_a_site_name_title(bold: str, dateline: str, day: str) -> None:
    article = _parse(_page(doc_title=_SITE, bold=bold, dateline=dateline))
    assert article.title == _HEADLINE
    assert (article.published or "")[:10] == day
    assert article.paragraphs == _PARAS
    assert article.source == _SITE  # the <title> turned out to be the site's name


def test_bold_headline_under_a_site_name_title_keeps_a_byline_author() -> None:
    article = _parse(_page(doc_title=_SITE, bold=f"<b>{_HEADLINE}</b>", dateline="بقلم: سلمى العبيدي - 2026/11/30"))
    assert article.author == "سلمى العبيدي"


@pytest.mark.parametrize(
    ("doc_title", "og_title", "bold", "dateline", "expected"),
    [
        # og:title names the story: it stays the title (the bold line is a kicker)
        (
            _SITE,
            "البلدية تصلح الجسر القديم",
            f"<b>{_HEADLINE}</b>",
            "الاثنين 30 نوفمبر 2026",
            "البلدية تصلح الجسر القديم",
        ),
        # the <title> is the headline and the bold line a shorter kicker over the dateline
        (_HEADLINE, None, "<b>أخبار المدينة اليوم</b>", "الاثنين 30 نوفمبر 2026", _HEADLINE),
        # the headline in the <title> and in bold (always right)
        (_HEADLINE, None, f"<b>{_HEADLINE}</b>", "الاثنين 30 نوفمبر 2026", _HEADLINE),
    ],
)
def test_a_title_of_the_page_own_is_kept(
    doc_title: str, og_title: str | None, bold: str, dateline: str, expected: str
) -> None:
    article = _parse(_page(doc_title=doc_title, bold=bold, dateline=dateline, og_title=og_title))
    assert article.title == expected
