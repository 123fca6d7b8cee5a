"""Right-to-left layout: paragraph direction, Arabic shaping, logical wrapping and per-line reordering.

The pipeline (see ``shared/RTL.md`` §2) works one paragraph at a time::

    direction (first strong character, or the article's)      paragraph_direction()
    shape in LOGICAL order (arabic-reshaper, harakat kept)     shape()            cached per paragraph
    greedy wrap in LOGICAL order, measured on the SHAPED text  _plan()            width-only integer work
    reorder EACH line with the paragraph's direction           reorder_line()     python-bidi (Rust) + L4 + L3
    drop bidi controls, pad to the width                        layout_paragraph()

Wrapping never reshapes: every token's shaped width is known from its logical text (cell width minus
one cell per lam-alef ligature the reshaper forms), so :func:`line_count` is cheap and always equals
the number of lines :func:`layout_paragraph` returns. python-bidi's Rust core leaves out rules L3
(combining marks after their base) and L4 (mirrored glyphs); both are restored here with a pair of
variation-selector "probes" appended after each mirrored character or marked cluster: the probes
inherit the cluster's level (UAX #9 W1), so their visual order tells whether the cluster sits at an
odd (right-to-left) level.

``mode="terminal"`` gives the same wrapping on logical, unshaped text for terminals that shape and
reorder by themselves; right alignment is then made with leading padding, which assumes the
terminal's row direction is left-to-right (its default).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any, Final, Generic, Literal, NamedTuple, TypeVar, cast, get_args

from rich.cells import cell_len, get_character_cell_size, set_cell_size

from newstui.text.lazy_regex import LazyRegex
from newstui.text.sanitize import sanitize_text

Direction = Literal["ltr", "rtl"]
"""Paragraph direction."""
BidiMode = Literal["app", "terminal"]
"""``app``: shape and reorder in the app; ``terminal``: logical, unshaped text (the terminal does bidi)."""

_DIRECTIONS: Final = frozenset(get_args(Direction))
_MODES: Final = frozenset(get_args(BidiMode))

ELLIPSIS: Final = "\u2026"
"""Ends a truncated single-line label (in logical order, so it shows at the left of RTL text)."""

SHAPE_CACHE_SIZE: Final = 4096
"""Distinct paragraphs whose shaped text is kept (width-independent)."""
LAYOUT_CACHE_SIZE: Final = 8192
"""(paragraph, width, options) entries of finished visual lines."""

ZWJ: Final = "\u200d"
_LAM: Final = "\u0644"
_ALEFS: Final = "\u0622\u0623\u0625\u0627"
"""Alef with madda, hamza above, hamza below, and plain alef: the letters lam ligates with."""
_LAM_ALEF_NAMES: Final = frozenset(
    {
        "ARABIC LIGATURE LAM WITH ALEF",
        "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE",
        "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW",
        "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE",
    }
)
# Lam-alef ligatures from (lam form, alef final form): lam initial -> isolated ligature, medial -> final.
_LAM_ALEF_FORMS: Final = {
    ("\ufedf", "\ufe82"): "\ufef5",
    ("\ufee0", "\ufe82"): "\ufef6",
    ("\ufedf", "\ufe84"): "\ufef7",
    ("\ufee0", "\ufe84"): "\ufef8",
    ("\ufedf", "\ufe88"): "\ufef9",
    ("\ufee0", "\ufe88"): "\ufefa",
    ("\ufedf", "\ufe8e"): "\ufefb",
    ("\ufee0", "\ufe8e"): "\ufefc",
}


_BIDI_CONTROLS: Final = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_STRIP: Final = LazyRegex(f"[{_BIDI_CONTROLS}\ufeff]")
"""Removed from every visual line: LRM, RLM, ALM, embeddings, overrides, isolates, and BOM."""


def _strip_controls(text: str) -> str:
    # Every character _STRIP removes is a format character (Cf), which str.isprintable() rejects.
    if text.isprintable():
        return text
    return _STRIP.sub("", text) if _STRIP.search(text) else text


_SURROGATE: Final = LazyRegex("[\ud800-\udfff]")
_SURROGATE_OR_ASTRAL: Final = LazyRegex("[\ud800-\udfff\U00010000-\U0010ffff]")
_PRESENTATION: Final = LazyRegex("[\ufb50-\ufdff\ufe70-\ufefe]+")
"""Arabic Presentation Forms-A and -B (the BOM U+FEFF excluded)."""
_PARAGRAPH_SEPARATOR: Final = LazyRegex("[\n\r\x1c-\x1e\x85\u2029]")
"""Bidi class B: ends a UAX #9 paragraph (all of them are unprintable)."""

# Characters of Bidi_Class NSM (Unicode 14, as in Python 3.11's unicodedata), as "start-end" hex ranges.
# They inherit their neighbour's level (W1); the probes below rely on that. A unit test keeps it honest.
_NSM_RANGES: Final = (
    "300-36F 483-489 591-5BD 5BF 5C1-5C2 5C4-5C5 5C7 610-61A 64B-65F 670 6D6-6DC 6DF-6E4 6E7-6E8 6EA-6ED "
    "711 730-74A 7A6-7B0 7EB-7F3 7FD 816-819 81B-823 825-827 829-82D 859-85B 898-89F 8CA-8E1 8E3-902 93A "
    "93C 941-948 94D 951-957 962-963 981 9BC 9C1-9C4 9CD 9E2-9E3 9FE A01-A02 A3C A41-A42 A47-A48 A4B-A4D "
    "A51 A70-A71 A75 A81-A82 ABC AC1-AC5 AC7-AC8 ACD AE2-AE3 AFA-AFF B01 B3C B3F B41-B44 B4D B55-B56 "
    "B62-B63 B82 BC0 BCD C00 C04 C3C C3E-C40 C46-C48 C4A-C4D C55-C56 C62-C63 C81 CBC CCC-CCD CE2-CE3 "
    "D00-D01 D3B-D3C D41-D44 D4D D62-D63 D81 DCA DD2-DD4 DD6 E31 E34-E3A E47-E4E EB1 EB4-EBC EC8-ECD "
    "F18-F19 F35 F37 F39 F71-F7E F80-F84 F86-F87 F8D-F97 F99-FBC FC6 102D-1030 1032-1037 1039-103A "
    "103D-103E 1058-1059 105E-1060 1071-1074 1082 1085-1086 108D 109D 135D-135F 1712-1714 1732-1733 "
    "1752-1753 1772-1773 17B4-17B5 17B7-17BD 17C6 17C9-17D3 17DD 180B-180D 180F 1885-1886 18A9 1920-1922 "
    "1927-1928 1932 1939-193B 1A17-1A18 1A1B 1A56 1A58-1A5E 1A60 1A62 1A65-1A6C 1A73-1A7C 1A7F 1AB0-1ACE "
    "1B00-1B03 1B34 1B36-1B3A 1B3C 1B42 1B6B-1B73 1B80-1B81 1BA2-1BA5 1BA8-1BA9 1BAB-1BAD 1BE6 1BE8-1BE9 "
    "1BED 1BEF-1BF1 1C2C-1C33 1C36-1C37 1CD0-1CD2 1CD4-1CE0 1CE2-1CE8 1CED 1CF4 1CF8-1CF9 1DC0-1DFF "
    "20D0-20F0 2CEF-2CF1 2D7F 2DE0-2DFF 302A-302D 3099-309A A66F-A672 A674-A67D A69E-A69F A6F0-A6F1 A802 "
    "A806 A80B A825-A826 A82C A8C4-A8C5 A8E0-A8F1 A8FF A926-A92D A947-A951 A980-A982 A9B3 A9B6-A9B9 "
    "A9BC-A9BD A9E5 AA29-AA2E AA31-AA32 AA35-AA36 AA43 AA4C AA7C AAB0 AAB2-AAB4 AAB7-AAB8 AABE-AABF AAC1 "
    "AAEC-AAED AAF6 ABE5 ABE8 ABED FB1E FE00-FE0F FE20-FE2F 101FD 102E0 10376-1037A 10A01-10A03 "
    "10A05-10A06 10A0C-10A0F 10A38-10A3A 10A3F 10AE5-10AE6 10D24-10D27 10EAB-10EAC 10F46-10F50 "
    "10F82-10F85 11001 11038-11046 11070 11073-11074 1107F-11081 110B3-110B6 110B9-110BA 110C2 "
    "11100-11102 11127-1112B 1112D-11134 11173 11180-11181 111B6-111BE 111C9-111CC 111CF 1122F-11231 "
    "11234 11236-11237 1123E 112DF 112E3-112EA 11300-11301 1133B-1133C 11340 11366-1136C 11370-11374 "
    "11438-1143F 11442-11444 11446 1145E 114B3-114B8 114BA 114BF-114C0 114C2-114C3 115B2-115B5 "
    "115BC-115BD 115BF-115C0 115DC-115DD 11633-1163A 1163D 1163F-11640 116AB 116AD 116B0-116B5 116B7 "
    "1171D-1171F 11722-11725 11727-1172B 1182F-11837 11839-1183A 1193B-1193C 1193E 11943 119D4-119D7 "
    "119DA-119DB 119E0 11A01-11A06 11A09-11A0A 11A33-11A38 11A3B-11A3E 11A47 11A51-11A56 11A59-11A5B "
    "11A8A-11A96 11A98-11A99 11C30-11C36 11C38-11C3D 11C92-11CA7 11CAA-11CB0 11CB2-11CB3 11CB5-11CB6 "
    "11D31-11D36 11D3A 11D3C-11D3D 11D3F-11D45 11D47 11D90-11D91 11D95 11D97 11EF3-11EF4 16AF0-16AF4 "
    "16B30-16B36 16F4F 16F8F-16F92 16FE4 1BC9D-1BC9E 1CF00-1CF2D 1CF30-1CF46 1D167-1D169 1D17B-1D182 "
    "1D185-1D18B 1D1AA-1D1AD 1D242-1D244 1DA00-1DA36 1DA3B-1DA6C 1DA75 1DA84 1DA9B-1DA9F 1DAA1-1DAAF "
    "1E000-1E006 1E008-1E018 1E01B-1E021 1E023-1E024 1E026-1E02A 1E130-1E136 1E2AE 1E2EC-1E2EF "
    "1E8D0-1E8D6 1E944-1E94A E0100-E01EF"
)


