"""Links in an HTML page: its related-story blocks and their links, and hrefs as absolute http(s) URLs."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Final, Literal
from urllib.parse import unquote, urljoin, urlparse, urlsplit

from newstui.addresses import WEB_SCHEMES, tampered_address
from newstui.model import Link, LinkKind
from newstui.parse.markers import MarkerKind, match_marker
from newstui.text.normalize import normalize as _normalize
from newstui.text.sanitize import sanitize_line

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "MAX_LINKS",
    "element_text",
    "http_url",
    "is_card",
    "link_title",
    "is_pager_line",
    "next_page",
    "pager_link_title",
    "related_blocks",
    "related_links",
]

MAX_LINKS: Final = 50
_HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LABEL_TAGS: Final = _HEADING_TAGS | {"strong", "b", "span", "div", "p", "dt", "header", "figcaption", "label", "em"}
_NOT_RELATED: Final = frozenset({"الاكثر قراءه", "الاكثر مشاهده", "most read", "most popular", "popular"})
"""Sidebar list headings the marker vocabulary accepts but that are not about this article (folded)."""
_MORE_HEADINGS: Final = frozenset(
    _normalize(heading)
    for heading in (
        "مواضيع قد تهمك", "موضوعات قد تهمك", "أخبار قد تهمك", "مقالات قد تهمك", "قد تهمك", "قد تهمك أيضا",
        "اخترنا لك", "You may be interested in", "You might be interested in", "اقرأ المزيد من",
        "فيديوهات أخرى", "مقاطع فيديو أخرى", "فيديوهات ذات صلة", "معارض صور أخرى", "معارض أخرى", "ألبومات أخرى",
        "صور أخرى", "More videos", "Related videos", "More galleries", "More photos",
        # a story's related ones, as BBC Arabic heads them ("قصص ذات صلة", "قصص مقترحة")
        "قصص ذات صلة", "قصص ذات علاقة", "قصص مقترحة", "قصص قد تهمك", "Related stories",
        # an author's other articles, under the story ("مقالات أخرى للكاتب")
        "مقالات أخرى للكاتب", "مقالات أخرى للكاتبة", "المزيد من مقالات الكاتب", "المزيد من مقالات الكاتبة",
        "مقالات الكاتب", "مقالات الكاتبة", "مقالات للكاتب", "مقالات للكاتبة", "المزيد للكاتب", "المزيد للكاتبة",
        "أحدث مقالات الكاتب", "آخر مقالات الكاتب", "More from this author", "More from the author",
        "More by this author", "More by the author", "More articles by this author", "Other articles by this author",
    )
)  # fmt: skip
"""Related-block headings of pages that the marker vocabulary of saved texts lacks (folded, whole): a
video's or a gallery's others ("فيديوهات أخرى", "معارض صور أخرى") too, an author's other articles
("مقالات أخرى للكاتب", "More from this author").

