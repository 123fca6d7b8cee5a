"""A stray ``+`` under a UTF-7 label is no UTF-7 text; a ``~name`` beside the config file is that file."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.config import load_config
from newstui.errors import NotReadable
from newstui.text.decode import decode_bytes


def _page(body: str) -> bytes:
    return f'<html><head><meta charset="utf-7"></head><body><p>{body}</p></body></html>'.encode("ascii")


@pytest.mark.parametrize(
    "body",
    ["Talks between the EU+USA resumed today.", "Scores: A+B and C+D rose.", "Plan+Go and Fast+Track apps."],
    ids=["eu-usa", "a-plus-b", "plus-words"],
)
def test_a_stray_plus_is_read_as_ascii(body: str) -> None:
    decoded = decode_bytes(_page(body), declared=None)
    assert body in decoded.text


def test_arabic_written_in_utf7_is_still_refused() -> None:
    body = "نشرة الأخبار المسائية".encode("utf-7").decode("ascii")
    data = _page(body)
    with pytest.raises(NotReadable, match="--encoding utf-7"):
        decode_bytes(data, declared=None)


@pytest.mark.parametrize("key", ["sources", "directions"])
def test_a_tilde_name_beside_the_config_file_is_that_file(tmp_path: Path, key: str) -> None:
    (tmp_path / "~drafts.txt").write_text("مسودة\n\nنص قصير.\n", encoding="utf-8")
    text = 'sources = ["~drafts.txt"]' if key == "sources" else '[directions]\n"~drafts.txt" = "rtl"'
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    config = load_config(path)
    named = config.sources if key == "sources" else tuple(source for source, _ in config.directions)
    assert named == (str(tmp_path / "~drafts.txt"),)
