"""reader_view: which stories the reader's list shows (filter, unread only, order, reloads on top), its title,
and the trail of the history under the open article."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from helpers.readback import reads_back
from newstui.corpus import Corpus
from newstui.history import History
from newstui.model import Article
from newstui.ordering import Order
from newstui.reader_view import (
    CRUMB_WIDTH,
    QUERY_WIDTH,
    Listing,
    fit_title,
    next_unread,
    titled_query,
    trail_text,
)
from newstui.text import rtl
from newstui.text.harakat import strip_harakat
from newstui.text.rtl import BidiMode

# Original headlines written for these tests.
STORIES = [
    Article(id="a", title="افتتاح مكتبة جديدة قرب السوق", source="نشرة الحي", published="2026-10-01"),
    Article(id="b", title="Night ferry returns", source="Harbour Gazette", published="2026-11-02", direction="ltr"),
    Article(id="c", title="فريق المدرسة يفوز بالبطولة", source="نشرة الحي"),
    Article(id="d", title="Market hours change", source="Harbour Gazette", published="2026-10-15", direction="ltr"),
]


def _ids(
    *,
    query: str = "",
    unread_only: bool = False,
    read: frozenset[str] = frozenset(),
    current: str | None = None,
    order: Order = "loaded",
    fresh: tuple[str, ...] = (),
    gone: frozenset[str] = frozenset(),
    with_open: bool = False,
) -> list[str]:
    listing = Listing(order)
    listing.query, listing.unread_only, listing.fresh, listing.gone = query, unread_only, list(fresh), set(gone)
    shown = listing.shown(Corpus(STORIES), was_read=read.__contains__, current=current, with_open=with_open)
    return [article.id for article in shown]


class TestShown:
    @pytest.mark.parametrize(
        ("case", "expected"),
        [
            ({}, ["a", "b", "c", "d"]),
            ({"query": "ferry"}, ["b"]),
            ({"query": "نشرة"}, ["a", "c"]),
            ({"query": "nothing like it"}, []),
            ({"unread_only": True, "read": frozenset({"a", "d"})}, ["b", "c"]),
            ({"unread_only": True, "read": frozenset({"a", "d"}), "current": "a"}, ["a", "b", "c"]),
            ({"read": frozenset({"a", "d"})}, ["a", "b", "c", "d"]),
            ({"order": "newest"}, ["b", "d", "a", "c"]),
            ({"fresh": ("d", "c")}, ["d", "c", "a", "b"]),
            ({"fresh": ("d", "c"), "query": "Gazette"}, ["d", "b"]),
            ({"fresh": ("d",), "order": "newest"}, ["b", "d", "a", "c"]),
            (
                {
                    "query": "Harbour",
                    "unread_only": True,
                    "read": frozenset({"b", "d"}),
                    "current": "d",
                    "order": "newest",
                },
                ["d"],
            ),
            ({"gone": frozenset({"b", "c"}), "current": "b"}, ["a", "d"]),
            ({"gone": frozenset({"b", "c"}), "current": "b", "with_open": True}, ["a", "b", "d"]),
            ({"gone": frozenset({"b"}), "current": "b", "with_open": True, "query": "Gazette"}, ["b", "d"]),
        ],
        ids=[
            "all-as-loaded",
            "filter",
            "filter-arabic",
            "filter-no-match",
            "unread-only",
            "unread-only-keeps-the-open-one",
            "read-but-every-story",
            "newest-first-undated-last",
            "reloads-on-top-newest-reload-first",
            "reloads-on-top-of-the-filtered",
            "newest-ignores-reload-order",
            "all-three-and-the-open-one",
            "files-gone-leave",
            "the-open-one-in-its-place",
            "the-open-one-filtered",
        ],
    )
    def test_shown(self, case: dict[str, object], expected: list[str]) -> None:
        assert _ids(**case) == expected  # type: ignore[arg-type]

    def test_the_corpus_is_left_alone(self) -> None:
        corpus = Corpus(STORIES)
        listing = Listing("newest")
        listing.shown(corpus, was_read=lambda _id: False, current=None)
        assert [article.id for article in corpus.articles] == ["a", "b", "c", "d"]


class TestBySource:
    """A source's stories that land after a later source's are listed with their source's others."""

    @pytest.mark.parametrize(
        ("runs", "case", "expected"),
        [
            ([(0, 0, 1), (1, 1, 2), (0, 2, 4)], {}, ["a", "c", "d", "b"]),
            ([(0, 0, 2), (1, 2, 4)], {}, ["a", "b", "c", "d"]),
            ([(1, 0, 1), (0, 1, 2)], {}, ["b", "a", "c", "d"]),
            ([(0, 0, 1), (1, 1, 2), (0, 2, 4)], {"query": "نشرة"}, ["a", "c"]),
            ([(0, 0, 1), (1, 1, 2), (0, 2, 4)], {"fresh": ("b",)}, ["b", "a", "c", "d"]),
            ([(0, 0, 1), (1, 1, 2), (0, 2, 4)], {"order": "newest"}, ["b", "d", "a", "c"]),
            ([(2, 0, 1), (0, 3, 4)], {}, ["d", "a", "b", "c"]),
        ],
        ids=[
            "folder-rest-before-the-next-source",
            "in-order-untouched",
            "no-source-stories-after-the-sources",
            "filtered",
            "reloads-still-on-top",
            "newest-ignores-sources",
            "unplaced-after-placed",
        ],
    )
    def test_listed_by_source(
        self, runs: list[tuple[int, int, int]], case: dict[str, object], expected: list[str]
    ) -> None:
        listing = Listing(case.get("order", "loaded"))  # type: ignore[arg-type]
        listing.query = str(case.get("query", ""))
        listing.fresh = list(case.get("fresh", ()))  # type: ignore[call-overload]
        for run in runs:
            listing.placed(*run)
        shown = listing.shown(Corpus(STORIES), was_read=frozenset[str]().__contains__, current=None)
        assert [article.id for article in shown] == expected

    def test_runs_of_one_source_join(self) -> None:
        listing = Listing()
        for run in [(0, 0, 1), (0, 1, 3), (1, 3, 3), (1, 3, 4)]:
            listing.placed(*run)
        assert listing.runs == [(0, 0, 3), (1, 3, 4)]


