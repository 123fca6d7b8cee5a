"""Emoji on screen: the pictures of a ZWJ sequence stay together and in logical order in every line."""

from __future__ import annotations

import unicodedata

import pytest

from newstui.text.emoji import EMOJI_JOIN, mark_emoji_joins
from newstui.text.rtl import RTL_EMBEDDING, cell_width, fit_line, layout_paragraph, line_count, reorder_line
from newstui.text.wrap import split_clusters

ZWJ = "\u200d"
CODER = f"👨{ZWJ}🔬"  # scientist: man + microscope
PARENTS = f"👩{ZWJ}👩{ZWJ}👦{ZWJ}👦"  # family of four
FIRE_HEART = f"❤{ZWJ}🔥"  # a BMP picture first
RAINBOW = f"🏳\ufe0f{ZWJ}🌈"  # the first picture with its VS16
DRAWN = {CODER: "👨🔬", PARENTS: "👩👩👦👦", FIRE_HEART: "❤🔥"}
"""Each sequence as drawn: its pictures, in logical order, without the ZWJs."""

# Our own sentences (written for these tests).
STORY = f"نشرت الجمعية صورة {CODER} مع أسرة {PARENTS} وكتبت {FIRE_HEART} في ختام الحفل"
LATIN = f"The lab posted {CODER} and {PARENTS} after the event"


def N(text: str) -> str:
    """NFKC (presentation forms back to base letters) with the padding stripped."""
    return unicodedata.normalize("NFKC", text).strip()


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        (CODER, f"👨{EMOJI_JOIN}🔬"),
        (PARENTS, f"👩{EMOJI_JOIN}👩{EMOJI_JOIN}👦{EMOJI_JOIN}👦"),
        (RAINBOW, f"🏳\ufe0f{EMOJI_JOIN}🌈"),
        (FIRE_HEART, f"❤{EMOJI_JOIN}🔥"),
        (f"ه{ZWJ} نص", f"ه{ZWJ} نص"),
        (f"👨{ZWJ}ب", f"👨{ZWJ}ب"),
        ("بلا رموز", "بلا رموز"),
    ],
    ids=["pair", "family", "vs16", "bmp-first", "arabic-zwj", "emoji-then-letter", "none"],
)
def test_mark_emoji_joins(text: str, marked: str) -> None:
    """Only a ZWJ between two pictographs becomes the marker; a ZWJ in an Arabic word is left for shaping."""
    assert mark_emoji_joins(text) == marked


@pytest.mark.parametrize(
    ("text", "direction", "expected"),
    [
        (f"قال 👨{EMOJI_JOIN}🔬 اليوم", "rtl", "مويلا 👨🔬 لاق"),
        (f"قال 👩{EMOJI_JOIN}👩{EMOJI_JOIN}👦{EMOJI_JOIN}👦", "rtl", "👩👩👦👦 لاق"),
        (f"نعم 🏳\ufe0f{EMOJI_JOIN}🌈 لا", "rtl", "ال 🏳\ufe0f🌈 معن"),
        (f"نعم ❤{EMOJI_JOIN}🔥 لا", "rtl", "ال ❤🔥 معن"),
        (f"نعم 👨{EMOJI_JOIN}🔬👍🏽 لا", "rtl", "ال 👍🏽👨🔬 معن"),
        (f"ok 👨{EMOJI_JOIN}🔬 fine", "ltr", "ok 👨🔬 fine"),
        (f"نعم \u2500👨{EMOJI_JOIN}🔬", "rtl", "👨🔬\u2500 معن"),
    ],
    ids=["pair", "family", "vs16", "bmp-first", "next-to-modified", "ltr", "stand-in-taken"],
)
def test_joined_pictures_keep_logical_order(text: str, direction: str, expected: str) -> None:
    """Pictures joined by ``EMOJI_JOIN`` are drawn in logical order at an odd level too, without the marker."""
    assert reorder_line(text, direction) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "direction"), [(STORY, None), (STORY, "ltr"), (LATIN, None), (LATIN, "rtl")])
def test_paragraph_lines_draw_sequences_whole_and_in_order(text: str, direction: str | None) -> None:
    """App mode, widths 2..60: every line is the width exactly, no ZWJ, marker or bidi control is left, and
    every sequence is drawn whole in one line, pictures in logical order, where its pictures fit the width;
    one wider than the line is wrapped as the separate pictures it is drawn as (rtl14b, audit regress13a
    finding 10: it overflowed), still in logical order from line to line; ``line_count`` agrees."""
    for width in range(2, 61):
        lines = layout_paragraph(text, width, direction=direction)  # type: ignore[arg-type]
        assert [cell_width(line) for line in lines] == [width] * len(lines), width
        drawn = "".join(lines)
        assert ZWJ not in drawn and EMOJI_JOIN not in drawn and "\u061c" not in drawn
        for sequence, pictures in DRAWN.items():
            if sequence in text and cell_width(pictures) <= width:
                assert sum(line.count(pictures) for line in lines) == 1, (width, lines)
            elif sequence in text:
                assert pictures in "".join(line.strip(" ") for line in lines), (width, lines)
        assert line_count(text, width) == len(lines)


