"""Index pages (a homepage, a section's front): story cards and no story of their own, read as links."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Final

from newstui.model import Article, Direction, Link
from newstui.parse import guess_language
from newstui.parse.html_links import MAX_LINKS, element_text, http_url, link_title
from newstui.parse.html_meta import byline_line, is_badge_line, is_generic_title, is_newsletter_plea, title_parts
from newstui.parse.html_title import host, site_names, strip_site
from newstui.text.normalize import normalize

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["MIN_CARDS", "index_article", "index_summary", "is_section_heading", "story_cards"]

MIN_CARDS: Final = 4
"""Fewest story cards (linked headlines) that make a page with no prose of its own an index page."""
_HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_NAVIGATION: Final = frozenset({"nav", "header", "footer", "aside", "menu", "form"})
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
_SHORT_PROSE_WORDS: Final = 3
"""A paragraph, a caption or a sentence with this many words of two letters or more is prose too: a
breaking-news brief's one line, a photo's caption, a video's description."""
_LINE_WORDS: Final = 4
"""A line of this many words of two letters or more in any block (a list's item, a ``<div>``) is prose:
a section's label is shorter ("أخبار محلية", "الأكثر قراءة")."""
_SHORT_PROSE_TAGS: Final = frozenset({"p", "figcaption", "blockquote", "dd"})
_SENTENCE_ENDS: Final = (".", "!", "?", "؟", "…", ".»", '."')
_TEASER_WORDS: Final = 50
"""Most words a story card holds besides its headline (a kicker, a time, a teaser of one paragraph): a
block of one linked headline and more text, or two paragraphs, is a story of its own (its headline a
link to itself), not a card."""
_SITE_LINES: Final = ("©", "جميع الحقوق محفوظة", "all rights reserved")
"""A site's footer line left outside a ``<footer>``: no prose of the page."""
_TICKER_MARKS: Final = ("ticker", "marquee", "breaking", "urgent")
"""Class or id words of a breaking-news ticker, a site's strip above its cards (``<div class="breaking">``)."""
_CHROME_MARKS: Final = ("footer", "copyright", "cookie", "newsletter", "subscribe")
"""Class or id words of a site's own blocks outside ``<footer>``: their short lines are no prose."""
_HEADLINE_WORDS: Final = 3
"""A heading of fewer words that is a ``<title>`` part is a section's name ("اقتصاد"), not a headline."""
_SECTION_WORDS: Final = 3
"""Most words of an ``<h1>`` that names a section (``is_section_heading``)."""


def _headline_anchors(root: HtmlElement) -> list[tuple[HtmlElement, HtmlElement]]:
    """The anchors in a heading (``<h3><a>…</a></h3>``) or around one (``<a><h3>…</h3></a>``), outside
    navigation, in document order, each with the outermost element of its headline (the heading, or the
    anchor around it); one pass, each element's place known from its parent's."""
    inside: dict[HtmlElement, tuple[HtmlElement | None, bool]] = {}  # the heading it is in, in navigation
    anchors: list[tuple[HtmlElement, HtmlElement]] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        parent = element.getparent()
        heading, navigation = inside.get(parent, (None, False)) if parent is not None else (None, False)
        if heading is None and element.tag in _HEADINGS:
            heading = element
        navigation = navigation or element.tag in _NAVIGATION
        inside[element] = (heading, navigation)
        if element.tag != "a" or navigation:
            continue
        if heading is not None:
            anchors.append((element, heading))
        elif next(element.iter(*_HEADINGS), None) is not None:
            anchors.append((element, element))
    return anchors


def _card_blocks(headlines: Sequence[HtmlElement]) -> dict[HtmlElement, HtmlElement]:
    """Each card's block, with its headline: the outermost element around the headline that holds no
    other card's headline (``<div class="card"><span>kicker</span><h3><a>…</a></h3><p>teaser</p></div>``),
    below ``<main>``."""
    holds: dict[HtmlElement, int] = {}
    for headline in headlines:
        for ancestor in headline.iterancestors():
            holds[ancestor] = holds.get(ancestor, 0) + 1
    blocks: dict[HtmlElement, HtmlElement] = {}
    for headline in headlines:
        node = headline
        parent = node.getparent()
        while parent is not None and parent.tag not in ("body", "html", "main") and holds.get(parent, 0) == 1:
            node, parent = parent, parent.getparent()
        blocks[node] = headline
    return blocks