class TestEmptyText:
    @pytest.mark.parametrize(
        ("loading", "query", "unread_only", "expected"),
        [
            (True, "", False, "Loading…"),
            (True, "ferry", True, "Loading…"),
            (False, "", False, "No articles."),
            (False, "ferry", False, "Nothing matches the filter."),
            (False, "ferry", True, "Nothing unread matches."),
            (False, "", True, "All read (u: every story)."),
        ],
    )
    def test_empty_text(self, loading: bool, query: str, unread_only: bool, expected: str) -> None:
        listing = Listing()
        listing.query, listing.unread_only = query, unread_only
        assert listing.empty_text(loading=loading) == expected


class TestTitle:
    @pytest.mark.parametrize(
        ("state", "loading", "reloading", "expected"),
        [
            ({}, None, False, "Articles 40"),
            ({}, (2, 5), False, "Articles 40 · loading 2/5"),
            ({}, (0, 1), False, "Articles 40 · loading"),
            ({}, None, True, "Articles 40 · reloading"),
            ({}, (1, 2), True, "Articles 40 · loading 1/2"),
            ({"unread_only": True}, None, False, "Articles 3/40 · unread only"),
            ({"order": "newest"}, None, False, "Articles 40 · newest first"),
            ({"query": "ferry"}, None, False, "Articles 3/40 · ferry"),
            (
                {"query": "ferry", "unread_only": True, "order": "newest"},
                (2, 5),
                False,
                "Articles 3/40 · loading 2/5 · unread only · newest first · ferry",
            ),
        ],
    )
    def test_title(
        self, state: dict[str, object], loading: tuple[int, int] | None, reloading: bool, expected: str
    ) -> None:
        listing = Listing()
        for name, value in state.items():
            setattr(listing, name, value)
        assert listing.title(shown=3, total=40, loading=loading, reloading=reloading, mode="app") == expected

    @pytest.mark.parametrize(
        ("state", "shown", "unread", "expected"),
        [
            ({}, 40, 12, "Articles 40 · 12 unread"),
            ({}, 40, 0, "Articles 40 · all read"),
            ({}, 0, 0, "Articles 40"),
            ({"unread_only": True}, 3, 2, "Articles 3/40 · 2 unread · unread only"),
            ({"query": "ferry", "order": "newest"}, 3, 1, "Articles 3/40 · 1 unread · newest first · ferry"),
        ],
    )
    def test_the_unread_count(self, state: dict[str, object], shown: int, unread: int, expected: str) -> None:
        """The unread stories listed, right after the counts (m and A change it); none said of an empty list."""
        listing = Listing()
        for name, value in state.items():
            setattr(listing, name, value)
        title = listing.title(shown=shown, total=40, loading=None, reloading=False, mode="app", unread=unread)
        assert title == expected

    @pytest.mark.parametrize(
        ("loading", "reloading", "dating", "expected"),
        [
            ((1, 3), False, None, "Articles 40 · loading 1/3 · 12 unread"),
            (None, True, None, "Articles 40 · reloading · 12 unread"),
            (None, False, (10, 40), "Articles 40 · dating 25% · 12 unread · newest first"),
            ((2, 3), False, (10, 40), "Articles 40 · loading 2/3 · 12 unread · newest first"),
        ],
    )
    def test_progress_comes_before_the_unread_count(
        self, loading: tuple[int, int] | None, reloading: bool, dating: tuple[int, int] | None, expected: str
    ) -> None:
        """A narrow list pane cuts its title's end: what is still going on is told before the count of unread."""
        listing = Listing()
        listing.order = "newest" if dating else listing.order
        title = listing.title(
            shown=40, total=40, loading=loading, reloading=reloading, mode="app", unread=12, dating=dating
        )
        assert title == expected

    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_the_query_is_shaped_for_the_mode_and_cut(self, mode: BidiMode) -> None:
        query = "الإمارات العربية المتحدة اليوم"
        listing = Listing()
        listing.query = query
        shaped = rtl.fit_line(query, QUERY_WIDTH, mode=mode, default="rtl").strip()
        assert shaped != query, "cut to QUERY_WIDTH cells (and shaped in app mode)"
        assert listing.title(shown=1, total=4, loading=None, reloading=False, mode=mode) == f"Articles 1/4 · {shaped}"

    @pytest.mark.parametrize("width", [20, 26, 40, 80])
    def test_the_query_fits_the_pane_with_its_first_words(self, width: int) -> None:
        """In a pane ``width`` wide the whole title fits its border, so Textual cuts nothing; what is cut is
        the query's end (in logical order), never its first word, which a right-to-left query shows on the right."""
        listing = Listing()
        listing.query = "الامارات تطلق مبادرة جديدة لدعم الشركات الناشئة"
        title = listing.title(shown=1, total=16, loading=None, reloading=False, mode="app", width=width)
        assert cell_len(title) <= width - 5
        count, query_shown = title.split(" · ", 1)
        # The whole query (46 cells) keeps its room before "Articles" does: only the widest pane has both.
        assert count == ("Articles 1/16" if width >= 80 else "1/16"), "a narrow pane gives the query the room"
        if width < 80:
            assert query_shown.startswith("…"), "cut at its logical end: the ellipsis on the left of RTL text"
        if width >= 40:
            assert reads_back("الامارات تطلق", [query_shown]), query_shown
        if width == 80:
            assert "…" not in query_shown and reads_back(listing.query, [query_shown])


