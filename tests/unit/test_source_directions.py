"""source_directions: which [directions] entry an article's origin falls under, and the direction it is shown in."""

from __future__ import annotations

import os

import pytest

from newstui.model import Article
from newstui.settings import Settings
from newstui.source_directions import SourceDirections, base_direction

TABLE = SourceDirections(
    (
        ("https://news.example.org/en/rss.xml", "ltr"),
        ("https://news.example.org/ar/", "rtl"),
        ("/srv/news", "rtl"),
        ("/srv/news/english", "ltr"),
        ("/srv/news/english/mixed.txt", "auto"),
        ("relative/folder", "ltr"),
    )
)


@pytest.mark.parametrize(
    ("origin", "choice"),
    [
        ("https://news.example.org/en/rss.xml", "ltr"),
        ("https://news.example.org/en/rss.xml/", "ltr"),  # a final slash either side
        ("https://news.example.org/ar", "rtl"),
        ("https://news.example.org/ar/story-1", None),  # a URL entry is that address only
        ("http://news.example.org/en/rss.xml", None),  # another scheme is another address
        ("/srv/news/a.txt", "rtl"),
        ("/srv/news/english/b.txt", "ltr"),  # the deepest folder wins
        ("/srv/news/english/mixed.txt", "auto"),  # a file's own entry wins over its folder's
        ("/srv/newsroom/c.txt", None),  # a folder is not a prefix of its sibling's name
        ("/srv/news/../other/d.txt", None),  # compared normalized
        ("/srv/./news/e.txt", "rtl"),
        (os.path.join(os.getcwd(), "relative", "folder", "f.txt"), "ltr"),  # relative entries: from the cwd
        ("relative/folder/g.txt", "ltr"),  # relative origins too
        ("-", None),
    ],
)
def test_choice_for(origin: str, choice: str | None) -> None:
    assert TABLE.choice_for(origin) == choice
    assert TABLE.choice_for(origin) == choice, "the memo gives the same answer"


@pytest.mark.parametrize(
    ("setting", "origin", "expected"),
    [
        ("auto", "/srv/news/a.txt", "rtl"),
        ("ltr", "/srv/news/a.txt", "rtl"),  # the source's entry wins over the run's direction
        ("ltr", "/srv/news/english/mixed.txt", None),  # "auto": each paragraph its own, over the run's
        ("ltr", "/home/me/story.txt", "ltr"),  # no entry: the run's
        ("auto", "/home/me/story.txt", None),
    ],
)
def test_base_direction(setting: str, origin: str, expected: str | None) -> None:
    settings = Settings(
        direction=setting,  # type: ignore[arg-type]
        source_directions=(("/srv/news", "rtl"), ("/srv/news/english/mixed.txt", "auto")),
    )
    article = Article(id="x", title="t", paragraphs=("p",), origin=origin)
    assert base_direction(article, settings) == expected


def test_no_table_is_the_run_direction() -> None:
    article = Article(id="x", title="t", paragraphs=("p",), origin="/srv/news/a.txt")
    assert base_direction(article, Settings(direction="ltr")) == "ltr"
    assert base_direction(article, Settings()) is None
