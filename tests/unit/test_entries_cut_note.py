"""entries_note: the entries past MAX_ENTRY_FETCHES whose pages --fetch-entries did not fetch are told, after the
pages that gave no story; entries with nothing to fetch past the cap are not counted."""

from __future__ import annotations

from newstui.model import Article, Link
from newstui.sources.web import MAX_ENTRY_FETCHES, entries_note


def _entry(number: int, **fields: object) -> Article:
    values: dict[object, object] = {"url": f"https://oasis.example/{number}.html", "summary_only": True, **fields}
    return Article(id=f"f-{number}", title=f"خبر {number}", **values)  # type: ignore[arg-type]


def test_the_entries_past_the_cap_are_counted() -> None:
    fetched = [_entry(number, summary_only=False) for number in range(MAX_ENTRY_FETCHES)]
    left = [_entry(MAX_ENTRY_FETCHES + number) for number in range(1_500)]
    assert entries_note([*fetched, *left], []) == (
        f"only the first {MAX_ENTRY_FETCHES} entries' pages are fetched: 1,500 more show the feed's summary"
    )


def test_after_the_pages_that_gave_no_story() -> None:
    articles = [_entry(number) for number in range(MAX_ENTRY_FETCHES + 2)]
    failures = [("https://oasis.example/0.html", "HTTP 404 Not Found")]
    assert entries_note(articles, failures) == (
        "1 entry's page gave no story (https://oasis.example/0.html: HTTP 404 Not Found): the feed's summary is "
        f"shown; only the first {MAX_ENTRY_FETCHES} entries' pages are fetched: 2 more show the feed's summary"
    )


def test_nothing_to_fetch_past_the_cap_says_nothing() -> None:
    """Past the cap: a story given whole, an entry without an address, one whose link is its own audio."""
    fetched = [_entry(number, summary_only=False) for number in range(MAX_ENTRY_FETCHES)]
    audio = "https://oasis.example/ep.mp3"
    left = [
        _entry(900, summary_only=False, feed_content=True),
        _entry(901, url=None),
        _entry(902, url=audio, related=(Link("ep.mp3 (audio)", audio, kind="media"),)),
    ]
    assert entries_note([*fetched, *left], []) is None
