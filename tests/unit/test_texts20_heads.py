"""Plain text: bar bylines over bar datelines, a kicker over a headline over a list, "مراسلنا" before a name, "آراء"
opening a headline (texts20).

Audit regress19a: a byline or breadcrumb parted by bars ("صحيفة الوادي | محليات | بلديات") over the page's
dates parted by as many bars is no table's header row (finding 1); a headline under a kicker ("عاجل") over a
list is the headline (finding 2); "مراسلنا" before a correspondent's name is a title, no part of the name (note
B); a headline opening on "آراء" over its subtitle is the headline, no opinion page's label (note A).

Every article here is written for these tests; each test of a change failed before it (the guards of what
stays are marked so).
"""

from __future__ import annotations

import pytest

from helpers.heads import first_article as _first
from helpers.heads import quick_agrees as _quick_agrees
from newstui.parse.plaintext_credits import credit_line

HEADLINE = "البلدية تفتتح حديقة عامة جديدة في الحي الشرقي للمدينة"
LEAD = "افتتحت البلدية صباح الثلاثاء حديقة عامة جديدة في الحي الشرقي بمساحة عشرة آلاف متر مربع، وفق بيان رسمي."
SECOND = "وقال رئيس البلدية إن الحديقة ستفتح أبوابها للزوار يومياً من السابعة صباحاً."
BYLINE = "صحيفة الوادي | محليات | بلديات"
DATES = "نشر في: 14 أبريل 2026 | 09:15 ص | آخر تحديث: 12:40 م"


# -- finding 1: a bar byline over a bar dateline is no table ---------------------------------------------------


class TestBarBylineOverBarDates:
    def test_byline_over_dateline_then_headline(self) -> None:
        text = f"{BYLINE}\n{DATES}\n\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n"
        article = _first(text)
        assert (article.title, article.source, article.section) == (HEADLINE, "صحيفة الوادي", "محليات | بلديات")
        assert article.published == "2026-04-14"
        assert list(article.paragraphs) == [DATES, LEAD, SECOND]
        _quick_agrees(text)

    def test_headline_over_byline_and_dateline(self) -> None:
        text = f"{HEADLINE}\n{BYLINE}\n{DATES}\n\n{LEAD}\n\n{SECOND}\n"
        article = _first(text)
        assert (article.title, article.source, article.section) == (HEADLINE, "صحيفة الوادي", "محليات | بلديات")
        assert list(article.paragraphs) == [DATES, LEAD, SECOND]
        _quick_agrees(text)

    def test_site_name_over_any_bar_line_is_no_table(self) -> None:
        """A site's name first ("صحيفة الوادي"): a byline, whatever stands under it with as many bars."""
        text = f"{BYLINE}\nالمحرر المحلي | قسم البلديات | متابعة\n\n{HEADLINE}\n\n{LEAD}\n"
        article = _first(text)
        assert (article.source, article.section) == ("صحيفة الوادي", "محليات | بلديات")

    def test_breadcrumb_over_date_time_and_reading_time(self) -> None:
        """Home crumb first: a breadcrumb parted by bars; the line under it the page's date, time and reading
        time. The headline is the title, the home crumb no source, the date line stays the text's first."""
        dates = "الثلاثاء 14 أبريل 2026 | 09:15 ص | 4 دقائق قراءة"
        text = f"الرئيسية | محليات | بلديات\n{dates}\n\n{HEADLINE}\n\n{LEAD}\n"
        article = _first(text)
        assert (article.title, article.source, article.section) == (HEADLINE, None, "محليات | بلديات")
        assert list(article.paragraphs) == [dates, LEAD]
        _quick_agrees(text)

    def test_breadcrumb_bars_without_dates(self) -> None:
        text = f"الرئيسية | محليات | بلديات\n\n{HEADLINE}\n\n{LEAD}\n"
        article = _first(text)
        assert (article.title, article.source, article.section) == (HEADLINE, None, "محليات | بلديات")

    def test_table_under_headline_stays_a_table(self) -> None:
        """Guard (as before): a table's header row under the headline is no byline."""
        text = (
            "ترتيب دوري الناشئين بعد الجولة العاشرة\n\nالمركز | الفريق | لعب | نقاط\n1 | الوادي | 10 | 24\n"
            "2 | النجوم | 10 | 21\n\nويتصدر الوادي الترتيب بفارق ثلاث نقاط.\n"
        )
        article = _first(text)
        assert (article.title, article.source, article.section) == (
            "ترتيب دوري الناشئين بعد الجولة العاشرة",
            None,
            None,
        )
        assert list(article.paragraphs[:2]) == ["المركز | الفريق | لعب | نقاط", "1 | الوادي | 10 | 24"]

    def test_table_with_a_date_column_stays_a_table(self) -> None:
        """Guard: a row opening on a date with a match and its score is a table's, not the page's dates."""
        text = (
            "نتائج مباريات الأسبوع في دوري الناشئين\n\nالتاريخ | المباراة | النتيجة\n"
            "14 أبريل 2026 | الوادي - النجوم | 2-1\n15 أبريل 2026 | الشروق - الأمل | 0-0\n\n"
            "وتستأنف المسابقة بعد فترة التوقف.\n"
        )
        article = _first(text)
        assert (article.title, article.source, article.section) == (
            "نتائج مباريات الأسبوع في دوري الناشئين",
            None,
            None,
        )
        assert article.paragraphs[0] == "التاريخ | المباراة | النتيجة"

    def test_table_first_with_a_date_column(self) -> None:
        """Guard: the header row on the first line over a dated row is no byline either."""
        text = (
            "التاريخ | المباراة | النتيجة\n14 أبريل 2026 | الوادي - النجوم | 2-1\n"
            "15 أبريل 2026 | الشروق - الأمل | 0-0\n"
        )
        article = _first(text)
        assert (article.source, article.section) == (None, None)


