"""Authors of the pages11 audit's pages: a desk in the meta author over a named byline, a correspondent's city
before the name ("عمّان: …"), several JSON-LD authors joined as a feed's are.

Original pages written for these tests (their text is our own).
"""

from __future__ import annotations

import json
from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.html_meta import byline_line, correspondent_name, joined_names

_TITLE: Final = "بلدية المدينة تطلق حملة لزراعة عشرة آلاف شجرة"
_PARAS: Final = (
    "أطلقت بلدية المدينة صباح اليوم حملة لزراعة عشرة آلاف شجرة في الأحياء الشرقية بمشاركة مئات المتطوعين.",
    "وقال رئيس البلدية إن الحملة تستمر حتى نهاية الشهر المقبل، وإنها تستهدف الشوارع الرئيسية والحدائق العامة.",
    "وتأتي الحملة ضمن خطة تمتد خمس سنوات لزيادة المساحات الخضراء في المدينة إلى الضعف.",
)


def _page(head: str, byline: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in _PARAS)
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_TITLE} - صحيفة الغد الأخضر</title>'
        f'<meta property="og:title" content="{_TITLE}">{head}</head><body>'
        f"<article><h1>{_TITLE}</h1>{byline}{body}</article></body></html>"
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html")
    return article


def _meta(author: str) -> str:
    return f'<meta property="article:author" content="{author}">'


# M4. A desk in the meta author; a correspondent's city before the name --------------------------------------


@pytest.mark.parametrize(
    ("head", "byline", "author"),
    [
        (_meta("فريق التحرير"), '<div class="author">عمّان: سامي الحوراني</div>', "سامي الحوراني"),
        (_meta("فريق التحرير"), '<div class="byline">كتب: ليلى حداد</div>', "ليلى حداد"),
        (_meta("هيئة التحرير"), '<div class="author">بيروت - نادين عيسى</div>', "نادين عيسى"),
        ("", '<div class="author">عمّان: سامي الحوراني</div>', "سامي الحوراني"),  # trafilatura drops the colon
        ("", '<span class="author">القاهرة: رامي الخطيب</span>', "رامي الخطيب"),
        (_meta("عمّان: سامي الحوراني"), "", "سامي الحوراني"),
        (_meta("فريق التحرير"), "", "فريق التحرير"),  # no person named: the desk stays (always so)
        (_meta("ليلى حداد"), '<div class="author">عمّان: سامي الحوراني</div>', "ليلى حداد"),  # a person's meta wins
    ],
)
def test_named_byline_over_a_desk_and_without_its_city(head: str, byline: str, author: str) -> None:
    article = _parse(_page(head, byline))
    assert article.author == author
    assert article.paragraphs == _PARAS


@pytest.mark.parametrize(
    ("text", "field", "name"),
    [
        ("عمّان: سامي الحوراني", False, "سامي الحوراني"),
        ("القاهرة - رامي الخطيب", False, "رامي الخطيب"),
        ("رامي الخطيب - القاهرة", False, "رامي الخطيب"),
        ("عمّان سامي الحوراني", True, "سامي الحوراني"),  # an extractor's, its colon lost
        ("رام الله سامي الحوراني", True, "سامي الحوراني"),
        ("عمّان سامي الحوراني", False, None),  # a line of text needs its colon or dash
        ("غزة: قصف جديد", False, None),  # a headline
        ("تونس ارتفاع التضخم السنوي", True, None),
        ("عمّان - مراسل الصحيفة", False, None),  # a title, no person
        ("محمد عبد الرحيم", True, None),  # a name alone: nothing to split
        ("كتب: سامي الحوراني", False, None),  # a byline's marker: read as one
    ],
)
def test_correspondent_name(text: str, field: bool, name: str | None) -> None:
    assert correspondent_name(text, field=field) == name


def test_correspondent_line_is_a_byline_line() -> None:
    assert byline_line("عمّان: سامي الحوراني") == ("سامي الحوراني", None)
    assert byline_line("غزة: قصف جديد") is None


# M5. Several JSON-LD authors -----------------------------------------------------------------------------------


def _jsonld(*names: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": _TITLE,
        "author": [{"@type": "Person", "name": name} for name in names],
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


@pytest.mark.parametrize(
    ("names", "author"),
    [
        (("كريم منصور", "رنا الحسيني"), "كريم منصور، رنا الحسيني"),
        (("كريم منصور", "رنا الحسيني", "هادي سليم"), "كريم منصور، رنا الحسيني، هادي سليم"),
        (("Karim Mansour", "Rana Husseini"), "Karim Mansour, Rana Husseini"),
        (("كريم منصور", "Rana Husseini"), "كريم منصور، Rana Husseini"),
        (("كريم منصور",), "كريم منصور"),
    ],
)
def test_jsonld_authors_joined_as_a_feeds(names: tuple[str, ...], author: str) -> None:
    article = _parse(_page(_jsonld(*names), ""))
    assert article.author == author


@pytest.mark.parametrize(
    ("value", "joined"),
    [
        ("كريم منصور; رنا الحسيني", "كريم منصور، رنا الحسيني"),
        ("Jane Roe; Tom Lane", "Jane Roe, Tom Lane"),
        ("Jane Roe ;Tom Lane;", "Jane Roe, Tom Lane"),
        ("كريم منصور", "كريم منصور"),
        ("Jane Roe, Tom Lane", "Jane Roe, Tom Lane"),
    ],
)
def test_joined_names(value: str, joined: str) -> None:
    assert joined_names(value) == joined
