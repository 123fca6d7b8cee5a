"""HTML pages of the vparse audit: short news paragraphs worded like a newsletter plea stay text (H3), and a
byline "By Jane Roe, Political Editor, and Bob Stone" names both writers (M2)."""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.html_meta import byline_line, is_newsletter_plea, without_job_titles

_AR_PARAS: Final = (
    "أطلقت وزارة الاتصالات مبادرة جديدة لتدريب الشباب على مهارات البرمجة والذكاء الاصطناعي في خمس محافظات.",
    "وقال وزير الاتصالات إن المرحلة الثانية من المبادرة ستنطلق في الربيع المقبل وتشمل عشر محافظات أخرى.",
)
_EN_PARAS: Final = (
    "The city council voted on Tuesday to approve a new budget that increases spending on public transport by a"
    " fifth over the next two years.",
    "Council members said the plan would add three bus routes and extend evening service on the busiest lines"
    " across the northern districts.",
    "Opponents argued the money should instead go to road repairs, which residents have complained about for"
    " years in surveys.",
)
_TITLE: Final = "Council approves transport budget"


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html")
    return article


def _ar_page(inside: str) -> str:
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>آلاف الشباب يتدربون</title>'
        f"</head><body><article><h1>آلاف الشباب يتدربون على البرمجة</h1><p>{_AR_PARAS[0]}</p><p>{inside}</p>"
        f"<p>{_AR_PARAS[1]}</p></article></body></html>"
    )


def _en_page(inside: str = "", byline: str = "") -> str:
    paras = [f"<p>{text}</p>" for text in _EN_PARAS]
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_TITLE}</title></head><body><main>'
        f"<article><h1>{_TITLE}</h1>{byline}{paras[0]}{inside}{''.join(paras[1:])}</article></main></body></html>"
    )


# H3. News worded like a plea ------------------------------------------------------------------------------

_NEWS: Final = (
    "سجل أكثر من ألف طالب مجانا في دورات البرمجة التي أعلنتها الوزارة عبر البريد الإلكتروني.",
    "انضم أكثر من 50 ألف قارئ إلى النشرة البريدية للصحيفة منذ إطلاقها مجانا في يناير.",
    "سجل الحضور عبر البريد الإلكتروني مجانا، بحسب ما أعلنت الجامعة اليوم.",
    "Get your flu jab now, health officials said in an email to 40,000 patients on Friday.",
    "Sign up for the census online or by email before 31 March, the statistics office urged households on Monday.",
    "Register your vote by email before Friday, the electoral commission told residents.",
    "Subscribe to the newsletter, the mayor told residents, and you will know when the roads close.",
    "وأكدت الوزارة أن المشتركين في النشرة البريدية سيحصلون على تنبيهات مجانا عبر بريدهم الإلكتروني.",
)


@pytest.mark.parametrize("text", _NEWS)
def test_news_worded_like_a_plea_is_no_plea(text: str) -> None:
    """Reported speech ("said", "told", "urged", "بحسب", "أعلن", "أكد") or an Arabic verb whose subject is a
    count ("سجل أكثر من …", "انضم أكثر من …": registered, joined) make it news."""
    assert not is_newsletter_plea(text)


@pytest.mark.parametrize("text", _NEWS)
def test_news_worded_like_a_plea_stays_in_the_page(text: str) -> None:
    if text.isascii():
        assert _parse(_en_page(f"<p>{text}</p>")).paragraphs == (_EN_PARAS[0], text, *_EN_PARAS[1:])
    else:
        assert _parse(_ar_page(text)).paragraphs == (_AR_PARAS[0], text, _AR_PARAS[1])


@pytest.mark.parametrize(
    "text",
    [
        "Join 50,000 readers who get our free newsletter every morning.",
        "انضم إلى أكثر من 50 ألف قارئ واحصل على نشرتنا البريدية مجانا.",
        "لا تفوت أي خبر: سجّل بريدك الإلكتروني في نشرة البلقاء الصباحية مجانا.",
        "Want the top stories in your inbox? Sign up here.",
        "Subscribe to our newsletter for the latest news.",
        "اشترك في نشرة الصباح ليصلك أهم الأخبار.",
    ],
)
def test_a_plea_is_still_a_plea(text: str) -> None:
    """A count after a call is its object ("Join 50,000 readers", "انضم إلى أكثر من …"): still the site asking."""
    assert is_newsletter_plea(text)


def test_a_plea_is_still_dropped_from_the_page() -> None:
    plea = "انضم إلى أكثر من 50 ألف قارئ واحصل على نشرتنا البريدية مجانا."
    assert _parse(_ar_page(plea)).paragraphs == _AR_PARAS


# M2. A job title between two writers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        pytest.param("By Jane Roe, Political Editor, and Bob Stone", "Jane Roe, Bob Stone", id="and"),
        pytest.param("By Jane Roe, Political Editor, & Bob Stone", "Jane Roe, Bob Stone", id="ampersand"),
        pytest.param(
            "By Jane Roe, Political Editor, Bob Stone, Health Correspondent", "Jane Roe, Bob Stone", id="two-titles"
        ),
        pytest.param("By Jane Roe, Local Democracy Reporter", "Jane Roe", id="one-title"),
        pytest.param("By Jane Roe, Senior Correspondent, Cairo", "Jane Roe", id="title-and-place"),
        pytest.param("By Ann Miller and Bob Stone, Staff Writers", "Ann Miller and Bob Stone", id="names-then-title"),
    ],
)
def test_a_byline_line_keeps_every_writer(line: str, author: str) -> None:
    assert byline_line(line) == (author, None)


def test_the_second_writer_after_a_job_title_is_not_lost() -> None:
    """The byline paragraph is taken out of the text: both names are the author (the audit's b2.html)."""
    article = _parse(_en_page(byline="<p>By Jane Roe, Political Editor, and Bob Stone</p>"))
    assert (article.author, article.paragraphs) == ("Jane Roe, Bob Stone", _EN_PARAS)


def test_a_meta_author_with_a_title_between_two_writers() -> None:
    assert without_job_titles("Jane Roe, Political Editor, and Bob Stone") == "Jane Roe; Bob Stone"
    assert without_job_titles("Jane Roe; Political Editor; and Bob Stone") == "Jane Roe; Bob Stone"
