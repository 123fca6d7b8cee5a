"""A Next.js page's story in its ``__NEXT_DATA__`` script: body paragraphs and author, read within a budget."""

from __future__ import annotations

import html as _html
import json
import re
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from newstui.text.sanitize import sanitize_line

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from lxml.html import HtmlElement

__all__ = [
    "NEXT_DATA_ID",
    "NUXT_MARK",
    "NextStory",
    "has_next_data",
    "next_data_story",
    "story_from_data",
    "thin_beside",
]

NEXT_DATA_ID: Final = "__NEXT_DATA__"
"""The id of the script in which a Next.js (pages router) page ships its props as JSON; a page without this
string anywhere is not read for it (``has_next_data``)."""
_MAX_CHARS: Final = 3_000_000
"""Longest ``__NEXT_DATA__`` script parsed (a story page's is some KB to a few hundred KB)."""
_MAX_NODES: Final = 60_000
"""Most JSON values walked in it: a huge catalogue's props are left unread beyond them."""
_MAX_DEPTH: Final = 40
"""Deepest JSON value walked (a story sits some 4 to 10 levels under ``props``)."""
_BODY_KEYS: Final = frozenset(
    ("body", "bodyhtml", "body_html", "articlebody", "content", "contenthtml", "content_html", "html", "text")
)
"""Keys whose string (lower-cased) may be the story's body: HTML with block tags, or plain text (``_plain_body``)."""
_PLAIN_BODY_KEYS: Final = frozenset(("body", "articlebody", "bodytext", "body_text"))
"""Keys whose plain string (no markup) is taken for the story's body when long enough (``_PLAIN_MIN_CHARS``)."""
_BLOCK_LIST_KEYS: Final = frozenset(("blocks", "content", "body", "paragraphs", "contentblocks", "content_blocks"))
"""Keys whose list may hold the story's paragraphs: blocks of type paragraph, or strings."""
_BLOCK_TEXT_KEYS: Final = ("text", "html", "content", "value")
"""Where a paragraph block keeps its words."""
_AUTHOR_KEYS: Final = ("author", "authors", "writer", "byline")
_MIN_LETTERS: Final = 60
"""Fewest letters a body must hold to be a story's (a caption, a setting, a menu's label hold fewer)."""
_PLAIN_MIN_CHARS: Final = 200
_BODY_MARKUP: Final = re.compile(r"<(?:p|br|div|h[1-6]|li|blockquote)\b[^<>]*>", re.IGNORECASE)
_BODY_BREAKS: Final = re.compile(
    r"(?:</?(?:p|br|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption)\b[^<>]*>\s*)+|\n[^\S\n]*\n", re.IGNORECASE
)
"""Where an HTML body parts into paragraphs: a run of block tags, a blank line. No leading spaces' run (it would scan a
run of spaces again from each of its places when no tag follows: quadratic); each piece is stripped instead."""
_SKIPPED_OPENER: Final = re.compile(r"<(script|style|figcaption)\b", re.IGNORECASE)
_SKIPPED_CLOSERS: Final = {
    name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style", "figcaption")
}
"""Elements of an HTML body that are no paragraph's words: scripts, styles, a picture's caption (``_unskipped``)."""
_TAG: Final = re.compile(r"<[^<>]*>")
_BLANK_LINES: Final = re.compile(r"\n[^\S\n]*\n")


class NextStory(NamedTuple):
    """The story found in ``__NEXT_DATA__``: its paragraphs (sanitized lines) and its author's name, if given."""

    paragraphs: tuple[str, ...]
    author: str | None


NUXT_MARK: Final = "__NUXT__"
"""What a Nuxt 2 page's script sets its state in (``window.__NUXT__={…}``), a story's body among its strings."""


def has_next_data(text: str) -> bool:
    """Whether a page's text may hold a ``__NEXT_DATA__`` script or a Nuxt page's ``window.__NUXT__`` state (a
    plain substring test, nothing parsed)."""
    return NEXT_DATA_ID in text or NUXT_MARK in text


