"""A WordPress post embed in a story is a read-also link, not a paragraph; a real quotation stays (pages41 #2)."""

from __future__ import annotations

from newstui.model import Article
from newstui.parse.html import parse_html

_FIRST = "ارتفعت أسعار الأسماك في أسواق المدينة الساحلية بعد أسبوع من العواصف التي منعت القوارب من الإبحار."
_SECOND = "وقال رئيس نقابة الصيادين إن الأسعار ستعود إلى طبيعتها حين تهدأ الرياح ويعود الصيادون إلى البحر."
_THIRD = "وطالبت جمعية المستهلكين البلدية بمراقبة الأسواق ومنع رفع الأسعار دون مبرر في الأيام المقبلة."
_EMBED_URL = "https://sahil-news.example/2026/12/storm-boats/"
_EMBED_TITLE = "العواصف تبقي قوارب الصيد في المرفأ لليوم السادس"


def _page(middle: str) -> str:
    return (
        '<html><head><title>أسعار الأسماك ترتفع - أخبار الساحل</title></head><body><article class="post">'
        f'<h1>أسعار الأسماك ترتفع بعد العواصف</h1><div class="entry-content"><p>{_FIRST}</p>{middle}'
        f"<p>{_SECOND}</p><p>{_THIRD}</p></div></article></body></html>"
    )


def _one(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html")
    return article


def test_wp_embed_is_a_read_also_link() -> None:
    embed = (
        f'<blockquote class="wp-embedded-content" data-secret="x1"><a href="{_EMBED_URL}">{_EMBED_TITLE}</a>'
        f'</blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" title="{_EMBED_TITLE}" '
        f'src="{_EMBED_URL}embed/#?secret=x1" data-secret="x1"></iframe>'
    )
    article = _one(_page(embed))
    assert article.paragraphs == (_FIRST, _SECOND, _THIRD)
    assert [(link.title, link.url, link.kind) for link in article.related] == [(_EMBED_TITLE, _EMBED_URL, "read-also")]


def test_a_real_quotation_with_a_link_stays() -> None:
    quote = (
        "<blockquote><p>«لن نسمح باستغلال الظروف الجوية لرفع الأسعار على المواطنين، وسنتابع الأسواق يوميا»، "
        'قال مدير التموين في <a href="https://sahil-news.example/tamween/">بيان</a> صدر صباح اليوم.</p></blockquote>'
    )
    article = _one(_page(quote))
    assert any("لن نسمح باستغلال الظروف الجوية" in paragraph for paragraph in article.paragraphs)
    assert all(link.url != "https://sahil-news.example/tamween/" for link in article.related)
