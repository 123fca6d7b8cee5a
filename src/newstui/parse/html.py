"""HTML page to Article: trafilatura for the body, lxml for metadata and the page's related-links blocks."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urljoin, urlparse, urlsplit

from newstui.errors import ParseError
from newstui.model import Article, Direction, Link
from newstui.parse import guess_language, language_direction, text_direction
from newstui.parse.markers import MarkerKind, match_marker
from newstui.text.normalize import normalize as _normalize
from newstui.text.sanitize import sanitize_line

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["fragment_paragraphs", "http_url", "parse_html"]

MAX_LINKS: Final = 50
MAX_KEYWORDS: Final = 30
MAX_KEYWORD_CHARS: Final = 60
_HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LABEL_TAGS: Final = _HEADING_TAGS | {"strong", "b", "span", "div", "p", "dt", "header", "figcaption", "label", "em"}
_NOT_RELATED: Final = frozenset({"الاكثر قراءه", "الاكثر مشاهده", "most read", "most popular", "popular"})
"""Sidebar list headings the marker vocabulary accepts but that are not about this article (folded)."""
_NON_CONTENT: Final = frozenset({"nav", "header", "footer", "aside", "form", "script", "style", "noscript", "menu"})
_RELATED_XPATH: Final = (
    "(//@class[contains(translate(., 'RELATED', 'related'), 'related')]"
    " | //@id[contains(translate(., 'RELATED', 'related'), 'related')])/parent::*[.//a]"
)
"""Elements whose class or id says "related" and that hold links, in document order.

Scanning the class and id attributes rather than every element is several times faster.
"""
_KEYWORD_SPLIT: Final = re.compile("[,،;؛|]")
_TITLE_SEPARATORS: Final = (" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " / ")
_MIN_LETTERS: Final = 20


def _text(element: HtmlElement) -> str:
    """An element's text as one sanitized line."""
    return sanitize_line(element.text_content())


