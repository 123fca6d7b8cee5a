"""rtl41fix (audit rtl41 #1): terminal mode keeps the source's direction marks (LRM, RLM, ALM).

A number an Arabic page wraps in LRMs (``\u200e+971 4 123 4567\u200e``) reads as typed only if the terminal's
bidi gets the marks: they are zero cells wide, so keeping them moves nothing. Embeddings, overrides and isolates
from the source stay out, and the marks the app-mode layout puts around a line for its neighbours
(``line_context.LineContext``) never reach a terminal-mode line.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from bidi import get_display
from rich.cells import cell_len

from newstui.cli import run
from newstui.text import rtl

LRM, RLM, ALM = "\u200e", "\u200f", "\u061c"
MARKS = (LRM, RLM, ALM)
RLE, PDF = rtl.RTL_EMBEDDING

PHONE = f"للحجز اتصلوا بمكتبنا على {LRM}+966 11 234 5678{LRM} أو على الخط الساخن {LRM}920-555-013{LRM} كل يوم"
SIGNED = f"تراجع المؤشر العام بنسبة {LRM}-2.4%{LRM} في ختام تعاملات اليوم"
WITH_RLM = f"قال المتحدث{RLM} إن الاجتماع انتهى{ALM} دون اتفاق"


def _terminal_shows(row: str) -> str:
    """A row as a bidi terminal draws it: reordered at its default left-to-right base."""
    return str(get_display(row, base_dir="L"))


@pytest.mark.parametrize("width", [14, 23, 40, 80])
@pytest.mark.parametrize("paragraph", [PHONE, SIGNED, WITH_RLM])
def test_marks_from_the_source_reach_the_terminal(paragraph: str, width: int) -> None:
    """Every mark of the paragraph is in its terminal-mode lines, in order, and no line is wider than the width."""
    lines = rtl.layout_paragraph(paragraph, width, mode="terminal")
    kept = "".join(char for line in lines for char in line if char in MARKS)
    assert kept == "".join(char for char in paragraph if char in MARKS)
    for line in lines:
        assert cell_len(line) == width, line  # aligned: exactly the width, the marks zero cells
    assert "".join(lines).replace(RLE, "").replace(PDF, "").replace(" ", "") == paragraph.replace(" ", "")


def test_a_phone_number_in_lrms_reads_as_typed_on_a_bidi_terminal() -> None:
    """The audit's case: with the marks kept, the number's groups are not reversed."""
    (line,) = rtl.layout_paragraph(PHONE, 100, mode="terminal")
    shown = _terminal_shows(line)
    assert "+966 11 234 5678" in shown, shown
    assert "920-555-013" in shown, shown
    (line,) = rtl.layout_paragraph(SIGNED, 80, mode="terminal")
    assert "-2.4%" in _terminal_shows(line)


def test_a_fitted_label_keeps_its_marks() -> None:
    """A headline (``fit_line``) in terminal mode keeps the marks too, cut or whole."""
    label = f"الخط الساخن {LRM}920-555-013{LRM}"
    assert rtl.fit_line(label, 40, mode="terminal").count(LRM) == 2
    assert cell_len(rtl.fit_line(label, 40, mode="terminal")) == 40
    assert "920-555-013" in _terminal_shows(rtl.fit_line(label, 40, mode="terminal", align=False))


def test_embeddings_and_isolates_from_the_source_stay_out() -> None:
    """Only the marks are kept: an override, an embedding or an isolate the text brings is still removed."""
    text = f"خبر \u202eabc\u202c و\u2067نص\u2069 و\u202aرقم\u202c {LRM}12{LRM}\ufeff"
    for width in (10, 40):
        lines = rtl.layout_paragraph(text, width, mode="terminal")
        body = "".join(line.replace(RLE, "").replace(PDF, "") for line in lines)
        assert not set(body) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"), lines
        assert body.count(LRM) == 2
    from newstui.text.reorder import strip_bidi_embeddings

    assert strip_bidi_embeddings(f"a\u2066b\u2069{RLM}c\u202e{ALM}") == f"ab{RLM}c{ALM}"
    assert strip_bidi_embeddings("plain") == "plain"


# Paragraphs whose app-mode lines get context marks (numbers opening a line, a bracket split across lines,
# a number cut after its separator): terminal mode must show none of them.
CONTEXT = [
    "صدر التقرير عن جامعة (Cairo University) MIT في 2019-2023 وبلغ العدد 1,250,000,000 شخص",
    "The report 2019-2023 قال (المدير العام) إن 45% من الطلاب نجحوا",
    "بلغ الرقم ١٢٣٬٤٥٦٬٧٨٩ في عام ٢٠٢٦ حسب (المصدر)",
]


@pytest.mark.parametrize("width", [6, 9, 13, 20, 31])
@pytest.mark.parametrize("paragraph", CONTEXT)
def test_the_layouts_own_context_marks_never_reach_a_terminal_line(paragraph: str, width: int) -> None:
    """No mark in terminal mode where the source has none; app mode has none at all, as before."""
    for mode in ("terminal", "app"):
        lines = rtl.layout_paragraph(paragraph, width, mode=mode)  # type: ignore[arg-type]
        assert not any(mark in line for line in lines for mark in MARKS), (mode, lines)
    app = rtl.layout_paragraph(PHONE, width)
    assert not any(mark in line for line in app for mark in MARKS), app


def test_print_terminal_holds_the_marks(tmp_path: Path) -> None:
    """``newstui --print --bidi terminal`` writes the marks; ``--print`` in app mode none."""
    story = tmp_path / "story.txt"
    story.write_text(f"مكتب الحجز\n\n{PHONE}\n", encoding="utf-8")
    for mode, marks in (("terminal", 4), ("app", 0)):
        out, err = io.StringIO(), io.StringIO()
        assert run(["--print", "--private", "--bidi", mode, "-w", "60", str(story)], out=out, err=err) == 0
        text = out.getvalue()
        assert text.count(LRM) == marks, text
        assert all(cell_len(row) <= 60 for row in text.splitlines())
