"""One address splitting for every host: ``addresses.host_of`` and the places that read a host from an address."""

from __future__ import annotations

import pytest

from newstui.addresses import host_of, shown_host, shown_host_of
from newstui.link_match import url_key
from newstui.parse.html_title import host as title_host
from newstui.ui.widgets.related_links import _host as related_host

# (address, host_of, html_title.host: no "www.")
_HOSTS = [
    ("https://www.Akhbar-Example.com/2027/05/story", "www.akhbar-example.com", "akhbar-example.com"),
    ("http://user:secret@news.example.org:8080/a?b=1", "news.example.org", "news.example.org"),
    ("https://أخبار.مثال/خبر", "أخبار.مثال", "أخبار.مثال"),
    ("https://www.аpple.com/", "www.аpple.com", "аpple.com"),  # a look-alike as written, not in ASCII
    ("http://[::1]:8000/news", "::1", "::1"),
    ("http://[::1/news", None, None),  # a bracket left open: no split
    ("/archives/7", None, None),  # no host
    ("mailto:desk@example.org", None, None),
    ("", None, None),
]


@pytest.mark.parametrize(("url", "host", "bare"), _HOSTS)
def test_host_of_and_the_title_host_read_the_same_host(url: str, host: str | None, bare: str | None) -> None:
    assert host_of(url) == host
    assert title_host(url) == bare
    assert shown_host_of(url) == (None if host is None else shown_host(host))


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://News.Example.org:443/a/", "http(s)://news.example.org/a"),
        ("http://news.example.org:8080/a", "http(s)://news.example.org:8080/a"),  # a port kept: not host_of
        ("http://news.example.org:x/a", None),  # a port that is no number: no key
        ("http://[::1/a", None),  # no split
        ("/a/b", None),  # no host
    ],
)
def test_url_key_splits_as_addresses_does_and_keeps_a_port(url: str, key: str | None) -> None:
    assert url_key(url) == key


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://www.аpple.com/news", "www.xn--pple-43d.com"),
        ("https://Akhbar.example/news", "akhbar.example"),
        ("аpple.com/news", "xn--pple-43d.com/news"),  # no scheme, no host: the address whole, look-alike in ASCII
        ("/archives/7", "/archives/7"),
        ("http://[::1/a", "http://[::1/a"),  # no split: as it is
    ],
)
def test_a_related_links_host_is_shown_host_of_its_address(url: str, shown: str) -> None:
    assert related_host(url) == shown
