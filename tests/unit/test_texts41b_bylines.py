"""Correspondents' lines of the texts41 audit: a city and a paper under the headline ("عمّان – الرأي", #5), a city, a
slash and a name ("بغداد/ فلان", #6), an interviewer's line with the interview's place ("حاوره في بغداد: فلان", #7).

Texts written for these tests (their words are our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.bylines import author_field_name, byline_name
from newstui.parse.plaintext import parse_plaintext

_HEADLINE: Final = "مجلس الوزراء يقر خطة جديدة لدعم المزارعين في الشمال"
_LEAD: Final = "أقر مجلس الوزراء في جلسته الأسبوعية خطة لدعم المزارعين بقروض ميسرة وبذور محسنة لموسمين متتاليين."
_MORE: Final = "وقال وزير الزراعة إن الخطة تشمل أكثر من عشرة آلاف مزارع."


def _parse(*head: str) -> Article:
    (article,) = parse_plaintext("\n".join(head) + f"\n\n{_LEAD}\n\n{_MORE}", origin="story.txt")
    return article


# -- #5: city – paper ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "paper"),
    [("عمّان – الرأي", "الرأي"), ("عمّان - الغد", "الغد"), ("إدلب – عنب بلدي", "عنب بلدي"), ("بيروت – النهار", "النهار")],
)
def test_city_and_paper_under_headline(line: str, paper: str) -> None:
    article = _parse(_HEADLINE, line)
    assert article.title == _HEADLINE
    assert article.source == paper
    assert article.section is None
    assert article.paragraphs[0] == line  # kept as written, as "دبي - العربية.نت" is


def test_city_and_paper_over_a_dateline_dates_the_story() -> None:
    article = _parse(_HEADLINE, "عمّان – الرأي", "2026/11/30 | 10:15")
    assert article.source == "الرأي"
    assert article.published is not None and article.published.startswith("2026-11-30")


def test_city_and_paper_over_headline() -> None:
    article = _parse("عمّان – الرأي", _HEADLINE)
    assert (article.title, article.source, article.section) == (_HEADLINE, "الرأي", None)


@pytest.mark.parametrize(
    ("line", "source", "section"),
    [
        ("غزة - استشهاد طفلين", "غزة", "استشهاد طفلين"),  # a headline's words after the city: no paper
        ("عمّان - الأخبار", "عمّان", "الأخبار"),  # "الأخبار" is a section's name too: as before
    ],
)
def test_city_and_no_paper_under_headline_unchanged(line: str, source: str, section: str) -> None:
    article = _parse(_HEADLINE, line)
    assert (article.source, article.section) == (source, section)


def test_paper_and_its_opinion_section_unchanged() -> None:
    """ "الغد – الرأي": the paper and its opinion section, no city and paper."""
    article = _parse("الغد – الرأي", _HEADLINE)
    assert (article.source, article.section) == ("الغد", "الرأي")


# -- #6: city/ name ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "place", "name"),
    [
        ("بغداد/ سامر العبيدي", "بغداد", "سامر العبيدي"),
        ("البصرة / علي الكناني", "البصرة", "علي الكناني"),
        ("بغداد/ رغد الساعدي", "بغداد", "رغد الساعدي"),  # a first name newstui does not know, after a known city
    ],
)
def test_slash_correspondent_under_headline(line: str, place: str, name: str) -> None:
    article = _parse(_HEADLINE, line)
    assert article.author == name
    assert article.paragraphs[0] == place
    assert article.paragraphs[1] == _LEAD


def test_slash_correspondent_over_a_dateline_keeps_the_date() -> None:
    article = _parse(_HEADLINE, "بغداد/ سامر العبيدي", "2026/11/30 | 10:15")
    assert article.author == "سامر العبيدي"
    assert article.published is not None and article.published.startswith("2026-11-30")


@pytest.mark.parametrize("line", ["بغداد/ 3 كانون الأول", "البصرة/ المدى", "بغداد/ وزارة الخارجية"])
def test_slash_lines_that_name_no_one(line: str) -> None:
    article = _parse(_HEADLINE, line)
    assert article.author is None
    assert article.paragraphs[0] == line


def test_slash_correspondent_in_an_author_field() -> None:
    assert author_field_name("بغداد/ سامر العبيدي") == "سامر العبيدي"
    assert author_field_name("بغداد/ وزارة الخارجية") == "بغداد/ وزارة الخارجية"


# -- #7: interviewer and place ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("حاوره في بغداد: سامر العبيدي", "سامر العبيدي"),
        ("حاورته في رام الله: هبة الخطيب", "هبة الخطيب"),
        ("حاورها في الخرطوم - علي الكناني", "علي الكناني"),
    ],
)
def test_interviewer_with_place(line: str, name: str) -> None:
    assert byline_name(line) == name
    article = _parse(_HEADLINE, line)
    assert article.author == name
    assert article.paragraphs[0] == _LEAD


def test_interviewer_with_place_in_an_author_field() -> None:
    assert author_field_name("حاوره في بغداد: سامر العبيدي") == "سامر العبيدي"


@pytest.mark.parametrize(
    "line",
    [
        "حاوره في بغداد وزير الخارجية لساعتين",  # no separator: a sentence
        "حاوره في بغداد",  # no name
    ],
)
def test_interviewer_sentences_unchanged(line: str) -> None:
    assert byline_name(line) is None


@pytest.mark.parametrize(
    "line", ["بغداد/ 3 كانون الأول", "البصرة/ المدى", "بغداد/ وزارة الخارجية", "غزة - فلان الفلاني"]
)
def test_slash_correspondent_reads_no_other_line(line: str) -> None:
    from newstui.parse.bylines import slash_correspondent  # (new: imported here so the other tests run on old code)

    assert slash_correspondent(line) is None