def _parse(text: str) -> HtmlElement:
    """Parse HTML text into an lxml tree (comments and processing instructions dropped)."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        raise ParseError("no article text found (empty page)") from error
    return root


def _meta(root: HtmlElement) -> dict[str, list[str]]:
    """``<meta>`` contents by lower-cased name/property/itemprop, in document order."""
    found: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if content is None:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attribute)
            if key:
                found.setdefault(key.strip().lower(), []).append(content)
    return found


def _first(meta: dict[str, list[str]], *keys: str) -> str | None:
    """The first non-empty sanitized value among ``keys``."""
    for key in keys:
        for value in meta.get(key, ()):
            clean = sanitize_line(value)
            if clean:
                return clean
    return None


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


def _base_url(root: HtmlElement, url: str | None, meta: dict[str, list[str]]) -> str | None:
    """The URL relative links resolve against: ``<base href>``, else the final URL, else the canonical one."""
    for base in root.iter("base"):
        resolved = http_url(base.get("href"), url)
        if resolved:
            return resolved
    if url and http_url(url, None):
        return url
    return _canonical(root, None, meta)


def _canonical(root: HtmlElement, base: str | None, meta: dict[str, list[str]]) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            resolved = http_url(link.get("href"), base)
            if resolved:
                return resolved
    return http_url(_first(meta, "og:url"), base)


def _is_related_heading(text: str) -> bool:
    """Whether a label is a bare related/read-also heading ("أخبار ذات صلة", "اقرأ أيضاً:", "Related")."""
    found = match_marker(text)
    if found is None or found[0] not in (MarkerKind.RELATED, MarkerKind.READ_ALSO) or found[1]:
        return False
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


def _headings(root: HtmlElement) -> list[HtmlElement]:
    """Innermost short elements whose text is a related-block heading."""
    found: list[HtmlElement] = []
    for element in root.iter(*_LABEL_TAGS):
        content = _short_text(element)
        if content is None or not _is_related_heading(content):
            continue
        anchors = list(element.iter("a"))
        if len(anchors) > 1 or (anchors and element.tag not in _HEADING_TAGS):
            continue  # a "Read more" link is not a heading
        found.append(element)
    marked = set(found)
    return [e for e in found if not any(d in marked for d in e.iterdescendants())]


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


def _related_blocks(root: HtmlElement) -> list[HtmlElement]:
    """Elements that make up related-story blocks, outermost first, none inside another."""
    blocks: list[HtmlElement] = []
    for heading in _headings(root):
        blocks.extend(_following_block(heading))
    for element in root.xpath(_RELATED_XPATH):
        if element.tag not in ("html", "body", "article", "main") and _link_dense(element):
            blocks.append(element)
    for article in root.iter("article"):
        for aside in article.iter("aside"):
            if aside.find(".//a") is not None and _link_dense(aside):
                blocks.append(aside)
    chosen = set(blocks)
    unique: list[HtmlElement] = []
    for element in blocks:
        if element in unique or any(a in chosen for a in element.iterancestors()):
            continue
        unique.append(element)
    return unique


def _links(blocks: Iterable[HtmlElement], base: str | None, own_url: str | None) -> tuple[Link, ...]:
    """Related links from the blocks: titled anchors with absolute http(s) URLs where resolvable."""
    links: list[Link] = []
    seen: set[str] = set()
    for block in blocks:
        anchors = [block] if block.tag == "a" else block.iter("a")
        for anchor in anchors:
            href = anchor.get("href")
            title = _text(anchor) or sanitize_line(anchor.get("title") or "")
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
            links.append(Link(title=title, url=url, kind="related"))
            if len(links) >= MAX_LINKS:
                return tuple(links)
    return tuple(links)


def _keywords(meta: dict[str, list[str]]) -> tuple[str, ...]:
    words: list[str] = []
    seen: set[str] = set()
    for key in ("keywords", "news_keywords", "article:tag"):
        for value in meta.get(key, ()):
            for part in _KEYWORD_SPLIT.split(value):
                word = sanitize_line(part)
                folded = _normalize(word)
                if not word or len(word) > MAX_KEYWORD_CHARS or folded in seen:
                    continue
                seen.add(folded)
                words.append(word)
                if len(words) >= MAX_KEYWORDS:
                    return tuple(words)
    return tuple(words)


def _iso_date(*candidates: str | None) -> str | None:
    """The first candidate that parses as an ISO 8601 date/date-time, normalised."""
    for value in candidates:
        if not value:
            continue
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            continue
        if len(value.strip()) <= 10:
            return parsed.date().isoformat()
        return parsed.isoformat()
    return None


def _site_names(site: str | None, host: str | None) -> set[str]:
    names = {_normalize(site)} if site else set()
    if host:
        names.add(_normalize(host))
        names.add(_normalize(host.split(".")[0]))
    names.discard("")
    return names


def _strip_site(title: str, names: set[str]) -> str:
    """Remove a " - Site" / " | Site" suffix (or "Site | " prefix) naming the site."""
    if not names:
        return title
    for separator in _TITLE_SEPARATORS:
        if separator not in title:
            continue
        head, _, tail = title.rpartition(separator)
        if head.strip() and _normalize(tail) in names:
            return head.strip()
        first, _, rest = title.partition(separator)
        if rest.strip() and _normalize(first) in names:
            return rest.strip()
    return title


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _byline(meta: dict[str, list[str]], extracted: Any) -> str | None:
    """The author: meta author (not a profile URL), else trafilatura's."""
    for candidate in (
        _first(meta, "author", "article:author", "byl", "dc.creator"),
        sanitize_line(getattr(extracted, "author", None) or ""),
    ):
        if candidate and not candidate.startswith(("http://", "https://")):
            return candidate
    return None


def _first_h1(root: HtmlElement) -> str | None:
    for scope in (*root.iter("article"), *root.iter("main"), root):
        for h1 in scope.iter("h1"):
            text = _text(h1)
            if text:
                return text
    return None


