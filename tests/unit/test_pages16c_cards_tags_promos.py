"""Pages audit 15, findings 4, 5 and 11: a related card's title without its stamps (date, views, a video's length);
a page's tag line under a ``<br>``-broken body read as its tags, the closing credit above it still the attribution;
a site's channel promos at the end of the body dropped, a story's sentence about Telegram kept."""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.html_meta import is_newsletter_plea

_STORY = (
    "<p>افتتحت البلدية صباح اليوم حديقة عامة جديدة على أطراف المدينة بعد عامين من أعمال التشجير والتجهيز.</p>"
    "<p>وقال رئيس البلدية إن الحديقة تضم ممرات للمشي وملاعب للأطفال ومكتبة صغيرة مفتوحة للجميع طوال الأسبوع.</p>"
)


def _page(body: str, *, head: str = "", after: str = "", article: bool = True) -> Article:
    story = f"<h1>افتتاح حديقة عامة جديدة</h1>{body}"
    page = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>افتتاح حديقة عامة جديدة - صحيفة الواحة</title>{head}</head><body>"
        f"{f'<article>{story}</article>' if article else story}{after}</body></html>"
    )
    return parse_html(page, origin="p.html", url="https://waha.example/news/1")[0]


# Finding 4: a card's stamps are no part of its title ----------------------------------------------------------


def _card_titles(cards: str) -> list[str]:
    related = f'<div class="related"><h3>أخبار ذات صلة</h3>{cards}</div>'
    return [link.title for link in _page(f'<div class="entry-content">{_STORY}</div>', after=related).related]


@pytest.mark.parametrize(
    ("card", "title"),
    [
        (
            '<a href="/n/2"><time datetime="2026-10-03">3 أكتوبر 2026</time>'
            '<span class="title">مهرجان الزهور يعود إلى الساحة القديمة</span></a>',
            "مهرجان الزهور يعود إلى الساحة القديمة",
        ),
        (
            '<a href="/n/2"><span class="views">1250 مشاهدة</span>'
            '<span class="title">المكتبة العامة تمدد ساعات عملها</span></a>',
            "المكتبة العامة تمدد ساعات عملها",
        ),
        (
            '<a href="/n/2"><span class="title">انطلاق حملة لتنظيف الشواطئ</span>'
            '<span class="time">منذ 4 ساعات</span></a>',
            "انطلاق حملة لتنظيف الشواطئ",
        ),
        (
            '<a href="/n/2"><span class="video-duration">12:07</span>'
            '<span class="title">فيديو: جولة في السوق الشعبي</span></a>',
            "فيديو: جولة في السوق الشعبي",
        ),
        (
            '<a href="/n/2"><time>الأحد 11 أكتوبر 2026</time> بدء ترميم السور التاريخي للمدينة</a>',
            "بدء ترميم السور التاريخي للمدينة",
        ),
        (
            '<a href="/n/2"><img src="/t.jpg" alt=""><div class="card-meta"><span>افتتاح ملعب جديد للناشئين</span>'
            '<span class="post-date">5 أكتوبر 2026</span></div></a>',
            "افتتاح ملعب جديد للناشئين",
        ),
        (
            '<a href="/n/2"><span class="views-field-title">سوق للكتب المستعملة في الحي</span>'
            '<span class="views-field-created">منذ يومين</span></a>',
            "سوق للكتب المستعملة في الحي",
        ),
    ],
)
def test_card_title_leaves_its_stamps_out(card: str, title: str) -> None:
    """A ``<time>`` or an element classed as a date, time, views or a video's length inside the anchor is the
    card's stamp, not its headline's words."""
    assert _card_titles(card + '<a href="/n/9">خبر آخر عن الحديقة العامة</a>')[0] == title


@pytest.mark.parametrize(
    ("card", "title"),
    [
        ('<a href="/n/2">7 نصائح لري الحدائق المنزلية في الصيف</a>', "7 نصائح لري الحدائق المنزلية في الصيف"),
        (
            '<a href="/n/2"><span class="num">3</span> مبادرات شبابية لتشجير الأحياء</a>',
            "3 مبادرات شبابية لتشجير الأحياء",
        ),
        (
            '<a href="/n/2"><span>2026</span><span>عام الحدائق في المدينة</span></a>',
            "2026 عام الحدائق في المدينة",
        ),
        (
            '<a href="/n/2"><span class="title">10:30 موعد افتتاح المعرض يوم السبت</span></a>',
            "10:30 موعد افتتاح المعرض يوم السبت",
        ),
    ],
)
def test_card_title_that_begins_with_a_number_stays_whole(card: str, title: str) -> None:
    """A title that begins with a number in its own words, or in an element not marked as a stamp, is kept."""
    assert _card_titles(card + '<a href="/n/9">خبر آخر عن الحديقة العامة</a>')[0] == title


# Finding 5: the tag line under a <br>-broken body ---------------------------------------------------------------

