"""How often the plain-text parser reads a story's head (counted, never timed): once for a story with no source
line near its top, twice only when a source line under a headline could hide it."""

from __future__ import annotations

import pytest

from newstui.parse import plaintext
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_byline import Head
from newstui.parse.plaintext_lines import LineAt

_NO_HEADLINE = """مجلة الواحة – منوعات

افتتحت مكتبة الحي فرعها الثالث أمس بعد عامين من العمل على ترميم المبنى القديم. وقالت المديرة إن الفرع يضم 4000 كتاب.

وتفتح المكتبة أبوابها يومياً من التاسعة صباحاً حتى الثامنة مساءً.
"""

_SOURCE_UNDER_HEADLINE = """افتتاح الفرع الثالث لمكتبة الحي

المصدر: مجلة الواحة

افتتحت مكتبة الحي فرعها الثالث أمس بعد عامين من العمل على ترميم المبنى القديم. وقالت المديرة إن الفرع يضم 4000 كتاب.

وتفتح المكتبة أبوابها يومياً من التاسعة صباحاً حتى الثامنة مساءً.
"""


def _heads_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count ``read_head`` calls made through the plain-text parser."""
    calls: list[int] = []
    original = plaintext.read_head

    def counted(line_at: LineAt) -> Head:
        calls.append(1)
        return original(line_at)

    monkeypatch.setattr(plaintext, "read_head", counted)
    return calls


@pytest.mark.parametrize(
    ("text", "reads", "title", "attribution"),
    [
        (_NO_HEADLINE, 1, "افتتحت مكتبة الحي فرعها الثالث أمس بعد عامين من العمل على ترميم المبنى القديم", None),
        (_SOURCE_UNDER_HEADLINE, 2, "افتتاح الفرع الثالث لمكتبة الحي", "مجلة الواحة"),
    ],
    ids=["no-source-line", "source-under-headline"],
)
def test_head_read_again_only_past_a_source_line(
    monkeypatch: pytest.MonkeyPatch, text: str, reads: int, title: str, attribution: str | None
) -> None:
    calls = _heads_read(monkeypatch)
    [article] = parse_plaintext(text, origin="story.txt")
    assert len(calls) == reads
    assert article.title == title
    assert article.attribution == attribution