# -- finding 2: a kicker over a headline over a list ----------------------------------------------------------

KICKED_HEADLINE = "انقطاع الكهرباء عن أحياء واسعة في شمال المدينة"


class TestKickerOverHeadlineOverList:
    def test_bullets(self) -> None:
        text = (
            f"عاجل\n{KICKED_HEADLINE}\n- فرق الصيانة تعمل على إصلاح العطل\n- لا موعد محدداً لعودة التيار\n"
            "أعلنت شركة الكهرباء أن عطلاً في محطة التحويل الرئيسية أدى إلى انقطاع التيار عن أحياء واسعة.\n"
        )
        article = _first(text)
        assert (article.title, article.section) == (KICKED_HEADLINE, "عاجل")
        assert article.paragraphs[0] == "- فرق الصيانة تعمل على إصلاح العطل"
        assert "عاجل" not in article.paragraphs and KICKED_HEADLINE not in article.paragraphs
        _quick_agrees(text)

    def test_numbered(self) -> None:
        text = (
            f"عاجل\n{KICKED_HEADLINE}\n1. فرق الصيانة تعمل على إصلاح العطل\n2. لا موعد محدداً لعودة التيار\n\n"
            "أعلنت شركة الكهرباء أن عطلاً في محطة التحويل الرئيسية أدى إلى انقطاع التيار.\n"
        )
        article = _first(text)
        assert (article.title, article.section) == (KICKED_HEADLINE, "عاجل")

    def test_kicker_over_plain_headline(self) -> None:
        """Guard (as before): the kicker over a headline over its lead."""
        text = f"عاجل\n{KICKED_HEADLINE}\n{LEAD}\n"
        article = _first(text)
        assert (article.title, article.section) == (KICKED_HEADLINE, "عاجل")


# -- note B: "مراسلنا" before a correspondent's name -----------------------------------------------------------


class TestCorrespondentTitle:
    @pytest.mark.parametrize(
        ("line", "name", "after"),
        [
            ("نابلس – مراسلنا خالد العمري", "خالد العمري", "نابلس"),
            ("نابلس - مراسلتنا ريم العمري", "ريم العمري", "نابلس"),
            ("بيت ساحور – مراسلنا خالد يوسف العمري", "خالد يوسف العمري", "بيت ساحور"),
            ("مراسلنا خالد العمري – نابلس", "خالد العمري", "نابلس"),
            ("كتب: مراسلنا خالد العمري", "خالد العمري", None),
        ],
    )
    def test_title_is_no_part_of_the_name(self, line: str, name: str, after: str | None) -> None:
        found = credit_line(line)
        assert found is not None and found[:2] == (name, after)

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("عمّان - مراسل الشرق الأوسط", ("مراسل الشرق الأوسط", "عمّان", None)),
            ("غزة - مراسلنا", None),
        ],
    )
    def test_title_alone_as_before(self, line: str, expected: tuple[str, str, None] | None) -> None:
        """Guard: an outlet's correspondent, or "مراسلنا" alone, as before."""
        assert credit_line(line) == expected

    def test_in_a_story(self) -> None:
        text = f"{HEADLINE}\n\nنابلس – مراسلنا خالد العمري\n\n{LEAD}\n\n{SECOND}\n"
        article = _first(text)
        assert (article.title, article.author) == (HEADLINE, "خالد العمري")
        assert list(article.paragraphs) == ["نابلس", LEAD, SECOND]


# -- note A: a headline opening on "آراء" ------------------------------------------------------------------------


class TestAraaHeadline:
    def test_headline_over_subtitle(self) -> None:
        headline = "آراء متضاربة حول الخطة"
        subtitle = "السكان يختلفون على مسار الحافلات"
        text = f"{headline}\n{subtitle}\n{LEAD}\n\n{SECOND}\n"
        article = _first(text)
        assert (article.title, article.section) == (headline, None)
        assert list(article.paragraphs[:2]) == [subtitle, LEAD]
        _quick_agrees(text)

    @pytest.mark.parametrize("label", ["آراء", "آراء القراء", "مقالات مختارة"])
    def test_short_label_stays_the_section(self, label: str) -> None:
        """Guard: a short label opening on "آراء" or "مقالات" over a column is its section."""
        headline = "مدننا العربية في مواجهة صيف لا ينتهي"
        text = f"{label}\n{headline}\n{LEAD}\n"
        article = _first(text)
        assert (article.title, article.section) == (headline, label)