_BROKEN = (
    '<div class="NewsBody">\n'
    "المدينة - الواحة - افتتحت البلدية صباح اليوم حديقة عامة جديدة على أطراف المدينة بعد عامين من التشجير.<br />\n"
    "<br />\n"
    "وقال رئيس البلدية إن الحديقة تضم ممرات للمشي وملاعب للأطفال ومكتبة صغيرة مفتوحة للجميع.<br />\n"
    "<br />\n"
    "وأضاف أن البلدية تخطط لافتتاح حديقتين أخريين في الأحياء الشرقية قبل نهاية العام المقبل.<br />\n"
    "<br />\n"
    "المصدر: وكالات\n"
    "</div>\n"
)


def _tag_box(box: str, label: str, mark: str = "", joiner: str = "، ") -> str:
    links = joiner.join(f'<a href="/search.aspx?q={n}">{mark}{tag}</a>' for n, tag in enumerate(("حدائق", "البلدية")))
    return f'<div class="{box}">{label}: {links}</div>'


@pytest.mark.parametrize(
    "tags",
    [
        _tag_box("NewsTags", "الكلمات الدالة"),
        _tag_box("tags", "كلمات دلالية"),
        _tag_box("tags", "الوسوم", "#", " "),
    ],
)
def test_tag_line_under_broken_body_gives_tags_and_leaves_the_credit(tags: str) -> None:
    """The tag line is no paragraph: its tags are the keywords, and the credit above it is the attribution."""
    article = _page(_BROKEN + tags, article=False)
    assert len(article.paragraphs) == 3
    assert article.paragraphs[-1].startswith("وأضاف أن البلدية")
    assert article.attribution == "وكالات"
    assert article.keywords == ("حدائق", "البلدية")


def test_tag_line_is_dropped_when_the_meta_gives_the_keywords() -> None:
    """The page's meta keywords stay its keywords; its tag line is dropped all the same."""
    article = _page(
        _BROKEN + _tag_box("NewsTags", "الكلمات الدالة"),
        head='<meta name="keywords" content="بيئة، تشجير">',
        article=False,
    )
    assert article.keywords == ("بيئة", "تشجير")
    assert not any("الكلمات الدالة" in paragraph for paragraph in article.paragraphs)
    assert article.attribution == "وكالات"


@pytest.mark.parametrize(
    ("paragraphs", "found"),
    [
        (["نص الخبر.", "الكلمات الدالة: حدائق، البلدية"], (("حدائق", "البلدية"), 1)),
        (["نص الخبر.", "الوسوم: #حدائق #البلدية"], (("حدائق", "البلدية"), 1)),
        (["نص الخبر.", "الوسوم", "حدائق، البلدية"], (("حدائق", "البلدية"), 2)),
        (["نص الخبر.", "الوسوم: هذا ما قاله رئيس البلدية للصحفيين بعد الاجتماع."], None),
        (["نص الخبر.", "حدائق، البلدية"], None),
    ],
)
def test_closing_tags(paragraphs: list[str], found: tuple[tuple[str, ...], int] | None) -> None:
    """A tag line closing the text, or a bare label over its tags; a sentence after the label is no tag list."""
    from newstui.parse.html_meta import closing_tags  # new with this fix

    assert closing_tags(paragraphs) == found


# Finding 11: the site's channel promos ---------------------------------------------------------------------------


def test_channel_promos_at_the_end_of_the_body_are_dropped() -> None:
    """ "تابعوا … قناتنا على تيليجرام" and "للاشتراك في قناة … اضغط هنا" are the site's, not the story's."""
    promos = (
        '<p>تابعوا آخر المستجدات عبر قناتنا على <a href="https://t.me/w">تيليجرام</a></p>'
        "<p>للاشتراك في قناة الواحة على واتساب اضغط هنا</p>"
    )
    article = _page(f'<div class="entry-content">{_STORY}{promos}</div>')
    assert len(article.paragraphs) == 2
    assert article.paragraphs[-1].startswith("وقال رئيس البلدية")


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        ("تابعوا آخر المستجدات عبر قناتنا على تيليجرام", True),
        ("للاشتراك في قناة الواحة على واتساب اضغط هنا", True),
        ("انضموا إلى قناتنا على يوتيوب", True),
        ("اضغط هنا للاشتراك في قناتنا على تيليجرام", True),
        ("تابعوا المباراة عبر قناة الملاعب على يوتيوب في ساحات المدينة", False),
        ("تابعنا التطورات لحظة بلحظة عبر قناة الأخبار المحلية", False),
        ("وأطلقت البلدية قناة على تيليجرام لنشر مواعيد جمع النفايات", False),
        ("تابعوا آخر المستجدات عبر قناتنا على تيليجرام، قال المتحدث باسم البلدية", False),
    ],
)
def test_channel_promo_lines(line: str, promo: bool) -> None:
    """Only promo-shaped lines are the site's: a call, a channel and the site's voice; a story's sentence that
    mentions Telegram is text."""
    assert is_newsletter_plea(line) is promo


def test_story_sentence_about_telegram_stays() -> None:
    """A paragraph of the story that opens on "تابعوا" (they followed) and names a channel is kept."""
    sentence = "<p>تابعوا المباراة عبر قناة الملاعب على يوتيوب في ساحات المدينة حتى ساعة متأخرة من الليل.</p>"
    article = _page(f'<div class="entry-content">{_STORY}{sentence}</div>')
    assert len(article.paragraphs) == 3
    assert article.paragraphs[-1].startswith("تابعوا المباراة")
