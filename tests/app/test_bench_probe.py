"""The benchmarks' floor probe (Textual alone drawing the reader's screen) does what its floor rows assume."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from textual.widgets import Static

PROBE = Path(__file__).resolve().parents[2] / "benchmarks" / "probes" / "three_panes.py"


def _probe() -> ModuleType:
    spec = importlib.util.spec_from_file_location("three_panes_probe", PROBE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def test_probe_key_bar_reads_the_active_bindings() -> None:
    """The key bar shows the shown bindings from the screen's binding chain, the way the reader's does: the
    probe's six shown keys in their order, as Textual displays them (escape, 1 and 2 are hidden)."""
    app = _probe().ThreePanes()
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        shown = str(app.query_one("#keys", Static).render())
        assert shown == "? Help  q Quit  n Next  p Previous  / Filter  ⌫ Back"


async def test_probe_swaps_the_story_in_and_back() -> None:
    """Key 1 puts the story's lines in the article and related panes; key 2 puts the article back (B6f)."""
    module = _probe()
    app = module.ThreePanes()
    app.story = ("story line\nsecond", "1. link")
    app.main = ("main line", "1. other")
    async with app.run_test(size=(100, 32)) as pilot:
        article = app.query_one("#article", module.Lines)
        related = app.query_one("#related", module.Lines)
        await pilot.press("1")
        assert (article._lines, related._lines, app.shown) == (["story line", "second"], ["1. link"], "story")
        await pilot.press("2")
        assert (article._lines, related._lines, app.shown) == (["main line"], ["1. other"], "main")
