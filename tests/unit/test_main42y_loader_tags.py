"""A script's loader page says it needs JavaScript; a WordPress tags row's links parted by commas are keywords."""

from __future__ import annotations

import pytest

from newstui.errors import ParseError
from newstui.parse.html import parse_html

_HEADLINE = "افتتاح سوق الكتب المستعملة في المدينة القديمة"
_OWN = "افتتحت البلدية صباح اليوم سوقا للكتب المستعملة في ساحة المدينة القديمة بمشاركة ثلاثين بائعا."


def _shell(inside: str, script: str = '<script src="/_nuxt/app.js"></script>') -> str:
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_HEADLINE}</title></head>'
        f'<body><div id="__nuxt"><header><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></header>'
        f"<main><h1>{_HEADLINE}</h1>{inside}</main></div>{script}</body></html>"
    )


@pytest.mark.parametrize(
    "loader",
    ['<div class="loader">جاري التحميل...</div>', "<div>Loading…</div>", '<p class="spin">جار تحميل</p>'],
    ids=["arabic", "english", "no-article"],
)
def test_a_loader_under_the_headline_is_a_page_that_needs_javascript(loader: str) -> None:
    with pytest.raises(ParseError, match="only with JavaScript"):
        parse_html(_shell(loader), origin="page.html")


def test_a_short_story_over_a_loader_is_kept() -> None:
    (article,) = parse_html(_shell(f'<p>{_OWN}</p><div class="loader">جاري التحميل...</div>'), origin="page.html")
    assert _OWN in article.paragraphs


def test_a_loader_on_a_page_without_scripts_is_not_told_as_javascript() -> None:
    try:
        articles = parse_html(_shell('<div class="loader">جاري التحميل...</div>', script=""), origin="page.html")
    except ParseError as error:
        assert "JavaScript" not in str(error)
    else:
        assert articles


@pytest.mark.parametrize("between", ["، ", ", ", " | ", " · "])
def test_tags_links_parted_by_separators_are_keywords(between: str) -> None:
    page = (
        f'<html lang="ar"><head><title>{_HEADLINE}</title></head><body><article><h1>{_HEADLINE}</h1>'
        f"<div class='entry-content'><p>{_OWN}</p><p>{_OWN}</p></div>"
        f'<footer><span class="tags-links">الوسوم <a href="/t/1">الكتب</a>{between}<a href="/t/2">المدينة القديمة</a>'
        "</span></footer></article></body></html>"
    )
    (article,) = parse_html(page, origin="page.html")
    assert article.keywords == ("الكتب", "المدينة القديمة")


def test_links_with_another_word_beside_them_are_no_tags() -> None:
    page = (
        f'<html lang="ar"><head><title>{_HEADLINE}</title></head><body><article><h1>{_HEADLINE}</h1>'
        f"<div class='entry-content'><p>{_OWN}</p><p>{_OWN}</p></div>"
        '<footer><span class="tags-links">تابعونا <a href="/t/1">فيسبوك</a>، <a href="/t/2">تويتر</a>'
        "</span></footer></article></body></html>"
    )
    (article,) = parse_html(page, origin="page.html")
    assert article.keywords == ()
