"""HTML pages to Articles: body without boilerplate, metadata, related blocks, encodings, and sniffing."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from newstui.errors import ParseError
from newstui.model import Article, RawDocument
from newstui.parse import first_element, parse_document, sniff_kind, text_direction
from newstui.parse.html import parse_html
from newstui.parse.html_fragment import fragment_paragraphs
from newstui.parse.html_links import http_url

WEB = Path(__file__).resolve().parents[1] / "fixtures" / "web"
AR_URL = "https://news.example.com/culture/2024/03/harbour-library"


def _page(name: str, *, url: str | None = None, content_type: str | None = "text/html") -> Article:
    doc = RawDocument(origin=name, data=(WEB / name).read_bytes(), content_type=content_type, url=url)
    articles = parse_document(doc)
    assert len(articles) == 1
    return articles[0]


def _has_controls(text: str) -> bool:
    return any(unicodedata.category(c) == "Cc" for c in text)


@pytest.fixture(scope="module")
def arabic() -> Article:
    return _page("ar_news.html", url=AR_URL)


class TestArabicNewsPage:
    def test_headline_without_site_suffix(self, arabic: Article) -> None:
        """The headline is og:title/h1, not the <title> with " - صحيفة الضفة"."""
        assert arabic.title == "افتتاح أكبر مكتبة عامة في مدينة الميناء"

    def test_metadata(self, arabic: Article) -> None:
        """Site name, section, author, ISO date, canonical URL, language and direction come from the page."""
        assert (arabic.source, arabic.section, arabic.author) == ("صحيفة الضفة", "ثقافة", "ليلى منصور")
        assert arabic.published == "2024-03-05T09:30:00+03:00"
        assert arabic.url == AR_URL
        assert (arabic.language, arabic.direction) == ("ar", "rtl")
        assert arabic.origin == "ar_news.html"

    def test_body_paragraphs_without_boilerplate(self, arabic: Article) -> None:
        """All five body paragraphs are kept, in order; nav, ticker, ads, sidebar, form and footer are not."""
        assert len(arabic.paragraphs) == 5
        assert arabic.paragraphs[0].startswith("افتتحت بلدية مدينة الميناء")
        assert arabic.paragraphs[-1].startswith("ومن المقرر أن تستضيف المكتبة")
        text = "\n".join(arabic.paragraphs)
        for noise in ("إعلان", "عاجل", "جميع الحقوق", "الأكثر قراءة", "فوز مثير", "الرئيسية", "اشترك", "ملفات تعريف"):
            assert noise not in text, noise

    def test_related_links_are_absolute(self, arabic: Article) -> None:
        """The read-also link and the "أخبار ذات صلة" list become links with absolute http(s) URLs, each of its kind."""
        assert [(link.title, link.url) for link in arabic.related] == [
            (
                "ترميم المخطوطات القديمة يعيد الحياة إلى أرشيف المدينة",
                "https://news.example.com/culture/2023/11/old-manuscripts",
            ),
            (
                "انطلاق مهرجان القراءة السنوي بمشاركة واسعة من المدارس",
                "https://news.example.com/culture/2024/02/reading-festival",
            ),
            ("خطة لتوسعة الميناء التجاري خلال خمس سنوات", "https://news.example.com/economy/2024/01/port-expansion"),
            (
                "البلدية تشجع الألواح الشمسية على أسطح المباني العامة",
                "https://news.example.com/culture/2024/2023/12/solar-roofs",
            ),
        ]
        assert [link.kind for link in arabic.related] == ["read-also", "related", "related", "related"]

    def test_related_titles_are_not_body_paragraphs(self, arabic: Article) -> None:
        """The related block and the most-read sidebar do not leak into the body."""
        text = "\n".join(arabic.paragraphs)
        assert "مهرجان القراءة" not in text and "ترميم المخطوطات القديمة" not in text

    def test_keywords_from_meta(self, arabic: Article) -> None:
        """keywords (split on the Arabic comma) and article:tag are merged without duplicates."""
        assert arabic.keywords == ("مكتبة عامة", "مدينة الميناء", "القراءة", "مكتبات", "ثقافة")

    def test_local_copy_resolves_links_from_canonical(self) -> None:
        """Without a fetch URL, relative related links resolve against the page's canonical URL."""
        article = _page("ar_news.html", url=None)
        assert article.url == AR_URL
        assert all(link.url and link.url.startswith("https://news.example.com/") for link in article.related)


