"""pages19: an Instagram embed's credit line is no paragraph of the story: joined to the post's caption as a tweet's
credit is, or left out with no caption."""

from __future__ import annotations

import pytest

from newstui.model import RawDocument
from newstui.parse import parse_document

# Text written for these tests.
_BEFORE = "احتفل جمهور النادي مساء أمس بالفوز في المباراة النهائية، وامتلأت شوارع المدينة بالمشجعين حتى منتصف الليل."
_AFTER = "ومن المقرر أن يستقبل رئيس البلدية اللاعبين صباح الغد في ساحة المدينة احتفالاً باللقب."
_POST = "https://www.instagram.com/p/Zx12/"


def _paragraphs(embed: str) -> list[str]:
    page = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>فرحة بالكأس</title></head>'
        f"<body><article><h1>فرحة بالكأس في شوارع المدينة</h1><div class='article-body'><p>{_BEFORE}</p>{embed}"
        f"<p>{_AFTER}</p></div></article></body></html>"
    )
    (article,) = parse_document(RawDocument("cup.html", page.encode(), "text/html"))
    return list(article.paragraphs)


@pytest.mark.parametrize(
    "credit",
    [
        f'<p><a href="{_POST}">منشور تمت مشاركته بواسطة نادي النجوم الرياضي (@nujoum.club)</a></p>',
        f'<p><a href="{_POST}">A post shared by Nujoum Club (@nujoum.club)</a></p>',
        '<p style="margin:0">تمت مشاركة منشور بواسطة <a href="https://www.instagram.com/nujoum.club/">نادي النجوم'
        '</a> (@nujoum.club) في <time datetime="2026-11-30T20:00:00+00:00">30 نوفمبر 2026</time></p>',
    ],
    ids=["arabic", "english", "arabic-dated"],
)
def test_credit_without_caption_left_out(credit: str) -> None:
    embed = (
        f'<blockquote class="instagram-media" data-instgrm-permalink="{_POST}"><div><a href="{_POST}">'
        f"<div>عرض هذا المنشور على Instagram</div></a>{credit}</div></blockquote>"
    )
    assert _paragraphs(embed) == [_BEFORE, _AFTER]


def test_label_in_a_paragraph_left_out() -> None:
    embed = (
        f'<blockquote class="instagram-media"><p><a href="{_POST}">View this post on Instagram</a></p>'
        f'<p><a href="{_POST}">A post shared by Nujoum Club (@nujoum.club)</a></p></blockquote>'
    )
    assert _paragraphs(embed) == [_BEFORE, _AFTER]


def test_credit_joined_to_the_caption() -> None:
    caption = "الكأس عادت إلى بيتها بعد غياب عشر سنوات، شكراً لكل من ساندنا."
    embed = (
        f'<blockquote class="instagram-media" data-instgrm-captioned><div><a href="{_POST}">View this post on'
        f' Instagram</a><p><a href="{_POST}">{caption}</a></p><p>A post shared by <a href="https://www.instagram.com'
        '/nujoum.club/">Nujoum Club</a> (@nujoum.club) on <time datetime="2026-11-30T20:00:00+00:00">Nov 30, 2026'
        " at 12:00pm PST</time></p></div></blockquote>"
    )
    assert _paragraphs(embed) == [
        _BEFORE,
        f"{caption} — Nujoum Club (@nujoum.club) on Nov 30, 2026 at 12:00pm PST",
        _AFTER,
    ]


def test_a_quote_saying_so_stays() -> None:
    """A story's own blockquote (no Instagram embed) keeps a line that reads like a credit."""
    line = "A post shared by Nujoum Club (@nujoum.club) drew ten thousand replies."
    assert _paragraphs(f"<blockquote><p>{line}</p></blockquote>") == [_BEFORE, line, _AFTER]
