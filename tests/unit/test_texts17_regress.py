"""The plain-text parser on audit-regress16a's findings #1-#8 and #10: false positives of the rules for hashtags and
stamps under a read-also box, closing boilerplate, agencies between slashes, a wire's end marks and a place and its
agency over the text; and a photo's caption over that place and agency.

Every article here is written for these tests; each test failed on the parser before the change it covers (the
guards marked as such pass on both, and keep the change from reaching further than it should).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_dates import lead_agency
from newstui.parse.plaintext_lines import place_agency

SITE: Final = "صحيفة الساحل – محليات"
HEADLINE: Final = "البلدية تفتتح حديقة عامة جديدة على الواجهة البحرية"
LEAD: Final = "افتتحت البلدية صباح اليوم حديقة عامة جديدة على الواجهة البحرية بمساحة تتجاوز عشرين ألف متر مربع."
SECOND: Final = "وقال رئيس البلدية إن الحديقة تضم ممرات للمشي وملاعب للأطفال ومقاعد مظللة على امتداد الشاطئ."
TITLE_A: Final = "مهرجان الربيع يعود إلى الحدائق العامة بعد غياب"
TITLE_B: Final = "متطوعون يزرعون ألف شجرة في الأحياء الشرقية"
HASHTAGS: Final = "#حدائق #الواجهة_البحرية"
TAGS: Final = ("حدائق", "الواجهة_البحرية")
GOES_ON: Final = "وقالت البلدية إن الدخول إلى الحديقة مجاني طوال أيام الأسبوع حتى نهاية فصل الصيف."


def _blocks(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _parse(text: str) -> list[Article]:
    return parse_plaintext(text, origin="x")


def _one(text: str) -> Article:
    articles = _parse(text)
    assert len(articles) == 1, [article.title for article in articles]
    return articles[0]


def _links(article: Article, kind: str) -> list[str]:
    return [link.title for link in article.related if link.kind == kind]


# -- #1. "شاهد أيضا" / hashtags / titles at the page's end ----------------------------------------------------------


def test_hashtags_under_see_also_over_titles_leave_the_titles_related() -> None:
    article = _one(_blocks(SITE, HEADLINE, LEAD, SECOND, f"شاهد أيضا\n{HASHTAGS}\n{TITLE_A}\n{TITLE_B}"))
    assert article.paragraphs == (LEAD, SECOND)
    assert _links(article, "related") == [TITLE_A, TITLE_B]
    assert article.keywords == TAGS


# -- #2 and #10. A read-also title with its card's hashtags, view counter or share prompt, the text going on -------

CARD_FURNITURE: Final = [HASHTAGS, "2,317 مشاهدة", "شارك"]


@pytest.mark.parametrize("furniture", CARD_FURNITURE)
def test_card_furniture_under_a_read_also_title_keeps_the_text_in_the_story(furniture: str) -> None:
    article = _one(
        _blocks(SITE, HEADLINE, LEAD, f"اقرأ أيضا:\n{TITLE_A}\n{furniture}", GOES_ON, "كلمات دلالية: حدائق، بلدية")
    )
    assert article.paragraphs == (LEAD, GOES_ON)
    assert _links(article, "read-also") == [TITLE_A]
    assert all(link.target is None for link in article.related)


def test_view_counter_under_a_read_also_title_without_tags_below() -> None:
    """#10: no source or tags to come under the text: the counter still makes the title a card."""
    article = _one(_blocks(SITE, HEADLINE, LEAD, f"اقرأ أيضا:\n{TITLE_A}\n2,317 مشاهدة", GOES_ON))
    assert article.paragraphs == (LEAD, GOES_ON)
    assert _links(article, "read-also") == [TITLE_A]


def test_embedded_story_under_a_read_also_title_guard() -> None:
    """Guard: a headline with its story's lead under it (a dateline opening it) is still an embedded story."""
    story_lead = "الدمام - أعلنت البلدية عودة مهرجان الربيع إلى الحدائق العامة هذا العام بعد غياب دام ثلاث سنوات."
    articles = _parse(_blocks(SITE, HEADLINE, LEAD, SECOND, f"اقرأ أيضا:\n{TITLE_A}\n{story_lead}"))
    assert [article.title for article in articles] == [HEADLINE, TITLE_A]
    assert articles[1].paragraphs == (story_lead,)


