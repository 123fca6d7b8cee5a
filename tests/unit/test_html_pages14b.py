"""Inline markup inside a word, lines above the body that are no lead, a literal reference in og:title."""

from __future__ import annotations

from typing import Final

import pytest
from lxml import html

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.html_links import element_text

_HEADLINE: Final = "بلدية الخبر تفتتح حديقة عامة جديدة على الكورنيش"
_BODY: Final = (
    "افتتحت بلدية الخبر مساء أمس حديقة عامة جديدة على الواجهة البحرية بمساحة تزيد على عشرين ألف متر مربع.",
    "وتضم الحديقة ممرات للمشي وملاعب للأطفال ومساحات مظللة للجلوس، إضافة إلى مقهى صغير ودورات مياه.",
    "وقال رئيس البلدية إن الحديقة ستفتح أبوابها يومياً من الرابعة عصراً حتى منتصف الليل طوال أيام الأسبوع.",
)


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="x")
    return article


def _page(h1: str = _HEADLINE, top: str = "", *, more: str = "", title: str = _HEADLINE) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in _BODY)
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div class="wrap"><h1>{h1}</h1>{top}<div class="entry-content">{paragraphs}</div>{more}</div>'
        "</body></html>"
    )


# Finding 1: an inline element inside a word is part of it; only a label's class sets it apart.


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ('<h1>حديقة الكورن<span class="hl">يش</span> الجديدة</h1>', "حديقة الكورنيش الجديدة"),
        ('<h1><span class="dropcap">ب</span>لدية الخبر</h1>', "بلدية الخبر"),
        ('<h1>إطلاق <span class="brand">i</span>Pad جديد</h1>', "إطلاق iPad جديد"),
        ('<h1>بمساحة <span class="n">200</span>00 متر</h1>', "بمساحة 20000 متر"),
        ('<p><span class="first-letter">و</span>قال رئيس البلدية</p>', "وقال رئيس البلدية"),
        ('<h1><span class="kicker">عاجل</span>افتتاح الحديقة</h1>', "عاجل افتتاح الحديقة"),
        ('<h1><span class="post-cat">محليات</span>افتتاح الحديقة</h1>', "محليات افتتاح الحديقة"),
        ('<h1><span class="badge_red">حصري</span>افتتاح الحديقة</h1>', "حصري افتتاح الحديقة"),
        ('<h1><span class="label">جديد</span>افتتاح الحديقة</h1>', "جديد افتتاح الحديقة"),
    ],
    ids=["highlight", "dropcap", "brand", "digit", "first-letter", "kicker", "post-cat", "badge", "label"],
)
def test_inline_markup_inside_a_word_joins_and_a_label_stays_apart(markup: str, text: str) -> None:
    assert element_text(html.fragment_fromstring(markup)) == text


def test_a_highlight_inside_a_word_in_a_headline_caption_and_link() -> None:
    figure = (
        '<figure><img src="/g.jpg"><figcaption>مدخل الحد<span class="hl">يقة</span> من جهة البحر</figcaption></figure>'
    )
    related = (
        '<div class="related"><h3>أخبار ذات صلة</h3><ul>'
        '<li><a href="/n/1"><span class="first">ت</span>وسعة الكورنيش الشمالي تبدأ الشهر المقبل</a></li>'
        '<li><a href="/n/2">ارتفاع أسعار الع<span class="hl">قار</span> في الخبر</a></li></ul></div>'
    )
    page = _page("افتتاح حد<span class='hl'>يقة</span> على الكورنيش", more=related).replace(
        f"<p>{_BODY[1]}</p>", f"{figure}<p>{_BODY[1]}</p>"
    )
    article = _parse(page)
    assert article.title == "افتتاح حديقة على الكورنيش"
    assert "مدخل الحديقة من جهة البحر" in article.paragraphs
    assert [link.title for link in article.related] == [
        "توسعة الكورنيش الشمالي تبدأ الشهر المقبل",
        "ارتفاع أسعار العقار في الخبر",
    ]


# Finding 2: lines between the headline and the body that are no lead stay out.

