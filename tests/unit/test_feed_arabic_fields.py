"""Arabic feeds as Arabic sites write them: WordPress's Arabic footer, dates in Arabic, a title of site and section."""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.feed import parse_feed
from newstui.sources import full_entry

_STORY = "https://sahil.example/news/ferry"
_HOME = "https://sahil.example"
_LEAD = "استأنفت العبارة الليلية رحلاتها بين الميناء والجزيرة بعد توقف دام عامين."
_MORE = "وقال مدير الميناء إن الرحلة تستغرق أربعين دقيقة."


def _rss(items: str, title: str = "جريدة الساحل") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>{_HOME}/</link>{items}</channel></rss>"
    ).encode()


def _item(description: str = f"<p>{_LEAD}</p>", *, date: str = "", categories: tuple[str, ...] = ()) -> str:
    tags = "".join(f"<category>{name}</category>" for name in categories)
    when = f"<pubDate>{date}</pubDate>" if date else ""
    return (
        f"<item><title>العبارة الليلية تعود</title><link>{_STORY}</link>{when}{tags}"
        f"<description><![CDATA[{description}]]></description></item>"
    )


def _footer(first: str = "أولاً", opening: str = "ظهرت المقالة") -> str:
    return f'{opening} <a href="{_STORY}">العبارة الليلية تعود</a> {first} على <a href="{_HOME}">جريدة الساحل</a>.'


@pytest.mark.parametrize(
    ("description", "paragraphs"),
    [
        pytest.param(f"<p>{_LEAD}</p><p>{_MORE}</p><p>{_footer()}</p>", (_LEAD, _MORE), id="own paragraph"),
        pytest.param(f"<p>{_LEAD}</p><p>{_footer('أولا')}</p>", (_LEAD,), id="no tanween"),
        pytest.param(f"<p>{_LEAD}</p><p>{_footer('اولاً')}</p>", (_LEAD,), id="no hamza"),
        pytest.param(f"<p>{_LEAD}</p><p>{_footer('اولا')}</p>", (_LEAD,), id="neither"),
        pytest.param(f"<p>{_LEAD}</p><p>{_footer('أولًا')}</p>", (_LEAD,), id="tanween before the alef"),
        pytest.param(f"{_LEAD} [&#8230;]<p>{_footer()}</p>", (f"{_LEAD} […]",), id="after an excerpt"),
        pytest.param(f"<p>{_LEAD} {_footer()}</p>", (_LEAD,), id="end of the last paragraph"),
        pytest.param(
            f"<p>{_LEAD}</p><p>ظهرت المقالة الأولى للكاتب أولاً على صفحات الجريدة.</p>",
            (_LEAD, "ظهرت المقالة الأولى للكاتب أولاً على صفحات الجريدة."),
            id="a sentence, no link",
        ),
        pytest.param(
            f"<p>{_footer()}</p><p>{_LEAD}</p>",
            ("ظهرت المقالة العبارة الليلية تعود أولاً على جريدة الساحل.", _LEAD),
            id="not at the end",
        ),
    ],
)
def test_the_arabic_wordpress_footer_is_dropped(description: str, paragraphs: tuple[str, ...]) -> None:
    """ "ظهرت المقالة … أولاً على …" goes as "The post … appeared first on …" does."""
    (article,) = parse_feed(_rss(_item(description)), origin="f.xml")
    assert article.paragraphs == paragraphs


@pytest.mark.parametrize(
    ("title", "date", "published"),
    [
        pytest.param(
            "العبارة الليلية تعود", "Thu, 26 Nov 2026 09:00:00 AST", "2026-11-26T09:00:00+03:00", id="arabic-ast"
        ),
        pytest.param(
            "The night ferry is back", "Thu, 26 Nov 2026 09:00:00 AST", "2026-11-26T09:00:00-04:00", id="english-ast"
        ),
        pytest.param(
            "العبارة الليلية تعود", "Thu, 26 Nov 2026 09:00:00 +0300", "2026-11-26T09:00:00+03:00", id="offset"
        ),
        pytest.param(
            "العبارة الليلية تعود", "Thu, 26 Nov 2026 09:00:00 EST", "2026-11-26T09:00:00-05:00", id="other-zone"
        ),
        pytest.param(
            "العبارة الليلية تعود", "Tue, 01 Dec 2026 02:00:00 AST", "2026-12-01T02:00:00+03:00", id="day-before"
        ),
    ],
)
def test_ast_in_an_arabic_entry_is_arabia_time(title: str, date: str, published: str) -> None:
    """``AST`` is Arabia Standard Time (+3) in an Arabic entry, Atlantic time (-4, feedparser's) in another."""
    lead = (
        _LEAD if title != "The night ferry is back" else "The night ferry runs again between the port and the island."
    )
    item = _item(f"<p>{lead}</p>", date=date).replace("العبارة الليلية تعود", title)
    (article,) = parse_feed(_rss(item), origin="f.xml")
    assert article.published == published


