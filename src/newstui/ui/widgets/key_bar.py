"""KeyBar: the key hints along the bottom, drawn as one line of text instead of one widget per key."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.strip import Strip
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.screen import Screen

GAP = "  "
"""Between two hints."""
KEPT_KEYS = frozenset({"question_mark", "q"})
"""Hints kept when the bar is too narrow for all of them (help lists every other key)."""
FIRST_DROPPED = frozenset({"N"})
"""Hints that give way first on a narrow bar once the dimmed ones have gone, before the others go from the end
(``N Unread``: ``n`` and ``u`` reach the same stories)."""


class Hint(NamedTuple):
    """One key hint as shown: the key's display text, what it does, and whether it applies now."""

    key: str
    """The key as Textual names it (what a click presses)."""
    display: str
    description: str
    enabled: bool


def _digit_run(last: Hint, key: str, description: str) -> bool:
    """Whether digit ``key`` goes on the digit hint ``last`` ("1-8" and "9" of the same description)."""
    tail = last.display.rsplit("-", 1)[-1]
    return (
        key.isdigit()
        and last.description == description
        and tail.isdigit()
        and last.key.isdigit()
        and int(key) == int(tail) + 1
    )


def _cells(hints: Sequence[Hint], *, pad: int = 1, gap: str = GAP) -> int:
    """The cells ``hints`` take on the bar: a margin of ``pad`` cells, each hint, ``gap`` between two."""
    return pad + sum(cell_len(f"{hint.display} {hint.description}") for hint in hints) + len(gap) * (len(hints) - 1)


def _is_range(hint: Hint) -> bool:
    """Whether ``hint`` stands for several keys ("1-9"): a click on it presses none of them."""
    return hint.key.isdigit() and "-" in hint.display


class KeyBar(Widget):
    """The screen's shown bindings, e.g. ``? Help  q Quit``, with keys that do nothing now dimmed.

    Textual's ``Footer`` mounts a widget per key and recomposes all of them whenever the bindings
    change, which in a reader happens on every story opened (back/forward become possible). This
    bar keeps a tuple of hints and repaints its single line only when that tuple changes. The
    bindings are read when the line is drawn, once for any number of changes in between (the
    reader's start-up changes them four times before its first frame). A click on a hint presses
    its key.
    """

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
        & > .key-bar--key {
            color: $footer-key-foreground;
            text-style: bold;
        }
        & > .key-bar--description {
            color: $footer-description-foreground;
        }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--description"}

    def __init__(self, *, id: str | None = None) -> None:  # (Textual's own keyword)
        super().__init__(id=id)
        self.hints: tuple[Hint, ...] = ()
        """What the bar shows now, in binding order."""
        self._spans: list[tuple[int, int, str]] = []
        """(first cell, end cell, key) of each hint on the line, for clicks."""
        self._line: Strip | None = None
        self._stale = True
        """The bindings changed since the hints were last read."""

    def on_mount(self) -> None:
        """Follow the screen's bindings (read when the line is next drawn)."""
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        """Stop following them."""
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is self.screen and not self._stale:
            self._stale = True
            self.refresh()  # the hints are read when the line is drawn

    def update_hints(self) -> bool:
        """Read the screen's active bindings now; repaint only when the hints changed.

        Returns:
            True when the bar changed.
        """
        changed = self._read_hints()
        if changed:
            self.refresh()
        return changed

    def _read_hints(self) -> bool:
        """Set ``hints`` from the screen's active bindings; whether they changed (the line is then redrawn)."""
        self._stale = False
        hints: list[Hint] = []
        seen: set[str] = set()
        active = self.screen.active_bindings  # a property that walks the whole binding chain: read it once
        for _node, binding, enabled, _tooltip in active.values():
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)  # one hint per action (e.g. backspace, not alt+left too)
            last = hints[-1] if hints else None
            if last is not None and _digit_run(last, binding.key, binding.description):
                first = last.display.split("-", 1)[0]  # "1", then "1-2" … "1-9": one hint for the links' keys
                hints[-1] = last._replace(display=f"{first}-{binding.key}", enabled=last.enabled or enabled)
                continue
            hints.append(Hint(binding.key, self.app.get_key_display(binding), binding.description, enabled))
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        if self.app.ENABLE_COMMAND_PALETTE and palette is not None and palette.binding.action not in seen:
            binding = palette.binding
            hints.append(Hint(binding.key, self.app.get_key_display(binding), binding.description, palette.enabled))
        new = tuple(hints)
        if new == self.hints:
            return False
        self.hints = new
        self._line = None
        return True

    def notify_style_update(self) -> None:
        """Draw the line again with the new theme or styles."""
        self._line = None
        super().notify_style_update()

    def fitting(self, width: int) -> tuple[Hint, ...]:
        """The hints a bar ``width`` cells wide shows: all that fit, dropping those that do nothing now first,
        then those of ``FIRST_DROPPED``, then others from the end, so that help and quit stay (no hint is cut
        in the middle while a whole one could go instead)."""
        hints = list(self.hints)
        while len(hints) > 1 and _cells(hints) > width:
            droppable = [n for n, hint in enumerate(hints) if hint.key not in KEPT_KEYS]
            if not droppable:
                break
            idle = [n for n in droppable if not hints[n].enabled]
            first = [n for n in droppable if hints[n].key in FIRST_DROPPED]
            del hints[(idle or first or droppable)[-1]]
        return tuple(hints)

    def _segments(self, width: int) -> list[Segment]:
        """The hints that fit ``width`` as styled segments; records where each one sits for clicks."""
        base = self.rich_style
        key_style = base + self.get_component_rich_style("key-bar--key")
        text_style = base + self.get_component_rich_style("key-bar--description")
        dim = RichStyle(dim=True)
        shown = self.fitting(width)
        # The kept hints alone too wide (``? Help  q Quit`` at 14 cells): no margin, then one space between.
        pad = " " if _cells(shown) <= width else ""
        gap = GAP if _cells(shown, pad=len(pad)) <= width else " "
        segments = [Segment(pad, base)]
        spans: list[tuple[int, int, str]] = []
        x = len(pad)
        for number, hint in enumerate(shown):
            if number:
                segments.append(Segment(gap, base))
                x += len(gap)
            key_text = f"{hint.display} "
            start = x
            segments.append(Segment(key_text, key_style if hint.enabled else key_style + dim))
            segments.append(Segment(hint.description, text_style if hint.enabled else text_style + dim))
            x += cell_len(key_text) + cell_len(hint.description)
            spans.append((start, x, "" if _is_range(hint) else hint.key))
        self._spans = spans
        return segments

    def render_line(self, y: int) -> Strip:
        """The hints that fit on the first row (``fitting``); nothing else."""
        width = self.size.width
        if y:
            return Strip.blank(width, self.rich_style)
        if self._stale:
            self._read_hints()
        if self._line is None or self._line.cell_length != width:
            self._line = Strip(self._segments(width)).crop_extend(0, width, self.rich_style)
        return self._line

    def on_resize(self, event: events.Resize) -> None:
        """Lay the line out again for the new width."""
        self._line = None

    def key_at(self, x: int) -> str | None:
        """The key of the hint drawn at cell ``x``, if any (not a range's, "1-9": which of its keys is meant?)."""
        for start, end, key in self._spans:
            if start <= x < end:
                return key or None
        return None

    def on_click(self, event: events.Click) -> None:
        """Press the key of the hint that was clicked."""
        key = self.key_at(event.x)
        if key is not None:
            event.stop()
            self.app.simulate_key(key)
