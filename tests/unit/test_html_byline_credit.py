"""An HTML page's byline paragraph under the headline and its closing credit line ("المصدر: …")."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html
from newstui.parse.html_meta import byline_line

_TITLE = "افتتاح سوق الخضار في وسط المدينة"
_LEAD = "فتحت البلدية صباح اليوم سوقاً مسقوفاً للخضار في وسط المدينة بعد أشهر من أعمال البناء والتجهيز."
_SECOND = "وقال رئيس البلدية إن السوق يضم مئة وعشرين محلاً وموقفاً للسيارات، ويفتح أبوابه يومياً من السابعة صباحاً."


def _page(*paragraphs: str, title: str = _TITLE, lang: str = "ar") -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    direction = "rtl" if lang == "ar" else "ltr"
    return (
        f'<html lang="{lang}" dir="{direction}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


_BYLINES = [
    ("كتب: أحمد علي", "أحمد علي"),
    ("كتب - أحمد علي", "أحمد علي"),
    ("كتبت: ريم الحسيني", "ريم الحسيني"),
    ("بقلم أحمد علي", "أحمد علي"),
    ("بقلم: سارة يوسف النجار", "سارة يوسف النجار"),
    ("إعداد: ريم الحسيني", "ريم الحسيني"),
    ("الكاتب: سامر النجار", "سامر النجار"),
]


@pytest.mark.parametrize(("line", "name"), _BYLINES)
def test_an_arabic_byline_line_names_the_author(line: str, name: str) -> None:
    assert byline_line(line) == (name, None)


def test_an_arabic_byline_and_a_date_in_one_meta_line() -> None:
    assert byline_line("كتب: أحمد علي | 12 مارس 2024") == ("أحمد علي", "2024-03-12")


_NOT_BYLINES = [
    "كتب الرئيس رسالة إلى البرلمان يطالب فيها بتعديل القانون.",
    "كتب الرئيس رسالة إلى البرلمان",
    "كتب: الرئيس رسالة إلى البرلمان يطالب فيها بتعديل القانون.",
    "الكاتب المصري الكبير يصدر رواية جديدة هذا الشهر.",
    "بقلم رصاص رسم الطفل منزلاً وشجرة وشمساً فوق التلال.",
    "إعداد الطعام في البيت أوفر من المطاعم.",
    "كتب: أحمد علي | سافر إلى القاهرة",
]


@pytest.mark.parametrize("line", _NOT_BYLINES)
def test_a_sentence_starting_with_a_marker_is_no_byline(line: str) -> None:
    assert byline_line(line) is None


@pytest.mark.parametrize(("line", "name"), _BYLINES)
def test_an_arabic_byline_paragraph_leaves_the_body(line: str, name: str) -> None:
    """The byline under the headline is the author, not also the first paragraph (shown twice by --print)."""
    article = parse_html(_page(line, _LEAD, _SECOND), origin="p.html")[0]
    assert article.author == name
    assert article.paragraphs == (_LEAD, _SECOND)


@pytest.mark.parametrize("line", _NOT_BYLINES[:2])
def test_a_first_sentence_starting_with_kataba_stays(line: str) -> None:
    article = parse_html(_page(line, _LEAD, _SECOND), origin="p.html")[0]
    assert article.paragraphs[0] == line
    assert article.author is None


def test_a_byline_further_down_the_story_stays() -> None:
    """Only the paragraphs right under the headline can be its byline."""
    article = parse_html(_page(_LEAD, "كتب: أحمد علي", _SECOND), origin="p.html")[0]
    assert "كتب: أحمد علي" in article.paragraphs


_CREDITS = [
    ("ar", ("المصدر: وكالة الأنباء",), "وكالة الأنباء"),
    ("ar", ("المصدر : وكالة الأنباء الأردنية (بترا)",), "وكالة الأنباء الأردنية (بترا)"),
    ("ar", ("المصدر:", "وكالة الأنباء"), "وكالة الأنباء"),
    ("en", ("Source: Valley Times",), "Valley Times"),
]


@pytest.mark.parametrize(("lang", "closing", "credit"), _CREDITS)
def test_a_closing_credit_line_is_the_attribution(lang: str, closing: tuple[str, ...], credit: str) -> None:
    """As in the plain-text format: the story's last paragraph "المصدر: …" is who it is credited to."""
    lead, second = (
        (_LEAD, _SECOND)
        if lang == "ar"
        else (
            "The town council opened a covered market for vegetables in the centre this morning after months of work.",
            "The mayor said the market has one hundred and twenty stalls and a car park, and opens every day at seven.",
        )
    )
    title = _TITLE if lang == "ar" else "Vegetable market opens in the town centre"
    article = parse_html(_page(lead, second, *closing, title=title, lang=lang), origin="p.html")[0]
    assert article.attribution == credit
    assert article.paragraphs == (lead, second)


_NOT_CREDITS = [
    # a source named in the middle of the story
    (_LEAD, "المصدر: وكالة الأنباء", _SECOND),
    # a sentence that starts with the word, no credit line
    (_LEAD, _SECOND, "المصدر الرئيسي للمياه في المدينة هو النهر الذي يمر شرقها."),
    # a long paragraph after the marker is text, not a credit
    (
        _LEAD,
        "المصدر: " + _SECOND + " " + _SECOND,
    ),
    # a sentence under a bare marker is text
    (_LEAD, "المصدر:", _SECOND),
]


@pytest.mark.parametrize("paragraphs", _NOT_CREDITS)
def test_a_source_that_is_no_closing_credit_stays_text(paragraphs: tuple[str, ...]) -> None:
    article = parse_html(_page(*paragraphs), origin="p.html")[0]
    assert article.attribution is None
    assert article.paragraphs == paragraphs


def test_a_credit_line_alone_stays_the_story() -> None:
    """A page of nothing but the credit line keeps it as its text."""
    article = parse_html(_page("المصدر: وكالة الأنباء"), origin="p.html")[0]
    assert article.paragraphs == ("المصدر: وكالة الأنباء",)


_ROUND_TRIPS = [
    ("ar", "كتب: أحمد علي", "المصدر: وكالة الأنباء"),
    ("ar", "بقلم سارة يوسف", "المصدر: وكالة الأنباء الأردنية"),
    ("en", "By Tom Reed", "Source: Valley Times"),
]


@pytest.mark.parametrize(("lang", "byline", "credit"), _ROUND_TRIPS)
def test_a_saved_html_story_reads_back_the_same(lang: str, byline: str, credit: str) -> None:
    """``w`` on an HTML story, then the file opened again: the same title, author, attribution and text
    (the byline once: not "أحمد علي / أحمد علي" from a header line and a paragraph)."""
    from newstui.parse.plaintext import parse_plaintext
    from newstui.save import article_text

    if lang == "ar":
        title, lead, second = _TITLE, _LEAD, _SECOND
    else:
        title = "Vegetable market opens in the town centre"
        lead = (
            "The town council opened a covered market for vegetables in the centre this morning after months of work."
        )
        second = (
            "The mayor said the market has one hundred and twenty stalls and a car park, and opens every day at seven."
        )
    page = _page(byline, lead, second, credit, title=title, lang=lang)
    article = parse_html(page, origin="p.html")[0]
    again = parse_plaintext(article_text(article), origin="saved.txt")[0]
    assert (again.title, again.author, again.attribution, again.paragraphs) == (
        article.title,
        article.author,
        article.attribution,
        article.paragraphs,
    )
    assert article.paragraphs == (lead, second)
    assert article.attribution == credit.split(": ", 1)[1]
