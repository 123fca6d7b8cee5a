"""A text file's short lines are read as datelines once, however often the header and draft passes ask (perf42)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newstui.parse import plaintext_dates
from newstui.parse.plaintext import parse_plaintext

_DATELINE = "طنجة – 14 فبراير 2026 (محدث 09:40 GMT)"
_HEADLINE = "افتتاح سوق الكتب القديمة في الحي العتيق"
_PARAGRAPH = (
    "افتتح المجلس البلدي صباح اليوم سوقا أسبوعيا للكتب القديمة في ساحة الحي العتيق، "
    "يشارك فيه 40 بائعا من المدن المجاورة، وتستمر أيامه حتى نهاية الشهر المقبل."
)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every line ``_date_tokens`` reads, with the memos emptied before and after."""
    calls: list[str] = []
    original = plaintext_dates._date_tokens

    def counting(text: str) -> list[tuple[str, str]] | None:
        calls.append(text)
        return original(text)

    _forget()
    monkeypatch.setattr(plaintext_dates, "_date_tokens", counting)
    yield calls
    _forget()


def _forget() -> None:
    for memo in (
        plaintext_dates._memo_dateline_kind,
        plaintext_dates._memo_date_line,
        plaintext_dates._memo_dateline_agency,
    ):
        memo.cache_clear()


def test_a_line_asked_again_is_not_read_again(counted: list[str]) -> None:
    first = [plaintext_dates.dateline_kind(_DATELINE), plaintext_dates.is_date_line(_DATELINE)]
    reads = len(counted)
    assert reads > 0
    for _ in range(10):
        assert [plaintext_dates.dateline_kind(_DATELINE), plaintext_dates.is_date_line(_DATELINE)] == first
    assert len(counted) == reads
    assert first == ["sure", True]


def test_a_paragraph_is_no_dateline_without_reading_its_words(counted: list[str]) -> None:
    padded = "   " + _PARAGRAPH + "  "
    assert plaintext_dates.dateline_kind(padded) is None
    assert plaintext_dates.is_date_line(padded) is False
    assert counted == []


def test_a_padded_short_line_is_still_a_dateline() -> None:
    # Longer than a memo line only for its spaces: stripped, it is a dateline as before.
    padded = " " * 200 + _DATELINE + " " * 5
    assert plaintext_dates.dateline_kind(padded) == "sure"
    assert plaintext_dates.is_date_line(padded) is True


def test_a_text_file_reads_its_dateline_once_or_twice(counted: list[str]) -> None:
    text = "\n\n".join([_HEADLINE, _DATELINE, _PARAGRAPH, _PARAGRAPH.replace("40", "55")]) + "\n"
    articles = parse_plaintext(text, origin="souq.txt")
    assert [article.title for article in articles] == [_HEADLINE]
    # Before: ~6 reads of the dateline's words per file (the header, the furniture and the drafts' passes each).
    assert counted.count(_DATELINE) <= 1


def test_a_dateline_agency_asked_again_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    line = "الرباط 14 فبراير 2026 (ومع)"
    calls: list[str] = []
    original = plaintext_dates._split_agency

    def counting(text: str) -> tuple[str, str | None]:
        calls.append(text)
        return original(text)

    _forget()
    monkeypatch.setattr(plaintext_dates, "_split_agency", counting)
    try:
        answers = {plaintext_dates.dateline_agency(line) for _ in range(10)}
        reads = len(calls)
        assert plaintext_dates.dateline_agency(line) in answers
        assert len(calls) == reads <= 2  # before: two reads for each of the eleven questions
    finally:
        _forget()