class TestOtherPages:
    def test_english_page(self) -> None:
        """An English page: <title> suffix stripped, news_keywords, aside.related-links as related (no base: no URL)."""
        article = _page("en_news.html")
        assert article.title == "Night ferry returns after two-year pause"
        assert (article.source, article.author) == ("The Daily Example", "Tom Alder")
        assert article.published == "2024-04-18T21:05:00+00:00"
        assert (article.language, article.direction) == ("en", "ltr")
        assert article.keywords == ("ferries", "transport", "harbour")
        assert [link.title for link in article.related] == [
            "Inspection finds cracks in old pier supports",
            "Three new night bus routes planned for spring",
        ]
        assert [link.url for link in article.related] == [None, None]
        text = "\n".join(article.paragraphs)
        assert "Residents can check the new timetable" in text
        assert "Subscribe" not in text and "Copyright" not in text and "Inspection finds" not in text

    def test_english_page_with_url_gets_absolute_links(self) -> None:
        """With the final URL known, relative related links become absolute."""
        article = _page("en_news.html", url="https://daily.example.org/local/2024/ferry")
        assert article.related[0].url == "https://daily.example.org/local/2023/pier-inspection"

    def test_cp1256_page_with_only_meta_charset(self) -> None:
        """A windows-1256 page declaring its charset only in <meta> reads as Arabic (no transport charset)."""
        article = _page("ar_cp1256_meta.html")
        assert article.title == "أمطار غزيرة تغلق طريق الجبل"
        assert article.paragraphs[0].startswith("أغلقت السلطات المحلية")
        assert article.direction == "rtl" and "\ufffd" not in "".join(article.paragraphs)

    def test_cp1256_page_behind_latin1_header(self) -> None:
        """A server's ISO-8859-1 header does not turn the <meta>-declared cp1256 page into mojibake."""
        data = (WEB / "ar_cp1256_meta.html").read_bytes()
        doc = RawDocument(origin="u", data=data, content_type="text/html", charset="iso-8859-1")
        assert parse_document(doc)[0].title == "أمطار غزيرة تغلق طريق الجبل"

    def test_minimal_page_falls_back_to_title_and_paragraphs(self) -> None:
        """A tiny page where trafilatura finds nothing still yields its <title> and <p> text."""
        article = _page("minimal.html")
        assert (article.title, article.paragraphs) == ("Short notice", ("The reading room closes early today.",))

    def test_empty_page_is_a_parse_error(self) -> None:
        """A page with no title and no text raises ParseError."""
        with pytest.raises(ParseError, match="no article text"):
            parse_html("<html><body><script>x()</script></body></html>", origin="x")

    def test_escapes_in_html_are_sanitized_after_entity_decoding(self) -> None:
        """&#27; and raw controls in title and body are neutralised after entity decoding."""
        html = (
            "<html><head><title>T&#27;]2;PWNED&#7;</title></head><body><article><h1>Head&#x1b;[31m</h1>"
            "<p>Body &#27;]52;c;aGk=&#7; text \u202eevil\u202c and more words to make a paragraph.</p>"
            "</article></body></html>"
        )
        article = parse_html(html, origin="x")[0]
        for text in (article.title, *article.paragraphs):
            assert not _has_controls(text) and "\u202e" not in text

    def test_site_named_after_the_host_without_user_or_password(self) -> None:
        """A page with no site name is named after its host; an address's user and password stay out of it."""
        page = (WEB / "minimal.html").read_text(encoding="utf-8")
        (article,) = parse_html(page, origin="x", url="http://reader:s3cret@news.example:8080/notice")
        assert article.source is not None and "news.example" in article.source
        assert "s3cret" not in article.source and "reader" not in article.source

    @pytest.mark.parametrize(
        ("headline", "site"),
        [
            ("Quake hits U.S. coast", "The News Site"),
            ("زلزال بقوة 5.8 درجات يضرب الساحل", "موقع الخبر"),
            ("Prices rise 2.5 percent in May", "Daily Ledger"),
        ],
        ids=["initials", "arabic-decimal", "english-decimal"],
    )
    def test_a_headline_with_a_dot_is_not_the_site(self, headline: str, site: str) -> None:
        """A ``<title>`` part with a dot is no domain when it is the headline: the site is the other part."""
        body = "A strong report came in on Sunday morning, officials said, and it was confirmed later. " * 3
        html = (
            f"<html><head><title>{headline} | {site}</title></head><body><article><h1>{headline}</h1>"
            f"<p>{body}</p><p>{body}</p></article></body></html>"
        )
        (article,) = parse_html(html, origin="x")
        assert (article.title, article.source) == (headline, site)

    def test_direction_from_text_over_template(self) -> None:
        """An Arabic article in an LTR template is RTL because its text is."""
        html = "<html dir='ltr' lang='en'><body><h1>عنوان الخبر</h1><p>" + "نص عربي طويل " * 20 + "</p></body></html>"
        assert parse_html(html, origin="x")[0].direction == "rtl"


