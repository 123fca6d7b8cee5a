"""Round 41's HTML rules, regressions (audit-regress41p): linear body parsing in ``__NEXT_DATA__``, a shipped
story only when it is the page's own, a labelled duration kept, a headline's rest no site, a big catalogue beside
the story, a card's label shown twice."""

from __future__ import annotations

import json
from typing import Any

import lxml.html
from tests.hang_guard import guarded

from newstui.parse.html import parse_html
from newstui.parse.html_meta import title_site
from newstui.parse.html_nextdata import next_data_story, story_from_data

_P1 = "أطلقت البلدية مساء أمس حملة لتنظيف شواطئ المدينة بمشاركة مئات المتطوعين من طلاب المدارس والجامعات."
_P2 = "وقالت مديرة الحملة إن المتطوعين جمعوا أكثر من طنين من النفايات البلاستيكية خلال ساعات قليلة فقط."
_P3 = "وأضافت أن البلدية ستضع حاويات جديدة على طول الكورنيش وتنظم حملة ثانية مع بداية فصل الربيع القادم."
_HEADLINE = "حملة لتنظيف شواطئ المدينة بمشاركة المتطوعين"
_OTHER = (
    "يستعد المنتخب الوطني لخوض مباراة ودية أمام ضيفه مساء الجمعة على الملعب البلدي وسط حضور جماهيري منتظر.",
    "وأعلن المدرب قائمة تضم ثلاثة وعشرين لاعبا بينهم أربعة وجوه جديدة استدعيت للمرة الأولى هذا الموسم.",
    "وأكد قائد الفريق أن اللاعبين عازمون على تقديم أداء قوي يرضي الجماهير قبل انطلاق التصفيات القارية.",
    "ومن المنتظر أن يغيب الحارس الأساسي عن اللقاء بسبب إصابة في الكتف تعرض لها خلال الحصة التدريبية.",
)


def _page(body: str, data: Any) -> str:
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
    return (
        f"<html><head><title>{_HEADLINE} - الموجة</title></head><body><main><article><h1>{_HEADLINE}</h1>"
        f"{body}</article></main>{script}</body></html>"
    )


def _paragraphs(body: str, data: Any) -> tuple[str, ...]:
    (article,) = parse_html(_page(body, data), origin="page.html")
    return article.paragraphs


def _html(*paragraphs: str) -> str:
    return "".join(f"<p>{text}</p>" for text in paragraphs)


# 1. Linear body parsing ---------------------------------------------------------------------------------------


def _body_story(body: str) -> Any:
    return story_from_data({"props": {"pageProps": {"article": {"title": _HEADLINE, "body": body}}}})


def test_spaces_in_a_body_are_linear() -> None:
    for space in (" ", "\u00a0"):
        story = guarded(lambda space=space: _body_story(f"<p>{_P1}{space * 100_000}x</p><p>{_P2}</p>"))
        assert story is not None
        assert story.paragraphs[1] == _P2


def test_unclosed_styles_and_scripts_are_linear() -> None:
    for tag in ("style a", "script", "figcaption"):
        story = guarded(lambda tag=tag: _body_story(f"<p>{_P1}</p>" + f"<{tag}>" * 20_000 + f"<p>{_P2}</p>"))
        assert story is not None
        assert story.paragraphs[0] == _P1


def test_closed_scripts_and_captions_still_left_out() -> None:
    story = _body_story(f"<p>{_P1}</p><script>var a = 1;</script><figcaption>صورة</figcaption><p>{_P2}</p>")
    assert story is not None
    assert story.paragraphs == (_P1, _P2)


# 2, 3. A shipped story only when it is the page's own -----------------------------------------------------------


def test_a_related_longer_story_does_not_replace_the_page() -> None:
    data = {
        "props": {
            "pageProps": {
                "article": {"title": "حملة لتنظيف الشواطئ", "body": _html(_P1, _P2, _P3)},
                "related": [{"title": "ودية المنتخب", "body": _html(*_OTHER, *_OTHER)}],
            }
        }
    }
    assert _paragraphs(_html(_P1, _P2, _P3), data) == (_P1, _P2, _P3)


