"""Related-story cards: the headline inside the anchor is the link's title; no words glued together."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html

_AR_BODY = (
    "<p>افتتحت البلدية صباح اليوم سوقاً مسقوفاً للخضار في وسط المدينة بعد أشهر من أعمال البناء والتجهيز.</p>"
    "<p>وقال رئيس البلدية إن السوق يضم مئة وعشرين محلاً وموقفاً للسيارات، ويفتح أبوابه يومياً.</p>"
)
_EN_BODY = (
    "<p>The town council opened a covered vegetable market in the centre on Monday after months of works.</p>"
    "<p>The mayor said the market holds one hundred and twenty stalls and a car park, open every day.</p>"
)


def _related(card: str, *, lang: str) -> list[str]:
    body, heading = (_AR_BODY, "أخبار ذات صلة") if lang == "ar" else (_EN_BODY, "Related stories")
    other = "خبر آخر عن السوق" if lang == "ar" else "Another market story"
    page = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Market</title></head><body><article>'
        f'<h1>Market</h1>{body}</article><section class="related-news"><h3>{heading}</h3>'
        f'<div class="card">{card}</div><div class="card"><a href="/other">{other}</a></div>'
        "</section></body></html>"
    )
    return [link.title for link in parse_html(page, origin="p.html", url="https://example.com/p")[0].related]


@pytest.mark.parametrize(
    ("lang", "card", "title"),
    [
        (
            "ar",
            '<a href="/a"><span>اقتصاد</span><h4>المصرف المركزي يخفض الفائدة</h4><span>منذ ساعتين</span></a>',
            "المصرف المركزي يخفض الفائدة",
        ),
        (
            "en",
            '<a href="/a"><img src="/t.jpg" alt=""><span>Business</span><h3>Bus fares frozen for a year</h3>'
            "<span>2 hours ago</span></a>",
            "Bus fares frozen for a year",
        ),
        (
            "ar",
            '<a href="/a"><div class="thumb"></div><p>المصرف المركزي يخفض الفائدة</p><p>3 مارس 2025</p></a>',
            "المصرف المركزي يخفض الفائدة 3 مارس 2025",
        ),
        ("en", '<a href="/a"><span>Business</span><span>Bus fares frozen</span></a>', "Business Bus fares frozen"),
        ("en", '<a href="/a">Bus <b>fares</b> frozen</a>', "Bus fares frozen"),
        ("en", '<a href="/a"><b>Bus</b>es frozen</a>', "Buses frozen"),
        ("ar", '<a href="/a">المصرف <strong>المركزي</strong> يخفض الفائدة</a>', "المصرف المركزي يخفض الفائدة"),
    ],
)
def test_card_link_title(lang: str, card: str, title: str) -> None:
    """A heading in the anchor is the title; otherwise separate blocks are kept apart, inline text as written."""
    assert _related(card, lang=lang)[0] == title
