"""Against the local server: a JSON Feed is refused in one line that says what it is, whatever its type."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys

import httpx
import pytest
from local_server import LocalServer, Reply

from newstui.errors import NewsError, NotText
from newstui.sources.http import fetch
from newstui.text.json_feed import JSON_FEED, is_json_feed

pytestmark = pytest.mark.network

_FEED = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "نشرة جيسون",
        "items": [{"id": "j1", "url": "https://oasis.example/j/1.html", "title": "خبر", "content_text": "نص."}],
    },
    ensure_ascii=False,
    indent=1,
).encode()
_ESCAPED = b'{"version":"https:\\/\\/jsonfeed.org\\/version\\/1","title":"x","items":[]}'  # PHP's json_encode


@pytest.mark.parametrize(
    ("content_type", "body", "encoding"),
    [
        pytest.param("application/feed+json", _FEED, None, id="feed+json"),
        pytest.param("application/json; charset=utf-8", _FEED, None, id="json"),
        pytest.param("application/json", _ESCAPED, None, id="escaped-slashes"),
        pytest.param("application/json", gzip.compress(_FEED), "gzip", id="gzipped-json"),
        pytest.param("text/plain; charset=utf-8", _FEED, None, id="text"),
        pytest.param("application/octet-stream", b"\xef\xbb\xbf" + _FEED, None, id="octet-stream-bom"),
    ],
)
async def test_a_json_feed_is_refused_as_one(
    http_server: LocalServer, content_type: str, body: bytes, encoding: str | None
) -> None:
    path = f"/jsonfeed/{content_type.partition(';')[0].replace('/', '-')}-{len(body)}"
    headers = {"Content-Type": content_type, **({"Content-Encoding": encoding} if encoding else {})}
    http_server.routes[path] = Reply(headers=headers, body=body)
    async with httpx.AsyncClient(follow_redirects=False, timeout=5) as client:
        with pytest.raises(NewsError) as caught:
            await fetch(http_server.url(path), client)
    assert isinstance(caught.value, NotText) and caught.value.message == JSON_FEED


async def test_other_json_is_still_not_a_readable_type(http_server: LocalServer) -> None:
    http_server.routes["/jsonfeed/api"] = Reply(
        headers={"Content-Type": "application/json"}, body=b'{"version": "2.0", "items": []}'
    )
    async with httpx.AsyncClient(follow_redirects=False, timeout=5) as client:
        with pytest.raises(NewsError) as caught:
            await fetch(http_server.url("/jsonfeed/api"), client)
    assert caught.value.message == "not a readable type (application/json)"


# Our own feeds, written for these tests.
_RSS = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>نشرة الواحة</title>'
    "<item><title>افتتاح سوق الكتب</title><link>https://oasis.example/books</link>"
    "<description>افتتحت البلدية سوق الكتب المستعملة في الساحة القديمة.</description></item></channel></rss>"
).encode()
_ATOM = (
    '<feed xmlns="http://www.w3.org/2005/Atom"><title>مدونة الواحة</title><id>urn:oasis</id>'
    "<updated>2026-11-30T08:00:00Z</updated><entry><title>موسم التمور</title><id>urn:oasis:1</id>"
    '<updated>2026-11-30T08:00:00Z</updated><link href="https://oasis.example/dates"/>'
    "<summary>بدأ موسم قطف التمور في الواحة هذا الأسبوع.</summary></entry></feed>"
).encode()


@pytest.mark.parametrize(
    ("body", "encoding", "title"),
    [
        pytest.param(_RSS, None, "افتتاح سوق الكتب", id="rss-xml-declaration"),
        pytest.param(_RSS[_RSS.index(b"<rss") :], None, "افتتاح سوق الكتب", id="rss-root"),
        pytest.param(b"\n\t  " + _ATOM, None, "موسم التمور", id="atom-after-space"),
        pytest.param(b"\xef\xbb\xbf" + _RSS, None, "افتتاح سوق الكتب", id="bom"),
        pytest.param(gzip.compress(_ATOM), "gzip", "موسم التمور", id="gzipped-atom"),
        pytest.param(_RSS.replace(b"</channel>", b"<!--" + b"x" * 9000 + b"--></channel>"), None, "افتتاح سوق الكتب",
                     id="longer-than-the-sniffed-head"),
    ],
)  # fmt: skip
async def test_a_feed_served_as_json_is_read_as_a_feed(
    http_server: LocalServer, body: bytes, encoding: str | None, title: str
) -> None:
    """A misconfigured server's ``application/json`` over an RSS or Atom feed: its first bytes say it is a feed."""
    from newstui.sources import LoadOptions, load_sources

    path = f"/json-typed/{len(body)}-{encoding}"
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        **({"Content-Encoding": encoding} if encoding else {}),
    }
    http_server.routes[path] = Reply(headers=headers, body=body)
    (result,) = await load_sources([http_server.url(path)], LoadOptions(timeout=5))
    assert result.error is None
    assert [article.title for article in result.articles] == [title]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b'[{"title": "<rss>"}]', id="array"),
        pytest.param(b'{"items": [' + b'{"title": "x"},' * 2000 + b'{"title": "y"}]}', id="longer-than-the-head"),
        pytest.param(b'"<?xml version=1.0?>"', id="a-json-string-of-xml"),
    ],
)
async def test_real_json_stays_one_line(http_server: LocalServer, body: bytes) -> None:
    from newstui.sources import LoadOptions, load_sources

    path = f"/json-typed/real-{len(body)}"
    http_server.routes[path] = Reply(headers={"Content-Type": "application/json"}, body=body)
    (result,) = await load_sources([http_server.url(path)], LoadOptions(timeout=5))
    assert (result.articles, result.error) == ((), "not a readable type (application/json)")


def test_the_command_line_says_it_in_one_line(http_server: LocalServer) -> None:
    http_server.routes["/jsonfeed/feed.json"] = Reply(headers={"Content-Type": "application/feed+json"}, body=_FEED)
    url = http_server.url("/jsonfeed/feed.json")
    proc = subprocess.run(
        [sys.executable, "-m", "newstui", "--json", "--timeout", "5", url],
        capture_output=True,
        text=True,
        env={**os.environ, "NEWSTUI_BIDI": ""},
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [f"newstui: {url}: a JSON Feed: newstui reads RSS and Atom feeds"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(_FEED, True, id="feed"),
        pytest.param(_ESCAPED, True, id="escaped"),
        pytest.param(b'{"version": "1.0", "title": "x"}', False, id="other-json"),
        pytest.param(b'A story that quotes "version": "https://jsonfeed.org/version/1"', False, id="text"),
        pytest.param(b"{" + b" " * 5000 + b'"version": "https://jsonfeed.org/version/1"}', False, id="too-far"),
    ],
)
def test_is_json_feed(data: bytes, expected: bool) -> None:
    assert is_json_feed(data) is expected
