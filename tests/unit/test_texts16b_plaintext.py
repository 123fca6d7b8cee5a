"""The plain-text parser on texts15's findings #3, #4, #7 and #8: a line of hashtags closing the page under a
read-also box, an agency between slashes whose opening slash is tight against the word before it, comments
headings and view counters at a story's end, and a wire's end codes under its text.

Every article here is written for these tests; each test failed on the parser before the change it covers
(the guards marked as such pass on both, and keep the change from reaching further than it should).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_cues import is_closing_boilerplate
from newstui.parse.plaintext_dates import lead_agency, lead_dateline

SITE: Final = "صحيفة الوادي"
HEADLINE: Final = "المجلس البلدي يقر خطة لتوسعة شبكة الحافلات في العاصمة"
LEAD: Final = (
    "أقر المجلس البلدي في جلسته الأسبوعية أمس خطة لتوسعة شبكة الحافلات العامة في العاصمة بإضافة ستة خطوط جديدة."
)
SECOND: Final = "وقال رئيس المجلس إن الخطوط الجديدة ستخدم الأحياء الشمالية التي تفتقر إلى وسائل النقل العام منذ سنوات."
LINK_TITLE: Final = "افتتاح محطة الحافلات المركزية بعد أعمال تجديد استمرت عامين"
OTHER_TITLE: Final = "بلدية العاصمة تطلق تطبيقاً لمواعيد الحافلات"
HASHTAGS: Final = "#النقل_العام #العاصمة"
TAGS: Final = ("النقل_العام", "العاصمة")


def _one(text: str) -> Article:
    articles = parse_plaintext(text, origin="x")
    assert len(articles) == 1, [article.title for article in articles]
    return articles[0]


def _blocks(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _page(*closing: str) -> str:
    return _blocks(SITE, HEADLINE, LEAD, SECOND, *closing)


# -- #3. A line of hashtags under an "اقرأ أيضا" box -------------------------------------------------------------

HASHTAGS_UNDER_BOX: Final = [
    # (lines under the story's text, read-also links, related links)
    (("اقرأ أيضا", LINK_TITLE, HASHTAGS), [LINK_TITLE], []),
    (("اقرأ أيضا:", LINK_TITLE, HASHTAGS), [LINK_TITLE], []),
    (("إقرأ أيضاً", LINK_TITLE, HASHTAGS), [LINK_TITLE], []),
    (("اقرأ أيضا", f"{LINK_TITLE}\nhttps://alwadi.example/news/12", HASHTAGS), [LINK_TITLE], []),
    (("اقرأ أيضا", f"{LINK_TITLE}\n{OTHER_TITLE}", HASHTAGS), [LINK_TITLE, OTHER_TITLE], []),
    (("اقرأ أيضا", HASHTAGS), [], []),
    (("شاهد أيضا", LINK_TITLE, HASHTAGS), [], [LINK_TITLE]),
    (("اقرأ أيضا", LINK_TITLE, f"{HASHTAGS}\nشارك الخبر"), [LINK_TITLE], []),
]


@pytest.mark.parametrize(("closing", "read_also", "related"), HASHTAGS_UNDER_BOX)
def test_hashtags_under_a_read_also_box_are_the_pages_keywords(
    closing: tuple[str, ...], read_also: list[str], related: list[str]
) -> None:
    article = _one(_page(*closing))
    assert article.keywords == TAGS
    assert [link.title for link in article.related if link.kind == "read-also"] == read_also
    assert [link.title for link in article.related if link.kind == "related"] == related
    assert article.paragraphs == (LEAD, SECOND)
    assert all(link.target is None for link in article.related)  # no embedded story


def test_hashtags_under_an_embedded_story_stay_its_own_guard() -> None:
    """Guard: a read-also box over a whole story (its headline and text) still embeds it; the hashtags under its
    text are the embedded story's, as before."""
    story_lead = "افتتحت البلدية صباح اليوم محطة الحافلات المركزية بعد أعمال تجديد استمرت عامين بكلفة كبيرة."
    story_second = "وتتسع المحطة الجديدة لأكثر من أربعين حافلة في وقت واحد، وتضم قاعات انتظار مكيفة."
    articles = parse_plaintext(_page("اقرأ أيضا", LINK_TITLE, story_lead, story_second, HASHTAGS), origin="x")
    assert [article.title for article in articles] == [HEADLINE, LINK_TITLE]
    assert articles[1].paragraphs == (story_lead, story_second)


