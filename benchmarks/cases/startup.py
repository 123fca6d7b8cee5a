"""Process level: startup -> first paint and peak RSS of the reader against a bare Textual app, in a pty.

Every round starts each variant once, in rotating order, on a fresh 100x32 pseudo-terminal, and
times from just before the fork to the terminal write that paints the marker (see ``term.paint_run``).
Peak RSS is the child's own ``ru_maxrss`` from ``wait4`` when it is killed right after that paint.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping

from benchmarks.data import MARKER
from benchmarks.runner import Case, Context, Measured, Outcome, RowSpec, SkipCase, Skipped, run_rounds
from benchmarks.support import require, server_url
from benchmarks.term import CACHE_DIR, PROBES, ProcessRun, bare_app_argv, child_env, newstui_argv, paint_run

PAINT_ROWS = (
    RowSpec("B2", "startup -> first paint, 6 KB article", "bare Textual app (one Static)", 1.15),
    RowSpec("B2b", "startup -> first paint, 1 MB article", "bare Textual app", 1.25),
    RowSpec("B2c", "first list paint while a 10,000-file folder loads", "bare Textual app", 1.3),
    RowSpec("B10", "URL -> first paint, 6 KB text (loopback)", "local file -> first paint", 1.2),
    RowSpec("B10b", "URL -> first paint, 130 KB HTML page (loopback)", "local file -> first paint", 1.2),
    RowSpec("B11a", "peak memory, 6 KB article", "bare Textual app", 1.15, unit="MiB"),
    RowSpec("B11b", "peak memory, 1 MB article", "bare Textual app", 1.5, unit="MiB"),
    RowSpec("B2f", "floor: Textual alone drawing the reader's three panes (no newstui code)", "bare Textual app", None),
    RowSpec("B11f", "floor: peak memory of the same", "bare Textual app", None, unit="MiB"),
)
FULL_LOAD_ROWS = (
    RowSpec("B11c", "peak memory, 10,000 files (all listed)", "bare Textual app", 1.5, unit="MiB"),
    RowSpec("B2d", "startup -> all 10,000 files listed", "bare Textual app first paint", None),
    RowSpec(
        "B11cw", "peak memory, 10,000 files listed again (folder index cache)", "bare Textual app", None, unit="MiB"
    ),
    RowSpec("B2dw", "startup -> 10,000 files listed again (folder index cache)", "bare Textual app first paint", None),
)

FULL_LOAD_TIMEOUT = 240.0
FULL_LOAD_DONE = "10000 · "
"""What the list pane's title holds once the 10,000 files are listed: "Articles 10000 · 10000 unread", or
"10000 · 10000 unread" in the pane a 100-column terminal gives it (``Listing.title``)."""
"""Seconds a full-load run may take before its RSS is taken anyway (and the row says so)."""
SLOW_FULL_LOAD = 20.0
"""A first full load slower than this (seconds) cuts the case to 2 rounds."""


def _missing_module(run: ProcessRun) -> str | None:
    """ "X not available" when the child died of a ModuleNotFoundError."""
    marker = "ModuleNotFoundError: No module named "
    if marker in run.detail:
        name = run.detail.split(marker, 1)[1].split("\\r")[0].split("\\n")[0].strip("'\" \\")
        return f"{name} not available (the reader exits at start)"
    return None


def _variants(ctx: Context) -> dict[str, tuple[list[str], bytes]]:
    data = ctx.data
    base = server_url(ctx)
    marker = MARKER.encode()
    return {
        "bare": (bare_app_argv(), marker),
        "floor": ([sys.executable, str(PROBES / "three_panes.py"), MARKER], marker),
        "a1": (newstui_argv(str(data.a1)), marker),
        "a3": (newstui_argv(str(data.a3)), marker),
        "c10k": (newstui_argv(str(data.c10k)), marker),
        "a1_url": (newstui_argv(f"{base}/{data.a1_web.name}"), marker),
        "h1": (newstui_argv(str(data.h1)), marker),
        "h1_url": (newstui_argv(f"{base}/{data.h1.name}"), marker),
    }


def _failure(runs: list[ProcessRun]) -> str:
    bad = [run for run in runs if not run.ok]
    return _missing_module(bad[0]) or f"{len(bad)}/{len(runs)} runs never painted: {bad[0].detail[-200:]}"


def _paint(ctx: Context) -> Mapping[str, Outcome]:
    require("newstui.cli")
    variants = _variants(ctx)
    runs: dict[str, list[ProcessRun]] = {name: [] for name in variants}
    probe = paint_run(variants["a1"][0], variants["a1"][1], timeout=30)
    reason = _missing_module(probe) if not probe.ok else None
    if reason:
        raise SkipCase(reason)

    def runner(name: str) -> Callable[[], float]:
        argv, marker = variants[name]

        def run() -> float:
            result = paint_run(argv, marker, timeout=60)
            runs[name].append(result)
            return result.seconds

        return run

    run_rounds({name: runner(name) for name in variants}, iterations=ctx.iterations, warmup=ctx.warmup)
    kept = {name: items[ctx.warmup :] for name, items in runs.items()}
    out: dict[str, Outcome] = {}

    def ratio(row: str, cand: str, base: str, memory: bool = False) -> None:
        """Pairs of the same round where both painted; a row needs most of its rounds."""
        pairs = [(c, b) for c, b in zip(kept[cand], kept[base], strict=True) if c.ok and b.ok]
        if len(pairs) * 2 <= len(kept[cand]):
            name = cand if not all(run.ok for run in kept[cand]) else base
            out[row] = Skipped(f"{name}: {_failure(kept[name])}")
            return
        pick = (lambda run: run.maxrss_mib) if memory else (lambda run: run.seconds)
        notes = ["RSS at first paint"] if memory else []
        dropped = len(kept[cand]) - len(pairs)
        if dropped:
            name = cand if not all(run.ok for run in kept[cand]) else base
            notes.append(f"{dropped} round(s) dropped, {name}: {_failure(kept[name])[:120]}")
        out[row] = Measured([pick(c) for c, _ in pairs], [pick(b) for _, b in pairs], "; ".join(notes))

    ratio("B2", "a1", "bare")
    ratio("B2b", "a3", "bare")
    ratio("B2c", "c10k", "bare")
    ratio("B10", "a1_url", "a1")
    ratio("B10b", "h1_url", "h1")
    ratio("B11a", "a1", "bare", memory=True)
    ratio("B11b", "a3", "bare", memory=True)
    ratio("B2f", "floor", "bare")
    ratio("B11f", "floor", "bare", memory=True)
    return out


def _full_load(ctx: Context) -> Mapping[str, Outcome]:
    """The reader on the 10,000-file folder until the list says all are loaded, against a bare app's first paint.

    The folder is listed as on its first opening (its folder index removed before each run: B2d,
    B11c) and as on a later one (the index kept: B2dw, B11cw). Interleaved rounds like every case
    (``ctx.warmup`` rounds, then ``ctx.iterations``), after one full load run to size the case: if it
    is slower than ``SLOW_FULL_LOAD``, 2 rounds without a warm-up, and the note says so. ``--quick``
    runs one round.
    """
    import shutil
    from pathlib import Path

    require("newstui.cli")
    marker = MARKER.encode()
    done = FULL_LOAD_DONE.encode()
    runs: dict[str, list[ProcessRun]] = {"bare": [], "c10k": [], "again": []}
    cold_cache = Path(CACHE_DIR) / "cold"
    warm_env = child_env({"XDG_CACHE_HOME": str(Path(CACHE_DIR) / "warm")})

    def bare() -> float:
        result = paint_run(bare_app_argv(), marker, timeout=60)
        runs["bare"].append(result)
        return result.seconds

    def listed(name: str, env: dict[str, str]) -> float:
        result = paint_run(
            newstui_argv(str(ctx.data.c10k)),
            done,
            env=env,
            timeout=FULL_LOAD_TIMEOUT,
            settle=0.5,
            progress=re.compile("\\d+ · [a-z0-9 /%]+".encode()),
        )
        runs[name].append(result)
        return result.seconds

    def full() -> float:
        shutil.rmtree(cold_cache, ignore_errors=True)
        return listed("c10k", child_env({"XDG_CACHE_HOME": str(cold_cache)}))

    def again() -> float:
        return listed("again", warm_env)

    iterations, warmup = (1, 0) if ctx.quick else (ctx.iterations, ctx.warmup)
    note = "list title '10000 · …' painted"
    if not ctx.quick and full() > SLOW_FULL_LOAD:  # a first load, run to size the case; not kept
        iterations, warmup = 2, 0
        note = f"cut to 2 rounds: one full load took {runs['c10k'][0].seconds:.0f} s; {note}"
    runs["c10k"].clear()
    again()  # the folder's first listing, which writes its index
    runs["again"].clear()
    times = run_rounds({"bare": bare, "c10k": full, "again": again}, iterations=iterations, warmup=warmup)
    for items in runs.values():
        del items[:warmup]  # the warm-up rounds' runs
    finished = [run.ok for run in runs["c10k"] + runs["again"]]
    if not all(finished):
        reason = _missing_module(runs["c10k"][0])
        if reason:
            raise SkipCase(reason)
        unfinished = [run for run in runs["c10k"] + runs["again"] if not run.ok]
        seen = unfinished[0].detail.rsplit("last seen ", 1)[-1] if "last seen" in unfinished[0].detail else "?"
        note = (
            f"NOT all listed after {FULL_LOAD_TIMEOUT:.0f} s in {len(unfinished)}/{iterations} runs "
            f"(list title then: {seen}); RSS and time at the timeout"
        )
    rss = {name: [run.maxrss_mib for run in items] for name, items in runs.items()}
    return {
        "B11c": Measured(rss["c10k"], rss["bare"], note=note + "; first listing: no folder index"),
        "B2d": Measured(times["c10k"], times["bare"], note=note + "; first listing: no folder index"),
        "B11cw": Measured(rss["again"], rss["bare"], note=note),
        "B2dw": Measured(times["again"], times["bare"], note=note),
    }


CASES = [
    Case("startup -> first paint (pty)", PAINT_ROWS, _paint),
    Case("10,000 files fully listed (pty)", FULL_LOAD_ROWS, _full_load),
]
