"""The --doctor report: what it says about the terminal, and the test sentence in both bidi modes."""

from __future__ import annotations

import pytest

from helpers.readback import reads_back
from newstui.doctor import SENTENCE, WIDTH, report
from newstui.terminal import BidiSetup, resolve_bidi


def _facts(env: dict[str, str], choice: str | None = None) -> str:
    setup = resolve_bidi(choice, env, probe_tmux=False)
    return "\n".join(report(env, setup, is_tty=True, probe_tmux=False).facts)


class TestFacts:
    @pytest.mark.parametrize(
        ("env", "choice", "says", "not_says"),
        [
            ({"TERM": "xterm-256color"}, None, ["TERM=xterm-256color", "explicit mode (CSI 8 l) is sent"], ["tmux"]),
            ({"TERM": "screen", "TMUX": "/tmp/tmux-0/default,1,0"}, None, ["allow-passthrough is off"], []),
            ({"TERM": "xterm", "KONSOLE_VERSION": "230800"}, None, ["Konsole reorders"], []),
            ({"TERM": "xterm-kitty"}, None, ["kitty reorders"], []),
            ({"TERM": "xterm"}, "terminal", ["bidi       terminal"], ["explicit mode"]),
            ({"TERM": "xterm", "TERM_PROGRAM": "Apple_Terminal"}, None, ["TERM_PROGRAM=Apple_Terminal"], []),
            ({"TERM": "x\x1b]0;pwned\x07"}, None, ["TERM=x"], ["\x1b", "\x07"]),
            ({"TERM": "dumb"}, None, ["cannot move the cursor", "prints the stories"], ["console font"]),
            ({"TERM": "linux"}, None, ["console font", "boxes"], ["cannot move"]),
            ({"TERM": "vt100"}, None, ["TERM=vt100: a console font"], []),
            ({"TERM": "vt100\x1b]0;pwned\x07"}, None, ["console font", "vt100␛]0;pwned␇"], ["\x1b", "\x07"]),
            ({"TERM": "xterm-256color"}, None, [], ["console font", "cannot move"]),
        ],
        ids=[
            "plain",
            "tmux-no-passthrough",
            "konsole",
            "kitty",
            "terminal-mode",
            "apple",
            "escape-in-term",
            "dumb",
            "linux-console",
            "vt100",
            "escape-in-vt-term",
            "no-limit-said-of-xterm",
        ],
    )
    def test_what_it_says(self, env: dict[str, str], choice: str | None, says: list[str], not_says: list[str]) -> None:
        text = _facts(env, choice)
        assert all(part in text for part in says), text
        assert not any(part in text for part in not_says), text

    def test_not_a_terminal_is_said(self) -> None:
        setup = BidiSetup(mode="app")
        assert "not a terminal" in "\n".join(report({}, setup, is_tty=False, probe_tmux=False).facts)
        assert "not a terminal" not in "\n".join(report({}, setup, is_tty=True, probe_tmux=False).facts)


class TestLines:
    def test_line_a_is_the_reader_drawing_of_the_sentence(self) -> None:
        found = report({}, BidiSetup(mode="app"), is_tty=True, probe_tmux=False)
        (line,) = found.app_lines
        assert len(line) == WIDTH and line.startswith(" "), "right-aligned in its width"
        assert reads_back(SENTENCE, [line])
        assert "(2024)" in line and "GPS" in line and line.rstrip().endswith("ﻝﺎﻗ")
        assert line.lstrip().startswith("."), "the full stop at the left end"

    @pytest.mark.parametrize("columns", [30, 50, 61, 200])
    def test_line_a_fits_the_terminal(self, columns: int) -> None:
        """In a terminal narrower than the line it is laid out one cell narrower than the terminal (a wider
        one would wrap, its first words alone on the next row), on two lines if the sentence needs them."""
        found = report({}, BidiSetup(mode="app"), is_tty=True, probe_tmux=False, columns=columns)
        assert all(len(line) == min(WIDTH, columns - 1) for line in found.app_lines)
        assert reads_back(SENTENCE, list(found.app_lines))
        assert all(len(line) < 80 for line in found.advice)

    @pytest.mark.parametrize("columns", [30, 40, 61, 120])
    def test_every_line_fits_the_terminal_cut_between_words(self, columns: int) -> None:
        """At 40 columns the prose was cut mid-word by the terminal: now every line is cut between words."""
        env = {"TERM": "xterm-256color", "TMUX": "/tmp/tmux-0/default,1,0"}
        found = report(env, BidiSetup(mode="app"), is_tty=False, probe_tmux=False, columns=columns)
        lines = [*found.facts, *found.terminal_lines, *found.advice]
        assert all(len(line) <= max(columns - 1, 20) for line in lines), lines
        words = " ".join(" ".join(found.advice).split())
        assert "(or set NEWSTUI_BIDI=terminal)" in words and "the full stop at its left end" in words
        assert " ".join(found.terminal_lines) == SENTENCE
        assert any(line.startswith("tmux       ") for line in found.facts)
        assert all(line[:1] != " " or line.startswith(" " * 11) for line in found.facts)

    def test_line_b_is_the_logical_sentence(self) -> None:
        assert report({}, BidiSetup(mode="app"), is_tty=True, probe_tmux=False).terminal_line == SENTENCE
