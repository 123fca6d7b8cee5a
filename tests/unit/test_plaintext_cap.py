"""A plain-text document is read to ``MAX_LINES`` lines of text: the rest is neither parsed nor shown, and said."""

from __future__ import annotations

from typing import Any

import pytest

from newstui.model import RawDocument
from newstui.parse import parse_noted, plaintext
from newstui.parse.feed_notes import feed_note
from newstui.parse.plaintext import cap_note, parse_plaintext

TITLE = "عنوان الخبر"


def _story(paragraphs: int, *, blank: str = "\n") -> str:
    return f"{TITLE}\n\n" + "".join(f"الفقرة رقم {number} من نص الخبر.\n{blank}" for number in range(paragraphs))


@pytest.fixture
def cap(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(plaintext, "MAX_LINES", 5)
    return 5


def test_a_text_past_the_cap_gives_its_first_lines_and_says_so(cap: int) -> None:
    """The title and 4 paragraphs are its 5 lines; blank lines and lines of spaces do not count."""
    articles = parse_plaintext(_story(20, blank="   \n\n"), origin="story.txt")
    assert len(articles) == 1
    assert articles[0].title == TITLE
    assert articles[0].paragraphs[-1] == "الفقرة رقم 3 من نص الخبر."
    assert len(articles[0].paragraphs) <= cap
    assert feed_note(articles) == "a text of more than 5 lines: only the first 5 are shown"
    assert cap_note(100_000) == "a text of more than 100,000 lines: only the first 100,000 are shown"


@pytest.mark.parametrize(
    "blank", ["\u200f\n", "\u200b\u200e\n", "* * *\n", "\u00a0\t\n"], ids=["rlm", "zwsp-lrm", "stars", "nbsp"]
)
def test_lines_without_a_letter_or_digit_do_not_count(cap: int, blank: str) -> None:
    """A line of direction marks, zero-width spaces or symbols between paragraphs is no line of text (it is no
    paragraph): four paragraphs and the title stay within a cap of 5."""
    articles = parse_plaintext(_story(4, blank=blank), origin="story.txt")
    assert feed_note(articles) is None
    assert articles[0].paragraphs[-1] == "الفقرة رقم 3 من نص الخبر."


@pytest.mark.parametrize("paragraphs", [0, 3, 4], ids=["title-only", "under", "exactly"])
def test_a_text_within_the_cap_says_nothing(cap: int, paragraphs: int) -> None:
    text = _story(paragraphs) if paragraphs else f"{TITLE}\n\nنص الخبر."
    articles = parse_plaintext(text, origin="story.txt")
    assert feed_note(articles) is None
    assert len(articles[0].paragraphs) == max(paragraphs, 1)


def test_no_parse_work_past_the_cap(cap: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unwrapping and classifying, the parser's first steps, see only the lines kept (20,000 lines of text)."""
    seen: list[str] = []
    original = plaintext.unwrap

    def spy(text: str, classified: Any) -> str:
        seen.append(text)
        return original(text, classified)

    monkeypatch.setattr(plaintext, "unwrap", spy)
    parse_plaintext(_story(20_000), origin="story.txt")
    assert len(seen) == 1
    assert len([line for line in seen[0].splitlines() if line.strip()]) == cap


def test_the_note_reaches_the_sources_result(cap: int) -> None:
    """Through ``parse_noted`` (files, pipes, web pages), the list still carries the note ``feed_note`` reads."""
    data = _story(10).encode("utf-8")
    parsed = parse_noted(RawDocument(origin="story.txt", data=data))
    assert feed_note(parsed.articles) == cap_note(cap)
    assert parsed.note is None  # (the encoding's note is another)


def test_where_the_cut_falls() -> None:
    """At the start of the first line past the cap (blank lines and lines of spaces count for nothing); a text
    with fewer line breaks than the cap is not scanned at all."""
    assert plaintext._cap("a\n\n  \nb\nc\n", 2) == len("a\n\n  \nb\n")
    assert plaintext._cap("a\n\n  \nb\n\n", 2) is None
    assert plaintext._cap("x\n" * 99, 100) is None
