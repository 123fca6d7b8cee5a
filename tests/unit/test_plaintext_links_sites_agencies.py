"""The plain-text parser on aggregator pages (audit textfmt3): an inline read-also's address on the next line,
site names with digits over the headline, place-and-agency lines under an author line, "كتب/" bylines,
agencies glued to the last sentence, share prompts at the end, "See also" lists at a story's end.

Every article here is written for these tests; each test failed on the parser before the change it covers.
"""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_head import quick_head

BYLINE = "الوطن – محليات"
HEADLINE = "زيادة الرحلات الأسبوعية بين الرياض والقاهرة إلى 40 رحلة"
OWN_URL = "https://alwatan-example.sa/local/flights-40"
LEAD = (
    "أعلنت الهيئة العامة للطيران المدني اليوم عن زيادة عدد الرحلات الأسبوعية بين المدينتين إلى 40 رحلة،"
    " اعتبارا من بداية العام المقبل، في إطار خطة لتعزيز الربط الجوي."
)
SECOND = "وأوضحت الهيئة أن الزيادة تشمل رحلات شركات الطيران الوطنية والخاصة على حد سواء."
THIRD = "وتوقعت أن يرتفع عدد المسافرين بين البلدين بنسبة 25 بالمئة خلال العام الأول."
LINK_TITLE = "مطار الملك خالد يسجل رقما قياسيا في عدد المسافرين"


def _doc(*lines: str) -> str:
    return "\n\n".join(lines)


def _articles(text: str) -> list[Article]:
    return parse_plaintext(text, origin="x")


def _first(text: str) -> Article:
    return _articles(text)[0]


# -- H1. an inline read-also's address on the line under it is the link's --------------------------------

_ADDRESSES = (
    ("https://alwatan-example.sa/local/airport-record", "https://alwatan-example.sa/local/airport-record"),
    ("www.alwatan-example.sa/local/airport-record", "https://www.alwatan-example.sa/local/airport-record"),
    ("/local/2026/11/30/airport", "/local/2026/11/30/airport"),
)
_MARKERS = (f"اقرأ أيضا: {LINK_TITLE}", f"إقرأ أيضاً: {LINK_TITLE}")


@pytest.mark.parametrize("own_url", [None, OWN_URL], ids=["no-own-url", "own-url"])
@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["blank", "no-blank"])
@pytest.mark.parametrize("marker", _MARKERS, ids=["iqra", "iqra-hamza"])
@pytest.mark.parametrize("address,url", _ADDRESSES, ids=["url", "www", "path"])
def test_inline_read_also_address_below_is_the_links(
    address: str, url: str, marker: str, gap: str, own_url: str | None
) -> None:
    top = (BYLINE, HEADLINE) if own_url is None else (BYLINE, HEADLINE, own_url)
    article = _first(_doc(*top, LEAD, marker + gap + address, SECOND, THIRD))
    assert article.url == own_url
    assert article.paragraphs == (LEAD, SECOND, THIRD)
    if own_url is not None and url.startswith("/"):
        url = "https://alwatan-example.sa" + url  # a site path against the page's own address
    assert [(link.title, link.url, link.kind) for link in article.related] == [(LINK_TITLE, url, "read-also")]


def test_read_more_english_address_below_is_the_links() -> None:
    lead = "Qatar Airways will add three weekly flights to Casablanca from January, the airline said on Monday."
    after = "The airline said it expects demand to grow by a quarter over the year."
    title = "Doha airport passenger numbers hit record in October"
    address = "https://gulftimes-example.qa/business/airport-record"
    text = _doc(
        "Gulf Times | Business", "Qatar Airways adds Casablanca flights", lead, f"Read more: {title}", address, after
    )
    article = _first(text)
    assert article.url is None
    assert article.paragraphs == (lead, after)
    assert [(link.title, link.url) for link in article.related] == [(title, address)]


# -- H2. a site's name with digits alone over the headline is the source ---------------------------------

RABAT_HEADLINE = "زيادة الرحلات الأسبوعية بين الرباط وباريس إلى 40 رحلة"
RABAT_DATE = "الرباط - 30/11/2026"
_NUMBERED_SITES = ("Le360", "عربي21", "اليوم 24", "فرانس 24", "القاهرة 24", "Le360 عربي")


@pytest.mark.parametrize("dated", [True, False], ids=["dateline", "no-dateline"])
@pytest.mark.parametrize("site", _NUMBERED_SITES)
def test_site_name_with_digits_over_the_headline_is_the_source(site: str, dated: bool) -> None:
    under = (RABAT_DATE,) if dated else ()
    text = _doc(site, RABAT_HEADLINE, *under, LEAD, SECOND)
    article = _first(text)
    assert (article.title, article.source) == (RABAT_HEADLINE, site)
    assert article.paragraphs == (*under, LEAD, SECOND)
    assert article.published == ("2026-11-30" if dated else None)
    head = quick_head(text)
    assert head is None or (head.title, head.source) == (article.title, article.source)


_DIGIT_HEADLINES = (
    "ارتفاع 24 بالمئة",  # a number inside the line: a headline's
    "مونديال 2026",  # a year: no site's number
    "الرباط 30 نوفمبر",  # a dateline
    "30 نوفمبر 2026",
)


