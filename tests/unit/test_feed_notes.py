"""A feed that loads but leaves entries out (cut short, not well-formed, past the cap) says so in one note."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest

from newstui.model import LoadResult
from newstui.parse.feed import parse_feed
from newstui.parse.feed_notes import FeedArticles, feed_note
from newstui.sources.files import file_result, folder_file_result
from newstui.sources.loader import load_sources
from newstui.sources.options import LoadOptions

ENDS_EARLY = "the feed ends early (not well-formed XML): 3 entries read, the last may be incomplete"


def _rss(count: int, *, tail: str = "</channel></rss>") -> str:
    items = "".join(
        f"<item><title>خبر رقم {i}</title><link>https://news.example.org/{i}</link>"
        f"<description>Story {i}: the council met on Monday and agreed the new budget.</description></item>"
        for i in range(count)
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>نشرة</title>{items}{tail}'


def _atom(count: int) -> str:
    entries = "".join(
        f'<entry><title>Entry {i}</title><link href="https://news.example.org/e{i}"/>'
        f"<summary>ملخص الخبر {i}</summary></entry>"
        for i in range(count)
    )
    return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>{entries}</feed>'


FULL = _rss(3)
ATOM = _atom(3)


@pytest.mark.parametrize(
    ("data", "titles", "note"),
    [
        (FULL, 3, None),
        (ATOM, 3, None),
        (FULL + "\n<!-- generated in 0.2 s -->\n", 3, None),
        # cut in the third item's description, in its title tag, in the root's end tag: said; cut after the
        # last item or before the root's end tag, every entry whole: nothing lost, nothing said
        (FULL[: FULL.index("Story 2:") + 9], 3, ENDS_EARLY),
        (FULL[: FULL.index("<title>خبر رقم 2") + 4], 2, ENDS_EARLY.replace("3 entries", "2 entries")),
        (FULL[: FULL.index("</channel>")], 3, None),
        (FULL[: FULL.index("</rss>")], 3, None),
        (FULL[: FULL.index("</rss>") + 3], 3, ENDS_EARLY),
        (ATOM[: ATOM.index("الخبر 2") + 3], 3, ENDS_EARLY),
        # HTML entities the loose parser reads in full: nothing to say, unless the feed is cut short too
        (FULL.replace("the council", "the&nbsp;council"), 3, None),
        (FULL.replace("the council", "the&nbsp;council")[: FULL.index("</channel>")], 3, ENDS_EARLY),
        # a tag that does not match: read as well as the loose parser can, and said
        (
            FULL.replace("<title>خبر رقم 1</title>", "<title>خبر رقم 1</titel>"),
            2,
            "the feed is not well-formed XML (mismatched tag, line 1): 2 of 3 entries read",
        ),
        # sloppy markup that loses no entry (a stray end tag after the last item): read in full, nothing said
        (FULL.replace("</channel>", "</p></channel>"), 3, None),
    ],
    ids=[
        "well-formed",
        "atom",
        "comment-after-root",
        "cut-in-text",
        "cut-in-tag",
        "cut-after-item",
        "cut-before-rss-end",
        "cut-in-end-tag",
        "atom-cut",
        "nbsp",
        "nbsp-and-cut",
        "mismatched-tag",
        "sloppy-but-whole",
    ],
)
def test_a_feed_that_is_not_whole_says_so(data: str, titles: int, note: str | None) -> None:
    """The entries read are kept; the note says the feed ended early or is not well-formed."""
    articles = parse_feed(data.encode(), origin="x")
    assert len(articles) == titles
    assert articles[0].title in ("خبر رقم 0", "Entry 0")
    assert feed_note(articles) == note


@pytest.mark.parametrize(
    ("make", "count", "cap", "note"),
    [
        (_rss, 250, 100, "a feed of 250 entries: only the first 100 are shown"),
        (_atom, 101, 100, "a feed of 101 entries: only the first 100 are shown"),
        (_rss, 100, 100, None),
        (_rss, 99, 100, None),
    ],
)
def test_the_entry_cap_is_told(make: object, count: int, cap: int, note: str | None) -> None:
    """A feed cut at the cap says how many entries it had and how many are shown."""
    assert callable(make)
    articles = parse_feed(make(count).encode(), origin="x", max_items=cap)
    assert len(articles) == min(count, cap)
    assert feed_note(articles) == note


def test_cap_and_the_default_cap() -> None:
    """The default cap (2,000) is told the same way; a feed cut short past the cap says only the cap (the
    entries shown are whole)."""
    articles = parse_feed(_rss(2001).encode(), origin="x")
    assert (len(articles), feed_note(articles)) == (2000, "a feed of 2,001 entries: only the first 2,000 are shown")
    cut = _rss(250)[: _rss(250).index("Story 200:")]
    assert feed_note(parse_feed(cut.encode(), origin="x", max_items=100)) == (
        "a feed of 201 entries: only the first 100 are shown"
    )


def test_cap_and_cut_short_within_it() -> None:
    """Both at once: one line, the cap first."""
    cut = _rss(250).replace("<title>خبر رقم 50</title>", "<title>خبر رقم 50</titel>")
    note = feed_note(parse_feed(cut.encode(), origin="x", max_items=100))
    assert note is not None and note.startswith("a feed of 250 entries: only the first 100 are shown; the feed is not")


def test_feed_note_of_other_lists() -> None:
    """Only a feed's articles carry a note; any other list has none."""
    assert feed_note([]) is None and feed_note(FeedArticles([], "x")) == "x"


@pytest.fixture
def cut_feed(tmp_path: Path) -> Path:
    path = tmp_path / "cut.rss"
    path.write_text(FULL[: FULL.index("Story 2:") + 9], "utf-8")
    return path


def test_every_loading_path_carries_the_note(cut_feed: Path) -> None:
    """A file, a folder's file, piped input and load_sources give one result with the articles and the note
    (as its error: told as a failure while its articles are shown)."""
    options = LoadOptions()
    results: list[LoadResult] = [
        file_result(str(cut_feed), options),
        *[r for r in [folder_file_result(str(cut_feed), options)] if r is not None],
        *asyncio.run(load_sources([str(cut_feed)], options)),
        *asyncio.run(load_sources([str(cut_feed.parent)], options)),
        *asyncio.run(load_sources(["-"], options, stdin=io.BytesIO(cut_feed.read_bytes()))),
    ]
    assert len(results) == 5
    for result in results:
        assert (len(result.articles), result.error) == (3, ENDS_EARLY)


def test_the_reader_tells_it() -> None:
    """The reader's notices come from ``failure_lines``: a result with articles and a note is one of them."""
    from newstui.ui.screens.reader_loading import failure_lines

    result = LoadResult(origin="/tmp/cut.rss", articles=(), error=ENDS_EARLY)
    assert failure_lines([result]) == [f"/tmp/cut.rss: {ENDS_EARLY}"]
