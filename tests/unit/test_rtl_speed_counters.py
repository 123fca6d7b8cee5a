"""Tests for the speed paths of newstui.text.rtl: word-wise shaping, fast widths, bisected wrapping."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len, get_character_cell_size

from newstui.text import (
    bracket_pairs,
    emoji,
    line_context,
    list_items,
    paragraphs,
    pipeline_cache,
    reorder,
    rtl,
    shaping,
    wrap,
)
from newstui.text.lazy_regex import LazyRegex
from newstui.text.rtl import STATS, clear_caches, layout_paragraph, line_count, shape

PIPELINE = (bracket_pairs, emoji, line_context, list_items, paragraphs, pipeline_cache, reorder, rtl, shaping, wrap)
"""The modules ``rtl`` is made of: a name a test patches is patched in each of them that looks it up."""

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
        assert shape(text) == shaping._reshaper(True)(text)

    @given(TEXTS, TEXTS)
    @example("", "لَأ")  # Hypothesis found it in CI's twenty-fifth round: a lam with a fatha before أ
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    def test_random_text_matches_the_reshaper(self, first: str, second: str) -> None:
        """Any text, shaped after another one that filled the word cache, equals the reshaper's output; or,
        where a lam carries harakat of its own before an alef (``لَأ``, drawn apart on purpose: see
        ``shaping._ligate``), the paragraph shaped whole by that rule."""
        shape(first)
        whole = shaping._reshape_ligating_here if shaping._has_split_pair(second) else shaping._reshaper(True)
        assert shape(second) == whole(second)

    def test_known_words_are_not_reshaped_again(self) -> None:
        """A paragraph made of words already seen adds nothing to the word cache, yet counts as shaped."""
        shape(OWN[0])
        known = len(shaping.WORD_CACHE)
        reordered = " ".join(reversed(OWN[0].split(" ")))
        assert shape(reordered) == shaping._reshaper(True)(reordered)
        assert len(shaping.WORD_CACHE) == known
        assert STATS.reshape_calls == 2

    def test_clear_caches_forgets_words(self) -> None:
        """clear_caches empties the word cache too (a cold first render stays cold)."""
        shape(OWN[1])
        assert shaping.WORD_CACHE
        clear_caches()
        assert not shaping.WORD_CACHE


class TestFastWidths:
    """The regex width path agrees with rich and with the per-token estimate."""

    @pytest.mark.parametrize(
        ("pattern", "size"), [(wrap._NARROW, 1), (wrap._ZERO_WIDTH, 0)], ids=["narrow", "zero-width"]
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
        measure = wrap.measure_paragraph(text, app)
        assert measure.widths == tuple(shaping.estimate_width(token, app) for token in measure.tokens)
        assert sum(measure.widths) == sum(cell_len(t) for t in measure.tokens) - (
            sum(len(shaping._patterns().lam_alef.findall(t)) for t in measure.tokens) if app else 0
        )


class TestBisectedWrap:
    """Counting lines by bisection equals the plan, and the plan equals the layout."""

    @given(TEXTS, st.integers(min_value=1, max_value=30), st.sampled_from(["app", "terminal"]))
    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    def test_count_equals_plan_and_layout(self, text: str, width: int, mode: str) -> None:
        """count_lines, len(plan_lines), line_count and the laid-out lines agree at every width."""
        app = mode == "app"
        measure = wrap.measure_paragraph(text, app)
        plan = wrap.plan_lines(measure, width, app)
        assert wrap.count_lines(measure, width, app) == len(plan)
        lines = layout_paragraph(text, width, mode=mode)  # type: ignore[arg-type]
        assert line_count(text, width, mode=mode) == len(lines) == max(len(plan), 1)  # type: ignore[arg-type]
        assert all(cell_len(line) == width for line in lines)

    @pytest.mark.parametrize("width", [1, 2, 3, 6], ids=["w1", "w2", "w3", "w6"])
    def test_long_token_tail_shares_its_line(self, width: int) -> None:
        """A split token's last piece is followed on its line by the next words while they fit."""
        text = "abcdefghij x y z"
        measure = wrap.measure_paragraph(text, False)
        plan = wrap.plan_lines(measure, width, False)
        pieces = [line for line in plan if isinstance(line, list)]  # whole-token lines are (first, stop)
        chopped = [line for line in pieces if line[0][1] >= 0]
        joined = [line for line in pieces if len(line) > 1]
        assert chopped and wrap.count_lines(measure, width, False) == len(plan)
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


