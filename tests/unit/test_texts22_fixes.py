"""Round 39, branch texts22: a city before a name in an author field (audit pages21 #3), a Basmala alone on a
text's line (audit readme21 #1), title-only listing of texts whose byline carries the date (audit folders21 #2),
a list of writers before a bar and a date, a photographer named "وليد" (texts21's notes)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newstui.cli import run
from newstui.model import Article
from newstui.parse.bylines import author_field_name
from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_credits import credit_line
from newstui.parse.plaintext_head import QuickHead, quick_head
from newstui.parse.plaintext_lines import kept

HEADLINE = "افتتاح حديقة عامة جديدة في الحي الشمالي"
LEAD = (
    "افتتحت أمانة المدينة صباح اليوم حديقة عامة جديدة في الحي الشمالي تضم ممرات للمشي وملاعب للأطفال ومساحات "
    "خضراء واسعة."
)
SECOND = "وقال مسؤول في الأمانة إن الحديقة ستفتح أبوابها يوميا من الصباح حتى منتصف الليل."


def _first(text: str) -> Article:
    return parse_plaintext(text, origin="x")[0]


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# -- 1. A city one knows, a dash or colon and a name, whatever the first name, in an author field -------------------


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("الرياض - نورة القحطاني", "نورة القحطاني"),
        ("جدة – شهد العتيبي", "شهد العتيبي"),
        ("حلب - غيداء الأحمد", "غيداء الأحمد"),
        ("الرياض: وعد الحربي", "وعد الحربي"),
        ("دمشق - د. غيداء حداد", "د. غيداء حداد"),
        ("رام الله - سجى عبد الهادي", "سجى عبد الهادي"),
    ],
)
def test_a_city_before_any_name_in_an_author_field(field: str, name: str) -> None:
    assert author_field_name(field) == name


@pytest.mark.parametrize(
    ("field", "author"),
    [
        ("غزة - قصف جديد", None),  # a noun and its adjective: no name (a known city is never the author)
        ("الرياض - مراسل الموقع", None),  # a correspondent's title, no one's name
        ("الرياض - وكالة الأنباء", "وكالة الأنباء"),  # an agency's name (pages and feeds: the attribution)
        ("ريم حداد - سامر خليل", "ريم حداد - سامر خليل"),  # two names
        ("بنها - شهد العتيبي", "بنها - شهد العتيبي"),  # a town newstui does not know
        ("الرياض - فريق التحرير", "فريق التحرير"),  # a desk, as before
    ],
)
def test_guard_what_is_no_name_after_a_city_reads_as_before(field: str, author: str | None) -> None:
    assert author_field_name(field) == author


@pytest.mark.parametrize("line", ["القاهرة: شهد العتيبي", "غزة: قصف جديد", "أنقرة: تركي يفوز بالجائزة"])
def test_guard_a_text_line_still_needs_a_first_name_one_knows(line: str) -> None:
    """(Guard) In a text a city and two words may be a headline: an unknown first name is no credit there."""
    assert credit_line(line) is None


@pytest.mark.parametrize("name", ["نورة القحطاني", "لمياء العتيبي", "نايف العتيبي"])
def test_gulf_given_names_after_a_city_in_a_text(name: str) -> None:
    assert credit_line(f"الرياض - {name}") == (name, "الرياض", None)
    article = _first(_blocks("أخبار المدينة – محليات", HEADLINE, f"الرياض - {name}", LEAD, SECOND))
    assert (article.author, article.paragraphs[-2:]) == (name, (LEAD, SECOND))


def _page(byline: str = "", head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE}</title>{head}'
        f"</head><body><main><article><h1>{HEADLINE}</h1>{byline}"
        f'<div class="article-body"><p>{LEAD}</p><p>{SECOND}</p>'
        "<p>وأضاف أن أعمال تشجير الشوارع المحيطة بالحديقة ستكتمل خلال الشهرين المقبلين.</p>"
        "</div></article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "head"),
    [
        ('<p class="byline">الرياض - نورة القحطاني</p>', ""),
        ('<p class="byline">جدة – شهد العتيبي</p>', ""),
        ('<p class="byline">جدة: شهد العتيبي</p>', ""),
        ('<div class="author">جدة - شهد العتيبي</div>', ""),
        ("", '<meta name="author" content="جدة - شهد العتيبي">'),
        ("", '<meta name="author" content="جدة: شهد العتيبي">'),
    ],
)
def test_a_page_byline_city_and_name(byline: str, head: str) -> None:
    author = parse_html(_page(byline, head), origin="x")[0].author
    assert author in ("نورة القحطاني", "شهد العتيبي")


def test_a_page_city_before_a_dash_is_never_the_author() -> None:
    """The byline "جدة - مراسل الموقع" names no person; its city alone is no author either."""
    author = parse_html(_page('<p class="byline">جدة - مراسل الموقع</p>'), origin="x")[0].author
    assert author != "جدة"


def test_a_page_city_and_agency_byline_is_the_attribution() -> None:
    """ "دمشق - سانا" over the text: a wire's dateline, no author (not "دمشق"); the agency credits the story."""
    article = parse_html(_page('<p class="byline">دمشق - سانا</p>'), origin="x")[0]
    assert (article.author, article.attribution) == (None, "سانا")


