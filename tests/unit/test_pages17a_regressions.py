"""Audit regress16b, regressions 1-3: channel promos only among a story's closing lines and never a quoted or
reported call, a canal or "ومن هنا" (hence); a crosshead "الوسوم" over the story's last section is no tag line;
a related card's title keeps a headline in a ``meta``-classed element and a date beside only a kicker or badge."""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.html_meta import closing_tags, is_newsletter_plea

_FIRST = "<p>افتتحت الهيئة صباح اليوم رصيفا جديدا في الميناء الشمالي بعد عام ونصف من أعمال الحفر والتجهيز.</p>"
_LAST = "<p>وتتوقع الهيئة أن يرتفع عدد السفن التي ترسو في الميناء بنسبة الربع خلال العام المقبل.</p>"


def _page(body: str, *, after: str = "", lang: str = "ar") -> Article:
    page = (
        f'<!DOCTYPE html><html lang="{lang}" dir="rtl"><head><meta charset="utf-8">'
        "<title>رصيف جديد في الميناء الشمالي - صحيفة المرفأ</title></head><body>"
        f'<article><h1>رصيف جديد في الميناء الشمالي</h1><div class="entry-content">{body}</div></article>'
        f"{after}</body></html>"
    )
    return parse_html(page, origin="p.html", url="https://marfa.example/news/7")[0]


# Regression 1: channel promos ------------------------------------------------------------------------------------

_STORY_LINES = (
    # a canal, followed "from here": no channel of the site's
    "تابع مدير هيئة القناة من هنا، من برج المراقبة في الميناء، رسو أول سفينة على الرصيف الجديد",
    # joined "at the expense of" a colleague; "hence" the "implementation" began
    "انضم المهندس الجديد إلى طاقم الميناء على حساب زميله المنقول، ومن هنا بدأ تطبيق نظام الرسو الآلي",
    # a group's post, reported
    "تابعوا قناتنا على تيليجرام، بهذه الكلمات ختمت الحركة بيانها الذي تبنت فيه تعطيل الرافعات",
    # a quoted call
    "«انضموا إلى قناتنا على واتساب لمعرفة المزيد»، بهذه الجملة أنهت النقابة منشورها عن الإضراب",
    # a call the union made, reported
    "اشتركوا في قناتنا الرسمية، دعت النقابة أعضاءها في المنشور نفسه",
)


def test_story_lines_with_a_promos_words_stay_and_the_closing_promo_goes() -> None:
    """Lines of the story shaped like a promo stay; the site's promo closing the body is dropped."""
    body = _FIRST + "".join(f"<p>{line}</p>" for line in _STORY_LINES) + _LAST
    article = _page(body + "<p>تابعوا آخر الأخبار عبر قناتنا على تيليجرام</p>")
    assert article.paragraphs[1:-1] == _STORY_LINES
    assert article.paragraphs[-1].startswith("وتتوقع الهيئة")


def test_promo_between_two_paragraphs_of_the_story_stays() -> None:
    """A channel promo's words between two paragraphs of the story are the story's (a post it quotes)."""
    line = "تابعوا آخر المستجدات عبر قناتنا على تيليجرام"
    article = _page(f"{_FIRST}<p>{line}</p>{_LAST}")
    assert article.paragraphs == (
        "افتتحت الهيئة صباح اليوم رصيفا جديدا في الميناء الشمالي بعد عام ونصف من أعمال الحفر والتجهيز.",
        line,
        "وتتوقع الهيئة أن يرتفع عدد السفن التي ترسو في الميناء بنسبة الربع خلال العام المقبل.",
    )


def test_closing_promo_over_the_credit_goes_and_the_credit_is_the_attribution() -> None:
    """The promo among the closing lines, above the closing credit, is dropped; the credit is read."""
    body = f"{_FIRST}{_LAST}<p>للاشتراك في قناة المرفأ على واتساب اضغط هنا</p><p>المصدر: وكالات</p>"
    article = _page(body)
    assert len(article.paragraphs) == 2
    assert article.attribution == "وكالات"


