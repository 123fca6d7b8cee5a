"""Each wrapped line, reordered alone with its marks, reads as UAX #9 orders it within its paragraph."""

from __future__ import annotations

import unicodedata
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.uba_levels import paragraph_lines
from newstui.text import bracket_pairs, line_context
from newstui.text.line_context import LineContext
from newstui.text.reorder import reorder_text

NEUTRALS = ["", " ", "...", "-", "+", "%", "€", ".", ",", "/"]
WORDS = ["12", "٣٤", "ab", "سلام", "ا", "א"]
BRACKETS = st.sampled_from([("(", ")"), ("[", "]"), ("«", "»")])
"""One kind of bracket per paragraph: pairs of different kinds crossed (``[(])``) are left out (below)."""


def reordered(lines: list[str], base: str, order: list[int] | None = None) -> list[str]:
    """Each line reordered alone with the marks its context gives it, asked for in ``order``."""
    context = LineContext(len(lines), base, lambda index: lines[index])
    out = [""] * len(lines)
    for index in order if order is not None else range(len(lines)):
        out[index] = reorder_text(context.wrap(index, lines[index]), base)
    return out


@st.composite
def paragraphs(draw: st.DrawFn) -> list[str]:
    """A paragraph as wrapped lines (no edge spaces) of words, numbers, neutrals and one kind of bracket."""
    opening, closing = draw(BRACKETS)
    piece = st.sampled_from([*NEUTRALS, *WORDS, opening, closing])
    lines = draw(st.lists(st.lists(piece, min_size=1, max_size=6).map("".join), min_size=2, max_size=8))
    return [line.strip(" ") or "x" for line in lines]


@settings(max_examples=400, deadline=None)
@given(lines=paragraphs(), base=st.sampled_from(["L", "R"]), data=st.data())
def test_each_line_reads_as_in_its_paragraph(lines: list[str], base: str, data: st.DataObject) -> None:
    """Numbers (W2, W7), bracket pairs split between lines (N0) and neutrals at line edges (N1) resolve
    as over the whole paragraph, whatever order the lines are asked for in."""
    order = data.draw(st.permutations(range(len(lines))))
    assert reordered(lines, base, order) == paragraph_lines(lines, base)


@pytest.mark.parametrize("order", [[0, 1], [1, 0]])
def test_a_number_after_a_split_bracket_looks_back_past_its_marks(order: list[int]) -> None:
    """Found by the property above: ``٣٤(٣٤`` / ``)12`` at a left-to-right base. The closing bracket resolves
    right to left with its pair (N0: Arabic digits in it and before it) and ``12`` left to right (W7: no
    letter before it); the mark for the number went in between the bracket and its own mark."""
    lines = ["٣٤(٣٤", ")12"]
    assert reordered(lines, "L", order) == paragraph_lines(lines, "L")


