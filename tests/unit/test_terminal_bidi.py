"""Bidi mode resolution: command line over environment over auto, escapes and hints."""

from __future__ import annotations

import pytest

from newstui.errors import UsageError
from newstui.terminal import EXPLICIT, IMPLICIT, resolve_bidi

CASES = [
    ("auto-plain", None, {}, "app", EXPLICIT, None),
    ("cli-terminal", "terminal", {}, "terminal", "", None),
    ("env-terminal", None, {"NEWSTUI_BIDI": "terminal"}, "terminal", "", None),
    ("cli-beats-env", "app", {"NEWSTUI_BIDI": "terminal"}, "app", EXPLICIT, None),
    ("vte-explicit", None, {"VTE_VERSION": "7600"}, "app", EXPLICIT, None),
    ("konsole-hint", None, {"KONSOLE_VERSION": "230800"}, "app", EXPLICIT, "Konsole"),
    ("mlterm-hint", None, {"MLTERM": "3.9"}, "app", EXPLICIT, "mlterm"),
    ("kitty-hint", None, {"KITTY_WINDOW_ID": "1"}, "app", EXPLICIT, "kitty"),
    ("explicit-app-no-hint", "app", {"KITTY_WINDOW_ID": "1"}, "app", EXPLICIT, None),
    ("tmux-without-passthrough", None, {"TMUX": "/tmp/x,1,0"}, "app", "", None),
    ("case-insensitive", "APP", {}, "app", EXPLICIT, None),
    # An empty value is no choice at all: --bidi "" falls back to NEWSTUI_BIDI, an empty NEWSTUI_BIDI to auto
    # (auto, not app: only auto gives the terminal's hint).
    ("cli-empty-is-auto", "", {"KITTY_WINDOW_ID": "1"}, "app", EXPLICIT, "kitty"),
    ("cli-empty-falls-back-to-env", "", {"NEWSTUI_BIDI": "terminal"}, "terminal", "", None),
    ("env-empty-is-auto", None, {"NEWSTUI_BIDI": "", "KITTY_WINDOW_ID": "1"}, "app", EXPLICIT, "kitty"),
    ("cli-and-env-empty-is-auto", "", {"NEWSTUI_BIDI": ""}, "app", EXPLICIT, None),
]


class TestResolveBidi:
    @pytest.mark.parametrize(
        ("choice", "env", "mode", "enter", "hint"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
    )
    def test_table(self, choice: str | None, env: dict[str, str], mode: str, enter: str, hint: str | None) -> None:
        """The mode, the start escape and the hint follow CLI > env > auto."""
        setup = resolve_bidi(choice, env, probe_tmux=False)
        assert setup.mode == mode
        assert setup.enter == enter
        if hint is None:
            assert setup.hint is None
        else:
            assert setup.hint is not None and hint.split()[0].lower() in setup.hint.lower()

    def test_leave_undoes_enter(self) -> None:
        """App mode asks for explicit mode at start and restores implicit mode at exit."""
        setup = resolve_bidi("app", {}, probe_tmux=False)
        assert (setup.enter, setup.leave) == (EXPLICIT, IMPLICIT)

    @pytest.mark.parametrize("value", ["rtl", "bogus", "off-by-one"])
    @pytest.mark.parametrize("where", ["cli", "env"])
    def test_unknown_mode_is_rejected(self, value: str, where: str) -> None:
        """A value outside auto/app/terminal, given or from NEWSTUI_BIDI, raises the tree's UsageError (exit
        status 2); an empty one is not rejected (see the table)."""
        choice, env = (value, {}) if where == "cli" else (None, {"NEWSTUI_BIDI": value})
        with pytest.raises(UsageError, match="unknown bidi mode"):
            resolve_bidi(choice, env, probe_tmux=False)
