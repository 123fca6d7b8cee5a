"""An entry a feed gives twice (same guid or id, or same link and title) is read once, the first time."""

from __future__ import annotations

import pytest

from newstui.parse.feed import parse_feed


def _rss(items: str) -> bytes:
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


def _atom(entries: str) -> bytes:
    return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>{entries}</feed>'.encode()


def _item(title: str, link: str | None = None, guid: str | None = None, text: str = "نص الخبر.") -> str:
    parts = [f"<title>{title}</title>", f"<description>{text}</description>"]
    parts += [f"<link>{link}</link>"] if link else []
    parts += [f"<guid>{guid}</guid>"] if guid else []
    return f"<item>{''.join(parts)}</item>"


def _entry(title: str, entry_id: str, link: str, text: str) -> str:
    return f'<entry><title>{title}</title><id>{entry_id}</id><link href="{link}"/><content>{text}</content></entry>'


_A = "https://example.com/a"
_B = "https://example.com/b"


@pytest.mark.parametrize(
    ("feed", "expected"),
    [
        pytest.param(
            _rss(_item("افتتاح الجسر", _A, "g1") + _item("أمطار غزيرة", _B) + _item("افتتاح الجسر", _A, "g1")),
            [("افتتاح الجسر", _A), ("أمطار غزيرة", _B)],
            id="rss same guid",
        ),
        pytest.param(
            _rss(_item("افتتاح الجسر", _A, "g1") + _item("افتتاح الجسر الجديد", _A, "g1")),
            [("افتتاح الجسر", _A)],
            id="rss same guid, title edited",
        ),
        pytest.param(
            _rss(_item("Bridge opens", _A) + _item("Bridge opens", _A, text="Other words.")),
            [("Bridge opens", _A)],
            id="same link and title",
        ),
        pytest.param(
            _rss(_item("Library hours", text="Open late.") + _item("Library hours", text="Open late.")),
            [("Library hours", None)],
            id="no link, same title and text",
        ),
        pytest.param(
            _atom(_entry("Exports rise", "urn:e2", _A, "Up 4%.") + _entry("Exports rise", "urn:e2", _A, "Up.")),
            [("Exports rise", _A)],
            id="atom same id",
        ),
    ],
)
def test_a_repeated_entry_is_read_once(feed: bytes, expected: list[tuple[str, str | None]]) -> None:
    articles = parse_feed(feed, origin="f.xml")
    assert [(a.title, a.url) for a in articles] == expected
    assert len({a.id for a in articles}) == len(articles)


@pytest.mark.parametrize(
    ("feed", "titles"),
    [
        pytest.param(
            _rss(_item("Library hours", text="Open late.") + _item("Library hours", text="Closed Friday.")),
            ["Library hours", "Library hours"],
            id="no link, same title, other text",
        ),
        pytest.param(
            _rss(_item("Bridge opens", _A, "https://example.com/") + _item("Rain tonight", _B, "https://example.com/")),
            ["Bridge opens", "Rain tonight"],
            id="one id for every entry",
        ),
        pytest.param(
            _rss(_item("Bridge opens", guid="same") + _item("Rain tonight", guid="same")),
            ["Bridge opens", "Rain tonight"],
            id="one id, no links",
        ),
        pytest.param(
            _rss(_item("Bridge opens", _A) + _item("Bridge opens", _B)),
            ["Bridge opens", "Bridge opens"],
            id="same title, other links",
        ),
    ],
)
def test_distinct_entries_all_stay(feed: bytes, titles: list[str]) -> None:
    assert [a.title for a in parse_feed(feed, origin="f.xml")] == titles


def test_the_first_of_the_repeats_is_kept() -> None:
    feed = _atom(
        _entry("Exports rise", "urn:e2", _A, "Up 4% on the year.") + _entry("Exports rise", "urn:e2", _A, "Up.")
    )
    assert [a.paragraphs for a in parse_feed(feed, origin="f.xml")] == [("Up 4% on the year.",)]
