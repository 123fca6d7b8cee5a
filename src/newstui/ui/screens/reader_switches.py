"""The reader's switches: bidi (b), harakat (h), direction (d), unread only (u), order (s), focus (tab), zoom (z)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from newstui.ui.notices import KEY_FEEDBACK

if TYPE_CHECKING:
    from textual.widget import Widget

    from newstui.model import Direction
    from newstui.ui.screens.reader import ReaderScreen

DIRECTIONS: Final[tuple[Direction | None, ...]] = (None, "rtl", "ltr")
"""The reading directions ``d`` goes through, in turn (None: each paragraph's own)."""
DIRECTION_NAMES: Final[dict[Direction | None, str]] = {
    None: "each paragraph's own",
    "rtl": "right to left",
    "ltr": "left to right",
}
"""How ``d`` names the reading directions it switches between."""


def toggle_bidi(reader: ReaderScreen) -> None:
    """Switch between shaping/reordering in the app and leaving it to the terminal; redraw every pane."""
    mode = reader.news_app.toggle_bidi_mode()
    reader.article_list.mode = mode
    reader.article_view.mode = mode
    reader.related.mode = mode
    reader.update_trail()
    reader.update_list_title()
    reader.redraw_boxes()
    reader.stack_for(mode)
    reader.watch_maximized()  # the panes' widths changed: their titles are fitted again
    if mode == "terminal":
        message = "Bidi: terminal (logical text; your terminal reorders). The panes stack: one per row."
    else:
        message = "Bidi: app (newstui shapes and reorders)."
    reader.news_app.notify(message, markup=False, kind=KEY_FEEDBACK)


def toggle_harakat(reader: ReaderScreen) -> None:
    """Show or hide harakat in every pane and the trail; the reading position stays."""
    reader.harakat = not reader.harakat
    reader.article_list.harakat = reader.harakat
    reader.article_view.harakat = reader.harakat
    reader.related.harakat = reader.harakat
    reader.update_trail()
    shown = "shown" if reader.harakat else "hidden (h shows them again)"
    reader.news_app.notify(f"Harakat {shown}.", markup=False, kind=KEY_FEEDBACK)


def cycle_direction(reader: ReaderScreen) -> None:
    """Give the open article's paragraphs the next reading direction (auto, right to left, left to right) that
    draws it otherwise: forcing the direction every paragraph has anyway is passed over."""
    article = reader.article_view.article
    if article is None:
        reader.news_app.notify("No article is open.", severity="warning", markup=False, kind=KEY_FEEDBACK)
        return
    from newstui.render import detected_directions

    detected = detected_directions(article)
    uniform = next(iter(detected)) if len(detected) == 1 else None
    current = reader.direction_of(article)
    at = DIRECTIONS.index(current)
    # The next direction that draws something else: forcing the one every paragraph has anyway is no change.
    for step in range(1, len(DIRECTIONS)):
        direction = DIRECTIONS[(at + step) % len(DIRECTIONS)]
        if (direction or uniform or "mixed") != (current or uniform or "mixed"):
            break
    reader.directions[article.id] = direction
    reader.article_view.set_direction(direction)
    reader.related.show(article, direction=direction)
    name = DIRECTION_NAMES[direction]
    if direction is None and uniform is not None:
        name = f"{name} ({DIRECTION_NAMES[uniform]})"
    reader.news_app.notify(f"Direction: {name} (d changes it).", markup=False, kind=KEY_FEEDBACK)


def toggle_unread(reader: ReaderScreen) -> None:
    """List only the stories not read yet (the open one stays), or every story again."""
    reader.listing.unread_only = not reader.listing.unread_only
    reader.refresh_list()
    if reader.listing.unread_only:
        reader.news_app.notify("List: unread stories only (u: every story).", markup=False, kind=KEY_FEEDBACK)
    else:
        reader.news_app.notify("List: every story (u: unread only).", markup=False, kind=KEY_FEEDBACK)


def toggle_sort(reader: ReaderScreen) -> None:
    """Sort the list as loaded, or the newest first; the open story stays highlighted.

    Newest first, the dates of folder entries listed by title are read on a thread (``reader_indexed.EntryDater``)
    and the list is sorted again when they are in; back to as loaded, that work stops.
    """
    reader.listing.order = "newest" if reader.listing.order == "loaded" else "loaded"
    if reader.listing.order == "loaded":
        reader.stop_dating()  # the folder entries' dates (read for newest first) are not needed any more
    reader.refresh_list()
    if reader.listing.order == "newest":
        reader.news_app.notify(
            "List: newest first (undated stories last; s: as loaded).", markup=False, kind=KEY_FEEDBACK
        )
    else:
        reader.news_app.notify("List: as loaded (s: newest first).", markup=False, kind=KEY_FEEDBACK)


def cycle_pane(reader: ReaderScreen, delta: int) -> None:
    """Focus the next (1) or previous (-1) pane in reading order: list, article, related.

    Textual's own focus chain follows screen position, which would run backwards in the mirrored layout.
    """
    panes: list[Widget] = [reader.article_list, reader.article_view]
    if reader.related.display:  # hidden on a very short screen
        panes.append(reader.related)
    focused = reader.focused
    in_box = focused is not None and focused is reader.filter_input
    index = 0 if in_box else next((i for i, pane in enumerate(panes) if focused is pane), -1)
    if reader.maximized is not None:
        reader.minimize()
    panes[(index + delta) % len(panes)].focus()


def toggle_maximize(reader: ReaderScreen) -> None:
    """Maximize the focused pane (the list's with its filter box), or restore the layout."""
    if reader.maximized is not None:
        reader.minimize()
        return
    focused = reader.focused
    if focused is None:
        return
    pane = reader.list_pane if focused is reader.article_list or focused is reader.filter_input else focused
    reader.maximize(pane, container=False)


def single_pane(reader: ReaderScreen) -> bool:
    """Whether the screen is too small for more than one pane (``ReaderScreen.SINGLE_PANE_ROWS``)."""
    return reader.has_class("-stacked") and 0 < reader.size.height < reader.SINGLE_PANE_ROWS


def show_focused_pane(reader: ReaderScreen) -> None:
    """On a screen too small for two panes, the focused one takes it (maximized); a larger screen gets its
    panes back (unless the user maximized one with z)."""
    if not single_pane(reader):
        if reader.maximized is not None and reader.has_class("-single"):
            reader.minimize()
        reader.remove_class("-single")
        return
    reader.add_class("-single")
    focused = reader.focused
    if focused is None:
        return
    if focused is reader.find_input:
        # The find box sits under the article, outside it: the two are shown together, in the box's own pane
        # (``main``: the related pane in it is hidden on a screen this short), so the matches stay in sight.
        main = reader.main_pane
        if reader.maximized is not main:
            reader.maximized = main  # (not ``maximize``: a plain container is not maximizable by z)
        return
    pane = reader.list_pane if focused is reader.article_list or focused is reader.filter_input else focused
    if pane in (reader.list_pane, reader.article_view, reader.related) and reader.maximized is not pane:
        reader.maximize(pane, container=False)
