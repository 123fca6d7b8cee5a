"""Feeds to summary-only Articles: RSS 0.9x/1.0/2.0, Atom, Arabic, broken input, XML bombs and caps."""

from __future__ import annotations

import calendar
import codecs
import html
import random
import time
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstui.errors import NewsError, NotReadable, ParseError
from newstui.model import Article, RawDocument
from newstui.parse import parse_document
from newstui.parse.feed import parse_feed
from newstui.text.sanitize import sanitize_line

WEB = Path(__file__).resolve().parents[1] / "fixtures" / "web"


def _feed(name: str, **kwargs: object) -> list[Article]:
    doc = RawDocument(origin=name, data=(WEB / name).read_bytes(), **kwargs)  # type: ignore[arg-type]
    return parse_document(doc)


def _rss(items: str, *, title: str = "Test feed", prolog: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    return f'{prolog}<rss version="2.0"><channel><title>{title}</title>{items}</channel></rss>'


class TestFormats:
    def test_rss2(self) -> None:
        """RSS 2.0 entries keep order, titles, links (relative ones resolved), dates at their own offsets and HTML-free
        summaries."""
        articles = _feed("rss2.xml", url="https://gazette.example.org/feed.xml")
        assert [a.title for a in articles] == [
            "Lighthouse opens to visitors for the first time",
            "School garden wins regional prize",
            "Council meeting moved to Thursday",
        ]
        first = articles[0]
        assert first.url == "https://gazette.example.org/2024/05/lighthouse-open"
        assert first.published == "2024-05-04T08:00:00+01:00"
        assert first.paragraphs == (
            "The old lighthouse on the north cape will welcome visitors every weekend.",
            "Guided tours start at ten.",
        )
        assert (first.source, first.language, first.direction, first.summary_only) == (
            "Harbour Town Gazette",
            "en-gb",
            "ltr",
            True,
        )
        assert first.keywords == ("Tourism",)
        assert articles[1].url == "https://gazette.example.org/2024/05/school-garden"
        assert articles[2].url is None  # javascript: link dropped

    def test_atom(self) -> None:
        """Atom: HTML titles and summaries become text (script dropped), xhtml content is used, author kept."""
        fog, dry = _feed("atom.xml")
        assert fog.title == "Fog expected along the river"
        assert fog.paragraphs == (
            "Dense fog will cover the lower valley until late morning.",
            "Drivers should slow down near the bridges.",
        )
        assert (fog.author, fog.attribution, fog.url, fog.language) == (
            "Mina Clarke",
            None,
            "https://weather.example.net/2024/06/fog",
            "en",
        )
        assert dry.paragraphs == ("No rain is forecast before Sunday.", "Gardeners should water in the evening.")
        assert dry.published == "2024-06-01T18:00:00+02:00"

    @pytest.mark.parametrize(
        ("title", "source"),
        [
            ('<title type="html">Fish &amp;amp; Chips &lt;em&gt;Weekly&lt;/em&gt;</title>', "Fish & Chips Weekly"),
            ('<title type="text">Tides &amp; &lt;Boats&gt;</title>', "Tides & <Boats>"),
            ("<title>أخبار &amp; الساحل</title>", "أخبار & الساحل"),
        ],
        ids=["html", "text", "untyped"],
    )
    def test_feed_title_as_text(self, title: str, source: str) -> None:
        """A feed's title of type "html" is HTML (as an entry's is): shown as its text, not its markup."""
        feed = (
            f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">{title}'
            "<entry><title>Tides and boats</title><id>urn:x:1</id><summary>Boats came in.</summary></entry></feed>"
        )
        (entry,) = parse_feed(feed.encode(), origin="feed.xml")
        assert entry.source == source

    def test_rss1(self) -> None:
        """RSS 1.0 (RDF) items with dc:date are read."""
        articles = _feed("rss1.rdf")
        assert [(a.title, a.published) for a in articles] == [
            ("Late opening on Wednesdays", "2024-05-20T10:00:00+00:00"),
            ("Map room reopens", "2024-05-18T10:00:00+00:00"),
        ]
        assert articles[0].source == "City Library News"

    def test_arabic_feed(self) -> None:
        """An Arabic feed gives RTL articles with CDATA HTML turned into paragraphs and escapes neutralised."""
        market, trees = _feed("ar_feed.xml")
        assert market.title == "افتتاح سوق المزارعين الأسبوعي في الساحة القديمة"
        assert market.paragraphs[1] == "ويشارك فيه أكثر من ستين مزارعاً من القرى المجاورة."
        assert (market.direction, market.language, market.source) == ("rtl", "ar", "نشرة الوادي الإخبارية")
        assert "\x1b" not in trees.title and trees.title.startswith("حملة لزراعة ألف شجرة")

    def test_ids_are_stable_and_distinct(self) -> None:
        """Each entry gets a distinct id derived from the origin, the same on every parse."""
        first = [a.id for a in _feed("rss2.xml")]
        assert first == [a.id for a in _feed("rss2.xml")] and len(set(first)) == 3

    @pytest.mark.parametrize("content_type", ["text/plain", "text/html", "application/octet-stream"])
    def test_mislabelled_feed_is_still_a_feed(self, content_type: str) -> None:
        """A feed served with the wrong content type is sniffed as a feed."""
        assert len(_feed("rss2.xml", content_type=content_type)) == 3


class TestEncodings:
    def test_undeclared_cp1256_with_http_charset(self) -> None:
        """A cp1256 feed without an XML declaration decodes via the transport charset."""
        data = _rss("<item><title>خبر عاجل عن الطقس</title><link>https://w.example/1</link></item>", prolog="")
        doc = RawDocument(
            origin="f", data=data.encode("cp1256"), content_type="application/rss+xml", charset="windows-1256"
        )
        assert parse_document(doc)[0].title == "خبر عاجل عن الطقس"

    def test_undeclared_cp1256_without_any_charset(self) -> None:
        """Even with no charset anywhere, an Arabic cp1256 feed is detected as windows-1256."""
        data = _rss("<item><title>افتتاح مكتبة جديدة في وسط المدينة</title></item>", title="أخبار المدينة", prolog="")
        doc = RawDocument(origin="f", data=data.encode("cp1256"))
        article = parse_document(doc)[0]
        assert (article.title, article.source) == ("افتتاح مكتبة جديدة في وسط المدينة", "أخبار المدينة")

    def test_declared_windows_1256(self) -> None:
        """An XML declaration of windows-1256 is honoured."""
        data = _rss(
            "<item><title>وصول قطار الصباح</title></item>", prolog='<?xml version="1.0" encoding="windows-1256"?>'
        )
        assert parse_document(RawDocument(origin="f", data=data.encode("cp1256")))[0].title == "وصول قطار الصباح"

    def test_utf16_with_bom_and_no_declaration(self) -> None:
        """A UTF-16 feed with a BOM but no XML declaration parses (feedparser alone gives bozo and no title)."""
        data = codecs.BOM_UTF16_LE + _rss("<item><title>نشرة الظهيرة</title></item>", prolog="").encode("utf-16-le")
        assert parse_document(RawDocument(origin="f", data=data))[0].title == "نشرة الظهيرة"


class TestHostileInput:
    def test_billion_laughs_is_not_expanded(self) -> None:
        """A billion-laughs feed parses with no entity expanded."""
        articles = _feed("billion_laughs.xml")
        assert "lollol" not in articles[0].title and len("".join(articles[0].paragraphs)) < 100

    def test_quadratic_blowup_is_not_expanded(self) -> None:
        """One big entity referenced many times is not expanded."""
        data = (
            '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "'
            + "x" * 20000
            + '">]>'
            + _rss("<item><title>q</title><description>" + "&a;" * 20000 + "</description></item>", prolog="")
        )
        article = parse_document(RawDocument(origin="f", data=data.encode()))[0]
        assert "xxxx" not in "".join(article.paragraphs)

    @staticmethod
    def _xxe_feed(reference: str, prolog: str) -> bytes:
        """An RSS feed using ``reference`` in the channel title and every text field of its one entry."""
        return (
            f'<?xml version="1.0"?>{prolog}<rss version="2.0"><channel><title>Feed {reference}</title>'
            f"<item><title>Entry {reference}</title><link>https://xxe.example.com/1</link>"
            f"<author>a@xxe.example.com ({reference})</author><category>Cat {reference}</category>"
            f"<description>Body {reference} end</description></item></channel></rss>"
        ).encode()

    @staticmethod
    def _everything(articles: list[Article]) -> str:
        return "\n".join(repr(article) + repr(article.to_json()) for article in articles)

    def test_xxe_file_is_not_read(self, tmp_path: Path) -> None:
        """An external SYSTEM entity pointing at a local file is never resolved: the file's content appears in
        no field of the parsed result, and the entry is still read."""
        token = f"xxe-token-{random.getrandbits(64):016x}"
        secret = tmp_path / "secret.txt"
        secret.write_text(token, "ascii")
        prolog = f'<!DOCTYPE rss [<!ENTITY secret SYSTEM "{secret.as_uri()}">]>'
        articles = parse_document(
            RawDocument(origin="f", data=self._xxe_feed("&secret;", prolog), content_type="application/rss+xml")
        )
        assert [a.title.split()[0] for a in articles] == ["Entry"]
        assert token not in self._everything(articles)

    def test_xxe_check_sees_every_field(self) -> None:
        """The same feed with the text written in place shows it (so the check above looks where it lands)."""
        articles = parse_document(
            RawDocument(origin="f", data=self._xxe_feed("xxe-inline-token", ""), content_type="application/rss+xml")
        )
        assert "xxe-inline-token" in articles[0].title
        assert "xxe-inline-token" in " ".join(articles[0].paragraphs)
        assert "xxe-inline-token" in self._everything(articles)

    @pytest.mark.parametrize(
        "data",
        [
            b"<html><head><title>Page</title></head><body><p>Not a feed</p></body></html>",
            b'<?xml version="1.0"?><catalog><book><title>x</title></book></catalog>',  # (a sitemap: test_main39h)
        ],
        ids=["html-page", "other-xml"],
    )
    def test_not_a_feed(self, data: bytes) -> None:
        """An HTML page or other XML fed to the feed parser is ParseError("not a feed")."""
        with pytest.raises(ParseError, match="^not a feed$"):
            parse_feed(data, origin="x")

    def test_html_page_labelled_as_rss_is_read_as_html(self) -> None:
        """An HTML page served as application/rss+xml is parsed as the page it is."""
        data = (WEB / "en_news.html").read_bytes()
        articles = parse_document(RawDocument(origin="x", data=data, content_type="application/rss+xml"))
        assert articles[0].title == "Night ferry returns after two-year pause"

    def test_empty_bytes(self) -> None:
        """b"" is "not a feed" for the feed parser and "empty file" through parse_document."""
        with pytest.raises(ParseError, match="not a feed"):
            parse_feed(b"", origin="x")
        with pytest.raises(NotReadable, match="empty"):
            parse_document(RawDocument(origin="x", data=b"", content_type="application/rss+xml"))

    def test_truncated_feed_gives_the_complete_entries(self) -> None:
        """A feed cut off mid-document still yields the entries before the cut."""
        data = _rss("<item><title>One</title></item><item><title>Two</title></item><item><title>Thr")
        titles = [a.title for a in parse_feed(data[: data.index("</channel>")].encode(), origin="x")]
        assert titles[:2] == ["One", "Two"]

    def test_random_binary_is_refused(self) -> None:
        """Random binary labelled as RSS is refused as binary, not parsed."""
        data = bytes(range(256)) * 8
        with pytest.raises(NotReadable):
            parse_document(RawDocument(origin="x", data=data, content_type="application/rss+xml"))

    def test_escapes_after_char_refs_are_neutralised(self) -> None:
        """&#x1b; and &#7; references, U+202E and markup in titles come out with no control characters."""
        data = _rss(
            "<item><title>&#x1b;]52;c;aGk=&#7;[bold]X[/] \u202eevil</title>"
            "<description>&lt;p&gt;&amp;#27;[31mred&lt;/p&gt;</description></item>"
        )
        article = parse_feed(data.encode(), origin="x")[0]
        for text in (article.title, *article.paragraphs):
            assert not any(unicodedata.category(c) == "Cc" for c in text) and "\u202e" not in text
        assert "[bold]X[/]" in article.title

    @pytest.mark.parametrize(
        "raw",
        ["\x1b[31m", "\x07", "\x1b]52;c;aGk=\x07", "\u202e", "\u2066", "\x85", "\ufeff", "\u200f\u202d", "\x00"],
        ids=["csi", "bell", "osc52", "rlo", "lri", "c1-nel", "bom", "rlm-lro", "nul"],
    )
    def test_raw_controls_in_the_xml_never_reach_a_field(self, raw: str) -> None:
        """Control characters and bidi embeddings written raw in a feed come out of every field neutralised."""
        data = _rss(
            f"<item><title>عنوان {raw} الخبر</title><author>كاتب{raw}</author><category>وسم{raw}</category>"
            f"<link>https://example.test/a</link><description>&lt;p&gt;فقرة {raw} أولى&lt;/p&gt;</description></item>"
            f"<item><title>خبر ثان</title><description>نص {raw} ثان</description></item>",
            title=f"مصدر{raw}",
        )
        document = RawDocument(origin="x", data=data.encode(), content_type="application/rss+xml")
        if raw == "\x00":  # a NUL reads as binary: refused outright, so nothing reaches the screen either
            with pytest.raises(NewsError):
                parse_document(document)
            return
        articles = parse_document(document)
        assert len(articles) == 2
        for article in articles:
            fields = [article.title, *article.paragraphs, article.source, article.attribution, article.author]
            fields += article.keywords
            for text in filter(None, fields):
                assert not any(unicodedata.category(c) == "Cc" for c in text), (raw, text)
                assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in text)
                assert sanitize_line(text) == text  # every field is a sanitized line already

    def test_item_cap(self) -> None:
        """Only max_items entries are parsed."""
        items = "".join(f"<item><title>Item {i}</title><link>https://x.example/{i}</link></item>" for i in range(5000))
        articles = parse_feed(_rss(items).encode(), origin="x", max_items=100)
        assert len(articles) == 100 and articles[-1].title == "Item 99"

    def test_atom_item_cap(self) -> None:
        """The cap also cuts Atom feeds (closing the root element)."""
        entries = "".join(f"<entry><title>E{i}</title><id>urn:x:{i}</id></entry>" for i in range(30))
        data = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>{entries}</feed>'
        assert [a.title for a in parse_feed(data.encode(), origin="x", max_items=3)] == ["E0", "E1", "E2"]

    def test_odd_dates_and_missing_fields(self) -> None:
        """Missing titles, absurd dates and duplicate GUIDs do not crash; order is kept."""
        items = (
            "<item><description>Only a description here.</description><guid>same</guid></item>"
            "<item><title>Year nine thousand</title><pubDate>Fri, 31 Dec 9999 23:59:59 +1400</pubDate>"
            "<guid>same</guid></item>"
            "<item><title>Year zero</title><pubDate>Sat, 01 Jan 0000 00:00:00 GMT</pubDate></item>"
            "<item><title>Bad zone</title><pubDate>Mon, 01 Jan 2024 10:00:00 +9999</pubDate></item>"
            "<item></item>"
        )
        articles = parse_feed(_rss(items).encode(), origin="x")
        assert [a.title for a in articles] == [
            "Only a description here",  # a title made from the text: its first sentence, no full stop
            "Year nine thousand",
            "Year zero",
            "Bad zone",
        ]

    def test_huge_title_is_handled(self) -> None:
        """A 1 MB title is kept whole."""
        article = parse_feed(_rss("<item><title>" + "ab " * 350_000 + "</title></item>").encode(), origin="x")[0]
        assert len(article.title) > 1_000_000 - 100_000


