"""HTML fragments (feed summaries) to plain paragraphs: a string fast path for simple markup, else lxml."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Final

from newstui.parse.html_body import BULLET, CELL_SEPARATOR, NESTED_BULLET, quote_credits
from newstui.text.normalize import normalize
from newstui.text.sanitize import sanitize_line

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["fragment_anchors", "fragment_image_texts", "fragment_paragraphs"]

_BLOCK_TAGS: Final = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "table", "tr", "td", "th", "section", "article", "header", "footer", "figure",
        "figcaption", "hr", "aside", "main", "nav", "address", "center",
    }
)  # fmt: skip
_SKIP_TAGS: Final = frozenset({"script", "style", "noscript", "template", "head", "title"})
_CELLS: Final = frozenset({"td", "th"})
_LISTS: Final = frozenset({"ul", "ol"})


def _item_marker(lists: list[list[int]]) -> str:
    """The marker of a list item that just started, counting it: "1." in an ordered list, "•" else ("◦" further in).

    ``lists`` holds, for each open ``ul``/``ol``, ``[ordered, items so far]``; an item outside any list
    is bulleted. As ``html_body`` marks an HTML page's list items.
    """
    if not lists:
        return BULLET
    current = lists[-1]
    current[1] += 1
    if current[0]:
        return f"{current[1]}."
    return BULLET if len(lists) == 1 else NESTED_BULLET


# The fast path of fragment_paragraphs: simple, properly nested markup is split with one regex instead
# of lxml. It must give exactly what the lxml walk gives, so anything it is not sure of (entities,
# comments, tables, stray or misnested tags, odd characters) sends the fragment to lxml.
_FAST_TAG: Final = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9]{0,9})"
    r"(?:[ \t\n\r\f]+[A-Za-z_:][-A-Za-z0-9_:.]*"
    r"(?:[ \t\n\r\f]*=[ \t\n\r\f]*(?:\"[^\"<]*\"|'[^'<]*'|[^ \t\n\r\f\"'=<>`]+))?)*"
    r"[ \t\n\r\f]*(/?)>"
)
"""A start or end tag with well-formed attributes (their values are never read). Only HTML's own
whitespace separates names and attributes: a no-break space inside a tag belongs to a name."""
_UNSAFE_CHARS: Final = "\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
_FAST_UNSAFE: Final = re.compile(f"[{_UNSAFE_CHARS}]")
"""Characters the fast path leaves to lxml: controls, surrogates, non-characters."""
_HTML_SPACE: Final = " \t\n\r\f"
_INLINE: Final = 0
_TEXT_BLOCK: Final = 1
"""A block that holds only inline content (a block inside would close it implicitly)."""
_FLOW: Final = 2
"""A block that holds any content."""
_LIST: Final = 3
"""A list: holds only its items."""
_BREAK: Final = 4
"""``<br>``: no content, breaks the paragraph."""
_RULE: Final = 5
"""``<hr>``: no content, breaks the paragraph, closes an open paragraph."""
_IMAGE: Final = 6
"""``<img>``: no content, no break."""
_FAST_KINDS: Final = {
    **dict.fromkeys(
        ("a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small",
         "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var"),
        _INLINE,
    ),
    **dict.fromkeys(("p", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "address"), _TEXT_BLOCK),
    **dict.fromkeys(
        ("div", "blockquote", "section", "article", "header", "footer", "figure", "figcaption", "aside", "main",
         "nav", "center", "li", "dd"),
        _FLOW,
    ),
    **dict.fromkeys(("ul", "ol", "dl"), _LIST),
    "br": _BREAK,
    "hr": _RULE,
    "img": _IMAGE,
}  # fmt: skip
"""The elements the fast path knows, by kind; every non-inline one is in ``_BLOCK_TAGS``."""
_FAST_ITEMS: Final = {"li": ("ul", "ol"), "dt": ("dl",), "dd": ("dl",)}
"""List items and the lists they belong in (and the only elements a list may hold)."""


def _plain_paragraph_texts(fragment: str) -> list[str] | None:
    """The texts of a fragment made of plain ``<p>text</p>`` paragraphs and nothing else, or None.

    Paragraphs may be separated and surrounded by HTML whitespace; a text holds no ``<``, no ``&``
    and none of ``_UNSAFE_CHARS``. String operations only: this is every feed entry's summary.
    """
    body = fragment.strip(_HTML_SPACE)
    if len(body) < 7 or not body.startswith("<p>") or not body.endswith("</p>"):
        return None
    if not fragment.isprintable() and _FAST_UNSAFE.search(fragment):  # printable: no unsafe character
        return None
    texts = body[3:-4].split("</p><p>")  # paragraphs side by side (the usual): no space between to strip
    if all("<" not in text and "&" not in text for text in texts):
        return texts
    pieces = body[3:-4].split("</p>")
    texts = [pieces[0]]
    for piece in pieces[1:]:
        start = piece.lstrip(_HTML_SPACE)
        if not start.startswith("<p>"):
            return None
        texts.append(start[3:])
    for text in texts:
        if "<" in text or "&" in text:
            return None
    return texts


def _fast_paragraphs(fragment: str) -> list[str] | None:
    """fragment_paragraphs for simple markup without lxml, or None when lxml must decide.

    Accepted: text without entities or ``<``; the tags of ``_FAST_KINDS``, properly nested (no end
    tag without its start, no block inside a paragraph or an inline element, items only in lists,
    no ``<p/>``), so no element is ever closed implicitly and every block start and end is a
    paragraph break, as in the lxml walk. Whitespace-only text between two inline tags is refused
    too, since the HTML parser may drop such text.
    """
    texts = _plain_paragraph_texts(fragment)  # the usual summary: "<p>...</p><p>...</p>"
    if texts is not None:
        return [line for line in map(sanitize_line, texts) if line]
    if _FAST_UNSAFE.search(fragment):
        return None
    parts = _FAST_TAG.split(fragment)  # text, "/" or "", name, "/" or "", text, ...
    paragraphs: list[str] = []
    current: list[str] = []
    stack: list[str] = []
    kinds: list[int] = []
    anchors = 0  # open "a" elements in the stack (counted: a search of the stack is quadratic)
    open_lists: list[list[int]] = []  # each open ul/ol: [ordered, items so far]
    marker = ""  # the open list item's marker, until its first paragraph takes it
    after_break = True  # the previous token was a paragraph break (or the start)
    for index in range(1, len(parts), 4):
        name = parts[index + 1].lower()
        kind = _FAST_KINDS.get(name)
        if kind is None:
            return None
        parent = kinds[-1] if kinds else _FLOW
        if kind >= _BREAK:
            if parts[index] or parent == _LIST or (kind == _RULE and parent != _FLOW):
                return None
            breaks = kind != _IMAGE
        elif parts[index + 2]:
            return None  # "<p/>": HTML parsers disagree on whether it is closed
        elif parts[index]:
            if not stack or stack[-1] != name:
                return None
            stack.pop()
            kinds.pop()
            anchors -= name == "a"
            breaks = kind != _INLINE
        else:
            lists = _FAST_ITEMS.get(name)
            if (parent == _LIST or lists is not None) and (lists is None or not stack or stack[-1] not in lists):
                return None  # a list holds only its items, an item is only in its list
            if (kind != _INLINE and parent in (_INLINE, _TEXT_BLOCK)) or (name == "a" and anchors):
                return None
            anchors += name == "a"
            stack.append(name)
            kinds.append(kind)
            breaks = kind != _INLINE
        text = parts[index - 1]
        if text:
            if "<" in text or "&" in text:
                return None
            if text.isspace():
                if not (after_break or breaks):
                    return None
            elif parent == _LIST:
                return None
            current.append(text)
        if breaks:
            line = sanitize_line("".join(current))
            if line:
                if marker:
                    line = f"{marker} {line}"
                    marker = ""
                paragraphs.append(line)
            current.clear()
            if name in _LISTS:
                if parts[index]:
                    open_lists.pop()
                else:
                    open_lists.append([name == "ol", 0])
            elif name == "li":
                marker = "" if parts[index] else _item_marker(open_lists)
        after_break = breaks
    text = parts[-1]
    if text:
        if "<" in text or "&" in text or (kinds and kinds[-1] == _LIST and not text.isspace()):
            return None
        current.append(text)
    line = sanitize_line("".join(current))
    if line:
        paragraphs.append(f"{marker} {line}" if marker else line)
    return paragraphs


def fragment_paragraphs(fragment: str) -> list[str]:
    """Plain paragraphs of an HTML fragment (a feed summary): breaks at block elements and ``<br>``.

    List items start with their marker ("• item", "1. item", "◦ item" in a list inside a list) and a
    table row is one paragraph, its cells joined with " | " (a cell's own paragraphs joined with a
    space), as an HTML page's are (``html_body``). Script and style contents are dropped; entities are
    decoded; every paragraph is sanitized.
    Nesting deeper than lxml's limit is cut off, never recursed into.

    Args:
        fragment: HTML markup, possibly not well-formed.

    Returns:
        The non-empty paragraphs in order.
    """
    if "<" not in fragment and "&" not in fragment:
        return [p for p in (sanitize_line(line) for line in fragment.split("\n\n")) if p]
    credits = _TWEET_HINT in fragment or _POST_HINT in fragment or _CITE_HINT in fragment
    boxes = any(hint in fragment for hint in _BOX_HINTS)
    fast = None if credits or boxes else _fast_paragraphs(fragment)
    if fast is not None:
        return fast
    return _tree_paragraphs(fragment, credits=credits, boxes=boxes)


_BOX_HINTS: Final = ("sharedaddy", "jp-relatedposts")
"""Class names of a WordPress Jetpack box a feed's ``content:encoded`` carries under the post (its share row,
"شارك هذا:" over "تويتر", "فيسبوك"; its related posts): the fragment is read as a tree and the box left out."""


def _drop_boxes(root: HtmlElement) -> None:
    """Drop the Jetpack boxes (``_BOX_HINTS``) of a fragment's tree."""
    found = [
        element
        for element in root.iter("div", "section", "aside", "ul", "nav")
        if any(hint in (element.get("class") or "") for hint in _BOX_HINTS)
    ]
    for element in found:
        if element.getparent() is not None:
            element.drop_tree()


