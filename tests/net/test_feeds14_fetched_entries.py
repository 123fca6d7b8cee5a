"""Against the local server, --fetch-entries as audit pages13 found it: a feed's zoned time kept under a page's
zoneless dateline of the same moment (#7); an entry reached through a tracking link takes the page's address, so
the same page loaded directly is the same story, listed once (#13); a brief of whole sentences under WordPress's
"The post … appeared first on …" footer is the whole story, its page not fetched (#5)."""

from __future__ import annotations

import json

import pytest
from local_server import LocalServer, Reply

from newstui import cli
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
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_TITLE}</title>'
        '<meta property="og:site_name" content="جريدة الواحة"></head>'
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
        pytest.param("Mon, 30 Nov 2026 14:15:00 +0000", "2026-11-30T14:15:00+00:00", id="feed-in-utc"),
    ],
)
async def test_a_zoneless_dateline_keeps_the_feeds_offset(http_server: LocalServer, date: str, published: str) -> None:
    """The page's ``الإثنين، 30 نوفمبر 2026 02:15 م`` is the feed's time written without its zone."""
    path = f"/feeds14/zone-{published[-6:-3]}.html"
    http_server.routes[path] = Reply(headers=_HTML, body=_page("الإثنين، 30 نوفمبر 2026 02:15 م"))
    http_server.routes[path + ".xml"] = Reply(headers=_RSS, body=_feed(http_server.url(path), date))
    (result,) = await load_sources([http_server.url(path + ".xml")], LoadOptions(timeout=20, fetch_entries=True))
    (entry,) = result.articles
    assert (entry.paragraphs, entry.summary_only) == (_STORY, False)
    assert entry.published == published


@pytest.mark.parametrize(
    ("dateline", "date", "published"),
    [
        pytest.param("02:20 م", "Mon, 30 Nov 2026 14:15:00 +0200", "2026-11-30T14:20:00", id="another-time"),
        # the feed's moment in a zone neither wrote: no offset made up for it (audit regress13a #5)
        pytest.param("02:15 م", "Mon, 30 Nov 2026 12:15:00 +0000", "2026-11-30T14:15:00", id="another-zone"),
    ],
)
async def test_a_dateline_of_another_time_is_the_pages(
    http_server: LocalServer, dateline: str, date: str, published: str
) -> None:
    """A page's time that is not the feed's as written (nor in UTC) stays the page's, as before."""
    path = f"/feeds14/other-{date[-5:]}"
    http_server.routes[path + ".html"] = Reply(headers=_HTML, body=_page(f"الإثنين، 30 نوفمبر 2026 {dateline}"))
    http_server.routes[path + ".xml"] = Reply(headers=_RSS, body=_feed(http_server.url(path + ".html"), date))
    (result,) = await load_sources([http_server.url(path + ".xml")], LoadOptions(timeout=20, fetch_entries=True))
    (entry,) = result.articles
    assert entry.published == published


@pytest.mark.parametrize("status", [301, 302])
def test_a_tracking_link_gives_the_pages_address(
    http_server: LocalServer, status: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """--json with the feed (its link redirects to the page) and the page itself: one story, at the page's address."""
    page = f"/feeds14/track-{status}/story.html"
    http_server.routes[page] = Reply(headers=_HTML, body=_page("الإثنين، 30 نوفمبر 2026 02:15 م"))
    http_server.routes[f"/feeds14/track-{status}/r"] = Reply(status, {"Location": http_server.url(page)})
    feed = _feed(http_server.url(f"/feeds14/track-{status}/r?u=newsletter"), "Mon, 30 Nov 2026 14:15:00 +0200")
    http_server.routes[f"/feeds14/track-{status}/feed.xml"] = Reply(headers=_RSS, body=feed)
    argv = ["--json", "--fetch-entries", http_server.url(f"/feeds14/track-{status}/feed.xml"), http_server.url(page)]
    assert cli.main(argv) == 0, capsys.readouterr().err
    (story,) = json.loads(capsys.readouterr().out)["articles"]
    assert (story["url"], story["title"]) == (http_server.url(page), _TITLE)


async def test_a_link_into_a_page_stays_the_entrys(http_server: LocalServer) -> None:
    """An entry whose link points into its page (``#comments``) keeps that link."""
    page = "/feeds14/into.html"
    http_server.routes[page] = Reply(headers=_HTML, body=_page("الإثنين، 30 نوفمبر 2026 02:15 م"))
    link = http_server.url(page) + "#comments"
    http_server.routes["/feeds14/into.xml"] = Reply(headers=_RSS, body=_feed(link, "Mon, 30 Nov 2026 14:15:00 +0200"))
    (result,) = await load_sources([http_server.url("/feeds14/into.xml")], LoadOptions(timeout=20, fetch_entries=True))
    (entry,) = result.articles
    assert (entry.url, entry.paragraphs) == (link, _STORY)


@pytest.mark.parametrize(
    "footer",
    [
        pytest.param(
            'The post <a href="{link}">{title}</a> appeared first on <a href="{home}">جريدة الواحة</a>.', id="en"
        ),
        pytest.param('ظهرت المقالة <a href="{link}">{title}</a> أولاً على <a href="{home}">جريدة الواحة</a>.', id="ar"),
    ],
)
async def test_a_brief_under_the_wordpress_footer_is_not_fetched(http_server: LocalServer, footer: str) -> None:
    """The entry's one whole sentence is its story: its page (gone, 404) is not asked for, and the load has no error."""
    link, home = http_server.url(f"/feeds14/gone-{len(footer)}.html"), http_server.url("/")
    encoded = f"<p>{_STORY[0]}</p><p>{footer.format(link=link, title=_TITLE, home=home)}</p>"
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>جريدة الواحة</title>'
        f"<item><title>{_TITLE}</title><link>{link}</link><description>{_STORY[0][:40]}</description>"
        f"<content:encoded><![CDATA[{encoded}]]></content:encoded></item></channel></rss>"
    )
    path = f"/feeds14/brief-{len(footer)}.xml"
    http_server.routes[path] = Reply(headers=_RSS, body=feed.encode())
    (result,) = await load_sources([http_server.url(path)], LoadOptions(timeout=20, fetch_entries=True))
    (entry,) = result.articles
    assert (entry.paragraphs, entry.summary_only, result.error) == ((_STORY[0],), False, None)
    assert http_server.hits.get(f"/feeds14/gone-{len(footer)}.html", 0) == 0
