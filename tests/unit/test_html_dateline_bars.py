"""A date line under an HTML page's headline written date first, a bar, then the writer or the desk
(our own pages, written for these tests)."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html

LEAD = "أقر مجلس المدينة في جلسته المسائية ميزانية جديدة لتأهيل الحدائق العامة في الأحياء الشرقية بعد نقاش طويل."
STORY = (
    LEAD,
    "وقال رئيس المجلس إن أعمال التأهيل ستبدأ مطلع الشهر المقبل وتشمل زراعة الأشجار وتركيب مقاعد جديدة للزوار.",
    "ومن المنتظر أن تنتهي المرحلة الأولى من المشروع قبل حلول فصل الصيف وفق الجدول الذي أعلنه المجلس.",
)
HEADLINE = "مجلس المدينة يقر ميزانية الحدائق العامة"


def _page(heading: str, line: str) -> str:
    """An old-style page: a menu, the headline in ``heading``, ``line`` under it, the story's paragraphs."""
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    return (
        '<html dir="rtl"><head><meta charset="utf-8">'
        f"<title>{HEADLINE} - صوت الوادي</title></head><body>"
        "<table><tr><td><a href='/'>صوت الوادي</a></td><td><a href='/local'>محليات</a></td></tr></table>"
        f"<{heading}>{HEADLINE}</{heading}>{line}{paragraphs}"
        "<hr><small>جميع الحقوق محفوظة لصوت الوادي</small></body></html>"
    )


@pytest.mark.parametrize("heading", ["h1", "h2"])
@pytest.mark.parametrize(
    ("line", "published", "author"),
    [
        ("<p>نشر في 2026/03/03 | المحرر المحلي</p>", "2026-03-03", None),
        ("<p>3 مارس 2026 | فريق التحرير</p>", "2026-03-03", None),
        ("<p>الثلاثاء 3 مارس 2026 · مراسل الموقع في الشمال</p>", "2026-03-03", None),
        ("<p>Published 3 March 2026 | Staff Writer</p>", "2026-03-03", None),
    ],
)
def test_date_then_desk_is_the_date_not_a_paragraph(heading: str, line: str, published: str, author: None) -> None:
    """A date, a bar and a desk or a job title with no person's name: the date, no author, no paragraph."""
    article = parse_html(_page(heading, line), origin="page.html")[0]
    assert article.title == HEADLINE
    assert (article.published, article.author) == (published, author)
    assert article.paragraphs == STORY


@pytest.mark.parametrize(
    "line",
    [
        "<p>3 مارس 2026 | القاهرة</p>",  # a place, not a desk: no byline, stays as written
        "<p>3 مارس 2026 | المحرر يكتب عن الحدائق العامة في المدينة</p>",  # a sentence after the bar
    ],
)
def test_date_then_other_words_is_no_byline(line: str) -> None:
    """What follows the bar is neither a byline nor a desk: the line is not read as one."""
    article = parse_html(_page("h1", line), origin="page.html")[0]
    assert article.author is None
    assert article.paragraphs[0] != LEAD


@pytest.mark.parametrize("heading", ["h1", "h2"])
@pytest.mark.parametrize(
    ("line", "published", "author"),
    [
        ("<font size='2'>نشر في 2026/03/03</font>", "2026-03-03", None),
        ("<font size='2'>الثلاثاء 3 مارس 2026</font>", "2026-03-03", None),
        ("<font size='2'>3 مارس 2026 | كتب: هالة النمر</font>", "2026-03-03", "هالة النمر"),
        ("<div>نشر في 2026/03/03 | المحرر المحلي</div>", "2026-03-03", None),
        ("<span>كتب: هالة النمر | 3 مارس 2026</span><br>", "2026-03-03", "هالة النمر"),
        ("نشر في 2026/03/03<br>", "2026-03-03", None),  # text right after the heading
    ],
)
def test_line_under_the_headline_outside_paragraphs(heading: str, line: str, published: str, author: str) -> None:
    """A dateline or byline under the headline in an element the extractor leaves out (an old page's
    ``<font>``, a ``<div>``, bare text) gives the date and author all the same, as a ``<p>`` one does."""
    article = parse_html(_page(heading, line), origin="page.html")[0]
    assert article.title == HEADLINE
    assert (article.published, article.author) == (published, author)
    assert article.paragraphs == STORY


def test_line_under_a_wrapped_headline() -> None:
    """A headline alone in its wrapper (``<td><h2>…</h2></td>``): the line in the next one is read."""
    page = _page("h2", "").replace(
        f"<h2>{HEADLINE}</h2>",
        f"<table><tr><td><h2>{HEADLINE}</h2></td></tr>"
        "<tr><td><font size='1'>نشر في 2026/03/03</font></td></tr></table>",
    )
    article = parse_html(page, origin="page.html")[0]
    assert (article.title, article.published) == (HEADLINE, "2026-03-03")


@pytest.mark.parametrize(
    "line",
    [
        "<font size='2'>المجلس يخصص 2026 شجرة جديدة للحدائق</font>",  # a kicker with a number: no date
        "<font size='2'>3 مارس 2026 | القاهرة</font>",
    ],
)
def test_other_line_under_the_headline_gives_nothing(line: str) -> None:
    """A line under the headline that is no byline or dateline gives no date or author."""
    article = parse_html(_page("h2", line), origin="page.html")[0]
    assert (article.published, article.author) == (None, None)
