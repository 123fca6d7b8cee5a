"""A feed entry's audio and video (RSS enclosure, Atom rel="enclosure", media:content) are its ``media`` links."""

from __future__ import annotations

import json

import pytest

from newstui.corpus import resolve_links
from newstui.model import Link
from newstui.parse.feed import parse_feed
from newstui.render_blocks import article_blocks, ordered_links

_MEDIA_NS = 'xmlns:media="http://search.yahoo.com/mrss/"'


def _rss(item: str, *, link: str = "<link>https://radio.example/shows/harbour</link>") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" {_MEDIA_NS}><channel><title>إذاعة الساحل</title>'
        f"<item><title>حلقة الميناء: العبارة تعود</title>{link}<description>نتحدث مع ربان العبارة.</description>"
        f"{item}</item></channel></rss>"
    ).encode()


def _atom(links: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Video</title>'
        "<id>urn:harbour</id><entry><title>The night ferry, filmed from the deck</title><id>urn:harbour:1</id>"
        f'<link href="https://video.example/ferry-night"/>{links}<summary>Twelve minutes on the deck.</summary>'
        "</entry></feed>"
    ).encode()


CASES = [
    pytest.param(
        _rss('<enclosure url="https://cdn.example/audio/harbour-12.mp3" length="12345678" type="audio/mpeg"/>'),
        [("harbour-12.mp3 (audio, 12 MB)", "https://cdn.example/audio/harbour-12.mp3")],
        id="rss enclosure",
    ),
    pytest.param(
        _rss('<enclosure url="/audio/ep%2012.m4a" length="800000" type="audio/x-m4a"/>'),
        [("ep 12.m4a (audio, 800 KB)", "https://radio.example/audio/ep%2012.m4a")],
        id="relative enclosure, escaped name",
    ),
    pytest.param(
        _rss('<enclosure url="https://cdn.example/stream/" type="audio/mpeg" length="0"/>', link=""),
        [("audio (mp3)", "https://cdn.example/stream/")],
        id="no file name, no size, no entry link",
    ),
    pytest.param(
        _atom('<link rel="enclosure" href="https://video.example/ferry.mp4" type="video/mp4" length="1500000"/>'),
        [("ferry.mp4 (video, 1.5 MB)", "https://video.example/ferry.mp4")],
        id="atom enclosure",
    ),
    pytest.param(
        _rss(
            '<enclosure url="https://cdn.example/a/harbour.mp3" length="2000000" type="audio/mpeg"/>'
            '<media:content url="https://cdn.example/a/harbour.mp3" type="audio/mpeg" fileSize="2000000"/>'
            '<media:content url="https://cdn.example/v/harbour" medium="video"/>'
            '<media:content url="https://cdn.example/i/harbour.jpg" medium="image"/>'
            '<media:content url="https://cdn.example/i/cover.png" type="image/png"/>'
        ),
        [
            ("harbour.mp3 (audio, 2 MB)", "https://cdn.example/a/harbour.mp3"),
            ("harbour (video)", "https://cdn.example/v/harbour"),
        ],
        id="media:content, each address once, pictures left out",
    ),
    pytest.param(
        _rss('<enclosure url="https://cdn.example/files/talk.opus" type="application/octet-stream"/>'),
        [("talk.opus (audio)", "https://cdn.example/files/talk.opus")],
        id="vague type, known extension",
    ),
    pytest.param(
        _rss('<enclosure url="https://cdn.example/files/brochure.pdf" type="application/pdf" length="9000"/>'),
        [],
        id="a document is no media",
    ),
    pytest.param(
        _rss('<enclosure url="javascript:alert(1)" type="audio/mpeg"/>'),
        [],
        id="not http",
    ),
    pytest.param(
        _rss("".join(f'<media:content url="https://cdn.example/v/ferry-{n}.mp4" type="video/mp4"/>' for n in range(9))),
        [(f"ferry-{n}.mp4 (video)", f"https://cdn.example/v/ferry-{n}.mp4") for n in range(4)],
        id="at most four",
    ),
]


@pytest.mark.parametrize(("feed", "expected"), CASES)
def test_media_links(feed: bytes, expected: list[tuple[str, str]]) -> None:
    (article,) = parse_feed(feed, origin="https://radio.example/feed.xml")
    media = [(link.title, link.url) for link in article.related if link.kind == "media"]
    assert media == expected
    assert all(link.target is None for link in article.related)


def test_media_links_are_listed_numbered_and_in_json() -> None:
    """--print numbers them under the related heading; --json gives them with kind "media", unresolved."""
    feed = _rss('<enclosure url="https://cdn.example/audio/harbour-12.mp3" length="12345678" type="audio/mpeg"/>')
    (article,) = resolve_links(list(parse_feed(feed, origin="https://radio.example/feed.xml")))
    assert ordered_links(article) == [
        Link("harbour-12.mp3 (audio, 12 MB)", "https://cdn.example/audio/harbour-12.mp3", None, "media")
    ]
    lines = [(block.text, block.link) for block in article_blocks(article, related=True) if block.role == "link"]
    assert lines == [("1. harbour-12.mp3 (audio, 12 MB)", 1)]
    related = json.loads(json.dumps(article.to_json()))["related"]
    assert related == [
        {
            "title": "harbour-12.mp3 (audio, 12 MB)",
            "url": "https://cdn.example/audio/harbour-12.mp3",
            "target": None,
            "kind": "media",
        }
    ]


def test_a_media_link_finds_no_story_by_its_title() -> None:
    """A media link is never resolved to a loaded story, even one titled like it."""
    feed = _rss('<enclosure url="https://cdn.example/audio/harbour-12.mp3" type="audio/mpeg"/>')
    (entry,) = parse_feed(feed, origin="https://radio.example/feed.xml")
    namesake = parse_feed(
        _atom("").replace(b"The night ferry, filmed from the deck", b"harbour-12.mp3 (audio)"), origin="x.xml"
    )
    resolved = resolve_links([entry, *namesake])
    assert [link.target for link in resolved[0].related] == [None]