# ----------------------------------------------------------------------------------------------------
# Cheap first use: lazy regexes, small probe classes for the low alphabet, fast lines

LOW_ALPHABET = st.sampled_from(
    list("لاأإآبتثجحخدذرسشصضطظعغفقكمنهويىةءئؤ0123456789abXY(),«»[]{}<>-.:!?/%")
    + [" ", " ", "\u064e", "\u0650", "\u0651", "\u0670", "\u0640", "\u0610", "\u06d6", "\u00a0", "\u0300"]
    + ["\u2039", "\u203a", "\u2045", "\u2046", "\ufe59", "\ufe5a", "\ufe20", "\ufefb", "\ufe8e", "\u05d0"]
)
LOW_TEXTS = st.lists(LOW_ALPHABET, max_size=60).map("".join)


def reorder_full(text: str, base: str | None, marks: bool) -> str:
    """``reorder_text`` with the full BMP probe classes (as if the line went beyond the low alphabet)."""
    saved = reorder.LOW_TEXT
    reorder.LOW_TEXT = LazyRegex("(?!)")  # type: ignore[misc]
    try:
        return reorder.reorder_text(text, base, marks)
    finally:
        reorder.LOW_TEXT = saved  # type: ignore[misc]


def all_characters(last: int = 0x10FFFF) -> str:
    """Every code point up to ``last`` (surrogates included), as one string."""
    return "".join(map(chr, range(last + 1)))


