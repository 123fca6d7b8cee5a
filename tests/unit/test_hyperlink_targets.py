"""hyperlinks: the OSC 8 target of an address is plain printable ASCII, http(s) only, or nothing."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstui.hyperlinks import MAX_TARGET, hyperlink_target

ALLOWED = frozenset(chr(code) for code in range(0x21, 0x7F)) - {"\\"}


@pytest.mark.parametrize(
    ("url", "target"),
    [
        # Plain addresses pass as they are (scheme and host in lower case).
        ("https://example.org/news/1", "https://example.org/news/1"),
        ("HTTP://News.Example.ORG:8080/a?b=1#c", "http://news.example.org:8080/a?b=1#c"),
        ("  https://example.org/a  ", "https://example.org/a"),
        ("https://example.org/a;b=c", "https://example.org/a;b=c"),
        # Arabic paths, queries and fragments: percent-encoded UTF-8.
        ("https://example.org/أخبار/١", "https://example.org/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%A1"),
        (
            "https://example.org/s?q=مدينة#فقرة",
            "https://example.org/s?q=%D9%85%D8%AF%D9%8A%D9%86%D8%A9#%D9%81%D9%82%D8%B1%D8%A9",
        ),
        # An Arabic host name: IDNA.
        ("https://مثال.مصر/", "https://xn--mgbh0fb.xn--wgbh1c/"),
        # Escapes already there are kept; a lone % is encoded.
        ("https://example.org/a%20b", "https://example.org/a%20b"),
        ("https://example.org/100%", "https://example.org/100%25"),
        ("https://example.org/%zz", "https://example.org/%25zz"),
        # Spaces, controls, bidi controls, backslash: encoded, never raw.
        ("https://example.org/a b", "https://example.org/a%20b"),
        (
            "https://example.org/\x1b]8;;https://evil.example\x1b\\",
            "https://example.org/%1B]8;;https://evil.example%1B%5C",
        ),
        ("https://example.org/\x07\x9b\x9d", "https://example.org/%07%C2%9B%C2%9D"),
        ("https://example.org/\u202egnp.exe", "https://example.org/%E2%80%AEgnp.exe"),
        # Tabs and line feeds are dropped, as browsers drop them from an address (WHATWG URL).
        ("https://example.org/a\tb\nc", "https://example.org/abc"),
        # Addresses as IP numbers.
        ("http://127.0.0.1:8000/feed.xml", "http://127.0.0.1:8000/feed.xml"),
        ("http://[::1]:8000/x", "http://[::1]:8000/x"),
        ("http://[0:0:0:0:0:0:0:1]/", "http://[::1]/"),
    ],
)
def test_target(url: str, target: str) -> None:
    assert hyperlink_target(url) == target


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "ftp://example.org/file",
        "mailto:editor@example.org",
        "//example.org/no-scheme",
        "/relative/path",
        "https://",
        "https:///path-only",
        # A user name or password: the spoof of https://bank.example@evil.example/.
        "https://bank.example@evil.example/login",
        "https://user:secret@example.org/",
        # Hosts that cannot be written in a target.
        "https://exa mple.org/",
        "https://exa\x1bmple.org/",
        "https://[::1:zz]/",
        "https://[::1/",
        "https://example.org:99999/",
        "https://xn--i-7iq.ws/",  # punycode IDNA refuses: the fetcher refuses it too
        # Too long for a terminal.
        "https://example.org/" + "a" * MAX_TARGET,
        "https://example.org/" + "ي" * (MAX_TARGET // 6 + 1),
    ],
)
def test_no_target(url: str | None) -> None:
    assert hyperlink_target(url) is None


def test_encoding_keeps_the_address() -> None:
    """Decoding the target gives back the path and query that were encoded."""
    url = "https://example.org/أخبار/محلية 2024?q=قطر&n=١#الفقرة"
    target = hyperlink_target(url)
    assert target is not None
    parts, original = urlsplit(target), urlsplit(url)
    assert (unquote(parts.path), unquote(parts.query), unquote(parts.fragment)) == (
        original.path,
        original.query,
        original.fragment,
    )


@settings(max_examples=400)
@given(
    st.sampled_from(["http://", "https://", "HTTPS://", "ftp://", "", "javascript:"]),
    st.text(max_size=40),
    st.text(max_size=60),
)
def test_target_is_printable_ascii(scheme: str, host: str, rest: str) -> None:
    """Whatever the address, a target is http(s) in printable ASCII without backslash, or None."""
    target = hyperlink_target(f"{scheme}{host}/{rest}")
    if target is not None:
        assert set(target) <= ALLOWED
        assert target.startswith(("http://", "https://"))
        assert len(target) <= MAX_TARGET