def test_english_reported_call_stays() -> None:
    """ "Follow our channel …, the council wrote" reports what the council wrote."""
    line = "Follow our channel for updates on the new berth, the port council wrote on its website on Sunday"
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port opens a new berth - Harbour Post'
        "</title></head><body><article><h1>Port opens a new berth</h1><div class='entry-content'>"
        "<p>The port authority opened a new berth on Sunday after eighteen months of dredging work.</p>"
        f"<p>{line}</p><p>Officials expect a quarter more ships to dock next year.</p></div></article></body></html>"
    )
    article = parse_html(page, origin="p.html", url="https://harbour.example/news/7")[0]
    assert line in article.paragraphs


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        *((line, False) for line in _STORY_LINES),
        ("Follow our channel for updates on the new berth, the port council wrote", False),
        ('"Join our Telegram channel," the union said', False),
        ("انضموا إلى قناتنا على تيليجرام، كتب المتحدث باسم النقابة", False),
        ("تابعوا مباريات الدوري على قناة الملاعب من هنا", False),
        ("تابعوا آخر الأخبار عبر قناتنا على تيليجرام", True),
        ("للاشتراك في قناة المرفأ على واتساب اضغط هنا", True),
        ("اشتركوا في قناتنا على يوتيوب", True),
        ("Follow our channel for the latest news", True),
    ],
)
def test_channel_promo_lines(line: str, promo: bool) -> None:
    """A promo names a platform or the site's own channel and speaks for the site; a quoted or reported call, a
    canal (قناة), an account (على حساب), an implementation (تطبيق) or "ومن هنا" (hence) make none."""
    assert is_newsletter_plea(line) is promo


# Regression 2: a crosshead "الوسوم" over the story's last section ----------------------------------------------


def test_tags_crosshead_over_the_last_section_stays_text() -> None:
    """An explainer's last section headed "الوسوم" is the story's, not its keywords."""
    advice = "اكتب وسوما قليلة تصف الصورة، مثل اسم الحي أو المهرجان، وابتعد عن الوسوم الشائعة جدا"
    body = (
        "<p>يشارك ملايين المستخدمين صورهم كل يوم، لكن قلة منهم تعرف كيف تصل بها إلى جمهور أوسع.</p>"
        "<h2>الإضاءة</h2><p>التقط صورك في ساعات الصباح الأولى حين يكون الضوء ناعما ودافئا على الواجهات.</p>"
        "<h2>الزاوية</h2><p>اقترب من موضوعك، وجرب زوايا منخفضة تعطي المشهد عمقا لا تراه العين عادة.</p>"
        f"<h2>الوسوم</h2><p>{advice}</p>"
    )
    article = _page(body)
    assert article.paragraphs[-2:] == ("الوسوم", advice)
    assert article.keywords == ()


@pytest.mark.parametrize(
    ("paragraphs", "found"),
    [
        (["نص الخبر.", "الوسوم", "أضف وسوما قليلة تصف المنشور، مثل اسم المدينة، وتجنب العامة جدا"], None),
        (["نص الخبر.", "الوسوم", "اختر كلمات قصيرة، وتجنب التكرار"], None),
        (["نص الخبر.", "الوسوم", "قصيرة جدا ومحددة"], None),
        (
            ["نص الخبر.", "الوسوم", "الميناء، النقل البحري، هيئة الموانئ"],
            (("الميناء", "النقل البحري", "هيئة الموانئ"), 2),
        ),
        (["نص الخبر.", "الوسوم", "#الميناء #الرصيف_الجديد"], (("الميناء", "الرصيف_الجديد"), 2)),
        (["نص الخبر.", "الكلمات الدالة: الميناء، النقل البحري"], (("الميناء", "النقل البحري"), 1)),
    ],
)
def test_closing_tags_under_a_bare_label(paragraphs: list[str], found: tuple[tuple[str, ...], int] | None) -> None:
    """Under a bare label the line must look like tags: two or more short ones (or hashtags), none a clause."""
    assert closing_tags(paragraphs) == found


