"""An HTML article's body as paragraphs: layout unwrapped, lists bulleted, tables as text; else its own ``<p>``s."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Final

from newstui.parse.html_links import element_text, is_card
from newstui.parse.html_meta import byline_line, is_badge_line, is_newsletter_plea, is_paywall_prompt
from newstui.parse.markers import match_marker
from newstui.parse.plaintext_dates import is_date_line
from newstui.text.normalize import normalize
from newstui.text.sanitize import sanitize_line

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "BULLET",
    "CELL_SEPARATOR",
    "NESTED_BULLET",
    "body_paragraphs",
    "bold_lead",
    "broken_text",
    "captions_in_place",
    "credits_line",
    "drop_repeated_title",
    "drop_amp_placeholders",
    "drop_site_boxes",
    "fallback_paragraphs",
    "glued",
    "leads_in_place",
    "is_tool_line",
    "own_paragraphs",
    "quote_credits",
    "story_asides",
    "story_boxes",
    "unmark_cards",
    "unwrap_fonts",
    "unwrap_layout_tables",
]

BULLET: Final = "•"
"""What starts a list item's paragraph, as in the sample format's lists (``split_list_item`` reads it back).

A bullet is neutral to the bidi algorithm: it goes with the item's direction, at the right edge of
an Arabic item and at the left of an English one."""
NESTED_BULLET: Final = "◦"
"""What starts an item of a list inside a list item."""
CELL_SEPARATOR: Final = " | "
"""What separates the cells of a table row written as one paragraph."""

_BREAKS: Final = frozenset({"lb", "br"})
"""Line breaks: ``<lb/>`` in trafilatura's XML, ``<br>`` in a page's own HTML."""
_XML_BLOCKS: Final = frozenset({"p", "head", "list", "table", "quote", "code", "div"})
"""trafilatura's block elements: an element holding one is a container of paragraphs."""
_XML_LAYOUT: Final = frozenset({"head", "list", "table", "quote", "div"})
"""Blocks a data table's cell does not hold (paragraphs it may: some editors wrap every cell's text in one)."""

# Layout tables (a whole page laid out in a table: menu cell, content cell) -------------------------

_TABLE_PARTS: Final = frozenset({"thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col"})
_CELLS: Final = frozenset({"td", "th"})
_LAYOUT_INSIDE: Final = frozenset(
    {
        "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "form", "nav", "header", "footer",
        "aside", "article", "section", "main", "menu", "iframe", "blockquote", "video", "audio",
    }
)  # fmt: skip
"""Elements a data table's cell does not hold: a table containing one lays out a page."""
_PARAGRAPHS: Final = frozenset({"p", "div", "br"})
_CELL_PARAGRAPHS_MAX: Final = 2
"""A cell with more paragraphs (``p``, ``div``, ``br``) than this holds prose or a menu, not a value."""
_CELL_TEXT_MAX: Final = 300
"""A cell with more characters than this holds prose, not a value."""
_LINK_SHARE: Final = 0.6
"""A table whose text is mostly link text is a menu."""


class _Table:
    """What one pass over a page learns about one ``<table>`` (its own cells, not those of nested tables)."""

    __slots__ = ("cell_paragraphs", "cell_text", "element", "in_item", "layout", "link_text", "parts", "text")

    def __init__(self, element: Any, in_item: bool) -> None:
        self.element = element
        self.in_item = in_item  # inside a list item: the extractor flattens its cells into the item
        self.layout = (element.get("role") or "").strip().lower() in ("presentation", "none")
        self.parts: list[Any] = []
        self.text = 0
        self.link_text = 0
        self.cell_text = 0
        self.cell_paragraphs = 0

    def is_layout(self) -> bool:
        return self.layout or (self.text > 0 and self.link_text >= _LINK_SHARE * self.text)


def unwrap_layout_tables(root: HtmlElement) -> None:
    """Turn the page's layout tables into ``div`` elements, so the extractor judges their cells as it does a page's.

    A table is layout when one of its cells holds a heading, a list, a form, another table or the like,
    more than a few paragraphs or lines, or a long text, or when its text is mostly links (a menu laid
    out in cells), or when it says ``role="presentation"``. What is left are data tables: rows of short
    values, which the extractor keeps when they are part of the article. A data table inside a list item
    (``_rows_as_lines``) is written as its rows, since the extractor would run its cells together there. One
    pass over the page, without recursion (a page may nest 2,048 levels deep).
    """
    from lxml import etree

    if root.find(".//table") is None:
        return
    tables: list[_Table] = []
    done: list[_Table] = []
    links = 0  # open <a> elements
    items = 0  # open <li> elements
    for event, node in etree.iterwalk(root, events=("start", "end")):
        tag = node.tag
        if not isinstance(tag, str):
            if event == "end" and node.tail and tables:
                tables[-1].text += len(node.tail.strip())
            continue
        table = tables[-1] if tables else None
        if event == "start":
            if table is not None:
                if tag in _LAYOUT_INSIDE:
                    table.layout = True
                elif tag in _TABLE_PARTS:
                    table.parts.append(node)
                    if tag in _CELLS:
                        table.cell_text = table.cell_paragraphs = 0
                elif tag in _PARAGRAPHS:
                    table.cell_paragraphs += 1
                    if table.cell_paragraphs > _CELL_PARAGRAPHS_MAX:
                        table.layout = True
            if tag == "table":
                tables.append(_Table(node, items > 0))
            elif tag == "a":
                links += 1
            elif tag == "li":
                items += 1
            text = node.text
        else:
            if tag == "table" and table is not None and table.element is node:
                done.append(tables.pop())
                table = tables[-1] if tables else None
            elif tag == "a":
                links = max(0, links - 1)
            elif tag == "li":
                items = max(0, items - 1)
            text = node.tail
        if text and table is not None:
            size = len(text.strip())
            table.text += size
            table.cell_text += size
            if links:
                table.link_text += size
            if table.cell_text > _CELL_TEXT_MAX:
                table.layout = True
    for table in done:
        if table.is_layout():
            table.element.tag = "div"
            for part in table.parts:
                part.tag = "div"
        elif table.in_item:
            _rows_as_lines(table.element)


_ROW_CELLS: Final = frozenset({"td", "th"})
_CELL_BLOCKS: Final = frozenset({"p", "div"})


def _rows_as_lines(table: Any) -> None:
    """A data table in a list item (``<li><h3>البنزين</h3><table>…</table></li>``) made a ``div`` of one ``<p>``
    a row, its cells joined with " | " as a table outside a list is read (``_table_paragraphs``): the extractor
    keeps only a list item's cells, one after another, which read "أوكتان 900.92 دينار" for the cells
    "أوكتان 90" and "0.92 دينار", and its rows on one line."""
    lines: list[str] = []
    for part in table.iter("caption", "tr"):
        if part.tag == "caption":
            lines.append(" ".join(broken_text(part, blocks=_CELL_BLOCKS)))
            continue
        cells = (" ".join(broken_text(cell, blocks=_CELL_BLOCKS)) for cell in part if cell.tag in _ROW_CELLS)
        lines.append(CELL_SEPARATOR.join(text for text in cells if text))
    tail = table.tail
    for child in list(table):
        table.remove(child)
    table.text = None
    table.tail = tail
    table.tag = "div"
    for line in lines:
        if line:
            row = table.makeelement("p", {})
            row.text = line
            table.append(row)


def unwrap_fonts(root: HtmlElement) -> None:
    """Unwrap every ``<font>`` (its text and children stay in place): an old page's prose in ``<font size="3">``
    with ``<br><br>`` between its paragraphs, beside a ``<font>`` of links ("طباعة | أرسل لصديق"), left its
    cell no text of its own, and readability (trafilatura's fallback when its own pass finds no ``<p>``)
    would not take the cell for a paragraph: the page came back as one line of all its text. trafilatura
    strips ``<font>`` itself before its own pass; this is one walk in C (lxml's ``strip_tags``)."""
    from lxml import etree

    etree.strip_tags(root, "font")


# trafilatura's XML body to paragraphs ---------------------------------------------------------------


