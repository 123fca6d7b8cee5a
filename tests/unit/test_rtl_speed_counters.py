"""Tests for the speed paths of newstui.text.rtl: word-wise shaping, fast widths, bisected wrapping."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len, get_character_cell_size

from newstui.text import rtl
from newstui.text.rtl import STATS, clear_caches, layout_paragraph, line_count, shape

# Our own sentences (written for these tests), with lam-alef, harakat, tatweel, Latin and digits.
OWN = (
    "قالت الوزارة إن الأعمال ستبدأ غداً في الطريق الساحلي، ولا يُتوقع أن تنتهي قبل الخريف.",
    "وأضافت أن الكلفة تبلغ 40 مليون دينار (بحسب تقديرات أولية) وأن الشركة المنفذة هي «Alpha Works».",
    "سَلامٌ عَلَيْكُمْ يا أهل الـمدينة",
    "  لا   لأ لإ لآ ل ا  ",
)

ALPHABET = st.sampled_from(
    list("لاأإآبتثجحخدذرسشصضطظعغفقكمنهويىةءئؤ0123456789ab(),«»-.")
    + [" ", " ", "  ", "\u064e", "\u0650", "\u0651", "\u0652", "\u0670", "\u0640", "\u0610", "\u06d6", "\u00a0"]
)
TEXTS = st.lists(ALPHABET, max_size=80).map("".join)


@pytest.fixture(autouse=True)
def _fresh_caches() -> None:
    clear_caches()
    STATS.reset()


class TestWordShaping:
    """Shaping word by word, batched into one reshaper call, equals shaping the paragraph."""

    @pytest.mark.parametrize("text", OWN, ids=["lam-alef", "mixed", "harakat-tatweel", "spaces"])
    def test_own_text_matches_the_reshaper(self, text: str) -> None:
        """shape() gives exactly what arabic-reshaper gives for the whole paragraph."""
        assert shape(text) == rtl._reshaper(True)(text)

    @given(TEXTS, TEXTS)
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    def test_random_text_matches_the_reshaper(self, first: str, second: str) -> None:
        """Any text, shaped after another one that filled the word cache, equals the reshaper's output."""
        shape(first)
        assert shape(second) == rtl._reshaper(True)(second)

    def test_known_words_are_not_reshaped_again(self) -> None:
        """A paragraph made of words already seen adds nothing to the word cache, yet counts as shaped."""
        shape(OWN[0])
        known = len(rtl._WORDS)
        reordered = " ".join(reversed(OWN[0].split(" ")))
        assert shape(reordered) == rtl._reshaper(True)(reordered)
        assert len(rtl._WORDS) == known
        assert STATS.reshape_calls == 2

    def test_clear_caches_forgets_words(self) -> None:
        """clear_caches empties the word cache too (a cold first render stays cold)."""
        shape(OWN[1])
        assert rtl._WORDS
        clear_caches()
        assert not rtl._WORDS


class TestFastWidths:
    """The regex width path agrees with rich and with the per-token estimate."""

    @pytest.mark.parametrize(
        ("pattern", "size"), [(rtl._NARROW, 1), (rtl._ZERO_WIDTH, 0)], ids=["narrow", "zero-width"]
    )
    def test_class_members_have_the_claimed_cell_size(self, pattern: str, size: int) -> None:
        """Every character of the fast classes has the cell size the width arithmetic assumes."""
        import re

        members = [ch for ch in map(chr, range(0x10000)) if re.fullmatch(f"[{pattern}]", ch)]
        assert len(members) > 20
        assert [ch for ch in members if get_character_cell_size(ch) != size] == []

    @given(TEXTS, st.booleans())
    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    def test_measure_matches_estimate(self, text: str, app: bool) -> None:
        """Token widths from one scan equal cell_len minus lam-alef ligatures, token by token."""
        measure = rtl._measure(text, app)
        assert measure.widths == tuple(rtl._estimate(token, app) for token in measure.tokens)
        assert sum(measure.widths) == sum(cell_len(t) for t in measure.tokens) - (
            sum(len(rtl._patterns().lam_alef.findall(t)) for t in measure.tokens) if app else 0
        )


class TestBisectedWrap:
    """Counting lines by bisection equals the plan, and the plan equals the layout."""

    @given(TEXTS, st.integers(min_value=1, max_value=30), st.sampled_from(["app", "terminal"]))
    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    def test_count_equals_plan_and_layout(self, text: str, width: int, mode: str) -> None:
        """_count, len(_plan), line_count and the laid-out lines agree at every width."""
        app = mode == "app"
        measure = rtl._measure(text, app)
        plan = rtl._plan(measure, width, app)
        assert rtl._count(measure, width, app) == len(plan)
        lines = layout_paragraph(text, width, mode=mode)  # type: ignore[arg-type]
        assert line_count(text, width, mode=mode) == len(lines) == max(len(plan), 1)  # type: ignore[arg-type]
        assert all(cell_len(line) == width for line in lines)

    @pytest.mark.parametrize("width", [1, 2, 3, 6], ids=["w1", "w2", "w3", "w6"])
    def test_long_token_tail_shares_its_line(self, width: int) -> None:
        """A split token's last piece is followed on its line by the next words while they fit."""
        text = "abcdefghij x y z"
        measure = rtl._measure(text, False)
        plan = rtl._plan(measure, width, False)
        chopped = [line for line in plan if line[0][1] >= 0]
        joined = [line for line in plan if len(line) > 1]
        assert chopped and rtl._count(measure, width, False) == len(plan)
        assert (width >= 3) == any(line[0][1] >= 0 for line in joined)


class TestRepeatedLayout:
    """Re-laying out the same text is served whole from the cache."""

    def test_same_text_twice_counts_one_hit_per_paragraph(self) -> None:
        """The second identical call returns the same lines and counts one layout hit per paragraph."""
        text = "\n".join(OWN)
        first = layout_paragraph(text, 30)
        STATS.reset()
        assert layout_paragraph(text, 30) is first
        assert STATS.layout_hits == len(OWN)
        assert STATS.reshape_calls == STATS.bidi_calls == 0

    def test_bad_width_still_raises_after_a_hit(self) -> None:
        """A cached layout never lets an invalid width through."""
        layout_paragraph(OWN[0], 10)
        with pytest.raises(ValueError, match="width"):
            layout_paragraph(OWN[0], 0)
