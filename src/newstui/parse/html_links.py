"""Links in an HTML page: its related-story blocks and their links, and hrefs as absolute http(s) URLs."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final
from urllib.parse import urljoin, urlparse, urlsplit

from newstui.model import Link, LinkKind
from newstui.parse.markers import MarkerKind, match_marker
from newstui.text.normalize import normalize as _normalize
from newstui.text.sanitize import sanitize_line

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["MAX_LINKS", "element_text", "http_url", "related_blocks", "related_links"]

MAX_LINKS: Final = 50
_HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LABEL_TAGS: Final = _HEADING_TAGS | {"strong", "b", "span", "div", "p", "dt", "header", "figcaption", "label", "em"}
_NOT_RELATED: Final = frozenset({"الاكثر قراءه", "الاكثر مشاهده", "most read", "most popular", "popular"})
"""Sidebar list headings the marker vocabulary accepts but that are not about this article (folded)."""
_MORE_HEADINGS: Final = frozenset(
    _normalize(heading)
    for heading in (
        "مواضيع قد تهمك", "موضوعات قد تهمك", "أخبار قد تهمك", "مقالات قد تهمك", "قد تهمك", "قد تهمك أيضا",
        "اخترنا لك", "You may be interested in", "You might be interested in",
    )
)  # fmt: skip
"""Related-block headings of pages that the marker vocabulary of saved texts lacks (folded, whole)."""
_RELATED_XPATH: Final = (
    "(//@class[contains(translate(., 'RELATED', 'related'), 'related')]"
    " | //@id[contains(translate(., 'RELATED', 'related'), 'related')])/parent::*[.//a]"
)
"""Elements whose class or id says "related" and that hold links, in document order.

Scanning the class and id attributes rather than every element is several times faster.
"""


def element_text(element: HtmlElement) -> str:
    """An element's text as one sanitized line."""
    return sanitize_line(element.text_content())


_SIMPLE_URL: Final = re.compile(r"https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[-A-Za-z0-9._~!$&'()*+,=:@%/]*)?")
"""An absolute http(s) URL that urljoin and urlsplit return unchanged: no query, fragment or parameters."""
_SIMPLE_PATH: Final = re.compile(r"/[-A-Za-z0-9._~!$&'()*+,=:@%/]*")
"""A root-relative path of plain characters (no query, fragment or parameters)."""
_SIMPLE_HOST: Final = re.compile(r"[A-Za-z0-9.-]+(?::[0-9]{1,5})?")


@functools.lru_cache(maxsize=64)
def _base_origin(base: str) -> str | None:
    """``scheme://host`` of a plain http(s) base URL, "" for another base, None for an unparsable one.

    urljoin raises ValueError for an unparsable base (a malformed IPv6 host, for example).
    """
    try:
        parts = urlparse(base)
    except ValueError:
        return None
    if parts.scheme in ("http", "https") and _SIMPLE_HOST.fullmatch(parts.netloc):
        return f"{parts.scheme}://{parts.netloc}"
    return ""


