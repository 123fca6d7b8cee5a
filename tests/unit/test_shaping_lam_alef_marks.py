"""Lam-alef with harakat: a lam that carries its own marks is drawn apart from its alef (``shaping._ligate``)."""

from __future__ import annotations

import pytest

from newstui.text.caret import visual_line
from newstui.text.rtl import cell_width, fit_line, layout_paragraph, line_count, shape, shaped_width

SUKUN, FATHA, DAMMA, KASRA, FATHATAN = "\u0652", "\u064e", "\u064f", "\u0650", "\u064b"

# Our own words (written for these tests), shaped: presentation forms and marks in logical order.
CASES = [
    # The lam's sukun and the alef's vowel: lam (initial or medial) + sukun, alef final + its vowel.
    ("الْأَمْرُ", f"\ufe8d\ufedf{SUKUN}\ufe84{FATHA}\ufee3{SUKUN}\ufeae{DAMMA}"),
    ("لِلْإِنْسَانِ", f"\ufedf{KASRA}\ufee0{SUKUN}\ufe88{KASRA}\ufee7{SUKUN}\ufeb4{FATHA}\ufe8e\ufee5{KASRA}"),
    ("سَلْإِ", f"\ufeb3{FATHA}\ufee0{SUKUN}\ufe88{KASRA}"),  # a medial lam
    # The lam's mark alone before an alef with hamza or madda: that alef could carry it too.
    ("الْأمر", f"\ufe8d\ufedf{SUKUN}\ufe84\ufee3\ufeae"),
    ("الْآنَ", f"\ufe8d\ufedf{SUKUN}\ufe82\ufee5{FATHA}"),
    # Both letters of a plain lam-alef marked.
    ("مِثْلَاً", f"\ufee3{KASRA}\ufe9c{SUKUN}\ufee0{FATHA}\ufe8e{FATHATAN}"),
    # Ligatures kept: the lam's one mark before a plain alef with none, or no mark on the lam.
    ("لَا", f"\ufefb{FATHA}"),
    ("الأمر", "\ufe8d\ufef7\ufee3\ufeae"),
    ("كاملاً", f"\ufedb\ufe8e\ufee3\ufefc{FATHATAN}"),
]


@pytest.mark.parametrize(("word", "shaped"), CASES, ids=[word for word, _ in CASES])
def test_lam_alef_with_harakat(word: str, shaped: str) -> None:
    """Each mark stays on its own letter's glyph; the width estimate counts the unligated pair as 2 cells."""
    assert shape(word) == shaped
    assert shaped_width(word) == cell_width(shaped)


VOWELLED = "قَالَ الْأُسْتَاذُ لِلْأَطْفَالِ إِنَّ الْإِنْسَانَ لَا يَعِيشُ وَحْدَهُ فِي الْأَرْضِ مِثْلَاً"


@pytest.mark.parametrize("width", [1, 2, 3, 5, 8, 13, 21, 34, 80])
def test_layout_keeps_exact_widths(width: int) -> None:
    """Every line is exactly the width and ``line_count`` agrees, with the unligated pairs two cells wide."""
    lines = layout_paragraph(VOWELLED, width)
    assert [cell_width(line) for line in lines] == [width] * len(lines)
    assert line_count(VOWELLED, width) == len(lines)
    assert cell_width(fit_line(VOWELLED, width)) == width


def test_no_ligature_carries_two_letters_marks() -> None:
    """In the laid-out text no lam-alef ligature is followed by marks of both letters (a sukun among them)."""
    (line,) = layout_paragraph(VOWELLED, 200)
    ligatures = "\ufef5\ufef6\ufef7\ufef8\ufef9\ufefa\ufefb\ufefc"
    assert not any(line[i] in ligatures and SUKUN in line[i + 1 : i + 3] for i in range(len(line) - 1))
    assert line.count("\ufefb") == 1 and "\ufefc" not in line  # only لَا: one mark, on the lam


@pytest.mark.parametrize(("typed", "cells"), [("الْأَمْرُ", 3), ("لِلْإِنْسَانِ", 4), ("مِثْلَاً لَا", 3)])
def test_text_box_draws_what_the_panes_draw(typed: str, cells: int) -> None:
    """The filter box shapes the pair as the panes do, and each caret stays on its own letter's cell: the
    lams and alefs take ``cells`` cells (a ligature's two letters share one)."""
    line = visual_line(typed)
    assert line.text[1:] == fit_line(typed, 200, direction="rtl", align=False)
    letters = [i for i, char in enumerate(typed) if char in "لأإا"]
    assert len({line.cells[i] for i in letters}) == cells
