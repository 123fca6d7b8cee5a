"""load_notes: failed sources told in a few notifications, and what a reload brings and says."""

from __future__ import annotations

import pytest

from newstui.corpus import Corpus
from newstui.load_notes import MAX_FAILURE_NOTES, failure_notes, reload_news, reload_note
from newstui.model import Article, LoadResult
from newstui.ordering import Order

# Original headlines written for these tests.
OLD = Article(id="feed-0", title="Night ferry returns", source="Harbour Gazette", url="https://example.org/ferry")
NEW = Article(id="feed-0", title="Market hours change", source="Harbour Gazette", url="https://example.org/market")
AGAIN = Article(id="feed-1", title="Night ferry returns", source="Harbour Gazette")


class TestFailureNotes:
    @pytest.mark.parametrize(
        ("count", "told", "more"),
        [
            (0, 0, None),
            (1, 1, None),
            (MAX_FAILURE_NOTES, MAX_FAILURE_NOTES, None),
            (5, 3, "… and 2 more sources failed."),
        ],
    )
    def test_a_few_one_by_one_the_rest_counted(self, count: int, told: int, more: str | None) -> None:
        notes, counted = failure_notes([f"s{n}.txt: missing" for n in range(count)])
        assert notes == [f"s{n}.txt: missing" for n in range(told)]
        assert counted == more

    def test_each_note_is_one_sanitized_line(self) -> None:
        notes, _ = failure_notes(["[bold]x[/]\x1b[31m.txt:\nnot found"])
        assert notes == ["[bold]x[/]␛[31m.txt: not found"]


class TestReloadNews:
    def test_new_stories_only_with_unique_ids(self) -> None:
        corpus = Corpus([OLD])
        results = [LoadResult(origin="feed.xml", articles=(NEW, AGAIN))]
        fresh, edited, failed = reload_news(corpus, results, tag="r1", told=set(), quiet=False)
        assert [(article.id, article.title) for article in fresh] == [("feed-0.r1", "Market hours change")]
        assert failed == [] and edited == []
        assert [article.id for article in corpus.articles] == ["feed-0"], "the corpus is left alone"

    @pytest.mark.parametrize(
        ("quiet", "told", "expected"),
        [
            (False, set(), ["gone.txt", "down.xml"]),
            (False, {"gone.txt"}, ["gone.txt", "down.xml"]),
            (True, set(), ["gone.txt", "down.xml"]),
            (True, {"gone.txt"}, ["down.xml"]),
            (True, {"gone.txt", "down.xml"}, []),
        ],
        ids=["r-tells-all", "r-tells-again", "timed-first", "timed-tells-once", "timed-all-told"],
    )
    def test_failures_to_tell(self, quiet: bool, told: set[str], expected: list[str]) -> None:
        results = [
            LoadResult(origin="gone.txt", error="no such file"),
            LoadResult(origin="fine.txt", articles=(OLD,)),
            LoadResult(origin="down.xml", error="HTTP 503"),
        ]
        _, _, failed = reload_news(Corpus(), results, tag="r2", told=told, quiet=quiet)
        assert [result.origin for result in failed] == expected


@pytest.mark.parametrize(
    ("fresh", "edited", "order", "quiet", "note"),
    [
        (1, 0, "loaded", False, "1 new story, at the top of the list."),
        (1_200, 0, "loaded", True, "1,200 new stories, at the top of the list."),
        (2, 0, "newest", False, "2 new stories, in the list by date."),
        (0, 0, "loaded", False, "No new stories."),
        (0, 0, "newest", True, None),
        (0, 1, "loaded", True, "1 edited story read again."),
        (2, 1_500, "loaded", False, "2 new stories, at the top of the list. 1,500 edited stories read again."),
    ],
)
def test_reload_note(fresh: int, edited: int, order: Order, quiet: bool, note: str | None) -> None:
    assert reload_note(fresh, order, quiet=quiet, edited=edited) == note
