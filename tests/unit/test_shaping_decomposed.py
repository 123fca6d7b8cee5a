"""Precomposed letters the reshaper does not know are shaped as their canonical decomposition (ۂ)."""

from __future__ import annotations

import unicodedata

import pytest

from newstui.text.caret import visual_line
from newstui.text.rtl import cell_width, fit_line, layout_paragraph, line_count, shape, shaped_width

HEH_GOAL_HAMZA = "\u06c2"


def _canonical(char: str) -> str | None:
    """The canonical decomposition of ``char`` as text, or None (none, or a compatibility one)."""
    fields = unicodedata.decomposition(char)
    if not fields or fields.startswith("<"):
        return None
    return "".join(chr(int(code, 16)) for code in fields.split())


def test_the_table_is_every_letter_the_reshaper_misses() -> None:
    """Over U+0600-06FF and U+0750-077F: exactly the letters with a canonical decomposition that the
    reshaper does not know, while it knows the decomposition's letter, and each maps to that decomposition."""
    from arabic_reshaper.letters import LETTERS_ARABIC

    from newstui.text.shaping import _UNKNOWN_LETTERS

    missed = {}
    for code in (*range(0x0600, 0x0700), *range(0x0750, 0x0780)):
        char = chr(code)
        parts = _canonical(char)
        if parts is not None and char not in LETTERS_ARABIC and parts[0] in LETTERS_ARABIC:
            missed[char] = parts
    assert missed == _UNKNOWN_LETTERS == {HEH_GOAL_HAMZA: "\u06c1\u0654"}


# Our own words (written for these tests): the hamza of ۂ rides on heh goal in its joined form.
@pytest.mark.parametrize(
    ("word", "shaped"),
    [
        ("خانۂ", "\ufea7\ufe8e\ufee7\ufba7\u0654"),  # after a joining letter: heh goal final + hamza
        ("نغمۂ", "\ufee7\ufed0\ufee4\ufba7\u0654"),
        ("ۂ", "\ufba6\u0654"),  # alone: isolated
        ("دۂ", "\ufea9\ufba6\u0654"),  # after dal (joins only to the right): isolated
        ("نغمۂَ", "\ufee7\ufed0\ufee4\ufba7\u0654\u064e"),  # its own harakat follow the hamza
        ("سلسلۂ کوہ", "\ufeb3\ufee0\ufeb4\ufee0\ufba7\u0654 \ufb90\ufeee\ufba6"),
    ],
    ids=["khana", "naghma", "alone", "after-dal", "with-fatha", "two-words"],
)
def test_heh_goal_with_hamza_is_shaped(word: str, shaped: str) -> None:
    """ۂ joins its neighbours as heh goal does and carries its hamza above; its width is unchanged."""
    assert shape(word) == shaped
    assert cell_width(shape(word)) == shaped_width(word) == cell_width(word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("نغمۂ", "نغمہ\u0654"), ("ۀ ۓ أ", "ۀ ۓ أ"), ("plain", "plain")],
    ids=["decomposed", "known-letters-kept", "ascii"],
)
def test_only_unknown_letters_are_decomposed(text: str, expected: str) -> None:
    from newstui.text.shaping import decompose_unknown_letters

    assert decompose_unknown_letters(text) == expected


@pytest.mark.parametrize("width", [3, 5, 8, 13, 21, 40])
def test_lines_keep_their_width(width: int) -> None:
    """Every line is exactly the width; no ۂ is drawn unshaped; ``line_count`` agrees."""
    text = "نغمۂ دل اور سلسلۂ کوہ کا خانۂ خدا"
    lines = layout_paragraph(text, width)
    assert all(cell_width(line) == width for line in lines)
    assert not any(HEH_GOAL_HAMZA in line for line in lines)
    assert line_count(text, width) == len(lines)
    assert fit_line(text, width).count("\u0654") <= 3


@pytest.mark.parametrize(
    ("typed", "cells"),
    [
        ("خانۂ", (4, 3, 2, 1, 0)),  # the hamza is drawn in ۂ's cell: no cell of its own
        ("نغمۂ دل", (7, 6, 5, 4, 3, 2, 1, 0)),
    ],
    ids=["word", "two-words"],
)
def test_text_box_draws_the_hamza_with_its_letter(typed: str, cells: tuple[int, ...]) -> None:
    """The filter box draws what the panes draw (hamza included) and each caret stays on its letter."""
    line = visual_line(typed)
    assert line.text[1:] == fit_line(typed, 200, direction="rtl", align=False)
    assert "\u0654" in line.text
    assert line.cells == cells
