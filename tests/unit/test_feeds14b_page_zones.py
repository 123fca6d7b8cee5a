"""A page's meta date in the feed form ending in a zone's name is read with the feeds' zone table (audit regress13a
#11): ``AST`` of an Arabic page is Arabia Standard Time (+03:00), as in an Arabic feed, not Atlantic time."""

from __future__ import annotations

import pytest

from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html
from newstui.parse.published import rfc822_time

_TITLE = "افتتاح معرض الكتاب في الرياض بمشاركة ألف دار نشر"
_LEAD = "افتتح معرض الكتاب أبوابه مساء اليوم في الرياض بمشاركة أكثر من ألف دار نشر من ثلاثين دولة."
_NEXT = "وقالت اللجنة المنظمة إن المعرض يستمر عشرة أيام ويضم ندوات وأمسيات شعرية وورشا للأطفال."
_EN_TITLE = "Book fair opens in the capital with a thousand publishers"
_EN = (
    "The annual book fair opened its doors this evening with more than a thousand publishers from thirty countries.",
    "The organisers said the fair runs for ten days and includes talks, poetry evenings and workshops for children.",
)


def _page(date: str, *, lang: str = "ar") -> str:
    title, paragraphs = (_TITLE, (_LEAD, _NEXT)) if lang == "ar" else (_EN_TITLE, _EN)
    direction = "rtl" if lang == "ar" else "ltr"
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{date}"></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("date", "lang", "published"),
    [
        pytest.param("Sun, 29 Nov 2026 10:30:00 AST", "ar", "2026-11-29T10:30:00+03:00", id="arabic-ast"),
        pytest.param("Sun, 29 Nov 2026 10:30:00 ast", "ar", "2026-11-29T10:30:00+03:00", id="lower-case"),
        pytest.param("Sun, 29 Nov 2026 10:30:00 AST", "en", "2026-11-29T10:30:00-04:00", id="english-ast-atlantic"),
        pytest.param("Sun, 29 Nov 2026 10:30:00 EET", "ar", "2026-11-29T10:30:00+02:00", id="eet"),
        pytest.param("Sun, 29 Nov 2026 10:30:00 GST", "ar", "2026-11-29T10:30:00+04:00", id="gulf"),
        pytest.param("Sun, 29 Nov 2026 10:30:00 +0300", "ar", "2026-11-29T10:30:00+03:00", id="numeric-as-before"),
    ],
)
def test_a_meta_date_ending_in_a_zones_name_is_read_as_feeds_read_it(date: str, lang: str, published: str) -> None:
    (article,) = parse_html(_page(date, lang=lang), origin="page.html", url="https://riyadh.example/news/7")
    assert article.published == published


def test_the_page_and_its_feed_give_one_moment() -> None:
    """The same ``… AST`` in an Arabic feed's pubDate and in its page's meta tag is one time."""
    date = "Sun, 29 Nov 2026 10:30:00 AST"
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>صحيفة العاصمة</title><language>ar</language>'
        f"<item><title>{_TITLE}</title><pubDate>{date}</pubDate><description>{_LEAD}</description></item>"
        "</channel></rss>"
    )
    (entry,) = parse_feed(feed.encode(), origin="f.xml")
    (page,) = parse_html(_page(date), origin="page.html", url="https://riyadh.example/news/7")
    assert page.published == entry.published == "2026-11-29T10:30:00+03:00"


@pytest.mark.parametrize(
    ("value", "arabic", "iso"),
    [
        ("Sun, 29 Nov 2026 10:30:00 AST", True, "2026-11-29T10:30:00+03:00"),
        ("Sun, 29 Nov 2026 10:30:00 AST", False, "2026-11-29T10:30:00-04:00"),
        ("29 Nov 2026 10:30 MSK", False, "2026-11-29T10:30:00+03:00"),
        ("Sun, 29 Nov 2026 10:30:00 XYZ", True, "2026-11-29T10:30:00"),
        ("Sun, 29 Nov 2026 10:30:00", True, "2026-11-29T10:30:00"),
    ],
)
def test_rfc822_time_reads_a_zones_name_with_the_feeds_table(value: str, arabic: bool, iso: str) -> None:
    moment = rfc822_time(value, arabic=arabic)
    assert moment is not None and moment.isoformat() == iso
