"""Plain text: a headline over a list, a table or score lines; a table's header row; opinion columns (texts19a).

Audit texts19, findings 2 to 5: a headline over a list, a table or score lines (no prose lead under it) is
the headline, and a dateline under it dates the story; a table's header row under the headline is no
``source | section`` byline; an opinion page's label ("مقالات الرأي") over the writer's name and the
headline is the section, never the title; a columnist's name alone over or under the headline of an
opinion column (a label over it, or a byline naming an opinion page) is the author. A short line in a news
story stays its text.

Every article here is written for these tests; each test of a change failed before it (the guards of what
stays are marked so).
"""

from __future__ import annotations

import pytest

from helpers.heads import first_article as _first
from helpers.heads import quick_agrees as _quick_agrees
from newstui.parse.plaintext_head import quick_head

TAIL = "وبهذه النتائج يبتعد فريق النجوم بصدارة المجموعة قبل ثلاث جولات من نهاية الموسم."
COLUMN_LEAD = (
    "لم يعد خافياً أن المدن العربية تواجه صيفاً أطول وأشد حرارة من أي وقت مضى. "
    "فالأرقام التي تنشرها مراصد الطقس كل عام تقول إن موجات الحر صارت أطول وأقرب."
)
COLUMN_SECOND = "والسؤال الذي ينبغي أن نطرحه اليوم هو كيف نخطط لمدن تحتمل هذا الحر، لا كيف نهرب منه."
COLUMN_HEADLINE = "مدننا العربية في مواجهة صيف لا ينتهي"
WRITER = "سامر الخطيب"
NEWS_LEAD = "أعلنت البلدية اليوم افتتاح حديقة عامة جديدة في الحي الشرقي بمساحة عشرة آلاف متر مربع، وفق بيان رسمي."


# -- finding 2: a headline over a list, a table or score lines ------------------------------------------------

NUMBERED = """مجلة الحديقة – نصائح

خمس نصائح لري النباتات المنزلية في الصيف

1. اسق النباتات في الصباح الباكر.
2. لا تترك الماء راكداً في الأصص.
3. انقل الأصص بعيداً عن الشمس المباشرة.

وتختلف حاجة كل نبتة إلى الماء بحسب نوعها وحجم الأصيص الذي تنمو فيه.
"""

DATED_BULLETS = (
    """ملاعب اليوم – الدوري المحلي

نتائج مباريات الأسبوع العاشر من دوري الدرجة الأولى

حلب – 14 أبريل 2026

- النجوم 3-1 الشعلة
- الوحدة 0-0 الكرامة

"""
    + TAIL
    + "\n"
)

DATED_SCORES = DATED_BULLETS.replace("- النجوم", "النجوم").replace("- الوحدة", "الوحدة")

DATED_TABLE = (
    """ملاعب اليوم – الدوري المحلي

ترتيب فرق دوري الدرجة الأولى بعد الأسبوع العاشر

حلب – 14 أبريل 2026

الترتيب | النادي | لعب | نقاط
1 | النجوم | 10 | 24
2 | الوحدة | 10 | 21

"""
    + TAIL
    + "\n"
)

INDIC_ITEMS = """صحيفة المدينة – إعلانات

إعلان صادر عن مديرية الصحة بشأن التطعيم في المدارس

١- أن يحضر الطالب بطاقة التطعيم السابقة.
٢- أن يرافق ولي الأمر الطلاب دون العاشرة.
"""


