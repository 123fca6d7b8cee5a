"""HTML page to Article: trafilatura for the body, lxml for metadata (related links: ``html_links``)."""

from __future__ import annotations

import dataclasses
import html as _html
import itertools
import re
from typing import TYPE_CHECKING, Any, Final

from newstui.addresses import without_userinfo
from newstui.errors import ParseError
from newstui.model import Article, Direction, Link
from newstui.parse import guess_language, language_direction, text_direction
from newstui.parse.bylines import author_credit, listed_names, named_author
from newstui.parse.html_body import (
    BULLET,
    NESTED_BULLET,
    body_paragraphs,
    bold_lead,
    bold_over,
    box_permalink,
    broken_text,
    captions_in_place,
    credits_line,
    drop_amp_placeholders,
    drop_closing_head,
    drop_repeated_title,
    drop_site_boxes,
    fallback_paragraphs,
    glued,
    is_tool_line,
    leads_in_place,
    own_paragraphs,
    quote_credits,
    story_asides,
    story_boxes,
    times_in_text,
    unmark_cards,
    unwrap_fonts,
    unwrap_layout_tables,
)
from newstui.parse.html_byline import AUTHOR_KEYS, credited_byline, headline_line, site_byline, tweet_credits
from newstui.parse.html_comments import drop_comments
from newstui.parse.html_controls import make_xml_safe
from newstui.parse.html_dates import DATE_KEYS, published, stamp_updates
from newstui.parse.html_index import index_article, is_section_heading, story_cards
from newstui.parse.html_links import (
    MAX_LINKS,
    http_url,
    is_pager_line,
    next_page,
    pager_link_title,
    related_blocks,
    related_links,
)
from newstui.parse.html_meta import (
    body_byline,
    breadcrumb_section,
    byline_line,
    closing_attribution,
    closing_byline,
    closing_tags,
    is_badge_line,
    is_desk,
    is_generic_title,
    is_newsletter_plea,
    jsonld_keywords,
    jsonld_paragraphs,
    jsonld_published,
    jsonld_urls,
    marked_dateline,
    split_agency,
    tags_element,
    title_parts,
    title_separator,
)
from newstui.parse.html_nextdata import has_next_data, next_data_story, thin_beside
from newstui.parse.html_title import (
    document_title,
    first_h1,
    heading_headline,
    host,
    kicker_dropped,
    names_the_site,
    site,
    site_names,
    strip_site,
    title,
    title_headline,
)
from newstui.parse.plaintext_byline import place_agency
from newstui.parse.plaintext_cues import is_closing_boilerplate
from newstui.parse.plaintext_dates import dateline_agency, dateline_kind, iso_date, lead_agency, lead_dateline
from newstui.parse.plaintext_drafts import glued_agency
from newstui.parse.plaintext_lines import headline_like, lead_title
from newstui.text.normalize import normalize as _normalize
from newstui.text.sanitize import sanitize_line
from newstui.text.script import has_rtl_letters

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["EXTRACT_OPTIONS", "parse_html"]

MAX_KEYWORDS: Final = 30
MAX_KEYWORD_CHARS: Final = 60
_KEYWORD_SPLIT: Final = re.compile("[,،;؛|]")
_MIN_LETTERS: Final = 20


def _parse(text: str) -> HtmlElement:
    """Parse HTML text into an lxml tree (comments and processing instructions dropped).

    The text itself is parsed: lxml hands libxml2 the characters as Python stores them, with their
    encoding, which skips encoding a UTF-8 copy of the page first (~0.1 ms of a 130 KB page) and gives
    the same tree. The UTF-8 bytes are parsed instead when lxml refuses the text (an XML declaration
    naming an encoding) or libxml2 could not read a character of it (a lone surrogate, which encoding
    refuses, as it always did).
    """
    root = _read(text) if not text.startswith("<?xml") else None
    if root is None:
        root = _read(text.encode("utf-8"))
        assert root is not None  # bytes are never refused for their characters
    if len(text) > MAX_ATTRIBUTE and _LONG_VALUE.search(text) is not None:
        _cut_long_values(root)
    return root


MAX_ATTRIBUTE: Final = 4096
"""Longest attribute value a page's tree keeps (``_cut_long_values``); a link's address is 2,000 characters at most."""
_LONG_VALUE: Final = re.compile(
    rf"""=[ \t\n\r\f]*(?:"[^"]{{{MAX_ATTRIBUTE + 1}}}|'[^']{{{MAX_ATTRIBUTE + 1}}}"""
    rf"""|[^ \t\n\r\f>"'][^ \t\n\r\f>]{{{MAX_ATTRIBUTE}}})"""
)
"""Where the markup may hold an attribute value longer than ``MAX_ATTRIBUTE``: after an ``=``, that many characters
of a quoted value or an unquoted one (a value's markup is never shorter than the value: references only shorten).
A match in a script's text is a false alarm, which costs one walk of the tree's attributes and changes nothing."""
_LONG_VALUES: Final = f"//@*[string-length(.) > {MAX_ATTRIBUTE}]"
_TEXT_SEPARATOR: Final = re.compile(r"[\s,،;؛|]")


def _cut_long_values(root: HtmlElement) -> None:
    """Drop the attribute values longer than ``MAX_ATTRIBUTE`` (a saved page's inline ``data:`` pictures, a
    megabyte of ``class``): trafilatura's work grows with them (every XPath test of a ``class`` reads all of it; a
    5 MB one took 6 s). No address, class or name is that long; a ``<meta>`` value (keywords, a description) is
    text: it is cut after its last separator within the bound, so its first words stay."""
    for value in root.xpath(_LONG_VALUES):
        element = value.getparent()
        name = value.attrname
        if name == "content" and element.tag == "meta":
            cut = str(value)[: MAX_ATTRIBUTE + 1]
            element.set(name, cut[: max((found.start() for found in _TEXT_SEPARATOR.finditer(cut)), default=0)])
        else:
            del element.attrib[name]


def _read(source: str | bytes) -> HtmlElement | None:
    """``_parse`` of the text or its UTF-8 bytes; None when libxml2 could not read a character of the text."""
    import lxml.etree
    import lxml.html

    encoding = "utf-8" if isinstance(source, bytes) else None
    for huge in (False, True):
        parser = lxml.html.HTMLParser(encoding=encoding, remove_comments=True, remove_pis=True, huge_tree=huge)
        try:
            root = lxml.html.document_fromstring(source, parser=parser)
        except (lxml.etree.ParserError, ValueError) as error:
            too_deep, unreadable = _trouble(parser)
            if unreadable and encoding is None:
                return None
            if not too_deep:
                raise ParseError("no article text found (empty page)") from error
            continue
        too_deep, unreadable = _trouble(parser)
        if unreadable and encoding is None:
            return None
        if not too_deep:
            if huge:
                _flatten(root, _DEEP_LIMIT)
            return root
    # libxml2 stops reading a page nested deeper than its limit (256 levels, 2,048 with huge_tree):
    # what it dropped is the rest of the page, so the article would be silently cut.
    raise ParseError(f"page nested too deeply (over {_HUGE_DEPTH:,} levels)")


