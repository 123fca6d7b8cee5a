"""Audit "textfmt"'s findings in the plain-text parser: a subtitle over the author and date lines, a
folded body under a wide subtitle, an agency line after a read-also link, lines after a related list,
more credit lines, share and app boilerplate, a place and agency line under the headline, a place and
date without a separator, hashtag keywords.

Every article here is written for these tests; each test failed on the parser before the change it covers.
"""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext

CRUMBS = "الرئيسية > أخبار > محليات"
HEADLINE = "افتتاح جسر جديد فوق نهر المدينة بعد عامين من العمل"
DECK = "الجسر يربط الضفتين ويختصر الطريق إلى المطار بنصف ساعة"
DATE = "14 مارس 2027"
AUTHOR_LINE = "بقلم: سلمى الحداد"
LEAD = "افتتح المحافظ صباح اليوم الجسر الجديد فوق نهر المدينة بحضور عدد من المسؤولين وسكان الأحياء القريبة."
SECOND = "وقال المحافظ إن الجسر سيخفف الزحام عن الطرق القديمة، وإن العمل في الطريق الدائري سيبدأ الشهر المقبل."

EN_HEADLINE = "New bridge opens over the river after two years"
EN_DECK = "The crossing links both banks and cuts the airport run by half an hour"
EN_LEAD = "The governor opened the new bridge over the river this morning, with officials and residents looking on."
EN_SECOND = "He said the bridge would ease traffic on the old roads and that work on the ring road starts next month."


def _doc(*lines: str) -> str:
    return "\n\n".join(lines)


def _first(text: str) -> Article:
    return parse_plaintext(text, origin="x")[0]


# -- H1. a subtitle (deck) over the author and date lines --------------------------------------------

_DECKS = [
    ("ar-deck-date-author", (CRUMBS, HEADLINE, DECK, DATE, AUTHOR_LINE, LEAD, SECOND), "سلمى الحداد", "2027-03-14"),
    ("ar-deck-author-date", (CRUMBS, HEADLINE, DECK, AUTHOR_LINE, DATE, LEAD, SECOND), "سلمى الحداد", "2027-03-14"),
    ("ar-deck-author-only", (CRUMBS, HEADLINE, DECK, AUTHOR_LINE, LEAD, SECOND), "سلمى الحداد", None),
    ("ar-deck-date-only", (HEADLINE, DECK, DATE, LEAD, SECOND), None, "2027-03-14"),
    (
        "ar-byline-deck",
        ("صحيفة النهر – محليات", HEADLINE, DECK, DATE, "كتب: سلمى الحداد", LEAD),
        "سلمى الحداد",
        "2027-03-14",
    ),
    ("en-deck", (EN_HEADLINE, EN_DECK, "By Tom Reed", "Mar 14, 2027", EN_LEAD, EN_SECOND), "Tom Reed", "2027-03-14"),
    ("en-deck-date-first", (EN_HEADLINE, EN_DECK, "March 14, 2027", "By Tom Reed", EN_LEAD), "Tom Reed", "2027-03-14"),
]


@pytest.mark.parametrize(("lines", "author", "published"), [case[1:] for case in _DECKS], ids=[c[0] for c in _DECKS])
def test_deck_does_not_hide_the_author_and_date_lines(
    lines: tuple[str, ...], author: str | None, published: str | None
) -> None:
    article = _first(_doc(*lines))
    deck = lines[2] if lines[0] in (CRUMBS, "صحيفة النهر – محليات") else lines[1]
    assert article.author == author
    assert article.published == published
    assert article.paragraphs[0] == deck  # the deck stays the first paragraph
    assert not any(text.startswith(("بقلم", "كتب", "By ")) for text in article.paragraphs)
    assert article.title in (HEADLINE, EN_HEADLINE)


_NOT_DECKS = [
    # a first paragraph that ends like a sentence is text: the lines under it stay as written
    ("sentence-over-author", (HEADLINE, LEAD, AUTHOR_LINE, SECOND)),
    # a short line over an author line with nothing but furniture under it
    ("deck-over-furniture-only", (HEADLINE, DECK, AUTHOR_LINE, DATE)),
]


@pytest.mark.parametrize("lines", [case[1] for case in _NOT_DECKS], ids=[c[0] for c in _NOT_DECKS])
def test_no_deck_no_change(lines: tuple[str, ...]) -> None:
    article = _first(_doc(*lines))
    assert article.author is None
    assert AUTHOR_LINE in article.paragraphs
