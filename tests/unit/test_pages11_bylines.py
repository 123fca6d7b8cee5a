"""Byline words of the pages11 audit on pages and in feeds: WordPress's "بواسطة", an investigation's "تحقيق:", and
two writers joined by "و" after a marker ("تقرير: A وB", "كتب: A وB") read as two writers.

Original pages and feeds written for these tests (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html
from newstui.parse.html_meta import byline_line, listed_writers

_TITLE: Final = "مزارعو الوادي يواجهون موسماً صعباً بعد شح الأمطار"
_PARAS: Final = (
    "يقف المزارعون في الوادي أمام حقول جافة هذا الموسم بعد أن تراجعت كميات الأمطار إلى أقل من نصف معدلها السنوي.",
    "ويقول أحدهم إنه اضطر إلى حفر بئر جديدة بتكلفة كبيرة لإنقاذ أشجار الزيتون التي زرعها والده قبل أربعين عاماً.",
    "وتدرس وزارة الزراعة تقديم قروض ميسرة للمزارعين المتضررين خلال الأشهر المقبلة.",
)


def _page(byline: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in _PARAS)
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_TITLE} | مجلة السهل</title></head><body>'
        f"<article><h1>{_TITLE}</h1>{byline}{body}</article></body></html>"
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html")
    return article


# M2, M3, L5 on a page -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ('<span class="byline">بواسطة <a href="/author/hind">هند العلوي</a></span>', "هند العلوي"),
        ('<div class="meta">بواسطة هند العلوي</div>', "هند العلوي"),
        ('<div class="info">تحقيق: نادين خوري ومازن عيسى</div>', "نادين خوري، مازن عيسى"),
        ('<div class="info">تقرير: نادين خوري ومازن عيسى</div>', "نادين خوري، مازن عيسى"),
        ("<p>تقرير: نادين خوري ومازن عيسى</p>", "نادين خوري، مازن عيسى"),
        ('<div class="info">كتب: نادين خوري ومازن عيسى</div>', "نادين خوري، مازن عيسى"),
        ('<div class="info">تحقيق: نادين خوري</div>', "نادين خوري"),
        ('<div class="info">كتب: نادين خوري</div>', "نادين خوري"),  # (always so)
        ("<p>كتب: نادين خوري ومازن عيسى وسامي النجار</p>", "نادين خوري، مازن عيسى، سامي النجار"),
        ("<p>تقرير: نادين خوري ومازن عيسى وسامي النجار</p>", "نادين خوري، مازن عيسى، سامي النجار"),
    ],
)
def test_byline_words_on_a_page(byline: str, author: str) -> None:
    article = _parse(_page(byline))
    assert article.author == author
    assert article.paragraphs == _PARAS  # the byline is no paragraph


def test_a_headline_after_taqrir_stays_text() -> None:
    """ "تقرير:" opens headlines too: a line of words that are no writers' names stays a paragraph."""
    line = "تقرير: أسعار القمح وأسعار الشعير"
    article = _parse(_page(f"<p>{line}</p>"))
    assert article.author is None
    assert article.paragraphs == (line, *_PARAS)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("بواسطة هند العلوي", ("هند العلوي", None)),
        ("بواسطة: هند العلوي", ("هند العلوي", None)),
        ("تحقيق: نادين خوري ومازن عيسى", ("نادين خوري ومازن عيسى", None)),
        ("تحقيق: رحلة القمح من الحقل إلى رغيف الخبز", None),
        ("تقرير: أسعار القمح وأسعار الشعير", None),
        ("كتب: نادين خوري ومازن عيسى وسامي النجار", ("نادين خوري ومازن عيسى وسامي النجار", None)),
        ("كتب: نادين خوري ومازن عيسى وسامي النجار وليلى حداد", None),  # four: no list of writers this reads
        ("تقرير: أسعار القمح والشعير والذرة ترتفع في الأسواق", None),
    ],
)
def test_byline_line(line: str, found: tuple[str | None, str | None] | None) -> None:
    assert byline_line(line) == found


@pytest.mark.parametrize(
    ("value", "listed"),
    [
        ("نادين خوري ومازن عيسى", "نادين خوري، مازن عيسى"),
        ("سامي النجار ووليد سالم", "سامي النجار، وليد سالم"),
        ("نادين خوري ومازن عيسى وريم حداد", "نادين خوري، مازن عيسى، ريم حداد"),
        ("عبد الله وليد سالم", "عبد الله وليد سالم"),  # one name with a "و" in it
        ("أسعار القمح وأسعار الشعير", "أسعار القمح وأسعار الشعير"),
        ("سامي وهبي", "سامي وهبي"),
        ("نادين خوري", "نادين خوري"),
    ],
)
def test_listed_writers(value: str, listed: str) -> None:
    assert listed_writers(value) == listed


# M2, M3, L5 in a feed -------------------------------------------------------------------------------------------


def _feed_author(creator: str) -> str | None:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>مجلة السهل</title><link>https://sahl.example/</link>"
        f"<item><title>{_TITLE}</title><link>https://sahl.example/7</link><dc:creator>{creator}</dc:creator>"
        f"<description>{_PARAS[0]}</description></item></channel></rss>"
    )
    (article,) = parse_feed(feed.encode(), origin="feed.xml")
    return article.author


@pytest.mark.parametrize(
    ("creator", "author"),
    [
        ("بواسطة هند العلوي", "هند العلوي"),
        ("بواسطه هند العلوي", "هند العلوي"),
        ("تحقيق: نادية بنسعيد ويوسف العمراني", "نادية بنسعيد، يوسف العمراني"),
        ("كتب: نادية بنسعيد ويوسف العمراني", "نادية بنسعيد، يوسف العمراني"),
        ("نادية بنسعيد ويوسف العمراني", "نادية بنسعيد، يوسف العمراني"),
        ("عبد الله وليد سالم", "عبد الله وليد سالم"),
        ("كتب: هند العلوي", "هند العلوي"),  # (always so)
    ],
)
def test_byline_words_in_a_feed(creator: str, author: str) -> None:
    assert _feed_author(creator) == author
