"""Bylines of the pages12 and texts12 audits: a slash after the marker ("كتب/ فلان"), a colon closing the byline
("كتب - فلان:"), and a second credit after the writer's name ("كتبت: فلانة - تصوير: فلان"), on a page, in a feed
and in a text file alike.

Original pages, feeds and texts written for these tests (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse import bylines
from newstui.parse.bylines import author_field_name, byline_name
from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html
from newstui.parse.html_meta import byline_line
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_credits import credit_line

_TITLE: Final = "افتتاح سوق الخضار الجديد في حي الميناء بعد عامين من الأشغال"
_PARAS: Final = (
    "افتتحت البلدية صباح الثلاثاء سوق الخضار الجديد في حي الميناء، بعد عامين من أشغال تأخرت أكثر من مرة بسبب التمويل.",
    "ويضم السوق مئة وعشرين محلا وموقفا للسيارات، وقال رئيس البلدية إن الباعة القدامى سينتقلون إليه قبل نهاية الشهر.",
)


def _page(byline: str) -> Article:
    body = "".join(f"<p>{text}</p>" for text in _PARAS)
    page = (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_TITLE} - صحيفة الساحل</title></head>'
        f'<body><div class="story"><h1>{_TITLE}</h1>{byline}{body}</div></body></html>'
    )
    (article,) = parse_html(page, origin="page.html")
    return article


def _feed(creator: str) -> Article:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>صحيفة الساحل</title><link>https://sahel.example/</link>"
        f"<item><title>{_TITLE}</title><link>https://sahel.example/n/5</link><dc:creator>{creator}</dc:creator>"
        f"<description>{_PARAS[0]}</description></item></channel></rss>"
    )
    (article,) = parse_feed(feed.encode(), origin="feed.xml")
    return article


def _text(byline: str) -> Article:
    text = f"صحيفة الساحل – محليات\n\n{_TITLE}\n\n{byline}\n\nالثلاثاء 1 ديسمبر 2026\n\n{_PARAS[0]}\n\n{_PARAS[1]}\n"
    (article,) = parse_plaintext(text, origin="story.txt")
    return article


# pages12 #4: "كتب/ فلان" -------------------------------------------------------------------------------------------

_SLASHED: Final = [
    ("كتب/ رامي الشناوي", "رامي الشناوي"),
    ("كتب / رامي الشناوي", "رامي الشناوي"),
    ("كتبت/ منى عبد الحميد", "منى عبد الحميد"),
]


@pytest.mark.parametrize(("byline", "author"), _SLASHED)
def test_a_slashed_marker_in_an_author_element(byline: str, author: str) -> None:
    article = _page(f'<p class="author">{byline}</p>')
    assert article.author == author  # not "كتب، رامي الشناوي" (two writers)
    assert article.paragraphs == _PARAS


@pytest.mark.parametrize(("byline", "author"), _SLASHED)
def test_a_slashed_marker_in_a_paragraph(byline: str, author: str) -> None:
    article = _page(f"<p>{byline}</p>")
    assert article.author == author
    assert article.paragraphs == _PARAS


@pytest.mark.parametrize(("byline", "author"), _SLASHED)
def test_a_slashed_marker_in_a_feed(byline: str, author: str) -> None:
    assert _feed(byline).author == author


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("كتب/ رامي الشناوي", "رامي الشناوي"),
        ("كتب; رامي الشناوي", "رامي الشناوي"),  # trafilatura's rendering of the slash
        ("بقلم/ منى عبد الحميد", "منى عبد الحميد"),
        ("رامي الشناوي / وكالة النهر", "رامي الشناوي / وكالة النهر"),  # no marker: as it is
    ],
)
def test_author_field_name_takes_a_slash_after_the_marker(field: str, name: str) -> None:
    assert author_field_name(field) == name


# pages12 #5: "كتب - فلان:" -----------------------------------------------------------------------------------------

_COLONS: Final = [
    ("كتب - رامي الشناوي:", "رامي الشناوي"),
    ("بقلم: منى عبد الحميد:", "منى عبد الحميد"),
    ("كتبت: منى عبد الحميد :", "منى عبد الحميد"),
]


@pytest.mark.parametrize(("byline", "author"), _COLONS)
def test_a_closing_colon_in_an_author_element(byline: str, author: str) -> None:
    article = _page(f'<div class="author">{byline}</div>')
    assert article.author == author
    assert article.paragraphs == _PARAS


@pytest.mark.parametrize(("byline", "author"), _COLONS)
def test_a_closing_colon_in_a_paragraph(byline: str, author: str) -> None:
    article = _page(f"<p>{byline}</p>")
    assert article.author == author
    assert article.paragraphs == _PARAS


@pytest.mark.parametrize(("byline", "author"), _COLONS)
def test_a_closing_colon_in_a_feed(byline: str, author: str) -> None:
    assert _feed(byline).author == author


@pytest.mark.parametrize(("byline", "author"), _COLONS)
def test_a_closing_colon_in_a_text_file(byline: str, author: str) -> None:
    """(already so: the same line reads alike everywhere)"""
    assert _text(byline).author == author


def test_a_quote_after_a_marker_keeps_its_colon() -> None:
    """A byline's name of more than three words before a colon is no name: the line stays."""
    line = "كتب الوزير على منصة التواصل:"
    assert byline_line(line) is None
    assert credit_line(line) is None


