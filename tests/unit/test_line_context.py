"""The marks around each wrapped line: the same as scanning the paragraph each time, found once per line."""

from __future__ import annotations

import unicodedata
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstui.text import line_context
from newstui.text.line_context import LineContext

MARKS = {"L": "\u200e", "R": "\u200f", "AL": "\u061c"}
RESOLVING = {"L", "R", "AL", "EN", "AN"}


def scanned(lines: list[str], base: str, index: int) -> str:
    """What the marks are by their definition: scan the lines before and after ``index`` each time."""

    def last_strong(upto: int, within: str) -> str:
        for text in [within, *reversed(lines[:upto])]:
            for char in reversed(text):
                if unicodedata.bidirectional(char) in MARKS:
                    return unicodedata.bidirectional(char)
        return base

    head = MARKS[last_strong(index, "")] if index else ""
    tail = ""
    for later in range(index + 1, len(lines)):
        text = lines[later]
        at = next((i for i, char in enumerate(text) if unicodedata.bidirectional(char) in RESOLVING), None)
        if at is None:
            continue
        kind = unicodedata.bidirectional(text[at])
        if kind == "AN" or (kind == "EN" and last_strong(later, text[:at]) != "L"):
            kind = "R"
        elif kind == "EN":
            kind = "L"
        tail = MARKS[kind]
        break
    return f"{head}{lines[index]}{tail}"


PIECES = st.sampled_from(["", " ", "...", "-", "(", ")", "12", "٣٤", "ab", "سلام", "ا", "\u064e", "+", "%", "€"])
LINES = st.lists(st.lists(PIECES, max_size=5).map("".join), min_size=2, max_size=12)


@settings(max_examples=300, deadline=None)
@given(lines=LINES, base=st.sampled_from(["L", "R"]), data=st.data())
def test_marks_are_those_of_scanning_the_paragraph(lines: list[str], base: str, data: st.DataObject) -> None:
    """Lines asked for in any order get the marks a full scan of their neighbours gives."""
    order = data.draw(st.permutations(range(len(lines))))
    context = LineContext(len(lines), base, lambda index: lines[index])
    for index in order:
        assert context.wrap(index, lines[index]) == scanned(lines, base, index)


def test_a_line_given_other_text_than_planned_is_used_as_given() -> None:
    """What was found from the planned text is forgotten when a line comes with different text."""
    lines = ["abc", "123", "xyz"]
    context = LineContext(3, "R", lambda index: lines[index])
    assert context.wrap(2, "xyz") == scanned(lines, "R", 2)
    lines[1] = "سلام"
    assert context.wrap(1, "سلام") == scanned(lines, "R", 1)
    assert context.wrap(0, "abc") == scanned(lines, "R", 0)


@pytest.mark.parametrize("piece", ["0123456789", "...", "- ", "٣٤ "])
def test_lines_without_strong_characters_are_looked_at_once(monkeypatch: pytest.MonkeyPatch, piece: str) -> None:
    """A paragraph of 2,000 lines of numbers or neutrals only: each character is classed a few times,
    not once for every line after it (that took 20 s for 1,250 lines)."""
    calls = [0]

    def bidirectional(char: str) -> str:
        calls[0] += 1
        return unicodedata.bidirectional(char)

    monkeypatch.setattr(line_context, "unicodedata", SimpleNamespace(bidirectional=bidirectional))
    lines = [piece * 8 for _ in range(2000)]
    context = LineContext(len(lines), "R", lambda index: lines[index])
    for index in range(len(lines)):
        context.wrap(index, lines[index])
    assert calls[0] <= 3 * sum(map(len, lines))
