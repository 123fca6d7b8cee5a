"""How much work the page and feed parsers do (counted, never timed): one proxy per element, no UTF-8 copy
of a page, no walk of a paragraph without children, no zone pattern for a date written in UTC."""

from __future__ import annotations

from typing import Any

import lxml.etree
import lxml.html
import pytest

from newstui.parse import feed, html, html_body, html_dates
from newstui.parse.html import parse_html

_PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>افتتاح جسر المشاة الجديد - جريدة الساحل</title>
<meta property="og:title" content="افتتاح جسر المشاة الجديد فوق وادي الرمال"></head>
<body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/local">محليات</a></li>
<li><a href="/sport">رياضة</a></li></ul></nav>
<div class="breadcrumb"><a href="/">الرئيسية</a> » <a href="/local">محليات</a></div>
<article>
<h1>افتتاح جسر المشاة الجديد فوق وادي الرمال</h1>
<div class="meta"><span class="author">كتب: سامي الحداد</span> <span class="date">الثلاثاء 1 ديسمبر 2026</span></div>
<p>افتتحت البلدية صباح اليوم جسراً جديداً للمشاة يربط حي النخيل بالسوق القديم فوق وادي الرمال.</p>
<p>وقال رئيس البلدية إن الجسر يختصر على السكان مسافة طويلة كانوا يقطعونها عبر الطريق السريع.</p>
<p>وبلغ طول الجسر مئة وعشرين متراً، وزُوِّد بإنارة تعمل بالطاقة الشمسية ومقاعد للاستراحة.</p>
<p>ومن المنتظر أن تبدأ البلدية الشهر المقبل أعمال تشجير ضفتي الوادي على امتداد الجسر.</p>
</article>
<div class="related"><h3>أخبار ذات صلة</h3><ul>
<li><a href="/a/1">تطوير السوق القديم يدخل مرحلته الثانية</a></li>
<li><a href="/a/2">حملة لتنظيف وادي الرمال بمشاركة المتطوعين</a></li></ul></div>
<footer><p>جميع الحقوق محفوظة لجريدة الساحل</p></footer>
</body></html>"""


def _count_calls(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[Any]:
    """Replace ``owner.name`` with a wrapper that records each call's first argument; return the record."""
    calls: list[Any] = []
    original = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[0] if args else None)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


