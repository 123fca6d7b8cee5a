"""The plain-text parser's lines around the headline and the story's end: a subtitle over the author and date lines, a
folded body under a wide subtitle, an agency line after a read-also link, lines after a related list,
more credit lines, share and app boilerplate, a place and agency line under the headline, a place and
date without a separator, hashtag keywords.

Every article here is written for these tests; each test failed on the parser before the change it covers.
"""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_head import quick_head

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


# -- H2. a folded body under a subtitle wider than the fold --------------------------------------------

BODY = [
    LEAD + " " + SECOND,
    "وأضاف أن الجسر صمم ليتحمل الفيضانات الكبيرة، وأن كلفته بلغت أربعين مليون دينار دفعت الحكومة نصفها.",
    "وأكد سكان الأحياء القريبة أن الطريق إلى أعمالهم كان يستغرق ساعة كاملة قبل افتتاح الجسر، وأنه صار الآن ربع ساعة.",
]
EN_BODY = [
    EN_LEAD + " " + EN_SECOND,
    "He added that the bridge was built to withstand the largest floods and cost forty million dinars in all.",
    "Residents of the nearby districts said the trip to work used to take a whole hour and now takes fifteen minutes.",
]
WIDE_HEADLINE = "افتتاح جسر جديد فوق نهر المدينة بعد عامين كاملين من العمل"
WIDE_DECK = "الجسر الجديد يربط الضفتين ويختصر الطريق إلى المطار الدولي بنصف ساعة كاملة للمسافرين"
EN_WIDE_HEADLINE = "New bridge opens over the city's river after two long years of building work"
EN_WIDE_DECK = "The crossing links both banks of the river and cuts the drive to the airport by half an hour"


def _fold_s(paragraph: str, width: int) -> list[str]:
    """``paragraph`` as ``fold -s -w width`` breaks it: after the last space within ``width`` UTF-8 bytes."""
    lines: list[str] = []
    rest = paragraph
    while len(rest.encode()) > width:
        cut = 0
        for index, char in enumerate(rest):
            if len(rest[: index + 1].encode()) > width:
                break
            if char == " ":
                cut = index + 1
        lines.append(rest[:cut])
        rest = rest[cut:]
    return [*lines, rest]


def _fill(paragraph: str, width: int) -> list[str]:
    """``paragraph`` as an editor fills it: words up to ``width`` characters a line, no trailing space."""
    lines: list[str] = []
    for word in paragraph.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


_WRAPS = [
    ("ar-fold70", (CRUMBS, WIDE_HEADLINE, WIDE_DECK, DATE, AUTHOR_LINE), BODY, lambda text: _fold_s(text, 70)),
    ("ar-fold60-no-crumbs", (WIDE_HEADLINE, WIDE_DECK, AUTHOR_LINE), BODY, lambda text: _fold_s(text, 60)),
    ("ar-fill40", (CRUMBS, WIDE_HEADLINE, WIDE_DECK, DATE, AUTHOR_LINE), BODY, lambda text: _fill(text, 40)),
    ("en-fold60", (EN_WIDE_HEADLINE, EN_WIDE_DECK, "By Tom Reed"), EN_BODY, lambda text: _fold_s(text, 60)),
    ("en-fill50", (EN_WIDE_HEADLINE, EN_WIDE_DECK, "By Tom Reed"), EN_BODY, lambda text: _fill(text, 50)),
]


@pytest.mark.parametrize(("header", "body", "wrap"), [case[1:] for case in _WRAPS], ids=[case[0] for case in _WRAPS])
def test_wide_deck_does_not_block_unwrapping(header: tuple[str, ...], body: list[str], wrap: object) -> None:
    assert callable(wrap)
    blocks = ["\n".join(wrap(paragraph)) for paragraph in body]
    assert all("\n" in block for block in blocks)
    article = _first(_doc(*header, *blocks))
    deck = header[2] if header[0] == CRUMBS else header[1]
    assert article.paragraphs[0] == deck
    assert [" ".join(text.split()) for text in article.paragraphs[-3:]] == body
    assert article.author in ("سلمى الحداد", "Tom Reed")


def test_headline_like_line_without_a_headline_is_not_a_deck() -> None:
    """The first story line of a page with no headline over a credit line: as before (quick_head agrees)."""
    text = "\n".join(["مدرسة جديدة في الضاحية الجنوبية", "By Jane Doe", "صحيفة المدينة – محليات", LEAD])
    article = _first(text)
    head = quick_head(text)
    assert head is None or head.title == article.title


