"""What the reader's first frame can show: the helper's early answers and small local sources read at once.

The reader asks this before its panes exist, so the first frame already holds an article (and the
pane order it wants); everything else is loaded by its worker after that frame. Pure loading logic:
no Textual here.
"""

from __future__ import annotations

import io
import os
import stat
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from newstui.addresses import is_url
from newstui.model import Article, LoadResult
from newstui.text import rtl

if TYPE_CHECKING:
    from newstui.settings import LayoutChoice
    from newstui.sources.options import LoadOptions
    from newstui.sources.prefetch import Prefetch

__all__ = ["FirstFrame", "first_mirrored", "mirrored", "peek_mirrored", "read_here", "ready_for_first_frame"]

SYNC_LOAD_BYTES: Final = 1 << 20
"""Local files (and piped input) up to this many bytes in all are read before the first frame; a folder
file up to this size is parsed at once when opened."""
PEEK_SOURCES: Final = 3
"""Local sources peeked at for the layout of the first frame when none is read before it."""
FIRST_FRAME_WAIT: Final = 0.06
"""Seconds the first frame is held for sources the helper process is still loading ("paint holding",
as browsers do): a page that lands in time is shown at once instead of after a "Loading…" frame."""
FIRST_FRAME_RESULTS: Final = 100
"""Most of the helper's answers merged before the first frame: with a long list of files on the
command line, the rest join the list right after it (the first frame is not held for a thousand)."""
LATE_FILES_READ_HERE: Final = 4
"""At most this many files the helper has not answered in time are read for the first frame anyway
(within ``SYNC_LOAD_BYTES``); more are left to the loading worker, which takes the helper's answers
as they land, so a long list of files never holds the first frame."""


class FirstFrame:
    """Sources ready for the first frame, and those the loading worker still has to load.

    A plain class: a named tuple would generate its methods with ``exec`` on the way to the first frame.
    """

    __slots__ = ("results", "still_loading")

    def __init__(self, results: list[tuple[int, LoadResult]], still_loading: list[int]) -> None:
        self.results = results
        """(position in the command line, result), in command-line order."""
        self.still_loading = still_loading
        """Positions the worker loads after the first frame: folders (their first article is in
        ``results``) and sources the helper had not answered in time."""


def ready_for_first_frame(
    refs: Sequence[str],
    *,
    stdin_data: bytes | None,
    prefetch: Prefetch | None,
    options: LoadOptions,
    shaping_here: bool,
) -> FirstFrame | None:
    """Sources ready for the first frame: the helper's answers, and small local ones read right here.

    The helper process (``sources.prefetch``) is given ``FIRST_FRAME_WAIT`` to answer for its
    files, URLs and folders. A few files it has not answered by then are read here
    (``LATE_FILES_READ_HERE``, within ``SYNC_LOAD_BYTES`` for everything read here, as piped
    input is, and every file when there is no helper); any other source without an answer is
    left to the loading worker after the first frame (``still_loading``), which takes the
    helper's answer as it lands. None (the worker does everything, with its progress and error
    reports) when no source is ready, and for a folder without a helper, a big file without one,
    or a read or parse error here. A folder's first article is only its start: the worker lists
    the folder after the first frame, its first file coming again as an entry already loaded.

    Args:
        refs: the sources as given on the command line.
        stdin_data: piped input, already drained (for ``-``).
        prefetch: the helper loading URLs, folders and big files, if one was started.
        options: the reader's loader options (size cap, forced encoding).
        shaping_here: the reader shapes Arabic itself (app bidi mode): a page it waits for comes
            without shaped words, so the reshaper is warmed up meanwhile.
    """
    plan = _Plan.of(refs, stdin_data, prefetch)
    if plan is None or plan.total > SYNC_LOAD_BYTES:
        return None
    fetched: dict[int, LoadResult] = {}
    late: set[int] = set()
    if plan.helped:
        assert prefetch is not None
        fetched, late = _helper_answers(refs, plan, prefetch, shaping_here=shaping_here)
    here = [index for index in range(len(refs)) if index not in fetched and index not in late]
    if len(late) == len(refs):
        return None
    results = read_here([refs[index] for index in here], stdin_data=stdin_data, options=options)
    if results is None:
        return None
    read = dict(zip(here, results, strict=True))
    ready = [(index, fetched[index] if index in fetched else read[index]) for index in sorted({*fetched, *read})]
    return FirstFrame(ready, sorted({*plan.folders, *late}))


