"""HTML pages of the pages4 audit: a byline under a headline drawn from the lead, newsletter pleas inside
the story, "By Name, Job title" bylines, an index's "موقع X" suffix, a declared language the text
contradicts, a breadcrumb's section.

Original pages written for these tests, modelled on the audit's (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.html_meta import is_newsletter_plea

_AR_PARAS: Final = (
    "بدأ المزارعون في واحات الجنوب موسم قطف التمور هذا الأسبوع، وسط توقعات بمحصول أوفر من العام الماضي.",
    "وقال رئيس جمعية المزارعين إن أسعار التمور في السوق المحلية بدأت بالانخفاض مع وصول الدفعات الأولى.",
    "ويعمل في الموسم آلاف العمال الموسميين الذين يأتون من المدن الساحلية ويقيمون في الواحات نحو شهرين.",
    "وتشكو بعض الواحات من نقص في مياه الري بسبب تراجع منسوب الآبار، ما دفع السلطات إلى حفر آبار جديدة.",
)
_EN_PARAS: Final = (
    "Councillors have approved plans for a new central library on the site of the former bus depot, ending"
    " years of debate over the future of the city's book lending service.",
    "The scheme, which was backed by 31 votes to 12 at Thursday's full council meeting, includes a children's"
    " floor, a makerspace and a café run by a local charity.",
    "Opposition councillors argued that the £18 million cost should instead be spent on keeping branch"
    " libraries open, three of which closed last year.",
    "Construction is expected to begin next spring, with the library due to open in the autumn of 2028 if"
    " the work runs to schedule.",
)
_EN_TITLE: Final = "Council approves plan for new city library"


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html")
    return article


# F3. A byline under a headline drawn from the lead (no <h1>, a generic <title>) -----------------------


def _br_page(byline: str) -> str:
    """A ``<font>``/table layout: a bold headline, a byline in small type, ``<br><br>`` paragraphs."""
    body = "<br><br>".join(_AR_PARAS)
    return (
        '<html><head><meta charset="utf-8"><title>جريدة النهار الجديد - أخبار</title></head><body>'
        '<table><tr><td><a href="/">الرئيسية</a> | <a href="/local">محليات</a></td></tr><tr><td>'
        '<font size="5"><b>انطلاق موسم قطف التمور في واحات الجنوب</b></font><br>'
        f'<font size="2">{byline}</font><br><br>{body}</td></tr></table></body></html>'
    )


@pytest.mark.parametrize(
    ("byline", "author", "published"),
    [
        ("بقلم: عبد الله بن سالم - 25/11/2026", "عبد الله بن سالم", "2026-11-25"),
        ("بقلم: عبد الله بن سالم", "عبد الله بن سالم", None),
        ("الثلاثاء 25 نوفمبر 2026", None, "2026-11-25"),
    ],
)
def test_byline_under_a_headline_from_the_lead(byline: str, author: str | None, published: str | None) -> None:
    article = _parse(_br_page(byline))
    assert article.title == "انطلاق موسم قطف التمور في واحات الجنوب"
    assert article.author == author
    assert (article.published or "")[:10] == (published or "")
    assert article.paragraphs == _AR_PARAS


def test_one_sentence_page_with_a_headline_from_its_lead_keeps_its_lead() -> None:
    """A page whose one paragraph gave the headline keeps it as its text (the headline is not looked for again)."""
    paragraph = "انقطعت الكهرباء مساء اليوم عن عدة أحياء في العاصمة بسبب عطل في محطة التحويل الرئيسية."
    page = f"<html><head><title>أخبار</title></head><body><div><p>{paragraph}</p></div></body></html>"
    article = _parse(page)
    assert article.paragraphs == (paragraph,)


# F2. A newsletter plea inside the story ---------------------------------------------------------------

_EN_PLEA: Final = (
    "<b>Get the Gazette newsletter</b> – sign up for our free daily email with the top stories from"
    ' Riverside. <a href="/newsletter">Sign up</a>'
)
_AR_PLEA: Final = "<p>لا تفوت أي خبر: سجّل بريدك الإلكتروني في نشرة البلقاء الصباحية مجانا.</p>"


def _en_page(inside: str, byline: str = "By Jane Roe") -> str:
    """A div-soup English story with ``inside`` between its third and fourth paragraphs."""
    paras = [f'<div class="para">{text}</div>' for text in _EN_PARAS]
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{_EN_TITLE} - Riverside Gazette</title></head><body>"
        '<div class="nv"><a href="/">Home</a> <a href="/news">News</a></div><div class="pg"><div class="l">'
        f'<div class="hl">{_EN_TITLE}</div><div class="by">{byline}</div>'
        f'<div class="bd">{"".join(paras[:3])}{inside}{paras[3]}</div></div></div>'
        '<div class="ft">© 2026 Riverside Gazette. All rights reserved.</div></body></html>'
    )


def _ar_page(inside: str) -> str:
    """An Arabic story with ``inside`` between its second and third paragraphs."""
    paras = [f"<p>{text}</p>" for text in _AR_PARAS]
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>انطلاق موسم قطف التمور - البلقاء</title>'
        '</head><body dir="rtl" lang="ar"><article><h1>انطلاق موسم قطف التمور</h1>'
        f"{''.join(paras[:2])}{inside}{''.join(paras[2:])}</article></body></html>"
    )


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(_en_page(f'<div class="promo">{_EN_PLEA}</div>'), id="en-promo"),
        pytest.param(_en_page(f'<div class="newsletter">{_EN_PLEA}</div>'), id="en-newsletter-class"),
        pytest.param(_en_page(f'<div class="box">{_EN_PLEA}</div>'), id="en-words"),
        pytest.param(
            _en_page('<div class="nl-subscribe"><b>The Morning Briefing</b><div>Every weekday at 7am.</div></div>'),
            id="en-subscribe-class",
        ),
        pytest.param(_en_page('<p class="box">Want the top stories in your inbox? Sign up here.</p>'), id="en-inbox"),
    ],
)
def test_english_newsletter_plea_is_not_a_paragraph(page: str) -> None:
    assert _parse(page).paragraphs == _EN_PARAS


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(_ar_page(f'<div class="box">{_AR_PLEA}</div>'), id="ar-words"),
        pytest.param(_ar_page(f'<div class="newsletter-inline">{_AR_PLEA}</div>'), id="ar-class"),
        pytest.param(_ar_page('<div class="box"><p>اشترك في نشرة الصباح ليصلك أهم الأخبار.</p></div>'), id="ar-2"),
    ],
)
def test_arabic_newsletter_plea_is_not_a_paragraph(page: str) -> None:
    assert _parse(page).paragraphs == _AR_PARAS


@pytest.mark.parametrize(
    "text",
    [
        "The newspaper said 20,000 readers signed up for its free email newsletter in the first week.",
        "Readers can sign up for our newsletter at the front desk, the council said.",
        "Get out and vote, the mayor said in an email to residents on Friday.",
        "وقالت الشركة إن أكثر من مليون مشترك سجلوا في نشرتها البريدية خلال العام الماضي.",
        "سجل عدد المشتركين في النشرة البريدية للوزارة ارتفاعا كبيرا هذا العام.",
        "اشترك ألف شخص في النشرة الجديدة خلال يومها الأول.",
    ],
)
def test_news_about_newsletters_stays_text(text: str) -> None:
    assert not is_newsletter_plea(text)
    page = _ar_page(f"<p>{text}</p>") if not text.isascii() else _en_page(f'<div class="para">{text}</div>')
    assert text in _parse(page).paragraphs


@pytest.mark.parametrize(
    "box",
    [
        pytest.param('<div class="promo-inline">{text}</div>', id="promo-not-a-plea"),
        pytest.param('<div class="subscriber-only">{text}</div>', id="subscriber-only"),
    ],
)
def test_story_text_in_a_promo_or_subscriber_box_stays(box: str) -> None:
    text = "The council will publish the full plans on its website next week, a spokesman said on Friday."
    assert text in _parse(_en_page(box.format(text=text))).paragraphs


# F5. "By Name, Job title": the name is the author --------------------------------------------------------


def _credited(byline_element: str, head: str = "") -> str:
    """An English story with ``byline_element`` under its headline and ``head`` in its ``<head>``."""
    paras = "".join(f"<p>{text}</p>" for text in _EN_PARAS)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_EN_TITLE}</title>{head}</head>'
        f"<body><article><h1>{_EN_TITLE}</h1>{byline_element}{paras}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("page", "author"),
    [
        pytest.param(_en_page("", byline="By Jane Roe, Local Democracy Reporter"), "Jane Roe", id="div-by"),
        pytest.param(
            _credited('<div class="byline">By Jane Roe, Local Democracy Reporter</div>'), "Jane Roe", id="byline-class"
        ),
        pytest.param(_credited("<p>By Jane Roe, Local Democracy Reporter</p>"), "Jane Roe", id="paragraph"),
        pytest.param(
            _credited("", head='<meta name="author" content="Jane Roe, Senior Political Correspondent">'),
            "Jane Roe",
            id="meta",
        ),
        pytest.param(
            _credited('<div class="byline">By Ann Miller, Staff Writer</div>'), "Ann Miller", id="staff-writer"
        ),
        pytest.param(_credited('<div class="byline">By Jane Roe</div>'), "Jane Roe", id="name-only"),
    ],
)
def test_byline_with_a_job_title_gives_the_name(page: str, author: str) -> None:
    article = _parse(page)
    assert article.author == author
    assert article.paragraphs == _EN_PARAS


def test_arabic_byline_with_a_job_title_gives_the_name() -> None:
    paras = "".join(f"<p>{text}</p>" for text in _AR_PARAS)
    page = (
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>انطلاق موسم قطف التمور</title></head><body>'
        f"<article><h1>انطلاق موسم قطف التمور</h1><p>بقلم: سارة علي، مراسلة الجزيرة في عمان</p>{paras}</article>"
        "</body></html>"
    )
    article = _parse(page)
    assert article.author == "سارة علي"
    assert article.paragraphs == _AR_PARAS


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("Jane Roe; Local Democracy Reporter", "Jane Roe"),
        ("Jane Roe, Local Democracy Reporter", "Jane Roe"),
        ("Ann Miller, Staff Writer; Bob Stone, Correspondent", "Ann Miller; Bob Stone"),
        ("Ann Miller; Bob Stone", "Ann Miller; Bob Stone"),
        ("Staff Writer", "Staff Writer"),
        ("فريق التحرير الاقتصادي", "فريق التحرير الاقتصادي"),
    ],
)
def test_without_job_titles(names: str, expected: str) -> None:
    from newstui.parse.html_meta import without_job_titles

    assert without_job_titles(names) == expected


def test_two_names_after_by_stay_two_authors() -> None:
    article = _parse(_credited('<div class="byline">By Ann Miller, Bob Stone</div>'))
    assert article.author in ("Ann Miller; Bob Stone", "Ann Miller, Bob Stone")


# F7. An index page's <title> "اقتصاد - موقع المدار" without its site's name ------------------------------

_CARDS: Final = (
    ("sport/camp", "المنتخب الوطني يبدأ معسكره التحضيري في أنطاليا"),
    ("eco/phosphate", "ارتفاع صادرات الفوسفات بنسبة اثني عشر بالمئة"),
    ("local/bridge", "افتتاح جسر المشاة الجديد على الطريق الدائري"),
    ("culture/bookfair", "معرض الكتاب يستضيف مئتي دار نشر عربية"),
    ("health/flu", "حملة تطعيم وطنية ضد الإنفلونزا الموسمية"),
    ("tech/startup", "شركة ناشئة محلية تجمع تمويلا بقيمة خمسة ملايين دولار"),
)


def _index(title: str, og_site: str | None, heading: str) -> str:
    """A section's front: a logo, a menu, a ticker, a heading and six story cards."""
    head = f'<meta property="og:site_name" content="{og_site}">' if og_site else ""
    cards = "".join(
        f'<div class="card"><span class="kicker">محليات</span><h3><a href="https://almadar.example/{path}">'
        f'{text}</a></h3><span class="time">منذ {n + 1} ساعات</span></div>'
        for n, (path, text) in enumerate(_CARDS)
    )
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        '<body><header><div class="logo"><a href="/">المدار</a></div><nav><a href="/">الرئيسية</a> '
        '<a href="/eco">اقتصاد</a></nav></header><div class="breaking"><b>عاجل</b> <a href="/b1">انقطاع'
        f' الكهرباء عن أجزاء من العاصمة</a></div><main class="section-list">{heading}{cards}</main>'
        "<footer>© 2026 المدار. جميع الحقوق محفوظة</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("page", "title", "source"),
    [
        pytest.param(_index("اقتصاد - موقع المدار", "المدار", "<h1>اقتصاد</h1>"), "اقتصاد", "المدار", id="og-bare"),
        pytest.param(_index("اقتصاد - موقع المدار", None, "<h1>اقتصاد</h1>"), "اقتصاد", "موقع المدار", id="no-og-site"),
        pytest.param(
            _index("اقتصاد - موقع المدار", "موقع المدار", "<h1>اقتصاد</h1>"), "اقتصاد", "موقع المدار", id="og-whole"
        ),
        pytest.param(
            _index("اقتصاد | المدار", "موقع المدار", "<h1>اقتصاد</h1>"), "اقتصاد", "موقع المدار", id="og-with-kind"
        ),
        pytest.param(
            _index("آخر الأخبار - موقع المدار", "المدار", "<h2>آخر الأخبار</h2>"), "المدار", "المدار", id="generic"
        ),
    ],
)
def test_index_title_without_the_sites_name(page: str, title: str, source: str) -> None:
    article = _parse(page)
    assert article.listing
    assert (article.title, article.source) == (title, source)
    assert len(article.related) == len(_CARDS)


