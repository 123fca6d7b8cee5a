"""Against the local server: a page that several feeds list is fetched once per load, and a related link
written with a raw Arabic path finds the page loaded under its percent-encoded address."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from local_server import LocalServer, Reply, held_page

from newstui import cli
from newstui.sources import LoadOptions, load_sources

pytestmark = pytest.mark.network

_HTML = {"Content-Type": "text/html; charset=utf-8"}
_RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
_OPML = {"Content-Type": "text/x-opml"}


def _page(title: str, *paragraphs: str, extra: str = "") -> bytes:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title} | جريدة الساحل</title>'
        f"</head><body><article><h1>{title}</h1>{body}{extra}</article></body></html>"
    ).encode()


_FERRY = _page(
    "العبارة الليلية تعود إلى الجزيرة",
    "استأنفت العبارة الليلية رحلاتها بين الميناء والجزيرة بعد توقف دام عامين بسبب أعمال الصيانة.",
    "وقال مدير الميناء إن الرحلة تستغرق أربعين دقيقة وإن التذاكر تباع على الرصيف.",
    "وتنطلق أول رحلة في الحادية عشرة ليلا وآخرها قبيل الفجر طوال أيام الأسبوع.",
)


def _rss(server: LocalServer, title: str, links: list[tuple[str, str]]) -> bytes:
    items = "".join(
        f"<item><title>{name}</title><link>{server.url(path)}</link><description>ملخص {name}</description></item>"
        for name, path in links
    )
    channel = f"<channel><title>{title}</title>{items}</channel>"
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0">{channel}</rss>'.encode()


@pytest.mark.parametrize(
    ("case", "feeds"),
    [
        pytest.param("two-feeds", [[("العبارة", "")], [("عودة العبارة", "")]], id="two feeds"),
        pytest.param("fragment", [[("العبارة", ""), ("العبارة (فيديو)", "#video")]], id="one feed, #fragment"),
        pytest.param(
            "three",
            [[("العبارة", "")], [("العبارة", "#top")], [("العبارة", ""), ("العبارة مرة أخرى", "#x")]],
            id="three",
        ),
    ],
)
async def test_an_entry_page_is_fetched_once_per_load(
    http_server: LocalServer, case: str, feeds: list[list[tuple[str, str]]]
) -> None:
    """Every feed's entry gets the page's story, from one request for the page."""
    page = f"/once/{case}/ferry.html"
    http_server.routes[page] = Reply(headers=_HTML, body=_FERRY)
    urls = []
    for number, entries in enumerate(feeds):
        path = f"/once/{case}/feed-{number}.xml"
        links = [(name, page + fragment) for name, fragment in entries]
        http_server.routes[path] = Reply(headers=_RSS, body=_rss(http_server, f"قسم {number}", links))
        urls.append(http_server.url(path))
    results = await load_sources(urls, LoadOptions(timeout=20, fetch_entries=True))
    articles = [article for result in results for article in result.articles]
    assert len(articles) == sum(map(len, feeds))
    # An entry pointing into a page another entry of its feed links whole (``#video``, ``#x``) keeps its own
    # title and summary: two entries never become two copies of one page. Every other entry gets the story.
    into = {(number, name) for number, entries in enumerate(feeds) for name, fragment in entries if fragment}
    shared = {number for number, entries in enumerate(feeds) if len(entries) > 1}
    for number, (result, entries) in enumerate(zip(results, feeds, strict=True)):
        for article, (name, _) in zip(result.articles, entries, strict=True):
            own = (number, name) in into and number in shared
            expected = (name, True) if own else ("العبارة الليلية تعود إلى الجزيرة", False)
            assert (article.title, article.summary_only) == expected
    assert http_server.hits[page] == 1


async def test_a_list_of_feeds_fetches_each_page_once(http_server: LocalServer) -> None:
    """Feeds opened from one OPML share their entries' pages; a page that fails is asked for once too."""
    page, gone = "/once/opml/ferry.html", "/once/opml/gone.html"
    http_server.routes[page] = Reply(headers=_HTML, body=_FERRY)
    feeds = []
    for number in range(3):
        path = f"/once/opml/feed-{number}.xml"
        links = [("العبارة", page), ("خبر محذوف", gone)]
        http_server.routes[path] = Reply(headers=_RSS, body=_rss(http_server, f"قسم {number}", links))
        feeds.append(f'<outline type="rss" text="قسم {number}" xmlUrl="{http_server.url(path)}"/>')
    opml = f'<?xml version="1.0"?><opml version="2.0"><body>{"".join(feeds)}</body></opml>'
    http_server.routes["/once/opml/list.opml"] = Reply(headers=_OPML, body=opml.encode())
    results = await load_sources([http_server.url("/once/opml/list.opml")], LoadOptions(timeout=20, fetch_entries=True))
    articles = [article for result in results for article in result.articles]
    assert [article.summary_only for article in articles] == [False, True] * 3
    assert (http_server.hits[page], http_server.hits[gone]) == (1, 1)


