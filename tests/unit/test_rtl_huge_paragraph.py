"""A huge paragraph: laid out with packed tokens, shaped and measured a piece at a time, as a short one is."""

from __future__ import annotations

import gc
import io
import random
import tracemalloc
from types import SimpleNamespace

import pytest

from newstui.model import Article
from newstui.text import rtl, shaping, wrap
from newstui.write_out import print_articles

# Our own words, written for these tests: Arabic with harakat and lam-alef pairs, Latin, digits, brackets and
# quotes (a pair can open on one line and close on another), a URL and a word too long for any line.
_WORDS = (
    "قالت",
    "الوزارة",
    "إن",
    "المدارس",
    "ستفتح",
    "أبوابها",
    "لأول",
    "مرة",
    "بعد",
    "الإصلاح،",
    "وَلَا",
    "الْأَرْض",
    "(العاصمة)",
    "«جديدة»",
    "Reuters",
    "said",
    "2026",
    "3.5%",
    "١٢٣",
    "(",
    "news)",
    "https://example.org/news/2026/schools-reopen-after-repairs",
    "ـ" * 3 + "لا" * 60,
    "👍🏻",
    "1-2",
    ":",
)


def _paragraph(seed: int, words: int, spaces: str = " ") -> str:
    pick = random.Random(seed).choice
    return spaces.join(pick(_WORDS) for _ in range(words))


_SMALL = {"_PACKED_CHARS": 40, "_SPLIT_CHARS": 30}
"""Thresholds that pack and cut even a short paragraph (the long ones below need no change)."""


def _laid_out(paragraph: str, width: int, mode: rtl.BidiMode) -> tuple[object, ...]:
    """Everything the layout tells of ``paragraph`` at ``width``, at two widths for the second layout's paths."""
    rtl.clear_caches()
    return (
        rtl.layout_paragraph(paragraph, width, mode=mode),
        rtl.layout_paragraph(paragraph, width + 7, mode=mode),  # a second width: the exact-width path
        rtl.line_count(paragraph, width, mode=mode),
        rtl.line_starts(paragraph, width, mode=mode),
    )


@pytest.mark.parametrize("mode", ["app", "terminal"])
@pytest.mark.parametrize("width", [6, 17, 40, 80])
@pytest.mark.parametrize(
    "paragraph",
    [
        _paragraph(1, 300),
        _paragraph(2, 300, "  "),  # runs of spaces collapse
        " " + _paragraph(3, 200) + " ",
        " ".join(["كلمة"] * 400),  # one word over and over, the reported case
        " ".join(["word"] * 400),  # ASCII: never shaped
    ],
    ids=["mixed", "double-spaced", "edge-spaces", "arabic", "ascii"],
)
def test_packed_layout_is_the_same_text(
    monkeypatch: pytest.MonkeyPatch, paragraph: str, width: int, mode: rtl.BidiMode
) -> None:
    """Packed and cut into pieces, a paragraph gives the lines, counts and starts it gives whole."""
    whole = _laid_out(paragraph, width, mode)
    for name, value in _SMALL.items():
        monkeypatch.setattr(wrap, name, value)
    monkeypatch.setattr(shaping, "WORDS_CHUNK", 25)
    assert _laid_out(paragraph, width, mode) == whole
    rtl.clear_caches()
    assert isinstance(wrap.measure_paragraph(paragraph, mode == "app").tokens, wrap.PackedTokens)


def test_shaping_in_pieces_is_shaping_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = _paragraph(4, 500, "  ")
    rtl.clear_caches()
    whole = shaping.shape(paragraph)
    rtl.clear_caches()
    monkeypatch.setattr(shaping, "WORDS_CHUNK", 16)
    assert shaping.shape(paragraph) == whole


@pytest.mark.parametrize("text", ["", "one", " a  bb   ccc ", "لا  وَلَا الْأَرْض ", "x" * 50])
def test_packed_tokens_are_the_tokens(text: str) -> None:
    tokens = tuple(text.split())
    packed = wrap.pack_tokens(text)
    assert len(packed) == len(tokens) and tuple(packed) == tokens and packed[:] == tokens
    assert packed.text == " ".join(tokens)
    for first in range(len(tokens) + 1):
        for stop in range(first, len(tokens) + 1):
            assert packed.joined(first, stop) == wrap.join_tokens(tokens, first, stop) == " ".join(tokens[first:stop])
    if tokens:
        assert packed[-1] == tokens[-1] and packed[1::2] == tokens[1::2]
    with pytest.raises(IndexError):
        packed[len(tokens)]


_HUGE_WORDS = 100_000
"""A paragraph of ~1 MB of UTF-8 text (~600,000 characters): the words of an article, and no line break."""


_MEASURED_WORDS = 30_000
"""The memory test's paragraph (~190,000 characters): three times the packing threshold, and a quarter of the
huge one's tracing time."""


def _huge(words: int = _HUGE_WORDS) -> str:
    return " ".join(_WORDS[index % 12] for index in range(words))


def _peak(action: object) -> int:
    """The most memory (bytes) Python held at once above what it held before ``action()`` ran."""
    assert callable(action)
    rtl.clear_caches()
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        action()
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
        rtl.clear_caches()


@pytest.mark.parametrize("mode", ["app", "terminal"])
def test_a_huge_paragraph_is_laid_out_in_little_memory(mode: rtl.BidiMode) -> None:
    """Under 20 bytes a character (~12 in app mode: the text shaped once more, offsets, the lines themselves): a
    string per word, and another per shaped word, took ~43 (~600 MB for a 17 MB file)."""
    paragraph = _huge(_MEASURED_WORDS)
    rtl.layout_paragraph(_paragraph(5, 50), 80, mode=mode)  # the reshaper's import and tables: not the layout's
    lines: list[tuple[str, ...]] = []
    peak = _peak(lambda: lines.append(rtl.layout_paragraph(paragraph, 80, mode=mode)))
    assert len(lines[0]) > 2_000
    assert peak < 20 * len(paragraph), f"{peak / 1e6:.1f} MB for {len(paragraph) / 1e6:.2f} M characters"


def test_printing_a_huge_paragraph_writes_it_a_part_at_a_time() -> None:
    """``--print`` writes a block of many lines a few thousand at a time, never joined whole once more."""
    paragraph = _huge()
    article = Article(id="huge", title="عنوان", paragraphs=(paragraph,))
    settings = SimpleNamespace(harakat=True, bidi=SimpleNamespace(mode="app"), direction=None, source_directions=())
    writes: list[int] = []

    class Out(io.StringIO):
        def write(self, text: str) -> int:
            writes.append(text.count("\n"))
            return len(text)

    print_articles([article], 80, settings, Out())  # type: ignore[arg-type]
    assert sum(writes) > 5_000 and max(writes) <= 4_500, writes