def broken_text(
    element: Any, *, skip: frozenset[str] = frozenset(), blocks: frozenset[str] = frozenset()
) -> Iterator[str]:
    """An element's text split at its line breaks, each piece one sanitized line (empty ones dropped).

    ``itertext`` gives a break nothing, which glued the words on either side (``غدُه<br>أقيامُ`` read
    as one word, shaped as one); a break starts a new paragraph, as in a feed summary. So do the start
    and the end of a descendant tagged ``blocks`` (a list item's paragraphs and headings). Descendants
    tagged ``skip`` are left out with their text (not their tail). Walked without recursion (a page
    may nest 2,048 levels deep).
    """
    if not len(element):  # no children (most paragraphs): its text is the one piece, no walk to set up
        text = element.text if isinstance(element.tag, str) and element.tag not in _BREAKS else None
        line = sanitize_line(text) if text else ""
        if line:
            yield line
        return
    from lxml import etree

    pieces: list[list[str]] = [[]]
    skipped: Any = None  # the skipped element being walked through
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if skipped is not None:
            if event == "end" and node is skipped:
                skipped = None
                if node.tag in blocks:
                    pieces.append([])
                if node.tail:
                    pieces[-1].append(node.tail)
            continue
        if event == "start":
            if node is not element and node.tag in skip:
                skipped = node
            elif node.tag in _BREAKS:
                pieces.append([])
            elif isinstance(node.tag, str):  # comments and processing instructions: no text
                if node.tag in blocks and node is not element:
                    pieces.append([])
                if node.text:
                    pieces[-1].append(node.text)
        elif node is not element:
            if node.tag in blocks:
                pieces.append([])
            if node.tail:
                pieces[-1].append(node.tail)
    for piece in pieces:
        line = sanitize_line("".join(piece))
        if line:
            yield line


def _list_items(element: Any) -> Iterator[str]:
    """The items of a ``<list>`` one a paragraph: "• item", "1. item" in an ordered list, "◦ item" further in.

    An item's further lines (after a break, or its further paragraphs and headings: ``<li><h3>…</h3>
    <p>…</p></li>``, a live blog's update as a list item) follow without a marker, as the same blocks in
    a ``<div>`` would, not glued to the line before; a list inside an item follows the item's own text.
    Walked without recursion.
    """
    from lxml import etree

    counters: list[int] = []  # items seen in each open list
    ordered: list[bool] = []
    for event, node in etree.iterwalk(element, events=("start", "end"), tag=("list", "item")):
        if node.tag == "list":
            if event == "start":
                counters.append(0)
                ordered.append((node.get("rend") or "").lower() == "ol")
            else:
                counters.pop()
                ordered.pop()
        elif event == "start" and counters:
            counters[-1] += 1
            if ordered[-1]:
                marker = f"{counters[-1]}."
            else:
                marker = BULLET if len(counters) == 1 else NESTED_BULLET
            lines = list(broken_text(node, skip=_LISTS, blocks=_XML_BLOCKS))
            if lines:
                yield f"{marker} {lines[0]}"
                yield from lines[1:]


_LISTS: Final = frozenset({"list"})


def _cell_text(cell: Any) -> str:
    """A table cell's text on one line."""
    return " ".join(broken_text(cell))


def _table_paragraphs(table: Any) -> Iterator[str]:
    """A data table's rows one a paragraph, cells joined with " | " (header rows too).

    A row whose cells hold paragraphs or headings (a layout table the extractor kept) gives those
    blocks instead, each its own paragraph.
    """
    for row in table.iter("row"):
        if _row_table(row) is not table:
            continue  # a row of a table inside a cell: read with that cell
        cells = [cell for cell in row if cell.tag == "cell"]
        if any(child.tag in _XML_LAYOUT for cell in cells for child in cell):
            for cell in cells:
                yield from _blocks(cell)
            continue
        texts = [text for text in map(_cell_text, cells) if text]
        if texts:
            yield CELL_SEPARATOR.join(texts)


def _row_table(row: Any) -> Any:
    for ancestor in row.iterancestors():
        if ancestor.tag == "table":
            return ancestor
    return None


def _line(text: str | None) -> str:
    return sanitize_line(text) if text and not text.isspace() else ""


def _is_container(element: Any) -> bool:
    """Whether an element holds blocks (a ``div`` of paragraphs, a cell of a layout table) rather than text."""
    return any(isinstance(child.tag, str) and child.tag in _XML_BLOCKS for child in element)


def _blocks(element: Any) -> Iterator[str]:
    """The paragraphs of an element's content: text between blocks, and each block's paragraphs.

    Containers (an element holding blocks) are walked into, without recursion; a list gives its items,
    a table its rows, any other block its lines.
    """
    line = _line(element.text)
    if line:
        yield line
    stack: list[tuple[Any, Iterator[Any]]] = [(element, iter(element))]
    while stack:
        container, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            line = _line(container.tail) if stack else ""
            if line:
                yield line
            continue
        if isinstance(child.tag, str):
            if child.tag == "list":
                yield from _list_items(child)
            elif child.tag == "table":
                yield from _table_paragraphs(child)
            elif _is_container(child):
                line = _line(child.text)
                if line:
                    yield line
                stack.append((child, iter(child)))
                continue  # its tail comes when it is done
            else:
                yield from broken_text(child)
        line = _line(child.tail)
        if line:
            yield line


def body_paragraphs(body: Any) -> Iterator[str]:
    """Paragraph texts from trafilatura's XML body: paragraphs, headings and quotes as text, list items
    with their bullet or number, data-table rows with their cells joined by " | "."""
    return _blocks(body)


# Figures' captions ----------------------------------------------------------------------------------

_CAPTION_MAX: Final = 300
"""Longest caption kept (a longer ``<figcaption>`` is a block of text of its own, or a slideshow's)."""
_STORY_SIBLING_CHARS: Final = 40
"""A ``<p>`` beside a figure with at least this many characters: the figure stands among the story's paragraphs."""
_WRAPPERS_CLIMBED: Final = 2
"""Wrappers around a figure (``<div class="wp-block-image"><figure …>``) climbed to find its paragraphs."""
_OUTSIDE_STORY: Final = frozenset({"aside", "nav", "header", "footer", "form", "menu", "figure", "a"})
"""Elements a story's own figure does not stand in (a figure in a figure is a gallery's picture)."""
_NOT_STORY_WORDS: Final = ("gallery", "slider", "carousel", "advert", "sponsor", "promo")
"""Words in a class or id that mark a figure's surroundings as a gallery or an ad, not the story."""
_PAGE_WRAPPERS: Final = frozenset({"article", "main", "body", "html"})
"""The story's and the page's own wrappers: their class naming a gallery (``<article class="gallery-article">``,
WordPress's ``format-gallery``, ``single-format-gallery``) marks the kind of story, not a gallery inside it."""


def captions_in_place(root: HtmlElement) -> None:
    """Make the caption of each picture in the story its own short paragraph where the figure stood.

    trafilatura leaves every ``<figure>`` out, caption and all (WordPress's ``<figure><img>
    <figcaption>…</figcaption></figure>``). A figure counts when it holds a picture and one caption of a
    few words, and stands among the story's paragraphs (a ``<p>`` of text beside it, or beside the
    wrapper it sits alone in); not in a gallery, an ad, an aside, a link or another figure. A lead
    picture in an ``<article>`` right above the element that holds the story's paragraphs (under the
    headline, before ``<div class="article-body">``) counts too: its caption is that element's first
    paragraph, where the figure stood in the reading order.
    """
    found = [(figure, placed) for figure in root.iter("figure") if (placed := _story_caption(figure)) is not None]
    for figure, (caption, body) in found:  # replaced once the walk is over
        parent = figure.getparent()
        if parent is None:
            continue
        paragraph = figure.makeelement("p", {})
        paragraph.text = caption
        if body is None:
            paragraph.tail = figure.tail
            parent.replace(figure, paragraph)
        else:
            figure.drop_tree()  # (its tail kept)
            paragraph.tail, body.text = body.text, None
            body.insert(0, paragraph)


def _story_caption(figure: Any) -> tuple[str, Any] | None:
    """The caption of a figure of the story (see ``captions_in_place``) and, for a lead picture above the
    story's body, that body (else None), or None."""
    captions = [child for child in figure if child.tag == "figcaption"]
    if len(captions) != 1 or (figure.find(".//img") is None and figure.find(".//picture") is None):
        return None
    if figure.find(".//figure") is not None or _marked_off(figure):
        return None
    caption = element_text(captions[0])  # "…في المتحف<br>تصوير: …": two words, not one
    if not caption or len(caption) > _CAPTION_MAX or not any(char.isalpha() for char in caption):
        return None
    place = figure
    for _ in range(_WRAPPERS_CLIMBED):
        parent = place.getparent()
        if parent is None or _marked_off(parent) or sum(1 for child in parent if isinstance(child.tag, str)) > 1:
            break
        place = parent  # the figure alone in a wrapper: its paragraphs are the wrapper's neighbours
    parent = place.getparent()
    if parent is None:
        return None
    body = None
    if not any(_is_story_paragraph(sibling) for sibling in parent if sibling is not place):
        body = _body_below(place)
        if body is None:
            return None
    for ancestor in figure.iterancestors():
        if ancestor.tag in _OUTSIDE_STORY or (ancestor.tag not in _PAGE_WRAPPERS and _marked_off(ancestor)):
            return None
    return caption, body