class TestNeverRaises:
    @settings(max_examples=80, deadline=None)
    @given(
        st.sampled_from(["", "<rss version='2.0'><channel><item><title>", "<feed xmlns='http://www.w3.org/2005/Atom'>",
                         "<!DOCTYPE x [<!ENTITY a 'b'>]><rss>", "<html><body><p>", "<rdf:RDF>"]),
        st.text(max_size=200),
        st.sampled_from([None, "application/rss+xml", "text/html", "application/xml"]),
    )  # fmt: skip
    def test_markup_pipeline(self, prefix: str, body: str, content_type: str | None) -> None:
        """Arbitrary feed/HTML-shaped input yields articles or a NewsError, never another exception."""
        try:
            articles = parse_document(RawDocument(origin="x", data=(prefix + body).encode(), content_type=content_type))
        except NewsError:
            return
        for article in articles:
            assert not any(unicodedata.category(c) == "Cc" for c in article.title)


def _summary_feed(items: int = 60) -> bytes:
    """An Arabic RSS feed shaped like real ones: HTML summaries, relative and absolute links, repeated tags."""
    rng = random.Random(7)
    words = ["أعلنت", "البلدية", "خطة", "جديدة", "لتوسيع", "الطرق", "Reuters", "2024", "،", "اليوم"]
    entries = []
    for i in range(items):
        body = "".join(
            rng.choice(
                ["<p>{}</p>", "<p>{} <b>مهم</b></p>\n", "{}<br>", "<p>{} &amp; المزيد</p>", "<ul><li>{}</li></ul>"]
            ).format(" ".join(rng.choices(words, k=rng.randint(3, 12))))
            for _ in range(rng.randint(1, 3))
        )
        link = rng.choice(
            [f"https://news.example/a/{i}.html", f"/a/{i}.html", f"a/{i}?x=1", f"HTTPS://NEWS.example/{i}"]
        )
        date = rng.choice(
            ["Sat, 01 Jun 2024 08:00:00 +0000", "Mon, 31 Feb 2024 10:00:00 GMT", "2024-06-01T07:00:00Z", ""]
        )
        entries.append(
            f"<item><title>خبر {i} &amp; تعليق</title><link>{link}</link><guid>g{i}</guid><pubDate>{date}</pubDate>"
            f"<category>{rng.choice(['محليات', 'اقتصاد', 'رياضة'])}</category><author>محرر {i % 3}</author>"
            f"<description>{html.escape(body)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>الصحيفة</title>'
        "<link>https://news.example/</link><language>ar</language>" + "".join(entries) + "</channel></rss>"
    ).encode()


