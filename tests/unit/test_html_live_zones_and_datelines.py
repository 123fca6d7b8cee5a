"""HTML pages: live updates stamped with a zone or by their ``<time datetime>`` (audit pages4 F4), a
dateline's time of day kept on trafilatura's day (F8).

Original pages written for these tests, modelled on the audit's inputs.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html

URL: Final = "https://coast.example/live/2026/storm.html"

_UPDATES: Final = [
    ("09:40", "2026-11-30T09:40:00Z", "The regional grid operator says about 40,000 homes are without electricity."),
    ("08:55", "2026-11-30T08:55:00Z", "Ferry services between the mainland and the islands have been cancelled."),
    ("07:30", "2026-11-30T07:30:00Z", "Forecasters confirmed that the storm crossed the coastline near the harbour."),
]
_AR_UPDATES: Final = [
    (
        "10:15",
        "2026-11-30T10:15:00+03:00",
        "أعلنت السلطات إغلاق الميناء أمام حركة السفن حتى إشعار آخر بسبب ارتفاع الأمواج.",
    ),
    (
        "09:40",
        "2026-11-30T09:40:00+03:00",
        "انقطع التيار الكهربائي عن عدة أحياء في المدينة الساحلية، وتعمل فرق الطوارئ على إعادته.",
    ),
    (
        "09:05",
        "2026-11-30T09:05:00+03:00",
        "بدأت الأمطار الغزيرة بالهطول منذ ساعات الفجر الأولى على معظم المناطق الساحلية.",
    ),
]


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin=URL, url=URL)
    return article


def _live(update: str, *, arabic: bool = False) -> Article:
    lang, direction = ("ar", "rtl") if arabic else ("en", "ltr")
    title = "مباشر: تطورات العاصفة على الساحل" if arabic else "Live: Storm Elena makes landfall"
    updates = _AR_UPDATES if arabic else _UPDATES
    body = "".join(update.format(clock=clock, stamp=stamp, text=text) for clock, stamp, text in updates)
    return _parse(
        f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><main><h1>{title}</h1><div class='live'>{body}</div></main></body></html>"
    )


_ZONES = [
    # (id, update template, Arabic?, what each stamp reads)
    ("gmt", "<div class='update'><time datetime='{stamp}'>{clock} GMT</time><p>{text}</p></div>", False, "{} GMT"),
    ("utc", "<div class='update'><time>{clock} UTC</time><p>{text}</p></div>", False, "{} UTC"),
    ("offset", "<div class='update'><time>{clock} +03:00</time><p>{text}</p></div>", False, "{} +03:00"),
    ("utc-plus", "<div class='update'><time>{clock} UTC+3</time><p>{text}</p></div>", False, "{} UTC+3"),
    (
        "pm-and-zone",
        "<div class='update'><span class='time'>{clock} AM BST</span><p>{text}</p></div>",
        False,
        "{} AM BST",
    ),
    ("mecca", "<div class='update'><time>{clock} بتوقيت مكة</time><p>{text}</p></div>", True, "{} بتوقيت مكة"),
    (
        "mecca-two-words",
        "<div class='update'><span class='time'>{clock} بتوقيت مكة المكرمة</span><p>{text}</p></div>",
        True,
        "{} بتوقيت مكة المكرمة",
    ),
    (
        "local-time",
        "<div class='update'><time>{clock} بالتوقيت المحلي</time><p>{text}</p></div>",
        True,
        "{} بالتوقيت المحلي",
    ),
    ("gmt-arabic", "<div class='update'><time>{clock} ت.غ</time><p>{text}</p></div>", True, "{} ت.غ"),
    # The text is no clock: the <time datetime> attribute's hour and minute.
    (
        "attribute-relative",
        "<div class='update'><time datetime='{stamp}'>2 hours ago</time><p>{text}</p></div>",
        False,
        "{}",
    ),
    (
        "attribute-arabic",
        "<div class='update'><time datetime='{stamp}'>منذ ساعتين</time><p>{text}</p></div>",
        True,
        "{}",
    ),
    (
        "attribute-heading",
        "<div class='update'><time datetime='{stamp}'>30 Nov 2026</time><h3>Update</h3><p>{text}</p></div>",
        False,
        None,
    ),
]


@pytest.mark.parametrize(("update", "arabic", "shown"), [case[1:] for case in _ZONES], ids=[case[0] for case in _ZONES])
def test_a_live_update_with_a_zone_keeps_its_time(update: str, arabic: bool, shown: str | None) -> None:
    """Each update's paragraph (or heading) starts with its time; the zone, when written, stays with it."""
    article = _live(update, arabic=arabic)
    updates = _AR_UPDATES if arabic else _UPDATES
    if shown is None:  # the heading takes the time
        expected = [line for clock, _, text in updates for line in (f"{clock} — Update", text)]
    else:
        expected = [f"{shown.format(clock)} — {text}" for clock, _, text in updates]
    assert list(article.paragraphs) == expected


