"""Plain-text credits of the break11 audit (M4): a doctor's title and a writer's name alone under the headline is the
author over a story of one paragraph too, as over two.

Texts written for these tests (their words are our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext

_HEADLINE: Final = "كيف نحمي أطفالنا من مخاطر الشاشات"
_TEXT: Final = (
    "تشير دراسات حديثة إلى أن الساعات الطويلة أمام الشاشات تؤثر في نوم الأطفال وتركيزهم، "
    "لذلك ينصح الأطباء بتحديد وقت يومي لا يتجاوز ساعتين."
)
_MORE: Final = "ويبقى دور الأسرة أساسيا في تقديم بدائل مفيدة مثل القراءة واللعب في الهواء الطلق."


def _one(*blocks: str) -> Article:
    (article,) = parse_plaintext("\n\n".join(blocks), origin="story.txt")
    return article


@pytest.mark.parametrize(
    ("head", "name", "after"),
    [
        ((), "د. سعاد المصري", (_TEXT,)),  # the audit's shape: one paragraph
        (("رأي الصباح – مقالات",), "د. سعاد المصري", (_TEXT,)),  # under a section line, one paragraph
        ((), "أ.د. خالد النعيمي", (_TEXT,)),  # a professor's title
        ((), "الدكتورة سعاد المصري", (_TEXT,)),  # the title in full
        ((), "د. سعاد المصري", (_TEXT, _MORE)),  # two paragraphs (always right)
    ],
)
def test_doctor_and_name_over_one_paragraph_is_the_author(
    head: tuple[str, ...], name: str, after: tuple[str, ...]
) -> None:
    article = _one(*head, _HEADLINE, name, *after)
    assert (article.title, article.author) == (_HEADLINE, name)
    assert article.paragraphs == after


@pytest.mark.parametrize(
    "lines",
    [
        ("سعاد المصري", _TEXT),  # no title: may be the story's subject
        ("د. سعاد المصري", "جلسة توعية للأهالي"),  # over a short line that is no sentence
        ("د. سعاد المصري",),  # nothing under it: the name stays the story's one line
    ],
)
def test_other_one_paragraph_stories_have_no_author(lines: tuple[str, ...]) -> None:
    """Guard: the name alone is no writer without a doctor's title and a sentence under it."""
    article = _one(_HEADLINE, *lines)
    assert article.author is None
    assert lines[0] in article.paragraphs  # the line stays as written
