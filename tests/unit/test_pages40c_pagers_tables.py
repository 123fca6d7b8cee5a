"""Round 40 (pages40c): a pager that pages something else than the story (its comments, readers' reviews, a
photo gallery, the next post) gives no next page; a category page's next page is none of its counted stories;
a data table inside a list item keeps its cells apart."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html

# Our own pages and words, written for these tests.
URL = "https://wadi-news.example/local/dam-works/"
HEADLINE = "بدء أعمال صيانة السد الشمالي"
STORY = (
    "<p>بدأت فرق وزارة المياه صباح اليوم أعمال صيانة واسعة في السد الشمالي تستمر ثلاثة أشهر متواصلة.</p>"
    "<p>وقال مدير المشروع إن الأعمال تشمل تدعيم جسم السد وتركيب بوابات حديثة للتحكم في تدفق المياه.</p>"
)


def _page(after: str, inside: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{HEADLINE} - أخبار الوادي</title></head><body><main><article>"
        f"<h1>{HEADLINE}</h1>{STORY}{inside}</article>{after}</main></body></html>"
    )


@pytest.mark.parametrize(
    ("inside", "after"),
    [
        (  # the comments' pager in the comments' section (audit regress40p #2)
            '<section id="comments"><h3>التعليقات (12)</h3><ol><li><p>عمل ممتاز تأخر كثيرا.</p></li></ol>'
            '<div class="pagination"><a href="/local/dam-works/comment-page-2/">التالي »</a></div></section>',
            "",
        ),
        (  # in a box named so, to the same story's numbered page
            '<div class="comments-area"><p>عمل ممتاز.</p><div class="pagination">'
            '<a href="/local/dam-works/2/">التالي »</a></div></div>',
            "",
        ),
        (  # readers' reviews (#3)
            '<div class="user-reviews"><h3>آراء القراء</h3><p>خبر مهم.</p>'
            '<nav class="pager"><a href="?reviews=2">التالية ›</a></nav></div>',
            "",
        ),
        (  # a photo gallery's pager (#3)
            '<div class="gallery"><figure><img src="/g1.jpg"><figcaption>بوابات السد</figcaption></figure>'
            '<div class="gallery-pagination"><a href="/dam-photos/?photo=2">التالي</a></div></div>',
            "",
        ),
        (  # a photo's query, the pager named only as a pager
            '<div class="pagination"><a href="?photo=2">التالي</a></div>',
            "",
        ),
        (  # the next post in a blog's "post-pagination" (#4)
            '<div class="post-pagination"><a href="/local/bridge-opening/">التالي</a></div>',
            "",
        ),
        (  # another story's numbered address
            '<div class="pagination"><a href="/local/bridge-opening/2/">التالي</a></div>',
            "",
        ),
        ("", '<div class="nav-links pagination"><a href="/local/bridge-opening/">التالي ›</a></div>'),
        (  # Disqus's box
            '<div id="disqus_thread"><div class="pagination"><a href="/local/dam-works/2/">التالي</a></div></div>',
            "",
        ),
    ],
    ids=[
        "comments-section",
        "comments-area",
        "reviews",
        "gallery",
        "photo-query",
        "post-pagination",
        "other-story-numbered",
        "nav-links",
        "disqus",
    ],
)
def test_a_pager_of_another_thing_gives_no_next_page(inside: str, after: str) -> None:
    (article,) = parse_html(_page(after, inside), origin=URL, url=URL)
    assert article.related == ()


@pytest.mark.parametrize(
    ("pager", "url"),
    [
        ('<div class="pagination"><a href="/local/dam-works/2/">التالي »</a></div>', URL + "2/"),
        ('<div class="pagination"><a href="/local/dam-works/page/2/">التالي</a></div>', URL + "page/2/"),
        ('<div class="pagination"><a href="?page=2">التالية ›</a></div>', URL + "?page=2"),
        ('<div class="pagination"><a href="?lang=ar&amp;p=2">التالي</a></div>', URL + "?lang=ar&p=2"),
        (  # labelled as a page: followed wherever it leads
            '<div class="post-pagination"><a href="/local/dam-works-part-two/">الصفحة التالية</a></div>',
            "https://wadi-news.example/local/dam-works-part-two/",
        ),
        (  # a "category-photos" class names the post's category, no photo box
            '<div class="post category-photos format-gallery"><div class="pagination">'
            '<a href="/local/dam-works/2/">التالي</a></div></div>',
            URL + "2/",
        ),
        (  # a theme's wrappers around the story and its pager
            '<div class="content-sidebar-wrap post-preview"><div class="elementor-widget-container">'
            '<div class="page-links"><a href="/local/dam-works/2/">التالي</a></div></div></div>',
            URL + "2/",
        ),
    ],
    ids=["slash-number", "page-number", "page-query", "p-query", "labelled", "term-classes", "theme-wrappers"],
)
def test_a_pager_to_the_storys_numbered_page_gives_it(pager: str, url: str) -> None:
    (article,) = parse_html(_page("", pager), origin=URL, url=URL)
    assert [(link.url, link.kind) for link in article.related] == [(url, "related")]


def test_a_static_pages_numbered_page_is_its_next_page() -> None:
    url = "https://wadi-news.example/local/dam.html"
    page = _page("", '<div class="pagination"><a href="dam-2.html">التالي</a></div>')
    (article,) = parse_html(page, origin=url, url=url)
    assert [link.url for link in article.related] == ["https://wadi-news.example/local/dam-2.html"]


CATEGORY = "https://wadi-news.example/local/"
CARDS = [
    ("dam", "بدء أعمال صيانة السد الشمالي في الوادي"),
    ("bridge", "افتتاح الجسر الجديد فوق النهر الكبير"),
    ("school", "وضع حجر الأساس لمدرسة ثانوية في القرية"),
    ("market", "سوق الخضار المركزي ينتقل إلى موقعه الجديد"),
    ("clinic", "عيادة متنقلة تزور القرى الجبلية كل أسبوع"),
]


def _category(head: str = "", pager: str = "") -> str:
    cards = "".join(
        f'<article class="card"><h2><a href="/local/2026/12/{slug}">{title}</a></h2>'
        f"<p>ملخص قصير عن الخبر وتفاصيله.</p></article>"
        for slug, title in CARDS
    )
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>محليات - أخبار الوادي</title>'
        f'<meta property="og:site_name" content="أخبار الوادي"><link rel="canonical" href="{CATEGORY}">{head}'
        f"</head><body><main><h1>محليات</h1>{cards}{pager}</main></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "pager"),
    [
        ("", '<div class="pagination"><a href="/local/page/2/">الصفحة التالية »</a></div>'),
        (f'<link rel="next" href="{CATEGORY}page/2/">', ""),
        (f'<link rel="next" href="{CATEGORY}page/2/">', '<div class="pagination"><a href="/local/page/2/">2</a></div>'),
    ],
    ids=["pager", "rel-next", "both"],
)
def test_a_category_pages_next_page_is_no_story_of_its_count(head: str, pager: str) -> None:
    """A category page's count is its cards' ("5 قصص" for 5 cards; audit regress40p #1); its next page is a
    link after them."""
    (article,) = parse_html(_category(head, pager), origin=CATEGORY, url=CATEGORY)
    assert article.listing
    assert article.paragraphs == ("5 قصص",)
    assert [link.title for link in article.related[:5]] == [title for _, title in CARDS]
    assert [link.url for link in article.related[5:]] == [CATEGORY + "page/2/"]


def test_a_category_page_without_a_next_page_lists_its_cards() -> None:
    (article,) = parse_html(_category(), origin=CATEGORY, url=CATEGORY)
    assert article.paragraphs == ("5 قصص",)
    assert len(article.related) == 5


def test_a_table_in_a_list_item_keeps_its_cells_apart() -> None:
    """A price table inside a list item is read as a table outside a list is: a row a line, its cells joined
    with " | " (audit regress40p #5: "أوكتان 90" and "0.92 دينار" read "أوكتان 900.92 دينار")."""
    items = (
        "<ul><li><h3>الخبز</h3><table><tr><th>الصنف</th><th>السعر</th></tr>"
        "<tr><td>رغيف 90 غراما</td><td>0.15 دينار</td></tr><tr><td>رغيف 120 غراما</td><td>0.20 دينار</td></tr>"
        "</table></li><li><h3>الأرز</h3><p>بقي سعر كيلو الأرز دون تغيير عند 1.10 دينار.</p></li></ul>"
    )
    page = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>أسعار السلع</title></head>'
        "<body><main><article><h1>تعديل أسعار السلع الأساسية</h1>"
        "<p>أعلنت وزارة التجارة اليوم قائمة الأسعار الجديدة للسلع الأساسية التي تسري من مطلع الشهر المقبل.</p>"
        f"{items}<p>وقال المتحدث باسم الوزارة إن الأسعار ستراجع كل ثلاثة أشهر وفق تكاليف الاستيراد.</p>"
        "</article></main></body></html>"
    )
    (article,) = parse_html(page, origin="/tmp/prices.html")
    paragraphs = list(article.paragraphs)
    start = paragraphs.index("• الخبز")
    assert paragraphs[start : start + 6] == [
        "• الخبز",
        "الصنف | السعر",
        "رغيف 90 غراما | 0.15 دينار",
        "رغيف 120 غراما | 0.20 دينار",
        "• الأرز",
        "بقي سعر كيلو الأرز دون تغيير عند 1.10 دينار.",
    ]


@pytest.mark.parametrize(
    ("href", "url"),
    [
        ("?p=4512&amp;page=2", "https://wadi-news.example/?p=4512&page=2"),  # a blog's default address, page 2
        ("?p=4513", None),  # the next post
        ("?p=4512&amp;page=3", "https://wadi-news.example/?p=4512&page=3"),  # a page number: from page 1 too
        ("?p=4513&amp;page=2", None),  # the next post's page 2
    ],
)
def test_a_post_number_in_the_query_is_no_page_number(href: str, url: str | None) -> None:
    own = "https://wadi-news.example/?p=4512"
    (article,) = parse_html(
        _page("", f'<div class="pagination"><a href="{href}">التالي</a></div>'), origin=own, url=own
    )
    assert [link.url for link in article.related] == ([url] if url else [])


def test_page_two_of_a_story_gives_page_three() -> None:
    own = "https://wadi-news.example/local/dam.php?id=77&page=2"
    pager = '<div class="pagination"><a href="dam.php?id=77&amp;page=3">التالي</a></div>'
    (article,) = parse_html(_page("", pager), origin=own, url=own)
    assert [link.url for link in article.related] == ["https://wadi-news.example/local/dam.php?id=77&page=3"]


def test_an_arabic_path_percent_encoded_in_the_canonical_is_the_same_story() -> None:
    """The canonical address writes the Arabic path percent-encoded (and with "www."), the pager as it is."""
    url = "https://wadi-news.example/local/صيانة-السد/"
    head = '<link rel="canonical" href="https://www.wadi-news.example/local/%D8%B5%D9%8A%D8%A7%D9%86%D8%A9-%D8%A7%D9%84%D8%B3%D8%AF/">'
    page = _page("", '<div class="pagination"><a href="/local/صيانة-السد/2/">التالي</a></div>')
    page = page.replace("</title>", "</title>" + head)
    (article,) = parse_html(page, origin=url, url=url)
    assert [link.url for link in article.related] == ["https://wadi-news.example/local/صيانة-السد/2/"]


def test_a_base_address_is_not_the_storys_own() -> None:
    """With no address of its own (a saved page), a ``<base>`` at the site's root does not make the story's
    numbered page another path's: its numbered page is its next page."""
    page = _page("", '<div class="pagination"><a href="/local/dam-works/2/">التالي</a></div>')
    page = page.replace("</title>", '</title><base href="https://wadi-news.example/">')
    (article,) = parse_html(page, origin="/tmp/saved/dam.html")
    assert [link.url for link in article.related] == [URL + "2/"]
