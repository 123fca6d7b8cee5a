"""Closing datelines of the break11 audit (M6): a sure dateline closing the page under a one-title read-also box
dates the page, and the title is a link, not an embedded story of that one line.

Texts written for these tests (their words are our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext

_HEAD: Final = (
    "كتب: نادر الشامي\nمحافظة الساحل تفتتح أكبر سوق للخضار في المنطقة",
    "افتتح محافظ الساحل صباح اليوم سوقا مركزية جديدة للخضار والفواكه على مساحة عشرين ألف متر مربع، "
    "بعد عامين من أعمال البناء.",
    "وقال المحافظ إن السوق ستخفف الازدحام في وسط المدينة وتوفر مئات فرص العمل للشباب.",
)
_LINK: Final = "مزارعو الوادي يبدؤون موسم قطف الزيتون"


def _parse(*blocks: str) -> list[Article]:
    return parse_plaintext("\n\n".join((*_HEAD, *blocks)), origin="page.txt")


@pytest.mark.parametrize(
    ("blocks", "published", "kind", "attribution"),
    [
        # the audit's shape: the marker over one title, a blank line, the dateline
        ((f"اقرأ أيضا:\n{_LINK}", "الاثنين 30 نوفمبر 2026 - 09:40"), "2026-11-30T09:40:00", "read-also", None),
        ((f"اقرأ أيضا:\n{_LINK}", "2026/11/30"), "2026-11-30", "read-also", None),
        (
            (f"اقرأ أيضا: {_LINK}", "الاثنين 30 نوفمبر 2026"),
            "2026-11-30",
            "read-also",
            None,
        ),  # title on the marker (always right)
        # the card's date right under its title, then the page's closing dateline
        ((f"اقرأ أيضا:\n{_LINK}\n29 نوفمبر 2026", "30 نوفمبر 2026"), "2026-11-30", "read-also", None),
        # an agency alone after the dateline: the page's credit
        ((f"اقرأ أيضا:\n{_LINK}", "الاثنين 30 نوفمبر 2026", "(واس)"), "2026-11-30", "read-also", "واس"),
        # "See also" over one title: the page's related link
        ((f"شاهد أيضا:\n{_LINK}", "الاثنين 30 نوفمبر 2026"), "2026-11-30", "related", None),
    ],
)
def test_a_dateline_under_a_one_title_box_dates_the_page(
    blocks: tuple[str, ...], published: str, kind: str, attribution: str | None
) -> None:
    articles = _parse(*blocks)
    assert len(articles) == 1  # no story of its own under the title
    (article,) = articles
    assert article.published == published
    assert [(link.title, link.kind) for link in article.related] == [(_LINK, kind)]
    assert article.paragraphs == _HEAD[1:]
    assert article.attribution == attribution


@pytest.mark.parametrize(
    "blocks",
    [
        # a story under the title: its dateline and its text (an embedded story, as ever)
        (
            f"اقرأ أيضا:\n{_LINK}\nالاثنين 30 نوفمبر 2026",
            "بدأ المزارعون في الوادي قطف الزيتون هذا الأسبوع وسط توقعات بإنتاج وفير.",
        ),
    ],
)
def test_a_dateline_over_a_story_under_the_box_is_that_story_s(blocks: tuple[str, ...]) -> None:
    """Guard: the dateline of an embedded story with text of its own stays that story's."""
    page, story = _parse(*blocks)
    assert page.published is None
    assert (story.title, story.published) == (_LINK, "2026-11-30")
