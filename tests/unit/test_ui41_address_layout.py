"""ui41 #1: a web address with an Arabic part reads left to right in its typed order, in a notice and a box."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from newstui.text import rtl
from newstui.text.caret import visual_line
from newstui.ui.notices import visual_message

LRI, PDI = "\u2066", "\u2069"
# Written for these tests: an address whose second part is Arabic, then digits.
ADDRESS = "http://127.0.0.1:18842/اقتصاد/2026/11/3307.html"
PARTS = ("http:", "127.0.0.1:18842", "اقتصاد", "2026", "11", "3307.html")


def _app(width: int) -> Any:
    return SimpleNamespace(size=SimpleNamespace(width=width))


def _drawn(part: str) -> str:
    """A part as app mode draws it on its own (shaped, at a left-to-right base)."""
    return rtl.fit_host(part, len(part))


def _in_order(shown: str, parts: tuple[str, ...]) -> bool:
    at = 0
    for part in parts:
        found = shown.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


@pytest.mark.parametrize(
    "message",
    [
        f"Could not open {ADDRESS}: connection refused",
        f"Opening {ADDRESS}…",
        f"Stopped opening {ADDRESS}.",
        f"قال الخادم {ADDRESS} ثم توقف",
    ],
    ids=["could-not-open", "opening", "stopped", "arabic-words-around"],
)
@pytest.mark.parametrize("screen", [240, 100, 60])
def test_a_notice_shows_the_address_parts_in_typed_order(message: str, screen: int) -> None:
    shown = visual_message(_app(screen), message)
    assert _in_order(shown.replace("\n", ""), tuple(_drawn(part) for part in PARTS)), shown
    width = min(60, (screen - 1) // 2) - 3
    assert all(len(line) <= width for line in shown.split("\n"))


def test_a_notice_keeps_whole_an_address_that_fits_a_line() -> None:
    shown = visual_message(_app(240), f"Could not open {ADDRESS}: connection refused")
    assert any(
        line.startswith(_drawn("http:") + "//127.0.0.1:18842/" + _drawn("اقتصاد") + "/2026/11/3307.html")
        for line in shown.split("\n")
    ), shown


def test_in_terminal_mode_the_address_and_each_part_are_isolated() -> None:
    message = f"Could not open {ADDRESS}: connection refused"
    shown = visual_message(_app(240), message, mode="terminal")
    assert f"{LRI}اقتصاد{PDI}/{LRI}2026{PDI}" in shown
    assert shown.count(LRI) == shown.count(PDI) >= len(PARTS) + 1
    assert shown.replace(LRI, "").replace(PDI, "").replace("\n", " ") == message


def test_the_box_draws_the_address_in_typed_order_and_the_caret_follows() -> None:
    line = visual_line(ADDRESS)
    assert line.direction == "ltr"
    assert line.text == "http://127.0.0.1:18842/" + _drawn("اقتصاد") + "/2026/11/3307.html "
    arabic = ADDRESS.index("اقتصاد")
    # each letter of the Arabic part in its own part's cells, right to left; the digits after it to its right
    cells = line.cells
    assert [cells[arabic + n] for n in range(6)] == list(range(arabic + 5, arabic - 1, -1))
    assert cells[ADDRESS.index("2026")] == arabic + 7
    assert sorted(cells) == list(range(len(ADDRESS) + 1))


def test_an_arabic_line_keeps_an_address_in_it_whole() -> None:
    typed = f"خبر {ADDRESS}"
    line = visual_line(typed)
    assert line.direction == "rtl"
    assert _drawn("اقتصاد") + "/2026/11/3307.html" in line.text
    assert line.text.index("http") < line.text.index(_drawn("خبر"))


def test_a_message_without_an_address_is_laid_out_as_before() -> None:
    message = "Saved: تقرير الاقتصاد 2026"
    assert (
        visual_message(_app(240), message)
        == rtl.layout_paragraph(message, 57, direction="ltr", align=False)[0].rstrip()
    )


@pytest.mark.parametrize("screen", [100, 80, 40])
@pytest.mark.parametrize("message", [f"Opening {ADDRESS}…", f"Could not open {ADDRESS}: connection refused"])
def test_punctuation_after_an_address_stays_on_its_line(message: str, screen: int) -> None:
    lines = visual_message(_app(screen), message).split("\n")
    assert not [line for line in lines if line[:1] in {"…", ":"}], lines
    assert _in_order("".join(lines), tuple(_drawn(part) for part in PARTS))


def test_a_long_address_in_the_box_has_each_part_shaped_in_typed_order() -> None:
    long = "https://www.daily-news.example/story/2026/12/3/" + "الحكومة-تقر-خطة-المدارس" + "/6432100"
    line = visual_line(long)
    assert len(long) > 48
    assert line.text == long.replace("الحكومة-تقر-خطة-المدارس", _drawn("الحكومة-تقر-خطة-المدارس")) + " "
    assert sorted(line.cells) == list(range(len(long) + 1))
