"""rtl11 (L3): a line never starts with a combining mark written on a space (a Quranic pause sign, ``ۚ``).

Such a mark is a token of its own between spaces, zero cells wide; greedy wrapping could break on the space
before it, and the next line then opened (at its right edge) with a bare mark on a blank cell. The break now
moves back a word: the mark stays on the line of the word it follows.
"""

from __future__ import annotations

import unicodedata

import pytest

from newstui.text import rtl

# Our own verse-like sentences, written for these tests, with pause signs standing alone between spaces.
TEXTS = [
    ("jim", "وَقَالَ الْحَكِيمُ اصْبِرُوا ۚ فَإِنَّ الصَّبْرَ مِفْتَاحُ الْفَرَجِ ۚ وَالْعَجَلَةُ تُفْسِدُ الْعَمَلَ"),
    ("sala", "هَذَا خَبَرٌ صَادِقٌ ۖ وَمَنْ شَكَّ فِيهِ فَلْيَسْأَلْ ۗ وَاللَّهُ أَعْلَمُ بِالصَّوَابِ"),
    ("qala", "يَا قَوْمِ اعْمَلُوا ۘ وَلَا تَتَّكِلُوا ۙ فَالرِّزْقُ يَأْتِي لِمَنْ سَعَى إِلَيْهِ ۚ"),
    ("two", "قَرَأَ الطَّالِبُ الدَّرْسَ ۚ ۖ ثُمَّ أَغْلَقَ الْكِتَابَ وَنَامَ مُبَكِّرًا"),
]
WIDTHS = range(8, 61)
MODES: list[rtl.BidiMode] = ["app", "terminal"]


def _opens_with_mark(word: str) -> bool:
    return unicodedata.category(word[0])[0] == "M"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "text"), TEXTS, ids=[name for name, _ in TEXTS])
def test_no_line_starts_with_a_mark(name: str, text: str, mode: rtl.BidiMode) -> None:
    """At every width the wrapping plan starts no line at a word that opens with a mark, the lines are as
    many as ``line_count`` says, and every word is kept in order."""
    for width in WIDTHS:
        words, starts = rtl.line_starts(text, width, mode=mode)
        assert words == tuple(text.split()), name
        opening = [words[word] for word, offset in starts if offset == 0 and word < len(words)]
        assert not any(map(_opens_with_mark, opening)), (name, width, opening)
        assert rtl.line_count(text, width, mode=mode) == len(starts), (name, width)


@pytest.mark.parametrize(("name", "text"), TEXTS, ids=[name for name, _ in TEXTS])
def test_app_lines_never_open_with_a_mark_on_a_blank(name: str, text: str) -> None:
    """App mode, as drawn: no line's right edge (where a right-to-left line starts) is a mark on a space."""
    for width in WIDTHS:
        lines = rtl.layout_paragraph(text, width)
        assert len(lines) == rtl.line_count(text, width), (name, width)
        for line in lines:
            drawn = line.rstrip(" ")
            assert not (unicodedata.category(drawn[-1])[0] == "M" and drawn[-2:-1] == " "), (name, width, line)
            assert rtl.cell_width(line) == width


@pytest.mark.parametrize(("name", "text"), TEXTS, ids=[name for name, _ in TEXTS])
def test_terminal_lines_never_open_with_a_mark(name: str, text: str) -> None:
    """Terminal mode: no line's logical text (inside its embedding) starts with a mark."""
    for width in WIDTHS:
        for line in rtl.layout_paragraph(text, width, mode="terminal"):
            body = line.strip(" ").strip("".join(rtl.RTL_EMBEDDING))
            assert body and not _opens_with_mark(body), (name, width, line)