def test_a_feed_author_city_and_name() -> None:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار المدينة</title>'
        "<id>urn:x</id><updated>2026-11-29T10:00:00Z</updated>"
        f"<entry><title>{HEADLINE}</title><id>urn:x:1</id><link href='https://city.example/a'/>"
        "<updated>2026-11-29T10:00:00Z</updated><author><name>الرياض - نورة القحطاني</name></author>"
        f"<summary>{LEAD}</summary></entry>"
        f"<entry><title>{HEADLINE} 2</title><id>urn:x:2</id><link href='https://city.example/b'/>"
        "<updated>2026-11-29T10:00:00Z</updated><author><name>جدة: شهد العتيبي</name></author>"
        f"<summary>{LEAD}</summary></entry></feed>"
    )
    articles = parse_feed(feed.encode(), origin="x")
    assert [article.author for article in articles] == ["نورة القحطاني", "شهد العتيبي"]


# -- 2. A Basmala alone on its line is a paragraph ---------------------------------------------------------------------


@pytest.mark.parametrize("line", ["﷽", "  ﷽  ", "﷾", "ﷺ", "ﷲ ﷻ"])
def test_a_ligature_line_is_a_paragraph(line: str) -> None:
    article = _first(_blocks("أخبار المدينة – محليات", HEADLINE, line, LEAD, SECOND))
    assert (article.title, article.paragraphs) == (HEADLINE, (line.strip(), LEAD, SECOND))
    assert kept(line.strip())


def test_a_basmala_over_the_headline_stays_the_first_paragraph() -> None:
    article = _first(_blocks("﷽", HEADLINE, LEAD, SECOND))
    assert (article.title, article.paragraphs) == (HEADLINE, ("﷽", LEAD, SECOND))


def test_a_basmala_over_the_text_is_not_its_title() -> None:
    article = _first(_blocks("﷽", LEAD, SECOND))
    assert article.title != "﷽"
    assert article.paragraphs == ("﷽", LEAD, SECOND)


