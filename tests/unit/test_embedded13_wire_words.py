"""Two wire stories under one read-also marker, both leads opening "المدينة – أعلنت … بسبب …": the words every wire
lead has (a reporting verb, a cause's word) do not make the second one the first's text."""

from __future__ import annotations

import pytest

from newstui.parse.plaintext import parse_plaintext

_PAGE = """جريدة الوادي – محليات

البلدية تفتح حديقة عامة جديدة على ضفة النهر

افتتحت البلدية صباح اليوم حديقة عامة جديدة على ضفة النهر تضم ملاعب للأطفال وممرات للمشي.

وقال رئيس البلدية إن الحديقة تفتح أبوابها يوميا من السادسة صباحا حتى العاشرة مساء.

إقرأ أيضاً:

إغلاق جسر المدينة القديم ثلاثة أيام للصيانة

الوادي – أعلنت مديرية الطرق اليوم إغلاق جسر المدينة القديم ثلاثة أيام بسبب أعمال صيانة الأعمدة.

وطلبت المديرية من السائقين سلوك الطريق الدائري طوال مدة الإغلاق.

{second_title}

{second_lead}

وطلبت المؤسسة من الأهالي تخزين ما يكفيهم من الماء قبل موعد الانقطاع.
"""


@pytest.mark.parametrize(
    ("second_title", "second_lead", "titles"),
    [
        (
            "قطع المياه عن أحياء الضفة الغربية ليلتين",
            "الوادي – أعلنت مؤسسة المياه قطع المياه عن أحياء الضفة الغربية ليلتين بسبب تبديل الأنابيب الرئيسية.",
            3,
        ),
        # A section of the same story under a dateline names the story's own words: it stays the story's text.
        (
            "الجسر القديم يحتاج إلى صيانة أعمدته",
            "الوادي – أعلنت مديرية الطرق أن أعمدة الجسر القديم تحتاج إلى صيانة بعد الفيضان الأخير.",
            2,
        ),
    ],
    ids=["a second wire story", "a section of the story"],
)
def test_wire_words_do_not_join_two_stories(second_title: str, second_lead: str, titles: int) -> None:
    articles = parse_plaintext(_PAGE.format(second_title=second_title, second_lead=second_lead), origin="page.txt")
    assert len(articles) == titles
    if titles == 3:
        assert articles[2].title == second_title
        assert articles[1].paragraphs[-1] == "وطلبت المديرية من السائقين سلوك الطريق الدائري طوال مدة الإغلاق."
