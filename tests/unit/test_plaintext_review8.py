"""The plain-text parser on audit review8's findings: an address line under a lead that points to it stays in the
text (M1), a look-alike host on the first line is the source in its ASCII form (M2), a co-author whose surname is a
paper's word stays a writer (M5), and the parser and the listing share one embed rule (L3).

Every article here is written for these tests; each test failed on the parser before the change it covers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_credits import outlet
from newstui.parse.plaintext_cues import introduces_embed
from newstui.sources.index import index_file, parse_indexed

CAP: Final = 1 << 20
HEADLINE: Final = "البلدية تعلن جدولا جديدا لمواعيد جمع النفايات في الأحياء"
AFTER: Final = "وقال مدير النظافة في البلدية إن الجدول الجديد يبدأ العمل به مطلع الشهر المقبل في جميع الأحياء."
PDF: Final = "https://baladiya.example.gov/files/schedule-2027.pdf"
EN_HEADLINE: Final = "Council publishes a new bin collection timetable"
EN_AFTER: Final = "The new timetable takes effect at the start of next month in every district."


def _doc(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def _parse(text: str) -> list[Article]:
    return parse_plaintext(text, origin="x")


# -- M1. A lead that points to a link keeps the address under it in the text ------------------------------------

POINTING: Final = [
    # (case, lead); the address line under it is the document the lead points to, not the story's own page
    ("following-link-stop", "نشرت البلدية جدول المواعيد الجديد، ويمكن للسكان تحميله من الرابط التالي."),
    ("link-below-stop", "أصدرت البلدية جدولا جديدا لجمع النفايات يمكن الاطلاع عليه عبر الرابط أدناه."),
    ("via-link-no-mark", "أصدرت البلدية جدولا جديدا لجمع النفايات وتنشره كاملا عبر الرابط"),
    ("this-link-stop", "أعلنت البلدية مواعيد جديدة لجمع النفايات، وللاطلاع على الجدول الكامل اضغط على هذا الرابط."),
    ("as-follows-stop", "أعلنت البلدية مواعيد جديدة لجمع النفايات في الأحياء، وجاء الجدول كما يلي."),
    ("link-mid-sentence", "أعلنت البلدية مواعيد جديدة. ويمكن تحميل الجدول من الرابط التالي لمن يرغب في الاطلاع عليه."),
    (
        "en-link-below",
        "The council has published the new bin collection timetable, which can be read at the link below.",
    ),
    ("en-following-link", "Residents can download the full timetable from the following link."),
    ("en-this-link", "The full timetable for every district is available at this link!"),
    ("en-here", "The council has posted the full timetable for every district here."),
]


@pytest.mark.parametrize("lead", [case[1] for case in POINTING], ids=[case[0] for case in POINTING])
def test_an_address_the_lead_points_to_stays_in_the_text(lead: str) -> None:
    english = lead.isascii()
    headline, after = (EN_HEADLINE, EN_AFTER) if english else (HEADLINE, AFTER)
    (article,) = _parse(_doc(headline, lead, PDF, after))
    assert article.url is None
    assert list(article.paragraphs) == [lead, PDF, after]


def test_an_address_the_lead_points_to_stays_in_the_text_glued() -> None:
    """The audit's layout: the address line glued between the lead and the next paragraph."""
    lead = POINTING[0][1]
    (article,) = _parse(f"{HEADLINE}\n\n{lead}\n{PDF}\n{AFTER}\n")
    assert article.url is None
    assert list(article.paragraphs) == [lead, PDF, AFTER]


@pytest.mark.parametrize("lead", [case[1] for case in POINTING], ids=[case[0] for case in POINTING])
def test_introduces_embed_of_a_lead_that_points_to_a_link(lead: str) -> None:
    assert introduces_embed(lead) is True


NOT_POINTING: Final = [
    # guards (right before the change too): a lead that names no link, or a link in another sense
    "أعلنت البلدية اليوم جدولا جديدا لمواعيد جمع النفايات في الأحياء السكنية.",
    "وأكد الوزير أن الرابط بين التعليم وسوق العمل يزداد قوة عاما بعد عام.",
    "قال الوزير إن الاتفاق تم كما نشر.",
    "The minister said there is a clear link between schooling and jobs.",
]


