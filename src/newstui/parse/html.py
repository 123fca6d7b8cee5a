"""HTML page to Article: trafilatura for the body, lxml for metadata (related links: ``html_links``)."""

from __future__ import annotations

import itertools
import re
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit

from newstui.addresses import without_userinfo
from newstui.errors import ParseError
from newstui.model import Article, Direction, Link
from newstui.parse import guess_language, language_direction, text_direction
from newstui.parse.bylines import author_field_name
from newstui.parse.html_body import (
    BULLET,
    NESTED_BULLET,
    body_paragraphs,
    broken_text,
    captions_in_place,
    unwrap_layout_tables,
)
from newstui.parse.html_comments import drop_comments
from newstui.parse.html_index import index_summary, is_section_heading, story_cards
from newstui.parse.html_links import (
    MAX_LINKS,
    element_text,
    http_url,
    is_card,
    is_pager_line,
    next_page,
    pager_link_title,
    related_blocks,
    related_links,
)
from newstui.parse.html_meta import (
    TITLE_SEPARATORS,
    body_byline,
    body_dateline,
    byline_line,
    closing_attribution,
    closing_byline,
    is_author_name,
    is_badge_line,
    is_generic_title,
    is_newsletter_plea,
    jsonld_paragraphs,
    jsonld_published,
    title_parts,
    title_site,
)
from newstui.parse.html_title import heading_headline, is_logo_heading, names_the_site, title_headline
from newstui.parse.plaintext_lines import lead_title
from newstui.parse.published import latest_published, not_in_future
from newstui.text.normalize import normalize as _normalize
from newstui.text.sanitize import sanitize_line

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["EXTRACT_OPTIONS", "parse_html"]

MAX_KEYWORDS: Final = 30
MAX_KEYWORD_CHARS: Final = 60
_NON_CONTENT: Final = frozenset({"nav", "header", "footer", "aside", "form", "script", "style", "noscript", "menu"})
_KEYWORD_SPLIT: Final = re.compile("[,،;؛|]")
_MIN_LETTERS: Final = 20


def _parse(text: str) -> HtmlElement:
    """Parse HTML text into an lxml tree (comments and processing instructions dropped)."""
    import lxml.etree
    import lxml.html

    data = text.encode("utf-8")
    for huge in (False, True):
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=huge)
        try:
            root = lxml.html.document_fromstring(data, parser=parser)
        except (lxml.etree.ParserError, ValueError) as error:
            if not _too_deep(parser):
                raise ParseError("no article text found (empty page)") from error
            continue
        if not _too_deep(parser):
            if huge:
                _flatten(root, _DEEP_LIMIT)
            return root
    # libxml2 stops reading a page nested deeper than its limit (256 levels, 2,048 with huge_tree):
    # what it dropped is the rest of the page, so the article would be silently cut.
    raise ParseError(f"page nested too deeply (over {_HUGE_DEPTH:,} levels)")


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


def _too_deep(parser: Any) -> bool:
    """Whether libxml2 stopped parsing at its nesting limit (the rest of the page was dropped)."""
    return any("Excessive depth" in error.message for error in parser.error_log)


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
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            resolved = http_url(link.get("href"), base)
            if resolved:
                return resolved
    return http_url(_first(meta, "og:url"), base)


def _keywords(meta: dict[str, list[str]], tags: Any) -> tuple[str, ...]:
    """The meta keywords, else the tags trafilatura found (``rel="tag"`` links, tag lists)."""
    words: list[str] = []
    seen: set[str] = set()
    values = [value for key in ("keywords", "news_keywords", "article:tag") for value in meta.get(key, ())]
    if not values and isinstance(tags, list):
        values = [tag for tag in tags if isinstance(tag, str)]
    for value in values:
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


_JAVASCRIPT: Final = re.compile(
    r"(?:enable|turn on|activate|requires?|needs?|تفعيل|فعّ?ل|يتطلب|يحتاج)\b.{0,40}?"
    r"(?:java\s?script|جافا\s?سكري?بت|جافاسكري?بت)",
    re.IGNORECASE,
)
"""A ``<noscript>`` plea: a verb asking for JavaScript, then its name ("enable JavaScript", "تفعيل جافاسكربت")."""


