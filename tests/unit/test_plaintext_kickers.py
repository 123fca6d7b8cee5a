"""The plain-text parser's kickers and section labels over the headline, and site names with the article.

A kicker or a section's label over the headline (audit textfmt4, H1 and M6: "مؤتمر المناخ COP31", "دوري
أبطال أوروبا", "ECONOMY", "موجز الأخبار", "الدورة الـ45 لمعرض …", "مقالات الرأي", "قمة المناخ", "كوب 28")
is the story's section, never its title or its source; a site word with the article ("البوابة العربية
للأخبار التقنية", H2) names a site. Sites with digits in their names ("فرانس 24", "عربي21", "Le360") and a
short headline over its subtitle stay as they were.

Every article here is written for these tests (the audit's own text); each test failed before the change.
"""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_byline import looks_like_site_name
from newstui.parse.plaintext_head import quick_head

LEAD = "وأعلنت الحكومة اليوم عن خطة جديدة للتكيف مع تغير المناخ بتكلفة كبيرة، تشمل مشاريع في عدة محافظات."
SECOND = "وقال الوزير إن الخطة طموحة وإن تمويلها مضمون حتى نهاية العقد."
HEADLINE = "الإمارات تستضيف قمة المناخ بمشاركة 190 دولة"


def _first(text: str) -> Article:
    return parse_plaintext(text, origin="x")[0]


def _head(*lines: str) -> str:
    """The head lines, one under the other, over the lead and a second paragraph."""
    return "\n".join(lines) + f"\n\n{LEAD}\n\n{SECOND}\n"


F01 = """بوابة الوطن نيوز
مؤتمر المناخ COP31
مصر تطالب بتمويل عادل للتكيف مع تغير المناخ
كتب: أحمد سمير
القاهرة - 30 نوفمبر 2026

طالبت مصر الدول الصناعية الكبرى بمضاعفة التزاماتها المالية لصالح الدول النامية، خلال الجلسة الافتتاحية.

وقال وزير الخارجية في كلمته: «لا يمكن أن تتحمل الدول الأقل تلويثا فاتورة أزمة لم تصنعها».
"""
F10 = """كووورة
دوري أبطال أوروبا
باريس سان جيرمان يكتسح بايرن ميونخ بثلاثية ويتصدر مجموعته
كتب - عمر الشريف

حقق باريس سان جيرمان (PSG) فوزا عريضا على ضيفه بايرن ميونخ بنتيجة 3-1، مساء الثلاثاء على ملعب حديقة الأمراء.

وبهذا الفوز رفع الفريق الباريسي رصيده إلى 12 نقطة، بفارق نقطتين عن أقرب ملاحقيه.
"""
F13 = """Arab News
ECONOMY
Saudi non-oil exports climb 11% in third quarter
Updated 30 November 2026

RIYADH: Saudi Arabia's non-oil exports rose 11 percent year on year in the third quarter of 2026.

Chemical products accounted for 24.6 percent of the total, followed by plastics and rubber at 22.1 percent.
"""
F15 = """موجز الأخبار

السودان: الأمم المتحدة تحذر من مجاعة وشيكة في دارفور

حذر برنامج الأغذية العالمي من أن أكثر من 1.5 مليون شخص في ولايات دارفور باتوا على شفا المجاعة، \
داعيا إلى فتح ممرات إنسانية آمنة. (رويترز)

* * *

ليبيا: استئناف الرحلات الجوية في مطار معيتيقة

أعلنت مصلحة الطيران المدني الليبية استئناف الرحلات في مطار معيتيقة الدولي بطرابلس، بعد توقف دام يومين. (أ ف ب)
"""
F20 = """الدورة الـ45 لمعرض الشارقة الدولي للكتاب
حاكم الشارقة يفتتح المعرض بمشاركة 2,500 ناشر من 112 دولة
الشارقة - وام

افتتح صاحب السمو حاكم الشارقة صباح اليوم فعاليات الدورة الخامسة والأربعين من معرض الشارقة الدولي للكتاب.

وتحل إيطاليا ضيف شرف على الدورة الحالية، بمشاركة 30 دار نشر إيطالية وعدد من الكتاب والمترجمين.
"""
F05 = """مقالات الرأي
حين يصبح الاقتصاد قصيدة
بقلم: د. سلمى الحسيني

يقول المتنبي في بيت يحفظه كثيرون ولا يتأملونه إلا قليلا، والبيت في ظني يصلح عنوانا لأي خطة تنموية جادة.

لقد نما الناتج المحلي غير النفطي بنسبة 4.6% العام الماضي، وهو رقم جيد، لكنه لا يكفي وحده.
"""
F11 = """البوابة العربية للأخبار التقنية
آبل تكشف عن iPhone 18 Pro بسعر يبدأ من 4,799 ريالا
الأحد 29 نوفمبر 2026 - 10:30 ص

كشفت شركة Apple عن هاتفها الجديد iPhone 18 Pro، الذي يأتي بمعالج A20 Pro المصنّع بتقنية 2 نانومتر.

ويبدأ سعر الهاتف في السوق الأمريكية من 1,099 دولارا ($1,099)، بينما يبلغ في السعودية 4,799 ريالا.
"""