def next_data_story(root: HtmlElement, own: Sequence[str] = ()) -> NextStory | None:
    """The story in the page's ``<script id="__NEXT_DATA__" type="application/json">`` that is the page's own, or
    None.

    Only that script's text is parsed (``json.loads``, at most ``_MAX_CHARS``), and its values walked within a
    budget (``_MAX_NODES`` values, ``_MAX_DEPTH`` deep). A body is the page's (``_PageMatch``) when the page's own
    paragraphs ``own`` are in it, or, on a page that shows no paragraph of its own (a skeleton, an excerpt), when
    the title beside it is the page's headline (``<h1>``, og:title, ``<title>``): a related story's, a sidebar's,
    a most-read list's body is never taken for the page's. Call it only when ``has_next_data`` holds for the page.
    """
    for script in root.iter("script"):
        if script.get("id") != NEXT_DATA_ID:
            if NUXT_MARK in (script.text or ""):
                return _nuxt_story(script.text or "", root, own)
            continue
        text = script.text or ""
        if not text.strip() or len(text) > _MAX_CHARS:
            return None
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return None
        return story_from_data(data, _PageMatch(_headlines(root), own, _page_objects(data)))
    return None


_JS_PAIR: Final = re.compile(r'[{,]\s*(?:([A-Za-z_$][\w$]*)|"([A-Za-z_$][\w$]*)")\s*:\s*"((?:[^"\\]|\\.)*)"')
"""A key and its double-quoted string in a script's object literal (``title:"…"``, ``"content":"<p>…"``)."""
_JS_ESCAPES: Final = re.compile(r'\\(?:x([0-9A-Fa-f]{2})|([^"\\/bfnrtux0-9]))')
"""A JavaScript escape JSON lacks: ``\\x3C``, ``\\'`` (read as the character)."""


def _nuxt_story(text: str, root: HtmlElement, own: Sequence[str]) -> NextStory | None:
    """The story in a Nuxt 2 page's ``window.__NUXT__=…`` script (JavaScript, not JSON: its keys unquoted): its
    keys' double-quoted strings (``_JS_PAIR``, at most ``_MAX_NODES``) read as objects, a key seen again beginning
    the next (the title beside a body is in the body's object), then matched to the page as ``__NEXT_DATA__``'s
    are (``_PageMatch``: the page's own paragraphs in the body, or its headline beside it)."""
    if len(text) > _MAX_CHARS:
        return None
    objects: list[dict[str, Any]] = [{}]
    for count, found in enumerate(_JS_PAIR.finditer(text)):
        if count >= _MAX_NODES:
            break
        key = found.group(1) or found.group(2)
        written = found.group(3)
        if "\\" in written:
            written = _JS_ESCAPES.sub(_json_escape, written)
        try:
            value = json.loads(f'"{written}"')
        except ValueError:
            continue
        if key in objects[-1]:
            objects.append({})
        objects[-1][key] = value
    return story_from_data(objects, _PageMatch(_headlines(root), own))


def _json_escape(found: re.Match[str]) -> str:
    """A JavaScript escape as JSON writes its character (``\\x3C`` as ``\\u003C``, ``\\'`` as ``'``)."""
    if found.group(1):
        return "\\u00" + found.group(1)
    return found.group(2)


_OWN_MIN_LETTERS: Final = 20
"""Fewest letters a page's paragraph must hold to be looked for in a shipped body (a dateline, a label hold fewer)."""
_OWN_LOOKED_FOR: Final = 3
"""How many of the page's first paragraphs are looked for in a shipped body."""
_OWN_SHARE: Final = 0.7
"""Share of a page paragraph's words a shipped body must hold for the paragraph to be in it (markup, quotes and
spaces may differ between the page and its props)."""
_TITLE_KEYS: Final = ("title", "headline", "seoTitle", "seo_title", "heading")
"""Keys of the title beside a body in the object holding it."""
_WORD: Final = re.compile(r"\w+")
_FIRST_KEYS: Final = frozenset(("props", "pageprops", "article", "post", "story", "data", "news", "item", "entry"))
"""Keys walked before their siblings: a story's props sit under them, a catalogue beside them may use up the
walk's budget (``_MAX_NODES``)."""