# -- H3. an agency alone after a read-also headline and its address -----------------------------------

LINK_TITLE = "الحكومة تطرح مناقصة لتوسعة ميناء المدينة الشمالي"
LINK_URL = "https://www.example.com/economy/port-tender"

_AGENCY_AFTER_LINK = [
    ("read-more-reuters", "اقرأ المزيد:", (LINK_TITLE, LINK_URL), "(رويترز)", "رويترز", LINK_URL),
    ("read-also-agencies", "اقرأ أيضا:", (LINK_TITLE, LINK_URL), "(وكالات)", "وكالات", LINK_URL),
    ("heading-no-colon-afp", "اقرأ أيضاً", (LINK_TITLE, LINK_URL), "(أ ف ب)", "أ ف ب", LINK_URL),
    ("no-address", "اقرأ أيضا:", (LINK_TITLE,), "(رويترز)", "رويترز", None),
]


@pytest.mark.parametrize(
    ("marker", "link", "agency_line", "agency", "url"),
    [case[1:] for case in _AGENCY_AFTER_LINK],
    ids=[case[0] for case in _AGENCY_AFTER_LINK],
)
def test_agency_after_read_also_link_is_the_attribution(
    marker: str, link: tuple[str, ...], agency_line: str, agency: str, url: str | None
) -> None:
    text = _doc(HEADLINE, LEAD, SECOND, marker + "\n" + "\n".join(link), agency_line)
    articles = parse_plaintext(text, origin="x")
    assert len(articles) == 1
    article = articles[0]
    assert article.attribution == agency
    assert [(link.title, link.url, link.kind) for link in article.related] == [(LINK_TITLE, url, "read-also")]
    assert article.paragraphs == (LEAD, SECOND)
    assert article.url is None


def test_embedded_story_after_read_also_stays_a_story() -> None:
    story_lead = "أعلنت وزارة النقل طرح مناقصة لتوسعة ميناء المدينة الشمالي خلال الربع الأول من العام المقبل."
    text = _doc(HEADLINE, LEAD, "المصدر: وكالات", "اقرأ أيضا:", LINK_TITLE, "(رويترز)", story_lead)
    articles = parse_plaintext(text, origin="x")
    assert len(articles) == 2
    assert articles[1].title == LINK_TITLE
    assert story_lead in articles[1].paragraphs


# -- M2. closing lines under a related list -------------------------------------------------------------

_RELATED_BULLETED = (
    "مقالات ذات صلة:\n• " + LINK_TITLE + "\n  " + LINK_URL + "\n• المدينة تفتتح حديقة عامة على ضفة النهر"
)
_RELATED_PLAIN = "أخبار ذات صلة\n" + LINK_TITLE + "\nالمدينة تفتتح حديقة عامة على ضفة النهر"

_AFTER_LIST = [
    ("bulleted-hashtags", _RELATED_BULLETED, "#الجسور #النقل #المدينة", None, ("الجسور", "النقل", "المدينة")),
    ("plain-hashtags", _RELATED_PLAIN, "#الجسور #النقل", None, ("الجسور", "النقل")),
    ("bulleted-agency", _RELATED_BULLETED, "(وكالات)", "وكالات", ()),
    ("plain-agency", _RELATED_PLAIN, "(رويترز)", "رويترز", ()),
    ("plain-share", _RELATED_PLAIN, "شارك هذا المقال", None, ()),
    ("bulleted-share-row", _RELATED_BULLETED, "شارك الخبر:\nفيسبوك | تويتر | واتساب", None, ()),
]


@pytest.mark.parametrize(
    ("related", "after", "attribution", "keywords"),
    [case[1:] for case in _AFTER_LIST],
    ids=[case[0] for case in _AFTER_LIST],
)
def test_closing_lines_after_a_related_list_are_no_links(
    related: str, after: str, attribution: str | None, keywords: tuple[str, ...]
) -> None:
    article = _first(_doc(HEADLINE, LEAD, SECOND, related, after))
    assert [link.title for link in article.related] == [LINK_TITLE, "المدينة تفتتح حديقة عامة على ضفة النهر"]
    assert article.attribution == attribution
    assert tuple(keyword.lstrip("#") for keyword in article.keywords) == keywords  # "#" or not: see L2
    assert article.paragraphs == (LEAD, SECOND)


