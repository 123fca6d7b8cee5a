"""A very long word is shaped a piece at a time (bounded memory), giving exactly what shaping it whole gives."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Final

import pytest

from newstui.text import shaping
from newstui.text.rtl import clear_caches, shape

_FATHA, _DAMMA, _KASRA, _SHADDA, _SUKUN = "\u064e", "\u064f", "\u0650", "\u0651", "\u0652"
# Our own words, written for these tests, run together without spaces (as a page with no spaces would be).
_WORDS = (
    "قالَ",
    "الوزيرُ",
    "إنَّ",
    "المدارسَ",
    "لأنَّ",
    "الأمطارَ",
    "سلامٌ",
    "بِلادٌ",
    "مستشفى",
    "الإعلامِ",
    "كتبَ",
    "يومَ",
)
_DUAL = "بتثجحخسشصضطظعغفقكمنهيـ"
"""Letters that join on both sides: a run of them holds no place where one letter does not join the next."""


def _run(seed: int, alphabet: tuple[str, ...] | str, size: int) -> str:
    """``size`` characters or more of ``alphabet``'s pieces in a seeded random order, without a space."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        part = rng.choice(alphabet)
        if rng.random() < 0.3:
            part += rng.choice((_FATHA, _DAMMA, _KASRA, _SHADDA + _FATHA, _SUKUN))
        parts.append(part)
        length += len(part)
    return "".join(parts)


_LONG = {
    "words-harakat-lam-alef": _run(1, _WORDS, 20_000),
    "lam-with-harakat-before-alef": _run(2, (*_WORDS, "لَا", "لِأ", "لُآ", "لْإ"), 20_000),
    "joining-letters-only": _run(3, _DUAL, 20_000),
    "joining-letters-and-lams": _run(4, _DUAL + "لللل", 20_000),
    "lam-runs": _run(6, ("ل", "لل", "لا", "ب", "لأ"), 20_000),
    "with-zwj": _run(5, (*_WORDS, "\u200d", "ب\u200d", "\u200dلا"), 20_000),
    "many-words": " ".join(_run(seed, _WORDS, 40) for seed in range(600)),
}


@pytest.fixture
def given() -> list[int]:
    """The length of every text the reshaper is given, once ``shaping._reshaper`` is spied on."""
    return []


def _spy(given: list[int]) -> Callable[[bool], Callable[[str], str]]:
    real = shaping._reshaper

    def reshaper(ligatures: bool) -> Callable[[str], str]:
        reshape = real(ligatures)

        def counted(text: str) -> str:
            given.append(len(text))
            return reshape(text)

        return counted

    return reshaper


_PIECE_MOST: Final = 8192
"""Characters the reshaper may be given at once (it keeps ~150 bytes per character while it works)."""


@pytest.mark.parametrize("text", _LONG.values(), ids=_LONG.keys())
def test_a_long_word_is_shaped_in_pieces_as_it_is_whole(
    text: str, given: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each piece the reshaper is given is short, and the pieces together are the word shaped whole."""
    with monkeypatch.context() as patch:
        patch.setattr(shaping, "CHUNK_CHARS", 10 * len(text), raising=False)  # one piece: the whole word
        expected = shaping.shape_uncached(text)
    monkeypatch.setattr(shaping, "_reshaper", _spy(given))
    assert shaping.shape_uncached(text) == expected
    clear_caches()
    assert shape(text) == expected, "through the word cache (the reader's path)"
    clear_caches()
    assert given and max(given) <= _PIECE_MOST
    assert len(given) >= 2 * (len(text) // _PIECE_MOST)
