"""Tests for where a token too long for its line is split (newstui.text.wrap): right after a break character
(``/ . - _ ? & = # , ; : ،``, ``://`` as one) when that keeps at least half the line filled, else at the last cell."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from newstui.text import shaping, wrap
from newstui.text.rtl import STATS, clear_caches, layout_paragraph, line_count

FATHA, DAMMA, SHADDA = "\u064e", "\u064f", "\u0651"
BREAK_CHARACTERS = "/.-_?&=#,;:\u060c"


@pytest.fixture(autouse=True)
def _fresh_caches() -> None:
    clear_caches()
    STATS.reset()


def logical_lines(text: str, width: int, app: bool) -> list[str]:
    """The planned lines' logical text (pieces of a split token, and whole tokens joined by spaces)."""
    measure = wrap.measure_paragraph(text, app)
    lines = []
    for planned in wrap.plan_lines(measure, width, app):
        if isinstance(planned, tuple):
            lines.append(" ".join(measure.tokens[planned[0] : planned[1]]))
        else:
            lines.append(" ".join(wrap.piece_text(piece, measure.tokens, None, app) for piece in planned))
    return lines


def check_layout(text: str, width: int, app: bool) -> list[str]:
    """The logical lines; checks that the laid-out lines (shaped, reordered) are as many and none too wide."""
    mode: Any = "app" if app else "terminal"
    lines = logical_lines(text, width, app)
    shown = layout_paragraph(text, width, mode=mode, align=False)
    assert len(shown) == line_count(text, width, mode=mode) == max(len(lines), 1)
    assert all(cell_len(line) <= width for line in shown)
    assert all(shaping.estimate_width(line, app) <= width for line in lines)
    return lines


# (text, width, lines): the same in both modes unless a lam-alef ligature makes app mode narrower.
CASES = {
    "url-year": (
        "https://almarsad.example.net/ملف/النشرة-اليومية/2025/07/19/main.html",
        50,
        ["https://almarsad.example.net/ملف/النشرة-اليومية/", "2025/07/19/main.html"],
    ),
    "url-arabic-path-each-line": (
        "https://akhbar.example.net/محليات/الطقس-اليوم/توقعات-الأسبوع/الرياح-والأمطار.html",
        24,
        ["https://akhbar.example.", "net/محليات/الطقس-اليوم/", "توقعات-الأسبوع/الرياح-", "والأمطار.html"],
    ),
    "hashtag": (
        "#مهرجان_الكتاب_الدولي_في_الرياض_للعام_الجديد",
        30,
        ["#مهرجان_الكتاب_الدولي_في_", "الرياض_للعام_الجديد"],
    ),
    "hashtag-then-words": (
        "#مهرجان_الكتاب_الدولي_في_الرياض_للعام_الجديد يبدأ غدا",
        30,
        ["#مهرجان_الكتاب_الدولي_في_", "الرياض_للعام_الجديد يبدأ غدا"],
    ),
    "dotted-host": ("https://www.alwatan.example/ar", 16, ["https://www.", "alwatan.example/", "ar"]),
    "query-string": (
        "https://news.example.com/search?q=الانتخابات&lang=ar&page=2",
        40,
        ["https://news.example.com/search?q=", "الانتخابات&lang=ar&page=2"],
    ),
    "dotted-version": (
        "https://cdn.example.org/ar/ios/18.1/release-notes?lang=ar",
        40,
        ["https://cdn.example.org/ar/ios/18.1/", "release-notes?lang=ar"],
    ),
    "scheme-is-one-break": ("https://abcdefgh", 11, ["https://", "abcdefgh"]),
    "no-break-inside-scheme": ("https://x.example", 7, ["https:/", "/x.exam", "ple"]),
    "arabic-comma": (
        "القاهرة،الإسكندرية،أسوان،الأقصر،بورسعيد",
        21,
        ["القاهرة،الإسكندرية،", "أسوان،الأقصر،بورسعيد"],
    ),
    "no-break-character": ("مستشفياتهم" * 3, 12, ["مستشفياتهممس", "تشفياتهممستش", "فياتهم"]),
    "break-in-first-quarter": ("ab/" + "c" * 30, 20, ["ab/" + "c" * 17, "c" * 13]),
    "break-at-exactly-half": ("a" * 9 + "/" + "b" * 30, 20, ["a" * 9 + "/", "b" * 20, "b" * 10]),
    "break-just-under-half": ("a" * 8 + "/" + "b" * 30, 20, ["a" * 8 + "/" + "b" * 11, "b" * 19]),
    "mark-after-break": ("abcdefgh/" + FATHA + "ijklmnop", 12, ["abcdefgh/" + FATHA, "ijklmnop"]),
    "marked-letters-after-breaks": (
        "/كَتَبَ/كَتَبَ/كَتَبَ/كَتَبَ",
        8,
        ["/كَتَبَ/", "كَتَبَ/كَتَبَ/", "كَتَبَ"],
    ),
    "shadda-damma-before-break": (
        "مُدَرِّسُ_" * 4,
        12,
        ["مُدَرِّسُ_مُدَرِّسُ_", "مُدَرِّسُ_مُدَرِّسُ_"],
    ),
    "many-slashes": (
        "https://example.com/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p",
        20,
        ["https://example.com/", "a/b/c/d/e/f/g/h/i/j/", "k/l/m/n/o/p"],
    ),
    "wide-after-break": ("abcdef/漢字漢字", 9, ["abcdef/", "漢字漢字"]),
    "lam-alef-before-break": ("بلابلابلا/" + "ت" * 20, 12, ["بلابلابلا/", "ت" * 12, "ت" * 8]),
}

