"""The bytes the benchmarks wait for on screen are what the reader paints (a stale marker hangs a case)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.cases.startup import FULL_LOAD_DONE  # noqa: E402 - needs the repo root on sys.path first

from newstui.reader_view import Listing  # noqa: E402


@pytest.mark.parametrize("width", [0, 26, 28, 30, 34, 40, 60, 100])
def test_the_full_load_marker_is_in_the_list_title_once_all_are_listed(width: int) -> None:
    title = Listing().title(
        shown=10000, total=10000, loading=None, reloading=False, mode="app", width=width, unread=10000
    )
    assert FULL_LOAD_DONE in title


@pytest.mark.parametrize("loaded", [0, 1, 999, 9999])
def test_the_full_load_marker_is_not_in_the_title_before(loaded: int) -> None:
    for loading in ((0, 1), None):
        title = Listing().title(
            shown=loaded, total=loaded, loading=loading, reloading=False, mode="app", width=28, unread=loaded
        )
        assert FULL_LOAD_DONE not in title
