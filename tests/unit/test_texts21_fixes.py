"""Plain text: bar datelines, photographers' credits, a sources list, star ratings (texts21).

Audit texts21, findings 1 to 5: a Levantine dateline ``place | date | time`` dates the story; a photographer's
line ("صور: …", "تصوير: …") under the byline, with one more line the head does not know, keeps the headline and
the author; "صور:" after the writer's name is a photographer's credit; a bare "المصادر:" over a list or
footnotes stays in the text with them, over plain lines it gives them all as the attribution; a star rating alone
on a line ("★★★★☆") is kept, and a run of five filled stars is kept under a headline or a review's details and
left out as a separator under a sentence.

Every article here is written for these tests; each test of a change failed before it (the guards of what
stays are marked so).
"""

from __future__ import annotations

import pytest

from helpers.heads import first_article as _first
from helpers.heads import quick_agrees as _quick_agrees
from newstui.parse.bylines import author_field_name, without_crew
from newstui.parse.plaintext_dates import dateline_kind, is_date_line, iso_date
from newstui.parse.plaintext_lines import kept

BYLINE = "الأفق – لبنان"
HEADLINE = "افتتاح مكتبة عامة جديدة في وسط مدينة صيدا"
WRITER_LINE = "كتب: سامر حداد"
LEAD = (
    "افتتحت بلدية صيدا صباح اليوم مكتبة عامة جديدة تضم أكثر من عشرين ألف كتاب، بحضور عدد من الأدباء والطلاب "
    "وأهالي المدينة."
)
SECOND = "وقال رئيس البلدية إن المكتبة ستفتح أبوابها يومياً من التاسعة صباحاً حتى السابعة مساءً."


def _story(*head: str) -> str:
    """A story: the byline, the headline, the writer's line, then ``head`` lines and the text, a blank line apart."""
    return "\n\n".join([BYLINE, HEADLINE, WRITER_LINE, *head, LEAD, SECOND]) + "\n"


# -- finding 1: a dateline "place | date | time" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("صيدا | 14 آذار 2026 | 09:40", "2026-03-14T09:40:00"),
        ("صيدا | 14 آذار 2026", "2026-03-14"),
        ("صيدا | 14 مارس 2026", "2026-03-14"),
        ("صيدا | السبت 14 آذار 2026 | 09:40", "2026-03-14T09:40:00"),
        ("Beirut | March 14, 2026 | 09:40", "2026-03-14T09:40:00"),
    ],
)
def test_a_bar_dateline_under_the_byline_dates_the_story(dateline: str, published: str) -> None:
    text = _story(dateline)
    article = _first(text)
    assert article.published == published
    assert (article.title, article.author) == (HEADLINE, "سامر حداد")
    assert list(article.paragraphs)[:2] == [dateline, LEAD]
    _quick_agrees(text)


def test_a_bar_dateline_is_a_date_line_in_plain_text_only() -> None:
    assert is_date_line("صيدا | 14 آذار 2026 | 09:40")
    assert iso_date("صيدا | 14 آذار 2026 | 09:40") == "2026-03-14T09:40:00"
    # guards (as before): a page's meta line, a person's name before the bar, is no dateline of dateline_kind's
    assert dateline_kind("سامر حداد | 14 آذار 2026") is None
    assert dateline_kind("صيدا | 14 آذار 2026") is None


@pytest.mark.parametrize(
    "line",
    [
        "صيدا | 14 آذار",  # no year
        "افتتاح مكتبة عامة جديدة في صيدا | 14 آذار 2026",  # a headline's words before the bar
        "صيدا | 14 | 2026",  # no date
        "صيدا | 25%",
        "ريم خليل | 14 آذار 2026",  # two words: maybe a writer's name
        "John Roe | Nov 30, 2026",
    ],
)
def test_other_bar_lines_stay_no_dateline(line: str) -> None:
    """Guard: stays as before."""
    assert not is_date_line(line)