@pytest.mark.parametrize("width", [30, 60, 120])
def test_find_title_uses_the_room_the_pane_leaves(width: int) -> None:
    """The find box's title (``Article · 2/5 · query``) is cut to the pane, not to a fixed 20 cells."""
    query = "المبادرة ستغطي 250 شركة في مختلف القطاعات الاقتصادية"
    title = titled_query("Article · 2/5", query, width=width, mode="app")
    assert cell_len(title) <= width - 5
    if width >= 60:
        assert reads_back("المبادرة ستغطي", [title.removeprefix("Article · 2/5 · ")]), title
    if width == 120:
        assert "…" not in title


# Original headlines for the trail.
ONE = Article(id="one", title="Ferry returns", direction="ltr")
TWO = Article(id="two", title="Market hours change on Saturday mornings", direction="ltr")
THREE = Article(id="three", title="Bridge repairs", direction="ltr")
FOUR = Article(id="four", title="Library opens", direction="ltr")
VOWELLED = Article(id="vowelled", title="مَكْتَبَةٌ جَدِيدَةٌ")


def _history(*ids: str, back: int = 0) -> History[str]:
    history: History[str] = History()
    for article_id in ids:
        history.visit(article_id)
    for _ in range(back):
        history.back()
    return history


TRAIL_CORPUS = Corpus([ONE, TWO, THREE, FOUR, VOWELLED])


