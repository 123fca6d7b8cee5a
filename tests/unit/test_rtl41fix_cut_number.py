"""rtl41fix (audit rtl41 #2): a number cut across lines does not take a separator that follows a word.

``تقارير/2026/12/…`` cut after ``12/``: the ``/`` after the word is a neutral between a letter and a number
(level 1 in an Arabic paragraph), only ``2026/12/`` is the number (W4), so the isolate around the cut number
starts at ``2026``.
"""

from __future__ import annotations

import pytest

from newstui.text import rtl
from newstui.text.line_context import LineContext
from newstui.text.reorder import reorder_text

CUT = [
    (["ملفات تقارير/2026/12/", "05/2027/03/09 هنا"], "R", "2026/12//ﺮﻳﺭﺎﻘﺗ ﺕﺎﻔﻠﻣ"),
    (["راجع الأرشيف/2025/11/", "30/2026 الآن"], "R", "2025/11//ﻒﻴﺷﺭﻷﺍ ﻊﺟﺍﺭ"),
    (["بلغ 1,250,", "000 دولار"], "R", "1,250, ﻎﻠﺑ"),  # a number alone keeps its walk to its start
]


@pytest.mark.parametrize(("lines", "base", "first"), CUT)
def test_the_isolate_starts_at_the_numbers_first_digit(lines: list[str], base: str, first: str) -> None:
    """The walk back to the number's start stops at a separator with no digit before it."""
    context = LineContext(len(lines), base, lambda index: lines[index], cut_after=lambda _index: True)
    wrapped = context.wrap(0, lines[0])
    number = lines[0][lines[0].index("/") + 1 :] if "/" in lines[0] else "1,250,"
    assert "\u2066" + number + "\u2069" in wrapped, wrapped
    from newstui.text.shaping import shape

    assert reorder_text(shape(wrapped), base) == first


def test_print_layout_keeps_the_slash_beside_its_word() -> None:
    """Through the layout (the audit's ``-w 16``): ``2026/12//ريراقت``, not ``/2026/12/ريراقت``."""
    lines = rtl.layout_paragraph("الملف تقارير/2026/12/03/2027/01/15 هنا", 16)
    assert any(line.strip().startswith("2026/12//") for line in lines), lines
    assert not any(line.strip().startswith("/2026") for line in lines), lines
