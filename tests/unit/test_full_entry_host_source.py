"""A feed entry whose page names no site of its own keeps the feed's source, not the page's host."""

from __future__ import annotations

from newstui.model import Article
from newstui.sources.web import full_entry

_URL = "http://127.0.0.1:18437/a1.html"
_ENTRY = Article(
    id="e", title="Harbour cranes", paragraphs=("Summary.",), url=_URL, source="Harbour Feed", summary_only=True
)


def _page(source: str | None, url: str = _URL) -> Article:
    return Article(id="p", title="Harbour cranes", paragraphs=("The full story.",), url=url, source=source)


def test_the_host_alone_keeps_the_feeds_source() -> None:
    for host in ("127.0.0.1:18437", "127.0.0.1"):
        full = full_entry(_ENTRY, [_page(host)])
        assert full is not None and full.source == "Harbour Feed", host


def test_a_www_host_is_the_host_too() -> None:
    entry = Article(
        id="e", title="T", paragraphs=("s",), url="https://www.example.com/x", source="Example Daily", summary_only=True
    )
    full = full_entry(entry, [_page("example.com", "https://www.example.com/x")])
    assert full is not None and full.source == "Example Daily"


def test_a_site_name_of_its_own_wins() -> None:
    full = full_entry(_ENTRY, [_page("Harbour News")])
    assert full is not None and full.source == "Harbour News"


def test_an_entry_without_a_source_takes_the_host() -> None:
    entry = Article(id="e", title="T", paragraphs=("s",), url=_URL, summary_only=True)
    full = full_entry(entry, [_page("127.0.0.1:18437")])
    assert full is not None and full.source == "127.0.0.1:18437"
