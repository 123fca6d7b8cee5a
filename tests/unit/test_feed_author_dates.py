"""A feed author field's date after the name: cut from the author, the entry's date when it has none of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.model import Article
from newstui.parse.feed import parse_feed

_RSS_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    "<channel><title>نشرة الواحة</title><link>https://oasis.example/</link><language>ar</language>"
)
_ATOM_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Desk</title>'
    "<id>urn:harbour</id><updated>2026-11-20T00:00:00Z</updated>"
)


def _rss(fields: str, tmp_path: Path) -> Article:
    """The one article of an RSS 2.0 file whose item holds ``fields`` (its author and date)."""
    feed = tmp_path / "feed.xml"
    feed.write_text(
        f"{_RSS_HEAD}<item><title>افتتاح جسر الميناء الجديد</title><link>https://oasis.example/1</link>{fields}"
        "<description>افتتحت البلدية جسر الميناء الجديد أمام السيارات بعد عامين من العمل.</description>"
        "</item></channel></rss>",
        encoding="utf-8",
    )
    (article,) = parse_feed(feed.read_bytes(), origin=str(feed))
    return article


def _atom(fields: str, tmp_path: Path) -> Article:
    """The one article of an Atom file whose entry holds ``fields`` (its authors and dates)."""
    feed = tmp_path / "feed.atom"
    feed.write_text(
        f"{_ATOM_HEAD}<entry><title>Harbour bridge opens to traffic</title><id>urn:harbour:1</id>"
        f"<link href='https://harbour.example/1'/>{fields}"
        "<summary>The new harbour bridge opened to cars on Monday after two years of work.</summary></entry></feed>",
        encoding="utf-8",
    )
    (article,) = parse_feed(feed.read_bytes(), origin=str(feed))
    return article


_DATED = "<pubDate>Tue, 17 Nov 2026 09:15:00 +0300</pubDate>"

RSS_CASES = [
    # (item fields, author, published)
    ("<dc:creator>سامر الخطيب · الاثنين 16 نوفمبر 2026</dc:creator>", "سامر الخطيب", "2026-11-16"),
    ("<dc:creator>Jane Doe | Monday, Nov 16, 2026</dc:creator>", "Jane Doe", "2026-11-16"),
    ("<author>Jane Doe | Monday, Nov 16, 2026</author>", "Jane Doe", "2026-11-16"),
    ("<author>news@oasis.example (سامر الخطيب · الاثنين 16 نوفمبر 2026)</author>", "سامر الخطيب", "2026-11-16"),
    ("<dc:creator>كتب: سامر الخطيب · الاثنين 16 نوفمبر 2026</dc:creator>", "سامر الخطيب", "2026-11-16"),
    ("<dc:creator>By Jane Doe | Monday, Nov 16, 2026</dc:creator>", "Jane Doe", "2026-11-16"),
    ("<dc:creator>فلان · منذ ساعتين</dc:creator>", "فلان", None),
    # the entry's own date wins over the author's
    (
        f"<dc:creator>سامر الخطيب · الاثنين 16 نوفمبر 2026</dc:creator>{_DATED}",
        "سامر الخطيب",
        "2026-11-17T09:15:00+03:00",
    ),
    (f"<dc:creator>فلان · منذ ساعتين</dc:creator>{_DATED}", "فلان", "2026-11-17T09:15:00+03:00"),
    # two writers, each with a date: the names joined, the first date
    (
        "<dc:creator>فلان · منذ ساعتين</dc:creator><dc:creator>نادية حسن · الأحد 15 نوفمبر 2026</dc:creator>",
        "فلان، نادية حسن",
        "2026-11-15",
    ),
    # no date after the separator: the field as it was
    ("<dc:creator>فلان · نادية حسن</dc:creator>", "فلان · نادية حسن", None),
    ("<dc:creator>سامر الخطيب – القاهرة</dc:creator>", "سامر الخطيب – القاهرة", None),
    ("<dc:creator>سامر الخطيب</dc:creator>", "سامر الخطيب", None),
]


@pytest.mark.parametrize(("fields", "author", "published"), RSS_CASES)
def test_an_rss_authors_date_is_cut(fields: str, author: str, published: str | None, tmp_path: Path) -> None:
    article = _rss(fields, tmp_path)
    assert (article.author, article.published) == (author, published)


ATOM_CASES = [
    ("<author><name>Jane Doe | Monday, Nov 16, 2026</name></author>", "Jane Doe", "2026-11-16"),
    (
        "<author><name>Jane Doe · Monday, Nov 16, 2026</name></author><author><name>Omar Haddad</name></author>",
        "Jane Doe, Omar Haddad",
        "2026-11-16",
    ),
    (
        "<author><name>Jane Doe | Monday, Nov 16, 2026</name></author><updated>2026-11-18T08:00:00Z</updated>",
        "Jane Doe",
        "2026-11-18T08:00:00+00:00",
    ),
    ("<author><name>Jane Doe · Omar Haddad</name></author>", "Jane Doe · Omar Haddad", None),
]


@pytest.mark.parametrize(("fields", "author", "published"), ATOM_CASES)
def test_an_atom_authors_date_is_cut(fields: str, author: str, published: str | None, tmp_path: Path) -> None:
    article = _atom(fields, tmp_path)
    assert (article.author, article.published) == (author, published)


def test_a_feed_authors_date_is_no_entrys_date(tmp_path: Path) -> None:
    """An Atom entry without an author takes the feed's name (RFC 4287 4.2.1), not the date after it."""
    feed = tmp_path / "feed.atom"
    feed.write_text(
        f"{_ATOM_HEAD}<author><name>Harbour Desk · Monday, Nov 16, 2026</name></author>"
        "<entry><title>Ferry timetable changes</title><id>urn:harbour:2</id><link href='https://harbour.example/2'/>"
        "<summary>The winter ferry timetable starts next week with fewer crossings.</summary></entry></feed>",
        encoding="utf-8",
    )
    (article,) = parse_feed(feed.read_bytes(), origin=str(feed))
    assert (article.author, article.published) == ("Harbour Desk", None)


