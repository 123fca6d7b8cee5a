"""Arabic shaping in logical order (arabic-reshaper, imported on first use), its word cache and seeding."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from typing import Any, Final, cast

from rich.cells import cell_len

from newstui.text.lazy_regex import LazyRegex
from newstui.text.paragraphs import SOFT_BREAK, fold_for_drawing, split_paragraphs
from newstui.text.pipeline_cache import STATS, LruCache

__all__ = [
    "LAM",
    "SHAPE_CACHE",
    "SHAPE_CACHE_SIZE",
    "WORD_CACHE",
    "WORD_CACHE_SIZE",
    "ZWJ",
    "decompose_unknown_letters",
    "estimate_width",
    "lam_alef_pattern",
    "seed_shaping",
    "shape",
    "shape_logical",
    "shape_uncached",
    "shaped_width",
    "shaping_seed",
    "space_chunks",
]

SHAPE_CACHE_SIZE: Final = 4096
"""Distinct paragraphs whose shaped text is kept (width-independent)."""

ZWJ: Final = "\u200d"
LAM: Final = "\u0644"
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


SHAPE_CACHE: Final[LruCache[str]] = LruCache(SHAPE_CACHE_SIZE)
"""Shaped text of each presentation-form-free paragraph (``shape_logical``)."""
WORD_CACHE: Final[dict[str, str]] = {}
"""Shaped form of each space-free word seen (shaping never joins across a space); cleared when full."""
WORD_CACHE_SIZE: Final = 65536
"""Distinct words whose shaped form is kept."""


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


CHUNK_CHARS: Final = 4096
"""Characters the reshaper is given at once, about: it keeps ~150 bytes per character while it works (a 5 MB
file of one Arabic "word" took ~480 MB), so a longer text is shaped a piece at a time (``_in_chunks``)."""
_CUT_SEARCH: Final = 256
"""Characters searched past ``CHUNK_CHARS`` for a cut after a letter that does not join the next one."""


def _in_chunks(ligatures: bool, text: str) -> str:
    """``_reshaper(ligatures)(text)``, the text given to it at most ~``CHUNK_CHARS`` characters at a time.

    Shaping is local: a letter's form depends on the letters right before and after it (harakat between
    them do not count), and a lam-alef ligature on two letters side by side. A cut is made before a letter
    (never before a haraka, which belongs to the letter before it, nor beside a ZWJ) where the letter
    before it does not join the next one (ا د ر و, a space, a Latin letter): both pieces then shape as
    they did together. Where ``_CUT_SEARCH`` characters hold no such place (a run of joining letters), the
    cut is made after a joining letter other than lam, and each piece is shaped with its neighbour's
    letter added at its edge (that letter's form dropped again), so the two letters at the cut still join.
    """
    reshape = _reshaper(ligatures)
    if len(text) <= CHUNK_CHARS + _CUT_SEARCH:
        return reshape(text)
    out: list[str] = []
    start = 0
    before = ""  # the letter put in front of the piece to join its first letter to (its form is dropped)
    while len(text) - start > CHUNK_CHARS + _CUT_SEARCH:
        cut, base = _cut(text, start + CHUNK_CHARS)
        after = text[cut] if base else ""
        shaped = reshape(before + text[start:cut] + after)
        out.append(shaped[len(before) : len(shaped) - len(after)])
        before, start = base, cut
    shaped = reshape(before + text[start:])
    out.append(shaped[len(before) :])
    return "".join(out)


@cache
def _marks() -> frozenset[str]:
    """The harakat (``_HARAKAT``): the reshaper files each under the letter before it."""
    return frozenset(char for char in map(chr, range(0x0610, 0x0900)) if _HARAKAT_RE.get().fullmatch(char))


def _letter_before(text: str, index: int) -> str:
    """The last character before ``index`` that is not a haraka, or "" (harakat alone open the text)."""
    marks = _marks()
    index -= 1
    while index >= 0 and text[index] in marks:
        index -= 1
    return text[index] if index >= 0 else ""


def _cut(text: str, at: int) -> tuple[int, str]:
    """Where to cut ``text`` at or after ``at`` (its end if nowhere), and "" where the letter before the cut
    does not join the one after it, else that joining letter before.

    Never before a haraka nor beside a ZWJ. A cut where the letters join is taken only if ``_CUT_SEARCH``
    characters hold none where they do not, and never between a lam and an alef (their ligature), nor after
    a letter without the forms of one joined on both sides."""
    from arabic_reshaper.letters import (
        LETTERS_ARABIC,
        connects_with_letter_after,
        connects_with_letter_before,
        connects_with_letters_before_and_after,
    )

    marks = _marks()
    joined = None
    for index in range(at, len(text)):
        char = text[index]
        if char in marks or char == ZWJ:
            continue
        base = _letter_before(text, index)
        if base == ZWJ:
            continue
        if not (connects_with_letter_after(base, LETTERS_ARABIC) and connects_with_letter_before(char, LETTERS_ARABIC)):
            return index, ""
        if joined is None and connects_with_letters_before_and_after(base, LETTERS_ARABIC):
            joined = None if base == LAM and char in _ALEFS else (index, base)
        if joined is not None and index >= at + _CUT_SEARCH:
            break
    return joined or (len(text), "")


_UNKNOWN_LETTERS: Final = {"\u06c2": "\u06c1\u0654"}
"""Precomposed letters arabic-reshaper 3.1.0 leaves unshaped although it shapes their canonical
decomposition, each with that decomposition: ۂ (HEH GOAL WITH HAMZA ABOVE) is heh goal + hamza above.
A unit test finds exactly these over U+0600-06FF and U+0750-077F (ۀ, ۓ and آ-ئ it knows itself)."""


def decompose_unknown_letters(text: str) -> str:
    """``text`` with the letters of ``_UNKNOWN_LETTERS`` decomposed, for the reshaper only: it then joins
    them with their neighbours (``نقطۂ``: ط medial, heh goal final + hamza above). The stored text, search
    and ``--json`` keep the precomposed letter. One scan per letter of the table (one)."""
    for letter, parts in _UNKNOWN_LETTERS.items():
        if letter in text:
            text = text.replace(letter, parts)
    return text


class _Patterns:
    """Regexes built from the reshaper's own harakat class (imported on first use).

    A plain class, like ``PipelineStats``: a NamedTuple costs ~0.25 ms at import (it compiles its
    field annotations), on the way to the reader's first frame.
    """

    __slots__ = ("lam_alef", "shaped_lam_alef", "zwj_marks")

    def __init__(self, lam_alef: re.Pattern[str], shaped_lam_alef: re.Pattern[str], zwj_marks: re.Pattern[str]) -> None:
        self.lam_alef = lam_alef
        """Logical lam, harakat, alef: where the reshaper forms a ligature."""
        self.shaped_lam_alef = shaped_lam_alef
        """Shaped lam (initial or medial), harakat, alef final form: where we form one ourselves."""
        self.zwj_marks = zwj_marks
        """ZWJs followed by harakat."""


_HARAKAT: Final = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u08d4-\u08e1\u08d4-\u08ed\u08e3-\u08ff"
)
"""The reshaper's own harakat class body (``arabic_reshaper.arabic_reshaper.HARAKAT_RE``; a unit test keeps
them equal), written out so that laying out text already shaped needs no import of the reshaper."""


_HARAKAT_RE: Final = LazyRegex(f"[{_HARAKAT}]")


def _harakat() -> str:
    """The harakat class body the reshaper uses."""
    return _HARAKAT


@cache
def lam_alef_pattern() -> re.Pattern[str]:
    """``_Patterns.lam_alef`` alone: the only one of them that text without a ZWJ needs.

    Where a lam-alef ligature is formed (see ``_ligate``): lam right before any of آ أ إ ا, or lam with
    harakat of its own before a plain alef that has none.
    """
    # _ALEFS as one range less two letters: a class of them (three runs of code points) would be
    # compiled into a 64K-entry bitmap. A unit test checks it finds what [_ALEFS] finds.
    harakat = _harakat()
    return re.compile(f"{LAM}(?:[\u0622-\u0627](?<![\u0624\u0626])|[{harakat}]+\u0627(?![{harakat}]))")


@cache
def _split_pair_pattern() -> re.Pattern[str]:
    """A lam with harakat of its own before an alef that is not drawn as a ligature with it (``_ligate``)."""
    harakat = _harakat()
    return re.compile(f"{LAM}[{harakat}]+(?:[\u0622\u0623\u0625]|\u0627[{harakat}])")


def _has_split_pair(text: str) -> bool:
    """Whether ``text`` holds a lam and alef that ``_ligate`` leaves unligated (a scan only if it has a lam)."""
    return LAM in text and _split_pair_pattern().search(text) is not None


@cache
def _patterns() -> _Patterns:
    harakat = _harakat()
    return _Patterns(
        lam_alef=lam_alef_pattern(),
        shaped_lam_alef=re.compile(f"([\ufedf\ufee0])([{harakat}]*)([\ufe82\ufe84\ufe88\ufe8e])(?=([{harakat}]?))"),
        zwj_marks=re.compile(f"({ZWJ}+)([{harakat}]+)"),
    )


def _ligate(match: re.Match[str]) -> str:
    """One shaped lam (initial or medial), its harakat and an alef (final form): the ligature, or the pair.

    The rule: a lam that carries harakat of its own is drawn unligated, lam + its marks + alef + its
    marks (as FriBidi does), because on the one glyph of a ligature a terminal stacks every mark of both
    letters and the reader cannot tell which letter has which vowel (``الْأَرْض`` showed ﻷ with sukun
    and fatha). Except before a plain alef that has no harakat: ``لَا`` stays ﻻ + fatha, whose one
    mark can only be the lam's (a plain alef carries no vowel of its own). A lam without harakat always
    ligates (``شاملاً``: ﻼ + tanween). ``lam_alef_pattern`` counts the cells by the same rule.
    """
    lam, marks, alef, after = match.groups()
    if marks and (alef != "\ufe8e" or after):
        return match.group()
    return _LAM_ALEF_FORMS[lam, alef] + marks


def _reshape(text: str) -> str:
    """Shape logical text (no presentation forms in it); one counted paragraph shaping."""
    STATS.reshape_calls += 1
    if text.isascii():  # nothing to shape (a unit test checks the reshaper leaves ASCII alone)
        return text
    if ZWJ not in text:
        try:
            return _reshape_words(text)
        except Exception:  # noqa: BLE001 - a reshaper bug must not take the screen down: counted, then shaped
            STATS.reshaper_failures += 1  # by the path that forms the ligatures itself
    return _reshape_ligating_here(text)


WORDS_CHUNK: Final = 1 << 16
"""Characters of a paragraph shaped word by word at once, about: splitting a whole paragraph at its spaces
made a string of each of its words at the same time (~90 bytes a word, ~95 MB for one of a million words)."""


def space_chunks(text: str, size: int) -> Iterator[str]:
    """``text`` in consecutive pieces of about ``size`` characters or more, each after the first starting at a
    space: no piece cuts a word, and joined they are ``text`` again (a run of spaces may be shared out)."""
    start = 0
    while len(text) - start > size:
        cut = text.find(" ", start + size)
        if cut < 0:
            break
        yield text[start:cut]
        start = cut
    yield text[start:] if start else text


def _reshape_words(text: str) -> str:
    """``reshape(text)`` word by word, a piece of about ``WORDS_CHUNK`` characters at a time (``space_chunks``):
    shaping never reaches across a space, so the pieces shape as the whole did."""
    if len(text) <= WORDS_CHUNK:
        return _reshape_piece(text)
    return "".join([_reshape_piece(piece) for piece in space_chunks(text, WORDS_CHUNK)])


def _reshape_piece(text: str) -> str:
    """``reshape(text)`` word by word, with one reshaper call for all the words not seen before.

    The reshaper never joins, ligates or moves harakat across a space (U+0020 is a non-joining
    letter to it), so shaping the words one by one gives the same text as shaping the paragraph; a
    unit test compares them. Articles repeat most of their words, and shaping is per character.
    """
    words = WORD_CACHE
    parts = text.split(" ")
    todo = [word for word in dict.fromkeys(parts) if word and word not in words]
    if todo:
        if len(words) + len(todo) > WORD_CACHE_SIZE:
            words.clear()
        # An ASCII word has nothing to shape (a unit test checks the reshaper leaves it alone).
        words.update((word, word) for word in todo if word.isascii())
        todo = [word for word in todo if not word.isascii()]
    if todo and _has_split_pair(" ".join(todo)):  # the reshaper would ligate these pairs: shaped here
        apart = [word for word in todo if _has_split_pair(word)]
        shaped = _reshape_ligating_here(" ".join(apart)).split(" ")
        if len(shaped) != len(apart):  # never expected: one word at a time
            shaped = [_reshape_ligating_here(word) for word in apart]
        words.update(zip(apart, shaped, strict=True))
        todo = [word for word in todo if word not in words]
    if todo:
        shaped = _in_chunks(True, decompose_unknown_letters(" ".join(todo))).split(" ")
        if len(shaped) != len(todo):  # never expected: shape the paragraph as a whole
            return _reshape_ligating_here(text)
        words.update(zip(todo, shaped, strict=True))
    try:
        return " ".join([words[part] if part else part for part in parts])
    except KeyError:  # another thread cleared the cache meanwhile
        return _reshape_ligating_here(text)


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
        for paragraph in split_paragraphs(text):
            if not paragraph or ZWJ in paragraph:
                continue
            paragraph = paragraph.replace(SOFT_BREAK, "")  # shaped without its soft hyphens, as the layout shapes it
            shape_logical(paragraph)
            for word in paragraph.split(" "):
                form = WORD_CACHE.get(word) if word else None
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
        and word not in WORD_CACHE
        and " " not in word
        and len(form) <= len(word)
        and word.isprintable()
        and form.isprintable()
    }
    if len(WORD_CACHE) + len(fresh) > WORD_CACHE_SIZE:
        return 0
    WORD_CACHE.update(fresh)
    return len(fresh)


def _reshape_ligating_here(text: str) -> str:
    """Shape without the reshaper's ligature pass, then form lam-alef here (by the rule of ``_ligate``).

    arabic-reshaper 3.1.0 drops every ZWJ after using it for joining, which shifts the indices of its
    ligature pass: it raises IndexError ("\u200dلا") or glues a ligature onto the wrong letter. The
    result is the same as the reshaper's wherever it works and ``_ligate`` ligates every lam-alef pair
    (a unit test compares them). Harakat right
    after a ZWJ are moved before it first: the reshaper files them under the ZWJ's index, which moves
    or vanishes when it drops the ZWJ.
    """
    text = _patterns().zwj_marks.sub(lambda m: m.group(2) + m.group(1), text)
    try:
        shaped = _in_chunks(False, decompose_unknown_letters(text))
    except Exception:  # noqa: BLE001 - a reshaper bug must not take the screen down: counted, shown unshaped
        STATS.reshaper_failures += 1
        return text.replace(ZWJ, "")
    return _patterns().shaped_lam_alef.sub(_ligate, shaped)


def shape_logical(text: str) -> str:
    """Shaped text of a presentation-form-free paragraph, from the cache when possible."""
    shaped = SHAPE_CACHE.get(text)
    if shaped is None:
        shaped = _reshape(text)
        SHAPE_CACHE.put(text, shaped)
    return shaped


def shape(text: str) -> str:
    """Shape Arabic text in logical order (contextual forms, lam-alef ligatures, harakat kept).

    Uses arabic-reshaper with ``delete_harakat=False``, ``shift_harakat_position=False``, the four
    lam-alef ligatures on (except where the lam carries harakat of its own, see ``_ligate``) and every
    word ligature (ALLAH, ...) off. The input is folded for drawing first (``fold_for_drawing``: soft
    hyphens left out, decomposed letters composed, presentation forms folded back to base letters). Every
    ZWJ is consumed (it only affects joining). Cached per text, so a paragraph is reshaped once whatever the
    width.

    Args:
        text: logical text, any script.

    Returns:
        The shaped text, still in logical order; non-Arabic characters are unchanged.
    """
    if not text:
        return ""
    return shape_logical(fold_for_drawing(text))


def shape_uncached(text: str) -> str:
    """``shape(text)`` without the caches or the counters: a text box shapes every prefix of its words, which
    would crowd the articles' words out of ``WORD_CACHE`` and count as paragraph shapings."""
    text = fold_for_drawing(text)
    if not text or text.isascii():
        return text
    if ZWJ not in text and not _has_split_pair(text):
        try:
            return _in_chunks(True, decompose_unknown_letters(text))
        except Exception:  # noqa: BLE001 - a reshaper bug must not take the screen down: counted, then shaped
            STATS.reshaper_failures += 1  # by the path that forms the ligatures itself
    return _reshape_ligating_here(text)


def shaped_width(text: str) -> int:
    """Cells that ``shape(text)`` occupies, computed from the logical text without shaping it.

    The width of the text minus one cell per lam-alef ligature formed (``lam_alef_pattern``: lam right
    before one of آ أ إ ا, or lam with harakat before a plain alef without any); a lam with harakat
    left apart from its alef is 2 cells with it. ZWJs are not counted (shaping consumes them).

    Args:
        text: logical text.

    Returns:
        ``cell_width(shape(text))``.
    """
    return estimate_width(fold_for_drawing(text).replace(ZWJ, ""), True)


def estimate_width(token: str, app: bool) -> int:
    """Cell width of the token once shaped (app) or as is (terminal), without shaping it."""
    width = cell_len(token)
    if app and LAM in token:
        width -= len(lam_alef_pattern().findall(token))
    return width