@pytest.mark.parametrize("dated", [True, False], ids=["dateline", "no-dateline"])
@pytest.mark.parametrize("first", _DIGIT_HEADLINES)
def test_short_line_with_digits_over_the_headline_is_no_site(first: str, dated: bool) -> None:
    under = (RABAT_DATE,) if dated else ()
    text = _doc(first, RABAT_HEADLINE, *under, LEAD, SECOND)
    article = _first(text)
    assert article.source is None
    head = quick_head(text)
    assert head is None or (head.title, head.source) == (article.title, article.source)


@pytest.mark.parametrize("headline", ["ارتفاع 24 بالمئة في صادرات التمور", "Le360 يطلق نسخة جديدة من موقعه"])
def test_headline_with_digits_over_the_lead_stays_the_headline(headline: str) -> None:
    article = _first(_doc(headline, LEAD, SECOND))
    assert (article.title, article.source, article.paragraphs) == (headline, None, (LEAD, SECOND))


# -- M1. a place-and-agency (or site) line under an author line credits the story -------------------------

SHARJAH_HEADLINE = "موانئ الشارقة تسجل نموا بنسبة 14% خلال 2026"
SHARJAH_LEAD = (
    "سجلت موانئ الشارقة نموا بنسبة 14 في المئة في حجم الحاويات التي تمت مناولتها خلال الأشهر العشرة"
    " الأولى من العام الجاري."
)
SHARJAH_SECOND = "وقال مدير عام الموانئ إن النتائج تعكس ثقة شركات الشحن العالمية بالبنية التحتية للإمارة."
_AUTHOR_LINES = ((), ("بقلم: سارة المنصوري",), ("كتب: سعيد العلوي",))


@pytest.mark.parametrize("authors", _AUTHOR_LINES, ids=["none", "biqalam", "kataba"])
@pytest.mark.parametrize(
    "place_line,agency", [("الشارقة - وام", "وام"), ("الشارقة - أ ف ب", "أ ف ب"), ("Sharjah - Reuters", "Reuters")]
)
def test_place_and_agency_under_author_lines_is_the_attribution(
    place_line: str, agency: str, authors: tuple[str, ...]
) -> None:
    article = _first(_doc("الخليج الآن | اقتصاد", SHARJAH_HEADLINE, *authors, place_line, SHARJAH_LEAD, SHARJAH_SECOND))
    assert article.attribution == agency
    assert article.paragraphs == (place_line, SHARJAH_LEAD, SHARJAH_SECOND)


@pytest.mark.parametrize("authors", _AUTHOR_LINES, ids=["none", "biqalam", "kataba"])
def test_place_and_site_under_author_lines_is_the_source(authors: tuple[str, ...]) -> None:
    text = _doc(SHARJAH_HEADLINE, *authors, "القاهرة - بوابة الأهرام", SHARJAH_LEAD, SHARJAH_SECOND)
    article = _first(text)
    assert article.source == "بوابة الأهرام"
    head = quick_head(text)
    assert head is None or (head.title, head.source) == (article.title, article.source)


# -- M2. "كتب/ فلان" and "كتب فلان" alone between the headline and the lead are author lines ---------------

_AUTHOR_FORMS = (
    ("كتب/ أحمد فؤاد", "أحمد فؤاد"),
    ("كتب / أحمد فؤاد", "أحمد فؤاد"),
    ("كتبت/ هدى الشامي", "هدى الشامي"),
    ("كتب محمد عبد الله", "محمد عبد الله"),
    ("كتبت سارة محمود", "سارة محمود"),
    ("كتب سعيد العلوي", "سعيد العلوي"),
    ("كتب فالح والي", "فالح والي"),
)


@pytest.mark.parametrize("dated", [True, False], ids=["dateline", "no-dateline"])
@pytest.mark.parametrize("line,name", _AUTHOR_FORMS)
def test_kataba_slash_or_bare_under_the_headline_is_the_author(line: str, name: str, dated: bool) -> None:
    under = ("الأحد 29 نوفمبر 2026",) if dated else ()
    article = _first(_doc(BYLINE, HEADLINE, line, *under, LEAD, SECOND))
    assert article.author == name
    assert article.paragraphs == (*under, LEAD, SECOND)


_NOT_AUTHORS = (
    "كتب الرئيس رسالة",  # a sentence: the article opens no name
    "كتب جديدة للأطفال",  # "books": a word with "لل" is no name
    "كتب محمد رسالة إلى الوزير",  # a particle, and too long
    "كتب محمد عبد الله رسالة إلى الوزير.",
    "كتب في الصحيفة",
)


@pytest.mark.parametrize("line", _NOT_AUTHORS)
def test_kataba_sentence_under_the_headline_is_no_author(line: str) -> None:
    article = _first(_doc(BYLINE, HEADLINE, line, LEAD, SECOND))
    assert article.author is None
    assert line in article.paragraphs


