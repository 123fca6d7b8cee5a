"""Quoted lines one under the other are one quoted paragraph at each depth: ``> ``, and a quote inside a quote
written ``> > `` or, as mail clients nest replies, ``>> ``."""

from __future__ import annotations

import pytest

from newstui.parse.plaintext_unwrap import unwrap

HEAD = "صحيفة الوادي – رأي\n\nنقاش حول مستقبل النقل العام في المدينة\n\n"

CASES = [
    (
        "> قال المهندس إن الحافلات\n> الجديدة تصل في الربيع.",
        ["> قال المهندس إن الحافلات الجديدة تصل في الربيع."],
    ),
    (
        ">> السطر الأول من الاقتباس المزدوج\n>> والسطر الثاني منه.",
        [">> السطر الأول من الاقتباس المزدوج والسطر الثاني منه."],
    ),
    (
        "> > سطر أول من اقتباس داخل اقتباس\n> > وسطر ثان منه.",
        ["> > سطر أول من اقتباس داخل اقتباس وسطر ثان منه."],
    ),
    (
        ">>> three deep, the first line\n>>> and the second.",
        [">>> three deep, the first line and the second."],
    ),
    (  # the same depth written two ways is one run
        "> > the reply's reply\n>> goes on here.",
        ["> > the reply's reply goes on here."],
    ),
    (  # a deeper quote under a quote is a paragraph of its own, and so is the quote going on under it
        "> the reply says\n>> the first message\n>> said this.\n> and the reply ends.",
        ["> the reply says", ">> the first message said this.", "> and the reply ends."],
    ),
    (  # marks glued to a word are no quote
        ">>اقرأ المزيد\n>>عن المدينة",
        [">>اقرأ المزيد", ">>عن المدينة"],
    ),
]


@pytest.mark.parametrize(("quoted", "expected"), CASES)
def test_quoted_lines_of_one_depth_are_one_paragraph(quoted: str, expected: list[str]) -> None:
    text = f"{HEAD}{quoted}\n\nوقال المهندس إن المدينة تحتاج إلى حافلات جديدة."
    lines = unwrap(text).split("\n")
    body = lines[lines.index("نقاش حول مستقبل النقل العام في المدينة") + 2 : -2]
    assert body == expected
