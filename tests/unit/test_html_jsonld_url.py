"""A page whose own address is given only by its JSON-LD story object (our own pages, written for these tests)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newstui.parse.html import parse_html

HEADLINE = "افتتاح جسر جديد يربط ضفتي النهر في العاصمة"
ADDRESS = "https://river-news.example/local/2026/04/new-bridge"
STORY = (
    "افتتح وزير النقل صباح اليوم جسراً جديداً يربط ضفتي النهر في العاصمة بطول كيلومترين وأربع حارات لكل اتجاه.",
    "ويتوقع أن يخفف الجسر الازدحام المروري في وسط المدينة بنسبة كبيرة خلال ساعات الذروة الصباحية والمسائية.",
    "واستغرق بناء الجسر ثلاث سنوات بتكلفة تجاوزت المبلغ المرصود في الخطة الأولى للمشروع.",
)


def _page(data: Any, head: str = "") -> str:
    """A story page with ``data`` as its JSON-LD, no canonical link or og:url unless ``head`` adds one, and a
    related block of relative links."""
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE}</title>{head}'
        f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script></head><body>'
        f"<article><h1>{HEADLINE}</h1>{paragraphs}</article>"
        "<div class='related'><h3>اقرأ أيضاً</h3><ul>"
        "<li><a href='/local/2026/04/traffic-plan'>خطة مرورية جديدة لوسط المدينة</a></li>"
        "<li><a href='../03/old-bridge'>إغلاق الجسر القديم للصيانة</a></li></ul></div></body></html>"
    )


def _story(**fields: Any) -> dict[str, Any]:
    return {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE, **fields}


SITE = {"@type": "WebSite", "name": "أخبار النهر", "url": "https://river-news.example/"}


@pytest.mark.parametrize(
    "data",
    [
        _story(mainEntityOfPage=ADDRESS),
        _story(mainEntityOfPage={"@type": "WebPage", "@id": ADDRESS}),
        _story(url=ADDRESS),
        {"@context": "https://schema.org", "@graph": [SITE, _story(mainEntityOfPage=ADDRESS)]},
        [SITE, {**_story(url=ADDRESS), "@type": ["ReportageNewsArticle", "NewsArticle"]}],
    ],
    ids=["main-entity", "main-entity-id", "url", "graph", "list-of-types"],
)
def test_jsonld_address_is_the_url_and_resolves_related_links(data: Any) -> None:
    """The story's own address from its JSON-LD: the article's URL, and its relative related links resolved."""
    article = parse_html(_page(data), origin="page.html")[0]
    assert article.url == ADDRESS
    assert [link.url for link in article.related] == [
        "https://river-news.example/local/2026/04/traffic-plan",
        "https://river-news.example/local/2026/03/old-bridge",
    ]


@pytest.mark.parametrize(
    "data",
    [
        _story(mainEntityOfPage="/local/2026/04/new-bridge"),  # relative: no address to resolve against
        _story(mainEntityOfPage="javascript:alert(1)"),
        {"@context": "https://schema.org", "@graph": [SITE, _story()]},  # the site's home page is no story's
    ],
    ids=["relative", "script", "website-only"],
)
def test_no_absolute_story_address_gives_none(data: Any) -> None:
    """Only an absolute http(s) address of the story's own object counts."""
    article = parse_html(_page(data), origin="page.html")[0]
    assert article.url is None
    assert [link.url for link in article.related] == [None, None]


def test_canonical_link_comes_first() -> None:
    """A canonical link names the page before its JSON-LD does."""
    head = '<link rel="canonical" href="https://river-news.example/a/1">'
    article = parse_html(_page(_story(url=ADDRESS), head), origin="page.html")[0]
    assert article.url == "https://river-news.example/a/1"