_ONLY_JAVASCRIPT: Final = "the page shows its story only with JavaScript, which newstui does not run"
_BORROWED_CHARS: Final = 300
"""Most characters of the paragraphs of a page checked for being only its links' and menus' words."""
_MENU_TAGS: Final = ("a", "nav", "header", "footer", "aside", "menu", "form")
"""Where a page's own words are not: links and navigation (not its scripts: JSON-LD holds the story's text)."""


def _only_borrowed(root: HtmlElement, paragraphs: list[str], title: str) -> bool:
    """Whether a page's few, short paragraphs are all the words of its title, links and menus (a page of
    navigation only, trafilatura gluing a menu into a line): no text of its own. Longer text is not looked at."""
    if sum(map(len, paragraphs)) > _BORROWED_CHARS:
        return False
    own = _own_paragraphs(root, [p.lstrip(f"{BULLET}{NESTED_BULLET} ") for p in paragraphs], title, _MENU_TAGS)
    return not own


def _asks_for_javascript(paragraph: str) -> bool:
    """Whether a paragraph is a page's ``<noscript>`` plea ("Please enable JavaScript", "يجب تفعيل جافاسكربت")."""
    return len(paragraph) < 200 and _JAVASCRIPT.search(paragraph) is not None


def _iso_date(*candidates: str | None) -> str | None:
    """The first candidate that parses as an ISO 8601 date/date-time, normalised, unless it is absurdly in
    the future (``not_in_future``: year 9999 would top "newest first" for ever): then none.

    The later candidates are not tried then: a page that declares a time days ahead has no date to trust,
    and trafilatura's own reading of it may be that time cut to its month (``2026-12-03T12:00`` read as
    ``2026-12-01``, a date that passes on the first days of the month).
    """
    for value in candidates:
        if not value:
            continue
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            continue
        text = parsed.date().isoformat() if len(value.strip()) <= 10 else parsed.isoformat()
        return text if not_in_future(text, latest_published()) else None
    return None


_TIMES_LOOKED_AT: Final = 8


def _with_time(root: HtmlElement, day: str | None) -> str | None:
    """trafilatura's date with the time of day a ``<time datetime>`` of that day gives (it keeps the day
    only: ``2024-11-29`` for ``<time datetime="2024-11-29T22:05:00+03:00">``), else the date as it is."""
    if not day or len(day) != 10:
        return day
    for element in itertools.islice(root.iter("time"), _TIMES_LOOKED_AT):
        value = (element.get("datetime") or "").strip()
        if len(value) > 10 and value[:10] == day and value[10] in "T ":
            return value
    return day


def _site_names(site: str | None, host: str | None) -> set[str]:
    names = {_normalize(site)} if site else set()
    if host:
        names.add(_normalize(host))
        names.add(_normalize(host.split(".")[0]))
    names.discard("")
    return names


def _strip_site(title: str, names: set[str]) -> str:
    """Remove " - Site" / " | Site" suffixes (or "Site | " prefixes) naming the site, and generic ones
    ("تفاصيل الخبر", "Home")."""
    stripped = True
    while stripped:
        stripped = False
        for separator in TITLE_SEPARATORS:
            if separator not in title:
                continue
            head, _, tail = title.rpartition(separator)
            first, _, rest = title.partition(separator)
            for kept, dropped in ((head, tail), (rest, first)):
                if kept.strip() and (_normalize(dropped) in names or is_generic_title(dropped)):
                    title, stripped = kept.strip(), True
                    break
            if stripped:
                break
    return title


def _title(candidates: tuple[str | None, ...], names: set[str]) -> str:
    """The first candidate that, without the site's name, is a headline: not generic, not the name alone."""
    for candidate in candidates:
        if not candidate:
            continue
        title = _strip_site(candidate, names)
        if not is_generic_title(title) and _normalize(title) not in names:
            return title
    return ""


def _first_text(body: Any) -> str | None:
    """The first line of the first paragraph (``<p>``) of trafilatura's XML body, or None."""
    if body is None:
        return None
    for paragraph in body.iter("p"):
        for line in broken_text(paragraph):
            return line
    return None