class TestHeadlineOverData:
    def test_headline_over_a_numbered_list_is_the_headline(self) -> None:
        article = _first(NUMBERED)
        assert article.title == "خمس نصائح لري النباتات المنزلية في الصيف"
        assert (article.source, article.section) == ("مجلة الحديقة", "نصائح")
        assert article.paragraphs[0] == "1. اسق النباتات في الصباح الباكر."
        assert article.title not in article.paragraphs

    @pytest.mark.parametrize("text", [DATED_BULLETS, DATED_SCORES, DATED_TABLE], ids=["bullets", "scores", "table"])
    def test_dateline_under_the_headline_dates_the_story(self, text: str) -> None:
        article = _first(text)
        assert article.title.startswith(("نتائج مباريات", "ترتيب فرق"))
        assert article.paragraphs[0] == "حلب – 14 أبريل 2026"
        assert article.published == "2026-04-14"
        assert article.title not in article.paragraphs
        assert article.paragraphs[-1] == TAIL

    def test_arabic_indic_numbered_conditions(self) -> None:
        article = _first(INDIC_ITEMS)
        assert article.title == "إعلان صادر عن مديرية الصحة بشأن التطعيم في المدارس"
        assert article.paragraphs == (
            "١- أن يحضر الطالب بطاقة التطعيم السابقة.",
            "٢- أن يرافق ولي الأمر الطلاب دون العاشرة.",
        )

    def test_headline_over_a_subtitle_and_text_unchanged(self) -> None:
        """Guard (as before): a headline over its subtitle over the text."""
        text = f"حديقة جديدة في الحي الشرقي\nعشرة آلاف متر من المساحات الخضراء\n\n{NEWS_LEAD}\n"
        article = _first(text)
        assert article.title == "حديقة جديدة في الحي الشرقي"
        assert article.paragraphs[0] == "عشرة آلاف متر من المساحات الخضراء"

    @pytest.mark.parametrize("text", [NUMBERED, DATED_BULLETS, DATED_SCORES, DATED_TABLE, INDIC_ITEMS])
    def test_listing_agrees(self, text: str) -> None:
        _quick_agrees(text)


# -- finding 3: a table's header row under the headline ------------------------------------------------------

TABLE_UNDER_HEADLINE = (
    """ترتيب فرق دوري الدرجة الأولى بعد الأسبوع العاشر

الترتيب | النادي | لعب | نقاط
1 | النجوم | 10 | 24
2 | الوحدة | 10 | 21

"""
    + TAIL
    + "\n"
)


class TestTableHeaderRow:
    def test_header_row_is_no_byline(self) -> None:
        article = _first(TABLE_UNDER_HEADLINE)
        assert (article.source, article.section) == (None, None)
        assert article.title == "ترتيب فرق دوري الدرجة الأولى بعد الأسبوع العاشر"
        assert article.paragraphs[:2] == ("الترتيب | النادي | لعب | نقاط", "1 | النجوم | 10 | 24")

    def test_header_row_on_the_first_line_is_no_byline(self) -> None:
        text = "الترتيب | النادي | لعب | نقاط\n1 | النجوم | 10 | 24\n2 | الوحدة | 10 | 21\n\n" + TAIL + "\n"
        article = _first(text)
        assert (article.source, article.section) == (None, None)
        assert article.paragraphs[0] == "الترتيب | النادي | لعب | نقاط"

    def test_byline_under_the_headline_stays_a_byline(self) -> None:
        """Guard (as before): a ``source | section`` line under the headline over the text."""
        text = f"حديقة جديدة في الحي الشرقي\nصحيفة المدينة | محليات\n{NEWS_LEAD}\n"
        article = _first(text)
        assert (article.source, article.section) == ("صحيفة المدينة", "محليات")
        assert article.title == "حديقة جديدة في الحي الشرقي"

    def test_listing_agrees(self) -> None:
        _quick_agrees(TABLE_UNDER_HEADLINE)


# -- findings 4 and 5: opinion columns ------------------------------------------------------------------------


def _column(*head: str, blank: bool = True) -> str:
    gap = "\n\n" if blank else "\n"
    return gap.join([*head, COLUMN_LEAD, COLUMN_SECOND]) + "\n"


class TestOpinionLabel:
    @pytest.mark.parametrize("blank", [True, False], ids=["blank-lines", "no-blank-lines"])
    def test_label_writer_headline(self, blank: bool) -> None:
        article = _first(_column("مقالات الرأي", WRITER, COLUMN_HEADLINE, blank=blank))
        assert article.title == COLUMN_HEADLINE
        assert article.section == "مقالات الرأي"
        assert article.source is None
        assert article.author == WRITER
        assert article.paragraphs == (COLUMN_LEAD, COLUMN_SECOND)

    def test_label_headline_writer(self) -> None:
        article = _first(_column("مقالات الرأي", COLUMN_HEADLINE, WRITER))
        assert (article.title, article.section, article.author) == (COLUMN_HEADLINE, "مقالات الرأي", WRITER)
        assert article.paragraphs[0] == COLUMN_LEAD

    @pytest.mark.parametrize("label", ["رأي", "أعمدة", "آراء", "كتّاب الرأي"])
    def test_other_labels(self, label: str) -> None:
        article = _first(_column(label, WRITER, COLUMN_HEADLINE))
        assert (article.title, article.section, article.source, article.author) == (
            COLUMN_HEADLINE,
            label,
            None,
            WRITER,
        )

    def test_label_headline_text_unchanged(self) -> None:
        """Guard (as before): the label right over the headline over the text."""
        article = _first(_column("مقالات الرأي", COLUMN_HEADLINE))
        assert (article.title, article.section, article.author) == (COLUMN_HEADLINE, "مقالات الرأي", None)

    @pytest.mark.parametrize(
        "head",
        [
            ("مقالات الرأي", WRITER, COLUMN_HEADLINE),
            ("مقالات الرأي", COLUMN_HEADLINE, WRITER),
            ("رأي", WRITER, COLUMN_HEADLINE),
            ("صحيفة المدينة – مقالات الرأي", WRITER, COLUMN_HEADLINE),
        ],
    )
    def test_listing_agrees(self, head: tuple[str, ...]) -> None:
        text = _column(*head)
        _quick_agrees(text)
        quick = quick_head(text)
        assert quick is None or quick.title == COLUMN_HEADLINE


