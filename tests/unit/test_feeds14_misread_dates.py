"""A feed date feedparser misreads (audit pages13 #14): "2026/11/28 07:00 م" is not the 1st of the month, and
"7:00 PM +0300" is not 07:00 UTC; the dateline reader's reading is taken when feedparser's names another time."""

from __future__ import annotations

import pytest

from newstui.parse.feed import parse_feed


def _rss(date: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>جريدة الواحة</title>'
        "<item><title>افتتاح سوق الكتب المستعملة في ساحة البلدية</title>"
        "<link>https://waha.example/news/books</link>"
        f"<pubDate>{date}</pubDate><description>افتتحت البلدية سوقا للكتب المستعملة.</description>"
        "</item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    ("date", "published"),
    [
        pytest.param("2026/11/28 07:00 م", "2026-11-28T19:00:00", id="slashes-evening"),
        pytest.param("2026/03/15 10:30", "2026-03-15T10:30:00", id="slashes-march"),
        pytest.param("2026.11.28 19:00", "2026-11-28T19:00:00", id="dots"),
        pytest.param("2026/11/28", "2026-11-28", id="slashes-day-alone"),
        pytest.param("28-11-2026 19:00", "2026-11-28T19:00:00", id="day-first-dashes"),
        pytest.param("Sat, 28 Nov 2026 7:00 PM +0300", "2026-11-28T19:00:00+03:00", id="rfc822-pm"),
        pytest.param("Sat, 28 Nov 2026 7:00 PM EET", "2026-11-28T19:00:00+02:00", id="rfc822-pm-named-zone"),
        pytest.param("Sat, 28 Nov 2026 7:00 PM", "2026-11-28T19:00:00+00:00", id="rfc822-pm-no-zone"),
    ],
)
def test_a_misread_date_is_read_as_written(date: str, published: str) -> None:
    (article,) = parse_feed(_rss(date), origin="f.xml")
    assert article.published == published


@pytest.mark.parametrize(
    ("date", "published"),
    [
        pytest.param("Mon, 30 Nov 2026 14:15:00 +0200", "2026-11-30T14:15:00+02:00", id="rfc822"),
        pytest.param("Sat, 28 Nov 2026 19:00:00 EET", "2026-11-28T19:00:00+02:00", id="rfc822-eet"),
        pytest.param("Sat, 28 Nov 2026 19:00:00 AST", "2026-11-28T19:00:00+03:00", id="rfc822-ast"),
        pytest.param("2026-11-28T19:00:00.000+03:00", "2026-11-28T19:00:00+03:00", id="iso"),
        pytest.param("2026-11-28 19:00", "2026-11-28T19:00:00+00:00", id="iso-no-zone"),
        pytest.param("Sat Nov 28 19:00:00 2026", "2026-11-28T19:00:00+00:00", id="asctime"),
        pytest.param("Tue, 01 Dec 2026 08:30:00", "2026-12-01T08:30:00+00:00", id="rfc822-no-zone"),
        pytest.param("السبت، 28 نوفمبر 2026 19:00 +0300", "2026-11-28T19:00:00+03:00", id="arabic"),
    ],
)
def test_a_date_feedparser_reads_right_is_kept(date: str, published: str) -> None:
    (article,) = parse_feed(_rss(date), origin="f.xml")
    assert article.published == published


def test_every_entry_of_a_slash_dated_feed_keeps_its_own_day() -> None:
    """Each entry its own day, not all the same 1st of the month; newest first is the order written."""
    items = "".join(
        f"<item><title>خبر {day}</title><link>https://waha.example/{day}</link>"
        f"<pubDate>2026/11/{day:02d} 09:00</pubDate></item>"
        for day in (3, 17, 25)
    )
    data = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>جريدة الواحة</title>'
        f"{items}</channel></rss>"
    ).encode()
    dates = [article.published for article in parse_feed(data, origin="f.xml")]
    assert dates == ["2026-11-03T09:00:00", "2026-11-17T09:00:00", "2026-11-25T09:00:00"]