@pytest.mark.parametrize(
    ("writer_line", "author"),
    [
        ("كتب: سامر حداد، ريم خليل | 14 آذار 2026", "سامر حداد، ريم خليل"),
        ("By Jane Doe, John Roe | Nov 30, 2026", "Jane Doe, John Roe"),
    ],
)
def test_a_second_writer_before_a_bar_and_a_date_is_no_place(writer_line: str, author: str) -> None:
    """Guard: stays as before (both writers are the author; the bar left after them is plaintext_credits' own)."""
    article = _first("\n\n".join([BYLINE, HEADLINE, writer_line, LEAD, SECOND]) + "\n")
    assert article.author is not None
    assert article.author.startswith(author)


def test_a_bar_dateline_over_the_headline_is_read_past() -> None:
    text = "\n\n".join([BYLINE, "صيدا | 14 آذار 2026 | 09:40", HEADLINE, LEAD, SECOND]) + "\n"
    article = _first(text)
    assert (article.title, article.published) == (HEADLINE, "2026-03-14T09:40:00")
    _quick_agrees(text)


# -- finding 2: a photographer's line and one line the head does not know under the byline -----------------------


@pytest.mark.parametrize(
    "lines",
    [
        ("صور: رامي فارس", "صيدا | 14 آذار 2026 | 09:40"),
        ("صور: رامي فارس", "خاص بالأفق"),
        ("تصوير: رامي فارس", "خاص"),
        ("تصوير: رامي فارس", "جنوب لبنان"),
        ("تصوير: رامي فارس", "إشراف: ليلى سعد"),
        ("الصور: وكالة الأناضول", "خاص بالأفق"),
        ("خاص بالأفق", "عدسة: رامي فارس"),
        ("Photo: Rami Fares", "خاص بالأفق"),
    ],
)
def test_a_photo_line_and_one_unknown_line_keep_the_head(lines: tuple[str, str]) -> None:
    text = _story(*lines)
    article = _first(text)
    assert (article.title, article.author, article.source) == (HEADLINE, "سامر حداد", "الأفق")
    assert list(article.paragraphs) == [*lines, LEAD, SECOND]
    _quick_agrees(text)


def test_a_photo_line_and_a_bar_dateline_under_a_headline_opening_on_photos() -> None:
    headline = "بالصور: فيضان النهر يغمر الحقول في سهل البقاع"
    text = "\n\n".join(["الأفق – لبنان", headline, "كتبت: ريم حداد", "صور: رامي فارس", "زحلة | 14 آذار 2026 | 09:40"])
    text += f"\n\n{LEAD}\n\n{SECOND}\n"
    article = _first(text)
    assert (article.title, article.author, article.published) == (headline, "ريم حداد", "2026-03-14T09:40:00")
    assert list(article.paragraphs)[0] == "صور: رامي فارس"
    assert headline not in article.paragraphs
    _quick_agrees(text)


def test_two_unknown_lines_under_a_photo_line_still_undo_the_head() -> None:
    """Guard: stays as before (one unknown line is read past, not two)."""
    text = _story("صور: رامي فارس", "خاص بالأفق", "جنوب لبنان")
    article = _first(text)
    assert article.author is None
    _quick_agrees(text)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("صور: حسن عسل", True),
        ("الصور: وكالة الأناضول", True),
        ("تصوير: رامي فارس", True),
        ("الصورة: رامي فارس", True),
        ("Photo: J. Roe", True),
        ("صور: افتتاح المتحف الكبير في قلب العاصمة", False),  # a gallery's headline
        ("صور: 12 لقطة من الحفل", False),
        ("الصورة: الوزير يتحدث إلى الصحفيين.", False),
        ("صورة العام في المدينة", False),
    ],
)
def test_is_photo_credit(line: str, credit: bool) -> None:
    from newstui.parse.plaintext_lines import is_photo_credit  # (new in texts21: imported here, for the old code's run)

    assert is_photo_credit(line) is credit


# -- finding 3: "صور:" after the writer's name -------------------------------------------------------------------


