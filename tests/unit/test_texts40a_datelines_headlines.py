"""The plain-text parser on audit texts40 (#1, #6): a wire dateline whose bracket names an agency newstui did not
know, or no agency at all ("(خاص)"), still dates the story; a headline longer than 30 words or 200 characters is
still the headline.

Every article here is written for these tests; each test failed on the parser before the change it covers (the
guards marked as such pass on both).
"""

from __future__ import annotations

from typing import Final

import pytest

from helpers.heads import blocks as _blocks
from helpers.heads import only_article as _one
from newstui.parse.plaintext_dates import dateline_agency, dateline_kind, is_agency, lead_agency, lead_dateline

HEADLINE: Final = "افتتاح خط سكة حديد جديد يربط الميناء بالمنطقة الصناعية"
LEAD: Final = "افتتح وزير النقل صباح اليوم خطا جديدا للسكك الحديدية بطول ستين كيلومترا."
SECOND: Final = "وقال الوزير إن القطار الأول سينطلق مطلع الشهر المقبل."


# -- #1. A wire dateline's bracket: an agency not listed before, or no agency ----------------------------------------

NEW_AGENCIES: Final = ["إرنا", "وطنية", "يونا", "سبوتنيك", "مهر", "IRNA", "NNA", "تسنيم"]


@pytest.mark.parametrize("name", NEW_AGENCIES)
def test_new_agencies_are_agencies(name: str) -> None:
    assert is_agency(name)


@pytest.mark.parametrize("name", NEW_AGENCIES)
def test_lead_dateline_with_new_agency_dates_and_credits(name: str) -> None:
    lead = f"بيروت - 14 أكتوبر 2026 ({name}) - {LEAD}"
    article = _one(_blocks(HEADLINE, lead, SECOND))
    assert article.title == HEADLINE
    assert article.published == "2026-10-14"
    assert article.attribution == name
    assert article.paragraphs[0] == lead


@pytest.mark.parametrize("name", NEW_AGENCIES)
def test_dateline_line_with_new_agency_is_no_byline(name: str) -> None:
    line = f"طهران - 14 أكتوبر 2026 ({name})"
    article = _one(_blocks(HEADLINE, line, LEAD, SECOND))
    assert article.title == HEADLINE
    assert article.source is None and article.section is None
    assert article.published == "2026-10-14"
    assert article.attribution == name
    assert list(article.paragraphs[:2]) == [line, LEAD]


def test_persian_digits_with_new_agency() -> None:
    lead = f"طهران - ۱۴ أكتوبر ۲۰۲۶ (إرنا) - {LEAD}"
    article = _one(_blocks(HEADLINE, lead, SECOND))
    assert article.published == "2026-10-14"
    assert article.attribution == "إرنا"


@pytest.mark.parametrize("bracket", ["خاص", "آكي", "ANSAmed", "خاص بالموقع", "مراسلنا في الجنوب"])
def test_unknown_bracket_after_year_dates_but_credits_no_one(bracket: str) -> None:
    line = f"صيدا - 14 أكتوبر 2026 ({bracket})"
    assert dateline_kind(line) == "sure"
    assert dateline_agency(line) is None
    article = _one(_blocks(HEADLINE, line, LEAD, SECOND))
    assert article.published == "2026-10-14"
    assert article.attribution is None
    assert article.source is None and article.section is None
    assert list(article.paragraphs[:2]) == [line, LEAD]


def test_unknown_bracket_in_lead_dates_but_credits_no_one() -> None:
    lead = f"صيدا - 14 أكتوبر 2026 (خاص) - {LEAD}"
    assert lead_dateline(lead) == "صيدا - 14 أكتوبر 2026 (خاص)"
    assert lead_agency(lead) is None
    article = _one(_blocks(HEADLINE, lead, SECOND))
    assert article.published == "2026-10-14"
    assert article.attribution is None
    assert article.paragraphs[0] == lead