NESTED_PARAGRAPHS = (
    "افتتحت البلدية حديقة جديدة في وسط المدينة بعد عامين من العمل.",
    "وحضر الافتتاح مئات السكان من الأحياء المجاورة.",
)


def _nested_page(depth: int, tag: str = "div") -> str:
    """A page whose first paragraph sits ``depth`` elements deep, with a second one after the nesting."""
    deep = f"<p>{NESTED_PARAGRAPHS[0]}</p>"
    after = f"<p>{NESTED_PARAGRAPHS[1]}</p>"
    inner = "<tr><td>" if tag == "table" else ""
    close = "</td></tr>" if tag == "table" else ""
    opened = f"<{tag}>{inner}" * depth
    closed = f"{close}</{tag}>" * depth
    return f"<html><head><title>حديقة</title></head><body>{opened}{deep}{closed}{after}</body></html>"


class TestDeeplyNestedPages:
    """libxml2 stops at 256 levels and drops the rest of the page: newstui reads on up to 2,048, then says so."""

    @pytest.mark.parametrize(
        ("depth", "tag"), [(10, "div"), (300, "div"), (1000, "div"), (300, "table")], ids=["10", "300", "1k", "tables"]
    )
    def test_every_paragraph_is_kept(self, depth: int, tag: str) -> None:
        (article,) = parse_html(_nested_page(depth, tag), origin="x")
        assert article.paragraphs == NESTED_PARAGRAPHS

    def test_deeper_than_the_limit_is_an_error(self) -> None:
        """A page cut by the parser's limit is not shown as if it were whole: one clear error instead."""
        with pytest.raises(ParseError, match=r"^page nested too deeply \(over 2,048 levels\)$"):
            parse_html(_nested_page(3000), origin="x")


_PARK = "<p>" + "افتتحت البلدية حديقة جديدة في وسط المدينة بعد عامين من العمل المتواصل. " * 3 + "</p>"
_VERSES = (
    "<p>على شاطئ المدينة يسهر الصيادون<br>وتنام القوارب تحت ضوء القمر<br/>ويعود <b>النورس<br>إلى</b> عشه قبل الفجر</p>"
)
_VERSE_LINES = [
    "على شاطئ المدينة يسهر الصيادون",
    "وتنام القوارب تحت ضوء القمر",
    "ويعود النورس",
    "إلى عشه قبل الفجر",
]


class TestLineBreaks:
    """A ``<br>`` inside a paragraph breaks it (as in a feed summary); it never glues two words into one."""

    @pytest.mark.parametrize(
        "body",
        [
            f"<article><h1>ليل الميناء</h1>{_VERSES}{_PARK}{_PARK}</article>",  # trafilatura's extraction
            _VERSES,
        ],
        ids=["article", "short-page"],
    )
    def test_each_line_is_its_own_paragraph(self, body: str) -> None:
        page = f'<html lang="ar"><head><title>ليل الميناء</title></head><body>{body}</body></html>'
        (article,) = parse_html(page, origin="x")
        start = article.paragraphs.index(_VERSE_LINES[0])
        assert list(article.paragraphs[start : start + 4]) == _VERSE_LINES

    def test_fallback_paragraphs_break_too(self) -> None:
        """The page's own ``<p>`` elements, read when trafilatura finds nothing, break at ``<br>`` as well."""
        import lxml.html

        from newstui.parse.html_body import fallback_paragraphs

        root = lxml.html.fromstring(f"<html><body><nav><p>القائمة</p></nav>{_VERSES}</body></html>")
        assert fallback_paragraphs(root) == _VERSE_LINES

    def test_source_line_feeds_are_spaces(self) -> None:
        """A line feed in the page's text is white space, not a break."""
        page = "<html><body><p>The harbour\nlights came on<br>one by one</p></body></html>"
        (article,) = parse_html(page, origin="x")
        # The first line is the headline (the page has none), so not repeated as a paragraph.
        assert article.title == "The harbour lights came on"
        assert article.paragraphs == ("one by one",)


