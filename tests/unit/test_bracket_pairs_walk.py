"""Bracket pairs of a huge mixed paragraph in little memory, and the same pairs as the per-run reference gives."""

from __future__ import annotations

import gc
import random
import re
import tracemalloc
import unicodedata
from bisect import bisect_left, insort

import pytest

from newstui.text.bracket_pairs import MAX_DEPTH, PairedBracket, bracket_table, paired_brackets

# Our own words: Arabic news phrases, Latin ones, both kinds of digits, and brackets of several shapes.
_WORDS = (
    "أعلنت",
    "الوزارة",
    "خطة",
    "لإصلاح",
    "الطرق",
    "Reuters",
    "said",
    "budget",
    "2026",
    "3.5%",
    "١٢٣",
    "45",
    "(العاصمة)",
    "[تحديث]",
    "(AFP)",
    "(2026)",
    "{ملحق}",
    "(",
    ")",
    "(see page 4)",
    "«جديدة»",
    "(نحو 30 مليون)",
)


def _paragraph(seed: int, words: int) -> str:
    pick = random.Random(seed).choice
    return " ".join(pick(_WORDS) for _ in range(words))


def test_pairs_of_a_huge_paragraph_take_little_memory_beyond_the_result() -> None:
    """Under 10 bytes a character above the pairs it returns (~6: a class string, a byte copy of it, the pairs
    found): an int per strong run, a class per bracket and a string per Latin span took ~24."""
    paragraph = _paragraph(5, 40_000)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        pairs = paired_brackets(paragraph, "R")
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(pairs) > 1_000
    extra = peak - kept
    assert extra < 10 * len(paragraph), f"{extra / 1e6:.1f} MB for {len(paragraph) / 1e6:.2f} M characters"
    assert kept - before < 400 * len(pairs)  # the result itself: a PairedBracket and two ints a bracket


# The reference: paired_brackets as it was before the single walk (lists of every strong run's end and
# direction, every bracket's last strong class, W7 by re.sub with a string per span), kept to check against.
_LETTERS = {"L": "L", "R": "R", "AL": "R", "EN": "E", "AN": "A"}
_REF_W7 = re.compile("L[^LR]*")
_REF_STRONG_RUN = re.compile("L(?:N*L)*|[RAE](?:N*[RAE])*|B")
_REF_RIGHTWARD = re.compile("[RAE]")


def _ref_class_string(text: str, base: str) -> str:
    table = bracket_table()
    classes = "".join("B" if char in table else _LETTERS.get(unicodedata.bidirectional(char), "N") for char in text)
    if "E" in classes:
        classes = _REF_W7.sub(lambda match: match.group().replace("E", "L"), base + classes)[1:]
    return classes


def _ref_pairs(text: str, classes: str) -> list[tuple[int, int]]:
    table = bracket_table()
    stack: list[tuple[str, int]] = []
    found: list[tuple[int, int]] = []
    index = classes.find("B")
    while index >= 0:
        key, opening = table[text[index]]
        if opening:
            if len(stack) == MAX_DEPTH:
                break
            stack.append((key, index))
        else:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == key:
                    found.append((stack[depth][1], index))
                    del stack[depth:]
                    break
        index = classes.find("B", index + 1)
    found.sort()
    return found


def _ref_paired_brackets(text: str, base: str) -> dict[int, PairedBracket]:
    classes = _ref_class_string(text, base)
    pairs = _ref_pairs(text, classes)
    if not pairs:
        return {}
    last_strong: dict[int, str] = {}
    strong_at: list[int] = []
    strong_kind: list[str] = []
    strong = base
    for match in _REF_STRONG_RUN.finditer(classes):
        letter = classes[match.end() - 1]
        if letter == "B":
            last_strong[match.start()] = strong
            continue
        strong_at.append(match.end() - 1)
        strong_kind.append("L" if letter == "L" else "R")
        if letter == "L":
            strong = "L"
        else:
            found = max(classes.rfind("R", match.start(), match.end()), classes.rfind("L", match.start(), match.end()))
            if found >= 0:
                strong = "L" if classes[found] == "L" else unicodedata.bidirectional(text[found])
    resolved_at: list[int] = []
    resolved: dict[int, str] = {}
    other = "R" if base == "L" else "L"
    out: dict[int, PairedBracket] = {}
    for opening, closing in pairs:
        inside_left = classes.find("L", opening + 1, closing) >= 0
        inside_right = _REF_RIGHTWARD.search(classes, opening + 1, closing) is not None
        if inside_left if base == "L" else inside_right:
            direction = base
        elif inside_right if base == "L" else inside_left:
            at = bisect_left(strong_at, opening) - 1
            bracket = bisect_left(resolved_at, opening) - 1
            if bracket >= 0 and (at < 0 or resolved_at[bracket] > strong_at[at]):
                before = resolved[resolved_at[bracket]]
            else:
                before = strong_kind[at] if at >= 0 else base
            direction = other if before == other else base
        else:
            continue
        resolved[opening] = resolved[closing] = direction
        insort(resolved_at, opening)
        insort(resolved_at, closing)
        out[opening] = PairedBracket(closing, direction, last_strong[opening])
        out[closing] = PairedBracket(opening, direction, last_strong[closing])
    return out


# Characters of every class the pairing tells apart: Latin and Hebrew and Arabic letters, European and
# Arabic-Indic digits, separators and terminators around numbers, neutrals, and brackets of several shapes
# (the two canonically equivalent angle brackets among them).
_ALPHABET = "abZ" + "אב" + "سلم" + "09" + "٣٧" + "+-%.,:" + " !\"'،" + "()[]{}«»\u2329\u232a\u3008\u3009\u2045\u2046"


@pytest.mark.parametrize("seed", range(400))
def test_the_walk_gives_the_references_pairs(seed: int) -> None:
    pick = random.Random(seed)
    text = "".join(pick.choice(_ALPHABET) for _ in range(pick.randint(1, 120)))
    for base in ("L", "R"):
        assert paired_brackets(text, base) == _ref_paired_brackets(text, base), (text, base)


@pytest.mark.parametrize("seed", range(20))
def test_the_walk_gives_the_references_pairs_in_a_long_mixed_paragraph(seed: int) -> None:
    text = _paragraph(seed, 3_000)
    for base in ("L", "R"):
        assert paired_brackets(text, base) == _ref_paired_brackets(text, base)


def test_the_walk_gives_the_references_pairs_past_the_deepest_nesting() -> None:
    text = "ب(" * (MAX_DEPTH + 5) + "a 1" + ")ب" * (MAX_DEPTH + 5) + " (3) [ج]"
    for base in ("L", "R"):
        assert paired_brackets(text, base) == _ref_paired_brackets(text, base)
