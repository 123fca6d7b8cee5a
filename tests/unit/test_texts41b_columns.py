"""Opinion columns of the texts41 audit (#2): the column's own name ("هوامش", "العمود الثامن", "زاوية حادة") beside the
columnist's name over the headline, with or without the page's label, is no title; the headline stays the title and
the columnist the author.

Texts written for these tests (their words are our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext

_HEADLINE: Final = "المدينة التي نسيت أسماء شوارعها"
_TEXT: Final = (
    "كان الناس في حينا يعرفون الطريق إلى البحر من رائحة الخبز، ثم تغيرت المدينة ولم يعد أحد يسأل عن الطريق.",
    "واليوم نكتب العناوين على الهواتف وننسى أن للشوارع أسماء يحفظها الكبار.",
)


def _parse(*head: str) -> Article:
    (article,) = parse_plaintext("\n".join(head) + "\n\n" + "\n\n".join(_TEXT), origin="column.txt")
    return article


@pytest.mark.parametrize(
    ("head", "section", "first"),
    [
        (("مقالات الرأي", "خالد المصري", "هوامش", _HEADLINE), "مقالات الرأي", "هوامش"),
        (("رأي", "هوامش", "خالد المصري", _HEADLINE), "رأي", "هوامش"),
        (("آراء", "خالد المصري", "فوق السطور", _HEADLINE), "آراء", "فوق السطور"),
        (("زاوية حادة", "خالد المصري", _HEADLINE), "زاوية حادة", _TEXT[0]),
        (("خالد المصري", "العمود الثامن", _HEADLINE), "العمود الثامن", _TEXT[0]),
    ],
)
def test_column_name_beside_columnist_is_no_title(head: tuple[str, ...], section: str, first: str) -> None:
    article = _parse(*head)
    assert article.title == _HEADLINE
    assert article.author == "خالد المصري"
    assert article.section == section
    assert article.paragraphs[0] == first
    assert _HEADLINE not in article.paragraphs
    assert "خالد المصري" not in article.paragraphs


@pytest.mark.parametrize(
    ("head", "section"),
    [
        (("مقالات الرأي", "خالد المصري", _HEADLINE), "مقالات الرأي"),  # no column name: as before
        (("مقالات الرأي", _HEADLINE, "خالد المصري"), "مقالات الرأي"),
    ],
)
def test_column_without_its_name_unchanged(head: tuple[str, ...], section: str) -> None:
    article = _parse(*head)
    assert (article.title, article.author, article.section) == (_HEADLINE, "خالد المصري", section)
    assert article.paragraphs[0] == _TEXT[0]


def test_column_word_in_a_headline_is_a_headline() -> None:
    """ "هوامش" opening a news headline is no column's name: the headline stays whole, no author."""
    headline = "هوامش الربح تتراجع في المصارف الأهلية"
    article = _parse(headline)
    assert article.title == headline
    assert article.author is None
    assert article.paragraphs[0] == _TEXT[0]


def test_column_word_without_a_columnist_is_no_column() -> None:
    """ "زاوية" alone over a headline, no writer's name under it: no author, the section what it was."""
    article = _parse("زاوية", "محطة جديدة للحافلات في وسط العاصمة", _TEXT[0][:40])
    assert article.author is None


def test_kicker_and_name_without_column_word_unchanged() -> None:
    """A news kicker over a person's name over a headline (no opinion label, no column word) names no author."""
    article = _parse("كرة القدم", "محمد صلاح", "النجم المصري يقود فريقه إلى نهائي الكأس")
    assert article.author is None


def test_short_headline_under_label_and_name_is_no_column_name() -> None:
    """A headline of two words under the label and the columnist's name, the text under it: the headline, as
    before (a column's name needs a headline under it)."""
    article = _parse("مقالات الرأي", "خالد المصري", "زمن التحولات")
    assert (article.title, article.author, article.section) == ("زمن التحولات", "خالد المصري", "مقالات الرأي")
    assert article.paragraphs[0] == _TEXT[0]
