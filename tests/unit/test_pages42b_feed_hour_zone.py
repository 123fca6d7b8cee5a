"""A feed date whose offset is written in hours alone ("14:30 +03") keeps that offset (audit pages42 #11)."""

from __future__ import annotations

import pytest

from newstui.parse.feed import parse_feed


def _rss(date: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>نشرة الساحل</title>'
        "<item><title>تشغيل خط حافلات جديد بين الميناء والسوق القديم</title>"
        "<link>https://sahil.example/news/bus</link>"
        f"<pubDate>{date}</pubDate><description>بدأت البلدية تشغيل خط حافلات جديد.</description>"
        "</item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    ("date", "published"),
    [
        pytest.param("Thu, 3 Dec 2026 08:15 +03", "2026-12-03T08:15:00+03:00", id="hours-east"),
        pytest.param("Thu, 3 Dec 2026 08:15:00 -05", "2026-12-03T08:15:00-05:00", id="hours-west-seconds"),
        pytest.param("Thu, 3 Dec 2026 08:15 +0300", "2026-12-03T08:15:00+03:00", id="full-as-before"),
        pytest.param("2026-12-03", "2026-12-03", id="day-alone-no-zone"),
    ],
)
def test_an_hours_only_offset_is_kept(date: str, published: str) -> None:
    (article,) = parse_feed(_rss(date), origin="f.xml")
    assert article.published == published
