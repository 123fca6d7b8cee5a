"""What the reader shows around the open article: the list (which stories, in which order, its title) and the trail."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Final

from rich.cells import cell_len

from newstui.model import Article
from newstui.text import rtl
from newstui.text.harakat import strip_harakat

if TYPE_CHECKING:
    from newstui.corpus import Corpus
    from newstui.history import History
    from newstui.ordering import Order
    from newstui.text.rtl import BidiMode

__all__ = [
    "CRUMBS",
    "CRUMB_WIDTH",
    "QUERY_WIDTH",
    "SEPARATOR",
    "Listing",
    "fit_title",
    "next_unread",
    "query_cells",
    "titled_query",
    "trail_text",
]

QUERY_WIDTH: Final = 20
_DOT: Final = " · "
_BORDER_CELLS: Final = 5
"""What a pane's border takes around its title: the corners, the line cell before it and a space each side."""
_LEAST_QUERY: Final = 4
"""Cells the filter query takes in the list's title."""
CRUMB_WIDTH: Final = 18
"""Cells per title in the trail."""
CRUMBS: Final = 3
"""Titles shown in the trail (the current one and the ones before it)."""
SEPARATOR: Final = " ‹ "
"""Between the trail's position and each title."""


class Listing:
    """The list's choices: the filter (/), only the unread stories (u), the order (s), reloads' stories on top.

    A plain class: a dataclass would generate its methods with ``exec`` on the way to the first frame.
    """

    __slots__ = ("fresh", "gone", "order", "query", "runs", "unread_only")

    def __init__(self, order: Order = "loaded") -> None:
        self.query = ""
        """The filter ('' for none)."""
        self.unread_only = False
        """Only the stories not read yet are listed (and the open one)."""
        self.order: Order = order
        """``loaded``: as loaded, stories found by reloads on top; ``newest``: the newest first."""
        self.fresh: list[str] = []
        """Ids of the stories reloads found, newest reload first (on top in ``loaded`` order)."""
        self.gone: set[str] = set()
        """Ids of the stories whose file a reload found deleted: no longer listed (history keeps them)."""
        self.runs: list[tuple[int, int, int]] = []
        """(source's place on the command line, first corpus position, position after the last) of each run
        of stories the command line's sources gave, in load order (``placed``)."""

    def placed(self, source: int, start: int, end: int) -> None:
        """The corpus's positions ``start`` to ``end`` (not included) hold stories of the command line's
        ``source``-th source: in ``loaded`` order they are listed with that source's others.

        A folder's first story is in the first frame, before the sources after it; the rest of the folder
        lands later, after them in the corpus, and is listed before them.
        """
        runs = self.runs
        if runs and runs[-1][0] == source and runs[-1][2] == start:
            runs[-1] = (source, runs[-1][1], end)
        elif end > start:
            runs.append((source, start, end))

    def _by_source(self, corpus: Corpus, articles: list[Article]) -> list[Article]:
        """``articles`` (in corpus order) with each source's stories together, sources in command-line
        order; stories of no source (opened from a link, with ``g``) after them, in load order."""
        runs = self.runs
        if all(one[0] <= other[0] for one, other in zip(runs, runs[1:], strict=False)):
            return articles  # the usual case: nothing landed after a later source's stories
        everything = corpus.articles
        covered = bytearray(len(everything))
        order: list[int] = []
        for _, start, end in sorted(runs, key=itemgetter(0)):
            order.extend(range(start, end))
            covered[start:end] = b"\x01" * (end - start)
        order += [position for position in range(len(everything)) if not covered[position]]
        place = {everything[position].id: number for number, position in enumerate(order)}
        return sorted(articles, key=lambda article: place.get(article.id, len(place)))

    def shown(
        self, corpus: Corpus, *, was_read: Callable[[str], bool], current: str | None, with_open: bool = False
    ) -> list[Article]:
        """The articles of ``corpus`` to list, in order.

        Those the filter keeps (only the unread ones, by ``was_read``, and the open one ``current`` after
        ``u``) but the ones whose file is ``gone`` (``with_open``: but the open one, to find its place), the
        newest first (undated ones after them, as loaded), or as loaded with the stories reloads found first
        (newest reload on top); as loaded is each source's stories together, sources in command-line order.
        """
        articles = corpus.filter(self.query) if self.query else list(corpus.articles)
        if self.gone:
            kept = current if with_open else None
            articles = [article for article in articles if article.id not in self.gone or article.id == kept]
        if self.unread_only:
            articles = [article for article in articles if article.id == current or not was_read(article.id)]
        articles = self._by_source(corpus, articles)
        if self.order == "newest":
            from newstui.ordering import newest_first

            # (undated stories last as loaded: sources in command-line order, as ``--print --sort newest``)
            return newest_first(articles)
        if not self.fresh:
            return articles
        rank = {article_id: number for number, article_id in enumerate(self.fresh)}
        on_top = sorted((article for article in articles if article.id in rank), key=lambda article: rank[article.id])
        return [*on_top, *(article for article in articles if article.id not in rank)]

    def empty_text(self, *, loading: bool) -> str:
        """What the list says when it shows no story: still loading, nothing matches, or all read."""
        if loading:
            return "Loading…"
        if self.query:
            return "Nothing unread matches." if self.unread_only else "Nothing matches the filter."
        if self.unread_only:
            return "All read (u: every story)."
        return "No articles."

    def title(
        self,
        *,
        shown: int,
        total: int,
        loading: tuple[int, int] | None,
        reloading: bool,
        mode: BidiMode,
        width: int = 0,
        failed: int = 0,
        unread: int | None = None,
        dating: tuple[int, int] | None = None,
    ) -> str:
        """'Articles 3/40 · dating 12% · loading 2/5 · 2 unread · 1 failed · unread only · newest first · query':
        the list pane's title.

        Args:
            shown: articles listed.
            total: articles loaded.
            loading: (sources done, sources in all) while the sources load, else None.
            reloading: a reload is under way.
            mode: the bidi mode the panes are drawn in (the query is shaped for it).
            width: the pane's width: the query is cut to what its border leaves (``titled_query``);
                0 cuts it to ``QUERY_WIDTH``.
            failed: sources that failed to load (the last time they were loaded): told until ``r`` loads them.
            unread: how many of the stories listed are not read (None: not told); "all read" when none is.
            dating: (entries dated, entries to date) while the dates of a big folder's entries listed by
                title are read for ``newest`` order, else None.
        """
        counted = f"{shown}/{total}" if self.query or self.unread_only else f"{total}"
        parts: list[tuple[str, ...]] = [(f"Articles {counted}", counted)]
        # Progress first: a narrow pane cuts the title's end. Dating is told once loading is over (entries
        # landing meanwhile add to what is to date: its figure would go back).
        if dating is not None and self.order == "newest" and loading is None:
            done, entries = dating
            percent = min(99, done * 100 // max(1, entries))
            parts.append((f"dating {percent}%",))
        if loading is not None:
            done, sources = loading
            parts.append(
                (f"loading {done}/{sources}", f"load {done}/{sources}") if sources > 1 else ("loading", "load")
            )
        elif reloading:
            parts.append(("reloading", "reload"))
        if unread is not None and shown:  # after the progress: a narrow pane cuts the title's end
            # The count gives way before the states (unread only, newest first) that say what the list holds.
            # "all read" gives way before a failed source does: one who has read everything must still see it.
            read_all = ("all read", "") if failed else ("all read",)
            parts.append((f"{unread} unread", f"{unread} unr.", "") if unread else read_all)
        if failed:
            parts.append((f"{failed} failed", f"{failed} fail."))
        if self.unread_only:
            parts.append(("unread only", "unr. only"))
        if self.order == "newest":
            parts.append(("newest first", "newest"))
        if not width:
            title = _DOT.join(part[0] for part in parts)
            return titled_query(title, self.query, width=0, mode=mode) if self.query else title
        room = width - _BORDER_CELLS
        if not self.query:
            return fit_title(parts, room)
        # The whole query keeps its room: the other parts take their short forms, or give way, before it is cut.
        title = fit_title(parts, room - len(_DOT) - query_cells(self.query, mode))
        return titled_query(title, self.query, width=width, mode=mode)


def fit_title(parts: Sequence[Sequence[str]], room: int) -> str:
    """The parts of a pane's title joined with " · " in ``room`` cells.

    Each part is given as its forms, longest first (``("Articles 15", "15")``, ``("12 unread", "12 unr.", "")``;
    an empty form leaves the part out). Until the title fits, the parts take their second forms, the first part
    first, then their third forms, and so on; when even the shortest forms do not fit, the last parts give way
    whole (the first is always kept), so that the border never cuts a part in the middle.
    """
    chosen = [0] * len(parts)
    count = len(parts)

    def joined() -> str:
        return _DOT.join(form for form in (part[chosen[n]] for n, part in enumerate(parts[:count]) if part) if form)

    for level in range(1, max((len(part) for part in parts), default=1)):
        for number, part in enumerate(parts):
            if cell_len(joined()) <= room:
                return joined()
            chosen[number] = min(level, len(part) - 1) if part else 0
    while count > 1 and cell_len(joined()) > room:
        count -= 1
    return joined()


def query_cells(query: str, mode: BidiMode) -> int:
    """Cells ``query`` takes in a pane's title, shaped for ``mode`` as ``titled_query`` draws it (an Arabic
    ``لا`` is one cell in ``app`` mode)."""
    typed = query.strip()
    if not typed:
        return 0
    return cell_len(rtl.fit_line(typed, max(1, cell_len(typed)), mode=mode, default="rtl", align=False).strip())


def next_unread(articles: Sequence[Article], start: int, delta: int, was_read: Callable[[str], bool]) -> int | None:
    """The place of the first story after place ``start`` of ``articles``, going down (``delta`` 1) or up (-1),
    that ``was_read`` says is not read; None when there is none before that end of the list (no wrap-around).

    ``start`` may be just outside the list (-1, or its length): the search then starts at its first (last) story.
    """
    step = 1 if delta > 0 else -1
    index = start + step
    while 0 <= index < len(articles):
        if not was_read(articles[index].id):
            return index
        index += step
    return None


def titled_query(title: str, query: str, *, width: int, mode: BidiMode) -> str:
    """``title · query``, the query shaped for ``mode`` and cut with "…" to what a pane ``width`` wide leaves it.

    A border title longer than its border is cut at its end by Textual, which for a right-to-left query
    drawn in visual order is its first word: so the query is cut here, in logical order, to fit.
    """
    room = width - _BORDER_CELLS - cell_len(title) - len(_DOT) if width else QUERY_WIDTH
    shown = rtl.fit_line(query, max(_LEAST_QUERY, room), mode=mode, default="rtl").strip()
    return f"{title}{_DOT}{shown}"


def trail_text(
    history: History[str], corpus: Corpus, *, mode: BidiMode, harakat: bool, width: int | None = None
) -> str:
    """'2/3 ‹ title ‹ title': the position in ``history``, then the last ``CRUMBS`` titles, the current one first.

    Each title is shaped for ``mode`` and cut to ``CRUMB_WIDTH`` cells (without harakat unless ``harakat``);
    ids no longer in ``corpus`` are left out. Within ``width`` cells the oldest titles give way whole,
    and a current title still too long is cut to what is left, so the border never cuts a word.
    """
    if not len(history):
        return ""  # nothing open yet (a first source still loading): no "0/0"
    position = f"{history.index + 1}/{len(history)}"
    parts = [position]
    room = None if width is None else width - cell_len(position)
    for article_id in reversed(history.trail()[-CRUMBS:]):
        article = corpus.get(article_id)
        if article is None:
            continue
        title = article.title if harakat else strip_harakat(article.title)
        current = len(parts) == 1
        crumb_width = CRUMB_WIDTH if room is None else min(CRUMB_WIDTH, room - len(SEPARATOR))
        if crumb_width < 4:  # not even a word of it: the older titles give way
            break
        crumb = rtl.fit_line(
            title,
            crumb_width if current else CRUMB_WIDTH,
            mode=mode,
            default=article.direction,
            prefer_rtl=article.direction == "rtl",
        ).strip()
        if not current and cell_len(crumb) > crumb_width:
            break  # an older title gives way whole rather than be cut to a few letters
        parts.append(crumb)
        if room is not None:
            room -= len(SEPARATOR) + cell_len(crumb)
    return SEPARATOR.join(parts)
