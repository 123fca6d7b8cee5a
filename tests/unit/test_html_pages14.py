"""A lead above a named body, breaks and kickers in headlines, captions and links, credit lines (our own pages)."""

from __future__ import annotations

from typing import Final

import pytest
from lxml import html

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.html_links import element_text

_HEADLINE: Final = "تراجع أسعار الخضار في أسواق الجملة مع وفرة الإنتاج"
_LEAD: Final = (
    "تراجعت أسعار معظم أصناف الخضار في أسواق الجملة خلال الأسبوع الحالي بنسب تراوحت بين عشرة وثلاثين بالمئة،"
    " مع دخول إنتاج المناطق الساحلية إلى الأسواق."
)
_BODY: Final = (
    "وقال تجار في سوق الهال المركزي إن سعر كيلو البندورة انخفض إلى النصف تقريباً مقارنة بالأسبوع الماضي.",
    "وأضافوا أن الطلب ما زال ضعيفاً رغم انخفاض الأسعار، بسبب تراجع القدرة الشرائية للأسر.",
    "ويتوقع التجار أن تستمر الأسعار في الانخفاض حتى نهاية الشهر مع ذروة موسم القطاف.",
)


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="x")
    return article


def _story(top: str, body: str = 'class="entry-content"', *, header: bool = False, title: str = _HEADLINE) -> str:
    """A story page: the headline, ``top`` under it (in the article's ``<header>`` with it when ``header``), then the
    body element (its attributes ``body``) holding the story's paragraphs."""
    paragraphs = "".join(f"<p>{text}</p>" for text in _BODY)
    head = f"<header><h1>{_HEADLINE}</h1>{top}</header>" if header else f"<h1>{_HEADLINE}</h1>{top}"
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        "<div class='menu'><a href='/'>الرئيسية</a> <a href='/eco'>اقتصاد</a></div>"
        f"<article>{head}<div {body}>{paragraphs}</div></article></body></html>"
    )


# Finding 9: the lead between the headline and a body trafilatura takes alone.

_NAMED_BODIES: Final = (
    'class="entry-content"',
    'class="article-body"',
    'class="post-content"',
    'itemprop="articleBody"',
    'class="content"',
    'class="story-body"',
)


@pytest.mark.parametrize("body", _NAMED_BODIES)
@pytest.mark.parametrize("lead", [f'<p class="excerpt">{_LEAD}</p>', f"<p><strong>{_LEAD}</strong></p>"])
def test_the_lead_above_the_body_is_the_first_paragraph(body: str, lead: str) -> None:
    article = _parse(_story(lead, body))
    assert article.paragraphs == (_LEAD, *_BODY)


def test_the_lead_in_the_article_header_over_key_points_and_a_byline() -> None:
    top = (
        f'<p class="lead">{_LEAD}</p><div class="key-points"><h4>نقاط رئيسية</h4><ul><li>الأسعار تراجعت</li>'
        '<li>الطلب ضعيف</li></ul></div><div class="meta">بقلم: يوسف الزين | 27 نوفمبر 2026</div>'
    )
    article = _parse(_story(top, 'class="article-body"', header=True))
    assert article.paragraphs[0] == _LEAD
    assert article.paragraphs[1:] == _BODY
    assert article.published == "2026-11-27"


def test_the_lead_under_a_subtitle_and_a_date() -> None:
    top = (
        '<h2 class="article-subhead">التجار يتوقعون استمرار التراجع</h2>'
        f'<div class="date">الأحد 29 نوفمبر 2026</div><p>{_LEAD}</p>'
    )
    assert _parse(_story(top)).paragraphs == (_LEAD, *_BODY)


