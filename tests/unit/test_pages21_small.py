"""HTML pages, smaller findings of audit pages21 (#9): (a) a share row under a ``<br>`` body is no paragraph;
(b) a video page's only date, its VideoObject ``uploadDate``, dates it with its time of day; (c) the next-post
link is titled by the post's headline without its label; (d) JSON-LD ``keywords`` are the keywords when the page
has no others.

Original pages written for these tests.
"""

from __future__ import annotations

import json
from typing import Final

import pytest

from newstui.parse.html import parse_html
from newstui.parse.html_links import pager_link_title

URL: Final = "https://nakheel-news.example/2026/10/04/dates-harvest/"
_TEXT: Final = (
    "بدأ مزارعو النخيل في الواحة موسم جني التمور مبكرا هذا العام بعد صيف شديد الحرارة.",
    "ويتوقع المزارعون إنتاجا وفيرا من الأصناف الفاخرة التي يزداد الطلب عليها في الأسواق الخارجية.",
    "وقالت الجمعية التعاونية إنها وفرت برادات جديدة لحفظ المحصول قبل تصديره.",
)


def test_a_share_row_under_a_br_body_is_no_paragraph() -> None:
    page = (
        '<html dir="rtl"><head><meta charset="utf-8"><title>موسم التمور - أخبار النخيل</title></head><body>'
        "<div class='news-details'><h1 class='news-title'>مزارعو النخيل يبدؤون موسم جني التمور</h1>"
        "<div class='news-body'>\n" + "<br><br>\n".join(_TEXT) + "<br><br>\n</div>"
        "<div class='share'>شارك: <a href='#'>فيسبوك</a> | <a href='#'>تويتر</a> | <a href='#'>واتساب</a></div>"
        "</div></body></html>"
    )
    (article,) = parse_html(page, origin=URL, url=URL)
    assert article.paragraphs == _TEXT


def _video_page(data: object) -> str:
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>فيديو | جني التمور</title>'
        f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script></head><body><main>'
        f"<h1>لحظات من موسم جني التمور في الواحة</h1><div class='video-description'><p>{_TEXT[0]}</p></div>"
        "</main></body></html>"
    )


def test_a_video_pages_upload_date_dates_it() -> None:
    data = {"@context": "https://schema.org", "@type": "VideoObject", "name": "جني التمور"}
    data["uploadDate"] = "2026-10-04T17:30:00+03:00"
    (article,) = parse_html(_video_page(data), origin=URL, url=URL)
    assert article.published == "2026-10-04T17:30:00+03:00"


def test_a_video_a_story_embeds_gives_no_date() -> None:
    video = {"@type": "VideoObject", "name": "جني التمور", "uploadDate": "2025-01-02T08:00:00+03:00"}
    data = {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "جني التمور"}, video]}
    (article,) = parse_html(_video_page(data), origin=URL, url=URL)
    assert article.published != "2025-01-02T08:00:00+03:00"


@pytest.mark.parametrize(
    ("anchor", "title"),
    [
        ("المقالة التالية: انقطاع المياه عن حي النخيل", "انقطاع المياه عن حي النخيل"),
        ("Next post: Water cuts in the old town", "Water cuts in the old town"),
        ("الصفحة التالية »", "الصفحة التالية"),
        ("المقالة التالية", "المقالة التالية"),
    ],
)
def test_a_next_links_label_is_no_part_of_its_title(anchor: str, title: str) -> None:
    assert pager_link_title(anchor) == title


def test_the_next_post_link_is_titled_by_its_headline() -> None:
    page = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>موسم التمور</title></head>'
        "<body><main><article><h1>مزارعو النخيل يبدؤون موسم جني التمور</h1>"
        + "".join(f"<p>{text}</p>" for text in _TEXT)
        + "</article><nav class='navigation post-navigation'><div class='nav-next'>"
        "<a href='/2026/10/05/water/' rel='next'>المقالة التالية: انقطاع المياه عن حي النخيل</a></div></nav>"
        "</main></body></html>"
    )
    (article,) = parse_html(page, origin=URL, url=URL)
    assert [(link.title, link.url) for link in article.related] == [
        ("انقطاع المياه عن حي النخيل", "https://nakheel-news.example/2026/10/05/water/")
    ]


@pytest.mark.parametrize("keywords", [["التمور", "النخيل", "الواحة"], "التمور, النخيل, الواحة"])
def test_jsonld_keywords_are_the_keywords_when_the_page_has_none(keywords: object) -> None:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "جني التمور", "keywords": keywords}
    page = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>موسم التمور</title>'
        f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script></head>'
        "<body><main><article><h1>مزارعو النخيل يبدؤون موسم جني التمور</h1>"
        + "".join(f"<p>{text}</p>" for text in _TEXT)
        + "</article></main></body></html>"
    )
    (article,) = parse_html(page, origin=URL, url=URL)
    assert article.keywords == ("التمور", "النخيل", "الواحة")


def test_meta_keywords_come_before_jsonld_ones() -> None:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "جني التمور", "keywords": ["أ ب"]}
    page = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>موسم التمور</title>'
        '<meta name="keywords" content="تمور">'
        f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script></head>'
        "<body><main><article><h1>مزارعو النخيل يبدؤون موسم جني التمور</h1>"
        + "".join(f"<p>{text}</p>" for text in _TEXT)
        + "</article></main></body></html>"
    )
    (article,) = parse_html(page, origin=URL, url=URL)
    assert article.keywords == ("تمور",)
