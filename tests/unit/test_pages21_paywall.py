"""HTML pages: the furniture of a paywall's box inside the story (its notice that the story is for subscribers,
its calls to subscribe or log in) is no paragraph (audit pages21, finding 6); the story's own sentences about
subscribers, and a teaser inside the box, stay.

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.parse.html import parse_html

URL: Final = "https://souq-daily.example/economy/8812"

_TEASER: Final = (
    "توسعت شركات الاتصالات في المنطقة خلال العام الماضي في خدمات البث المدفوع بعد تراجع عائدات المكالمات.",
    "ويرى محللون أن ارتفاع عدد المشتركين في هذه الخدمات لم يعوض بعد خسائر الشركات في قطاع الهاتف الثابت.",
)
_WALL: Final = (
    "<div class='paywall-box'><h3>هذا التقرير حصري للمشتركين</h3>"
    "<p>اشترك الآن لتقرأ جميع تقارير السوق اليومية وتحليلاتها بأقل من ثلاثة دولارات في الشهر.</p>"
    "<a class='btn' href='/subscribe'>اشترك الآن</a>"
    "<p>مشترك بالفعل؟ <a href='/login'>سجّل الدخول</a></p></div>"
)


def _page(body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>سوق اليوم</title>'
        '<meta property="og:site_name" content="سوق اليوم"></head><body><main><article>'
        "<h1>شركات الاتصالات تراهن على البث المدفوع</h1>"
        f"<div class='article-body'>{body}</div></article></main></body></html>"
    )


def test_a_paywall_box_gives_no_paragraph() -> None:
    body = "".join(f"<p>{text}</p>" for text in _TEASER) + _WALL
    (article,) = parse_html(_page(body), origin=URL, url=URL)
    assert article.paragraphs == _TEASER


def test_a_teaser_inside_the_wall_box_stays() -> None:
    body = (
        f"<p>{_TEASER[0]}</p><div class='paywall'><p>{_TEASER[1]}</p>"
        "<div class='cta'><p>Already a subscriber? <a href='/login'>Log in</a></p>"
        "<a href='/subscribe'>اشترك الآن</a></div></div>"
    )
    (article,) = parse_html(_page(body), origin=URL, url=URL)
    assert article.paragraphs == _TEASER


def test_a_story_line_about_subscribers_outside_a_wall_stays() -> None:
    lines = (*_TEASER, "هذا العرض حصري للمشتركين الجدد في الباقة العائلية حتى نهاية الشهر الجاري.")
    (article,) = parse_html(_page("".join(f"<p>{text}</p>" for text in lines)), origin=URL, url=URL)
    assert article.paragraphs == lines


@pytest.mark.parametrize(
    ("line", "prompt"),
    [
        ("هذا المقال حصري للمشتركين", True),
        ("اشترك الآن", True),
        ("مشترك بالفعل؟ سجّل الدخول", True),
        ("Already a subscriber? Log in", True),
        ("ارتفع عدد المشتركين في الخدمة إلى مليون مشترك خلال عام.", False),
        ("وقالت الشركة إن المباراة متاحة للمشتركين", False),
        ("اشترك أكثر من ألف شخص في الخدمة خلال يومها الأول", False),
        ("المباراة متاحة للمشتركين في الباقة الرياضية فقط هذا الموسم حسب العقد", False),
    ],
)
def test_what_a_wall_line_is(line: str, prompt: bool) -> None:
    from newstui.parse.html_meta import is_paywall_prompt

    assert is_paywall_prompt(line) is prompt
