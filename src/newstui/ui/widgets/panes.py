"""ListPane: the bordered container holding the filter box and the article list (maximizable as one)."""

from __future__ import annotations

from textual.containers import Vertical


class ListPane(Vertical):
    """The article list with its filter box; ``z`` maximizes the pane, not just the list."""

    ALLOW_MAXIMIZE = True
