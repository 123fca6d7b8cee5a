"""A French byline line under the headline: a city in the name's place, the stamp's time, an update's date."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html
from newstui.parse.html_meta import byline_line

URL = "https://example.ma/actualite/port-2026"
BODY = (
    "<p>أعلنت الوكالة صباح اليوم عن بدء أشغال توسيع الرصيف الشمالي للميناء، بميزانية تناهز خمسة ملايير درهم.</p>"
    "<p>وتراهن الجهة على المشروع لمضاعفة عدد السفن التي يستقبلها الميناء خلال السنوات الخمس المقبلة.</p>"
)


def _page(line: str, lang: str = "ar") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>الميناء</title></head>'
        f"<body><article><h1>بدء أشغال توسيع الرصيف الشمالي للميناء</h1>\n{line}\n{BODY}</article></body></html>"
    )


@pytest.mark.parametrize("place", ["Casablanca", "Rabat", "Al Hoceima", "الدار البيضاء"])
def test_par_city_before_french_stamp_is_no_author(place: str) -> None:
    (article,) = parse_html(_page(f"<p>Par {place} — Publié le 27/11/2026 à 09h15</p>", "fr"), origin=URL, url=URL)
    assert article.author is None
    assert article.published == "2026-11-27T09:15:00"
    assert not article.paragraphs[0].startswith("Par ")


@pytest.mark.parametrize("name", ["سعاد المرابط", "Karim Alaoui", "La Rédaction"])
def test_plain_p_byline_with_french_stamp_is_read_and_left_out(name: str) -> None:
    (article,) = parse_html(_page(f"<p>Par {name} — Publié le 27/11/2026 à 09h15</p>"), origin=URL, url=URL)
    assert article.author == name
    assert article.published == "2026-11-27T09:15:00"
    assert article.paragraphs[0].startswith("أعلنت الوكالة")


def test_byline_line_reads_french_stamp_not_an_update() -> None:
    assert byline_line("Par سعاد المرابط — Publié le 27/11/2026 à 09h15") == ("سعاد المرابط", "2026-11-27T09:15:00")
    assert byline_line("Par Casablanca — Publié le 27/11/2026") == (None, "2026-11-27")
    assert byline_line("Par سعاد المرابط — Mis à jour le 28/11/2026 à 11h00") is None
    assert byline_line("Par ailleurs — Publié le 27/11/2026 à 09h15") is None


def test_update_stamp_before_publication_stamp_is_not_the_date() -> None:
    line = '<p class="byline">Par سعاد المرابط — Mis à jour le 28/11/2026 à 11h00 — Publié le 27/11/2026 à 09h15</p>'
    (article,) = parse_html(_page(line), origin=URL, url=URL)
    assert article.author == "سعاد المرابط"
    assert article.published == "2026-11-27T09:15:00"


def test_update_stamp_alone_still_dates_the_page() -> None:
    (article,) = parse_html(_page('<p class="byline">Mis à jour le 28/11/2026 à 11h00</p>'), origin=URL, url=URL)
    assert article.published is None or article.published.startswith("2026-11-28")
