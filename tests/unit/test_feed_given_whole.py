"""parse_feed: a story the feed gives whole is no summary, dates keep the feed's offset (a date alone stays a
date), Atom entries inherit the feed's author, a guid is an address only when it is a permalink URL, and an
Atom category's label is its keyword."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from newstui.model import Article
from newstui.parse.feed import _in_written_zone, _written_offset, parse_feed
from newstui.sources.web import full_entry

_LEAD = "أعلنت الحكومة عن مشروع جديد لتحلية المياه على الساحل الشرقي بتكلفة تبلغ ملياري دولار."
_FULL = (
    _LEAD,
    "وسيوفر المشروع مياه الشرب لنحو مليون نسمة في المدن الساحلية بحلول عام 2029.",
    "وقال وزير المياه إن العمل سيبدأ في الربيع المقبل بعد اختيار الشركة المنفذة.",
    "ويأتي المشروع ضمن خطة وطنية لمواجهة شح المياه الجوفية.",
)
_RSS_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    "<channel><title>صحيفة الواحة</title><link>https://oasis.example/</link>"
)


def _rss(*items: str, channel: str = "") -> bytes:
    return f"{_RSS_HEAD}{channel}{''.join(items)}</channel></rss>".encode()


def _item(inner: str, title: str = "مشروع لتحلية المياه") -> str:
    return f"<item><title>{title}</title>{inner}</item>"


def _atom(*entries: str, feed_author: str = "<author><name>فريق المدونة</name></author>") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>مدونة الواحة</title><id>urn:x</id><updated>2026-11-29T10:00:00Z</updated>{feed_author}"
        f"{''.join(entries)}</feed>"
    ).encode()


def _entry(number: int, inner: str = "") -> str:
    return (
        f"<entry><title>تدوينة {number}</title><id>urn:x:{number}</id>"
        f'<link href="https://oasis.example/p/{number}"/><updated>2026-11-29T10:00:00Z</updated>'
        f"<summary>ملخص التدوينة {number}.</summary>{inner}</entry>"
    )


# -- 1. a story given whole -----------------------------------------------------------------------------------


def test_an_entry_given_whole_is_no_summary() -> None:
    """``content:encoded`` holds the story: not ``summary_only``, so neither the reader nor --fetch-entries fetches
    its page (a paywall's teaser took its place); an entry with a description alone still is one."""
    encoded = "".join(f"<p>{paragraph}</p>" for paragraph in _FULL)
    whole = _item(
        f"<link>https://oasis.example/art/pay.html</link><description>{_LEAD}</description>"
        f"<content:encoded><![CDATA[{encoded}]]></content:encoded>"
    )
    summary = _item("<link>https://oasis.example/art/2.html</link><description>ملخص قصير.</description>", "خبر آخر")
    first, second = parse_feed(_rss(whole, summary), origin="f.xml")
    assert (first.paragraphs, first.summary_only, first.feed_content) == (_FULL, False, True)
    assert (second.summary_only, second.feed_content) == (True, False)


def test_an_atom_content_is_the_story_and_a_summary_is_not() -> None:
    whole = _entry(1, f"<content type='html'>&lt;p&gt;{_LEAD}&lt;/p&gt;&lt;p&gt;{_FULL[1]}&lt;/p&gt;</content>")
    first, second = parse_feed(_atom(whole, _entry(2)), origin="a.xml")
    assert (first.summary_only, first.feed_content) == (False, True)
    assert (second.summary_only, second.feed_content) == (True, False)


def test_a_feed_of_whole_stories_behind_an_entry_link_is_no_page() -> None:
    """An entry whose link leads to a feed (its entries given whole) takes none of them as its story."""
    entry = Article(id="f-0", title="خبر", paragraphs=("ملخص.",), url="https://oasis.example/x", summary_only=True)
    feed_entry = Article(id="g-0", title="قصة أخرى", paragraphs=_FULL, feed_content=True)
    assert full_entry(entry, [feed_entry]) is None


# -- 3 and 6. dates ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "published"),
    [
        pytest.param("<pubDate>Mon, 30 Nov 2026 01:00:00 +0300</pubDate>", "2026-11-30T01:00:00+03:00", id="rfc822"),
        pytest.param("<pubDate>Mon, 30 Nov 2026 1:05:00 +0300</pubDate>", "2026-11-30T01:05:00+03:00", id="one-digit"),
        pytest.param("<pubDate>Sun, 29 Nov 2026 21:45:00 +0530</pubDate>", "2026-11-29T21:45:00+05:30", id="india"),
        pytest.param("<pubDate>Wed, 25 Nov 2026 07:00:00 -0330</pubDate>", "2026-11-25T07:00:00-03:30", id="minus"),
        pytest.param("<pubDate>Wed, 25 Nov 2026 07:00:00 GMT</pubDate>", "2026-11-25T07:00:00+00:00", id="gmt"),
        pytest.param("<pubDate>Wed, 25 Nov 2026 07:00:00 -0000</pubDate>", "2026-11-25T07:00:00+00:00", id="-0000"),
        pytest.param("<pubDate>Sat, 28 Nov 2026 08:00:00 EEST</pubDate>", "2026-11-28T08:00:00+03:00", id="eest"),
        pytest.param("<pubDate>Sat, 28 Nov 2026 08:00:00 PST</pubDate>", "2026-11-28T08:00:00-08:00", id="pst"),
        pytest.param("<pubDate>Tue, 24 Nov 2026 09:00:00 GMT+3</pubDate>", "2026-11-24T09:00:00+03:00", id="gmt+3"),
        pytest.param("<pubDate>2026-11-28 14:00:00</pubDate>", "2026-11-28T14:00:00+00:00", id="no-zone"),
        pytest.param("<dc:date>2026-11-30T01:00:00+03:00</dc:date>", "2026-11-30T01:00:00+03:00", id="w3c"),
        pytest.param("<dc:date>2026-11-30T01:00:00.250+03:00</dc:date>", "2026-11-30T01:00:00+03:00", id="fraction"),
        pytest.param("<dc:date>2026-11-30T01:00Z</dc:date>", "2026-11-30T01:00:00+00:00", id="z"),
        pytest.param("<dc:date>2026-11-28</dc:date>", "2026-11-28", id="date-alone"),
        pytest.param("<pubDate>Sat, 28 Nov 2026</pubDate>", "2026-11-28", id="rfc822-date-alone"),
        pytest.param("<pubDate>السبت، 28 نوفمبر 2026 19:00 +0300</pubDate>", "2026-11-28T19:00:00+03:00", id="arabic"),
        pytest.param(
            "<pubDate>الأحد، ٢٩ نوفمبر ٢٠٢٦ ١٠:٣٠ +٠٣٠٠</pubDate>", "2026-11-29T10:30:00+03:00", id="arabic-indic"
        ),
    ],
)
def test_a_date_keeps_the_feeds_offset(written: str, published: str) -> None:
    """The time at the offset the feed wrote (the publisher's day, as a page's date keeps it), not UTC's day;
    a date alone stays a date, with no made-up midnight UTC."""
    (article,) = parse_feed(_rss(_item(f"<description>نص.</description>{written}")), origin="f.xml")
    assert article.published == published


