"""Folder indexing in-process: load_sources on 10,000 and 100,000 small files against plain read + decode."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from benchmarks.runner import Case, Context, Measured, Outcome, RowSpec, run_rounds
from benchmarks.support import require

ROWS_10K = (
    RowSpec("B7", "index 10,000 files (list, decode, title)", "plain read + decode of the same files", 1.5),
    RowSpec(
        "B7w", "index 10,000 files listed before (folder index cache)", "plain read + decode of the same files", None
    ),
    RowSpec("B7f", "parse 10,000 files whole (what --print/--json do)", "plain read + decode of the same files", None),
)
SLOW_100K = 30.0
"""A 100,000-file index slower than this (seconds) runs 3 iterations instead of the usual count."""
ROWS_100K = (RowSpec("B7b", "index 100,000 files", "10 × the 10,000-file index", 1.1),)


def read_decode(folder: Path) -> int:
    """The floor: list the folder, sort, read every file and decode it as UTF-8; returns the file count."""
    names = sorted(entry.name for entry in os.scandir(folder) if entry.is_file())
    for name in names:
        with open(os.path.join(folder, name), "rb") as handle:
            handle.read().decode("utf-8")
    return len(names)


def newstui_index(folder: Path) -> int:
    """What the reader does with a folder: ``load_sources`` with titles only; returns the article count."""
    from newstui.sources import LoadOptions, load_sources

    results = asyncio.run(load_sources([str(folder)], LoadOptions(index_folders=True)))
    return sum(len(result.articles) for result in results)


def newstui_index_again(folder: Path) -> int:
    """What the reader does with a folder it listed before: ``load_sources`` with its folder index; the count.

    The index lives in ``$XDG_CACHE_HOME``, which the case points at the benchmarks' own data.
    """
    from newstui.sources import LoadOptions, load_sources

    results = asyncio.run(load_sources([str(folder)], LoadOptions(index_folders=True, folder_cache=True)))
    return sum(len(result.articles) for result in results)


def newstui_parse_all(folder: Path) -> int:
    """What ``--json`` does with a folder: ``load_sources`` parsing every file whole; the article count."""
    from newstui.sources import LoadOptions, load_sources

    results = asyncio.run(load_sources([str(folder)], LoadOptions()))
    return sum(len(result.articles) for result in results)


def _timed(func: Callable[[Path], int], folder: Path) -> Callable[[], None]:
    """A variant for the runner: calls ``func(folder)`` and returns None, so the runner's clock times it."""

    def run() -> None:
        func(folder)

    return run


def _check(folder: Path, expected: int) -> None:
    count = newstui_index(folder)
    if count < expected:
        raise RuntimeError(f"load_sources found {count} articles in {folder.name}, expected {expected}")


def _index_10k(ctx: Context) -> Mapping[str, Outcome]:
    require("newstui.sources")
    from benchmarks.term import CACHE_DIR

    folder = ctx.data.c10k
    _check(folder, 10_000)
    saved = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = CACHE_DIR
    try:
        newstui_index_again(folder)  # the first listing, which writes the folder's index
        times = run_rounds(
            {
                "index": _timed(newstui_index, folder),
                "again": _timed(newstui_index_again, folder),
                "whole": _timed(newstui_parse_all, folder),
                "read": _timed(read_decode, folder),
            },
            iterations=ctx.iterations,
            warmup=ctx.warmup,
        )
    finally:
        if saved is None:
            os.environ.pop("XDG_CACHE_HOME", None)
        else:
            os.environ["XDG_CACHE_HOME"] = saved
    return {
        "B7": Measured(times["index"], times["read"], note="titles only; a file is parsed when opened"),
        "B7w": Measured(times["again"], times["read"], note="unchanged files listed from the folder's index"),
        "B7f": Measured(times["whole"], times["read"], note="every file parsed, links resolved later"),
    }


def _index_100k(ctx: Context) -> Mapping[str, Outcome]:
    require("newstui.sources")
    if ctx.data.c100k is None or not Path(ctx.data.c100k).is_dir():
        from benchmarks.runner import SkipCase

        raise SkipCase("100,000-file folder not generated")
    big, small = ctx.data.c100k, ctx.data.c10k
    start = time.perf_counter()
    count = newstui_index(big)  # the warm-up, timed to size the run
    first = time.perf_counter() - start
    if count < 100_000:
        raise RuntimeError(f"load_sources found {count} articles in {big.name}, expected 100000")
    iterations, note = ctx.iterations, ""
    if first > SLOW_100K:
        iterations = 3
        note = f"cut to 3 iterations: one 100,000-file index took {first:.0f} s"
    times = run_rounds(
        {"100k": _timed(newstui_index, big), "10k": _timed(newstui_index, small)},
        iterations=iterations,
        warmup=0,
    )
    return {"B7b": Measured(times["100k"], [10 * t for t in times["10k"]], note=note)}


CASES = [
    Case("index 10,000 files", ROWS_10K, _index_10k),
    Case("index 100,000 files", ROWS_100K, _index_100k, quick=False),
]
