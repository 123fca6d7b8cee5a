"""The list's filter box (/): mounted on first use, the list filtered as the query is typed, Esc clears it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newstui.ui.screens.reader import ReaderScreen
    from newstui.ui.widgets.filter_input import FilterInput


class ListFilter:
    """The reader's filter box and the query it puts in ``reader.listing``; made on the first ``/``."""

    def __init__(self, reader: ReaderScreen) -> None:
        self.reader = reader
        self.box: FilterInput | None = None
        """The filter box, mounted the first time / is pressed (an Input costs ~5-10 ms to mount)."""

    @property
    def shown(self) -> bool:
        """The box is on screen."""
        return self.box is not None and self.box.display

    async def open(self) -> None:
        """Show the filter box (mounting it the first time) and put the cursor in it."""
        reader = self.reader
        if reader.maximized is not None and reader.maximized is not reader.list_pane:
            reader.minimize()  # the box is in the list pane, which a maximized pane hides
        box = self.box
        if box is None:
            from newstui.ui.widgets.filter_input import FilterInput  # loaded when first needed (~1 ms)

            box = self.box = FilterInput(placeholder="filter…", id="filter")
            box.display = True
            # Awaited: the keys typed right after / wait in the queue until the box is there to take them.
            await reader.list_pane.mount(box, before=reader.article_list)
        elif reader.focused is box:
            box.insert_text_at_cursor("/")
            return
        box.display = True
        reader.list_pane.add_class("-filtering")  # a short screen gives the pane a row more for the box
        # Focus now, not after a refresh (Widget.focus defers), so keys typed right after / land in the box.
        reader.set_focus(box)

    def changed(self, value: str) -> None:
        """Filter the list as the query changes (Arabic letters are folded by the corpus)."""
        self.reader.listing.query = value.strip()
        self.reader.refresh_list()

    def clear(self) -> None:
        """Drop the filter, hide the box and go back to the list, every article shown."""
        box = self.box
        if box is not None:
            box.value = ""
            box.display = False
        self.reader.list_pane.remove_class("-filtering")
        self.reader.listing.query = ""
        self.reader.refresh_list()
        self.reader.article_list.focus()
