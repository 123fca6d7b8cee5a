"""Author names: a photographer's credit is no author (audit pages4 F6); a name's tatweel is left out (textfmt4 L1).

Original text written for these tests, modelled on the audits' inputs.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.parse.bylines import author_field_name, byline_name
from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html
from newstui.parse.plaintext import parse_plaintext

HEADLINE: Final = "بالصور: أمطار غزيرة تغمر شوارع الإسكندرية"
LEAD: Final = "شهدت الإسكندرية مساء الأحد أمطارا غزيرة أدت إلى تجمع المياه في عدد من الشوارع الرئيسية والأنفاق."
SECOND: Final = "ودفعت المحافظة بسيارات شفط المياه إلى المناطق المتضررة، وقالت إن الحركة عادت إلى طبيعتها مساء."


def _page(head: str, byline: str) -> str | None:
    page = (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8">{head}<title>{HEADLINE}</title></head>'
        f"<body><article><h1>{HEADLINE}</h1>{byline}<p>{LEAD}</p><p>{SECOND}</p></article></body></html>"
    )
    return parse_html(page, origin="p.html")[0].author


def _feed(byline: str) -> str | None:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>نشرة</title>'
        f"<link>https://news.example/</link><item><title>{HEADLINE}</title><link>https://news.example/1</link>"
        f"<author>{byline}</author><description>{LEAD}</description></item></channel></rss>"
    )
    (article,) = parse_feed(feed.encode(), origin="feed.xml")
    return article.author


def _plain(byline: str) -> str | None:
    return parse_plaintext("\n\n".join((HEADLINE, byline, LEAD, SECOND)), origin="x.txt")[0].author


PHOTO_CREDITS: Final = [
    "تصوير: كريم منصور",
    "تصوير كريم منصور",  # as trafilatura gives it, the colon dropped
    "تصوير - كريم منصور",
    "عدسة: كريم منصور",
    "Photo: Jane Roe",
    "Photos by Jane Roe",
    "Photography: Jane Roe",
]


@pytest.mark.parametrize("credit", PHOTO_CREDITS)
def test_a_photo_credit_is_no_author_field(credit: str) -> None:
    assert author_field_name(credit) is None


@pytest.mark.parametrize("credit", ["تصوير: كريم منصور", "Photo: Jane Roe"])
def test_a_pages_photo_credit_is_no_author(credit: str) -> None:
    """In an author element (trafilatura's author) or the meta author: no author, never "بقلم تصوير …"."""
    assert _page("", f'<div class="meta"><span class="author">{credit}</span></div>') is None
    assert _page(f'<meta name="author" content="{credit}">', "") is None


@pytest.mark.parametrize(
    ("field", "author"),
    [
        ("تصويرات المدينة", "تصويرات المدينة"),  # a word that only starts like the marker
        ("Photoshop Daily", "Photoshop Daily"),
        ("القاهرة - كتب: محمود عبد الرحيم", "محمود عبد الرحيم"),
    ],
)
def test_a_writer_is_still_the_author(field: str, author: str) -> None:
    assert author_field_name(field) == author


TATWEEL: Final = [
    # (id, byline, name)
    ("line-colon", "كتب: ســامي النجار", "سامي النجار"),
    ("line-dash", "كتبت - ريـــم الحسيني", "ريم الحسيني"),
    ("by-marker", "بقلم: د. هـالة منصور", "د. هالة منصور"),
]


@pytest.mark.parametrize(("byline", "name"), [case[1:] for case in TATWEEL], ids=[case[0] for case in TATWEEL])
def test_a_names_tatweel_is_left_out(byline: str, name: str) -> None:
    """Every reader of a byline gives the name without its tatweel (the text keeps its own)."""
    assert byline_name(byline) == name
    assert author_field_name(byline) == name
    assert _plain(byline) == name
    assert _feed(byline) == name
    assert _page(f'<meta name="author" content="{byline}">', "") == name


def test_a_field_without_a_marker_loses_its_tatweel() -> None:
    assert author_field_name("ســامي النجار") == "سامي النجار"
