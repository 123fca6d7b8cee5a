"""Two stories embedded under one read-also marker (audit texts12, finding 1): each is a story of its own.

Under one "إقرأ أيضاً:" an aggregator page may embed two stories, each a headline over its paragraphs (blank lines
between or not). When the second lead opens with a dateline, the second headline starts the second story, linked
from the page as read-also, as when each story has its own marker; without one the two stay one story, as before
(audit regress12: a wrong split is worse). An embedded story's subheading (a short line, or one over a paragraph that
goes on about the story) stays in its text. The articles are our own text.
"""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext

BYLINE = "صحيفة الوادي – محليات"
HEADLINE = "عمّان تفتتح محطة جديدة لتحلية المياه في العقبة"
LEAD = "افتتحت الحكومة الأردنية اليوم محطة لتحلية مياه البحر في العقبة بطاقة 40 مليون متر مكعب سنويا."
SECOND = "وقال وزير المياه إن المحطة ستغطي حاجة المدينة حتى عام 2035."
SOURCE = "المصدر: صحيفة الوادي"

WHEAT = "مصر تبدأ حصاد القمح في محافظات الصعيد"
WHEAT_LEAD = "بدأ مزارعو محافظات الصعيد حصاد محصول القمح وسط توقعات بإنتاج يفوق 9 ملايين طن هذا الموسم."
WHEAT_MORE = "وحددت وزارة التموين سعر شراء الإردب من المزارعين عند 2000 جنيه."

OMAN = "سلطنة عمان تستقبل أول سفينة سياحية في الموسم الجديد"
OMAN_LEAD = "استقبل ميناء السلطان قابوس في مسقط سفينة سياحية تقل 2400 سائح من جنسيات مختلفة، في افتتاح الموسم."
OMAN_DATED = "مسقط - " + OMAN_LEAD
OMAN_MORE = "ويتوقع المسؤولون أن يستقبل الميناء 150 سفينة حتى نهاية الموسم."


def _articles(*lines: str, blank: bool = True) -> list[Article]:
    return parse_plaintext(("\n\n" if blank else "\n").join(lines), origin="embedded12")


def _page(*embedded: str, blank: bool = True) -> list[Article]:
    return _articles(BYLINE, HEADLINE, LEAD, SECOND, SOURCE, "إقرأ أيضاً:", *embedded, blank=blank)


def _read_also(article: Article) -> list[tuple[str, str | None]]:
    return [(link.title, link.target) for link in article.related if link.kind == "read-also"]


@pytest.mark.parametrize(
    ("embedded", "wheat", "oman"),
    [
        (
            (WHEAT, WHEAT_LEAD, WHEAT_MORE, OMAN, OMAN_DATED, OMAN_MORE),
            (WHEAT_LEAD, WHEAT_MORE),
            (OMAN_DATED, OMAN_MORE),
        ),
        ((WHEAT, WHEAT_LEAD, OMAN, OMAN_DATED), (WHEAT_LEAD,), (OMAN_DATED,)),
    ],
    ids=["second-lead-dateline", "one-paragraph-dateline"],
)
@pytest.mark.parametrize("blank", [True, False], ids=["blank-lines", "no-blank-lines"])
def test_two_stories_under_one_marker_are_two_stories(
    embedded: tuple[str, ...], wheat: tuple[str, ...], oman: tuple[str, ...], blank: bool
) -> None:
    """The second headline over its lead starts the second embedded story, linked from the page."""
    main, first, second = _page(*embedded, blank=blank)
    assert (first.title, first.paragraphs) == (WHEAT, wheat)
    assert (second.title, second.paragraphs) == (OMAN, oman)
    assert _read_also(main) == [(WHEAT, first.id), (OMAN, second.id)]
    assert main.paragraphs == (LEAD, SECOND)
    assert [link.kind for link in second.related] == ["parent"]


@pytest.mark.parametrize(
    "embedded",
    [(WHEAT, WHEAT_LEAD, WHEAT_MORE, OMAN, OMAN_LEAD, OMAN_MORE), (WHEAT, WHEAT_LEAD, OMAN, OMAN_LEAD)],
    ids=["two-paragraphs-each", "one-paragraph-each"],
)
@pytest.mark.parametrize("blank", [True, False], ids=["blank-lines", "no-blank-lines"])
def test_two_stories_without_a_dateline_stay_one(embedded: tuple[str, ...], blank: bool) -> None:
    """No dateline on the second lead: the second headline stays the first story's text, as before (a headline over
    a lead that restates it is as often a subheading: audit regress12, finding 4)."""
    main, first = _page(*embedded, blank=blank)
    assert (first.title, first.paragraphs) == (WHEAT, embedded[1:])
    assert _read_also(main) == [(WHEAT, first.id)]


def test_one_marker_reads_as_two_markers() -> None:
    """Titles, paragraphs and links are those of the same stories under a marker each."""
    one = _page(WHEAT, WHEAT_LEAD, WHEAT_MORE, OMAN, OMAN_DATED, OMAN_MORE)
    two = _page(WHEAT, WHEAT_LEAD, WHEAT_MORE, "إقرأ أيضاً:", OMAN, OMAN_DATED, OMAN_MORE)
    assert [(a.title, a.paragraphs, a.related) for a in one] == [(a.title, a.paragraphs, a.related) for a in two]