class _Headlines:
    """Whether a heading is the page's own headline: its og:title or a ``<title>`` part of three words or
    more (or the start of a heading, titles being cut short), not generic nor the site's name (``names``,
    folded). The titles are folded once."""

    __slots__ = ("parts",)

    def __init__(self, titles: Sequence[str | None], names: Collection[str]) -> None:
        parts: set[str] = set()
        for title in titles:
            for part in (title, *title_parts(title)) if title else ():
                folded = normalize(part)
                if len(folded.split()) >= _HEADLINE_WORDS and not is_generic_title(part) and folded not in names:
                    parts.add(folded)
        self.parts = tuple(sorted(parts))

    def __call__(self, heading: HtmlElement) -> bool:
        if not self.parts:
            return False
        folded = normalize(element_text(heading))
        return len(folded.split()) >= _HEADLINE_WORDS and (folded in self.parts or folded.startswith(self.parts))


def _is_ticker(block: HtmlElement) -> bool:
    """Whether a block is in a breaking-news ticker: a ``<marquee>``, or an element whose class or id says
    "ticker", "breaking"… (the block, or up to two levels above it) holding no paragraph, caption or
    heading: a site's strip of one line, not a brief's story (``<div class="breaking"><h2>…</h2><p>…``)."""
    node: HtmlElement | None = block
    for _ in range(3):
        if node is None or node.tag in ("body", "html", "main", "article"):
            return False
        marks = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if node.tag == "marquee" or any(mark in marks for mark in _TICKER_MARKS):
            return next(node.iter(*_SHORT_PROSE_TAGS, *_HEADINGS), None) is None
        node = node.getparent()
    return False


def _is_dateline(text: str) -> bool:
    found = byline_line(text)
    return found is not None and found[0] is None


def _is_prose(block: HtmlElement, text: str, short: bool = True) -> bool:
    """Whether a block's own text (out of links, headings, times) is the page's prose: eight words or more,
    or (``short``) a paragraph, caption or sentence of three words of two letters or more, or any line of
    four; not a newsletter plea, a footer's copyright line, a dateline, a live badge or a breaking-news
    ticker."""
    words = text.split()
    if len(words) >= _PROSE_WORDS:
        pass
    elif not short:
        return False
    else:
        lettered = sum(1 for word in words if sum(char.isalpha() for char in word) >= 2)
        if lettered < _SHORT_PROSE_WORDS:
            return False
        if lettered < _LINE_WORDS and block.tag not in _SHORT_PROSE_TAGS and not text.endswith(_SENTENCE_ENDS):
            return False
    if is_newsletter_plea(text) or any(line in text.lower() for line in _SITE_LINES):
        return False
    if len(words) < _PROSE_WORDS and (is_badge_line(text) or _is_dateline(text)):
        return False  # a dateline ("الأحد 30 نوفمبر 2026 - 10:30 ص"), a badge: no sentence
    return not _is_ticker(block)


def _has_story(root: HtmlElement, cards: dict[HtmlElement, HtmlElement], headline: _Headlines) -> bool:
    """Whether the page holds a story of its own: a heading that is its headline (``headline``), a heading
    of four words or more that is no link (a story's headline: a section's label is shorter), or a
    block of prose (``_is_prose``; a short one not in a block the site's footer, cookie notice or
    newsletter box by its class) outside its story cards (``cards``, each block with its linked
    headline; a card's kicker, time and teaser are the card's, unless it holds two paragraphs, more
    than a teaser's words or a heading besides its linked headline: a story's block).

    One pass in document order: each element's text goes to its block (itself, or the block around an
    inline element), its tail to its parent's block.
    """
    blocks = set(cards)
    headlines = set(cards.values())
    skipped: dict[HtmlElement, bool] = {}
    navigation: dict[HtmlElement, bool] = {}
    in_headline: dict[HtmlElement, bool] = {}
    chrome: dict[HtmlElement, bool] = {}  # in a block whose class or id says it is the site's footer…
    stories: set[HtmlElement] = set()  # card blocks with a heading of their own besides the linked one
    block_of: dict[HtmlElement, HtmlElement] = {}
    card_of: dict[HtmlElement, HtmlElement | None] = {}
    texts: dict[HtmlElement, list[str]] = {}
    for element in root.iter():
        parent = element.getparent()
        if not isinstance(element.tag, str):
            if parent is not None and not skipped.get(parent, False) and element.tail:
                texts.setdefault(block_of[parent], []).append(element.tail)
            continue
        outer = parent is not None and skipped.get(parent, False)
        away = (parent is not None and navigation.get(parent, False)) or element.tag in _NAVIGATION
        navigation[element] = away
        marks = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        chrome[element] = (parent is not None and chrome.get(parent, False)) or any(m in marks for m in _CHROME_MARKS)
        if element.tag in _HEADINGS and not away and headline(element):
            return True  # the page's own headline, linked or not
        skipped[element] = outer or element.tag in _NOT_PROSE
        block_of[element] = block_of[parent] if parent is not None and element.tag in _INLINE else element
        card_of[element] = element if element in blocks else card_of.get(parent) if parent is not None else None
        in_headline[element] = element in headlines or (parent is not None and in_headline.get(parent, False))
        if element.tag in _HEADINGS and not in_headline[element] and element.find(".//a") is None:
            if not away and len(element_text(element).split()) >= _LINE_WORDS:
                return True  # a headline of a story's, no link: a section's label is shorter
            if card_of[element] is not None:
                stories.add(card_of[element])  # "<h4><a>اقتصاد</a></h4><h2>headline</h2><p>…": a story's block
        if not skipped[element] and element.text:
            texts.setdefault(block_of[element], []).append(element.text)
        if parent is not None and not outer and element.tail:
            texts.setdefault(block_of[parent], []).append(element.tail)
    teasers: dict[HtmlElement, list[tuple[HtmlElement, str]]] = {}
    for block, pieces in texts.items():
        text = " ".join(" ".join(pieces).split())
        if not text:
            continue
        card = card_of.get(block)
        if card is not None and card not in stories:
            teasers.setdefault(card, []).append((block, text))
        elif _is_prose(block, text, not chrome.get(block, False)):
            return True
    for pieces_of_card in teasers.values():
        prose = [text for block, text in pieces_of_card if _is_prose(block, text, not chrome.get(block, False))]
        if len(prose) > 1 or (prose and sum(len(text.split()) for _, text in pieces_of_card) > _TEASER_WORDS):
            return True  # paragraphs under a linked headline (a story's, linked to itself), not a card's teaser
    return False