_TWEET_HINT: Final = "tweet"
"""What an embedded tweet's markup holds (``<blockquote class="twitter-tweet">``): the fragment is read as a tree and
the tweet's credit line joined to its text, as on a page (``html_byline.tweet_credits``)."""
_POST_HINT: Final = "instagram"
"""What an embedded Instagram post's markup holds (``<blockquote class="instagram-media">``): likewise."""
_CITE_HINT: Final = "<cite"
"""What a quote's credit starts with (``<blockquote><p>…</p><cite>name</cite></blockquote>``): likewise, the credit
joined to the quote (``html_body.quote_credits``)."""


_FILE_NAME: Final = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|avif|bmp|svg)", re.IGNORECASE)
"""An ``alt`` that is only the image's file name ("IMG_1234.jpg") says nothing."""


def fragment_image_texts(fragment: str) -> list[str]:
    """The texts of an HTML fragment's images (``alt``, else ``title``), sanitized, distinct, in order.

    For a feed entry whose summary is a picture alone: its description is all the entry says.
    File names and empty texts are left out.
    """
    root = _fragment_tree(fragment) if "<" in fragment else None
    if root is None:
        return []
    texts: list[str] = []
    seen: set[str] = set()
    for image in root.iter("img"):
        text = sanitize_line(image.get("alt") or image.get("title") or "")
        folded = normalize(text)
        if text and folded not in seen and not _FILE_NAME.fullmatch(text):
            seen.add(folded)
            texts.append(text)
    return texts


