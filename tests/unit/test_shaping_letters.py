"""Letters of Kurdish, Pashto, Urdu and Persian: each one Unicode gives presentation forms is shaped into them;
one it gives none (ێ ە ڵ ڕ ښ ټ ځ ګ) is drawn as written, and its neighbours do not join it.

A shaper that writes presentation forms (arabic-reshaper, as every terminal needs) can draw a letter joined
only with a form of it Unicode encodes: ڤ has four (U+FB6A-FB6D), ڵ has none. Drawing ب joined to a ڵ drawn
alone would leave a stroke pointing at nothing, so a letter without forms breaks the word's joining there
(as a Latin letter would); a terminal that shapes by itself (``--bidi terminal``) joins them.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import pytest

from newstui.text.rtl import shape

BEH = "\u0628"
_POSITIONS = ("<isolated>", "<initial>", "<medial>", "<final>")


@cache
def _forms() -> dict[str, dict[str, str]]:
    """Each letter with presentation forms, and its forms by position, from Unicode's own decompositions."""
    found: dict[str, dict[str, str]] = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        fields = unicodedata.decomposition(chr(code)).split()
        if len(fields) == 2 and fields[0] in _POSITIONS:
            found.setdefault(chr(int(fields[1], 16)), {})[fields[0]] = chr(code)
    return found


_LETTERS = sorted(letter for letter in _forms() if unicodedata.category(letter) == "Lo")


@pytest.mark.parametrize("letter", _LETTERS, ids=[f"U+{ord(letter):04X}" for letter in _LETTERS])
def test_every_letter_with_forms_takes_them(letter: str) -> None:
    """Alone, after a beh, between two and before one: the form Unicode gives for that place (if it has one)."""
    forms = _forms()[letter]
    assert shape(letter) == forms["<isolated>"]
    if "<final>" in forms:
        assert shape(BEH + letter)[1] == forms["<final>"]
    if "<medial>" in forms:
        assert shape(BEH + letter + BEH)[1] == forms["<medial>"]
    if "<initial>" in forms:
        assert shape(letter + BEH)[0] == forms["<initial>"]


# Our own words: Kurdish (ڤ ێ ە ڵ ڕ), Pashto (ښ ټ ځ ګ).
@pytest.mark.parametrize(
    ("word", "shaped"),
    [
        ("ڤیدیۆ", "\ufb6c\ufbff\ufeaa\ufbfe\ufbda"),  # ڤ initial, ی medial, د final, ی initial, ۆ final
        ("کوڤار", "\ufb90\ufeee\ufb6c\ufe8e\ufead"),  # after waw (which joins no letter after it): ڤ initial
    ],
    ids=["veh-initial", "veh-after-waw"],
)
def test_veh_is_shaped(word: str, shaped: str) -> None:
    assert shape(word) == shaped


_NO_FORMS = "ێەڵڕښټځګ"


@pytest.mark.parametrize("letter", _NO_FORMS, ids=[unicodedata.name(letter) for letter in _NO_FORMS])
def test_a_letter_without_forms_is_drawn_as_written(letter: str) -> None:
    """Unicode has no presentation form of it: it stays the letter, and the behs beside it do not join it."""
    assert letter not in _forms()
    assert shape(BEH + letter + BEH) == "\ufe8f" + letter + "\ufe8f"
    assert shape(letter) == letter
