"""An HTML page's headline among its ``<title>`` parts, behind a logo ``<h1>``, and pages with no story."""

from __future__ import annotations

import pytest

from newstui.errors import ParseError
from newstui.model import Article
from newstui.parse.html import parse_html

_EN_LEAD = (
    "Volunteers on the northern beaches counted more nesting turtles this season than in any year "
    "since records began, the conservation group said on Monday."
)
_EN_SECOND = "The group said warmer sand and fewer lights near the dunes had helped the hatchlings."
_AR_LEAD = "دعا رئيس النادي أعضاء مجلس الإدارة إلى اجتماع طارئ مساء اليوم لبحث أزمة الفريق الأول بعد الهزائم المتتالية."
_AR_SECOND = "وقال مصدر في النادي إن الاجتماع سيناقش مستقبل الجهاز الفني وملف التعاقدات الجديدة."


def _one(page: str, url: str | None = None) -> Article:
    (article,) = parse_html(page, origin="page.html", url=url)
    return article


def _paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


# 1. "Site - Headline" with nothing else naming the headline ------------------------------------------


@pytest.mark.parametrize("separator", [" - ", " | "])
def test_site_before_the_headline_in_title(separator: str) -> None:
    headline = "Volunteers count record number of nesting turtles"
    page = f"<html><head><title>Northern Times{separator}{headline}</title></head><body>"
    page += _paragraphs(_EN_LEAD, _EN_SECOND) + "</body></html>"
    article = _one(page)
    assert (article.title, article.source) == (headline, "Northern Times")
    assert article.paragraphs == (_EN_LEAD, _EN_SECOND)


def test_site_before_the_headline_with_a_bold_lead() -> None:
    headline = "اجتماع طارئ لمجلس إدارة النادي"
    page = (
        f'<html lang="ar" dir="rtl"><head><title>المنبر | {headline}</title></head><body>'
        f"<div><b>{headline}</b><br>\n{_AR_LEAD}<br>\n{_AR_SECOND}<br>\n</div></body></html>"
    )
    article = _one(page)
    assert (article.title, article.source) == (headline, "المنبر")
    assert article.paragraphs == (_AR_LEAD, _AR_SECOND)


def test_a_short_headline_is_chosen_when_the_page_bears_it_out() -> None:
    """Evidence beats length: the part the first paragraph starts with is the headline."""
    page = (
        "<html><head><title>Tide tables for the whole coast - Weekly - The Coastline Gazette and Record</title>"
        "</head><body><p>Tide tables for the whole coast are printed below, updated every Sunday night by the"
        " harbour office.</p><p>Times are local.</p></body></html>"
    )
    assert _one(page).title == "Tide tables for the whole coast"


def test_the_part_named_after_the_host_is_never_the_headline() -> None:
    page = (
        "<html><head><title>Rivertown Chronicle - Bridge closed</title></head><body>"
        + _paragraphs(_EN_LEAD, _EN_SECOND)
        + "</body></html>"
    )
    article = _one(page, url="https://www.rivertownchronicle.com/news/1")
    assert article.title == "Bridge closed"


# 2. A logo <h1> above the <h2> headline ---------------------------------------------------------------


def test_a_logo_h1_linking_home_gives_way_to_the_h2() -> None:
    headline = "Ferry service to the islands resumes after storm repairs"
    page = (
        f'<html><head><title>Harbor Daily</title></head><body><h1><a href="/">Harbor Daily</a></h1>'
        f"<h2>{headline}</h2>{_paragraphs(_EN_LEAD, _EN_SECOND)}</body></html>"
    )
    article = _one(page)
    assert (article.title, article.source) == (headline, "Harbor Daily")
    assert article.paragraphs == (_EN_LEAD, _EN_SECOND)


def test_a_logo_h1_in_the_header_with_a_two_part_title() -> None:
    headline = "تراجع أسعار الذهب في الأسواق المحلية"
    page = (
        f'<html lang="ar" dir="rtl"><head><title>جريدة النهار الجديد - {headline}</title></head><body>'
        f'<header><h1 class="logo"><span>جريدة النهار الجديد</span></h1></header><h2>{headline}</h2>'
        f"{_paragraphs(_AR_LEAD, _AR_SECOND)}</body></html>"
    )
    article = _one(page)
    assert (article.title, article.source) == (headline, "جريدة النهار الجديد")
    assert article.paragraphs[0] == _AR_LEAD


def test_the_articles_own_h1_in_its_header_stays_the_headline() -> None:
    headline = "Council votes to keep the old library open for another decade"
    page = (
        f"<html><head><title>Library vote</title></head><body><article><header><h1>{headline}</h1></header>"
        f"{_paragraphs(_EN_LEAD, _EN_SECOND)}</article></body></html>"
    )
    assert _one(page).title == headline


# 3. Site, section and headline ----------------------------------------------------------------------


def test_site_section_headline_with_og_site_name() -> None:
    headline = "افتتاح مستشفى جديد في مدينة الواحة"
    page = (
        f'<html lang="ar" dir="rtl"><head><title>شبكة الوادي الإخبارية :: أخبار محلية :: {headline}</title>'
        '<meta property="og:site_name" content="شبكة الوادي الإخبارية"></head><body>'
        f"{_paragraphs(_AR_LEAD, _AR_SECOND)}</body></html>"
    )
    article = _one(page)
    assert (article.title, article.source) == (headline, "شبكة الوادي الإخبارية")


