"""Character references XML refuses (surrogates, past U+10FFFF, huge, controls) cost one character, not the feed."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hang_guard import guarded
from newstui.model import RawDocument
from newstui.parse import feed as feed_module
from newstui.parse import parse_document
from newstui.parse.feed import parse_feed
from newstui.parse.feed_refs import safe_char_refs

FFFD = "\ufffd"


def _rss(bad_title: str, *, description: str = "وصف الخبر الثاني") -> str:
    """A feed of three items, the middle one holding ``bad_title``."""
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>نشرة المساء</title>'
        "<item><title>Good item</title><link>https://news.example.org/1</link><description>Ferry back on time."
        "</description></item>"
        f"<item><title>{bad_title}</title><link>https://news.example.org/2</link>"
        f"<description>{description}</description></item>"
        "<item><title>افتتاح المكتبة العامة</title><link>https://news.example.org/3</link>"
        "<description>تفتح المكتبة أبوابها صباح السبت.</description></item>"
        "</channel></rss>"
    )


# (reference, what the title's reference becomes); the first ones crashed the whole feed before.
BAD_REFS = [
    ("&#xd800;", FFFD),
    ("&#XD800;", FFFD),
    ("&#xDFFF;", FFFD),
    ("&#x0000dbff;", FFFD),
    ("&#55296;", FFFD),
    ("&#57343;", FFFD),
    ("&#x110000;", FFFD),
    ("&#1114112;", FFFD),
    ("&#99999999999999999999;", FFFD),
    ("&#x" + "f" * 40 + ";", FFFD),
    ("&#" + "9" * 5000 + ";", FFFD),  # longer than int() reads from text
]
CRASHED_BEFORE = [ref for ref, _ in BAD_REFS]
# Refused by XML but read by the loose parser before: now the strict parser reads the feed.
OTHER_REFS = [
    ("&#0;", FFFD),  # as an HTML page reads it (README: no character answers it)
    ("&#x0;", FFFD),
    ("&#00;", FFFD),
    ("&#x1b;", "\u241b"),
    ("&#27;", "\u241b"),
    ("&#xFFFE;", FFFD),
    ("&#65535;", FFFD),
]
GOOD_REFS = [
    ("&#1604;&#1575;", "لا"),
    ("&#x644;&#x627;", "لا"),
    ("&#x1F4F0;", "\U0001f4f0"),
    ("&#128240;", "\U0001f4f0"),
    ("&#x10FFFD;", "\U0010fffd"),
    ("&#00065;", "A"),
    ("&#8217;", "\u2019"),
    ("&#20013;", "\u4e2d"),
    ("&#65533;", FFFD),
]


def _ids(refs: list[str]) -> list[str]:
    return [ref if len(ref) < 30 else f"{ref[:12]}...({len(ref)} chars)" for ref in refs]


@pytest.mark.parametrize(
    ("ref", "shown"), BAD_REFS + OTHER_REFS + GOOD_REFS, ids=_ids([r for r, _ in BAD_REFS + OTHER_REFS + GOOD_REFS])
)
def test_a_reference_costs_one_character_not_the_feed(ref: str, shown: str) -> None:
    """Every entry is kept; the reference in the title becomes what ``shown`` says."""
    articles = parse_feed(_rss(f"Bad {ref} item").encode(), origin="x")
    assert [a.title for a in articles] == ["Good item", f"Bad {shown} item", "افتتاح المكتبة العامة"]
    assert articles[1].paragraphs == ("وصف الخبر الثاني",)


@pytest.mark.parametrize("ref", CRASHED_BEFORE, ids=_ids(CRASHED_BEFORE))
def test_through_parse_document_as_cli_reads_a_file(ref: str) -> None:
    """The path a file or URL takes (decoded, then UTF-8 for feedparser) keeps every entry."""
    data = _rss(f"Bad {ref} item").encode()
    articles = parse_document(RawDocument(origin="in.rss", data=data, content_type="application/rss+xml"))
    assert [a.title for a in articles] == ["Good item", f"Bad {FFFD} item", "افتتاح المكتبة العامة"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-le"])
def test_wide_encodings(encoding: str) -> None:
    """UTF-16 and UTF-32 feeds with a BOM, given to parse_feed directly or through parse_document."""
    text = _rss("Bad &#xd800; item").replace('encoding="utf-8"', f'encoding="{encoding.split("-")[0]}-{encoding[4:6]}"')
    bom = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE}.get(encoding, b"")
    data = bom + text.encode(encoding)
    for articles in (parse_feed(data, origin="x"), parse_document(RawDocument(origin="x", data=data))):
        assert [a.title for a in articles] == ["Good item", f"Bad {FFFD} item", "افتتاح المكتبة العامة"]


@pytest.mark.parametrize(
    ("where", "feed"),
    [
        ("description", _rss("Second", description="قبل &#xd800; بعد &#x110000; &#99999999999999999999;")),
        (
            "atom",
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
            '<entry><title>Good item</title><link href="https://news.example.org/1"/><summary>one</summary></entry>'
            '<entry><title type="html">Bad &amp;amp; &#XD800; item</title>'
            '<link href="https://news.example.org/2"/><summary>two</summary></entry></feed>',
        ),
    ],
    ids=["description", "atom"],
)
def test_other_places(where: str, feed: str) -> None:
    """In a summary, in an Atom title: no surrogate reaches an article, every entry is kept."""
    articles = parse_feed(feed.encode(), origin="x")
    assert articles[0].title == "Good item" and len(articles) >= 2
    for article in articles:
        for text in (article.title, *article.paragraphs):
            assert not any("\ud800" <= c <= "\udfff" for c in text)
    if where == "description":
        assert articles[1].paragraphs == (f"قبل {FFFD} بعد {FFFD} {FFFD}",)


def test_reference_in_an_attribute() -> None:
    """A bad reference in an Atom link's href is mended too: the entry keeps its (percent-encoded) address."""
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        '<entry><title>Good item</title><link href="https://news.example.org/1"/></entry>'
        '<entry><title>Linked</title><link href="https://news.example.org/a&#xd800;b&#1114112;c"/></entry></feed>'
    )
    articles = parse_feed(feed.encode(), origin="x")
    assert [a.title for a in articles] == ["Good item", "Linked"]
    assert articles[1].url is not None and articles[1].url.startswith("https://news.example.org/a")