def _trouble(parser: Any) -> tuple[bool, bool]:
    """Whether libxml2 stopped at its nesting limit (the rest of the page was dropped), and whether it met
    characters it could not read (of a text: a lone surrogate); one pass over its errors."""
    too_deep = unreadable = False
    for error in parser.error_log:
        message = error.message
        too_deep = too_deep or "Excessive depth" in message
        unreadable = unreadable or "Invalid bytes in character encoding" in message
    return too_deep, unreadable


_HUGE_DEPTH: Final = 2048
"""libxml2's nesting limit with ``huge_tree`` (``XML_PARSE_HUGE``); 256 without it."""


_DEEP_LIMIT: Final = 64
"""Levels kept as they are in a page nested deeper than libxml2's usual limit (``_flatten``)."""
_FLAT_KEEP: Final = frozenset({"p", "a", "br", "img", "h1", "h2", "h3", "h4", "h5", "h6", "title", "meta", "link"})


def _flatten(root: HtmlElement, limit: int) -> None:
    """Unwrap the elements nested more than ``limit`` levels deep (their text and children stay where
    they were), but paragraphs, links, headings and images: trafilatura's work grows with the square
    of the nesting (2,000 nested blocks of prose took 30 s and 294 MB). Only pages deeper than
    libxml2's usual 256 levels get here, so an ordinary page is never walked twice."""
    deep: list[HtmlElement] = []
    stack: list[tuple[HtmlElement, int]] = [(root, 0)]
    while stack:
        element, depth = stack.pop()
        for child in element:
            if depth + 1 > limit and child.tag not in _FLAT_KEEP and isinstance(child.tag, str):
                deep.append(child)
            stack.append((child, depth + 1))
    for element in deep:
        element.drop_tag()


MANY_ELEMENTS: Final = 5000
"""Elements of a page past which its crowded blocks are thinned before it is read (``_thin_runs``)."""
LONG_RUN: Final = 200
"""Links in a row kept of a longer run of them on a page of more than ``MANY_LINKS`` links (``_thin_runs``)."""
MANY_LINKS: Final = 10_000
"""Links (``<a>``s) of a page past which each run of them is cut to ``LONG_RUN`` (``_thin_runs``)."""
HUGE_RUN: Final = 2000
"""Links in a row kept of a longer run of them on a page of fewer links (``_thin_runs``): a story's own list of
sources by the hundred stays whole."""
CROWDED_BLOCK: Final = 1000
"""Inline elements (``_INLINE``) of one block kept as they are (``_thin_runs``)."""
MANY_INLINE: Final = 10_000
"""Inline elements (``_INLINE``) of a page kept as they are (``_thin_runs``)."""
_INLINE: Final = frozenset(
    {"span", "font", "b", "strong", "i", "em", "u", "small", "big", "sub", "sup", "mark", "ins", "nobr", "img"}
    | {"abbr", "acronym", "bdi", "bdo", "cite", "data", "dfn", "kbd", "samp", "tt", "var"}
)
"""Elements trafilatura strips, keeping their text (formatting too: newstui asks for none); not ``<a>``, whose
text it weighs as links', nor ``<code>``, which it keeps."""
_RUN_SEPARATOR: Final = re.compile(r"[\s|·•,،;؛/\-–—]*")
"""What may stand between the links of a run: nothing, spaces, a bar, a dot, a comma, a dash."""
_CUT: Final = "newstui-cut"
_UNWRAPPED: Final = "newstui-unwrapped"


def _thin_runs(root: HtmlElement, elements: list[HtmlElement]) -> None:
    """Thin a page of more than ``MANY_ELEMENTS`` elements (``elements``, in document order) before it is read:
    a run of more than ``HUGE_RUN`` links in a row (sibling ``<a>``s, or ``<li>``s, ``<div>``s … each holding one
    link and nothing else, only spaces or a separator between them; not paragraphs) is cut to its first
    ``HUGE_RUN``, or, on a page of more than ``MANY_LINKS`` links, one of more than ``LONG_RUN`` to its first
    ``LONG_RUN`` (a story's list of 300 sources is whole on a page that is no site index); the ``<span>``s,
    ``<b>``s, ``<font>``s … (``_INLINE``) of a block past its first
    ``CROWDED_BLOCK``, and those of the page past its first ``MANY_INLINE``, are unwrapped (their text, tails and
    other children stay where they were).

    trafilatura's work grows faster than the page with these (100,000 links in a row took 14 s; 10,000 ``<b>``s in
    a ``<div>`` 5 s, 40,000 ``<span>``s 170 s, and 200 paragraphs of 200 ``<span>``s 6.5 s: it strips them, and
    libxml2 checks each text node an XPath finds against all those found before). A list of links by the thousand
    is the site's index, no part of the story, and no related list or index page shows more than ``MAX_LINKS`` of
    it. Only a block of more than ``LONG_RUN`` children is looked into; the elements are cut, and unwrapped (their
    text joined), at once, by libxml2: one at a time, each would add its text to a string that grows."""
    import lxml.etree

    cut = False
    unwrapped: list[HtmlElement] = []
    long_run = LONG_RUN if sum(1 for element in elements if element.tag == "a") > MANY_LINKS else HUGE_RUN
    for parent in elements:
        if len(parent) <= LONG_RUN:
            continue
        links = inline = 0
        for child in parent:
            if child.tag in _INLINE:
                inline += 1
                if inline > CROWDED_BLOCK:
                    unwrapped.extend(child.iter(*_INLINE))
            if _link_item(child) and (not child.tail or _RUN_SEPARATOR.fullmatch(child.tail)):
                links += 1
                if links > long_run:
                    child.tag, cut = _CUT, True
            else:
                links = 0
    for element in unwrapped:
        element.tag = _UNWRAPPED
    if len(elements) > MANY_INLINE:  # (those left: the ones unwrapped above are no longer ``_INLINE``)
        for element in itertools.islice(root.iter(*_INLINE), MANY_INLINE, None):
            element.tag = _UNWRAPPED
            unwrapped.append(element)
    if cut:
        lxml.etree.strip_elements(root, _CUT, with_tail=True)
    if not unwrapped:
        return
    # Their text goes to the nearest element left: one text node there where they leave a run of them.
    joined = {
        parent for element in unwrapped if (parent := element.getparent()) is not None and parent.tag != _UNWRAPPED
    }
    lxml.etree.strip_tags(root, _UNWRAPPED)
    for parent in joined:
        parent.text = parent.text
        for child in parent:
            child.tail = child.tail


