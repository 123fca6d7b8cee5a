"""Nested quotes written as mail clients write them (``>> ``, ``>>> ``) draw one bar a ``>``, as ``> > `` does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

import newstui
from helpers.readback import assert_no_quote_marks_drawn, reads_back
from newstui.model import Article
from newstui.text import rtl
from newstui.text.list_items import HANG_MIN

# Our own quoted lines, written for these tests (no word longer than 8 cells, so none is cut at width 8).
TEXT_AR = "قال الوزير إن المشروع سيكتمل قبل نهاية العام، وإن العمل يسير وفق الخطة."
TEXT_EN = "The minister said the bridge will open before the end of the year, as planned."
WIDTHS = range(8, 41)
# (marks as written, quote levels): the spaced form and the mail form of each depth.
NESTED = [("> > ", 2), (">> ", 2), ("> > > ", 3), (">>> ", 3), ("> >> ", 3), (">> > ", 3)]
LANGUAGES = [(TEXT_AR, "rtl"), (TEXT_EN, "ltr")]


def _bars(levels: int, width: int) -> int:
    """The bars drawn: a level's bar (and its space) only while the text beside it keeps ``HANG_MIN`` cells."""
    return min(levels, max(0, (width - HANG_MIN) // 2))


def _letters(lines: tuple[str, ...], rtl_lines: bool) -> str:
    """The lines' text without bars or spaces, read in logical order (right to left for Arabic lines)."""
    text = "".join((line[::-1] if rtl_lines else line).replace(rtl.QUOTE_BAR, "") for line in lines)
    return unicodedata.normalize("NFKC", text).replace(" ", "")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("marks", "levels"), NESTED, ids=[m.strip().replace(" ", "_") for m, _ in NESTED])
@pytest.mark.parametrize(("text", "default"), LANGUAGES, ids=["arabic", "latin"])
def test_nested_marks_draw_bars(text: str, default: rtl.Direction, marks: str, levels: int, width: int) -> None:
    """No ``<``/``>`` at any width; one bar a level on the reading side while it fits, none below 14 cells;
    the text whole; counted and mapped to its words as drawn, and drawn as the spaced form is."""
    quote = marks + text
    rtl_lines = default == "rtl"
    lines = rtl.layout_paragraph(quote, width, default=default, prefer_rtl=rtl_lines)
    assert all(len(line) == width for line in lines), lines
    assert not any(mark in line for line in lines for mark in "<>"), lines
    edge = f" {rtl.QUOTE_BAR}" * _bars(levels, width) if rtl_lines else f"{rtl.QUOTE_BAR} " * _bars(levels, width)
    for line in lines:
        inner = line.removesuffix(edge) if rtl_lines else line.removeprefix(edge)
        assert inner != line or not edge, (edge, line)
        assert rtl.QUOTE_BAR not in inner, lines
    assert _letters(lines, rtl_lines) == text.replace(" ", "")
    if rtl_lines:
        assert reads_back(text, lines), lines
    words, starts = rtl.line_starts(quote, width)
    assert rtl.line_count(quote, width) == len(lines) == len(starts)
    assert words[:levels] == (">",) * levels and starts[0] == (0, 0)
    spaced = "> " * levels + text
    assert lines == rtl.layout_paragraph(spaced, width, default=default, prefer_rtl=rtl_lines)
    assert (words, starts) == rtl.line_starts(spaced, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("marks", [">>", ">>>", ">"])
@pytest.mark.parametrize(("text", "default"), LANGUAGES, ids=["arabic", "latin"])
def test_marks_glued_to_a_word_are_text(text: str, default: rtl.Direction, marks: str, width: int) -> None:
    """``>>`` with no space after it is no quote (as ``>`` glued to a word is not): an arrow or a "read more"
    sign in news text, where mail quoting always leaves a space. Its marks are kept, with no bar."""
    paragraph = marks + text
    lines = rtl.layout_paragraph(paragraph, width, default=default, prefer_rtl=default == "rtl")
    assert not any(rtl.QUOTE_BAR in line for line in lines), lines
    assert sum(line.count("<") + line.count(">") for line in lines) == len(marks), lines
    assert rtl.line_count(paragraph, width) == len(lines)


@pytest.mark.parametrize("width", [8, 12, 13, 14, 15, 16, 20, 40])
@pytest.mark.parametrize("marks", [">> ", ">>> "])
@pytest.mark.parametrize(("text", "direction"), LANGUAGES, ids=["arabic", "latin"])
def test_reader_and_print_draw_no_marks(text: str, direction: rtl.Direction, marks: str, width: int) -> None:
    """The reader's layout and ``--print`` draw neither mark at any width (they share the pipeline)."""
    intro = "قالت الوزارة في بيان اليوم." if direction == "rtl" else "The ministry said so today."
    article = Article(id="q", title=intro, paragraphs=(intro, marks + text, intro), direction=direction)
    assert_no_quote_marks_drawn(article, width)


@pytest.mark.parametrize("marks", ["> ", ">> ", ">>> "])
def test_terminal_mode_keeps_marks_as_written(marks: str) -> None:
    """``--bidi terminal`` leaves the text to the terminal: ``>> `` kept as written, as ``> `` is, where app mode
    draws all their bars (narrower, as many as it draws: rtl10, tests/unit/test_rtl10_terminal_quote.py)."""
    lines = rtl.layout_paragraph(marks + TEXT_AR, 40, mode="terminal")
    assert lines[0].lstrip(" " + rtl.RTL_EMBEDDING[0]).startswith(marks.rstrip()), lines
    assert not any(rtl.QUOTE_BAR in line for line in lines), lines


STORY = f"""صحيفة الوادي – رأي

نقاش حول مستقبل الجسر الجديد في المدينة

>> {TEXT_AR}

>>> {TEXT_AR}

وقال المهندس إن العمل سيبدأ الشهر المقبل.
"""


def _newstui(*args: str) -> str:
    """Run newstui (the copy these tests import) in a subprocess; its output."""
    src = str(Path(newstui.__file__).parents[1])
    env = {**os.environ, "NEWSTUI_BIDI": "", "COLUMNS": "80", "PYTHONPATH": src}
    proc = subprocess.run(
        [sys.executable, "-m", "newstui", *args], capture_output=True, env=env, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.decode("utf-8")


def test_cli_print_json_and_terminal(tmp_path: Path) -> None:
    """``--print`` draws bars, ``--print --bidi terminal`` and ``--json`` keep the marks as written."""
    story = tmp_path / "quote.txt"
    story.write_text(STORY, encoding="utf-8")
    printed = _newstui("--print", "--width", "40", str(story))
    assert "<" not in printed and ">" not in printed
    assert f" {rtl.QUOTE_BAR} {rtl.QUOTE_BAR} {rtl.QUOTE_BAR}\n" in printed
    terminal = _newstui("--print", "--width", "40", "--bidi", "terminal", str(story))
    assert ">> قال" in terminal and ">>> قال" in terminal
    paragraphs = json.loads(_newstui("--json", str(story)))["articles"][0]["paragraphs"]
    assert f">> {TEXT_AR}" in paragraphs and f">>> {TEXT_AR}" in paragraphs


@pytest.mark.parametrize("marks", [">" * 3000 + " ", "> " * 3000, "> >" * 1500 + " "], ids=["run", "spaced", "mixed"])
@pytest.mark.parametrize("width", [10, 80])
def test_deep_quote_in_one_pass(marks: str, width: int) -> None:
    """Thousands of marks (a hostile file) are read in one pass: laid out, counted and mapped, no recursion."""
    quote = marks + TEXT_AR
    lines = rtl.layout_paragraph(quote, width)
    assert rtl.line_count(quote, width) == len(lines) == len(rtl.line_starts(quote, width)[1])
    assert all(len(line) == width for line in lines)
    assert not any(mark in line for line in lines for mark in "<>")
    assert all(line.endswith(f" {rtl.QUOTE_BAR}" * _bars(marks.count(">"), width)) for line in lines)