@pytest.mark.parametrize(
    ("written", "published"),
    [
        pytest.param("Tue, 01 Dec 2026 08:30:00", "2026-12-01T08:30:00+00:00", id="day-name-seconds"),
        pytest.param("Tue, 01 Dec 2026 08:30", "2026-12-01T08:30:00+00:00", id="day-name-minutes"),
        pytest.param("1 Dec 2026 23:05:09", "2026-12-01T23:05:09+00:00", id="no-day-name"),
        pytest.param("Tuesday, 01 December 2026 08:30:00", "2026-12-01T08:30:00+00:00", id="long-names"),
    ],
)
def test_an_rfc822_time_without_a_zone_is_utc(written: str, published: str) -> None:
    """RFC 822 without its zone is read as UTC (+00:00), never a naive time nor dropped."""
    item = _item(f"<description>نص.</description><pubDate>{written}</pubDate>")
    (article,) = parse_feed(_rss(item), origin="f.xml")
    assert article.published == published
    assert datetime.fromisoformat(article.published or "").utcoffset() == timedelta(0)


def test_the_day_shown_is_the_publishers() -> None:
    """01:00 +0300 on the 30th is the 30th, in the byline's first ten characters too (it was the 29th)."""
    item = _item("<description>نص.</description><pubDate>Mon, 30 Nov 2026 01:00:00 +0300</pubDate>")
    (article,) = parse_feed(_rss(item), origin="f.xml")
    assert (article.published or "")[:10] == "2026-11-30"
    assert datetime.fromisoformat(article.published or "") == datetime.fromisoformat("2026-11-29T22:00:00+00:00")


