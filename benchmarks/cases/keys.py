"""Key -> refresh latency measured inside the running app (``run_test``), not with Pilot's wall time.

``App._display`` is wrapped: it is what the screen calls with each compositor update, after the
widgets' ``render_line`` ran. The wrapper also turns the update into terminal bytes
(``render_segments``), the work a real terminal run does and a headless one skips. The latency of a
key is from just before the key event is sent to the end of the first update that shows its effect
(Pilot's fixed ~84 ms of waiting for idle is outside that interval). Animations are off, so a page
scroll lands in one update.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from benchmarks.runner import Case, Context, Counted, CounterSpec, Measured, Outcome, RowSpec, SkipCase
from benchmarks.support import clear_layout_caches, raw_reference, rendered_text, require
from benchmarks.term import PROBES

SIZE = (100, 32)
LOAD_TIMEOUT = 120.0

PAGE_ROWS = (RowSpec("B5", "page-down in the 1 MB article, key -> refresh", "the same in the 6 KB article", 1.5),)
PAGE_COUNTERS = (
    CounterSpec("K2", "article lines rendered per page-down, 1 MB article (viewport ≤ 32 + overscan 8)", 40),
    CounterSpec("K2b", "reshape calls per page-down, 6 KB article (already shaped)", 0),
)
RELATED_ROWS = (
    RowSpec("B6", "open a related story, key -> refresh", "raw reshape + bidi of that story", 2.0),
    RowSpec("B6c", "the same with nothing laid out ahead (caches cleared)", "raw reshape + bidi of that story", None),
    RowSpec(
        "B6f",
        "floor: Textual alone swapping the story in (three panes, text given ready to show)",
        "raw reshape + bidi of that story",
        None,
    ),
)


class Frames:
    """Timestamps of the screen updates, with a probe evaluated at each one."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.stamps: list[tuple[float, Any]] = []
        self.probe: Callable[[], Any] = lambda: None
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            if renderable is not None and hasattr(renderable, "render_segments"):
                renderable.render_segments(app.console)
            self.stamps.append((time.perf_counter(), self.probe()))

        app._display = display

    def first_after(self, start: float, accept: Callable[[Any], bool]) -> float | None:
        """Seconds from ``start`` to the end of the first update after it whose probe is accepted."""
        for stamp, seen in self.stamps:
            if stamp >= start and accept(seen):
                return stamp - start
        return None


async def _wait_loaded(app: Any, pilot: Any, expected: int = 1) -> Any:
    """Wait until the reader has opened an article and laid it out; returns the screen."""
    deadline = time.perf_counter() + LOAD_TIMEOUT
    while time.perf_counter() < deadline:
        await pilot.pause(0.02)
        screen = app.screen
        view = getattr(screen, "article_view", None) if hasattr(screen, "history") else None
        if view is not None and screen.history.current is not None and view.article_layout is not None:
            if len(screen.corpus) >= expected and not screen.loading_sources:
                return screen
    raise RuntimeError("the reader did not open the article in time")


def _new_app(path: Path) -> Any:
    from newstui.settings import Settings
    from newstui.ui.app import create_app

    app = create_app(Settings(refs=(str(path),)))
    app.animation_level = "none"
    return app


async def _page_downs(path: Path, iterations: int, warmup: int) -> dict[str, Any]:
    """Page-down from the top of the article, ``warmup + iterations`` times; latencies and counters."""
    from newstui.text import rtl

    app = _new_app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _wait_loaded(app, pilot)
        view = screen.article_view
        view.focus()
        await pilot.pause()
        frames = Frames(app)
        frames.probe = lambda: view.scroll_y
        times: list[float] = []
        rows: list[int] = []
        reshapes: list[int] = []
        for i in range(warmup + iterations):
            view.scroll_to(y=0, animate=False, immediate=True)
            await pilot.pause()
            before_rows = view.rows_built
            rtl.STATS.reset()
            start = time.perf_counter()
            await pilot.press("pagedown")
            latency = frames.first_after(start, lambda y: y > 0)
            if latency is None:
                raise RuntimeError("page-down never produced a scrolled frame")
            if i >= warmup:
                times.append(latency)
                rows.append(view.rows_built - before_rows)
                reshapes.append(rtl.STATS.reshape_calls)
        return {"times": times, "rows": rows, "reshapes": reshapes, "viewport": view.size.height}


