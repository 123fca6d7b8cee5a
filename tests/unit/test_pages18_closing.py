"""pages18: a <br>-broken body's headline and date repeated after its text; a tags element's tags; a byline
opening on the site's own name."""

from __future__ import annotations

from newstui.model import Article
from newstui.parse.html import parse_html

HEADLINE = "بلدية الميناء تفتتح حديقة عامة جديدة للأطفال"
BODY = (
    "الميناء - افتتحت بلدية الميناء صباح اليوم حديقة عامة جديدة على مساحة خمسة دونمات في الحي الشرقي.<br><br>\n"
    "وقال رئيس البلدية إن الحديقة تضم ملاعب للأطفال ومسارات للمشي ومقاعد مظللة للزوار من كل الأعمار.<br><br>\n"
    "وأضاف أن العمل جار على تجهيز حديقتين أخريين في الحي الغربي قبل نهاية فصل الربيع المقبل.<br><br>\n"
    "{last}"
)
LAST = "ودعت البلدية السكان إلى المحافظة على نظافة الحديقة ومرافقها العامة."


def _br_page(last: str = LAST, date: str = "2026-03-11 09:15") -> str:
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f'<title>{HEADLINE}</title><meta property="og:site_name" content="الميناء اليوم"></head><body>'
        f'<div id="main"><h1 class="title">{HEADLINE}</h1><div class="date">{date}</div>'
        f'<div class="text">\n{BODY.format(last=last)}\n</div></div>'
        '<div class="footer">© الميناء اليوم 2026</div></body></html>'
    )


def _one(html: str) -> Article:
    articles = parse_html(html, origin="page.html")
    assert articles
    return articles[0]


def test_br_body_drops_headline_and_date_repeated_at_its_end() -> None:
    article = _one(_br_page())
    assert article.paragraphs[-1] == LAST
    assert HEADLINE not in article.paragraphs
    assert "2026-03-11 09:15" not in article.paragraphs
    assert len(article.paragraphs) == 4
    assert article.title == HEADLINE
    assert article.published is not None and article.published.startswith("2026-03-11")


def test_br_body_keeps_a_real_last_paragraph() -> None:
    # A last paragraph that names the date in a sentence, or holds the headline's words in a sentence, stays.
    last = "وكانت البلدية قد أعلنت عن المشروع في 2026-03-11 خلال مؤتمر صحفي."
    article = _one(_br_page(last=last))
    assert article.paragraphs[-1] == last
    said = f"وقال الرئيس: {HEADLINE} بعد أشهر من العمل."
    article = _one(_br_page(last=said))
    assert article.paragraphs[-1] == said


def _tagged_page(tags: str, meta: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>ارتفاع صادرات التمور في الموسم الحالي | الواحة</title>{meta}"
        '<meta property="og:site_name" content="الواحة"></head><body><main><article>'
        "<h1>ارتفاع صادرات التمور في الموسم الحالي</h1>"
        '<div class="body">'
        "<p>أفادت بيانات وزارة التجارة بارتفاع صادرات التمور خلال الموسم الحالي بنسبة اثني عشر بالمئة.</p>"
        "<p>وعزت الوزارة الارتفاع إلى فتح أسواق جديدة في آسيا وتحسن جودة التعبئة والتغليف في المصانع المحلية.</p>"
        "<p>وتوقعت أن تواصل الصادرات نموها في العام المقبل مع دخول مصانع جديدة مرحلة الإنتاج.</p>"
        f"</div>{tags}</article></main></body></html>"
    )


def test_tags_element_becomes_keywords() -> None:
    article = _one(_tagged_page('<p class="tags">الوسوم: التمور، الصادرات الزراعية</p>'))
    assert article.keywords == ("التمور", "الصادرات الزراعية")
    assert all("الوسوم" not in paragraph for paragraph in article.paragraphs)


def test_tags_element_of_links_becomes_keywords() -> None:
    tags = (
        '<div class="post-tags"><span>كلمات دلالية:</span> <a href="/t/1">التمور</a> <a href="/t/2">التجارة</a></div>'
    )
    article = _one(_tagged_page(tags))
    assert article.keywords == ("التمور", "التجارة")


def test_tags_element_without_label_or_with_long_items_gives_no_keywords() -> None:
    assert _one(_tagged_page('<p class="tags">التمور، الصادرات</p>')).keywords == ()
    sentence = "الوسوم: هذا ما قاله الوزير للصحفيين بعد الاجتماع المطول في مقر الوزارة أمس."
    assert _one(_tagged_page(f'<p class="tags">{sentence}</p>')).keywords == ()
    meta = '<meta name="keywords" content="نخيل">'
    assert _one(_tagged_page('<p class="tags">الوسوم: التمور</p>', meta)).keywords == ("نخيل",)


def _byline_page(byline: str) -> str:
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        "<title>افتتاح معرض الكتاب الدولي في دورته الجديدة | الأطلس</title>"
        '<meta property="og:site_name" content="الأطلس"></head><body><main><article>'
        f'<h1>افتتاح معرض الكتاب الدولي في دورته الجديدة</h1><p class="byline">{byline}</p>'
        "<p>افتتح وزير الثقافة مساء أمس معرض الكتاب الدولي في دورته الجديدة بمشاركة أكثر من ستمئة دار نشر.</p>"
        "<p>ويستمر المعرض عشرة أيام، ويضم برنامجه ندوات فكرية وأمسيات شعرية وورشات للأطفال.</p>"
        "</article></main></body></html>"
    )


def test_byline_opening_on_site_name_gives_author() -> None:
    article = _one(_byline_page("الأطلس - سامر حداد"))
    assert article.author == "سامر حداد"
    assert "الأطلس - سامر حداد" not in article.paragraphs


def test_byline_opening_on_another_name_gives_no_author() -> None:
    # (the left part is read as before, a place's or a correspondent's: defect #3 of audit-regress17, not here)
    assert _one(_byline_page("الشرق - سامر حداد")).author != "سامر حداد"
    assert _one(_byline_page("الأطلس - الرباط")).author is None