def _is_story_paragraph(element: Any) -> bool:
    """Whether an element is a ``<p>`` with a sentence's worth of text (``_STORY_SIBLING_CHARS``)."""
    return element.tag == "p" and len(element.text_content().strip()) >= _STORY_SIBLING_CHARS


_BODY_TAGS: Final = frozenset({"div", "section"})


def _body_below(place: Any) -> Any | None:
    """The element right after a lead figure (or its wrapper) in an ``<article>`` that holds the story's
    paragraphs (a ``<div>`` or ``<section>`` with a ``<p>`` of text among its children), else None."""
    if next(place.iterancestors("article"), None) is None:
        return None
    below = place.getnext()
    while below is not None and not isinstance(below.tag, str):
        below = below.getnext()  # a comment between them
    if below is None or below.tag not in _BODY_TAGS or _marked_off(below):
        return None
    return below if any(_is_story_paragraph(child) for child in below) else None


# A quote's credit ------------------------------------------------------------------------------------

_QUOTE_CREDIT_CHARS: Final = 120
"""Most characters of a quote's credit (``<cite>وزير التربية</cite>``); a longer one is text of its own."""
_CREDIT_WRAPPERS: Final = frozenset({"footer", "p", "div", "span", "small"})
"""What may hold a quote's ``<cite>`` alone (``<footer class="blockquote-footer"><cite>…</cite></footer>``)."""
_CREDIT_DASHES: Final = "—–―-‒ \u00a0"
"""What a credit may start with already ("— وزير التربية"), stripped before the one dash it is given."""
_CREDIT_SEPARATOR: Final = " — "
_EMBED_KINDS: Final = ("tweet", "instagram")
"""Words of a ``<blockquote>``'s class naming an embedded post, whose credit line ``html_byline`` joins."""


def quote_credits(root: HtmlElement) -> None:
    """End a quote's last paragraph with its credit, "… — name", as an editor types it inline: WordPress's
    ``<blockquote><p>…</p><cite>name</cite></blockquote>`` (or the ``<cite>`` alone in a ``<footer>`` or ``<p>``)
    gave the name a paragraph of its own under the quote, read as story text. A credit only when the ``<cite>``
    ends the quote, after a paragraph (or the quote's own text), and is short (``_QUOTE_CREDIT_CHARS``);
    embedded tweets and posts are ``html_byline.tweet_credits``'s."""
    for quote in list(root.iter("blockquote")):
        kind = (quote.get("class") or "").lower()
        if any(word in kind for word in _EMBED_KINDS):
            continue
        credit = _last_child(quote)
        if credit is None or (credit.tail or "").strip():
            continue
        cite = credit if credit.tag == "cite" else _cite_alone(credit)
        if cite is None:
            continue
        name = sanitize_line(cite.text_content()).lstrip(_CREDIT_DASHES)
        if not name or len(name) > _QUOTE_CREDIT_CHARS:
            continue
        said = credit.getprevious()
        while said is not None and not isinstance(said.tag, str):
            said = said.getprevious()  # a comment between them
        if said is None:
            if not (quote.text or "").strip():
                continue
            quote.text = f"{(quote.text or '').rstrip()}{_CREDIT_SEPARATOR}{name}"
        elif said.tag != "p" or not said.text_content().strip() or (said.tail or "").strip():
            continue
        elif len(said):
            said[-1].tail = f"{(said[-1].tail or '').rstrip()}{_CREDIT_SEPARATOR}{name}"
        else:
            said.text = f"{(said.text or '').rstrip()}{_CREDIT_SEPARATOR}{name}"
        quote.remove(credit)


def _last_child(element: Any) -> Any:
    """An element's last child element (comments passed over), or None."""
    for child in reversed(element):
        if isinstance(child.tag, str):
            return child
    return None


def _cite_alone(element: Any) -> Any:
    """The ``<cite>`` an element (``_CREDIT_WRAPPERS``) holds with nothing else but dashes, or None."""
    if element.tag not in _CREDIT_WRAPPERS or len(element) != 1:
        return None
    cite = element[0]
    if cite.tag != "cite" or (element.text or "").strip(_CREDIT_DASHES) or (cite.tail or "").strip():
        return None
    return cite


# A lead paragraph above the story's body --------------------------------------------------------------

_BODY_NAME: Final = re.compile(
    r"(?:entry|article|art|post|page|story)[-_]?(?:content|body|text)|articlebody|body-text|post-?entry", re.IGNORECASE
)
"""A class, id or itemprop of the element holding a story's body that trafilatura takes alone (WordPress's
``entry-content``, ``post-content``, ``article-body``, ``itemprop="articleBody"``): what stands above it is left out."""
_LEAD_CLIMBS: Final = 3
"""Wrappers around the headline (``<header>``, ``<div class="article-header">``) climbed to find the body beside it."""
_LEAD_SIBLINGS: Final = 12
"""Elements after the headline (or a wrapper of it) looked at for the lead and the body."""
_LEAD_WORDS: Final = 8
"""Fewest words of a lead paragraph: a sentence, not a kicker or a one-line subtitle."""
_LEAD_END: Final = re.compile(r"(?<![.…])[.!?؟][\"'»”’)\]]*$")
"""A sentence's end: a full stop, a question or an exclamation mark, maybe inside a quotation (not an ellipsis: a
teaser cut short, "…" or "...", is the body's opening again)."""
_NOT_LEAD_NAMES: Final = (
    "sub", "kicker", "overline", "strap", "byline", "author", "writer", "date", "time", "meta", "share", "social",
    "tag", "caption", "credit", "breadcrumb", "related", "note", "sidebar", "widget", "aside", "audio", "player",
    "disclaimer", "notice",
)  # fmt: skip
"""Words of the class or id of a line above the story that is no lead: a subtitle, a kicker, a byline, a date."""
_NOT_LEAD_LABELS: Final = frozenset(
    normalize(label)
    for label in (
        "الصورة", "صورة", "تصوير", "الصور", "ملاحظة", "ملاحظة المحرر", "ملاحظة التحرير", "تنويه", "تصحيح", "بقلم",
        "كتب", "كتبت", "إعداد", "آخر تحديث", "تحديث", "تاريخ النشر", "نشر في", "المصدر", "مصدر", "وقت القراءة",
        "مدة القراءة", "Photo", "Editor's note", "Note", "Updated", "Last updated", "Source",
    )
)  # fmt: skip
"""Labels opening a line above the story that is no lead, before its colon: a photo's, an editor's note, a byline,
an update time ("الصورة: …", "ملاحظة المحرر: …", "آخر تحديث: …")."""
_LABEL_HEAD: Final = re.compile(r"^\s*([^\s:：]+(?:\s+[^\s:：]+){0,2})\s*[:：]")
_ABOUT_THE_PAGE: Final = re.compile(
    r"(?:هذا|هذه) (?:المقال|المقاله|التقرير|الخبر|الموضوع|الصفحه|الماده|التدوينه)|(?:وقت|مده) (?:القراءه|الاستماع)"
    r"|^(?:تابعوا|تابع|استمع|استمعوا|شاهد|شاهدوا|اقرا|انقر|اضغط|حمل|لمتابعه)\s"
    r"|\bthis (?:article|story|page|report)\b|^(?:listen|watch|follow|read|click)\b",
    re.IGNORECASE,
)
"""A line that speaks of the page or to its reader (folded): an audio player's or a reading time's blurb, a
disclaimer ("الآراء الواردة في هذا المقال …"), a call to follow live coverage ("تابعوا معنا …")."""
_REPEAT_SHARE: Final = 0.6
"""Share of a lead's words found in one of the body's first paragraphs that makes it that paragraph again."""
_SITE_HEADING_NAMES: Final = ("site", "logo", "brand")
"""Words of the class or id of an ``<h1>`` that is the site's name, not a story's headline."""
_STOP_CLIMB: Final = frozenset({"article", "main", "body", "html"})
_NOT_HEADLINE_PLACE: Final = frozenset({"nav", "footer", "aside", "form", "menu", "a"})


def leads_in_place(root: HtmlElement) -> None:
    """Make the lead paragraphs between a story's ``<h1>`` and the element holding its body the body's first
    paragraphs, when that element is one trafilatura takes alone (``_BODY_NAME``: ``<div class="entry-content">``):
    it would leave out the story's first and most important paragraph. A lead is a ``<p>`` after the headline (or
    after the ``<header>`` around it) that is a sentence of eight words or more ending with its full stop, no
    subtitle, kicker, byline, date, share bar, sidebar or widget by its class, not the page's own line by its words
    (``_is_page_line``), not over another heading, in the body's script, not mostly a link, and not the body's own
    first paragraphs again (an excerpt repeated or reworded); only the elements right beside a story's headline
    (not an ``<h1>`` named for the site) are looked at."""
    found = [placed for h1 in root.iter("h1") if (placed := _leads_above_body(h1)) is not None]
    for leads, body in found:  # moved once the walk is over
        tail = body.text
        body.text = None
        for index, lead in enumerate(leads):
            _detach(lead)
            body.insert(index, lead)
        leads[-1].tail = tail


