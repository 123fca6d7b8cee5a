"""HTML pages (audit regress21a, findings 1, 3, 4): a story's body whose class names a paywall keeps its
sentences that open on "اشترك" ("took part"); an archive's excerpt cards stay cards, not stories; a story's
list of 300 sources on a page of over 5,000 elements stays whole.

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.parse.html import parse_html
from newstui.parse.html_meta import is_paywall_prompt

URL: Final = "https://riyada.example/sport/5521"

_RACE: Final = (
    "انطلق صباح اليوم سباق الجري السنوي في المدينة الساحلية وسط طقس معتدل وحضور جماهيري واسع.",
    "اشترك في السباق 400 عداء من 15 دولة.",
    "وحل العداء المغربي في المركز الأول بزمن قياسي، متقدماً على منافسيه من كينيا وإثيوبيا بفارق ثوان.",
    "اشترك النادي الأهلي مع اتحاد ألعاب القوى في تنظيم السباق للمرة الثانية على التوالي.",
)


def _page(body: str, title: str = "سباق الجري السنوي يجذب المئات") -> str:
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>رياضة</title></head><body>'
        f"<main><article><h1>{title}</h1>{body}</article></main></body></html>"
    )


def test_a_story_body_named_paywall_keeps_its_lines() -> None:
    body = "<div class='article-body paywall'>" + "".join(f"<p>{line}</p>" for line in _RACE) + "</div>"
    (article,) = parse_html(_page(body), origin=URL, url=URL)
    assert article.paragraphs == _RACE


def test_a_prompt_box_inside_a_paywall_named_body_is_still_dropped() -> None:
    body = (
        "<div class='article-body paywall'>"
        + "".join(f"<p>{line}</p>" for line in _RACE)
        + "<div class='paywall-prompt'><p>هذا التقرير حصري للمشتركين</p><a href='/s'>اشترك الآن</a></div></div>"
    )
    (article,) = parse_html(_page(body), origin=URL, url=URL)
    assert article.paragraphs == _RACE


@pytest.mark.parametrize(
    ("line", "prompt"),
    [
        ("اشترك في السباق 400 عداء من 15 دولة.", False),
        ("اشترك النادي مع اتحاد الكرة في تنظيم البطولة.", False),
        ("تسجيل الدخول إلى المنصة صار إلزامياً للطلاب من الشهر المقبل.", False),
        ("لديك حساب مصرفي؟ البنك المركزي يرفع الفائدة …", False),
        ("العرض الجديد للمشتركين فقط حتى نهاية الشهر.", False),
        ("اشترك الآن", True),
        ("اشترك في الموقع لقراءة كل التقارير", True),
        ("سجّل الدخول لمتابعة القراءة", True),
        ("هل لديك حساب؟ سجّل الدخول", True),
        ("هذا التقرير حصري للمشتركين فقط.", True),
    ],
)
def test_which_lines_are_prompts(line: str, prompt: bool) -> None:
    assert is_paywall_prompt(line) is prompt


def _card(n: int, ending: str, more: str) -> str:
    return (
        f"<article class='post'><h2 class='entry-title'><a href='/energy/{n}'>مشروع جديد للطاقة الشمسية رقم {n}</a>"
        "</h2><div class='entry-summary'>"
        f"<p>أعلنت وزارة الطاقة اليوم إطلاق مشروع جديد لتوليد الكهرباء من الشمس في المنطقة رقم {n} بكلفة كبيرة.</p>"
        f"<p>ويتوقع أن يبدأ تشغيل المحطة الأولى من المشروع خلال عامين بحسب الجدول الزمني المعلن {ending}</p>"
        f"{more}</div></article>"
    )


@pytest.mark.parametrize(
    ("ending", "more"),
    [
        ("[…]", ""),
        ("…", ""),
        ("[...]", ""),
        (".", "<a class='more-link' href='/x'>أكمل القراءة</a>"),
        (".", "<p><a href='/x'>اقرأ المزيد »</a></p>"),
    ],
)
def test_archive_excerpt_cards_stay_one_listing(ending: str, more: str) -> None:
    cards = "".join(_card(n, ending, more) for n in range(1, 7))
    page = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>طاقة</title></head><body>'
        f"<main><h1>التصنيف: طاقة</h1>{cards}</main></body></html>"
    )
    articles = parse_html(page, origin=URL, url=URL)
    assert len(articles) == 1


def test_a_list_of_300_sources_on_a_big_page_stays_whole() -> None:
    lead = "".join(f"<p>{line}</p>" for line in _RACE)
    sources = "".join(f"<li><a href='/doc/{n}'>وثيقة رقم {n} من أرشيف الاتحاد</a></li>" for n in range(1, 301))
    cloud = "".join(f"<span><a href='/tag/{n}'>وسم{n}</a></span>" for n in range(3000))
    body = f"{lead}<h2>المصادر</h2><ol>{sources}</ol><div style='display:none'>{cloud}</div>"
    (article,) = parse_html(_page(body), origin=URL, url=URL)
    text = "\n".join(article.paragraphs)
    assert "وثيقة رقم 300 من أرشيف الاتحاد" in text and "وثيقة رقم 201 من" in text