def _site(
    named: str | None, extracted: Any, host: str | None, doc_title: str | None, headlines: tuple[str | None, ...]
) -> str | None:
    """The site's name: og:site_name, else trafilatura's (unless it is only the host), else the one in
    ``<title>`` beside the headline ("... - بوابة الفجر"), else whatever trafilatura gave, unless that is
    the headline itself (it takes a ``<title>`` part with a dot, "Quake hits U.S. coast", for a domain)."""
    if named:
        return named
    found = sanitize_line(getattr(extracted, "sitename", None) or "")
    if found and _normalize(found) in {_normalize(headline) for headline in headlines if headline}:
        found = ""
    host_like = bool(found) and ((" " not in found and "." in found) or found.lower() == host)
    if found and not host_like:
        return found
    return title_site(doc_title, headlines) or found or None


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


def _byline(meta: dict[str, list[str]], extracted: Any, root: HtmlElement) -> str | None:
    """The author: meta author (not a profile URL), else trafilatura's, without a byline's marker; none
    that reads as a sentence or an author box's biography (``is_author_name``)."""
    meta_author = _first(meta, "author", "article:author", "byl", "dc.creator")
    if (
        meta_author
        and not meta_author.startswith(("http://", "https://"))
        and (name := author_field_name(meta_author))
        and is_author_name(name)
    ):
        return name
    found = sanitize_line(getattr(extracted, "author", None) or "")
    if not found or found.startswith(("http://", "https://")) or not is_author_name(found):
        return None
    cleaned = author_field_name(found)
    if cleaned != found or " " not in found:  # a marker, or one word: trafilatura may have cut the byline
        raw = _author_element_text(root, found)
        if raw is not None and (name := author_field_name(raw)) != raw:
            return name  # trafilatura cut "كتب - محمود" at its dash and "د. هالة" at its dot
    return cleaned


_AUTHOR_TEXT_CHARS: Final = 120
_WORD: Final = re.compile(r"[^\W\d_]+")


def _author_element_text(root: HtmlElement, author: str) -> str | None:
    """The text of the element trafilatura read ``author`` from (its author XPaths), when one bears it out.

    trafilatura drops colons and dots and cuts at a dash ("كتب - محمود" gives "كتب"); the element's
    own text still holds them. It must begin with the author's words.
    """
    try:
        from trafilatura.xpaths import AUTHOR_XPATHS  # trafilatura's own: not a public name, so guarded
    except ImportError:
        return None
    words = _WORD.findall(author)
    for expression in AUTHOR_XPATHS:
        for element in expression(root):
            text = sanitize_line(" ".join(element.itertext()))
            if 2 < len(text) < _AUTHOR_TEXT_CHARS and _WORD.findall(text)[: len(words)] == words:
                return text
    return None


def _first_h1(root: HtmlElement, names: set[str], host: str | None) -> tuple[str | None, str | None]:
    """The first ``<h1>`` that is a headline (the article's, else the page's), and the first that is the
    site's logo (``is_logo_heading``: the site's name, a link home), each None when there is none."""
    logo: str | None = None
    searched: set[HtmlElement] = set()  # the scopes inside one searched in vain: they hold no headline either
    for scope in (*root.iter("article"), *root.iter("main"), root):
        if scope in searched:
            continue
        searched.update(scope.iter("article", "main"))
        for h1 in scope.iter("h1"):
            text = element_text(h1)
            if not text:
                continue
            if is_logo_heading(h1, names, host):
                logo = logo or text
                continue
            return text, logo
    return None, logo


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


def _bold_lead(root: HtmlElement) -> str | None:
    """The first bold text (``<b>``, ``<strong>``) outside navigation: some pages' only headline."""
    memo: dict[HtmlElement, bool] = {}
    for bold in root.iter("b", "strong"):
        if _in_non_content(bold, memo):
            continue
        text = element_text(bold)
        if text:
            return text
    return None


def _document_title(root: HtmlElement) -> str | None:
    for title in root.iter("title"):
        text = element_text(title)
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


def _own_paragraphs(
    root: HtmlElement, paragraphs: list[str], title: str, borrowed_from: tuple[str, ...] = ("a", *_NON_CONTENT)
) -> list[str]:
    """The paragraphs that are neither the title nor made of the words of links and navigation (menus,
    header, footer; trafilatura may glue a menu's items into one line): what a page holds of its own."""
    borrowed = set(_normalize(title).split())
    for element in root.iter(*borrowed_from):
        borrowed.update(_normalize(element_text(element)).split())
    return [paragraph for paragraph in paragraphs if not set(_normalize(paragraph).split()) <= borrowed]


