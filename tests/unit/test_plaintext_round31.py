"""Round 31 of the plain-text parser: a headline over a subtitle and several furniture lines, the page's address on
the first line, an embed's address inside the text, more news agencies, an agency glued after tanween, "على الساعة",
"كلمات مفاتيح", lists of writers and "Par", a Hijri date without its mark, a separated story's source.

Every article here is written for these tests; each test failed on the parser before the change it covers.
"""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.hijri import hijri_date
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_dates import is_agency, is_date_line, iso_date
from newstui.parse.plaintext_drafts import glued_agency
from newstui.parse.plaintext_head import quick_head

BYLINE = "صحيفة النهر – محليات"
HEADLINE = "افتتاح مستشفى جديد في شمال المدينة بعد عامين من البناء"
SUBTITLE = "المستشفى يضم ثلاثمائة سرير ويخدم القرى"
LEAD = "افتتح وزير الصحة صباح اليوم المستشفى الجديد في شمال المدينة بحضور عدد من المسؤولين والأطباء."
SECOND = "وقال الوزير إن المستشفى سيخفف الضغط عن المستشفيات القديمة، وإن العمل في مستشفى آخر سيبدأ قريبا."
THIRD = "وأضاف أن الحكومة ستفتتح مستشفيين آخرين قبل نهاية العام."
PAGE_URL = "https://www.alnahr-news.example/local/2027/03/14/hospital"


