"""Tests for splitting tokens wider than the line (newstui.text.wrap): bulk runs, same pieces as cluster by cluster."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len, get_character_cell_size

from newstui.text import rtl, shaping, wrap
from newstui.text.rtl import clear_caches, layout_paragraph, line_count

# --- the reference: the per-cluster algorithm (kept here as the definition), with break points ---


def ref_clusters(token: str, app: bool) -> list[str]:
    """A token's clusters, one by one (lam + alef is one in app mode)."""
    return wrap._app_clusters(token) if app else wrap.split_clusters(token)


REF_BREAKS = re.compile("://|[/.\\-_?&=#,;:\u060c\u200b]")
"""The break characters (written out again here): a piece ends right after one by preference."""


def ref_breaks(token: str, app: bool) -> set[int]:
    """The clusters a piece may start at by preference: each one right after a cluster holding the last
    character of a break character (or of ``://``)."""
    owner = [index for index, cluster in enumerate(ref_clusters(token, app)) for _ in cluster]
    return {owner[match.end() - 1] + 1 for match in REF_BREAKS.finditer(token)}


def ref_chop(token: str, width: int, app: bool) -> list[tuple[int, int, int]]:
    """Greedy split into (start, end, width) cluster ranges, measuring each cluster alone; a piece that
    would end elsewhere ends at the last break point in it if that keeps at least half the width."""
    clusters = ref_clusters(token, app)
    sizes = [shaping.estimate_width(cluster, app) for cluster in clusters]
    breaks = ref_breaks(token, app)
    pieces: list[tuple[int, int, int]] = []
    start = used = index = 0
    while index < len(clusters):
        size = sizes[index]
        if used + size > width and index > start:
            end = max((point for point in breaks if start < point <= index), default=index)
            kept = sum(sizes[start:end])
            if end < index and 2 * kept >= width:
                pieces.append((start, end, kept))
                start = index = end
                used = 0
                continue
            pieces.append((start, index, used))
            start, used = index, 0
        used += size
        index += 1
    pieces.append((start, len(clusters), used))
    return pieces


def ref_piece_text(token: str, shaped: str | None, start: int, end: int, app: bool) -> str:
    """A piece's text: the display clusters whose logical owner (matched by cell offset) is in the piece."""
    logical = ref_clusters(token, app)
    if shaped is None:
        return "".join(logical[start:end])
    offsets = list(accumulate((shaping.estimate_width(cluster, app) for cluster in logical), initial=0))
    clusters, owners = [], []
    offset = 0
    for cluster in wrap.split_clusters(shaped):
        clusters.append(cluster)
        owners.append(min(bisect_right(offsets, offset) - 1, len(logical) - 1))
        offset += cell_len(cluster)
    return "".join(clusters[bisect_left(owners, start) : bisect_left(owners, end)])


def assert_same_as_reference(token: str, width: int, app: bool, shaped: str | None) -> list[str]:
    """The new chop and piece texts equal the reference's; returns the piece texts."""
    pieces = wrap._chop_token(token, width, app)
    assert pieces == ref_chop(token, width, app)
    display = None if shaped is None else (shaped,)
    texts = [wrap.piece_text((0, start, end), (token,), display, app) for start, end, _ in pieces]
    assert texts == [ref_piece_text(token, shaped, start, end, app) for start, end, _ in pieces]
    return texts


@pytest.fixture(autouse=True)
def _fresh_caches() -> None:
    clear_caches()


# --- the fast character classes ---