def _glued(extracted: str, own: list[str]) -> bool:
    """Whether trafilatura's one paragraph is the page's own ``<p>`` texts with more glued on (the
    headline above them): then the ``<p>`` elements are the paragraphs."""
    joined = _normalize(" ".join(own))
    whole = _normalize(extracted)
    return bool(joined) and joined != whole and joined in whole


def _fallback_paragraphs(root: HtmlElement) -> list[str]:
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


_REPEAT_WITHIN: Final = 3
"""How far down the paragraphs the headline may be repeated (under a section label, a date)."""
_LABEL_WORDS: Final = 3
"""A paragraph of at most this many words right above the repeated headline is a section label."""


def _drop_repeated_title(paragraphs: list[str], title: str) -> None:
    """Remove the headline repeated among the first paragraphs, with a short section label ("محليات")
    standing right above it."""
    folded = _normalize(title)
    if not folded:
        return
    for index, paragraph in enumerate(paragraphs[:_REPEAT_WITHIN]):
        if _normalize(paragraph) != folded:
            continue
        del paragraphs[index]
        if index == 1 and _is_label(paragraphs[0]):
            del paragraphs[0]
        break
    repeated = 0
    while repeated < len(paragraphs) and _normalize(paragraphs[repeated]) == folded:
        repeated += 1
    del paragraphs[:repeated]  # at once: one pop(0) at a time is quadratic


_BADGES_WITHIN: Final = 4
"""How far down the paragraphs a live blog's badges ("مباشر", "آخر تحديث: 11:45") are looked for."""


def _is_label(text: str) -> bool:
    """Whether a paragraph reads as a section label: a few words, no sentence punctuation, no digits."""
    return len(text.split()) <= _LABEL_WORDS and not any(c in ".!?؟،,:" or c.isdigit() for c in text)


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


_DATE_KEYS: Final = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    # Dublin Core, as Drupal writes it: trafilatura reads these too, but keeps the day only.
    "dcterms.issued",
    "dcterms.date",
    "dcterms.created",
    "dc.date.issued",
    "dc.date",
    "date",
)
"""The ``<meta>`` names and properties that give a page's publication time, the surest first."""


def _unmark_cards(root: HtmlElement) -> None:
    """Make the story cards marked up as ``<article>`` (a linked headline, not an ``<h1>``, and a teaser:
    ``is_card``) plain ``<div>``s: trafilatura takes an ``<article>`` for the story, and would give a
    sidebar card's teaser for the body, or put it before the story's own text."""
    cards = [article for article in root.iter("article") if is_card(article) and article.find(".//h1") is None]
    for card in cards:
        card.tag = "div"


_CLOCK: Final = re.compile(r"[0-9٠-٩]{1,2}[:：][0-9٠-٩]{2}(?:\s*(?:ص|م|[AaPp]\.?[Mm]\.?))?")
"""A time of day as a live blog stamps its updates: "11:45", "9:05 م", "10:30 AM"."""
_STAMP_SEPARATOR: Final = " — "


_STAMPED_TAGS: Final = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})
"""What an update's time goes on: its paragraph, or the heading between the time and the paragraph."""
_TIME_CLASS: Final = re.compile(r"time", re.IGNORECASE)
_STAMP_TAGS: Final = ("time", "span", "div", "small", "strong", "b", "p")


def _update_time(element: HtmlElement) -> str | None:
    """The time of day a live update's stamp shows: a ``<time>``, or an element whose class says "time"
    (``<span class="time">``, ``<div class="update-time">``), holding a bare clock ("11:45") and nothing
    else; None for any other element."""
    if element.tag != "time" and not _TIME_CLASS.search(element.get("class") or ""):
        return None
    text = (element.text or "").strip()
    if len(text) > 12 or len(element) or (element.tail or "").strip() or not _CLOCK.fullmatch(text):
        return None
    return text


