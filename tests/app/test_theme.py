"""Pilot tests of the colour theme: the config file's, else the one chosen last in the palette (remembered)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader

from newstui.theme_memory import remembered_theme, theme_path


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    return tmp_path / "newstui" / "theme"


async def test_a_theme_chosen_is_kept_for_the_next_run(make_app: Any, state: Path) -> None:
    """Starting writes nothing; a theme chosen (ctrl+p → Theme sets ``app.theme``) is the next run's."""
    app = make_app(remember=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark" and not state.exists(), "nothing chosen, nothing written"
        app.theme = "textual-light"
        await pilot.pause()
    assert theme_path() == state and remembered_theme() == "textual-light"
    again = make_app(remember=True)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.theme == "textual-light"


async def test_the_config_files_theme_wins(make_app: Any, state: Path) -> None:
    state.parent.mkdir(parents=True)
    state.write_text("textual-light\n")
    app = make_app(remember=True, theme="nord")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "nord"
    assert state.read_text() == "textual-light\n", "starting with the config's theme is no choice"


@pytest.mark.parametrize("kept", ["no-such-theme", "../../etc", ""])
async def test_a_remembered_name_that_is_no_theme_is_passed_over(make_app: Any, state: Path, kept: str) -> None:
    state.parent.mkdir(parents=True)
    state.write_text(kept)
    app = make_app(remember=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"


async def test_private_neither_reads_nor_writes_it(make_app: Any, state: Path) -> None:
    state.parent.mkdir(parents=True)
    state.write_text("textual-light\n")
    app = make_app(remember=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"
        app.theme = "nord"
        await pilot.pause()
    assert state.read_text() == "textual-light\n"


async def test_a_theme_that_cannot_be_kept_is_told(make_app: Any, hook: Any, notes: list[Any], state: Path) -> None:
    state.parent.write_text("a file where the state folder should be")
    app = make_app(remember=True)
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        app.theme = "textual-light"
        await pilot.pause()
        assert app.is_running
    assert any("theme could not be kept" in str(note.message) for note in notes)


def test_the_themes_known_without_textual_are_textuals() -> None:
    """``--print`` checks a config file's theme against this list without importing Textual: it must be Textual's."""
    from textual.theme import BUILTIN_THEMES

    from newstui.theme_memory import KNOWN_THEMES

    assert set(BUILTIN_THEMES) == KNOWN_THEMES


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "nord", "gruvbox"])
async def test_every_pane_is_framed_whatever_has_focus(make_app: Any, theme: str) -> None:
    """An unfocused pane's border stands out from its background (Textual's blurred border colour is within a
    few shades of it, so only the focused pane looked framed), and the focused one is drawn differently."""
    app = make_app(theme=theme)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        focused = screen.focused
        for pane in (screen.list_pane, screen.article_view, screen.related):
            border = pane.styles.border_top[1]
            behind = pane.styles.background
            if focused is not None and (focused is pane or pane in focused.ancestors):
                continue
            assert abs(border.brightness - behind.brightness) > 0.15, (pane.id, border.hex, behind.hex)
            # In 16 colours (TERM=xterm) too: light grey on white was near invisible there.
            assert abs(_standard(border) - _standard(behind)) > 0.15, (pane.id, border.hex, behind.hex)
        panes = (screen.list_pane, screen.article_view, screen.related)
        assert len({pane.styles.border_top[1].hex for pane in panes}) == 2, "the focused pane's colour, the others'"


def _standard(color: Any) -> float:
    """The brightness of the 16-colour terminal colour ``color`` is drawn in (as Rich downgrades it for
    TERM=xterm), 0 to 1."""
    from rich._palettes import STANDARD_PALETTE
    from rich.color import Color, ColorSystem

    r, g, b = color.rgb
    number = Color.from_rgb(r, g, b).downgrade(ColorSystem.STANDARD).number or 0
    red, green, blue = STANDARD_PALETTE[number]
    return (299 * red + 587 * green + 114 * blue) / 255_000
