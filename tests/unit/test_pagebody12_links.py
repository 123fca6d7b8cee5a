"""HTML pages: a read-also line wrapped whole in an italic or a bold gives its links (audit pages12, finding 2);
a pager with a bar after its previous page's link is no paragraph (finding 8).

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.html_links import is_pager_line

URL: Final = "https://sahel.example/node/4410"

_STORY: Final = (
    "افتتحت وزارة الزراعة أمس مركزا جديدا لتدريب المزارعين على أساليب الري بالتنقيط في المنطقة الجنوبية.",
    "ويستقبل المركز في دورته الأولى مئة وعشرين مزارعا من القرى المجاورة على مدى ستة أسابيع.",
    "وقال مدير المركز إن الهدف خفض استهلاك المياه في الحقول إلى النصف خلال السنوات الخمس المقبلة.",
)
_FIRST: Final = ("تراجع منسوب السد الجنوبي إلى أدنى مستوى", "/node/4391")
_SECOND: Final = ("المزارعون يطالبون بتأجيل أقساط القروض", "/node/4377")


def _parse(line: str, *, after: str = "") -> Article:
    body = f"<p>{_STORY[0]}</p><p>{_STORY[1]}</p>{line}<p>{_STORY[2]}</p>{after}"
    page = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        "<title>مركز لتدريب المزارعين على الري بالتنقيط | الساحل</title></head><body>"
        "<nav><a href='/'>الرئيسية</a> <a href='/economy'>اقتصاد</a></nav>"
        f"<article><h1>مركز لتدريب المزارعين على الري بالتنقيط</h1><div class='body'>{body}</div></article>"
        "<footer><p>جميع الحقوق محفوظة</p></footer></body></html>"
    )
    (article,) = parse_html(page, origin=URL, url=URL)
    return article


def _link(pair: tuple[str, str]) -> str:
    return f'<a href="{pair[1]}">{pair[0]}</a>'


_TWO: Final = f"اقرأ أيضا: {_link(_FIRST)} و{_link(_SECOND)}."
_ONE: Final = f"اقرأ أيضاً: {_link(_FIRST)}"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (f"<p><em>{_TWO}</em></p>", [_FIRST, _SECOND]),
        (f"<p><b>{_TWO}</b></p>", [_FIRST, _SECOND]),
        (f"<p><strong>{_TWO}</strong></p>", [_FIRST, _SECOND]),
        (f"<p><em>{_ONE}</em></p>", [_FIRST]),
        (f"<p><b>{_ONE}</b></p>", [_FIRST]),
        (f"<p><strong><em>{_ONE}</em></strong></p>", [_FIRST]),
        (f"<p><em>{_ONE}</em>.</p>", [_FIRST]),
        (f"<div><i>{_ONE}</i></div>", [_FIRST]),
    ],
    ids=["em-two", "b-two", "strong-two", "em-one", "b-one", "strong-em-one", "em-full-stop", "div-i"],
)
def test_a_read_also_line_wrapped_whole_gives_its_links(line: str, expected: list[tuple[str, str]]) -> None:
    """The line is no paragraph; each of its links is a read-also link, as without the wrapper."""
    article = _parse(line)
    assert article.paragraphs == _STORY
    assert [(link.title, link.url, link.kind) for link in article.related] == [
        (title, f"https://sahel.example{path}", "read-also") for title, path in expected
    ]


def test_a_sentence_in_italics_ending_with_a_link_stays() -> None:
    """An italic sentence with a link at its end is the story's text, the link in it."""
    line = f"<p><em>وكانت الوزارة قد أعلنت عن المشروع في الربيع الماضي، كما ورد في {_link(_FIRST)}</em></p>"
    article = _parse(line)
    assert len(article.paragraphs) == 4
    assert article.paragraphs[2].endswith(_FIRST[0])
    assert not article.related


@pytest.mark.parametrize(
    "line",
    [
        "« السابقة | صفحة 1 من 2 | التالية »",
        "« الصفحة السابقة | صفحة 2 من 2",
        "السابق - الصفحة 2 من 3 - التالي",
        "‹ Previous | Page 2 of 3 | Next ›",
    ],
)
def test_a_pager_with_a_bar_after_its_previous_link(line: str) -> None:
    assert is_pager_line(line)


@pytest.mark.parametrize(
    "line",
    ["السابقة | صفحة 2 من 3 صفحات في التقرير تناولت المياه.", "صفحة 2 من 3 صفحات في التقرير تناولت المياه."],
)
def test_a_sentence_with_a_page_count_is_no_pager(line: str) -> None:
    assert not is_pager_line(line)


def test_a_pager_line_under_the_story_is_dropped() -> None:
    """The first page's pager: its previous link greyed (no link), then the count and the next page's link."""
    pager = "<div class='pager'>« السابقة | صفحة 1 من 2 | <a href='/node/4410?page=2' rel='next'>التالية »</a></div>"
    article = _parse("", after=pager)
    assert article.paragraphs == _STORY
    assert [link.url for link in article.related] == ["https://sahel.example/node/4410?page=2"]