def http_url(href: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL for ``href`` (resolved against ``base``), or None.

    Args:
        href: a link target as written in a page or feed.
        base: the URL it is relative to, if known.

    Returns:
        The sanitized absolute URL when its scheme is http or https and it has a host, else None.
    """
    if not href:
        return None
    href = href.strip()
    if _SIMPLE_URL.fullmatch(href):
        if not base or _base_origin(base) is not None:
            return href  # what urljoin, urlsplit and sanitize_line would give back unchanged
    elif base and _SIMPLE_PATH.fullmatch(href) and "//" not in href and "/." not in href:
        origin = _base_origin(base)
        if origin:
            return origin + href  # urljoin keeps a root-relative path without dot segments as it is
    if any(ord(c) < 0x20 or c == "\x7f" for c in href):
        return None
    try:
        absolute = urljoin(base, href) if base else href
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return sanitize_line(absolute)


def _is_related_heading(text: str) -> bool:
    """Whether a label is a bare related/read-also heading ("أخبار ذات صلة", "اقرأ أيضاً:", "Related")."""
    found = match_marker(text)
    if found is None or found[0] not in (MarkerKind.RELATED, MarkerKind.READ_ALSO) or found[1]:
        return _normalize(text) in _MORE_HEADINGS
    return _normalize(text) not in _NOT_RELATED


def _link_dense(element: HtmlElement) -> bool:
    """Whether most of an element's text is link text (a list of links, not prose)."""
    total = len(element.text_content().strip())
    if total == 0:
        return False
    linked = sum(len(a.text_content().strip()) for a in element.iter("a"))
    return linked * 2 >= total


def _short_text(element: HtmlElement, limit: int = 80) -> str | None:
    """An element's text if it is short (a label, not a container), else None; stops reading early.

    The text is that of ``itertext()``; more than 13 pieces of text also make a container.
    """
    text = element.text
    if not len(element):  # no child elements: the text is all there is
        return None if text is not None and len(text) > limit else text or ""
    pieces = [] if text is None else [text]
    for child in element:  # children without children of their own are read directly (cheaper)
        if len(child) or not isinstance(child.tag, str):
            return _deep_short_text(element, limit)
        if child.text is not None:
            pieces.append(child.text)
        if child.tail is not None:
            pieces.append(child.tail)
        if len(pieces) > 13:
            return None
    joined = "".join(pieces)
    return joined if len(joined) <= limit else None


def _deep_short_text(element: HtmlElement, limit: int) -> str | None:
    """``_short_text`` of any subtree, by ``itertext`` up to the limits."""
    parts: list[str] = []
    size = 0
    for count, piece in enumerate(element.itertext()):
        size += len(piece)
        if size > limit or count > 12:
            return None
        parts.append(piece)
    return "".join(parts)


def _headings(root: HtmlElement) -> list[tuple[HtmlElement, LinkKind]]:
    """Innermost short elements whose text is a related-block heading, with the kind of links under it
    ("اقرأ أيضاً" / "Read also": read-also; any other: related)."""
    found: dict[HtmlElement, LinkKind] = {}
    for element in root.iter(*_LABEL_TAGS):
        content = _short_text(element)
        if content is None or not _is_related_heading(content):
            continue
        anchors = list(element.iter("a"))
        if len(anchors) > 1 or (anchors and element.tag not in _HEADING_TAGS):
            continue  # a "Read more" link is not a heading
        marker = match_marker(content)
        found[element] = "read-also" if marker is not None and marker[0] == MarkerKind.READ_ALSO else "related"
    return [(e, kind) for e, kind in found.items() if not any(d in found for d in e.iterdescendants())]


def _following_block(heading: HtmlElement) -> list[HtmlElement]:
    """The link-list elements that follow a heading (climbing out of a wrapper that holds only it)."""
    node: HtmlElement | None = heading
    for _ in range(3):
        if node is None or node.tag in ("body", "html", "article", "main"):
            break
        block: list[HtmlElement] = []
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag in _HEADING_TAGS or len(block) >= 10:
                break
            if sibling.tag == "a" or (sibling.find(".//a") is not None and _link_dense(sibling)):
                block.append(sibling)
            elif sibling.text_content().strip():
                break
        if block:
            return [node, *block]
        node = node.getparent()
    return []


def related_blocks(root: HtmlElement) -> list[tuple[HtmlElement, LinkKind]]:
    """Elements that make up related-story blocks, outermost first, none inside another, each with the kind
    of its links (read-also under a read-also heading, else related)."""
    blocks: list[tuple[HtmlElement, LinkKind]] = []
    for heading, kind in _headings(root):
        blocks.extend((element, kind) for element in _following_block(heading))
    for element in root.xpath(_RELATED_XPATH):
        if element.tag not in ("html", "body", "article", "main") and _link_dense(element):
            blocks.append((element, "related"))
    for article in root.iter("article"):
        for aside in article.iter("aside"):
            if aside.find(".//a") is not None and _link_dense(aside):
                blocks.append((aside, "related"))
    chosen = {element for element, _ in blocks}
    unique: dict[HtmlElement, LinkKind] = {}
    for element, kind in blocks:
        if element in unique or any(a in chosen for a in element.iterancestors()):
            continue
        unique[element] = kind
    return list(unique.items())


def related_links(
    blocks: Iterable[tuple[HtmlElement, LinkKind]], base: str | None, own_url: str | None
) -> tuple[Link, ...]:
    """Related links from the blocks: titled anchors with absolute http(s) URLs where resolvable, of the
    block's kind."""
    links: list[Link] = []
    seen: set[str] = set()
    for block, kind in blocks:
        anchors = [block] if block.tag == "a" else block.iter("a")
        for anchor in anchors:
            href = anchor.get("href")
            title = element_text(anchor) or sanitize_line(anchor.get("title") or "")
            if not title or len(title) < 3 or _is_related_heading(title):
                continue
            url = http_url(href, base)
            if url is None and href and (":" in href.split("/")[0] or href.strip().startswith("#")):
                continue  # javascript:, mailto:, in-page anchors
            if url is not None and url == own_url:
                continue
            key = url or _normalize(title)
            if key in seen:
                continue
            seen.add(key)
            links.append(Link(title=title, url=url, kind=kind))
            if len(links) >= MAX_LINKS:
                return tuple(links)
    return tuple(links)
