"""Reads screen lines back right to left and checks they give the logical paragraph's words in order.

Our own implementation of the check that ../shared/tools/rtl_readback.py describes: take each visual
line's tokens right to left, reverse each Arabic token's letters, fold presentation forms with NFKC
and drop harakat/punctuation; the paragraph's pure-Arabic words must then appear as one contiguous
run of that stream. Line order, word order and letter order are all checked at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_NON_WORD = re.compile(r"[^\w]")


def fold(token: str) -> str:
    """NFKC, no harakat or tatweel, no punctuation."""
    return _NON_WORD.sub("", _MARKS.sub("", unicodedata.normalize("NFKC", token)))


def is_arabic_word(token: str) -> bool:
    """True for a non-empty token made only of Arabic-script letters."""
    return bool(token) and all("\u0621" <= c <= "\u064a" or "\u066e" <= c <= "\u06d3" for c in token)


def logical_words(paragraph: str) -> list[str]:
    """The paragraph's pure-Arabic words in reading order (mixed tokens are skipped)."""
    return [w for w in (fold(raw) for raw in paragraph.split()) if is_arabic_word(w)]


def visual_words(lines: Iterable[str]) -> list[str]:
    """Words of screen lines read right to left, top to bottom."""
    words: list[str] = []
    for line in lines:
        for raw in reversed(line.split()):
            word = fold(raw[::-1])
            if is_arabic_word(word):
                words.append(word)
    return words


def reads_back(paragraph: str, lines: Iterable[str]) -> bool:
    """True when the paragraph's Arabic words appear, in order and contiguous, in the lines read RTL."""
    run = logical_words(paragraph)
    stream = visual_words(lines)
    if not run:
        return True
    n = len(run)
    return any(stream[i : i + n] == run for i in range(len(stream) - n + 1))


def head(paragraph: str, words: int = 12) -> str:
    """The first words of a paragraph (a prefix short enough to be on screen)."""
    return " ".join(paragraph.split()[:words])


def assert_no_quote_marks_drawn(article: Any, width: int) -> None:
    """The reader's layout of ``article`` at ``width`` and its ``--print`` (one pipeline) draw no ``>``, nor the
    ``<`` an Arabic line mirrors it into, and the layout's height is the lines it draws."""
    from newstui.render import ArticleLayout, render_text

    layout = ArticleLayout(article, width)
    shown = [line.text for line in layout.lines()]
    assert layout.height == len(shown)
    assert not any(mark in line for line in shown for mark in "<>"), shown
    printed = render_text(article, width)
    assert "<" not in printed and ">" not in printed
