"""A second embedded story needs a real dateline and little of the story above (audit regress12, findings 1-4).

``opens_with_dateline`` no longer takes a person's title or role ("رئيس الحكومة –", "المهندس سامر –") or a dash
opening an aside closed in the same sentence for a place; ``heads_next_story`` asks for a dateline always, and
turns down a question, a line ending in a colon, a person's name and calling, and a section naming the story's
headline or text. The texts are our own.
"""

from __future__ import annotations

import pytest

from newstui.parse.plaintext_cues import heads_next_story, opens_with_dateline

MARKET = "ارتفاع أسعار القهوة في الأسواق العالمية"
MARKET_LEAD = "سجلت أسعار القهوة ارتفاعا جديدا في تعاملات الأسبوع مع تراجع المحصول في البرازيل وزيادة الطلب الآسيوي."
TEA = "أسعار الشاي تتراجع مع وفرة المحصول الكيني"
TEA_LEAD = "نيروبي - تراجعت أسعار الشاي في مزاد مومباسا بعد وفرة غير متوقعة في المحصول الكيني هذا الموسم."


@pytest.mark.parametrize(
    ("lead", "dated"),
    [
        ("رئيس البلدية – الذي تسلم منصبه الشهر الماضي – وعد بإصلاح الطرق قبل الشتاء.", False),
        ("المهندسة ليلى – مديرة المشروع في الشركة – ترى أن العمل سينتهي مبكرا.", False),
        ("الدكتور سامي - أستاذ الاقتصاد - قال إن الأسعار ستنخفض.", False),
        ("وزير النقل - وفق مصادر مطلعة - يدرس رفع الرسوم.", False),
        ("ليلى حداد – الباحثة في المعهد – تقول إن النتائج مبشرة.", False),  # an aside: no place
        ("عمّان - قرر البنك المركزي رفع سعر الفائدة.", True),  # harakat in the place
        ("سيدي بو زيد - افتتحت الولاية مستشفى جديدا.", True),  # three words
        ("الرياض - واس - أعلنت الهيئة عن موسم جديد.", True),  # a dashed agency: two dashes, still a dateline
        ("الكويت – 29 نوفمبر 2026 (كونا) – أعلن البنك المركزي قرارا.", True),
        ("القاهرة - أعلنت الوزارة خطة جديدة. وقال الوزير - في بيان - إنها تبدأ غدا.", True),  # a later sentence's
    ],
    ids=[
        "role-aside",
        "title-aside",
        "title-dashes",
        "role-dashes",
        "name-aside",
        "harakat",
        "three-words",
        "dashed-agency",
        "wire",
        "aside-later",
    ],
)
def test_a_dateline_is_a_place_not_a_person(lead: str, dated: bool) -> None:
    assert opens_with_dateline(lead) is dated


@pytest.mark.parametrize(
    "title",
    [
        "كيف يتأثر المستهلك بارتفاع أسعار الشاي؟",
        "أبرز ما جاء في تقرير منظمة الأغذية:",
        "الدكتورة هند السالم خبيرة أسواق السلع الزراعية",
        "الخبير سامر عودة مدير مركز دراسات السلع",
    ],
    ids=["question", "colon", "person-and-calling", "expert-and-role"],
)
def test_no_question_colon_or_person_heads_a_story(title: str) -> None:
    assert not heads_next_story(title, TEA_LEAD, MARKET, [MARKET_LEAD])


def test_an_office_opens_a_headline() -> None:
    """A headline opening with an office (not a person's title or calling) may head a story."""
    title = "وزير الزراعة الكيني يعلن دعم مزارعي الشاي"
    lead = "نيروبي - أعلن وزير الزراعة الكيني حزمة دعم لمزارعي الشاي تشمل الأسمدة والبذور المحسنة."
    assert heads_next_story(title, lead, MARKET, [MARKET_LEAD])


def test_no_dateline_no_story() -> None:
    """However well the lead restates its headline, without a dateline it stays the story's text."""
    undated = TEA_LEAD.removeprefix("نيروبي - ")
    assert not heads_next_story(TEA, undated, MARKET, [MARKET_LEAD])
    assert heads_next_story(TEA, TEA_LEAD, MARKET, [MARKET_LEAD])  # same field, its own subject: a story


def test_a_section_naming_the_storys_headline_stays() -> None:
    """A headline naming two words or more of the story's headline is a section of it, dateline or not."""
    title = "تفاصيل ارتفاع أسعار القهوة في البورصة"
    lead = "نيويورك - بلغ سعر رطل القهوة في بورصة نيويورك أعلى مستوى له منذ عشر سنوات."
    assert not heads_next_story(title, lead, MARKET, [MARKET_LEAD])


def test_a_section_naming_the_storys_text_stays() -> None:
    """A lead naming two words of the story's text besides what its own headline names goes on about the story."""
    title = "البرازيل تخفض توقعات المحصول"
    lead = "برازيليا - خفضت وزارة الزراعة توقعات المحصول بعد موجة جفاف، ما يضغط على الطلب الآسيوي في تعاملات الأسبوع."
    assert not heads_next_story(title, lead, MARKET, [MARKET_LEAD])