@pytest.mark.parametrize(
    "href",
    [
        pytest.param("/slug/سوق-الكتب.html", id="raw"),
        pytest.param(quote("/slug/سوق-الكتب.html").lower() + "?utm_medium=related", id="lower-case-escapes"),
    ],
)
def test_a_raw_arabic_link_finds_the_page_loaded(
    http_server: LocalServer, href: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """--json (the command line, in this process): the related link's target is the page loaded beside it (link
    text and headline differ)."""
    market = quote("/slug/سوق-الكتب.html")  # the path the client asks for
    http_server.routes[market] = Reply(
        headers=_HTML,
        body=_page(
            "عودة سوق الكتب المستعملة إلى الكورنيش",
            "يعود سوق الكتب المستعملة إلى كورنيش مدينة الساحل بعد غياب دام عامين بسبب أعمال الصيانة.",
            "ويضم السوق هذا العام أكثر من أربعين بسطة لبيع الكتب والمجلات القديمة بأسعار رمزية.",
        ),
    )
    related = (
        f'<div class="related"><h3>أخبار ذات صلة</h3><ul><li><a href="{href}">السوق (رابط آخر)</a></li></ul></div>'
    )
    http_server.routes["/slug/library.html"] = Reply(
        headers=_HTML,
        body=_page(
            "المكتبة العامة تمدد ساعات العمل",
            "قررت إدارة المكتبة العامة في مدينة الساحل تمديد ساعات العمل حتى منتصف الليل طوال فترة الاختبارات.",
            "وقالت مديرة المكتبة إن القاعات الثلاث ستبقى مفتوحة للطلاب مع توفير خدمة الإنترنت مجانا.",
            extra=related,
        ),
    )
    argv = ["--json", http_server.url("/slug/library.html"), http_server.url("/slug/سوق-الكتب.html")]
    assert cli.main(argv) == 0, capsys.readouterr().err
    library, market_story = json.loads(capsys.readouterr().out)["articles"]
    (link,) = library["related"]
    assert link["target"] == market_story["id"]


@pytest.mark.parametrize("cancelled", [1, 2], ids=["one-of-two", "both"])
async def test_a_shared_fetch_outlives_one_cancelled_feed_only(http_server: LocalServer, cancelled: int) -> None:
    """One feed's load cancelled: the other still gets the page; both cancelled: the fetch is cancelled too."""
    import asyncio
    import time

    from newstui.model import Article
    from newstui.sources.http import make_client
    from newstui.sources.web import EntryPages, fetch_entries

    options = LoadOptions(timeout=20, fetch_entries=True)
    path = f"/held-shared-{cancelled}"
    release = held_page(http_server, path)  # the page stays out until the loads are cancelled
    entry = Article(id="f-0", title="Slow", url=http_server.url(path), summary_only=True)
    pages: EntryPages = {}
    pool = asyncio.Semaphore(4)
    async with make_client(options) as client:
        loads = [
            asyncio.ensure_future(fetch_entries([entry], options, client=client, pool=pool, pages=pages))
            for _ in range(2)
        ]
        deadline = time.monotonic() + 20
        while http_server.hits.get(path, 0) == 0:  # the shared fetch has asked for the page
            assert time.monotonic() < deadline, "the page was never asked for"
            await asyncio.sleep(0.02)
        (page,) = pages.values()
        for load in loads[:cancelled]:
            load.cancel()
        await asyncio.sleep(0)
        if cancelled == 2:
            while not (page.fetch.done() and not pages) and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
            assert page.fetch.cancelled() and not pages
        else:
            release.set()
            (full,) = await loads[1]
            assert not full.summary_only and full.id == "f-0"
        await asyncio.gather(*loads, return_exceptions=True)
