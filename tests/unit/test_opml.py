"""Lists of feeds (OPML): which documents are lists, the addresses read from them, and hostile lists."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newstui.errors import BrokenFeedList, FeedList, NewsError, ParseError
from newstui.model import RawDocument
from newstui.parse import parse_document, sniff_kind
from newstui.parse.opml import feed_list


def feed_addresses(text: str, *, base_url: str | None = None) -> tuple[str, ...]:
    return feed_list(text, base_url=base_url).feeds


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
    ("a default namespace", _opml(_feed(A)).replace("<opml ", '<opml xmlns="http://opml.org/spec2" '), None, (A,)),
    ("in capitals", f'<OPML><BODY><OUTLINE TYPE="rss" XMLURL="{A}"/></BODY></OPML>', None, (A,)),
    ("one feed however its host is written", _opml(_feed(A), _feed(A.replace("https://a.", "HTTPS://A."))), None, (A,)),
    ("a fragment is no other feed", _opml(_feed(A + "#top"), _feed(A)), None, (A,)),
    ("a query is another feed", _opml(_feed(A), _feed(A + "?lang=en")), None, (A, A + "?lang=en")),
    ("a DOCTYPE without entities", _opml(_feed(A), prolog="<!DOCTYPE opml>"), None, (A,)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "base", "expected"), [case[1:] for case in ADDRESSES], ids=[c[0] for c in ADDRESSES])
def test_feed_addresses(text: str, base: str | None, expected: tuple[str, ...]) -> None:
    """Every outline's http(s) feed address, resolved, each once, in document order."""
    assert feed_addresses(text, base_url=base) == expected


REFUSED_ADDRESSES = [
    ("a line break inside", "https://a.example/fe&#10;ed.xml"),
    ("a header smuggled in", "https://a.example/x&#13;&#10;X-Injected: 1"),
    ("a C1 control", "https://a.example/&#x9b;31mred"),
    ("a right-to-left override", "https://b.example/\u202efdp.exe"),
    ("a right-to-left mark", "https://b.example/\u200fnews"),
    ("backslashes", "http:\\\\b.example\\feed.xml"),
    ("too long", "https://a.example/?" + "a" * 9000),
    ("another scheme", "file:///etc/passwd"),
]


@pytest.mark.parametrize("address", [case[1] for case in REFUSED_ADDRESSES], ids=[c[0] for c in REFUSED_ADDRESSES])
def test_an_address_that_is_not_clean_is_not_opened(address: str) -> None:
    """An address with a control character, a direction mark, over 8,192 characters or of another scheme is
    counted as refused, never cleaned up into an address that was not written."""
    listed = feed_list(_opml(_feed(address), _feed(C)))
    assert (listed.feeds, listed.refused) == ((C,), 1)


REFUSED = [
    ("not XML", "<opml><body><outline xmlUrl='https://a.example/'></body>", "not a well-formed OPML list"),
    ("cut short", _opml(_feed(A))[:-20], "not a well-formed OPML list"),
    ("no feed", _opml('<outline text="empty folder"/>'), "OPML list with no feed address"),
    ("no body", '<opml version="2.0"><head/></opml>', "OPML list with no feed address"),
    ("only other schemes", _opml(_feed("file:///etc/passwd"), _feed("gopher://x/")),
     "OPML list with 2 feed addresses, none it can open (http or https only)"),
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
    with pytest.raises(ParseError) as caught:
        feed_addresses(text)
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
    ("OPML type, plain text", "Just a line of text", "text/x-opml", "opml"),
    ("OPML type on HTML", "<!DOCTYPE html><p>x</p>", "text/x-opml", "html"),
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

    def test_text_that_only_starts_like_a_list_is_text(self) -> None:
        """A note starting ``<opml>`` that is no XML is read as the text it is (a .txt file, or no type)."""
        note = "<opml> is the root element of a subscription list.\n\nIt holds outline elements.\n"
        for content_type in ("text/plain", None):
            (article,) = parse_document(RawDocument(origin="note.txt", data=note.encode(), content_type=content_type))
            assert article.title.startswith("<opml> is the root element of a subscription list")

    @pytest.mark.parametrize("content_type", ["text/x-opml", "application/xml"])
    def test_a_broken_list_declared_as_one_is_an_error(self, content_type: str) -> None:
        """The same text served or named as a list or as XML is a broken list: one error line."""
        data = b"<opml><body><outline xmlUrl='https://a.example/'></body>"
        with pytest.raises(BrokenFeedList, match=r"^not a well-formed OPML list \("):
            parse_document(RawDocument(origin="s", data=data, content_type=content_type))

    def test_a_list_without_feeds_is_a_parse_error(self) -> None:
        """A list naming no feed is the ParseError a user sees, not a FeedList of nothing."""
        with pytest.raises(ParseError) as caught:
            parse_document(RawDocument(origin="s", data=_opml('<outline text="x"/>').encode()))
        assert not isinstance(caught.value, FeedList)


@pytest.mark.parametrize(
    ("outline", "reason"),
    [
        pytest.param(
            '<outline text="أخبار الحي" xmlUrl="feeds/local.xml"/>',
            'outline "أخبار الحي": relative feed address "feeds/local.xml" not opened',
            id="by-text",
        ),
        pytest.param(
            '<outline title="Local desk" xmlUrl="/rss.xml"/>',
            'outline "Local desk": relative feed address "/rss.xml" not opened',
            id="by-title",
        ),
        pytest.param(
            '<outline xmlUrl="//feeds.example/rss"/>',
            'outline 1: relative feed address "//feeds.example/rss" not opened',
            id="unnamed-scheme-relative",
        ),
        pytest.param(
            '<outline text="&#x202E;lacol" xmlUrl="local.xml"/>',
            'outline "lacol": relative feed address "local.xml" not opened',
            id="name-sanitized",
        ),
    ],
)
def test_a_relative_address_without_a_base_names_its_outline(outline: str, reason: str) -> None:
    """Not a silent skip: the list keeps the reason for each outline whose address is relative."""
    listed = feed_list(_opml(outline, _feed(A)))
    assert listed.feeds == (A,) and listed.refused == 0
    assert listed.relative == (f"{reason} (a list read from a file has no address to resolve it against)",)
    assert listed.relative_reason() == listed.relative[0]


def test_several_relative_addresses_are_one_line() -> None:
    listed = feed_list(_opml(_feed("a.xml", "First"), _feed("b.xml", "Second"), _feed("c.xml"), _feed(A)))
    line = listed.relative_reason() or ""
    assert line.startswith('outline "First": relative feed address "a.xml"')
    assert line.endswith("; 2 more relative addresses")


def test_relative_addresses_with_a_base_are_no_reason() -> None:
    listed = feed_list(_opml(_feed("a.xml")), base_url="https://s.example/lists/my.opml")
    assert listed.feeds == ("https://s.example/lists/a.xml",) and listed.relative_reason() is None
