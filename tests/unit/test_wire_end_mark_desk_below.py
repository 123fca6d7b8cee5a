"""A wire's end mark closing the last sentence with the desk's initials on the line under it ("… المقبل. (النهاية)" /
"ع ف ج / م ع ع"): both go, and the initials are no attribution."""

from __future__ import annotations

import pytest

from newstui.parse.plaintext import parse_plaintext

_HEAD = "افتتاح مركز صحي جديد في منطقة الجهراء"
_LEAD = "الكويت - 4 - 12 (كونا) -- افتتح وزير الصحة اليوم مركزا صحيا جديدا في منطقة الجهراء يخدم نحو أربعين ألف نسمة."
_LAST = "وأضاف أن الوزارة تعتزم افتتاح مركزين آخرين خلال العام المقبل."


@pytest.mark.parametrize("desk", ["ع ف ج / م ع ع", "م ع ح / ر ج", "ع.ع"])
def test_desk_initials_under_an_end_mark_closing_the_last_sentence(desk: str) -> None:
    text = f"{_HEAD}\n\n{_LEAD}\n\n{_LAST} (النهاية)\n{desk}\n"
    (article,) = parse_plaintext(text, origin="k.txt")
    assert article.paragraphs[-1] == _LAST
    assert article.attribution == "كونا"


def test_initials_under_a_sentence_without_end_mark_stay_as_before() -> None:
    """No end mark above them: the initials alone are not dropped as a desk's code; they stay the story's closing
    credit, as they were read before (they may be one)."""
    text = f"{_HEAD}\n\n{_LEAD}\n\n{_LAST}\nع ف ج / م ع ع\n"
    (article,) = parse_plaintext(text, origin="k.txt")
    assert article.paragraphs[-1] == _LAST
    assert article.attribution == "ع ف ج / م ع ع"
