"""A paragraph's bracket pairs and their N0 direction: by hand, against Unicode's own tests, in linear time."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hang_guard import guarded
from newstui.text.bracket_pairs import MAX_DEPTH, bracket_table, has_bracket, paired_brackets

UNICODE_DATA = Path("/usr/share/unicode")
"""Debian's unicode-data package (``.ci/run`` installs it)."""
EXPLICIT = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2029")
"""Embeddings, overrides, isolates, the paragraph separator: sanitizing drops them before any layout."""


def directions(text: str, base: str) -> dict[int, str]:
    return {index: pair.direction for index, pair in paired_brackets(text, base).items()}


# (text, base, {index: direction}) — written out by UAX #9's N0.
CASES = [
    ("ab (cd) ef", "L", {3: "L", 6: "L"}),  # the base direction inside: the base
    ("ab (عر) ef", "L", {3: "L", 6: "L"}),  # only the other inside, Latin before: the base
    ("عر (ab) ef", "R", {3: "R", 6: "R"}),
    ("xy ab (عر)", "R", {6: "R", 9: "R"}),  # the base R inside: R
    ("عر (بت)", "L", {3: "R", 6: "R"}),  # only R inside, R before: R
    ("ab (12)", "R", {3: "L", 6: "L"}),  # 12 after Latin is L (W7): L inside, L before, base R: L
    ("عر (12)", "R", {3: "R", 6: "R"}),  # 12 after Arabic counts as R
    ("(...) ab", "L", {}),  # nothing strong inside: left to N1
    ("a ( b ] c )", "L", {2: "L", 10: "L"}),  # a closing bracket of another kind is passed over
    ("a [ ( b ] c )", "L", {2: "L", 8: "L"}),  # "]" closes "[" and the "(" opened in between goes
    ("\u2329ab\u3009", "L", {0: "L", 3: "L"}),  # canonical equivalents pair (BD16)
    ("عر (ab [cd] ef)", "R", {3: "R", 14: "R", 7: "L", 10: "L"}),  # L inside both; before "[": ab
    ("عر ([cd] ef)", "R", {3: "R", 11: "R", 4: "R", 7: "R"}),  # before "[": the outer "(", resolved R
    ("ab ) cd (", "R", {}),  # no pair: a closing bracket before any opening one
]


@pytest.mark.parametrize(("text", "base", "expected"), CASES)
def test_cases(text: str, base: str, expected: dict[int, str]) -> None:
    assert directions(text, base) == expected


def test_each_bracket_knows_its_partner_and_the_strong_class_before_it() -> None:
    found = paired_brackets("عر (ab) cd", "L")
    assert (found[3].partner, found[6].partner) == (6, 3)
    assert (found[3].before, found[6].before) == ("AL", "L")  # what numbers after each look back to


def test_an_opening_bracket_past_the_stack_stops_the_pairing() -> None:
    """BD16: the 64th open bracket ends pairing; the pairs closed before it stand."""
    text = "(a) " + "(" * MAX_DEPTH + "(b)" + ")" * MAX_DEPTH
    found = directions(text, "L")
    assert found == {0: "L", 2: "L"}


@pytest.mark.parametrize("text", ["()", "a[b", "x}", "\u2329", "\u0f3a", "﴾"])
def test_has_bracket(text: str) -> None:
    expected = any(char in bracket_table() for char in text)
    assert has_bracket(text) is expected
    assert has_bracket(text + " ascii") is expected


def _test_lines(name: str) -> list[str]:
    path = UNICODE_DATA / name
    if not path.exists():
        pytest.skip(f"{path} is not installed (Debian: unicode-data)")
    return [line for line in (raw.split("#")[0].strip() for raw in path.read_text().splitlines()) if line]


def test_the_table_is_unicodes() -> None:
    """Every pair derived from the mirroring table is a pair in BidiBrackets.txt."""
    listed = {}
    for line in _test_lines("BidiBrackets.txt"):
        code, partner, kind = (field.strip() for field in line.split(";"))
        listed[chr(int(code, 16))] = (chr(int(partner, 16)), kind == "o")
    table = bracket_table()
    assert len(table) >= 120
    for char, (_key, opening) in table.items():
        assert char in listed
        assert listed[char][1] is opening


def test_directions_agree_with_unicodes_bidi_character_tests() -> None:
    """Every bracket resolved, in every test paragraph without explicit controls, at the level parity
    BidiCharacterTest.txt gives it (163,000 brackets in 91,000 paragraphs)."""
    checked = 0
    wrong: list[str] = []
    for line in _test_lines("BidiCharacterTest.txt"):
        codes, _direction, paragraph_level, levels_field, _order = line.split(";")
        text = "".join(chr(int(code, 16)) for code in codes.split())
        if EXPLICIT.intersection(text):
            continue
        levels = levels_field.split()
        for index, pair in paired_brackets(text, "R" if paragraph_level == "1" else "L").items():
            if levels[index] == "x":
                continue
            checked += 1
            if (int(levels[index]) % 2 == 1) != (pair.direction == "R"):
                wrong.append(f"{codes} @ {index}")
    assert checked > 100_000
    assert wrong == []


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.sampled_from(["(", ")", "[", "]", "a", "ب", "1", "٣", " ", "."]), max_size=40).map("".join),
    base=st.sampled_from(["L", "R"]),
)
def test_pairs_are_symmetric_and_within_the_text(text: str, base: str) -> None:
    found = paired_brackets(text, base)
    for index, pair in found.items():
        assert found[pair.partner].partner == index
        assert found[pair.partner].direction == pair.direction
        assert bracket_table()[text[index]][1] is (index < pair.partner)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("(ab" * 100_000, 0),  # past the stack at once: nothing closes
        ("(ab) " * 100_000, 100_000),  # siblings
        (("(" * 60 + "ab" + ")" * 60 + " ") * 2_000, 60 * 2_000),  # nested to the stack's depth
        (("(عر " * 60 + "ab" + ")" * 60 + " ") * 2_000, 60 * 2_000),  # nested, each pair looking back for context
    ],
    ids=["unclosed", "siblings", "nested", "nested-looking-back"],
)
def test_work_is_linear(text: str, pairs: int) -> None:
    """Nested pairs do not rescan their insides, nor look back over every earlier pair; every pair is found."""
    found = guarded(lambda: paired_brackets(text, "R"))
    assert len(found) == 2 * pairs  # both ends of each pair
    assert sum(index < pair.partner for index, pair in found.items()) == pairs
    assert all(text[index] == "(" for index, pair in found.items() if index < pair.partner)