def _leads_above_body(h1: HtmlElement) -> tuple[list[HtmlElement], HtmlElement] | None:
    """The lead paragraphs between a headline and the story's body (``leads_in_place``) and that body, or None."""
    if not any(map(str.isalpha, element_text(h1))) or any(a.tag in _NOT_HEADLINE_PLACE for a in h1.iterancestors()):
        return None
    if _names_site(h1):
        return None
    between: list[HtmlElement] = []  # read only once the body is found beside them (most pages have none)
    place = h1
    for _ in range(_LEAD_CLIMBS):
        for count, sibling in enumerate(place.itersiblings()):
            if count >= _LEAD_SIBLINGS or sibling.tag == "h1":
                return None
            if not isinstance(sibling.tag, str):
                continue
            if _named_body(sibling):
                leads = [lead for element in _after_headings(between) if (lead := _lead(element)) is not None]
                leads = [lead for lead in leads if not _repeated_in(lead, sibling) and _same_script(lead, sibling)]
                return (leads, sibling) if leads and _holds_story(sibling) else None
            between.append(sibling)
        place = place.getparent()
        if place is None or place.tag in _STOP_CLIMB or _named_body(place):
            return None
    return None


def _named_body(element: HtmlElement) -> bool:
    """Whether an element is named as a story's body (``_BODY_NAME``)."""
    names = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('itemprop') or ''}"
    return element.tag in _BODY_TAGS and _BODY_NAME.search(names) is not None


def _holds_story(body: HtmlElement) -> bool:
    """Whether a body holds a story paragraph among its children or theirs (``<div class="entry-content">
    <div class="inner"><p>…``)."""
    return any(_is_story_paragraph(child) or any(map(_is_story_paragraph, child)) for child in body)


def _lead(element: HtmlElement) -> HtmlElement | None:
    """The element itself, or the one ``<p>`` of a wrapper around it, when it is a lead (``leads_in_place``)."""
    if element.tag == "div" and not (element.text or "").strip() and not _names_no_lead(element):
        children = [child for child in element if isinstance(child.tag, str)]
        element = children[0] if len(children) == 1 else element
    if element.tag != "p" or _names_no_lead(element) or _marked_off(element):
        return None
    text = element_text(element)
    if len(text.split()) < _LEAD_WORDS or _LEAD_END.search(text) is None or _is_page_line(text):
        return None
    linked = sum(len(element_text(anchor)) for anchor in element.iter("a"))
    return element if linked * 2 < len(text) else None


def _is_page_line(text: str) -> bool:
    """Whether a line above the story is the page's, not the story's lead: a marker line ("اقرأ أيضاً: …",
    "الكلمات المفتاحية: …"), a label's line (``_NOT_LEAD_LABELS``), a byline or date line, a badge, a plea, or a
    line about the page or to its reader (``_ABOUT_THE_PAGE``)."""
    head = _LABEL_HEAD.match(text)
    if head is not None and normalize(head.group(1)) in _NOT_LEAD_LABELS:
        return True
    if match_marker(text) is not None or byline_line(text) is not None or is_date_line(text):
        return True
    return is_badge_line(text) or is_newsletter_plea(text) or _ABOUT_THE_PAGE.search(normalize(text)) is not None


def _after_headings(between: list[HtmlElement]) -> list[HtmlElement]:
    """The elements between a headline and the body after the last heading among them: a line over another
    heading (a site's tagline over the story's ``<h2>``) is not the lead of the body under that heading."""
    last = max((index for index, element in enumerate(between) if element.tag in _HEADING_TAGS), default=-1)
    return between[last + 1 :]


_HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _names_site(h1: HtmlElement) -> bool:
    """Whether an ``<h1>``'s class or id names the site's title (``_SITE_HEADING_NAMES``), not a story's."""
    names = f"{h1.get('class') or ''} {h1.get('id') or ''}".lower()
    return any(word in names for word in _SITE_HEADING_NAMES)


def _same_script(lead: HtmlElement, body: HtmlElement) -> bool:
    """Whether a lead is written in the script of the body's first paragraph (Arabic or not): an English notice
    over an Arabic story is no lead."""
    first = next((text for paragraph in body.iter("p") if (text := element_text(paragraph))), "")
    return _arabic(element_text(lead)) == _arabic(first)


def _arabic(text: str) -> bool:
    """Whether most of a text's letters are Arabic."""
    letters = [char for char in text if char.isalpha()]
    return sum("\u0600" <= char <= "\u06ff" for char in letters) * 2 > len(letters)


def _names_no_lead(element: HtmlElement) -> bool:
    """Whether an element's class or id names a line that is no lead (``_NOT_LEAD_NAMES``)."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return any(word in names for word in _NOT_LEAD_NAMES)


_REPEAT_LOOKED_AT: Final = 3
_REPEAT_OPENING: Final = 60
"""Characters of a lead's opening that, found in one of the body's first paragraphs, make it an excerpt of them."""


def _repeated_in(lead: HtmlElement, body: HtmlElement) -> bool:
    """Whether a lead's text is one of the body's first paragraphs' (an excerpt over the story that opens with it)."""
    folded = normalize(element_text(lead))
    opening = folded[:_REPEAT_OPENING]
    for count, paragraph in enumerate(body.iter("p")):
        if count >= _REPEAT_LOOKED_AT:
            break
        text = normalize(element_text(paragraph))
        if text and (opening in text or text in folded or _overlaps(folded, text)):
            return True
    return False


def _overlaps(lead: str, paragraph: str) -> bool:
    """Whether most of a lead's words (``_REPEAT_SHARE``) are a paragraph's: the same sentence reworded."""
    words = set(lead.split())
    return bool(words) and len(words & set(paragraph.split())) >= _REPEAT_SHARE * len(words)


def _detach(element: HtmlElement) -> None:
    """Take an element out of its parent, its tail left where it was."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
        element.tail = None
    parent.remove(element)


_AD_NAMES: Final = frozenset({"ad", "ads", "adv", "advert", "adsbygoogle", "dfp", "banner"})
"""Class and id names, or their first part before a hyphen or underscore, of an ad's box ("ad-slot")."""


def _marked_off(element: Any) -> bool:
    """Whether an element's class or id names a gallery, a slider or an ad."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    if not names.strip():
        return False
    if any(word in names for word in _NOT_STORY_WORDS):
        return True
    return any(name.replace("_", "-").split("-")[0] in _AD_NAMES for name in names.split())


_NON_CONTENT: Final = frozenset({"nav", "header", "footer", "aside", "form", "script", "style", "noscript", "menu"})


def _in_non_content(element: HtmlElement, memo: dict[HtmlElement, bool]) -> bool:
    """Whether an ancestor of the element is navigation, a header, a footer, an aside...(``_NON_CONTENT``).

    ``memo`` holds, for the ancestors climbed through so far, whether they are or are inside one: each
    element of the page is climbed through once however many elements are asked about.
    """
    path: list[HtmlElement] = []
    answer = False
    for ancestor in element.iterancestors():
        known = memo.get(ancestor)
        if known is not None:
            answer = known
            break
        path.append(ancestor)
        if ancestor.tag in _NON_CONTENT:
            answer = True
            break
    for ancestor in path:
        memo[ancestor] = answer
    return answer


def bold_lead(root: HtmlElement) -> str | None:
    """The first bold text (``<b>``, ``<strong>``) outside navigation: some pages' only headline."""
    memo: dict[HtmlElement, bool] = {}
    for bold in root.iter("b", "strong"):
        if _in_non_content(bold, memo):
            continue
        text = element_text(bold)
        if text:
            return text
    return None


_LEAD_START_CHARS: Final = 24


def bold_over(root: HtmlElement, lead: str) -> str | None:
    """The page's first bold text (``bold_lead``) when it stands before its ``lead`` (whose first characters
    are looked for in the page's text after it), else None: an old page's bold headline in a cell or line of
    its own over the story (``<td><font size="4"><b>…</b></font></td>``). One walk over the page, up to the
    lead."""
    start = " ".join(lead.split())[:_LEAD_START_CHARS]
    if not start:
        return None
    memo: dict[HtmlElement, bool] = {}
    found: str | None = None
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if found is None and element.tag in ("b", "strong") and not _in_non_content(element, memo):
            found = element_text(element) or None
            if found is not None:
                continue  # its own text is the headline's
        if any(start in " ".join(piece.split()) for piece in (element.text, element.tail) if piece):
            return found  # None: the lead comes first
    return None