def test_article_title_without_the_sites_name_and_its_kind() -> None:
    """A page with no headline but its <title>: "… - موقع المدار" with og:site_name "المدار" is stripped."""
    paras = "".join(f"<p>{text}</p>" for text in _AR_PARAS)
    page = (
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>انطلاق موسم قطف التمور - موقع المدار</title>'
        f'<meta property="og:site_name" content="المدار"></head><body><div class="text">{paras}</div></body></html>'
    )
    article = _parse(page)
    assert (article.title, article.source) == ("انطلاق موسم قطف التمور", "المدار")


# F9. A declared language the text plainly contradicts ------------------------------------------------------


def _declared(lang: str, paragraphs: tuple[str, ...], title: str) -> str:
    paras = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{paras}</article></body></html>"
    )


_MIXED: Final = (
    "The Jordan Valley Authority said on Monday that the new canal would carry water to 40 farms by spring.",
    "وقالت سلطة وادي الأردن إن القناة الجديدة ستنقل المياه إلى أربعين مزرعة بحلول الربيع المقبل.",
    "Officials said the project cost about 12 million dinars and was funded by a European grant.",
)


@pytest.mark.parametrize(
    ("page", "language", "direction"),
    [
        pytest.param(_declared("en-US", _AR_PARAS, "انطلاق موسم قطف التمور"), "ar", "rtl", id="en-over-arabic"),
        pytest.param(_declared("ar", _EN_PARAS, _EN_TITLE), "en", "ltr", id="ar-over-english"),
        pytest.param(_declared("ar-JO", _AR_PARAS, "انطلاق موسم قطف التمور"), "ar-JO", "rtl", id="ar-kept"),
        pytest.param(_declared("en-GB", _EN_PARAS, _EN_TITLE), "en-GB", "ltr", id="en-kept"),
        pytest.param(_declared("ar", _MIXED, "Canal to water 40 farms"), "ar", "ltr", id="mixed-kept"),
    ],
)
def test_declared_language_yields_to_a_text_plainly_in_another_script(page: str, language: str, direction: str) -> None:
    article = _parse(page)
    assert (article.language, article.direction) == (language, direction)