@pytest.mark.parametrize(
    "writer_line",
    [
        "كتب: سامر حداد - صور: رامي فارس",
        "كتب: سامر حداد | الصور: رامي فارس",
        "كتب: سامر حداد، صور: رامي فارس",
        "كتب: سامر حداد وصور: رامي فارس",
    ],
)
def test_photos_after_the_writer_is_a_crew_credit(writer_line: str) -> None:
    text = "\n\n".join([BYLINE, HEADLINE, writer_line, LEAD, SECOND]) + "\n"
    article = _first(text)
    assert (article.title, article.author) == (HEADLINE, "سامر حداد")
    assert list(article.paragraphs) == [LEAD, SECOND]
    _quick_agrees(text)


def test_a_photos_credit_names_no_author() -> None:
    assert author_field_name("صور: رامي فارس") is None
    assert author_field_name("الصور: وليد حسن") is None
    assert without_crew("سامر حداد - صور: رامي فارس") == "سامر حداد"


def test_photos_without_a_colon_is_no_credit() -> None:
    """Guard: stays as before ("صور" is a word too)."""
    assert without_crew("سامر حداد - صور الحفل") == "سامر حداد - صور الحفل"
    assert author_field_name("صور من الحفل") == "صور من الحفل"


# -- finding 4: a bare "المصادر:" over a list of sources ---------------------------------------------------------

SCIENCE = "\n\n".join([BYLINE, HEADLINE, LEAD, SECOND])


@pytest.mark.parametrize(
    "items",
    [
        ["[1] مرصد الفلك الوطني، تقرير سنوي، 2026.", "[2] مجلة علوم الفضاء، العدد 41."],
        ["- مرصد الفلك الوطني، تقرير سنوي 2026.", "- مجلة علوم الفضاء، العدد 41."],
        ["1. مرصد الفلك الوطني", "2. مجلة علوم الفضاء"],
        ["(1) مرصد الفلك الوطني، تقرير سنوي، 2026."],
    ],
)
@pytest.mark.parametrize("heading", ["المصادر:", "المصدر:", "Sources:"])
def test_a_bare_sources_heading_over_a_list_stays_with_it(heading: str, items: list[str]) -> None:
    text = f"{SCIENCE}\n\n{heading}\n" + "\n".join(items) + "\n"
    article = _first(text)
    assert article.attribution is None
    assert list(article.paragraphs)[-len(items) - 1 :] == [heading, *items]


def test_plain_lines_under_a_bare_sources_heading_are_all_the_attribution() -> None:
    text = f"{SCIENCE}\n\nالمصادر:\nمرصد الفلك الوطني\nمجلة علوم الفضاء\nوكالة الأنباء\n"
    article = _first(text)
    assert article.attribution == "مرصد الفلك الوطني، مجلة علوم الفضاء، وكالة الأنباء"
    assert list(article.paragraphs) == [LEAD, SECOND]


def test_one_value_under_a_bare_source_heading_is_the_attribution() -> None:
    """Guard: stays as before; the singular marker takes its one line, not the short lines under it."""
    article = _first(f"{SCIENCE}\n\nالمصدر:\nوكالة الأنباء\n")
    assert (article.attribution, list(article.paragraphs)) == ("وكالة الأنباء", [LEAD, SECOND])
    article = _first(f"{SCIENCE}\n\nالمصدر:\nوكالة الأنباء\nخبر آخر من المدينة\n")
    assert article.attribution == "وكالة الأنباء"


def test_a_dateline_under_the_sources_is_no_source() -> None:
    """Guard: stays as before (a dateline, or an author line, under the plural marker's first value ends them)."""
    article = _first(f"{SCIENCE}\n\nالمصادر:\nمرصد الفلك الوطني\nالسبت 14 آذار 2026\n")
    assert article.attribution == "مرصد الفلك الوطني"


# -- finding 5: star ratings -------------------------------------------------------------------------------------

REVIEW_HEAD = "المجلة – كتب"
REVIEW_TITLE = "رواية جديدة عن بائع الكتب وأحلامه"
REVIEW_LEAD = "تقدم الرواية حكاية بائع كتب يفقد كشكه في وسط المدينة ويتحول إلى شخصيات الروايات التي قرأها طوال حياته."
REVIEW_SECOND = "وتمتد الرواية على أكثر من ثلاثمئة صفحة، وتتنقل بين الماضي والحاضر."