# -- #3. A bare marker over hashtags over an embedded story ---------------------------------------------------------

STORY_LEAD: Final = "الدمام - بدأ متطوعون اليوم حملة لزراعة ألف شجرة في الأحياء الشرقية تستمر حتى نهاية الشهر."
STORY_MORE: Final = "ويشارك في الحملة أكثر من مئتي طالب من مدارس المدينة."


def test_hashtags_over_an_embedded_story_are_its_keywords() -> None:
    articles = _parse(
        _blocks(SITE, HEADLINE, LEAD, SECOND, f"اقرأ أيضا:\n{HASHTAGS}\n{TITLE_B}\n{STORY_LEAD}\n{STORY_MORE}")
    )
    assert [article.title for article in articles] == [HEADLINE, TITLE_B]
    assert articles[0].paragraphs == (LEAD, SECOND)
    assert articles[1].paragraphs == (STORY_LEAD, STORY_MORE)
    assert articles[1].keywords == TAGS


def test_hashtags_over_an_embedded_lead_without_headline() -> None:
    articles = _parse(_blocks(SITE, HEADLINE, LEAD, SECOND, f"اقرأ أيضا:\n{HASHTAGS}\n{STORY_LEAD}\n{STORY_MORE}"))
    assert len(articles) == 2
    assert articles[0].paragraphs == (LEAD, SECOND)
    assert articles[1].paragraphs == (STORY_LEAD, STORY_MORE)
    assert articles[1].keywords == TAGS


def test_bare_marker_over_hashtags_then_the_text_going_on_guard() -> None:
    """Guard: the page's text going on under the hashtags is no embedded story (as before)."""
    articles = _parse(_blocks(SITE, HEADLINE, LEAD, f"اقرأ أيضا:\n{HASHTAGS}", GOES_ON, SECOND))
    assert len(articles) == 1
    assert GOES_ON in articles[0].paragraphs


# -- #4. A short closing line finishing a sentence that ends with a colon ----------------------------------------

COLON_ENDINGS: Final = [
    ("ورفع المنظمون لافتة كبيرة كتب عليها:", "شارك برأيك"),
    ("وظهرت على الشاشة العبارة التالية:", "4,500 views"),
    ("وكان الكتاب الأكثر مبيعا ديوانا بعنوان:", "2027 قراءة"),
]


@pytest.mark.parametrize(("above", "last"), COLON_ENDINGS)
def test_a_line_finishing_a_colon_sentence_is_text(above: str, last: str) -> None:
    article = _one(_blocks(SITE, HEADLINE, LEAD, above, last))
    assert article.paragraphs == (LEAD, above, last)


def test_share_prompt_over_its_buttons_is_still_dropped_guard() -> None:
    article = _one(_blocks(SITE, HEADLINE, LEAD, SECOND, "شارك الخبر:", "فيسبوك | تويتر | واتساب"))
    assert article.paragraphs == (LEAD, SECOND)


# -- #5. A list written with slashes is no agency's credit ----------------------------------------------------------


def test_slash_list_with_agencies_gives_no_attribution() -> None:
    lead = "طالبت الهيئة جميع الفنادق/ وكالات/ الشركات السياحية بتحديث بياناتها قبل بداية الموسم المقبل."
    article = _one(_blocks(SITE, HEADLINE, lead, SECOND))
    assert article.attribution is None
    assert lead_agency(lead) is None


@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        ("المنامة في 7 ديسمبر/ وكالات / افتتح الوزير المركز الجديد", "وكالات"),
        ("القاهرة/ وكالات/ افتتح الوزير المركز الجديد", "وكالات"),
        ("المنامة في 7 ديسمبر/ بنا / افتتح الوزير المركز الجديد", "بنا"),
    ],
)
def test_tight_slashed_agency_closing_a_dateline_guard(lead: str, agency: str) -> None:
    assert lead_agency(lead) == agency