class TestPublicationDate:
    """A page's date comes from its markup (meta, time element, URL), never guessed from its text."""

    @pytest.mark.parametrize(
        ("page", "url", "published"),
        [
            (f"<article>{_PARK}</article><footer>جميع الحقوق محفوظة 2024</footer>", None, None),
            (f"<article>{_PARK}<p>Copyright 2023 The Daily Example</p></article>", None, None),
            (
                f"<article><time datetime='2024-03-05T10:00:00'>5 مارس</time>{_PARK}</article>",
                None,
                "2024-03-05T10:00:00",
            ),  # its time of day kept
            (f"<article>{_PARK}</article>", "https://news.example.org/2024/03/05/park", "2024-03-05"),
        ],
        ids=["footer-year", "copyright-line", "time-element", "url"],
    )
    def test_date(self, page: str, url: str | None, published: str | None) -> None:
        html = f"<html><head><title>حديقة</title></head><body>{page}</body></html>"
        (article,) = parse_html(html, origin="x", url=url)
        assert article.published == published


class TestHelpers:
    @pytest.mark.parametrize(
        ("href", "base", "expected"),
        [
            ("/a/b", "https://x.example/c/d", "https://x.example/a/b"),
            ("e", "https://x.example/c/d", "https://x.example/c/e"),
            ("https://y.example/z", None, "https://y.example/z"),
            ("/a", None, None),
            ("javascript:alert(1)", "https://x.example/", None),
            ("mailto:a@b.c", None, None),
            ("file:///etc/passwd", None, None),
            ("https://x.example/\x1b[31m", None, None),
            ("", "https://x.example/", None),
        ],
        ids=["root-relative", "relative", "absolute", "no-base", "javascript", "mailto", "file", "escape", "empty"],
    )
    def test_http_url(self, href: str, base: str | None, expected: str | None) -> None:
        """Only absolute http(s) URLs come out; other schemes and unresolvable links give None."""
        assert http_url(href, base) == expected

    @pytest.mark.parametrize(
        ("fragment", "expected"),
        [
            ("<p>One</p><p>Two <b>bold</b></p>", ["One", "Two bold"]),
            ("line one<br>line two", ["line one", "line two"]),
            ("<p>a</p><script>evil()</script><style>p{}</style><p>b</p>", ["a", "b"]),
            ("Tom &amp; Jerry &#1575;", ["Tom & Jerry ا"]),
            ("plain text only", ["plain text only"]),
        ],
        ids=["paragraphs", "br", "script-style", "entities", "plain"],
    )
    def test_fragment_paragraphs(self, fragment: str, expected: list[str]) -> None:
        """Feed HTML becomes plain paragraphs split at blocks and <br>, without script or style."""
        assert fragment_paragraphs(fragment) == expected

    def test_fragment_nesting_is_cut_off_fast(self) -> None:
        """50,000 nested tags: text past lxml's depth limit is dropped, not recursed into (no RecursionError)."""
        paragraphs = fragment_paragraphs("<p>intro</p>" + "<div>" * 50_000 + "deep" + "</div>" * 50_000)
        assert paragraphs[0] == "intro"

    @pytest.mark.parametrize(
        ("text", "content_type", "kind"),
        [
            ('<?xml version="1.0"?><rss version="2.0"><channel/></rss>', None, "feed"),
            ('<?xml version="1.0"?>\n<!-- c --><feed xmlns="http://www.w3.org/2005/Atom"/>', None, "feed"),
            ("<rdf:RDF xmlns:rdf='x'></rdf:RDF>", "application/xml", "feed"),
            ("<rss version='2.0'></rss>", "text/html", "feed"),
            ("<rss version='2.0'></rss>", "text/plain", "feed"),
            ("<!DOCTYPE html><html><body><p>x</p></body></html>", None, "html"),
            ("<!doctype html>\n<p>x</p>", "text/plain", "html"),
            ("<p>Just a paragraph</p>", None, "html"),
            ("<p>Just a paragraph</p>", "text/plain", "text"),
            ("Plain words <b>here</b>", None, "text"),
            ("عنوان\nنص الخبر", None, "text"),
            ("whatever", "text/html", "html"),
            ('<?xml version="1.0"?><!DOCTYPE html><html xmlns="x"/>', "application/xml", "html"),
            ("<!DOCTYPE html><p>A minified page</p>", "text/plain", "html"),
        ],
        ids=[
            "rss",
            "atom-after-comment",
            "rdf",
            "rss-as-html",
            "rss-as-text",
            "doctype",
            "doctype-as-text",
            "bare-p",
            "p-labelled-text",
            "text-with-tags",
            "arabic-text",
            "html-type",
            "xhtml-as-xml",
            "minified-doctype-as-text",
        ],
    )
    def test_sniff_kind(self, text: str, content_type: str | None, kind: str) -> None:
        """Feed roots win over labels; HTML by type, doctype or first element; plain text otherwise."""
        assert sniff_kind(text, content_type) == kind

    def test_first_element_skips_billion_laughs_doctype(self) -> None:
        """The prolog skipper passes an internal DTD subset without expanding anything."""
        doctype = "<!DOCTYPE r [" + "".join(f'<!ENTITY e{i} "&e{i - 1};&e{i - 1};">' for i in range(1, 40)) + "]>"
        assert first_element(doctype + "<rss/>") == ("rss", "r")

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("مرحبا بالعالم", "rtl"), ("Hello world", "ltr"), ("Apple تطلق هاتفاً جديداً اليوم", "rtl"), ("123 !", "ltr")],
        ids=["arabic", "english", "mixed-arabic-majority", "no-letters"],
    )
    def test_text_direction(self, text: str, expected: str) -> None:
        """The majority of letters decides the direction; no letters gives the default."""
        assert text_direction(text) == expected


