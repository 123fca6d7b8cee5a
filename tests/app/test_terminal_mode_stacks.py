"""With ``--bidi terminal`` the panes stack at any width: no screen row holds the text of two panes.

A terminal that reorders bidi text reorders each row whole, so two panes side by side would trade words.
"""

from __future__ import annotations

from typing import Any

import pytest
from app_stories import STORIES
from app_support import reader

from newstui.terminal import BidiSetup


def _rows_shared(app: Any) -> list[str]:
    """Names of the pane pairs drawn on a common screen row (side by side)."""
    screen = reader(app)
    panes = {"list": screen.list_pane.region, "article": screen.article_view.region, "related": screen.related.region}
    names = sorted(panes)
    shared = []
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            a, b = panes[first], panes[second]
            if a.height and b.height and a.y < b.y + b.height and b.y < a.y + a.height:
                shared.append(f"{first}+{second}")
    return shared


@pytest.mark.parametrize("size", [(160, 40), (120, 30), (84, 30), (50, 30)], ids=["160", "120", "84", "50"])
async def test_terminal_mode_never_puts_two_panes_on_a_row(make_app: Any, size: tuple[int, int]) -> None:
    """Started in terminal mode: stacked at every width, and each pane spans the screen's width."""
    app = make_app(STORIES, bidi=BidiSetup(mode="terminal"))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.has_class("-stacked") and not screen.has_class("-wide") and not screen.has_class("-narrow")
        assert _rows_shared(app) == []
        assert screen.article_view.region.width == screen.list_pane.region.width


async def test_b_stacks_the_panes_and_b_again_puts_them_back(make_app: Any) -> None:
    """At 120 columns: three side by side in app mode, stacked after b, side by side again after b; a resize in
    terminal mode keeps them stacked."""
    app = make_app(STORIES)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.has_class("-wide") and _rows_shared(app)
        await pilot.press("b")
        await pilot.pause()
        assert app.bidi_mode == "terminal"
        assert screen.has_class("-stacked") and not screen.has_class("-wide")
        assert _rows_shared(app) == []
        await pilot.resize_terminal(90, 30)
        await pilot.pause()
        assert not screen.has_class("-narrow") and _rows_shared(app) == []
        await pilot.press("b")
        await pilot.pause()
        assert app.bidi_mode == "app"
        assert screen.has_class("-narrow") and not screen.has_class("-stacked")
        assert _rows_shared(app)