class TestTrail:
    @pytest.mark.parametrize(
        ("ids", "back", "expected"),
        [
            ((), 0, ""),  # nothing open yet: no "0/0"
            (("one",), 0, "1/1 ‹ Ferry returns"),
            (("one", "three"), 0, "2/2 ‹ Bridge repairs ‹ Ferry returns"),
            (("one", "three", "four"), 1, "2/3 ‹ Bridge repairs ‹ Ferry returns"),
            (("one", "three", "four", "one"), 0, "4/4 ‹ Ferry returns ‹ Library opens ‹ Bridge repairs"),
            (("one", "gone", "three"), 0, "3/3 ‹ Bridge repairs ‹ Ferry returns"),
        ],
        ids=["empty", "one", "newest-first", "after-back", "three-crumbs-at-most", "unloaded-left-out"],
    )
    def test_position_and_titles(self, ids: tuple[str, ...], back: int, expected: str) -> None:
        assert trail_text(_history(*ids, back=back), TRAIL_CORPUS, mode="app", harakat=True) == expected

    @pytest.mark.parametrize(
        ("width", "expected"),
        [
            (80, "4/4 ‹ Ferry returns ‹ Library opens ‹ Bridge repairs"),
            (40, "4/4 ‹ Ferry returns ‹ Library opens"),
            (22, "4/4 ‹ Ferry returns"),
            (14, "4/4 ‹ Ferry…"),
            (6, "4/4"),
            # Room for a few letters of an older title: it gives way whole, never "‹ Lib".
            (29, "4/4 ‹ Ferry returns"),
            (34, "4/4 ‹ Ferry returns"),
            (35, "4/4 ‹ Ferry returns ‹ Library opens"),
        ],
    )
    def test_the_trail_fits_its_border(self, width: int, expected: str) -> None:
        """Within the border's width the oldest titles give way whole; the current one is cut between words."""
        text = trail_text(_history("one", "three", "four", "one"), TRAIL_CORPUS, mode="app", harakat=True, width=width)
        assert text == expected and len(text) <= width

    def test_long_titles_are_cut(self) -> None:
        text = trail_text(_history("two"), TRAIL_CORPUS, mode="app", harakat=True)
        crumb = text.split(" ‹ ")[1]
        assert crumb == rtl.fit_line(TWO.title, CRUMB_WIDTH, mode="app", default="ltr").strip()
        assert crumb.endswith("…") and len(crumb) <= CRUMB_WIDTH

    @pytest.mark.parametrize("harakat", [True, False])
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_titles_drawn_as_the_panes_draw_them(self, mode: BidiMode, harakat: bool) -> None:
        title = VOWELLED.title if harakat else strip_harakat(VOWELLED.title)
        crumb = rtl.fit_line(title, CRUMB_WIDTH, mode=mode, default="rtl", prefer_rtl=True).strip()
        text = trail_text(_history("vowelled"), TRAIL_CORPUS, mode=mode, harakat=harakat)
        assert text == f"1/1 ‹ {crumb}"


