"""A JSON-LD articleBody of blank-line paragraphs that names a tag ("<li>") is text, not HTML: no sentence cut."""

from __future__ import annotations

import json

from newstui.parse.html import parse_html

FIRST = "أعلنت وزارة الصحة اليوم عن تسجيل انخفاض ملحوظ في عدد الإصابات بالإنفلونزا الموسمية."
SECOND = "وقال الوزير إن نسبة الإصابات <li> باتت أقل من 5% وإن المعادلة <br> المستخدمة صحيحة."
THIRD = "وأضاف أن الحملة ستستمر حتى نهاية الشهر."


def _page(body: str) -> str:
    """A page whose story is in its JSON-LD alone (a script-drawn page: its body shows the headline only)."""
    data = json.dumps({"@type": "NewsArticle", "headline": "انخفاض الإصابات", "articleBody": body}, ensure_ascii=False)
    return (
        '<html lang="ar"><head><meta charset="utf-8"><title>انخفاض الإصابات</title>'
        f'<script type="application/ld+json">{data}</script></head>'
        '<body><div id="app"><h1>انخفاض الإصابات</h1></div></body></html>'
    )


def test_a_text_body_naming_tags_keeps_its_sentences_whole() -> None:
    article = parse_html(_page(f"{FIRST}\n\n{SECOND}\n\n{THIRD}"), origin="p.html")[0]
    assert not any(paragraph.endswith("الإصابات") for paragraph in article.paragraphs)
    assert any("باتت أقل من 5%" in paragraph and "وقال الوزير" in paragraph for paragraph in article.paragraphs)
