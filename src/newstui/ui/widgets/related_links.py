"""RelatedLinks: the related pane, numbered links of the open article (read-also first), shaped like the text."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from textual import events
from textual.content import Content
from textual.message import Message
from textual.reactive import var

from newstui.addresses import is_web_url, shown_host, split_address
from newstui.model import Article, Link
from newstui.render import text_direction, text_lines
from newstui.render_blocks import LABELS, link_label, ordered_links
from newstui.text import rtl
from newstui.text.harakat import strip_harakat
from newstui.text.rtl import BidiMode, Direction
from newstui.ui.widgets.line_list import LineList


def link_status(link: Link, direction: Direction = "ltr", *, kind: bool = True) -> str:
    """What the dimmed line under a link says: where following it leads, or why it cannot (in the language of
    the link's direction: ``render_blocks.LABELS``). Only an http(s) address is a web page to load (as
    ``reader_web.follow`` tells): a site path or relative address (``/archives/7``, ``../story.txt``) or any
    other is not loaded, the address given after the words. Without ``kind`` the link's kind ("اقرأ أيضا") is
    left out, for a pane too narrow for it."""
    words = LABELS[direction]
    parts = []
    if kind and link.kind in ("read-also", "parent"):
        parts.append(words[link.kind])
    web = is_web_url(link.url)
    if link.kind == "media" and link.url and web:  # a feed's audio or video: the browser opens it
        parts.append(f"{words['media']}: {_host(link.url)}")
    elif link.target is None:
        if link.url and web:
            parts.append(f"{words['web']}: {_host(link.url)}")
        elif link.url:
            parts.append(f"{words['none']}: {_host(link.url)}")
        else:
            parts.append(words["none"])
    return " · ".join(parts)


def loading_status(url: str, direction: Direction = "ltr") -> str:
    """The line under a link whose page is loading: ``loading host…``."""
    return f"{LABELS[direction]['loading']} {_host(url)}…"


def failed_status(reason: str, direction: Direction = "ltr", *, room: int = 0) -> str:
    """The line under a link whose page could not be opened: ``could not open: HTTP 404 Not Found``, or the
    words alone where the reason does not fit in ``room`` cells (0: no limit)."""
    words = LABELS[direction]["failed"]
    line = f"{words}: {reason}"
    return line if not room or rtl.cell_width(line) <= room else words


def _host(url: str) -> str:
    """The host a link's page comes from, as shown (``addresses.shown_host``); the address itself if it has none.

    Not ``shown_host_of``: an address without a host goes through ``shown_host`` whole, so that one written without
    its scheme (``аpple.com/news``, a Cyrillic ``а``) still shows its look-alike host in ASCII; one that cannot be
    split is shown as it is.
    """
    parts = split_address(url)
    return shown_host(parts.hostname or url) if parts is not None else url


class _Row:
    """One row of the pane: its text, style role ("" or "dim") and hyperlink target (OSC 8), if any."""

    __slots__ = ("link", "role", "text")

    def __init__(self, text: str, role: str, link: str | None = None) -> None:
        self.text = text
        self.role = role
        self.link = link


class RelatedLinks(LineList):
    """The related links of one article; posts ``Followed`` with the link's number when one is chosen.

    A link that resolves to a loaded article reads normally; one that does not is dimmed with the reason
    ("not loaded", or the web host it would be fetched from).
    """

    empty_text = "No related links."

    class Followed(Message):
        """The user chose link ``number`` (1-based, in the pane's order)."""

        def __init__(self, related_links: RelatedLinks, number: int, link: Link) -> None:
            super().__init__()
            self.related_links = related_links
            self.number = number
            self.link = link

        @property
        def control(self) -> RelatedLinks:
            """The pane that sent the message."""
            return self.related_links

    mode: var[BidiMode] = var[BidiMode]("app", init=False)
    """Bidi mode the text is drawn in (set by the screen)."""
    harakat: var[bool] = var(True, init=False)
    """Whether harakat (vowel marks) are drawn (set by the screen)."""
    waiting: var[str | None] = var[str | None](None, init=False)
    """The web address of the followed link whose page is loading (set by the screen), or None. Its link says
    so and the pane's border names the host; the links stay listed and the focus stays where it is (Textual's
    loading overlay would hide both)."""

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._article: Article | None = None
        self._links: list[Link] = []
        self._items: list[list[_Row]] = []
        self._starts: list[int] = []
        self._width = 0
        self._direction: Direction | None = None
        self.is_visited: Callable[[str], bool] = lambda _article_id: False
        """Whether the article with this id was read (set by the screen)."""
        self.file_story: Callable[[Link, str], str | None] = lambda _link, _origin: None
        """The id of the loaded story of the file a link names by its bare file name, in the folder of the story
        file ``origin`` (set by the screen: ``link_match.file_link_id``), or None."""
        self.hyperlinks = True
        """Whether a link's title is a terminal hyperlink to its web address (set by the screen)."""
        self._failed: dict[str, str] = {}
        """Web addresses of links whose page could not be opened this session, each with why (``failed``)."""
        self._wanted: int | None = None
        """The link the cursor goes to once the pane is laid out (``place_cursor`` while it had no size)."""

    def failed(self, url: str, reason: str | None) -> None:
        """A link's page could not be opened (``reason``, one line), or did open after all (None): the line under
        every link to it says so, in place of its ``web: host``."""
        if reason is None:
            if self._failed.pop(url, None) is None:
                return
        else:
            self._failed[url] = reason
        self._build()

    @property
    def article(self) -> Article | None:
        """The article whose links are listed, as it was given to ``show`` (the screen shows the corpus's
        version again when a later load or parse gives one of its links a target: ``refresh_current``)."""
        return self._article

    @property
    def links(self) -> list[Link]:
        """The links in numbered order."""
        return self._links

    def link(self, number: int) -> Link | None:
        """Link ``number`` (1-based), or None."""
        return self._links[number - 1] if 1 <= number <= len(self._links) else None

    def place_cursor(self, index: int) -> None:
        """Put the cursor on link ``index``; while the pane has no size (hidden behind a maximized pane, its links
        not laid out), once it is laid out: back to a story left from the maximized related pane."""
        if 0 <= index < self.item_count:
            self.cursor = index
        elif not self.item_count and 0 <= index < len(self._links):
            self._wanted = index

    def watch_mode(self) -> None:
        """Redraw the titles in the new bidi mode."""
        self._build()

    def watch_harakat(self) -> None:
        """Redraw the titles with or without harakat."""
        self._build()

    def watch_waiting(self, url: str | None) -> None:
        """Say which link's page is loading, under the link (scrolled into view: on a short pane it was below
        the rows shown) and on the pane's border."""
        self.border_subtitle = Content(f"loading {_host(url)}…") if url else ""  # (a host is text, never markup)
        self._build()
        if url is not None:
            index = next((index for index, link in enumerate(self._links) if link.url == url), None)
            if index is not None:
                self.show_item(index)

    def show(self, article: Article | None, *, direction: Direction | None = None) -> None:
        """List the links of ``article``, each in ``direction`` (the one its paragraphs are given: the reader's
        ``d``, ``--direction``) or its own; the cursor stays put when it is the same article."""
        same = article is not None and self._article is not None and article.id == self._article.id
        self._article = article
        self._direction = direction
        self._links = ordered_links(article)
        self.empty_text = LABELS[article.direction if article is not None else "ltr"]["no-related"]
        self.border_title = Content(f"Related {len(self._links)}" if self._links else "Related")  # (its own border)
        if not same:
            self._cursor, self._wanted = -1, None
        self._build()
        if not same:
            self.scroll_to(y=0, animate=False, immediate=True)

    def _build(self) -> None:
        """Lay out every link for the current width (a pane holds tens of links, not thousands).

        A pane with no size yet (being mounted, or hidden) lays nothing out: at width 1 every title
        would take a row per letter, and its first resize lays the links out anyway.
        """
        if not self.size.width:
            self._width = 0
            self._items, self._starts = [], []
            self.reset_rows()
            return
        width = self.line_width
        self._width = width
        article = self._article
        items: list[list[_Row]] = []
        starts: list[int] = []
        row = 0
        for number, link in enumerate(self._links, 1):
            if article is None:  # (never: an article has the links listed)
                break
            link = self._with_file_story(link, article.origin)
            resolved = link.target is not None
            label = link_label(number, link.title if self.harakat else strip_harakat(link.title))
            # Laid out as --print lays the link out: the article's default direction, or the one forced.
            lines = text_lines(article, label, width, mode=self.mode, direction=self._direction)
            par_dir = text_direction(article, label, self._direction)
            words = _status_language(par_dir, self._direction or article.direction)
            role = "visited" if link.target is not None and self.is_visited(link.target) else "" if resolved else "dim"
            target = _hyperlink(link.url) if self.hyperlinks and link.url else None
            rows = [_Row(line, role, target) for line in lines]
            status = link_status(link, words)
            if self.waiting is not None and link.url == self.waiting:
                status = loading_status(link.url, words)
            failed = link.url is not None and link.target is None and link.url in self._failed
            if status:
                # Under the title, hanging as its lines do beside the number.
                hang = rtl.hang_width(label, width, self.mode)
                if failed and link.url != self.waiting:  # (it failed before and is being tried again: loading)
                    status = failed_status(self._failed[link.url or ""], words, room=width - hang)
                elif link.url and link.target is None and rtl.cell_width(status) > width - hang:
                    # too narrow for the words: where the link leads without its kind ("ويب: host"), else the
                    # host alone, which matters (a look-alike's ASCII form, xn--pple-43d.com), not "web:…"
                    bare = link_status(link, words, kind=False)
                    host = _host(link.url)
                    if bare != status and rtl.cell_width(bare) <= width - hang:
                        status = bare
                    elif host != link.url:
                        status = host
                shown = _host(link.url) if link.url else None
                line = _align(
                    status,
                    width,
                    words,
                    side=par_dir,
                    mode=self.mode,
                    indent=hang,
                    host=shown,
                    keep_end=shown != link.url,
                )
                rows.append(_Row(line, "dim"))
            starts.append(row)
            row += len(rows)
            items.append(rows)
        self._items, self._starts = items, starts
        wanted, self._wanted = self._wanted, None
        if wanted is not None and wanted < len(items):
            self._cursor = wanted
        self.reset_rows()
        if wanted is not None:
            self.call_after_refresh(self.show_item, self._cursor)

    def _with_file_story(self, link: Link, origin: str) -> Link:
        """``link`` as shown: one naming a file of the story's folder by its bare name (``2_festival.txt``) has
        that file's story as its target once it is loaded, and reads as a story of the list does."""
        if link.target is not None or link.kind == "media":
            return link
        found = self.file_story(link, origin)
        return link if found is None else Link(link.title, link.url, found, link.kind)

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap the titles for the new width."""
        if self.line_width != self._width:
            self._build()
        else:
            self.reset_rows()

    # -- LineList ---------------------------------------------------------------------------------

    def empty_lines(self, width: int) -> list[str]:
        """An Arabic story's "no related links" in Arabic, laid out right to left, flush right a cell in from the
        edge; an English one's as any list's."""
        article = self._article
        if article is None or article.direction != "rtl":
            return super().empty_lines(width)
        laid = rtl.layout_paragraph(self.empty_text, max(1, width - 1), mode=self.mode, direction="rtl")
        return [f"{line} " for line in laid]

    @property
    def item_count(self) -> int:
        """How many links are listed."""
        return len(self._items)

    def item_span(self, index: int) -> tuple[int, int]:
        """First row and height of link ``index``."""
        return self._starts[index], len(self._items[index])

    def item_at(self, row: int) -> int | None:
        """The link covering ``row``."""
        if row < 0 or not self._items:
            return None
        index = bisect.bisect_right(self._starts, row) - 1
        start, height = self.item_span(index)
        return index if row < start + height else None

    def item_row(self, index: int, offset: int, width: int) -> tuple[str, str]:
        """Row ``offset`` of link ``index``."""
        row = self._items[index][offset]
        return row.text, row.role

    def item_link(self, index: int, offset: int) -> str | None:
        """The web address of link ``index`` on its title's rows (not on its status line)."""
        return self._items[index][offset].link

    def choose(self, index: int) -> None:
        """Post ``Followed`` for link ``index``."""
        self.post_choice(self.Followed(self, index + 1, self._links[index]))


def _status_language(title: Direction, story: Direction) -> Direction:
    """The language of the line under a link whose title reads ``title`` in a story that reads ``story`` (its own
    direction, or the one ``d`` forced): Arabic (``rtl``) under an Arabic title of a right-to-left story, else
    English (an English story, or one ``d`` turned left to right, says ``not loaded`` under an Arabic title too)."""
    return "rtl" if title == "rtl" and story == "rtl" else "ltr"


def _align(
    text: str,
    width: int,
    direction: Direction,
    *,
    side: Direction | None = None,
    mode: BidiMode = "app",
    indent: int = 0,
    host: str | None = None,
    keep_end: bool = True,
) -> str:
    """A link's status line on one line, cut with "…" in logical order, drawn as any text is, flush to the
    reading side of its link, ``indent`` cells in: in the link's direction (Arabic words under an Arabic
    link, with a Latin host on their left; English words, perhaps with an Arabic host, under an English one).
    ``side``: the link's direction when it is not the words' (English words under an Arabic title of an English
    story sit flush right under it, laid out left to right).

    The ``host`` in it (the link's, as ``_host`` gives it) is laid out on its own, left to right, and cut at
    its start (``rtl.fit_host``; an address with no host, ``keep_end=False``, at its end): the bidi run of
    the Arabic words around it never reorders its labels."""
    from rich.cells import cell_len

    indent = indent if width - indent >= 1 else 0
    room = width - indent
    if host and host in text:
        line = _with_host(text, host, room, direction, mode, keep_end)
    else:
        line = rtl.fit_line(text, room, mode=mode, direction=direction, align=False).strip()
    pad = " " * max(0, room - cell_len(line))
    margin = " " * indent
    return pad + line + margin if (side or direction) == "rtl" else margin + line + pad


_HOST_ROOM = 8
"""Cells the host keeps beside the status's words; with less room the words go and the host stays."""


def _with_host(text: str, host: str, room: int, direction: Direction, mode: BidiMode, keep_end: bool) -> str:
    """``text`` (words, the host, perhaps words after it) in ``room`` cells, the host an isolated LTR unit."""
    from rich.cells import cell_len

    before, _, after = text.rpartition(host)
    head, tail = before.rstrip(), after.lstrip()
    gaps = (" " if head != before else "", " " if tail != after else "")

    def words(part: str) -> str:
        return rtl.fit_line(part, room, mode=mode, direction=direction, align=False).strip() if part else ""

    head_line, tail_line = words(head), words(tail)
    used = cell_len(head_line) + cell_len(tail_line) + len(gaps[0]) * bool(head) + len(gaps[1]) * bool(tail)
    if room - used < min(_HOST_ROOM, rtl.cell_width(host)):  # the host matters more than the words
        return rtl.fit_host(host, room, mode=mode, keep_end=keep_end)
    parts = [head_line, gaps[0] if head else "", rtl.fit_host(host, room - used, mode=mode, keep_end=keep_end)]
    parts += [gaps[1] if tail else "", tail_line]
    if mode == "app" and direction == "rtl":  # visual order: the runs right to left
        parts.reverse()
    return "".join(parts)


def _hyperlink(url: str) -> str | None:
    """``newstui.hyperlinks.hyperlink_target``, imported when a link with a web address is first shown."""
    from newstui.hyperlinks import hyperlink_target

    return hyperlink_target(url)
