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