@pytest.mark.parametrize("lead", NOT_POINTING)
def test_a_lead_that_points_to_nothing_leaves_the_page_address_the_url(lead: str) -> None:
    page = "https://www.baladiya-news.example/local/2027/01/bins"
    headline, after = (EN_HEADLINE, EN_AFTER) if lead.isascii() else (HEADLINE, AFTER)
    (article,) = _parse(_doc(headline, lead, page, after))
    assert introduces_embed(lead) is False
    assert (article.url, list(article.paragraphs)) == (page, [lead, after])


@pytest.mark.parametrize("lead", [case[1] for case in POINTING[:2]], ids=[case[0] for case in POINTING[:2]])
def test_the_listing_gives_no_address_a_one_sentence_lead_points_to(tmp_path: Path, lead: str) -> None:
    """Without a headline the lead gives the title; the listing's quick address agrees with the full parse."""
    path = tmp_path / "story.txt"
    path.write_text(f"جريدة المدينة – محليات\n{lead}\n{PDF}\n\n{AFTER}\n", encoding="utf-8")
    (stub,) = index_file(str(path), cap=CAP)
    (first, *_) = parse_indexed(stub, cap=CAP)
    assert (stub.url, first.url) == (None, None)
    assert PDF in first.paragraphs


# -- L3. One embed rule for the parser and the listing ------------------------------------------------------------

EMBED_RULE: Final = [
    # (address, lead, an address line beside it, expected)
    (PDF, POINTING[0][1], False, True),
    ("https://x.com/baladiya/status/1790011122233", NOT_POINTING[0], False, True),
    (PDF, NOT_POINTING[0], True, True),
    (PDF, NOT_POINTING[0], False, False),
]


@pytest.mark.parametrize(
    ("address", "lead", "beside", "expected"), EMBED_RULE, ids=["announced", "post", "listed", "own-page"]
)
def test_embed_under_lead(address: str, lead: str, beside: bool, expected: bool) -> None:
    from newstui.parse.plaintext_cues import embed_under_lead

    assert embed_under_lead(address, lead, address_beside=beside) is expected


# -- M2. A host on the first line is the source as the reader shows a host -------------------------------------

BOOK_HEADLINE: Final = "افتتاح معرض الكتاب الدولي في مدينة الساحل"
BOOK_LEAD: Final = "افتتح وزير الثقافة صباح اليوم معرض الكتاب الدولي بمشاركة مئات من دور النشر من بلدان عدة."
BOOK_AFTER: Final = "ويستمر المعرض عشرة أيام ويضم جناحا خاصا لكتب الأطفال."
LOOKALIKE: Final = "www.xn--pple-43d.com"  # www.аpple.com with a Cyrillic а, in its ASCII form

FIRST_LINE_HOSTS: Final = [
    # (case, first line, the story's source)
    ("cyrillic-home", "https://www.\u0430pple.com/", LOOKALIKE),
    ("cyrillic-home-no-slash", "https://www.\u0430pple.com", LOOKALIKE),
    ("cyrillic-bare", "www.\u0430pple.com", LOOKALIKE),
    ("empty-fragment", "https://www.sahel-news.example#", "www.sahel-news.example"),
    ("empty-query", "https://www.sahel-news.example/?", "www.sahel-news.example"),  # (a guard)
    ("all-arabic", "https://مثال.مصر/", "مثال.مصر"),  # (a guard: an all-Arabic host as written)
]


@pytest.mark.parametrize(("first", "source"), [c[1:] for c in FIRST_LINE_HOSTS], ids=[c[0] for c in FIRST_LINE_HOSTS])
def test_a_first_line_host_is_the_source_as_the_reader_shows_it(first: str, source: str) -> None:
    (article,) = _parse(_doc(first, BOOK_HEADLINE, BOOK_LEAD, BOOK_AFTER))
    assert (article.title, article.source, article.url) == (BOOK_HEADLINE, source, None)
    assert list(article.paragraphs) == [BOOK_LEAD, BOOK_AFTER]