class TestColumnistByline:
    def test_name_over_headline_under_opinion_byline(self) -> None:
        article = _first(_column("صحيفة المدينة – مقالات الرأي", WRITER, COLUMN_HEADLINE))
        assert (article.source, article.section) == ("صحيفة المدينة", "مقالات الرأي")
        assert (article.title, article.author) == (COLUMN_HEADLINE, WRITER)
        assert article.paragraphs[0] == COLUMN_LEAD

    def test_name_under_headline_under_opinion_byline(self) -> None:
        article = _first(_column("صحيفة المدينة – رأي", COLUMN_HEADLINE, WRITER))
        assert (article.title, article.author) == (COLUMN_HEADLINE, WRITER)
        assert article.paragraphs[0] == COLUMN_LEAD

    def test_four_word_name(self) -> None:
        name = "محمد بن سالم الحارثي"
        article = _first(_column("مقالات الرأي", name, COLUMN_HEADLINE))
        assert (article.title, article.author) == (COLUMN_HEADLINE, name)

    def test_a_title_before_the_name(self) -> None:
        name = "د. هالة السعدي"
        article = _first(_column("رأي", COLUMN_HEADLINE, name))
        assert (article.title, article.author) == (COLUMN_HEADLINE, name)


class TestNewsKeepsItsText:
    """Guards (as before): without an opinion page's label a short line by the headline names no one."""

    def test_paper_named_al_rai_stays_the_source(self) -> None:
        text = f"الرأي – محليات\n\nحديقة جديدة في الحي الشرقي\n\n{WRITER}\n\n{NEWS_LEAD}\n"
        article = _first(text)
        assert (article.source, article.section, article.author) == ("الرأي", "محليات", None)
        assert article.paragraphs[0] == WRITER

    def test_paper_name_al_rai_alone_over_the_headline(self) -> None:
        text = f"الرأي\n\nحديقة جديدة تفتح أبوابها في الحي الشرقي\n\n{NEWS_LEAD}\n"
        article = _first(text)
        assert (article.source, article.title) == ("الرأي", "حديقة جديدة تفتح أبوابها في الحي الشرقي")

    def test_name_under_news_headline_stays_text(self) -> None:
        text = f"صحيفة المدينة – محليات\n\nحديقة جديدة في الحي الشرقي\n\n{WRITER}\n\n{NEWS_LEAD}\n"
        article = _first(text)
        assert article.author is None
        assert article.paragraphs[0] == WRITER

    def test_name_over_news_headline_not_an_author(self) -> None:
        text = f"صحيفة المدينة – محليات\n\n{WRITER}\n\nحديقة جديدة تفتح أبوابها في الحي الشرقي للمدينة\n\n{NEWS_LEAD}\n"
        article = _first(text)
        assert article.author is None

    def test_news_subtitle_under_opinion_label_is_no_author(self) -> None:
        """Under a label, a subtitle without a first name one knows is no writer's name."""
        article = _first(_column("مقالات الرأي", "عودة الدبلوماسية", COLUMN_HEADLINE))
        assert article.author is None

    def test_news_file_keeps_its_first_paragraph(self) -> None:
        text = f"حديقة جديدة في الحي الشرقي\n\n{NEWS_LEAD}\n\nوقال رئيس البلدية إن الحديقة تفتح يومياً.\n"
        article = _first(text)
        assert (article.title, article.author, article.paragraphs[0]) == (
            "حديقة جديدة في الحي الشرقي",
            None,
            NEWS_LEAD,
        )