def _doc(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _parse(*lines: str) -> list[Article]:
    return parse_plaintext(_doc(*lines), origin="x")


def _first(*lines: str) -> Article:
    return _parse(*lines)[0]


# -- 1. a subtitle, a dateline and a byline under the headline ---------------------------------------

_DECK_CASES = [
    ("deck-date-author", (HEADLINE, SUBTITLE, "الرباط – 14 مارس 2027", "بقلم: سلمى الحداد", LEAD, SECOND)),
    ("deck-author-date", (HEADLINE, SUBTITLE, "بقلم: سلمى الحداد", "14 مارس 2027", LEAD, SECOND)),
    (
        "byline-deck-three-furniture",
        (BYLINE, HEADLINE, SUBTITLE, "الرباط – 14 مارس 2027", "آخر تحديث: 11:45", "كتب: سلمى الحداد", LEAD),
    ),
    ("deck-date-author-url", (HEADLINE, SUBTITLE, "14 مارس 2027", "بقلم: سلمى الحداد", PAGE_URL, LEAD, SECOND)),
]


@pytest.mark.parametrize("lines", [case[1] for case in _DECK_CASES], ids=[case[0] for case in _DECK_CASES])
def test_a_short_subtitle_over_furniture_keeps_the_headline(lines: tuple[str, ...]) -> None:
    article = _first(*lines)
    assert article.title == HEADLINE
    assert HEADLINE not in article.paragraphs
    assert article.paragraphs[0] == SUBTITLE
    assert (article.author, article.published[:10] if article.published else None) == ("سلمى الحداد", "2027-03-14")
    quick = quick_head(_doc(*lines))
    assert quick is None or quick.title == HEADLINE  # the listing's title agrees (or it parses in full)


# -- 2. the page's address on the first line -----------------------------------------------------------

_TOP_URL_CASES = [
    ("url-byline-headline", (PAGE_URL, BYLINE, HEADLINE, LEAD, SECOND), PAGE_URL, "صحيفة النهر"),
    ("bare-url-byline", ("alnahr.com/local/2027/03/14/hospital", BYLINE, HEADLINE, LEAD), None, "صحيفة النهر"),
    ("url-headline", (PAGE_URL, HEADLINE, LEAD, SECOND), PAGE_URL, None),
]


@pytest.mark.parametrize(
    ("lines", "url", "source"), [case[1:] for case in _TOP_URL_CASES], ids=[case[0] for case in _TOP_URL_CASES]
)
def test_an_address_on_the_first_line_is_the_page_url(lines: tuple[str, ...], url: str | None, source: str) -> None:
    article = _first(*lines)
    assert article.url == (url or "https://" + lines[0])
    assert (article.title, article.source) == (HEADLINE, source)
    assert article.paragraphs[0] == LEAD
    assert quick_head(_doc(*lines)) == (HEADLINE, source, "محليات" if source else None)


# -- 3. an embed's address inside the text stays where it is -------------------------------------------

_EMBEDS = ["pic.twitter.com/Ab12Cd34Ef", "https://x.com/health_min/status/1234567890123456789"]


@pytest.mark.parametrize("embed", _EMBEDS)
def test_an_address_line_inside_the_text_is_no_story_url(embed: str) -> None:
    article = _first(BYLINE, HEADLINE, LEAD, "ونشر الوزير على حسابه صورا من حفل الافتتاح:", embed, SECOND, THIRD)
    assert article.url is None
    assert len(article.paragraphs) == 5
    assert article.paragraphs[2] in (embed, "https://" + embed)


def test_an_address_under_the_headline_is_still_the_story_url() -> None:
    article = _first(BYLINE, HEADLINE, PAGE_URL, LEAD, SECOND)
    assert (article.url, article.paragraphs) == (PAGE_URL, (LEAD, SECOND))


def test_an_address_labelled_as_the_source_is_the_story_url() -> None:
    article = _first(HEADLINE, LEAD, SECOND, f"المصدر: {PAGE_URL}")
    assert article.url == PAGE_URL


# -- 4. news agencies --------------------------------------------------------------------------------

_NEW_AGENCIES = ["سونا", "واع", "نينا", "وال", "وما", "فرانس برس", "أسوشيتد برس", "أسوشيتدبرس", "اسوشيتد برس"]


@pytest.mark.parametrize("name", _NEW_AGENCIES)
def test_more_agencies_are_known(name: str) -> None:
    assert is_agency(name)


_AGENCY_DATELINES = [
    ("الخرطوم 14 مارس 2027 (سونا)", "سونا", "2027-03-14"),
    ("بغداد - واع", "واع", None),
    ("بغداد 14 مارس 2027 - نينا", "نينا", "2027-03-14"),
    ("طرابلس - وال", "وال", None),
    ("باريس (فرانس برس)", "فرانس برس", None),
    ("واشنطن - أسوشيتد برس", "أسوشيتد برس", None),
]


@pytest.mark.parametrize(("dateline", "agency", "published"), _AGENCY_DATELINES)
def test_an_agency_dateline_credits_the_story(dateline: str, agency: str, published: str | None) -> None:
    article = _first(HEADLINE, dateline, LEAD, SECOND)
    assert (article.attribution, article.published, article.source) == (agency, published, None)


# -- 5. an agency glued after tanween ----------------------------------------------------------------

_GLUED = [
    ("خلال عشرين عاماً.وام", "وام"),
    ("خلال عشرين عاماً. وام", "وام"),
    ("خلال عشرين عامًا.(وام)", "وام"),
    ("خلال عشرين عاماً.سونا", "سونا"),
    ("وسيكون المبنى جاهزاً.فرانس برس", "فرانس برس"),
]


@pytest.mark.parametrize(("tail", "agency"), _GLUED)
def test_an_agency_glued_after_tanween_is_the_credit(tail: str, agency: str) -> None:
    last = f"وأكد الوزير أن المشروع سيكتمل {tail}"
    assert glued_agency(last) == (last[: last.index(".") + 1], agency)
    article = _first(HEADLINE, LEAD, last)
    assert article.attribution == agency
    assert article.paragraphs[-1] == last[: last.index(".") + 1]


# -- 6. "على الساعة" -----------------------------------------------------------------------------------

_MOROCCAN_TIMES = [
    ("الرباط – 14 مارس 2027 على الساعة 14:30", "2027-03-14T14:30:00"),
    ("الرباط في 14 مارس 2027 على الساعة 09:15", "2027-03-14T09:15:00"),
    ("نشر في 14 مارس 2027 على الساعة 10:05", "2027-03-14T10:05:00"),
]


@pytest.mark.parametrize(("dateline", "published"), _MOROCCAN_TIMES)
def test_a_time_after_ala_assaa_is_read(dateline: str, published: str) -> None:
    assert is_date_line(dateline)
    article = _first(HEADLINE, dateline, LEAD, SECOND)
    assert (article.title, article.published) == (HEADLINE, published)


@pytest.mark.parametrize("line", ["14 مارس 2027 على 14:30", "14 مارس 2027 على", "على الساعة"])
def test_ala_alone_makes_no_dateline(line: str) -> None:
    assert not is_date_line(line)


# -- 7. keyword labels ---------------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["كلمات مفاتيح", "الكلمات المفتاحية", "كلمات دلالية", "الكلمات المفاتيح"])
def test_keyword_labels(label: str) -> None:
    article = _first(HEADLINE, LEAD, SECOND, f"{label}: الصحة، المستشفيات، شمال المدينة")
    assert article.keywords == ("الصحة", "المستشفيات", "شمال المدينة")
    assert article.paragraphs == (LEAD, SECOND)


# -- 8. bylines ------------------------------------------------------------------------------------

_BYLINES = [
    ("تقرير: سامر حداد ومنى الخطيب", "سامر حداد ومنى الخطيب"),
    ("متابعة: سامر حداد و منى الخطيب", "سامر حداد و منى الخطيب"),
    ("تحرير: سامر حداد ومنى الخطيب", "سامر حداد ومنى الخطيب"),
    ("تحرير: محمد عبد الرحمن ومنى الخطيب", "محمد عبد الرحمن ومنى الخطيب"),
    ("متابعة: سامر حداد", "سامر حداد"),
    ("بقلم الكاتبة: منى الخطيب", "منى الخطيب"),
    ("بقلم الكاتب: سامر حداد", "سامر حداد"),
    ("Par Jean Dupont", "Jean Dupont"),
    ("Par: Jean Dupont", "Jean Dupont"),
]


@pytest.mark.parametrize(("line", "author"), _BYLINES)
def test_bylines_give_the_authors(line: str, author: str) -> None:
    article = _first(HEADLINE, line, LEAD, SECOND)
    assert (article.title, article.author) == (HEADLINE, author)
    assert article.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "line", ["تقرير: أسعار النفط وأسعار الذهب", "تقرير: الاقتصاد ينمو والتضخم يتراجع", "Par ailleurs le ministre"]
)
def test_headline_shaped_lines_are_no_byline(line: str) -> None:
    article = _first(HEADLINE, line, LEAD, SECOND)
    assert article.author is None
    assert line in article.paragraphs


