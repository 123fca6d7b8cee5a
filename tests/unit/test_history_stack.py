"""History: browser semantics for back and forward."""

from __future__ import annotations

import pytest

from newstui.history import History


def make(*items: str) -> History[str]:
    history: History[str] = History()
    for item in items:
        history.visit(item)
    return history


class TestHistory:
    def test_empty_history_has_nowhere_to_go(self) -> None:
        """A fresh history has no current item and cannot move."""
        history: History[str] = History()
        assert history.current is None
        assert not history.can_go_back and not history.can_go_forward
        assert history.back() is None and history.forward() is None

    def test_back_and_forward_walk_the_trail(self) -> None:
        """back() and forward() move through visits in order and stop at the ends."""
        history = make("a", "b", "c")
        assert history.back() == "b"
        assert history.back() == "a"
        assert history.back() is None
        assert history.current == "a"
        assert history.forward() == "b"
        assert history.forward() == "c"
        assert history.forward() is None

    def test_new_visit_after_back_drops_forward_entries(self) -> None:
        """Visiting after going back discards the forward entries, as a browser does."""
        history = make("a", "b", "c")
        history.back()
        history.visit("d")
        assert list(history) == ["a", "b", "d"]
        assert not history.can_go_forward

    def test_revisiting_current_is_a_no_op(self) -> None:
        """Opening the article already shown does not grow the history."""
        history = make("a", "a", "a")
        assert len(history) == 1

    def test_max_length_drops_oldest(self) -> None:
        """Beyond max_length the oldest entries fall off and the cursor stays on the newest."""
        history: History[int] = History(max_length=3)
        for n in range(5):
            history.visit(n)
        assert list(history) == [2, 3, 4]
        assert history.current == 4 and history.index == 2

    @pytest.mark.parametrize(
        ("moves", "trail"),
        [("", ["a", "b", "c"]), ("<", ["a", "b"]), ("<<", ["a"]), ("<<>", ["a", "b"])],
        ids=["at-end", "one-back", "two-back", "back-back-forward"],
    )
    def test_trail_ends_at_current(self, moves: str, trail: list[str]) -> None:
        """trail() lists the visits up to and including the current one."""
        history = make("a", "b", "c")
        for move in moves:
            history.back() if move == "<" else history.forward()
        assert history.trail() == trail

    def test_invalid_max_length_is_rejected(self) -> None:
        """A history must hold at least one entry."""
        with pytest.raises(ValueError):
            History(max_length=0)