class _PageMatch:
    """Whether a body in the props is the page's story: its own paragraphs in it, or its headline beside it."""

    def __init__(self, headlines: Sequence[str], own: Sequence[str], page_objects: Sequence[object] = ()) -> None:
        self.page_objects = {id(value) for value in page_objects}
        self.headlines = [words for headline in headlines if (words := set(_words(headline)))]
        looked_for = [paragraph for paragraph in own[:_OWN_LOOKED_FOR] if _letters(paragraph) >= _OWN_MIN_LETTERS]
        self.own = [words for paragraph in looked_for if (words := set(_words(paragraph)))]
        self.shows_text = sum(_letters(paragraph) for paragraph in own) >= _MIN_LETTERS

    def __call__(self, paragraphs: tuple[str, ...], owner: dict[str, Any]) -> bool:
        if self.own:
            found = set(_words(" ".join(paragraphs)))
            if any(len(words & found) >= _OWN_SHARE * len(words) for words in self.own):
                return True
        if self.shows_text:
            return False  # the page shows text this body lacks: another story's
        if id(owner) in self.page_objects:
            return True
        return any(_same_headline(title, headline) for title in _titles(owner) for headline in self.headlines)


_PAGE_KEYS: Final = ("article", "post", "story", "news", "entry", "item")
"""Keys under ``props.pageProps`` of the page's own object: its body is the page's story on a page that shows
none (no title beside it needed)."""


def _page_objects(data: Any) -> list[object]:
    """The page's own objects in its props: ``props.pageProps.article`` and the like (``_PAGE_KEYS``), and
    ``props.pageProps`` itself."""
    props = data.get("props") if isinstance(data, dict) else None
    page = props.get("pageProps") if isinstance(props, dict) else None
    if not isinstance(page, dict):
        return []
    return [page, *(value for key in _PAGE_KEYS if isinstance(value := page.get(key), dict))]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _headlines(root: HtmlElement) -> list[str]:
    """The page's headlines: its og:title and twitter:title, its first ``<h1>``s, its ``<title>``."""
    found: list[str] = []
    for element in root.iter("meta", "h1", "title"):
        if element.tag == "meta":
            if (element.get("property") or element.get("name") or "").lower() in ("og:title", "twitter:title"):
                found.append(element.get("content") or "")
        elif len(found) < 2 * _OWN_LOOKED_FOR:
            found.append(element.text_content())
    return found


def _titles(owner: dict[str, Any]) -> list[set[str]]:
    """The words of the titles beside a body in the object holding it (WordPress's ``{"rendered": …}`` too)."""
    titles: list[set[str]] = []
    for key in _TITLE_KEYS:
        value = owner.get(key)
        if isinstance(value, dict):
            value = value.get("rendered")
        if isinstance(value, str) and (words := set(_words(value))):
            titles.append(words)
    return titles


def _same_headline(title: set[str], headline: set[str]) -> bool:
    """Whether two titles are one headline: the same words, or at least two shared and most of the shorter's
    (a title beside a body may be the ``<h1>`` cut short, the ``<title>`` adds the site's name)."""
    if title == headline:
        return True
    shared = len(title & headline)
    return shared >= 2 and shared * 4 >= 3 * min(len(title), len(headline))


def story_from_data(
    data: Any, matches: Callable[[tuple[str, ...], dict[str, Any]], bool] | None = None
) -> NextStory | None:
    """The longest story body among ``data``'s values (an HTML string under a body key, a list of paragraph
    blocks or strings, a long plain ``body``) that ``matches`` the page (given the paragraphs and the object
    holding them), with the author of that object; None when there is no such body of at least ``_MIN_LETTERS``
    letters (a page's navigation and settings hold none). ``props``, ``pageProps``, ``article`` … are walked
    before their siblings (``_FIRST_KEYS``)."""
    best: tuple[str, ...] = ()
    best_size = 0
    best_owner: dict[str, Any] | None = None
    stack: list[tuple[Any, int]] = [(data, 0)]
    nodes = 0
    while stack and nodes < _MAX_NODES:
        value, depth = stack.pop()
        nodes += 1
        if isinstance(value, list):
            if depth < _MAX_DEPTH:
                stack.extend((item, depth + 1) for item in reversed(value[:_MAX_NODES]))
            continue
        if not isinstance(value, dict):
            continue
        later: list[tuple[Any, int]] = []
        first: list[tuple[Any, int]] = []
        for key, item in value.items():
            lowered = key.lower() if isinstance(key, str) else ""
            paragraphs = _body(lowered, item)
            if paragraphs:
                size = sum(_letters(paragraph) for paragraph in paragraphs)
                if size >= _MIN_LETTERS and size > best_size and (matches is None or matches(paragraphs, value)):
                    best, best_size, best_owner = paragraphs, size, value
            elif isinstance(item, dict | list) and depth < _MAX_DEPTH:
                (first if lowered in _FIRST_KEYS else later).append((item, depth + 1))
        # popped last first: the first keys, then the others in their order
        stack.extend(reversed(later))
        stack.extend(reversed(first))
    if not best:
        return None
    return NextStory(best, _author(best_owner) if best_owner is not None else None)