# F10. A breadcrumb's last crumb is the section ------------------------------------------------------------


def _crumbed(crumbs: str, head: str = "") -> str:
    paras = "".join(f"<p>{text}</p>" for text in _AR_PARAS)
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>انطلاق موسم قطف التمور - الخليج اليوم</title>'
        f'{head}</head><body><div class="top">{crumbs}</div><div class="story"><h1>انطلاق موسم قطف التمور</h1>'
        f"{paras}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("page", "section"),
    [
        pytest.param(
            _crumbed('<div class="crumbs"><a href="/">الرئيسية</a> » <a href="/economy">اقتصاد</a></div>'),
            "اقتصاد",
            id="links",
        ),
        pytest.param(
            _crumbed(
                '<nav aria-label="Breadcrumb"><ol><li><a href="/">الرئيسية</a></li><li><a href="/local">محليات'
                "</a></li><li>انطلاق موسم قطف التمور</li></ol></nav>"
            ),
            "محليات",
            id="items-headline-last",
        ),
        pytest.param(_crumbed('<div class="breadcrumb"><a href="/">الرئيسية</a></div>'), None, id="home-only"),
        pytest.param(
            _crumbed(
                '<div class="crumbs"><a href="/">الرئيسية</a> » <a href="/economy">اقتصاد</a></div>',
                head='<meta property="article:section" content="أسواق">',
            ),
            "أسواق",
            id="meta-first",
        ),
        pytest.param(_crumbed('<div class="top-menu"><a href="/">الرئيسية</a> » <a href="/e">اقتصاد</a></div>'), None),
    ],
)
def test_breadcrumb_section(page: str, section: str | None) -> None:
    article = _parse(page)
    assert article.section == section
    assert article.paragraphs == _AR_PARAS
