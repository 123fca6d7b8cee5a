"""The plain-text parser on regress13b's audit: today's texts13 rules kept from reading headlines, credits, quotes
and related titles that only look like what the rules were for.

Every article here is written for these tests; each test failed on the parser before the change it covers
(the guards marked as such pass on both).
"""

from __future__ import annotations

from typing import Final

import pytest

from helpers.heads import blocks as _blocks
from helpers.heads import only_article as _one

BYLINE: Final = "صحيفة الساحل – اقتصاد"
LEAD: Final = "ارتفعت أسعار الذهب في الأسواق المحلية خلال تعاملات اليوم متأثرة بصعود الأوقية عالميا."
SECOND: Final = "وقال رئيس شعبة الذهب إن الطلب على السبائك زاد خلال الأسبوع الماضي بشكل ملحوظ."
RELATED: Final = "مقالات مشابهة"


# -- F6. A headline of bar-separated parts closing on a date is no dated byline ----------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "تقرير | الذهب يقفز إلى مستوى قياسي | 2 ديسمبر 2026",
        "أسعار الذهب اليوم | ارتفاع جديد | الأربعاء 2 ديسمبر 2026",
        "Riyadh Book Fair | A thousand publishers take part | Dec 2, 2026",
    ],
)
def test_a_headline_with_bars_and_a_date_stays_the_headline(headline: str) -> None:
    article = _one(_blocks(headline, LEAD, SECOND))
    assert article.title == headline
    assert (article.source, article.section) == (None, None)
    assert article.paragraphs == (LEAD, SECOND)


# -- F4. A date on a related title's line is the card's only in a card layout, and never the news -------------------

HEADLINE: Final = "ارتفاع أسعار الذهب في الأسواق المحلية"
STORY_DATE: Final = "الأربعاء 2 ديسمبر 2026"


def _related_titles(*items: str) -> tuple[str, ...]:
    text = _blocks(BYLINE, HEADLINE, STORY_DATE, LEAD, SECOND, RELATED, "\n".join(f"• {item}" for item in items))
    return tuple(link.title for link in _one(text).related)


def test_a_daily_series_keeps_its_dates() -> None:
    items = (
        "أسعار الذهب اليوم - الأربعاء 2 ديسمبر 2026",
        "أسعار الذهب اليوم - الثلاثاء 1 ديسمبر 2026",
        "أسعار الذهب اليوم - الاثنين 30 نوفمبر 2026",
    )
    assert _related_titles(*items) == items


def test_a_date_after_the_story_is_the_news() -> None:
    items = ("موعد قمة المناخ المقبلة - 15 ديسمبر 2026", "افتتاح معرض الذهب الدولي - 1 ديسمبر 2026")
    assert _related_titles(*items) == items


def test_a_dated_title_among_undated_ones_keeps_its_date() -> None:
    items = ("سعر الدولار أمام الجنيه | الثلاثاء 1 ديسمبر 2026", "البنك المركزي يثبت أسعار الفائدة")
    assert _related_titles(*items) == items


def test_guard_cards_dated_before_the_story_lose_their_dates() -> None:
    """(Guard) Distinct titles all closing on a past date: the cards' dates, off (texts13 #6 kept)."""
    items = ("افتتاح معرض الذهب الدولي - 1 ديسمبر 2026", "البنك المركزي يثبت أسعار الفائدة - 30 نوفمبر 2026")
    assert _related_titles(*items) == ("افتتاح معرض الذهب الدولي", "البنك المركزي يثبت أسعار الفائدة")


# -- F2. A credit line glued under an unfinished last paragraph stays the attribution ---------------------------------

_UNFINISHED: Final = (
    "ويتوقع محللون أن تواصل الأسعار صعودها إذا استمر البنك المركزي في خفض أسعار الفائدة خلال اجتماعه المقبل"
    " في منتصف الشهر وفق تقديرات بيوت الخبرة المتخصصة في المعادن الثمينة والأسواق"
)
_CLOSING: Final = "تابعوا آخر أخبار الاقتصاد والأسواق على موقعنا وصفحاتنا على مواقع التواصل"


@pytest.mark.parametrize("width", [46, 61, 62, 63])
@pytest.mark.parametrize(
    "credit",
    ["وكالة أنباء الشرق الأوسط", "شعبة الذهب بالغرفة التجارية واتحاد الصناعات ووكالة الأنباء والبورصات العالمية"],
    ids=["one-line", "wrapped"],
)
def test_a_glued_credit_under_an_unfinished_paragraph_is_the_attribution(width: int, credit: str) -> None:
    import textwrap

    first, last = (textwrap.fill(paragraph, width) for paragraph in (LEAD + " " + SECOND, _UNFINISHED))
    closing = textwrap.fill("المصدر: " + credit, width)
    closing += "" if "\n" in closing else "\n" + _CLOSING  # (a plain line under a one-line credit)
    article = _one(_blocks(BYLINE, HEADLINE, first, last + "\n" + closing))
    assert (article.attribution or "").startswith(credit.split()[0])  # (a wrapped credit's next lines aside)
    assert not any("المصدر:" in paragraph for paragraph in article.paragraphs)