def _parse_ranges(ranges: str) -> list[tuple[int, int]]:
    """``"300-36F 483 ..."`` style ranges as (first, last) code points."""
    out = []
    for item in ranges.split():
        start, _, end = item.partition("-")
        out.append((int(start, 16), int(end or start, 16)))
    return out


_CLASS_SPECIAL: Final = frozenset("\\]^-[")
"""Characters escaped inside a regex character class."""


def _class_body(ranges: Iterable[tuple[int, int]]) -> str:
    """A regex character-class body from (first, last) code point ranges."""
    parts = []
    for first, last in ranges:
        a, b = chr(first), chr(last)
        a = "\\" + a if a in _CLASS_SPECIAL else a
        b = "\\" + b if b in _CLASS_SPECIAL else b
        parts.append(a if first == last else f"{a}-{b}")
    return "".join(parts)


def _collapse(codes: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted code points as (first, last) ranges of consecutive ones (a short class parses faster)."""
    out: list[tuple[int, int]] = []
    for code in sorted(codes):
        if out and out[-1][1] == code - 1:
            out[-1] = (out[-1][0], code)
        else:
            out.append((code, code))
    return out


def _char_class(ranges: str) -> str:
    """A regex character-class body from ``"300-36F 483 ..."`` style ranges."""
    return _class_body(_parse_ranges(ranges))


_NSM: Final = _char_class(_NSM_RANGES)

# Probe pairs: two variation selectors (NSM, never drawn) that are practically never in real text;
# if a line holds one of them, the next pair is used.
_PROBE_PAIRS: Final = tuple((chr(0xE01EE - 2 * i), chr(0xE01EF - 2 * i)) for i in range(8))

T = TypeVar("T")


class PipelineStats:
    """Counters of the expensive calls, for tests and benchmarks (noise-free performance invariants).

    A plain class: a dataclass costs ~1 ms of code generation on the way to the reader's first frame.
    """

    __slots__ = ("bidi_calls", "layout_hits", "reshape_calls")

    def __init__(self) -> None:
        self.reshape_calls = 0
        """Paragraphs shaped: one per distinct paragraph while the shape cache holds it. Each makes at
        most one arabic-reshaper call, for the words it holds that no earlier paragraph had."""
        self.bidi_calls = 0
        """Calls into python-bidi's ``get_display`` (one per non-empty visual line in app mode)."""
        self.layout_hits = 0
        """Paragraph layouts served from the cache."""

    def reset(self) -> None:
        """Set every counter back to zero."""
        self.reshape_calls = self.bidi_calls = self.layout_hits = 0


STATS: Final = PipelineStats()
"""The module's counters."""


class _LRU(Generic[T]):
    """A small thread-safe least-recently-used cache."""

    def __init__(self, maxsize: int) -> None:
        self._data: OrderedDict[Any, T] = OrderedDict()
        self._maxsize = maxsize
        self._lock = threading.Lock()

    def get(self, key: Any) -> T | None:
        # Each OrderedDict call is atomic under the GIL; a concurrent eviction only costs a miss.
        data = self._data
        value = data.get(key)
        if value is not None:
            try:
                data.move_to_end(key)
            except KeyError:
                pass
        return value

    def put(self, key: Any, value: T) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self._maxsize:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


class _Fast(NamedTuple):
    """What every whole-token line of a paragraph needs, found once from the whole paragraph.

    Any such line is the paragraph's tokens ``a..b-1`` joined by single spaces, so a fact about every
    character of the paragraph holds for each of its lines, at every width.
    """

    additive: bool
    """No ZWJ or VS16 (which ``rich`` measures together with their neighbours): a line's cell width is
    the sum of its characters' widths, in any order."""
    printable: bool
    """No control, format character or surrogate: reordering only moves and mirrors characters, so it
    keeps the line's width (mirrored pairs are equally wide, see ``_mirrors_keep_width``)."""
    low: bool
    """Only characters of the low alphabet (``_LOW``): reordering uses the small probe classes."""
    reverse: bool
    """Reordered at base direction R, the line is itself reversed, with no bidi control to drop."""
    keep: bool
    """Reordered at base direction L (app mode), or stripped of bidi controls (terminal mode), the line
    is unchanged."""


class _Measure:
    """A paragraph's wrapping tokens, their (shaped) widths, and what has been worked out for it.

    Width-independent and cached per (paragraph, mode), so a new width looks one entry up; the shaped
    tokens and the :class:`_Fast` facts are filled in when the paragraph is first laid out (counting
    lines never shapes).
    """

    __slots__ = ("counts", "directions", "ends", "exact", "fast", "shaped", "tokens", "widths")

    def __init__(self, tokens: tuple[str, ...], widths: tuple[int, ...], ends: tuple[int, ...]) -> None:
        self.tokens = tokens
        self.widths = widths
        self.ends = ends
        """``ends[k]``: the sum of ``width + 1`` over the tokens before ``k`` (one separating space each)."""
        self.counts: dict[int, int] = {}
        """Lines per layout width (:func:`line_count`)."""
        self.directions: dict[tuple[Direction, bool], Direction] = {}
        """The paragraph's direction per (default, prefer_rtl)."""
        self.shaped: tuple[str, ...] | None = None
        """App mode, once laid out: the shaped tokens (None if they did not line up with ``tokens``)."""
        self.fast: _Fast | None = None
        """Once laid out: the facts every whole-token line can use."""
        self.exact: bool | None = None
        """Whether every token is as wide as its measured width, so that a whole-token line's width is
        ``ends[b] - ends[a] - 1``. Checked when the paragraph is laid out at a second width (a first
        layout measures its few lines instead, which costs less than measuring every token)."""


_SHAPED: Final[_LRU[str]] = _LRU(SHAPE_CACHE_SIZE)
_MEASURED: Final[_LRU[_Measure]] = _LRU(LAYOUT_CACHE_SIZE)
_LAID_OUT: Final[_LRU[tuple[str, ...]]] = _LRU(LAYOUT_CACHE_SIZE)
_FITTED: Final[_LRU[str]] = _LRU(LAYOUT_CACHE_SIZE)
_SPLIT: Final[_LRU[tuple[str, ...]]] = _LRU(LAYOUT_CACHE_SIZE)
_TEXT_LAID_OUT: Final[_LRU[tuple[tuple[str, ...], int]]] = _LRU(LAYOUT_CACHE_SIZE)
"""Whole ``layout_paragraph`` results (lines, paragraph count), keyed by the raw text and options; a
printable text is one paragraph, cached by ``_layout_one`` alone."""
_WORDS: Final[dict[str, str]] = {}
"""Shaped form of each space-free word seen (shaping never joins across a space); cleared when full."""
WORD_CACHE_SIZE: Final = 65536
"""Distinct words whose shaped form is kept."""
_COUNTS_PER_PARAGRAPH: Final = 32
"""Widths whose line count is kept per paragraph."""


def clear_caches() -> None:
    """Forget every shaped paragraph and laid-out line (for benchmarks and tests)."""
    for lru in (_SHAPED, _MEASURED, _LAID_OUT, _FITTED, _SPLIT, _TEXT_LAID_OUT):
        lru.clear()
    _WORDS.clear()


# --------------------------------------------------------------------------------------------------
# Widths


def cell_width(text: str) -> int:
    """Terminal cells the text occupies (``rich.cells.cell_len``).

    Args:
        text: any text.

    Returns:
        The number of cells; combining marks and controls count 0, wide characters 2.
    """
    return cell_len(text)


# --------------------------------------------------------------------------------------------------
# Shaping


class _MemoConfig:
    """Answers the reshaper's per-call ``getboolean`` lookups from a dict.

    arabic-reshaper 3.x asks its ``configparser`` section for five options on every ``reshape``
    call, a fixed ~70 µs that dominates short strings (list headlines). The answers never change.
    The options newstui set itself are answered from the start: the first ``reshape`` asks for all
    ~300 ligature switches, ~5 ms through ``configparser`` on the way to the first frame.
    """

    def __init__(self, section: Any, known: dict[str, bool]) -> None:
        self._section = section
        self._memo: dict[str, bool] = dict(known)

    def getboolean(self, key: str) -> bool:
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = bool(self._section.getboolean(key))
            return value

    def get(self, key: str, *args: Any, **kwargs: Any) -> Any:
        return self._section.get(key, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._section, name)


@cache
def _reshaper(ligatures: bool) -> Callable[[str], str]:
    """The configured ``reshape`` function (lam-alef ligatures on, or all ligatures off)."""
    from arabic_reshaper import ArabicReshaper
    from arabic_reshaper.ligatures import LIGATURES

    config: dict[str, Any] = {
        "delete_harakat": False,
        "shift_harakat_position": False,
        "support_ligatures": ligatures,
    }
    # Only the four lam-alef ligatures: the one-glyph word ligatures (ALLAH U+FDF2, ...) are 1 cell
    # in every width table but drawn much wider; the others mis-match (python-arabic-reshaper#86).
    config.update({name: name in _LAM_ALEF_NAMES for name, _ in LIGATURES})
    reshaper = ArabicReshaper(configuration=config)
    reshaper.configuration = _MemoConfig(reshaper.configuration, config)
    return cast(Callable[[str], str], reshaper.reshape)


class _Patterns(NamedTuple):
    """Regexes built from the reshaper's own harakat class (imported on first use)."""

    lam_alef: re.Pattern[str]
    """Logical lam, harakat, alef: where the reshaper forms a ligature."""
    shaped_lam_alef: re.Pattern[str]
    """Shaped lam (initial or medial), harakat, alef final form: where we form one ourselves."""
    zwj_marks: re.Pattern[str]
    """ZWJs followed by harakat."""


_HARAKAT: Final = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u08d4-\u08e1\u08d4-\u08ed\u08e3-\u08ff"
)
"""The reshaper's own harakat class body (``arabic_reshaper.arabic_reshaper.HARAKAT_RE``; a unit test keeps
them equal), written out so that laying out text already shaped needs no import of the reshaper."""


