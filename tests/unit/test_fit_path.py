"""notices.fit_path: a path cut to a notice's line still says which folder a file went into."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from newstui.ui.notices import fit_path

NAME = "خبر رقم 1 عن الاقتصاد العراقي (2).txt"


@pytest.mark.parametrize("folder", ["sub/", "~/", "/", "../"])
@pytest.mark.parametrize("width", [16, 22, 27, 36])
def test_a_short_folder_is_kept_whole(folder: str, width: int) -> None:
    shown = fit_path(folder + NAME, width)
    assert cell_len(shown) <= width
    assert shown.startswith(folder) and "…" in shown, shown
    words = NAME.split()
    kept = shown.removeprefix(folder).replace("…", " ").replace("\u200f", "").split()
    assert kept[0] == words[0] and all(word in words for word in kept), "whole words only"


def test_the_number_and_extension_stay() -> None:
    assert fit_path("sub/" + NAME, 27) == "sub/خبر رقم 1 عن…\u200f (2).txt"
    assert fit_path("Minister hails new trade deal with neighbours (3).txt", 27) == "Minister hails new… (3).txt"


def test_a_long_folder_keeps_its_first_and_last_folders() -> None:
    shown = fit_path("/tmp/verify/home/deep/folder/" + NAME, 27)
    assert shown.startswith("/…/folder/") and cell_len(shown) <= 27, shown
    assert fit_path("/tmp/verify/home/deep/folder/" + NAME, 16).startswith("…/"), "a narrower line: its end"


def test_a_path_that_fits_is_left_as_it_is() -> None:
    assert fit_path("sub/" + NAME, 60) == "sub/" + NAME
