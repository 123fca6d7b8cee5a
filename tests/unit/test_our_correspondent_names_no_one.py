""" "Our correspondent" (مراسلنا) alone, a place maybe before it, names no author on a page, in a feed or a text file.

Every article here is written for these tests; each case failed before the change it covers (the kept ones guard it).
"""

from __future__ import annotations

import pytest

from newstui.parse.bylines import author_field_name, named_author
from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html
from newstui.parse.plaintext import parse_plaintext

HEADLINE = "قصف يطال حيا سكنيا في شمال القطاع"
LEAD = "تعرض حي سكني في شمال القطاع لقصف عنيف فجر اليوم، ما أدى إلى تدمير عدد من المنازل وإصابة العشرات."
SECOND = "وقال شهود عيان إن فرق الإنقاذ عملت لساعات على انتشال العالقين من تحت الأنقاض وسط نقص في المعدات."
THIRD = "وأضافوا أن المستشفيات القريبة استقبلت أعدادا كبيرة من المصابين خلال الساعات الأولى من الصباح."


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("مراسلنا", None),
        ("غزة - مراسلنا", None),
        ("القدس – مراسلتنا", None),
        ("غزة: مراسلنا", None),
        ("رام الله مراسلنا", None),  # (an extractor's, its colon or dash dropped)
        ("قطاع غزة الشمالي مراسلنا", "قطاع غزة الشمالي مراسلنا"),
        ("مراسلنا محمد حسن", "محمد حسن"),  # our correspondent's name
        ("مراسلتنا ريم حداد", "ريم حداد"),
        ("مراسلنا في مدينة غزة", "مراسلنا في مدينة غزة"),  # no name after it
        ("مراسل الجزيرة", "مراسل الجزيرة"),
        ("مراسلنا في غزة", "مراسلنا في غزة"),
        ("ريم حداد", "ريم حداد"),
        (None, None),
    ],
)
def test_named_author(name: str | None, expected: str | None) -> None:
    assert named_author(name) == expected


@pytest.mark.parametrize("byline", ["غزة - مراسلنا", "كتب: مراسلنا", "القدس – مراسلتنا", "غزة: مراسلنا"])
def test_a_page_byline_of_our_correspondent_gives_no_author(byline: str) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>الموقع</title></head><body><article>'
        f'<h1>{HEADLINE}</h1><div class="byline">{byline}</div><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>'
        "</article></body></html>"
    )
    (article,) = parse_html(page, origin="test.html")
    assert article.author is None
    assert article.paragraphs == (LEAD, SECOND, THIRD)


def test_a_page_byline_with_a_writer_keeps_the_writer() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>الموقع</title></head><body><article>'
        f'<h1>{HEADLINE}</h1><div class="byline">كتب: سامر خليل</div><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>'
        "</article></body></html>"
    )
    (article,) = parse_html(page, origin="test.html")
    assert article.author == "سامر خليل"


def test_a_feed_author_of_our_correspondent_gives_no_author() -> None:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>الموقع</title><link>https://news.example/</link>"
        f"<item><title>{HEADLINE}</title><link>https://news.example/a/1</link>"
        f"<dc:creator>غزة - مراسلنا</dc:creator><description>{LEAD}</description></item>"
        "</channel></rss>"
    )
    (article,) = parse_feed(feed.encode(), origin="test.xml")
    assert article.author is None
    assert author_field_name("غزة - مراسلنا") is None


def test_a_text_file_byline_of_our_correspondent_gives_no_author() -> None:
    text = "\n\n".join(("صحيفة الساحل – محليات", HEADLINE, "كتب: مراسلنا", LEAD, SECOND)) + "\n"
    (article,) = parse_plaintext(text, origin="test.txt")
    assert article.author is None
    assert article.paragraphs == (LEAD, SECOND)


def test_our_correspondent_s_name_is_the_author_on_a_page_and_in_a_text_file() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>الموقع</title></head><body><article>'
        f'<h1>{HEADLINE}</h1><div class="byline">كتب: مراسلنا محمد حسن</div><p>{LEAD}</p><p>{SECOND}</p>'
        f"<p>{THIRD}</p></article></body></html>"
    )
    (article,) = parse_html(page, origin="test.html")
    assert article.author == "محمد حسن"
    text = "\n\n".join(("صحيفة الساحل – محليات", HEADLINE, "كتب: مراسلنا محمد حسن", LEAD, SECOND)) + "\n"
    (article,) = parse_plaintext(text, origin="test.txt")
    assert article.author == "محمد حسن"


@pytest.mark.parametrize(
    ("field", "author"),
    [
        ("دمشق - د. ريم حداد", "د. ريم حداد"),  # a city, a dash and a doctor's title with the name
        ("حلب - ريم حداد", "ريم حداد"),
        ("مصر - د. الأزمة", "مصر - د. الأزمة"),  # no name after the title: the field as written
    ],
)
def test_a_city_before_a_titled_name_gives_the_name(field: str, author: str) -> None:
    assert author_field_name(field) == author


def test_a_page_byline_of_a_city_and_a_titled_name_names_the_person() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>الموقع</title></head><body><article>'
        f'<h1>{HEADLINE}</h1><div class="byline">دمشق - د. ريم حداد</div><p>{LEAD}</p><p>{SECOND}</p>'
        f"<p>{THIRD}</p></article></body></html>"
    )
    (article,) = parse_html(page, origin="test.html")
    assert article.author == "د. ريم حداد"
