"""HTML pages of the pages6 audit: a headline holding the title's separator, an agency after a byline's
comma, JSON-LD breadcrumbs, a gallery's pager, an author's other articles, abbreviated titles before a
name, a plain "By A, B" paragraph.

Original pages written for these tests (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html

_PARAS: Final = (
    "قال مسؤولون في البلدين إن الاتفاق الجديد يشمل تقاسم مياه النهر وتنظيم حركة التجارة عبر المعابر المشتركة.",
    "وأضاف المتحدث باسم الحكومة أن اللجان الفنية ستجتمع الشهر المقبل لوضع الجداول الزمنية لتنفيذ البنود كاملة.",
    "ويأتي الاتفاق بعد أشهر من المفاوضات التي رعتها أطراف إقليمية، وسط ترحيب واسع من الغرف التجارية في البلدين.",
)
_HEADLINE: Final = "مصر - السودان: اتفاق على تقاسم مياه النهر"
_SITE: Final = "شبكة الوادي"


def _page(*, top: str = "", after: str = "", head: str = "", h1: bool = True, title: str | None = None) -> str:
    """An Arabic story page: ``head`` in its ``<head>``, ``top`` above its paragraphs, ``after`` under them."""
    paragraphs = "".join(f"<p>{text}</p>" for text in _PARAS)
    heading = f"<h1>{_HEADLINE}</h1>" if h1 else ""
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title or f"{_HEADLINE} - {_SITE}"}</title>'
        f"{head}</head><body><article>{heading}{top}{paragraphs}{after}</article></body></html>"
    )


def _parse(page: str, url: str | None = None) -> Article:
    (article,) = parse_html(page, origin="page.html", url=url)
    return article


# 5. An author's other articles under the story ---------------------------------------------------------

_OTHER_TITLES: Final = ("ألواح الشمس تغير وجه القرى الجنوبية", "أسعار القمح ترتفع في الأسواق العالمية")


def _other_list(heading: str) -> str:
    items = "".join(f'<li><a href="/writers/7/{n}">{text}</a></li>' for n, text in enumerate(_OTHER_TITLES))
    return f"<h3>{heading}</h3><ul>{items}</ul>"


def _other_teasers(heading: str) -> str:
    teaser = "يروي الكاتب في هذا المقال قصة قرية صغيرة تغيرت حياة أهلها خلال عامين فقط من العمل الجماعي."
    cards = "".join(
        f'<div><h4><a href="/writers/7/{n}">{text}</a></h4><p>{teaser}</p></div>'
        for n, text in enumerate(_OTHER_TITLES)
    )
    return f"<section><h3>{heading}</h3>{cards}</section>"


def _other_paragraphs(heading: str) -> str:
    links = "".join(f'<p><a href="/writers/7/{n}">{text}</a></p>' for n, text in enumerate(_OTHER_TITLES))
    return f"<p><strong>{heading}</strong></p>{links}"


@pytest.mark.parametrize(
    ("box", "heading"),
    [
        (_other_list, "مقالات أخرى للكاتب"),
        (_other_teasers, "المزيد من مقالات الكاتب"),
        (_other_paragraphs, "مقالات أخرى للكاتب"),
        (_other_list, "More from this author"),
    ],
)
def test_an_authors_other_articles_are_related_links_not_text(box: object, heading: str) -> None:
    article = _parse(_page(after=box(heading)), url="https://wadi.example/news/1")  # type: ignore[operator]
    assert article.paragraphs == _PARAS
    assert [link.title for link in article.related] == list(_OTHER_TITLES)
    assert article.related[0].url == "https://wadi.example/writers/7/0"


# 4. A photo gallery's pager ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "markup"),
    [
        ("top", '<div class="photos"><img src="a.jpg" alt=""><span>1 / 4</span> <a href="#">Next</a></div>'),
        ("top", '<div><img src="a.jpg" alt=""><p>1 / 4 التالي</p></div>'),
        ("after", "<p>السابق ٣ من ٤ التالي</p>"),
        ("after", "<p>‹ Prev 2 of 4 Next ›</p>"),
    ],
)
def test_a_gallery_pager_is_no_text(place: str, markup: str) -> None:
    page = _page(top=markup) if place == "top" else _page(after=markup)
    assert _parse(page).paragraphs == _PARAS


@pytest.mark.parametrize(
    "sentence",
    [
        "فاز الفريق في 2 من 3 مباريات خاضها هذا الموسم على أرضه، وتعادل في الثالثة أمام منافسه التقليدي.",
        "1 / 4 of the seats went next door to the opposition, the count showed on Sunday evening.",
    ],
)
def test_a_count_without_a_pager_button_stays(sentence: str) -> None:
    assert sentence in _parse(_page(after=f"<p>{sentence}</p>")).paragraphs


# 3. A JSON-LD BreadcrumbList ----------------------------------------------------------------------------


def _ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


_ITEMS: Final = (
    '[{"@type":"ListItem","position":1,"name":"الرئيسية","item":"https://wadi.example/"},'
    '{"@type":"ListItem","position":2,"name":"سياسة عربية","item":"https://wadi.example/politics"}]'
)


@pytest.mark.parametrize(
    ("data", "section"),
    [
        (f'{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":{_ITEMS}}}', "سياسة عربية"),
        (
            f'{{"@graph":[{{"@type":"NewsArticle","headline":"x"}},{{"@type":"BreadcrumbList","itemListElement":{_ITEMS}}}]}}',
            "سياسة عربية",
        ),
        (f'{{"@type":"WebPage","breadcrumb":{{"@type":"BreadcrumbList","itemListElement":{_ITEMS}}}}}', "سياسة عربية"),
        # out of order, names on the items, the page itself last
        (
            '{"@type":"BreadcrumbList","itemListElement":['
            f'{{"position":"3","item":{{"@id":"/n/1","name":"{_HEADLINE}"}}}},'
            '{"position":"2","item":{"@id":"/eco","name":"اقتصاد"}},{"position":"1","item":{"name":"Home"}}]}',
            "اقتصاد",
        ),
        ('{"@type":"BreadcrumbList","itemListElement":[{"position":1,"name":"الرئيسية"}]}', None),
        ('{"@type":"BreadcrumbList","itemListElement":"سياسة"}', None),
    ],
)
def test_a_jsonld_breadcrumb_gives_the_section(data: str, section: str | None) -> None:
    assert _parse(_page(head=_ld(data))).section == section


def test_a_marked_breadcrumb_comes_before_the_jsonld_one() -> None:
    trail = '<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li></ol>'
    data = f'{{"@type":"BreadcrumbList","itemListElement":{_ITEMS}}}'
    assert _parse(_page(top=trail, head=_ld(data))).section == "رياضة"


# 1. A headline holding the <title>'s separator ------------------------------------------------------


_OG_SITE: Final = f'<meta property="og:site_name" content="{_SITE}">'


@pytest.mark.parametrize(
    ("title", "head", "top", "expected"),
    [
        # the site's name known (og:site_name), no <h1>: only the trailing part is cut
        (f"{_HEADLINE} - {_SITE}", _OG_SITE, "", _HEADLINE),
        # the site's name known from the address's host
        (f"{_HEADLINE} - wadinews", "", "", _HEADLINE),
        # a bold lead bears the whole headline out, the site unknown
        (f"{_HEADLINE} - {_SITE}", "", f"<p><b>{_HEADLINE}</b></p>", _HEADLINE),
        # "Headline - Section - Site": the section stays out
        (
            f"اتفاق على تقاسم مياه النهر بين البلدين - محليات - {_SITE}",
            _OG_SITE,
            "",
            "اتفاق على تقاسم مياه النهر بين البلدين",
        ),
        # "Site | Headline - with its own dash": split at the bar
        (f"{_SITE} | {_HEADLINE}", _OG_SITE, "", _HEADLINE),
    ],
)
def test_a_headline_keeps_its_own_dash(title: str, head: str, top: str, expected: str) -> None:
    article = _parse(_page(title=title, head=head, top=top, h1=False), url="https://wadinews.example/n/1")
    assert article.title == expected


# 2, 6, 7. Bylines: an agency after the comma, abbreviated titles, "By A, B" at the top ------------------


@pytest.mark.parametrize(
    ("top", "head", "author", "attribution"),
    [
        # 2. the agency after the writer's comma is the story's credit, not a second writer
        ('<div class="byline">By Jane Roe, Reuters</div>', "", "Jane Roe", "Reuters"),
        ('<div class="byline">بقلم سامي الحداد، رويترز</div>', "", "سامي الحداد", "رويترز"),
        ("<p>By Jane Roe, Reuters</p>", "", "Jane Roe", "Reuters"),
        ("<p>بقلم سامي الحداد، رويترز</p>", "", "سامي الحداد", "رويترز"),
        ("<p>كتب: سامي الحداد، أ ف ب</p>", "", "سامي الحداد", "أ ف ب"),
        ("<p>By Jane Roe - AFP</p>", "", "Jane Roe", "AFP"),
        ("", '<meta name="author" content="Jane Roe, Associated Press">', "Jane Roe", "Associated Press"),
        # 6. an abbreviated title's dot stays with the name
        ('<span class="author">د. أحمد الشامي</span>', "", "د. أحمد الشامي", None),
        ('<div class="author">أ. د. أحمد الشامي</div>', "", "أ. د. أحمد الشامي", None),
        ('<div class="byline">By Dr. John Smith</div>', "", "Dr. John Smith", None),
        ('<div class="byline">By Dr. John Smith, Reuters</div>', "", "Dr. John Smith", "Reuters"),
        ('<div class="meta"><a rel="author" href="/w/1">د. أحمد الشامي</a></div>', "", "د. أحمد الشامي", None),
        # 7. a plain paragraph at the top naming two writers
        ("<p>By Jane Roe, Tom Lane</p>", "", "Jane Roe, Tom Lane", None),
        ("<p>By Jane Roe, Tom Lane, Reuters</p>", "", "Jane Roe, Tom Lane", "Reuters"),
        ("<p>بقلم سامي الحداد، ليلى ناصر</p>", "", "سامي الحداد، ليلى ناصر", None),
    ],
)
def test_byline_credits(top: str, head: str, author: str, attribution: str | None) -> None:
    article = _parse(_page(top=top, head=head))
    assert (article.author, article.attribution) == (author, attribution)
    assert article.paragraphs == _PARAS


def test_a_closing_byline_keeps_both_abbreviated_titles() -> None:
    article = _parse(_page(after="<p>تحرير: أ. د. أحمد الشامي</p>"))
    assert article.author == "أ. د. أحمد الشامي"
    assert article.paragraphs == _PARAS


def test_a_closing_credit_wins_over_a_bylines_agency() -> None:
    article = _parse(_page(top="<p>By Jane Roe, Reuters</p>", after="<p>المصدر: وكالة الأنباء الأردنية</p>"))
    assert (article.author, article.attribution) == ("Jane Roe", "وكالة الأنباء الأردنية")


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe, Cairo",  # a place after the comma: no list of writers
        "By Jane Roe, New York",
        "بقلم سامي الحداد، القاهرة",
        "By Jane Roe, Tom Lane and others were at the meeting on Sunday, the council said in a statement.",
    ],
)
def test_a_line_that_lists_no_writers_stays_text(line: str) -> None:
    article = _parse(_page(top=f"<p>{line}</p>"))
    assert article.paragraphs[0] == line
    assert article.attribution is None