def _fragment_tree(fragment: str) -> HtmlElement | None:
    """An HTML fragment parsed by lxml inside one ``<div>`` (comments and processing instructions dropped), or
    None when lxml cannot read it."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(f"<div>{fragment}</div>".encode(), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None


def _tree_paragraphs(fragment: str, *, credits: bool = False, boxes: bool = False) -> list[str]:
    """fragment_paragraphs through lxml's HTML parser (any markup). With ``credits`` (the markup may hold an
    embedded tweet or Instagram post, or a quote's ``<cite>``), a credit line ends its tweet's or quote's
    paragraph ("… — name (@handle) date", "… — name"), as on a page, not a paragraph of its own."""
    import lxml.etree

    root = _fragment_tree(fragment)
    if root is None:
        return []
    if credits:
        from newstui.parse.html_byline import tweet_credits

        tweet_credits(root)
        quote_credits(root)
    if boxes:
        _drop_boxes(root)
    paragraphs: list[str] = []
    current: list[str] = []
    skipping = 0
    lists: list[list[int]] = []  # each open ul/ol: [ordered, items so far]
    marker = ""  # the open list item's marker, until its first paragraph takes it
    rows: list[list[list[str]]] = []  # each open table row: its cells, each a list of lines

    def add(line: str) -> None:
        if rows:
            rows[-1][-1].append(line)  # a row's text before its first cell is a cell of its own
        else:
            paragraphs.append(line)

    def flush() -> None:
        nonlocal marker
        line = sanitize_line("".join(current))
        if line:
            if marker:
                line = f"{marker} {line}"
                marker = ""
            add(line)
        current.clear()

    def end_row() -> None:
        cells = [" ".join(lines) for lines in rows.pop()]
        line = CELL_SEPARATOR.join(cell for cell in cells if cell)
        if line:
            add(line)

    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _SKIP_TAGS:
                skipping += 1
            elif tag in _BLOCK_TAGS:
                flush()
                if tag in _LISTS:
                    lists.append([tag == "ol", 0])
                elif tag == "li":
                    marker = _item_marker(lists)
                elif tag == "tr":
                    rows.append([[]])
                elif tag in _CELLS and rows and rows[-1][-1]:
                    rows[-1].append([])
            if not skipping and element.text and tag:
                current.append(element.text)
        else:
            if tag in _SKIP_TAGS:
                skipping -= 1
            elif tag in _BLOCK_TAGS:
                flush()
                if tag in _LISTS:
                    if lists:
                        lists.pop()
                elif tag == "li":
                    marker = ""
                elif tag == "tr" and rows:
                    end_row()
                elif tag in _CELLS and rows:
                    rows[-1].append([])
            if not skipping and element.tail:
                current.append(element.tail)
    flush()
    while rows:
        end_row()
    return paragraphs


_ANCHOR: Final = re.compile(
    r"<a(?=[ \t\n\r\f>])([^<>]*(?:<(?!a[ \t\n\r\f>])[^<>]*)*)>([^<]*(?:<(?!/?a[ \t\n\r\f/>])[^<]*)*)</a[ \t\n\r\f]*>",
    re.IGNORECASE,
)
"""An anchor and its content up to its end tag; an anchor tag inside ends the try (one scan, no backtracking).

