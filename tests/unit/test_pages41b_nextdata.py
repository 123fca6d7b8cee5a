"""A Next.js page's story in its ``__NEXT_DATA__`` script (pages41 #8): ``html_nextdata`` read directly, and a
page end to end (that needs the hook in ``html.py``)."""

from __future__ import annotations

import json
from typing import Any

import lxml.html

from newstui.parse.html import parse_html
from newstui.parse.html_nextdata import NextStory, has_next_data, next_data_story, story_from_data, thin_beside

_P1 = "افتتحت البلدية صباح اليوم الحديقة العامة الجديدة في الحي الشرقي بعد عامين من أعمال التأهيل والزراعة."
_P2 = "وقال رئيس البلدية إن الحديقة تضم ملاعب للأطفال ومسارا للمشي طوله كيلومتران ومكتبة صغيرة مفتوحة."
_P3 = "وأضاف أن الدخول مجاني طوال أيام الأسبوع وأن الحديقة تفتح أبوابها من السادسة صباحا حتى العاشرة ليلا."
_HEADLINE = "افتتاح الحديقة العامة الجديدة في الحي الشرقي"


def _script(data: Any) -> str:
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'


def _page(body: str, data: Any) -> str:
    return (
        f'<html><head><title>{_HEADLINE} - مدينتي</title></head><body><div id="__next">'
        f"<main><h1>{_HEADLINE}</h1>{body}</main></div>{_script(data)}</body></html>"
    )


def _html_body_data() -> dict[str, Any]:
    figure = "<figure><img src='a.jpg'><figcaption>صورة من الحديقة</figcaption></figure>"
    body = f"<p>{_P1}</p><p>{_P2}</p>{figure}<p>{_P3}</p>"
    article = {"id": 7, "title": _HEADLINE, "author": {"name": "هالة منصور"}, "body": body}
    return {"props": {"pageProps": {"article": article}}, "page": "/news/[slug]", "buildId": "b1"}


def _blocks_data() -> dict[str, Any]:
    blocks = [
        {"type": "paragraph", "text": _P1},
        {"type": "image", "src": "a.jpg", "text": "صورة من الحديقة العامة الجديدة في الحي الشرقي للمدينة اليوم"},
        {"type": "paragraph", "text": _P2},
        {"type": "paragraph", "text": _P3},
    ]
    return {"props": {"pageProps": {"post": {"title": _HEADLINE, "author": "سامر الخطيب", "blocks": blocks}}}}


def _nav_data() -> dict[str, Any]:
    menu = [{"label": label, "href": f"/{i}"} for i, label in enumerate(("الرئيسية", "محليات", "رياضة", "اقتصاد"))]
    settings = {"theme": "dark", "content": "إعدادات", "text": "اشترك في النشرة", "locale": "ar"}
    return {"props": {"pageProps": {"menu": menu, "settings": settings, "footer": {"html": "<p>© مدينتي</p>"}}}}


def _story(data: Any) -> NextStory | None:
    return next_data_story(lxml.html.fromstring(_page("", data)))


def test_html_body_string() -> None:
    assert _story(_html_body_data()) == NextStory((_P1, _P2, _P3), "هالة منصور")


def test_paragraph_blocks_and_author() -> None:
    assert _story(_blocks_data()) == NextStory((_P1, _P2, _P3), "سامر الخطيب")


def test_navigation_and_settings_only() -> None:
    assert _story(_nav_data()) is None


def test_no_script_costs_a_substring_test() -> None:
    assert not has_next_data("<html><body><p>نص</p></body></html>")
    assert has_next_data(_page("", _nav_data()))


def test_broken_or_deep_json_is_none() -> None:
    broken = lxml.html.fromstring('<html><body><script id="__NEXT_DATA__">{"props": [</script></body></html>')
    assert next_data_story(broken) is None
    deep = "[" * 200_000 + "]" * 200_000
    assert (
        next_data_story(lxml.html.fromstring(f'<html><body><script id="__NEXT_DATA__">{deep}</script></body></html>'))
        is None
    )


def test_walk_budget_on_nesting() -> None:
    data: Any = {"body": f"<p>{_P1}</p><p>{_P2}</p>"}
    for _ in range(100):
        data = {"child": data}
    assert story_from_data(data) is None  # deeper than the walk goes


def test_thin_beside() -> None:
    shipped = NextStory((_P1, _P2, _P3), None)
    assert thin_beside([], shipped)
    assert thin_beside(["مقتطف قصير عن الحديقة"], shipped)
    assert not thin_beside([_P1, _P2, _P3], shipped)


def test_navigation_only_page_unchanged() -> None:
    (article,) = parse_html(_page(f"<p>{_P1}</p><p>{_P2}</p>", _nav_data()), origin="page.html")
    assert article.paragraphs == (_P1, _P2)


def test_server_rendered_story_kept() -> None:
    (article,) = parse_html(_page(f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>", _blocks_data()), origin="page.html")
    assert article.paragraphs == (_P1, _P2, _P3)


def test_skeleton_page_reads_the_shipped_story() -> None:
    skeleton = '<div class="skeleton"></div><p class="excerpt">حديقة جديدة للعائلات في الحي الشرقي</p>'
    (article,) = parse_html(_page(skeleton, _blocks_data()), origin="page.html")
    assert article.paragraphs == (_P1, _P2, _P3)
    assert article.author == "سامر الخطيب"
    (article,) = parse_html(_page('<div class="skeleton"></div>', _html_body_data()), origin="page.html")
    assert (article.paragraphs, article.author) == ((_P1, _P2, _P3), "هالة منصور")