class TestRunClasses:
    """The characters taken in bulk are what the run arithmetic assumes."""

    @pytest.mark.parametrize(("body", "size"), [("_RUN_NARROW", 1), ("_RUN_WIDE", 2)], ids=["narrow", "wide"])
    def test_members_have_the_claimed_cell_size(self, body: str, size: int) -> None:
        """Each character of a run class is its own cluster of ``size`` cells, alone and in any sequence."""
        pattern = re.compile(f"[{getattr(wrap, body)}]")
        members = [ch for ch in map(chr, range(0x10000)) if pattern.fullmatch(ch)]
        assert len(members) > 100
        assert [ch for ch in members if get_character_cell_size(ch) != size] == []
        assert cell_len("".join(members)) == size * len(members)

    def test_no_member_is_a_harakah_or_a_joiner(self) -> None:
        """No run character is one the lam-alef pattern allows between lam and alef, nor ZWJ or VS16."""
        runs = re.compile(f"[{wrap._RUN_NARROW}{wrap._RUN_WIDE}]")
        harakat = re.compile(f"[{shaping._harakat()}]")
        assert [ch for ch in map(chr, range(0x10000)) if runs.fullmatch(ch) and harakat.fullmatch(ch)] == []
        assert runs.search(shaping.ZWJ + "\ufe0f") is None


# --- the new property: a long token is not measured character by character ---


def count_width_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count wrap.py's calls of its per-character and per-cluster measures from now on."""
    calls = [0]

    def counted(function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any) -> Any:
            calls[0] += 1
            return function(*args)

        return wrapper

    for name in ("estimate_width", "get_character_cell_size", "cell_len"):
        monkeypatch.setattr(wrap, name, counted(getattr(wrap, name)))
    return calls


ARABIC = "بتثجحخدذرسشصضطظعغفقكمنهويىةءئؤلالأإآ"
LONG = {
    "latin": "A" * 100_000,
    "digits": "0123456789" * 10_000,
    "arabic": (ARABIC * 3000)[:100_000],
    "arabic-one-letter": "ب" * 100_000,
    "cjk": "漢字かなカナ한국" * 12_500,
    "url-like": ("https://example.com/a-b_c?d=1&e=%20" * 3000)[:100_000],
}