@pytest.mark.parametrize("line", ["كتب محمد عبد الله", "كتبت سارة محمود"])
def test_bare_kataba_inside_the_text_stays_a_paragraph(line: str) -> None:
    article = _first(_doc(BYLINE, HEADLINE, LEAD, line, SECOND))
    assert article.author is None
    assert article.paragraphs == (LEAD, line, SECOND)


# -- M3. an agency glued to the last sentence is the attribution, out of the text ------------------------

_GLUED = (
    (f"{SECOND[:-1]}.وام", "وام"),
    (f"{SECOND[:-1]}. وام", "وام"),
    (f"{SECOND[:-1]} (واس).", "واس"),
    (f"{SECOND[:-1]}. (رويترز)", "رويترز"),
    (f"{SECOND[:-1]} (أ ف ب)", "أ ف ب"),
    (f"{SECOND[:-1]}.د.ب.أ", "د.ب.أ"),
)


@pytest.mark.parametrize("source", [None, "المصدر: الوطن"], ids=["no-source", "source"])
@pytest.mark.parametrize("last,agency", _GLUED)
def test_agency_glued_to_the_last_sentence_is_the_attribution(last: str, agency: str, source: str | None) -> None:
    tail = () if source is None else (source,)
    article = _first(_doc(BYLINE, HEADLINE, LEAD, last, *tail))
    assert article.paragraphs == (LEAD, SECOND if "." in last[len(SECOND) - 1 :] else SECOND[:-1])
    assert article.attribution == (agency if source is None else f"{agency} / الوطن")


_NOT_GLUED = (
    f"{SECOND[:-1]}.",  # no agency
    "وقال مصدر في الهيئة لوكالة (رويترز).",  # the agency named in the sentence
    "وارتفعت حصة الشركة في السوق إلى 3.5",  # a number's decimal point
    f"{SECOND[:-1]} (الصورة: رويترز).",  # a photo credit
    f"{SECOND[:-1]}.الوطن",  # no agency's name
)


@pytest.mark.parametrize("last", _NOT_GLUED)
def test_last_sentence_without_a_glued_agency_stays(last: str) -> None:
    article = _first(_doc(BYLINE, HEADLINE, LEAD, last))
    assert article.paragraphs == (LEAD, last)
    assert article.attribution is None


def test_glued_agency_inside_the_text_stays() -> None:
    middle = f"{SECOND[:-1]}.وام"
    article = _first(_doc(BYLINE, HEADLINE, LEAD, middle, THIRD))
    assert article.paragraphs == (LEAD, middle, THIRD)
    assert article.attribution is None


# -- L2. share and newsletter prompts at a story's end are boilerplate -----------------------------------

_PROMPTS = ("شاركها:", "شاركه:", "مشاركة:", "مشاركة الخبر:", "اشترك في النشرة البريدية", "Subscribe to our newsletter")


@pytest.mark.parametrize("buttons", [(), ("فيسبوك | تويتر | واتساب",)], ids=["alone", "buttons"])
@pytest.mark.parametrize("prompt", _PROMPTS)
def test_share_prompt_at_the_end_is_dropped(prompt: str, buttons: tuple[str, ...]) -> None:
    article = _first(_doc(BYLINE, HEADLINE, LEAD, SECOND, prompt, *buttons))
    assert article.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize("line", ["مشاركة واسعة في الانتخابات البلدية", "شاركها أكثر من ألف متطوع في الحملة."])
def test_paragraph_opening_like_a_prompt_stays(line: str) -> None:
    article = _first(_doc(BYLINE, HEADLINE, LEAD, SECOND, line))
    assert article.paragraphs == (LEAD, SECOND, line)


# -- L1. "شاهد أيضا" / "See also" over titles at a story's end is its related list --------------------------

SEE_TITLES = ("الجزائر تستلم أول شحنة من القطارات الجديدة", "ارتفاع إنتاج الحبوب بنسبة 30 بالمائة هذا الموسم")


def _links(article: Article) -> list[tuple[str, str]]:
    return [(link.title, link.kind) for link in article.related]


@pytest.mark.parametrize("marker", ["شاهد أيضا", "شاهد أيضاً:", "See also", "See also:"])
def test_see_also_titles_at_the_end_are_related(marker: str) -> None:
    article = _first(_doc(BYLINE, HEADLINE, LEAD, SECOND, "\n".join((marker, *SEE_TITLES))))
    assert article.paragraphs == (LEAD, SECOND)
    assert _links(article) == [(title, "related") for title in SEE_TITLES]


@pytest.mark.parametrize("marker", ["شاهد أيضا", "See also"])
def test_see_also_titles_inside_the_text_are_read_also(marker: str) -> None:
    article = _first(_doc(BYLINE, HEADLINE, LEAD, "\n".join((marker, *SEE_TITLES)), SECOND, THIRD))
    assert article.paragraphs == (LEAD, SECOND, THIRD)
    assert _links(article) == [(title, "read-also") for title in SEE_TITLES]


def test_read_also_titles_at_the_end_stay_read_also() -> None:
    article = _first(_doc(BYLINE, HEADLINE, LEAD, SECOND, "\n".join(("اقرأ أيضا", *SEE_TITLES))))
    assert _links(article) == [(title, "read-also") for title in SEE_TITLES]