def _link_item(element: HtmlElement) -> bool:
    """Whether an element is a link (``<a>``) or holds one and nothing else (``<li><a>…</a></li>``); not a
    paragraph (``<p>``): a run of those is the story's, even of links."""
    if element.tag == "p":
        return False
    while element.tag != "a":
        if len(element) != 1 or (element.text and not element.text.isspace()):
            return False
        element = element[0]
        if element.tail and not element.tail.isspace():
            return False
    return True


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
    """The page's own address: ``<link rel="canonical">``, else og:url, else the address its JSON-LD story
    gives itself (``mainEntityOfPage``, ``url``): that one only when absolute (http or https)."""
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            resolved = http_url(link.get("href"), base)
            if resolved:
                return resolved
    found = http_url(_first(meta, "og:url"), base)
    if found is None:
        found = next(filter(None, (http_url(value, None) for value in jsonld_urls(root))), None)
    return found


def _keywords(meta: dict[str, list[str]], tags: Any) -> tuple[str, ...]:
    """The meta keywords, else the tags trafilatura found (``rel="tag"`` links, tag lists); a tag line taken from
    the text (``_take_tags``) is given as trafilatura's are. A hashtag is its word ("#حدائق": "حدائق")."""
    words: list[str] = []
    seen: set[str] = set()
    values = [value for key in ("keywords", "news_keywords", "article:tag") for value in meta.get(key, ())]
    if not values and isinstance(tags, list):
        values = [tag for tag in tags if isinstance(tag, str)]
    for value in values:
        for part in _KEYWORD_SPLIT.split(value):
            word = sanitize_line(part).lstrip("#").strip()  # a hashtag's word without its "#" ("C#" kept), as in text
            folded = _normalize(word)
            if not word or len(word) > MAX_KEYWORD_CHARS or folded in seen:
                continue
            seen.add(folded)
            words.append(word)
            if len(words) >= MAX_KEYWORDS:
                return tuple(words)
    return tuple(words)


_JAVASCRIPT: Final = re.compile(
    r"(?:enable|turn on|activate|requires?|needs?|تفعيل|فعّ?ل|يتطلب|يحتاج)\b.{0,40}?"
    r"(?:java\s?script|جافا\s?سكري?بت|جافاسكري?بت)",
    re.IGNORECASE,
)
"""A ``<noscript>`` plea: a verb asking for JavaScript, then its name ("enable JavaScript", "تفعيل جافاسكربت")."""


_ONLY_JAVASCRIPT: Final = "the page shows its story only with JavaScript, which newstui does not run"
_LOADING: Final = re.compile(r"(?:(?:جار[يٍ]?|يتم|يجري)\s+(?:ال)?تحميل|loading)\s*(?:\.{2,}|…)?\s*$", re.IGNORECASE)
"""A script's loader closing a short page's paragraph ("جاري التحميل...", "Loading…"): no text of the page's."""
_BORROWED_CHARS: Final = 300
"""Most characters of the paragraphs of a page checked for being only its links' and menus' words."""
_MENU_TAGS: Final = ("a", "nav", "header", "footer", "aside", "menu", "form")
"""Where a page's own words are not: links and navigation (not its scripts: JSON-LD holds the story's text)."""


def _only_borrowed(root: HtmlElement, paragraphs: list[str], title: str) -> bool:
    """Whether a page's few, short paragraphs are all the words of its title, links and menus (a page of
    navigation only, trafilatura gluing a menu into a line): no text of its own. Longer text is not looked at."""
    if sum(map(len, paragraphs)) > _BORROWED_CHARS:
        return False
    own = own_paragraphs(root, [p.lstrip(f"{BULLET}{NESTED_BULLET} ") for p in paragraphs], title, _MENU_TAGS)
    return not own


def _asks_for_javascript(paragraph: str) -> bool:
    """Whether a paragraph is a page's ``<noscript>`` plea ("Please enable JavaScript", "يجب تفعيل جافاسكربت")."""
    return len(paragraph) < 200 and _JAVASCRIPT.search(paragraph) is not None


def _first_text(body: Any) -> str | None:
    """The first line of the first paragraph (``<p>``) of trafilatura's XML body, or None."""
    if body is None:
        return None
    for paragraph in body.iter("p"):
        for line in broken_text(paragraph):
            return line
    return None


def _has_letters(text: str, needed: int) -> bool:
    """Whether ``text`` holds at least ``needed`` letters (``str.isalpha``); stops as soon as it does."""
    for char in text:
        if char.isalpha():
            needed -= 1
            if needed <= 0:
                return True
    return needed <= 0


EXTRACT_OPTIONS: Final[dict[str, Any]] = {
    "with_metadata": True,
    "include_comments": False,
    # Data tables are part of the story (results, prices, timetables); layout tables are unwrapped
    # before extraction (``unwrap_layout_tables``) so a page's menu cell never becomes a row.
    "include_tables": True,
    "include_links": False,
    "include_images": False,
    # Dates from the page's markup only (time elements, meta, URL), not guessed from its text:
    # a footer's "© 2024" would date every undated page January 1st and sort it with the news.
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}
"""The options ``trafilatura.bare_extraction`` gets (the benchmark's baseline passes the same)."""


def _extract(root: HtmlElement, url: str | None) -> Any:
    """trafilatura's extraction of the (related-block-free, layout-table-free) tree, or None.

    A page holding a character no XML tree may (a control, raw or as ``&#8;``) gives trafilatura nothing: it
    copies the tree, fails, and gives up on the whole page. Only then is the tree made XML-safe (``make_xml_safe``)
    and read again, so no other page pays for the walk."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(root, url=url, **EXTRACT_OPTIONS)
        if found is None and make_xml_safe(root):
            found = trafilatura.bare_extraction(root, url=url, **EXTRACT_OPTIONS)
    except Exception:  # noqa: BLE001 - trafilatura bugs on odd pages must not stop the lxml fallback
        return None
    return found


def _declared_direction(root: HtmlElement, meta: dict[str, list[str]]) -> tuple[str | None, Direction | None]:
    """The page's declared language (``<html lang>``, else its meta) and the direction it declares: its
    ``dir``, else its language's (``text.script.RTL_LANGUAGES``: "ckb" too), None when neither tells."""
    language = (
        sanitize_line(root.get("lang") or root.get("xml:lang") or "")
        or _first(meta, "content-language", "og:locale", "language")
        or None
    )
    language = language.replace("_", "-") if language else None
    declared = (root.get("dir") or "").strip().lower()
    return language, "rtl" if declared == "rtl" else "ltr" if declared == "ltr" else language_direction(language)


