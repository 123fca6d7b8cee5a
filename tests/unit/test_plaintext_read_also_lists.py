"""The plain-text parser on read-also lists and lines inside a story's text (audit textfmt4: H3, H4, M1).

A list of titles under a read-also or related heading inside the text ends where the text goes on; an inline
"اقرأ أيضا: <title>" line between paragraphs is a link, not a new story; a wire story's credits trailer under a
"Read more:" title and its address stays the story's last line. The audit's articles are our own text.
"""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_cues import is_credits_trailer, leads_story

HEADLINE = "الحكومة تعلن خطة جديدة لدعم المشروعات الصغيرة والمتوسطة"
LEAD = "أعلنت الحكومة اليوم خطة جديدة لدعم المشروعات الصغيرة بقيمة 5 مليارات جنيه، تشمل قروضا ميسرة وإعفاءات ضريبية."
SAID = "وقال المتحدث الرسمي إن الخطة تستهدف مليون مشروع."
ADDED = "وأضاف المتحدث الرسمي أن الخطة تستهدف مليون مشروع."
ANNOUNCED = "أكد المتحدث الرسمي أن الخطة تستهدف مليون مشروع خلال ثلاث سنوات."
BANK = "البنك المركزي يخفض الفائدة على قروض الشباب"
MINISTER = "وزير المالية يشرح تفاصيل الخطة"
BANK_URL = "https://example.com/a/2"