class _Plan:
    """Which sources the helper process loads and how much the first frame would read here (``_Plan.of``).

    A plain class: a named tuple would generate its methods with ``exec`` on the way to the first frame.
    """

    __slots__ = ("folders", "helped", "sizes", "total")

    def __init__(self) -> None:
        self.helped: list[int] = []
        """Positions of the sources the helper loads: URLs, folders and the files it was given."""
        self.folders: list[int] = []
        """Positions of the folders among them."""
        self.sizes: dict[int, int] = {}
        """The helper's files, read here after all if it is late: their ``_file_cost``, by position."""
        self.total = 0
        """What reading the other sources here costs (bytes, markup counted heavier)."""

    @classmethod
    def of(cls, refs: Sequence[str], stdin_data: bytes | None, prefetch: Prefetch | None) -> _Plan | None:
        """The plan for ``refs``; None when a source can be neither read here nor given to the helper (stdin
        not drained, a URL or folder with no helper, a path that is missing or no regular file)."""
        plan = cls()
        for index, ref in enumerate(refs):
            if ref == "-":
                if stdin_data is None:
                    return None
                plan.total += _cost(stdin_data[:_HEAD_BYTES], len(stdin_data))
                continue
            if is_url(ref):
                if prefetch is None:
                    return None
                plan.helped.append(index)
                continue
            try:
                info = os.stat(ref)
            except (OSError, ValueError):
                return None
            if stat.S_ISDIR(info.st_mode) and prefetch is not None and ref in prefetch.folders:
                plan.helped.append(index)
                plan.folders.append(index)
                continue
            if not stat.S_ISREG(info.st_mode):
                return None
            cost = _file_cost(ref, info.st_size)
            if prefetch is not None and ref in prefetch.files:
                plan.helped.append(index)
                plan.sizes[index] = cost
                continue
            plan.total += cost
        return plan


def _helper_answers(
    refs: Sequence[str], plan: _Plan, prefetch: Prefetch, *, shaping_here: bool
) -> tuple[dict[int, LoadResult], set[int]]:
    """The helper's answers within ``FIRST_FRAME_WAIT`` (by position), and the positions left to the loading
    worker (no answer in time, or past ``FIRST_FRAME_RESULTS``); a few late files are read here instead."""
    deadline = time.monotonic() + FIRST_FRAME_WAIT
    helped = plan.helped
    if shaping_here and not prefetch.done and any(is_url(refs[i]) for i in helped):
        # A page comes without shaped words (files and folders bring theirs): the reshaper is
        # imported while the first frame is held for the page, not after it lands.
        rtl.warm_up()
    prefetch.wait(max(0.0, deadline - time.monotonic()))
    answers = {index: prefetch.result_now(refs[index]) for index in helped}
    rtl.seed_shaping(prefetch.shaped_words())  # shaped in the helper: the first frame needs no reshaper
    sizes = plan.sizes
    late_files = [index for index, answer in answers.items() if answer is None and index in sizes]
    late_bytes = sum(sizes[index] for index in late_files)
    read_late = len(late_files) <= LATE_FILES_READ_HERE and plan.total + late_bytes <= SYNC_LOAD_BYTES
    fetched: dict[int, LoadResult] = {}
    late: set[int] = set()
    for index, answer in answers.items():
        if answer is not None and len(fetched) < FIRST_FRAME_RESULTS:
            fetched[index] = answer
        elif answer is not None or not (read_late and index in sizes):
            late.add(index)
    return fetched, late


