"""Feeds and HTML pages: read-more links, read-also paragraphs, languages, page metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.model import Article, Link, RawDocument
from newstui.parse import parse_document
from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html
from newstui.parse.html_meta import title_site

AUDIT = Path(__file__).resolve().parents[1] / "fixtures" / "web" / "audit"


def _load(name: str, url: str | None = None) -> list[Article]:
    return parse_document(RawDocument(origin=name, data=(AUDIT / name).read_bytes(), url=url))


def _rss(description: str, *, language: str = "ar") -> Article:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        f"<link>https://news.example/</link><language>{language}</language>"
        f"<item><title>عنوان الخبر</title><link>https://news.example/a/1</link>"
        f"<description><![CDATA[{description}]]></description></item></channel></rss>"
    )
    (article,) = parse_feed(feed.encode(), origin="feed.xml")
    return article


class TestFeedReadMore:
    def test_arabic_read_more_link_leaves_the_summary(self) -> None:
        """f01: "... وفق مصادر مطلعة. <a>اقرأ المزيد</a>" ends with the sentence, not with the link's words."""
        opec = _load("f01_rss.xml")[1]
        assert opec.paragraphs == ("تدرس مجموعة «أوبك+» خفضاً إضافياً للإنتاج خلال اجتماعها المقبل، وفق مصادر مطلعة.",)
        assert opec.related == ()

    @pytest.mark.parametrize(
        "description",
        [
            'Fares rise in April. <a href="https://news.example/a/1">Read more</a>',
            'Fares rise in April. <a href="https://news.example/a/1">Read more &raquo;</a>',
            '<p>Fares rise in April.</p><p><a href="/a/1">Continue reading <span>Ferry fares</span></a></p>',
            '<p>Fares rise in April. <a class="more" href="/a/1">[المزيد]</a></p>',
            'Fares rise in April. <A HREF="/a/1">إقرأ المزيد...</A>',
        ],
        ids=["read-more", "raquo", "continue-reading", "bracketed-arabic", "upper-case-tag"],
    )
    def test_read_more_links_are_dropped(self, description: str) -> None:
        assert _rss(description, language="en").paragraphs == ("Fares rise in April.",)

    def test_other_links_keep_their_text(self) -> None:
        """Only a link that says nothing but "read more" and ends its paragraph goes."""
        article = _rss(
            '<p>Prices rose <a href="/x">more</a> than expected and <a href="/y">more details</a>.</p>'
            '<p>Markets closed. <a href="/z">More</a></p><p><a href="/t">التفاصيل</a> في الصفحة الثانية.</p>',
            language="en",
        )
        assert article.paragraphs == (
            "Prices rose more than expected and more details.",
            "Markets closed.",
            "التفاصيل في الصفحة الثانية.",
        )


class TestFeedReadAlso:
    def test_read_also_paragraph_becomes_a_link(self) -> None:
        """f01: "اقرأ أيضاً: <a href=...>title</a>" in content:encoded is a read-also link, not a paragraph."""
        eid = _load("f01_rss.xml")[2]
        assert eid.paragraphs == (
            "تفاصيل الإجازة",
            "أعلنت وزارة الداخلية أن إجازة عيد الأضحى تبدأ يوم الأحد وتستمر خمسة أيام.",
            "• القطاع الحكومي: 5 أيام",
            "• القطاع الخاص: 4 أيام",
        )
        assert eid.related == (
            Link(
                "جدول العطل الرسمية لعام 2024",
                "https://www.akhbar-khaleej.example/local/2024/05/10/holidays",
                kind="read-also",
            ),
        )

    @pytest.mark.parametrize(
        ("description", "link"),
        [
            (
                '<p><strong>اقرأ أيضا:</strong> <a href="/b/2">الذهب يتراجع</a></p>',
                ("الذهب يتراجع", "https://news.example/b/2"),
            ),
            ("<p>Read also: <a href='https://other.example/x'>Tides</a></p>", ("Tides", "https://other.example/x")),
            ('<p>اقرأ أيضاً: <a href="javascript:void(0)">الذهب يتراجع</a></p>', ("الذهب يتراجع", None)),
        ],
        ids=["strong-marker", "english", "no-http-href"],
    )
    def test_read_also_variants(self, description: str, link: tuple[str, str | None]) -> None:
        article = _rss("<p>نص الخبر.</p>" + description)
        assert article.paragraphs == ("نص الخبر.",)
        assert [(item.title, item.url, item.kind) for item in article.related] == [(*link, "read-also")]

    def test_read_also_text_without_its_link_stays_a_paragraph(self) -> None:
        """A paragraph that only starts with the marker, its title not being the link, is text."""
        article = _rss('<p>نص الخبر.</p><p>اقرأ أيضاً: تقرير عن <a href="/b/2">الذهب</a> والفضة</p>')
        assert article.paragraphs == ("نص الخبر.", "اقرأ أيضاً: تقرير عن الذهب والفضة")
        assert article.related == ()


