"""HTML pages: a JSON-LD ``articleBody`` written in HTML (``<p>…</p><p>…</p>``, ``<br><br>``) keeps its paragraphs
as one written with blank lines does (audit pages21, finding 2: it was one paragraph, the tags gone).

Original pages written for these tests.
"""

from __future__ import annotations

import json
from typing import Final

import pytest

from newstui.parse.html import parse_html

URL: Final = "https://sahel-news.example/local/4411"

_PARAGRAPHS: Final = (
    "قررت إدارة الميناء تمديد ساعات العمل في رصيف الحاويات حتى منتصف الليل بدءا من الأسبوع المقبل.",
    "وقالت الإدارة إن القرار يهدف إلى تخفيف الازدحام الذي تشهده الطرق المؤدية إلى الميناء صباحا.",
    "ورحبت غرفة التجارة بالخطوة ودعت إلى توظيف عمال إضافيين لتغطية الورديات الليلية الجديدة.",
)


def _page(body: str) -> str:
    data = json.dumps(
        {"@type": "NewsArticle", "headline": "تمديد ساعات العمل في رصيف الحاويات", "articleBody": body},
        ensure_ascii=False,
    )
    return (
        '<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>صحيفة الساحل</title>'
        f'<script type="application/ld+json">{data}</script></head><body><div id="app">'
        '<div class="spinner">...</div></div><script src="/app.js"></script></body></html>'
    )


@pytest.mark.parametrize(
    "body",
    [
        "".join(f"<p>{text}</p>" for text in _PARAGRAPHS),
        "\n".join(f"<p>{text}</p>" for text in _PARAGRAPHS),
        "<br><br>".join(_PARAGRAPHS),
        f"<p>{_PARAGRAPHS[0]}</p><p>{_PARAGRAPHS[1].replace('الازدحام', '<strong>الازدحام</strong>')}</p>"
        f"<p>{_PARAGRAPHS[2]}</p>",
    ],
    ids=["p-tags", "p-tags-on-lines", "double-br", "inline-tag"],
)
def test_an_html_article_body_keeps_its_paragraphs(body: str) -> None:
    (article,) = parse_html(_page(body), origin=URL, url=URL)
    assert article.paragraphs == _PARAGRAPHS


def test_an_entity_in_an_html_body_is_its_character() -> None:
    body = "".join(f"<p>{text}</p>" for text in _PARAGRAPHS).replace("التجارة", "التجارة &amp; الصناعة")
    (article,) = parse_html(_page(body), origin=URL, url=URL)
    assert article.paragraphs[2] == _PARAGRAPHS[2].replace("التجارة", "التجارة & الصناعة")
