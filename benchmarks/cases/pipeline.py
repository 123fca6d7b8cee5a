"""Rendering pipeline in-process: first render, re-render after a resize, and the 1 MB article's resize."""

from __future__ import annotations

import itertools
import time
from collections.abc import Mapping

from benchmarks.runner import (
    Case,
    Context,
    Counted,
    CounterSpec,
    Measured,
    Outcome,
    RowSpec,
    interleave,
)
from benchmarks.support import clear_layout_caches, load_articles, raw_reference, rendered_text, require

VIEWPORT = 32
"""Rows of the visible window (the paint probes use a 100x32 terminal)."""

FIRST_RENDER = (
    RowSpec("B3", "first render of the 6 KB article through the pipeline", "raw get_display(reshape(text))", 1.3),
    RowSpec(
        "B3m",
        "first render of the mixed article (Latin, digits, brackets, harakat)",
        "raw get_display(reshape(text))",
        None,
    ),
    RowSpec("B3b", "first render of the 60 KB article", "raw get_display(reshape(text))", None),
)
RESIZE = (
    RowSpec("B4", "re-render after a resize (80→40→160), 6 KB", "raw get_display(reshape(text))", 0.35),
    RowSpec("B4b", "resize of the 1 MB article (visible window)", "resize of the 6 KB article", 5.0),
)
RESIZE_COUNTERS = (
    CounterSpec("K1", "reshape calls per resize, 6 KB article (80→40→160)", 0),
    CounterSpec("K1b", "reshape calls per resize, 1 MB article (visible window)", 0),
)


def _first_render(ctx: Context) -> Mapping[str, Outcome]:
    """Cold caches -> every line of the article at width 80, against one raw reshape + bidi of the same text."""
    require("newstui.render", "newstui.text.rtl")
    from newstui.render import layout_article

    raw = raw_reference()
    out: dict[str, Outcome] = {}
    for row_id, path in (("B3", ctx.data.a1), ("B3m", ctx.data.a4), ("B3b", ctx.data.a2)):
        article = load_articles(path)[0]
        text = rendered_text(article)

        def candidate(article: object = article) -> None:
            layout = layout_article(article, 80)  # type: ignore[arg-type]
            layout.lines(0, layout.height)

        def baseline(text: str = text) -> None:
            raw(text)

        cand, base = interleave(
            candidate, baseline, iterations=ctx.iterations, warmup=ctx.warmup, between=clear_layout_caches
        )
        lines = layout_article(article, 80).height
        out[row_id] = Measured(cand, base, note=f"{lines} lines at 80")
    return out


def _resize(ctx: Context) -> Mapping[str, Outcome]:
    """Re-layout at new widths with the shapes cached; the 1 MB case builds only the visible window."""
    require("newstui.render", "newstui.text.rtl")
    from newstui.render import layout_article
    from newstui.text import rtl

    raw = raw_reference()
    small = load_articles(ctx.data.a1)[0]
    big = load_articles(ctx.data.a3)[0]
    text = rendered_text(small)
    clear_layout_caches()
    first = layout_article(small, 80)
    first.lines(0, first.height)  # the first render: every paragraph shaped once
    # The 1 MB article's first two screens at 80 are shaped, as the reader's look-ahead leaves them:
    # B4b's windows (32 rows at widths 81 and up, which show more text per row) then reshape nothing.
    layout_article(big, 80).lines(0, 2 * VIEWPORT)

    # Every iteration uses widths never laid out before (40+k, 160+k), so it is a real re-wrap and
    # not a cache hit; the sequence stays 80 -> about 40 -> about 160.
    step = itertools.count()
    reshapes_small: list[int] = []

    def resize_small() -> float:
        k = next(step)
        rtl.STATS.reset()
        start = time.perf_counter()
        for width in (40 + k % 39, 160 + k):
            layout = layout_article(small, width)
            layout.lines(0, layout.height)
        elapsed = (time.perf_counter() - start) / 2
        reshapes_small.append(rtl.STATS.reshape_calls)
        return elapsed

    def baseline(text: str = text) -> None:
        raw(text)

    cand, base = interleave(resize_small, baseline, iterations=ctx.iterations, warmup=ctx.warmup)
    out: dict[str, Outcome] = {
        "B4": Measured(cand, base, note="full article, per resize"),
        "K1": Counted(max(reshapes_small), note=f"max over {len(reshapes_small)} resizes"),
    }

    # Fresh widths for both articles: B4 above laid the small article out at 40-78 and from 160 on,
    # and a width it met would make the baseline a cache hit instead of a re-wrap.
    widths = itertools.count(81)
    reshapes_big: list[int] = []

    def window(article: object, width: int) -> None:
        layout = layout_article(article, width)  # type: ignore[arg-type]
        layout.lines(0, VIEWPORT)

    current = {"width": 0}

    def resize_big() -> float:
        rtl.STATS.reset()
        start = time.perf_counter()
        window(big, current["width"])
        elapsed = time.perf_counter() - start
        reshapes_big.append(rtl.STATS.reshape_calls)
        return elapsed

    def resize_window_small() -> None:
        window(small, current["width"])

    # Both variants of a round use the same new width: ``between`` moves to a fresh width every other call.
    calls = itertools.count()

    def between() -> None:
        if next(calls) % 2 == 0:
            current["width"] = next(widths)

    cand, base = interleave(
        resize_big, resize_window_small, iterations=ctx.iterations, warmup=ctx.warmup, between=between
    )
    height = layout_article(big, 80).height
    out["B4b"] = Measured(cand, base, note=f"1 MB = about {height:,} lines at 80")
    out["K1b"] = Counted(max(reshapes_big), note=f"max over {len(reshapes_big)} resizes")
    return out


CASES = [
    Case("first render (pipeline)", FIRST_RENDER, _first_render),
    Case("resize (pipeline)", RESIZE, _resize, counters=RESIZE_COUNTERS),
]
