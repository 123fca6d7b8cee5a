"""An embedded story's sections stay its text; only a datelined story of its own splits it (audit regress12).

Under "إقرأ أيضاً:" an embedded story with a subheading over a lead whose dash opens an aside (finding 1), a
section under a dateline that goes on about the story or a roundup's datelined sections (finding 2), a person's
name and calling, an interview's questions (finding 3), or long subheadings restated by their paragraphs (finding 4)
stays one story, as before the second-story rule; two stories whose second lead opens with a dateline still split.
The articles are our own text.
"""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext

BYLINE = "صحيفة الوادي – اقتصاد"
HEADLINE = "الحكومة تعلن موازنة العام المقبل بعجز أقل"
LEAD = "أعلنت الحكومة مشروع موازنة العام المقبل بعجز يقل 2% عن موازنة العام الجاري، مع زيادة الإنفاق على التعليم."
SOURCE = "المصدر: صحيفة الوادي"
RELATED = ("مقالات مشابهة", "• البنك المركزي يثبت سعر الصرف", "• تراجع التضخم للشهر الثالث")


def _embedded(*lines: str, blank: bool = True) -> list[Article]:
    """The articles of a page whose read-also marker holds ``lines``, the page's related list under them."""
    page = (BYLINE, HEADLINE, LEAD, SOURCE, "إقرأ أيضاً:", *lines, *RELATED)
    return parse_plaintext(("\n\n" if blank else "\n").join(page), origin="embedded13")


def _read_also(article: Article) -> list[str]:
    return [link.title for link in article.related if link.kind == "read-also"]


STAYS_ONE = {
    "dash-aside-role": (
        "الأمطار تغرق أحياء في المدينة القديمة",
        "غمرت مياه الأمطار شوارع المدينة القديمة ليلة أمس وتضررت عشرات المحال التجارية.",
        "رد البلدية على شكاوى السكان",
        "رئيس البلدية – الذي زار الأحياء المتضررة صباحا – وعد بتعويض أصحاب المحال خلال شهر.",
        "وأضاف أن فرق الصيانة تعمل على مدار الساعة.",
    ),
    "dash-aside-title-question": (
        "الأمطار تغرق أحياء في المدينة القديمة",
        "غمرت مياه الأمطار شوارع المدينة القديمة ليلة أمس وتضررت عشرات المحال التجارية.",
        "لماذا تتكرر الفيضانات في الأحياء القديمة كل شتاء؟",
        "المهندسة رنا – أستاذة التخطيط العمراني في الجامعة – ترى أن شبكة التصريف لم تجدد منذ عقود.",
    ),
    "section-naming-the-story": (
        "الأردن يستضيف منتدى إقليميا للطاقة النظيفة",
        "يستضيف الأردن الشهر المقبل منتدى إقليميا للطاقة النظيفة بمشاركة وزراء وخبراء من خمس عشرة دولة.",
        "الاستعدادات الأخيرة لمنتدى الطاقة النظيفة",
        "عمّان - أعلنت وزارة الطاقة اكتمال الاستعدادات لمنتدى الطاقة النظيفة، وبدء وصول الوفود المشاركة.",
        "ويبحث المنتدى مشاريع الربط الكهربائي.",
    ),
    "section-agency-dateline": (
        "الإمارات وكوريا توقعان اتفاقيات في الطاقة النووية",
        "وقعت الإمارات وكوريا الجنوبية اتفاقيات جديدة للتعاون في الطاقة النووية السلمية وتدريب الكوادر.",
        "بنود اتفاقيات الطاقة النووية والتدريب",
        "أبوظبي (وام) - تنص الاتفاقيات على تدريب ألف مهندس إماراتي في كوريا خلال خمس سنوات.",
    ),
    "roundup": (
        "أمطار غزيرة تضرب دول المغرب العربي",
        "تشهد دول المغرب العربي أمطارا غزيرة منذ يومين مع توقعات باستمرار الأمطار حتى نهاية الأسبوع.",
        "تونس تعلق الدراسة في ثلاث ولايات",
        "تونس - علقت وزارة التربية الدراسة في ثلاث ولايات بسبب الأمطار الغزيرة وارتفاع منسوب الأودية.",
        "الجزائر تفتح مراكز إيواء للمتضررين",
        "الجزائر - فتحت السلطات مراكز إيواء لعشرات العائلات التي غمرت المياه منازلها في الولايات الشرقية.",
    ),
    "person-and-calling": (
        "معرض الشارقة يكرم رواد الفن التشكيلي",
        "كرم معرض الشارقة للفنون عشرة من رواد الفن التشكيلي العربي في حفل افتتاح دورته الجديدة.",
        "الفنانة منى العلي صاحبة جائزة الإنجاز مدى الحياة لهذا العام",
        "قالت العلي إن التكريم يتوج خمسين عاما من العمل، وأهدته إلى طلابها.",
    ),
    "interview": (
        "حوار مع مدير هيئة الطيران المدني عن خطط التوسع",
        "التقت الصحيفة مدير هيئة الطيران المدني للحديث عن خطط توسعة المطارات وزيادة الرحلات.",
        "متى تنتهي أعمال توسعة المطار الدولي الجديد؟",
        "نتوقع افتتاح المبنى الجديد منتصف العام المقبل بطاقة عشرين مليون مسافر سنويا.",
    ),
    "restated-subheadings": (
        "البرلمان يبدأ مناقشة قانون العمل الجديد",
        "بدأ البرلمان مناقشة مشروع قانون العمل الجديد وسط انقسام بين ممثلي العمال وأصحاب الأعمال.",
        "النقابات تطالب برفع الحد الأدنى للأجور",
        "طالبت النقابات برفع الحد الأدنى للأجور بنسبة الثلث لمواجهة ارتفاع الأسعار.",
        "أصحاب الأعمال يحذرون من تسريح العمال",
        "حذر أصحاب الأعمال من أن رفع الأجور بهذه النسبة قد يدفع الشركات الصغيرة إلى تسريح العمال.",
    ),
}


