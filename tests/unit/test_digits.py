"""text.digits.has_digit: the same answer as ``any(map(str.isdigit, text))`` for every character there is."""

from __future__ import annotations

import sys

import pytest

from newstui.text.digits import has_digit


def test_every_code_point_as_str_isdigit_says() -> None:
    wrong = [code for code in range(sys.maxunicode + 1) if has_digit(chr(code)) != chr(code).isdigit()]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", False),
        ("وفي سياق متصل، افتتح وزير التعليم مدرسة حديثة في الضاحية الجنوبية.", False),
        ("افتتح الوزير 3 مدارس", True),
        ("افتتح الوزير ٣ مدارس", True),
        ("مساحة ۴ هكتارات", True),
        ("المساحة م²", True),
        ("البند ① من الاتفاق", True),
        ("Roman Ⅻ is a letter", False),
        ("نصف ½ كيلو", False),
    ],
)
def test_has_digit(text: str, expected: bool) -> None:
    assert has_digit(text) is expected
    assert any(map(str.isdigit, text)) is expected
