"""HTML pages of the pages7 audit: a closing agency credit in brackets or between dashes, a place + "في" +
date dateline in a date-classed element, a meta line's time of day after a byline, a lead picture's
caption above the body, a breadcrumb in a plain ``<nav>``.

Original pages written for these tests (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html

_HEADLINE: Final = "افتتاح خط جديد للحافلات بين الميناء والمطار"
_PARAS: Final = (
    "أطلقت هيئة النقل صباح اليوم خطاً جديداً للحافلات يربط الميناء التجاري بالمطار الدولي مروراً بوسط المدينة.",
    "وقال مدير الهيئة إن الخط يضم عشرين حافلة كهربائية تعمل من الخامسة صباحاً حتى منتصف الليل طوال أيام الأسبوع.",
    "وينتظر أن يخفف الخط الجديد الزحام على الطريق الساحلي الذي يشهد اختناقات يومية في ساعات الذروة.",
)


def _page(*, top: str = "", after: str = "", body_top: str = "", paras: tuple[str, ...] = _PARAS) -> str:
    """An Arabic story page: ``top`` between the headline and the body's ``<div>``, ``body_top`` at the top
    of that ``<div>``, ``after`` under its paragraphs (inside it)."""
    paragraphs = "".join(f"<p>{text}</p>" for text in paras)
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_HEADLINE}</title></head><body>'
        f'<article><h1>{_HEADLINE}</h1>{top}<div class="article-body">{body_top}{paragraphs}{after}</div>'
        "</article></body></html>"
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html")
    return article


# M1. A closing agency credit alone in the last paragraph ------------------------------------------------

_CLOSING_AGENCIES: Final = [
    ("(ومع)", "ومع"),
    ("(وكالات)", "وكالات"),
    ("(أ ف ب)", "أ ف ب"),
    ("(رويترز)", "رويترز"),
    ("- وام -", "وام"),
    ("-وام-", "وام"),
    ("– قنا", "قنا"),
]


@pytest.mark.parametrize(("line", "agency"), _CLOSING_AGENCIES)
def test_a_closing_agency_paragraph_is_the_attribution(line: str, agency: str) -> None:
    """As in a text file: the credit leaves the text and becomes the attribution."""
    article = _parse(_page(after=f"<p>{line}</p>"))
    assert article.attribution == agency
    assert article.paragraphs == _PARAS


_GLUED: Final = [
    (_PARAS[2][:-1] + " (ومع).", "ومع"),
    (_PARAS[2] + " (أ ف ب)", "أ ف ب"),
    (_PARAS[2] + "وام", "وام"),
]


@pytest.mark.parametrize(("last", "agency"), _GLUED)
def test_an_agency_glued_to_the_last_paragraph_is_the_attribution(last: str, agency: str) -> None:
    article = _parse(_page(paras=(*_PARAS[:2], last)))
    assert article.attribution == agency
    assert article.paragraphs == _PARAS


def test_a_closing_agency_under_a_source_line_reads_in_order() -> None:
    """An agency glued to the text above a "المصدر:" line: both credits, in reading order."""
    last = _PARAS[2] + " (ومع)"
    article = _parse(_page(paras=(*_PARAS[:2], last, "المصدر: صحيفة الساحل")))
    assert article.attribution == "ومع / صحيفة الساحل"
    assert article.paragraphs == _PARAS


_NOT_AGENCIES: Final = [
    # an agency in brackets in the middle of the story
    (_PARAS[0], "(رويترز)", _PARAS[1]),
    # a bracketed word that names no agency
    (_PARAS[0], _PARAS[1], "(يتبع)"),
    (_PARAS[0], _PARAS[1], "(صور)"),
    # an agency the sentence names ("لوكالة (رويترز)")
    (_PARAS[0], "وقال المتحدث في تصريح خاص لوكالة (رويترز)."),
]


@pytest.mark.parametrize("paragraphs", _NOT_AGENCIES)
def test_brackets_that_are_no_closing_credit_stay_text(paragraphs: tuple[str, ...]) -> None:
    article = _parse(_page(paras=paragraphs))
    assert article.attribution is None
    assert article.paragraphs == paragraphs


def test_a_closing_agency_alone_stays_the_story() -> None:
    """A page whose only paragraph is the credit keeps it as its text."""
    article = _parse(_page(paras=("(وكالات)",)))
    assert article.paragraphs == ("(وكالات)",)