"اقرأ المزيد من" ("Read more from", over a section's cards) is here, not in the vocabulary: it begins
with the read-also phrase "اقرأ المزيد", and a saved text's line "اقرأ المزيد من …" would read otherwise."""
_FRENCH_READ_ALSO: Final = frozenset(
    {
        "a lire aussi", "a lire egalement", "a lire", "lire aussi", "lire egalement", "a voir aussi",
        "voir aussi", "a decouvrir aussi", "a decouvrir egalement", "a relire",
    }
)  # fmt: skip
"""French read-also headings of Arabic pages from the Maghreb ("À lire aussi", "Lire aussi", "Voir aussi"),
folded as ``_french_heading`` folds them."""
_FRENCH_RELATED: Final = frozenset(
    {
        "articles similaires", "articles lies", "articles associes", "sur le meme sujet", "sur le meme theme",
        "dans la meme rubrique", "dans la meme categorie", "articles en relation", "articles connexes",
        "vous aimerez aussi", "vous aimerez aussi lire", "vous pourriez aussi aimer", "a lire sur le meme sujet",
        "ces articles peuvent vous interesser", "ceci peut vous interesser", "nos suggestions",
    }
)  # fmt: skip
"""French related-block headings of the same pages ("Articles similaires", "Sur le même sujet")."""
_FRENCH_EDGES: Final = " \t\n\xa0:.…»«›‹>-–—|/"
_FRENCH_CHARS: Final = 40


def _french_heading(text: str) -> LinkKind | None:
    """The kind of links under a French heading of an Arabic page from the Maghreb ("À lire aussi :" read-also,
    "Articles similaires" related), or None. Folded here, without the Arabic vocabulary: lower case, accents
    and the edge's colon and arrows gone."""
    text = text.strip(_FRENCH_EDGES)
    if not text or len(text) > _FRENCH_CHARS or not ("A" <= text[0] <= "z" or "\u00c0" <= text[0] <= "\u017f"):
        return None  # cheap: none of these headings is long, and each begins with a Latin letter
    folded = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    folded = " ".join("".join(char for char in folded if not unicodedata.combining(char)).split())
    if folded in _FRENCH_READ_ALSO:
        return "read-also"
    return "related" if folded in _FRENCH_RELATED else None


_MORE_FROM: Final = re.compile(r"(?:ال|لل)مزيد(?: من (?:(?:اخبار|مقالات|مواضيع|موضوعات|قصص|فيديوهات|صور) )?[^\W\d_]+)?")
"""A "more" block's heading, folded: "المزيد", "للمزيد", "المزيد من ثقافة" (a section's name), "المزيد من
أخبار الرياضة", "للمزيد من الأخبار"; one word after "من" (two after a kind of story), so a headline ("المزيد من
الأمطار غداً") is none."""
_RELATED_XPATH: Final = (
    "(//@class[contains(translate(., 'RELATED', 'related'), 'related') or contains(., 'wp-embedded-content')]"
    " | //@id[contains(translate(., 'RELATED', 'related'), 'related')])/parent::*[.//a]"
    " | (//@class[contains(., 'read-more') or contains(., 'read-next')]"
    " | //@id[contains(., 'read-more') or contains(., 'read-next')])"
    "/parent::*[.//a and (.//article or .//h2 or .//h3 or .//h4)]"
)
"""Elements whose class or id says "related" and that hold links, or "read-more" / "read-next" and hold story
cards under their headlines (Ghost's ``<aside class="read-more-wrap">``; not a "Continue reading" link's
paragraph), or a WordPress post embed (``<blockquote class="wp-embedded-content"><a href>…</a></blockquote>``, the
card WordPress makes of a link to another post pasted in the story: a read-also link, not a paragraph), in
document order.

Scanning the class and id attributes rather than every element is several times faster.
"""


def element_text(element: HtmlElement) -> str:
    """An element's text as one sanitized line; a line break (``<br>``) and a block's edges (a ``<div>``, a
    ``<p>``) are a space there, and so are the edges of an element whose class names a label (``_LABEL_NAMES``)
    between two letters or digits: a kicker (``<h1><span class="kicker">عاجل</span>ارتفاع …</h1>``) or a link's
    section label (``<span class="cat">``), which the page's styles set apart. Any other inline element is
    joined as it stands: a highlight or a drop cap inside a word (``مستش<span class="hl">فى</span>``,
    ``<span class="n">300</span>0``) is part of it. lxml's ``text_content`` joins them all with nothing
    ("المسافرين<br>في" read as one word).
    Walked without recursion (a page may nest 2,048 levels deep)."""
    if not len(element):
        return sanitize_line(element.text_content())
    pieces = [element.text or ""]
    stack: list[tuple[HtmlElement, Iterator[HtmlElement]]] = [(element, iter(element))]
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if stack:  # a descendant: its closing edge, then its tail
                pieces.append(_edge(node))
                pieces.append(node.tail or "")
            continue
        if isinstance(child.tag, str):
            pieces.append(_edge(child))
            pieces.append(child.text or "")
            stack.append((child, iter(child)))
        else:
            pieces.append(child.tail or "")  # a comment: its tail only
    return sanitize_line(_SET_APART.sub(_apart, "".join(pieces)))


_SPACED_TAGS: Final = frozenset(
    {"br", "hr", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "figure", "figcaption",
     "section", "header", "footer", "article", "aside", "nav", "blockquote", "address", *_HEADING_TAGS}
)  # fmt: skip
"""Elements whose edges are a space in an element's text (line breaks and blocks)."""
_LABEL_NAMES: Final = frozenset(
    {"kicker", "cat", "category", "categories", "label", "badge", "tag", "section", "rubric", "eyebrow", "overline",
     "breaking", "urgent", "topic", "flag"}
)  # fmt: skip
"""Words of an inline element's class (whole, or a part between hyphens or underscores: ``post-cat``,
``kicker_text``) naming a label the page's styles set apart from the words after it."""
_EDGE: Final = "\x00"
"""Marks a label's edge in the text being joined: a space only between two letters or digits."""
_SET_APART: Final = re.compile(f"{_EDGE}+")


def _edge(node: HtmlElement) -> str:
    """What an element's edge is in its ancestor's text: a space, a mark (``_EDGE``) or nothing."""
    if not isinstance(node.tag, str):
        return ""
    if node.tag in _SPACED_TAGS:
        return " "
    return _EDGE if _names_label(node.get("class")) else ""


def _names_label(classes: str | None) -> bool:
    """Whether a class attribute names a label (``_LABEL_NAMES``)."""
    if not classes:
        return False
    return any(part in _LABEL_NAMES for name in classes.lower().split() for part in re.split(r"[-_]", name))


def _apart(match: re.Match[str]) -> str:
    """A label's edge: a space between two letters or digits (marks count as letters), else nothing."""
    text, start, end = match.string, match.start(), match.end()
    return " " if start and end < len(text) and _wordy(text[start - 1]) and _wordy(text[end]) else ""


def _wordy(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


def link_title(anchor: HtmlElement) -> str:
    """A link's title: the heading inside the anchor, else its text with its parts kept apart.

    A story card is one anchor around a kicker, a headline and a time
    (``<a><span>اقتصاد</span><h4>…</h4><span>منذ ساعتين</span></a>``): the ``<h4>`` is the title. With no
    heading, the card's stamps are left out (``_stamps``: a ``<time>``, an element classed ``time``, ``date``,
    ``views``, ``duration``, ``meta`` … whose text reads as a stamp: its date, ``منذ ساعتين``, ``980 مشاهدة``, a
    video's ``03:45``), unless what is left is nothing or only a kicker or badge (``<span class="kicker">في مثل هذا
    اليوم</span><span class="date">1 ديسمبر 1955</span>``, ``عاجل``); and an anchor that holds only elements, one
    beside the other with no text of its own between them, gives their texts one space apart (read as text they
    run together: "Business2 hours ago"). A title that begins with a number in its own words (``<a>3 قتلى في حادث
    سير</a>``) is whole: only an element marked as a stamp is one, and a headline in a ``meta``-classed element
    (``<div class="card-meta">انقطاع المياه …</div>``) is no stamp.
    """
    for heading in anchor.iter(*_HEADING_TAGS):
        text = element_text(heading)
        if text:
            return text
    if len(anchor) and (stamps := _stamps(anchor)):
        # A copy without the stamps (their tails kept): the page's tree is read again after this.
        from copy import deepcopy

        bare = deepcopy(anchor)
        bare.tail = None
        marked = set(stamps)
        for copied in [
            copied for original, copied in zip(anchor.iter(), bare.iter(), strict=True) if original in marked
        ]:
            copied.drop_tree()
        if (title := _title_of(bare)) and not _only_labels(bare) and _normalize(title) not in _BADGE_TITLES:
            return title
    return _title_of(anchor)


_STAMP_NAMES: Final = frozenset(
    {"time", "date", "datetime", "timestamp", "ago", "stamp", "published", "pubdate", "updated", "views", "view",
     "viewcount", "viewed", "reads", "hits", "duration", "length", "runtime", "meta", "metadata", "postmeta",
     "postdate", "posttime", "newsdate", "newstime", "dur"}
)  # fmt: skip
"""Words of the class of an element inside a card's anchor (whole, or a part between hyphens or underscores:
``post-date``, ``views_count``, ``video-duration``, ``entry-meta``) naming a stamp beside its headline: its date
or time, its views, a video's length, the line of them."""
_TITLE_NAMES: Final = frozenset({"title", "headline", "heading", "name"})
"""Words of a class naming the headline, which no stamp's does (Drupal's ``views-field-title``)."""
_STAMP_CHARS: Final = 50
"""The most characters a stamp holds ("الخميس 26 نوفمبر 2026 - 18:40"); more is a teaser or a title."""


def _stamps(anchor: HtmlElement) -> list[HtmlElement]:
    """The stamps inside an anchor (``link_title``): ``<time>`` elements and elements whose class names a stamp
    (``_STAMP_NAMES``) whose own text reads as one (``_reads_as_stamp``), the innermost only (a ``<div
    class="meta">`` around a title and a date is not one, the date in it is)."""
    found = [
        element
        for element in anchor.iterdescendants()
        if isinstance(element.tag, str)
        and (element.tag == "time" or _names_stamp(element.get("class")))
        and _reads_as_stamp(element)
    ]
    if len(found) < 2:
        return found
    inner = set(found)
    return [element for element in found if not any(other in inner for other in element.iterdescendants())]


_NUMBER: Final = r"[0-9٠-٩][0-9٠-٩,.٬٫]*(?:\s*(?:ألف|الف|آلاف|الاف|مليون|ملايين|[KkMm]))?"
_COUNTED: Final = (
    r"مشاهدات|مشاهدة|مشاهده|قراءات|قراءة|قراءه|زيارات|زيارة|تعليقات|تعليقا|تعليق|إعجاب|اعجاب"
    r"|views?|reads?|hits|comments?|likes?"
)
_STAMP_TEXT: Final = re.compile(
    # a count with its word ("980 مشاهدة", "مشاهدات: 980", "12 comments", "تعليقات (3)")
    rf"{_NUMBER}\s*(?:{_COUNTED})|(?:عدد\s+)?(?:{_COUNTED})\s*[:：]?\s*\(?{_NUMBER}\)?"
    # a most-read or most-viewed badge of a list ("الأكثر قراءة", "Most viewed")
    r"|(?:ال)?[أا]كثر\s+(?:قراءة|قراءه|مشاهدة|مشاهده|تعليقا|تداولا)|most\s+(?:read|viewed|popular|commented)"
    # a video's length or a time of day ("03:45", "1:02:33", "10:30 م")
    r"|[0-9٠-٩]{1,2}(?:[:：][0-9٠-٩]{2}){1,2}(?:\s*(?:ص|م|[AaPp]\.?[Mm]\.?))?"
    # a reading time ("قراءة 3 دقائق", "3 min read")
    r"|(?:مدة\s+)?(?:القراءة|قراءة)\s*[:：]?\s*[0-9٠-٩]+\s*(?:دقيقة|دقائق|د)|[0-9٠-٩]+\s*(?:دقيقة|دقائق|د)\s+قراءة"
    r"|[0-9]+\s*min(?:ute)?s?\s+read",
    re.IGNORECASE,
)
"""What a card's stamp says besides a date: a count of views or comments, a video's length, a time, a reading time."""
_COUNT_NAMES: Final = frozenset({"views", "view", "viewcount", "viewed", "reads", "hits", "count", "counter"})
"""Words of the class of an element whose bare number is a count of views ("<span class="views-count">12 ألف")."""
_BARE_NUMBER: Final = re.compile(_NUMBER)


def _reads_as_stamp(element: HtmlElement) -> bool:
    """Whether an element's own text reads as a card's stamp, or as stamps one beside the other ("28 نوفمبر 2026 ·
    980 مشاهدة"): a date or a relative time (``is_date_line``: "28 نوفمبر 2026", "منذ ساعتين"), a count of views
    or comments ("980 مشاهدة", a bare number under a class naming views: ``<span class="views-count">12
    ألف</span>``), a video's length ("03:45"), a time. A headline in a ``meta``-classed element (``<div
    class="card-meta">…</div>``) or a film called "الساعة 25" is none."""
    text = sanitize_line(element.text_content())
    if not text or len(text) > _STAMP_CHARS:
        return False
    classes = (element.get("class") or "").lower()
    counted = any(part in _COUNT_NAMES for name in classes.split() for part in re.split(r"[-_]", name))
    if _stamp_text(text, counted):
        return True
    parts = _STAMP_SPLIT.split(text)
    return len(parts) > 1 and all(_stamp_text(part.strip(), counted) for part in parts)


_STAMP_SPLIT: Final = re.compile(r"[·•|]|\s[-–—]\s")
"""What parts the stamps of a card's line of them ("28 نوفمبر 2026 · 980 مشاهدة")."""


def _stamp_text(text: str, counted: bool) -> bool:
    """Whether a text is one stamp (``_reads_as_stamp``); a bare number only when ``counted`` (a views class)."""
    from newstui.parse.plaintext_dates import is_date_line

    if not text:
        return False
    if _STAMP_TEXT.fullmatch(text) is not None or is_date_line(text):
        return True
    return counted and _BARE_NUMBER.fullmatch(text) is not None


_BADGE_TITLES: Final = frozenset(
    _normalize(badge)
    for badge in ("عاجل", "خاص", "حصري", "مباشر", "بث مباشر", "فيديو", "بالفيديو", "صور", "بالصور", "Breaking",
                  "Live", "Exclusive", "Video", "Photos")
)  # fmt: skip
"""A card's badge, folded: what is left of a title without its stamps is no title when it is only one."""


def _only_labels(element: HtmlElement, *, stamps: bool = False) -> bool:
    """Whether an element's words all lie in labels (an element classed ``kicker``, ``badge``, ``cat`` …,
    ``_names_label``): what is left of a card without its stamps is its kicker, not its headline. With
    ``stamps``, in labels or stamps (``_stamps``: a video card's ``<span class="dur">02:15</span>``)."""
    if (element.text or "").strip():
        return False
    for child in element:
        if (child.tail or "").strip():
            return False
        if (
            isinstance(child.tag, str)
            and not _names_label(child.get("class"))
            and not (stamps and _is_stamp(child))
            and not _only_labels(child, stamps=stamps)
        ):
            return False
    return True


def _is_stamp(element: HtmlElement) -> bool:
    """Whether an element is a card's stamp (``_stamps``): a ``<time>``, or classed as one, reading as one."""
    return (element.tag == "time" or _names_stamp(element.get("class"))) and _reads_as_stamp(element)


_CLOCK: Final = re.compile(r"[0-9٠-٩]{1,2}(?:[:：][0-9٠-٩]{2}){1,2}")
"""A video's length alone ("02:15", "1:02:33"): no headline."""


def _no_title(anchor: HtmlElement, title: str) -> bool:
    """Whether an anchor's title is no headline: only its card's labels or stamps (a thumbnail anchor around an
    image and a video's length, ``02:15``), which the card's headline anchor to the same address replaces."""
    return bool(len(anchor)) and (_only_labels(anchor, stamps=True) or _CLOCK.fullmatch(title) is not None)


def _names_stamp(classes: str | None) -> bool:
    """Whether a class attribute names a stamp (``_STAMP_NAMES``) and not the headline (``_TITLE_NAMES``)."""
    if not classes:
        return False
    parts = {part for name in classes.lower().split() for part in re.split(r"[-_]", name)}
    return not parts.isdisjoint(_STAMP_NAMES) and parts.isdisjoint(_TITLE_NAMES)


def _title_of(anchor: HtmlElement) -> str:
    """An anchor's text, its child elements one space apart when it holds only them (``link_title``)."""
    children = list(anchor)
    if len(children) > 1 and not (anchor.text or "").strip() and not any((c.tail or "").strip() for c in children):
        return sanitize_line(" ".join(map(element_text, children)))
    return element_text(anchor)


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
    if tampered_address(href):
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
    """Whether a label is a bare related/read-also heading ("أخبار ذات صلة", "اقرأ أيضاً:", "Related",
    "المزيد من ثقافة", "للمزيد:")."""
    found = match_marker(text)
    if found is None or found[0] not in (MarkerKind.RELATED, MarkerKind.READ_ALSO) or found[1]:
        folded = _normalize(text)
        if folded in _MORE_HEADINGS or _MORE_FROM.fullmatch(folded) is not None:
            return True
        return _french_heading(text) is not None
    return _normalize(text) not in _NOT_RELATED


def _heading_kind(text: str) -> LinkKind:
    """The kind of links under a related heading (``_is_related_heading``): read-also under "اقرأ أيضاً",
    "Read also" or "À lire aussi" alone, else related ("اقرأ المزيد من" is related)."""
    found = match_marker(text)
    if found is not None and found[0] is MarkerKind.READ_ALSO and not found[1]:
        return "read-also"
    return "read-also" if found is None and _french_heading(text) == "read-also" else "related"


def _link_dense(element: HtmlElement) -> bool:
    """Whether most of an element's text is link text (a list of links, not prose)."""
    total = len(element.text_content().strip())
    if total == 0:
        return False
    linked = sum(len(a.text_content().strip()) for a in element.iter("a"))
    return linked * 2 >= total


def _stats(piece: str) -> tuple[int, int, int]:
    """A text's length and the lengths of its leading and trailing whitespace (all of it, twice, when blank)."""
    size = len(piece)
    lead = size - len(piece.lstrip())
    return (size, size, size) if lead == size else (size, lead, size - len(piece.rstrip()))


def _joined(first: tuple[int, int, int], second: tuple[int, int, int]) -> tuple[int, int, int]:
    """``_stats`` of two texts joined, from theirs."""
    size = first[0] + second[0]
    lead = first[1] if first[1] < first[0] else first[0] + second[1]
    trail = second[2] if second[2] < second[0] else second[0] + first[2]
    return size, lead, trail


def _stripped(stats: tuple[int, int, int]) -> int:
    return stats[0] - stats[1] - stats[2] if stats[1] < stats[0] else 0


def _densities(top: HtmlElement, wanted: set[HtmlElement], found: dict[HtmlElement, bool]) -> None:
    """``_link_dense`` of the ``wanted`` elements in ``top``'s subtree (``top`` included) into ``found``.

    One pass, bottom up, without recursion: the text and link-text lengths of an element are summed
    from its children's, where ``_link_dense`` reads the whole subtree again at every nesting level.
    """
    # Each open element: [element, its children, text stats so far, link text so far].
    frames: list[list[Any]] = [[top, iter(top), _stats(top.text or ""), 0]]
    while frames:
        frame = frames[-1]
        child = next(frame[1], None)
        if child is not None:
            if isinstance(child.tag, str):
                frames.append([child, iter(child), _stats(child.text or ""), 0])
            elif child.tail:  # a comment or processing instruction: only its tail is text
                frame[2] = _joined(frame[2], _stats(child.tail))
            continue
        frames.pop()
        element, _, stats, linked = frame
        total = _stripped(stats)
        if element.tag == "a":
            linked += total
        if element in wanted:
            found[element] = total != 0 and linked * 2 >= total
        if frames:
            parent = frames[-1]
            parent[2] = _joined(parent[2], stats)
            if element.tail:
                parent[2] = _joined(parent[2], _stats(element.tail))
            parent[3] += linked


_LABEL_CHARS: Final = 80
_LABEL_PIECES: Final = 13
_Label = tuple[str, int, int]
"""A label's text, how many pieces of text it is made of, and how many anchors it holds (up to 2)."""


def _label(top: HtmlElement, memo: dict[HtmlElement, _Label | None], limit: int = _LABEL_CHARS) -> _Label | None:
    """An element's text if it is short (a label, not a container), else None; stops reading early.

    The text is that of ``itertext()``: at most ``limit`` characters in at most 13 pieces. ``memo`` (for
    one limit) holds the answer for every element read so far, of any tag: labels nested in labels are
    read once in all, and the elements open around the place where the limits are passed are no
    labels either. As ``_deep_short_text`` gives, with the anchors counted (the element's own tag included).
    """
    if top in memo:
        return memo[top]
    text = top.text
    pieces = [] if text is None else [text]
    anchors = int(top.tag == "a")
    for child in top:  # children without children of their own are read directly (the usual label, cheaper)
        if len(child) or not isinstance(child.tag, str):
            break
        if child.text is not None:
            pieces.append(child.text)
        if child.tail is not None:
            pieces.append(child.tail)
        anchors += child.tag == "a"
        if len(pieces) > _LABEL_PIECES:
            memo[top] = None
            return None
    else:
        joined = "".join(pieces)
        memo[top] = found = None if len(joined) > limit else (joined, len(pieces), min(2, anchors))
        return found
    # Each open element: [element, its children, pieces of text, how many, their length, anchors].
    frames: list[list[Any]] = []

    def enter(element: HtmlElement) -> bool:
        text = element.text
        size = len(text or "")
        pieces = [] if text is None else [text]
        frames.append([element, iter(element), pieces, len(pieces), size, int(element.tag == "a")])
        return size <= limit

    def merge(frame: list[Any], label: _Label, tail: str | None) -> bool:
        text, pieces, anchors = label
        if pieces:
            frame[2].append(text)
        frame[3] += pieces
        frame[4] += len(text)
        frame[5] = min(2, frame[5] + anchors)
        if tail is not None:
            frame[2].append(tail)
            frame[3] += 1
            frame[4] += len(tail)
        return bool(frame[4] <= limit and frame[3] <= _LABEL_PIECES)

    def fail() -> None:
        for frame in frames:  # each element still open holds the text that passed the limits
            memo[frame[0]] = None

    if not enter(top):
        fail()
        return None
    while True:
        frame = frames[-1]
        child = next(frame[1], None)
        if child is None:
            frames.pop()
            label: _Label = ("".join(frame[2]), frame[3], frame[5])
            memo[frame[0]] = label
            if not frames:
                return label
            if not merge(frames[-1], label, frame[0].tail):
                break
        elif not isinstance(child.tag, str):  # a comment or processing instruction: only its tail is text
            if not merge(frame, ("", 0, 0), child.tail):
                break
        elif child in memo:
            known = memo[child]
            if known is None or not merge(frame, known, child.tail):
                break
        elif not enter(child):
            break
    fail()
    return None


def _shallow_text(element: HtmlElement, limit: int) -> str | None | Literal[False]:
    """``_deep_short_text`` of an element whose children have no children of their own (read directly,
    cheaper), else False."""
    text = element.text
    if not len(element):  # no child elements: the text is all there is
        return None if text is not None and len(text) > limit else text or ""
    pieces = [] if text is None else [text]
    for child in element:
        if len(child) or not isinstance(child.tag, str):
            return False
        if child.text is not None:
            pieces.append(child.text)
        if child.tail is not None:
            pieces.append(child.tail)
        if len(pieces) > _LABEL_PIECES:
            return None
    joined = "".join(pieces)
    return joined if len(joined) <= limit else None


def _deep_short_text(element: HtmlElement, limit: int) -> str | None:
    """An element's text if it is short (a label, not a container), else None; stops reading early.

    The text is that of ``itertext()``, read up to the limits: at most ``limit`` characters, and more
    than 13 pieces of text also make a container.
    """
    parts: list[str] = []
    size = 0
    for count, piece in enumerate(element.itertext()):
        size += len(piece)
        if size > limit or count > 12:
            return None
        parts.append(piece)
    return "".join(parts)


_DEEP_READS: Final = 16
"""Labels of a page read deep by ``itertext`` (in C, fast, but from scratch each: n² for labels nested n
deep); the ones after are read by ``_label``, which remembers every element it reads."""


def _headings(root: HtmlElement) -> list[tuple[HtmlElement, LinkKind]]:
    """Innermost short elements whose text is a related-block heading, with the kind of links under it
    ("اقرأ أيضاً" / "Read also": read-also; any other: related)."""
    found: dict[HtmlElement, LinkKind] = {}
    labels: dict[HtmlElement, _Label | None] = {}
    deep_reads = 0
    for element in root.iter(*_LABEL_TAGS):
        anchors = -1  # not counted yet
        content = _shallow_text(element, _LABEL_CHARS)
        if content is False:
            if deep_reads < _DEEP_READS:
                deep_reads += 1
                content = _deep_short_text(element, _LABEL_CHARS)
            else:
                label = _label(element, labels)
                content, anchors = (None, -1) if label is None else (label[0], label[2])
        if content is None or not _is_related_heading(content):
            continue
        if anchors < 0:
            anchors = len(list(itertools.islice(element.iter("a"), 2)))
        if anchors > 1 or (anchors and element.tag not in _HEADING_TAGS):
            continue  # a "Read more" link is not a heading
        found[element] = _heading_kind(content)
    # Innermost: not an ancestor of another (each ancestor marked once, climbing from every heading).
    outer: set[HtmlElement] = set()
    for element in found:
        for ancestor in element.iterancestors():
            if ancestor in outer:
                break
            outer.add(ancestor)
    return [(e, kind) for e, kind in found.items() if e not in outer]


_CARD_CHARS: Final = 300
"""A story card (a linked headline and its teaser) holds at most this much text."""
_CARD_TAGS: Final = frozenset({"div", "article", "li", "section"})


def is_card(element: HtmlElement) -> bool:
    """Whether an element is a story card: a short block that begins with its linked headline
    (``<h3><a>headline</a></h3><p>one teaser sentence</p>``, or the anchor itself first), its teaser after.

    The teaser is often longer than the headline, so a card is not ``_link_dense``; prose that
    begins with a link (``<p><a>The board</a> said…``) is no card, nor is a block with text before it.
    """
    if element.tag not in _CARD_TAGS or (element.text or "").strip():
        return False
    text = _label(element, {}, _CARD_CHARS)
    if text is None or not text[0].strip():
        return False
    for child in element.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        if child.tag == "a":  # a headline of its own line, not a link that begins a sentence
            return not (child.tail or "").strip()
        if child.tag in _HEADING_TAGS:
            return child.find(".//a") is not None and _link_dense(child)
        if (child.text or "").strip():
            return False  # text before the headline: a kicker or prose, not read as a card
    return False


_CARDS_IN_GRID: Final = 20


def _cards(element: HtmlElement) -> bool:
    """Whether an element is a story card, or a list or grid of nothing but story cards."""
    if is_card(element):
        return True
    if element.tag not in _CARD_TAGS and element.tag not in ("ul", "ol"):
        return False
    children = 0
    for child in element:
        if not isinstance(child.tag, str):
            continue
        children += 1
        if children > _CARDS_IN_GRID or (child.tail or "").strip() or not is_card(child):
            return False
    return children > 0 and not (element.text or "").strip()


def _following_block(heading: HtmlElement) -> list[HtmlElement]:
    """The link-list elements that follow a heading (climbing out of a wrapper that holds only it):
    lists of links, and story cards (``is_card``) whose teaser outweighs their headline."""
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
            if sibling.tag == "a" or (sibling.find(".//a") is not None and (_link_dense(sibling) or _cards(sibling))):
                block.append(sibling)
            elif sibling.text_content().strip():
                break
        if block:
            return [node, *block]
        node = node.getparent()
    return []


_INLINE_WRAPPERS: Final = frozenset({"strong", "b", "em", "i", "span"})
_INLINE_SEPARATORS: Final = (":", "：", "-", "–", "—", "|", "»", "…")


def _inline_read_also(root: HtmlElement) -> Iterator[tuple[HtmlElement, LinkKind]]:
    """Links that end a paragraph and say so ("… الماضيين. <a>اقرأ أيضا: افتتاح الحديقة</a>"), each
    with the element to take out of the paragraph (the link, or the bold around it), as read-also.

    Only a link with nothing after it in its ``<p>`` counts, and only when its text is a read-also
    marker, a separator and a title; a link in a sentence stays in it. A paragraph (or ``<div>``) that
    is only a read-also or related marker written as its text and then its links (``_labelled_line``:
    "اقرأ أيضاً: <a>…</a>", "طالع أيضا.. <a>…</a>", "Related: <a>…</a>", two links joined by "و") is one
    too, taken out whole.
    """
    lines: dict[HtmlElement, LinkKind | None] = {}
    for anchor in list(root.iter("a")):  # (a list: a line set apart by <br>s is wrapped on the way, _br_line)
        node = anchor
        while (wrapper := node.getparent()) is not None and wrapper.tag in _INLINE_WRAPPERS:
            node = wrapper
        line = node.getparent()
        if line is not None and line.tag in _LABELLED_LINE_TAGS:
            if line not in lines:
                lines[line] = _labelled_line(line)
                if (kind := lines[line]) is not None:
                    yield line, kind
            if lines[line] is not None:
                continue
        if (found_line := _br_line(node)) is not None:
            yield found_line
            continue
        node = anchor
        while node.getnext() is None and not (node.tail or "").strip():
            parent = node.getparent()
            if parent is None or parent.tag not in _INLINE_WRAPPERS:
                break
            node = parent
        else:
            continue  # something follows the link in its paragraph
        parent = node.getparent()
        if parent is None or parent.tag != "p" or (node.tail or "").strip() or node.getnext() is not None:
            continue
        text = anchor.text_content()
        found = match_marker(text)
        if found is not None and found[0] is MarkerKind.READ_ALSO and found[1]:
            marker = text[: text.rfind(found[1])]
            if any(separator in marker for separator in _INLINE_SEPARATORS):  # not "اقرأ المزيد عن الحديقة"
                yield node, "read-also"


_LABELLED_LINE_TAGS: Final = frozenset({"p", "div"})
_LABEL_TEXT_CHARS: Final = 40
_LINK_JOINERS: Final = frozenset({"", "و", "،", ",", "|", "-", "–", "—", "/", "؛", ";", "·", "•", "and", "or", "أو"})
"""What may stand between two links after one read-also label: "اقرأ أيضاً: <a>…</a> و<a>…</a>"."""
_LINE_ENDS: Final = frozenset({"", ".", "…", "؛", ";"})
"""What may end such a line after its last link: "اقرأ أيضاً: <a>…</a>."."""


def _labelled_line(line: HtmlElement) -> LinkKind | None:
    """The kind of links of a line that is a read-also or related marker written as its own text, then its
    links, or None: "اقرأ أيضاً: <a>…</a>" (read-also), "Related: <a>…</a>" (related); two links or more
    joined by "و", a comma or a bar, a full stop after the last, a link in a bold or a picture's. Nothing but the marker
    may come before the links (a marker in its own element, ``<strong>اقرأ أيضاً:</strong>``, is a
    heading: ``_headings``); a sentence that ends with a link is none, nor one with words between links. A line
    wrapped whole in an italic or a bold (``<p><em>اقرأ أيضاً: <a>…</a> و<a>…</a>.</em></p>``) is read inside it."""
    line = _unwrapped(line)
    label = (line.text or "").strip()
    if not label or len(label) > _LABEL_TEXT_CHARS or not len(line):
        return None
    links = 0
    children = list(line)
    for index, child in enumerate(children):
        tail = (child.tail or "").strip()
        if tail not in (_LINE_ENDS if index == len(children) - 1 else _LINK_JOINERS):
            return None
        if child.tag == "br":
            continue
        anchor = child
        while anchor.tag in _INLINE_WRAPPERS and len(anchor) == 1 and not (anchor.text or "").strip():
            if (anchor[0].tail or "").strip():
                return None
            anchor = anchor[0]
        if anchor.tag != "a" or not (element_text(anchor) or anchor.find(".//img") is not None):
            return None  # a link with no words is one only as a picture: "اقرأ أيضاً <a><img></a>"
        links += 1
    if not links or not _is_related_heading(label):
        return None
    return _heading_kind(label)


_BR_LINE_WRAPPERS: Final = frozenset({"font", "span", "b", "strong", "em", "i"})
"""Inline elements an old page's line of its own may be written in, between two ``<br>``s."""


def _br_line(node: HtmlElement) -> tuple[HtmlElement, LinkKind] | None:
    """A read-also or related line (``_labelled_line``) of prose parted by ``<br>`` that opens at ``node`` (a
    link, or the inline element it is in), with its kind: its marker is the text right after a ``<br>`` (or
    its block's opening text, a ``<br>`` after the line), "…<br><br>اقرأ أيضاً: <a>…</a>", its links reach
    the next ``<br>`` or the block's end; or the inline element holding the marker and its links alone
    between ``<br>``s, ``<br><font>اقرأ أيضاً: <a>…</a></font>``, ``<br><b>اقرأ أيضاً: <a>…</a></b>``.
    The line's marker and links are wrapped in a ``<span>`` to be taken out whole; None when ``node``
    opens no such line."""
    parent = node.getparent()
    if parent is None:
        return None
    if node.tag != "a" and (node.text or "").strip():  # "<br><b>اقرأ أيضاً: <a>…</a></b>": the bold is the line
        kind = _labelled_line(node) if _between_breaks(node) else None
        return (node, kind) if kind is not None else None
    previous = node.getprevious()
    if previous is not None and previous.tag != "br":
        return None
    label = ((previous.tail if previous is not None else parent.text) or "").strip()
    if not label or len(label) > _LABEL_TEXT_CHARS or not _is_related_heading(label):
        return None
    run = [node]
    following = node.getnext()
    while following is not None and following.tag != "br":
        if following.tag != "a" and following.tag not in _INLINE_WRAPPERS:
            return None
        run.append(following)
        following = following.getnext()
    if previous is None and following is None:  # the marker and its links are the element's whole text
        if parent.tag not in _BR_LINE_WRAPPERS or not _between_breaks(parent):
            return None
        kind = _labelled_line(parent)
        return (parent, kind) if kind is not None else None
    span = parent.makeelement("span", {})
    span.text = label + " "
    if previous is not None:
        previous.tail = None
    else:
        parent.text = None
    node.addprevious(span)
    for element in run:
        span.append(element)  # (each with its tail)
    kind = _labelled_line(span)
    return (span, kind) if kind is not None else None


def _between_breaks(element: HtmlElement) -> bool:
    """Whether an element stands alone on its line: a ``<br>`` (or its block's edge, with no text) on each side."""
    if (element.tail or "").strip():
        return False
    previous, following = element.getprevious(), element.getnext()
    parent = element.getparent()
    if previous is None and parent is not None and (parent.text or "").strip():
        return False
    if previous is not None and (previous.tag != "br" or (previous.tail or "").strip()):
        return False
    return following is None or following.tag == "br"


def _unwrapped(line: HtmlElement) -> HtmlElement:
    """The inline element a line is wrapped in whole (``<p><em>…</em></p>``, a full stop after it at most), else
    the line."""
    while (
        len(line) == 1
        and not (line.text or "").strip()
        and line[0].tag in _INLINE_WRAPPERS
        and (line[0].tail or "").strip() in _LINE_ENDS
    ):
        line = line[0]
    return line


def related_blocks(root: HtmlElement) -> list[tuple[HtmlElement, LinkKind]]:
    """Elements that make up related-story blocks, outermost first, none inside another, each with the kind
    of its links (read-also under a read-also heading or inline at a paragraph's end, else related)."""
    blocks: list[tuple[HtmlElement, LinkKind]] = []
    headings = _headings(root)
    for heading, kind in headings:
        blocks.extend((element, kind) for element in _following_block(heading))
    blocks.extend(_inline_read_also(root))
    candidates = [e for e in root.xpath(_RELATED_XPATH) if e.tag not in ("html", "body", "article", "main")]
    # The asides of articles, each once however many articles hold it, in document order (the outermost
    # articles are walked, in order).
    asides: list[HtmlElement] = []
    inside: set[HtmlElement] = set()  # the articles and asides of the articles walked so far
    for article in root.iter("article"):
        if article in inside:
            continue
        for element in article.iter("article", "aside"):
            inside.add(element)
            if element.tag == "aside":  # dense only with link text: no look for an anchor first (n² nested)
                asides.append(element)
    # Link density of every candidate in one pass per outermost one (nested blocks are not read again).
    wanted = {*candidates, *asides}
    dense: dict[HtmlElement, bool] = {}
    for element in (*candidates, *asides):
        if element not in dense:
            _densities(element, wanted, dense)
    # A block found by its class or as an aside is of the kind of the headings inside it: read-also
    # under "اقرأ أيضاً" alone (``<div class="related-inline"><span>اقرأ أيضاً</span><a>…</a></div>``).
    under_kind = _under_headings(headings)
    blocks.extend((element, _candidate_kind(element, under_kind)) for element in candidates if dense[element])
    blocks.extend((element, under_kind.get(element, "related")) for element in asides if dense[element])
    chosen = {element for element, _ in blocks}
    unique: dict[HtmlElement, LinkKind] = {}
    under: dict[HtmlElement, bool] = {}  # whether an element is inside a chosen one, as found so far
    for element, kind in blocks:
        if element in unique or _under_chosen(element, chosen, under):
            continue
        unique[element] = kind
    return list(unique.items())


def _candidate_kind(element: HtmlElement, under_kind: dict[HtmlElement, LinkKind]) -> LinkKind:
    """A block's kind: a WordPress post embed in the story (``wp-embedded-content``) is a read-also link, any
    other the kind of the headings inside it, else related."""
    if element.tag == "blockquote" and "wp-embedded-content" in (element.get("class") or ""):
        return "read-also"
    return under_kind.get(element, "related")


def _in_page_order(blocks: Iterable[tuple[HtmlElement, LinkKind]]) -> list[tuple[HtmlElement, LinkKind]]:
    """Blocks none inside another (``related_blocks``'), in the order the page shows them (a read-also box in the
    story before the read-also line that closes it); the page is walked once, up to its last block."""
    blocks = dict(blocks)
    if len(blocks) < 2:
        return list(blocks.items())
    root = next(iter(blocks)).getroottree().getroot()
    ordered: list[tuple[HtmlElement, LinkKind]] = []
    for element in root.iter():
        kind = blocks.get(element)
        if kind is not None:
            ordered.append((element, kind))
            if len(ordered) == len(blocks):
                return ordered
    placed = {element for element, _ in ordered}  # (none is outside the page: kept all the same)
    return ordered + [(element, kind) for element, kind in blocks.items() if element not in placed]


def _under_headings(headings: list[tuple[HtmlElement, LinkKind]]) -> dict[HtmlElement, LinkKind]:
    """The ancestors of the headings with the kind of the headings under them: read-also when all of them
    are read-also headings, else related. Each ancestor is climbed through at most twice in all."""
    kinds: dict[HtmlElement, LinkKind] = {}
    for kind in ("related", "read-also"):  # related first: an ancestor of both kinds stays related
        for heading, heading_kind in headings:
            if heading_kind != kind:
                continue
            for ancestor in heading.iterancestors():
                if ancestor in kinds:
                    break
                kinds[ancestor] = kind
    return kinds


def _under_chosen(element: HtmlElement, chosen: set[HtmlElement], under: dict[HtmlElement, bool]) -> bool:
    """Whether an ancestor of the element is chosen; ``under`` remembers the answer for the ancestors
    climbed through, so each element of the page is climbed through once in all."""
    path: list[HtmlElement] = []
    answer = False
    for ancestor in element.iterancestors():
        known = under.get(ancestor)
        if known is not None:
            answer = known or ancestor in chosen
            break
        if ancestor in chosen:
            answer = True
            break
        path.append(ancestor)
    for ancestor in path:
        under[ancestor] = answer
    return answer


def _not_followed(href: str) -> bool:
    """Whether a link no http(s) address was made of points nowhere a reader goes: another scheme's
    (``javascript:``, ``mailto:``) or a place in the page (``#top``). A web address holding a character no address
    does (an RLM pasted with it, an RLO, an escape: ``tampered_address``) is not one of them: its link keeps its
    place, shown as its title with no address to follow, as a feed's does."""
    href = href.strip()
    if href.startswith("#"):
        return True
    scheme, colon, _ = href.split("/", 1)[0].partition(":")
    if not colon:
        return False
    return scheme.lower() not in WEB_SCHEMES or not tampered_address(href)


def related_links(
    blocks: Iterable[tuple[HtmlElement, LinkKind]], base: str | None, own_url: str | None
) -> tuple[Link, ...]:
    """Related links from the blocks: titled anchors with absolute http(s) URLs where resolvable, of the
    block's kind, in the order the page shows them."""
    links: list[Link] = []
    seen: set[str] = set()
    # A card's thumbnail anchor whose words are only its category label ("كرة القدم") yields its title to
    # the card's headline anchor to the same address after it: key -> index of such a label-titled link.
    labelled: dict[str, int] = {}
    for block, kind in _in_page_order(blocks):
        anchors = [block] if block.tag == "a" else block.iter("a")
        for anchor in anchors:
            href = anchor.get("href")
            title = link_title(anchor) or sanitize_line(anchor.get("title") or "")
            if not title or len(title) < 3 or _is_related_heading(title):
                continue
            if kind == "read-also" and (marked := match_marker(title)) is not None and marked[1]:
                title = marked[1]  # "اقرأ أيضا: افتتاح الحديقة": the title after the marker
            url = http_url(href, base)
            if url is None and href and _not_followed(href):
                continue  # javascript:, mailto:, in-page anchors
            if url is not None and url == own_url:
                continue
            key = url or _normalize(title)
            ref = url or (href.strip() if href else "")  # (a file's relative link pairs its card's anchors too)
            if ref and ref in labelled and not _no_title(anchor, title):
                # (a second label-only anchor, the card's label shown again, leaves the entry for the headline's)
                index = labelled.pop(ref)
                links[index] = Link(title=title, url=url, kind=links[index].kind)
                seen.add(key)
                continue
            if key in seen:
                continue
            seen.add(key)
            if ref and _no_title(anchor, title):
                labelled[ref] = len(links)
            links.append(Link(title=title, url=url, kind=kind))
            if len(links) >= MAX_LINKS:
                return tuple(links)
    return tuple(links)


_ARROWS: Final = "«»‹›<>←→"
"""What a pager's links wear beside their words ("« الصفحة السابقة", "الصفحة التالية »", "Next ›")."""
_PAGER: Final = re.compile(
    rf"(?:[{_ARROWS}]\s*)?(?:(?:الصفحة\s+)?السابقة|السابق|(?:previous|prev\.?)(?:\s+page)?)\s*(?:[{_ARROWS}]\s*)?"
    r"(?:[|·•\-–—]\s*)?(?=(?:الصفحة|صفحة|page)\s*\d)|(?=(?:الصفحة|صفحة|page)\s*\d)",
    re.IGNORECASE,
)
_PAGER_COUNT: Final = re.compile(r"(?:الصفحة|صفحة|page)\s*\d{1,3}\s*(?:من|/|of)\s*\d{1,3}\b", re.IGNORECASE)
"""A pager's count ("الصفحة 1 من 2", "Page 1 of 3"), which a story split over pages shows under its text,
after its previous page's link ("« الصفحة السابقة صفحة 2 من 2") or first."""
_PAGER_NEXT: Final = re.compile(
    rf"\s*(?:[|·•\-–—]\s*)?(?:[{_ARROWS}]\s*)?(?:(?:(?:الصفحة\s+)?التالية|التالي|next(?:\s+page)?)\s*(?:[{_ARROWS}]\s*)?)?",
    re.IGNORECASE,
)
"""What may follow a pager's count: nothing, or its next page's link ("الصفحة التالية »", "Next ›")."""
_PAGER_CHARS: Final = 80
_STEP_PREVIOUS: Final = rf"(?:[{_ARROWS}]\s*)?(?:السابقة|السابق|previous|prev\.?)(?:\s*[{_ARROWS}])?"
_STEP_NEXT: Final = rf"(?:[{_ARROWS}]\s*)?(?:التالية|التالي|next)(?:\s*[{_ARROWS}])?"
_GALLERY_PAGER: Final = re.compile(
    rf"(?:(?P<previous>{_STEP_PREVIOUS})\s*)?[0-9٠-٩]{{1,3}}\s*(?:/|من|of)\s*[0-9٠-٩]{{1,3}}"
    rf"(?:\s*(?P<next>{_STEP_NEXT}))?",
    re.IGNORECASE,
)
"""A photo gallery's pager: its count without the word "page" between its previous and next buttons
("1 / 4 Next", "‹ Prev 2 of 4 Next ›", "1 / 4 التالي", "السابق 3 من 4")."""


def is_pager_line(text: str) -> bool:
    """Whether a paragraph is a story's pager ("الصفحة 1 من 2 الصفحة التالية »", "« الصفحة السابقة
    صفحة 2 من 2"), not its text: the count alone, or between its previous and next pages' links; a
    sentence that begins with the count ("صفحة 2 من 3 صفحات في التقرير تناولت المياه.") is text. A photo
    gallery's count ("1 / 4 Next", "1 / 4 التالي") is one beside its previous or next button only."""
    if len(text) > _PAGER_CHARS:
        return False
    line = text.strip()
    start = _PAGER.match(line)
    count = _PAGER_COUNT.match(line, start.end()) if start is not None else None
    if count is not None and _PAGER_NEXT.fullmatch(line, count.end()) is not None:
        return True
    gallery = _GALLERY_PAGER.fullmatch(line)  # a gallery's: "1 / 4 Next", no "page" word
    return gallery is not None and (gallery.group("previous") or gallery.group("next")) is not None


_NEXT_LABEL: Final = re.compile(
    r"(?:(?:المقالة|المقال|الخبر|الموضوع|التدوينة|المنشور)\s+التالي[ةه]?|التالي[ةه]?"
    r"|next(?:\s+(?:post|article|story|entry))?)\s*[:：|–—-]\s*(?=\S)",
    re.IGNORECASE,
)
"""The label a blog's link to its next post opens with before that post's headline ("المقالة التالية: ",
"Next post: ")."""


def pager_link_title(title: str) -> str:
    """A pager link's words without its arrows: "الصفحة التالية" for "الصفحة التالية »"; the next post's
    headline without its label ("المقالة التالية: انقطاع المياه …" gives "انقطاع المياه …")."""
    title = title.strip(f"{_ARROWS} \t") or title
    found = _NEXT_LABEL.match(title)
    return title[found.end() :] if found is not None else title


_NEXT_WORDS: Final = re.compile(r"(?:الصفحة\s+)?التالي[ةه]?|next(?:\s+page)?|page\s+suivante|suivante?", re.IGNORECASE)
"""A pager's next page link's words, its arrows left out ("الصفحة التالية ›", "التالي »", "Next ›")."""
_PAGE_WORDS: Final = re.compile(r"الصفحة|page", re.IGNORECASE)
"""A next link's words that say it is a page's ("الصفحة التالية", "Next page", "Page suivante")."""
_NEXT_CHARS: Final = 24
_PAGER_NAMES: Final = ("pagin", "pager", "pagenav", "page-nav", "page-links", "page-numbers", "pages-nav")
"""What the class or id of a story's pager says ("pagination", "pager", "wp-pagenavi", "page-links")."""
_LINKED_XPATH: Final = (
    "//link[@rel][@href] | //a[@rel][@href]"
    " | //@class[contains(., 'pag') or contains(., 'Pag')]/parent::* | //@id[contains(., 'pag')]/parent::*"
)
"""Links with a ``rel`` and an address, and elements whose class or id may name a pager, in document order: the
page's attributes are scanned in C, not every element in Python (about half the time)."""


_OTHER_BOXES: Final = (
    "comment", "review", "gallery", "photo", "slide", "carousel", "lightbox", "album", "respond", "reply",
    "discuss", "disqus", "rating",
)  # fmt: skip
"""What the class or id of a pager's box (or its own) says when it pages something else than the story: its
comments ("comments-area", "#comments", "comment-list"), readers' reviews, a photo gallery or slider. Not
"sidebar" nor "widget": a theme's wrapper of the story says so too ("content-sidebar-wrap",
"elementor-widget-container")."""
_TERM_CLASSES: Final = ("category-", "tag-", "format-", "type-", "postid-", "term-")
"""A class a blog gives a post's box for its terms ("category-photos", "format-gallery"), naming no box (nor
does "preview", a "post-preview" box, name a review)."""


def _pager(element: HtmlElement) -> bool:
    """Whether an element is named as a story's pager (``_PAGER_NAMES``), not the comments' ("comments-pagination")."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return "comment" not in names and any(name in names for name in _PAGER_NAMES)


def _in_other_box(pager: HtmlElement) -> bool:
    """Whether a pager pages another thing than the story (``_OTHER_BOXES``): it, or a box it is in, is named as
    the comments', readers' reviews' or a gallery's (``<section id="comments">…<div class="pagination">``)."""
    for element in itertools.chain((pager,), pager.iterancestors()):
        if element.tag == "body":
            break
        names = f"{element.get('class') or ''} {element.get('id') or ''}".lower().replace("preview", "")
        if any(word in names for word in _OTHER_BOXES) and any(
            word in name for name in names.split() if not name.startswith(_TERM_CLASSES) for word in _OTHER_BOXES
        ):
            return True
    return False


_PAGE_PARAMETERS: Final = frozenset(
    {"page", "p", "pg", "pn", "paged", "pageno", "page_no", "pagenum", "page_num", "pagenumber", "pagina", "seite"}
)
"""A query's names for a story's page number (``?page=2``, ``&p=2``); ``cpage`` is the comments' page."""
_PAGE_PATH: Final = re.compile(
    r"(?:/page/?(\d{1,4})|/(\d{1,4})|[-_](\d{1,4})(?=\.))(?:\.(?:s?html?|php|aspx?))?/*$", re.IGNORECASE
)
"""A page number at the end of an address's path: ``/page/2/``, ``/2/``, ``-2.html``."""
_PATH_EXTENSION: Final = re.compile(r"\.(?:s?html?|php|aspx?)$", re.IGNORECASE)
_NOT_STORY_PAGE: Final = ("comment", "cpage=", "#respond", "replytocom")


def _path_stem(path: str) -> tuple[str, bool]:
    """An address's path without its page number, extension and closing slash, and whether it had a number."""
    found = _PAGE_PATH.search(path)
    stem = path[: found.start()] if found is not None else _PATH_EXTENSION.sub("", path.rstrip("/"))
    return stem.rstrip("/"), found is not None


def _numbered_page(url: str, own: str | None) -> bool:
    """Whether an address is a page of the story at ``own`` by its number: the same path with a page number
    (``?page=2``, ``&p=2``, ``/2/``, ``/page/2``, ``-2.html``), its query's other numbers the story's own; any
    path numbered so when the story's own address is unknown. Not a comments', reviews' or photos' page
    (``comment-page-2``, ``?reviews=2``, ``?photo=2``), nor another story (``/news/other-story/``)."""
    lowered = url.lower()
    if any(word in lowered for word in _NOT_STORY_PAGE):
        return False
    try:
        target = urlsplit(url)
        mine = urlsplit(own) if own else None
    except ValueError:
        return False
    own_query = dict(pair.partition("=")[::2] for pair in mine.query.split("&")) if mine is not None else {}
    numbered = False
    for pair in target.query.split("&") if target.query else ():
        name, _, value = pair.partition("=")
        own_value = own_query.get(name)
        if own_value == value:
            continue
        if name.lower() in _PAGE_PARAMETERS and value.isdigit():
            if own_value is not None and not (
                len(own_value) <= 2 and own_value.isdigit() and int(value) > int(own_value)
            ):
                return False  # "?p=4513" beside the story's "?p=4512": another post, not its page 2
            numbered = True
        elif any(char.isdigit() for char in value):
            return False  # "?reviews=2", "?photo=2", "?id=124": another thing's address
    stem, in_path = _path_stem(unquote(target.path))
    if mine is None:
        return numbered or in_path
    if target.netloc.lower().removeprefix("www.") != mine.netloc.lower().removeprefix("www."):
        return False
    return (numbered or in_path) and stem == _path_stem(unquote(mine.path))[0]


def _pager_next(anchor: HtmlElement) -> bool:
    """Whether a link in a story's pager is its next page's: an address and only words that say so (``_NEXT_WORDS``),
    not a next post's headline ("المقالة التالية: …")."""
    if not anchor.get("href"):
        return False
    words = anchor.text_content()
    if len(words) > _NEXT_CHARS:
        return False
    return _NEXT_WORDS.fullmatch(words.strip(f"{_ARROWS} \t\n\r\xa0")) is not None


def _pager_anchor(pagers: list[HtmlElement], base: str | None, own: str | None) -> HtmlElement | None:
    """The first pager's next page link that leads to the story's next page: in no comments', reviews' or
    gallery's box (``_in_other_box``), to the story's own address numbered (``_numbered_page``) or
    labelled a page ("الصفحة التالية"), not to the comments' page nor another story (a blog's "post-pagination"
    with the next post's bare "التالي")."""
    for element in pagers:
        anchors = [anchor for anchor in element.iter("a") if _pager_next(anchor)]
        if not anchors or _in_other_box(element):
            continue
        for anchor in anchors:
            url = http_url(anchor.get("href"), base)
            if url is None:
                continue
            if _numbered_page(url, own) or (
                _PAGE_WORDS.search(anchor.text_content()) is not None
                and not any(word in url.lower() for word in _NOT_STORY_PAGE)
            ):
                return anchor
    return None


def next_page(root: HtmlElement, base: str | None, own_url: str | None, direction_hint: str) -> Link | None:
    """The next page of a story split over pages (``<link rel="next">``, ``<a rel="next">``, else the next page
    link of a pager named so, ``<div class="pagination">…<a>الصفحة التالية</a></div>``, ``<p class="pager">صفحة 1
    من 2 | <a>الصفحة التالية ›</a></p>``), as a related link the reader can follow with its number, titled by the
    page's own anchor without its arrows ("الصفحة التالية" for "الصفحة التالية »") or "Next page" in the page's
    language (``direction_hint``: "rtl" for an Arabic page); None without one."""
    href = None
    pagers: list[HtmlElement] = []
    for element in root.xpath(_LINKED_XPATH):
        if (
            element.tag in ("link", "a")
            and "next" in (element.get("rel") or "").lower().split()
            and element.get("href")
        ):
            href = element.get("href")
            break
        if element.tag not in ("link", "a") and _pager(element):
            pagers.append(element)
    pager = None
    if href is None:
        pager = _pager_anchor(pagers, base, own_url)
        href = pager.get("href") if pager is not None else None
    url = http_url(href, base) if href else None
    if url is None or url == own_url:
        return None
    title = pager_link_title(link_title(pager) or "") if pager is not None else ""
    for anchor in () if title else root.iter("a"):
        if anchor.get("href") and http_url(anchor.get("href"), base) == url:
            title = pager_link_title(link_title(anchor) or "")
            if title:
                break
    if not title:
        title = "الصفحة التالية" if direction_hint == "rtl" else "Next page"
    return Link(title=title, url=url, kind="related")
