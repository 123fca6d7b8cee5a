"""Regressions of texts41a/texts41b found by audit regress41t (#1-#5): a short headline or a writer's name under a
menu run, a place and a topic after a slash, a common word as a column's name, a platform list a sentence leads
into at the end of a text, and a city and its paper on top with no headline.

Every article here is written for these tests; each regression test failed on main before this change (the
guards of the original rules pass on both).
"""

from __future__ import annotations

from typing import Final

import pytest

from helpers.heads import blocks, only_article, quick_agrees
from newstui.parse.bylines import slash_correspondent

HEADLINE: Final = "افتتاح مستشفى جديد للأطفال في شمال المدينة"
LEAD: Final = "افتتحت وزارة الصحة صباح اليوم مستشفى جديدا للأطفال بسعة مئة وعشرين سريرا."
SECOND: Final = "وقال مدير المستشفى إن الأقسام ستعمل بكامل طاقتها مطلع الشهر المقبل."


# -- #1. The menu run ends at its last known item --------------------------------------------------------------------


@pytest.mark.parametrize(
    "menu",
    [
        ("تخطي إلى المحتوى", "الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة"),
        ("الرئيسية", "أخبار", "اقتصاد"),
    ],
)
def test_short_headline_under_a_menu_stays_the_title(menu: tuple[str, ...]) -> None:
    text = "\n".join(menu) + "\nمستشفى جديد\n\n" + blocks(LEAD, SECOND)
    article = only_article(text)
    assert article.title == "مستشفى جديد"
    assert list(article.paragraphs) == [LEAD, SECOND]
    quick_agrees(text)


def test_headline_and_name_under_menu_words_are_kept() -> None:
    article = only_article("مقالات\nرأي\nصور من الذاكرة\nسلمى الخطيب\n\n" + blocks(LEAD, SECOND))
    flat = [article.title, *article.paragraphs]
    assert "صور من الذاكرة" in flat
    assert "سلمى الخطيب" in flat or article.author == "سلمى الخطيب"


def test_line_opening_on_a_menu_word_is_no_item() -> None:
    """A label, a column's name and a headline that open on menu words ("أخبار الوطن", "فن الممكن") stay."""
    article = only_article("رأي\nأخبار الوطن\nفن الممكن\nالسياسة بين الواقع والمأمول\n\n" + blocks(LEAD, SECOND))
    flat = [article.title, *article.paragraphs]
    assert "أخبار الوطن" in flat and "فن الممكن" in flat


# -- #2. A place and a topic after a slash are no correspondent -----------------------------------------------------


@pytest.mark.parametrize(
    "line", ["البصرة/ شح المياه", "كربلاء/ زيارة الأربعين", "الموصل/ سيول جارفة", "بغداد/ أزمة الكهرباء تتفاقم"]
)
def test_slash_and_topic_is_no_author(line: str) -> None:
    assert slash_correspondent(line) is None
    article = only_article(blocks("أزمة المياه في الجنوب", line, LEAD, SECOND))
    assert article.author is None
    assert line in [article.title, *article.paragraphs]


@pytest.mark.parametrize(
    ("line", "name"),
    [("بغداد/ تبارك المجيدي", "تبارك المجيدي"), ("بغداد/ رغد الساعدي", "رغد الساعدي")],
)
def test_slash_and_unknown_first_name_with_family_name_still_credits(line: str, name: str) -> None:
    assert slash_correspondent(line) == ("بغداد", name)


def test_slash_and_an_official_is_no_author() -> None:
    assert slash_correspondent("بغداد/ رئيس الوزراء العراقي") is None


# -- #3. A common word is no column's name without an opinion label --------------------------------------------------

STORY_HEADLINE: Final = "صلاح يقود فريقه إلى الفوز في الدوري"


@pytest.mark.parametrize(
    "head",
    [
        ("كلمة الرئيس", "محمود عباس", "الرئيس يلقي كلمة أمام الجمعية العامة"),
        ("كلمة السر", "محمد صلاح", STORY_HEADLINE),
        ("محمد صلاح", "نقطة تحول", STORY_HEADLINE),
    ],
)
def test_kicker_and_subject_are_no_column_and_writer(head: tuple[str, ...]) -> None:
    article = only_article("\n".join(head) + "\n\n" + blocks(LEAD, SECOND))
    assert article.author is None
    assert article.section not in {"كلمة الرئيس", "كلمة السر", "نقطة تحول"}


def test_column_word_under_an_opinion_label_still_names_the_column() -> None:
    article = only_article("رأي\nكلمة حق\nخالد المصري\n" + blocks(HEADLINE, LEAD, SECOND))
    assert (article.title, article.author) == (HEADLINE, "خالد المصري")


def test_column_whose_headline_repeats_the_name_is_no_column() -> None:
    article = only_article("زاوية حادة\nعلي الكناني\nالكناني يعود إلى الملاعب\n\n" + blocks(LEAD, SECOND))
    assert article.author is None


# -- #4. A platform list a sentence leads into ends the story ------------------------------------------------------


@pytest.mark.parametrize(
    ("lead_in", "platforms"),
    [
        ("وجاء ترتيب المنصات الأكثر استخداما على النحو الآتي", ("واتساب", "فيسبوك", "تويتر")),
        ("والتطبيقان الأكثر تحميلا هذا العام هما", ("تيك توك", "واتساب")),
    ],
)
def test_platform_list_after_an_open_sentence_stays(lead_in: str, platforms: tuple[str, ...]) -> None:
    article = only_article(blocks(HEADLINE, LEAD, lead_in + "\n" + "\n".join(platforms)))
    assert list(article.paragraphs) == [LEAD, lead_in, *platforms]


def test_platform_list_after_an_announcing_full_stop_stays() -> None:
    lead_in = "وجاءت المنصات على النحو الآتي."
    article = only_article(blocks(HEADLINE, LEAD, lead_in, "فيسبوك\nتويتر"))
    assert list(article.paragraphs) == [LEAD, lead_in, "فيسبوك", "تويتر"]


# -- #5. A city and its paper on top, no headline ------------------------------------------------------------------


def test_city_and_paper_on_top_without_headline_is_no_title() -> None:
    text = "بيروت – النهار\n\n" + blocks(LEAD, SECOND)
    article = only_article(text)
    assert article.source == "النهار"
    assert article.title != "بيروت – النهار"
    assert list(article.paragraphs) == [LEAD, SECOND]
    quick_agrees(text)
