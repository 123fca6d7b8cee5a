"""rtl10 (L8): ``--bidi terminal`` keeps a quote's ``>`` marks, but no more of them than app mode draws bars.

A paragraph opening with thousands of ``>`` printed thousands of marks in terminal mode (lines of marks only,
a hundred lines of them at width 40); app mode draws as many bars as leave the text ``HANG_MIN`` cells.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newstui.cli import run
from newstui.text import rtl
from newstui.text.list_items import HANG_MIN

# Our own quoted lines, written for these tests (no word wider than 8 cells, so none is cut at width 8).
TEXT_AR = "قال المتحدث إن الاجتماع سيعقد غدا في العاصمة لمناقشة الخطة الجديدة للنقل العام."
TEXT_EN = "The mayor said the council will meet tomorrow in the old hall to discuss the new bus plan."
MARKS = [
    (">" * 3000 + " ", 3000),
    ("> " * 3000, 3000),
    ("> >" * 1500 + " ", 3000),
    (">>>>>>>>>> ", 10),
    ("> > > ", 3),
    (">> ", 2),
]
WIDTHS = [8, 13, 14, 15, 20, 30, 40, 80]


_MARKS = str.maketrans("", "", "".join(rtl.RTL_EMBEDDING))
"""The embedding (rtl11) around a right-to-left line's text: zero cells wide."""


def _bars(levels: int, width: int) -> int:
    """The bars app mode draws for a quote ``levels`` deep at ``width``."""
    return min(levels, max(0, (width - HANG_MIN) // 2))


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("marks", "levels"), MARKS, ids=["run", "spaced", "mixed", "ten", "three", "two"])
@pytest.mark.parametrize("text", [TEXT_AR, TEXT_EN], ids=["arabic", "latin"])
def test_terminal_quote_keeps_as_many_marks_as_app_draws_bars(marks: str, levels: int, text: str, width: int) -> None:
    """As many ``>`` as app mode draws bars (as written while they all fit), on the first line, the text beside
    them on every line (no line of marks only), counted and mapped to its words as laid out."""
    quote = marks + text
    lines = rtl.layout_paragraph(quote, width, mode="terminal")
    app = rtl.layout_paragraph(quote, width, mode="app")
    bars = _bars(levels, width)
    assert sum(line.count(rtl.QUOTE_BAR) for line in app[:1]) == bars  # what app mode draws
    assert sum(line.count(">") for line in lines) == bars, lines
    assert all(len(line.translate(_MARKS)) == width for line in lines), lines
    assert all(line.translate(_MARKS).replace(">", "").strip() for line in lines), lines
    assert " ".join(line.translate(_MARKS).replace(">", "") for line in lines).split() == text.split()
    if bars == levels:
        assert lines[0].lstrip(" " + rtl.RTL_EMBEDDING[0]).startswith(marks), lines
    assert len(lines) <= len(rtl.layout_paragraph(text, max(1, width - 2 * bars), mode="terminal"))
    assert rtl.line_count(quote, width, mode="terminal") == len(lines)
    assert len(rtl.line_starts(quote, width, mode="terminal")[1]) == len(lines)


@pytest.mark.parametrize("mode", ["app", "terminal"])
@pytest.mark.parametrize("width", [20, 40, 80])
def test_print_a_deep_quote_is_short(tmp_path: Path, mode: str, width: int) -> None:
    """``newstui --print`` of a story quoting 3,000 deep prints its quote as a few lines in either mode, with
    as many marks (terminal) or bars (app) as fit beside the text."""
    story = tmp_path / "deep.txt"
    story.write_text(f"وكالة الأنباء – محليات\n\n{'> ' * 3000}{TEXT_AR}\n\nوانتهى الاجتماع مساء.\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run(["--print", "--private", "--bidi", mode, "-w", str(width), str(story)], out=out, err=err) == 0
    printed = out.getvalue()
    assert len(printed.splitlines()) < 20, printed
    assert printed.count(">" if mode == "terminal" else rtl.QUOTE_BAR) <= (width - HANG_MIN) // 2 * 12
