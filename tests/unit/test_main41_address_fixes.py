"""Addresses in notices and the Open box (audit regress41u): a bracket closing one of the address's own stays in
it; a long Arabic part is cut between its words, never inside one; a direction mark copied with an address from
Arabic text is dropped at its ends (typed) or anywhere (pasted), while one inside a typed address is refused."""

from __future__ import annotations

import pytest

from newstui.errors import UsageError
from newstui.sources.http import validate_url
from newstui.text.address_layout import address_spans, layout_line


@pytest.mark.parametrize(
    ("line", "address"),
    [
        (
            "Could not open https://ar.wikipedia.org/wiki/مصر_(توضيح): not found",
            "https://ar.wikipedia.org/wiki/مصر_(توضيح)",
        ),
        ("see (https://x.example/a).", "https://x.example/a"),
        ("see (https://x.example/a_(b)).", "https://x.example/a_(b)"),
        ("[https://x.example/list[1]]", "https://x.example/list[1]"),
        ("Opening https://x.example/news…", "https://x.example/news"),
    ],
)
def test_address_spans_keep_their_own_brackets(line: str, address: str) -> None:
    assert [line[start:end] for start, end in address_spans(line)] == [address]


WORDS = ["الحكومة", "تقر", "الموازنة", "العامة", "للعام", "الجديد"]


@pytest.mark.parametrize("width", [30, 40, 50])
def test_a_long_arabic_part_is_cut_between_its_words(width: int) -> None:
    address = "https://akhbar.example/2026/12/" + "-".join(WORDS) + "/6432100"
    from newstui.text.rtl import fit_host

    shaped = {fit_host(word, 100) for word in WORDS}  # each word as drawn alone, shaped
    lines = layout_line(f"Opening {address}…", width)
    assert len(lines) > 1
    pieces = [piece for line in lines for piece in line.replace("/", " ").replace("-", " ").split()]
    arabic = [piece for piece in pieces if any("\ufe70" <= char <= "\ufeff" for char in piece)]
    assert arabic and set(arabic) <= shaped, "every Arabic piece is a whole word"


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u061c"])
def test_a_mark_at_an_address_end_is_dropped(mark: str) -> None:
    assert validate_url(f"{mark}https://akhbar.example/news/1{mark} ") == "https://akhbar.example/news/1"
    with pytest.raises(UsageError):
        validate_url(f"https://akhbar.example/{mark}news/1")


def test_a_pasted_address_drops_its_direction_marks() -> None:
    from newstui.ui.widgets.bidi_input import AddressInput

    pasted = AddressInput().pasted("\u200fhttps://akhbar.example/سياسة/\u200f1\u200e\u061c")
    assert pasted == "https://akhbar.example/سياسة/1"


@pytest.mark.parametrize(
    ("value", "shown"),
    [(3600.0000001, "3600.0000001"), (0.9999999, "0.9999999"), (0.0, "0"), (2.5, "2.5"), (3600.0, "3600")],
)
def test_a_number_refused_is_shown_as_given(value: float, shown: str) -> None:
    """An error quotes a refused number whole: ``at most 3600; not 3600`` contradicted itself (audit cli41 #2)."""
    from newstui.config import _shown

    assert _shown(value) == shown