@pytest.mark.parametrize(
    "top",
    [
        '<p class="article-subhead">تراجعت أسعار معظم أصناف الخضار في أسواق الجملة خلال الأسبوع الحالي.</p>',
        '<p class="kicker">تراجعت أسعار معظم أصناف الخضار في أسواق الجملة خلال الأسبوع الحالي.</p>',
        "<p>التجار يتوقعون استمرار التراجع حتى نهاية الشهر مع ذروة القطاف</p>",  # no sentence: a subtitle
        "<p>الأسعار تتراجع بوضوح.</p>",  # too short for a lead
        '<p><a href="/n/1">تراجعت أسعار معظم أصناف الخضار في أسواق الجملة خلال الأسبوع الحالي.</a></p>',
        '<p class="byline">بقلم: يوسف الزين، مراسل الشؤون الاقتصادية في العاصمة منذ عشر سنوات.</p>',
        '<div class="share"><p>شارك هذا الخبر مع أصدقائك على مواقع التواصل الاجتماعي كلها الآن.</p></div>',
    ],
    ids=["subtitle-class", "kicker-class", "no-full-stop", "short", "link", "byline", "share-bar"],
)
def test_no_lead_is_taken_from_what_is_none(top: str) -> None:
    assert _parse(_story(top)).paragraphs == _BODY


def test_an_excerpt_the_body_opens_with_is_not_given_twice() -> None:
    page = _story(f'<p class="excerpt">{_BODY[0]}</p>')
    assert _parse(page).paragraphs == _BODY


@pytest.mark.parametrize("cut", ["…", "...", " [&hellip;]"])
def test_a_teaser_cut_short_is_no_lead(cut: str) -> None:
    """A teaser of the body's opening, cut with an ellipsis: the body's opening again, not a lead."""
    page = _story(f'<p class="excerpt">{" ".join(_BODY[0].split()[:10])}{cut}</p>')
    assert _parse(page).paragraphs == _BODY


def test_an_excerpt_longer_than_the_body_opening_is_not_given_twice() -> None:
    page = _story(f'<p class="excerpt">{_BODY[0]} وأضافوا أن الطلب ضعيف.</p>')
    assert _parse(page).paragraphs == _BODY


def test_a_sentence_of_the_site_header_is_no_lead() -> None:
    """The site's logo ``<h1>`` in the page's header over its tagline: not the story's headline nor lead."""
    paragraphs = "".join(f"<p>{text}</p>" for text in _BODY)
    page = (
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الأفق</title>'
        f'<meta property="og:title" content="{_HEADLINE}"></head><body>'
        "<nav><h1>صحيفة الأفق</h1><p>صحيفة يومية مستقلة تصدر كل صباح من العاصمة منذ ثلاثين عاماً بلا انقطاع.</p></nav>"
        f'<div class="post-content">{paragraphs}</div></body></html>'
    )
    assert _parse(page).paragraphs == _BODY


# Finding 8: a <br> or a kicker inside a headline, a caption or a link.

_H1_LINE: Final = "ارتفاع حركة المسافرين في مطار المدينة الدولي"
_AIRPORT: Final = (
    "قالت هيئة الطيران المدني إن حركة المسافرين في مطار المدينة الدولي ارتفعت بنسبة 18 بالمئة خلال نوفمبر.",
    "وأضافت الهيئة أن شركات طيران جديدة بدأت تسيير رحلات منتظمة إلى المطار.",
)


def _airport(h1: str, *, head: str = "", title: str = "صحيفة الأفق", more: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in _AIRPORT)
    return (
        f'<html lang="ar"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
        f"<article><h1>{h1}</h1>{paragraphs}{more}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("", "صحيفة الأفق"),
        ("", f"{_H1_LINE} - صحيفة الأفق"),
        (f'<meta property="og:title" content="{_H1_LINE}">', "صحيفة الأفق"),
    ],
    ids=["h1", "title", "og-title"],
)
def test_a_headline_broken_with_br_is_one_line_and_no_paragraph(head: str, title: str) -> None:
    article = _parse(_airport("ارتفاع حركة المسافرين<br>في مطار المدينة الدولي", head=head, title=title))
    assert article.title == _H1_LINE
    assert article.paragraphs == _AIRPORT


def test_a_kicker_span_in_the_headline_is_a_word_apart() -> None:
    article = _parse(_airport(f'<span class="kicker">عاجل</span>{_H1_LINE}'))
    assert article.title == f"عاجل {_H1_LINE}"
    assert article.paragraphs == _AIRPORT