def own_paragraphs(
    root: HtmlElement, paragraphs: list[str], title: str, borrowed_from: tuple[str, ...] = ("a", *_NON_CONTENT)
) -> list[str]:
    """The paragraphs that are neither the title nor made of the words of links and navigation (menus,
    header, footer; trafilatura may glue a menu's items into one line): what a page holds of its own."""
    borrowed = set(normalize(title).split())
    for element in root.iter(*borrowed_from):
        borrowed.update(normalize(element_text(element)).split())
    return [paragraph for paragraph in paragraphs if not set(normalize(paragraph).split()) <= borrowed]


_GLUED_GAP_CHARS: Final = 40
"""Most characters between two of a page's ``<p>`` texts in trafilatura's one paragraph that still make it
those texts glued together: a ``<time>``'s date between the byline and the lead, not a sentence."""


def glued(extracted: str, own: list[str], root: HtmlElement | None = None) -> bool:
    """Whether trafilatura's one paragraph is the page's own ``<p>`` texts with more glued on (the
    headline above them; a ``<time>``'s short date between two of them, ``_GLUED_GAP_CHARS``; with the page's
    ``root``, the captions of a gallery's figures between two of them, which are no ``<p>``): then the
    ``<p>`` elements are the paragraphs."""
    joined = normalize(" ".join(own))
    whole = normalize(extracted)
    if not joined or joined == whole:
        return False
    if joined in whole:
        return True
    texts = [text for text in map(normalize, own) if text]
    start = whole.find(texts[0])
    if start < 0:
        return False
    end = start + len(texts[0])
    captions: list[str] | None = None
    for text in texts[1:]:
        found = whole.find(text, end)
        if found < 0:
            return False
        if found - end > _GLUED_GAP_CHARS:
            if root is None:
                return False
            if captions is None:  # read only when a gap is met (a short page's last resort)
                captions = _figure_captions(root)
            if not _only_captions(whole[end:found], captions):
                return False
        end = found + len(text)
    return True


def _figure_captions(root: HtmlElement) -> list[str]:
    """The page's ``<figcaption>`` texts, folded (``normalize``), longest first."""
    found = {normalize(element_text(caption)) for caption in root.iter("figcaption")}
    return sorted((caption for caption in found if caption), key=len, reverse=True)


def _only_captions(gap: str, captions: list[str]) -> bool:
    """Whether a gap between two ``<p>`` texts is figure captions and at most ``_GLUED_GAP_CHARS`` more."""
    for caption in captions:
        if caption in gap:
            gap = gap.replace(caption, " ")
    return len(gap.strip()) <= _GLUED_GAP_CHARS


def fallback_paragraphs(root: HtmlElement) -> list[str]:
    """``<p>`` texts outside navigation, header, footer and asides, for pages trafilatura finds empty."""
    scopes = list(root.iter("article")) or list(root.iter("main")) or [root]
    paragraphs: list[str] = []
    memo: dict[HtmlElement, bool] = {}
    for scope in scopes:
        for p in scope.iter("p"):
            if _in_non_content(p, memo):
                continue
            paragraphs.extend(broken_text(p))
    return paragraphs


_TOOL_LABELS: Final = frozenset(
    normalize(label)
    for label in (
        "طباعة", "اطبع", "طباعة الخبر", "اطبع الخبر", "طباعة المقال", "اطبع المقال", "نسخة للطباعة",
        "أرسل لصديق", "إرسال لصديق", "أرسل الخبر لصديق", "أرسل إلى صديق", "إرسال إلى صديق", "أرسل لصديقك",
        "إرسال الخبر", "أرسل الخبر", "حفظ", "حفظ الخبر", "تكبير الخط", "تصغير الخط", "حجم الخط",
        "print", "print this", "email", "email this", "email to a friend", "send to a friend",
    )
)  # fmt: skip
"""An old page's tools under its story, folded: "طباعة | أرسل لصديق", "print | email to a friend"."""
_TOOL_LABEL_WORDS: Final = max(len(label.split()) for label in _TOOL_LABELS)
_TOOL_LINE_CHARS: Final = 80


def is_tool_line(text: str) -> bool:
    """Whether a line is only a page's tools' labels ("طباعة | أرسل لصديق", "اطبع الخبر - حفظ"): the print and
    send-to-a-friend links an old page prints under its story, never a sentence."""
    if len(text) > _TOOL_LINE_CHARS:
        return False
    words = normalize(text).split()
    start = 0
    while start < len(words):
        for size in range(min(_TOOL_LABEL_WORDS, len(words) - start), 0, -1):
            if " ".join(words[start : start + size]) in _TOOL_LABELS:
                start += size
                break
        else:
            return False
    return start > 0


_REPEAT_WITHIN: Final = 3
"""How far down the paragraphs the headline may be repeated (under a section label, a date)."""
_LABEL_WORDS: Final = 3
"""A paragraph of at most this many words right above the repeated headline is a section label."""


def drop_repeated_title(paragraphs: list[str], title: str) -> None:
    """Remove the headline repeated among the first paragraphs, with a short section label ("محليات")
    standing right above it; the headline without the kicker its og:title opens with ("تحقيق: …", "بالأرقام |
    …") too, as the page's ``<h1>`` writes it; also broken into two or three lines by a ``<br>``, and however a
    kicker's or a line break's spaces fall (``_squeezed``)."""
    folded = _squeezed(title)
    if not folded:
        return
    forms = {folded}
    if (kicker := _KICKER.match(title)) is not None and (rest := _squeezed(title[kicker.end() :])):
        forms.add(rest)
    squeezed = [_squeezed(paragraph) for paragraph in paragraphs[: _REPEAT_WITHIN + _HEADLINE_LINES - 1]]
    for index in range(min(_REPEAT_WITHIN, len(squeezed))):
        lines = next((n for n in range(1, _HEADLINE_LINES + 1) if "".join(squeezed[index : index + n]) in forms), 0)
        if not lines:
            continue
        del paragraphs[index : index + lines]
        if index == 1 and _is_label(paragraphs[0]):
            del paragraphs[0]
        break
    repeated = 0
    while repeated < len(paragraphs) and _squeezed(paragraphs[repeated]) in forms:
        repeated += 1
    del paragraphs[:repeated]  # at once: one pop(0) at a time is quadratic


_CLOSING_REPEATS: Final = 2
"""Most lines at the end of a story's text that are the page's headline and date again (``drop_closing_head``)."""


def drop_closing_head(paragraphs: list[str], title: str, is_page_date: Callable[[str], bool]) -> None:
    """Remove the page's headline and its date line, repeated as the last paragraphs (a ``<br>``-broken body's
    ``<h1>`` and ``<div class="date">`` that the extractor put after its text): a paragraph that is the headline
    (``_squeezed``), or a line ``is_page_date`` finds to be all of the page's own date element. At most
    ``_CLOSING_REPEATS`` lines; the story keeps one paragraph at least."""
    folded = _squeezed(title)
    for _ in range(_CLOSING_REPEATS):
        if len(paragraphs) <= 1:
            return
        last = paragraphs[-1]
        if (folded and len(last) <= 2 * len(title) and _squeezed(last) == folded) or is_page_date(last):
            paragraphs.pop()
        else:
            return


_HEADLINE_LINES: Final = 3
"""Most lines of a headline broken with ``<br>``, which the extractor gives one a paragraph."""


def _squeezed(text: str) -> str:
    """Text folded (``normalize``) without its spaces: a headline's kicker set apart by the page's styles (``<span
    class="kicker">عاجل</span>ارتفاع …``) or its words split by a line break reads the same however spaced."""
    return "".join(normalize(text).split())


_KICKER: Final = re.compile(r"^\s*[^\s:：|]+(?:\s+[^\s:：|]+){0,2}\s*(?:[:：|]|\s[-–—]\s)\s*")
"""A kicker of one to three words opening a headline before a colon, a bar or a spaced dash ("تحقيق: ",
"بالأرقام | ", "عاجل - ")."""


def _is_label(text: str) -> bool:
    """Whether a paragraph reads as a section label: a few words, no sentence punctuation, no digits."""
    return len(text.split()) <= _LABEL_WORDS and not any(c in ".!?؟،,:" or c.isdigit() for c in text)


def unmark_cards(root: HtmlElement) -> None:
    """Make the story cards marked up as ``<article>`` (a linked headline, not an ``<h1>``, and a teaser:
    ``is_card``) plain ``<div>``s: trafilatura takes an ``<article>`` for the story, and would give a
    sidebar card's teaser for the body, or put it before the story's own text."""
    cards = [article for article in root.iter("article") if is_card(article) and article.find(".//h1") is None]
    if len(cards) >= _STORY_PARAGRAPHS:  # a blog's home page of short full posts, each under its permalink
        posts = {article for article in _outer_articles(root)[:_MAX_STORY_BOXES] if _story_box(article) is not None}
        if len(posts & set(cards)) >= 2:
            cards = [card for card in cards if card not in posts]
    for card in cards:
        card.tag = "div"