def test_a_basmala_line_in_json_and_print(tmp_path: Path) -> None:
    story = tmp_path / "basmala.txt"
    story.write_text(_blocks("أخبار المدينة – محليات", HEADLINE, "﷽", LEAD, SECOND), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run(["--json", "--private", str(story)], out=out, err=err) == 0
    assert json.loads(out.getvalue())["articles"][0]["paragraphs"][0] == "﷽"
    out = io.StringIO()
    assert run(["--print", "--private", "--bidi", "terminal", "-w", "60", str(story)], out=out, err=err) == 0
    assert "بسم الله الرحمن الرحيم" in out.getvalue()


def test_guard_a_rule_still_separates() -> None:
    """(Guard) "* * *" and "---" are no paragraphs."""
    article = _first(_blocks("أخبار المدينة – محليات", HEADLINE, LEAD, "* * *", SECOND))
    assert article.paragraphs == (LEAD, SECOND)


# -- 3. quick_head of a text whose byline carries the date ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "source", "section"),
    [
        ("وكالة الأنباء – محليات – 12 نوفمبر 2026 - 14:33", "وكالة الأنباء", "محليات"),
        ("أخبار المدينة | بلديات | الأحد 29 نوفمبر 2026 - 09:15 ص", "أخبار المدينة", "بلديات"),
        ("أخبار المدينة / بلديات / 29/11/2026", "أخبار المدينة", "بلديات"),
        ("أخبار المدينة | 29 نوفمبر 2026", "أخبار المدينة", None),
    ],
)
@pytest.mark.parametrize("lead", ["", "\n"])
def test_quick_head_reads_a_byline_that_carries_the_date(
    line: str, source: str, section: str | None, lead: str
) -> None:
    text = lead + _blocks(line, HEADLINE, LEAD, SECOND)
    article = _first(text)
    assert (article.title, article.source, article.section) == (HEADLINE, source, section)
    assert quick_head(text) == QuickHead(HEADLINE, source, section)


def test_quick_head_of_a_dated_byline_with_crlf() -> None:
    text = _blocks("وكالة الأنباء – محليات – 12 نوفمبر 2026 - 14:33", HEADLINE, LEAD, SECOND).replace("\n", "\r\n")
    assert quick_head(text) == QuickHead(HEADLINE, "وكالة الأنباء", "محليات")
    assert (_first(text).source, _first(text).section) == ("وكالة الأنباء", "محليات")


def test_a_folder_of_dated_bylines_is_indexed_title_only(tmp_path: Path) -> None:
    from newstui.sources.index import index_noted

    story = tmp_path / "a.txt"
    story.write_text(_blocks("وكالة الأنباء – محليات – 12 نوفمبر 2026 - 14:33", HEADLINE, LEAD, SECOND), "utf-8")
    (stub,) = index_noted(str(story), cap=1 << 20).articles
    assert (stub.indexed_only, stub.title, stub.source, stub.section) == (True, HEADLINE, "وكالة الأنباء", "محليات")


# -- 4. Writers listed before a bar and a date; a photographer named "وليد" -------------------------------------------


@pytest.mark.parametrize("separator", ["|", "-", "·", "،"])
def test_listed_writers_before_a_date(separator: str) -> None:
    line = f"كتب: سامي حداد، رنا خليل {separator} 29 نوفمبر 2026"
    article = _first(_blocks(line, HEADLINE, LEAD, SECOND))
    assert (article.author, article.published) == ("سامي حداد، رنا خليل", "2026-11-29")
    article = _first(_blocks("أخبار المدينة – محليات", HEADLINE, line, LEAD, SECOND))
    assert (article.author, article.published) == ("سامي حداد، رنا خليل", "2026-11-29")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("كتب: فلان، فلانة | 29 نوفمبر 2026", "فلان، فلانة"),
        ("By Jane Doe, John Roe | Nov 30, 2026", "Jane Doe, John Roe"),
        ("كتب: سامي حداد، نورة القحطاني | القاهرة | 29 نوفمبر 2026", "سامي حداد، نورة القحطاني"),
        ("كتب: سامي حداد، دبي | 29 نوفمبر 2026", "سامي حداد"),  # a place after the comma, as before
        ("كتب: سامي حداد، القاهرة - 29 نوفمبر 2026", "سامي حداد"),
    ],
)
def test_the_names_before_a_date_have_no_separator(line: str, name: str) -> None:
    found = credit_line(line)
    assert found is not None
    assert found[0] == name
    assert found[2] is not None


@pytest.mark.parametrize("field", ["تصوير: وليد حسن", "تصوير - وليد حسن", "عدسة: وائل سعيد"])
def test_a_photographer_whose_name_opens_on_waw(field: str) -> None:
    assert author_field_name(field) is None


def test_guard_photography_and_writing_is_the_writers() -> None:
    """(Guard) "تصوير وكتابة: …": the photographer wrote it too."""
    assert author_field_name("تصوير وكتابة: سلوى النجار") is not None
