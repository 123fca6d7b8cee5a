"""How much work the plain-text parser does (counted, never timed): a story's head read once when no source line
near its top could hide a headline; a long sentence no date line without splitting it into labelled parts."""

from __future__ import annotations

import pytest

from newstui.parse import plaintext, plaintext_dates
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


@pytest.mark.parametrize(
    ("line", "labelled", "parts_read"),
    [
        # A sentence longer than a dateline, with no bar, dot or semicolon: no date line, its parts never read.
        ("وفي سياق متصل، افتتح وزير التعليم مدرسة حديثة تتسع لألف طالب في الضاحية الجنوبية بكلفة 4 ملايين.", False, 0),
        ("وفي سياق متصل، افتتح وزير التعليم مدرسة حديثة تتسع لألف طالب | في الضاحية الجنوبية بالمدينة.", False, 0),
        ("نشر في: الإثنين 30 نوفمبر 2026 - 1:15 م | آخر تحديث: الإثنين 30 نوفمبر 2026 - 3:40 م", True, 1),
    ],
    ids=["sentence-with-digit", "bar-without-digit", "published-and-updated"],
)
def test_labelled_dates_read_parts_only_of_a_parted_line_with_a_digit(
    monkeypatch: pytest.MonkeyPatch, line: str, labelled: bool, parts_read: int
) -> None:
    calls: list[str] = []
    original = plaintext_dates._published_part

    def counted(text: str) -> str:
        calls.append(text)
        return original(text)

    monkeypatch.setattr(plaintext_dates, "_published_part", counted)
    assert plaintext_dates.is_date_line(line) is labelled
    assert len(calls) == parts_read
