"""text.caret: a text box's line in visual order, and the cell of each logical position (its caret)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from newstui.text import rtl
from newstui.text.caret import MAX_LAID_OUT, VisualLine, visual_line

# Lines from shared/RTL.md's cases and others written for these tests.
LINES = [
    "غزة 2024",
    "حوالي 2,500 جندي",
    "ارتفع بنسبة 1.5% في عام 2024",
    "في 2024/09/11 أعلن",
    "و900 جندي",
    "الفترة (2014-2017) شهدت",
    "درجة الحرارة -5 اليوم",
    "قال مسؤول لوكالة Reuters News إن المحادثات",
    "التحالف (الدولي) ضد داعش",
    "انظر [1] والمصدر {ب}",
    "قال (CNN news) أمس",
    "«الباعور» يُشارك",
    "لـ “التحالف الدولي”",
    "الولايات المتحدة",
    "إقرأ أيضاً:",
    "شاملاً",
    "لَا بأس",
    "كَنَدِيَّةٌ",
    "الولایات المتحدة فی العراق",
    "الله أكبر",
    "CNN: قال مسؤول عراقي",
    "BBC عربي news",
    "ﺍﻟﻮﻻﻳﺎﺕ",  # presentation forms typed or pasted as they are
    "معرض الكتاب ",
    "قال (Harvard University) MIT",  # a pair holding Latin only, Arabic before it: right to left (N0)
    "كتب (CNN) 2024 عن",
    "The book (كتاب) عربي",
    "بحث عن (فِ) ab",
    "Tel ٠١٢-٣٤٥",  # Arabic-Indic digits with no Arabic letter: a hyphen between two such numbers is R
    "٠١٢-٣٤٥",
    "نغمۂ دل",  # ۂ: shaped as heh goal + hamza above, the hamza drawn in its letter's cell
]


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize("typed", LINES)
def test_the_line_is_the_pipelines(typed: str) -> None:
    """The box draws what the article pipeline draws for the same text (shaped, reordered, mirrored)."""
    line = visual_line(typed)
    direction = line.direction
    drawn = _without_the_end(line)
    expected = rtl.fit_line(typed, 200, direction=direction, align=False)
    assert drawn.strip() == expected.strip(), (drawn, expected)


@pytest.mark.parametrize(
    ("typed", "direction", "cells"),
    [
        ("abc", "ltr", (0, 1, 2, 3)),
        ("غزة", "rtl", (3, 2, 1, 0)),  # the end's blank cell is on the left of a right-to-left line
        ("غزة 2024", "rtl", (8, 7, 6, 5, 0, 1, 2, 3, 4)),  # digits left to right, typing goes on after them
        ("لا", "rtl", (1, 1, 0)),  # lam and alef share their ligature's cell
        ("بَ", "rtl", (1, 1, 0)),  # a mark is on its letter's cell
        ("كتب (جديد)", "rtl", (10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)),
        ("BBC عربي", "ltr", (0, 1, 2, 3, 8, 7, 6, 5, 4)),  # an Arabic word ends a Latin line: the end on its left
        ("", "ltr", (0,)),
    ],
)
def test_cells(typed: str, direction: str, cells: tuple[int, ...]) -> None:
    line = visual_line(typed)
    assert line.direction == direction
    assert line.cells == cells
    assert len(line.offsets) == len(typed) + 1


@pytest.mark.parametrize("typed", LINES)
def test_every_position_has_a_glyph_cell(typed: str) -> None:
    """Each logical character is drawn at a cell of the line holding a glyph of it; the end at the blank cell."""
    line = visual_line(typed)
    end = line.offsets[-1]
    assert line.text[end] == " "
    assert end not in line.offsets[:-1] or typed[line.offsets.index(end)] in "\u200c\u200d\u202a\u202b\u202c"
    for position, char in enumerate(typed):
        at = line.offsets[position]
        assert 0 <= at < len(line.text)
        glyph = _plain(line.text[at])
        if char.strip() and not unicodedata.combining(char) and char not in "\u200c\u200d":
            assert glyph.strip(), (typed, position)


def test_a_click_finds_the_letter_under_it() -> None:
    line = visual_line("غزة 2024")
    assert line.position_at(8) == 0  # the first letter typed is at the right
    assert line.position_at(0) == 4  # "2"
    assert line.position_at(4) == 8  # the end: right of "2024", where a digit typed next goes
    assert line.position_at(99) == 0


def test_text_with_no_arabic_and_very_long_text_are_drawn_as_typed() -> None:
    assert visual_line("hello world").text == "hello world "
    long = "خبر " * (MAX_LAID_OUT // 4 + 1)
    line = visual_line(long)
    assert line.text == long + " " and line.cells == tuple(range(len(long) + 1))


def test_unshaped_when_the_terminal_shapes() -> None:
    line = visual_line("غزة", shaped=False)
    assert line.text == " ةزغ"


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="غزة ب()[]12٣-.abc", min_size=1, max_size=24).filter(
        lambda text: any("ء" <= c <= "ي" for c in text) and "  " not in text
    )
)
def test_brackets_numbers_and_latin_are_drawn_as_in_the_panes(typed: str) -> None:
    """Whatever mix of Arabic, Latin, digits and brackets is typed, the box draws the panes' line (whose
    wrapping makes runs of spaces one, which a box keeps as typed: left out here)."""
    line = visual_line(typed)
    drawn = _without_the_end(line)
    assert drawn.strip() == rtl.fit_line(typed, 200, direction=line.direction, align=False).strip()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="غزة لا بَ ()[]«»12.5%abc\u200d\u200f\u202b\u202c\u064b", max_size=30))
def test_never_raises_and_positions_stay_in_the_line(typed: str) -> None:
    line = visual_line(typed)
    assert len(line.cells) == len(line.offsets) == len(typed) + 1
    assert all(0 <= at < len(line.text) for at in line.offsets)
    cells = sum(cell_len(char) for char in line.text)  # (Rich measures a joiner and its neighbours as one)
    assert all(0 <= cell < max(1, cells) for cell in line.cells)


def test_the_arabic_number_class_is_unicodes() -> None:
    """``_ARABIC_NUMBER`` matches exactly the characters of bidi class AN (in this Python's Unicode)."""
    from newstui.text import caret

    every = (chr(code) for code in range(0x110000))
    assert {c for c in every if caret._ARABIC_NUMBER.fullmatch(c)} == {
        chr(code) for code in range(0x110000) if unicodedata.bidirectional(chr(code)) == "AN"
    }


def _without_the_end(line: VisualLine) -> str:
    """The line as the panes draw it: without the end's blank cell."""
    end = line.offsets[-1]
    return line.text[:end] + line.text[end + 1 :]


@pytest.mark.parametrize(
    ("typed", "drawn"),
    [
        ("الفائدة 2025", "2025| ﺓﺪﺋﺎﻔﻟﺍ"),  # a number ends an Arabic line: a digit typed next goes right of it
        ("تقرير اليوم.txt", "txt|.ﻡﻮﻴﻟﺍ ﺮﻳﺮﻘﺗ"),  # a save box's name: typing goes on after "txt"
        ("BBC عربي", "BBC |ﻲﺑﺮﻋ"),  # an Arabic word ends a Latin line: the next letter goes on its left
        ("الفائدة", "|ﺓﺪﺋﺎﻔﻟﺍ"),  # a right-to-left line's own end: on the left
        ("hello", "hello|"),
    ],
)
def test_the_end_is_where_the_next_letter_goes(typed: str, drawn: str) -> None:
    """The caret at the end stands where what is typed next appears (in the run the text ends in)."""
    line = visual_line(typed)
    end = line.offsets[-1]
    assert line.text[end] == " "
    assert f"{line.text[:end]}|{line.text[end + 1 :]}" == drawn
