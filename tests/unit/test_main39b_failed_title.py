"""reader_view: a list whose stories are all read still tells a failed source in a narrow pane."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from newstui.reader_view import Listing


@pytest.mark.parametrize(
    ("width", "expected"),
    [
        (26, "4 · 1 failed"),  # the audit's 100-column terminal: 21 cells of room
        (30, "4 · all read · 1 failed"),
        (40, "Articles 4 · all read · 1 failed"),
    ],
)
def test_failed_outlives_all_read(width: int, expected: str) -> None:
    title = Listing().title(
        shown=4, total=4, loading=None, reloading=False, mode="app", width=width, unread=0, failed=1
    )
    assert title == expected
    assert cell_len(title) <= width - 5


def test_all_read_stays_when_nothing_failed() -> None:
    title = Listing().title(shown=4, total=4, loading=None, reloading=False, mode="app", width=26, unread=0)
    assert title == "Articles 4 · all read"