class TestFeedLanguage:
    def test_english_entry_of_an_arabic_feed_is_english(self) -> None:
        """f02: xml:lang="ar" on the feed, an English entry: language "en" with direction "ltr"."""
        housing, english, rate = _load("f02_atom.xml")
        assert (english.language, english.direction) == ("en", "ltr")
        assert (housing.language, housing.direction) == ("ar", "rtl")
        assert (rate.language, rate.direction) == ("ar", "rtl")

    def test_arabic_entry_of_an_english_feed_is_arabic(self) -> None:
        article = _rss("<p>ارتفعت أسعار الذهب في التعاملات المبكرة اليوم.</p>", language="en-gb")
        assert (article.language, article.direction) == ("ar", "rtl")

    def test_a_declared_language_that_fits_the_script_is_kept(self) -> None:
        """The tag as written ("en-gb", not "en") when the text is in its script; letterless text keeps it too."""
        assert _rss("<p>The harbour opens on Monday.</p>", language="en-gb").language == "en-gb"
        feed = (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><language>ar</language>'
            "<item><title>2024</title><description>12345</description></item></channel></rss>"
        )
        (article,) = parse_feed(feed.encode(), origin="feed.xml")
        assert article.language == "ar"


def _page(head: str, body: str, url: str | None = None) -> Article:
    page = (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    )
    (article,) = parse_html(page, origin="page.html", url=url)
    return article


_STORY = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "غيب الموت صباح اليوم الأربعاء الممثل القدير عن عمر ناهز 82 عاماً بعد صراع مع المرض استمر عدة أشهر.",
        "وقدم الراحل خلال مسيرته الفنية أكثر من 150 عملاً بين السينما والمسرح والتلفزيون في عقود متتالية.",
        "وتقام صلاة الجنازة عقب صلاة الظهر غداً من مسجد السيدة نفيسة على أن يقام العزاء مساء الجمعة.",
    )
)


class TestHtmlSite:
    def test_title_suffix_names_the_site(self) -> None:
        """h02: no og:site_name, "<title>headline - بوابة الفجر</title>": the source is "بوابة الفجر"."""
        (article,) = _load("h02_plain.html")
        assert article.source == "بوابة الفجر"
        assert article.title == "وفاة الممثل القدير عن عمر 82 عاماً"

    def test_title_suffix_beats_the_host(self) -> None:
        """h03: with a canonical link the source was the host "elfagr.example"; the title names the site."""
        (article,) = _load("h03_canonical.html")
        assert article.source == "بوابة الفجر"
        assert article.url == "https://www.elfagr.example/art/2024/01/03/actor-dies"

    def test_og_site_name_still_wins(self) -> None:
        (article,) = _load("h01_page.html")
        assert article.source == "صحيفة النهار"

    @pytest.mark.parametrize(
        ("document_title", "expected"),
        [
            ("وفاة الممثل القدير - بوابة الفجر", "بوابة الفجر"),
            ("بوابة الفجر | وفاة الممثل القدير", "بوابة الفجر"),
            ("وفاة الممثل القدير", None),
            ("وفاة الممثل القدير - تفاصيل الجنازة والعزاء في القاهرة مساء الجمعة المقبلة", None),
            ("خبر آخر تماماً - بوابة الفجر", None),
        ],
        ids=["suffix", "prefix", "no-separator", "second-headline", "other-headline"],
    )
    def test_title_site(self, document_title: str, expected: str | None) -> None:
        assert title_site(document_title, [None, "وفاة الممثل القدير"]) == expected

    def test_a_page_without_a_named_site_keeps_its_host(self) -> None:
        article = _page(
            "<title>وفاة الممثل القدير</title>", f"<h1>وفاة الممثل القدير</h1>{_STORY}", "https://www.x.example/a"
        )
        assert article.source == "x.example"