# Regression 3: a related card's stamps --------------------------------------------------------------------------


def _card_titles(cards: str) -> list[str]:
    related = f'<div class="related"><h3>أخبار ذات صلة</h3>{cards}<a href="/n/9">خبر آخر عن الميناء</a></div>'
    return [link.title for link in _page(_FIRST + _LAST, after=related).related]


@pytest.mark.parametrize(
    ("card", "title"),
    [
        (  # a meta-classed wrapper holds the headline beside a badge
            '<a href="/n/2"><span class="badge">عاجل</span><div class="meta"><span>انهيار رافعة في الرصيف القديم'
            "</span></div></a>",
            "عاجل انهيار رافعة في الرصيف القديم",
        ),
        (  # the headline in a card-meta element over a teaser
            '<a href="/n/2"><div class="card-meta">توقف الملاحة في القناة الشرقية يومين</div>'
            "<p>تبدأ أعمال التعميق صباح الأحد وتستمر حتى مساء الإثنين بحسب ما أعلنته الهيئة في بيان لها</p></a>",
            "توقف الملاحة في القناة الشرقية يومين تبدأ أعمال التعميق صباح الأحد وتستمر حتى مساء الإثنين بحسب ما "
            "أعلنته الهيئة في بيان لها",
        ),
        (  # the date is the title beside a kicker
            '<a href="/n/2"><span class="kicker">حدث في مثل هذا اليوم</span><span class="date">5 يونيو 1967</span></a>',
            "حدث في مثل هذا اليوم 5 يونيو 1967",
        ),
        (  # a film's name in a time-classed element: no time of day
            '<a href="/n/2"><span class="time">الساعة 13</span><span class="cat">فيلم السهرة</span></a>',
            "الساعة 13 فيلم السهرة",
        ),
        (  # a date beside a badge alone
            '<a href="/n/2"><span class="flag">عاجل</span><time datetime="2026-11-30">30 نوفمبر 2026</time></a>',
            "عاجل 30 نوفمبر 2026",
        ),
    ],
)
def test_card_keeps_what_is_no_stamp(card: str, title: str) -> None:
    """Only an element whose text reads as a stamp is one, and none is left out when only a kicker would stay."""
    assert _card_titles(card)[0] == title


@pytest.mark.parametrize(
    ("card", "title"),
    [
        (
            '<a href="/n/2"><span class="views-count">7 آلاف</span><span>جولة في الرصيف الجديد</span></a>',
            "جولة في الرصيف الجديد",
        ),
        (
            '<a href="/n/2"><span class="views-count">12 ألف</span><span>جولة في الرصيف الجديد</span></a>',
            "جولة في الرصيف الجديد",
        ),
        (
            '<a href="/n/2"><span class="hits">الأكثر قراءة</span> <b>سفينة عملاقة ترسو في الميناء</b></a>',
            "سفينة عملاقة ترسو في الميناء",
        ),
        (
            '<a href="/n/2"><span>سفينة عملاقة ترسو في الميناء</span><div class="post-meta">28 نوفمبر 2026 · 980 '
            "مشاهدة</div></a>",
            "سفينة عملاقة ترسو في الميناء",
        ),
        (
            '<a href="/n/2"><span class="meta-duration">04:12</span><span>فيديو: الرصيف من الجو</span></a>',
            "فيديو: الرصيف من الجو",
        ),
    ],
)
def test_card_still_leaves_its_stamps_out(card: str, title: str) -> None:
    """A count under a views class, a most-read badge, a line of stamps and a video's length are left out."""
    assert _card_titles(card)[0] == title