def test_a_storys_publication_time_above_its_lead_is_no_stamp() -> None:
    """One ``<time datetime>`` with a date for text, above the lead: the story's time, not an update's."""
    lead = "The council opened a footbridge over the wadi on Sunday after two years of work on the site."
    second = "The mayor said the bridge cuts the children's walk to school from half an hour to ten minutes."
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Footbridge opens</title></head><body>'
        "<article><h1>Footbridge opens over the wadi</h1>"
        "<div class='meta'><time datetime='2026-11-30T09:15:00+02:00'>30 November 2026</time></div>"
        f"<p>{lead}</p><p>{second}</p></article></body></html>"
    )
    assert list(_parse(page).paragraphs) == [lead, second]


def test_a_clock_with_a_words_worth_after_it_is_no_stamp() -> None:
    """A ``<time>`` holding a clock and more than a zone ("09:40 the storm") is no stamp (a sentence)."""
    update = "<div class='update'><time>{clock} and rising</time><p>{text}</p></div>"
    assert not any(" — " in paragraph for paragraph in _live(update).paragraphs)


_LEAD: Final = "وزارة التربية والتعليم أعلنت أن امتحانات نصف العام الدراسي ستبدأ في الأسبوع الثاني من شهر يناير المقبل."
_SECOND: Final = "وأوضح المتحدث باسم الوزارة أن الجداول التفصيلية ستنشر على موقع الوزارة خلال الأيام القليلة المقبلة."
_EN_LEAD: Final = "Councillors have approved plans for a new central library on the site of the former bus station."
_EN_SECOND: Final = "The scheme, which was backed by 31 votes to 12 at a meeting on Thursday, will cost £18 million."

_DATELINES = [
    # (id, dateline element, lang, expected published)
    ("numeric-morning", "<div class='date'>2026/11/30 - 11:00 ص</div>", "ar", "2026-11-30T11:00:00"),
    ("numeric-evening", "<div class='date'>30/11/2026 - 08:15 م</div>", "ar", "2026-11-30T20:15:00"),
    ("english-published", "<div class='date'>Published 29 November 2026, 18:20</div>", "en", "2026-11-29T18:20:00"),
    ("english-no-time", "<div class='date'>Published 29 November 2026</div>", "en", "2026-11-29"),
]


def _dated(dateline: str, lang: str, *, head: str = "") -> str:
    lead, second = (_LEAD, _SECOND) if lang == "ar" else (_EN_LEAD, _EN_SECOND)
    title = "وزارة التربية تعلن موعد الامتحانات" if lang == "ar" else "Council approves plan for new library"
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
        f"<article><h1>{title}</h1>{dateline}<p>{lead}</p><p>{second}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("dateline", "lang", "expected"), [case[1:] for case in _DATELINES], ids=[case[0] for case in _DATELINES]
)
def test_a_datelines_time_of_day_is_kept(dateline: str, lang: str, expected: str) -> None:
    """trafilatura reads the day of a numeric or English dateline; the dateline's time of day goes with it."""
    assert _parse(_dated(dateline, lang)).published == expected


def test_a_day_only_meta_date_takes_the_same_days_dateline_time() -> None:
    page = _dated("<div class='date'>2026/11/30 - 11:00 ص</div>", "ar", head="<meta name='date' content='2026-11-30'>")
    assert _parse(page).published == "2026-11-30T11:00:00"


def test_a_dateline_of_another_day_does_not_change_the_declared_day() -> None:
    page = _dated("<div class='date'>2026/11/28 - 11:00 ص</div>", "ar", head="<meta name='date' content='2026-11-30'>")
    assert _parse(page).published == "2026-11-30"


def test_a_declared_time_of_day_is_not_overridden_by_the_dateline() -> None:
    head = "<meta property='article:published_time' content='2026-11-30T09:05:00+03:00'>"
    page = _dated("<div class='date'>2026/11/30 - 11:00 ص</div>", "ar", head=head)
    assert _parse(page).published == "2026-11-30T09:05:00+03:00"