def test_link_like_lines_after_a_related_list_stay_links() -> None:
    article = _first(_doc(HEADLINE, LEAD, SECOND, _RELATED_PLAIN, "الأمطار تغلق طريق المطار ساعتين"))
    assert len(article.related) == 3


# -- M4. share, app and comments boilerplate at a story's end -----------------------------------------

_ENDINGS = [
    ("share-prompt-and-row", ("شارك الخبر:", "فيسبوك | تويتر | واتساب")),
    ("share-prompt-one-line", ("شارك الخبر: فيسبوك | تويتر | واتساب",)),
    ("share-article", ("شارك هذا المقال",)),
    ("app-and-comments", ("حمّل تطبيق صحيفة النهر الآن لتصلك الأخبار لحظة بلحظة", "التعليقات (12)")),
    ("comments-prompt", ("أضف تعليقك",)),
    ("en-share-row", ("Share this article", "Facebook | X | WhatsApp | Email")),
    ("en-comments", ("Comments (3)",)),
]


@pytest.mark.parametrize("ending", [case[1] for case in _ENDINGS], ids=[case[0] for case in _ENDINGS])
def test_share_app_comments_boilerplate_dropped_at_the_end(ending: tuple[str, ...]) -> None:
    article = _first(_doc(HEADLINE, LEAD, SECOND, *ending))
    assert article.paragraphs == (LEAD, SECOND)


def test_boilerplate_after_the_source_line_dropped() -> None:
    article = _first(_doc(HEADLINE, LEAD, SECOND, "المصدر: وكالات", "شارك الخبر:", "فيسبوك | تويتر | واتساب"))
    assert article.paragraphs == (LEAD, SECOND)
    assert article.attribution == "وكالات"


_KEPT_LINES = [
    # a sentence that names Facebook, at the end
    ("facebook-sentence", (LEAD, "وكتب المحافظ على فيسبوك أن الجسر هدية لسكان المدينة.")),
    # a share prompt with text going on under it is no ending
    ("share-mid-story", (LEAD, "شارك الخبر", SECOND)),
]


@pytest.mark.parametrize("paragraphs", [case[1] for case in _KEPT_LINES], ids=[case[0] for case in _KEPT_LINES])
def test_body_lines_kept(paragraphs: tuple[str, ...]) -> None:
    article = _first(_doc(HEADLINE, *paragraphs))
    assert article.paragraphs == paragraphs


# -- M3. more credit lines: ترجمة، تحرير، متابعة، تقرير ------------------------------------------------

_CREDITS = [
    ("translation", "ترجمة: منى الخطيب", "منى الخطيب"),
    ("editing", "تحرير: هالة سليمان", "هالة سليمان"),
    ("follow-up", "متابعة: فهد العتيبي", "فهد العتيبي"),
    ("report", "تقرير - سامي الحلبي", "سامي الحلبي"),
    ("editing-three-words", "تحرير: محمد عبد الله", "محمد عبد الله"),
]


@pytest.mark.parametrize(("line", "author"), [case[1:] for case in _CREDITS], ids=[case[0] for case in _CREDITS])
def test_more_credit_lines_give_the_author(line: str, author: str) -> None:
    article = _first(_doc(HEADLINE, line, LEAD, SECOND))
    assert article.author == author
    assert article.paragraphs == (LEAD, SECOND)


_NOT_CREDITS = [
    ("report-headline", "تقرير: الاقتصاد ينمو أسرع من المتوقع"),
    ("no-colon", "تحرير الأسعار يرفع التضخم"),
    ("follow-up-sentence", "متابعة: الحكومة تقر خطة جديدة للنقل."),
]


@pytest.mark.parametrize("line", [case[1] for case in _NOT_CREDITS], ids=[case[0] for case in _NOT_CREDITS])
def test_lines_that_only_start_like_a_credit(line: str) -> None:
    article = _first(_doc(HEADLINE, line, LEAD, SECOND))
    assert article.author is None
    assert line in article.paragraphs or article.title == line


# -- M1. a place and an agency or site under the headline -------------------------------------------------

SITE_CRUMBS = "صحيفة النهر » محليات » النقل"