class TestHostileHtmlThroughParseDocument:
    def test_every_field_is_sanitized_after_entity_decoding(self) -> None:
        """Raw escapes, &#27; entities, C1 controls and bidi overrides never reach any field of the article."""
        import json
        import unicodedata

        from newstui.model import RawDocument
        from newstui.parse import parse_document

        page = (
            "<html lang='ar'><head><title>\x1b]2;PWNED\x07 title</title>"
            "<meta property='og:site_name' content='Site &#27;[31m'>"
            "<meta name='keywords' content='a\x1b[2J, b&#x202e;c'></head><body><article>"
            "<h1>Head&#27;]52;c;aGk=&#7;line \u202eRLO</h1>"
            "<p>First paragraph \x1b[31m red &#27;[31m with enough words to be kept by the extractor here.</p>"
            "<p>Second \u0085 paragraph \u009b with more words in it so that the extractor keeps it too.</p>"
            "<h2>أخبار ذات صلة</h2><ul><li><a href='/x'>Link &#27;[1m title</a></li></ul>"
            "</article></body></html>"
        ).encode()
        article = parse_document(RawDocument("page.html", page, content_type="text/html"))[0]
        blob = json.dumps(article.to_json(), ensure_ascii=False)
        assert not any(unicodedata.category(c) == "Cc" for c in json.loads(blob)["title"])
        for field in [article.title, *article.paragraphs, article.source or "", *article.keywords]:
            assert "\x1b" not in field and "\x07" not in field and "\x9b" not in field
            assert "\u202e" not in field
        for link in article.related:
            assert "\x1b" not in link.title


# The fast paths below must give exactly what the general code gives; each is checked against it.

_OLD_RELATED_XPATH = (
    "//*[(contains(translate(@class, 'RELATED', 'related'), 'related')"
    " or contains(translate(@id, 'RELATED', 'related'), 'related')) and .//a]"
)


def _reference_http_url(href: str | None, base: str | None) -> str | None:
    """http_url without its fast paths: urljoin, urlsplit and sanitize_line."""
    from urllib.parse import urljoin, urlsplit

    from newstui.text.sanitize import sanitize_line

    if not href:
        return None
    href = href.strip()
    if any(ord(c) < 0x20 or c == "\x7f" for c in href):
        return None
    try:
        absolute = urljoin(base, href) if base else href
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return sanitize_line(absolute)