# -- #6. An agency's initials after an end mark ---------------------------------------------------------------------

LAST: Final = "وأوضح أن أعمال الصيانة ستنتهي قبل حلول فصل الشتاء."


@pytest.mark.parametrize(
    ("closing", "agency"),
    [
        ((f"{LAST} (انتهى) أ ش أ",), "أ ش أ"),
        ((LAST, "(النهاية) د ب أ"), "د ب أ"),
        ((LAST, "(انتهى)", "أ ش أ"), "أ ش أ"),
    ],
)
def test_agency_initials_after_an_end_mark_are_the_attribution(closing: tuple[str, ...], agency: str) -> None:
    article = _one(_blocks(HEADLINE, LEAD, SECOND, *closing))
    assert article.paragraphs == (LEAD, SECOND, LAST)
    assert article.attribution == agency


# -- #7. The story's own "(النهاية)" after a full stop -----------------------------------------------------------

OWN_END_MARKS: Final = [
    "وفي المشهد الأخير ظهرت على الشاشة كلمة واحدة بخط كبير. (النهاية)",
    "وختم الكاتب مقاله بسؤال: هل هي البداية أم؟ (النهاية)",
]


@pytest.mark.parametrize("last", OWN_END_MARKS)
def test_the_storys_own_end_word_stays(last: str) -> None:
    article = _one(_blocks(HEADLINE, LEAD, SECOND, last))
    assert article.paragraphs == (LEAD, SECOND, last)


def test_spaced_end_mark_of_a_wire_story_still_goes_guard() -> None:
    """Guard: the same spaced mark under a wire's lead (its agency in its dateline) is the wire's end mark."""
    wire_lead = f"الكويت - 29 - 11 (كونا) -- {LEAD}"
    article = _one(_blocks(HEADLINE, wire_lead, f"{LAST} (النهاية)"))
    assert article.paragraphs == (wire_lead, LAST)


# -- #8. A photo's credit written tight over the text ---------------------------------------------------------------

PHOTO_CREDITS: Final = ["صورة أرشيفية/ رويترز", "تصوير-أ ف ب", "Photo/AP", "صورة أرشيفية - رويترز", "File/Reuters"]


@pytest.mark.parametrize("credit", PHOTO_CREDITS)
def test_photo_credit_is_no_place_and_agency(credit: str) -> None:
    assert place_agency(credit) is None
    article = _one(_blocks(SITE, HEADLINE, credit, LEAD, SECOND))
    assert article.attribution is None


def test_photo_credit_in_html_is_no_attribution() -> None:
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"<p>صورة أرشيفية/ رويترز</p><p>{LEAD}</p><p>{SECOND}</p></article></body></html>"
    )
    articles = parse_html(page, origin="x.html")
    assert articles[0].attribution is None


@pytest.mark.parametrize(("line", "agency"), [("دمشق-سانا", "سانا"), ("Cairo - Reuters", "Reuters")])
def test_place_and_agency_still_read_guard(line: str, agency: str) -> None:
    assert place_agency(line) == agency


# -- A photo's caption over the place and its agency under the headline --------------------------------------------


def test_caption_over_place_and_agency_keeps_the_credit() -> None:
    caption = "جانب من افتتاح الحديقة بحضور رئيس البلدية (أرشيف)"
    article = _one(_blocks(SITE, HEADLINE, caption, "الدمام - واس", LEAD, SECOND))
    assert article.attribution == "واس"
    assert article.title == HEADLINE


def test_bare_marker_over_an_agency_then_the_text_going_on_guard() -> None:
    """Guard (texts16b): a bare marker over an agency alone, the page's text going on under it, embeds no story."""
    articles = _parse(_blocks(SITE, HEADLINE, LEAD, "اقرأ أيضا\n(واس)\nوأضاف أن الحديقة تفتح أبوابها يوميا من الصباح."))
    assert len(articles) == 1
    assert articles[0].related == ()
