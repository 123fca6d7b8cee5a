"""Feeds whose entries carry a prefix (``<atom:entry>``, RSS 1.0's ``<rss:item>``) are capped and counted too."""

from __future__ import annotations

from typing import Any

import pytest

from newstui.parse import feed
from newstui.parse.feed import parse_feed
from newstui.parse.feed_notes import count_entries


def _atom(count: int) -> bytes:
    entries = "".join(
        f"<atom:entry><atom:title>خبر رقم {i}</atom:title><atom:id>urn:news:{i}</atom:id>"
        f"<atom:updated>2026-01-01T00:00:00Z</atom:updated><atom:summary>ملخص {i}</atom:summary></atom:entry>"
        for i in range(count)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><atom:feed xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<atom:title>أرشيف</atom:title><atom:id>urn:news</atom:id>{entries}</atom:feed>"
    ).encode()


def _rss1(count: int) -> bytes:
    items = "".join(
        f'<rss:item rdf:about="https://x.example/{i}"><rss:title>Story {i}</rss:title>'
        f"<rss:link>https://x.example/{i}</rss:link></rss:item>"
        for i in range(count)
    )
    return (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns:rss="http://purl.org/rss/1.0/"><rss:channel rdf:about="https://x.example/"><rss:title>Archive'
        "</rss:title><rss:link>https://x.example/</rss:link><rss:items><rdf:Seq/></rss:items></rss:channel>"
        f"{items}</rdf:RDF>"
    ).encode()


@pytest.mark.parametrize("make", [_atom, _rss1])
def test_prefixed_feed_past_the_cap_says_so(make: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bytes] = []
    parse = feed._feedparser

    def spy(data: bytes, content_type: str | None) -> Any:
        seen.append(data)
        return parse(data, content_type)

    monkeypatch.setattr(feed, "_feedparser", spy)
    articles = parse_feed(make(23), origin="feed.xml", max_items=20)
    assert len(articles) == 20
    assert articles.note == "a feed of 23 entries: only the first 20 are shown"
    assert b"/20<" not in seen[0] and b"urn:news:20<" not in seen[0]  # the parse stopped at the cap


def test_prefixed_feed_under_the_cap_says_nothing() -> None:
    articles = parse_feed(_atom(5), origin="feed.xml", max_items=20)
    assert len(articles) == 5 and articles.note is None


def test_entry_tags_follow_the_feeds_prefixes() -> None:
    from newstui.parse.feed_notes import entry_tags

    assert entry_tags(_atom(1)) == (b"<item", b"<entry", b"<atom:item", b"<atom:entry")
    assert entry_tags(b'<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">') == (b"<item", b"<entry")
    # a prefix bound to another namespace is no entry: <media:item> is not counted
    assert count_entries(b'<rss xmlns:media="urn:m"><item/><media:item/><item></item></rss>') == 2
    assert count_entries(_rss1(4)) == 4
