"""Find in a paragraph taller than the pane whose words are cut across lines (web addresses, long tokens): the
line holding the match is on screen, Arabic and English alike (the audit's two repros, session 28)."""

from __future__ import annotations

import random
from typing import Any

import pytest
from app_support import reader, screen_lines
from textual.widgets import Input

from newstui.model import Article
from newstui.render import layout_article
from newstui.text.normalize import normalize

_ARABIC = "كان المجلس البلدي يناقش خطة جديدة لتوسيع الحدائق العامة في المدينة".split()
_ENGLISH = "the town council was talking about a new plan to widen the public gardens in the city".split()
_MARKS = {"rtl": ("الكلمة", "المميزة"), "ltr": ("saffron", "lantern")}
"""The two words looked for (after a third, ``هنا`` / ``here``, they end the match's sentence)."""
_URL = "https://example.org/news/" + "abcdefghij" * 6


def _urls(words: list[str], mark: tuple[str, str], after: str) -> str:
    """Repro A: 160 words, every sixth a web address wider than the pane, the words looked for after word 130."""
    pick = random.Random(5)
    text = [_URL if i % 6 == 0 else pick.choice(words) for i in range(160)]
    return " ".join([*text[:130], *mark, after, *text[130:]])


def _long_tokens(words: list[str], mark: tuple[str, str], after: str) -> str:
    """Repro B: 200 words, every fourth 90 letters long, the words looked for after word 150."""
    pick = random.Random(7)
    text = ["x" * 90 if i % 4 == 0 else pick.choice(words) for i in range(200)]
    return " ".join([*text[:150], *mark, after, *text[150:]])


def _story(kind: str, direction: str) -> Article:
    words, after = (_ARABIC, "هنا") if direction == "rtl" else (_ENGLISH, "here")
    paragraph = (_urls if kind == "urls" else _long_tokens)(words, _MARKS[direction], after)
    title = "روابط طويلة في النص" if direction == "rtl" else "Long words in the text"
    closing = "فقرة ختامية قصيرة." if direction == "rtl" else "A short closing paragraph."
    return Article(
        id=f"cut-{kind}-{direction}",
        title=title,
        source="Test Site News",
        paragraphs=(paragraph, closing),
        direction=direction,  # type: ignore[arg-type]
    )


def _on_screen(word: str, direction: str, lines: list[str]) -> bool:
    """Whether ``word`` is drawn in one of ``lines`` (reordered right to left in an Arabic line)."""
    drawn = normalize(word)[::-1] if direction == "rtl" else normalize(word)
    return any(drawn in normalize(line) for line in lines)


@pytest.mark.parametrize("kind", ["urls", "tokens"])
@pytest.mark.parametrize("direction", ["rtl", "ltr"])
async def test_the_line_found_is_on_screen(make_app: Any, kind: str, direction: str) -> None:
    """At 50x14 (an article pane of a few rows) f finds the words after many cut words: they are on screen."""
    story = _story(kind, direction)
    app = make_app([story])
    async with app.run_test(size=(50, 14)) as pilot:
        await pilot.pause()
        view = reader(app).article_view
        layout = view.article_layout
        assert layout is not None
        rows = view.scrollable_content_region.height
        block = next(n for n in range(len(layout.blocks)) if layout.blocks[n].text == story.paragraphs[0])
        assert len(layout.block_lines(block)) > 3 * rows, "the paragraph is much taller than the pane"
        first, second = _MARKS[direction]
        await pilot.press("f")
        await pilot.pause()
        box = app.screen.query_one("#find", Input)
        box.value = f"{first} {second}"
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert view.match_status == (1, 1)
        shown = screen_lines(view)
        assert _on_screen(second, direction, shown), shown
        assert _on_screen(first, direction, shown), shown


@pytest.mark.parametrize("direction", ["rtl", "ltr"])
def test_a_word_cut_across_lines_maps_to_the_piece_that_holds_the_match(direction: str) -> None:
    """Found inside a word cut across lines (a web address), the line is the piece holding what was found."""
    story = Article(
        id=f"cut-inside-{direction}",
        title="Story",
        paragraphs=(f"{_URL}/{'klmnopqrst' * 3}/saffronpage",),
        direction=direction,  # type: ignore[arg-type]
    )
    from newstui.ui.widgets.article_view import ArticleView

    view = ArticleView()
    view._article = story
    view._needle = "saffronpage"
    layout = layout_article(story, 20)
    block = len(layout.blocks) - 1
    lines = layout.block_lines(block)
    first, last = view._match_rows(layout, block)
    assert first == last and "saffronpage" in lines[first], lines