def _doc(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _articles(text: str) -> list[Article]:
    return parse_plaintext(text, origin="x")


def _links(article: Article) -> list[tuple[str, str | None]]:
    return [(link.title, link.url) for link in article.related]


# -- H3. a list of titles inside the text ends where the text goes on -------------------------------------

_LISTS_IN_THE_TEXT = [
    # (list block, paragraph under it, closing lines, links, attribution)
    (f"اقرأ أيضا:\n• {BANK}\n• {MINISTER}", ADDED, ("المصدر: وكالات",), [(BANK, None), (MINISTER, None)], "وكالات"),
    (f"اقرأ أيضا:\n- {BANK}\n- {MINISTER}", SAID, (), [(BANK, None), (MINISTER, None)], None),
    (f"اقرأ أيضا:\n1. {BANK}\n2. {MINISTER}", ANNOUNCED, (), [(BANK, None), (MINISTER, None)], None),
    (f"مواضيع ذات صلة:\n{BANK} - {BANK_URL}", SAID, (), [(BANK, BANK_URL)], None),
    (f"مواضيع ذات صلة:\n• {BANK}\n{BANK_URL}", ANNOUNCED, ("المصدر: وكالات",), [(BANK, BANK_URL)], "وكالات"),
    (f"مقالات ذات صلة\n{BANK}\n{MINISTER}", ADDED, (), [(BANK, None), (MINISTER, None)], None),
]


@pytest.mark.parametrize(
    ("block", "going_on", "closing", "links", "attribution"),
    _LISTS_IN_THE_TEXT,
    ids=["q4-bullets-wa-adafa-source", "r5-dashes-wa-qala", "numbered-sentence", "r7-title-url", "bullet-url", "plain"],
)
def test_text_under_a_list_in_the_text_is_the_storys(
    block: str, going_on: str, closing: tuple[str, ...], links: list[tuple[str, str | None]], attribution: str | None
) -> None:
    (article,) = _articles(_doc(HEADLINE, LEAD, block, going_on, *closing))
    assert article.paragraphs == (LEAD, going_on)
    assert _links(article) == links
    assert article.attribution == attribution


def test_the_text_goes_on_under_the_list_paragraph_after_paragraph() -> None:
    third = "ومن المنتظر أن تبدأ البنوك في تلقي الطلبات مطلع الشهر المقبل."
    (article,) = _articles(_doc(HEADLINE, LEAD, f"اقرأ أيضا:\n• {BANK}\n• {MINISTER}", ADDED, third))
    assert article.paragraphs == (LEAD, ADDED, third)
    assert _links(article) == [(BANK, None), (MINISTER, None)]


@pytest.mark.parametrize(
    "under",
    [
        "الذهب يرتفع في الأسواق العالمية",  # a headline without a full stop
        "/archives/7.",  # a path under a title is no sentence
        "الذهب يرتفع.",  # a short headline a site ends with a full stop
    ],
    ids=["headline", "path", "short-full-stop"],
)
def test_a_title_under_bulleted_titles_stays_in_the_list(under: str) -> None:
    (article,) = _articles(_doc(HEADLINE, LEAD, f"مقالات ذات صلة\n• {BANK}\n• {MINISTER}\n{under}"))
    assert article.paragraphs == (LEAD,)
    assert [title for title, _ in _links(article)] == [BANK, MINISTER, under]


def test_teasers_under_bulleted_titles_stay_out_of_the_text() -> None:
    """Cards of a title and its teaser: a sentence with a bulleted title under it is no text going on."""
    teaser = "أعلن البنك المركزي خفض الفائدة على قروض الشباب بنسبة نقطتين اعتبارا من الشهر المقبل."
    (article,) = _articles(_doc(HEADLINE, LEAD, f"مقالات ذات صلة\n• {BANK}\n{teaser}\n• {MINISTER}"))
    assert article.paragraphs == (LEAD,)
    assert {BANK, MINISTER} <= {title for title, _ in _links(article)}


# -- H4. an inline read-also line between paragraphs is a link ---------------------------------------------


@pytest.mark.parametrize(
    ("marker", "going_on"),
    [
        (f"اقرأ أيضا: {MINISTER}", SAID),  # q3
        (f"شاهد أيضا: {MINISTER}", SAID),  # q2
        (f"شاهد أيضا: بالفيديو.. {MINISTER}", SAID),  # r1
        (f"اقرأ أيضا: {MINISTER}", "ومن المتوقع أن تستهدف الخطة مليون مشروع."),
        (f"اقرأ أيضا: {MINISTER}", "ويبلغ عدد المشروعات المستهدفة مليون مشروع."),
        (f"اقرأ أيضا: {MINISTER}", ANNOUNCED),  # names the plan as the page's headline does
        (f"اقرأ أيضا: {MINISTER}", "وقال وزير المالية إن تفاصيل الخطة تعلن الأسبوع المقبل."),  # names the link's
        (f"Read more: {MINISTER}", "ومن جانبه أوضح وزير المالية أن تفاصيل الخطة تعلن لاحقا."),
    ],
    ids=[
        "q3-iqra-wa-qala",
        "q2-shahid",
        "r1-bil-video",
        "wa-min",
        "wa-verb",
        "tie-with-the-page",
        "wa-qala-naming-the-link",
        "min-janibihi",
    ],
)
def test_inline_read_also_between_paragraphs_is_a_link(marker: str, going_on: str) -> None:
    articles = _articles(_doc(HEADLINE, LEAD, marker, going_on))
    assert len(articles) == 1
    assert articles[0].paragraphs == (LEAD, going_on)
    assert [(link.title, link.kind) for link in articles[0].related] == [(marker.split(": ", 1)[1], "read-also")]


def test_inline_headline_over_its_own_lead_is_still_a_story() -> None:
    """A lead that names what the link's title names, and not the page's story, starts an embedded story."""
    title = "افتتاح حديقة نباتية في الضاحية"
    lead = "افتتحت الأمانة حديقة نباتية كبيرة في الضاحية الشمالية."
    articles = _articles(_doc(HEADLINE, LEAD, f"اقرأ أيضا: {title}", lead))
    assert [article.title for article in articles] == [HEADLINE, title]
    assert articles[1].paragraphs == (lead,)


@pytest.mark.parametrize(
    ("title", "lead", "heading", "expected"),
    [
        (MINISTER, ANNOUNCED, HEADLINE, False),  # "الخطة" in all three: a tie is the page's text
        ("افتتاح حديقة نباتية في الضاحية", "افتتحت الأمانة حديقة نباتية كبيرة.", HEADLINE, True),
        ("افتتاح حديقة نباتية", "أعلنت البلدية خطة للطرق.", HEADLINE, False),
    ],
    ids=["tie", "names-the-title", "names-nothing"],
)
def test_leads_story(title: str, lead: str, heading: str, expected: bool) -> None:
    assert leads_story(title, lead, heading) is expected


# -- M1. a wire story's credits trailer under a "Read more:" link ------------------------------------------

OIL_HEADLINE = "Oil steadies as OPEC+ weighs cuts"
OIL_LEAD = "DUBAI, Nov 29, 2026 (Reuters) - Oil prices held steady on Monday as traders waited for OPEC+."
ARAMCO = "Saudi Aramco raises December crude prices"
ARAMCO_URL = "https://www.reuters.example/business/aramco/"
TRAILER = "Reporting by Jane Roe; Editing by Mark Potter"


@pytest.mark.parametrize(
    ("block", "links"),
    [
        (f"Read more:\n{ARAMCO}\n{ARAMCO_URL}", [(ARAMCO, ARAMCO_URL)]),  # q7
        (f"Read more:\n{ARAMCO}", [(ARAMCO, None)]),
        (f"Related articles\n{ARAMCO}\n{ARAMCO_URL}", [(ARAMCO, ARAMCO_URL)]),
        (f"Read more: {ARAMCO}", [(ARAMCO, None)]),
    ],
    ids=["q7-title-url", "title-alone", "related-heading", "inline"],
)
@pytest.mark.parametrize(
    "trailer", [TRAILER, "Reporting by Jane Roe in Dubai and Omar Haddad in London; Editing by Mark Potter"]
)
def test_credits_trailer_under_read_more_stays_the_storys(
    block: str, links: list[tuple[str, str | None]], trailer: str
) -> None:
    articles = _articles(_doc(OIL_HEADLINE, OIL_LEAD, block, trailer))
    assert len(articles) == 1
    assert articles[0].paragraphs == (OIL_LEAD, trailer)
    assert _links(articles[0]) == links


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TRAILER, True),
        ("Additional reporting by Omar Haddad; Writing by Jane Roe; Editing by Mark Potter", True),
        ("Writing by Jane Roe", True),
        ("Reporting and writing by Jane Roe", True),
        ("Editing by Mark Potter and Sam Hale", True),
        ("Reporting rules tightened by regulators", False),
        ("Saudi Aramco raises December crude prices", False),
        ("وقال المتحدث الرسمي إن الخطة تستهدف مليون مشروع.", False),
    ],
)
def test_is_credits_trailer(text: str, expected: bool) -> None:
    assert is_credits_trailer(text) is expected