def test_headline_section_site() -> None:
    headline = "City council approves new bike lanes on Main Street"
    page = (
        f"<html><head><title>{headline} - Local - Riverside Post</title></head><body>"
        f"{_paragraphs(_EN_LEAD, _EN_SECOND)}</body></html>"
    )
    article = _one(page)
    assert (article.title, article.source) == (headline, "Riverside Post")


# 4. The headline repeated in the body ---------------------------------------------------------------


def test_headline_repeated_under_a_section_label() -> None:
    headline = "ارتفاع منسوب مياه النهر بعد الأمطار الغزيرة"
    page = (
        f'<html lang="ar" dir="rtl"><head><meta property="og:title" content="{headline}"></head><body>'
        f"<article><div>محليات</div><div>{headline}</div>{_paragraphs(_AR_LEAD, _AR_SECOND)}</article></body></html>"
    )
    article = _one(page)
    assert article.title == headline
    assert article.paragraphs == (_AR_LEAD, _AR_SECOND)


def test_a_one_paragraph_page_does_not_glue_the_headline_on() -> None:
    headline = "عاجل: انقطاع الكهرباء عن وسط المدينة"
    lead = "انقطعت الكهرباء عن أحياء وسط المدينة صباح اليوم بسبب عطل في محطة التحويل الرئيسية."
    article = _one(f"<h1>{headline}</h1><p>{lead}</p>")
    assert (article.title, article.paragraphs) == (headline, (lead,))


def test_a_headline_line_without_any_title_is_not_repeated() -> None:
    page = "<html><body><p>Night market returns to the old square</p><p>" + _EN_LEAD + "</p></body></html>"
    article = _one(page)
    assert article.title == "Night market returns to the old square"
    assert article.paragraphs == (_EN_LEAD,)


# 5. No story ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        '<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>',
        '<html lang="ar"><head><title>تفاصيل الخبر</title></head><body></body></html>',
        '<html><head><title>الرئيسية</title></head><body><ul><li><a href="/">الرئيسية</a></li>'
        '<li><a href="/s">رياضة</a></li></ul></body></html>',
    ],
)
def test_a_page_with_no_story_is_no_article(page: str) -> None:
    with pytest.raises(ParseError, match="no article text found"):
        parse_html(page, origin="page.html")


def test_a_generic_title_over_a_story_is_still_an_article() -> None:
    page = f"<html><head><title>Home</title></head><body>{_paragraphs(_EN_LEAD, _EN_SECOND)}</body></html>"
    article = _one(page)
    assert article.paragraphs[0] == _EN_LEAD


# 6. Byline and dateline under the headline; newsletter pleas -----------------------------------------


def test_a_byline_under_the_headline_is_the_author_and_date() -> None:
    page = (
        "<html><head><title>Ferry fares to rise in June</title></head><body><article>"
        "<h1>Ferry fares to rise in June</h1><p>Posted April 2, 2024 by Ann Miller</p>"
        f"{_paragraphs(_EN_LEAD, 'Subscribe to our newsletter for the latest local news.', _EN_SECOND)}"
        "</article></body></html>"
    )
    article = _one(page)
    assert (article.author, article.published) == ("Ann Miller", "2024-04-02")
    assert article.paragraphs == (_EN_LEAD, _EN_SECOND)


def test_a_dateline_under_the_headline_is_the_date() -> None:
    page = (
        '<html lang="ar" dir="rtl"><head><title>افتتاح معرض الكتاب الدولي</title></head><body><article>'
        "<h1>افتتاح معرض الكتاب الدولي</h1><p>الثلاثاء 12 مارس 2024</p>"
        f"{_paragraphs(_AR_LEAD, _AR_SECOND)}</article></body></html>"
    )
    article = _one(page)
    assert (article.author, article.published) == (None, "2024-03-12")
    assert article.paragraphs == (_AR_LEAD, _AR_SECOND)


@pytest.mark.parametrize(
    "line",
    [
        "نستخدم ملفات تعريف الارتباط لأغراض التحليل والإعلانات. بالاستمرار في التصفح فإنك توافق على ذلك.",
        "تابعونا على تطبيق الخليج نيوز للحصول على آخر الأخبار لحظة بلحظة.",
        "حمّل تطبيق الصحيفة على هاتفك",
        "إعلان",
        "We use cookies to improve your experience on our site.",
        "Follow us on our app for breaking news.",
        "Advertisement",
    ],
)
def test_the_site_speaking_inside_the_story_is_left_out(line: str) -> None:
    """A cookie notice, a call to follow the site or get its app, an ad's label: the site's words, not
    the story's, however the page puts them between its paragraphs."""
    page = (
        '<html lang="ar"><head><title>افتتاح معرض الكتاب الدولي</title></head><body><article>'
        f"<h1>افتتاح معرض الكتاب الدولي</h1>{_paragraphs(_AR_LEAD, line, _AR_SECOND)}</article></body></html>"
    )
    assert _one(page).paragraphs == (_AR_LEAD, _AR_SECOND)


@pytest.mark.parametrize("line", ["Stand by me", "Exports rose 5% in October", "Written by hand, in ink"])
def test_a_line_that_only_mentions_by_or_a_date_stays(line: str) -> None:
    page = f"<html><body><article><h1>Songs of the harbour</h1>{_paragraphs(line, _EN_LEAD)}</article></body></html>"
    assert _one(page).paragraphs == (line, _EN_LEAD)
