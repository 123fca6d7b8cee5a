"""A Hijri date written in digits beside a Gregorian one (audit texts19 #6): the Gregorian date counts, in
either order, whether it is written with a month's name or in digits, on a dateline of its own, in a wire
lead, on a page's date element and in a feed's date.

16 Ramadan 1447 is 5 March 2026 in the tabular calendar; the dates below say 6 March, so a story dated the
5th was dated by its Hijri date. Original text written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_dates import iso_date

HEADLINE: Final = "بلدية المدينة تعتمد خطة لزراعة مئة ألف شجرة في الأحياء السكنية"
LEAD: Final = "اعتمدت بلدية المدينة في اجتماعها الدوري خطة لزراعة مئة ألف شجرة في الأحياء السكنية خلال ثلاث سنوات."
SECOND: Final = "وقال مدير البلدية إن الخطة تبدأ بالأحياء الأكثر حرارة وتعتمد على الري بالمياه المعالجة."

DATES: Final = [
    # (id, the date words)
    ("hijri-ymd-then-worded", "1447/9/16هـ الموافق 6 مارس 2026م"),
    ("hijri-dmy-then-worded", "16/9/1447هـ الموافق 6 مارس 2026م"),
    ("hijri-ymd-then-numeric", "1447/9/16هـ الموافق 06/03/2026م"),
    ("hijri-dmy-then-numeric", "16/9/1447هـ الموافق 06/03/2026م"),
    ("worded-then-hijri-ymd", "6 مارس 2026م الموافق 1447/9/16هـ"),
    ("worded-then-hijri-dmy", "6 مارس 2026م الموافق 16/9/1447 هـ"),
    ("numeric-then-hijri-ymd", "06/03/2026م الموافق 1447/9/16هـ"),
    ("hijri-ymd-dash-worded", "1447/9/16 هـ - 6 مارس 2026 م"),
    ("eastern-digits", "١٤٤٧/٩/١٦هـ الموافق ٦ مارس ٢٠٢٦م"),
]
IDS: Final = [case[0] for case in DATES]
WORDS: Final = [case[1] for case in DATES]


@pytest.mark.parametrize("words", WORDS, ids=IDS)
def test_iso_date_takes_the_gregorian_date(words: str) -> None:
    assert iso_date(words) == "2026-03-06"
    assert iso_date(f"أبوظبي في {words}") == "2026-03-06"


def test_the_time_after_the_gregorian_date_is_kept() -> None:
    assert iso_date("1447/9/16هـ الموافق 6 مارس 2026م 10:30 ص") == "2026-03-06T10:30:00"
    assert iso_date("06/03/2026م 10:30 الموافق 1447/9/16هـ") == "2026-03-06T10:30:00"


def test_a_hijri_date_alone_is_still_reckoned() -> None:
    assert iso_date("1447/9/16هـ") == "2026-03-05"
    assert iso_date("الشارقة في 16/9/1447هـ") == "2026-03-05"
    assert iso_date("الجمعة 1447/9/16هـ") == "2026-03-06"  # the weekday settles the day


@pytest.mark.parametrize("words", WORDS, ids=IDS)
def test_a_dateline_of_its_own(words: str) -> None:
    text = "\n\n".join((HEADLINE, f"الشارقة في {words}", LEAD, SECOND))
    (article,) = parse_plaintext(text, origin="x.txt")
    assert article.published == "2026-03-06"
    assert article.title == HEADLINE


@pytest.mark.parametrize("words", WORDS, ids=IDS)
def test_a_wire_lead(words: str) -> None:
    text = "\n\n".join((HEADLINE, f"الشارقة في {words} - وام - {LEAD}", SECOND))
    (article,) = parse_plaintext(text, origin="x.txt")
    assert article.published == "2026-03-06"
    assert article.attribution == "وام"


def test_a_pages_date_element() -> None:
    page = (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        '<div class="date">1447/9/16هـ الموافق 6 مارس 2026م</div>'
        f"<p>{LEAD}</p><p>{SECOND}</p></article></body></html>"
    )
    (article,) = parse_html(page, origin="x.html")
    assert article.published == "2026-03-06"


def test_a_feeds_date() -> None:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار</title>'
        "<link>https://example.invalid/</link><description>أخبار</description><language>ar</language>"
        f"<item><title>{HEADLINE}</title><link>https://example.invalid/1</link>"
        "<pubDate>16/9/1447هـ الموافق 6 مارس 2026م</pubDate>"
        f"<description>{LEAD}</description></item></channel></rss>"
    )
    (article,) = parse_feed(feed.encode(), origin="f.xml")
    assert article.published == "2026-03-06"
