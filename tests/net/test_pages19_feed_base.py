"""pages19: a feed fetched over HTTP (behind a redirect) resolves the relative links in its entries' text against
the address it came from, or the xml:base it names, never against the entry's own link."""

from __future__ import annotations

import pytest
from local_server import LocalServer, Reply

from newstui.sources import LoadOptions, load_sources

pytestmark = pytest.mark.network

RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
# Text written for this test.
_PARA = "بدأت أعمال صيانة الطريق الساحلي صباح اليوم وتستمر ثلاثة أسابيع."
_ALSO = "إغلاق جزئي للطريق الساحلي"


def _feed(root_base: str) -> bytes:
    base = f' xml:base="{root_base}"' if root_base else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        f'xmlns:content="http://purl.org/rss/1.0/modules/content/"{base}><channel><title>الشاطئ</title>'
        "<item><title>صيانة الطريق الساحلي</title><link>roads/2026/coast-repairs</link>"
        f"<description>موجز.</description><content:encoded><![CDATA[<p>{_PARA}</p>"
        f'<p>اقرأ أيضاً: <a href="roads/2026/coast-closure">{_ALSO}</a></p>]]></content:encoded>'
        "</item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    ("root_base", "expected"),
    [("", "/p19/ar/roads/2026/coast-closure"), ("/p19/site/", "/p19/site/roads/2026/coast-closure")],
    ids=["the feed's address", "a relative xml:base"],
)
async def test_relative_content_links_over_http(http_server: LocalServer, root_base: str, expected: str) -> None:
    http_server.routes[f"/p19/latest{root_base.count('/')}"] = Reply(302, {"Location": "/p19/ar/feed.xml"})
    http_server.routes["/p19/ar/feed.xml"] = Reply(200, RSS, _feed(root_base))
    (result,) = await load_sources([http_server.url(f"/p19/latest{root_base.count('/')}")], LoadOptions(timeout=20))
    (article,) = result.articles
    assert [(link.title, link.url) for link in article.related] == [(_ALSO, http_server.url(expected))]