def _harakat() -> str:
    """The harakat class body the reshaper uses."""
    return _HARAKAT


@cache
def _lam_alef() -> re.Pattern[str]:
    """``_Patterns.lam_alef`` alone: the only one of them that text without a ZWJ needs."""
    # _ALEFS as one range less two letters: a class of them (three runs of code points) would be
    # compiled into a 64K-entry bitmap. A unit test checks it finds what [_ALEFS] finds.
    return re.compile(f"{_LAM}[{_harakat()}]*[\u0622-\u0627](?<![\u0624\u0626])")


@cache
def _patterns() -> _Patterns:
    harakat = _harakat()
    return _Patterns(
        lam_alef=_lam_alef(),
        shaped_lam_alef=re.compile(f"([\ufedf\ufee0])([{harakat}]*)([\ufe82\ufe84\ufe88\ufe8e])"),
        zwj_marks=re.compile(f"({ZWJ}+)([{harakat}]+)"),
    )


def _fold_presentation(text: str) -> str:
    """Turn Arabic presentation forms (already-shaped input) back into base letters (NFKC)."""
    if _PRESENTATION.search(text) is None:
        return text
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _ligate(match: re.Match[str]) -> str:
    lam, marks, alef = match.groups()
    return _LAM_ALEF_FORMS[lam, alef] + marks


def _reshape(text: str) -> str:
    """Shape logical text (no presentation forms in it); one counted paragraph shaping."""
    STATS.reshape_calls += 1
    if ZWJ not in text:
        try:
            return _reshape_words(text)
        except Exception:  # a reshaper bug must not take the screen down
            pass
    return _reshape_ligating_here(text)


