"""Related stories laid out ahead, after the open story is painted: links followed with 1…9 find them shaped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from newstui.ui.screens.reader import ReaderScreen

PREFETCH_LINKS: Final = 9
"""Related stories (those with a number key) whose first screen is laid out in advance."""


def lay_out_related(reader: ReaderScreen, article_id: str) -> int:
    """Lay out the first screen of each loaded related story of ``article_id``, if it is still open.

    Runs after the frame that shows ``article_id`` (so it never delays it); the layouts land in the
    render cache the article pane draws from.

    Returns:
        How many stories were laid out.
    """
    if reader.history.current != article_id or not reader.is_current:
        return 0
    view = reader.article_view
    width, rows = view.text_width, view.size.height
    if width < 1 or rows < 1:
        return 0
    done = 0
    for link in reader.related.links[:PREFETCH_LINKS]:
        target = reader.corpus.get(link.target) if link.target is not None else None
        if target is not None and target.id != article_id and not target.indexed_only:
            view.layout_for(target, width, reader.direction_of(target)).lines(0, rows)
            done += 1
    return done
