"""addresses: which addresses are web addresses, and what an address typed in the Open box names."""

from __future__ import annotations

import os

import pytest

from newstui.addresses import is_web_url, typed_address


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
