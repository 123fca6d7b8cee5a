"""A BBC-Arabic-shaped page: its "قصص ذات صلة" section gives related links, and its "Author, …" / "Role, …"
byline names the author and is no text (audit pages42 #7)."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html
from newstui.parse.html_meta import byline_line, is_badge_line

_TITLE = "لماذا تتراجع أعداد النحل في الحقول؟"
_ONE = "يلاحظ مربو النحل في مناطق زراعية كثيرة تراجعا واضحا في أعداد الخلايا منذ بداية الموسم الحالي هذا العام."
_TWO = "ويرجح باحثون أن يكون الاستخدام المفرط للمبيدات وتغير مواعيد الإزهار من أبرز أسباب هذا التراجع."
_THREE = "وتدعو جمعيات المزارعين إلى برامج دعم عاجلة تساعد المربين على تعويض خسائرهم وحماية الخلايا الباقية."


def _page(heading: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_TITLE}</title>'
        '<meta property="og:site_name" content="شبكة الأخبار">'
        '<meta name="article:author" content="https://social.example/news"></head><body><main><article>'
        f'<header><h1 id="content">{_TITLE}</h1></header>'
        '<section aria-labelledby="byline"><p><span id="byline">Author, ليلى منصور</span><br>'
        "<span>Role, شبكة الأخبار - القاهرة</span></p></section>"
        f"<p>{_ONE}</p><p>{_TWO}</p><p>{_THREE}</p></article>"
        f'<section aria-labelledby="related-heading"><h2 id="related-heading">{heading}</h2><ul>'
        '<li><a href="/ar/science-41"><span>كيف تؤثر الحرارة على المحاصيل الصيفية؟</span></a></li>'
        '<li><a href="/ar/science-42"><span>مزارعون يعودون إلى البذور المحلية</span></a></li></ul></section>'
        "</main></body></html>"
    )


@pytest.mark.parametrize("heading", ["قصص ذات صلة", "قصص مقترحة"])
def test_the_related_stories_are_read(heading: str) -> None:
    (article,) = parse_html(_page(heading), origin="page.html", url="https://akhbar.example/ar/science-40")
    assert [link.url for link in article.related] == [
        "https://akhbar.example/ar/science-41",
        "https://akhbar.example/ar/science-42",
    ]


def test_the_labelled_byline_is_the_author_not_text() -> None:
    (article,) = parse_html(_page("قصص ذات صلة"), origin="page.html", url="https://akhbar.example/ar/science-40")
    assert article.author == "ليلى منصور"
    assert article.paragraphs == (_ONE, _TWO, _THREE)


def test_only_a_name_after_the_label_is_a_byline() -> None:
    assert byline_line("Author, ليلى منصور") == ("ليلى منصور", None)
    assert byline_line("Author, this is a long sentence about many things. Really.") is None
    assert is_badge_line("Role, شبكة الأخبار")
    assert not is_badge_line("Roles, and other words in a longer sentence of the story")
