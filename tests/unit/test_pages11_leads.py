"""Heads and leads of the pages11 audit's pages: an og:title with a kicker its ``<h1>`` lacks ("تحقيق: …"), and a
lead opening on a place and an agency between dashes ("الرياض - واس - …"), which credits the story as in a text file.

Original pages written for these tests (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.plaintext import parse_plaintext

_HEADLINE: Final = "رحلة الزيتون من الشجرة إلى المعصرة"
_PARAS: Final = (
    "في قرية جبلية صغيرة، تخرج أم سعيد مع أولادها كل صباح إلى الحقل لقطف ثمار الزيتون قبل أن تشتد حرارة الشمس.",
    "وتقول إن موسم هذا العام أفضل من الذي سبقه، لكن أجور العمال وأسعار النقل ارتفعت بشكل كبير.",
    "ويبلغ عدد المعاصر العاملة في المنطقة نحو ثلاثين معصرة، يعمل معظمها على مدار الساعة خلال الموسم.",
)


def _page(og_title: str, h1: str, byline: str = '<div class="info">كتب: هادي سليم</div>') -> str:
    body = "".join(f"<p>{text}</p>" for text in _PARAS)
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{og_title} | مجلة الريف</title>'
        f'<meta property="og:title" content="{og_title}"></head><body>'
        f"<article><h1>{h1}</h1>{byline}{body}</article></body></html>"
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html")
    return article


# M6. og:title with a kicker the <h1> lacks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("og_title", "h1"),
    [
        (f"تحقيق: {_HEADLINE}", _HEADLINE),
        (f"حوار: {_HEADLINE}", _HEADLINE),
        (f"ملف خاص: {_HEADLINE}", _HEADLINE),
        (f"بالصور | {_HEADLINE}", _HEADLINE),
        (f"عاجل - {_HEADLINE}", _HEADLINE),
        (_HEADLINE, _HEADLINE),  # (always right)
    ],
)
def test_h1_without_the_og_titles_kicker_leaves_the_body(og_title: str, h1: str) -> None:
    article = _parse(_page(og_title, h1))
    assert article.title in (og_title, h1)
    assert article.author == "هادي سليم"
    assert article.paragraphs == _PARAS


def test_a_paragraph_that_is_only_part_of_the_headline_stays() -> None:
    """Only a kicker of three words at most is taken off: a first paragraph that is what follows a longer
    opening of the og:title is the page's text."""
    lead = "يبدأ موسم القطاف"
    og_title = f"قرى الجبل تستعد وتتهيأ منذ أسابيع: {lead}"
    page = (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{og_title}</title>'
        f'<meta property="og:title" content="{og_title}"></head><body><article><h1>{og_title}</h1>'
        f"<p>{lead}</p>{''.join(f'<p>{text}</p>' for text in _PARAS)}</article></body></html>"
    )
    assert _parse(page).paragraphs == (lead, *_PARAS)


# M7. A lead opening on a place and an agency between dashes -----------------------------------------------------

_NEWS_TITLE: Final = "افتتاح مركز صحي جديد في المنطقة الشمالية"
_REST: Final = (
    "وقال مدير الشؤون الصحية إن المركز يضم عيادات للأسنان والأطفال ومختبراً وصيدلية.",
    "ويخدم المركز نحو أربعين ألف نسمة من سكان القرى المجاورة.",
)


def _news_page(lead: str, closing: str = "") -> str:
    body = "".join(f"<p>{text}</p>" for text in (lead, *_REST, *([closing] if closing else [])))
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_NEWS_TITLE}</title></head><body>'
        f"<article><h1>{_NEWS_TITLE}</h1>{body}</article></body></html>"
    )


_LEAD_TEXT: Final = "افتتح وزير الصحة اليوم مركزاً صحياً جديداً في المنطقة الشمالية بتكلفة بلغت 40 مليون ريال."


@pytest.mark.parametrize(
    ("lead", "closing", "attribution"),
    [
        (f"الرياض - واس - {_LEAD_TEXT}", "", "واس"),
        (f"أبوظبي – وام – {_LEAD_TEXT}", "", "وام"),
        (f"الرياض (واس) - {_LEAD_TEXT}", "", "واس"),
        (f"الرياض - واس - {_LEAD_TEXT}", "(وكالات)", "واس / وكالات"),
        (f"الرياض - واس - {_LEAD_TEXT}", "المصدر: صحيفة الشمال", "صحيفة الشمال"),  # a source named stands alone
        (f"الرياض - {_LEAD_TEXT}", "", None),  # a place alone
        (f"الرياض - سامي النجار - {_LEAD_TEXT}", "", None),  # no agency between the dashes
    ],
)
def test_lead_agency_credits_the_page(lead: str, closing: str, attribution: str | None) -> None:
    article = _parse(_news_page(lead, closing))
    assert article.attribution == attribution
    assert article.paragraphs[0] == lead  # the lead stays as written


@pytest.mark.parametrize("lead", [f"الرياض - واس - {_LEAD_TEXT}", f"الرياض (واس) - {_LEAD_TEXT}"])
def test_lead_agency_the_same_in_a_page_and_a_text_file(lead: str) -> None:
    page = _parse(_news_page(lead))
    (text,) = parse_plaintext("\n\n".join([_NEWS_TITLE, lead, *_REST]), origin="story.txt")
    assert page.attribution == text.attribution is not None