_KICKED = [
    # (id, text, title, source, section, first paragraph)
    (
        "f01-site-kicker-author-date",
        F01,
        "مصر تطالب بتمويل عادل للتكيف مع تغير المناخ",
        "بوابة الوطن نيوز",
        "مؤتمر المناخ COP31",
        "القاهرة - 30 نوفمبر 2026",
    ),
    (
        "f10-one-word-site-kicker-author",
        F10,
        "باريس سان جيرمان يكتسح بايرن ميونخ بثلاثية ويتصدر مجموعته",
        "كووورة",
        "دوري أبطال أوروبا",
        "حقق باريس سان جيرمان (PSG) فوزا عريضا على ضيفه بايرن ميونخ بنتيجة 3-1، مساء الثلاثاء على ملعب حديقة الأمراء.",
    ),
    (
        "f13-site-one-word-section-date",
        F13,
        "Saudi non-oil exports climb 11% in third quarter",
        "Arab News",
        "ECONOMY",
        "Updated 30 November 2026",
    ),
    (
        "f15-digest-heading-over-brief",
        F15,
        "السودان: الأمم المتحدة تحذر من مجاعة وشيكة في دارفور",
        None,
        "موجز الأخبار",
        "حذر برنامج الأغذية العالمي من أن أكثر من 1.5 مليون شخص في ولايات دارفور باتوا على شفا المجاعة، داعيا إلى"
        " فتح ممرات إنسانية آمنة.",
    ),
    (
        "f20-event-kicker-place-agency",
        F20,
        "حاكم الشارقة يفتتح المعرض بمشاركة 2,500 ناشر من 112 دولة",
        None,
        "الدورة الـ45 لمعرض الشارقة الدولي للكتاب",
        "الشارقة - وام",
    ),
    (
        "f05-opinion-section-no-site",
        F05,
        "حين يصبح الاقتصاد قصيدة",
        None,
        "مقالات الرأي",
        "يقول المتنبي في بيت يحفظه كثيرون ولا يتأملونه إلا قليلا، والبيت في ظني يصلح عنوانا لأي خطة تنموية جادة.",
    ),
    (
        "v1-event-kicker-author-no-site",
        _head("مؤتمر المناخ COP31", HEADLINE, "كتب: أحمد سمير"),
        HEADLINE,
        None,
        "مؤتمر المناخ COP31",
        LEAD,
    ),
    ("v4-summit-kicker-author", _head("قمة المناخ", HEADLINE, "كتب: أحمد سمير"), HEADLINE, None, "قمة المناخ", LEAD),
    ("numbered-kicker-alone", _head("كوب 28", HEADLINE), HEADLINE, None, "كوب 28", LEAD),
    ("latin-numbered-kicker", _head("COP28", HEADLINE), HEADLINE, None, "COP28", LEAD),
    ("breaking-kicker", _head("عاجل", HEADLINE), HEADLINE, None, "عاجل", LEAD),
    (
        "site-and-kicker-over-dateline",
        _head("سكاي نيوز عربية", "أزمة الطاقة", HEADLINE, "القاهرة - 30 نوفمبر 2026"),
        HEADLINE,
        "سكاي نيوز عربية",
        "أزمة الطاقة",
        "القاهرة - 30 نوفمبر 2026",
    ),
]


