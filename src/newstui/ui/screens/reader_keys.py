"""The reader's keys: what each one does, as the help screen, the key bar and the footer show them.

| Key | Action |
| :- | :- |
| tab / shift+tab | Next / previous pane |
| / | Filter the list |
| f | Find in the article |
| 1…9, 0 | Open related link N (0: the tenth) |
| backspace / alt+left | Back |
| alt+right | Forward |
| n / p | Next / previous article in the list |
| N / P | Next / previous unread story in the list (read ones passed over) |
| m | Mark the highlighted story read, or unread again |
| A | Mark every story listed read (A again at once: undone) |
| ctrl+f / ctrl+b | Page down / up, as PgDn / PgUp (the focused list, else the article) |
| o | Open the article's web address |
| g | Open a web address, a file or a folder |
| b | Switch bidi mode (app / terminal) |
| h | Show or hide harakat (vowel marks) |
| d | Reading direction of the article: auto, right to left, left to right |
| r | Reload the sources (new stories on top of the list, edited files as they are now) |
| s | Sort the list: as loaded, or the newest first |
| u | Only the stories not read yet in the list, or every story |
| z | Maximize or restore the focused pane |
| w | Save the article as a text file |
| y | Copy the article's text (logical order) |
"""

from __future__ import annotations

from typing import Final

from textual.binding import Binding, BindingType

READER_BINDINGS: Final[list[BindingType]] = [
    Binding("tab", "cycle_pane(1)", "Pane", tooltip="Next pane", id="newstui.next_pane"),
    Binding("shift+tab", "cycle_pane(-1)", "Pane", tooltip="Previous pane", show=False, id="newstui.prev_pane"),
    *[  # one hint in the bar, "1-9 Related" (``KeyBar``)
        Binding(str(n), f"follow({n})", "Related", tooltip="Open related link", id=f"newstui.link{n}")
        for n in range(1, 10)
    ],
    # The tenth, as newsboat's 1-0 (help lists "1…0").
    Binding("0", "follow(10)", "Related", tooltip="Open related link", show=False, id="newstui.link10"),
    Binding("backspace", "back", "Back", tooltip="Back to the previous article", id="newstui.back"),
    Binding("alt+left", "back", "Back", tooltip="Back to the previous article", show=False, id="newstui.back_alt"),
    Binding("alt+right", "forward", "Forward", tooltip="Forward again after going back", id="newstui.forward"),
    Binding("n", "step(1)", "Next", tooltip="Next article in the list", id="newstui.next"),
    Binding("p", "step(-1)", "Prev", tooltip="Previous article in the list", id="newstui.prev"),
    # One hint in the bar, "N Unread" (the first to give way on a narrow bar after the dimmed ones: ``KeyBar``).
    Binding("N", "step_unread(1)", "Unread", tooltip="Next unread story in the list", id="newstui.next_unread"),
    Binding(
        "P",
        "step_unread(-1)",
        "Unread",
        tooltip="Previous unread story in the list",
        show=False,
        id="newstui.prev_unread",
    ),
    # A key greyed out (check_action: nowhere to go) falls through to its second binding, which says so rather
    # than doing nothing (newsboat: "Already on first item"). No description: the help lists the first only.
    Binding("backspace,alt+left", "nowhere('back')", show=False, id="newstui.back_nowhere"),
    Binding("alt+right", "nowhere('forward')", show=False, id="newstui.forward_nowhere"),
    Binding("n", "nowhere('next')", show=False, id="newstui.next_nowhere"),
    Binding("p", "nowhere('previous')", show=False, id="newstui.prev_nowhere"),
    Binding("N", "nowhere('next unread')", show=False, id="newstui.next_unread_nowhere"),
    Binding("P", "nowhere('previous unread')", show=False, id="newstui.prev_unread_nowhere"),
    Binding(
        "m",
        "toggle_read",
        "Read",
        tooltip="Mark the story highlighted in the list (or the open one, from the other panes) read, or unread again",
        show=False,
        id="newstui.toggle_read",
    ),
    Binding(
        "A",
        "mark_all_read",
        "All read",
        tooltip="Mark every story the list shows read (after the filter and u); A again right after undoes it",
        show=False,
        id="newstui.mark_all_read",
    ),
    Binding(
        "ctrl+f", "page(1)", "Page down", tooltip="Page down (less and vim's key)", show=False, id="newstui.page_down"
    ),
    Binding("ctrl+b", "page(-1)", "Page up", tooltip="Page up (less and vim's key)", show=False, id="newstui.page_up"),
    Binding(
        "slash",
        "filter",
        "Filter",
        tooltip="Filter the list (Arabic spelling variants match)",
        id="newstui.filter",
        # Priority: the box takes focus before the keys typed right after / are handed to a pane.
        priority=True,
    ),
    Binding(
        "o",
        "open_web",
        "Web",
        tooltip="Open the article's web address in the browser",
        show=False,
        id="newstui.open_web",
    ),
    Binding(
        "b",
        "toggle_bidi",
        "Bidi",
        tooltip="Switch bidi mode: newstui reorders (app) or the terminal does",
        show=False,
        id="newstui.bidi",
    ),
    Binding("f", "find", "Find", tooltip="Find in the article (Arabic spelling variants match)", id="newstui.find"),
    Binding(
        "g",
        "open_address",
        "Open",
        tooltip="Open a web address (page, feed or list of feeds), a file or a folder",
        show=False,
        id="newstui.open_address",
    ),
    Binding(
        "h",
        "toggle_harakat",
        "Harakat",
        tooltip="Show or hide harakat (Arabic vowel marks)",
        show=False,
        id="newstui.harakat",
    ),
    Binding(
        "r",
        "reload",
        "Reload",
        tooltip="Reload the sources: new stories join the top of the list, edited files are read again",
        id="newstui.reload",
    ),
    Binding(
        "s",
        "toggle_sort",
        "Sort",
        tooltip="Sort the list: as loaded, or the newest first",
        show=False,
        id="newstui.sort",
    ),
    Binding(
        "u",
        "toggle_unread",
        "Unread",
        tooltip="Show only the stories not read yet in the list, or every story",
        show=False,
        id="newstui.unread",
    ),
    Binding(
        "d",
        "cycle_direction",
        "Direction",
        tooltip="Reading direction of the article: each paragraph's own, right to left, left to right",
        show=False,
        id="newstui.direction",
    ),
    Binding("z", "toggle_maximize", "Zoom", tooltip="Maximize or restore the focused pane", id="newstui.zoom"),
    Binding(
        "w",
        "save_article",
        "Save",
        tooltip="Save the article as a text file (it opens again in newstui)",
        show=False,
        id="newstui.save",
    ),
    Binding(
        "y",
        "copy_article",
        "Copy",
        tooltip="Copy the article's text (logical order, unshaped) to the clipboard",
        show=False,
        id="newstui.copy",
    ),
    Binding(
        "escape",
        "clear_filter",
        "Stop",
        tooltip=(
            "Stop loading what g or a related link opens; else clear the filter or close the box; "
            "else restore a pane maximized with z"
        ),
        show=False,
        id="newstui.escape",
    ),
]
"""The reader screen's bindings (``ReaderScreen.BINDINGS``); its actions are the screen's ``action_*`` methods."""