def _language_direction(
    root: HtmlElement, meta: dict[str, list[str]], sample: str, *, story: bool = True
) -> tuple[str | None, Direction]:
    """The page's declared language (``<html lang>``, else its meta) and its direction: the text's
    (``sample``), the page's ``dir`` or its language's when the text has too few letters to tell.

    A declared language written the other way than the text (a WordPress theme's ``lang="en-US"`` over an
    Arabic story) is not the text's: the text's own is given (``guess_language``, maybe None), as for feeds;
    not on an index (``story`` false), whose sample is only its cards' headlines.
    """
    language, default = _declared_direction(root, meta)
    direction = text_direction(sample, default or "ltr")
    if not _has_letters(sample[:2000], _MIN_LETTERS):
        if default is not None:
            direction = default  # too few letters to outvote the page's declaration
    elif story and language is not None and language_direction(language) not in (None, direction):
        if _plainly_written(sample[:_SCRIPT_SAMPLE], direction):
            language = guess_language(sample)
    return language, direction


_SCRIPT_SAMPLE: Final = 2000
_PLAIN_MAJORITY: Final = 4
"""How many times the letters of one direction must outnumber the other's for a text to be plainly in it."""


def _plainly_written(sample: str, direction: Direction) -> bool:
    """Whether the letters of ``sample`` are plainly (``_PLAIN_MAJORITY`` to one) of ``direction``'s scripts:
    a story in Arabic with an English name or two, not a page mixing both about evenly."""
    rtl = sum(1 for char in sample if char.isalpha() and has_rtl_letters(char))
    ltr = sum(1 for char in sample if char.isalpha()) - rtl
    mine, other = (rtl, ltr) if direction == "rtl" else (ltr, rtl)
    return mine >= _MIN_LETTERS and mine >= _PLAIN_MAJORITY * other


_GENERIC_CREDITS: Final = frozenset(_normalize(word) for word in ("وكالات", "agencies"))
"""Credits that name no one agency ("وكالات"): the lead's own agency is given beside them, as in a text file."""
_BADGES_WITHIN: Final = 4
"""How far down the paragraphs a live blog's badges ("مباشر", "آخر تحديث: 11:45") are looked for."""


class _Page:
    """A parsed page and what it says of itself: tree, ``<meta>``, addresses, host, dates, trafilatura's reading."""

    __slots__ = ("base", "canonical", "dates", "extracted", "host", "meta", "own_url", "root", "url")

    def __init__(self, root: HtmlElement, url: str | None) -> None:
        self.root = root
        self.meta = _meta(root)
        self.url = url
        self.base = _base_url(root, url, self.meta)
        self.canonical = _canonical(root, self.base, self.meta)
        self.own_url = self.canonical or (url if http_url(url, None) else None)
        self.host = host(self.own_url) or host(url)
        self.dates: list[str] = []
        self.extracted: Any = None


class _Names:
    """What names the page and its site: ``<title>`` and its parts, og:site_name, the site's names, ``<h1>``s."""

    __slots__ = ("doc_title", "h1", "known", "logo", "og_site", "parts")

    def __init__(
        self, doc_title: str | None, og_site: str | None, known: set[str], h1: str | None, logo: str | None
    ) -> None:
        self.doc_title = doc_title
        self.parts = title_parts(doc_title)
        self.og_site = og_site
        self.known = known
        self.h1 = h1
        self.logo = logo


class _Story:
    """The article being drawn up: its headline, paragraphs and site, and the credits taken from its lines."""

    __slots__ = ("attribution", "late", "line_author", "line_date", "paragraphs", "site", "tags", "title")

    def __init__(self, title: str, paragraphs: list[str], site: str | None, late: bool) -> None:
        self.title = title
        self.paragraphs = paragraphs
        self.site = site
        self.late = late  # no headline of the page's own: the lead's line or any title stands in
        self.attribution: str | None = None
        self.line_author: str | None = None
        self.line_date: str | None = None
        self.tags: tuple[str, ...] = ()  # the tags of the tag line under the text ("الكلمات الدالة: …")


def _take_related(page: _Page) -> tuple[tuple[Link, ...], Link | None]:
    """The related stories' links and the next page's (a story split over pages), their blocks dropped."""
    root = page.root
    blocks = related_blocks(root)
    related = related_links(blocks, page.base, page.own_url)
    following = next_page(root, page.base, page.own_url, _declared_direction(root, page.meta)[1] or "ltr")
    if following is not None and all(link.url != following.url for link in related):
        related = (*related, following)  # the rest of a story split over pages: followed with its number
    for block, _ in blocks:
        if block.getparent() is not None:
            block.drop_tree()
    return related, following


def _tidy(root: HtmlElement) -> None:
    """Ready the tree for trafilatura: comments and sign-up boxes dropped, layout unwrapped, captions, times and
    credits in place."""
    drop_comments(root)
    unwrap_fonts(root)
    unwrap_layout_tables(root)
    unmark_cards(root)
    story_asides(root)
    drop_amp_placeholders(root)
    drop_site_boxes(root)
    captions_in_place(root)
    quote_credits(root)
    leads_in_place(root)
    times_in_text(root)
    stamp_updates(root)
    tweet_credits(root)


def _extract_story(page: _Page) -> None:
    """Read the page's declared publication times (before trafilatura reads it), then its extraction."""
    meta_date = _first(page.meta, *DATE_KEYS)
    page.dates = [meta_date] if meta_date else jsonld_published(page.root)  # JSON-LD: a time of day trafilatura drops
    address = page.url or page.canonical
    # trafilatura names an unnamed site after the address's host, user name and password included.
    page.extracted = _extract(page.root, without_userinfo(address) if address and "@" in address else address)


def _paragraphs(page: _Page) -> list[str]:
    """trafilatura's paragraphs (its one JSON-LD articleBody split), else the page's own ``<p>`` elements."""
    paragraphs: list[str] = []
    body = getattr(page.extracted, "body", None)
    if body is not None:
        paragraphs = [p for p in body_paragraphs(body) if p]
    if len(paragraphs) == 1 and (split := jsonld_paragraphs(page.root, paragraphs[0])) is not None:
        paragraphs = split  # trafilatura's one paragraph is the JSON-LD articleBody, its paragraphs run together
    if len(paragraphs) <= 1:
        # A short page is given back by trafilatura's last resort as all its text in one piece (the
        # headline glued to the paragraphs): the page's own <p> elements, when they hold that text.
        fallback = fallback_paragraphs(page.root)
        if not paragraphs or (fallback and glued(paragraphs[0], fallback, page.root)):
            paragraphs = fallback
    return paragraphs


def _names(page: _Page) -> _Names:
    """The page's ``<title>``, og:site_name, its site's names and its first ``<h1>``s: a headline and a logo."""
    doc_title = document_title(page.root)
    og_site = _first(page.meta, "og:site_name", "application-name")
    known = site_names(og_site, page.host)
    h1, logo = first_h1(page.root, known, page.host)
    if logo:
        known.add(_normalize(logo))
    return _Names(doc_title, og_site, known, h1, logo)