@pytest.mark.parametrize(
    ("read", "start", "delta", "expected"),
    [
        (set(), 0, 1, 1),
        ({"b"}, 0, 1, 2),
        ({"b", "c"}, 0, 1, 3),
        ({"b", "c", "d"}, 0, 1, None),
        (set(), 3, 1, None),
        (set(), -1, 1, 0),
        ({"a"}, -1, 1, 1),
        (set(), 3, -1, 2),
        ({"c"}, 3, -1, 1),
        ({"a", "b", "c"}, 3, -1, None),
        (set(), 0, -1, None),
        (set(), 4, -1, 3),
    ],
)
def test_next_unread(read: set[str], start: int, delta: int, expected: int | None) -> None:
    """The first story not read after (before) ``start``, read ones passed over; None at the end (no wrap)."""
    assert next_unread(STORIES, start, delta, read.__contains__) == expected


FORMS = [("Articles 15", "15"), ("12 unread", "12 unr."), ("newest first", "newest")]
THREE = [
    ("Articles 3/15", "3/15"),
    ("2 unread", "2 unr.", ""),
    ("unread only", "unr. only"),
    ("newest first", "newest"),
]
"""The unread count's last form is empty: it gives way before the states that say what the list holds."""


@pytest.mark.parametrize(
    ("parts", "room", "expected"),
    [
        (FORMS, 80, "Articles 15 · 12 unread · newest first"),
        (FORMS, 38, "Articles 15 · 12 unread · newest first"),
        (FORMS, 37, "15 · 12 unread · newest first"),
        (FORMS, 29, "15 · 12 unread · newest first"),
        (FORMS, 28, "15 · 12 unr. · newest first"),
        (FORMS, 26, "15 · 12 unr. · newest"),
        (FORMS, 21, "15 · 12 unr. · newest"),
        (FORMS, 20, "15 · 12 unr."),
        (FORMS, 12, "15 · 12 unr."),
        (FORMS, 11, "15"),
        (FORMS, 1, "15"),
        ([("Articles 4",), ("all read",)], 21, "Articles 4 · all read"),
        ([("Articles 4",), ("all read",)], 20, "Articles 4"),
        ([], 10, ""),
        (THREE, 40, "3/15 · 2 unr. · unr. only · newest first"),
        (THREE, 39, "3/15 · 2 unr. · unr. only · newest"),
        (THREE, 33, "3/15 · unr. only · newest"),
        (THREE, 25, "3/15 · unr. only · newest"),
        (THREE, 24, "3/15 · unr. only"),
        (THREE, 3, "3/15"),
    ],
)
def test_fit_title(parts: list[tuple[str, ...]], room: int, expected: str) -> None:
    """Short forms the first part first, then the last parts give way whole; the first part always stays."""
    assert fit_title(parts, room) == expected


@pytest.mark.parametrize(
    ("width", "state", "expected"),
    [
        (60, {"order": "newest"}, "Articles 15 · 12 unread · newest first"),
        (31, {"order": "newest"}, "15 · 12 unr. · newest"),
        (22, {"order": "newest"}, "15 · newest"),
        (36, {"unread_only": True}, "12/15 · 12 unread · unread only"),
        (32, {"unread_only": True, "order": "newest"}, "12/15 · unr. only · newest"),
        (0, {"order": "newest"}, "Articles 15 · 12 unread · newest first"),
    ],
)
def test_the_title_fits_the_pane(width: int, state: dict[str, object], expected: str) -> None:
    """A narrow list pane gets the title's short forms rather than a title cut by its border."""
    listing = Listing()
    for name, value in state.items():
        setattr(listing, name, value)
    shown = 12 if listing.unread_only else 15
    title = listing.title(shown=shown, total=15, loading=None, reloading=False, mode="app", width=width, unread=12)
    assert title == expected
    assert not width or cell_len(title) <= width - 5


@pytest.mark.parametrize("width", [24, 31, 40])
def test_a_narrow_title_keeps_the_query_in_sight(width: int) -> None:
    """With a filter the other parts shorten or give way first: the query's first words stay in the title."""
    listing = Listing()
    listing.query = "مهرجان"
    listing.order = "newest"
    listing.unread_only = True
    title = listing.title(shown=3, total=15, loading=(2, 5), reloading=False, mode="app", width=width, unread=2)
    assert cell_len(title) <= width - 5, title
    assert reads_back("مهرجان", [title.rsplit(" · ", 1)[1]]), title