# -- F3. "»" and a space is a bullet in a list, not a quotation's mark in a wrapped paragraph -------------------------

_QUOTE_LINES: Final = (
    "قال وزير المالية في مؤتمر صحفي عقده ظهر اليوم في مقر الوزارة إن",
    "الحكومة ماضية في خطتها «لن نتراجع عن قرار رفع الدعم مهما كانت الضغوط",
    "» وأضاف أن الخطة ستطبق على ثلاث مراحل تبدأ مطلع العام المقبل وتنتهي",
    "في منتصف العام نفسه، على أن تبدأ المرحلة الأولى برفع الدعم عن البنزين.",
)
_QUOTE_NEXT: Final = (
    "وأوضح الوزير أن الحكومة ستقدم دعما نقديا مباشرا للأسر الأكثر احتياجا",
    "لتعويضها عن ارتفاع الأسعار المتوقع بعد تطبيق القرار خلال العام المقبل،",
    "مؤكدا أن الإصلاح الاقتصادي ضرورة لا خيار في ظل الظروف الصعبة الحالية.",
)


def test_a_closing_guillemet_starting_a_wrapped_line_reads_on() -> None:
    text = _blocks(BYLINE, "الوزير يتمسك بخطة رفع الدعم", "\n".join(_QUOTE_LINES), "\n".join(_QUOTE_NEXT))
    assert _one(text).paragraphs == (" ".join(_QUOTE_LINES), " ".join(_QUOTE_NEXT))


def test_a_lead_quoted_in_reversed_guillemets_is_no_list_item() -> None:
    headline = "الوزير: لن نتراجع عن قرار رفع الدعم"
    lead = "» لن نتراجع عن قرار رفع الدعم مهما كانت الضغوط « بهذه الكلمات افتتح وزير المالية مؤتمره الصحفي اليوم."
    article = _one(_blocks(BYLINE, headline, lead, SECOND))
    assert article.title == headline
    assert article.paragraphs == (lead, SECOND)


# -- F5. A site's address that is a word of the title's sentence stays in it -------------------------------------------


@pytest.mark.parametrize(
    "title", ["الداخلية تحذر من رسائل احتيال تنتحل موقع www.moi.gov.eg", "كيف تحجز موعدك عبر منصة www.absher.sa"]
)
def test_an_address_ending_the_sentence_stays_in_the_title(title: str) -> None:
    text = _blocks(BYLINE, HEADLINE, LEAD, SECOND, RELATED, f"• {title}\n• البنك المركزي يثبت أسعار الفائدة")
    assert [(link.title, link.url) for link in _one(text).related][0] == (title, None)


def test_guard_an_address_after_a_separator_is_the_link() -> None:
    """(Guard) After a dash the address is the title's link, host alone or not (texts13 #11 kept)."""
    text = _blocks(BYLINE, HEADLINE, LEAD, SECOND, RELATED, "• البنك المركزي يطلق موقعه الجديد - www.cbe-example.org")
    assert [(link.title, link.url) for link in _one(text).related] == [
        ("البنك المركزي يطلق موقعه الجديد", "https://www.cbe-example.org")
    ]


# -- F1. A headline shaped like a caption is a caption only over another headline ----------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "انفجار في مستودع للوقود شمال المدينة (رويترز)",
        "الحكومة تعلن خطة جديدة لدعم المزارعين (أ ف ب)",
        "Photo: the new normal for Gulf commuters",
        "تصوير: معرض جديد يوثق حياة الصيادين",
        "الصورة: دليل الطالب إلى المنح الدراسية",
    ],
)
@pytest.mark.parametrize("byline", [True, False], ids=["under-byline", "first-line"])
def test_a_caption_shaped_headline_over_its_lead_is_the_headline(headline: str, byline: bool) -> None:
    article = _one(_blocks(*((BYLINE,) if byline else ()), headline, LEAD, SECOND))
    assert article.title == headline
    assert article.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "headline",
    [
        "جائزة المدينة للفنون - تصوير الحياة البرية يتصدر الفئات",
        "ورشة مجانية للشباب | تصوير المنتجات بالهاتف المحمول",
        "Festival winners announced - Photo contest draws record entries",
    ],
)
def test_the_word_photo_after_a_dash_without_a_colon_is_no_credit(headline: str) -> None:
    """(On a first line, "a - b" is a byline, as ever: under one here.)"""
    article = _one(_blocks(BYLINE, headline, LEAD, SECOND))
    assert article.title == headline
    assert article.paragraphs == (LEAD, SECOND)