def _index_page(
    page: _Page, names: _Names, related: tuple[Link, ...], following: Link | None, origin: str
) -> Article | None:
    """The page as an index of story cards, when it has no headline but a section's name and is no article; its
    next page (``following``: a category's pager) a link after its cards, no story of its count."""
    says_article = (_first(page.meta, "og:type") or "").lower() == "article"
    page_titles = (_first(page.meta, "og:title"), names.doc_title)
    if (names.h1 is not None and not is_section_heading(names.h1, names.doc_title)) or says_article:
        return None
    cards = story_cards(page.root, page.base, page.own_url, page_titles, names.known)
    if cards is None:
        return None
    # A homepage or a section's front (its <h1> the section's name, a part of its <title>): story
    # cards, no story of its own. Its cards, and any related links, are its links. Not a page that
    # says it is an article (its story may be in its JSON-LD only).
    # Its next page (a pager's, <link rel="next">) is none of its stories: a link after them, not counted.
    next_url = following.url if following is not None else None
    stories = (*cards, *(link for link in related if all(link.url != card.url for card in cards)))
    cards = tuple(link for link in stories if next_url is None or link.url != next_url)
    cards = cards[: MAX_LINKS - 1 if following is not None else MAX_LINKS]
    # Its <h1>, a section's name, is the <title>'s part beside the site's: "اقتصاد - موقع المدار".
    headings = (names.h1, _first(page.meta, "og:title"))
    site_name = (
        site(names.og_site, page.extracted, page.host, names.doc_title, headings, root=page.root)
        or names.logo
        or page.host
    )
    return index_article(
        cards,
        site_name,
        page_titles,
        (origin, page.own_url),
        lambda sample: _language_direction(page.root, page.meta, sample, story=False),
        following,
    )


def _headlines(page: _Page, names: _Names, paragraphs: list[str]) -> tuple[str | None, str | None, str]:
    """The headline's candidates: og:title, the page's heading, trafilatura's title (or a ``<title>`` part)."""
    first_text = _first_text(getattr(page.extracted, "body", None)) or next(iter(paragraphs), None)
    heading = names.h1 or heading_headline(page.root, first_text, names.parts)
    extracted_title = sanitize_line(getattr(page.extracted, "title", None) or "")
    if len(names.parts) >= 2 and (
        not extracted_title or _normalize(extracted_title) in _normalize(names.doc_title or "")
    ):
        # trafilatura takes the <title>'s first part, the site's name in "Site - Headline": the part
        # the page bears out (a heading, a bold lead, the first paragraph's start), else the longest.
        evidence = (heading, bold_lead(page.root), first_text)
        extracted_title = (
            title_headline(names.parts, evidence, names.known, title_separator(names.doc_title) or " - ")
            or extracted_title
        )
    og_title = _unescaped(_first(page.meta, "og:title", "twitter:title"), (heading, names.doc_title))
    return (kicker_dropped(og_title, names.h1), heading, extracted_title)


_LEFT_REFERENCE: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
"""A character reference left in a meta value escaped twice (``&amp;#8220;`` gives ``&#8220;``)."""


def _unescaped(value: str | None, shown: tuple[str | None, ...] = ()) -> str | None:
    """A meta value with the character references an SEO plugin escaped twice decoded (``&#8220;الصحة&#8221;``
    gives ``“الصحة”``), each once, alone; one the page's heading or ``<title>`` shows as it is (``&amp;`` in a
    story about that reference) is the headline's text and stays."""
    if value is None or "&" not in value:
        return value
    kept = [text for text in shown if text and "&" in text]

    def decoded(found: re.Match[str]) -> str:
        reference = found.group()
        return reference if any(reference in text for text in kept) else _html.unescape(reference)

    return sanitize_line(_LEFT_REFERENCE.sub(decoded, value)) or None


def _any_title(candidates: tuple[str | None, ...]) -> str:
    """The first candidate without a generic suffix ("| Home"), whatever it is: the site's name will do."""
    return next((strip_site(candidate, set()) for candidate in candidates if candidate), "")


def _story(page: _Page, names: _Names, paragraphs: list[str]) -> _Story:
    """The headline, site and paragraphs; ParseError for a page with neither a headline nor text of its own."""
    headlines = _headlines(page, names, paragraphs)
    site_name = site(names.og_site, page.extracted, page.host, names.doc_title, headlines, root=page.root) or names.logo
    known = site_names(site_name, page.host) | names.known
    candidates = (*headlines, names.doc_title)
    headline = title(candidates, known)
    if headline and (bold := _bold_headline(page.root, names, headlines, paragraphs)) is not None:
        # "<title>جريدة الوطن</title>" over "<b>headline</b><br>الأحد 29 نوفمبر 2026": the <title> is the site's.
        headline, site_name = bold, site_name or names.doc_title
    if not headline and paragraphs and (bold := _bold_above(page.root, paragraphs)) is not None:
        headline = bold  # "<td><font size="4"><b>…</b></font></td>" over the cell trafilatura took
    late = not headline
    if late:
        # With no headline of its own, a page is an article only for a paragraph of its own: not its
        # title again, not the text of its links and menus ("Home").
        own = own_paragraphs(
            page.root, [p.lstrip(f"{BULLET}{NESTED_BULLET} ") for p in paragraphs], _any_title(candidates)
        )
        if not own:
            raise ParseError("no article text found")
    lead = lead_title(paragraphs[0]) if not headline and paragraphs else ""
    if lead and not is_generic_title(lead) and not names_the_site(lead, known):
        headline = lead
        # A first line that is a headline (no sentence's full stop) is the title, not also a paragraph;
        # a first sentence stays the lead.
        if headline == paragraphs[0] and len(paragraphs) > 1:
            paragraphs.pop(0)
    if not headline:
        # Nothing but the site's name or a generic title ("تفاصيل الخبر"): better than no article.
        headline = _any_title(candidates)
    return _Story(headline, paragraphs, site_name, late)


_BOLD_HEADLINE_WORDS: Final = 3


def _bold_above(root: HtmlElement, paragraphs: list[str]) -> str | None:
    """An old page's bold headline in a cell or line of its own above the story, which trafilatura left out
    (``bold_over``), for a page with no headline else: a line of three words or more that is no sentence
    (``lead_title``), no label ("أخبار ذات صلة") nor generic title, in none of the paragraphs; else None."""
    from newstui.parse.markers import match_marker

    bold = bold_over(root, paragraphs[0])
    if bold is None or len(bold.split()) < _BOLD_HEADLINE_WORDS or lead_title(bold) != bold:
        return None
    if match_marker(bold) is not None or is_generic_title(bold):
        return None
    folded = _normalize(bold)
    return None if any(folded in _normalize(paragraph) for paragraph in paragraphs) else bold


"""Fewest words of a bold first line taken for the headline over a ``<title>`` that names only the site."""