def test_an_authors_date_in_the_future_is_no_date(tmp_path: Path) -> None:
    article = _rss("<dc:creator>Jane Doe | Monday, Nov 16, 2093</dc:creator>", tmp_path)
    assert (article.author, article.published) == ("Jane Doe", None)


AGENCY_CASES = [
    ("<dc:creator>By Anna Schmidt, Reuters</dc:creator>", "Anna Schmidt", "Reuters"),
    ("<dc:creator>كتب: سامي الحداد، رويترز</dc:creator>", "سامي الحداد", "رويترز"),
    ("<dc:creator>Jane Roe; AFP</dc:creator>", "Jane Roe", "AFP"),
    ("<dc:creator>By John Smith, AP, AFP</dc:creator>", "John Smith", "AP / AFP"),  # break9 L4
    # a second writer, a place or an outlet that is no news agency: the field as it was
    ("<dc:creator>By Jane Doe, Emily Post</dc:creator>", "Jane Doe, Emily Post", None),
    ("<dc:creator>فلان · نادية حسن</dc:creator>", "فلان · نادية حسن", None),
    ("<dc:creator>سامر الخطيب – القاهرة</dc:creator>", "سامر الخطيب – القاهرة", None),
    ("<dc:creator>سامر الخطيب</dc:creator>", "سامر الخطيب", None),
]


@pytest.mark.parametrize(("fields", "author", "attribution"), AGENCY_CASES)
def test_a_news_agency_after_an_rss_authors_comma_is_the_attribution(
    fields: str, author: str, attribution: str | None, tmp_path: Path
) -> None:
    """As on a page: "Jane Roe, Reuters" is a writer and the agency that carried the story."""
    article = _rss(fields, tmp_path)
    assert (article.author, article.attribution) == (author, attribution)


def test_a_news_agency_after_an_atom_authors_comma_is_the_attribution(tmp_path: Path) -> None:
    article = _atom("<author><name>By Anna Schmidt, Reuters</name></author>", tmp_path)
    assert (article.author, article.attribution) == ("Anna Schmidt", "Reuters")
