"""Pilot test: laying the related pane out never copies the corpus for links that name no story file (only a bare
file name, ``2_festival.txt``, is looked up among the loaded stories: ``ReaderScreen.file_story``)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from app_stories import BOOK_FAIR, STORIES
from app_support import SIZE, reader

from newstui.corpus import Corpus
from newstui.model import Link

WEB_LINKS = tuple(Link(f"خبر ذو صلة رقم {number}", url=f"https://news.example/{number}") for number in range(12))


async def test_web_links_are_laid_out_without_copying_the_corpus(
    make_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = replace(BOOK_FAIR, origin="/tmp/news/book_fair.txt", related=WEB_LINKS)
    app = make_app((story, *STORIES[1:]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.current is not None and screen.current.id == story.id
        copies: list[str] = []
        articles, iterate = Corpus.articles, Corpus.__iter__
        monkeypatch.setattr(
            Corpus, "articles", property(lambda corpus: copies.append("articles") or articles.fget(corpus))
        )
        monkeypatch.setattr(Corpus, "__iter__", lambda corpus: copies.append("iter") or iterate(corpus))
        screen.related.show(screen.current, direction="rtl")
        await pilot.pause()
        assert screen.related.item_count == len(WEB_LINKS)
        assert copies == []
