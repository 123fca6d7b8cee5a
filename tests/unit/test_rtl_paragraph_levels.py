"""The whole pipeline against UAX #9: every wrapped line drawn as the paragraph's own levels order it."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.uba_levels import paragraph_lines
from newstui.text.rtl import RTL_EMBEDDING, layout_paragraph

# Words of every kind the reorder has to place, none wider than the narrowest line (so no word is
# cut) and no lam-alef (its ligature is one glyph for two letters, which NFKC does not give back).
ARABIC = ["قال", "الباحث", "في", "جامعة", "النتائج", "جيدة", "دولة", "من", "عام", "مصر", "وزير", "التعليم", "فِي", "كُتُبٌ"]
LATIN = ["Harvard", "University", "MIT", "CNN", "news", "e.g.", "iPhone", "Cairo"]
NUMBERS = ["2019", "2019-2023", "12", "1.5%", "٣٤", "٢٠٢٤", "$5", "-7", "3/4"]
PUNCTUATION = ["،", ".", ":", "-", "«", "»", "!", "؟", "/"]
BRACKETS = [("(", ")"), ("[", "]"), ("{", "}")]


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """A paragraph of Arabic, Latin, numbers, punctuation and one kind of bracket around some words."""
    opening, closing = draw(st.sampled_from(BRACKETS))
    words = st.one_of(
        st.sampled_from(ARABIC),
        st.sampled_from(LATIN),
        st.sampled_from(NUMBERS),
        st.sampled_from(PUNCTUATION),
        st.sampled_from(ARABIC + LATIN + NUMBERS).map(lambda word: f"{opening}{word}"),
        st.sampled_from(ARABIC + LATIN + NUMBERS).map(lambda word: f"{word}{closing}"),
    )
    return " ".join(draw(st.lists(words, min_size=1, max_size=30)))


@settings(max_examples=300, deadline=None)
@given(text=paragraphs(), width=st.integers(min_value=12, max_value=60), direction=st.sampled_from(["rtl", "ltr"]))
def test_every_line_is_ordered_by_the_paragraphs_levels(text: str, width: int, direction: str) -> None:
    """Wrapped first, then reordered line by line (with the marks for its context): each line reads as
    UAX #9 orders that line's characters by the levels resolved over the whole paragraph — numbers,
    brackets split between lines, neutrals at the edges included."""
    logical = [  # not reordered (nor the embedding that terminal mode puts around right-to-left lines: rtl11)
        line.removeprefix(RTL_EMBEDDING[0]).removesuffix(RTL_EMBEDDING[1])
        for line in layout_paragraph(text, width, mode="terminal", direction=direction, align=False)
    ]
    drawn = layout_paragraph(text, width, direction=direction, align=False)
    expected = paragraph_lines(list(logical), "R" if direction == "rtl" else "L")
    assert [unicodedata.normalize("NFKC", line) for line in drawn] == expected