LAM_ALEF = {
    # Once shaped, lam-alef is one cell and one cluster: never cut, by a break or by the last cell.
    "app": ("بلا" * 10, 7, ["بلابلابلاب", "لابلابلابلا", "بلابلابلا"]),
    # Terminal mode shapes nothing: lam and alef are letters of their own.
    "terminal": ("بلا" * 10, 7, ["بلابلاب", "لابلابل", "ابلابلا", "بلابلاب", "لا"]),
}


class TestKnownSplits:
    """Table of long tokens: the logical text of each line, and no line wider than the width."""

    @pytest.mark.parametrize("name", list(CASES))
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_both_modes(self, name: str, mode: str) -> None:
        """A token is split right after its last break character that keeps the line half full."""
        text, width, expected = CASES[name]
        assert check_layout(text, width, mode == "app") == expected

    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_lam_alef_without_break(self, mode: str) -> None:
        """With no break character the last cell that fits ends the piece, as before."""
        text, width, expected = LAM_ALEF[mode]
        assert check_layout(text, width, mode == "app") == expected


URLS = (
    "https://almarsad.example.net/تقارير/الحصاد-الأسبوعي/2025/03/14/index.html?ref=home&lang=ar#main",
    "#حملة_التشجير_الوطنية_في_المدن_الساحلية_الكبرى_لعام_٢٠٢٥_بمشاركة_المتطوعين_من_كل_المناطق",
    "www.sub.domain.example.co.uk/ar/news.php?id=77;sid=5,6:7",
)


def clusters_and_sizes(token: str, app: bool) -> tuple[list[str], list[int]]:
    clusters = wrap._app_clusters(token) if app else wrap.split_clusters(token)
    return clusters, [shaping.estimate_width(cluster, app) for cluster in clusters]


def break_points(token: str, clusters: list[str]) -> set[int]:
    """Cluster indexes right after a cluster holding a break character; ``://`` is one (no break inside it)."""
    owner = [index for index, cluster in enumerate(clusters) for _ in cluster]
    points = set()
    for at, char in enumerate(token):
        if char not in BREAK_CHARACTERS:
            continue
        if char == ":" and token.startswith("//", at + 1):
            continue
        if char == "/" and token.startswith(":", at - 1) and token.startswith("/", at + 1) and at > 0:
            continue
        points.add(owner[at] + 1)
    return points


def check_rule(token: str, width: int, app: bool) -> None:
    """Each piece but the last is as long as fits, unless it ends at a break point that keeps half the
    width; one that does not end at a break point holds none that keeps half the width."""
    clusters, sizes = clusters_and_sizes(token, app)
    points = break_points(token, clusters)
    pieces = wrap._chop_token(token, width, app)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(clusters)
    for (start, end, used), (following, _, _) in zip(pieces, pieces[1:], strict=False):
        assert following == end > start and used == sum(sizes[start:end])
        assert used <= width or end == start + 1
        fits = used + sizes[end] <= width
        if end in points:
            assert 2 * used >= width or not fits
        else:
            assert not fits
            assert not any(2 * sum(sizes[start:point]) >= width for point in points if start < point < end)


class TestWidths:
    """Long URLs and hashtags at every width from 8 to 120."""

    @pytest.mark.parametrize("width", range(8, 121))
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_urls(self, width: int, mode: str) -> None:
        """The rule holds, the pieces give back the token, and the layout agrees with line_count."""
        app = mode == "app"
        for url in URLS:
            check_rule(url, width, app)
            lines = check_layout(url, width, app)
            assert "".join(lines) == url


