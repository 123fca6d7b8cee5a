"""pages19: relative links in a feed entry's text resolve against the xml:base in force (else the feed's base), and
an Atom entry's ``<link rel="related">`` is one of its related links."""

from __future__ import annotations

import pytest

from newstui.parse.feed import parse_feed

# Headlines and text written for these tests.
_PARA = "افتتحت البلدية صباح اليوم سوق الخضار الجديد في الحي الشرقي بعد عامين من الأعمال."
_ALSO = "تأجيل افتتاح السوق القديم"


def _atom(root_base: str, entry: str) -> bytes:
    base = f' xml:base="{root_base}"' if root_base else ""
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"{base}>'
        "<title>الواحة</title><id>urn:w</id><updated>2026-12-01T10:00:00Z</updated>"
        f"{entry}</feed>"
    ).encode()


def _entry(link: str, content: str, extra: str = "", content_base: str = "") -> str:
    base = f' xml:base="{content_base}"' if content_base else ""
    return (
        f'<entry><title>سوق الخضار الجديد</title><link href="{link}"/>{extra}<id>urn:w:1</id>'
        f'<updated>2026-12-01T10:00:00Z</updated><content type="html"{base}>{content}</content></entry>'
    )


def _story(href: str) -> str:
    return f"&lt;p&gt;{_PARA}&lt;/p&gt;&lt;p&gt;اقرأ أيضاً: &lt;a href=&quot;{href}&quot;&gt;{_ALSO}&lt;/a&gt;&lt;/p&gt;"


def _rss(root_base: str, link: str, href: str, channel_link: str = "https://www.waha.example/ar/") -> bytes:
    base = f' xml:base="{root_base}"' if root_base else ""
    channel = f"<link>{channel_link}</link>" if channel_link else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        f'xmlns:content="http://purl.org/rss/1.0/modules/content/"{base}><channel><title>الواحة</title>{channel}'
        f"<item><title>سوق الخضار الجديد</title><link>{link}</link><description>موجز.</description>"
        f'<content:encoded><![CDATA[<p>{_PARA}</p><p>اقرأ أيضاً: <a href="{href}">{_ALSO}</a></p>]]>'
        "</content:encoded></item></channel></rss>"
    ).encode()


def _links(data: bytes, base_url: str | None = None) -> list[tuple[str, str | None, str]]:
    (article,) = parse_feed(data, origin="feed.xml", base_url=base_url)
    return [(link.title, link.url, link.kind) for link in article.related]


class TestContentBase:
    def test_atom_feed_base_over_the_entry_link(self) -> None:
        data = _atom("https://www.waha.example/ar/", _entry("city/2026/12/01/market", _story("city/2026/11/02/old")))
        assert _links(data) == [(_ALSO, "https://www.waha.example/ar/city/2026/11/02/old", "read-also")]

    def test_the_contents_own_base(self) -> None:
        data = _atom(
            "https://www.waha.example/ar/",
            _entry("city/market", _story("old-market"), content_base="https://archive.waha.example/2025/"),
        )
        assert _links(data) == [(_ALSO, "https://archive.waha.example/2025/old-market", "read-also")]

    def test_rss_root_base(self) -> None:
        data = _rss("https://www.waha.example/ar/", "/ar/city/market", "city/old-market")
        assert _links(data) == [(_ALSO, "https://www.waha.example/ar/city/old-market", "read-also")]

    def test_relative_root_base_against_the_feeds_address(self) -> None:
        data = _rss("/ar/", "city/market", "city/old-market")
        got = _links(data, base_url="https://feeds.waha.example/rss/all")
        assert got == [(_ALSO, "https://feeds.waha.example/ar/city/old-market", "read-also")]

    @pytest.mark.parametrize(
        ("base_url", "channel_link", "expected"),
        [
            (
                "https://www.waha.example/feeds/ar.xml",
                "https://www.waha.example/ar/",
                "https://www.waha.example/feeds/old",
            ),
            (None, "https://www.waha.example/ar/", "https://www.waha.example/ar/old"),
            (None, "", "https://www.waha.example/ar/city/old"),
        ],
        ids=["feed address", "channel link", "entry link, nothing else known"],
    )
    def test_rss_without_xml_base(self, base_url: str | None, channel_link: str, expected: str) -> None:
        """No xml:base: the feed's address (its document's base, as the entry's own link is resolved), else its
        channel link, else, nothing else known, the entry's link."""
        data = _rss("", "https://www.waha.example/ar/city/market", "old", channel_link=channel_link)
        assert _links(data, base_url=base_url) == [(_ALSO, expected, "read-also")]

    def test_root_relative_unchanged(self) -> None:
        data = _atom("https://www.waha.example/ar/", _entry("city/market", _story("/ar/city/old")))
        assert _links(data) == [(_ALSO, "https://www.waha.example/ar/city/old", "read-also")]


class TestAtomRelated:
    def test_related_link_with_title(self) -> None:
        extra = '<link rel="related" type="text/html" href="city/2026/11/20/prices" title="أسعار الخضار ترتفع"/>'
        data = _atom("https://www.waha.example/ar/", _entry("city/market", f"&lt;p&gt;{_PARA}&lt;/p&gt;", extra))
        assert _links(data) == [("أسعار الخضار ترتفع", "https://www.waha.example/ar/city/2026/11/20/prices", "related")]

    def test_untitled_related_link_is_its_address(self) -> None:
        extra = '<link rel="related" href="https://www.waha.example/ar/city/prices"/>'
        data = _atom("", _entry("https://www.waha.example/ar/city/market", f"&lt;p&gt;{_PARA}&lt;/p&gt;", extra))
        assert _links(data) == [
            ("https://www.waha.example/ar/city/prices", "https://www.waha.example/ar/city/prices", "related")
        ]

    def test_deduplicated_with_read_also_and_itself(self) -> None:
        extra = (
            '<link rel="related" href="city/2026/11/02/old" title="السوق القديم"/>'
            '<link rel="related" href="city/prices" title="الأسعار"/>'
            '<link rel="related" href="city/prices"/>'
            '<link rel="related" href="city/market"/>'
        )
        data = _atom("https://www.waha.example/ar/", _entry("city/market", _story("city/2026/11/02/old"), extra))
        assert _links(data) == [
            (_ALSO, "https://www.waha.example/ar/city/2026/11/02/old", "read-also"),
            ("الأسعار", "https://www.waha.example/ar/city/prices", "related"),
        ]

    def test_unsafe_related_link_dropped(self) -> None:
        extra = '<link rel="related" href="javascript:alert(1)" title="x"/>'
        data = _atom("", _entry("https://www.waha.example/ar/city/market", f"&lt;p&gt;{_PARA}&lt;/p&gt;", extra))
        assert _links(data) == []