def test_cdata_is_left_alone() -> None:
    """In a CDATA section ``&#xd800;`` is text, not a reference: the byte scan leaves it as written."""
    data = b"<t>&#xd800;<![CDATA[x &#xd800; &#0; y]]>&#0;<![CDATA[&#x110000;]]></t>"
    assert safe_char_refs(data) == b"<t>&#xFFFD;<![CDATA[x &#xd800; &#0; y]]>&#xFFFD;<![CDATA[&#x110000;]]></t>"
    article = parse_feed(_rss("Second", description="<![CDATA[نص &#xd800; خام]]>").encode(), origin="x")[1]
    assert not any("\ud800" <= c <= "\udfff" for c in " ".join(article.paragraphs))


def test_well_formed_feed_is_not_copied() -> None:
    """The usual feed (good references only) comes back as the very same bytes object: one scan, no copy."""
    data = _rss("Good &#8217; &#x2019; &#1575; &#9; &#10; &#13;").encode()
    assert safe_char_refs(data) is data


def test_every_code_point() -> None:
    """Decimal and hex, with and without leading zeros: exactly the references XML refuses are changed."""

    def allowed(value: int) -> bool:
        if value < 0x20:
            return value in (0x9, 0xA, 0xD)
        return value <= 0xD7FF or 0xE000 <= value <= 0xFFFD or 0x10000 <= value <= 0x10FFFF

    values = [*range(0x110000 + 300), 10**7, 2**32, 2**64]
    for form in ("&#%d;", "&#x%x;", "&#X%X;", "&#00%d;", "&#x000%X;"):
        refs = [(form % value).encode() for value in values]
        mended = safe_char_refs(b"|".join(refs)).split(b"|")
        changed = [value for value, ref, out in zip(values, refs, mended, strict=True) if ref != out]
        assert changed == [value for value in values if not allowed(value)], form


def test_runs_of_zeros_and_digits_are_linear() -> None:
    """A reference of 200,000 zeros or digits, closed or not, is scanned once (the zeros are never tried again):
    a rescan from each zero would not end within the hang guard. An unclosed run is no reference and stays as
    it is; a closed one past U+10FFFF becomes U+FFFD."""
    zeros, hex_zeros = b"&#" + b"0" * 200_000 + b"x", b"&#x" + b"0" * 200_000
    for data, expected in (
        (zeros, zeros * 5),
        (hex_zeros, hex_zeros * 5),
        (b"&#" + b"9" * 200_000 + b";", b"&#xFFFD;" * 5),
    ):
        assert guarded(lambda data=data: safe_char_refs(data * 5)) == expected


def test_fallback_when_a_reference_gets_past_the_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second line of defence: were the scan to miss a reference, feedparser's crash costs no entry (the
    references are read again as text, which the title's HTML reading then decodes safely)."""
    monkeypatch.setattr(feed_module, "safe_char_refs", lambda data: data, raising=False)
    articles = parse_feed(_rss("Bad &#xd800; item &#1575;").encode(), origin="x")
    assert [a.title for a in articles] == ["Good item", f"Bad {FFFD} item ا", "افتتاح المكتبة العامة"]


@settings(max_examples=60, deadline=None)
@given(value=st.integers(min_value=0, max_value=2**80), hexadecimal=st.booleans(), zeros=st.integers(0, 3))
def test_any_number_keeps_the_feed(value: int, hexadecimal: bool, zeros: int) -> None:
    """Whatever the number, the feed keeps its three entries and no surrogate or control reaches a title."""
    ref = f"&#x{'0' * zeros}{value:x};" if hexadecimal else f"&#{'0' * zeros}{value};"
    articles = parse_feed(_rss(f"Bad {ref} item").encode(), origin="x")
    assert len(articles) == 3
    assert not any("\ud800" <= c <= "\udfff" or c < " " for c in articles[1].title)