# -- 9. a Hijri date without "هـ" ------------------------------------------------------------------------

_HIJRI = [
    ("15 رمضان 1447", "2026-03-04"),
    ("الرياض – 15 رمضان 1447", "2026-03-04"),
    ("الخميس 15 رمضان 1447", "2026-03-05"),  # the weekday moves the reckoned Wednesday by one day
    ("3 جمادى الأولى 1448", "2026-10-15"),
]


@pytest.mark.parametrize(("dateline", "published"), _HIJRI)
def test_a_hijri_date_without_its_mark(dateline: str, published: str) -> None:
    assert is_date_line(dateline)
    assert iso_date(dateline) == published
    article = _first(HEADLINE, dateline, LEAD, SECOND)
    assert (article.title, article.published, article.source) == (HEADLINE, published, None)


@pytest.mark.parametrize("line", ["15 رمضان 2026", "رمضان 1447", "10 صفر 1200"])
def test_no_hijri_date_outside_the_hijri_years(line: str) -> None:
    assert hijri_date(line) is None
    assert iso_date(line) is None


# -- 10. stories apart under a separator ------------------------------------------------------------------

SPORT_HEADLINE = "فوز فريق المدينة ببطولة الكرة الطائرة للمرة الثالثة"
SPORT_LEAD = "فاز فريق المدينة مساء أمس ببطولة الكرة الطائرة بعد مباراة نهائية مثيرة أمام فريق الساحل."
SPORT_SECOND = "وقال مدرب الفريق إن اللاعبين قدموا أداء رائعا طوال الموسم."

_SEPARATED = [
    # no byline of its own: the section of the byline above too (audit texts8 LOW 5), as its source
    ("headline-only", "———", (SPORT_HEADLINE,), "محليات", None),
    ("stars", "* * *", (SPORT_HEADLINE,), "محليات", None),
    ("url-byline", "———", ("https://alnahr.com/sport/2027/volley", "صحيفة النهر – رياضة", SPORT_HEADLINE), "رياضة", 1),
]


@pytest.mark.parametrize(
    ("rule", "top", "section", "url_line"), [case[1:] for case in _SEPARATED], ids=[case[0] for case in _SEPARATED]
)
def test_a_separated_story_has_a_source(
    rule: str, top: tuple[str, ...], section: str | None, url_line: int | None
) -> None:
    articles = _parse(BYLINE, HEADLINE, LEAD, SECOND, rule, *top, SPORT_LEAD, SPORT_SECOND)
    assert [article.title for article in articles] == [HEADLINE, SPORT_HEADLINE]
    assert [article.source for article in articles] == ["صحيفة النهر", "صحيفة النهر"]
    assert articles[1].section == section
    assert articles[1].url == (None if url_line is None else top[0])
    assert articles[1].paragraphs == (SPORT_LEAD, SPORT_SECOND)


def test_a_separated_story_keeps_its_own_byline() -> None:
    articles = _parse(BYLINE, HEADLINE, LEAD, SECOND, "———", "مجلة الملعب – رياضة", SPORT_HEADLINE, SPORT_LEAD)
    assert [article.source for article in articles] == ["صحيفة النهر", "مجلة الملعب"]