TOKEN_PARTS = st.sampled_from(
    list("abcxyz019بتسمنهويلاأإة")
    + list(BREAK_CHARACTERS)
    + ["://", "https://", "www.", ".com", "/ar/", "?q=", "&lang=ar", "لا", "لَا", "لأ", "漢"]
    + [FATHA, DAMMA, SHADDA, "/" + FATHA, "_" + SHADDA + FATHA, "كَتَبَ", "ب" * 15, "a" * 12]
)


class TestProperties:
    """Random tokens of URL and hashtag parts."""

    @given(st.lists(TOKEN_PARTS, min_size=1, max_size=40).map("".join), st.integers(1, 120), st.booleans())
    @settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    def test_pieces_give_back_the_token(self, token: str, width: int, app: bool) -> None:
        """The pieces join to the token (logical and shaped), follow the rule, and count as laid out."""
        check_rule(token, width, app)
        pieces = wrap._chop_token(token, width, app)
        logical = [wrap.piece_text((0, start, end), (token,), None, app) for start, end, _ in pieces]
        assert "".join(logical) == token
        if app:
            shaped = shaping.shape(token)
            texts = [wrap.piece_text((0, start, end), (token,), (shaped,), app) for start, end, _ in pieces]
            assert "".join(texts) == shaped
        text = "قال " + token + " ثم"
        mode: Any = "app" if app else "terminal"
        lines = layout_paragraph(text, width, mode=mode)
        assert line_count(text, width, mode=mode) == len(lines)
        # A cluster wider than the whole line (漢 at width 1) is kept whole on a line of its own, overflowing
        # (in terminal mode between RLE and PDF).
        assert all(
            cell_len(line) == width or len(wrap.split_clusters(line.strip(" \u202b\u202c"))) == 1 for line in lines
        )


def count_calls(monkeypatch: pytest.MonkeyPatch, names: tuple[str, ...]) -> dict[str, int]:
    """Count wrap.py's calls of the named functions from now on."""
    calls = dict.fromkeys(names, 0)

    def counted(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any) -> Any:
            calls[name] += 1
            return function(*args)

        return wrapper

    for name in names:
        monkeypatch.setattr(wrap, name, counted(name, getattr(wrap, name)))
    return calls


LONG_URL = ("https://almarsad.example.net/تقارير/الحصاد-الأسبوعي/2025/03/14/index.html?ref=home&lang=ar" * 1200)[
    :100_000
]


class TestWork:
    """Break points cost one scan of the token, then a bisection per piece (counted, not timed)."""

    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_long_url_measures_runs_not_characters(self, monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
        """A 100,000-character URL with Arabic path parts: fewer than 1,000 width calls at three widths."""
        calls = count_calls(monkeypatch, ("estimate_width", "get_character_cell_size", "cell_len"))
        for width in (40, 80, 160):
            lines = layout_paragraph(LONG_URL, width, mode=mode)  # type: ignore[arg-type]
            assert len(lines) == line_count(LONG_URL, width, mode=mode) > 500  # type: ignore[arg-type]
        assert sum(calls.values()) < 1000

    def test_break_points_are_found_once_per_token(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The token is scanned for break characters once, whatever the widths and counts."""
        pattern = wrap._BREAKS.pattern
        scans = [0]

        class Counted:
            def finditer(self, text: str) -> Any:
                scans[0] += 1
                return re.finditer(pattern, text)

        monkeypatch.setattr(wrap, "_BREAKS", Counted())
        for width in (40, 80, 160, 80, 57):
            line_count(LONG_URL, width)
            layout_paragraph(LONG_URL, width)
        assert scans[0] == 1

    def test_resize_reshapes_nothing(self) -> None:
        """A paragraph holding a long URL, laid out at a new width: no reshape call."""
        text = "نشر المرصد تقريره على " + URLS[0] + " ودعا إلى متابعة " + URLS[1]
        layout_paragraph(text, 50)
        STATS.reset()
        for width in (23, 37, 80):
            assert len(layout_paragraph(text, width)) == line_count(text, width)
        assert STATS.reshape_calls == 0


@pytest.mark.parametrize("planner", [wrap.plan_lines, wrap.count_lines], ids=["plan_lines", "count_lines"])
def test_line_ends_that_disagree_with_the_widths_fail_at_once(planner: Callable[..., object]) -> None:
    """If a paragraph's line ends ever said less room than its widths (a wrong bound in the wrapping), the
    wrap stops with an error naming where, instead of spinning forever (as an off-by-one in the line count
    once did: the tests that reached it hung until their timeout, with no failure shown)."""
    from hang_guard import guarded

    measure = wrap.ParagraphMeasure(("ارتفعت", "الأسعار"), (6, 7), (0, 20, 28))  # ends[1] should be 7
    with pytest.raises(AssertionError, match="no progress at token 0 of 2, width 10"):
        guarded(lambda: planner(measure, 10, False), seconds=5)