def test_one_hashtag_line_inside_a_list_of_titles_guard() -> None:
    """Guard: a title under the box that merely starts with a hashtag word and goes on is still a title."""
    title = "#عاجل البلدية تغلق شارع الجامعة ليومين"
    article = _one(_page("اقرأ أيضا", title))
    assert [link.title for link in article.related] == [title]
    assert article.keywords == ()


# -- #4. "المنامة في 7 ديسمبر/ بنا /": the opening slash tight against the word before it ------------------------

BNA_TEXT: Final = "افتتح وزير الصحة اليوم مركزاً صحياً جديداً في المحافظة الشمالية بطاقة استيعابية كبيرة."

SLASHED_LEADS: Final = [
    # (lead's dateline, attribution, published)
    ("المنامة في 7 ديسمبر/ بنا /", "بنا", None),
    ("المنامة في 7 ديسمبر 2025/ بنا /", "بنا", "2025-12-07"),
    ("المنامة في 7 ديسمبر 2025/ بنا/", "بنا", "2025-12-07"),
    ("المنامة في 7 ديسمبر 2025 /بنا/", "بنا", "2025-12-07"),  # guard: the spaced form, as before
    ("مسقط في 7 ديسمبر 2025/ العمانية /", "العمانية", "2025-12-07"),
]


@pytest.mark.parametrize(("dateline", "attribution", "published"), SLASHED_LEADS)
def test_agency_between_slashes_glued_to_the_word_before(
    dateline: str, attribution: str, published: str | None
) -> None:
    article = _one(_blocks("وكالة أنباء الخليج – محليات", HEADLINE, f"{dateline} {BNA_TEXT}", SECOND))
    assert article.attribution == attribution
    assert article.published == published
    assert article.paragraphs[0] == f"{dateline} {BNA_TEXT}"  # the lead stays whole


NOT_SLASHED_AGENCIES: Final = [
    "المنامة 2025/12/07 افتتح الوزير المركز الجديد",
    "وبلغت نسبة الإنجاز 1/ 2 / بنا المشروع",
    "وتحدث عن ملفات غزة/بنا/ الاقتصاد في كلمته",
    "المنامة في 7 ديسمبر/ القدس / افتتح الوزير",
    "قال المتحدث/ وام/2025 إن الوزير افتتح",
]


@pytest.mark.parametrize("text", NOT_SLASHED_AGENCIES)
def test_slashes_between_digits_or_words_are_no_agency(text: str) -> None:
    """Negative: a date or fraction written with slashes, words between slashes with no space after the first, a
    place between slashes and a slash run into a year are no agency's credit."""
    assert lead_agency(text) is None


def test_glued_slashed_agency_gives_the_leads_dateline() -> None:
    text = f"المنامة في 7 ديسمبر 2025/ بنا / {BNA_TEXT}"
    assert lead_dateline(text) == "المنامة في 7 ديسمبر 2025/ بنا /"
    assert lead_agency(text) == "بنا"


# -- #7. Comments headings and view counters at the story's end ----------------------------------------------------

COMMENT_FOOTERS: Final = [
    ("شارك هذا المقال", "تعليقات الزوار", "أضف تعليقك"),
    ("تعليقات الزوار",),
    ("تعليقات القراء",),
    ("تعليقات القرّاء (3)",),
    ("آراء القراء", "أضف تعليقاً"),
    ("شارك برأيك",),
    ("عدد المشاهدات: 12,450",),
    ("1,204 مشاهدة", "12 تعليقا"),
    ("شارك هذا المقال\nتعليقات الزوار\nأضف تعليقك",),
]


@pytest.mark.parametrize("footer", COMMENT_FOOTERS)
def test_comments_headings_at_the_end_are_dropped(footer: tuple[str, ...]) -> None:
    article = _one(_page(*footer))
    assert article.paragraphs == (LEAD, SECOND)


KEPT_SENTENCES: Final = [
    "تعليقات الزوار على صفحة البلدية كانت إيجابية في معظمها.",
    "آراء القراء حول الخطة تباينت بين مؤيد ومعارض",
    "عدد المشاهدات تجاوز مليون مرة خلال يومين",
    "شارك برأيك في الاستطلاع الذي تجريه البلدية حتى نهاية الشهر.",
    "وبلغ عدد الركاب 12,450 راكباً يومياً",
]