@pytest.mark.parametrize(
    ("written", "offset"),
    [
        pytest.param("Mon, 30 Nov 2026 01:00:00 +0300", timedelta(hours=3), id="rfc822"),
        pytest.param("2026-11-30T01:00:00-03:30", -timedelta(hours=3, minutes=30), id="iso"),
        pytest.param("2026-11-30T01:00:00Z", timedelta(0), id="z"),
        pytest.param("Mon, 30 Nov 2026 01:00 GMT+03:00", timedelta(hours=3), id="gmt-colon"),
        pytest.param("Mon, 30 Nov 2026 01:00 UTC-5", -timedelta(hours=5), id="utc-short"),
        pytest.param("Mon, 30 Nov 2026 01:00:00 EET", timedelta(hours=2), id="eet"),
        pytest.param("Mon, 30 Nov 2026 01:00:00 AST", -timedelta(hours=4), id="atlantic"),
        pytest.param("2026-11-30", None, id="a-dates-own-dash"),
        pytest.param("Mon, 30 Nov 2026 01:00:00", None, id="none"),
        pytest.param("Mon, 30 Nov 2026 01:00:00 +0375", None, id="bad-minutes"),
        pytest.param("Mon, 30 Nov 2026 01:00:00 +1900", None, id="too-far"),
        pytest.param("Mon, 30 Nov 2026 01:00:00 Q", None, id="military"),
    ],
)
def test_the_written_offset(written: str, offset: timedelta | None) -> None:
    assert _written_offset(written, arabic=False) == offset


def test_ast_is_arabia_time_in_an_arabic_feed() -> None:
    assert _written_offset("Mon, 30 Nov 2026 01:00:00 AST", arabic=True) == timedelta(hours=3)


def test_an_offset_the_time_does_not_bear_out_stays_utc() -> None:
    """When the time written is not the UTC time moved to the offset (the zone was read otherwise), UTC stays."""
    assert _in_written_zone("2026-11-29T22:00:00+00:00", "30 Nov 2026 05:00:00 +0300", arabic=False) == (
        "2026-11-29T22:00:00+00:00"
    )
    assert _in_written_zone("2026-11-29T22:00:00+00:00", "30 Nov 2026 01:00:00 +0300", arabic=False) == (
        "2026-11-30T01:00:00+03:00"
    )


# -- 4. Atom authors ----------------------------------------------------------------------------------------------


def test_an_atom_entry_without_an_author_has_the_feeds() -> None:
    """RFC 4287 4.2.1: an entry without ``<author>`` has its ``<source>``'s, else the feed's; its own wins."""
    own = _entry(1, "<author><name>عمر البدوي</name></author>")
    sourced = _entry(3, "<source><id>urn:y</id><title>أصل</title><author><name>سارة علي</name></author></source>")
    first, second, third = parse_feed(_atom(own, _entry(2), sourced), origin="a.xml")
    assert (first.author, second.author, third.author) == ("عمر البدوي", "فريق المدونة", "سارة علي")


def test_no_author_without_a_feed_author() -> None:
    (article,) = parse_feed(_atom(_entry(1), feed_author=""), origin="a.xml")
    assert article.author is None


def test_an_rss_channels_editor_is_no_entrys_author() -> None:
    """RSS has no such rule: ``<managingEditor>`` (feedparser's feed author) is not every item's byline."""
    channel = "<managingEditor>editor@oasis.example (رئيس التحرير)</managingEditor>"
    (article,) = parse_feed(_rss(_item("<description>نص.</description>"), channel=channel), origin="f.xml")
    assert article.author is None


# -- 5. guids -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("inner", "url"),
    [
        pytest.param("<guid>abc-123</guid>", None, id="not-a-url"),
        pytest.param("<guid>https://oasis.example/art/2.html</guid>", "https://oasis.example/art/2.html", id="url"),
        pytest.param('<guid isPermaLink="false">https://oasis.example/art/3.html</guid>', None, id="not-permalink"),
        pytest.param(
            '<link>/art/4.html</link><guid isPermaLink="false">x-4</guid>',
            "https://oasis.example/art/4.html",
            id="link",
        ),
        pytest.param("<link>javascript:alert(1)</link><guid>abc</guid>", None, id="bad-link"),
    ],
)
def test_a_guid_is_an_address_only_as_a_permalink_url(inner: str, url: str | None) -> None:
    (article,) = parse_feed(_rss(_item(f"<description>نص.</description>{inner}")), origin="f.xml")
    assert article.url == url


def test_an_atom_id_that_is_a_url_is_still_the_address_without_a_link() -> None:
    entry = "<entry><title>تدوينة</title><id>https://oasis.example/p/9</id><summary>نص.</summary></entry>"
    (article,) = parse_feed(_atom(entry), origin="a.xml")
    assert article.url == "https://oasis.example/p/9"


# -- 7. category labels ---------------------------------------------------------------------------------------


def test_an_atom_category_label_is_the_keyword() -> None:
    categories = '<category term="eco" label="اقتصاد"/><category term="طاقة"/>'
    (article,) = parse_feed(_atom(_entry(1, categories)), origin="a.xml")
    assert article.keywords == ("اقتصاد", "طاقة")
