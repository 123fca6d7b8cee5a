"""Helpers for tests of a plain-text story's head: its first article, and the title-only listing agreeing with it."""

from __future__ import annotations

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_head import quick_head


def first_article(text: str) -> Article:
    """The first article the plain-text parser reads in ``text``."""
    return parse_plaintext(text, origin="x")[0]


def quick_agrees(text: str) -> None:
    """The title-only listing shows what the full parse gives, or leaves it to the full parse."""
    quick = quick_head(text)
    if quick is None:
        return
    article = first_article(text)
    assert (quick.title, quick.source, quick.section) == (article.title, article.source, article.section)


def only_article(text: str) -> Article:
    """The one article the plain-text parser reads in ``text`` (there must be exactly one)."""
    articles = parse_plaintext(text, origin="x")
    assert len(articles) == 1
    return articles[0]


def blocks(*parts: str) -> str:
    """A plain-text file of these blocks, a blank line between each two."""
    return "\n\n".join(parts)
