"""A site name trafilatura takes from JSON-LD ``publisher.name`` shows its control characters as the sanitizer
does (``␛``), not dropped unseen and title-cased (audit security42 #2). ``site`` reads the page (``root``)."""

from __future__ import annotations

import json

import lxml.html
import pytest
import trafilatura

from newstui.parse.html_meta import jsonld_publisher
from newstui.parse.html_title import site

_LEAD = "افتتحت البلدية حديقة عامة جديدة في الحي الغربي تضم ملاعب للأطفال ومسارات للمشي وأكثر من ألف شجرة."
_NEXT = "وقال رئيس البلدية إن الحديقة ستفتح أبوابها يوميا من السادسة صباحا حتى منتصف الليل طوال أيام الأسبوع."


def _page(publisher: str) -> str:
    data = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "publisher": {"name": publisher}})
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>حديقة جديدة في الحي الغربي</title>'
        f'<script type="application/ld+json">{data}</script></head><body><article><h1>حديقة جديدة في الحي الغربي</h1>'
        f"<p>{_LEAD}</p><p>{_NEXT}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("publisher", "shown"),
    [
        pytest.param("\x1b[31mجريدة الحي", "␛[31mجريدة الحي", id="csi"),
        pytest.param("\x1b]8;;https://bad.example\x1b\\جريدة", "␛]8;;https://bad.example␛\\جريدة", id="osc-link"),
        pytest.param("جريدة الحي", "جريدة الحي", id="plain-as-before"),
    ],
)
def test_the_publisher_name_is_shown_as_written(publisher: str, shown: str) -> None:
    html = _page(publisher)
    root = lxml.html.fromstring(html)
    extracted = trafilatura.bare_extraction(html, with_metadata=True)
    assert jsonld_publisher(root) == publisher
    assert site(None, extracted, "hay.example", None, ("حديقة جديدة في الحي الغربي",), root) == shown


def test_og_site_name_still_wins() -> None:
    html = _page("\x1b[31mجريدة الحي")
    root = lxml.html.fromstring(html)
    extracted = trafilatura.bare_extraction(html, with_metadata=True)
    assert site("صحيفة الحي", extracted, "hay.example", None, (None,), root) == "صحيفة الحي"


@pytest.mark.parametrize(
    ("publisher", "shown"),
    [
        pytest.param("\x1b[31mجريدة الحي", "␛[31mجريدة الحي", id="csi"),
        pytest.param("جريدة الحي", "جريدة الحي", id="plain-as-before"),
    ],
)
def test_a_parsed_page_names_its_publisher_as_written(publisher: str, shown: str) -> None:
    """Through ``parse_html``: the page's site name keeps the control the sanitizer shows."""
    from newstui.parse.html import parse_html

    (article,) = parse_html(_page(publisher), origin="page.html")
    assert article.source == shown