def thin_beside(paragraphs: Sequence[str], story: NextStory) -> bool:
    """Whether the page's own ``paragraphs`` are thin beside ``story``'s: none or one, or under half its letters
    (a skeleton, an excerpt over a story shipped in its props); a page that shows the story keeps its own."""
    own = sum(_letters(paragraph) for paragraph in paragraphs)
    theirs = sum(_letters(paragraph) for paragraph in story.paragraphs)
    if len(paragraphs) <= 1 and len(story.paragraphs) > len(paragraphs):
        return own < theirs
    return own * 2 < theirs


def _letters(text: str) -> int:
    return sum(char.isalpha() for char in text)


def _body(key: str, value: Any) -> tuple[str, ...]:
    """The paragraphs ``value`` holds as a story's body under ``key`` (lower-cased), else none."""
    if isinstance(value, str):
        if key in _BODY_KEYS and "<" in value and _BODY_MARKUP.search(value):
            return _html_paragraphs(value)
        if key in _PLAIN_BODY_KEYS and len(value) >= _PLAIN_MIN_CHARS and "<" not in value:
            pieces = _BLANK_LINES.split(value) if _BLANK_LINES.search(value) else value.split("\n")
            return tuple(line for line in map(sanitize_line, pieces) if line)
        return ()
    if isinstance(value, list) and key in _BLOCK_LIST_KEYS and value:
        return _block_paragraphs(value)
    return ()


def _html_paragraphs(body: str) -> tuple[str, ...]:
    """An HTML body's paragraphs: parted at its block tags and line breaks, other tags left out."""
    body = _unskipped(body)
    return tuple(
        line for piece in _BODY_BREAKS.split(body) if (line := sanitize_line(_html.unescape(_TAG.sub("", piece))))
    )


def _unskipped(body: str) -> str:
    """``body`` without its scripts, styles and captions, opener to closer, in one pass: an opener with no closer
    after it is left as it is (and so is any later one of its name, not looked for again)."""
    if "<" not in body:
        return body
    kept: list[str] = []
    position = 0
    unclosed: set[str] = set()
    search_from = 0
    while (opener := _SKIPPED_OPENER.search(body, search_from)) is not None:
        name = opener.group(1).lower()
        search_from = opener.end()
        if name in unclosed:
            continue
        closer = _SKIPPED_CLOSERS[name].search(body, opener.end())
        if closer is None:
            unclosed.add(name)
            if len(unclosed) == len(_SKIPPED_CLOSERS):
                break
            continue
        kept.append(body[position : opener.start()])
        kept.append(" ")
        position = search_from = closer.end()
    kept.append(body[position:])
    return "".join(kept)


def _block_paragraphs(blocks: list[Any]) -> tuple[str, ...]:
    """The paragraphs of a list of blocks (``{"type": "paragraph", "text": …}``; other types, a picture's or an
    embed's, left out) or of strings; none when the list holds neither (a menu's items)."""
    found: list[str] = []
    for block in blocks[:_MAX_NODES]:
        if isinstance(block, str):
            text = block
        elif isinstance(block, dict):
            kind = block.get("type") or block.get("__typename") or block.get("blockType") or ""
            if not isinstance(kind, str) or "paragraph" not in kind.lower():
                continue
            text = next((v for k in _BLOCK_TEXT_KEYS if isinstance(v := block.get(k), str)), "")
        else:
            return ()
        if "<" in text and _BODY_MARKUP.search(text):
            found.extend(_html_paragraphs(text))
        elif line := sanitize_line(_html.unescape(_TAG.sub("", text)) if "<" in text else text):
            found.append(line)
    return tuple(found)


def _author(owner: dict[str, Any]) -> str | None:
    """The author's name in the object holding the body: a string, ``{"name": …}``, or the first of a list."""
    for key in _AUTHOR_KEYS:
        value = owner.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, dict):
            value = value.get("name") or value.get("fullName") or value.get("displayName")
        if isinstance(value, str) and (name := sanitize_line(value)) and len(name) <= 80:
            return name
    return None