def _document_title(root: HtmlElement) -> str | None:
    for title in root.iter("title"):
        text = _text(title)
        if text:
            return text
    return None


def _has_letters(text: str, needed: int) -> bool:
    """Whether ``text`` holds at least ``needed`` letters (``str.isalpha``); stops as soon as it does."""
    for char in text:
        if char.isalpha():
            needed -= 1
            if needed <= 0:
                return True
    return needed <= 0


def _body_paragraphs(body: Any) -> Iterator[str]:
    """Paragraph texts from trafilatura's XML body (p, head, list items, quotes, tables as text)."""
    for element in body:
        if not isinstance(element.tag, str):
            continue
        if element.tag == "list":
            for item in element.iter("item"):
                yield sanitize_line("".join(item.itertext()))
        else:
            yield sanitize_line("".join(element.itertext()))


def _fallback_paragraphs(root: HtmlElement) -> list[str]:
    """``<p>`` texts outside navigation, header, footer and asides, for pages trafilatura finds empty."""
    scopes = list(root.iter("article")) or list(root.iter("main")) or [root]
    paragraphs: list[str] = []
    for scope in scopes:
        for p in scope.iter("p"):
            if any(a.tag in _NON_CONTENT for a in p.iterancestors()):
                continue
            text = _text(p)
            if text:
                paragraphs.append(text)
    return paragraphs


