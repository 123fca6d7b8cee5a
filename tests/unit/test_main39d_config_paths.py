"""config: a config file's relative sources are tidied (no ``..``), as error lines and the command line show them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.config import load_config


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("../../news2/", "news2"),
        ("../../story.txt", "story.txt"),
        ("./a/../b.txt", "cfg/newstui/b.txt"),
        ("https://example.org/../rss.xml", None),  # a web address stays as written
    ],
)
def test_relative_sources_are_tidied(tmp_path: Path, written: str, expected: str | None) -> None:
    folder = tmp_path / "cfg" / "newstui"
    folder.mkdir(parents=True)
    path = folder / "config.toml"
    path.write_text(f'sources = ["{written}"]\n', encoding="utf-8")
    (source,) = load_config(path).sources
    assert source == (written if expected is None else str(tmp_path / expected))
    assert expected is None or ".." not in Path(source).parts


def test_a_linked_config_folder_finds_sources_beside_its_target(tmp_path: Path) -> None:
    """A dotfiles setup: ~/.config/newstui links to dotfiles/newstui; "../news/" is dotfiles/news, as the
    system would read the path (not ~/.config/news, which a tidy of the text alone would give)."""
    real = tmp_path / "dotfiles" / "newstui"
    real.mkdir(parents=True)
    (tmp_path / "dotfiles" / "news").mkdir()
    (tmp_path / "home" / ".config").mkdir(parents=True)
    linked = tmp_path / "home" / ".config" / "newstui"
    linked.symlink_to(real, target_is_directory=True)
    (real / "config.toml").write_text('sources = ["../news/"]\n', encoding="utf-8")
    (source,) = load_config(linked / "config.toml").sources
    assert Path(source).is_dir()
    assert source == str(tmp_path / "dotfiles" / "news")