@pytest.mark.parametrize(
    "line",
    [
        "الرياض 3 جمادى الأولى 1448 هـ (خاص)",
        "صيدا 14/10/2026 (خاص)",
        "صيدا - 14 أكتوبر 2026م (خاص)",
        "الأربعاء 14 أكتوبر 2026 (خاص)",
    ],
)
def test_unknown_bracket_after_other_year_forms(line: str) -> None:
    assert dateline_kind(line) is not None
    assert dateline_agency(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "صيدا - 14 أكتوبر (خاص)",  # no year: no whole date (guard)
        "صيدا - 14 أكتوبر 2026 (خاص) بالصور",  # words after the bracket
        "صيدا - 14 أكتوبر 2026 (تقرير من أربع كلمات)",  # four words
        "صيدا - 14 أكتوبر 2026 (الحلقة 3)",  # a digit in it
        "معرض الكتاب يفتح أبوابه 2026 (صور)",  # a headline's words before the year (guard)
    ],
)
def test_bracket_that_is_no_dateline_close(line: str) -> None:
    assert dateline_kind(line) is None


def test_known_agency_unchanged() -> None:
    """Guard: a listed agency in brackets reads as before."""
    lead = f"صيدا - 14 أكتوبر 2026 (أ ف ب) - {LEAD}"
    article = _one(_blocks(HEADLINE, lead, SECOND))
    assert article.published == "2026-10-14"
    assert article.attribution == "أ ف ب"


# -- #6. A headline longer than 30 words / 200 characters ------------------------------------------------------------

LONG_HEADLINE: Final = (
    "الحكومة تقر خطة وطنية شاملة لتطوير شبكات النقل العام في المدن الكبرى وتخصص موارد إضافية لتحديث الحافلات"
    " والقطارات وتوسيع المحطات وتحسين خدماتها للركاب في الأحياء البعيدة عن المراكز التجارية خلال السنوات الخمس"
    " المقبلة"
)
WIRE_LEAD: Final = "عمّان - وكالات - أقرت الحكومة في جلستها الأسبوعية خطة لتطوير النقل العام في المدن."


def test_long_headline_fixture_is_long() -> None:
    assert len(LONG_HEADLINE.split()) > 30
    assert len(LONG_HEADLINE) > 200


def test_long_headline_is_the_headline() -> None:
    article = _one(_blocks(LONG_HEADLINE, WIRE_LEAD, SECOND))
    assert article.title == LONG_HEADLINE
    assert article.paragraphs[0] == WIRE_LEAD
    assert article.attribution == "وكالات"


def test_long_headline_over_plain_lead() -> None:
    article = _one(_blocks(LONG_HEADLINE, LEAD, SECOND))
    assert article.title == LONG_HEADLINE
    assert list(article.paragraphs) == [LEAD, SECOND]


LONG_LEAD: Final = (
    "أقرت الحكومة في جلستها الأسبوعية، التي عقدت أمس برئاسة رئيس الوزراء، خطة وطنية شاملة لتطوير شبكات النقل العام"
    " في المدن الكبرى وتخصيص موارد إضافية لتحديث الحافلات والقطارات وتوسيع المحطات وتحسين خدماتها للركاب في الأحياء"
    " البعيدة"
)


def test_long_lead_with_commas_stays_the_lead() -> None:
    """Guard: a headline-less file's long first paragraph (no final full stop, but its commas) is the lead, the title
    its first sentence cut (README: with no headline in the file, the title is the lead's first sentence)."""
    article = _one(_blocks(LONG_LEAD, SECOND))
    assert article.paragraphs[0] == LONG_LEAD
    assert article.title.endswith("…")
    assert len(article.title) <= 120


def test_long_dated_lead_stays_the_lead() -> None:
    """Guard: a long first paragraph opening on its wire dateline's dash is the lead."""
    lead = "عمّان - " + LONG_HEADLINE
    article = _one(_blocks(lead, SECOND))
    assert article.paragraphs[0] == lead
    assert article.title.endswith("…")


def test_lone_long_block_stays_the_lead() -> None:
    """Guard: a file of one long run of words is its lead."""
    article = _one(LONG_HEADLINE + "\n")
    assert list(article.paragraphs) == [LONG_HEADLINE]
    assert article.title.endswith("…")


def test_too_long_headline_is_not_one() -> None:
    """Guard: past 45 words a run of words is a paragraph."""
    longer = LONG_HEADLINE + " " + " ".join(["في إطار برنامج التحديث"] * 4)
    assert len(longer.split()) > 45
    article = _one(_blocks(longer, LEAD, SECOND))
    assert article.paragraphs[0] == longer