def test_a_caption_broken_with_br_keeps_its_words_apart() -> None:
    figure = (
        '<figure><img src="/m.jpg"><figcaption>قاعة الأزياء التقليدية في المتحف<br>تصوير: ريم حداد</figcaption>'
        "</figure>"
    )
    page = _airport(_H1_LINE).replace(f"<p>{_AIRPORT[1]}</p>", f"{figure}<p>{_AIRPORT[1]}</p>")
    article = _parse(page)
    assert "قاعة الأزياء التقليدية في المتحف تصوير: ريم حداد" in article.paragraphs


def test_a_related_link_broken_with_br_or_opened_by_a_label() -> None:
    related = (
        '<div class="related"><h3>أخبار ذات صلة</h3><ul>'
        '<li><a href="/n/1">ترميم السوق القديم<br>يدخل مرحلته الأخيرة</a></li>'
        '<li><a href="/n/2"><span class="cat">ثقافة</span>مهرجان الموسيقى التراثية يعود</a></li></ul></div>'
    )
    titles = [link.title for link in _parse(_airport(_H1_LINE, more=related)).related]
    assert titles == ["ترميم السوق القديم يدخل مرحلته الأخيرة", "ثقافة مهرجان الموسيقى التراثية يعود"]


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<h1>ال<b>مدينة</b> القديمة</h1>", "المدينة القديمة"),  # inline markup inside a word stays joined
        ('<h1>سعر <span class="num">18</span>، ثم</h1>', "سعر 18، ثم"),  # a classed span before a comma: no space
        ("<h1>أ<!-- c -->ب</h1>", "أب"),
        ("<h1>سطر<br>ثان</h1>", "سطر ثان"),
        ('<h1><span class="label">عاجل</span>خبر</h1>', "عاجل خبر"),  # a label's class (pages14b: not any class)
        ("<div><p>فقرة</p><p>ثانية</p></div>", "فقرة ثانية"),
    ],
)
def test_element_text_spaces(markup: str, text: str) -> None:
    root = html.fragment_fromstring(markup, parser=html.HTMLParser(remove_comments=False))
    assert element_text(root) == text


# Finding 1: a date line under a one-line subtitle; finding 2: a label and a date in two spans.

_SUBTITLE: Final = "التجار يتوقعون استمرار التراجع حتى نهاية الشهر"


@pytest.mark.parametrize(
    ("credits", "author", "published"),
    [
        ('<div class="date">نشر في 29 نوفمبر 2026</div>', None, "2026-11-29"),
        ('<div class="article-dates"><span class="sr">نُشر في</span><span>29/11/2026</span></div>', None, "2026-11-29"),
        (
            '<p class="byline">بقلم: سامر حداد</p><div class="date">الأحد 29 نوفمبر 2026 - 10:30 ص</div>',
            "سامر حداد",
            "2026-11-29T10:30:00",
        ),
    ],
    ids=["date", "label-span", "byline-and-date"],
)
@pytest.mark.parametrize("tag", ["p", "h2"])
def test_a_date_line_under_a_subtitle_is_no_paragraph(
    credits: str, author: str | None, published: str, tag: str
) -> None:
    top = f'<{tag} class="article-subhead">{_SUBTITLE}</{tag}>{credits}'
    paragraphs = "".join(f"<p>{text}</p>" for text in _BODY)
    page = (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_HEADLINE}</title></head><body><main>'
        f'<div class="article-header"><h1>{_HEADLINE}</h1>{top}</div><div class="wysiwyg">{paragraphs}</div>'
        "</main></body></html>"
    )
    article = _parse(page)
    assert article.paragraphs == (_SUBTITLE, *_BODY)
    assert (article.author, article.published) == (author, published)


def test_a_sentence_over_a_date_line_is_the_lead() -> None:
    """A first paragraph with its full stop is no subtitle: the date line under it stays where it is."""
    lead = "تراجعت الأسعار هذا الأسبوع."
    page = _story(f'<p>{lead}</p><div class="date">نشر في 29 نوفمبر 2026</div>', 'class="content"')
    assert _parse(page).paragraphs[:2] == (lead, "نشر في 29 نوفمبر 2026")