def _bold_headline(
    root: HtmlElement, names: _Names, headlines: tuple[str | None, str | None, str], paragraphs: list[str]
) -> str | None:
    """An old page's bold headline over its dateline or byline (``<b>…</b><br>الأحد 29 نوفمبر 2026``) when its
    ``<title>`` is one part, shorter than that line (the site's name only: "جريدة الوطن"), and neither og:title
    nor a heading gives a headline; None otherwise. The bold text is looked for only when the lines fit."""
    if headlines[0] or headlines[1] or len(names.parts) != 1 or len(paragraphs) < 3:
        return None
    first, doc_title = paragraphs[0], names.parts[0]
    words = len(first.split())
    if (
        words < _BOLD_HEADLINE_WORDS
        or words <= len(doc_title.split())
        or lead_title(first) != first
        or byline_line(paragraphs[1]) is None
        or _normalize(headlines[2] or doc_title) != _normalize(doc_title)
    ):
        return None
    lead = bold_lead(root)
    return first if lead is not None and _normalize(lead) == _normalize(first) else None


def _take_credit_lines(root: HtmlElement, story: _Story) -> None:
    """Take the repeated headline, bylines and datelines (the author, the date) and badges out of the text.

    Under a headline of the page's own only is the headline looked for again: one drawn from the lead
    (``story.late``) may be that lead's only paragraph. Its bylines are read all the same (a ``<font>``
    headline over "بقلم: فلان - 25/11/2026" on a page with no ``<h1>``)."""
    paragraphs = story.paragraphs
    if not story.late:
        drop_repeated_title(paragraphs, story.title)
    # A byline or dateline right under the headline is the article's author and date, not text.
    # So is a live blog's badge ("مباشر") or its last update's time ("آخر تحديث: 11:45").
    # A one-line subtitle over them stays the first paragraph, the lines under it read as if it were not there.
    start = 1 if _subtitle_over_credits(root, paragraphs) else 0
    bylines = start
    while len(paragraphs) - bylines > 1:
        if (found := byline_line(paragraphs[bylines])) is not None:
            story.line_author, story.line_date = story.line_author or found[0], story.line_date or found[1]
        elif (day := _marked_date(root, paragraphs[bylines])) is not None:
            story.line_date = story.line_date or day  # "الرباط في 24 نونبر 2026" of a <div class="post-date">
        elif (name := site_byline(paragraphs[bylines], root)) is not None:
            story.line_author = story.line_author or name  # "هسبريس - يوسف بنعلي": the site's name, its writer
        elif not is_badge_line(paragraphs[bylines]) and not credits_line(root, paragraphs[bylines]):
            break  # (a credits line: "نشر في: … | آخر تحديث: …", a writer's and a date's spans; read elsewhere)
        bylines += 1
    del paragraphs[start:bylines]  # at once: one pop(0) at a time is quadratic
    if not story.late and (story.line_date is None or story.line_author is None):
        # "<h2>…</h2><font>نشر في 2026/03/03</font>": a line under the headline the extractor left out.
        if (under := headline_line(root, story.title)) is not None:
            story.line_author, story.line_date = story.line_author or under[0], story.line_date or under[1]
            if under[0] is not None and story.line_author == under[0] and under[0] in paragraphs:
                paragraphs.remove(under[0])  # a writer's name alone under the headline ("سامر حداد"), kept as text
    # trafilatura may put a live blog's first update above its badges: they are looked for further down.
    head = [paragraph for paragraph in paragraphs[:_BADGES_WITHIN] if not is_badge_line(paragraph)]
    if head and len(head) < len(paragraphs[:_BADGES_WITHIN]):
        paragraphs[:_BADGES_WITHIN] = head
    # A <br>-broken body's <h1> and <div class="date"> may come again after its text: neither is a paragraph.
    drop_closing_head(paragraphs, "" if story.late else story.title, lambda line: _page_date(root, line))
    if len(paragraphs) > 1 and (closing := closing_byline(paragraphs)) is not None:
        story.line_author = story.line_author or closing  # "تحرير: فاطمة علي" under the text
        paragraphs.pop()


_SUBTITLE_MAX_CHARS: Final = 160
"""Longest subtitle (standfirst) read past above a story's byline and date lines, as in a text file."""


def _subtitle_over_credits(root: HtmlElement, paragraphs: list[str]) -> bool:
    """Whether the first paragraph is a subtitle over a byline or a dateline over the text: a short line shaped
    like a headline (no final full stop, ``headline_like``), directly over a byline or a date line of the page
    (``byline_line``, ``_marked_date``), with text under that line."""
    if len(paragraphs) < 3 or len(paragraphs[0]) > _SUBTITLE_MAX_CHARS or not headline_like(paragraphs[0]):
        return False
    return byline_line(paragraphs[1]) is not None or _marked_date(root, paragraphs[1]) is not None


def _page_date(root: HtmlElement, line: str) -> bool:
    """Whether a line is a dateline alone (``dateline_kind``) that is all of the page's own date element's text."""
    return dateline_kind(line) is not None and marked_dateline(root, line) is not None


def _marked_date(root: HtmlElement, paragraph: str) -> str | None:
    """The date of a paragraph that is a place and a date ("الرباط في 24 نونبر 2026", a ``maybe`` dateline:
    a headline's words too) and the whole text of an element named for a date (``marked_dateline``)."""
    return marked_dateline(root, paragraph) if dateline_kind(paragraph) == "maybe" else None


def _drop_page_furniture(story: _Story, following: Link | None) -> None:
    """Drop the newsletter pleas, the pager's lines (the next page's own anchor, alone in a line), and the page's
    tools, share row (``is_closing_boilerplate``: "شارك: فيسبوك | تويتر | واتساب", a comment count, an app's plea)
    and its tag line under the story ("طباعة | أرسل لصديق", "الكلمات الدالة: …", ``_take_tags``); the site's
    channel promos only among the lines that close it (``_closing_start``): "تابعوا … قناتنا على تيليجرام"
    between two paragraphs of the story is the story's (a group's post it reports)."""
    pager = following.title if following is not None else None
    closing = _closing_start(story.paragraphs)
    paragraphs = [
        paragraph
        for at, paragraph in enumerate(story.paragraphs)
        if not is_newsletter_plea(paragraph, channel=at >= closing)
        and not is_pager_line(paragraph)
        and pager_link_title(paragraph) != pager
    ]
    story.paragraphs = paragraphs
    while len(paragraphs) > 1:
        if is_tool_line(paragraphs[-1]) or is_closing_boilerplate(paragraphs[-1]):
            paragraphs.pop()  # "طباعة | أرسل لصديق", "شارك: فيسبوك | تويتر | واتساب"
        elif not _take_tags(story):
            break


_CLOSING_LINES: Final = 3
"""Most lines after a story's last paragraph looked at for the site's channel promos."""
_CLOSING_LINE_WORDS: Final = 8
"""Most words of a short line that is no sentence among the closing ones ("المصدر: وكالات", a tag line's label)."""
_SENTENCE_END: Final = (".", "!", "?", "؟", "…")


