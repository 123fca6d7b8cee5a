"""The plain-text parser on audit texts41 #8: a paper credited by its quoted name after a place, in the lead ('رام
الله - "القدس" دوت كوم - ...') or on a line under the headline ("عدن - «الأيام» خاص:"), is the story's source. A
quoted name inside a sentence, or a quoted phrase after a place without "دوت كوم"/"خاص", credits no one.

Every article here is written for these tests; each test failed on the parser before the change (the near-miss
guards pass on both).
"""

from __future__ import annotations

from typing import Final

from helpers.heads import blocks, only_article, quick_agrees

HEADLINE: Final = "تراجع منسوب المياه في سدود المحافظة الجنوبية"
LEAD: Final = "تراجع منسوب المياه في سدود المحافظة إلى أدنى مستوى له منذ عشر سنوات بسبب قلة الأمطار."
SECOND: Final = "ودعت سلطة المياه المواطنين إلى ترشيد الاستهلاك خلال الأشهر المقبلة."


def test_dot_com_paper_in_the_lead_is_the_source() -> None:
    lead = f'نابلس - "الفجر" دوت كوم - {LEAD}'
    text = blocks(HEADLINE, lead, SECOND)
    article = only_article(text)
    assert article.source == "الفجر دوت كوم"
    assert list(article.paragraphs) == [lead, SECOND]
    quick_agrees(text)


def test_guillemet_paper_exclusive_line_is_the_source() -> None:
    text = blocks(HEADLINE, "المكلا - «الصباح» خاص:", LEAD, SECOND)
    article = only_article(text)
    assert article.source == "الصباح"
    assert article.paragraphs[0] == "المكلا - «الصباح» خاص:"
    quick_agrees(text)


def test_near_miss_quoted_paper_inside_a_sentence() -> None:
    lead = 'وقالت صحيفة "الفجر" دوت كوم في تقرير لها إن المنسوب تراجع.'
    assert only_article(blocks(HEADLINE, lead, SECOND)).source is None


def test_near_miss_quoted_phrase_after_a_place() -> None:
    lead = f'غزة - "لن نغادر" - قال أحد السكان إن {LEAD}'
    assert only_article(blocks(HEADLINE, lead, SECOND)).source is None


def test_near_miss_long_quoted_title_marked_exclusive() -> None:
    line = "عدن - «حكاية مدينة تعطش كل صيف» خاص:"
    assert only_article(blocks(HEADLINE, line, LEAD, SECOND)).source is None