_SIGN_UP_NAMES: Final = frozenset({"subscribe", "signup", "newsletter", "newsletters"})
"""Class or id names, or parts of them between hyphens and underscores, of a sign-up box ("nl-subscribe")."""
_PROMO_NAMES: Final = frozenset({"promo", "promos"})
"""Class or id names (or their parts) of a site's promotion: dropped only when its text is the site speaking."""
_SITE_BOX_TAGS: Final = ("div", "section", "aside", "form", "p", "ul", "table", "span")
_SITE_BOX_CHARS: Final = 300
"""Longest text of a sign-up or promotion box dropped (a longer one may wrap the story: "subscriber-only")."""


def drop_site_boxes(root: HtmlElement) -> None:
    """Drop the site's own short boxes inside a story: a newsletter's or a subscription's sign-up (class
    or id ``newsletter``, ``subscribe``, ``signup``, ``nl-subscribe``), and a promotion (``promo``) whose
    text is a plea (``is_newsletter_plea``: "Get the Gazette newsletter – sign up for our free daily
    email"), where trafilatura would keep it as a paragraph. Not one holding an ``<h1>`` or longer than
    a box (``subscriber-only`` around a story is no box: "subscriber" is not "subscribe")."""
    boxes: list[HtmlElement] = []
    for element in root.iter(*_SITE_BOX_TAGS):
        names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        if ("view" in names or "duration" in names or "hits" in names or "runtime" in names) and _bare_stamp(
            element, names
        ):
            boxes.append(element)
            continue
        if names.strip() and _widget(element, names):
            boxes.append(element)
            continue
        if element.tag == "span":
            continue  # (a span is read for a bare stamp only)
        if "subscribe" not in names and "signup" not in names and "newsletter" not in names and "promo" not in names:
            if "wall" in names or "subscription" in names:
                boxes.extend(_wall_lines(element, names))
            continue  # (each name below is in the names as it is: most elements are told apart here, no set built)
        parts = {part for name in names.split() for part in name.replace("_", "-").split("-")}
        sign_up = bool(parts & _SIGN_UP_NAMES) or "newsletter" in names
        if not sign_up and not parts & _PROMO_NAMES:
            continue
        text = sanitize_line(element.text_content())
        if len(text) > _SITE_BOX_CHARS or element.find(".//h1") is not None:
            continue
        if sign_up or is_newsletter_plea(text):
            boxes.append(element)
    for box in boxes:  # dropped once the walk is over; a box inside a dropped one goes with it
        if box.getparent() is not None:
            box.drop_tree()


_WIDGET_HINTS: Final = (
    "next", "prev", "arrow", "button", "btn", "count", "fraction", "pagination", "poll", "survey", "vote",
    "disclaimer", "piano", "offer", "album", "photo", "gallery", "meta", "credit",
)  # fmt: skip
"""Parts of class or id names a page's widget may carry: only an element with one of them is read further."""
_PAGER_NAMES: Final = frozenset({"next", "prev", "previous", "arrow", "arrows", "button", "btn", "control", "nav"})
_PAGER_WORDS: Final = frozenset(
    {"التالي", "السابق", "التالية", "السابقة", "next", "previous", "prev", "›", "‹", "»", "«", "<", ">", "→", "←"}
)
"""A slider's or gallery's arrow buttons' whole text ("التالي" of ``<div class="swiper-button-next">``)."""
_COUNTER_NAMES: Final = frozenset({"counter", "count", "fraction", "index", "num", "number", "pagination", "current"})
_COUNTER: Final = re.compile(r"[\d٠-٩]{1,4}\s*/\s*[\d٠-٩]{1,4}")
"""A slide's counter alone ("1 / 24")."""
_POLL_NAMES: Final = frozenset({"poll", "polls", "survey", "vote", "voting"})
_POLL_CONTROLS: Final = ("input", "button", "select", "form")
_POLL_CHARS: Final = 600
_OFFER_NAMES: Final = frozenset({"piano", "offer", "offers"})
_OFFER_CHARS: Final = 800
_DISCLAIMER_CHARS: Final = 300
_PHOTO_COUNT: Final = re.compile(
    r"(?:تصوير\s*[:：]?\s*[^|\n]{1,40}?\s*[|·•\-–—]\s*)?[\d٠-٩]+\s*(?:صورة|صور)"
    r"(?:\s*[|·•\-–—]\s*تصوير\s*[:：]?\s*[^|\n]{1,40})?"
)
"""An album's line: its count of photos, with or without its photographer ("تصوير: فلان | 24 صورة")."""


def _widget(element: HtmlElement, names: str) -> bool:
    """Whether an element is a widget of the page, not story text, that trafilatura would keep as a paragraph: a
    slider's arrow (``swiper-button-next``, all its text "التالي"), a slide's counter alone ("1 / 24"), an album's
    photo count and credit line ("تصوير: فلان | 24 صورة"), a poll (``wp-polls``: a question over radio buttons), a
    paywall's offer box (``piano-offer``: a prompt "اشترك الآن …" among its lines), an opinion page's disclaimer
    (``class="disclaimer"``). Each is told by its names and its whole text: a paragraph that says "التالي" or speaks
    of subscriptions is the story's."""
    if not any(hint in names for hint in _WIDGET_HINTS):
        return False
    parts = {part for name in names.split() for part in name.replace("_", "-").split("-")}
    text = " ".join(element.text_content().split())
    if not text:
        return False
    if parts & _PAGER_NAMES and text.lower() in _PAGER_WORDS:
        return True
    if parts & _COUNTER_NAMES and _COUNTER.fullmatch(text) is not None:
        return True
    if len(text) <= _PHOTO_COUNT_CHARS and ("صورة" in text or "صور" in text) and _PHOTO_COUNT.fullmatch(text):
        return True
    if element.find(".//h1") is not None:
        return False
    if parts & _POLL_NAMES and len(text) <= _POLL_CHARS:
        return any(element.find(f".//{tag}") is not None for tag in _POLL_CONTROLS)
    if "disclaimer" in parts and len(text) <= _DISCLAIMER_CHARS and element.tag != "span":
        return True
    if parts & _OFFER_NAMES and len(text) <= _OFFER_CHARS and not _wall_holds_story(element):
        return any(is_paywall_prompt(sanitize_line(line.text_content())) for line in element.iter(*_WALL_LINE_TAGS))
    return False


_PHOTO_COUNT_CHARS: Final = 80


_NOT_FACT_NAMES: Final = (
    "related", "share", "social", "sidebar", "widget", "newsletter", "subscribe", "promo", "comment", "author",
    "bio", "menu", "nav", "tag", "advert", "sponsor", "banner", "toc", "more", "popular", "trending", "most", "quote",
)  # fmt: skip
"""Parts of the class or id names of an ``<aside>`` that is the page's, not a fact box of the story's."""
_FACT_BOX_CHARS: Final = 1500
_FACT_BOX_MIN_CHARS: Final = 10
_FACT_BOX_CLIMBS: Final = 2
_FACT_BOX_PLACES: Final = frozenset({"nav", "header", "footer", "aside", "form", "menu", "a"})


def story_asides(root: HtmlElement) -> None:
    """Make a fact box of the story (``<aside class="fact-box"><h3>حقائق سريعة</h3><ul>…</ul></aside>`` between its
    paragraphs) a ``div``, which trafilatura keeps as it keeps such a box in a ``div``: it drops every ``<aside>``,
    and the box's facts were lost. Only an aside beside a story paragraph (``_is_story_paragraph``, up to two
    wrappers up), holding no link's text (a "read also" box, a sidebar's list), no form, not named as a page's box
    (``_NOT_FACT_NAMES``), of a box's length, and whose text is not the story's again (a pull quote)."""
    for aside in list(root.iter("aside")):
        names = f"{aside.get('class') or ''} {aside.get('id') or ''}".lower()
        if any(name in names for name in _NOT_FACT_NAMES):
            continue
        text = " ".join(aside.text_content().split())
        if not _FACT_BOX_MIN_CHARS <= len(text) <= _FACT_BOX_CHARS:
            continue
        if any(link.text_content().strip() for link in aside.iter("a")) or any(
            True for _ in aside.iter("form", "input", "button", "iframe", "nav")
        ):
            continue
        if any(ancestor.tag in _FACT_BOX_PLACES for ancestor in aside.iterancestors()):
            continue
        place = _story_place(aside)
        if place is None:
            continue
        squeezed = "".join(text.split())
        if "".join(place.text_content().split()).count(squeezed) > 1:
            continue  # a pull quote: the story's own sentence again
        aside.tag = "div"


