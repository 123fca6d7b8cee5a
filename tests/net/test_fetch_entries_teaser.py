"""Against the local server: --fetch-entries fetches the page of an entry whose ``content:encoded`` is only a
teaser ("…" and "أكمل القراءة", WordPress's "[…]" and its footer) and shows the page's story; a story the feed
gives whole is still not fetched (audit vparse H2)."""

from __future__ import annotations

import pytest
from local_server import LocalServer, Reply

from newstui.sources import LoadOptions, load_sources

pytestmark = pytest.mark.network

_HTML = {"Content-Type": "text/html; charset=utf-8"}
_RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
_STORY = (
    "أطلقت وزارة الاتصالات مبادرة جديدة لتدريب الشباب على مهارات البرمجة والذكاء الاصطناعي في خمس محافظات.",
    "وقال وزير الاتصالات إن المرحلة الثانية من المبادرة ستنطلق في الربيع المقبل وتشمل عشر محافظات أخرى.",
    "ويتضمن البرنامج دورات مكثفة لمدة ثلاثة أشهر يقدمها مدربون معتمدون من شركات تقنية عالمية.",
    "وأشارت الوزارة إلى أن المتدربين المتميزين سيحصلون على فرص عمل في شركات ناشئة محلية.",
)
_EN = (
    "The ministry launched a coding programme for young people in five provinces. The second phase starts in spring.",
    "The minister said ten more provinces would join the programme next year after a review of the first results.",
    "The courses last three months and are taught by trainers certified by international technology companies.",
)


def _page(title: str, paragraphs: tuple[str, ...], lang: str) -> bytes:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


async def test_a_teaser_in_content_encoded_gets_its_page(http_server: LocalServer) -> None:
    ar_title, en_title = "مبادرة لتدريب الشباب على البرمجة", "Coding programme for young people"
    whole_title = "قصة كاملة"
    http_server.routes["/teaser/ar.html"] = Reply(headers=_HTML, body=_page(ar_title, _STORY, "ar"))
    http_server.routes["/teaser/en.html"] = Reply(headers=_HTML, body=_page(en_title, _EN, "en"))
    http_server.routes["/teaser/whole.html"] = Reply(headers=_HTML, body=_page(whole_title, _STORY[:1], "ar"))
    ar, en, whole = (http_server.url(f"/teaser/{name}.html") for name in ("ar", "en", "whole"))
    ar_teaser = f'<p>{_STORY[0].removesuffix(".")}…</p><p><a href="{ar}">أكمل القراءة</a></p>'
    en_teaser = (
        f'<p>{_EN[0].removesuffix(".")} [&#8230;]</p><p>The post <a href="{en}">{en_title}</a> appeared first on'
        " Tech Site.</p>"
    )
    encoded = "".join(f"<p>{paragraph}</p>" for paragraph in _STORY)
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>موقع التقنية</title>'
        f"<item><title>{ar_title}</title><link>{ar}</link><content:encoded><![CDATA[{ar_teaser}]]></content:encoded>"
        f"</item><item><title>{en_title}</title><link>{en}</link>"
        f"<content:encoded><![CDATA[{en_teaser}]]></content:encoded></item>"
        f"<item><title>{whole_title}</title><link>{whole}</link><description>مقتطف قصير</description>"
        f"<content:encoded><![CDATA[{encoded}]]></content:encoded></item></channel></rss>"
    )
    http_server.routes["/teaser/feed.xml"] = Reply(headers=_RSS, body=feed.encode())
    (result,) = await load_sources([http_server.url("/teaser/feed.xml")], LoadOptions(timeout=20, fetch_entries=True))
    first, second, third = result.articles
    assert (first.paragraphs, first.summary_only) == (_STORY, False)
    assert (second.paragraphs, second.summary_only) == (_EN, False)
    assert (third.paragraphs, third.summary_only, third.feed_content) == (_STORY, False, True)
    assert http_server.hits["/teaser/ar.html"] == 1 and http_server.hits["/teaser/en.html"] == 1
    assert http_server.hits.get("/teaser/whole.html", 0) == 0
    assert result.error is None


async def test_a_page_shorter_than_the_entrys_text_does_not_replace_it(http_server: LocalServer) -> None:
    """A teaser of three paragraphs behind a page whose story is one short line (a paywall's stub): the entry's
    own text stays, and the page's line is not shown in its place."""
    title = "مبادرة لتدريب الشباب على البرمجة"
    stub = ("للاشتراك اضغط هنا.",)
    http_server.routes["/teaser/stub.html"] = Reply(headers=_HTML, body=_page(title, stub, "ar"))
    stub_url = http_server.url("/teaser/stub.html")
    teaser = "".join(f"<p>{paragraph}</p>" for paragraph in _STORY[:2]) + f"<p>{_STORY[2].removesuffix('.')}…</p>"
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>موقع التقنية</title>'
        f"<item><title>{title}</title><link>{stub_url}</link>"
        f"<content:encoded><![CDATA[{teaser}]]></content:encoded></item></channel></rss>"
    )
    http_server.routes["/teaser/stub-feed.xml"] = Reply(headers=_RSS, body=feed.encode())
    (result,) = await load_sources(
        [http_server.url("/teaser/stub-feed.xml")], LoadOptions(timeout=20, fetch_entries=True)
    )
    (entry,) = result.articles
    assert http_server.hits["/teaser/stub.html"] == 1, "the page was fetched"
    assert entry.paragraphs == (*_STORY[:2], _STORY[2].removesuffix(".") + "…")
    assert not entry.summary_only and result.error is None
