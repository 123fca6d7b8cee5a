"""A ``> `` quote at every width: its marker never drawn (an Arabic line would mirror it into ``<``), its text whole."""

from __future__ import annotations

import unicodedata

import pytest

from helpers.readback import assert_no_quote_marks_drawn, reads_back
from newstui.model import Article
from newstui.text import rtl
from newstui.text.list_items import HANG_MIN

# Our own quotes, written for these tests (no word longer than 8 cells, so none is cut at width 8).
QUOTE_AR = "> قال المصدر: إن الاجتماع سيعقد غدا في العاصمة، وإن الوفد وصل مساء أمس."
QUOTE_EN = "> The source said: the meeting will be held in the capital tomorrow, and the envoys came last night."
WIDTHS = range(8, 21)


def _bar_fits(width: int) -> bool:
    """The bar and its space leave the text at least ``HANG_MIN`` cells (as an item's marker does)."""
    return width - len(rtl.QUOTE_MARK) >= HANG_MIN


def _logical_letters(lines: tuple[str, ...], rtl_lines: bool) -> str:
    """The lines' text without bars or spaces, read in logical order (right to left for Arabic lines)."""
    text = "".join((line[::-1] if rtl_lines else line).replace(rtl.QUOTE_BAR, "") for line in lines)
    return unicodedata.normalize("NFKC", text).replace(" ", "")


def _check(lines: tuple[str, ...], quote: str, width: int, rtl_lines: bool) -> None:
    assert all(len(line) == width for line in lines), lines
    assert not any(mark in line for line in lines for mark in "<>"), lines
    bar = rtl.QUOTE_BAR
    if _bar_fits(width):
        assert all((line.endswith(f" {bar}") if rtl_lines else line.startswith(f"{bar} ")) for line in lines), lines
    else:
        assert not any(bar in line for line in lines), lines
    assert _logical_letters(lines, rtl_lines) == quote[len(rtl.QUOTE_MARK) :].replace(" ", "")
    if rtl_lines:
        assert reads_back(quote, lines), lines


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("quote", "default"), [(QUOTE_AR, "rtl"), (QUOTE_EN, "ltr")], ids=["arabic", "latin"])
def test_no_quote_marker_at_any_width(quote: str, default: rtl.Direction, width: int) -> None:
    """The text alone, beside its bar when that fits; counted and mapped to its words as it is laid out (the
    marker stays a word at every width, so a place in the text keeps its word when the pane narrows)."""
    lines = rtl.layout_paragraph(quote, width, default=default, prefer_rtl=default == "rtl")
    _check(lines, quote, width, default == "rtl")
    words, starts = rtl.line_starts(quote, width)
    assert rtl.line_count(quote, width) == len(lines) == len(starts)
    assert words[0] == ">" and starts[0] == (0, 0)
    assert all(word > 0 for word, _ in starts[1:])


def _article(quote: str, direction: rtl.Direction) -> Article:
    intro = "قالت الوزارة في بيان اليوم." if direction == "rtl" else "The ministry said so today."
    return Article(id="q", title=intro, paragraphs=(intro, quote, intro), direction=direction)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("quote", "direction"), [(QUOTE_AR, "rtl"), (QUOTE_EN, "ltr")], ids=["arabic", "latin"])
def test_reader_and_print_draw_no_marker(quote: str, direction: rtl.Direction, width: int) -> None:
    """The reader's layout (a narrow stacked pane) and ``--print`` go through the same pipeline."""
    article = _article(quote, direction)
    assert_no_quote_marks_drawn(article, width)