def _extract(root: HtmlElement, url: str | None) -> Any:
    """trafilatura's extraction of the (related-block-free) tree, or None."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            root,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_links=False,
            include_images=False,
        )
    except Exception:  # noqa: BLE001 - trafilatura bugs on odd pages must not stop the lxml fallback
        return None


def parse_html(text: str, *, origin: str, url: str | None = None) -> list[Article]:
    """Extract the article of an HTML page.

    lxml parses the page once; metadata (og:/article: meta, ``<html lang dir>``, canonical link) and
    the related-story blocks (headings such as "أخبار ذات صلة", "اقرأ أيضاً", "Related", class names
    containing "related", asides inside the article) are read from that tree; the related blocks are
    removed and trafilatura extracts title, date, author, site name and body paragraphs from the rest.
    A page where trafilatura finds nothing falls back to its title/h1 and ``<p>`` elements.

    Args:
        text: the decoded (and sanitized) page.
        origin: where it came from; becomes ``Article.origin`` and the id's base.
        url: the final URL after redirects, for resolving relative links.

    Returns:
        A list with one Article.

    Raises:
        ParseError: the page has neither a title nor any paragraph.
    """
    from newstui.parse.ids import article_id

    root = _parse(text)
    meta = _meta(root)
    base = _base_url(root, url, meta)
    canonical = _canonical(root, base, meta)
    own_url = canonical or (url if http_url(url, None) else None)

    blocks = _related_blocks(root)
    related = _links(blocks, base, own_url)
    for block in blocks:
        if block.getparent() is not None:
            block.drop_tree()

    extracted = _extract(root, url or canonical)
    site = _first(meta, "og:site_name", "application-name") or sanitize_line(getattr(extracted, "sitename", None) or "")
    host = _host(own_url) or _host(url)
    names = _site_names(site, host)

    doc_title = _document_title(root)
    candidates = (
        _first(meta, "og:title", "twitter:title"),
        _first_h1(root),
        sanitize_line(getattr(extracted, "title", None) or ""),
        doc_title,
    )
    title = next((_strip_site(c, names) for c in candidates if c), "")

    paragraphs: list[str] = []
    body = getattr(extracted, "body", None)
    if body is not None:
        paragraphs = [p for p in _body_paragraphs(body) if p]
    if not paragraphs:
        paragraphs = _fallback_paragraphs(root)
    folded_title = _normalize(title)
    while paragraphs and _normalize(paragraphs[0]) == folded_title:
        paragraphs.pop(0)
    if not title and not paragraphs:
        raise ParseError("no article text found")
    if not title:
        title = paragraphs[0][:80]

    language = (
        sanitize_line(root.get("lang") or root.get("xml:lang") or "")
        or _first(meta, "content-language", "og:locale", "language")
        or None
    )
    language = language.replace("_", "-") if language else None
    sample = " ".join([title, *paragraphs[:20]])
    declared = (root.get("dir") or "").strip().lower()
    default: Direction | None = (
        "rtl" if declared == "rtl" else "ltr" if declared == "ltr" else language_direction(language)
    )
    direction = text_direction(sample, default or "ltr")
    if default is not None and not _has_letters(sample[:2000], _MIN_LETTERS):
        direction = default  # too few letters to outvote the page's declaration

    article = Article(
        id=article_id(origin, 0),
        title=title,
        paragraphs=tuple(paragraphs),
        source=site or host,
        section=_first(meta, "article:section", "section")
        or sanitize_line(next(iter(getattr(extracted, "categories", None) or []), ""))
        or None,
        attribution=_byline(meta, extracted),
        published=_iso_date(
            _first(meta, "article:published_time", "og:published_time", "datepublished", "pubdate", "date"),
            getattr(extracted, "date", None),
        ),
        url=own_url,
        origin=origin,
        language=language or guess_language(sample),
        direction=direction,
        keywords=_keywords(meta),
        related=related,
    )
    return [article]


_BLOCK_TAGS: Final = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "table", "tr", "section", "article", "header", "footer", "figure",
        "figcaption", "hr", "aside", "main", "nav", "address", "center",
    }
)  # fmt: skip
_SKIP_TAGS: Final = frozenset({"script", "style", "noscript", "template", "head", "title"})

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
            breaks = kind != _INLINE
        else:
            lists = _FAST_ITEMS.get(name)
            if (parent == _LIST or lists is not None) and (lists is None or not stack or stack[-1] not in lists):
                return None  # a list holds only its items, an item is only in its list
            if (kind != _INLINE and parent in (_INLINE, _TEXT_BLOCK)) or (name == "a" and "a" in stack):
                return None
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
                paragraphs.append(line)
            current.clear()
        after_break = breaks
    text = parts[-1]
    if text:
        if "<" in text or "&" in text or (kinds and kinds[-1] == _LIST and not text.isspace()):
            return None
        current.append(text)
    line = sanitize_line("".join(current))
    if line:
        paragraphs.append(line)
    return paragraphs


def fragment_paragraphs(fragment: str) -> list[str]:
    """Plain paragraphs of an HTML fragment (a feed summary): breaks at block elements and ``<br>``.

    Script and style contents are dropped; entities are decoded; every paragraph is sanitized.
    Nesting deeper than lxml's limit is cut off, never recursed into.

    Args:
        fragment: HTML markup, possibly not well-formed.

    Returns:
        The non-empty paragraphs in order.
    """
    if "<" not in fragment and "&" not in fragment:
        return [p for p in (sanitize_line(line) for line in fragment.split("\n\n")) if p]
    fast = _fast_paragraphs(fragment)
    if fast is not None:
        return fast
    return _tree_paragraphs(fragment)


def _tree_paragraphs(fragment: str) -> list[str]:
    """fragment_paragraphs through lxml's HTML parser (any markup)."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(f"<div>{fragment}</div>".encode(), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return []
    paragraphs: list[str] = []
    current: list[str] = []
    skipping = 0

    def flush() -> None:
        line = sanitize_line("".join(current))
        if line:
            paragraphs.append(line)
        current.clear()

    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _SKIP_TAGS:
                skipping += 1
            elif tag in _BLOCK_TAGS:
                flush()
            if not skipping and element.text and tag:
                current.append(element.text)
        else:
            if tag in _SKIP_TAGS:
                skipping -= 1
            elif tag in _BLOCK_TAGS:
                flush()
            if not skipping and element.tail:
                current.append(element.tail)
    flush()
    return paragraphs
