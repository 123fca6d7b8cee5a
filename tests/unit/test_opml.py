"""Lists of feeds (OPML): which documents are lists, the addresses read from them, and hostile lists."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from newstui.errors import FeedList, NewsError, ParseError
from newstui.model import RawDocument
from newstui.parse import parse_document, sniff_kind
from newstui.parse.opml import feed_addresses


def _opml(*outlines: str, head: str = "<head><title>Feeds</title></head>", prolog: str = "") -> str:
    body = "".join(outlines)
    return f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<opml version="2.0">{head}<body>{body}</body></opml>'


def _feed(url: str, title: str = "A feed", attribute: str = "xmlUrl") -> str:
    return f'<outline type="rss" text="{title}" title="{title}" {attribute}="{url}" htmlUrl="https://site.example/"/>'


A, B, C = "https://a.example/rss.xml", "https://b.example/feed", "http://c.example/atom.xml?lang=ar"

ADDRESSES = [
    ("flat", _opml(_feed(A), _feed(B)), None, (A, B)),
    (
        "folders nest",
        _opml(
            f'<outline text="أخبار">{_feed(A)}<outline text="اقتصاد">{_feed(B)}</outline></outline>', _feed(C)
        ),
        None,
        (A, B, C),
    ),
    ("each once, first place kept", _opml(_feed(A), _feed(B), _feed(A)), None, (A, B)),
    ("attribute in any letter case", _opml(_feed(A, attribute="xmlURL"), _feed(B, attribute="XMLURL")), None, (A, B)),
    ("feed:// is http", _opml(_feed("feed://a.example/rss.xml")), None, ("http://a.example/rss.xml",)),
    ("feed:https: is https", _opml(_feed("feed:https://a.example/rss.xml")), None, (A,)),
    ("spaces around", _opml(_feed(f"  {A}\n")), None, (A,)),
    ("entities in the address", _opml(_feed("https://a.example/rss?a=1&amp;b=2")), None, ("https://a.example/rss?a=1&b=2",)),
    ("outlines without a feed",
     _opml('<outline text="folder"/>', '<outline type="link" url="https://x.example/"/>', _feed(A)), None, (A,)),
    (
        "other schemes left out",
        _opml(_feed("file:///etc/passwd"), _feed("javascript:alert(1)"), _feed("ftp://x.example/f"), _feed(B)),
        None,
        (B,),
    ),
    ("relative without a base left out", _opml(_feed("/rss.xml"), _feed(A)), None, (A,)),
    ("relative with the list's address", _opml(_feed("/rss.xml"), _feed("ar/feed.xml")), "https://s.example/lists/my.opml",
     ("https://s.example/rss.xml", "https://s.example/lists/ar/feed.xml")),
    ("no head, OPML 1.0", '<opml version="1.0"><body>' + _feed(A) + "</body></opml>", None, (A,)),
    ("a DOCTYPE without entities", _opml(_feed(A), prolog="<!DOCTYPE opml>"), None, (A,)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "base", "expected"), [case[1:] for case in ADDRESSES], ids=[c[0] for c in ADDRESSES])
def test_feed_addresses(text: str, base: str | None, expected: tuple[str, ...]) -> None:
    """Every outline's http(s) feed address, resolved, each once, in document order."""
    assert feed_addresses(text, base_url=base) == expected


def test_control_characters_never_reach_an_address() -> None:
    """An address holding an escape sequence or a bidi override is dropped or cleaned, never kept as it is."""
    hostile = _opml(_feed("https://a.example/&#x9b;31mred"), _feed("https://b.example/\u202efdp.exe"), _feed(C))
    for address in feed_addresses(hostile):
        assert not any(ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F for char in address)
        assert "\u202e" not in address
    assert C in feed_addresses(hostile)


REFUSED = [
    ("not XML", "<opml><body><outline xmlUrl='https://a.example/'></body>", "not a well-formed OPML list"),
    ("cut short", _opml(_feed(A))[:-20], "not a well-formed OPML list"),
    ("no feed", _opml('<outline text="empty folder"/>'), "OPML list with no feed address"),
    ("no body", '<opml version="2.0"><head/></opml>', "OPML list with no feed address"),
    ("only other schemes", _opml(_feed("file:///etc/passwd"), _feed("gopher://x/")),
     "OPML list with 2 feed addresses, none http(s)"),
    (
        "entity bomb",
        _opml(_feed("&lol9;"), prolog='<!DOCTYPE opml [<!ENTITY lol0 "lol">'
              + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
              + "]>"),
        "OPML list refused: it declares entities",
    ),
    ("one entity", _opml(_feed("&a;"), prolog='<!DOCTYPE opml [<!ENTITY a "https://a.example/">]>'),
     "OPML list refused"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "message"), [case[1:] for case in REFUSED], ids=[c[0] for c in REFUSED])
