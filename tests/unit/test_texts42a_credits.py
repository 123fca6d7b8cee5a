"""Credit lines of the texts42 audit: a wire's correspondent line with slashes closed by the agency, spaced or tight
("أنقرة / فلان / الأناضول", #1, #2), a French byline and stamp on one line ("Par … - Publié le … à 10h30", #5), and
the Gulf papers' own credit ("دبي: «الخليج»", "أبوظبي (الاتحاد)", #6).

Texts written for these tests (their words are our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_byline import breadcrumb

_HEADLINE: Final = "البرلمان يصادق على قانون جديد لتنظيم النقل العام في المدن الكبرى"
_LEAD: Final = "صادق البرلمان، مساء الخميس، على قانون ينظم النقل العام في المدن الكبرى بأغلبية 121 صوتا من أصل 150."
_MORE: Final = "وقال رئيس لجنة النقل إن القانون يدخل حيز التنفيذ مطلع العام المقبل."


def _parse(*head: str, blank: bool = True) -> Article:
    joint = "\n\n" if blank else "\n"
    (article,) = parse_plaintext(joint.join(head) + f"\n\n{_LEAD}\n\n{_MORE}", origin="story.txt")
    return article


# -- #1, #2: place / writer / agency ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name", "agency", "kept"),
    [
        ("أنقرة / خالد منصور العلي / الأناضول", "خالد منصور العلي", "الأناضول", "أنقرة / الأناضول"),  # spaced
        ("حلب / يوسف درويش / سانا", "يوسف درويش", "سانا", "حلب / سانا"),
        ("أنقرة/ خالد منصور العلي/ الأناضول", "خالد منصور العلي", "الأناضول", "أنقرة/ الأناضول"),  # tight
        ("إسطنبول/ سعيد الحمداني/ الأناضول", "سعيد الحمداني", "الأناضول", "إسطنبول/ الأناضول"),
        ("تونس/ سامي الجبالي/ الأناضول/", "سامي الجبالي", "الأناضول", "تونس/ الأناضول/"),  # a closing slash
    ],
)
@pytest.mark.parametrize("blank", [True, False])
def test_slash_writer_and_agency_under_headline(line: str, name: str, agency: str, kept: str, blank: bool) -> None:
    article = _parse(_HEADLINE, line, blank=blank)
    assert article.title == _HEADLINE
    assert article.author == name
    assert article.attribution == agency
    assert (article.source, article.section) == (None, None)
    assert list(article.paragraphs[:2]) == [kept, _LEAD]  # the place and agency stay, as "الدوحة/ الأناضول" does


def test_slash_writer_and_agency_is_no_breadcrumb() -> None:
    assert breadcrumb("أنقرة / خالد منصور العلي / الأناضول") is None
    assert breadcrumb("الرئيسية / أخبار / محليات") == ["أخبار", "محليات"]


def test_slash_writer_and_agency_over_a_dateline_keeps_the_line() -> None:
    article = _parse(_HEADLINE, "أنقرة/ خالد منصور العلي/ الأناضول", "2026/12/03 | 09:40", blank=False)
    assert article.author == "خالد منصور العلي"
    assert article.published is not None and article.published.startswith("2026-12-03")


def test_breadcrumb_with_slashes_unchanged() -> None:
    article = _parse("الرئيسية / أخبار / محليات", _HEADLINE)
    assert article.title == _HEADLINE
    assert article.section == "محليات"
    assert article.author is None
    assert article.paragraphs[0] == _LEAD


@pytest.mark.parametrize(
    "line",
    [
        "البصرة/ شح المياه",  # a place and a topic
        "البصرة/ شح المياه/ الأناضول",  # no person between the slashes
        "بغداد/ وزارة الخارجية/ واع",
    ],
)
def test_slash_lines_naming_no_writer(line: str) -> None:
    article = _parse(_HEADLINE, line)
    assert article.author is None
    assert line in article.paragraphs


# -- #5: Par … - Publié le … on one line --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Par Nadia Bouzid - Publié le 03/12/2026 à 10h30", "2026-12-03T10:30"),
        ("Par Nadia Bouzid | Publiée le 03/12/2026 à 9h05", "2026-12-03T09:05"),
        ("Par Nadia Bouzid – Publié le 03/12/2026", "2026-12-03"),
    ],
)
def test_french_byline_and_stamp_on_one_line(line: str, published: str) -> None:
    article = _parse(_HEADLINE, line)
    assert article.title == _HEADLINE
    assert article.author == "Nadia Bouzid"
    assert (article.source, article.section) == (None, None)
    assert article.published is not None and article.published.startswith(published)
    assert article.paragraphs[0] != line and _LEAD in article.paragraphs


def test_french_byline_with_an_update_stamp_gives_no_date() -> None:
    article = _parse(_HEADLINE, "Par Nadia Bouzid - Mis à jour le 03/12/2026 à 10h30")
    assert article.published is None


# -- #6: the Gulf papers' own credit -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "paper"),
    [
        ("دبي: «الخليج»", "الخليج"),
        ("أبوظبي: «الاتحاد»", "الاتحاد"),
        ("أبوظبي (الاتحاد)", "الاتحاد"),
        ("الشارقة - «الخليج»", "الخليج"),
        ("دبي: «البيان»", "البيان"),
    ],
)
def test_gulf_paper_credit_names_the_source(line: str, paper: str) -> None:
    article = _parse(_HEADLINE, line)
    assert article.title == _HEADLINE
    assert article.source == paper
    assert list(article.paragraphs[:2]) == [line, _LEAD]  # the line stays, as 'رام الله - "القدس" دوت كوم' does


@pytest.mark.parametrize("line", ["غزة: «لن نغادر»", "هند سعيد (تونس)", "القاهرة (الجمعة)"])
def test_quoted_or_bracketed_words_name_no_paper(line: str) -> None:
    article = _parse(_HEADLINE, line)
    assert article.source is None