@pytest.mark.parametrize("first", ["https://www.\u0430pple.com/", "www.\u0430pple.com"])
def test_the_listing_shows_a_look_alike_source_in_ascii(tmp_path: Path, first: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(_doc(first, BOOK_HEADLINE, BOOK_LEAD, BOOK_AFTER), encoding="utf-8")
    (stub,) = index_file(str(path), cap=CAP)
    (opened, *_) = parse_indexed(stub, cap=CAP)
    assert stub.source == opened.source == LOOKALIKE


def test_a_look_alike_host_in_a_byline_is_the_source_in_ascii() -> None:
    (article,) = _parse(_doc("www.\u0430pple.com – ثقافة", BOOK_HEADLINE, BOOK_LEAD, BOOK_AFTER))
    assert (article.source, article.section) == (LOOKALIKE, "ثقافة")


# -- M5. A co-author whose surname is a paper's word stays a writer ------------------------------------------------

LIB_HEADLINE: Final = "City council approves new budget for public libraries"
LIB_LEAD: Final = "The city council voted on Tuesday to approve a budget that doubles the funding for public libraries."
LIB_AFTER: Final = "Council members said the money would pay for longer opening hours and new books."

CO_AUTHORS: Final = [
    # (case, site line or None, credit line, author, source, attribution)
    ("post", None, "By Jane Doe, Emily Post", "Jane Doe, Emily Post", None, None),
    ("courier", None, "By Jane Doe, Jim Courier", "Jane Doe, Jim Courier", None, None),
    ("observer", None, "By Jane Doe, Mark Observer", "Jane Doe, Mark Observer", None, None),
    ("express", None, "By Jane Doe, John Express", "Jane Doe, John Express", None, None),
    ("herald-under-site", "Harbor Ledger", "By Jane Doe, Sam Herald", "Jane Doe, Sam Herald", "Harbor Ledger", None),
    ("times-under-site", "Harbor Ledger", "By Jane Doe, Ann Times", "Jane Doe, Ann Times", "Harbor Ledger", None),
    # outlets (guards, right before the change too): a paper word no surname is, "The", three words, the site
    ("ledger", None, "By Jane Doe, Gulf Ledger", "Jane Doe", "Gulf Ledger", None),
    ("tribune", None, "By Jane Doe, Harbor Tribune", "Jane Doe", "Harbor Tribune", None),
    ("the-post", None, "By Jane Doe, The Post", "Jane Doe", "The Post", None),
    ("three-words", None, "By Jane Doe, Harbor Evening Post", "Jane Doe", "Harbor Evening Post", None),
    ("own-site", "Harbor Post", "By Jane Doe, Harbor Post", "Jane Doe", "Harbor Post", None),
    ("agency", None, "By Anna Schmidt, Reuters", "Anna Schmidt", None, "Reuters"),
]


@pytest.mark.parametrize(
    ("site", "credit", "author", "source", "attribution"), [c[1:] for c in CO_AUTHORS], ids=[c[0] for c in CO_AUTHORS]
)
def test_a_name_after_the_writers_comma(
    site: str | None, credit: str, author: str, source: str | None, attribution: str | None
) -> None:
    blocks = (LIB_HEADLINE, credit, LIB_LEAD, LIB_AFTER)
    article = _parse(_doc(*((site, *blocks) if site else blocks)))[0]
    assert (article.author, article.source, article.attribution) == (author, source, attribution)
    assert list(article.paragraphs) == [LIB_LEAD, LIB_AFTER]


OUTLETS: Final = [
    ("Emily Post", False),
    ("Jim Courier", False),
    ("Mark Observer", False),
    ("John Express", False),
    ("Gulf Ledger", True),
    ("Harbor Chronicle", True),
    ("The Post", True),
    ("Harbor Daily Times", True),
    ("صحيفة النهر", True),
    ("Reuters", True),
]


@pytest.mark.parametrize(("text", "expected"), OUTLETS)
def test_outlet(text: str, expected: bool) -> None:
    assert outlet(text) is expected
