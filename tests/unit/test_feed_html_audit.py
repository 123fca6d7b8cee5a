"""Feed and HTML parsing findings of audit 15: read-more links, read-also paragraphs, languages, page metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.model import Article, Link, RawDocument
from newstui.parse import parse_document
from newstui.parse.feed import parse_feed

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
            "القطاع الحكومي: 5 أيام",
            "القطاع الخاص: 4 أيام",
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