def _random_fragment(rng: random.Random, depth: int = 0) -> str:
    """Summary-like markup: paragraphs, lists, inline tags, attributes, odd spacing, now and then wrong."""
    from newstui.parse.html_fragment import _FAST_KINDS

    names = [*_FAST_KINDS, "p", "p", "div", "b", "a", "li", "ul"]
    odd_names = ["pre", "table", "td", "script", "form"]
    words = ["نص", "خبر عاجل", "a", "b c", " x", "y ", "a > b", "'q'", "\u0651", "\u00a0", "\u200c"]
    spaces = [" ", "\n", "\t", "\r\n", "  "]
    parts: list[str] = []
    for _ in range(rng.randint(0, 5)):
        roll = rng.random()
        if roll < 0.4:
            parts.append(rng.choice(words) if rng.random() < 0.8 else rng.choice(spaces))
            if rng.random() < 0.02:
                parts.append(rng.choice(["&amp;", "1 < 2", "<!-- c -->"]))
        elif roll < 0.5:
            parts.append(rng.choice(["<br>", "<br/>", "<BR />", "<hr>", "<img src=a>", "<img src='x' alt=\"\"/>"]))
        elif depth < 4:
            name = rng.choice(names) if rng.random() < 0.97 else rng.choice(odd_names)
            attributes = rng.choice(
                ["", "", ' href="https://x/?a=1&amp;b=2"', " class='a'", " x=y", ' title="a>b"', "\u00a0x=y", "\n\tx"]
            )
            inner = _random_fragment(rng, depth + 1)
            shape = rng.random()
            if shape < 0.9:
                parts.append(f"<{name}{attributes}>{inner}</{name}>")
            elif shape < 0.95:
                parts.append(f"<{name}{attributes}>{inner}")
            else:
                parts.append(f"{inner}</{name}>")
    return "".join(parts)