@pytest.mark.parametrize(
    ("text", "title", "source", "section", "first"),
    [case[1:] for case in _KICKED],
    ids=[case[0] for case in _KICKED],
)
def test_kicker_over_the_headline_is_the_section(
    text: str, title: str, source: str | None, section: str, first: str
) -> None:
    article = _first(text)
    assert (article.title, article.source, article.section) == (title, source, section)
    assert article.paragraphs[0] == first  # the headline is no paragraph, nor the kicker
    assert title not in article.paragraphs and section not in article.paragraphs
    assert quick_head(text) in (None, (title, source, section))


def test_kicker_under_a_byline_with_a_section_stays_the_first_line() -> None:
    text = _head("صوت الخليج – محليات", "قمة المناخ", HEADLINE, "كتب: سامي علي")
    article = _first(text)
    assert (article.title, article.source, article.section) == (HEADLINE, "صوت الخليج", "محليات")
    assert (article.author, article.paragraphs[0]) == ("سامي علي", "قمة المناخ")


def test_the_audits_briefs_keep_their_own_headlines() -> None:
    first, second = parse_plaintext(F15, origin="x")
    assert first.title == "السودان: الأمم المتحدة تحذر من مجاعة وشيكة في دارفور"
    # the second brief names no source or section: the file's section label is its too (audit texts8 LOW 5)
    assert (second.title, second.section) == ("ليبيا: استئناف الرحلات الجوية في مطار معيتيقة", "موجز الأخبار")


_UNCHANGED = [
    # (id, text, title, source, section): sites with digits, Latin names, a short headline over its subtitle
    ("france24", _head("فرانس 24", HEADLINE), HEADLINE, "فرانس 24", None),
    ("arabi21", _head("عربي21", HEADLINE), HEADLINE, "عربي21", None),
    ("le360-author", _head("Le360", HEADLINE, "كتب: سامي علي"), HEADLINE, "Le360", None),
    ("bare-site-author", _head("اليوم السابع", HEADLINE, "كتب: سامي علي"), HEADLINE, "اليوم السابع", None),
    (
        "latin-site-starting-with-a-section-word",
        "Business Insider\nApple unveils a new phone with a faster chip today\nBy Jane Roe\n\n"
        "Apple on Tuesday unveiled a new phone, with a faster chip and a bigger screen.\n",
        "Apple unveils a new phone with a faster chip today",
        "Business Insider",
        None,
    ),
    (
        "short-headline-with-a-verb-over-subtitle",
        _head(
            "سكاي نيوز عربية", "الذهب يرتفع", "المعدن الأصفر يسجل أعلى مستوى في ستة أشهر مع تراجع الدولار", "كتب: سامي"
        ),
        "الذهب يرتفع",
        "سكاي نيوز عربية",
        None,
    ),
    (
        "headline-over-subtitle-no-site",
        _head("افتتاح جسر جديد فوق النهر", "الجسر يربط الضفتين ويختصر الطريق إلى المطار بنصف ساعة", "كتب: سامي"),
        "افتتاح جسر جديد فوق النهر",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "title", "source", "section"), [case[1:] for case in _UNCHANGED], ids=[case[0] for case in _UNCHANGED]
)
def test_no_kicker(text: str, title: str, source: str | None, section: str | None) -> None:
    article = _first(text)
    assert (article.title, article.source, article.section) == (title, source, section)


# -- a site word with the article (H2) ----------------------------------------------------------------


@pytest.mark.parametrize(
    "site", ["البوابة العربية للأخبار التقنية", "الشبكة العربية", "القناة الأولى", "الجريدة الرسمية"]
)
def test_site_word_with_the_article_names_a_site(site: str) -> None:
    text = _head(site, HEADLINE, "الأحد 29 نوفمبر 2026 - 10:30 ص")
    article = _first(text)
    assert (article.title, article.source) == (HEADLINE, site)
    assert quick_head(text) in (None, (HEADLINE, site, None))


def test_the_audits_tech_site() -> None:
    article = _first(F11)
    assert article.title == "آبل تكشف عن iPhone 18 Pro بسعر يبدأ من 4,799 ريالا"
    assert (article.source, article.published) == ("البوابة العربية للأخبار التقنية", "2026-11-29T10:30:00")


def test_a_headline_naming_an_agency_is_no_site_name() -> None:
    """Only a line shaped like a site's name counts a site word with the article ("الوكالة الدولية …" is a headline)."""
    assert not looks_like_site_name("الوكالة الدولية للطاقة الذرية تحذر من نقص الوقود في المحطة")
    assert looks_like_site_name("البوابة العربية للأخبار التقنية")
