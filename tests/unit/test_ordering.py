"""ordering: the list as loaded, or the newest first by publication time (undated stories last, stable)."""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.ordering import newest_first, published_at


def story(name: str, published: str | None) -> Article:
    return Article(id=name, title=f"خبر {name}", published=published)


class TestPublishedAt:
    @pytest.mark.parametrize(
        ("text", "stamp"),
        [
            ("2026-11-02", 1_793_577_600.0),
            ("2026-11-02T10:00:00", 1_793_613_600.0),
            ("2026-11-02T10:00:00+00:00", 1_793_613_600.0),
            ("2026-11-02T13:00:00+03:00", 1_793_613_600.0),  # the same moment in Baghdad
            ("2026-11-02T10:00:00Z", 1_793_613_600.0),
            (None, None),
            ("", None),
            ("yesterday", None),
            ("2026-13-40", None),
        ],
    )
    def test_iso_8601_in_utc(self, text: str | None, stamp: float | None) -> None:
        assert published_at(story("a", text)) == stamp


class TestNewestFirst:
    def test_newest_first_undated_last_each_in_its_order(self) -> None:
        articles = [
            story("undated-1", None),
            story("old", "2026-10-01"),
            story("new", "2026-11-02T13:00:00+03:00"),
            story("bad-date", "soon"),
            story("newer", "2026-11-02T11:00:00Z"),
            story("same-as-new", "2026-11-02T10:00:00"),
        ]
        assert [a.id for a in newest_first(articles)] == [
            "newer",
            "new",
            "same-as-new",  # the same moment as "new": the loaded order decides
            "old",
            "undated-1",
            "bad-date",
        ]

    def test_empty(self) -> None:
        assert newest_first([]) == []
