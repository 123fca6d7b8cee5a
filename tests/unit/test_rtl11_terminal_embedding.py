"""rtl11 (M1, L1): in ``--bidi terminal`` mode every right-to-left line's text goes between RLE and PDF.

The terminal reorders each row at its default left-to-right base (VTE's; right alignment by padding assumes
it). The tests reorder the lines as such a terminal does (python-bidi at base ``L``, line by line, as VTE's
FriBidi does) and compare them with the line's text read right to left (base ``R``): a final ``.``, a number
or a Latin word opening the line, a run of Latin inside it, keep the places app mode draws them in.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from bidi import get_display
from rich.cells import cell_len

from newstui.cli import run
from newstui.text import rtl

try:  # a second, independent measure where it is installed (it is no dependency of newstui's)
    import wcwidth as _wcwidth
except ImportError:  # pragma: no cover - Rich's measure alone then
    _wcwidth = None


def _cells(text: str) -> int:
    """``text``'s width in cells by Rich, checked against wcwidth's where wcwidth is installed."""
    cells = cell_len(text)
    if _wcwidth is not None:
        assert _wcwidth.wcswidth(text) == cells, text
    return cells


RLE, PDF = rtl.RTL_EMBEDDING
_MARKS = str.maketrans("", "", RLE + PDF)

# Our own sentences, written for these tests: what goes wrong at a left-to-right base without an embedding.
PARAGRAPHS = [
    ("final-stop", "أعلنت وزارة النقل اليوم عن افتتاح محطة جديدة للقطارات في شمال المدينة."),
    ("colon", "وقال المتحدث باسم الوزارة في مؤتمر صحفي:"),
    ("number-first", "2026 هو العام الذي تكتمل فيه أعمال توسعة الطريق الساحلي بين المدينتين."),
    ("latin-first", "WHO أكدت أن عدد الإصابات تراجع خلال الأسبوع الماضي في معظم المناطق."),
    ("latin-inside", "وذكرت وكالة Reuters أن المفاوضات ستستأنف الأسبوع المقبل في العاصمة."),
    ("percent", "تراجع المؤشر بنسبة -1.2% في ختام جلسة التداول اليوم بعد موجة بيع."),
    ("guillemets", "ووصف الوزير الخطة بأنها «خطوة أولى» نحو إصلاح شامل للقطاع."),
    ("item", "1. تخصيص ميزانية إضافية لصيانة الطرق الريفية قبل حلول فصل الشتاء."),
    ("bullet", "• تدريب مئتي مهندس على أنظمة الإشارات الحديثة خلال العام."),
    ("quote", "> نريد أن تصل الخدمة إلى كل قرية في البلاد خلال عامين."),
]
WIDTHS = [12, 13, 20, 33, 47, 80]


def _as_terminal_shows(line: str) -> str:
    """A terminal row as a bidi terminal at its default left-to-right base shows it, without its padding."""
    return get_display(line, base_dir="L").translate(_MARKS).strip(" ")


def _as_read(line: str) -> str:
    """The row's text (no padding, no marks) as a right-to-left reader expects it: at base ``R``."""
    return get_display(line.translate(_MARKS).strip(" "), base_dir="R").strip(" ")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("name", "paragraph"), PARAGRAPHS, ids=[name for name, _ in PARAGRAPHS])
def test_every_arabic_line_reads_right_to_left_at_a_left_to_right_row_base(
    name: str, paragraph: str, width: int
) -> None:
    """Each row of a right-to-left paragraph reads, at a left-to-right row base, as its text read right to left."""
    lines = rtl.layout_paragraph(paragraph, width, mode="terminal", default="rtl", prefer_rtl=True)
    for line in lines:
        assert _as_terminal_shows(line) == _as_read(line), (name, width, lines)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("name", "paragraph"), PARAGRAPHS, ids=[name for name, _ in PARAGRAPHS])
def test_the_embedding_holds_the_text_and_the_padding_stays_outside(name: str, paragraph: str, width: int) -> None:
    """Every line is ``width`` cells (Rich and wcwidth agree: the marks are 0 cells), flush right: the padding
    before the RLE, the PDF last or followed only by an item's or a quote's hanging indent; one pair a line."""
    lines = rtl.layout_paragraph(paragraph, width, mode="terminal", default="rtl", prefer_rtl=True)
    for line in lines:
        assert _cells(line) == width, (name, line)
        pad, opened, rest = line.partition(RLE)
        assert opened and pad.strip(" ") == "" and rest[:1] != " ", (name, line)
        text, closed, after = rest.partition(PDF)
        assert closed and after.strip(" ") == "" and text[-1:] != " ", (name, line)
        assert line.count(RLE) == line.count(PDF) == 1, (name, line)
    words = " ".join(line.translate(_MARKS) for line in lines).replace(">", "").split()
    assert words == paragraph.replace(">", "").split(), (name, lines)  # (narrow: a quote keeps no mark)
    assert rtl.line_count(paragraph, width, mode="terminal") == len(lines)


@pytest.mark.parametrize("width", [12, 13])
@pytest.mark.parametrize("item", ["• بند قصير", "٣- بند آخر", "- خبر عاجل"])
def test_a_narrow_one_line_item_shows_its_marker_at_the_right(item: str, width: int) -> None:
    """L1: below ``HANG_MIN`` cells an Arabic item does not hang, yet its marker still stands at the right
    edge, beside its text (as app mode draws it), not at the left."""
    (line,) = rtl.layout_paragraph(item, width, mode="terminal")
    marker = item.split()[0]
    shown = _as_terminal_shows(line)
    assert shown.endswith(get_display(marker, base_dir="R")), (line, shown)
    assert cell_len(get_display(line, base_dir="L").rstrip(" ")) == width  # flush right: the padding at the left


LATIN = [
    "The ministry said the new line would open next spring.",
    "- Work on the northern station starts in March.",
    "> We want the service in every village.",
]


@pytest.mark.parametrize("width", [20, 47])
@pytest.mark.parametrize("paragraph", LATIN)
def test_left_to_right_lines_are_left_as_they_were(paragraph: str, width: int) -> None:
    """A left-to-right line gets no mark at all."""
    lines = rtl.layout_paragraph(paragraph, width, mode="terminal")
    assert not any(RLE in line or PDF in line for line in lines), lines


@pytest.mark.parametrize("width", [20, 33, 47])
def test_print_terminal_rows_fit_and_read_right(tmp_path: Path, width: int) -> None:
    """``newstui --print --bidi terminal``: no row wider than the width (wcwidth), and every Arabic row reads
    right to left at a left-to-right row base (headline, byline, paragraphs, items, quote, related links)."""
    body = "\n\n".join(paragraph for _, paragraph in PARAGRAPHS)
    story = tmp_path / "story.txt"
    story.write_text(f"وكالة الأنباء – نقل\n\nالوزارة تعلن خطة النقل الجديدة.\n\n{body}\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run(["--print", "--private", "--bidi", "terminal", "-w", str(width), str(story)], out=out, err=err) == 0
    rows = [row for row in out.getvalue().splitlines() if row.strip()]
    assert rows
    arabic = [row for row in rows if any("\u0600" <= ch <= "\u06ff" for ch in row)]
    assert len(arabic) > len(PARAGRAPHS)
    for row in rows:
        assert _cells(row) <= width, row
    for row in arabic:
        assert _as_terminal_shows(row) == _as_read(row), row
