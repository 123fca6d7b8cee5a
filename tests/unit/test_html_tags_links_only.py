"""A page whose tags element holds links alone, no label, opens (it crashed the parser): the links give no tags.

Every page here is written for these tests; each failed before the change it covers.
"""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html

HEADLINE = "محافظ المدينة يتفقد أعمال تطوير منطقة السوق القديم"
PARAGRAPHS = (
    "تفقد محافظ المدينة صباح اليوم أعمال تطوير منطقة السوق القديم التي تشمل رصف الشوارع وترميم الواجهات.",
    "وقال المحافظ إن المشروع يهدف إلى إعادة الحياة إلى السوق وجذب الزوار إليه طوال أيام الأسبوع.",
    "وأضاف أن الأعمال ستنتهي قبل نهاية العام الجاري وفق الجدول الزمني الذي وضعته الجهات المنفذة.",
)


def _page(tags: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (
        '<html><head><meta charset="utf-8"><title>الموقع</title></head><body><article>'
        f"<h1>{HEADLINE}</h1>{body}{tags}</article></body></html>"
    )


@pytest.mark.parametrize(
    "tags",
    [
        '<div class="news-tags"><a href="/tags/1">السوق</a> <a href="/tags/2">التطوير</a></div>',
        '<div class="hashtags"><a href="/tag/a">#المدينة</a> <a href="/tag/b">#السوق_القديم</a></div>',
        '<ul class="post-tags"><li>السوق</li><li>التطوير</li></ul>',
    ],
)
def test_a_tags_element_of_links_alone_opens_the_page(tags: str) -> None:
    (article,) = parse_html(_page(tags), origin="test.html")
    assert article.title == HEADLINE
    assert article.paragraphs == PARAGRAPHS
    assert article.keywords == ()


def test_a_labelled_tags_element_still_gives_its_tags() -> None:
    tags = '<div class="post-tags"><span>الوسوم:</span> <a href="/t/1">السوق</a> <a href="/t/2">التطوير</a></div>'
    (article,) = parse_html(_page(tags), origin="test.html")
    assert article.keywords == ("السوق", "التطوير")