class TestFastPaths:
    @pytest.mark.parametrize(
        "fragment",
        [
            "<p>أول</p><p>ثان</p>",
            "<p>One <b>bold</b> and <a href='https://x.example/?a=1&amp;b=2'>a link</a></p>\n<p>Two</p>",
            "line one<br>line two<br/>line three",
            "<ul><li>x</li> <li>y <i>z</i></li></ul>after",
            "<div><p>a</p>\n<blockquote>q</blockquote><section><h2>Head</h2>body</section></div>",
            "<dl><dt>term</dt> <dd><p>definition</p></dd></dl>",
            "<P>Upper</P><DIV>case</DIV>",
            "<p><img src=a alt=''>caption</p><hr>tail",
            "  <p>\tspaced\u00a0out </p>  ",
        ],
    )
    def test_fragment_fast_path_matches_lxml(self, fragment: str) -> None:
        """Simple summary markup takes the fast path and gives what the lxml walk gives."""
        from newstui.parse.html_fragment import _fast_paragraphs, _tree_paragraphs

        fast = _fast_paragraphs(fragment)
        assert fast is not None and fast == _tree_paragraphs(fragment)

    @pytest.mark.parametrize(
        "fragment",
        [
            "Tom &amp; Jerry",
            "<p>a<div>b</div>c</p>",
            "<b>a<p>b</p>c</b>",
            "<p/>after",
            "a</p>b",
            "<a href=x>one<a href=y>two</a></a>",
            "<address>a<ul><li>b</li></ul>c</address>",
            "<li>item without a list</li>",
            "<ul>text<li>x</li></ul>",
            "<b>x</b> <i>y</i>",
            "<!-- note --><p>x</p>",
            "<table><tr><td>x</td></tr></table>",
            "<p>a</p><script>evil()</script>",
            "<p>bell\x07</p>",
            "<p>lone \ud800 surrogate</p>",
            "x<p\u00a0class=x>a</p>b",
            "x<br\u3000/>y",
        ],
    )
    def test_fragment_fast_path_defers(self, fragment: str) -> None:
        """Entities, misnesting, implied closing, tables, scripts and odd characters are left to lxml."""
        from newstui.parse.html_fragment import _fast_paragraphs

        assert _fast_paragraphs(fragment) is None

    def test_fragment_fast_path_on_random_markup(self) -> None:
        """On thousands of random fragments the fast path, when it answers, agrees with lxml."""
        from newstui.parse.html_fragment import _fast_paragraphs, _tree_paragraphs

        rng = random.Random(20261129)
        answered = 0
        for _ in range(5000):
            fragment = _random_fragment(rng)
            fast = _fast_paragraphs(fragment)
            if fast is not None:
                answered += 1
                assert fast == _tree_paragraphs(fragment), fragment
        assert answered > 1500  # the check is not vacuous

    def test_plain_paragraphs_match_the_regular_expression(self) -> None:
        """The string-operation check of "<p>..</p><p>..</p>" answers exactly what the regex pair did."""
        import re

        from newstui.parse.html_fragment import _UNSAFE_CHARS, _plain_paragraph_texts

        whole = re.compile(f"(?:[ \t\n\r\f]*<p>[^<&{_UNSAFE_CHARS}]*</p>)+[ \t\n\r\f]*")
        texts = re.compile(r"<p>([^<]*)</p>")

        def reference(fragment: str) -> list[str] | None:
            return texts.findall(fragment) if whole.fullmatch(fragment) else None

        atoms = ["<p>", "</p>", "<p", "p>", "</", "<P>", " ", "\t", "\n", "\x0b", "\x0c", "\u00a0", "&", "&amp;",
                 "a", "نص", "\x07", "\x85", "\ufdd0", "\ufffe", "\ud800", "<b>", "x</p>y"]  # fmt: skip
        rng = random.Random(20261129)
        answered = 0
        for _ in range(30000):
            if rng.random() < 0.5:  # mostly well-formed paragraph lists, with a random atom somewhere
                paragraphs = ["<p>" + "".join(rng.choices(["a", "نص", " "], k=rng.randrange(4))) + "</p>"
                              for _ in range(rng.randrange(1, 4))]  # fmt: skip
                spaces = ["".join(rng.choices([" ", "\n", "\t", ""], k=rng.randrange(3))) for _ in paragraphs]
                fragment = "".join(space + paragraph for space, paragraph in zip(spaces, paragraphs, strict=True))
                if rng.random() < 0.5:
                    at = rng.randrange(len(fragment) + 1)
                    fragment = fragment[:at] + rng.choice(atoms) + fragment[at:]
            else:
                fragment = "".join(rng.choices(atoms, k=rng.randrange(1, 9)))
            expected = reference(fragment)
            assert _plain_paragraph_texts(fragment) == expected, repr(fragment)
            answered += expected is not None
        assert answered > 5000  # the comparison covers many accepted fragments

    def test_http_url_fast_paths(self) -> None:
        """Plain absolute and root-relative links resolve exactly as urljoin + urlsplit resolve them."""
        hrefs = [
            "https://news.example/a/5.html", "http://x.example", "HTTP://x.example/a", "https://x.example/a?b=1",
            "https://x.example/a#f", "https://x.example/a;", "https://x.example:8080/a", "https://x.example:/a",
            "https://user@x.example/a", "https://[::1]/a", " https://x.example/a ", "https://x.example/a b",
            "https://x.example//a", "/news/1000.html", "/a//b", "/a/./b", "/a/../b", "/.well-known", "/", "/a?x",
            "/a;p", "//host/a", "/\u0639", "/a%20b", "a/b", "../a", "#f", "javascript:alert(1)",
        ]  # fmt: skip
        bases = [
            None, "", "https://news.example/", "HTTP://X.example/a", "https://x.example:8443/a/b?q#f",
            "https://user@x.example/", "http://[::1", "ftp://x/", "https://\u0639.example/", "https://x.example/a;p",
        ]  # fmt: skip
        for href in hrefs:
            for base in bases:
                assert http_url(href, base) == _reference_http_url(href, base), (href, base)

    @pytest.mark.parametrize("name", ["ar_news.html", "en_news.html", "minimal.html", "ar_cp1256_meta.html"])
    def test_related_scan_shortcuts(self, name: str) -> None:
        """The attribute XPath and the direct short-text reading select what the plain versions select."""
        from newstui.parse import html, html_links

        root = html._parse((WEB / name).read_bytes().decode("utf-8", "replace"))
        assert root.xpath(html_links._RELATED_XPATH) == root.xpath(_OLD_RELATED_XPATH)
        for element in root.iter():
            for limit in (80, 10):
                shallow = html_links._shallow_text(element, limit)
                if shallow is not False:
                    assert shallow == html_links._deep_short_text(element, limit)

    @pytest.mark.parametrize("name", ["ar_news.html", "en_news.html", "minimal.html", "ar_cp1256_meta.html"])
    def test_pages_without_shortcuts(self, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
        """Each fixture page gives the same article with every shortcut switched off."""
        import re

        from newstui.parse import html_links

        fast = _page(name, url=AR_URL)
        never = re.compile("(?!)")
        monkeypatch.setattr(html_links, "_RELATED_XPATH", _OLD_RELATED_XPATH)
        monkeypatch.setattr(html_links, "_shallow_text", lambda element, limit: False)
        monkeypatch.setattr(html_links, "_DEEP_READS", 10**9)
        monkeypatch.setattr(html_links, "_SIMPLE_URL", never)
        monkeypatch.setattr(html_links, "_SIMPLE_PATH", never)
        assert _page(name, url=AR_URL) == fast


@pytest.mark.parametrize("between", ["", "\n"])
def test_a_short_page_keeps_its_paragraphs_apart_and_its_headline_out(between: str) -> None:
    """A page too short for trafilatura's extraction came back as one paragraph with the headline glued to it."""
    page = between.join(
        [
            "<html><body>",
            "<h1>سوق الكتب المستعملة يعود إلى الساحة</h1>",
            "<p>عاد سوق الكتب المستعملة إلى الساحة القديمة صباح الجمعة.</p>",
            "<p>وقال الباعة إن الإقبال فاق توقعاتهم.</p>",
            "</body></html>",
        ]
    )
    (article,) = parse_html(page, origin="x")
    assert article.title == "سوق الكتب المستعملة يعود إلى الساحة"
    assert article.paragraphs == (
        "عاد سوق الكتب المستعملة إلى الساحة القديمة صباح الجمعة.",
        "وقال الباعة إن الإقبال فاق توقعاتهم.",
    )


@pytest.mark.parametrize(
    "plea",
    ["يجب تفعيل جافاسكربت لتشغيل هذا الموقع.", "You need to enable JavaScript to run this app.", "فعّل جافا سكريبت"],
)
def test_a_page_drawn_by_javascript_is_said_to_be_one(plea: str) -> None:
    """A page whose text is only its ``<noscript>`` plea is no story: one line says why."""
    page = (
        '<html><head><meta charset="utf-8"><title>الخليج نيوز</title></head><body><div id="root"></div>'
        f'<noscript>{plea}</noscript><script src="/app.js"></script></body></html>'
    )
    with pytest.raises(ParseError, match="only with JavaScript"):
        parse_html(page, origin="x")


def test_a_story_that_mentions_javascript_is_a_story() -> None:
    text = "أطلقت الجامعة دورة مجانية في البرمجة بلغة JavaScript لطلاب المدارس الثانوية في المدينة."
    page = "<html><head><title>دورة برمجة</title></head><body><article><h1>دورة برمجة</h1>"
    page += f"<p>{text}</p></article></body></html>"
    assert parse_html(page, origin="x")[0].paragraphs == (text,)


def _story_page(paragraph: str, *, keywords: list[str] | None = None) -> str:
    meta = f"<meta name='keywords' content='{','.join(keywords)}'>" if keywords is not None else ""
    return (
        f"<html lang='ar'><head><meta charset='utf-8'><title>المتصفح الجديد</title>{meta}</head>"
        f"<body><article><h1>المتصفح الجديد</h1><p>{paragraph}</p></article></body></html>"
    )


def _of_length(lead: str, length: int) -> str:
    """``lead`` followed by filler words, cut to ``length`` characters ending in a full stop."""
    text = lead + "، " + " ".join(["وأضاف المتحدث أن التحديث يصل إلى جميع المستخدمين"] * 50)
    cut = text[: length - 1]
    return (cut[:-1] + "و" if cut.endswith(" ") else cut) + "."


JS_LEAD = "قالت الشركة إن تطبيقها الجديد يتطلب تفعيل جافاسكربت في المتصفح"


@pytest.mark.parametrize("length", [200, 201, 292, 1000])
def test_a_long_story_paragraph_about_enabling_javascript_is_a_story(length: int) -> None:
    """A short "enable JavaScript" line is a ``<noscript>`` plea; a paragraph of 200 characters or more that
    says it is a story about it, and is shown."""
    text = _of_length(JS_LEAD, length)
    assert len(text) == length
    assert parse_html(_story_page(text), origin="x")[0].paragraphs == (text,)


def test_a_plea_just_under_200_characters_is_no_story() -> None:
    with pytest.raises(ParseError, match="only with JavaScript"):
        parse_html(_story_page(_of_length(JS_LEAD, 199)), origin="x")


def test_meta_keywords_stop_at_30() -> None:
    """A page listing 35 keywords shows its first 30 (in the page's order)."""
    words = [f"وسم{number}" for number in range(35)]
    article = parse_html(_story_page(_of_length("أعلنت الوزارة خطة جديدة", 120), keywords=words), origin="x")[0]
    assert article.keywords == tuple(words[:30])


def test_a_meta_keyword_of_60_characters_is_kept_and_of_61_dropped() -> None:
    words = ["اقتصاد", "ك" * 60, "ن" * 61, "نفط"]
    article = parse_html(_story_page(_of_length("أعلنت الوزارة خطة جديدة", 120), keywords=words), origin="x")[0]
    assert article.keywords == ("اقتصاد", "ك" * 60, "نفط")