# -- audit vparse M1. a card's teaser directly under its bulleted title is the card's -----------------------

OIL = "النفط يتراجع مع ارتفاع المخزونات الأمريكية"
OIL_TEASER = "تراجعت أسعار النفط للجلسة الثانية بعد بيانات أظهرت زيادة في المخزونات."
BOURSE = "البورصة المصرية تربح 12 مليار جنيه"
BOURSE_TEASER = "أنهت البورصة تعاملات الأسبوع على ارتفاع جماعي لمؤشراتها الرئيسية."

_CARD_LISTS = [
    # (blocks under the lead, the story's paragraphs after the lead, titles among the links)
    ((f"اقرأ أيضا:\n\n• {OIL}\n{OIL_TEASER}\n\n• {BOURSE}\n{BOURSE_TEASER}",), (), (OIL, BOURSE)),  # t38
    ((f"اقرأ أيضا:\n• {OIL}\n{OIL_TEASER}\n• {BOURSE}\n{BOURSE_TEASER}",), (), (OIL, BOURSE)),
    ((f"مقالات ذات صلة\n• {BOURSE}\n{BOURSE_TEASER}",), (), (BOURSE,)),  # one card
    ((f"اقرأ أيضا:\n• {OIL}\n{OIL_TEASER}\n• {BOURSE}\n{BOURSE_TEASER}", ANNOUNCED), (ANNOUNCED,), (OIL, BOURSE)),
    ((f"اقرأ أيضا:\n• {OIL}\n{OIL_TEASER}\n• {BOURSE}", ANNOUNCED), (ANNOUNCED,), (OIL, BOURSE)),
    # bare bulleted titles: the sentence under the last, glued or not, is the text going on (as before)
    ((f"اقرأ أيضا:\n• {OIL}\n• {BOURSE}\n{ANNOUNCED}",), (ANNOUNCED,), (OIL, BOURSE)),
    ((f"اقرأ أيضا:\n\n• {OIL}\n\n• {BOURSE}", ANNOUNCED), (ANNOUNCED,), (OIL, BOURSE)),  # t39
    ((f"اقرأ أيضا:\n• {BOURSE}", ANNOUNCED), (ANNOUNCED,), (BOURSE,)),
]