def _review(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("stars", ["★★★★☆", "★★★☆☆", "⭐⭐⭐⭐☆", "★ ★ ★ ★ ☆", "★★★★⯪", "★★★★★"])
def test_stars_under_the_headline_are_kept(stars: str) -> None:
    text = _review(REVIEW_HEAD, REVIEW_TITLE, stars, "عمّان – خاص", REVIEW_LEAD, REVIEW_SECOND)
    article = _first(text)
    assert (article.title, article.source) == (REVIEW_TITLE, "المجلة")
    assert list(article.paragraphs) == [stars, "عمّان – خاص", REVIEW_LEAD, REVIEW_SECOND]
    _quick_agrees(text)


@pytest.mark.parametrize("stars", ["★★★★☆", "★★★★★"])
def test_stars_under_a_rating_label_or_details_are_kept(stars: str) -> None:
    article = _first(_review(REVIEW_TITLE, REVIEW_LEAD, REVIEW_SECOND, f"التقييم النهائي:\n{stars}"))
    assert list(article.paragraphs)[-2:] == ["التقييم النهائي:", stars]
    article = _first(_review(REVIEW_TITLE, REVIEW_LEAD, REVIEW_SECOND, f"المؤلف: سامي علي\nالناشر: دار الأفق\n{stars}"))
    assert list(article.paragraphs)[-1] == stars


def test_mixed_stars_between_paragraphs_are_kept() -> None:
    article = _first(_review(REVIEW_TITLE, REVIEW_LEAD, "★★★☆☆", REVIEW_SECOND))
    assert list(article.paragraphs) == [REVIEW_LEAD, "★★★☆☆", REVIEW_SECOND]


def test_stars_over_the_headline_are_read_past() -> None:
    text = _review("★★★★☆", REVIEW_TITLE, REVIEW_LEAD, REVIEW_SECOND)
    article = _first(text)
    assert article.title == REVIEW_TITLE
    assert list(article.paragraphs) == ["★★★★☆", REVIEW_LEAD, REVIEW_SECOND]
    _quick_agrees(text)


@pytest.mark.parametrize(
    "text",
    [
        _review(REVIEW_TITLE, REVIEW_LEAD, "★★★★★", REVIEW_SECOND),  # under a sentence: a separator
        f"{REVIEW_TITLE}\n\n{REVIEW_LEAD}\n★★★★★\n{REVIEW_SECOND}\n",
        _review("★★★★★", REVIEW_TITLE, REVIEW_LEAD, REVIEW_SECOND),  # atop the text
        _review(REVIEW_TITLE, REVIEW_LEAD, "- أولاً\n- ثانياً\n★★★★★", REVIEW_SECOND),  # under a list
        _review(REVIEW_TITLE, "*****", REVIEW_LEAD, REVIEW_SECOND),  # asterisks: a separator (README)
        _review(REVIEW_TITLE, REVIEW_LEAD, "★★★", REVIEW_SECOND),  # a row of one star, not five
    ],
)
def test_a_run_of_stars_as_a_separator_is_left_out(text: str) -> None:
    """Guard: stays as before."""
    article = _first(text)
    assert article.title == REVIEW_TITLE
    assert not any(set(paragraph) & set("★*☆") for paragraph in article.paragraphs)
    assert REVIEW_SECOND in article.paragraphs
    _quick_agrees(text)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("★★★★☆", "rating"),
        ("★★★☆☆ (3/5)", "rating"),
        ("4/5 ★★★★☆", "rating"),
        ("★★★★★", "run"),
        ("⭐⭐⭐⭐⭐", "run"),
        ("☆☆☆☆☆", None),
        ("★★★★★★★★★★★", None),
        ("★★★ ممتاز", None),
        ("***", None),
    ],
)
def test_star_rating(line: str, kind: str | None) -> None:
    from newstui.parse.plaintext_lines import star_rating  # (new in texts21: imported here, for the old code's run)

    assert star_rating(line) == kind


def test_a_rating_counts_a_run_only_in_context() -> None:
    assert kept("★★★★☆")
    assert not kept("★★★★★")
