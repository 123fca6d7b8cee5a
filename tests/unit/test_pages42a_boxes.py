"""Boxes of the pages42 audit: a fact box in an ``<aside>`` kept (#1), a writer's and a date's glued spans over the
story dropped (#3), a gallery's slider furniture (#2), a paywall's offer box (#8), a poll (#9), a bar-split dates line,
an AMP embed's placeholder and an opinion page's disclaimer (#12) left out; the story's own lines that merely say
"التالي" or speak of subscriptions stay.

Original pages written for these tests (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html

_HEADLINE: Final = "البلدية تفتتح حديقة نباتية كبرى في شمال المدينة"
_LEAD: Final = (
    "افتتحت البلدية صباح اليوم حديقة نباتية كبرى في شمال المدينة تضم أكثر من ثلاثة آلاف نوع من النباتات النادرة."
)
_SECOND: Final = (
    "وقال رئيس البلدية إن الحديقة ستستقبل الزوار يوميا من الثامنة صباحا حتى العاشرة مساء طوال أيام الأسبوع."
)
_THIRD: Final = "وأضاف أن المرحلة الثانية من المشروع تشمل متحفا للبذور ومختبرا للطلاب سيفتتحان في الربيع المقبل."


def _page(middle: str, *, top: str = "", head: str = "") -> str:
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_HEADLINE}</title>{head}</head><body>'
        f'<div id="content"><article class="story"><h1>{_HEADLINE}</h1>{top}<p>{_LEAD}</p>{middle}<p>{_SECOND}</p>'
        f"<p>{_THIRD}</p></article></div></body></html>"
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html")
    return article


_FACTS: Final = "<ul><li>المساحة: 40 هكتارا</li><li>عدد الأنواع: 3200 نوع</li><li>الكلفة: 15 مليون دينار</li></ul>"


@pytest.mark.parametrize(
    "box",
    [
        f'<aside class="fact-box"><h3>في أرقام</h3>{_FACTS}</aside>',
        f"<aside>{_FACTS}</aside>",
        f'<div class="article-inner"><aside class="info-box"><h3>في أرقام</h3>{_FACTS}</aside></div>',
    ],
)
def test_fact_box_in_an_aside_is_kept(box: str) -> None:
    paragraphs = _parse(_page(box)).paragraphs
    assert paragraphs[0] == _LEAD
    assert "• المساحة: 40 هكتارا" in paragraphs
    assert "• الكلفة: 15 مليون دينار" in paragraphs
    assert paragraphs[-2:] == (_SECOND, _THIRD)


@pytest.mark.parametrize(
    "box",
    [
        '<aside class="related-box"><h3>اقرأ أيضا</h3><ul><li><a href="/a">افتتاح مكتبة الحي</a></li></ul></aside>',
        '<aside class="pullquote">تضم أكثر من ثلاثة آلاف نوع من النباتات النادرة</aside>',
    ],
)
def test_page_asides_stay_out(box: str) -> None:
    paragraphs = _parse(_page(box)).paragraphs
    assert paragraphs == (_LEAD, _SECOND, _THIRD)


@pytest.mark.parametrize("gap", ["", " ", " | "])
def test_writer_and_date_spans_are_no_paragraph(gap: str) -> None:
    top = (
        f'<div class="info"><span class="writer">سلمى الحربي (جدة)</span>{gap}'
        '<span class="date">الأربعاء 2 ديسمبر 2026</span></div>'
    )
    article = _parse(_page("", top=top))
    assert article.paragraphs == (_LEAD, _SECOND, _THIRD)
    assert article.author is not None
    assert "سلمى الحربي" in article.author


def test_dates_line_split_by_a_bar_is_no_paragraph() -> None:
    top = (
        '<div class="dates"><span>نشر في: 2 ديسمبر 2026 - 09:15 ص</span> | '
        '<span class="upd">آخر تحديث: 2 ديسمبر 2026 - 11:40 ص</span></div>'
    )
    assert _parse(_page("", top=top)).paragraphs == (_LEAD, _SECOND, _THIRD)


def test_gallery_slider_furniture_is_left_out() -> None:
    slides = "".join(
        f'<div class="swiper-slide"><img src="/g/{n}.jpg" alt=""><div class="slide-caption">{caption}</div>'
        f'<span class="counter">{n} / 12</span></div>'
        for n, caption in ((1, "زوار يتجولون بين أشجار النخيل"), (2, "ركن الصبار في الجهة الشرقية"))
    )
    middle = (
        f'<div class="swiper-container"><div class="swiper-wrapper">{slides}</div>'
        '<div class="swiper-button-next">التالي</div><div class="swiper-button-prev">السابق</div></div>'
    )
    page = (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_HEADLINE}</title></head><body>'
        f'<div class="photo-album"><h1>{_HEADLINE}</h1><div class="album-meta">تصوير: مريم العلوي | 12 صورة</div>'
        f'<p class="album-intro">{_LEAD}</p>{middle}</div></body></html>'
    )
    paragraphs = _parse(page).paragraphs
    assert not any("/ 12" in p or p in ("التالي", "السابق") or "12 صورة" in p for p in paragraphs)
    assert paragraphs[0] == _LEAD


def test_story_lines_saying_next_or_subscription_stay() -> None:
    next_line = "التالي"
    middle = (
        f'<p class="step-next">{next_line} في خطة البلدية: حديقة ثانية في الجنوب خلال عامين.</p>'
        '<p class="counter">3 / 4 من الأشجار مستوردة من دول الجوار، والباقي من مشاتل محلية قريبة.</p>'
        '<p class="offer">وتقدم الحديقة اشتراكا سنويا للعائلات بسعر مخفض، يشمل الدخول المجاني إلى المعارض الموسمية.</p>'
        "<p>واشترك الآن أكثر من ألف متطوع في حملة التشجير المرافقة للافتتاح، حسب المنظمين.</p>"
    )
    paragraphs = _parse(_page(middle)).paragraphs
    assert "التالي في خطة البلدية: حديقة ثانية في الجنوب خلال عامين." in paragraphs
    assert any(p.startswith("3 / 4 من الأشجار") for p in paragraphs)
    assert any(p.startswith("وتقدم الحديقة اشتراكا سنويا") for p in paragraphs)
    assert any(p.startswith("واشترك الآن أكثر من ألف متطوع") for p in paragraphs)


def test_paywall_offer_box_is_left_out() -> None:
    middle = (
        '<div class="piano-offer"><h3>تابع القراءة مع باقة المشتركين</h3><ul><li>مقالات بلا حدود</li>'
        '<li>الأرشيف الكامل منذ 1990</li></ul><a class="btn" href="/subscribe">اشترك الآن بـ 5 دنانير شهريا</a>'
        '<p>لديك اشتراك؟ <a href="/login">سجل الدخول</a></p></div>'
    )
    paragraphs = _parse(_page(middle)).paragraphs
    assert paragraphs == (_LEAD, _SECOND, _THIRD)


def test_poll_is_left_out() -> None:
    middle = (
        '<div class="wp-polls"><strong>هل تزور الحديقة الجديدة؟</strong><ul class="wp-polls-ul">'
        '<li><input type="radio"><label>نعم</label></li><li><input type="radio"><label>لا</label></li></ul>'
        '<input type="button" value="صوّت"><a href="#">عرض النتائج</a></div>'
    )
    assert _parse(_page(middle)).paragraphs == (_LEAD, _SECOND, _THIRD)


def test_amp_placeholder_is_left_out() -> None:
    middle = (
        '<amp-iframe src="https://widgets.example/map/7" width="600" height="300" layout="responsive">'
        "<div placeholder>جاري تحميل خريطة الحديقة</div><div fallback>تعذر عرض الخريطة</div></amp-iframe>"
    )
    assert _parse(_page(middle)).paragraphs == (_LEAD, _SECOND, _THIRD)


def test_disclaimer_paragraph_is_left_out() -> None:
    page = _page("").replace(
        "</article>",
        '<p class="disclaimer"><em>الآراء الواردة في المقالات تخص أصحابها ولا تمثل الموقع.</em></p></article>',
    )
    assert _parse(page).paragraphs == (_LEAD, _SECOND, _THIRD)
