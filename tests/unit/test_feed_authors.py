"""A feed entry's authors: every dc:creator or Atom author kept, no mailbox for a name, no "By" before it."""

from __future__ import annotations

import pytest

from newstui.parse.feed import parse_feed


def _rss_author(fields: str) -> str | None:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>نشرة</title><link>https://news.example/</link>"
        f"<item><title>افتتاح المكتبة العامة</title><link>https://news.example/1</link>{fields}"
        "<description>افتتحت البلدية المكتبة العامة الجديدة صباح اليوم.</description></item></channel></rss>"
    )
    (article,) = parse_feed(feed.encode(), origin="feed.xml")
    return article.author


@pytest.mark.parametrize(
    ("fields", "author"),
    [
        ("<dc:creator>Sara Ali</dc:creator><dc:creator>Omar Haddad</dc:creator>", "Sara Ali, Omar Haddad"),
        ("<dc:creator>سارة علي</dc:creator><dc:creator>عمر حداد</dc:creator>", "سارة علي، عمر حداد"),
        ("<dc:creator>سارة علي</dc:creator><dc:creator>Omar Haddad</dc:creator>", "سارة علي، Omar Haddad"),
        ("<dc:creator>Sara Ali</dc:creator><dc:creator>sara ali</dc:creator>", "Sara Ali"),
        ("<author>noreply@x.example (noreply@x.example)</author>", None),
        ("<author>noreply@x.example</author>", None),
        ("<author>news@x.example (Sara Ali)</author>", "Sara Ali"),
        ("<author>By Sara Ali</author>", "Sara Ali"),
        ("<dc:creator>بقلم: سارة علي</dc:creator>", "سارة علي"),
        ("<dc:creator>كتب: عمر حداد</dc:creator>", "عمر حداد"),
        ("<dc:creator>Byron Smith</dc:creator>", "Byron Smith"),
        ("<dc:creator>By Sara Ali</dc:creator><dc:creator>By Omar Haddad</dc:creator>", "Sara Ali, Omar Haddad"),
    ],
)
def test_rss_authors(fields: str, author: str | None) -> None:
    assert _rss_author(fields) == author


def test_atom_authors() -> None:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>'
        "<id>urn:desk</id><updated>2026-01-01T00:00:00Z</updated><entry><title>Harbour reopens</title>"
        "<id>urn:desk:1</id><updated>2026-01-01T00:00:00Z</updated><link href='https://desk.example/1'/>"
        "<author><name>Sara Ali</name><email>sara@desk.example</email></author>"
        "<author><name>Omar Haddad</name></author><summary>The harbour reopened on Monday.</summary></entry></feed>"
    )
    (article,) = parse_feed(feed.encode(), origin="feed.xml")
    assert article.author == "Sara Ali, Omar Haddad"
