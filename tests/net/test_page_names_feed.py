"""Against the local server: an HTML page with no story that names its site's feed says where the stories are."""

from __future__ import annotations

import pytest
from local_server import LocalServer, Reply

from newstui.sources import LoadOptions, load_sources

pytestmark = pytest.mark.network

_HTML = {"Content-Type": "text/html; charset=utf-8"}


def _page(head: str) -> bytes:
    return (
        f'<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>صحيفة الواحة</title>{head}</head>'
        '<body><nav><a href="/">الرئيسية</a> <a href="/economy">اقتصاد</a></nav></body></html>'
    ).encode()


@pytest.mark.parametrize(
    ("head", "feed"),
    [
        pytest.param('<link rel="alternate" type="application/rss+xml" href="/rss-ar.xml">', "/rss-ar.xml", id="rss"),
        pytest.param(
            "<LINK TYPE='application/atom+xml' REL='alternate home' HREF='feeds/atom.xml?a=1&amp;b=2'>",
            "/named/feeds/atom.xml?a=1&b=2",
            id="atom-relative",
        ),
    ],
)
async def test_a_page_without_a_story_names_its_feed(http_server: LocalServer, head: str, feed: str) -> None:
    path = f"/named/{len(head)}.html"
    http_server.routes[path] = Reply(headers=_HTML, body=_page(head))
    (result,) = await load_sources([http_server.url(path)], LoadOptions(timeout=20))
    assert result.articles == ()
    assert result.error == f"no article text found; the page names a feed: {http_server.url(feed)}"


async def test_a_page_without_a_feed_says_as_before(http_server: LocalServer) -> None:
    """No feed link, or only another language's page (``hreflang``, text/html): the reason as it was."""
    http_server.routes["/named/none.html"] = Reply(
        headers=_HTML, body=_page('<link rel="alternate" hreflang="en" type="text/html" href="/en/">')
    )
    (result,) = await load_sources([http_server.url("/named/none.html")], LoadOptions(timeout=20))
    assert result.error == "no article text found"
