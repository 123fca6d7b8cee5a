"""Against the local server, --fetch-entries as audit regress13a found it: an entry takes the address its link
landed on only when that page is its story and the address is its alone (#3: two links redirecting to one page
stayed one story, a login wall's address became the entry's), never a site's home page given as canonical (#4);
a page's zoneless time takes no offset the feed did not write (#5)."""

from __future__ import annotations

import json

import pytest
from local_server import LocalServer, Reply

from newstui import cli
from newstui.sources import LoadOptions, load_sources

pytestmark = pytest.mark.network

_HTML = {"Content-Type": "text/html; charset=utf-8"}
_RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
_SITE = "صحيفة الخليج المحلية"
_STORY = (
    "أعلنت أمانة المنطقة صباح اليوم عن إغلاق الطريق الساحلي جزئيا لمدة أسبوعين لأعمال الصيانة الدورية.",
    "وقالت الأمانة إن الإغلاق يشمل المسار الشمالي فقط، وإن تحويلات مرورية وضعت عند المداخل الرئيسية.",
    "وأضافت أن الأعمال تشمل إعادة رصف الطريق وتركيب إنارة جديدة على امتداد خمسة كيلومترات.",
)
_OTHER = (
    "استقبلت المكتبة العامة في المدينة أكثر من ألفي زائر خلال الأسبوع الأول من افتتاح جناحها الجديد.",
    "وقال مدير المكتبة إن الجناح يضم قاعة للأطفال وأخرى للمطالعة الهادئة ومجموعة من الكتب النادرة.",
    "وأشار إلى أن ساعات العمل ستمتد حتى العاشرة مساء طوال أيام الأسبوع عدا الجمعة.",
)


def _page(title: str, paragraphs: tuple[str, ...] = _STORY, head: str = "") -> bytes:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def _feed(*items: tuple[str, str, str]) -> bytes:
    """An RSS feed of ``(title, link, pubDate)`` items, each a teaser of its story."""
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid><pubDate>{date}</pubDate>"
        f"<description>{title} [&#8230;]</description></item>"
        for title, link, date in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{_SITE}</title>'
        f"{entries}</channel></rss>"
    ).encode()


def _json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert cli.main(["--json", "--fetch-entries", *argv]) == 0, capsys.readouterr().err
    document = json.loads(capsys.readouterr().out)
    assert not document["errors"]
    articles: list[dict[str, object]] = document["articles"]
    return articles


_TITLE = "إغلاق الطريق الساحلي جزئيا لأعمال الصيانة"
_DATE = "Sun, 29 Nov 2026 10:00:00 +0300"