class TestHtmlByline:
    def test_body_byline(self) -> None:
        """h02: "نشر في ... - كتب: محمود عبد الله" names the author when no meta tag does."""
        (article,) = _load("h02_plain.html")
        assert (article.author, article.attribution) == ("محمود عبد الله", None)

    @pytest.mark.parametrize(
        ("markup", "author"),
        [
            ('<div class="by">بقلم سارة علي</div>', "سارة علي"),
            ("<p>كتبت: هدى السيد</p>", "هدى السيد"),
            ("<p>كتب الشاعر قصيدة جديدة عن المدينة القديمة وأهلها الطيبين وأسواقها العامرة بالناس.</p>", None),
            ("<nav><span>كتب: فريق التحرير</span></nav>", None),
            ("<p>وقال إن المكتبة ستفتح أبوابها غداً.</p>", None),
        ],
        ids=["biqalam", "katabat", "prose", "navigation", "maktaba"],
    )
    def test_byline_forms(self, markup: str, author: str | None) -> None:
        article = _page("<title>وفاة الممثل القدير</title>", f"<h1>وفاة الممثل القدير</h1>{markup}{_STORY}")
        assert article.author == author

    def test_meta_author_wins(self) -> None:
        article = _page(
            '<meta name="author" content="ريم الحسيني">', f"<h1>عنوان</h1><p>كتب: محمود عبد الله</p>{_STORY}"
        )
        assert article.author == "ريم الحسيني"


class TestHtmlTagsAndRelated:
    def test_rel_tag_links_are_keywords(self) -> None:
        (article,) = _load("h02_plain.html")
        assert article.keywords == ("وفاة", "نقابة المهن التمثيلية", "دراما")

    def test_meta_keywords_win(self) -> None:
        (article,) = _load("h01_page.html")
        assert article.keywords == ("الكهرباء", "الحكومة", "الطاقة", "لبنان")

    def test_may_interest_you_block_is_related(self) -> None:
        """h03: the "مواضيع قد تهمك" list is a related block (its links kept, its text not in the story)."""
        (article,) = _load("h03_canonical.html")
        assert [(link.title, link.url) for link in article.related] == [
            ("انطلاق مهرجان المسرح العربي بمشاركة 14 دولة", "https://www.elfagr.example/art/2024/01/01/festival"),
            ("تكريم نجوم الدراما في حفل جوائز نهاية العام", "https://www.elfagr.example/art/2023/12/30/award"),
            (
                "مسلسل جديد يجمع نجمين لأول مرة في رمضان",
                "https://www.elfagr.example/art/2024/01/03/art/2023/12/28/series",  # relative to the page's folder
            ),
        ]
        assert not any("تكريم نجوم" in paragraph for paragraph in article.paragraphs)


class TestHtmlDate:
    def test_jsonld_time_is_kept(self) -> None:
        """h04: JSON-LD datePublished "2024-08-02T07:12:00Z" keeps its time (meta dates already did)."""
        (article,) = _load("h04_inline.html")
        assert article.published == "2024-08-02T07:12:00+00:00"

    @pytest.mark.parametrize(
        ("script", "published"),
        [
            (
                '{"@graph": [{"@type": "WebPage"},'
                ' {"@type": "NewsArticle", "datePublished": "2024-08-02T10:12:00+03:00"}]}',
                "2024-08-02T10:12:00+03:00",
            ),
            ('[{"@type": "NewsArticle", "datePublished": "2024-08-02"}]', "2024-08-02"),
            ('{"datePublished": "not a date"}', None),
            ("{broken", None),
        ],
        ids=["graph", "date-only", "not-a-date", "broken-json"],
    )
    def test_jsonld_forms(self, script: str, published: str | None) -> None:
        head = f'<title>عنوان الخبر</title><script type="application/ld+json">{script}</script>'
        assert _page(head, f"<h1>عنوان الخبر</h1>{_STORY}").published == published

    def test_meta_date_wins(self) -> None:
        (article,) = _load("h01_page.html")
        assert article.published == "2024-07-15T09:45:00+03:00"


class TestHtmlReadAlsoBlocks:
    def test_a_read_also_heading_gives_read_also_links(self) -> None:
        """h04: the links under "اقرأ أيضا" are read-also links (they were related)."""
        (article,) = _load("h04_inline.html")
        assert [link.kind for link in article.related] == ["read-also", "read-also"]

    def test_each_block_keeps_its_own_kind(self) -> None:
        """A read-also block and a related block on one page: each link has the kind of its heading."""
        body = (
            f"<h1>وفاة الممثل القدير</h1>{_STORY}"
            '<h3>اقرأ أيضاً</h3><ul><li><a href="/a/1">مسيرة فنية امتدت نصف قرن</a></li></ul>'
            '<h3>أخبار ذات صلة</h3><ul><li><a href="/a/2">نقابة الممثلين تنعى الراحل</a></li>'
            '<li><a href="/a/3">موعد الجنازة والعزاء</a></li></ul>'
        )
        article = _page("<title>وفاة الممثل القدير</title>", body, url="https://news.example/a/0")
        assert [(link.title, link.kind) for link in article.related] == [
            ("مسيرة فنية امتدت نصف قرن", "read-also"),
            ("نقابة الممثلين تنعى الراحل", "related"),
            ("موعد الجنازة والعزاء", "related"),
        ]