def _page_down(ctx: Context) -> Mapping[str, Outcome]:
    require("newstui.ui.app", "newstui.corpus", "newstui.sources")
    big: list[float] = []
    small: list[float] = []
    counters: dict[str, Any] = {}
    # Alternate whole app sessions (each measures a batch), so both articles see the same machine state.
    rounds = 2
    per = max(4, (ctx.iterations + rounds - 1) // rounds)
    for round_no in range(rounds):
        order = (("big", ctx.data.a3), ("small", ctx.data.a1))
        for name, path in order if round_no % 2 == 0 else order[::-1]:
            out = asyncio.run(_page_downs(path, per, ctx.warmup))
            (big if name == "big" else small).extend(out["times"])
            counters.setdefault(name, []).append(out)
    n = min(len(big), len(small))
    big_rows = max(r for out in counters["big"] for r in out["rows"])
    viewport = counters["big"][0]["viewport"]
    small_reshapes = max(r for out in counters["small"] for r in out["reshapes"])
    return {
        "B5": Measured(big[:n], small[:n], note=f"pairs from {rounds} alternating sessions per article"),
        "K2": Counted(big_rows, note=f"viewport {viewport} rows"),
        "K2b": Counted(small_reshapes),
    }


async def _related(path: Path, iterations: int, warmup: int) -> dict[str, Any]:
    """Open related link N from the article and go back; each round once as the reader does it, once cold.

    As the reader does it: every cache is cleared, the article is opened again and painted, and the
    reader lays its related stories out ahead (after that paint). Cold: the caches are cleared again
    just before the key, so the story is shaped and laid out on the key press.
    """
    raw = raw_reference()
    app = _new_app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _wait_loaded(app, pilot, expected=2)
        main_id = screen.history.current
        number = target = None
        for n in range(1, 10):
            link = screen.related.link(n)
            if link is not None and link.target is not None and screen.corpus.get(link.target) is not None:
                number, target = n, link.target
                break
        if number is None or target is None:
            raise SkipCase("the 6 KB article has no related link to a loaded story")
        story = screen.corpus.get(target)
        text = rendered_text(story)
        frames = Frames(app)
        view = screen.article_view
        frames.probe = lambda: view.article.id if view.article is not None else None
        out: dict[str, list[float]] = {"warm": [], "cold": [], "base": []}
        for i in range(warmup + iterations):
            for variant in ("warm", "cold") if i % 2 else ("cold", "warm"):
                clear_layout_caches()
                if screen.history.current != main_id:
                    screen.action_back()
                else:
                    screen.open_article(main_id, visit=False)
                await pilot.pause()
                await pilot.pause()
                if variant == "cold":
                    clear_layout_caches()
                start = time.perf_counter()
                await pilot.press(str(number))
                latency = frames.first_after(start, lambda seen: seen == target)
                if latency is None:
                    raise RuntimeError("following the related link never showed the story")
                if i >= warmup:
                    out[variant].append(latency)
            t0 = time.perf_counter()
            raw(text)
            raw_time = time.perf_counter() - t0
            if i >= warmup:
                out["base"].append(raw_time)
        return {**out, "chars": len(text), "story": story, "main": screen.corpus.get(main_id)}


async def _related_floor(story: Any, main: Any, iterations: int, warmup: int) -> dict[str, list[float]]:
    """The floor of B6: Textual alone (``probes/three_panes.py``) swapping that story into its panes.

    The story's article and related lines are laid out by newstui before the clock runs and handed
    over as text in visual order, so the key's cost is Textual's alone: updating two panes and
    redrawing the screen. The baseline is the same raw reshape + bidi as B6's, in the same loop.
    """
    import importlib.util

    from newstui.render import layout_article

    spec = importlib.util.spec_from_file_location("three_panes", PROBES / "three_panes.py")
    assert spec is not None and spec.loader is not None
    probe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probe)
    raw = raw_reference()
    text = rendered_text(story)

    def panes(article: Any) -> tuple[str, str]:
        lines = layout_article(article, 40).lines()
        related = [f"{n}. {link.title}" for n, link in enumerate(article.related, 1)]
        return "\n".join(line.text for line in lines), "\n".join(related)

    app = probe.ThreePanes()
    app.animation_level = "none"
    app.story, app.main = panes(story), panes(main)
    out: dict[str, list[float]] = {"floor": [], "base": []}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        frames = Frames(app)
        frames.probe = lambda: app.shown
        for i in range(warmup + iterations):
            await pilot.press("2")
            await pilot.pause()
            start = time.perf_counter()
            await pilot.press("1")
            latency = frames.first_after(start, lambda seen: seen == "story")
            if latency is None:
                raise RuntimeError("the floor app never showed the story")
            t0 = time.perf_counter()
            raw(text)
            raw_time = time.perf_counter() - t0
            if i >= warmup:
                out["floor"].append(latency)
                out["base"].append(raw_time)
    return out


def _open_related(ctx: Context) -> Mapping[str, Outcome]:
    require("newstui.ui.app", "newstui.corpus", "newstui.sources")
    out = asyncio.run(_related(ctx.data.a1, ctx.iterations, ctx.warmup))
    chars = f"story of {out['chars']:,} chars"
    floor = asyncio.run(_related_floor(out["story"], out["main"], ctx.iterations, ctx.warmup))
    return {
        "B6": Measured(out["warm"], out["base"], note=f"{chars}, laid out ahead after the article painted"),
        "B6c": Measured(out["cold"], out["base"], note=f"{chars}, shaped on the key press"),
        "B6f": Measured(floor["floor"], floor["base"], note=f"{chars}; article and related panes swapped"),
    }


CASES = [
    Case("page-down (in-app)", PAGE_ROWS, _page_down, counters=PAGE_COUNTERS),
    Case("open related story (in-app)", RELATED_ROWS, _open_related),
]
