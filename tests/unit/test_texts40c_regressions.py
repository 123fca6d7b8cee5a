"""The plain-text and page parsers on audit-regress40t (#1-#7): this round's new byline and dateline rules read no
section word as an agency or a place, no caption or headline as a correspondent, no office as a person, no
surname shaped like a verb as a verb, no decree as an author.

Every article here is written for these tests; each test failed on the parser before the change it covers (the
guards marked as such pass on both).
"""

from __future__ import annotations

from typing import Final

import pytest

from helpers.heads import blocks as _blocks
from helpers.heads import only_article as _one
from newstui.parse.html import parse_html
from newstui.parse.plaintext_credits import credit_line

HEADLINE: Final = "افتتاح خط سكة حديد جديد يربط الميناء بالمنطقة الصناعية"
LEAD: Final = "افتتح وزير النقل صباح اليوم خطا جديدا للسكك الحديدية بطول ستين كيلومترا."
SECOND: Final = "وقال الوزير إن القطار الأول سينطلق مطلع الشهر المقبل."


# -- #1. "وطنية" is an agency in a dateline's bracket only, not a site's section ---------------------------------------


@pytest.mark.parametrize("dash", ["-", "–"])
@pytest.mark.parametrize("site", ["جوهرة أف أم", "نسمة أف أم"])
def test_site_and_national_section_over_wire_story(site: str, dash: str) -> None:
    lead = f"سوسة 12/04/2026 (وات) - {LEAD}"
    article = _one(_blocks(f"{site} {dash} وطنية", HEADLINE, lead, SECOND))
    assert article.title == HEADLINE
    assert article.source == site
    assert article.section == "وطنية"
    assert article.attribution == "وات"
    assert article.published == "2026-04-12"
    assert article.paragraphs[0] == lead


def test_place_dash_national_is_no_credit() -> None:
    article = _one(_blocks(HEADLINE, "صفاقس - وطنية", LEAD, SECOND))
    assert article.attribution is None


@pytest.mark.parametrize("line", ["صيدا - 14 أكتوبر 2026 (وطنية)", "صيدا (وطنية) - 14 أكتوبر 2026"])
def test_national_agency_in_bracket_still_credits(line: str) -> None:  # guard: texts40a's fix holds
    article = _one(_blocks(HEADLINE, line, LEAD, SECOND))
    assert article.attribution == "وطنية"
    assert article.published == "2026-10-14"


# -- #2, #3. A name and a word in brackets: a correspondent only with a city one knows, never the headline ----------

CAPTION_HEADLINE: Final = "وزير الخارجية يستقبل نظيره الأردني في العاصمة"
CAPTION_LEAD: Final = "استقبل وزير الخارجية نظيره الأردني صباح اليوم وبحث معه العلاقات بين البلدين."


@pytest.mark.parametrize(
    "caption", ["سامي الخطيب (متحدثا)", "سامي الخطيب (متحدثاً)", "يوسف حداد (الصورة)", "يوسف حداد (تعبيرية)"]
)
def test_caption_under_headline_is_no_correspondent(caption: str) -> None:
    article = _one(_blocks(CAPTION_HEADLINE, caption, CAPTION_LEAD, SECOND))
    assert article.title == CAPTION_HEADLINE
    assert article.author is None
    assert article.paragraphs[0] == caption


@pytest.mark.parametrize("line", ["هند الخطيب (تونس)", "سامي الخطيب (بيروت)"])
def test_name_and_city_first_over_the_lead_is_the_headline(line: str) -> None:
    lead = "فازت الممثلة بجائزة أفضل ممثلة في مهرجان السينما العربية الذي اختتم مساء أمس."
    article = _one(_blocks(line, lead, SECOND))
    assert article.title == line
    assert article.author is None
    assert article.paragraphs == (lead, SECOND)


@pytest.mark.parametrize("line", ["فهد الغامدي (جدة)", "نورة القحطاني (أبها)"])
def test_name_and_city_first_over_a_headline_is_the_byline(line: str) -> None:  # guard: a byline block
    article = _one(_blocks(line, HEADLINE, LEAD, SECOND))
    assert (article.title, article.author) == (HEADLINE, line.split(" (")[0])