_NOT_LEADS: Final = {
    "sidebar-widget": '<div class="sidebar-widget"><p>في خبر آخر، تراجعت أسعار الأسمنت في السوق المحلية بنسبة'
    " ثلاثة بالمئة هذا الأسبوع.</p></div>",
    "read-also": "<p>اقرأ أيضاً: أمانة الشرقية تطرح مشروعاً جديداً لتطوير الشواطئ العامة في الخبر والدمام.</p>",
    "editor-note": "<p>ملاحظة المحرر: ذكرت نسخة سابقة من هذا الخبر مساحة خاطئة للحديقة وقد صححت الآن.</p>",
    "photo": "<p>الصورة: رئيس البلدية يقص شريط الافتتاح بحضور عدد من أهالي المدينة مساء أمس.</p>",
    "live": "<p>تابعوا معنا البث المباشر لحفل الافتتاح من الكورنيش لحظة بلحظة مع فريقنا الميداني.</p>",
    "audio": "<p>استمع إلى هذا الخبر بصوت القارئ الآلي، ومدته ثلاث دقائق تقريباً من وقتك.</p>",
    "reading-time": "<p>وقت القراءة المتوقع لهذه المادة دقيقتان فقط لا أكثر ولا أقل تقريباً.</p>",
    "disclaimer": "<p>المعلومات الواردة في هذا التقرير مأخوذة من بيان البلدية ولم نتحقق منها بشكل مستقل.</p>",
    "english-notice": "<p>You can also read this story in English by choosing your language from the top menu.</p>",
    "byline": "<p>بقلم: منى الدوسري، محررة الشؤون البلدية في المنطقة الشرقية منذ خمس سنوات.</p>",
    "last-update": "<p>آخر تحديث: الاثنين 30 نوفمبر 2026 عند الساعة التاسعة مساءً بتوقيت الرياض.</p>",
    "keywords": "<p>الكلمات المفتاحية: الخبر، الكورنيش، الحدائق، البلدية، المنطقة الشرقية، الترفيه.</p>",
    "reworded": "<p>افتتحت بلدية الخبر أمس حديقة جديدة على الواجهة البحرية بمساحة تزيد على عشرين ألف متر.</p>",
}


@pytest.mark.parametrize("top", list(_NOT_LEADS.values()), ids=list(_NOT_LEADS))
def test_a_line_above_the_body_that_is_no_lead_stays_out(top: str) -> None:
    assert _parse(_page(top=top)).paragraphs == _BODY


@pytest.mark.parametrize("top", list(_NOT_LEADS.values()), ids=list(_NOT_LEADS))
def test_a_line_in_the_entry_header_that_is_no_lead_stays_out(top: str) -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in _BODY)
    page = (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_HEADLINE}</title></head><body><article>'
        f'<div class="entry-header"><h1>{_HEADLINE}</h1>{top}</div><div class="entry-content">{paragraphs}</div>'
        "</article></body></html>"
    )
    assert _parse(page).paragraphs == _BODY


def test_a_site_tagline_under_a_site_title_is_no_lead() -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in _BODY)
    page = (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_HEADLINE} - بوابة الساحل</title></head>'
        '<body><div class="container"><h1 class="site-title">بوابة الساحل</h1>'
        "<p>بوابة إخبارية مستقلة تنقل أخبار المدن الساحلية وأحوال سكانها على مدار الساعة.</p>"
        f'<h2 class="entry-title">{_HEADLINE}</h2><div class="entry-content">{paragraphs}</div></div></body></html>'
    )
    assert _parse(page).paragraphs == _BODY


def test_a_real_lead_above_the_body_is_still_taken() -> None:
    lead = "بعد انتظار دام سنوات، صار لسكان حي الكورنيش متنفس أخضر قريب من بيوتهم على شاطئ الخليج."
    assert _parse(_page(top=f"<p>{lead}</p>")).paragraphs == (lead, *_BODY)


# Audit finding 8: a literal reference the page's headline shows stays in og:title.


def test_an_og_title_showing_a_literal_reference_keeps_it() -> None:
    shown = "ما معنى الرمز &amp;amp; في عناوين الصفحات"
    page = (
        f'<html lang="ar"><head><meta charset="utf-8"><title>{shown}</title>'
        f'<meta property="og:title" content="{shown}"></head><body><article><h1>{shown}</h1>'
        + "".join(f"<p>{text}</p>" for text in _BODY)
        + "</article></body></html>"
    )
    assert _parse(page).title == "ما معنى الرمز &amp; في عناوين الصفحات"