def test_ast_of_an_english_entry_in_an_arabic_feed_is_arabia_time() -> None:
    """A feed that says it is Arabic (``<language>ar</language>``) writes AST for Arabia time in every entry."""
    item = _item(
        "<p>The night ferry runs again between the port and the island.</p>", date="Mon, 30 Nov 2026 10:00:00 AST"
    )
    item = item.replace("العبارة الليلية تعود", "The night ferry is back")
    feed = _rss(item).replace(b"<title>", b"<language>ar</language><title>", 1)
    (article,) = parse_feed(feed, origin="f.xml")
    assert article.published == "2026-11-30T10:00:00+03:00"


@pytest.mark.parametrize(
    ("date", "published"),
    [
        pytest.param("السبت، 14 نوفمبر 2026 19:00:00 +0300", "2026-11-14T19:00:00+03:00", id="day-name-comma-offset"),
        pytest.param("الإثنين, 16 نوفمبر 2026 09:10:00 +03:00", "2026-11-16T09:10:00+03:00", id="colon-offset"),
        pytest.param("8 نوفمبر 2026", "2026-11-08", id="day-only"),
        pytest.param("الأحد 1 تشرين الثاني 2026 08:15 GMT", "2026-11-01T08:15:00+00:00", id="levantine-month"),
        pytest.param("الخميس 5 آذار 2026 - 10:30 ص", "2026-03-05T10:30:00", id="levantine-no-offset"),
        pytest.param("٢٩ أكتوبر ٢٠٢٦", "2026-10-29", id="arabic-indic-digits"),
        pytest.param("Sun, 15 Nov 2026 05:30:00 GMT", "2026-11-15T05:30:00+00:00", id="english-as-before"),
        pytest.param("Mon, 30 Nov 2026 10:00:00 EET", "2026-11-30T10:00:00+02:00", id="eet-cairo"),
        pytest.param("Mon, 30 Nov 2026 10:00:00 EEST", "2026-11-30T10:00:00+03:00", id="eest"),
        pytest.param("Mon, 30 Nov 2026 10:00:00 GST", "2026-11-30T10:00:00+04:00", id="gst-dubai"),
        pytest.param("Mon, 30 Nov 2026 10:00:00 CAT", "2026-11-30T10:00:00+02:00", id="cat-khartoum"),
        pytest.param("Mon, 30 Nov 2026 10:00:00 IRST", "2026-11-30T10:00:00+03:30", id="irst"),
        pytest.param("Mon, 30 Nov 2026 10:00:00 ast", "2026-11-30T10:00:00+03:00", id="lower-case-ast"),
        pytest.param("Mon, 30 Nov 2026 10:00:00 GMT", "2026-11-30T10:00:00+00:00", id="gmt-as-before"),
        pytest.param("Mon, 30 Nov 2026 10:00:00 EST", "2026-11-30T10:00:00-05:00", id="est-as-before"),
        pytest.param("السبت 1 يناير 2050 10:00 +0300", None, id="far-future"),
        pytest.param("قريبا", None, id="no-date"),
    ],
)
def test_arabic_dates_are_read(date: str, published: str | None) -> None:
    """A date feedparser cannot read is read as a page's dateline, with the offset it gives; a zone it does
    not know and read as UTC (Cairo's EET, Dubai's GST) takes its offset; ``ast`` is ``AST``; every time is
    at the offset the feed wrote (the same moment as in UTC, the publisher's day)."""
    (article,) = parse_feed(_rss(_item(date=date)), origin="f.xml")
    assert article.published == published


@pytest.mark.parametrize(
    ("title", "categories", "source", "section"),
    [
        pytest.param("جريدة الساحل - محليات", ("محليات",), "جريدة الساحل", "محليات", id="site-first"),
        pytest.param("محليات – جريدة الساحل", ("محليات", "الميناء"), "جريدة الساحل", "محليات", id="section-first"),
        pytest.param("Coast Herald | Local", ("Local",), "Coast Herald", "Local", id="english"),
        pytest.param("Coast Herald - World", (), "Coast Herald - World", None, id="no-categories"),
        pytest.param("جريدة الساحل - محليات", ("اقتصاد",), "جريدة الساحل - محليات", None, id="other-category"),
        pytest.param("أخبار - رياضة", ("أخبار", "رياضة"), "أخبار - رياضة", None, id="both-parts-categories"),
        pytest.param("جريدة الساحل", ("محليات",), "جريدة الساحل", None, id="site-alone"),
    ],
)
def test_a_feed_titled_site_and_section(
    title: str, categories: tuple[str, ...], source: str, section: str | None
) -> None:
    """The site's name and its section apart when one part of the title is a category of the entries."""
    (article,) = parse_feed(_rss(_item(categories=categories), title), origin="f.xml")
    assert (article.source, article.section) == (source, section)


_ENTRY = Article(
    id="f-0", title="العبارة الليلية تعود", source="جريدة الساحل", section="محليات", url=_STORY, summary_only=True
)


@pytest.mark.parametrize(
    ("page_section", "section"),
    [pytest.param(None, "محليات", id="page-without-section"), pytest.param("الميناء", "الميناء", id="page-section")],
)
def test_the_feed_section_stays_under_a_page_without_one(page_section: str | None, section: str) -> None:
    page = Article(
        id="p-0", title="عودة العبارة الليلية", paragraphs=(_LEAD,), source="جريدة الساحل", section=page_section
    )
    full = full_entry(_ENTRY, [page])
    assert full is not None and (full.source, full.section) == ("جريدة الساحل", section)