def test_the_related_list_under_the_second_story_stays_the_pages() -> None:
    """A related heading under the second embedded story still heads the page's related list."""
    bullets = ("مقالات مشابهة", "• الأردن يوقع اتفاقية لنقل المياه من البحر الأحمر", "• ارتفاع منسوب السدود")
    main, _, second = _page(WHEAT, WHEAT_LEAD, OMAN, OMAN_DATED, OMAN_MORE, *bullets)
    assert second.paragraphs == (OMAN_DATED, OMAN_MORE)
    assert [link.kind for link in main.related] == ["read-also", "read-also", "related", "related"]


# -- an embedded story's own subheadings stay in its text ---------------------------------------------------------

BANKS = "البنوك الخليجية تسجل أرباحا قياسية في الربع الثالث"
BANKS_LEAD = "سجلت البنوك الخليجية المدرجة أرباحا صافية بلغت 31 مليار دولار في الربع الثالث، بارتفاع 12% على أساس سنوي."
RAJHI = "مصرف الراجحي يتصدر قائمة البنوك الأكثر ربحا"
RAJHI_TEXT = "وتصدر مصرف الراجحي القائمة بأرباح صافية بلغت 5 مليارات دولار في الربع الثالث."
RAJHI_SAID = "سجل مصرف الراجحي أرباحا صافية بلغت 5 مليارات دولار في الربع الثالث، بحسب بيان للبورصة."


@pytest.mark.parametrize(
    ("subheading", "under"),
    [
        ("أرقام قياسية", "سجل مصرف الراجحي أرباحا بلغت 5 مليارات دولار، وهي الأعلى في تاريخه."),
        ("توقعات الربع الأخير", "يتوقع المحللون أن تواصل الأرباح نموها مع ارتفاع أسعار الفائدة."),
        (RAJHI, RAJHI_TEXT),
        (RAJHI, RAJHI_SAID),
        (RAJHI, "وأضاف التقرير أن أرباح المصرف ارتفعت 9% على أساس سنوي."),
        (
            "المصارف الإسلامية تستحوذ على نصف الأرباح",
            "استحوذت المصارف الإسلامية على نصف الأرباح الصافية المسجلة خلال الربع الثالث بحسب التقرير.",
        ),
        (
            "«لن نرفع الرسوم على العملاء هذا العام»",
            "أكد رئيس مصرف الراجحي أن المصرف لن يرفع الرسوم على العملاء هذا العام.",
        ),
    ],
    ids=[
        "two-words",
        "three-words-no-dateline",
        "long-reading-on",
        "long-about-the-story",
        "long-added",
        "long-naming-the-storys-words",
        "pull-quote",
    ],
)
def test_a_subheading_in_an_embedded_story_stays_its_text(subheading: str, under: str) -> None:
    """A short line, or one over a paragraph that goes on about the story, is the story's subheading."""
    main, story = _page(BANKS, BANKS_LEAD, subheading, under)
    assert story.title == BANKS
    assert story.paragraphs == (BANKS_LEAD, subheading, under)
    assert _read_also(main) == [(BANKS, story.id)]


def test_a_subheading_under_the_second_story_stays_its_text() -> None:
    """The second story's own subheading stays in the second story."""
    main, first, second = _page(WHEAT, WHEAT_LEAD, OMAN, OMAN_DATED, "أرقام الموسم", OMAN_MORE)
    assert first.paragraphs == (WHEAT_LEAD,)
    assert second.paragraphs == (OMAN_DATED, "أرقام الموسم", OMAN_MORE)
    assert len(_read_also(main)) == 2


def test_a_subheading_in_the_pages_text_stays() -> None:
    """Only an embedded story's text is read for a next story: the page's own subheadings stay its text."""
    (main,) = _articles(BYLINE, HEADLINE, LEAD, OMAN, OMAN_DATED, SOURCE)
    assert main.paragraphs == (LEAD, OMAN, OMAN_DATED)


# -- bounded work ------------------------------------------------------------------------------------------------


def test_a_long_embedded_story_is_read_for_a_next_story_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Thousands of subheadings over paragraphs in one embedded story: a few are read as a next story's headline
    maybe (``_NEXT_STORY_CHECKS``), the rest stay its text without a reading each."""
    from newstui.parse import plaintext

    calls: list[str] = []

    def counted(title: str, lead: str, heading: str, text: list[str]) -> bool:
        calls.append(title)
        return False

    monkeypatch.setattr(plaintext, "heads_next_story", counted)
    sections = [line for number in range(2000) for line in (f"قسم رقم {number} من التقرير", BANKS_LEAD)]
    main, story = _page(BANKS, BANKS_LEAD, *sections)
    assert len(story.paragraphs) == 4001
    assert len(calls) == plaintext._NEXT_STORY_CHECKS
