"""One check for absurd future publication times, shared by feeds and HTML pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html

_STORY = (
    "<p>Workers finished resurfacing the coast road on Friday, three weeks ahead of the schedule set in spring.</p>"
    "<p>The road reopens to heavy lorries on Monday morning, the council said in a short statement.</p>"
)


def _page_published(meta_date: str) -> str | None:
    page = (
        f'<html lang="en"><head><title>Coast road reopens</title>'
        f'<meta property="article:published_time" content="{meta_date}"></head>'
        f"<body><article><h1>Coast road reopens</h1>{_STORY}</article></body></html>"
    )
    (article,) = parse_html(page, origin="page.html")
    return article.published


def _feed_published(when: datetime) -> str | None:
    stamp = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Coast news</title>'
        f"<item><title>Coast road reopens</title><pubDate>{stamp}</pubDate></item></channel></rss>"
    )
    (article,) = parse_feed(feed.encode(), origin="feed.xml")
    return article.published


@pytest.mark.parametrize(
    ("meta_date", "kept"),
    [
        ("9999-12-31T23:59:59+00:00", False),
        ("9999-12-31", False),
        ("2999-01-01T08:00:00", False),
        ("2024-03-05T09:30:00+03:00", True),
        ("2024-03-05", True),
    ],
    ids=["year-9999", "date-9999", "naive-2999", "past-with-offset", "past-date"],
)
def test_a_page_dated_far_ahead_has_no_date(meta_date: str, kept: bool) -> None:
    """A page's absurd future date is dropped, as a feed's is: it would top "newest first" for ever."""
    assert (_page_published(meta_date) is not None) is kept


@pytest.mark.parametrize("days_ahead", [-30, 0, 1.5, 2.5, 40])
def test_feeds_and_pages_draw_the_line_at_the_same_time(days_ahead: float) -> None:
    """A time some days ahead is kept (or dropped) alike in a feed and on a page: two days of slack."""
    when = (datetime.now(tz=UTC) + timedelta(days=days_ahead)).replace(microsecond=0)
    from_page = _page_published(when.isoformat())
    from_feed = _feed_published(when)
    assert (from_page is not None) is (from_feed is not None) is (days_ahead < 2)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-30T23:59:59+00:00", True),
        ("2026-12-01T00:00:00+00:00", True),
        ("2026-12-01T00:00:01+00:00", False),
        ("2026-12-01T02:00:00+03:00", True),
        ("2026-12-01T00:30:00-01:00", False),
        ("2026-12-01", True),
        ("2026-12-02", False),
        ("2026-11-30T23:00:00", True),
        ("9999-12-31T23:59:59-12:00", False),
        ("not a date", True),
    ],
)
def test_not_in_future(value: str, expected: bool) -> None:
    from newstui.parse.published import not_in_future

    assert not_in_future(value, "2026-12-01T00:00:00+00:00") is expected
