"""The plain-text parser on audit texts41 (#1, #3, #4): WAFA's own dateline with its tight hyphen ("الخليل
3-12-2026 وفا- ..."), a browser copy's skip link and menu over the story, and a share block written one platform
a line. Each rule has near-misses that must stay as they are.

Every article here is written for these tests; each test failed on the parser before the change it covers (the
near-miss guards pass on both).
"""

from __future__ import annotations

from typing import Final

from helpers.heads import blocks, only_article, quick_agrees
from newstui.parse.plaintext_dates import lead_agency, lead_dateline

HEADLINE: Final = "افتتاح مستشفى جديد للأطفال في شمال المدينة"
LEAD: Final = "افتتحت وزارة الصحة صباح اليوم مستشفى جديدا للأطفال بسعة مئة وعشرين سريرا."
SECOND: Final = "وقال مدير المستشفى إن الأقسام ستعمل بكامل طاقتها مطلع الشهر المقبل."


# -- #1. WAFA: the agency, then a hyphen tight after it --------------------------------------------------------------


def test_wafa_numeric_dateline_dates_and_credits() -> None:
    lead = f"نابلس 5-11-2026 وفا- {LEAD}"
    article = only_article(blocks(HEADLINE, lead, SECOND))
    assert article.title == HEADLINE
    assert article.published == "2026-11-05"
    assert article.attribution == "وفا"
    assert article.paragraphs[0] == lead


def test_wafa_dateline_with_month_name() -> None:
    lead = f"جنين 7 تشرين الثاني 2026 وفا- {LEAD}"
    article = only_article(blocks(HEADLINE, lead, SECOND))
    assert article.published == "2026-11-07"
    assert article.attribution == "وفا"


def test_lead_functions_read_the_tight_hyphen() -> None:
    lead = f"طولكرم 9-10-2026 وفا- {LEAD}"
    assert lead_dateline(lead) == "طولكرم 9-10-2026 وفا"
    assert lead_agency(lead) == "وفا"


def test_near_miss_agency_named_in_a_sentence_with_tight_hyphen() -> None:
    # no date before it: a sentence that names the agency, no dateline
    lead = "ونقلت الوزارة بيانها عبر وفا- وأكدت فيه أن العمل مستمر."
    article = only_article(blocks(HEADLINE, LEAD, lead))
    assert article.attribution is None
    assert article.published is None


def test_near_miss_word_not_an_agency_before_tight_hyphen() -> None:
    lead = f"نابلس 5-11-2026 مراسلنا- {LEAD}"
    assert lead_agency(lead) is None
    assert only_article(blocks(HEADLINE, lead, SECOND)).attribution is None


# -- #3. A browser copy's skip link and menu over the story --------------------------------------------------------

MENU: Final = "\n".join(("الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "بحث"))


def test_skip_link_over_headline_is_dropped() -> None:
    text = "تخطي إلى المحتوى\n" + blocks(HEADLINE, LEAD, SECOND)
    article = only_article(text)
    assert article.title == HEADLINE
    assert list(article.paragraphs) == [LEAD, SECOND]
    quick_agrees(text)


def test_menu_lines_over_headline_are_dropped() -> None:
    text = f"{MENU}\n" + blocks(HEADLINE, LEAD, SECOND)
    article = only_article(text)
    assert article.title == HEADLINE
    assert list(article.paragraphs) == [LEAD, SECOND]
    quick_agrees(text)


def test_skip_link_menu_and_site_name_then_byline_and_date() -> None:
    text = "\n".join(
        ("Skip to content", "الوطن اليوم", "English", "أخبار محلية", "اقتصاد", "رأي", "تحقيقات", "الوطن اليوم – صحة")
    )
    text += f"\n{HEADLINE}\n2026/10/12 | 08:40\n\n{LEAD}\n\n{SECOND}"
    article = only_article(text)
    assert article.title == HEADLINE
    assert (article.source, article.section) == ("الوطن اليوم", "صحة")
    assert article.published == "2026-10-12T08:40:00"
    assert list(article.paragraphs[-2:]) == [LEAD, SECOND]
    assert not {"English", "اقتصاد", "رأي", "تحقيقات", "Skip to content"} & set(article.paragraphs)
    quick_agrees(text)


def test_near_miss_one_word_section_label_stays() -> None:
    text = "سياسة\n" + blocks(HEADLINE, LEAD, SECOND)
    article = only_article(text)
    assert (article.title, article.section) == (HEADLINE, "سياسة")
    quick_agrees(text)


def test_near_miss_label_and_writer_over_headline_stay() -> None:
    article = only_article("رأي\nسلمى الخطيب\n" + blocks(HEADLINE, LEAD, SECOND))
    assert (article.title, article.section, article.author) == (HEADLINE, "رأي", "سلمى الخطيب")


def test_near_miss_kicker_stack_with_one_menu_word_stays() -> None:
    article = only_article("رياضة\nكرة القدم\nالدوري المحلي\n" + blocks(HEADLINE, LEAD, SECOND))
    assert list(article.paragraphs[:4]) == ["رياضة", "كرة القدم", "الدوري المحلي", HEADLINE]


def test_near_miss_short_lines_only_stay() -> None:
    article = only_article(MENU + "\n")
    assert article.title == "الرئيسية"
    assert list(article.paragraphs) == MENU.split("\n")


# -- #4. A share block one platform a line -------------------------------------------------------------------------


def test_share_prompt_over_platform_lines_is_dropped() -> None:
    text = blocks(HEADLINE, LEAD, SECOND, "شارك الخبر:\nفيسبوك\nتويتر\nواتساب")
    assert list(only_article(text).paragraphs) == [LEAD, SECOND]


def test_platform_lines_alone_at_the_end_are_dropped() -> None:
    text = blocks(HEADLINE, LEAD, SECOND, "فيسبوك\nتويتر\nواتس اب")
    assert list(only_article(text).paragraphs) == [LEAD, SECOND]


def test_share_block_above_more_page_furniture_is_dropped() -> None:
    text = blocks(HEADLINE, LEAD, SECOND, "شارك الخبر:\nفيسبوك\nتويتر\nواتساب\n© 2026 جميع الحقوق محفوظة")
    assert "فيسبوك" not in only_article(text).paragraphs
    assert "شارك الخبر:" not in only_article(text).paragraphs


def test_near_miss_sentence_naming_facebook_stays() -> None:
    last = "ونشرت الوزارة البيان على فيسبوك وتويتر."
    assert list(only_article(blocks(HEADLINE, LEAD, last)).paragraphs) == [LEAD, last]


def test_near_miss_platforms_listed_under_a_colon_stay() -> None:
    listed = "وحجبت السلطات المنصات التالية:"
    article = only_article(blocks(HEADLINE, LEAD, f"{listed}\nفيسبوك\nتويتر\nواتساب"))
    assert list(article.paragraphs) == [LEAD, listed, "فيسبوك", "تويتر", "واتساب"]


def test_near_miss_one_platform_line_at_the_end_stays() -> None:
    article = only_article(blocks(HEADLINE, LEAD, SECOND, "فيسبوك"))
    assert list(article.paragraphs) == [LEAD, SECOND, "فيسبوك"]