def _reshape_words(text: str) -> str:
    """``reshape(text)`` word by word, with one reshaper call for all the words not seen before.

    The reshaper never joins, ligates or moves harakat across a space (U+0020 is a non-joining
    letter to it), so shaping the words one by one gives the same text as shaping the paragraph; a
    unit test compares them. Articles repeat most of their words, and shaping is per character.
    """
    words = _WORDS
    parts = text.split(" ")
    todo = [word for word in dict.fromkeys(parts) if word and word not in words]
    if todo:
        if len(words) + len(todo) > WORD_CACHE_SIZE:
            words.clear()
        # An ASCII word has nothing to shape (a unit test checks the reshaper leaves it alone).
        words.update((word, word) for word in todo if word.isascii())
        todo = [word for word in todo if not word.isascii()]
    if todo:
        reshape = _reshaper(True)
        shaped = reshape(" ".join(todo)).split(" ")
        if len(shaped) != len(todo):  # never expected: shape the paragraph as a whole
            return reshape(text)
        words.update(zip(todo, shaped, strict=True))
    try:
        return " ".join([words[part] if part else part for part in parts])
    except KeyError:  # another thread cleared the cache meanwhile
        return _reshaper(True)(text)


def shaping_seed(texts: Iterable[str]) -> dict[str, str]:
    """The shaped form of every word of ``texts``, for ``seed_shaping`` in another process.

    A helper process that has parsed the articles the reader is about to show shapes their words on
    its own core; the reader seeds its word cache with them and lays out its first frame without
    importing or running the reshaper. The words are those ``shape`` would look up: the texts'
    paragraphs as the layout prepares them, split at spaces (a paragraph with a ZWJ, which is
    shaped whole, gives none). Only ``app`` mode shapes, so only it uses them.
    """
    seed: dict[str, str] = {}
    for text in texts:
        for paragraph in _paragraphs(text):
            if not paragraph or ZWJ in paragraph:
                continue
            _shape_logical(paragraph)
            for word in paragraph.split(" "):
                form = _WORDS.get(word) if word else None
                if form is not None:
                    seed[word] = form
    return seed


def seed_shaping(words: Mapping[str, str]) -> int:
    """Add shaped words from ``shaping_seed`` (run by this newstui in a helper) to the word cache.

    Defence in depth for words that crossed a pipe: only printable, space-free words whose shaped
    form is printable and no longer than the word are taken (shaping only swaps letters for their
    contextual forms and joins lam-alef pairs). Never clears the cache to make room.

    Returns:
        How many words were added.
    """
    fresh = {
        word: form
        for word, form in words.items()
        if isinstance(word, str)
        and isinstance(form, str)
        and word not in _WORDS
        and " " not in word
        and len(form) <= len(word)
        and word.isprintable()
        and form.isprintable()
    }
    if len(_WORDS) + len(fresh) > WORD_CACHE_SIZE:
        return 0
    _WORDS.update(fresh)
    return len(fresh)


def _reshape_ligating_here(text: str) -> str:
    """Shape without the reshaper's ligature pass, then form lam-alef here.

    arabic-reshaper 3.1.0 drops every ZWJ after using it for joining, which shifts the indices of its
    ligature pass: it raises IndexError ("\u200dلا") or glues a ligature onto the wrong letter. The
    result is the same as the reshaper's wherever it works (a unit test compares them). Harakat right
    after a ZWJ are moved before it first: the reshaper files them under the ZWJ's index, which moves
    or vanishes when it drops the ZWJ.
    """
    text = _patterns().zwj_marks.sub(lambda m: m.group(2) + m.group(1), text)
    try:
        shaped = _reshaper(False)(text)
    except Exception:
        return text.replace(ZWJ, "")
    return _patterns().shaped_lam_alef.sub(_ligate, shaped)


def _shape_logical(text: str) -> str:
    """Shaped text of a presentation-form-free paragraph, from the cache when possible."""
    shaped = _SHAPED.get(text)
    if shaped is None:
        shaped = _reshape(text)
        _SHAPED.put(text, shaped)
    return shaped


def shape(text: str) -> str:
    """Shape Arabic text in logical order (contextual forms, lam-alef ligatures, harakat kept).

    Uses arabic-reshaper with ``delete_harakat=False``, ``shift_harakat_position=False``, the four
    lam-alef ligatures on and every word ligature (ALLAH, ...) off. Presentation forms in the input
    are folded back to base letters (NFKC) first. Every ZWJ is consumed (it only affects joining).
    Cached per text, so a paragraph is reshaped once whatever the width.

    Args:
        text: logical text, any script.

    Returns:
        The shaped text, still in logical order; non-Arabic characters are unchanged.
    """
    if not text:
        return ""
    return _shape_logical(_fold_presentation(text))


def shaped_width(text: str) -> int:
    """Cells that ``shape(text)`` occupies, computed from the logical text without shaping it.

    The width of the text minus one cell per lam-alef ligature the reshaper forms (lam, then any
    harakat, then one of آ أ إ ا); ZWJs are not counted (shaping consumes them).

    Args:
        text: logical text.

    Returns:
        ``cell_width(shape(text))``.
    """
    return _estimate(_fold_presentation(text).replace(ZWJ, ""), True)


# --------------------------------------------------------------------------------------------------
# Direction


@cache
def _arabic_letter() -> re.Pattern[str]:
    """Letters of the Arabic script (base and presentation forms), for the article-language override.

    Compiled on first use. The trailing ``+`` finds the same first letter; without it the class would
    also be compiled a second time, as the search prefix of the pattern.
    """
    return re.compile(
        "[\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
        "\u0750-\u077f\u0870-\u0887\u0889-\u088e\u08a0-\u08c9\ufb50-\ufbb1\ufbd3-\ufd3d\ufd50-\ufdc7"
        "\ufdf0-\ufdfb\ufe70-\ufe74\ufe76-\ufefc]+"
    )


def paragraph_direction(text: str, default: Direction = "rtl", *, prefer_rtl: bool = False) -> Direction:
    """The base direction of a paragraph (UAX #9 P2/P3).

    The first strong character decides: L gives ``"ltr"``, R or AL gives ``"rtl"``; characters inside
    an isolate (LRI/RLI/FSI … PDI) are skipped. Only the first paragraph of ``text`` is looked at.

    Args:
        text: one logical paragraph.
        default: the direction when there is no strong character (the article's direction).
        prefer_rtl: the article-language override: any Arabic-script letter makes it ``"rtl"``.

    Returns:
        ``"rtl"`` or ``"ltr"``.
    """
    if prefer_rtl:
        separator = None if text.isprintable() else _PARAGRAPH_SEPARATOR.search(text)
        if _arabic_letter().search(text, 0, separator.start() if separator else len(text)):
            return "rtl"
    bidirectional = unicodedata.bidirectional
    depth = 0
    for ch in text:
        cls = bidirectional(ch)
        if cls == "L" and not depth:
            return "ltr"
        if cls in ("R", "AL") and not depth:
            return "rtl"
        if cls in ("LRI", "RLI", "FSI"):
            depth += 1
        elif cls == "PDI":
            depth = max(depth - 1, 0)
        elif cls == "B":
            break
    return default


# --------------------------------------------------------------------------------------------------
# Reordering


_ASTRAL: Final = LazyRegex("[\U00010000-\U0010ffff]")

_LOW: Final = "\x00-\u07ff\u2000-\u206f\ufb50-\ufeff"
"""The "low" alphabet: Latin, Greek, Cyrillic, Hebrew, Arabic, general punctuation, Arabic presentation forms.

A line made only of these (nearly every line of an Arabic or English article) is reordered with
probe classes cut down to the NSM and mirrored characters among them, which compile in a fraction
of the time the full classes take; they match exactly the same on such a line.
"""
_LOW_INTERVALS: Final = ((0x0000, 0x07FF), (0x2000, 0x206F), (0xFB50, 0xFEFF))
_LOW_TEXT: Final = LazyRegex(f"[{_LOW}]*")
"""Text of the low alphabet only (``fullmatch``; astral characters and surrogates are outside it)."""

