"""load_notes: failed sources told in a few notifications, and what a reload brings and says."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.corpus import Corpus
from newstui.load_notes import MAX_FAILURE_NOTES, failure_notes, files_gone, reload_news, reload_note
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
        news = reload_news(corpus, results, tag="r1", told=set(), quiet=False)
        assert [(article.id, article.title) for article in news.fresh] == [("feed-0.r1", "Market hours change")]
        assert news.failed == [] and news.edited == [] and news.gone == set()
        assert news.back == {"feed-0", "feed-1"}
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
        news = reload_news(Corpus(), results, tag="r2", told=told, quiet=quiet)
        assert [result.origin for result in news.failed] == expected

    def test_stories_whose_file_was_deleted_are_gone(self, tmp_path: Path) -> None:
        """A folder loaded again: a story it did not list whose file is missing is gone; others stand."""
        folder = tmp_path / "news"
        (folder / "sub").mkdir(parents=True)
        kept, skipped = folder / "1.txt", folder / "sub" / "2.txt"
        for path in (kept, skipped):
            path.write_text("خبر\n", encoding="utf-8")
        stories = {
            "kept": f"{kept}",
            "skipped": f"{skipped}",  # not listed (a cap), still there
            "deleted": f"{folder}/3.txt",
            "deleted-2": f"{folder}/3.txt",  # a second story of the same file
            "elsewhere": f"{tmp_path}/other/4.txt",  # under no folder loaded again
            "prefix": f"{folder}-old/5.txt",  # a sibling folder sharing the name's start
        }
        corpus = Corpus([Article(id=key, title=key, origin=origin) for key, origin in stories.items()])
        results = [LoadResult(origin=str(kept), articles=(Article(id="kept", title="kept", origin=str(kept)),))]
        news = reload_news(corpus, results, tag="r3", told=set(), quiet=True, folders=[str(folder)])
        assert news.gone == {"deleted", "deleted-2"}
        assert files_gone(corpus.articles, [f"{folder}/"], listed={"kept"}) == {"deleted", "deleted-2"}
        assert reload_news(corpus, results, tag="r4", told=set(), quiet=True).gone == set(), "no folder, none"


@pytest.mark.parametrize(
    ("fresh", "edited", "gone", "order", "quiet", "note"),
    [
        (1, 0, 0, "loaded", False, "1 new story, at the top of the list."),
        (1_200, 0, 0, "loaded", True, "1,200 new stories, at the top of the list."),
        (2, 0, 0, "newest", False, "2 new stories, in the list by date."),
        (0, 0, 0, "loaded", False, "No new stories."),
        (0, 0, 0, "newest", True, None),
        (0, 1, 0, "loaded", True, "1 edited story read again."),
        (2, 1_500, 0, "loaded", False, "2 new stories, at the top of the list. 1,500 edited stories read again."),
        (0, 0, 1, "loaded", True, "1 story whose file was deleted left the list."),
        (
            1,
            0,
            2_000,
            "newest",
            False,
            "1 new story, in the list by date. 2,000 stories whose file was deleted left the list.",
        ),
    ],
)
def test_reload_note(fresh: int, edited: int, gone: int, order: Order, quiet: bool, note: str | None) -> None:
    assert reload_note(fresh, order, quiet=quiet, edited=edited, gone=gone) == note


@pytest.mark.parametrize("length", [100, 160, 161, 10_000])
def test_a_long_origin_is_cut_in_the_middle(length: int) -> None:
    """A failed source's name past 160 characters keeps its start and end around "…": one line of a
    10,000-character address was 10 KB."""
    from newstui.load_notes import ORIGIN_SHOWN, failure_line

    url = "http://news.example/" + "a" * (length - 25) + "/end"
    url = url[: length - 4] + "/end" if len(url) > length else url
    line = failure_line(url, "URL too long")
    shown, _, reason = line.rpartition(": ")
    assert reason == "URL too long"
    if len(url) <= ORIGIN_SHOWN:
        assert shown == url
    else:
        assert len(shown) == ORIGIN_SHOWN and shown.startswith("http://news.example/") and shown.endswith("a/end")
        assert "…" in shown


@pytest.mark.parametrize(
    ("origin", "shown"),
    [
        ("/news/خبر\u202etxt.exe", "/news/خبر\\u202etxt.exe"),
        ("/news/خبر\u2066.txt\u2069", "/news/خبر\\u2066.txt\\u2069"),
        ("/news/خبر\u200e.txt", "/news/خبر\\u200e.txt"),
        ("/news/خبر\n.txt", "/news/خبر␊.txt"),
        ("/news/خبر\u2028.txt", "/news/خبر\\u2028.txt"),
        ("/news/خبر.txt", "/news/خبر.txt"),
        ("https://user:secret@news.example/a", "https://user:***@news.example/a"),
        ("https://news.example/\u202etxt.exe", "https://news.example/%E2%80%AEtxt.exe"),
        ("-", "-"),
    ],
    ids=["rlo", "isolates", "lrm", "newline", "line-separator", "plain", "url-password", "url-rlo", "stdin"],
)
def test_a_failed_paths_invisible_characters_are_shown(origin: str, shown: str) -> None:
    """A failed file's name shows a bidi control, a mark or a line break as its escape, so it never looks like
    another file's (an address is shown as ``display_origin`` shows it); so does the error's own origin."""
    from newstui.errors import NotReadable, shown_origin
    from newstui.load_notes import failure_line

    assert failure_line(origin, "empty") == f"{shown}: empty"
    assert shown_origin(origin) == shown
    assert str(NotReadable("empty", origin=origin)) == f"{shown}: empty"


@pytest.mark.parametrize(
    ("back", "gone", "note"),
    [
        (1, 0, "1 story whose file is back returned to the list."),
        (3, 2, "2 stories whose file was deleted left the list. 3 stories whose file is back returned to the list."),
    ],
)
def test_reload_note_tells_stories_back(back: int, gone: int, note: str) -> None:
    assert reload_note(0, "loaded", quiet=True, gone=gone, back=back) == note
