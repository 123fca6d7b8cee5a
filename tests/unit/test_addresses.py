"""addresses: which addresses are web addresses, and what an address typed in the Open box names."""

from __future__ import annotations

import os

import pytest

from newstui.addresses import display_origin, is_web_url, typed_address, without_password


@pytest.mark.parametrize(
    ("url", "web"),
    [
        ("https://example.org/news/1", True),
        ("http://example.org", True),
        ("HTTPS://EXAMPLE.ORG/A", True),
        ("https://", False),
        ("https:///path-only", False),
        ("ftp://example.org/file", False),
        ("file:///tmp/story.txt", False),
        ("javascript:alert(1)", False),
        ("example.org/news", False),
        ("/tmp/story.txt", False),
        ("", False),
        (None, False),
    ],
)
def test_is_web_url(url: str | None, web: bool) -> None:
    assert is_web_url(url) is web


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("https://example.org/feed.xml", ("web", "https://example.org/feed.xml")),
        ("ftp://example.org/feed.xml", ("unsupported", "ftp://example.org/feed.xml")),
        ("https://", ("unsupported", "https://")),
        ("/tmp/news", ("local", "/tmp/news")),
        ("news/today.txt", ("local", "news/today.txt")),
        ("~/news", ("local", os.path.join(os.path.expanduser("~"), "news"))),
    ],
)
def test_typed_address(typed: str, expected: tuple[str, str]) -> None:
    assert typed_address(typed) == expected


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://user:secret@127.0.0.1:8000/404", "http://user:***@127.0.0.1:8000/404"),
        ("https://u:p@example.org", "https://u:***@example.org"),
        ("https://u:p@example.org?q=1", "https://u:***@example.org?q=1"),
        ("https://u:p@example.org#top", "https://u:***@example.org#top"),
        ("https://u:p:q@example.org/x?y=@z", "https://u:***@example.org/x?y=@z"),
        ("https://token@example.org/feed", "https://token@example.org/feed"),  # a user name alone is no secret
        ("https://example.org/a@b:c", "https://example.org/a@b:c"),  # "@" in the path
        ("https://example.org?x=a:b@c", "https://example.org?x=a:b@c"),  # "@" in the query
        ("/home/me/a@b:c.txt", "/home/me/a@b:c.txt"),
        ("-", "-"),
    ],
    ids=["port", "no-path", "query", "fragment", "colon-in-password", "user-only", "path", "query-at", "file", "stdin"],
)
def test_without_password(url: str, shown: str) -> None:
    assert without_password(url) == shown


@pytest.mark.parametrize(
    ("origin", "shown"),
    [
        ("/tmp/a\x1b[31mred\x07.txt", "/tmp/a␛[31mred␇.txt"),
        ("/tmp/x\u202e.txt", "/tmp/x.txt"),
        ("/tmp/bad\udcff.txt", "/tmp/bad\ufffd.txt"),
        ("http://me:pw@example.org/\x1b]8;;x\x07", "http://me:***@example.org/␛]8;;x␇"),
        ("news/مقالة.txt", "news/مقالة.txt"),
    ],
    ids=["escape", "bidi-override", "undecodable-byte", "password-and-escape", "arabic-name"],
)
def test_display_origin(origin: str, shown: str) -> None:
    """Origins are shown as one safe line: controls made visible, overrides dropped, passwords masked."""
    assert display_origin(origin) == shown
