"""reader_view: a narrow list's title keeps the whole filter query before the long forms of its other parts."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from helpers.readback import reads_back
from newstui.reader_view import Listing, query_cells
from newstui.text.rtl import BidiMode

QUERY = "الحديقة العامة مواعيد"
"""Three words typed in the filter (21 cells)."""


def _title(width: int, mode: BidiMode = "app", *, unread: int = 0) -> str:
    listing = Listing()
    listing.query = QUERY
    return listing.title(shown=2, total=14, loading=None, reloading=False, mode=mode, width=width, unread=unread)


@pytest.mark.parametrize(
    ("width", "head"),
    [
        (60, "Articles 2/14 · all read · "),
        (53, "Articles 2/14 · all read · "),
        (52, "2/14 · all read · "),
        (44, "2/14 · all read · "),
        (43, "2/14 · "),
        (33, "2/14 · "),
    ],
)
def test_the_other_parts_shorten_before_a_word_of_the_query_goes(width: int, head: str) -> None:
    """The audit's title at 45 cells, ``Articles 1/11 · all read · المجلس…``, cut two of three words typed while
    ``Articles`` and ``all read`` kept their long forms: now they give way first and every word stays."""
    title = _title(width)
    assert cell_len(title) <= width - 5, title
    assert title.startswith(head), title
    query = title.removeprefix(head)
    assert "…" not in query and reads_back(QUERY, [query]), title


@pytest.mark.parametrize("mode", ["app", "terminal"])
def test_only_a_pane_too_narrow_for_the_whole_query_cuts_it(mode: BidiMode) -> None:
    """Below the count and the whole query the query is cut at a word, its first words kept."""
    title = _title(32, mode)
    assert title.startswith("2/14 · "), title
    assert "…" in title and cell_len(title) <= 27
    if mode == "app":
        assert reads_back("الحديقة العامة", [title.removeprefix("2/14 · ")]), title


def test_query_cells_counts_the_query_as_drawn() -> None:
    """A lam-alef is one cell once shaped (app mode); the terminal draws the letters as typed."""
    assert query_cells("  سوق  ", "app") == 3
    assert query_cells("", "app") == 0
    assert query_cells("الاسواق", "app") == cell_len("الاسواق") - 1
    assert query_cells("الاسواق", "terminal") == cell_len("الاسواق")
