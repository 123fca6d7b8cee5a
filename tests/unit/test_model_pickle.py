"""Model objects cross the pipe from helper processes as pickles: every field comes back, nothing else."""

from __future__ import annotations

import pickle
from dataclasses import fields

import pytest

from newstui.model import Article, Link, LoadResult

LINK = Link(title="عنوان الخبر", url="https://example.test/a", target="id-2", kind="read-also")
FULL = Article(
    id="id-1",
    title="عنوان (مع أرقام 2026)",
    paragraphs=("فقرة أولى.", "Second paragraph."),
    source="المصدر",
    section="محليات",
    attribution="مراسلنا",
    author="كاتب الخبر",
    published="2026-11-29T05:00:00+00:00",
    url="https://example.test/1",
    origin="/tmp/story.txt",
    language="ar",
    direction="ltr",
    keywords=("مدينة", "طرق"),
    related=(LINK, Link(title="بلا رابط")),
    summary_only=True,
    feed_content=True,
    indexed_only=True,
    listing=True,
)


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(LINK, id="link"),
        pytest.param(Link(title="t"), id="link-defaults"),
        pytest.param(FULL, id="article-every-field"),
        pytest.param(Article(id="x", title="t"), id="article-defaults"),
        pytest.param(LoadResult(origin="/f", articles=(FULL, FULL)), id="result"),
        pytest.param(LoadResult(origin="/f", error="binary file, not text"), id="result-error"),
    ],
)
def test_round_trip_keeps_every_field(value: object) -> None:
    """A pickled model object comes back equal, field by field, of the same class."""
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(value, protocol=protocol))
        assert type(back) is type(value) and back == value
        for item in fields(value):  # type: ignore[arg-type]
            assert getattr(back, item.name) == getattr(value, item.name)


def test_non_default_values_are_not_lost() -> None:
    """Every field of the full article differs from its default, so the round trip above checks each one."""
    defaults = Article(id="", title="")
    for item in fields(Article):
        if item.name not in ("id", "title"):
            assert getattr(FULL, item.name) != getattr(defaults, item.name), item.name
