"""A city's headline words that open on a word a first name shares (a currency, a people, Sufi, sedate), a Latin
place or club after a city, a desk's label after a writer's comma, a clause under المصادر: — none is a credit."""

from __future__ import annotations

import pytest

from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_credits import credit_line

_BODY = (
    "تقول الرواية الرسمية إن الحادث وقع صباح أمس في منطقة مزدحمة، وإن فرق الإنقاذ وصلت بعد دقائق قليلة.\n\n"
    "وأضاف المسؤول أن التحقيقات ما زالت جارية لمعرفة ملابسات ما جرى.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "برلين: مارك ألماني",
        "جنيف: فرانك سويسري",
        "القاهرة: صوفي مصري",
        "أنقرة: تركي مسلح",
        "طهران - بندر عباس",
        "الدوحة: رزان وهادئة",
        "الرياض: نورة تتوج",
        "لندن - Premier League",
        "دبي - Expo City",
        "نيويورك - Wall Street",
        "باريس - Louis Vuitton",
    ],
)
def test_no_credit(line: str) -> None:
    assert credit_line(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("نيويورك - John Smith", "John Smith"),
        ("لندن: Anna M. Schmidt", "Anna M. Schmidt"),
        ("القاهرة - محمد يونس", "محمد يونس"),
        ("الرياض - نورة القحطاني", "نورة القحطاني"),
    ],
)
def test_still_a_credit(line: str, name: str) -> None:
    found = credit_line(line)
    assert found is not None and found[0] == name


@pytest.mark.parametrize("label", ["الرياضة", "خاص", "حصري"])
def test_a_label_after_a_writers_comma_is_no_second_writer(label: str) -> None:
    text = f"انقطاع الكهرباء يشل الحركة في العاصمة\nكتب: محمد، {label} | 29 نوفمبر 2026\n\n{_BODY}"
    article = parse_plaintext(text, origin="t.txt")[0]
    assert article.author == "محمد"


def test_a_clause_under_the_sources_stays_in_the_text() -> None:
    clause = "وقال الوزير إن الخطة تمتد عشر سنوات"
    text = f"دراسة جديدة عن المياه الجوفية\n\n{_BODY}\nالمصادر:\nوزارة الموارد المائية\n{clause}\n"
    article = parse_plaintext(text, origin="t.txt")[0]
    assert article.attribution == "وزارة الموارد المائية"
    assert clause in article.paragraphs
