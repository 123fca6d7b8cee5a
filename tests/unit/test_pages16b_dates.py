"""Datelines ending in a zone's name or a place's time, feed dates as Unix times or with a zone comment, dates absurdly
far back, meta dates under Parse.ly's and CMSs' names (audit pages15 #2, #3, #6, #9, #10)."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Final
from zoneinfo import ZoneInfo

import pytest

from newstui.model import Article
from newstui.parse.feed import _published, parse_feed
from newstui.parse.html import parse_html
from newstui.parse.plaintext_dates import dateline_kind, iso_date

_HEADLINE: Final = "افتتاح سوق شعبي جديد للخضار في وسط المدينة"
_BODY: Final = (
    "افتتحت البلدية صباح اليوم سوقاً شعبياً جديداً للخضار والفواكه في وسط المدينة يضم أكثر من ستين محلاً.",
    "وقال مدير السوق إن المحلات وزعت على صغار التجار بإيجارات رمزية لمدة ثلاث سنوات قابلة للتجديد.",
    "ويفتح السوق أبوابه يومياً من السادسة صباحاً حتى التاسعة مساءً عدا يوم الجمعة.",
)


def _page(top: str = "", head: str = "") -> Article:
    paragraphs = "".join(f"<p>{text}</p>" for text in _BODY)
    page = (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_HEADLINE}</title>{head}</head><body>'
        f'<article><h1>{_HEADLINE}</h1>{top}<div class="entry-content">{paragraphs}</div></article></body></html>'
    )
    (article,) = parse_html(page, origin="x")
    return article


def _feed_dates(*written: str) -> list[str | None]:
    items = "".join(
        f"<item><title>خبر رقم {number}</title><link>https://souq.example/n/{number}</link>"
        f"<pubDate>{value}</pubDate><description>افتتح السوق الجديد أبوابه اليوم.</description></item>"
        for number, value in enumerate(written)
    )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار السوق</title>'
        f"<link>https://souq.example/</link><language>ar</language>{items}</channel></rss>"
    )
    return [entry.published for entry in parse_feed(feed.encode(), origin="feed.xml")]


# Finding 2: a dateline ending in a zone's name, or in "بالتوقيت المحلي", is a dateline.


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("آخر تحديث: 29 نوفمبر ,2026: 10:34 ص GST", "2026-11-29T10:34:00+04:00"),
        ("الأحد 29 نوفمبر 2026 - 10:30 ص EET", "2026-11-29T10:30:00+02:00"),
        ("الأحد 12 يوليو 2026 - 10:30 ص EEST", "2026-07-12T10:30:00+03:00"),
        ("الأحد 29 نوفمبر 2026 - 18:05 MSK", "2026-11-29T18:05:00+03:00"),
        ("نشر في 29 نوفمبر 2026 - 09:15 CET", "2026-11-29T09:15:00+01:00"),
        ("الأحد 29 نوفمبر 2026 - 10:30 ص بالتوقيت المحلي", "2026-11-29T10:30:00"),
    ],
)
def test_a_dateline_ending_in_a_zone_name_is_sure_and_dated(line: str, expected: str) -> None:
    assert dateline_kind(line) == "sure"
    assert iso_date(line) == expected


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("آخر تحديث: 29 نوفمبر ,2026: 10:34 ص GST", "2026-11-29T10:34:00+04:00"),
        ("الأحد 29 نوفمبر 2026 - 10:30 ص EET", "2026-11-29T10:30:00+02:00"),
        ("الأحد 29 نوفمبر 2026 - 10:30 ص بالتوقيت المحلي", "2026-11-29T10:30:00"),
    ],
)
def test_a_page_dateline_ending_in_a_zone_name_dates_the_page(stamp: str, expected: str) -> None:
    assert _page(f'<div class="date">{stamp}</div>').published == expected


def test_a_zone_name_in_lower_case_or_unknown_is_no_dateline() -> None:
    assert dateline_kind("29 نوفمبر 2026 eat") is None
    assert dateline_kind("29 نوفمبر 2026 10:30 XYZ") is None
    assert iso_date("1/12/2026 08:45 est") == "2026-12-01T08:45:00"


# Finding 3: a zone named after the time gives its offset.


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("تاريخ النشر: 1/12/2026 08:45 (توقيت مكة المكرمة)", "2026-12-01T08:45:00+03:00"),
        ("1/12/2026 08:45 (بتوقيت مكة)", "2026-12-01T08:45:00+03:00"),
        ("1/12/2026 08:45 توقيت مكة", "2026-12-01T08:45:00+03:00"),
        ("1/12/2026 08:45 بتوقيت مكّة المكرّمة", "2026-12-01T08:45:00+03:00"),
        ("01 ديسمبر 2026 08:45 ص بتوقيت الإمارات", "2026-12-01T08:45:00+04:00"),
        ("1/12/2026 08:45 بتوقيت أبو ظبي", "2026-12-01T08:45:00+04:00"),
        ("1/12/2026 08:45 بتوقيت الرياض", "2026-12-01T08:45:00+03:00"),
        ("1/12/2026 08:45 بتوقيت السعودية", "2026-12-01T08:45:00+03:00"),
        ("1/12/2026 08:45 ت.غ", "2026-12-01T08:45:00+00:00"),
        ("1/12/2026 08:45 (GMT+03:00)", "2026-12-01T08:45:00+03:00"),
        ("1/12/2026 08:45 AST", "2026-12-01T08:45:00+03:00"),
        ("1/12/2026 08:45 KSA", "2026-12-01T08:45:00+03:00"),
        ("1/12/2026 08:45 بتوقيت غرينتش", "2026-12-01T08:45:00+00:00"),
        ("1/12/2026 08:45 GMT+3", "2026-12-01T08:45:00+03:00"),
        ("الثلاثاء ١ ديسمبر ٢٠٢٦ - ٠٨:٤٥ بتوقيت القدس", "2026-12-01T08:45:00+02:00"),
        ("1/12/2026 08:45 بتوقيت القاهرة", "2026-12-01T08:45:00+02:00"),
        ("1 يوليو 2026 08:45 بتوقيت القدس", "2026-07-01T08:45:00+03:00"),
        ("1/12/2026 08:45 بتوقيت المريخ", "2026-12-01T08:45:00"),
    ],
)
def test_a_zone_named_after_the_time_gives_its_offset(line: str, expected: str) -> None:
    assert dateline_kind(line) == "sure"
    assert iso_date(line) == expected


def test_cairo_time_is_read_for_the_day_with_summer_time() -> None:
    summer = datetime(2026, 7, 1, 8, 45, tzinfo=ZoneInfo("Africa/Cairo")).isoformat()
    assert iso_date("1 يوليو 2026 08:45 بتوقيت القاهرة") == summer
    assert iso_date("1 يناير 2026 08:45 بتوقيت القاهرة") == "2026-01-01T08:45:00+02:00"


def test_ast_is_atlantic_time_when_not_arabic() -> None:
    assert iso_date("1/12/2026 08:45 AST", arabic=False) == "2026-12-01T08:45:00-04:00"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("تاريخ النشر: 1/12/2026 08:45 (توقيت مكة المكرمة)", "2026-12-01T08:45:00+03:00"),
        ("01 ديسمبر 2026 08:45 ص بتوقيت الإمارات", "2026-12-01T08:45:00+04:00"),
        ("الثلاثاء ١ ديسمبر ٢٠٢٦ - ٠٨:٤٥ بتوقيت القدس", "2026-12-01T08:45:00+02:00"),
        ("1/12/2026 08:45 KSA", "2026-12-01T08:45:00+03:00"),
    ],
)
def test_a_page_dateline_keeps_the_offset_of_its_named_zone(stamp: str, expected: str) -> None:
    assert _page(f'<div class="date">{stamp}</div>').published == expected


# Finding 6: a Unix time in a feed is read as one; a date absurdly far back is refused.


def test_a_feed_date_written_as_a_unix_time_is_read_as_seconds() -> None:
    assert _feed_dates("1764345600", "1764345600000") == ["2025-11-28T16:00:00+00:00"] * 2


def test_a_feed_date_before_1990_is_refused() -> None:
    old = time.struct_time((1764, 12, 10, 0, 0, 0, 0, 1, 0))
    assert _published({"published_parsed": old, "published": "17641210"}) is None
    assert _feed_dates("Mon, 01 Jan 1970 00:00:00 +0000", "Sat, 28 Nov 2026 19:00:00 +0300") == [
        None,
        "2026-11-28T19:00:00+03:00",
    ]


def test_an_early_updated_date_gives_way_to_the_next() -> None:
    old = time.struct_time((1970, 1, 1, 0, 0, 0, 0, 1, 0))
    good = time.struct_time((2026, 11, 28, 16, 0, 0, 0, 1, 0))
    entry = {"published_parsed": old, "published": "1970-01-01T00:00:00Z", "updated_parsed": good}
    assert _published(entry) == "2026-11-28T16:00:00+00:00"


def test_a_page_meta_date_before_1990_is_passed_over() -> None:
    head = '<meta property="article:published_time" content="1970-01-01T00:00:00Z">'
    article = _page('<div class="date">الأحد 29 نوفمبر 2026 - 10:30 ص</div>', head)
    assert article.published == "2026-11-29T10:30:00"


def test_plausible_refuses_dates_far_back_and_in_the_future() -> None:
    from newstui.parse.published import not_too_early, plausible

    assert not not_too_early("1764-12-10")
    assert not_too_early("1990-01-01")
    assert plausible("2026-11-28T19:00:00+03:00", "2026-12-31T00:00:00+00:00")
    assert not plausible("1989-12-31", "2026-12-31T00:00:00+00:00")
    assert not plausible("2027-01-02", "2026-12-31T00:00:00+00:00")


# Finding 9: a comment after the zone keeps the offset written.


def test_a_zone_comment_after_the_offset_keeps_it() -> None:
    assert _feed_dates(
        "Sat, 28 Nov 2026 19:00:00 +0300 (Arab Standard Time)",
        "Sat, 28 Nov 2026 19:00:00 EET (Eastern European Time)",
        "Sat, 28 Nov 2026 19:00:00 +0000 (UTC)",
    ) == ["2026-11-28T19:00:00+03:00", "2026-11-28T19:00:00+02:00", "2026-11-28T19:00:00+00:00"]


# Finding 10: meta dates under other common names keep their time of day.


@pytest.mark.parametrize(
    "name", ["publish-date", "publish_date", "parsely-pub-date", "publication_date", "sailthru.date", "Publish-Date"]
)
def test_a_meta_date_under_a_common_name_keeps_its_time(name: str) -> None:
    assert _page(head=f'<meta name="{name}" content="2026-12-01 08:45:00">').published == "2026-12-01T08:45:00"