_PLACE_CREDITS = [
    # line, breadcrumb (or None), source, section, attribution
    ("site-under-crumbs", "دبي - العربية.نت", SITE_CRUMBS, "صحيفة النهر", "النقل", None),
    ("agency-under-crumbs", "القاهرة - أ ش أ", SITE_CRUMBS, "صحيفة النهر", "النقل", "أ ش أ"),
    ("agency-no-crumbs", "القاهرة - أ ش أ", None, None, None, "أ ش أ"),
    ("reuters-no-crumbs", "عمّان – رويترز", None, None, None, "رويترز"),
    ("site-word-no-crumbs", "القاهرة - بوابة الأهرام", None, "بوابة الأهرام", None, None),
    ("site-no-crumbs", "دبي - العربية.نت", None, "العربية.نت", None, None),
    ("site-and-date", "القاهرة – بوابة الأهرام – 30 نوفمبر", None, "بوابة الأهرام", None, None),
    ("exclusive-site", "القاهرة - خاص بوابة الأهرام", None, "بوابة الأهرام", None, None),
    ("en-agency", "Cairo - Reuters", None, None, None, "Reuters"),
]


@pytest.mark.parametrize(
    ("line", "crumbs", "source", "section", "attribution"),
    [case[1:] for case in _PLACE_CREDITS],
    ids=[case[0] for case in _PLACE_CREDITS],
)
def test_place_and_agency_under_the_headline_is_no_byline(
    line: str, crumbs: str | None, source: str | None, section: str | None, attribution: str | None
) -> None:
    top = (crumbs, HEADLINE) if crumbs else (HEADLINE,)
    text = _doc(*top, line, LEAD, SECOND)
    article = _first(text)
    assert (article.source, article.section, article.attribution) == (source, section, attribution)
    assert article.paragraphs == (line, LEAD, SECOND)  # kept as the text's first line, as a dateline is
    head = quick_head(text)
    assert head is None or (head.title, head.source, head.section) == (HEADLINE, source, section)


def test_source_and_section_under_the_headline_still_a_byline() -> None:
    article = _first(_doc(HEADLINE, "صحيفة النهر – محليات", LEAD, SECOND))
    assert (article.source, article.section) == ("صحيفة النهر", "محليات")
    assert article.paragraphs == (LEAD, SECOND)


# -- L1. a place and a date with nothing between them ------------------------------------------------------

_PLACE_DATES = [
    ("paris", "باريس 14 مارس 2027", "2027-03-14"),
    ("two-word-place-time", "أبو ظبي 14 مارس 2027 - 10:30 ص", "2027-03-14T10:30:00"),
    ("en", "Paris 14 March 2027", "2027-03-14"),
]


@pytest.mark.parametrize(("line", "iso"), [case[1:] for case in _PLACE_DATES], ids=[case[0] for case in _PLACE_DATES])
def test_place_then_date_is_the_dateline(line: str, iso: str) -> None:
    article = _first(_doc(HEADLINE, line, LEAD, SECOND))
    assert article.published == iso
    assert article.paragraphs == (line, LEAD, SECOND)  # kept, as any dateline


_NOT_PLACE_DATES = [
    ("no-year", "ارتفاع الأسعار 14 مارس"),
    ("sentence", "المدينة تستضيف 30 دولة في 2027"),
    ("more-words", "وصل الوفد إلى باريس 14 مارس 2027 للمشاركة"),
]


@pytest.mark.parametrize("line", [case[1] for case in _NOT_PLACE_DATES], ids=[case[0] for case in _NOT_PLACE_DATES])
def test_other_lines_with_a_date_are_not_datelines(line: str) -> None:
    article = _first(_doc(HEADLINE, line, LEAD, SECOND))
    assert article.published is None


# -- L2. hashtag keywords without their "#" ----------------------------------------------------------------

_HASHTAGS = [
    ("last-line", (LEAD, SECOND, "#الجسور #النقل_العام"), ("الجسور", "النقل_العام")),
    ("under-tags-marker", (LEAD, SECOND, "وسوم: #الجسور، #النقل"), ("الجسور", "النقل")),
    ("en", (EN_LEAD, EN_SECOND, "#bridges #transport"), ("bridges", "transport")),
]


@pytest.mark.parametrize(("lines", "keywords"), [case[1:] for case in _HASHTAGS], ids=[case[0] for case in _HASHTAGS])
def test_hashtag_keywords_lose_the_hash(lines: tuple[str, ...], keywords: tuple[str, ...]) -> None:
    article = _first(_doc(HEADLINE, *lines))
    assert article.keywords == keywords


def test_keyword_with_a_hash_inside_kept() -> None:
    article = _first(_doc(HEADLINE, LEAD, SECOND, "كلمات دلالية: C#، البرمجة"))
    assert article.keywords == ("C#", "البرمجة")