def _closing_start(paragraphs: list[str]) -> int:
    """Where the lines after the story's last paragraph begin: up to ``_CLOSING_LINES`` from the end, each a plea
    or promo (``is_newsletter_plea``) or a short line that is no sentence (a credit, a tag line's label); the first
    paragraph is the story's."""
    start = len(paragraphs)
    while start > max(1, len(paragraphs) - _CLOSING_LINES):
        line = paragraphs[start - 1]
        short = len(line.split()) <= _CLOSING_LINE_WORDS and not line.rstrip().endswith(_SENTENCE_END)
        if not short and not is_newsletter_plea(line):
            break
        start -= 1
    return start


def _take_tags(story: _Story) -> bool:
    """Take the page's tag line at the end of the text (``closing_tags``: "الكلمات الدالة: مياه، العقبة", a
    ``<br>``-broken body's neighbour that trafilatura kept) out of it, its tags kept for the keywords; whether
    there was one. The story keeps one paragraph at least."""
    found = closing_tags(story.paragraphs)
    if found is None or len(story.paragraphs) <= found[1]:
        return False
    story.tags = story.tags or found[0]
    del story.paragraphs[-found[1] :]
    return True


def _take_attribution(story: _Story) -> None:
    """Take a closing credit line ("المصدر: وكالة الأنباء", "Source: Valley Times", "(ومع)", "- وام -") as the
    attribution, then an agency glued to the end of the last paragraph ("… محلي. (ومع)", "… سواء.وام"), as the
    plain-text format does (``plaintext_drafts.glued_agency``): both in reading order; and the agency of the
    lead's wire dateline ("الرياض - واس - …", ``plaintext_dates.lead_agency``, or a line of its own over the lead,
    "الدمام - واس", ``_agency_line``) before them, as a text file's."""
    paragraphs = story.paragraphs
    if (credit := closing_attribution(paragraphs)) is not None and len(paragraphs) > credit[1]:
        story.attribution = credit[0]
        del paragraphs[-credit[1] :]
        _take_tags(story)  # "الوسوم: …" over the credit
    if paragraphs and (glued := glued_agency(paragraphs[-1])) is not None:
        paragraphs[-1], agency = glued
        story.attribution = f"{agency} / {story.attribution}" if story.attribution else agency
    if paragraphs and (lead := lead_agency(paragraphs[0]) or _agency_line(paragraphs)) is not None:
        # "الرياض - واس - دشن …", "DUBAI, Nov 29, 2026 (Reuters) - …": the lead's agency credits the story (the lead
        # stays as written), as in a text file: first, before "وكالات" closing it; not beside a source it names.
        credited = {_normalize(part) for part in (story.attribution or "").split(" / ") if part}
        if not credited:
            story.attribution = lead
        elif credited <= _GENERIC_CREDITS and _normalize(lead) not in credited:
            story.attribution = f"{lead} / {story.attribution}"


def _agency_line(paragraphs: list[str]) -> str | None:
    """The agency of a first paragraph that is a wire dateline alone over the lead, a place and an agency ("الدمام -
    واس", "القاهرة - أ ش أ", ``place_agency``) or a dateline naming one ("الرياض 21 أكتوبر 2026 (واس)"), as a text
    file's line over its text gives; the line stays the story's first. None otherwise."""
    if len(paragraphs) < 2:
        return None
    return place_agency(paragraphs[0]) or dateline_agency(paragraphs[0])


def _check_story(root: HtmlElement, story: _Story) -> None:
    """Raise ParseError for a page with no story: a plea for JavaScript, nothing, or only its menus' words."""
    paragraphs = story.paragraphs
    if paragraphs and all(_asks_for_javascript(paragraph) for paragraph in paragraphs):
        raise ParseError(_ONLY_JAVASCRIPT)
    if not paragraphs or (not story.late and _only_borrowed(root, paragraphs, story.title)):
        # A headline over nothing, or over a menu's words: no story. A page that runs scripts draws
        # its story with them (an app's shell: an empty <body>, a <div id="root">).
        raise ParseError(_ONLY_JAVASCRIPT if root.find(".//script") is not None else "no article text found")
    if not story.late and _only_loading(root, paragraphs, story.title):
        raise ParseError(_ONLY_JAVASCRIPT)


def _only_loading(root: HtmlElement, paragraphs: list[str], title: str) -> bool:
    """Whether a short page that runs scripts shows only its title, menus and a loader ("جاري التحميل...")."""
    if sum(map(len, paragraphs)) > _BORROWED_CHARS or not any(_LOADING.search(p) for p in paragraphs):
        return False
    if root.find(".//script") is None:
        return False
    left = [rest for p in paragraphs if (rest := _LOADING.sub("", p).strip())]
    return not left or _only_borrowed(root, left, title)


def _author(page: _Page, story: _Story) -> tuple[str | None, str | None, str | None]:
    """The author (meta's, trafilatura's, a byline line's, a byline in the page's text; a desk's name only
    when none names a person), the news agency
    a byline names after the writer's comma ("By Jane Roe, Reuters"), which is no writer, and the date
    the meta's or trafilatura's author held after the name ("فلان · الاثنين 16 نوفمبر 2026")."""
    named, day, credit = credited_byline(_first(page.meta, *AUTHOR_KEYS), page.extracted, page.root)
    author: str | None
    if named is not None and is_desk(named):
        # A desk names no person ("فريق التحرير" in article:author): the byline under the headline wins over it.
        # (Not one anywhere in the page, ``body_byline``: its walk of the page costs ~0.4 ms on a big page, and
        # a desk in the meta author is common.)
        author = story.line_author or named
    else:
        author = named or story.line_author or body_byline(page.root)
    if author and author != named and (own := author_credit(author)) is not None:
        # A byline in the text naming an agency ("كتب: وكالات"): no writer. ``credited_byline`` has judged its own
        # name with its byline's marker ("كتبت: سبأ" names a writer, not Yemen's agency).
        author, credit = None, credit or own
    author = named_author(author)  # (no author, or "مراسلنا", our correspondent, naming no one)
    if author is None:
        return None, credit, day
    name, agency = split_agency(author)
    # "نادين خوري ومازن عيسى", "نادين خوري و مازن عيسى": two writers, "نادين خوري، مازن عيسى"
    return listed_names(name), agency or credit, day