# -- #4. "أمينة" heading an office is no one's name -------------------------------------------------------------------


@pytest.mark.parametrize(
    "office", ["أمينة صندوق النادي", "أمينة عامة للحزب", "أمينة عامة مساعدة", "أمينة متحف المدينة", "أمينة مكتبة"]
)
def test_office_after_place_is_no_author(office: str) -> None:
    line = f"صفاقس - {office}"
    assert credit_line(line) is None
    article = _one(_blocks(HEADLINE, line, LEAD, SECOND))
    assert article.author is None


def test_amina_as_a_name_after_place_is_an_author() -> None:  # guard
    article = _one(_blocks(HEADLINE, "صفاقس - أمينة الطرابلسي", LEAD, SECOND))
    assert article.author == "أمينة الطرابلسي"


# -- #5. A family name shaped like a verb, third after a given name and a father's --------------------------------


@pytest.mark.parametrize("name", ["سامر سعيد يازجي", "هاني نبيل يموت", "سامي خليل يتيم"])
def test_third_word_surname_shaped_like_a_verb(name: str) -> None:
    article = _one(_blocks(HEADLINE, f"حلب - {name}", LEAD, SECOND))
    assert article.author == name
    assert article.source is None and article.section is None


@pytest.mark.parametrize(
    "line",
    [
        "الرياض: فهد العتيبي يفوز",  # after a family name with its article (guard: texts40b's)
        "الرياض: فهد سعيد يفوز بالجائزة",  # more words after it: a sentence
        "الرياض: نورة تتوج",  # second (guard)
    ],
)
def test_verb_after_a_name_still_a_headline(line: str) -> None:
    assert credit_line(line) is None


# -- #6. "Par" before a legal act or its number is no byline ----------------------------------------------------------


def _page(under: str) -> str:
    return (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Transport</title></head><body><article>'
        f"<h1>La ville inaugure une nouvelle ligne de tramway</h1><p>{under}</p>"
        "<p>La ligne relie la gare centrale au nouveau quartier universitaire en vingt minutes.</p>"
        "<p>Les travaux ont duré trois ans et coûté deux milliards de dirhams.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    "under",
    [
        "Par Arrêté n° 3-26-410 — publié au BO le 02/12/2026",
        "Par Dahir chérifien — publié au BO le 02/12/2026",
        "Par القرار رقم 3.26.410 - الصادر في 02/12/2026",
        "Par Texte N° 3-26-410 — publié le 02/12/2026",
    ],
)
def test_par_before_a_legal_act_is_no_author(under: str) -> None:
    articles = parse_html(_page(under), origin="page.html")
    assert articles[0].author is None
    assert under in articles[0].paragraphs


@pytest.mark.parametrize(
    ("under", "author"),
    [
        ("Par Samira Bennani — Publié le 02/12/2026 à 09h15", "Samira Bennani"),
        ("Par سميرة بناني — Publié le 02/12/2026 à 09h15", "سميرة بناني"),
    ],
)
def test_par_before_a_name_is_the_author(under: str, author: str) -> None:  # guard: texts40b's fix holds
    assert parse_html(_page(under), origin="page.html")[0].author == author


# -- #7. A section's name or a label before the marker is no place ---------------------------------------------------


@pytest.mark.parametrize("word", ["اقتصاد", "الرياضة", "محليات", "عاجل", "خاص"])
def test_section_before_marker_is_no_place(word: str) -> None:
    line = f"{word} - كتب: سامي الخطيب"
    assert credit_line(line) == ("سامي الخطيب", None, None)
    article = _one(_blocks(HEADLINE, line, LEAD, SECOND))
    assert article.author == "سامي الخطيب"
    assert article.paragraphs == (LEAD, SECOND)


def test_place_before_marker_still_kept() -> None:  # guard: texts40b's fix holds
    assert credit_line("طنطا - كتب: سامي الخطيب") == ("سامي الخطيب", "طنطا", None)
