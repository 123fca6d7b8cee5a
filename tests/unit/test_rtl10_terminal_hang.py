"""rtl10 (rtl8 L3): in ``--bidi terminal`` mode a list item's lines hang beside its marker, as in app mode.

The lines are logical text for the terminal to reorder; the tests reorder them as a terminal with bidi does
at its default left-to-right row direction (VTE: python-bidi at base ``L``, line by line) and check where the
marker and the text stand, and that every line's text keeps to the same column.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from bidi import get_display
from rich.cells import cell_len

from newstui.cli import run
from newstui.text import rtl
from newstui.text.list_items import HANG_MIN, item_marker

# Our own items, written for these tests.
ITEMS = [
    ("• قررت الوزارة زيادة عدد المعلمين في المدارس الريفية بنسبة كبيرة خلال الفصل الدراسي القادم", "rtl"),
    ("1. تخصيص ميزانية إضافية لشراء الكتب المدرسية والأجهزة اللوحية للطلاب في القرى البعيدة والنائية", "rtl"),
    ("١٢- تدريب ألف معلم على طرق التدريس الحديثة بالتعاون مع جامعات محلية ودولية خلال العام", "rtl"),
    ("- ستبدأ أعمال الترميم في 100 مدرسة قبل نهاية الصيف بتمويل من صندوق التنمية الوطني", "rtl"),
    ("- The ministry said the plan would cost about 40 million dollars over three years of work", "ltr"),
    ("3) Training programmes for school principals will start in the autumn in five regions", "ltr"),
]
WIDTHS = [30, 50, 80]


_MARKS = str.maketrans("", "", "".join(rtl.RTL_EMBEDDING))
"""The embedding (rtl11) around a right-to-left line's text: zero cells wide, no part of its words."""


def _words(line: str) -> list[str]:
    return line.translate(_MARKS).split()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("item", "direction"), ITEMS)
def test_terminal_items_hang(item: str, direction: rtl.Direction, width: int) -> None:
    """Each line after the first is indented by the marker's width on the item's reading side (trailing
    spaces for Arabic: the terminal keeps them at the right), and the text of every line ends (Arabic) or
    starts (Latin) in one column; the words stay in logical order; counted and mapped as laid out."""
    marker = item_marker(item)
    assert marker is not None
    size = len(marker)
    lines = rtl.layout_paragraph(item, width, mode="terminal", default="rtl", prefer_rtl=True)
    assert len(lines) > 1 or width == 80
    assert all(cell_len(line) == width for line in lines), lines
    assert [word for line in lines for word in _words(line)] == item.split()
    assert rtl.line_count(item, width, mode="terminal") == len(lines)
    assert len(rtl.line_starts(item, width, mode="terminal")[1]) == len(lines)
    for n, line in enumerate(lines[1:], 1):
        if direction == "rtl":
            assert line.endswith(" " * size) and line[-size - 1] != " ", (n, lines)
        else:
            assert line.startswith(" " * size) and line[size] != " ", (n, lines)
    assert lines[0].lstrip(" ").removeprefix(rtl.RTL_EMBEDDING[0]).startswith(marker), lines


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("item", "direction"), [entry for entry in ITEMS if entry[1] == "rtl"])
def test_terminal_reorders_arabic_items_as_app_mode_draws_them(item: str, direction: rtl.Direction, width: int) -> None:
    """Reordered at a left-to-right row (a terminal's default), an Arabic item's marker stands at the right
    edge of its first line (``1.`` reading ``.1``), and the text of every line ends the marker's width from
    that edge: the columns app mode draws it in."""
    marker = item_marker(item)
    assert marker is not None
    size = len(marker)
    terminal = [
        get_display(line, base_dir="L").translate(_MARKS) for line in rtl.layout_paragraph(item, width, mode="terminal")
    ]
    app = rtl.layout_paragraph(item, width, mode="app", direction=direction)
    mark = app[0][-size:]  # " .1", " -١٢": the marker as app mode draws it (digits and marks are not shaped)
    assert mark[:1] == " " and sorted(mark[1:]) == sorted(marker[:-1])
    assert terminal[0].endswith(mark), terminal
    # Every line's text ends where app mode ends it: at the marker (the first), the marker's width in (the
    # rest). (Where the lines break may differ: app mode's lam-alef ligatures make a word a cell narrower.)
    for n, shown in enumerate(terminal):
        assert len(shown) == width
        assert len(shown.rstrip(" ")) == (width if n == 0 else width - size), terminal
    assert all(len(drawn.rstrip(" ")) == width - size for drawn in app[1:])


@pytest.mark.parametrize("width", [HANG_MIN, HANG_MIN + 1])
@pytest.mark.parametrize(("item", "direction"), ITEMS[:1] + ITEMS[-1:])
def test_too_narrow_to_hang_terminal_items_wrap_under_the_marker(
    item: str, direction: rtl.Direction, width: int
) -> None:
    """Where the marker would leave its text fewer than ``HANG_MIN`` cells, nothing hangs (as in app mode)."""
    lines = rtl.layout_paragraph(item, width, mode="terminal")
    assert not any(line.endswith(" ") for line in lines) if direction == "rtl" else lines[0].startswith(item[:2])
    assert rtl.hang_width(item, width, "terminal") == 0 == rtl.hang_width(item, width, "app")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("item", "direction"), ITEMS)
def test_print_terminal_hangs_items(tmp_path: Path, item: str, direction: rtl.Direction, width: int) -> None:
    """``newstui --print --bidi terminal`` prints an item's lines hanging: an Arabic one's lines after the
    first end the marker's width short of the line (the trailing spaces are not printed, the padding before
    the text is), a Latin one's start the marker's width in."""
    marker = item_marker(item)
    assert marker is not None
    size = len(marker)
    story = tmp_path / "items.txt"
    story.write_text(
        f"وكالة الأنباء – تعليم\n\nأعلنت الوزارة خطتها الجديدة للمدارس اليوم.\n\n{item}\n", encoding="utf-8"
    )
    out, err = io.StringIO(), io.StringIO()
    assert run(["--print", "--private", "--bidi", "terminal", "-w", str(width), str(story)], out=out, err=err) == 0
    printed = out.getvalue().rstrip("\n").splitlines()
    first = next(n for n, line in enumerate(printed) if marker in line)
    lines = printed[first:]
    assert [word for line in lines for word in _words(line)] == item.split()
    assert len(lines) > 1 or width == 80
    for line in lines[1:]:
        if direction == "rtl":
            assert cell_len(line) == width - size, lines
        else:
            assert line.startswith(" " * size) and line[size] != " ", lines
