"""Index pages (a homepage, a section's front): story cards and no story of their own, read as links."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from newstui.model import Link
from newstui.parse.html_links import MAX_LINKS, http_url, link_title
from newstui.parse.html_meta import is_newsletter_plea

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["MIN_CARDS", "index_summary", "story_cards"]

MIN_CARDS: Final = 4
"""Fewest story cards (linked headlines) that make a page with no prose of its own an index page."""
_HEADINGS: Final = frozenset({"h2", "h3", "h4", "h5", "h6"})
_NOT_PROSE: Final = frozenset(
    {
        "a", "h1", "h2", "h3", "h4", "h5", "h6", "time", "nav", "header", "footer", "aside", "menu", "form",
        "script", "style", "noscript", "template", "button", "select", "option", "label", "head", "title",
    }
)  # fmt: skip
"""Elements whose text is no page's prose: links, headings, times, navigation, scripts, form controls."""
_INLINE: Final = frozenset(
    {
        "span", "b", "strong", "i", "em", "small", "big", "sup", "sub", "font", "u", "s", "mark", "abbr",
        "cite", "q", "bdi", "bdo", "del", "ins", "code", "kbd", "var", "data", "br", "img", "wbr",
    }
)  # fmt: skip
"""Elements whose text runs on with their block's (a kicker's ``<span>`` is part of its card's text)."""
_PROSE_WORDS: Final = 8
"""A block with this many words of text of its own (out of links, headings and times) is prose."""
_SITE_LINES: Final = ("©", "جميع الحقوق محفوظة", "all rights reserved")
"""A site's footer line left outside a ``<footer>``: no prose of the page."""


def _has_prose(root: HtmlElement) -> bool:
    """Whether any block of the page (a ``<p>``, ``<div>``, ``<li>``, a cell) holds a sentence of its own:
    eight words or more of text outside links, headings, times, navigation and form controls, not a
    newsletter plea nor a copyright line. A card's kicker ("خاص") and stamp ("منذ ساعتين") are not.

    One pass in document order: each element's text goes to its block (itself, or the block around an
    inline element), its tail to its parent's block.
    """
    skipped: dict[HtmlElement, bool] = {}
    block_of: dict[HtmlElement, HtmlElement] = {}
    texts: dict[HtmlElement, list[str]] = {}
    for element in root.iter():
        parent = element.getparent()
        if not isinstance(element.tag, str):
            if parent is not None and not skipped.get(parent, False) and element.tail:
                texts.setdefault(block_of[parent], []).append(element.tail)
            continue
        outer = parent is not None and skipped.get(parent, False)
        skipped[element] = outer or element.tag in _NOT_PROSE
        block_of[element] = block_of[parent] if parent is not None and element.tag in _INLINE else element
        if not skipped[element] and element.text:
            texts.setdefault(block_of[element], []).append(element.text)
        if parent is not None and not outer and element.tail:
            texts.setdefault(block_of[parent], []).append(element.tail)
    for pieces in texts.values():
        text = " ".join(" ".join(pieces).split())
        if len(text.split()) < _PROSE_WORDS or is_newsletter_plea(text):
            continue
        if not any(line in text.lower() for line in _SITE_LINES):
            return True
    return False


_NAVIGATION: Final = frozenset({"nav", "header", "footer", "aside", "menu", "form"})


def _headline_anchors(root: HtmlElement) -> list[HtmlElement]:
    """The anchors in a heading (``<h3><a>…</a></h3>``) or around one (``<a><h3>…</h3></a>``), outside
    navigation, in document order; one pass, each element's place known from its parent's."""
    inside: dict[HtmlElement, tuple[bool, bool]] = {}  # in a heading, in navigation
    anchors: list[HtmlElement] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        parent = element.getparent()
        heading, navigation = inside.get(parent, (False, False)) if parent is not None else (False, False)
        heading = heading or element.tag in _HEADINGS
        navigation = navigation or element.tag in _NAVIGATION
        inside[element] = (heading, navigation)
        if element.tag != "a" or navigation:
            continue
        if heading or next(element.iter(*_HEADINGS), None) is not None:
            anchors.append(element)
    return anchors


def story_cards(root: HtmlElement, base: str | None, own_url: str | None) -> tuple[Link, ...] | None:
    """The story cards of an index page, as related links, or None for a page that is no index.

    A card is a linked headline (an ``<a>`` in an ``<h2>``–``<h6>``, or one around such a heading) outside
    navigation, a header, a footer or an aside; the page must hold four at least and no prose of its
    own (``_has_prose``): a homepage of headlines, kickers and times. The page's ``<h1>`` is the caller's
    to check (an article's headline there makes no index). Each card's address once, the page's own
    left out, in the page's order, ``MAX_LINKS`` at most.
    """
    links: list[Link] = []
    seen: set[str] = set()
    for anchor in _headline_anchors(root):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        title = link_title(anchor)
        url = http_url(href, base)
        if len(title) < 3 or (url is not None and url == own_url):
            continue
        if url is None and ":" in href.split("/")[0]:
            continue  # javascript:, mailto:
        key = url or href
        if key in seen:
            continue
        seen.add(key)
        links.append(Link(title=title, url=url, kind="related"))
        if len(links) >= MAX_LINKS:
            break
    if len(links) < MIN_CARDS or _has_prose(root):
        return None
    return tuple(links)


def index_summary(count: int, arabic: bool) -> str:
    """The one line an index page reads as: how many stories it lists, in Arabic or English."""
    if not arabic:
        return "1 story" if count == 1 else f"{count} stories"
    if count == 1:
        return "قصة واحدة"
    if count == 2:
        return "قصتان"
    return f"{count} قصص" if 3 <= count <= 10 else f"{count} قصة"