class TestFastPaths:
    @pytest.mark.parametrize("name", ["rss2.xml", "atom.xml", "rss1.rdf", "ar_feed.xml", "generated"])
    def test_same_articles_without_shortcuts(self, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
        """Every feed gives the same articles with the summary, URL and date shortcuts switched off."""
        import re

        from newstui.parse import feed, html_fragment, html_links

        data = _summary_feed() if name == "generated" else (WEB / name).read_bytes()

        def parse() -> list[Article]:
            doc = RawDocument(origin=name, data=data, url="https://news.example/feed.xml")
            return parse_document(doc)

        fast = parse()
        never = re.compile("(?!)")
        monkeypatch.setattr(html_fragment, "_fast_paragraphs", lambda fragment: None)
        monkeypatch.setattr(html_links, "_SIMPLE_URL", never)
        monkeypatch.setattr(html_links, "_SIMPLE_PATH", never)
        monkeypatch.setattr(feed, "_iso_utc", lambda *fields: None)
        assert parse() == fast

    def test_published_fast_path(self) -> None:
        """Valid and out-of-range date fields give what the timegm round trip gives."""
        from newstui.parse.feed import _published

        rng = random.Random(3)
        for _ in range(20_000):
            fields = (
                rng.choice([rng.randint(-5, 12_000), rng.randint(1990, 2030), 1, 2, 9998, 9999, 10_000]),
                rng.randint(-1, 14),
                rng.randint(-1, 33),
                rng.randint(-1, 25),
                rng.randint(-1, 61),
                rng.randint(-1, 62),
            )
            value = time.struct_time((*fields, 0, 1, 0))
            try:
                when = datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
            except (ValueError, OverflowError, OSError):
                expected: str | None = None
            else:  # more than two days ahead of the clock, or before 1990: absurd, dropped
                latest = datetime.now(tz=UTC) + timedelta(days=2)
                expected = when.isoformat() if datetime(1990, 1, 1, tzinfo=UTC) <= when <= latest else None
            assert _published({"published_parsed": value}) == expected, fields

    @pytest.mark.parametrize(
        ("days_ahead", "kept"), [(-400, True), (0, True), (1.9, True), (2.1, False), (30, False), (None, False)]
    )
    def test_future_dates_are_dropped(self, days_ahead: float | None, kept: bool) -> None:
        """A publication time more than two days ahead (a typo, year 9999) is no date: it would top 'newest first'."""
        if days_ahead is None:
            stamp = "Fri, 31 Dec 9999 23:59:59 GMT"
        else:
            stamp = (datetime.now(tz=UTC) + timedelta(days=days_ahead)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        (article,) = parse_feed(_rss(f"<item><title>t</title><pubDate>{stamp}</pubDate></item>").encode(), origin="x")
        assert (article.published is not None) is kept

    def test_feed_bytes_are_never_a_path(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Feed bytes that happen to name a file are parsed as data; the file is not read."""
        (tmp_path / "feed.xml").write_text(_rss("<item><title>From the file</title></item>"))
        monkeypatch.chdir(tmp_path)
        with pytest.raises(ParseError, match="not a feed"):
            parse_feed(b"feed.xml", origin="x")