@pytest.mark.parametrize("last", KEPT_SENTENCES)
def test_a_sentence_about_comments_or_views_is_kept(last: str) -> None:
    """Negative: only the heading, prompt or counter alone is boilerplate, never a sentence that names them."""
    assert not is_closing_boilerplate(last)
    article = _one(_page(last))
    assert article.paragraphs == (LEAD, SECOND, last)


def test_comments_heading_inside_the_story_is_kept() -> None:
    """Negative: a comments heading between paragraphs is not the story's end and stays."""
    article = _one(_page("تعليقات القراء", "وأضاف رئيس المجلس أن البلدية ستستمع لملاحظات السكان قبل التنفيذ."))
    assert "تعليقات القراء" in article.paragraphs


# -- #8. A wire's end codes ------------------------------------------------------------------------------------------

LAST: Final = "وأضاف أن المشروع يضم ستة خطوط جديدة وشبكة طرق بطول 180 كيلومتراً."

END_CODES: Final = [
    # (closing paragraphs, attribution)
    ((f"{LAST} (النهاية) م ع ح / ر ج",), None),
    ((f"{LAST}(النهاية)",), None),
    ((LAST, "(النهاية)", "م ع ح / ر ج"), None),
    ((LAST, "(النهاية) ع ا ب / ر ج"), None),
    ((LAST, "ع.ع", "بنا 1420 جمت 07/12/2025"), "بنا"),
    ((LAST, "ع.ع\nبنا 1420 جمت 07/12/2025"), "بنا"),
    ((LAST, "كونا071530 جمت ديس 25"), "كونا"),
    ((f"{LAST} (النهاية) م ع ح / ر ج", "شارك الخبر"), None),
]


@pytest.mark.parametrize(("closing", "attribution"), END_CODES)
def test_wire_end_codes_are_dropped(closing: tuple[str, ...], attribution: str | None) -> None:
    article = _one(_blocks(HEADLINE, LEAD, SECOND, *closing))
    assert article.paragraphs == (LEAD, SECOND, LAST)
    assert article.attribution == attribution


LAST_SENTENCES: Final = [
    # a real last sentence, never cut
    "وقال إن الأزمة لن تصل إلى (النهاية) قريبا.",
    "وختم بالقول: هذه هي (النهاية)",
    "وتحمل روايته الأخيرة عنوان «البداية» (النهاية)",
    "انتهى الاجتماع في وقت متأخر من الليل دون اتفاق.",
    "ومن المقرر أن تبدأ الرحلة عند الساعة 1420 بتوقيت جمت.",
    "وقال: لم لا",
]


@pytest.mark.parametrize("last", LAST_SENTENCES)
def test_a_real_last_sentence_is_never_cut(last: str) -> None:
    """Negative: "النهاية" or "انتهى" in a sentence, short words closing it, "جمت" in a sentence: all stay."""
    article = _one(_blocks(HEADLINE, LEAD, SECOND, last))
    assert article.paragraphs == (LEAD, SECOND, last)


def test_initials_alone_without_end_mark_or_stamp_stay() -> None:
    """Negative: initials alone at the end with no end mark or filing stamp by them are not dropped as a desk's code;
    an agency's initials over an end mark stay its credit."""
    article = _one(_blocks(HEADLINE, LEAD, SECOND, LAST, "أ ف ب", "(النهاية)"))
    assert article.paragraphs == (LEAD, SECOND, LAST)
    assert article.attribution == "أ ف ب"


def test_end_mark_closing_a_one_paragraph_story() -> None:
    """A story of one paragraph loses only the end mark after its last sentence, never the sentence."""
    article = _one(f"{LAST} (النهاية) م ع ح / ر ج")
    assert article.paragraphs == (LAST,)


def test_bare_read_also_marker_over_an_agency_alone_introduces_nothing() -> None:
    """A bare "اقرأ أيضا" with only the page's closing agency under it is no story headlined "(رويترز)": the agency
    is the page's attribution, as under the text."""
    article = _one(_page("اقرأ أيضا", "(رويترز)"))
    assert article.attribution == "رويترز"
    assert article.related == ()
    assert article.paragraphs == (LEAD, SECOND)