The start tag ends at its ``>`` or, unclosed, at the next anchor's start: a try never reads past the
next anchor, so ``"<a " * n`` costs n, not n²."""
_HREF: Final = re.compile(
    r"""[ \t\n\r\f]href[ \t\n\r\f]*=[ \t\n\r\f]*(?:"([^"]*)"|'([^']*)'|([^ \t\n\r\f"'>]+))""", re.I
)
_ANY_TAG: Final = re.compile(r"<[^>]*>")
_AT_END: Final = re.compile(
    r"(?:[ \t\n\r\f.…»›\])|:-]|&#?[A-Za-z0-9]+;|</?(?:span|b|strong|em|i|small|font)(?:[ \t\n\r\f][^>]*)?>)*"
    r"(?:$|<(?:/?(?:p|div|li|ul|ol|dd|section|article|footer|aside|blockquote|figure|table|td|tr|h[1-6])|br|hr|img)"
    r"[ \t\n\r\f/>])",
    re.IGNORECASE,
)
"""What may follow a "read more" link: punctuation, entities and inline tags, then the end of its block."""
_READ_MORE: Final = frozenset(
    normalize(phrase)
    for phrase in (
        "اقرأ المزيد", "المزيد", "للمزيد", "لمزيد من التفاصيل", "للمزيد من التفاصيل", "التفاصيل", "اقرأ التفاصيل",
        "التفاصيل كاملة", "تابع القراءة", "أكمل القراءة", "واصل القراءة", "اقرأ الخبر كاملا", "اقرأ المقال كاملا",
        "Read more", "More", "Read on", "Keep reading", "Continue reading", "Read the full story", "Read full story",
        "Read the full article", "Read full article", "Full story", "Full article", "Read the rest",
        "View full article",
    )
)  # fmt: skip
"""What a summary's "read more" link says (folded): the link is left out of the text."""


def _anchor_text(markup: str) -> str:
    # No tag ends after the last ">": the tags are looked for before it only (else every "<" of an
    # unclosed run would be read to the end, n² for "<b" * n).
    end = markup.rfind(">") + 1
    return sanitize_line(html.unescape(_ANY_TAG.sub("", markup[:end]) + markup[end:]))


def fragment_anchors(fragment: str) -> tuple[str, dict[str, str | None]]:
    """A feed summary without its "read more" links, and the hrefs of its other links by folded text.

    An ``<a>`` whose whole text is a "read more" phrase (``اقرأ المزيد``, ``Read more »``,
    ``Continue reading ...``) and that ends its paragraph is taken out of the markup: it names no
    story, and left in it ends the paragraph with "اقرأ المزيد" ("more" inside a sentence stays).
    Links are found by a regular expression (summaries link simply); an anchor inside an anchor is not
    looked for.

    Args:
        fragment: HTML markup (a feed entry's summary or content).

    Returns:
        ``(fragment, hrefs)``: the markup (unchanged when nothing was dropped) and, for each other
        anchor, its ``normalize``-d text mapped to its ``href`` as written (entities decoded), the first
        anchor winning.
    """
    if "<a" not in fragment and "<A" not in fragment:
        return fragment, {}
    hrefs: dict[str, str | None] = {}

    def visit(match: re.Match[str]) -> str:
        key = normalize(_anchor_text(match.group(2)))
        if (key in _READ_MORE or key.startswith("continue reading ")) and _AT_END.match(fragment, match.end()):
            return ""
        if key and key not in hrefs:
            found = _HREF.search(match.group(1))
            hrefs[key] = html.unescape(next(g for g in found.groups() if g is not None)) if found else None
        return match.group(0)

    return _ANCHOR.sub(visit, fragment), hrefs