@pytest.mark.parametrize(
    "titles",
    [
        pytest.param(("خبر عن المدارس", "خبر عن الطرق"), id="a-removed-storys-page"),
        pytest.param((_TITLE, _TITLE), id="the-story-twice"),
    ],
)
def test_two_links_redirecting_to_one_page_stay_two_stories(
    http_server: LocalServer, titles: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Two entries (two links, two guids) that a site sends to one page are two stories, each at its link."""
    base = f"/feeds14b/two-{len(titles[0])}"
    http_server.routes[f"{base}/page.html"] = Reply(headers=_HTML, body=_page(_TITLE))
    for name in "ab":
        http_server.routes[f"{base}/r/{name}"] = Reply(302, {"Location": http_server.url(f"{base}/page.html")})
    links = [http_server.url(f"{base}/r/{name}") for name in "ab"]
    feed = _feed((titles[0], links[0], _DATE), (titles[1], links[1], "Sun, 29 Nov 2026 11:00:00 +0300"))
    http_server.routes[f"{base}/feed.xml"] = Reply(headers=_RSS, body=feed)
    stories = _json([http_server.url(f"{base}/feed.xml")], capsys)
    assert sorted(str(story["url"]) for story in stories) == links


def test_a_link_to_a_page_another_entry_links_keeps_its_own(
    http_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """One entry links the page, another reaches it through a tracking link: the second keeps its link."""
    page = http_server.url("/feeds14b/both/page.html")
    http_server.routes["/feeds14b/both/page.html"] = Reply(headers=_HTML, body=_page(_TITLE))
    http_server.routes["/feeds14b/both/r"] = Reply(302, {"Location": page})
    tracking = http_server.url("/feeds14b/both/r")
    feed = _feed((_TITLE, page, _DATE), ("تحديث: " + _TITLE, tracking, "Sun, 29 Nov 2026 12:00:00 +0300"))
    http_server.routes["/feeds14b/both/feed.xml"] = Reply(headers=_RSS, body=feed)
    stories = _json([http_server.url("/feeds14b/both/feed.xml")], capsys)
    assert sorted(str(story["url"]) for story in stories) == sorted([page, tracking])


async def test_a_link_ending_at_a_login_wall_keeps_its_address(http_server: LocalServer) -> None:
    """The page a tracking link lands on is not the entry's story (its headline is a login form's): no new url."""
    http_server.routes["/feeds14b/wall/login.html"] = Reply(
        headers=_HTML, body=_page("تسجيل الدخول", ("يرجى تسجيل الدخول إلى حسابك لمتابعة قراءة هذا الخبر كاملا.",))
    )
    http_server.routes["/feeds14b/wall/r"] = Reply(302, {"Location": http_server.url("/feeds14b/wall/login.html")})
    link = http_server.url("/feeds14b/wall/r")
    http_server.routes["/feeds14b/wall/feed.xml"] = Reply(headers=_RSS, body=_feed((_TITLE, link, _DATE)))
    options = LoadOptions(timeout=20, fetch_entries=True)
    (result,) = await load_sources([http_server.url("/feeds14b/wall/feed.xml")], options)
    (entry,) = result.articles
    assert entry.url == link


@pytest.mark.parametrize("home", ["/", ""])
def test_a_canonical_to_the_home_page_is_no_storys_address(
    http_server: LocalServer, home: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pages whose canonical link is the site's home keep their entries' links (and stay two stories)."""
    base = f"/feeds14b/home{len(home)}"
    canonical = f'<link rel="canonical" href="{http_server.base}{home}">'
    other = "افتتاح جناح جديد في المكتبة العامة"
    http_server.routes[f"{base}/1.html"] = Reply(headers=_HTML, body=_page(_TITLE, head=canonical))
    http_server.routes[f"{base}/2.html"] = Reply(headers=_HTML, body=_page(other, _OTHER, head=canonical))
    links = [http_server.url(f"{base}/{number}.html") for number in (1, 2)]
    feed = _feed((_TITLE, links[0], _DATE), (other, links[1], "Sun, 29 Nov 2026 11:00:00 +0300"))
    http_server.routes[f"{base}/feed.xml"] = Reply(headers=_RSS, body=feed)
    stories = _json([http_server.url(f"{base}/feed.xml")], capsys)
    assert sorted(str(story["url"]) for story in stories) == links


@pytest.mark.parametrize(
    ("page_time", "published"),
    [
        pytest.param("2026-11-29T13:00:00", "2026-11-29T13:00:00", id="updated-three-hours-later"),
        pytest.param("2026-11-29T09:00:00", "2026-11-29T09:00:00", id="an-hour-before"),
        pytest.param("2026-11-29T10:00:00", "2026-11-29T10:00:00+03:00", id="the-feeds-time"),
        pytest.param("2026-11-29T07:00:00", "2026-11-29T07:00:00+00:00", id="the-feeds-moment-in-utc"),
    ],
)
async def test_a_zoneless_page_time_takes_only_the_feeds_offset(
    http_server: LocalServer, page_time: str, published: str
) -> None:
    """Under the feed's ``10:00 +0300``, a page's time is given the feed's offset when it is the feed's time as
    written, UTC's when it is that moment in UTC; another time stays as the page wrote it, no offset made up."""
    path = f"/feeds14b/time-{page_time[11:13]}"
    meta = f'<meta property="article:published_time" content="{page_time}">'
    http_server.routes[path + ".html"] = Reply(headers=_HTML, body=_page(_TITLE, head=meta))
    http_server.routes[path + ".xml"] = Reply(
        headers=_RSS, body=_feed((_TITLE, http_server.url(path + ".html"), _DATE))
    )
    (result,) = await load_sources([http_server.url(path + ".xml")], LoadOptions(timeout=20, fetch_entries=True))
    (entry,) = result.articles
    assert (entry.summary_only, entry.published) == (False, published)
