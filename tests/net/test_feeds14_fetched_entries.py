"""Against the local server, --fetch-entries as audit pages13 found it: a feed's zoned time kept under a page's
zoneless dateline of the same moment (#7)."""

from __future__ import annotations

import pytest
from local_server import LocalServer, Reply

from newstui.sources import LoadOptions, load_sources

pytestmark = pytest.mark.network

_HTML = {"Content-Type": "text/html; charset=utf-8"}
_RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
_TITLE = "البلدية تفتتح حديقة عامة جديدة في حي النخيل"
_STORY = (
    "افتتحت البلدية صباح اليوم حديقة عامة جديدة في حي النخيل على مساحة عشرة آلاف متر مربع.",
    "وقال رئيس البلدية إن الحديقة تضم ملاعب للأطفال ومسارا للمشي وأكثر من خمسمئة شجرة.",
    "وأضاف أن العمل جار على حديقتين أخريين في الحيين الشرقي والجنوبي تفتتحان في الربيع.",
)


def _page(dateline: str) -> bytes:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in _STORY)
    return (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_TITLE}</title></head>'
        f'<body><article><h1>{_TITLE}</h1><div class="newsStoryDate">{dateline}</div>{body}</article></body></html>'
    ).encode()


def _feed(link: str, date: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>جريدة الواحة</title>'
        f"<item><title>{_TITLE}</title><link>{link}</link><pubDate>{date}</pubDate>"
        f"<description>{_STORY[0][:40]}…</description></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    ("date", "published"),
    [
        pytest.param("Mon, 30 Nov 2026 14:15:00 +0200", "2026-11-30T14:15:00+02:00", id="same-offset"),
        pytest.param("Mon, 30 Nov 2026 12:15:00 +0000", "2026-11-30T14:15:00+02:00", id="feed-in-utc"),
    ],
)
async def test_a_zoneless_dateline_keeps_the_feeds_offset(http_server: LocalServer, date: str, published: str) -> None:
    """The page's ``الإثنين، 30 نوفمبر 2026 02:15 م`` is the feed's moment written without its zone."""
    path = f"/feeds14/zone-{published[-6:-3]}.html"
    http_server.routes[path] = Reply(headers=_HTML, body=_page("الإثنين، 30 نوفمبر 2026 02:15 م"))
    http_server.routes[path + ".xml"] = Reply(headers=_RSS, body=_feed(http_server.url(path), date))
    (result,) = await load_sources([http_server.url(path + ".xml")], LoadOptions(timeout=5, fetch_entries=True))
    (entry,) = result.articles
    assert (entry.paragraphs, entry.summary_only) == (_STORY, False)
    assert entry.published == published


async def test_a_dateline_of_another_time_is_the_pages(http_server: LocalServer) -> None:
    """A page's time that no zone makes the feed's moment stays the page's, as before."""
    http_server.routes["/feeds14/other.html"] = Reply(headers=_HTML, body=_page("الإثنين، 30 نوفمبر 2026 02:20 م"))
    feed = _feed(http_server.url("/feeds14/other.html"), "Mon, 30 Nov 2026 14:15:00 +0200")
    http_server.routes["/feeds14/other.xml"] = Reply(headers=_RSS, body=feed)
    (result,) = await load_sources([http_server.url("/feeds14/other.xml")], LoadOptions(timeout=5, fetch_entries=True))
    (entry,) = result.articles
    assert entry.published == "2026-11-30T14:20:00"