def _stamped(element: HtmlElement) -> HtmlElement | None:
    """The paragraph or heading (not a linked one) a stamp stands right above: its next sibling, or the
    next sibling of the wrapper it is alone in (``<div class="meta"><time>11:45</time></div><h3>…</h3>``).
    Over a linked heading, the paragraph right under that heading (``<time>12:40</time><h3><a>…</a></h3>
    <p>…</p>``: the heading, a link, cannot take the time); a linked heading with no paragraph under it is
    a card's in a list of the latest news, no update."""
    following = element.getnext()
    if following is None:
        parent = element.getparent()
        if parent is not None and len(parent) == 1 and not (parent.text or "").strip():
            following = parent.getnext()
    if following is None or following.tag not in _STAMPED_TAGS:
        return None
    if following.tag != "p" and following.find(".//a") is not None:
        following = following.getnext()
        return following if following is not None and following.tag == "p" else None
    return following


def _stamp_updates(root: HtmlElement) -> None:
    """Put the time of a live blog's update (``<time>11:45</time><p>…</p>``) at the start of its
    paragraph ("11:45 — …"): trafilatura keeps the paragraph and drops the ``<time>`` beside it.

    The time may be in an element whose class says so (``<span class="time">``) and the update may begin
    with its heading (``<time>…</time><h3>…</h3><p>…</p>``: the heading takes the time); these, less sure
    signs, count on a page of two updates or more. A ``<time>`` right above a paragraph always does.
    """
    stamps: list[tuple[HtmlElement, HtmlElement, str]] = []
    for element in root.iter(*_STAMP_TAGS):
        text = _update_time(element)
        if text is None:
            continue
        target = _stamped(element)
        if target is not None:
            stamps.append((element, target, text))
    stamped: set[HtmlElement] = set()
    for element, target, text in stamps:
        sure = element.tag == "time" and target.tag == "p" and target is element.getnext()
        if (not sure and len(stamps) < 2) or target in stamped:
            continue
        stamped.add(target)
        target.text = f"{text}{_STAMP_SEPARATOR}{(target.text or '').lstrip()}"
        element.text = ""


_CREDIT_CHARS: Final = 200
"""Most characters of an embedded tweet's credit line ("— name (@handle) date")."""


def _tweet_credits(root: HtmlElement) -> None:
    """Join an embedded tweet's credit line to its text: ``<blockquote class="twitter-tweet"><p>…</p>
    &mdash; name (@handle) <a>date</a></blockquote>`` reads "… — name (@handle) date", one paragraph,
    where trafilatura would give the credit a paragraph of its own under the tweet."""
    for quote in root.iter("blockquote"):
        if "tweet" not in (quote.get("class") or "").lower():
            continue
        paragraphs = quote.findall("p")
        if not paragraphs:
            continue
        last = paragraphs[-1]
        after = list(last.itersiblings())
        if any(element.tag in ("p", "div", "blockquote") for element in after):
            continue
        credit = sanitize_line(" ".join([last.tail or "", *(e.text_content() + (e.tail or "") for e in after)]))
        if not credit or len(credit) > _CREDIT_CHARS:
            continue
        for element in after:
            quote.remove(element)
        last.tail = None
        if len(last):
            last[-1].tail = f"{(last[-1].tail or '').rstrip()} {credit}"
        else:
            last.text = f"{(last.text or '').rstrip()} {credit}"