class TestLongTokenWork:
    """Wrapping a 100,000-character token measures runs, not characters (counted, not timed)."""

    @pytest.mark.parametrize("name", list(LONG))
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_layout_measures_far_fewer_times_than_characters(
        self, monkeypatch: pytest.MonkeyPatch, name: str, mode: str
    ) -> None:
        """Counting and laying out the token calls the width functions fewer than 1,000 times in all."""
        token = LONG[name]
        calls = count_width_calls(monkeypatch)
        count = line_count(token, 80, mode=mode)  # type: ignore[arg-type]
        lines = layout_paragraph(token, 80, mode=mode)  # type: ignore[arg-type]
        assert len(lines) == count > 1000
        assert calls[0] < 1000

    def test_sparse_marks_cost_one_measure_each(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A mark every 1,000 letters: only the marked clusters are measured one by one."""
        token = "".join(("ب" * 999 + "ت\u064e") for _ in range(100))
        calls = count_width_calls(monkeypatch)
        plan = wrap.plan_lines(wrap.measure_paragraph(token, True), 80, True)
        assert len(plan) > 1000
        assert calls[0] < 1000

    def test_runs_hold_few_entries(self) -> None:
        """A pure run is one entry; a marked letter or a lam-alef ligature inside it adds a few."""
        assert len(wrap._runs("A" * 100_000, False).steps) == 1
        assert len(wrap._runs("ب" * 50_000 + "لا" + "ب" * 50_000, True).steps) == 3
        assert len(wrap._runs("ب" * 50_000 + "بَ" + "ب" * 50_000, False).steps) == 3

    def test_clear_caches_forgets_runs(self) -> None:
        """The runs of a split token are width-independent and cached, until clear_caches."""
        token = "A" * 1000
        layout_paragraph(token, 80)
        assert wrap.RUNS_CACHE.get((token, True)) is not None
        rtl.clear_caches()
        assert wrap.RUNS_CACHE.get((token, True)) is None


# --- equality with the reference ---

FATHA, SHADDA, ACUTE = "\u064e", "\u0651", "\u0301"
TOKENS = {
    "latin": "abcdefghijklmnopqrstuvwxyz" * 3,
    "arabic": "بتثجحخدذرسشصضطظعغفقكمنهوي" * 3,
    "mark-at-every-edge": "abcdefg" + ACUTE + "hijklmn" + ACUTE + ACUTE + "opq",
    "harakat": "كَتَبَ" + "الطالبُ" + "الدَّرسَ" * 4,
    "harakat-on-every-letter": ("بَ" + "تِ" + "ثُّ") * 15,
    "lam-alef-everywhere": "بلا" * 7 + "لالأللإلآ" * 4,
    "lam-harakat-alef": "بل" + FATHA + "ا" + "ل" + SHADDA + FATHA + "أ" * 3 + "ل\u06e5ا" * 5 + "لَاً" * 6,
    "lam-before-alef-waw": "لؤلئلءلـا" * 6,
    "leading-mark": FATHA + "abcdef" * 6,
    "leading-marks-then-wide": FATHA + ACUTE + "漢字" * 10,
    "wide-at-edge": "A" * 79 + "漢" + "B" * 200,
    "wide": "漢字かなカナ한국" * 8,
    "wide-and-narrow": "a漢bc字def" * 8,
    "wide-with-marks": "漢\u302a字かなA\u0301" * 8,
    "emoji": "\U0001f600\U0001f30d\u2614x" * 10,
    "vs16": "\u263a\ufe0f#\ufe0fab\u2764\ufe0f" * 8,
    "tabs-controls": "ab\tcd\x01ef\x7fgh\u200b\u200e" * 6,
    "digits": "0123456789٠١٢٣٤٥٦٧٨٩" * 5,
    "presentation-forms": "\ufefb\ufe8e\ufedf\ufdf2\ufe70" * 10,
    "soft-hyphen-nbsp": "a\u00adb\u00a0c\u2014\u201c" * 12,
    "url-arabic-path": "https://akhbar.example.net/محليات/الطقس-اليوم/2025/01/02/a.html?lang=ar&s=1",
    "hashtag": "#مهرجان_الكتاب_الدولي_في_الرياض_٢٠٢٥",
    "marks-at-breaks": ("كَتَبَ/" + "\u064e" + "لَا-" + "بُ،" + "\u0651" + "ت_") * 6,
}
WIDTHS = (1, 2, 3, 4, 7, 20, 80)


class TestSameAsReference:
    """The run-wise chop and piece texts equal the cluster-by-cluster ones (the definition)."""

    @pytest.mark.parametrize("width", WIDTHS)
    @pytest.mark.parametrize("name", list(TOKENS))
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_token_table(self, name: str, width: int, mode: str) -> None:
        """Pieces and texts (logical, and shaped in app mode) match at every width."""
        token = TOKENS[name]
        app = mode == "app"
        assert_same_as_reference(token, width, app, None)
        if app:
            texts = assert_same_as_reference(token, width, app, shaping.shape(token))
            assert "".join(texts) == shaping.shape(token)

    @pytest.mark.parametrize(
        ("token", "width", "mode", "expected"),
        [
            ("abcdef" + ACUTE + "gh", 3, "terminal", ["abc", "def" + ACUTE, "gh"]),
            ("ab" + ACUTE + ACUTE + "cd", 2, "terminal", ["ab" + ACUTE + ACUTE, "cd"]),
            ("ab漢c", 3, "terminal", ["ab", "漢c"]),
            ("漢字a", 1, "terminal", ["漢", "字", "a"]),
            (FATHA + "abc", 2, "terminal", [FATHA + "ab", "c"]),
            ("بللا", 2, "app", ["بل", "لا"]),
            ("بللَاب", 2, "app", ["بل", "لَاب"]),
            ("بللَاب", 1, "app", ["ب", "ل", "لَا", "ب"]),
            ("بللا", 2, "terminal", ["بل", "لا"]),
            ("بلاب", 2, "terminal", ["بل", "اب"]),
        ],
    )
    def test_known_pieces(self, token: str, width: int, mode: str, expected: list[str]) -> None:
        """Marks stay with their letter, a wide character moves whole to the next piece, lam-alef is one."""
        assert assert_same_as_reference(token, width, mode == "app", None) == expected

    def test_zwj_in_shaped_text_uses_the_clusters(self) -> None:
        """A ZWJ (never left by shaping) joins clusters: runs step aside and the reference still holds."""
        token = "abcdefghij" * 5
        assert_same_as_reference(token, 7, True, "abc\u200ddefghij" * 5)

    @given(
        st.lists(
            st.sampled_from(
                list("abZ9!لاأإآؤبـ漢か")
                + ["\u064e", "\u0651", "\u0670", "\u06e5", "\u08f0", ACUTE, "\ufe0f", "\t"]
                + ["\U0001f600", "\u2614", "\ufefb", "\u200b", "\u302a", "ب" * 30, "a" * 30, "لا", "لَا"]
                + ["/", ".", "-", "_", "?", "=", "#", ":", "://", "\u060c", "/\u064e", "ل/ا"]
            ),
            min_size=1,
            max_size=40,
        ).map("".join),
        st.integers(min_value=1, max_value=12),
        st.booleans(),
    )
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    def test_random_tokens(self, token: str, width: int, app: bool) -> None:
        """Any token of the tricky alphabet splits into the reference's pieces, logical and shaped."""
        assert_same_as_reference(token, width, app, None)
        if app:
            assert_same_as_reference(token, width, app, shaping.shape(token))


# --- flags: a pair of regional indicators is one cluster (UAX #29 GB12/GB13), never cut ---

REGIONAL = re.compile("[\U0001f1e6-\U0001f1ff]+")
"""A run of regional indicators: letters 0-1, 2-3, ... of it are one flag each (a last odd one is alone)."""
FLAGS = "🇸🇦🇯🇵🇫🇷🇩🇪🇪🇬"
"""Five flags whose letters, paired one off (🇦🇯, 🇵🇫, ...), are no flag of these: a misplaced cut shows."""
MAN_TECHNOLOGIST = "👨\u200d💻"
FAMILY = "👩\u200d👩\u200d👧"

FLAG_TOKENS = {
    "run": FLAGS * 6,
    "odd_run": FLAGS * 5 + "🇸",
    "after_letter": "x" + FLAGS * 5,
    "between_words": ("news" + FLAGS) * 4,
    "arabic": ("السعودية" + FLAGS) * 4,
    "zwj_sequences": (MAN_TECHNOLOGIST + FLAGS + FAMILY) * 3,
    "vs16": (FLAGS + "❤\ufe0f") * 4,
    "marks": (FLAGS + "a\u0301\u0302") * 4,
    "lone_then_pairs": ("🇸\u0301" + FLAGS) * 4,
}
"""Long tokens holding runs of flags: runs of every parity, next to letters, ZWJ sequences and marks."""


def flag_cuts(text: str) -> set[int]:
    """Character offsets inside a flag (between its two letters), found run by run in ``text``."""
    return {
        match.start() + odd for match in REGIONAL.finditer(text) for odd in range(1, match.end() - match.start(), 2)
    }


def half_flags(line: str) -> bool:
    """Whether a line's runs of regional indicators hold anything but whole flags of ``FLAGS`` (and one
    lone 🇸, the odd one of ``odd_run``, at the end of a run): a letter paired with the wrong partner."""
    whole = {FLAGS[i : i + 2] for i in range(0, len(FLAGS), 2)}
    for run in REGIONAL.findall(line):
        pairs = [run[i : i + 2] for i in range(0, len(run), 2)]
        if pairs[-1] == "🇸":
            pairs.pop()
        if any(pair not in whole for pair in pairs):
            return True
    return False


class TestFlags:
    """A long token of flags is split between flags, never inside one, at every width."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("🇸🇦🇯🇵", ["🇸🇦", "🇯🇵"]),
            ("🇸🇦🇯", ["🇸🇦", "🇯"]),
            ("a🇸🇦b🇯🇵🇫", ["a", "🇸🇦", "b", "🇯🇵", "🇫"]),
            ("🇸\u0301🇦🇯", ["🇸\u0301", "🇦🇯"]),
            ("🇸🇦\u0301🇯🇵", ["🇸🇦\u0301", "🇯🇵"]),
            ("🇸🇦\ufe0f🇯🇵", ["🇸🇦\ufe0f", "🇯🇵"]),
            ("\u0301🇸🇦", ["\u0301", "🇸🇦"]),
            ("👨\u200d🇸🇦🇯", ["👨\u200d🇸🇦", "🇯"]),
            ("🇸🇦\u200d💻🇯🇵", ["🇸🇦\u200d💻", "🇯🇵"]),
        ],
    )
    def test_split_clusters(self, text: str, expected: list[str]) -> None:
        """Two regional indicators in a row are one cluster; a mark or ZWJ ends the pairing run."""
        assert wrap.split_clusters(text) == expected
        assert [cell_len(cluster) for cluster in expected] == [shaping.estimate_width(c, False) for c in expected]

    @pytest.mark.parametrize("name", list(FLAG_TOKENS))
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_pieces_end_between_flags(self, name: str, mode: str) -> None:
        """At widths 2..60 the pieces give back the token, none is wider than the line (by ``cell_len``,
        the measure the code uses) nor is counted wider or narrower than it is, none ends inside a flag,
        and the pieces are the reference's."""
        token = FLAG_TOKENS[name]
        app = mode == "app"
        inside = flag_cuts(token)
        for width in range(2, 61):
            pieces = wrap._chop_token(token, width, app)
            texts = assert_same_as_reference(token, width, app, None)
            assert "".join(texts) == token
            assert [cell_len(text) for text in texts] == [used for _, _, used in pieces]
            assert all(cell_len(text) <= width for text in texts), width
            ends = set(accumulate(map(len, texts[:-1])))
            assert ends.isdisjoint(inside), (width, sorted(ends & inside))
            assert not any(map(half_flags, texts)), width

    @pytest.mark.parametrize("name", list(FLAG_TOKENS))
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    @pytest.mark.parametrize("direction", ["ltr", "rtl"])
    def test_laid_out_lines_hold_whole_flags(self, name: str, mode: str, direction: str) -> None:
        """In an LTR or RTL paragraph at widths 2..60 every visual line is the width exactly (but for an emoji
        sequence wider than the line, kept whole on a line of its own, overflowing), holds whole
        flags in logical letter order (bidi reordering keeps a flag's letters), and the planned pieces
        joined back give the paragraph."""
        token = FLAG_TOKENS[name]
        words = "Countries in the final:" if direction == "ltr" else "الدول في النهائي:"
        text = f"{words} {token} {words}"
        modes: Any = mode
        for width in range(2, 61):
            lines = layout_paragraph(text, width, mode=modes, direction=direction)  # type: ignore[arg-type]
            assert line_count(text, width, mode=modes) == len(lines)
            assert all(cell_len(line) == width or len(line.split()) == 1 < cell_len(line.strip()) for line in lines), (
                width
            )
            assert not any(map(half_flags, lines)), (width, lines)
            measure = wrap.measure_paragraph(text, mode == "app")
            logical = [
                " ".join(measure.tokens[line[0] : line[1]])
                if isinstance(line, tuple)
                else " ".join(wrap.piece_text(piece, measure.tokens, None, mode == "app") for piece in line)
                for line in wrap.plan_lines(measure, width, mode == "app")
            ]
            plain = text.replace("\u200d", "").replace(" ", "")  # ZWJs are left out of the layout
            assert "".join(logical).replace(" ", "") == plain
            ends = set(accumulate(len(line.replace(" ", "")) for line in logical[:-1]))
            assert ends.isdisjoint(flag_cuts(plain)), (width, logical)


@pytest.mark.parametrize(
    ("paragraph", "width", "pieces"),
    [
        ("بلغ الدين 1,250,000,000,000,000,000 دولار", 20, ["1,250,000,000,000,", "000,000"]),
        ("سجل الموظف في 2026/12/01/10:30 حضوره", 12, ["2026/12/01/", "10:30"]),
    ],
)
def test_a_number_cut_after_a_separator_draws_it_at_the_cut(paragraph: str, width: int, pieces: list[str]) -> None:
    """The separator a long number is cut after stays at the end of its piece, as in the unbroken paragraph."""
    clear_caches()
    lines = [line.strip() for line in layout_paragraph(paragraph, width, mode="app", direction="rtl")]
    for piece in pieces:
        assert any(line == piece or line.startswith(piece + " ") or line.endswith(" " + piece) for line in lines), lines