@pytest.mark.parametrize(
    ("blocks", "going_on", "titles"),
    _CARD_LISTS,
    ids=[
        "t38-cards",
        "cards-no-blank-lines",
        "one-card",
        "cards-then-text",
        "card-then-bare-title-then-text",
        "bare-titles-then-glued-text",
        "t39-bare-titles-then-text",
        "one-title-then-text",
    ],
)
def test_a_cards_teaser_stays_out_of_the_text(
    blocks: tuple[str, ...], going_on: tuple[str, ...], titles: tuple[str, ...]
) -> None:
    (article,) = _articles(_doc(HEADLINE, LEAD, *blocks))
    assert article.paragraphs == (LEAD, *going_on)
    assert set(titles) <= {title for title, _ in _links(article)}


# -- audit vparse M3. the text going on under two or more titles in mid-text --------------------------------

DOLLAR = "الدولار يستقر أمام الجنيه في البنوك"
GOVERNOR = "أكد المحافظ أن البنك سيعقد اجتماعه المقبل في ديسمبر لمراجعة السياسة النقدية في ضوء البيانات الجديدة."
UNION = "من جهته، قال رئيس اتحاد البنوك إن القرار كان متوقعا على نطاق واسع في الأسواق."
PLAN_GOES_ON = "أكد المتحدث الرسمي أن الخطة تستهدف مليون مشروع صغير ومتوسط خلال السنوات الثلاث المقبلة."

_TITLES_THEN_TEXT = [
    # (the paragraphs under "اقرأ أيضا:" and its titles, the titles)
    ((GOVERNOR, UNION), (OIL, DOLLAR)),  # t35
    ((PLAN_GOES_ON,), (OIL, DOLLAR)),
    ((UNION, GOVERNOR), (OIL, DOLLAR)),
    ((PLAN_GOES_ON, SAID), (OIL, BOURSE, DOLLAR)),
]


@pytest.mark.parametrize(
    ("going_on", "titles"), _TITLES_THEN_TEXT, ids=["t35", "one-paragraph", "min-jihatihi-first", "three-titles"]
)
def test_text_under_two_or_more_titles_is_the_storys(going_on: tuple[str, ...], titles: tuple[str, ...]) -> None:
    (article,) = _articles(_doc(HEADLINE, LEAD, "اقرأ أيضا:", *titles, *going_on))
    assert article.paragraphs == (LEAD, *going_on)
    assert _links(article) == [(title, None) for title in titles]


def test_a_lead_naming_the_last_title_still_starts_its_story() -> None:
    """Titles stacked over a story whose lead names what the last title names: links, then that story."""
    lead = "استقر سعر الدولار أمام الجنيه في البنوك المصرية اليوم وسط ترقب لقرارات البنك المركزي."
    articles = _articles(_doc(HEADLINE, LEAD, "اقرأ أيضا:", OIL, DOLLAR, lead))
    assert [article.title for article in articles] == [HEADLINE, DOLLAR]
    assert articles[0].paragraphs == (LEAD,) and articles[1].paragraphs == (lead,)


def test_one_title_on_the_marker_line_over_its_own_lead_is_still_a_story() -> None:
    """t37: "اقرأ أيضا: title" over a lead naming it (and the agency glued to the last line) embeds the story."""
    lead = "تراجعت أسعار النفط للجلسة الثانية على التوالي بعد أن أظهرت بيانات رسمية زيادة غير متوقعة في المخزونات."
    last = "وقال متعاملون إن الطلب الضعيف في آسيا يضغط أيضا على الأسعار.أ ف ب"
    articles = _articles(_doc(HEADLINE, LEAD, f"اقرأ أيضا: {OIL}", lead, last))
    assert [article.title for article in articles] == [HEADLINE, OIL]
    assert articles[1].paragraphs[0] == lead and articles[1].attribution == "أ ف ب"