def _extract(root: HtmlElement, url: str | None) -> Any:
    """trafilatura's extraction of the (related-block-free, layout-table-free) tree, or None."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(root, url=url, **EXTRACT_OPTIONS)
    except Exception:  # noqa: BLE001 - trafilatura bugs on odd pages must not stop the lxml fallback
        return None


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


def _language_direction(root: HtmlElement, meta: dict[str, list[str]], sample: str) -> tuple[str | None, Direction]:
    """The page's declared language (``<html lang>``, else its meta) and its direction: the text's
    (``sample``), the page's ``dir`` or its language's when the text has too few letters to tell."""
    language, default = _declared_direction(root, meta)
    direction = text_direction(sample, default or "ltr")
    if default is not None and not _has_letters(sample[:2000], _MIN_LETTERS):
        direction = default  # too few letters to outvote the page's declaration
    return language, direction


def _index_article(
    root: HtmlElement,
    meta: dict[str, list[str]],
    cards: tuple[Link, ...],
    site: str | None,
    names: tuple[str | None, ...],
    where: tuple[str, str | None],
) -> Article:
    """An index page (a homepage of story cards, ``story_cards``) as an article: titled by the page's own
    title without the site's name and its generic parts ("الرئيسية"), else the site's name; one line, how
    many stories it lists ("8 قصص"), in the page's language; its cards the related links the reader opens
    by number. ``names``: the page's og:title and ``<title>``; ``where``: its origin and its own address."""
    from newstui.parse.ids import article_id

    origin, own_url = where
    known = _site_names(site, _host(own_url))
    titles = [_strip_site(name, known) for name in names if name]
    title = next((t for t in titles if t and not is_generic_title(t)), "") or site or _host(own_url) or ""
    sample = " ".join([title, *(link.title for link in cards[:20])])
    language, direction = _language_direction(root, meta, sample)
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
        related=cards,
        listing=True,
    )


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

    blocks = related_blocks(root)
    related = related_links(blocks, base, own_url)
    following = next_page(root, base, own_url, _declared_direction(root, meta)[1] or "ltr")
    if following is not None and all(link.url != following.url for link in related):
        related = (*related, following)  # the rest of a story split over pages: followed with its number
    for block, _ in blocks:
        if block.getparent() is not None:
            block.drop_tree()
    drop_comments(root)
    unwrap_layout_tables(root)
    _unmark_cards(root)
    captions_in_place(root)
    _stamp_updates(root)
    _tweet_credits(root)

    meta_date = _first(meta, *_DATE_KEYS)
    dates = [meta_date] if meta_date else jsonld_published(root)  # JSON-LD: a time of day trafilatura drops
    address = url or canonical
    # trafilatura names an unnamed site after the address's host, user name and password included.
    extracted = _extract(root, without_userinfo(address) if address and "@" in address else address)
    host = _host(own_url) or _host(url)
    doc_title = _document_title(root)
    parts = title_parts(doc_title)

    paragraphs: list[str] = []
    body = getattr(extracted, "body", None)
    if body is not None:
        paragraphs = [p for p in body_paragraphs(body) if p]
    if len(paragraphs) == 1 and (split := jsonld_paragraphs(root, paragraphs[0])) is not None:
        paragraphs = split  # trafilatura's one paragraph is the JSON-LD articleBody, its paragraphs run together
    if len(paragraphs) <= 1:
        # A short page is given back by trafilatura's last resort as all its text in one piece (the
        # headline glued to the paragraphs): the page's own <p> elements, when they hold that text.
        fallback = _fallback_paragraphs(root)
        if not paragraphs or (fallback and _glued(paragraphs[0], fallback)):
            paragraphs = fallback

    og_site = _first(meta, "og:site_name", "application-name")
    known = _site_names(og_site, host)
    h1, logo = _first_h1(root, known, host)
    if logo:
        known.add(_normalize(logo))
    says_article = (_first(meta, "og:type") or "").lower() == "article"
    page_titles = (_first(meta, "og:title"), doc_title)
    if (
        (h1 is None or is_section_heading(h1, doc_title))
        and not says_article
        and (cards := story_cards(root, base, own_url, page_titles, known)) is not None
    ):
        # A homepage or a section's front (its <h1> the section's name, a part of its <title>): story
        # cards, no story of its own. Its cards, and any related links, are its links. Not a page that
        # says it is an article (its story may be in its JSON-LD only).
        cards = (*cards, *(link for link in related if all(link.url != card.url for card in cards)))[:MAX_LINKS]
        site = _site(og_site, extracted, host, doc_title, ()) or logo or host
        return [_index_article(root, meta, cards, site, page_titles, (origin, own_url))]
    first_text = _first_text(body) or next(iter(paragraphs), None)
    heading = h1 or heading_headline(root, first_text, parts)
    extracted_title = sanitize_line(getattr(extracted, "title", None) or "")
    if len(parts) >= 2 and (not extracted_title or _normalize(extracted_title) in _normalize(doc_title or "")):
        # trafilatura takes the <title>'s first part, the site's name in "Site - Headline": the part
        # the page bears out (a heading, a bold lead, the first paragraph's start), else the longest.
        evidence = (heading, _bold_lead(root), first_text)
        extracted_title = title_headline(parts, evidence, known) or extracted_title
    headlines = (_first(meta, "og:title", "twitter:title"), heading, extracted_title)
    site = _site(og_site, extracted, host, doc_title, headlines) or logo
    names = _site_names(site, host) | known
    title = _title((*headlines, doc_title), names)

    late = not title
    if late:
        # With no headline of its own, a page is an article only for a paragraph of its own: not its
        # title again, not the text of its links and menus ("Home").
        fallback_title = next((_strip_site(c, set()) for c in (*headlines, doc_title) if c), "")
        if not _own_paragraphs(root, [p.lstrip(f"{BULLET}{NESTED_BULLET} ") for p in paragraphs], fallback_title):
            raise ParseError("no article text found")
    lead = lead_title(paragraphs[0]) if not title and paragraphs else ""
    if lead and not is_generic_title(lead) and not names_the_site(lead, names):
        title = lead
        # A first line that is a headline (no sentence's full stop) is the title, not also a paragraph;
        # a first sentence stays the lead.
        if title == paragraphs[0] and len(paragraphs) > 1:
            paragraphs.pop(0)
    if not title:
        # Nothing but the site's name or a generic title ("تفاصيل الخبر"): better than no article.
        title = next((_strip_site(c, set()) for c in (*headlines, doc_title) if c), "")
    line_author: str | None = None
    line_date: str | None = None
    if not late:
        _drop_repeated_title(paragraphs, title)
        # A byline or dateline right under the headline is the article's author and date, not text.
        # So is a live blog's badge ("مباشر") or its last update's time ("آخر تحديث: 11:45").
        bylines = 0
        while len(paragraphs) - bylines > 1:
            if (found := byline_line(paragraphs[bylines])) is not None:
                line_author, line_date = line_author or found[0], line_date or found[1]
            elif not is_badge_line(paragraphs[bylines]):
                break
            bylines += 1
        del paragraphs[:bylines]  # at once: one pop(0) at a time is quadratic
        # trafilatura may put a live blog's first update above its badges: they are looked for further down.
        head = [paragraph for paragraph in paragraphs[:_BADGES_WITHIN] if not is_badge_line(paragraph)]
        if head and len(head) < len(paragraphs[:_BADGES_WITHIN]):
            paragraphs[:_BADGES_WITHIN] = head
        if len(paragraphs) > 1 and (closing := closing_byline(paragraphs)) is not None:
            line_author = line_author or closing  # "تحرير: فاطمة علي" under the text
            paragraphs.pop()
    pager = following.title if following is not None else None  # the next page's own anchor, alone in a line
    paragraphs = [
        paragraph
        for paragraph in paragraphs
        if not is_newsletter_plea(paragraph) and not is_pager_line(paragraph) and pager_link_title(paragraph) != pager
    ]
    # A closing credit line ("المصدر: وكالة الأنباء", "Source: Valley Times") is the attribution, not text.
    attribution: str | None = None
    if (credit := closing_attribution(paragraphs)) is not None and len(paragraphs) > credit[1]:
        attribution = credit[0]
        del paragraphs[-credit[1] :]
    if paragraphs and all(_asks_for_javascript(paragraph) for paragraph in paragraphs):
        raise ParseError(_ONLY_JAVASCRIPT)
    if not paragraphs or (not late and _only_borrowed(root, paragraphs, title)):
        # A headline over nothing, or over a menu's words: no story. A page that runs scripts draws
        # its story with them (an app's shell: an empty <body>, a <div id="root">).
        raise ParseError(_ONLY_JAVASCRIPT if root.find(".//script") is not None else "no article text found")

    sample = " ".join([title, *paragraphs[:20]])
    language, direction = _language_direction(root, meta, sample)

    article = Article(
        id=article_id(origin, 0),
        title=title,
        paragraphs=tuple(paragraphs),
        source=site or host,
        attribution=attribution,
        section=_first(meta, "article:section", "section")
        or sanitize_line(next(iter(getattr(extracted, "categories", None) or []), ""))
        or None,
        author=_byline(meta, extracted, root) or line_author or body_byline(root),
        published=_iso_date(*dates, _with_time(root, getattr(extracted, "date", None)), line_date)
        or _iso_date(body_dateline(root)),
        url=own_url,
        origin=origin,
        language=language or guess_language(sample),
        direction=direction,
        keywords=_keywords(meta, getattr(extracted, "tags", None)),
        related=related,
    )
    return [article]