def is_section_heading(text: str, document_title: str | None) -> bool:
    """Whether a page's ``<h1>`` names its section, not a story: three words at most, and one of the
    parts of a ``<title>`` of two parts or more ("اقتصاد" in "اقتصاد - موقع الخبر")."""
    parts = title_parts(document_title)
    folded = normalize(text)
    return (
        len(parts) >= 2 and 0 < len(folded.split()) <= _SECTION_WORDS and folded in {normalize(part) for part in parts}
    )


def story_cards(
    root: HtmlElement,
    base: str | None,
    own_url: str | None,
    titles: Sequence[str | None] = (),
    names: Collection[str] = (),
) -> tuple[Link, ...] | None:
    """The story cards of an index page, as related links, or None for a page that is no index.

    A card is a linked headline (an ``<a>`` in an ``<h2>``–``<h6>``, or one around such a heading) outside
    navigation, a header, a footer or an aside; the page must hold four at least and no story of its
    own (``_has_story``): no heading that is its headline (its og:title or a ``<title>`` part, in
    ``titles``, not the site's name, in ``names``, folded), no prose outside its cards: a homepage of
    headlines, kickers, times and teasers. When in doubt a page is a story: a story read as an index
    loses its text. The page's ``<h1>`` is the caller's to check (an article's headline there makes no
    index, a section's name does not: ``is_section_heading``). Each card's address once, the page's own
    left out, in the page's order, ``MAX_LINKS`` at most.
    """
    links: list[Link] = []
    seen: set[str] = set()
    headlines: list[HtmlElement] = []
    for anchor, headline in _headline_anchors(root):
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
        headlines.append(headline)
        if len(links) < MAX_LINKS:
            links.append(Link(title=title, url=url, kind="related"))
    if len(links) < MIN_CARDS or _has_story(root, _card_blocks(headlines), _Headlines(titles, names)):
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


def index_article(
    cards: tuple[Link, ...],
    site: str | None,
    names: tuple[str | None, ...],
    where: tuple[str, str | None],
    language_of: Callable[[str], tuple[str | None, Direction]],
    following: Link | None = None,
) -> Article:
    """An index page (a homepage of story cards, ``story_cards``) as an article: titled by the page's own
    title without the site's name and its generic parts ("الرئيسية"), else the site's name; one line, how
    many stories it lists ("8 قصص"), in the page's language; its cards the related links the reader opens
    by number. ``names``: the page's og:title and ``<title>``; ``where``: its origin and its own address;
    ``language_of``: the page's language and direction, given a sample of its text; ``following``: its next
    page (a category's pager, ``<link rel="next">``), a link after the cards that the count leaves out."""
    from newstui.parse.ids import article_id

    origin, own_url = where
    known = site_names(site, host(own_url))
    titles = [strip_site(name, known) for name in names if name]
    title = next((t for t in titles if t and not is_generic_title(t)), "") or site or host(own_url) or ""
    sample = " ".join([title, *(link.title for link in cards[:20])])
    language, direction = language_of(sample)
    guessed = language or guess_language(sample)
    return Article(
        id=article_id(origin, 0),
        title=title,
        paragraphs=(index_summary(len(cards), (guessed or "").lower().startswith("ar")),),
        source=site,
        url=own_url,
        origin=origin,
        language=guessed,
        direction=direction,
        related=cards if following is None else (*cards, following),
        listing=True,
    )