def test_a_brief_is_not_replaced_by_a_sidebar() -> None:
    blocks = [{"type": "paragraph", "text": text} for text in _OTHER]
    data = {"props": {"pageProps": {"article": {"body": _html(_P1)}, "sidebar": {"blocks": blocks}}}}
    assert _paragraphs(_html(_P1), data) == (_P1,)


def test_a_brief_is_extended_by_its_own_story() -> None:
    blocks = [{"type": "paragraph", "text": text} for text in _OTHER]
    data = {"props": {"pageProps": {"story": {"body": _html(_P1, _P2, _P3)}, "sidebar": {"blocks": blocks}}}}
    assert _paragraphs(_html(_P1), data) == (_P1, _P2, _P3)


def test_a_titled_body_of_another_story_does_not_replace_a_brief() -> None:
    data = {"props": {"pageProps": {"extra": {"title": _HEADLINE, "body": _html(*_OTHER)}}}}
    assert _paragraphs(_html(_P1), data) == (_P1,)


def test_a_skeleton_takes_no_unrelated_story() -> None:
    data = {"props": {"pageProps": {"mostRead": [{"title": "ودية المنتخب", "body": _html(*_OTHER)}]}}}
    root = lxml.html.fromstring(_page('<div class="skeleton"></div>', data))
    assert next_data_story(root) is None


# 6. A catalogue beside the story -------------------------------------------------------------------------------


def test_a_big_catalogue_does_not_hide_the_story() -> None:
    catalog = [{"id": n, "n": f"منتج {n}", "t": ["a", "b"]} for n in range(42_000)]
    data = {"props": {"pageProps": {"article": {"body": _html(_P1, _P2)}, "catalog": catalog}}}
    root = lxml.html.fromstring(_page('<div class="skeleton"></div>', data))
    story = next_data_story(root)
    assert story is not None
    assert story.paragraphs == (_P1, _P2)


# 4. A labelled duration --------------------------------------------------------------------------------------


def test_a_labelled_duration_is_kept() -> None:
    line = '<div class="trip-info"><span class="label">مدة الرحلة</span> <span class="duration">3:45</span></div>'
    (article,) = parse_html(
        f"<html><body><article><h1>{_HEADLINE}</h1><p>{_P1}</p>{line}<p>{_P2}</p><p>{_P3}</p></article></body></html>",
        origin="page.html",
    )
    assert "مدة الرحلة 3:45" in article.paragraphs


# 5. A headline's rest is no site -------------------------------------------------------------------------------


def test_a_headlines_rest_is_no_site() -> None:
    assert (
        title_site("افتتاح مستشفى الولادة الجديد - بسعة 300 سرير", ["افتتاح مستشفى الولادة الجديد في المدينة"]) is None
    )
    assert (
        title_site("تراجع أسعار الفضة في الأسواق - عيار 925 يسجل 12 دينارا", ["تراجع أسعار الفضة في الأسواق اليوم"])
        is None
    )
    assert title_site("تراجع أسعار الفضة في الأسواق - في ختام التداول", ["تراجع أسعار الفضة في الأسواق اليوم"]) is None
    assert title_site("تراجع أسعار الفضة في الأسواق - الموجة", ["تراجع أسعار الفضة في الأسواق اليوم"]) == "الموجة"


# 7. A card's label shown twice ---------------------------------------------------------------------------------


def test_a_card_label_shown_twice_keeps_the_headline() -> None:
    card = (
        '<div class="card"><a href="https://wave.example/n/2/"><span class="cat">بيئة</span></a>'
        '<a href="https://wave.example/n/2/"><span class="cat">بيئة</span></a>'
        '<h3><a href="https://wave.example/n/2/">تشجير ضفاف النهر</a></h3></div>'
    )
    page = (
        f"<html><body><article><h1>{_HEADLINE}</h1><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></article>"
        f'<div class="related"><h2>أخبار ذات صلة</h2>{card}</div></body></html>'
    )
    (article,) = parse_html(page, origin="page.html", url="https://wave.example/n/1/")
    assert [link.title for link in article.related] == ["تشجير ضفاف النهر"]
