"""The cues that tell a second story embedded under one read-also marker from a subheading (audit texts12, finding 1).

``opens_with_dateline`` reads a lead's dateline up to its dash; ``heads_next_story`` tells whether a headline-shaped
line over a paragraph in an embedded story's text heads the next story. The texts are our own.
"""

from __future__ import annotations

import pytest

from newstui.parse.plaintext_cues import heads_next_story, opens_with_dateline

WHEAT = "مصر تبدأ حصاد القمح في محافظات الصعيد"
WHEAT_LEAD = "بدأ مزارعو محافظات الصعيد حصاد محصول القمح وسط توقعات بإنتاج يفوق 9 ملايين طن هذا الموسم."
OMAN = "سلطنة عمان تستقبل أول سفينة سياحية في الموسم الجديد"
OMAN_LEAD = "استقبل ميناء السلطان قابوس في مسقط سفينة سياحية تقل 2400 سائح من جنسيات مختلفة، في افتتاح الموسم."
OMAN_DATED = "مسقط - " + OMAN_LEAD


@pytest.mark.parametrize(
    ("lead", "dated"),
    [
        (OMAN_DATED, True),
        ("الدار البيضاء - أعلنت السلطات المغربية عن خطة جديدة.", True),
        ("الرياض (واس) - استقبل أمير المنطقة وفدا من المستثمرين.", True),
        ("الكويت – 29 نوفمبر 2026 (كونا) – أعلن البنك المركزي عن قرار جديد.", True),
        (OMAN_LEAD, False),
        ("أعلنت وزارة المالية الكويتية اليوم - في خطوة مفاجئة - عن رفع الرسوم.", False),
    ],
    ids=["place", "two-word-place", "agency", "wire", "no-dateline", "dash-later"],
)
def test_opens_with_dateline(lead: str, dated: bool) -> None:
    assert opens_with_dateline(lead) is dated


@pytest.mark.parametrize(
    ("title", "lead", "heads"),
    [
        (OMAN, OMAN_DATED, True),
        (OMAN, OMAN_LEAD, False),  # no dateline: no split (embedded13), however much the lead names of the title
        ("تفاصيل الموسم", OMAN_DATED, False),  # two words: a subheading even over a dateline
        ("ميناء مسقط يستقبل", OMAN_DATED, True),
        (OMAN, "ويتوقع المسؤولون أن تصل 150 سفينة.", False),  # reads on
        ("هواوي تعلن عن هاتف جديد قابل للطي", "دبي - كشفت الشركة الصينية عن هاتفها الجديد بسعر 7999 درهما.", True),
        ("قطاع السياحة يدعم نمو الاقتصاد", "دبي - " + WHEAT_LEAD, False),  # the lead names nothing the title names
    ],
    ids=[
        "names-the-title",
        "undated",
        "two-words-dated",
        "three-words-dated",
        "reads-on",
        "word-with-ending",
        "unnamed",
    ],
)
def test_heads_next_story(title: str, lead: str, heads: bool) -> None:
    assert heads_next_story(title, lead, WHEAT, [WHEAT_LEAD]) is heads


def test_a_lead_naming_the_storys_words_goes_on_about_it() -> None:
    """A paragraph naming two words or more of the story's text (besides what the line above it names) is its text
    under a subheading, however much it names of the line above it."""
    title = "المزارعون يطالبون برفع سعر شراء القمح"
    lead = "أسوان - طالب المزارعون في محافظات الصعيد برفع سعر شراء القمح لتغطية تكاليف الحصاد."
    assert not heads_next_story(title, lead, WHEAT, [WHEAT_LEAD])
    assert heads_next_story(title, lead, WHEAT, ["أعلنت وزارة الزراعة عن خطة جديدة للري."])


def test_a_quote_alone_heads_no_story() -> None:
    assert not heads_next_story("«سنستقبل مئتي سفينة سياحية هذا العام»", OMAN_DATED, WHEAT, [WHEAT_LEAD])
    assert heads_next_story("«عمان» تستقبل أول سفينة سياحية في الموسم", OMAN_DATED, WHEAT, [WHEAT_LEAD])