class TestLazyRegexes:
    """Shortcuts that skip a regex give what the regex gives."""

    def test_printable_text_needs_only_the_presentation_check(self) -> None:
        """A printable character needs preparing exactly when it is a presentation form."""
        for ch in all_characters():
            if ch.isprintable():
                assert paragraphs._needs_preparing(ch) == bool(paragraphs._NEEDS_PREPARING.search(ch)), hex(ord(ch))

    @pytest.mark.parametrize(
        ("module", "name"),
        [(reorder, "BIDI_CONTROLS_TO_STRIP"), (paragraphs, "_PARAGRAPH_SEPARATOR"), (reorder, "_SURROGATE")],
        ids=["BIDI_CONTROLS_TO_STRIP", "_PARAGRAPH_SEPARATOR", "_SURROGATE"],
    )
    def test_skipped_classes_hold_no_printable_character(self, module: ModuleType, name: str) -> None:
        """Bidi controls, paragraph separators and surrogates are all unprintable, so printable text skips them."""
        printable = "".join(ch for ch in all_characters() if ch.isprintable())
        assert getattr(module, name).search(printable) is None

    def test_lam_alef_pattern_finds_what_the_alef_class_finds(self) -> None:
        """The alef range with two letters left out matches exactly the four alefs (after a lam with
        harakat, only a plain alef without harakat of its own makes a ligature: ``shaping._ligate``)."""
        import re

        harakat = shaping._harakat()
        plain = re.compile(f"{shaping.LAM}(?:[{shaping._ALEFS}]|[{harakat}]+\u0627(?![{harakat}]))")
        sample = "".join(chr(c) for c in range(0x0600, 0x0700)).replace("\u0644", "")
        text = "".join(f"\u0644{ch} \u0644\u064e{ch} " for ch in sample)
        assert [m.span() for m in shaping.lam_alef_pattern().finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert len(shaping.lam_alef_pattern().findall(text)) == 5

    def test_import_compiles_nothing_and_plain_arabic_needs_few_classes(self) -> None:
        """In a fresh process: importing compiles no regex; a plain Arabic paragraph compiles the low probes only.

        The regexes of every module the pipeline is made of count (lazy_regex and sanitize have their own tests).
        """
        import json
        import subprocess
        import sys

        code = """
import json, sys
import newstui.text.rtl as rtl
from newstui.text import reorder
from newstui.text.lazy_regex import LazyRegex
others = ("newstui.text.lazy_regex", "newstui.text.sanitize")
names = sorted(n for n in sys.modules if n.startswith("newstui.text.") and n not in others)
lazies = {n: v for m in names for n, v in vars(sys.modules[m]).items() if isinstance(v, LazyRegex)}
compiled = lambda: sorted(n for n, v in lazies.items() if v.compiled)
imported = compiled()
rtl.layout_paragraph("قالت الوزارة إن الأعمال ستبدأ غداً في الطريق الساحلي «الجديد» ولا يتوقع أن تنتهي", 30)
probes = reorder.probe_patterns.cache_info().currsize
reorder.probe_patterns(*reorder.PROBE_PAIRS[0], True, "low")
print(json.dumps([names, imported, compiled(), probes, reorder.probe_patterns.cache_info().currsize]))
"""
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        names, imported, laid_out, probes, probes_after = json.loads(out)
        assert set(names) == {module.__name__ for module in PIPELINE}
        assert imported == []
        assert set(laid_out) <= {
            "LOW_TEXT",
            "ONLY_RTL_AND_NEUTRAL",
            "_PRESENTATION",
            "_SIMPLE_TEXT",
            "_ZERO_WIDTH_RUNS",
        }
        assert probes == probes_after == 1  # the low-alphabet probe classes, nothing else


class TestLowProbes:
    """Probe classes cut down to the low alphabet match exactly like the full ones on low text."""

    def test_low_nsm_ranges_are_the_table_within_the_low_alphabet(self) -> None:
        """_NSM_LOW_RANGES is _NSM_RANGES clipped to the low alphabet."""
        clipped = reorder._clip(reorder._parse_ranges(reorder._NSM_RANGES), "low")
        assert reorder._parse_ranges(reorder._NSM_LOW_RANGES) == clipped

    @pytest.mark.parametrize("marks", [True, False])
    def test_classes_agree_on_every_low_character(self, marks: bool) -> None:
        """Each low character starts a site, and counts as a mark after the probes, in both tiers alike."""
        pair = reorder.PROBE_PAIRS[0]
        low = reorder.probe_patterns(*pair, marks, "low")
        full = reorder.probe_patterns(*pair, marks, "bmp")
        for ch in all_characters(0xFFFF):
            if reorder.LOW_TEXT.fullmatch(ch):
                assert bool(low.site.fullmatch(ch)) == bool(full.site.fullmatch(ch)), hex(ord(ch))
                probe = pair[1] + pair[0] + ch
                found, wanted = low.rtl.fullmatch(probe), full.rtl.fullmatch(probe)
                assert found is not None and wanted is not None and found.groups() == wanted.groups(), hex(ord(ch))

    def test_merged_site_finds_the_same_clusters(self) -> None:
        """``[NSM mirrored][NSM]*`` finds what ``[NSM]+|[mirrored][NSM]*`` finds."""
        import re

        nsm = reorder._NSM_LOW_RANGES
        body = reorder._class_body(reorder._parse_ranges(nsm))
        mirrored = reorder._class_body(reorder._clip(reorder._collapse(map(ord, reorder._bidi().mirrored)), "low"))
        both = re.compile(f"[{body}]+|[{mirrored}][{body}]*")
        text = "".join(f"({ch}ب{ch}{ch}«" for ch in "\u064e\u0651\u0300\ufe20")
        assert [m.span() for m in reorder.probe_patterns(*reorder.PROBE_PAIRS[0], True, "low").site.finditer(text)] == [
            m.span() for m in both.finditer(text)
        ]

    @given(LOW_TEXTS, st.sampled_from(["L", "R", None]), st.booleans())
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    def test_low_tier_reorders_like_the_full_tier(self, text: str, base: str | None, marks: bool) -> None:
        """Reordering a low line with the small classes gives what the full BMP classes give."""
        expected = reorder_full(text, base, marks)
        assert reorder.reorder_text(text, base, marks) == expected
        assert reorder.reorder_text(text, base, marks, low=True) == expected


PLAIN = "قالت الوزارة إن الأعمال ستبدأ غدا في الطريق الساحلي، ولا يتوقع أن تنتهي قبل الخريف. " * 3
"""Arabic letters and neutrals only: no mark, no bracket, no digit."""


def record_cell_len(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the pipeline measures with ``cell_len`` from now on, whichever of its modules measures it."""
    calls: list[str] = []
    users = [module for module in PIPELINE if hasattr(module, "cell_len")]
    assert rtl in users
    for module in users:
        monkeypatch.setattr(module, "cell_len", lambda s: calls.append(s) or cell_len(s))
    return calls


class TestFastLines:
    """Whole-token lines built from the paragraph's facts equal the lines built one by one."""

    @given(TEXTS, st.integers(min_value=1, max_value=40), st.sampled_from(["app", "terminal"]), st.booleans())
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    def test_fast_layout_equals_the_slow_one(self, text: str, width: int, mode: str, align: bool) -> None:
        """Lines with every shortcut equal lines measured and reordered one by one."""
        fast = layout_paragraph(text, width, mode=mode, align=align, prefer_rtl=True)  # type: ignore[arg-type]
        clear_caches()
        real = rtl._prepare

        def slow(paragraph: str, measure: wrap.ParagraphMeasure, app: bool) -> wrap.FastFacts:
            real(paragraph, measure, app)
            measure.fast = wrap.FastFacts(False, False, False, False, False)
            measure.exact = False
            return measure.fast

        try:
            rtl._prepare = slow  # type: ignore[assignment]
            assert layout_paragraph(text, width, mode=mode, align=align, prefer_rtl=True) == fast  # type: ignore[arg-type]
        finally:
            rtl._prepare = real  # type: ignore[assignment]

    def test_first_layout_measures_each_line_once(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A plain Arabic paragraph's first layout measures each line once and calls bidi for none."""
        calls = record_cell_len(monkeypatch)
        lines = layout_paragraph(PLAIN, 23)
        assert len(lines) > 3 and len(calls) == len(lines) and STATS.bidi_calls == 0

    def test_new_width_measures_and_reorders_nothing(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Once its tokens are checked (at its second width), a paragraph is re-wrapped with no measurement."""
        layout_paragraph(PLAIN, 40)
        layout_paragraph(PLAIN, 31)
        calls = record_cell_len(monkeypatch)
        STATS.reset()
        lines = layout_paragraph(PLAIN, 23)
        assert len(lines) > 3 and calls == [] and STATS.bidi_calls == STATS.reshape_calls == 0

    def test_new_width_of_a_mixed_paragraph_measures_nothing(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A paragraph with Latin, digits and brackets needs no width measurement either (only bidi calls)."""
        layout_paragraph(OWN[1], 40)
        layout_paragraph(OWN[1], 31)
        calls = record_cell_len(monkeypatch)
        STATS.reset()
        lines = layout_paragraph(OWN[1], 27)
        assert len(lines) > 2 and calls == [] and 0 < STATS.bidi_calls <= len(lines)


def test_a_reshaper_that_raises_is_counted_and_the_text_still_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    """arabic-reshaper raising on a text (a bug of its own) never reaches the screen: each failure is
    counted, and the text is shown unshaped rather than not at all."""
    from newstui.text import shaping
    from newstui.text.pipeline_cache import STATS

    def broken(_: bool) -> Any:
        def reshape(text: str) -> str:
            raise IndexError("reshaper bug")

        return reshape

    monkeypatch.setattr(shaping, "_reshaper", broken)
    shaping.WORD_CACHE.clear()
    before = STATS.reshaper_failures
    assert shaping.shape_uncached("نص لم يشكل") == "نص لم يشكل"
    assert STATS.reshaper_failures == before + 2  # the word path, then the ligature path


class TestPlainAsciiLine:
    """A short printable ASCII paragraph (a million one-word lines) skips measuring, shaping and caching."""

    ASCII = st.lists(st.sampled_from([*"ab Z09()[]<>{}.,:;-+/'\"!?#$%&*=_~`^|@\\", "  "]), max_size=30).map("".join)

    @given(
        ASCII,
        st.integers(min_value=1, max_value=40),
        st.sampled_from(["app", "terminal"]),
        st.sampled_from([None, "ltr", "rtl"]),
        st.sampled_from(["ltr", "rtl"]),
        st.booleans(),
        st.booleans(),
    )
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    def test_it_is_what_the_full_layout_gives(
        self, text: str, width: int, mode: rtl.BidiMode, direction: Any, default: Any, prefer_rtl: bool, align: bool
    ) -> None:
        """Every line the shortcut makes is the full pipeline's (measured, shaped, reordered by python-bidi)."""
        # (as ``_layout_one`` asks it: a paragraph opening with ``>`` is a quote, laid out with its bars)
        fits = len(text) <= width and text[:1] != ">"
        plain = rtl._plain_line(text, width, mode, direction, default, align) if fits else None
        if plain is None:
            return
        clear_caches()
        original = rtl._plain_line
        try:
            rtl._plain_line = lambda *args: None  # type: ignore[assignment]
            full = layout_paragraph(
                text, width, mode=mode, direction=direction, default=default, prefer_rtl=prefer_rtl, align=align
            )
        finally:
            rtl._plain_line = original  # type: ignore[assignment]
        assert plain == full

    def test_it_fills_no_cache(self) -> None:
        """A thousand one-word ASCII lines leave every cache of the pipeline as it was (and shape nothing)."""
        for i in range(1_000):
            assert layout_paragraph(f"l{i}", 20) == (f"l{i}".ljust(20),)
        caches = (rtl._LAID_OUT, wrap.MEASURE_CACHE, shaping.SHAPE_CACHE, paragraphs.SPLIT_CACHE)
        assert [len(cache._data) for cache in caches] == [0, 0, 0, 0]
        assert STATS.reshape_calls == STATS.bidi_calls == 0

    @pytest.mark.parametrize("text", ["12 - 34", "(5)", "..."])
    def test_right_to_left_ascii_takes_the_full_layout(self, text: str) -> None:
        """Digits and punctuation in a right-to-left paragraph are reordered by bidi: no shortcut in app mode."""
        assert rtl._plain_line(text, 20, "app", None, "rtl", True) is None
        embedded = text.join(rtl.RTL_EMBEDDING)  # (rtl11: the text between RLE and PDF)
        assert rtl._plain_line(text, 20, "terminal", None, "rtl", True) == (" " * (20 - len(text)) + embedded,)


class TestHugeParagraph:
    """A paragraph of millions of characters (a 10 MB line) keeps one copy of its tokens and packed integers."""

    WORDS = ("lorem", "ipsum", "dolor", "(sit)", "amet,", "12.5", "x" * 90)

    def paragraph(self, arabic: bool) -> str:
        words = (*self.WORDS, *OWN[0].split(" ")) if arabic else self.WORDS
        return " ".join(words[i * 7 % len(words)] for i in range(wrap._PACKED_TOKENS + 500))

    @pytest.mark.parametrize("arabic", [False, True])
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_packed_widths_lay_out_as_before(self, monkeypatch: pytest.MonkeyPatch, arabic: bool, mode: str) -> None:
        """Widths and line ends packed in arrays give the lines the tuples give."""
        text = self.paragraph(arabic)
        packed = {width: layout_paragraph(text, width, mode=mode) for width in (80, 33)}  # type: ignore[arg-type]
        measure = wrap.measure_paragraph(text, mode == "app")
        assert type(measure.ends).__name__ == type(measure.widths).__name__ == "array"
        clear_caches()
        monkeypatch.setattr(wrap, "_PACKED_TOKENS", 10**9)
        for width, lines in packed.items():
            assert layout_paragraph(text, width, mode=mode) == lines  # type: ignore[arg-type]
        assert isinstance(wrap.measure_paragraph(text, mode == "app").ends, tuple)

    def test_ascii_tokens_are_not_copied_as_shaped_ones(self) -> None:
        """An ASCII paragraph is its own shaped text: the layout keeps no second tuple of its tokens."""
        text = self.paragraph(False)
        layout_paragraph(text, 80)
        assert wrap.measure_paragraph(text, True).shaped is None
        assert shape(text) is text and STATS.reshape_calls == 1