@pytest.mark.parametrize("story", list(STAYS_ONE.values()), ids=list(STAYS_ONE))
@pytest.mark.parametrize("blank", [True, False], ids=["blank-lines", "no-blank-lines"])
def test_an_embedded_storys_sections_stay_its_text(story: tuple[str, ...], blank: bool) -> None:
    main, embedded = _embedded(*story, blank=blank)
    assert (embedded.title, embedded.paragraphs) == (story[0], story[1:])
    assert _read_also(main) == [story[0]]
    assert main.paragraphs == (LEAD,)


FLOUR = "مطاحن القطاع الخاص ترفع أسعار الدقيق"
FLOUR_LEAD = "رفعت مطاحن القطاع الخاص أسعار طن الدقيق بنسبة 8% بعد ارتفاع تكلفة القمح المستورد."
FLOUR_MORE = "وقالت غرفة الصناعة إن الزيادة لن تمس الخبز المدعوم."


@pytest.mark.parametrize(
    ("second", "third"),
    [
        (
            (
                "البنك الدولي يمول مشروعا للري بالطاقة الشمسية",
                "عمّان – وافق البنك الدولي على قرض بقيمة 90 مليون دولار لمشروع ري يعمل بالطاقة الشمسية في وادي الأردن.",
            ),
            (),
        ),
        (
            (
                "أسعار السكر تتراجع مع وفرة المعروض العالمي",
                "لندن (رويترز) - تراجعت أسعار السكر في البورصة مع وفرة المعروض بعد محصول قياسي في الهند.",
            ),
            (),
        ),
        (
            (
                "الحكومة تفتتح ميناء جافا في الصحراء الشرقية",
                "الرياض - واس - افتتحت الحكومة ميناء جافا لتخزين الحاويات في الصحراء الشرقية.",
            ),
            (
                "تدشين خط قطارات الشحن إلى العقبة",
                "العقبة - دشنت سلطة المنطقة الاقتصادية خطا لقطارات الشحن يربط الميناء بالمدن الصناعية.",
            ),
        ),
    ],
    ids=["harakat-place", "agency", "three-stories"],
)
@pytest.mark.parametrize("blank", [True, False], ids=["blank-lines", "no-blank-lines"])
def test_datelined_stories_under_one_marker_still_split(
    second: tuple[str, str], third: tuple[str, ...], blank: bool
) -> None:
    main, *stories = _embedded(FLOUR, FLOUR_LEAD, FLOUR_MORE, *second, *third, blank=blank)
    expected = [(FLOUR, (FLOUR_LEAD, FLOUR_MORE)), (second[0], (second[1],))]
    if third:
        expected.append((third[0], (third[1],)))
    assert [(story.title, story.paragraphs) for story in stories] == expected
    assert _read_also(main) == [title for title, _ in expected]
