"""SVG snapshots of the main screens (pytest-textual-snapshot); update only after reviewing the report."""

from __future__ import annotations

from typing import Any

import pytest
from app_stories import FERRY, READING, STORIES
from app_support import settle

WIDE = (120, 40)
NARROW = (84, 40)


class TestSnapshots:
    """The look of the reader, fixed by local fixture stories (no network, no clock, no blinking)."""

    @pytest.mark.parametrize(
        ("articles", "settings", "press", "size"),
        [
            (STORIES, {}, (), WIDE),
            (STORIES, {}, ("1",), WIDE),
            ((FERRY, READING), {"layout": "ltr"}, (), WIDE),
            (STORIES, {}, ("question_mark",), WIDE),
            (STORIES, {}, (), NARROW),
        ],
        ids=["arabic", "related-jump", "english", "help", "narrow-84"],
    )
    def test_screen(
        self, snap_compare: Any, make_app: Any, articles: Any, settings: Any, press: Any, size: Any
    ) -> None:
        """The screen matches its reviewed snapshot, taken once the reader has settled.

        Taken right after start-up it could catch a pane between two layouts (the related pane's rows
        drawn over its padding for a frame at 84 columns), and which frame it caught moved with timing.
        """

        async def settled(pilot: Any) -> None:
            await settle(pilot)
            await pilot.pause()

        assert snap_compare(make_app(articles, **settings), press=press, terminal_size=size, run_before=settled)