# A sentence of each situation, broken into lines as a narrow pane breaks it; the whole paragraph's
# order is what each line must show.
CASES = {
    "pair split, Latin both sides of the closing bracket": (
        ["قال الباحث في جامعة (Harvard", "University) MIT إن النتائج", "جيدة"],
        "R",
        "جئاتنلا نإ MIT (University",  # read right to left: University) MIT إن النتائج
    ),
    "pair split, a number after the closing bracket looks back to the Latin (W7)": (
        ["وصدر عن (World Health", "Organization) 2024 تقرير"],
        "R",
        None,
    ),
    "pair split, an Arabic word last before it: the number after it is Arabic (W2)": (
        ["أعلنت الشركة (Apple", "Inc في الرياض) 15 فرعاً"],
        "R",
        None,
    ),
    "pair split, Latin last in it, a neutral and a number after it": (
        ["قال إن (الشركة", "في Cairo) - 2020"],
        "R",
        None,
    ),
    "Arabic-Indic digits end a line after Latin: the next line's neutrals resolve by them": (
        ["The index rose ٣٤", "- نقطة بعد"],
        "L",
        None,
    ),
    "a resolved bracket ends the line: the next line's neutrals resolve by it": (
        ["He said (كتاب)", "- عربي"],
        "L",
        None,
    ),
    "English paragraph, Arabic in a split pair followed by Arabic": (
        ["The book (كتاب", "جديد) 2019 صدر in Cairo"],
        "L",
        None,
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_named_situations(name: str) -> None:
    """Each line of each case shows what the paragraph's levels give."""
    lines, base, line_two = CASES[name]
    got = reordered(lines, base)
    assert got == paragraph_lines(lines, base)
    if line_two is not None:  # the visual order, spelled out once (letters unshaped)
        assert got[1] == line_two


def test_the_split_bracket_gets_its_pair_direction_not_its_neighbours() -> None:
    """Alone, ``)`` between ``University`` and ``MIT`` resolves left to right (N1); in its paragraph
    the pair is right to left (N0), which puts ``MIT`` to its left."""
    line = "University) MIT إن"
    assert reorder_text("\u200e" + line, "R") == "نإ University) MIT"  # the line alone
    assert reordered(["في جامعة (Harvard", line], "R")[1] == "نإ MIT (University"


def test_a_line_given_other_text_than_planned_is_used_as_given() -> None:
    """What was found from the planned text is forgotten when a line comes with different text."""
    lines = ["abc (x", "123", "y) xyz"]
    context = LineContext(3, "R", lambda index: lines[index])
    assert reorder_text(context.wrap(2, "y) xyz"), "R") == paragraph_lines(lines, "R")[2]
    lines[1] = "سلام"
    assert reorder_text(context.wrap(1, "سلام"), "R") == paragraph_lines(lines, "R")[1]
    assert reorder_text(context.wrap(0, "abc (x"), "R") == paragraph_lines(lines, "R")[0]


@pytest.mark.parametrize("piece", ["0123456789", "...", "- ", "٣٤ ", "(( ", "12) "])
def test_lines_without_strong_characters_are_looked_at_once(monkeypatch: pytest.MonkeyPatch, piece: str) -> None:
    """A paragraph of 2,000 lines of numbers, neutrals or brackets only: each character is classed a
    few times, not once for every line after it (that took 20 s for 1,250 lines)."""
    calls = [0]

    def bidirectional(char: str) -> str:
        calls[0] += 1
        return unicodedata.bidirectional(char)

    counting = SimpleNamespace(
        bidirectional=bidirectional, normalize=unicodedata.normalize, category=unicodedata.category
    )
    monkeypatch.setattr(line_context, "unicodedata", counting)
    monkeypatch.setattr(bracket_pairs, "unicodedata", counting)
    lines = [piece * 8 for _ in range(2000)]
    context = LineContext(len(lines), "R", lambda index: lines[index])
    for index in range(len(lines)):
        context.wrap(index, lines[index])
    assert calls[0] <= 4 * sum(map(len, lines))


def test_a_paragraph_said_to_hold_no_bracket_is_not_paired(monkeypatch: pytest.MonkeyPatch) -> None:
    """The layout says when a paragraph holds no bracket: its lines then cost no pairing."""
    calls = [0]

    def counted(text: str, base: str) -> dict[int, bracket_pairs.PairedBracket]:
        calls[0] += 1
        return bracket_pairs.paired_brackets(text, base)

    monkeypatch.setattr(line_context, "paired_brackets", counted)
    lines = ["قال (Harvard", "University) MIT"]
    plain = LineContext(2, "R", lambda index: lines[index], brackets=False)
    for index in range(2):
        plain.wrap(index, lines[index])
    assert calls[0] == 0
    paired = LineContext(2, "R", lambda index: lines[index])
    for index in range(2):
        paired.wrap(index, lines[index])
    assert calls[0] == 1  # once for the paragraph, not once a line


def test_pairs_within_their_lines_cost_no_pairing(monkeypatch: pytest.MonkeyPatch) -> None:
    """``(Reuters)`` inside a line pairs there as in the paragraph: the paragraph is not paired for it."""
    calls = [0]

    def counted(text: str, base: str) -> dict[int, bracket_pairs.PairedBracket]:
        calls[0] += 1
        return bracket_pairs.paired_brackets(text, base)

    monkeypatch.setattr(line_context, "paired_brackets", counted)
    lines = ["قالت وكالة (Reuters) إن", "الوزير (وزير المالية) أعلن", "أمس خطة"]
    assert reordered(lines, "R") == paragraph_lines(lines, "R")
    assert calls[0] == 0
    lines[1] = "الوزير (Finance"  # the pair now crosses into the next line
    lines[2] = "Minister) أعلن"
    assert reordered(lines, "R") == paragraph_lines(lines, "R")
    assert calls[0] == 1


def _cut_lines(lines: list[str], base: str) -> list[str]:
    """Each of ``lines`` (one paragraph cut inside its words, nothing between lines) by the paragraph's levels."""
    from helpers.uba_levels import paragraph_levels, reorder_by_levels

    levels = paragraph_levels("".join(lines), base)
    out, start = [], 0
    for line in lines:
        out.append(reorder_by_levels(line, levels[start : start + len(line)], 1 if base == "R" else 0))
        start += len(line)
    return out


# A number wider than the line, cut after a separator: W4 keeps the separator in the number (``1,250,``),
# where alone in its line it was a neutral drawn at the number's far side (``,1,250``).
CUT_NUMBERS = [
    (["بلغ 1,250,", "000,000,", "000 دولار"], "R", "1,250, غلب"),
    (["في 2026/12/", "01/10:30 حضر"], "R", "2026/12/ يف"),
    (["بلغ ١٢٣,٤٥٦,", "٧٨٩ ريالا"], "R", "١٢٣,٤٥٦, غلب"),
    (["The sum 1,250,", "000,000 دولار"], "L", "The sum 1,250,"),
    (["رقم 10+", "20 هنا"], "R", None),
    (["بين 12:", "30 و"], "R", "12: نيب"),
]


@pytest.mark.parametrize(("lines", "base", "first"), CUT_NUMBERS)
def test_a_number_cut_after_a_separator_keeps_it_at_its_end(lines: list[str], base: str, first: str | None) -> None:
    """Lines of one word cut in two resolve as the paragraph without the space a break at a space has."""
    context = LineContext(len(lines), base, lambda index: lines[index], cut_after=lambda _index: True)
    got = [reorder_text(context.wrap(index, line), base) for index, line in enumerate(lines)]
    assert got == _cut_lines(lines, base)
    if first is not None:
        assert got[0] == first


def test_lines_broken_at_a_space_keep_the_separator_a_neutral() -> None:
    """``12, 12`` broken at its space: the comma is a neutral of the paragraph, drawn at the number's far side."""
    lines = ["بلغ 12,", "12 ريال"]
    context = LineContext(2, "R", lambda index: lines[index], cut_after=lambda _index: False)
    got = [reorder_text(context.wrap(index, line), "R") for index, line in enumerate(lines)]
    assert got == paragraph_lines(lines, "R") == [",12 غلب", "لاير 12"]
