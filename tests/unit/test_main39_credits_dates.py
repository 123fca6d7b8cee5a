"""A foreign correspondent's name after a city, and a dateline whose last cells are a reading time or counters."""

from __future__ import annotations

import pytest

from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_dates import dateline_kind, iso_date

_BODY = (
    "أعلنت الإدارة الأمريكية اليوم خطة جديدة لدعم مشاريع الطاقة المتجددة في عدة ولايات، وقالت إن الخطة ستوفر آلاف"
    " الوظائف.\n\nوأضافت أن التمويل سيأتي من صندوق اتحادي خاص.\n"
)


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("نيويورك - جون سميث", "جون سميث", None),
        ("لندن: كاثرين براون", "كاثرين براون", None),
        ("نيويورك - John Smith", "John Smith", None),
        ("لندن: Anna M. Schmidt", "Anna M. Schmidt", None),
        ("لندن - Sky News", None, "Sky News"),  # an outlet's name, not a person's
        ("غزة - قصف جديد", None, "غزة"),  # a city's headline words stay what they were
    ],
)
def test_city_and_a_foreign_name(line: str, author: str | None, source: str | None) -> None:
    article = parse_plaintext(f"واشنطن تعلن خطة جديدة للطاقة\n{line}\n\n{_BODY}", origin="t.txt")[0]
    assert (article.author, article.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("29 نوفمبر 2026 | 10:30 ص | 4 دقائق قراءة", "2026-11-29T10:30:00"),
        ("الأحد 29/11/2026 | 10:30 | قراءة 3 دقائق", "2026-11-29T10:30:00"),
        ("2026-11-29 | 14:05 | وقت القراءة: 5 دقائق", "2026-11-29T14:05:00"),
        ("29 نوفمبر 2026 · 1,204 مشاهدة · 3 دقائق قراءة", "2026-11-29"),
        ("Nov 29, 2026 | 5 min read", "2026-11-29"),
    ],
)
def test_dateline_with_reading_time(line: str, iso: str) -> None:
    assert dateline_kind(line) == "sure"
    assert iso_date(line) == iso
    for text in (
        f"واشنطن تعلن خطة جديدة للطاقة\n{line}\n\n{_BODY}",
        f"{line}\nواشنطن تعلن خطة جديدة للطاقة\n\n{_BODY}",
    ):
        article = parse_plaintext(text, origin="t.txt")[0]
        assert article.title == "واشنطن تعلن خطة جديدة للطاقة"
        assert article.published is not None and article.published.startswith(iso[:10])


@pytest.mark.parametrize(
    "line",
    ["4 دقائق قراءة", "قراءة في 3 كتب | 12 مشاهدة", "الأسعار ترتفع 5% | 3 دقائق قراءة"],
)
def test_stamps_alone_or_after_words_are_no_dateline(line: str) -> None:
    assert dateline_kind(line) is None
