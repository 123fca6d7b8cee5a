"""A credit line's place ("كتب: فلان - بيروت", "Written by Jane Roe - Cairo"): not the name, not lost.

The place stays where the source wrote it, as the first paragraph (as a dateline on a credit line
does), so ``--json``, ``--print`` and the reader show it, and ``w`` writes it back on the credit line.
Original text written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article, RawDocument
from newstui.parse import parse_document
from newstui.parse.plaintext import parse_plaintext
from newstui.render_blocks import article_blocks
from newstui.save import article_text

BYLINE: Final = "نشرة الساحل – محليات"
HEADLINE: Final = "المجلس البلدي يقر خطة جديدة للنقل العام"
LEAD: Final = "أقر المجلس البلدي مساء الأحد خطة لتوسيع شبكة الحافلات في الأحياء الشمالية، بكلفة تقارب مليوني دينار."
SECOND: Final = "وقال رئيس المجلس إن الخطوط الجديدة ستعمل قبل نهاية الربيع المقبل."
EN_BYLINE: Final = "Coast Herald – Local"
EN_HEADLINE: Final = "Council approves a new bus plan"
EN_LEAD: Final = "The city council approved a plan on Sunday to extend bus routes to the northern districts."
EN_SECOND: Final = "The chairman said the new lines would run before the end of spring."


def _doc(*lines: str) -> str:
    return "\n\n".join(lines)


def _first(text: str) -> Article:
    return parse_plaintext(text, origin="x")[0]


CASES: Final = [
    # (credit line, author, paragraphs before the lead, published)
    ("كتب: محمود الشريف - بيروت", "محمود الشريف", ("بيروت",), None),
    ("بقلم: سلمى الخطيب - القاهرة", "سلمى الخطيب", ("القاهرة",), None),
    ("كتبت: هالة يوسف | الدار البيضاء", "هالة يوسف", ("الدار البيضاء",), None),
    (
        "كتب: محمود الشريف - بيروت | الأحد 29 نوفمبر 2026",
        "محمود الشريف",
        ("بيروت | الأحد 29 نوفمبر 2026",),
        "2026-11-29",
    ),
    ("Written by Jane Roe - Cairo", "Jane Roe", ("Cairo",), None),
    ("By Jane Roe – New York", "Jane Roe", ("New York",), None),
    # Not a place: a dash inside a name, a dateline (kept as before), a long phrase.
    ("كتب: محمد آل-سعيد", "محمد آل-سعيد", (), None),
    ("By Jean-Paul Martin", "Jean-Paul Martin", (), None),
    ("كتب: محمود الشريف - الأحد 29 نوفمبر 2026", "محمود الشريف", ("الأحد 29 نوفمبر 2026",), "2026-11-29"),
    ("By Jane Roe - the council met again on Sunday night", None, None, None),
]
IDS: Final = [
    "arabic-dash-place",
    "arabic-bi-qalam-place",
    "arabic-bar-two-word-place",
    "arabic-place-and-dateline",
    "english-written-by-place",
    "english-en-dash-two-words",
    "arabic-hyphen-in-name",
    "english-hyphen-in-name",
    "arabic-dash-date",
    "english-dash-long-phrase",
]


@pytest.mark.parametrize(("line", "author", "before", "published"), CASES, ids=IDS)
def test_place_under_the_headline(
    line: str, author: str | None, before: tuple[str, ...] | None, published: str | None
) -> None:
    """Byline, headline, credit line, text: the author without the place, the place kept as written."""
    english = line.isascii()
    lines = (EN_BYLINE, EN_HEADLINE, line, EN_LEAD, EN_SECOND) if english else (BYLINE, HEADLINE, line, LEAD, SECOND)
    article = _first(_doc(*lines))
    text = (EN_LEAD, EN_SECOND) if english else (LEAD, SECOND)
    if author is None:  # no credit line: a paragraph, as written
        assert (article.author, article.paragraphs) == (None, (line, *text))
        return
    assert before is not None
    assert (article.title, article.author, article.published) == (lines[1], author, published)
    assert article.paragraphs == (*before, *text)


@pytest.mark.parametrize(
    ("lines", "author", "place", "title"),
    [
        (("Written by Jane Roe - Cairo", EN_LEAD, EN_SECOND), "Jane Roe", "Cairo", EN_LEAD.split(" to the")[0]),
        (("كتب: محمود الشريف - بيروت", LEAD, SECOND), "محمود الشريف", "بيروت", LEAD.split("،")[0]),
    ],
    ids=["english-first-line", "arabic-first-line"],
)
def test_credit_on_the_first_line(lines: tuple[str, ...], author: str, place: str, title: str) -> None:
    """A credit line with a place on a file's first line is the author and the place, not a byline's
    source and section; the title is still the lead's, not the place."""
    article = _first(_doc(*lines))
    assert (article.source, article.section, article.author) == (None, None, author)
    assert article.paragraphs[0] == place
    assert article.title.startswith(title[:30])


@pytest.mark.parametrize(
    "lines",
    [
        (BYLINE, HEADLINE, "كتب: محمود الشريف - بيروت", LEAD, SECOND),
        (EN_BYLINE, EN_HEADLINE, "Written by Jane Roe - Cairo", EN_LEAD, EN_SECOND),
        ("Written by Jane Roe - Cairo", EN_LEAD, EN_SECOND),
        (BYLINE, HEADLINE, "كتب: محمود الشريف - بيروت | الأحد 29 نوفمبر 2026", LEAD, SECOND),
    ],
    ids=["arabic", "english", "english-no-headline", "arabic-place-and-dateline"],
)
def test_shown_and_saved_again(lines: tuple[str, ...]) -> None:
    """The place is drawn (``--print``, the reader), and ``w`` writes it back on the credit line so the
    story reads again the same."""
    article = _first(_doc(*lines))
    place = article.paragraphs[0]
    assert any(place in block.text for block in article_blocks(article))
    saved = article_text(article)
    # The place on the credit line; a place with its date (a dateline of its own) on its own line.
    assert f" - {place}\n" in saved or f"\n{place}\n" in saved
    again = parse_document(RawDocument(origin="saved.txt", data=saved.encode(), content_type="text/plain"))[0]
    fields = ("title", "author", "paragraphs", "source", "section", "published")
    assert [getattr(again, name) for name in fields] == [getattr(article, name) for name in fields]
