"""Against the local server: --fetch-entries tells the entries past its cap it did not fetch, and never replaces a
story the feed gave whole with its page (a paywall's teaser)."""

from __future__ import annotations

import json

import pytest
from local_server import LocalServer, Reply

from newstui import cli
from newstui.sources import LoadOptions, load_sources, web

pytestmark = pytest.mark.network

_HTML = {"Content-Type": "text/html; charset=utf-8"}
_RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
_CAP = 4
"""The cap the tests set (``web.MAX_ENTRY_FETCHES`` is 200): four pages fetched stand for two hundred."""
_EXTRA = 3


def _page(title: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


@pytest.fixture
def small_cap(monkeypatch: pytest.MonkeyPatch) -> int:
    """``--fetch-entries`` fetches the pages of the first ``_CAP`` entries only (read when the feed loads)."""
    monkeypatch.setattr(web, "MAX_ENTRY_FETCHES", _CAP)
    return _CAP


def _big_feed(server: LocalServer, folder: str) -> str:
    """A feed of ``_CAP + _EXTRA`` entries under ``/folder/``, each linking a page of its own that loads."""
    items = []
    for number in range(_CAP + _EXTRA):
        path = f"/{folder}/{number}.html"
        title = f"الخبر رقم {number} عن الميناء"
        server.routes[path] = Reply(
            headers=_HTML,
            body=_page(
                title,
                f"هذه الفقرة الأولى من الخبر رقم {number} وفيها تفاصيل كثيرة عن الميناء.",
                f"وهذه الفقرة الثانية من الخبر رقم {number} وفيها تفاصيل أخرى عن الرحلات.",
            ),
        )
        link = server.url(path)
        items.append(f"<item><title>{title}</title><link>{link}</link><description>ملخص {number}</description></item>")
    channel = f"<channel><title>الميناء</title>{''.join(items)}</channel>"
    feed = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0">{channel}</rss>'
    server.routes[f"/{folder}/feed.xml"] = Reply(headers=_RSS, body=feed.encode())
    return server.url(f"/{folder}/feed.xml")


_CUT_NOTE = f"only the first {_CAP} entries' pages are fetched: {_EXTRA} more show the feed's summary"


async def test_the_entries_past_the_cap_are_told(http_server: LocalServer, small_cap: int) -> None:
    """The first MAX_ENTRY_FETCHES entries get their pages, the rest keep their summaries and their pages are
    never asked for, and the feed's result says so (the line stderr, --json's errors and the reader's notice
    show), as every other cut is told."""
    url = _big_feed(http_server, "cut-load")
    (result,) = await load_sources([url], LoadOptions(timeout=10, fetch_entries=True))
    articles = result.articles
    assert len(articles) == small_cap + _EXTRA
    assert [article.summary_only for article in articles] == [False] * small_cap + [True] * _EXTRA
    fetched = [http_server.hits.get(f"/cut-load/{number}.html", 0) for number in range(small_cap + _EXTRA)]
    assert fetched == [1] * small_cap + [0] * _EXTRA
    assert result.error == _CUT_NOTE


def test_the_cut_exits_1_with_one_line(
    http_server: LocalServer, small_cap: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line (``--json --fetch-entries``) tells the cut in one line on stderr and in --json's errors,
    and exits 1, as for a source that failed in part."""
    url = _big_feed(http_server, "cut-cli")
    assert cli.main(["--json", "--fetch-entries", "--timeout", "10", url]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [f"newstui: {url}: {_CUT_NOTE}"]
    data = json.loads(out)
    assert data["errors"] == [{"origin": url, "message": _CUT_NOTE}]
    assert len(data["articles"]) == small_cap + _EXTRA


async def test_a_story_given_whole_keeps_its_text_over_a_paywall_teaser(http_server: LocalServer) -> None:
    """``content:encoded`` holds four paragraphs; the page behind the link has a teaser and a paywall line. The
    entry is not fetched, and keeps its four paragraphs; an entry with a summary alone still gets its page."""
    full = [
        "أعلنت الحكومة عن مشروع جديد لتحلية المياه على الساحل الشرقي بتكلفة تبلغ ملياري دولار.",
        "وسيوفر المشروع مياه الشرب لنحو مليون نسمة في المدن الساحلية بحلول عام 2029.",
        "وقال وزير المياه إن العمل سيبدأ في الربيع المقبل بعد اختيار الشركة المنفذة.",
        "ويأتي المشروع ضمن خطة وطنية لمواجهة شح المياه الجوفية.",
    ]
    title = "مشروع لتحلية المياه على الساحل الشرقي"
    http_server.routes["/whole/pay.html"] = Reply(
        headers=_HTML,
        body=_page(title, "أعلنت الحكومة عن مشروع جديد لتحلية المياه على الساحل الشرقي.", "هذا المحتوى للمشتركين فقط."),
    )
    other = "العبارة الليلية تعود إلى الجزيرة"
    story = ["استأنفت العبارة الليلية رحلاتها بين الميناء والجزيرة بعد توقف دام عامين.", "وتنطلق أول رحلة ليلا."]
    http_server.routes["/whole/ferry.html"] = Reply(headers=_HTML, body=_page(other, *story))
    encoded = "".join(f"<p>{paragraph}</p>" for paragraph in full)
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>الواحة</title>'
        f"<item><title>{title}</title><link>{http_server.url('/whole/pay.html')}</link>"
        f"<description>{full[0]}</description><content:encoded><![CDATA[{encoded}]]></content:encoded></item>"
        f"<item><title>{other}</title><link>{http_server.url('/whole/ferry.html')}</link>"
        "<description>ملخص العبارة.</description></item></channel></rss>"
    )
    http_server.routes["/whole/feed.xml"] = Reply(headers=_RSS, body=feed.encode())
    (result,) = await load_sources([http_server.url("/whole/feed.xml")], LoadOptions(timeout=20, fetch_entries=True))
    whole, summary = result.articles
    assert (whole.paragraphs, whole.summary_only, whole.feed_content) == (tuple(full), False, True)
    assert (summary.paragraphs, summary.summary_only) == (tuple(story), False)
    assert http_server.hits.get("/whole/pay.html", 0) == 0 and http_server.hits["/whole/ferry.html"] == 1
    assert result.error is None