class TestPageWork:
    def test_each_element_gets_its_proxy_once(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """lxml.html makes an element's Python proxy through a lookup written in Python whenever a walk reaches
        an element no one holds; the page's elements are held while it is read, so newstui's dozen walks make
        each one once (the extractor, whose own work is not counted here, is left out)."""
        elements = sum(1 for _ in lxml.html.document_fromstring(_PAGE).iter())
        monkeypatch.setattr(html, "_extract", lambda root, url: None)
        lookups = _count_calls(monkeypatch, lxml.html.HtmlElementClassLookup, "lookup")
        [article] = parse_html(_PAGE, origin="page.html", url="https://coast.example/local/bridge")
        assert article.title == "افتتاح جسر المشاة الجديد فوق وادي الرمال"
        assert 0 < len(lookups) <= elements

    @pytest.mark.parametrize(
        ("page", "parsed_as"),
        [
            (_PAGE, str),
            ("<html><body><p>مرحبا بكم في الموقع الجديد</p></body></html>", str),
            ("\ufeff<html><body><p>نص بعد علامة ترتيب البايتات</p></body></html>", str),
            # lxml refuses a text that declares an encoding: its UTF-8 bytes are parsed, as before
            ('<?xml version="1.0" encoding="windows-1256"?><html><body><p>مرحبا</p></body></html>', bytes),
        ],
        ids=["page", "paragraph", "bom", "xml-declaration"],
    )
    def test_the_text_is_parsed_without_a_utf8_copy(
        self, monkeypatch: pytest.MonkeyPatch, page: str, parsed_as: type
    ) -> None:
        sources = _count_calls(monkeypatch, lxml.html, "document_fromstring")
        root = html._parse(page)
        assert [type(source) for source in sources] == [parsed_as]
        encoded = lxml.html.document_fromstring(
            page.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
        )
        assert lxml.etree.tostring(root) == lxml.etree.tostring(encoded)

    @pytest.mark.parametrize(
        "page",
        [
            '<html><head><meta charset="windows-1256"></head><body><p>السوق القديم يفتح أبوابه</p></body></html>',
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
            "<body><p>café والمقهى الجديد</p></body></html>",
            "<html><body><p>سطر\x00فيه\x01محارف\x7f\x85تحكم</p></body></html>",
            "<html><body><p>رمز 😀 وحرف \U000e0041 خارج المستوى الأول</p></body></html>",
            "<div>" * 300 + "<p>نص في عمق الصفحة</p>" + "</div>" * 300,
        ],
        ids=["meta-charset", "meta-http-equiv", "controls", "astral", "deep"],
    )
    def test_text_and_bytes_give_one_tree(self, page: str) -> None:
        """A page's declared charset, controls, astral characters and deep nesting read the same from the text."""
        encoded = page.encode("utf-8")
        by_bytes = html._read(encoded)
        assert by_bytes is not None
        assert lxml.etree.tostring(html._parse(page)) == lxml.etree.tostring(by_bytes)

    def test_a_lone_surrogate_still_fails_as_before(self) -> None:
        """libxml2 cannot read a lone surrogate of the text: its UTF-8 encoding is tried, which refuses it."""
        with pytest.raises(UnicodeEncodeError):
            html._parse("<html><body><p>نص\udc80مكسور</p></body></html>")

    def test_a_childless_paragraph_is_read_without_a_walk(self, monkeypatch: pytest.MonkeyPatch) -> None:
        body = lxml.etree.fromstring(
            "<body><p>الفقرة الأولى من الخبر.</p><p>الفقرة الثانية من الخبر.</p>"
            "<p>سطر أول<lb/>سطر ثان</p><head>عنوان فرعي</head></body>"
        )
        walks = _count_calls(monkeypatch, lxml.etree, "iterwalk")
        lines = list(html_body.body_paragraphs(body))
        assert lines == ["الفقرة الأولى من الخبر.", "الفقرة الثانية من الخبر.", "سطر أول", "سطر ثان", "عنوان فرعي"]
        assert [element.tag for element in walks] == ["p"]  # only the paragraph with a break is walked

    def test_only_likely_stamps_are_read_as_update_times(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Of the time, span, div … elements, only a ``<time>`` or one whose class says "time" is looked at."""
        root = lxml.html.document_fromstring(
            "<html><body><div class='live'><div class='update'><span class='update-time'>10:15</span>"
            "<p>بدأت فرق الإنقاذ العمل في الحي الشرقي.</p></div>"
            "<div class='update'><span class='update-time'>10:40</span><p>وصلت المعدات الثقيلة إلى الموقع.</p></div>"
            "<div><span>خبر</span><b>عاجل</b><p>نص آخر</p><time datetime='2026-12-01T09:00'>منذ ساعة</time></div>"
            "</div></body></html>"
        )
        looked_at = _count_calls(monkeypatch, html_dates, "_update_time")
        html_dates.stamp_updates(root)
        assert [element.tag for element in looked_at] == ["span", "span", "time"]
        assert [p.text for p in root.iter("p")][:2] == [
            "10:15 — بدأت فرق الإنقاذ العمل في الحي الشرقي.",
            "10:40 — وصلت المعدات الثقيلة إلى الموقع.",
        ]


class TestFeedDateWork:
    @pytest.mark.parametrize(
        ("written", "utc", "expected", "patterns"),
        [
            ("Sat, 01 Jun 2024 08:00:00 +0000", "2024-06-01T08:00:00+00:00", "2024-06-01T08:00:00+00:00", 0),
            ("2024-06-01T08:00:00+00:00", "2024-06-01T08:00:00+00:00", "2024-06-01T08:00:00+00:00", 0),
            ("2024-06-01T08:00:00Z", "2024-06-01T08:00:00+00:00", "2024-06-01T08:00:00+00:00", 0),
            ("Sat, 01 Jun 2024 08:00:00 -0000 ", "2024-06-01T08:00:00+00:00", "2024-06-01T08:00:00+00:00", 0),
            # an offset of its own: the publisher's clock is kept (01:00 at +03:00 is 22:00 UTC the day before)
            ("Mon, 30 Nov 2026 01:00:00 +0300", "2026-11-29T22:00:00+00:00", "2026-11-30T01:00:00+03:00", 1),
            ("Mon, 30 Nov 2026 01:00:00 GMT+3", "2026-11-29T22:00:00+00:00", "2026-11-30T01:00:00+03:00", 1),
            ("Mon, 30 Nov 2026 01:00:00 EET", "2026-11-29T23:00:00+00:00", "2026-11-30T01:00:00+02:00", 1),
        ],
    )
    def test_a_date_written_in_utc_runs_no_zone_pattern(
        self, monkeypatch: pytest.MonkeyPatch, written: str, utc: str, expected: str, patterns: int
    ) -> None:
        """Most feeds write their dates in UTC ("+0000", "Z"): the zone patterns are run only for one that
        names another offset, and only the pattern its last character can end (a digit, a letter)."""
        searched: list[str] = []

        class Counted:
            def __init__(self, pattern: Any) -> None:
                self.pattern = pattern

            def search(self, *args: Any) -> Any:
                searched.append(self.pattern.pattern)
                return self.pattern.search(*args)

        monkeypatch.setattr(feed, "_NUMERIC_ZONE", Counted(feed._NUMERIC_ZONE))
        monkeypatch.setattr(feed, "_ZONE", Counted(feed._ZONE))
        assert feed._in_written_zone(utc, written, arabic=False) == expected
        assert len(searched) == patterns
