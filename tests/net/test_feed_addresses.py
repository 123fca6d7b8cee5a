"""Against the local server: one feed reached by several addresses lists its stories once; a podcast's
entries keep their titles, texts and media under --fetch-entries, and the note names the first failure."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys

import pytest
from local_server import LocalServer, Reply

from newstui.errors import NotReadable
from newstui.sources import LoadOptions, load_sources
from newstui.sources.http import make_client
from newstui.sources.web import fetch_article
from newstui.write_out import report

pytestmark = pytest.mark.network

_RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
_HTML = {"Content-Type": "text/html; charset=utf-8"}
_MEDIA_NS = 'xmlns:media="http://search.yahoo.com/mrss/"'


def _feed(channel: str, items: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" {_MEDIA_NS}><channel><title>{channel}</title>'
        f"{items}</channel></rss>"
    ).encode()


_STORIES = "".join(
    f"<item><title>{title}</title><link>https://sahil.example/{path}</link><guid>sahil-{path}</guid>"
    f"<description>{text}</description></item>"
    for title, path, text in [
        ("العبارة الليلية تعود إلى الجزيرة", "ferry", "استأنفت العبارة رحلاتها بعد عامين."),
        ("افتتاح مكتبة الميناء", "library", "فتحت المكتبة أبوابها للقراء."),
        ("Harbour market reopens", "market", "The market on the quay is open again."),
        ("سوق السمك يغلق مبكرا", "fish", "أغلق السوق قبل الظهر بسبب الرياح."),
    ]
)


def _serve_one_feed(server: LocalServer) -> list[str]:
    """The feed at four addresses: direct, 301 then 302 to it, gzipped, and with a query."""
    body = _feed("جريدة الساحل", _STORIES)
    routes = server.routes
    routes["/fx-same/feed.xml"] = Reply(headers=_RSS, body=body)
    routes["/fx-same/old"] = Reply(301, {"Location": "/fx-same/moved"})
    routes["/fx-same/moved"] = Reply(302, {"Location": "/fx-same/feed.xml"})
    routes["/fx-same/feed.xml.gz"] = Reply(headers={**_RSS, "Content-Encoding": "gzip"}, body=gzip.compress(body))
    return [server.url(path) for path in ("/fx-same/feed.xml", "/fx-same/old", "/fx-same/feed.xml.gz")]


async def test_one_feed_by_three_addresses_is_listed_once(http_server: LocalServer) -> None:
    urls = _serve_one_feed(http_server)
    results = await load_sources(urls, LoadOptions(timeout=20))
    assert [len(result.articles) for result in results] == [4, 4, 4] and not any(r.error for r in results)
    articles, status = report(results, io.StringIO())
    assert status == 0
    assert [article.url for article in articles] == [
        f"https://sahil.example/{path}" for path in ("ferry", "library", "market", "fish")
    ]
    assert {article.origin for article in articles} == {urls[0]}


def test_one_feed_by_three_addresses_in_json(http_server: LocalServer) -> None:
    """The command line's --json writes each story once."""
    urls = _serve_one_feed(http_server)
    env = {**os.environ, "PYTHONPATH": "src", "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "newstui", "--json", "--config", "/dev/null", *urls],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    titles = [article["title"] for article in json.loads(done.stdout)["articles"]]
    assert len(titles) == 4 and len(set(titles)) == 4


def _podcast(server: LocalServer) -> bytes:
    show, mp3, mp4 = server.url("/fx-pod/show"), server.url("/fx-pod/ep1.mp3"), server.url("/fx-pod/ep1.mp4")
    items = (
        f"<item><title>حلقة الميناء: العبارة تعود</title><link>{show}</link><description>نتحدث مع ربان العبارة."
        f'</description><enclosure url="{mp3}" length="12345678" type="audio/mpeg"/></item>'
        f"<item><title>حلقة الميناء بالصورة</title><link>{show}#video</link><description>الرحلة مصورة من السطح."
        f'</description><media:content url="{mp4}" type="video/mp4"/></item>'
        f"<item><title>A story that is gone</title><link>{server.url('/fx-pod/gone')}</link>"
        "<description>Its page was taken down.</description></item>"
        f"<item><title>A clip, not a page</title><link>{server.url('/fx-pod/clip.mp4')}</link>"
        "<description>The link is a video file.</description></item>"
        f"<item><title>حلقة الميناء الثانية</title><link>{server.url('/fx-pod/ep2.mp3')}</link>"
        f'<description>الحلقة ملفا صوتيا فقط.</description><enclosure url="{server.url("/fx-pod/ep2.mp3")}" '
        'type="audio/mpeg"/></item>'
    )
    return _feed("إذاعة الساحل", items)


_SHOW = (
    '<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>برنامج الميناء</title></head><body><article>'
    "<h1>برنامج الميناء</h1><p>برنامج أسبوعي عن حياة الميناء والبحارة والصيادين في المدينة القديمة.</p>"
    "<p>يذاع كل أحد في السادسة مساء على موجات إذاعة الساحل، ويعاد صباح الاثنين.</p></article></body></html>"
).encode()


async def test_fetch_entries_keeps_a_podcasts_entries(http_server: LocalServer) -> None:
    routes = http_server.routes
    routes["/fx-pod/feed.xml"] = Reply(headers=_RSS, body=_podcast(http_server))
    routes["/fx-pod/show"] = Reply(headers=_HTML, body=_SHOW)
    routes["/fx-pod/clip.mp4"] = Reply(headers={"Content-Type": "video/mp4"}, body=b"\x00\x00\x00\x18ftypmp42" * 64)
    routes["/fx-pod/ep1.mp3"] = Reply(headers={"Content-Type": "audio/mpeg"}, body=b"ID3\x03\x00" + bytes(4096))
    (result,) = await load_sources([http_server.url("/fx-pod/feed.xml")], LoadOptions(timeout=20, fetch_entries=True))
    episode, video, gone, clip, audio_only = result.articles
    assert (episode.title, episode.paragraphs) == ("حلقة الميناء: العبارة تعود", ("نتحدث مع ربان العبارة.",))
    assert (video.title, video.paragraphs) == ("حلقة الميناء بالصورة", ("الرحلة مصورة من السطح.",))
    assert [(link.title, link.kind) for link in episode.related] == [("ep1.mp3 (audio, 12 MB)", "media")]
    assert [(link.title, link.kind) for link in video.related] == [("ep1.mp4 (video)", "media")]
    assert gone.summary_only and clip.summary_only
    assert audio_only.title == "حلقة الميناء الثانية" and "/fx-pod/ep2.mp3" not in http_server.hits, "its own mp3"
    assert result.error == (
        f"2 entries' pages gave no story ({http_server.url('/fx-pod/gone')}: HTTP 404 Not Found; 1 more): "
        "the feed's summary is shown"
    )
    assert http_server.hits["/fx-pod/show"] == 1

    # Following the episode's media link tells the type, as any link to a file that is no story.
    async with make_client(LoadOptions(timeout=20)) as client:
        with pytest.raises(NotReadable, match=r"^not a readable type \(audio/mpeg\)$"):
            await fetch_article(episode.related[0].url or "", LoadOptions(timeout=20), client=client)


@pytest.mark.parametrize("fetch_entries", [False, True])
async def test_a_link_with_a_bidi_control_is_dropped_with_a_note(http_server: LocalServer, fetch_entries: bool) -> None:
    """From the web, with or without --fetch-entries: the item stays without its link, the note is the
    result's (not its error), and no page is asked for at the tampered address."""
    tampered = http_server.url("/bidi/\u202eevil.html")
    items = (
        "<item><title>سباق الدراجات في الكورنيش</title>"
        f"<link>{tampered}</link>"
        "<description>ينطلق سباق الدراجات السنوي صباح الجمعة من الكورنيش.</description></item>"
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>نشرة الكورنيش</title>'
        f"{items}</channel></rss>"
    ).encode()
    path = f"/bidi/feed-{fetch_entries}.xml"
    http_server.routes[path] = Reply(headers=_RSS, body=body)
    (result,) = await load_sources([http_server.url(path)], LoadOptions(timeout=20, fetch_entries=fetch_entries))
    (entry,) = result.articles
    assert entry.url is None and entry.title == "سباق الدراجات في الكورنيش"
    assert result.error is None
    assert result.notes == ("feed item 1: link dropped: bidi control characters in address",)
    assert not any(hit.startswith("/bidi/") and "evil" in hit for hit in http_server.hits)
