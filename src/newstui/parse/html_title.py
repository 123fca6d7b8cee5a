"""An HTML page's headline and its site's name: ``<h1>``, a heading above the story, ``<title>`` without the site."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from newstui.addresses import host_of
from newstui.parse.html_links import element_text
from newstui.parse.html_meta import TITLE_SEPARATORS, is_generic_title, is_the_headline, title_site, without_section
from newstui.text.normalize import normalize
from newstui.text.sanitize import sanitize_line

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "document_title",
    "first_h1",
    "heading_headline",
    "host",
    "is_logo_heading",
    "kicker_dropped",
    "names_the_site",
    "site",
    "site_names",
    "strip_site",
    "title",
    "title_headline",
]

_HEADINGS: Final = {"h2": 2, "h3": 3}
_SKIP: Final = frozenset({"nav", "footer", "aside", "form", "menu", "script", "style", "noscript", "template"})
"""Subtrees whose headings are never the article's (a header may hold the article's own headline)."""
_MAX_GAP: Final = 300
"""Characters of text that may stand between the headline and the first paragraph (byline, date, a teaser)."""
_MAX_LINK_GAP: Final = 60
"""Characters of link text that may stand between them (an author's or a section's link): a heading over
a list of links (a sidebar's "Most read stories") heads that list, not the story."""
_MATCH_MIN: Final = 20
"""Shortest text piece compared with the first paragraph to find where it starts."""
_PROSE_LETTERS: Final = 60
"""Letters of a text piece that make it prose, where the first paragraph is not found."""
_HEADLINE_WORDS: Final = 3
"""A heading of fewer words is rather a section label ("أخبار محلية") than a headline."""


_FORMAT_KICKERS: Final = frozenset(
    normalize(word)
    for word in (
        "بالصور", "صور", "بالفيديو", "فيديو", "شاهد", "بالفيديو والصور", "فيديو وصور", "مباشر", "بث مباشر", "عاجل",
        "خاص", "حصري", "تقرير", "تحقيق", "حوار", "تحليل", "بالأرقام", "إنفوجراف", "انفوجراف", "إنفوغراف",
        "Video", "Photos", "Watch", "Live", "Breaking", "Exclusive", "In pictures", "Gallery",
    )
)  # fmt: skip
"""What a site's og:title may open with before a colon, a bar or a dash where its ``<h1>`` does not: the kind of
story it is ("بالصور | ", "فيديو | ", "تحقيق: "), folded."""
_KICKER_SEPARATORS: Final = (":", "：", "|", " - ", " – ", " — ")


def kicker_dropped(og_title: str | None, h1: str | None) -> str | None:
    """``og_title`` without the kicker it opens with (``_FORMAT_KICKERS``: "بالصور | الثلوج تكسو …") when the
    rest is the page's ``<h1>`` ("الثلوج تكسو …"): the headline as the page shows it; else ``og_title``."""
    if not og_title or not h1:
        return og_title
    for separator in _KICKER_SEPARATORS:
        kicker, found, rest = og_title.partition(separator)
        if found and normalize(kicker) in _FORMAT_KICKERS and normalize(rest) == normalize(h1):
            return h1
    return og_title


class _Heading:
    __slots__ = ("gap", "level", "linked", "text")

    def __init__(self, level: int, text: str, gap: int, linked: int) -> None:
        self.level = level
        self.text = text
        self.gap = gap  # characters of text seen when it ended
        self.linked = linked  # of which link text


def _letters(text: str) -> int:
    return sum(1 for char in text if char.isalpha())


class _PartMatcher:
    """Whether a heading is a ``<title>`` part (or begins with a long one: titles are cut short).

    The parts are folded once, not once for every heading of the page.
    """

    __slots__ = ("long", "whole")

    def __init__(self, parts: Sequence[str]) -> None:
        folded = [normalize(part) for part in parts if not is_generic_title(part)]
        self.whole = frozenset(part for part in folded if part)
        self.long = tuple(sorted({part for part in folded if len(part.split()) >= _HEADLINE_WORDS}))

    def __call__(self, text: str) -> bool:
        folded = normalize(text)
        return folded in self.whole or (bool(self.long) and folded.startswith(self.long))


def heading_headline(root: HtmlElement, first_paragraph: str | None, title_parts: Sequence[str]) -> str | None:
    """The headline of a page without ``<h1>``, from its ``<h2>`` or ``<h3>`` headings, or None.

    A heading that is a part of the ``<title>`` ("جريدة الوطن - <headline>") is the headline. Else the
    headline is the heading just above the article's first paragraph (``first_paragraph``, as the
    extractor found it; else the first piece of prose on the page), with at most a byline's worth of
    text between them: an ``<h2>`` before an ``<h3>``, a heading of three words or more before a
    shorter section label, which is no headline at all when the ``<title>`` holds one. Headings inside
    the article (after its first paragraph), in navigation, footers, asides and forms, and generic
    ones ("تفاصيل الخبر", "Home") are never the headline.
    One pass over the page up to the first paragraph, without recursion.
    """
    walk = _HeadingWalk(normalize(first_paragraph) if first_paragraph else "", title_parts)
    if not walk.walk(root):
        if walk.prose is None:
            return walk.matched[0] if walk.matched else None
        walk.to_prose()  # The first paragraph was not found: the first prose stands for it.
    if walk.matched:
        return walk.matched[0]
    return _nearest_heading(walk.headings, walk.seen, walk.linked, title_parts)


class _HeadingWalk:
    """One walk over a page up to its first paragraph: the headings above it and the text between."""

    __slots__ = (
        "headings",
        "inside",
        "linked",
        "links",
        "matched",
        "matches_part",
        "prose",
        "prose_linked",
        "prose_seen",
        "seen",
        "skipped",
        "target",
    )

    def __init__(self, target: str, title_parts: Sequence[str]) -> None:
        self.target = target
        """The first paragraph, folded ("" when the extractor found none)."""
        self.matches_part = _PartMatcher(title_parts) if title_parts else None
        self.seen = 0  # characters of text outside headings so far
        self.linked = 0  # of which inside links
        self.links = 0  # open <a> elements
        self.headings: list[_Heading] = []
        self.matched: list[str] = []  # headings that are a <title> part
        self.prose: int | None = None  # how many headings stood above the first piece of prose, as a fallback
        self.prose_seen = self.prose_linked = 0
        self.skipped: Any = None
        self.inside: Any = None  # the heading being walked through

    def walk(self, root: HtmlElement) -> bool:
        """Walk the page up to its first paragraph; whether it was found."""
        from lxml import etree

        for event, node in etree.iterwalk(root, events=("start", "end")):
            if self._skipping(event, node):
                continue
            text = self._text(event, node)
            piece = text.strip() if text else ""
            if piece and self._count(piece):
                return True
        return False

    def _skipping(self, event: str, node: Any) -> bool:
        """Whether the event is within a subtree never searched (``_SKIP``) or opens one; the one that closes it
        is walked on (the subtree's tail is text)."""
        if self.skipped is not None:
            if event != "end" or node is not self.skipped:
                return True
            self.skipped = None
        elif event == "start" and isinstance(node.tag, str) and node.tag in _SKIP:
            self.skipped = node
            return True
        return False

    def _text(self, event: str, node: Any) -> str | None:
        """The text an event brings outside headings (a heading met is recorded; its own text is no text)."""
        tag = node.tag
        text: str | None = None
        if self.inside is not None:
            if event != "end" or node is not self.inside:
                return None
            self.inside = None
            text = node.tail
        elif event == "start" and isinstance(tag, str) and tag in _HEADINGS:
            self._heading(node, _HEADINGS[tag])
            self.inside = node
        elif event == "start":
            self.links += tag == "a"
            text = node.text if isinstance(tag, str) else None
        else:
            self.links -= tag == "a" and self.links > 0
            text = node.tail
        return text

    def _heading(self, node: Any, level: int) -> None:
        """Record a heading that is not generic and has letters (and whether it is a ``<title>`` part)."""
        label = sanitize_line(node.text_content())
        if label and not is_generic_title(label) and any(char.isalpha() for char in label):
            if self.matches_part is not None and self.matches_part(label):
                self.matched.append(label)
            self.headings.append(_Heading(level, label, self.seen, self.linked))

    def _count(self, piece: str) -> bool:
        """Count a piece of text outside headings; True when it is the first paragraph (the walk ends there)."""
        if self.target and len(piece) >= _MATCH_MIN and normalize(piece) in self.target:
            return True  # the first paragraph: the headline is above it
        if self.prose is None and _letters(piece) >= _PROSE_LETTERS:
            self.prose, self.prose_seen, self.prose_linked = len(self.headings), self.seen, self.linked
        self.seen += len(piece)
        if self.links:
            self.linked += len(piece)
        return False

    def to_prose(self) -> None:
        """Keep only what stood above the first piece of prose (the first paragraph not found)."""
        prose = self.prose if self.prose is not None else len(self.headings)
        self.headings, self.seen, self.linked = self.headings[:prose], self.prose_seen, self.prose_linked
        self.matched = [text for text in self.matched if text in {heading.text for heading in self.headings}]


def _nearest_heading(headings: list[_Heading], seen: int, linked: int, title_parts: Sequence[str]) -> str | None:
    """The nearest heading above the first paragraph (``seen`` characters of text, ``linked`` of links, so far)
    within a byline's worth of text: a long ``<h2>``, a long ``<h3>``, then short ones unless the ``<title>``
    holds a headline."""
    nearest: dict[tuple[bool, int], str] = {}
    for heading in headings:  # in document order: the last of each kind is the nearest
        if seen - heading.gap <= _MAX_GAP and linked - heading.linked <= _MAX_LINK_GAP:
            nearest[(len(heading.text.split()) >= _HEADLINE_WORDS, heading.level)] = heading.text
    # A short heading is rather a section label ("محليات") than the headline when the <title> holds one.
    title_headline = len(title_parts) >= 2 and any(
        not is_generic_title(part) and len(part.split()) >= _HEADLINE_WORDS for part in title_parts
    )
    keys = ((True, 2), (True, 3)) if title_headline else ((True, 2), (True, 3), (False, 2), (False, 3))
    for key in keys:
        if key in nearest:
            return nearest[key]
    return None


_PART_MATCH_MIN: Final = 12
"""Shortest ``<title>`` part (folded) that the start of a paragraph counts as evidence for."""


def title_headline(
    parts: Sequence[str], evidence: Sequence[str | None], names: set[str], separator: str = " - "
) -> str | None:
    """The part of a multi-part ``<title>`` that is the headline ("Site - Headline", "Site :: Section :: Headline"),
    or the run of parts it spans when it holds the separator itself ("مصر - السودان: اتفاق … - Site").

    A run of parts the page bears out is chosen, the longest first: one equal to a heading or a bold lead
    in ``evidence``, or one a paragraph in ``evidence`` starts with (the run's parts joined again with
    ``separator``). Lacking that, the part that reads as a headline: the one of most words (site names and
    section labels are short), without a section's label a dash of its own sets after it ("headline - المغرب | Site",
    ``html_meta.without_section``); with the site's name last ("… - Site") and the headline not first, the
    parts before it go with it, as "Headline - Section - Site" puts a section after a headline, not before.
    A part that is the site's name (``names``, folded) or generic ("Home") is never chosen. None for a title
    of fewer than two parts.
    """
    if len(parts) < 2:
        return None
    usable = [not is_generic_title(part) and not names_the_site(part, names) for part in parts]
    if not any(usable):
        return None
    runs = _usable_runs(usable)
    folded = [normalize(" ".join(parts[start:end])) for start, end in runs]
    texts = [normalize(text) for text in evidence if text]
    for text in texts:
        for (start, end), run in zip(runs, folded, strict=True):
            if run and (text == run or (len(run) >= _PART_MATCH_MIN and text.startswith(run))):
                return separator.join(parts[start:end])
    best = max((index for index, ok in enumerate(usable) if ok), key=lambda i: (len(parts[i].split()), len(parts[i])))
    if best and not usable[-1] and names_the_site(parts[-1], names) and all(usable[: best + 1]):
        return separator.join(parts[: best + 1])  # "مصر - السودان: اتفاق … - Site": the headline's own dash
    return without_section(parts[best])  # "headline - المغرب | Site": the section's label after a dash left out


_RUN_PARTS: Final = 12
"""Most ``<title>`` parts whose runs are compared with the evidence (a real title has two to five)."""


def _usable_runs(usable: Sequence[bool]) -> list[tuple[int, int]]:
    """The runs ``(start, end)`` of usable consecutive parts, the longest first (single parts alone for a
    title of many parts)."""
    if len(usable) > _RUN_PARTS:
        return [(index, index + 1) for index, ok in enumerate(usable) if ok]
    runs = [
        (start, end)
        for start in range(len(usable))
        for end in range(start + 1, len(usable) + 1)
        if all(usable[start:end])
    ]
    return sorted(runs, key=lambda run: run[0] - run[1])


def names_the_site(text: str, names: set[str]) -> bool:
    """Whether ``text`` is one of the site's ``names`` (folded), also written without its spaces
    ("Northern Times" for the host ``northerntimes.com``)."""
    folded = normalize(text)
    return bool(folded) and (folded in names or folded.replace(" ", "") in names)


_LOGO_MARKS: Final = ("logo", "brand", "site-name", "sitename", "site-title", "masthead")
_HOME_HREFS: Final = frozenset({"/", "./", "index.html", "/index.html", "index.php", "/index.php", "#"})
_LOGO_WORDS: Final = 4
"""A heading in a ``<header>`` of at most this many words is the site's name (a headline is longer)."""
_ARTICLE_SCOPES: Final = frozenset({"article", "main"})


def _home_link(href: str | None, host: str | None) -> bool:
    """Whether a logo's link goes to the site's home page: ``/`` and the like, or the site's address with nothing
    past its host (all past ``//`` is compared with the host by hand, not ``host_of``: a link to any other page
    of the site, or with a port or a query, is no home link)."""
    if href is None:
        return False
    href = href.strip().lower()
    if href in _HOME_HREFS:
        return True
    if host and "//" in href:
        rest = href.split("//", 1)[1].rstrip("/")
        return rest in (host, f"www.{host}")
    return False


def is_logo_heading(heading: HtmlElement, names: set[str], host: str | None) -> bool:
    """Whether an ``<h1>`` is the site's logo rather than the headline: the site's name, a link to the
    home page, marked "logo"/"brand", in a ``<nav>``, or short and in a ``<header>``, outside the article."""
    text = heading.text_content()
    if names_the_site(text, names):
        return True
    short = len(text.split()) <= _LOGO_WORDS
    for link in heading.iter("a"):
        if _home_link(link.get("href"), host):
            return True
    for depth, element in enumerate((heading, *heading.iterancestors())):
        tag = element.tag
        if tag in _ARTICLE_SCOPES:
            return False
        if tag == "nav" or (tag == "header" and short):
            return True
        if tag == "a" and _home_link(element.get("href"), host):
            return True
        if depth < 3:
            marks = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
            if any(mark in marks for mark in _LOGO_MARKS):
                return True
    return False


_SITE_KINDS: Final = frozenset(normalize(word) for word in "موقع بوابة جريدة صحيفة مجلة شبكة".split())
"""A word a site may put before its name in one place and not in another ("موقع المدار", og:site_name "المدار")."""


def _bare_name(folded: str) -> str:
    """A folded site name without the word of its kind before it ("موقع المدار" -> "المدار"), else itself."""
    kind, _, rest = folded.partition(" ")
    return rest if kind in _SITE_KINDS and rest else folded


def site_names(site: str | None, host: str | None) -> set[str]:
    """The site's name (and without the word of its kind: "موقع المدار" and "المدار"), its host and the
    host's first label ("example" of example.com), folded (``normalize``)."""
    names = {normalize(site), _bare_name(normalize(site))} if site else set()
    if host:
        names.add(normalize(host))
        names.add(normalize(host.split(".")[0]))
    names.discard("")
    return names


def strip_site(title: str, names: set[str]) -> str:
    """Remove " - Site" / " | Site" suffixes (or "Site | " prefixes) naming the site ("موقع المدار" names
    "المدار", ``site_names``), and generic ones ("تفاصيل الخبر", "Home")."""
    stripped = True
    while stripped:
        stripped = False
        for separator in TITLE_SEPARATORS:
            if separator not in title:
                continue
            head, _, tail = title.rpartition(separator)
            first, _, rest = title.partition(separator)
            for kept, dropped in ((head, tail), (rest, first)):
                if kept.strip() and (_bare_name(normalize(dropped)) in names or is_generic_title(dropped)):
                    title, stripped = kept.strip(), True
                    break
            if stripped:
                break
    return title


def title(candidates: tuple[str | None, ...], names: set[str]) -> str:
    """The first candidate that, without the site's name, is a headline: not generic, not the name alone."""
    for candidate in candidates:
        if not candidate:
            continue
        title = strip_site(candidate, names)
        if not is_generic_title(title) and normalize(title) not in names:
            return title
    return ""


def site(
    named: str | None,
    extracted: Any,
    host: str | None,
    doc_title: str | None,
    headlines: tuple[str | None, ...],
    root: HtmlElement | None = None,
) -> str | None:
    """The site's name: og:site_name, else trafilatura's (unless it is only the host), else the one in
    ``<title>`` beside the headline ("... - بوابة الفجر"), else whatever trafilatura gave, unless that is
    the headline itself (it takes a ``<title>`` part with a dot, "Quake hits U.S. coast", for a domain). A
    ``<title>`` part beside a generic one that the page's headlines all are (``is_the_headline``: "Headline |
    الأخبار") is no name either. trafilatura's name read out of the JSON-LD ``publisher.name`` of the page
    (``root``) is that name as written, sanitized (``_as_written``): trafilatura drops its control characters
    unseen and title-cases the rest ("[31Mالمصدر" of "ESC[31mالمصدر"), where sanitizing shows them ("␛[31mالمصدر")."""
    if named:
        return named
    found = sanitize_line(getattr(extracted, "sitename", None) or "")
    if found and root is not None:
        found = _as_written(found, root)
    if found and normalize(found) in {normalize(headline) for headline in headlines if headline}:
        found = ""
    host_like = bool(found) and ((" " not in found and "." in found) or found.lower() == host)
    if found and not host_like:
        return found
    named = title_site(doc_title, headlines)
    if named is not None and is_the_headline(named, headlines):
        named = None  # "أمطار غزيرة تضرب العاصمة | الأخبار": its part beside the generic "الأخبار" is the headline
    return named or found or None


def _as_written(found: str, root: HtmlElement) -> str:
    """trafilatura's site name ``found`` as the page's JSON-LD ``publisher.name`` writes it, sanitized, when
    trafilatura took it from there (the same words once their controls are out, in any case); ``found`` else."""
    from newstui.parse.html_meta import jsonld_publisher

    written = jsonld_publisher(root)
    if written is None or written == found:
        return found
    printable = " ".join("".join(char for char in written if char.isprintable() or char.isspace()).split())
    if printable.casefold() != " ".join(found.split()).casefold():
        return found
    return sanitize_line(written) or found


def host(url: str | None) -> str | None:
    """The address's host name without "www.", or None."""
    host = host_of(url) if url else None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def first_h1(root: HtmlElement, names: set[str], host: str | None) -> tuple[str | None, str | None]:
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


def document_title(root: HtmlElement) -> str | None:
    """The text of the page's first non-empty ``<title>``, or None."""
    for title in root.iter("title"):
        text = element_text(title)
        if text:
            return text
    return None
