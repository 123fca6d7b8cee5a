"""Tests for a story split over pages: its next page is a related link, its pager no paragraph."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html
from newstui.parse.html_links import is_pager_line

# Our own pages, written for these tests.
STORY = (
    "<p>كشفت هيئة النقل في المدينة عن خطة لتشغيل 120 حافلة كهربائية على 14 خطا جديدا بحلول صيف 2027.</p>"
    "<p>وقال رئيس الهيئة إن الخطة تتضمن إنشاء 300 موقف مظلل، وتطبيقا لمتابعة مواعيد الحافلات لحظة بلحظة.</p>"
)


def _page(head: str = "", pager: str = "", lang: str = "ar", direction: str = "rtl") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">{head}'
        "<title>خطة النقل الجديدة - أخبار المدينة</title></head><body><article>"
        f"<h1>خطة النقل الجديدة</h1>{STORY}{pager}</article></body></html>"
    )


URL = "https://news.example/transport/plan.html"


@pytest.mark.parametrize(
    ("page", "title", "url"),
    [
        (
            _page(
                '<link rel="next" href="plan-2.html">',
                '<div class="pagination"><span>الصفحة 1 من 2</span> <a href="plan-2.html">الصفحة التالية »</a></div>',
            ),
            "الصفحة التالية",  # its arrow left out
            "https://news.example/transport/plan-2.html",
        ),
        (
            _page('<link rel="next" href="/transport/plan/2">'),
            "الصفحة التالية",
            "https://news.example/transport/plan/2",
        ),
        (
            _page(pager='<p><a rel="next" href="?page=2">Next page</a></p>', lang="en", direction="ltr"),
            "Next page",
            "https://news.example/transport/plan.html?page=2",
        ),
        (_page('<link rel="prev" href="plan-0.html">'), None, None),
        (_page('<link rel="next" href="plan.html">'), None, None),  # itself
        (_page('<link rel="next" href="javascript:void(0)">'), None, None),
    ],
    ids=["link-and-pager", "link-only", "anchor-english", "previous-only", "itself", "not-an-address"],
)
def test_the_next_page_is_a_related_link(page: str, title: str | None, url: str | None) -> None:
    (article,) = parse_html(page, origin=URL, url=URL)
    following = [link for link in article.related if link.url == url]
    if url is None:
        assert article.related == ()
    else:
        assert [(link.title, link.kind) for link in following] == [(title, "related")]
    assert not any(is_pager_line(paragraph) for paragraph in article.paragraphs)
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "pager"),
    [
        ("الصفحة 1 من 2 الصفحة التالية »", True),
        ("صفحة 3 من 5", True),
        ("Page 2 of 7 Next »", True),
        ("page 1/4", True),
        ("الصفحة الرئيسية", False),
        ("وقالت الصفحة 1 من تقرير الهيئة إن الخطة تتضمن 300 موقف مظلل ومكيف في كل أحياء المدينة الكبرى", False),
        ("Page 2 of the report says the plan costs 40 million", False),
    ],
)
def test_pager_lines(line: str, pager: bool) -> None:
    assert is_pager_line(line) is pager


@pytest.mark.parametrize(
    ("lang", "direction", "title"),
    [
        ("ckb", "", "الصفحة التالية"),  # Kurdish (Sorani): right to left, though not "ar", "fa" or "ur"
        ("ckb", "rtl", "الصفحة التالية"),
        ("ar", "", "الصفحة التالية"),
        ("ar-EG", "", "الصفحة التالية"),
        ("ar", "rtl", "الصفحة التالية"),
        ("en", "", "Next page"),
        ("ar", "ltr", "Next page"),  # the page's dir wins over its language, as for the article's direction
    ],
)
def test_the_next_page_title_follows_the_pages_direction(lang: str, direction: str, title: str) -> None:
    """A pager link without text of its own is titled in the page's declared direction: its ``dir``,
    else its language's (``text.script.RTL_LANGUAGES``), the rule of the article's direction."""
    page = _page('<link rel="next" href="plan-2.html">', lang=lang, direction=direction)
    (article,) = parse_html(page, origin=URL, url=URL)
    assert [link.title for link in article.related] == [title]