def _article(page: _Page, story: _Story, related: tuple[Link, ...], origin: str) -> Article:
    """The Article: the story with the page's section, author, publication time, language and keywords."""
    from newstui.parse.ids import article_id

    extracted = page.extracted
    author, agency, author_date = _author(page, story)
    sample = " ".join([story.title, *story.paragraphs[:20]])
    language, direction = _language_direction(page.root, page.meta, sample)
    return Article(
        id=article_id(origin, 0),
        title=story.title,
        paragraphs=tuple(story.paragraphs),
        source=story.site or page.host,
        attribution=story.attribution or agency,
        section=_first(page.meta, "article:section", "section")
        or sanitize_line(next(iter(getattr(extracted, "categories", None) or []), ""))
        or breadcrumb_section(page.root, story.title, site_names(story.site, page.host)),
        author=author,
        published=published(
            page.root,
            page.dates,
            getattr(extracted, "date", None),
            story.line_date or author_date,
            page.url or page.canonical,
            arabic=direction == "rtl" or (language or "").lower().startswith("ar"),
        )
        or _lead_date(story.paragraphs),
        url=page.own_url,
        origin=origin,
        language=language or guess_language(sample),
        direction=direction,
        keywords=_keywords(page.meta, getattr(extracted, "tags", None))
        or _keywords({}, list(story.tags or tags_element(page.root)))
        or _keywords({"keywords": jsonld_keywords(page.root)}, None),
        related=related,
    )


def _lead_date(paragraphs: list[str] | tuple[str, ...]) -> str | None:
    """The date of the wire dateline the story's first paragraph opens with ("الشارقة في 6 مارس 2026 - وام - …",
    ``plaintext_dates.lead_dateline``): a page's date when nothing else on it gives one."""
    dateline = lead_dateline(paragraphs[0]) if paragraphs else None
    return iso_date(dateline) if dateline is not None else None


def _box_story(box: HtmlElement, page: _Page, main: Article, number: int) -> Article | None:
    """The story of an ``<article>`` of the page read as a page of its own (its headline, byline, date and
    paragraphs), numbered ``number`` after the page's, linked back to it (``parent``) and of its site and section;
    None when it holds no story."""
    from lxml.html import tostring

    from newstui.parse.ids import article_id

    attributes = "".join(
        f' {name}="{_html.escape(value)}"' for name in ("lang", "dir") if (value := page.root.get(name)) is not None
    )
    markup = tostring(box, encoding="unicode", with_tail=False)
    try:
        (story,) = _articles(
            f'<html{attributes}><head><meta charset="utf-8"></head><body>{markup}</body></html>',
            origin=main.origin,
            url=page.base,
            boxes=False,
        )
    except (ParseError, ValueError):
        return None
    if story.listing or not story.paragraphs:
        return None
    permalink = http_url(box_permalink(box), page.base)  # a blog's post under a linked headline: its own page
    return dataclasses.replace(
        story,
        id=article_id(main.origin, number),
        url=permalink if permalink != main.url else None,
        source=main.source or story.source,
        section=story.section or main.section,
        related=(Link(main.title, main.url, main.id, "parent"), *story.related)[:MAX_LINKS],
    )


def _with_boxes(page: _Page, main: Article, boxes: list[HtmlElement]) -> list[Article]:
    """The article and the stories of the page's other ``<article>``s (``story_boxes``: a bulletin's, each with its
    headline, taken out of the page before its story was read), each an embedded story: its own article, linked
    from the page's as read-also and back as its parent, as a text file's ``اقرأ أيضاً:`` story is."""
    stories: list[Article] = []
    for box in boxes:
        if (story := _box_story(box, page, main, len(stories) + 1)) is not None:
            stories.append(story)
    if not stories:
        return [main]
    urls = [story.url for story in stories if story.url]
    if len(set(urls)) < len(urls):  # headlines linking to one page (a section's): no story's own address
        shared = {url for url in urls if urls.count(url) > 1}
        stories = [dataclasses.replace(story, url=None) if story.url in shared else story for story in stories]
    links = (*(Link(story.title, None, story.id, "read-also") for story in stories), *main.related)
    return [dataclasses.replace(main, related=links[:MAX_LINKS]), *stories]


def parse_html(text: str, *, origin: str, url: str | None = None) -> list[Article]:
    """Extract the article of an HTML page.

    lxml parses the page once; metadata (og:/article: meta, ``<html lang dir>``, canonical link) and
    the related-story blocks (headings such as "أخبار ذات صلة", "اقرأ أيضاً", "Related", class names
    containing "related", asides inside the article) are read from that tree; the related blocks are
    removed and trafilatura extracts title, date, author, site name and body paragraphs from the rest.
    A page where trafilatura finds nothing falls back to its title/h1 and ``<p>`` elements.

    The headline is og:title, else the ``<h1>``, else the ``<h2>``/``<h3>`` just above the story
    (``heading_headline``), else trafilatura's or the ``<title>``'s, without the site's name; a generic
    one ("تفاصيل الخبر", "Home") never, nor the site's name alone: then the lead's first sentence is.

    Args:
        text: the decoded (and sanitized) page.
        origin: where it came from; becomes ``Article.origin`` and the id's base.
        url: the final URL after redirects, for resolving relative links.

    A page of several stories, each an ``<article>`` with its headline and paragraphs (``story_boxes``), gives
    its own story (the ``<h1>``'s, else the first) read without the others, and each other one as an embedded
    story (``_with_boxes``).

    Returns:
        A list with the page's Article, then its embedded stories' (each linked from it as read-also).

    Raises:
        ParseError: the page has neither a title nor any paragraph.
    """
    return _articles(text, origin=origin, url=url, boxes=True)


def _articles(text: str, *, origin: str, url: str | None, boxes: bool) -> list[Article]:
    """``parse_html``; the stories of the page's other ``<article>``s looked for only when ``boxes``."""
    root = _parse(text)
    # Every element's Python proxy, made once and kept while the page is read: lxml makes one (through
    # lxml.html's class lookup, in Python) for each element a walk reaches that no one holds, and drops
    # it after; the page's dozen walks each paid for all of them again (~70 µs a walk on a 130 KB page).
    proxies = list(root.iter())
    if len(proxies) > MANY_ELEMENTS:
        _thin_runs(root, proxies)
    page = _Page(root, url)
    related, following = _take_related(page)
    _tidy(page.root)
    found = story_boxes(page.root) if boxes else []
    for box in found:
        box.drop_tree()  # the page's other stories: read apart (``_with_boxes``), none of them in its text
    _extract_story(page)
    paragraphs = _paragraphs(page)
    # A Next.js page's story in its __NEXT_DATA__ props, where the page shows a skeleton or an excerpt only.
    shipped = next_data_story(page.root, paragraphs) if has_next_data(text) else None
    if shipped is not None and thin_beside(paragraphs, shipped):
        paragraphs = list(shipped.paragraphs)
    else:
        shipped = None
    names = _names(page)
    if (index := _index_page(page, names, related, following, origin)) is not None:
        return [index]
    story = _story(page, names, paragraphs)
    _take_credit_lines(page.root, story)
    if shipped is not None:
        story.line_author = story.line_author or shipped.author
    _drop_page_furniture(story, following)
    _take_attribution(story)
    _check_story(page.root, story)
    article = _article(page, story, related, origin)
    articles = _with_boxes(page, article, found) if found else [article]
    del proxies
    return articles