@pytest.mark.parametrize(
    "spans",
    [
        "<span>نشر في</span><span>29 نوفمبر 2026</span>",
        "<span>نُشر في</span><span>الأحد 29 نوفمبر 2026</span>",
        "<span>نشر في:</span><span>29 نوفمبر 2026</span>",
    ],
)
def test_a_label_and_a_date_in_two_spans(spans: str) -> None:
    page = _story(f'<div class="article-dates">{spans}</div>', 'class="content"')
    article = _parse(page)
    assert article.published == "2026-11-29"
    assert article.paragraphs == _BODY


# Finding 4: a wire dateline alone over the lead; finding 12: a double-escaped og:title.

_WIRE_LEAD: Final = "بدأت أمانة المنطقة الشرقية تنفيذ المرحلة الأولى من مشروع تطوير الواجهة البحرية بطول ستة كيلومترات."
_WIRE_MORE: Final = "وأوضح أمين المنطقة أن المشروع يهدف إلى رفع جودة الحياة وزيادة المساحات المفتوحة للسكان."


def _wire(first: str) -> str:
    return (
        '<html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>أمانة المنطقة تبدأ تطوير الواجهة البحرية</title>'
        "</head><body><article><h1>أمانة المنطقة تبدأ تطوير الواجهة البحرية</h1>"
        f"{first}<p>{_WIRE_LEAD}</p><p>{_WIRE_MORE}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "agency"),
    [("الدمام - واس", "واس"), ("القاهرة - أ ش أ", "أ ش أ"), ("عمّان – بترا", "بترا"), ("الرياض (واس)", "واس")],
)
def test_a_wire_dateline_alone_over_the_lead_is_the_attribution(line: str, agency: str) -> None:
    article = _parse(_wire(f"<p>{line}</p>"))
    assert article.attribution == agency
    assert article.paragraphs == (line, _WIRE_LEAD, _WIRE_MORE)


def test_a_wire_dateline_in_an_old_page_of_breaks() -> None:
    page = (
        '<html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>أمانة المنطقة تبدأ تطوير الواجهة البحرية</title>'
        "</head><body><h1>أمانة المنطقة تبدأ تطوير الواجهة البحرية</h1>"
        f"<div>الدمام - واس<br><br>{_WIRE_LEAD}<br><br>{_WIRE_MORE}</div></body></html>"
    )
    assert _parse(page).attribution == "واس"


@pytest.mark.parametrize("line", ["القاهرة - مصر", "الدمام - سامر حداد", "أخبار المنطقة الشرقية"])
def test_a_place_and_no_agency_gives_no_attribution(line: str) -> None:
    assert _parse(_wire(f"<p>{line}</p>")).attribution is None


@pytest.mark.parametrize(
    ("og_title", "title"),
    [
        ("&amp;#8220;الصحة&amp;#8221; تحذر من موجة إنفلونزا مبكرة", "“الصحة” تحذر من موجة إنفلونزا مبكرة"),
        ("&amp;quot;الصحة&amp;quot; تحذر من موجة إنفلونزا مبكرة", '"الصحة" تحذر من موجة إنفلونزا مبكرة'),
        ("الصحة &amp;amp; البيئة: تحذير من موجة إنفلونزا مبكرة", "الصحة & البيئة: تحذير من موجة إنفلونزا مبكرة"),
        ("الصحة &amp; البيئة: تحذير من موجة إنفلونزا مبكرة", "الصحة & البيئة: تحذير من موجة إنفلونزا مبكرة"),
        ("&amp;#x201C;الصحة&amp;#x201D; تحذر من موجة إنفلونزا مبكرة", "“الصحة” تحذر من موجة إنفلونزا مبكرة"),
    ],
)
def test_a_double_escaped_og_title(og_title: str, title: str) -> None:
    page = (
        '<html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>موقع الخبر اليقين</title>'
        f'<meta property="og:title" content="{og_title}"></head><body><article>'
        f"<p>{_WIRE_LEAD}</p><p>{_WIRE_MORE}</p></article></body></html>"
    )
    assert _parse(page).title == title