# texts12 #2: the writer and a photographer or a supervisor on one byline ---------------------------------------------

_CREWED: Final = [
    ("كتبت: سلوى النجار - تصوير: كريم عادل", "سلوى النجار"),
    ("كتب: سلوى النجار | تصوير: كريم عادل", "سلوى النجار"),
    ("كتب: حسام المصري - إشراف: هالة رشدي", "حسام المصري"),
    ("كتب: حسام المصري ـ تصوير: كريم عادل", "حسام المصري"),
    ("كتبت: سلوى النجار، تصوير: كريم عادل", "سلوى النجار"),
    ("كتب: حسام المصري – عدسة: كريم عادل", "حسام المصري"),
]


@pytest.mark.parametrize(("byline", "author"), _CREWED)
def test_a_crew_credit_in_a_text_file(byline: str, author: str) -> None:
    article = _text(byline)
    assert article.author == author
    assert article.paragraphs == ("الثلاثاء 1 ديسمبر 2026", *_PARAS)  # the byline is no paragraph
    assert article.published == "2026-12-01"


@pytest.mark.parametrize(("byline", "author"), _CREWED)
def test_a_crew_credit_in_a_paragraph(byline: str, author: str) -> None:
    article = _page(f"<p>{byline}</p>")
    assert article.author == author
    assert article.paragraphs == _PARAS


@pytest.mark.parametrize(("byline", "author"), _CREWED)
def test_a_crew_credit_in_an_author_element(byline: str, author: str) -> None:
    article = _page(f'<p class="author">{byline}</p>')
    assert article.author == author
    assert article.paragraphs == _PARAS


@pytest.mark.parametrize(("byline", "author"), _CREWED)
def test_a_crew_credit_in_a_feed(byline: str, author: str) -> None:
    assert _feed(byline).author == author


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("سلوى النجار - تصوير: كريم عادل", "سلوى النجار"),
        ("By Jane Roe | Photos by John Doe", "By Jane Roe"),
        ("تصوير: كريم عادل", "تصوير: كريم عادل"),  # a photographer alone: no writer's part to keep
        ("سلوى النجار - القاهرة", "سلوى النجار - القاهرة"),
        ("حسام المصري، تصويره الأول", "حسام المصري، تصويره الأول"),  # a word that only starts like a role
    ],
)
def test_without_crew(text: str, kept: str) -> None:
    assert bylines.without_crew(text) == kept


def test_a_writer_who_also_photographs_is_still_one() -> None:
    """ "تصوير وكتابة: فلان" credits the writer; the crew's credit is only one after a writer's name."""
    assert byline_name("كتب: سلوى النجار") == "سلوى النجار"
    assert author_field_name("تصوير وكتابة: سلوى النجار") is not None
