"""The plain-text parser on audit texts42 (#3, #4): a web page's font, print and send controls copied with its story
("A+ A-", "طباعة", "تكبير الخط | تصغير الخط | طباعة") are dropped, not read as a byline or kept as paragraphs, and
the headline and agency line under them read as without them. Near-misses (a one-word paragraph, a list under a
colon, a sentence that names printing) stay.

Every article here is written for these tests; each test of a dropped line failed on the parser before the change
(the near-miss guards pass on both).
"""

from __future__ import annotations

from typing import Final

from helpers.heads import blocks, only_article, quick_agrees
from newstui.parse.plaintext_cues import control_lines_dropped

HEADLINE: Final = "افتتاح جسر جديد فوق نهر المدينة الشمالي"
AGENCY: Final = "إربد - بترا"
LEAD: Final = "افتتح وزير الأشغال العامة صباح اليوم جسرا جديدا يربط ضفتي النهر بطول ثلاثمئة متر وعرض أربعة مسارات."
SECOND: Final = "وقال الوزير إن الجسر سيخفف الازدحام عن وسط المدينة بنسبة كبيرة."
CONTROLS: Final = ("A+ A-", "طباعة", "حجم الخط", "أ+ أ-", "A- | A | A+", "طباعة | أرسل لصديق", "مشاركة")


def _text_free_of(article_paragraphs: tuple[str, ...], *lines: str) -> None:
    for line in lines:
        assert line not in article_paragraphs


# -- #4. Debris lines between the headline and the agency line -----------------------------------------------------


def test_tight_debris_lines_keep_headline_and_agency() -> None:
    text = "\n".join((HEADLINE, "A+ A-", "طباعة", AGENCY, LEAD, SECOND))
    article = only_article(text)
    assert article.title == HEADLINE
    assert article.attribution == "بترا"
    assert HEADLINE not in article.paragraphs
    assert article.paragraphs == (AGENCY, LEAD, SECOND)
    quick_agrees(text)


def test_three_tight_debris_lines_under_headline() -> None:
    text = "\n".join((HEADLINE, "حجم الخط", "A- A+", "مشاركة", AGENCY, LEAD))
    article = only_article(text)
    assert article.title == HEADLINE
    assert article.attribution == "بترا"
    assert article.paragraphs == (AGENCY, LEAD)


def test_each_control_line_under_headline_is_dropped() -> None:
    for control in CONTROLS:
        article = only_article(blocks(HEADLINE, control, AGENCY, LEAD))
        assert article.title == HEADLINE, control
        assert article.paragraphs == (AGENCY, LEAD), control
        assert article.source is None, control


def test_font_buttons_mid_story_are_dropped() -> None:
    article = only_article(blocks(HEADLINE, LEAD, "A+ A-", SECOND))
    assert article.paragraphs == (LEAD, SECOND)


# -- #3. A control row read as "source | section" ---------------------------------------------------------------------


def test_control_row_is_no_byline() -> None:
    text = blocks(HEADLINE, "تكبير الخط | تصغير الخط | طباعة", AGENCY, LEAD)
    article = only_article(text)
    assert article.source is None
    assert article.section is None
    assert article.attribution == "بترا"
    _text_free_of(article.paragraphs, "تكبير الخط | تصغير الخط | طباعة")
    quick_agrees(text)


def test_control_row_with_dashes_is_no_byline() -> None:
    article = only_article(blocks(HEADLINE, "طباعة - حجم الخط - أرسل لصديق", LEAD))
    assert article.source is None
    assert article.section is None
    assert article.paragraphs == (LEAD,)


# -- Near-misses: real text stays --------------------------------------------------------------------------------


def test_one_word_paragraph_in_the_text_stays() -> None:
    article = only_article(blocks(HEADLINE, LEAD, "مشاركة", SECOND))
    assert article.paragraphs == (LEAD, "مشاركة", SECOND)
    article = only_article(blocks(HEADLINE, LEAD, "طباعة", SECOND))
    assert "طباعة" in article.paragraphs


def test_list_under_a_colon_stays() -> None:
    lines = ("وتشمل خدمات المركز الجديد ما يلي:", "طباعة", "تصوير", "تجليد")
    assert control_lines_dropped("\n".join(lines)) == "\n".join(lines)


def test_one_word_headline_stays() -> None:
    text = "\n".join(("طباعة", "", LEAD))
    assert control_lines_dropped(text) is text


def test_sentence_naming_print_stays() -> None:
    for line in ("طباعة الكتب المدرسية", "حجم الخط العربي في المخطوطات", "A+ للطالبات المتفوقات", "A"):
        text = blocks(HEADLINE, line, LEAD)
        assert control_lines_dropped(text) is text, line


def test_text_without_marks_is_returned_as_is() -> None:
    text = blocks(HEADLINE, AGENCY, LEAD, SECOND)
    assert control_lines_dropped(text) is text


def test_lone_grade_in_a_table_stays() -> None:
    text = blocks(HEADLINE, LEAD, "وجاءت تقديرات الطلاب على النحو الآتي", "A+", "B", SECOND)
    assert control_lines_dropped(text) is text
    dropped = control_lines_dropped(blocks(HEADLINE, "A+", AGENCY, LEAD))
    assert "A+" not in dropped