def _story_place(aside: HtmlElement) -> HtmlElement | None:
    """The element, the aside's parent or up to ``_FACT_BOX_CLIMBS`` wrappers up, holding a story paragraph beside
    it; None when there is none."""
    place = aside
    for _ in range(_FACT_BOX_CLIMBS):
        parent = place.getparent()
        if parent is None:
            return None
        if any(child is not place and _is_story_paragraph(child) for child in parent):
            return parent
        place = parent
    return None


_AMP_EMBEDS: Final = (
    "amp-iframe", "amp-video", "amp-video-iframe", "amp-embed", "amp-twitter", "amp-instagram", "amp-facebook",
    "amp-youtube", "amp-img", "amp-ad", "amp-list", "amp-brightcove", "amp-soundcloud",
)  # fmt: skip


def drop_amp_placeholders(root: HtmlElement) -> None:
    """Drop an AMP embed's ``placeholder`` and ``fallback`` children ("جاري تحميل إحصائيات المباراة" in an
    ``amp-iframe``): what the page shows while, or when, the embed does not load, which trafilatura kept as text."""
    found = [
        child
        for embed in root.iter(*_AMP_EMBEDS)
        for child in embed
        if isinstance(child.tag, str) and (child.get("placeholder") is not None or child.get("fallback") is not None)
    ]
    for child in found:
        child.drop_tree()


_WRITER_NAMES: Final = ("writer", "author", "byline")
_DATE_NAMES: Final = ("date", "time", "publish", "posted")
_CREDIT_LINE_TAGS: Final = frozenset({"span", "a", "time", "strong", "b", "em", "small", "i", "bdi"})
_CREDIT_LINE_CHARS: Final = 200
_CREDIT_SEPARATORS: Final = frozenset("|·•-–—/،,")


def credits_line(root: HtmlElement, line: str) -> bool:
    """Whether a line over the story is the page's credits, the author and the date read from it elsewhere: its
    dates alone, split by bars ("نشر في: 28 نوفمبر 2026 - 03:40 ص | آخر تحديث: …", each part a date line), or
    the whole text of a row of inline elements holding a writer's (class ``writer``, ``author``, ``byline``) and a
    date's (class ``date``, ``time``, a ``<time>``) (``<span class="writer">فلان (الرياض)</span><span
    class="date">…</span>``, which the extractor gives glued)."""
    if len(line) > _CREDIT_LINE_CHARS:
        return False
    if "|" in line:
        parts = [part.strip() for part in line.split("|")]
        if len(parts) > 1 and all(part and is_date_line(part) for part in parts):
            return True
    squeezed = "".join(line.split())
    for writer in root.iter("span", "a", "div", "p"):
        names = f"{writer.get('class') or ''} {writer.get('id') or ''}".lower()
        if not any(name in names for name in _WRITER_NAMES):
            continue
        row = writer.getparent()
        if row is None or len(row) < 2 or "".join(row.text_content().split()) != squeezed:
            continue
        if _credit_row(row):
            return True
    return False


def _credit_row(row: HtmlElement) -> bool:
    """Whether an element holds inline elements only, one a date's, with nothing but separators between them."""
    dated = False
    for child in row:
        if not isinstance(child.tag, str) or child.tag not in _CREDIT_LINE_TAGS:
            return False
        names = f"{child.get('class') or ''} {child.get('id') or ''}".lower()
        dated = dated or child.tag == "time" or any(name in names for name in _DATE_NAMES)
        if child.tail and not set(child.tail.strip()) <= _CREDIT_SEPARATORS:
            return False
    return dated and not (row.text and not set(row.text.strip()) <= _CREDIT_SEPARATORS)


_STAMP_NAMES: Final = frozenset({"views", "view", "viewcount", "viewed", "hits", "duration", "runtime"})
"""Class or id names (or their parts) of a counter of views or a video's length ("td-post-views", "duration")."""
_BARE_STAMP: Final = re.compile(r"[\d٠-٩]+(?:[,.٬٫][\d٠-٩]+)*\s*[kKmM]?|[\d٠-٩]{1,2}(?::[\d٠-٩]{2}){1,2}")
"""A counter's bare number ("2,310", "1.2K") or a video's length ("04:12", "1:02:33")."""


def _bare_stamp(element: HtmlElement, names: str) -> bool:
    """Whether an element named a counter of views or a video's length (``_STAMP_NAMES``: ``<div
    class="td-post-views"><span>2,310</span></div>``, ``<span class="duration">04:12</span>`` under a player) holds
    only its bare number, with no text right before or after it (a number beside its word, "980 مشاهدة",
    "مشاهدات: 980", is the counters' rule's, ``html_meta``); trafilatura would keep it as a paragraph."""
    if not any(part in _STAMP_NAMES for name in names.split() for part in name.replace("_", "-").split("-")):
        return False
    text = element.text_content().strip()
    if len(text) > _STAMP_CHARS or _BARE_STAMP.fullmatch(text) is None:
        return False
    if element.tail and element.tail.strip():
        return False
    parent = element.getparent()
    if parent is not None and any(
        sibling.tag in _LABEL_TAGS and sibling is not element and sibling.text_content().strip() for sibling in parent
    ):
        return False  # a value beside its label in one line ("مدة الرحلة 3:45"), not a player's or a theme's stamp
    before = element.getprevious()
    if before is not None:
        return not (before.tail and before.tail.strip())
    parent = element.getparent()
    return parent is None or not (parent.text and parent.text.strip())


_STAMP_CHARS: Final = 12
_LABEL_TAGS: Final = frozenset(("span", "strong", "b", "em", "label", "small", "font", "abbr", "dfn", "dt", "th"))
"""Inline elements whose text beside a stamp is its label: the stamp is a line's value then, kept (a block beside
it, the story's ``<p>``, is no label)."""
_WALL_NAMES: Final = ("paywall", "regwall", "subscription")
"""Class or id names (or their parts) of a paywall's box ("paywall-box", "subscription-wall")."""
_WALL_LINE_TAGS: Final = ("p", "h2", "h3", "h4", "h5", "h6", "a", "button", "li", "span", "div", "strong")
_WALL_STORY_PARAGRAPHS: Final = 3
_WALL_STORY_CHARS: Final = 60
"""A box holding this many paragraphs of this much text is the story's own container ("article-body paywall"), no
paywall's box: its lines are the story's (a paywall's box inside it is still one)."""


def _wall_holds_story(box: HtmlElement) -> bool:
    """Whether a box holds ``_WALL_STORY_PARAGRAPHS`` paragraphs of ``_WALL_STORY_CHARS`` or more: a story's body."""
    found = 0
    for paragraph in box.iter("p"):
        if len(paragraph.text_content().strip()) >= _WALL_STORY_CHARS:
            found += 1
            if found >= _WALL_STORY_PARAGRAPHS:
                return True
    return False


def _wall_lines(box: HtmlElement, names: str) -> list[HtmlElement]:
    """The lines of a paywall's box (class or id ``paywall``, ``regwall``, ``subscription``) that are its
    furniture (``is_paywall_prompt``: "هذا المقال حصري للمشتركين", "اشترك الآن …", "مشترك بالفعل؟ سجّل الدخول"),
    each the outermost element of its text; the box's other lines (a teaser) stay, and so does a line of the
    story that speaks of subscribers. Not a box that holds the story (``_wall_holds_story``: "article-body paywall")."""
    if not any(name in names for name in _WALL_NAMES) or _wall_holds_story(box):
        return []
    found: list[HtmlElement] = []
    for element in box.iter(*_WALL_LINE_TAGS):
        if found and any(ancestor in found for ancestor in element.iterancestors()):
            continue
        if is_paywall_prompt(sanitize_line(element.text_content())):
            found.append(element)
    return found


# Times in running text ------------------------------------------------------------------------------------------

_RUNNING_TEXT: Final = frozenset({"p", "li", "blockquote", "dd", "td", "span", "em", "strong", "b", "i"})
"""Elements of running text a ``<time>`` may stand in, in the middle of a sentence."""


def times_in_text(root: HtmlElement) -> None:
    """Make each ``<time>`` in the middle of a sentence plain text where it stood ("وستجرى الانتخابات في <time>15
    مارس 2027</time> وفق القرار"): trafilatura leaves a ``<time>``'s text out of the paragraph, and the date a
    sentence speaks of is no date of the page. A ``<time>`` with words only before it or none around it (a
    byline's, "نشر في <time>…</time>", a dateline of its own) stays a date element."""
    found = [time for time in root.iter("time") if _mid_sentence(time)]
    for time in found:  # unwrapped once the walk is over (its text and tail stay in place)
        time.drop_tag()


_INLINE: Final = frozenset({"span", "em", "strong", "b", "i", "small"})
"""Inline wrappers a ``<time>`` may stand alone in (``<span><time>…</time></span>``) inside the sentence."""


