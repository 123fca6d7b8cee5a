"""The plain-text head on texts15's findings #1, #2 and #5: a site's name under a dateline on the first line, page
stamps (a view counter, a comment count, a reading time) and a place-and-agency line with a photo's caption between
the headline and the text, and a place and its agency on the first line of a file without a headline.

Every article here is written for these tests; each test failed on the parser before the change it covers
(the guards marked as such pass on both, and keep the change from reaching further than it should). The title-only
listing's reader (``quick_head``) must agree with the full parse on every one of them.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_head import quick_head
from newstui.parse.plaintext_lines import furniture_kind, headline_like, is_stamp, lead_title, place_agency

HEADLINE: Final = "افتتاح مكتبة عامة جديدة في وسط المدينة القديمة"
LEAD_WAM: Final = (
    "العين – وام – افتتحت هيئة الثقافة اليوم مكتبة عامة جديدة في وسط المدينة القديمة تضم أكثر من أربعين ألف كتاب،"
    " وقاعات للمطالعة والبحث."
)
LEAD_MAP: Final = (
    "طنجة (ومع) - افتتحت وزارة الثقافة اليوم مكتبة عامة جديدة في وسط المدينة القديمة تضم أكثر من أربعين ألف كتاب،"
    " وقاعات للمطالعة والبحث."
)
LEAD: Final = (
    "افتتحت هيئة الثقافة اليوم مكتبة عامة جديدة في وسط المدينة القديمة تضم أكثر من أربعين ألف كتاب، وقاعات للمطالعة"
    " والبحث."
)
LEAD_TITLE: Final = lead_title(LEAD)
SECOND: Final = "وأوضحت الهيئة أن المكتبة تفتح أبوابها يوميا من التاسعة صباحا حتى العاشرة مساء."


def _one(*blocks: str) -> Article:
    text = "\n\n".join(blocks) + "\n"
    articles = parse_plaintext(text, origin="x")
    assert len(articles) == 1, [article.title for article in articles]
    article = articles[0]
    quick = quick_head(text)
    assert quick is None or tuple(quick) == (article.title, article.source, article.section)
    return article


# -- #1. A dateline on the first line, then a site's name, then the headline ------------------------------------


@pytest.mark.parametrize(
    ("dateline", "site", "published"),
    [
        ("2026/03/04 - 09:15 م", "العين 24", "2026-03-04T21:15:00"),
        ("الأربعاء 4 مارس 2026 - 09:15 م", "العين 24", "2026-03-04T21:15:00"),
        ("2026/03/04 - 09:15 م", "زاجل", "2026-03-04T21:15:00"),
        ("2026/03/04 - 09:15 م", "بوابة الواحة", "2026-03-04T21:15:00"),
    ],
)
def test_site_name_under_a_top_dateline_is_the_source(dateline: str, site: str, published: str) -> None:
    article = _one(dateline, site, HEADLINE, LEAD_WAM, SECOND)
    assert (article.title, article.source, article.section) == (HEADLINE, site, None)
    assert article.published == published
    assert article.attribution == "وام"
    assert list(article.paragraphs) == [dateline, LEAD_WAM, SECOND]  # the dateline stays; no site's name, no headline


def test_two_datelines_over_the_site_name() -> None:
    article = _one("الأربعاء 4 مارس 2026", "آخر تحديث: 10:30", "العين 24", HEADLINE, LEAD_WAM, SECOND)
    assert (article.title, article.source) == (HEADLINE, "العين 24")
    assert list(article.paragraphs[:3]) == ["الأربعاء 4 مارس 2026", "آخر تحديث: 10:30", LEAD_WAM]


def test_short_headline_under_a_top_dateline_is_no_site_guard() -> None:
    """Guard: a two-word headline over a longer subtitle, under a dateline, stays the title (no site's name: a verb,
    no article on each word, no furniture under it)."""
    article = _one("الأربعاء 4 مارس 2026", "الذهب يرتفع", "الذهب يقفز إلى مستوى قياسي جديد في الأسواق العالمية", LEAD)
    assert article.source is None
    assert article.title == "الذهب يرتفع"


def test_kicker_under_a_top_dateline_is_no_site_guard() -> None:
    """Guard: "عاجل" under the dateline is the headline's kicker (its section), never a site's name."""
    article = _one("الأربعاء 4 مارس 2026", "عاجل", HEADLINE, LEAD, SECOND)
    assert (article.title, article.source, article.section) == (HEADLINE, None, "عاجل")


# -- #2. Two furniture lines between the headline and the text ---------------------------------------------------

DATELINE: Final = "الأربعاء 4 مارس 2026 - 11:40"


@pytest.mark.parametrize(
    "stamps",
    [
        ("عدد المشاهدات: 8,215", "5 تعليقات"),
        ("عدد المشاهدات: 8,215",),
        ("5 تعليقات",),
        ("8,215 مشاهدة", "مدة القراءة: 4 دقائق"),
        ("قراءة 4 دقائق", "التعليقات (5)"),
        ("١٢ تعليقا", "عدد القراءات: ٨٢١٥"),
    ],
)
def test_stamps_under_a_site_name_and_headline(stamps: tuple[str, ...]) -> None:
    article = _one("زاجل", HEADLINE, DATELINE, *stamps, LEAD_MAP, SECOND)
    assert (article.title, article.source, article.section) == (HEADLINE, "زاجل", None)
    assert article.published == "2026-03-04T11:40:00"
    assert article.attribution == "ومع"
    assert article.paragraphs[0] == DATELINE and LEAD_MAP in article.paragraphs
    assert HEADLINE not in article.paragraphs and "زاجل" not in article.paragraphs


def test_stamps_under_a_byline_and_headline() -> None:
    article = _one("صحيفة الواحة – ثقافة", HEADLINE, DATELINE, "عدد المشاهدات: 8,215", "5 تعليقات", LEAD_MAP, SECOND)
    assert (article.title, article.source, article.section) == (HEADLINE, "صحيفة الواحة", "ثقافة")
    assert article.published == "2026-03-04T11:40:00"
    assert article.attribution == "ومع"
    assert article.paragraphs[0] == DATELINE
    assert HEADLINE not in article.paragraphs


@pytest.mark.parametrize(
    ("furniture", "attribution"),
    [
        (("الرباط - ومع", "جانب من حفل الافتتاح (أرشيف)"), "ومع"),
        # (the caption first: the head is read the same; the credit under the caption is the story
        # reader's to take, ``plaintext_drafts``)
        (("جانب من حفل الافتتاح (أرشيف)", "الرباط - ومع"), None),
    ],
)
def test_place_agency_line_and_caption_under_a_headline(furniture: tuple[str, str], attribution: str | None) -> None:
    article = _one("صحيفة الواحة – ثقافة", HEADLINE, *furniture, LEAD, SECOND)
    assert (article.title, article.source, article.section) == (HEADLINE, "صحيفة الواحة", "ثقافة")
    assert list(article.paragraphs) == [*furniture, LEAD, SECOND]
    if attribution is not None:
        assert article.attribution == attribution


@pytest.mark.parametrize(
    "line",
    ["عدد المشاهدات: 12,450", "3 تعليقات", "12,450 مشاهدة", "قراءة: 2 دقيقة", "Views: 1,204", "5 min read"],
)
def test_stamps_are_furniture(line: str) -> None:
    assert is_stamp(line)
    assert furniture_kind(line) == "date"
    assert not headline_like(line)


@pytest.mark.parametrize(
    "line",
    [
        "12 قراءة في كتاب جديد",
        "3 تعليقات على قرار الوزير",
        "قراءة في المشهد السياسي",
        "عدد القتلى: 12",
        "المشاهدات تتضاعف 3 مرات",
        "وبلغ عدد المشاهدات 12 ألفا في يوم واحد.",
    ],
)
def test_text_with_a_count_is_no_stamp_guard(line: str) -> None:
    """Guard: a number beside the words in a headline or a sentence is no stamp."""
    assert not is_stamp(line)


def test_comment_count_inside_the_text_stays_guard() -> None:
    """Guard: a stamp-shaped line among the paragraphs stays where it is."""
    article = _one("صحيفة الواحة – ثقافة", HEADLINE, LEAD, "3 تعليقات", SECOND)
    assert article.title == HEADLINE
    assert list(article.paragraphs) == [LEAD, "3 تعليقات", SECOND]


def test_headline_over_two_short_lines_of_text_guard() -> None:
    """Guard: under a headline-like first line, two short lines that are no furniture leave the head alone (the
    first line is no headline over furniture: the file is read as before)."""
    first = "نتائج المرحلة الأولى"
    article = _one(first, "الفريق الأول فاز", "الفريق الثاني خسر", LEAD, SECOND)
    assert article.paragraphs[0] == first


# -- #5. A place and its agency on the first line of a file without a headline ----------------------------------


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("عدن - سبأ", "سبأ"),
        ("الإسكندرية - أ ش أ", "أ ش أ"),
        ("الدوحة - قنا", "قنا"),
        ("عمّان - بترا", "بترا"),
        ("Amman - Petra", "Petra"),
        ("حلب-سانا", "سانا"),
        ("البصرة/ واع/", "واع"),
    ],
)
def test_place_and_agency_over_a_text_without_headline(line: str, agency: str) -> None:
    article = _one(line, LEAD, SECOND)
    assert (article.source, article.section) == (None, None)
    assert article.attribution == agency
    assert article.title == LEAD_TITLE
    assert list(article.paragraphs) == [line, LEAD, SECOND]


def test_place_and_agency_over_a_headline() -> None:
    article = _one("الكويت - كونا", HEADLINE, LEAD, SECOND)
    assert (article.title, article.source, article.section) == (HEADLINE, None, None)
    assert article.attribution == "كونا"
    assert list(article.paragraphs) == ["الكويت - كونا", LEAD, SECOND]


def test_place_and_agency_under_a_top_dateline() -> None:
    article = _one("الأربعاء 4 مارس 2026", "عدن - سبأ", LEAD, SECOND)
    assert (article.source, article.section, article.attribution) == (None, None, "سبأ")
    assert article.published == "2026-03-04"
    assert list(article.paragraphs) == ["الأربعاء 4 مارس 2026", "عدن - سبأ", LEAD, SECOND]


@pytest.mark.parametrize(
    ("byline", "source", "section"),
    [
        ("سانا - سياسة", "سانا", "سياسة"),
        ("صحيفة الواحة – ثقافة", "صحيفة الواحة", "ثقافة"),
        ("وكالة سبأ - أخبار محلية", "وكالة سبأ", "أخبار محلية"),
        ("صحيفة عدن - سبأ", "صحيفة عدن", "سبأ"),
    ],
)
def test_a_source_and_section_byline_stays_guard(byline: str, source: str, section: str) -> None:
    """Guard: an agency's own byline with its section, and a site's name before an agency's, stay bylines."""
    article = _one(byline, HEADLINE, LEAD, SECOND)
    assert (article.title, article.source, article.section) == (HEADLINE, source, section)
    assert byline not in article.paragraphs


def test_headline_of_a_place_and_words_stays_guard() -> None:
    """Guard: a headline that opens with a city and a dash names no agency: it stays the headline."""
    headline = "غزة - ليلة من القصف العنيف"
    article = _one("صحيفة الواحة – أخبار", headline, LEAD, SECOND)
    assert article.title == headline
    assert headline_like(headline) and place_agency(headline) is None


def test_lead_opening_with_place_and_agency_stays_guard() -> None:
    """Guard: a lead that opens on a city, its agency and a dash keeps its words; the agency credits it."""
    lead = "بيروت - الوكالة الوطنية - " + LEAD
    article = _one(lead, SECOND)
    assert list(article.paragraphs) == [lead, SECOND]
    assert (article.source, article.section) == (None, None)
