"""HTML pages: a live update's time written in a plain ``<span>`` inside an element whose class says "time"
(``<div class="entry-time"><span>11:40</span></div>``) stamps the update's heading as a ``<time>`` does, never a
paragraph of its own (audit pages21, finding 8).

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.parse.html import parse_html

URL: Final = "https://sahil-live.example/live/flood"

_UPDATES: Final = (
    ("13:20", "فتح طريق الساحل أمام السيارات", "أعادت الشرطة فتح طريق الساحل أمام السيارات بعد انحسار المياه عنه."),
    ("10:05", "وصول فرق الإنقاذ إلى القرى", "وصلت فرق الإنقاذ إلى القرى المعزولة في الوادي صباح اليوم."),
)


def _page(stamp: str) -> str:
    entries = "".join(
        f"<div class='live-entry'><div class='entry-time'>{stamp.format(time)}</div><h3>{heading}</h3>"
        f"<p>{text}</p></div>"
        for time, heading, text in _UPDATES
    )
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مباشر: فيضانات الساحل</title>'
        "</head><body><main><h1>مباشر: فيضانات الساحل</h1><div class='liveblog-summary'><p>نتابع هنا أولا بأول"
        f" تطورات الفيضانات التي ضربت قرى الساحل منذ ليل الثلاثاء.</p></div><div class='feed'>{entries}</div>"
        "</main></body></html>"
    )


@pytest.mark.parametrize("stamp", ["<span>{}</span>", "<strong>{}</strong>", "{}"])
def test_an_update_time_in_a_span_stamps_its_heading(stamp: str) -> None:
    (article,) = parse_html(_page(stamp), origin=URL, url=URL)
    assert article.paragraphs[1:] == tuple(
        line for time, heading, text in _UPDATES for line in (f"{time} — {heading}", text)
    )