Tier = Literal["low", "bmp", "astral"]
"""Which probe classes a line needs: low-alphabet characters only, any BMP character, or astral ones too."""


_NSM_LOW_RANGES: Final = (
    "300-36F 483-489 591-5BD 5BF 5C1-5C2 5C4-5C5 5C7 610-61A 64B-65F 670 6D6-6DC 6DF-6E4 6E7-6E8 6EA-6ED "
    "711 730-74A 7A6-7B0 7EB-7F3 7FD FE00-FE0F FE20-FE2F"
)
"""``_NSM_RANGES`` within the low alphabet (a unit test keeps them in step), so that a low line's probe
classes are made without reading the whole table."""


def _clip(ranges: Iterable[tuple[int, int]], tier: Tier) -> list[tuple[int, int]]:
    """The part of ``ranges`` a line of ``tier`` can hold."""
    if tier == "astral":
        return list(ranges)
    limits = _LOW_INTERVALS if tier == "low" else ((0, 0xFFFF),)
    out = []
    for first, last in ranges:
        for low, high in limits:
            if first <= high and last >= low:
                out.append((max(first, low), min(last, high)))
    return out


class _Bidi(NamedTuple):
    get_display: Callable[..., str]
    """python-bidi's Rust implementation."""
    mirrored: dict[str, str]
    """Bidi_Mirroring_Glyph, from python-bidi."""


@cache
def _bidi() -> _Bidi:
    from bidi import get_display
    from bidi.mirror import MIRRORED

    return _Bidi(get_display, dict(MIRRORED))


class _Probes(NamedTuple):
    site: re.Pattern[str]
    """Clusters that get a probe pair; it starts with one character class, so a search scans fast."""
    rtl: re.Pattern[str]
    """A right-to-left cluster as it looks after reordering."""


@cache
def _probe_patterns(pa: str, pb: str, marks: bool, tier: Tier) -> _Probes:
    """The probe regexes for one probe pair, with classes cut down to what a line of ``tier`` can hold.

    ``[NSM mirrored][NSM]*`` finds the same clusters as ``[NSM]+|[mirrored][NSM]*``: a run of marks,
    or a mirrored character and the marks after it.
    """
    nsm = _class_body(_parse_ranges(_NSM_LOW_RANGES) if tier == "low" else _clip(_parse_ranges(_NSM_RANGES), tier))
    mirrored = _class_body(_clip(_collapse(map(ord, _bidi().mirrored)), tier))
    site = re.compile(f"[{nsm}{mirrored}][{nsm}]*" if marks else f"[{mirrored}][{nsm}]*")
    # Reordered right to left, "base marks PA PB" reads "PB PA marks-reversed base".
    marks_run = f"(?:(?!{pa}|{pb})[{nsm}])*" if tier == "astral" else f"[{nsm}]*"
    return _Probes(site, re.compile(f"{pb}{pa}({marks_run})(.?)", re.DOTALL))


_ONLY_RTL_AND_NEUTRAL: Final = LazyRegex(
    "[ !-/:-@\\[-`{-~\u00a0\u00ab\u00bb\u0606-\u065f\u066a\u066d-\u06dc\u06de-\u06ef\u06fa-\u06ff"
    "\u0750-\u077f\u2010-\u2027\u2030-\u205e\ufb50-\ufbc2\ufbd3-\ufd8f\ufd92-\ufdc7\ufdf0-\ufdff"
    "\ufe70-\ufe74\ufe76-\ufefc]*"
)
"""Arabic letters and neutrals only (no L, EN, AN, controls): in an RTL paragraph all sit at level 1.

All of them are in the low alphabet."""

