"""Round 40 (pages40b): French read-also headings of Maghreb pages, a French dateline's time and breadcrumb,
a pager's next page without ``<link rel="next">``, read-also links in page order, and a ``<title>`` whose
site part is a generic word."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html
from newstui.parse.html_title import site

# Our own pages and words, written for these tests.
URL = "https://sahil.example/ar/economie/port.html"
STORY = (
    "<p>افتتحت السلطات المحلية صباح اليوم رصيفا جديدا في الميناء التجاري بكلفة تناهز مليار درهم.</p>"
    "<p>ويتوقع المسؤولون أن يرفع الرصيف الجديد قدرة الميناء على استقبال السفن الكبيرة خلال العام المقبل.</p>"
)
HEADLINE = "افتتاح رصيف جديد في الميناء التجاري"


def _page(body: str, head: str = "", before: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{HEADLINE} - جريدة الساحل</title>{head}</head><body>{before}"
        f'<div class="article"><h1>{HEADLINE}</h1><div class="content">{STORY}</div>{body}</div></body></html>'
    )


def _box(heading: str) -> str:
    return (
        f'<div class="encadre"><h3>{heading}</h3><ul>'
        '<li><a href="/ar/economie/rail">تدشين خط السكك الحديدية الجديد بين المدينتين</a></li>'
        '<li><a href="/ar/economie/airport">توسعة المطار الدولي تدخل مرحلتها الثانية</a></li></ul></div>'
    )


TWO = [
    ("تدشين خط السكك الحديدية الجديد بين المدينتين", "https://sahil.example/ar/economie/rail"),
    ("توسعة المطار الدولي تدخل مرحلتها الثانية", "https://sahil.example/ar/economie/airport"),
]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("À lire aussi", "read-also"),
        ("A lire aussi :", "read-also"),
        ("Lire aussi", "read-also"),
        ("LIRE ÉGALEMENT", "read-also"),
        ("Voir aussi", "read-also"),
        ("Articles similaires", "related"),
        ("Sur le même sujet", "related"),
        ("Dans la même rubrique", "related"),
    ],
)
def test_a_french_read_also_heading_gives_its_links(heading: str, kind: str) -> None:
    """A Moroccan, Algerian or Tunisian Arabic page's box under a French heading is a related block, as one
    under "اقرأ أيضا" is: read-also under "À lire aussi", related under "Articles similaires"."""
    (article,) = parse_html(_page(_box(heading)), origin=URL, url=URL)
    assert [(link.title, link.url, link.kind) for link in article.related] == [(t, u, kind) for t, u in TWO]
    assert len(article.paragraphs) == 2


def test_a_french_label_line_gives_its_link() -> None:
    """ "Lire aussi : <a>…</a>" on a line of its own is a read-also line, as "اقرأ أيضا: <a>…</a>" is."""
    line = '<p>Lire aussi : <a href="/ar/economie/rail">تدشين خط السكك الحديدية الجديد بين المدينتين</a></p>'
    (article,) = parse_html(_page(line), origin=URL, url=URL)
    assert [(link.title, link.kind) for link in article.related] == [(TWO[0][0], "read-also")]


def test_a_french_box_heading_that_is_no_read_also_gives_none() -> None:
    (article,) = parse_html(_page(_box("À la une")), origin=URL, url=URL)
    assert article.related == ()


def test_a_french_dateline_keeps_its_time_and_the_fil_ariane_names_the_section() -> None:
    """ "Publié le 28/11/2026 à 10h30" gives the time too (as "28/11/2026 - 10:30" does); a breadcrumb classed
    "fil-ariane" names the section as one classed "breadcrumb" does, its "Accueil" the home crumb."""
    meta = '<div class="infos"><span class="date-publication">Publié le 28/11/2026 à 10h30</span></div>'
    crumbs = '<div class="fil-ariane"><a href="/ar/">Accueil</a> › <a href="/ar/economie">اقتصاد</a></div>'
    page = _page("", before=crumbs).replace('<div class="content">', meta + '<div class="content">')
    (article,) = parse_html(page, origin=URL, url=URL)
    assert article.published == "2026-11-28T10:30:00"
    assert article.section == "اقتصاد"


@pytest.mark.parametrize(
    "trail",
    ['<div id="ariane"><a href="/ar/">Accueil</a> › <a href="/ar/economie">اقتصاد</a></div>'],
)
def test_an_ariane_id_names_the_section(trail: str) -> None:
    (article,) = parse_html(_page("", before=trail), origin=URL, url=URL)
    assert article.section == "اقتصاد"


@pytest.mark.parametrize(
    ("pager", "url"),
    [
        (
            '<div class="pagination"><a class="active">1</a> <a href="?page=2">2</a> '
            '<a href="?page=3">3</a> <a href="?page=2">الصفحة التالية</a></div>',
            URL + "?page=2",
        ),
        (
            '<p class="pager">صفحة 1 من 2 | '
            '<a href="https://sahil.example/ar/economie/port/2/">الصفحة التالية ›</a></p>',
            "https://sahil.example/ar/economie/port/2/",
        ),
        (  # WordPress's paginated post
            '<nav class="wp-pagenavi"><span>1</span> <a href="port-2.html">2</a> '
            '<a href="port-2.html">التالي »</a></nav>',
            "https://sahil.example/ar/economie/port-2.html",
        ),
        (  # named by its id, the class's case
            '<div id="page-nav"><a href="port-2.html"><span>الصفحة التالية</span></a></div>',
            "https://sahil.example/ar/economie/port-2.html",
        ),
        (
            '<div class="PaginationBar"><a href="port-2.html">2</a> <a href="port-2.html">التالية ›</a></div>',
            "https://sahil.example/ar/economie/port-2.html",
        ),
    ],
    ids=["pagination-div", "pager-line", "pagenavi", "id", "class-case"],
)
def test_a_pager_without_rel_next_gives_the_next_page(pager: str, url: str) -> None:
    """A story's pager printed without ``<link rel="next">`` still gives its next page as a related link, as the
    ``rel="next"`` case does, and its line is no paragraph."""
    (article,) = parse_html(_page(pager), origin=URL, url=URL)
    assert [(link.url, link.kind) for link in article.related] == [(url, "related")]
    assert article.related[0].title in ("الصفحة التالية", "التالي", "التالية")
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "body",
    [
        '<p><a href="/ar/economie/next-story">المقالة التالية: ارتفاع صادرات الحوامض</a></p>',
        '<div class="share"><a href="/ar/x">التالي</a> <a href="/ar/y">السابق</a></div>',
        '<div class="pagination"><a href="?page=2">2</a></div>',
        '<div class="comments-pagination"><a href="?cpage=2">التالي</a></div>',
        '<div class="pagination"><a href="/ar/economie/next-story">التالي: ارتفاع صادرات الحوامض</a></div>',
    ],
    ids=["next-post", "no-pager", "number-only", "comments", "next-story"],
)
def test_a_next_link_outside_a_pager_is_no_next_page(body: str) -> None:
    (article,) = parse_html(_page(body), origin=URL, url=URL)
    assert all(link.title not in ("الصفحة التالية", "التالي") for link in article.related)
    assert all("page=2" not in (link.url or "") and "next-story" not in (link.url or "") for link in article.related)


def test_read_also_links_keep_the_page_order() -> None:
    """A read-also box in the story comes before the read-also line that closes it, as the page shows them."""
    inline = (
        '<div class="inline-related"><span>اقرأ أيضا</span><ul>'
        f'<li><a href="/ar/economie/rail">{TWO[0][0]}</a></li>'
        f'<li><a href="/ar/economie/airport">{TWO[1][0]}</a></li></ul></div>'
    )
    closing = '<p class="read-also">اقرأ أيضاً: <a href="/ar/economie/fish">موسم صيد السردين يبدأ مبكرا</a></p>'
    story = STORY.replace("</p>", "</p>" + inline, 1) + closing
    page = _page("").replace(STORY, story)
    (article,) = parse_html(page, origin=URL, url=URL)
    assert [link.title for link in article.related] == [TWO[0][0], TWO[1][0], "موسم صيد السردين يبدأ مبكرا"]


GENERIC_SITE_PAGE = (
    '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
    "<title>{title}</title></head><body><article><h1>سيول تغلق الطريق الساحلي</h1>"
    "<p>أغلقت السيول الطريق الساحلي مساء أمس بعد أمطار غزيرة استمرت أربع ساعات متواصلة.</p>"
    "<p>وطلبت السلطات من السائقين سلوك الطرق البديلة حتى إشعار آخر.</p></article></body></html>"
)


@pytest.mark.parametrize(
    "doc_title",
    ["سيول تغلق الطريق الساحلي | الأخبار", "سيول تغلق الطريق الساحلي - الأخبار", "الأخبار | سيول تغلق الطريق الساحلي"],
)
@pytest.mark.parametrize("tag", ["h1", "h2"])
def test_a_generic_site_part_leaves_the_headline_a_headline(doc_title: str, tag: str) -> None:
    """``<title>Headline | الأخبار</title>``: the headline is not the site's name, nor a paragraph of its own."""
    page = GENERIC_SITE_PAGE.format(title=doc_title).replace("h1>", f"{tag}>")
    (article,) = parse_html(page, origin="/tmp/x.html")
    assert article.title == "سيول تغلق الطريق الساحلي"
    assert article.source != "سيول تغلق الطريق الساحلي"
    assert article.paragraphs[0].startswith("أغلقت السيول")
    assert len(article.paragraphs) == 2


def test_site_from_the_title_is_no_headline_beside_a_generic_part() -> None:
    """``html_title.site``: a ``<title>`` part beside a generic one that the page's headlines all are is the
    headline, not the site's name; one trafilatura guessed beside the page's own headline is the name."""
    from newstui.parse.html_meta import is_the_headline  # new in this round

    headline = "سيول تغلق الطريق الساحلي"
    assert site(None, None, None, f"{headline} | الأخبار", (None, headline, headline)) is None  # <h1>, trafilatura's
    assert is_the_headline(headline, (None, headline, headline))
    # trafilatura's guess at the first part, beside the page's own headline: the part is the site's name
    assert site(None, None, None, "جريدة الوطن - تفاصيل الخبر", (None, headline, "جريدة الوطن")) == "جريدة الوطن"
    assert not is_the_headline("جريدة الوطن", (None, headline, "جريدة الوطن"))