MARKUP_COST: Final = 16
"""How many bytes of plain text a byte of a page or feed costs to parse, as the first frame counts them
(``SYNC_LOAD_BYTES``): a feed goes through feedparser, a page through trafilatura, each far slower per byte
than the plain-text parser (a 1 MB article parses in ~35 ms; a 700 KB feed of nested elements took
feedparser 3 s, all before the first frame)."""
_HEAD_BYTES: Final = 64


def _cost(head: bytes, size: int) -> int:
    """What a document of ``size`` bytes that starts with ``head`` costs the first frame: its size, or
    ``MARKUP_COST`` times it for markup (a page or feed: ``<`` first, after a BOM and blanks)."""
    return size * MARKUP_COST if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") else size


def _file_cost(path: str, size: int) -> int:
    """``_cost`` of a file, from its first bytes (its size when they cannot be read: the parse says why)."""
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD_BYTES)
    except OSError:
        return size
    return _cost(head, size)


def read_here(refs: Sequence[str], *, stdin_data: bytes | None, options: LoadOptions) -> list[LoadResult] | None:
    """Read and parse local sources (files, ``-``) in this process; None at the first failure.

    The loading worker then loads them again and reports the error as for any source.
    """
    if not refs:
        return []
    from newstui.sources.files import file_parsed, parsed_result, stdin_parsed

    results: list[LoadResult] = []
    try:
        for ref in refs:
            if ref == "-":
                assert stdin_data is not None
                parsed = stdin_parsed(io.BytesIO(stdin_data), options)
            else:
                parsed = file_parsed(ref, options)
            results.append(parsed_result(ref, parsed))
    except Exception:  # noqa: BLE001 - the worker loads again and reports the error properly
        return None
    return results


def mirrored(articles: Sequence[Article], choice: LayoutChoice, *, tie: bool = False) -> bool:
    """Whether the panes are mirrored (list on the right) for these articles: ``rtl``, or ``auto`` with
    mostly right-to-left ones; as many of each give ``tie`` (the reader's layout as it is: opening an
    Arabic story must not turn an Arabic-first reader's panes to the left)."""
    if choice == "auto":
        rtl_count = sum(1 for article in articles if article.direction == "rtl")
        return tie if rtl_count * 2 == len(articles) and articles else rtl_count * 2 > len(articles)
    return choice == "rtl"


def first_mirrored(
    articles: Sequence[Article], refs: Sequence[str], choice: LayoutChoice, *, tie: bool = False
) -> bool:
    """``mirrored`` before the first story opens, while the sources land: a folder among ``refs`` that gave some
    of ``articles`` is counted by a peek at its first files (``peek.folder_directions``, up to five), not by the
    stories it gave so far (the first frame has only its first one: one English story first among Arabic ones
    must not turn the panes); the other stories, and those of a folder the peek learns nothing from (pages),
    each by their own direction."""
    if choice != "auto":
        return choice == "rtl"
    from newstui.sources.peek import folder_directions

    directions: list[str] = []
    rest = list(articles)
    for ref in dict.fromkeys(ref for ref in refs if ref != "-" and not is_url(ref) and os.path.isdir(ref)):
        inside = os.path.join(ref, "")
        if not any(article.origin.startswith(inside) for article in rest):
            continue
        peeked = folder_directions(ref)
        if peeked:
            directions.extend(peeked)
            rest = [article for article in rest if not article.origin.startswith(inside)]
    directions.extend(article.direction for article in rest)
    rtl_count = directions.count("rtl") * 2
    return tie if rtl_count == len(directions) and directions else rtl_count > len(directions)


def peek_mirrored(refs: Sequence[str]) -> bool:
    """Whether sources still to load most likely want mirrored panes, from a peek at a few local ones.

    The first frame then has the layout the articles will want (no restyle of every pane when the
    first article arrives); a wrong guess is corrected then, as without it.
    """
    from newstui.sources.peek import peek_direction

    local = [ref for ref in refs if ref != "-" and not is_url(ref)][:PEEK_SOURCES]
    directions = [direction for direction in map(peek_direction, local) if direction is not None]
    return sum(direction == "rtl" for direction in directions) * 2 > len(directions)
