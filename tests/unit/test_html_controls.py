"""A control character in an HTML page (raw or as ``&#8;``) no longer costs the page its lists, tables and quotes:
the tree is made XML-safe before extraction, the control shown as its picture."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html
from newstui.text.sanitize import xml_safe

_PAGE = """<!doctype html><html lang="ar" dir="rtl"><head><title>مشروع السكك الحديدية | موقع الأخبار</title></head>
<body><article><h1>الحكومة تعلن المرحلة الثانية من مشروع السكك الحديدية</h1>
<p>أعلنت الحكومة اليوم{lead} إطلاق المرحلة الثانية من مشروع السكك الحديدية الذي يربط المدن الساحلية بالداخل.</p>
<p>وتشمل المرحلة الجديدة عدة محطات رئيسية، وفق ما جاء في البيان الرسمي الصادر عن وزارة النقل.</p>
<ul><li>محطة الميناء الشمالي وتضم ثلاثة أرصفة</li><li>محطة وسط المدينة{item} قرب السوق القديم</li>
<li>محطة المطار الدولي مع موقف للسيارات</li></ul>
<blockquote>هذا المشروع يختصر زمن الرحلة إلى النصف ويخدم ملايين الركاب سنويا</blockquote>
<table><tr><td>المرحلة</td><td>الطول</td></tr><tr><td>الأولى</td><td>120 كم</td></tr></table>
<p>ومن المتوقع أن تبدأ الأعمال مطلع العام المقبل وتستمر ثلاث سنوات بحسب الجدول الزمني المعلن.</p>
<div hidden title="ملاحظة{attr}">{hidden}</div>
</article></body></html>"""


def _page(**controls: str) -> str:
    return _PAGE.format(**{"lead": "", "item": "", "attr": "", "hidden": "", **controls})


def _paragraphs(page: str) -> list[str]:
    (article, *_) = parse_html(page, origin="p.html")
    return article.paragraphs


@pytest.mark.parametrize(
    ("where", "control", "shown"),
    [
        ("lead", "\x08", "\u2408"),
        ("lead", "&#8;", "\u2408"),
        ("lead", "&#x1b;", "\u241b"),
        ("lead", "&#1;", "\u2401"),
        ("item", "&#27;", "\u241b"),
        ("item", "\x1b", "\u241b"),
        ("attr", "&#8;", None),
        ("hidden", "&#8;", None),
        ("lead", "&#xFFFF;", "\ufffd"),
    ],
)
def test_a_control_keeps_the_pages_lists_tables_and_quotes(where: str, control: str, shown: str | None) -> None:
    clean = _paragraphs(_page())
    got = _paragraphs(_page(**{where: control}))
    assert len(got) >= len(clean)  # (a hidden element's lone control is a paragraph of its picture, as its text is)
    assert any("محطة المطار الدولي" in text for text in got)
    assert any("يختصر زمن الرحلة" in text for text in got)
    if shown is not None:
        assert any(shown in text for text in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\x08b", "a\u2408b"),
        ("\x1b[31m", "\u241b[31m"),
        ("tab\tnl\ncr\r", "tab\tnl\ncr\r"),
        ("\ufffe", "\ufffd"),
        ("سطر\x0bسطر\x0cسطر", "سطر\nسطر\nسطر"),
    ],
)
def test_xml_safe(text: str, expected: str) -> None:
    assert xml_safe(text) == expected


def test_a_vertical_tab_in_a_page_is_a_line_break_not_a_picture() -> None:
    """A word processor's line break (``\\x0b``) between two sentences reads as the break it is, as in a text
    file, while the page's list is still read."""
    got = _paragraphs(_page(lead=" أمس.\x0bوأضاف"))
    assert not any("\u240b" in text for text in got)
    assert any("أمس. وأضاف" in text or "أمس.\nوأضاف" in text for text in got)
    assert any("محطة المطار الدولي" in text for text in got)