def test_terminal_mode_keeps_logical_order() -> None:
    """Terminal mode is left as it was: logical order (the terminal reorders), every ZWJ dropped."""
    (line,) = layout_paragraph(STORY, 200, mode="terminal")
    assert line.strip() == RTL_EMBEDDING[0] + STORY.replace(ZWJ, "") + RTL_EMBEDDING[1]  # (rtl11: embedded)


@pytest.mark.parametrize("width", range(3, 40))
def test_labels_draw_sequences_whole_and_in_order(width: int) -> None:
    """``fit_line`` truncates between sequences and draws the kept ones in logical order."""
    line = fit_line(STORY, width)
    assert cell_width(line) == width and EMOJI_JOIN not in line
    for sequence, pictures in DRAWN.items():
        first = sequence.split(ZWJ)[0].rstrip("\ufe0f")
        assert first not in line or pictures in line, (width, line)


@pytest.mark.parametrize(
    ("text", "clusters"),
    [
        (f"👨{EMOJI_JOIN}🔬", [f"👨{EMOJI_JOIN}🔬"]),
        (f"ب👩{EMOJI_JOIN}👦ب", ["ب", f"👩{EMOJI_JOIN}👦", "ب"]),
        (f"🇪🇬👩{EMOJI_JOIN}👦", ["🇪🇬", f"👩{EMOJI_JOIN}👦"]),
    ],
    ids=["pair", "between-letters", "after-a-flag"],
)
def test_marker_joins_clusters(text: str, clusters: list[str]) -> None:
    """Wrapping never splits a sequence: the marker pulls the next picture into its cluster."""
    assert split_clusters(text) == clusters


def test_story_at_width_80() -> None:
    """The shaped line reads (after NFKC) as the logical words reversed, each sequence in logical order."""
    (line,) = layout_paragraph(f"قال {CODER} و {PARENTS} اليوم.", 80)
    assert N(line) == ".مويلا 👩👩👦👦 و 👨🔬 لاق"


# Each symbol with VS16 and the cells tmux 3.3a advances for it (measured with CSI 6n): Rich counts a
# text-default symbol + VS16 two cells, tmux one; drawn without the VS16, Rich counts what tmux draws.
VS16 = "\ufe0f"
TMUX_CELLS = [
    (f"❤{VS16}", 1),
    (f"☀{VS16}", 1),
    (f"✔{VS16}", 1),
    (f"☎{VS16}", 1),
    (f"⚠{VS16}", 1),
    (f"©{VS16}", 1),
    (f"1{VS16}\u20e3", 1),
    (f"⭐{VS16}", 2),
    (f"👍{VS16}", 2),
]


@pytest.mark.parametrize("mode", ["app", "terminal"])
@pytest.mark.parametrize(("symbol", "cells"), TMUX_CELLS, ids=[symbol for symbol, _ in TMUX_CELLS])
def test_vs16_is_left_out_on_screen(symbol: str, cells: int, mode: str) -> None:
    """No line holds a VS16; the symbol drawn is as wide in Rich as tmux draws it, so lines keep the
    pane's width in the terminal too; ``line_count`` and ``fit_line`` agree."""
    drawn = symbol.replace(VS16, "")
    assert cell_width(drawn) == cells
    text = f"كتب المتابعون {symbol} بعد الخبر {symbol}{symbol} أمس"
    for width in (3, 7, 12, 30, 80):
        lines = layout_paragraph(text, width, mode=mode)  # type: ignore[arg-type]
        assert all(VS16 not in line and cell_width(line) == width for line in lines), (width, lines)
        assert sum(line.count(drawn) for line in lines) == 3
        assert line_count(text, width, mode=mode) == len(lines)  # type: ignore[arg-type]
        label = fit_line(text, width, mode=mode)  # type: ignore[arg-type]
        assert VS16 not in label and cell_width(label) == width


def test_vs16_before_a_zwj_sequence() -> None:
    """A sequence whose first picture had a VS16 (🏳️‍🌈) is drawn without it, pictures in logical order."""
    (line,) = layout_paragraph(f"رفع {RAINBOW} أمس", 40)
    assert N(line) == "سمأ 🏳🌈 عفر"