def test_lists_that_give_no_feed(text: str, message: str) -> None:
    """A broken, empty or hostile list is one ParseError line, quickly, never an exception of the XML library."""
    start = time.monotonic()
    with pytest.raises(ParseError) as caught:
        feed_addresses(text)
    assert time.monotonic() - start < 5  # a generous bound: an expanded bomb would take minutes
    assert caught.value.message.startswith(message)
    assert "\n" not in caught.value.message


def test_an_external_entity_is_never_read(tmp_path: Path) -> None:
    """An external entity naming a local file is refused before anything is read: its text appears nowhere."""
    token = f"secret-{random.getrandbits(64):016x}"
    secret = tmp_path / "secret.txt"
    secret.write_text(f"https://{token}.example/feed")
    text = _opml(_feed("&secret;"), prolog=f'<!DOCTYPE opml [<!ENTITY secret SYSTEM "file://{secret}">]>')
    with pytest.raises(ParseError) as caught:
        feed_addresses(text)
    assert token not in str(caught.value)


def test_thousands_of_feeds_and_deep_folders() -> None:
    """10,000 feeds (half of them twice) and folders 50,000 deep are read whole, without recursion limits."""
    feeds = [f"https://n{i}.example/rss" for i in range(10_000)]
    flat = _opml(*(_feed(url) for url in feeds + feeds[::2]))
    assert feed_addresses(flat) == tuple(feeds)
    deep = _opml("<outline text='f'>" * 50_000 + _feed(A) + "</outline>" * 50_000)
    assert feed_addresses(deep) == (A,)


SNIFFED = [
    ("opml root, no type", _opml(_feed(A)), None, "opml"),
    ("opml root as XML", _opml(_feed(A)), "application/xml", "opml"),
    ("opml root as text", _opml(_feed(A)), "text/plain", "opml"),
    ("opml root as HTML", _opml(_feed(A)), "text/html", "opml"),
    ("OPML type, other root", '<?xml version="1.0"?><outlines/>', "text/x-opml", "opml"),
    ("OPML type, plain text", "Just a line of text", "text/x-opml", "text"),
    ("a feed stays a feed", '<rss version="2.0"><channel/></rss>', "text/x-opml", "feed"),
    ("text mentioning opml", "How to export <opml> files", None, "text"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "content_type", "kind"), [c[1:] for c in SNIFFED], ids=[c[0] for c in SNIFFED])
def test_sniffing(text: str, content_type: str | None, kind: str) -> None:
    """An ``<opml>`` root is a list whatever the declared type; an OPML type with markup is one too."""
    assert sniff_kind(text, content_type) == kind


class TestParseDocument:
    def test_a_list_is_raised_with_its_feeds(self) -> None:
        """parse_document answers a list with FeedList: a ParseError (no story) carrying the addresses."""
        document = RawDocument(origin="subs.opml", data=_opml(_feed(A), _feed(B)).encode(), content_type="text/x-opml")
        with pytest.raises(FeedList) as caught:
            parse_document(document)
        assert caught.value.feeds == (A, B)
        assert isinstance(caught.value, ParseError) and isinstance(caught.value, NewsError)
        assert caught.value.message == "a list of 2 feeds (OPML), not a story"

    def test_a_list_in_another_encoding(self) -> None:
        """A list in windows-1256 with Arabic folder names and an Arabic path is decoded before it is read."""
        text = _opml(f'<outline text="أخبار">{_feed("https://a.example/أخبار.xml", "الجزيرة")}</outline>')
        data = text.replace('encoding="UTF-8"', 'encoding="windows-1256"').encode("cp1256")
        with pytest.raises(FeedList) as caught:
            parse_document(RawDocument(origin="subs.opml", data=data))
        assert caught.value.feeds == ("https://a.example/أخبار.xml",)

    def test_one_feed_is_singular(self) -> None:
        with pytest.raises(FeedList, match=r"^a list of 1 feed \(OPML\), not a story$"):
            parse_document(RawDocument(origin="s", data=_opml(_feed(A)).encode()))

    def test_a_list_without_feeds_is_a_parse_error(self) -> None:
        """A list naming no feed is the ParseError a user sees, not a FeedList of nothing."""
        with pytest.raises(ParseError) as caught:
            parse_document(RawDocument(origin="s", data=_opml('<outline text="x"/>').encode()))
        assert not isinstance(caught.value, FeedList)
