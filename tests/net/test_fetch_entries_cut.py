"""Against the local server: --fetch-entries tells the entries past its cap it did not fetch, and never replaces a
story the feed gave whole with its page (a paywall's teaser)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from local_server import LocalServer, Reply

from newstui.sources import LoadOptions, load_sources
from newstui.sources.web import MAX_ENTRY_FETCHES

pytestmark = pytest.mark.network

_HTML = {"Content-Type": "text/html; charset=utf-8"}
_RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
_EXTRA = 3


def _page(title: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def _big_feed(server: LocalServer) -> str:
    """A feed of ``MAX_ENTRY_FETCHES + _EXTRA`` entries, each linking a page of its own that loads."""
    items = []
    for number in range(MAX_ENTRY_FETCHES + _EXTRA):
        path = f"/cut/{number}.html"
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
    server.routes["/cut/feed.xml"] = Reply(headers=_RSS, body=feed.encode())
    return server.url("/cut/feed.xml")


_CUT_NOTE = f"only the first {MAX_ENTRY_FETCHES} entries' pages are fetched: {_EXTRA} more show the feed's summary"


async def test_the_entries_past_the_cap_are_told(http_server: LocalServer) -> None:
    """The first MAX_ENTRY_FETCHES entries get their pages, the rest keep their summaries, and the feed's result
    says so (the line stderr, --json's errors and the reader's notice show), as every other cut is told."""
    url = _big_feed(http_server)
    (result,) = await load_sources([url], LoadOptions(timeout=10, fetch_entries=True))
    articles = result.articles
    assert len(articles) == MAX_ENTRY_FETCHES + _EXTRA
    assert [article.summary_only for article in articles] == [False] * MAX_ENTRY_FETCHES + [True] * _EXTRA
    assert result.error == _CUT_NOTE


def test_the_cut_exits_1_with_one_line(http_server: LocalServer) -> None:
    url = _big_feed(http_server)
    proc = subprocess.run(
        [sys.executable, "-m", "newstui", "--json", "--fetch-entries", "--timeout", "10", url],
        capture_output=True,
        text=True,
        env={**os.environ, "NEWSTUI_BIDI": ""},
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.splitlines() == [f"newstui: {url}: {_CUT_NOTE}"]
    data = json.loads(proc.stdout)
    assert data["errors"] == [{"origin": url, "message": _CUT_NOTE}]


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
    (result,) = await load_sources([http_server.url("/whole/feed.xml")], LoadOptions(timeout=5, fetch_entries=True))
    whole, summary = result.articles
    assert (whole.paragraphs, whole.summary_only, whole.feed_content) == (tuple(full), False, True)
    assert (summary.paragraphs, summary.summary_only) == (tuple(story), False)
    assert http_server.hits.get("/whole/pay.html", 0) == 0 and http_server.hits["/whole/ferry.html"] == 1
    assert result.error is None