_NOT_A_BASE: Final = frozenset({"B", "S", "BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})
"""Marks after these do not take their level (W1, X9), so they get no probe."""


def _reorder(text: str, base_dir: str | None, marks: bool = True, low: bool = False) -> str:
    """Visual order of one line: python-bidi's Rust core, plus L4 mirroring and (if ``marks``) L3.

    Each mirrored character, and (with ``marks``) each base character followed by combining marks,
    gets two probes ``PA PB`` (variation selectors, class NSM) appended. By W1 they take the
    cluster's level, so after reordering an odd-level cluster reads ``PB PA marks base``: its base is
    mirrored (L4) and its marks are put back after it in logical order (L3). Even-level clusters read
    ``base marks PA PB`` and are left alone.

    Args:
        text: one line in logical order.
        base_dir: ``"L"``, ``"R"``, or None for auto (P2/P3).
        marks: apply the L3 combining-mark pass.
        low: the caller knows the line is made of the low alphabet (``_LOW``) only.

    Returns:
        The line in visual order, without bidi controls or BOM. Never raises.
    """
    if not text:
        return ""
    get_display, mirrored = _bidi()
    pa, pb = _PROBE_PAIRS[0]
    tier: Tier = "low"
    if not low and _LOW_TEXT.fullmatch(text) is None:  # rare: anything past Arabic, Latin, punctuation
        tier = "bmp"
        if _SURROGATE_OR_ASTRAL.search(text) is not None:  # rarer: one scan for both
            if _SURROGATE.search(text):
                text = _SURROGATE.sub("\ufffd", text)
            if _ASTRAL.search(text) is not None:
                tier = "astral"
                pa, pb = next(((a, b) for a, b in _PROBE_PAIRS if a not in text and b not in text), (pa, pb))
    site, rtl = _probe_patterns(pa, pb, marks, tier)
    if site.search(text) is None:
        # Fast paths, same result as get_display: printable ASCII in an LTR paragraph stays as it is;
        # Arabic and neutrals in an RTL paragraph all resolve to level 1, so the line just reverses.
        if base_dir == "L" and text.isascii() and text.isprintable():
            return text
        if base_dir == "R" and _ONLY_RTL_AND_NEUTRAL.fullmatch(text):
            return _strip_controls(text[::-1])
        STATS.bidi_calls += 1
        return _strip_controls(str(get_display(text, base_dir=base_dir)))
    STATS.bidi_calls += 1

    def insert(match: re.Match[str]) -> str:
        cluster = match.group()
        if cluster[0] not in mirrored:  # marks: their base is the character before them
            start = match.start()
            if not start or unicodedata.bidirectional(text[start - 1]) in _NOT_A_BASE:
                return cluster
        return cluster + pa + pb

    def fix(match: re.Match[str]) -> str:
        cluster_marks, base = match.groups()
        base = mirrored.get(base, base)
        return base + cluster_marks[::-1] if marks else cluster_marks + base

    visual = str(get_display(site.sub(insert, text), base_dir=base_dir))
    visual = rtl.sub(fix, visual).replace(pa, "").replace(pb, "")
    return _strip_controls(visual)


def reorder_line(line: str, direction: Direction, *, marks: bool = True) -> str:
    """Put one already-wrapped line into visual (left-to-right screen) order.

    ``bidi.get_display(line, base_dir=...)`` (the Rust implementation), then the mirroring of UAX #9
    rule L4 (brackets, « », … at odd levels), then, if ``marks``, rule L3 (combining marks follow their
    base letter again), then every bidi control (U+200E/F, U+061C, U+202A–E, U+2066–9) and U+FEFF is
    removed. Never raises on any string.

    Args:
        line: one line in logical order (shaped or not).
        direction: the paragraph's direction, used as the base direction of the line.
        marks: apply the L3 combining-mark pass.

    Returns:
        The line in visual order.
    """
    _check_direction(direction)
    return _reorder(line, "R" if direction == "rtl" else "L", marks)


# --------------------------------------------------------------------------------------------------
# Wrapping

Piece = tuple[int, int, int]
"""One part of a visual line: (token index, first cluster, end cluster); (i, -1, -1) is the whole token."""


def _clusters(text: str) -> list[str]:
    """Split into clusters: a character with a width plus the zero-width characters after it.

    A ZWJ also pulls the next character in (as ``rich.cells`` measures it); leading zero-width
    characters form a cluster of their own.
    """
    out: list[str] = []
    join = False
    for ch in text:
        if out and (join or not get_character_cell_size(ch)):
            out[-1] += ch
        else:
            out.append(ch)
        join = ch == ZWJ
    return out


def _app_clusters(token: str) -> list[str]:
    """Clusters of a logical (ZWJ-free) token as they will be once shaped: lam + alef is one."""
    out = _clusters(token)
    if _LAM not in token:
        return out
    ends: list[int] = []  # end offset of each cluster in the token
    offset = 0
    for cluster in out:
        offset += len(cluster)
        ends.append(offset)
    merged: list[str] = []
    first = 0  # the first cluster not yet emitted
    for match in _lam_alef().finditer(token):
        lam = bisect_right(ends, match.start())
        alef = bisect_right(ends, match.end() - 1)
        merged.extend(out[first:lam])
        merged.append("".join(out[lam : alef + 1]))
        first = alef + 1
    merged.extend(out[first:])
    return merged


def _estimate(token: str, app: bool) -> int:
    """Cell width of the token once shaped (app) or as is (terminal), without shaping it."""
    width = cell_len(token)
    if app and _LAM in token:
        width -= len(_lam_alef().findall(token))
    return width


_NARROW: Final = (
    " -~\u00ab\u00bb\u0600-\u060f\u061b\u061d-\u064a\u0660-\u066f\u0671-\u06d5\u06dd\u06de\u06e5\u06e6"
    "\u06e9\u06ee-\u06ff\u2010-\u2027"
)
"""Characters one cell wide, alone and in any sequence (a unit test checks them against rich)."""
_ZERO_WIDTH: Final = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
"""Arabic marks: zero cells wide (class NSM)."""
_SIMPLE_TEXT: Final = LazyRegex(f"[{_NARROW}{_ZERO_WIDTH}]*")
_ZERO_WIDTH_RUNS: Final = LazyRegex(f"[{_ZERO_WIDTH}]+")
"""Runs of marks (a run, unlike a single class, does not compile the class twice as a search prefix)."""


def _simple_widths(text: str, parts: list[str], tokens: tuple[str, ...], app: bool) -> list[int]:
    """``_estimate`` of every token of a text made only of ``_NARROW`` and ``_ZERO_WIDTH`` characters.

    A token's width is its length, minus one per mark and (app) one per lam-alef ligature; the marks
    and ligatures are found with one scan of the whole text and charged to the token they fall in.
    """
    widths = list(map(len, tokens))
    # (offset, cells less): a run of marks (never split by a space) or a lam-alef ligature.
    spots = [(match.start(), match.end() - match.start()) for match in _ZERO_WIDTH_RUNS.finditer(text)]
    if app and _LAM in text:
        spots.extend((match.start(), 1) for match in _lam_alef().finditer(text))
    if spots:
        starts = list(accumulate((len(part) + 1 for part in parts), initial=0))
        # A spot is never a space, so its part is a token: its index counts the non-empty parts so far.
        owner = None if len(parts) == len(tokens) else list(accumulate(map(bool, parts)))
        for spot, less in spots:
            part = bisect_right(starts, spot) - 1
            widths[part if owner is None else owner[part] - 1] -= less
    return widths


def _measure(paragraph: str, app: bool) -> _Measure:
    """The paragraph's wrapping tokens and their (shaped) widths; cached, width-independent."""
    key = (paragraph, app)
    found = _MEASURED.get(key)
    if found is None:
        # ZWJ goes in both modes: shaping consumes it, and rich counts "x ZWJ y" as one cell where
        # terminals draw two (and swallows the padding after a trailing ZWJ).
        text = paragraph.replace(ZWJ, "") if ZWJ in paragraph else paragraph
        parts = text.split(" ")
        tokens = tuple(filter(None, parts))
        if _SIMPLE_TEXT.fullmatch(text):
            widths = tuple(_simple_widths(text, parts, tokens, app))
        else:
            widths = tuple(_estimate(token, app) for token in tokens)
        ends = tuple(accumulate((size + 1 for size in widths), initial=0))
        found = _Measure(tokens, widths, ends)
        _MEASURED.put(key, found)
    return found


def _chop(clusters: list[str], width: int, app: bool) -> list[tuple[int, int, int]]:
    """Greedy split of a long token's clusters into (start, end, width) pieces of at most ``width``."""
    pieces: list[tuple[int, int, int]] = []
    start = used = 0
    for index, cluster in enumerate(clusters):
        size = _estimate(cluster, app)
        if used + size > width and index > start:
            pieces.append((start, index, used))
            start, used = index, 0
        used += size
    pieces.append((start, len(clusters), used))
    return pieces


def _chop_token(token: str, width: int, app: bool) -> list[tuple[int, int, int]]:
    return _chop(_app_clusters(token) if app else _clusters(token), width, app)


PlanLine = tuple[int, int] | list[Piece]
"""One planned line: ``(first, stop)`` for the whole tokens ``first..stop-1``, else its pieces."""


def _plan(measure: _Measure, width: int, app: bool) -> list[PlanLine]:
    """Greedy logical wrap at spaces; tokens wider than ``width`` are split at cluster boundaries.

    A line that starts with token ``i`` holds the tokens before ``j`` while ``ends[j] - ends[i] - 1``
    (their widths plus the spaces between) fits, so each line is one bisection of ``ends``.
    """
    tokens, widths, ends = measure.tokens, measure.widths, measure.ends
    lines: list[PlanLine] = []
    count = len(widths)
    index = 0
    while index < count:
        if widths[index] <= width:
            stop = bisect_right(ends, ends[index] + width + 1, index + 1) - 1
            lines.append((index, stop))
            index = stop
            continue
        pieces = _chop_token(tokens[index], width, app)
        lines.extend([(index, start, end)] for start, end, _ in pieces[:-1])
        start, end, used = pieces[-1]
        index += 1
        # The following tokens join the last piece while "piece space token ..." fits.
        stop = max(bisect_right(ends, ends[index] + width - used, index) - 1, index)
        lines.append([(index - 1, start, end), *((k, -1, -1) for k in range(index, stop))])
        index = stop
    return lines


def _count(measure: _Measure, width: int, app: bool) -> int:
    """``len(_plan(measure, width, app))``, without building the plan."""
    tokens, widths, ends = measure.tokens, measure.widths, measure.ends
    lines = 0
    count = len(widths)
    index = 0
    while index < count:
        lines += 1
        if widths[index] <= width:
            index = bisect_right(ends, ends[index] + width + 1, index + 1) - 1
            continue
        pieces = _chop_token(tokens[index], width, app)
        lines += len(pieces) - 1
        index += 1
        index = max(bisect_right(ends, ends[index] + width - pieces[-1][2], index) - 1, index)
    return lines


# --------------------------------------------------------------------------------------------------
# Layout


def _check_width(width: int) -> None:
    if width < 1:
        raise ValueError(f"width must be at least 1, not {width}")


def _check_mode(mode: str) -> None:
    if mode not in _MODES:
        raise ValueError(f"unknown bidi mode {mode!r}; expected one of {sorted(_MODES)}")


def _check_direction(direction: str | None) -> None:
    if direction is not None and direction not in _DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}; expected 'ltr' or 'rtl'")


_NEEDS_PREPARING: Final = LazyRegex(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u206f\ufb50-\ufdff\ufe70-\ufeff"
    "\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]"
)
"""Controls, separators, bidi overrides, presentation forms, BOM, surrogates, tags: one scan finds them.

All but the presentation forms are unprintable, so printable text only needs the cheaper ``_PRESENTATION``."""


def _needs_preparing(text: str) -> bool:
    """``_NEEDS_PREPARING.search(text)``, without compiling it for printable text."""
    if text.isprintable():
        return _PRESENTATION.search(text) is not None
    return _NEEDS_PREPARING.search(text) is not None


def _paragraphs(text: str) -> tuple[str, ...]:
    """Sanitized, presentation-form-free paragraphs of ``text`` (split at newlines); cached.

    Model text is sanitized already; this is defence in depth (no control character reaches the
    screen whatever the caller passes) and costs one regex scan per distinct text: the cache holds
    as many texts as an article has blocks, so a re-layout never scans again.
    """
    found = _SPLIT.get(text)
    if found is None:
        prepared = _fold_presentation(sanitize_text(text)) if _needs_preparing(text) else text
        found = tuple(prepared.split("\n"))
        _SPLIT.put(text, found)
    return found


def _finish(line: str, width: int, rtl: bool, align: bool) -> str:
    """Crop a visual line to ``width`` if it is wider (never expected), and pad it when ``align``."""
    size = cell_len(line)
    if size > width:
        line = set_cell_size(line, width)
        size = cell_len(line)
    if align and size < width:
        return " " * (width - size) + line if rtl else line + " " * (width - size)
    return line


def _mirrors_keep_width(text: str) -> bool:
    """Whether every mirrored character in ``text`` is as wide as its mirror image (true in every table seen).

    Only the characters present are measured: checking all ~360 pairs up front costs ~2 ms of the
    first frame, and most paragraphs hold a handful of brackets and quotes, if any.
    """
    mirrored = _bidi().mirrored
    return all(cell_len(char) == cell_len(mirrored[char]) for char in set(text) if char in mirrored)


def _prepare(paragraph: str, measure: _Measure, app: bool) -> _Fast:
    """Fill in ``measure.shaped`` (app mode) and ``measure.fast`` before the paragraph's first layout.

    ``reverse`` and ``keep`` follow :func:`_reorder` step by step: a paragraph of the low alphabet with
    no probe site gets its fast paths, and so does each of its lines (a subset of its characters).
    """
    tokens = measure.tokens
    shaped = None
    if app and tokens:
        found = tuple(filter(None, _shape_logical(paragraph).split(" ")))
        shaped = found if len(found) == len(tokens) else None
    text = " ".join(tokens if shaped is None else shaped)
    printable = text.isprintable()
    clean = printable or _STRIP.search(text) is None
    low = reverse = False
    if app:
        low = _LOW_TEXT.fullmatch(text) is not None
        plain = low and _probe_patterns(*_PROBE_PAIRS[0], True, "low").site.search(text) is None
        reverse = plain and clean and _ONLY_RTL_AND_NEUTRAL.fullmatch(text) is not None
        keep = plain and text.isascii() and printable
    else:
        keep = clean
    additive = ZWJ not in text and "\ufe0f" not in text
    fast = _Fast(additive, printable and (not app or _mirrors_keep_width(text)), low, reverse, keep)
    measure.shaped = shaped
    measure.fast = fast
    return fast


def _exact(measure: _Measure, source: tuple[str, ...], fast: _Fast) -> bool:
    """Whether ``measure`` gives whole-token lines their exact width (see ``_Measure.exact``); cached."""
    exact = measure.exact
    if exact is None:
        exact = measure.exact = fast.additive and list(map(cell_len, source)) == list(measure.widths)
    return exact


@lru_cache(maxsize=16)
def _split_token(token: str, shaped: str | None, app: bool) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """A long token's display clusters, each tagged with the index of the logical cluster it starts in.

    In app mode the shaped clusters are matched to the logical ones by cell offset (a lam-alef pair
    is one cluster on both sides); the logical text stands in when there is no shaped text.
    """
    logical = _app_clusters(token) if app else _clusters(token)
    if shaped is None:
        return tuple(logical), tuple(range(len(logical)))
    offsets = list(accumulate((_estimate(cluster, app) for cluster in logical), initial=0))
    clusters, owners = [], []
    offset = 0
    for cluster in _clusters(shaped):
        clusters.append(cluster)
        owners.append(min(bisect_right(offsets, offset) - 1, len(logical) - 1))
        offset += cell_len(cluster)
    return tuple(clusters), tuple(owners)


def _piece_text(piece: Piece, tokens: tuple[str, ...], shaped: tuple[str, ...] | None, app: bool) -> str:
    """The text of one piece of a planned line (shaped in app mode when shaping lined up)."""
    index, start, end = piece
    if start < 0:
        return tokens[index] if shaped is None else shaped[index]
    clusters, owners = _split_token(tokens[index], None if shaped is None else shaped[index], app)
    return "".join(clusters[bisect_left(owners, start) : bisect_left(owners, end)])


def _layout_one(
    paragraph: str,
    width: int,
    mode: BidiMode,
    direction: Direction | None,
    default: Direction,
    prefer_rtl: bool,
    align: bool,
) -> tuple[str, ...]:
    key = (paragraph, width, mode, direction, default, prefer_rtl, align)
    found = _LAID_OUT.get(key)
    if found is not None:
        STATS.layout_hits += 1
        return found
    app = mode == "app"
    measure = _measure(paragraph, app)
    resolved = direction or measure.directions.get((default, prefer_rtl))
    if resolved is None:
        resolved = measure.directions[default, prefer_rtl] = paragraph_direction(
            paragraph, default, prefer_rtl=prefer_rtl
        )
    rtl = resolved == "rtl"
    tokens, ends = measure.tokens, measure.ends
    plan = _plan(measure, width, app)
    first_layout = measure.fast is None
    fast = measure.fast or _prepare(paragraph, measure, app)
    shaped = measure.shaped
    source = tokens if shaped is None else shaped
    # A whole-token line of such a paragraph is measured once (the first time it is laid out) or not
    # at all (from then on), and not reordered at all when the paragraph allows.
    exact = not first_layout and _exact(measure, source, fast)
    known = fast.additive and fast.printable
    quick = fast.additive and (fast.reverse if app and rtl else fast.keep)
    flip = app and rtl
    base = "R" if rtl else "L"
    lines: list[str] = []
    for planned in plan or [[]]:
        if isinstance(planned, tuple):
            first, stop = planned
            line = " ".join(source[first:stop])
            if (quick or known) and (size := ends[stop] - ends[first] - 1 if exact else cell_len(line)) <= width:
                if quick:
                    visual = line[::-1] if flip else line
                else:
                    visual = _reorder(line, base, low=fast.low) if app else line
                if len(visual) == len(line):  # always: reordering only moves characters
                    if align and size < width:
                        visual = " " * (width - size) + visual if rtl else visual + " " * (width - size)
                    lines.append(visual)
                    continue
        else:
            # A split token's tail starts the line, or its head ends it.
            line = " ".join([_piece_text(piece, tokens, shaped, app) for piece in planned])
        if cell_len(line) > width:  # an estimate that missed: crop the logical end, never overflow
            line = set_cell_size(line, width)
        line = _reorder(line, base, low=fast.low) if app else _strip_controls(line)
        lines.append(_finish(line, width, rtl, align))
    found = tuple(lines)
    _LAID_OUT.put(key, found)
    return found


_WARM_UP_LINES: Final = (
    "قالَ الوزيرُ لوكالة (Reuters) إن 3 مدارس «جديدة» ستُفتح",
    "وقالت الوزارة إن المدارس ستفتح أبوابها",
)
"""A line of Arabic with harakat, Latin, digits, brackets and guillemets, and one of Arabic words only:
laying each out (as a paragraph of an article, without a line break) runs every common step."""


def warm_up() -> None:
    """Get ready now what the first layout of unshaped Arabic needs, while the caller would otherwise wait.

    Lays out two short lines, which imports and configures the reshaper, imports python-bidi and
    compiles the regexes of the common steps (~10 ms here, which the first real layout would pay).
    """
    for line in _WARM_UP_LINES:
        layout_paragraph(line, 24)


def layout_paragraph(
    text: str,
    width: int,
    *,
    mode: BidiMode = "app",
    direction: Direction | None = None,
    default: Direction = "rtl",
    prefer_rtl: bool = False,
    align: bool = True,
) -> tuple[str, ...]:
    """Lay out logical text as visual lines of at most ``width`` cells.

    Each ``\\n`` starts a new paragraph with its own direction. Per paragraph: the direction once;
    shaping in logical order (app mode); greedy wrapping in logical order at spaces, measured on the
    shaped text, tokens wider than ``width`` split between clusters (never between a letter and its
    marks); each line reordered with the paragraph's direction (app mode); padded to exactly
    ``width`` cells, flush right for RTL and flush left for LTR, when ``align``. Runs of spaces
    collapse; leading and trailing spaces go. Results are cached.

    Args:
        text: logical text (one or more paragraphs).
        width: the content width in cells (at least 1).
        mode: ``"app"`` (shape and reorder) or ``"terminal"`` (logical, unshaped text).
        direction: force the direction of every paragraph; None detects it per paragraph.
        default: the direction of a paragraph with no strong character.
        prefer_rtl: any Arabic letter makes a paragraph RTL (the article-language override).
        align: pad every line to ``width``.

    Returns:
        The visual lines; an empty paragraph gives one (blank) line.

    Raises:
        ValueError: ``width`` below 1, or an unknown mode or direction.
    """
    if text.isprintable():  # one paragraph (no separator in it): cached by _layout_one alone
        _check_width(width)
        _check_mode(mode)
        _check_direction(direction)
        _check_direction(default)
        single = _paragraphs(text)
        if len(single) == 1:
            return _layout_one(single[0], width, mode, direction, default, prefer_rtl, align)
    key = (text, width, mode, direction, default, prefer_rtl, align)
    hit = _TEXT_LAID_OUT.get(key)
    if hit is not None:  # these exact arguments were checked when it was stored
        STATS.layout_hits += hit[1]
        return hit[0]
    _check_width(width)
    _check_mode(mode)
    _check_direction(direction)
    _check_direction(default)
    paragraphs = _paragraphs(text)
    if len(paragraphs) == 1:
        found = _layout_one(paragraphs[0], width, mode, direction, default, prefer_rtl, align)
    else:
        lines: list[str] = []
        for paragraph in paragraphs:
            lines.extend(_layout_one(paragraph, width, mode, direction, default, prefer_rtl, align))
        found = tuple(lines)
    _TEXT_LAID_OUT.put(key, (found, len(paragraphs)))
    return found


def iter_paragraph_lines(
    text: str,
    width: int,
    *,
    mode: BidiMode = "app",
    direction: Direction | None = None,
    default: Direction = "rtl",
    prefer_rtl: bool = False,
    align: bool = True,
) -> Iterator[tuple[str, ...]]:
    """Like :func:`layout_paragraph`, but yield the lines of each paragraph as a separate tuple.

    Args:
        text: logical text (one or more paragraphs).
        width: the content width in cells (at least 1).
        mode: ``"app"`` or ``"terminal"``.
        direction: force the direction of every paragraph; None detects it per paragraph.
        default: the direction of a paragraph with no strong character.
        prefer_rtl: any Arabic letter makes a paragraph RTL.
        align: pad every line to ``width``.

    Yields:
        One tuple of visual lines per paragraph, in order.

    Raises:
        ValueError: ``width`` below 1, or an unknown mode or direction.
    """
    _check_width(width)
    _check_mode(mode)
    _check_direction(direction)
    _check_direction(default)
    for paragraph in _paragraphs(text):
        yield _layout_one(paragraph, width, mode, direction, default, prefer_rtl, align)


def line_count(text: str, width: int, *, mode: BidiMode = "app") -> int:
    """How many lines :func:`layout_paragraph` gives, without shaping or reordering anything.

    Args:
        text: logical text (one or more paragraphs).
        width: the content width in cells (at least 1).
        mode: ``"app"`` or ``"terminal"``.

    Returns:
        The number of visual lines (direction and alignment do not change it).

    Raises:
        ValueError: ``width`` below 1 or an unknown mode.
    """
    _check_width(width)
    _check_mode(mode)
    app = mode == "app"
    total = 0
    for paragraph in _paragraphs(text):
        if 2 * len(paragraph) <= width:  # n characters take at most 2n cells: one line
            total += 1
            continue
        measure = _measure(paragraph, app)
        counts = measure.counts
        count = counts.get(width)
        if count is None:
            count = _count(measure, width, app) or 1
            if len(counts) >= _COUNTS_PER_PARAGRAPH:
                counts.clear()
            counts[width] = count
        total += count
    return total


def fit_line(
    text: str,
    width: int,
    *,
    mode: BidiMode = "app",
    direction: Direction | None = None,
    default: Direction = "rtl",
    prefer_rtl: bool = False,
    align: bool = True,
) -> str:
    """Lay out a single-line label (a list headline) in exactly one visual line.

    Too long a label is truncated in LOGICAL order: its first words stay and "…" ends the logical
    text, so the ellipsis shows at the left of RTL text and at the right of LTR text.

    Args:
        text: the label in logical order; newlines count as spaces.
        width: the cells available (at least 1).
        mode: ``"app"`` (shape and reorder) or ``"terminal"`` (logical, unshaped text).
        direction: force the direction; None detects it.
        default: the direction when the label has no strong character.
        prefer_rtl: any Arabic letter makes the label RTL.
        align: pad to ``width`` (flush right for RTL, left for LTR).

    Returns:
        One visual line, never wider than ``width``.

    Raises:
        ValueError: ``width`` below 1, or an unknown mode or direction.
    """
    _check_width(width)
    _check_mode(mode)
    _check_direction(direction)
    _check_direction(default)
    key = (text, width, mode, direction, default, prefer_rtl, align)
    found = _FITTED.get(key)
    if found is not None:
        return found
    app = mode == "app"
    label = " ".join(token for token in " ".join(_paragraphs(text)).split(" ") if token)
    rtl = (direction or paragraph_direction(label, default, prefer_rtl=prefer_rtl)) == "rtl"
    line = _shape_logical(label) if app and label else label.replace(ZWJ, "")
    if cell_len(line) > width:
        kept: list[str] = []
        used = cell_len(ELLIPSIS)
        for cluster in _clusters(line):
            size = cell_len(cluster)
            if used + size > width:
                break
            kept.append(cluster)
            used += size
        line = "".join(kept).rstrip(" ") + ELLIPSIS
        line = set_cell_size(line, width) if cell_len(line) > width else line
    line = _reorder(line, "R" if rtl else "L") if app else _strip_controls(line)
    found = _finish(line, width, rtl, align)
    _FITTED.put(key, found)
    return found