def _mid_sentence(time: HtmlElement) -> bool:
    """Whether ``time`` (or the inline wrapper it stands alone in) stands in running text with words on both
    sides of it."""
    node, parent = time, time.getparent()
    while (
        parent is not None
        and parent.tag in _INLINE
        and len(parent) == 1
        and not (parent.text or "").strip()
        and not (node.tail or "").strip()
    ):
        node, parent = parent, parent.getparent()
    if parent is None or parent.tag not in _RUNNING_TEXT:
        return False
    previous = node.getprevious()
    before = (previous.tail if previous is not None else parent.text) or ""
    if previous is not None and not before.strip():
        before = element_text(previous)
    return _has_word(before) and _has_word(node.tail or "")


def _has_word(text: str) -> bool:
    """Whether ``text`` holds a word of two letters or more."""
    return any(sum(character.isalpha() for character in word) >= 2 for word in text.split())


_MAX_STORY_BOXES: Final = 6
_STORY_PARAGRAPHS: Final = 2
_STORY_PARAGRAPH_CHARS: Final = 40
_STORY_HEADINGS: Final = ("h1", "h2", "h3", "h4", "h5", "h6")
_STORY_HEADLINES: Final = frozenset({"h1", "h2"})
_NOT_A_STORY_PLACE: Final = frozenset({"aside", "nav", "footer"})
_STORY_HEADLINE_WORDS: Final = 3
"""Words of the shortest story headline: a writer's name of two words over a biography is none."""
_PROFILE_WORDS: Final = frozenset({"author", "writer", "bio", "biography", "profile"})
"""Words of the class or id of a box about the writer, not a story (``<article class="author-box">``)."""
_ABOVE_THE_STORY: Final = "header"
"""Where a story box is the page's own story only by holding its ``<h1>`` (else a bulletin's box above it)."""


def story_boxes(root: HtmlElement) -> list[HtmlElement]:
    """The stories of the page beside its own, each an outermost ``<article>`` (a bulletin's, one under the
    other), when two or more of them hold a story: a headline that is no link (its first heading, an ``<h1>`` or
    ``<h2>``) and two paragraphs of a sentence's length or more; none in a sidebar, a menu or a footer. A card
    (a linked headline, a teaser) is none, nor a live blog's update or a story's part under its ``<h3>``; at
    most six looked at, in document order. The page's own story (``_own_box``) is not among them: the box of
    its ``<h1>``, else the first one in no ``<header>``; none when its story is outside them."""
    outer = _outer_articles(root)
    if len(outer) < 2:
        return []
    boxes: list[HtmlElement] = []
    above: set[HtmlElement] = set()
    for article in outer[:_MAX_STORY_BOXES]:
        if (places := _story_box(article)) is not None:
            boxes.append(article)
            if _ABOVE_THE_STORY in places:
                above.add(article)
    if len(boxes) < 2:
        return []
    own = _own_box(root, boxes, above)
    return [box for box in boxes if box is not own]


def box_permalink(box: HtmlElement) -> str | None:
    """The address a story box's headline links to (a blog post's permalink: ``<h2><a href=…>…</a></h2>``), as
    written; None when its headline is no link."""
    heading = next(box.iter(*_STORY_HEADINGS), None)
    anchor = heading.find(".//a[@href]") if heading is not None else None
    return anchor.get("href") if anchor is not None else None


def _outer_articles(root: HtmlElement) -> list[HtmlElement]:
    """The page's ``<article>``s in no other one, in document order."""
    return [article for article in root.iter("article") if next(article.iterancestors("article"), None) is None]


def _story_box(article: HtmlElement) -> set[str] | None:
    """The tags of the elements around ``article`` when it holds a story (``story_boxes``): its first heading an
    ``<h1>`` or ``<h2>`` of three words or more, no box about the writer, in no sidebar, menu or footer, and two
    paragraphs of a sentence's length (outside links under a linked headline: ``_story_paragraphs``); else None."""
    heading = next(article.iter(*_STORY_HEADINGS), None)
    if heading is None or heading.tag not in _STORY_HEADLINES:
        return None
    if len(element_text(heading).split()) < _STORY_HEADLINE_WORDS or _profile_box(article):
        return None  # a writer's name over a biography ("about the author" as an <article>): no story
    places = {ancestor.tag for ancestor in article.iterancestors()}
    if places & _NOT_A_STORY_PLACE:
        return None
    linked = heading.find(".//a") is not None  # a blog's full post under its permalink, or a card
    if linked and _teaser_card(article):
        return None
    return places if _story_paragraphs(article, linked) >= _STORY_PARAGRAPHS else None


_TEASER_ENDS: Final = ("…", "...", "[…]", "[...]", "[ … ]", "[ ... ]")
"""How an archive card's excerpt ends, cut short ("… [...]", WordPress's "[…]")."""
_READ_MORE_LINKS: Final = frozenset(
    normalize(phrase)
    for phrase in (
        "اقرأ المزيد", "اقرا المزيد", "أكمل القراءة", "اكمل القراءة", "تابع القراءة", "واصل القراءة", "المزيد",
        "اقرأ الخبر كاملا", "اقرأ المقال كاملا", "التفاصيل", "Read more", "Continue reading", "Keep reading",
        "Read the full story", "Read full story", "Read on",
    )
)  # fmt: skip
"""What a card's "read more" link says (folded, its arrows and dots aside)."""


def _teaser_card(box: HtmlElement) -> bool:
    """Whether a box under a linked headline is an archive's card, not a post: its text ends cut short
    (``_TEASER_ENDS``: "… [...]"), so does its last paragraph, or it holds a "read more" link ("أكمل القراءة",
    ``_READ_MORE_LINKS``)."""
    if sanitize_line(box.text_content()).rstrip(" »›→←>").endswith(_TEASER_ENDS):
        return True
    last = None
    for paragraph in box.iter("p"):
        last = paragraph
    if last is not None and element_text(last).rstrip().endswith(_TEASER_ENDS):
        return True  # its excerpt's last paragraph, a "read more" row or a date after it
    for anchor in box.iter("a"):
        text = anchor.text_content()
        if len(text) < _READ_MORE_CHARS and normalize(text.strip(" \t\n»›→←<>.…")) in _READ_MORE_LINKS:
            return True
    return False


_READ_MORE_CHARS: Final = 40


def _story_paragraphs(box: HtmlElement, linked: bool) -> int:
    """How many paragraphs of a sentence's length ``box`` holds; under a linked headline (a blog's home page of
    full posts, each headline its permalink), only those outside any link and of a sentence's length, two at
    least, make a story: a card's teaser is one, or is inside the card's link."""
    count = 0
    for p in box.iter("p"):
        if len(element_text(p)) < _STORY_PARAGRAPH_CHARS:
            continue
        if linked and next(p.iterancestors("a"), None) is not None:
            continue
        count += 1
    return count


def _profile_box(box: HtmlElement) -> bool:
    """Whether a box's class or id names it a box about the writer (``author-box``, ``writer_bio``, ``profile``)."""
    names = f"{box.get('class') or ''} {box.get('id') or ''}".lower()
    return not _PROFILE_WORDS.isdisjoint(re.split(r"[\s_-]+", names))


def _own_box(root: HtmlElement, boxes: list[HtmlElement], above: set[HtmlElement]) -> HtmlElement | None:
    """The story box that is the page's own story: the one holding the page's ``<h1>`` (outside the boxes, not a
    logo's in a header, menu, sidebar or footer), else the first not in a ``<header>``; None when the ``<h1>`` is
    outside the boxes over paragraphs of its own (``_own_text``): the page's story is no box, all are beside it."""
    inside = set(boxes)
    first = next((box for box in boxes if box not in above), boxes[0])
    for h1 in root.iter("h1"):
        ancestors = list(h1.iterancestors())
        if (box := next((ancestor for ancestor in ancestors if ancestor in inside), None)) is not None:
            return box  # under the box's own <header> as well
        if not any(ancestor.tag in _NOT_A_STORY_PLACE or ancestor.tag == _ABOVE_THE_STORY for ancestor in ancestors):
            return None if _own_text(h1, inside) else first
    return first


def _own_text(h1: HtmlElement, boxes: set[HtmlElement]) -> bool:
    """Whether the block around an ``<h1>`` outside the story boxes (its nearest one holding a box too) has a
    paragraph of a sentence's length in no box and no header, menu, sidebar or footer: a story of its own, not
    a bulletin's name over its stories."""
    holders = {ancestor for box in boxes for ancestor in box.iterancestors()}
    block = next((ancestor for ancestor in h1.iterancestors() if ancestor in holders), None)
    if block is None:
        return False
    for p in block.iter("p"):
        if len(element_text(p)) < _STORY_PARAGRAPH_CHARS:
            continue
        for ancestor in p.iterancestors():
            if ancestor is block:
                return True
            if ancestor in boxes or ancestor.tag in _NOT_A_STORY_PLACE or ancestor.tag == _ABOVE_THE_STORY:
                break
    return False
