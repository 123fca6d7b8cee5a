"""The sample format (an article page saved as plain text) -> the page's article and its embedded stories.

The format, as aggregator pages save it::

    source – section                      byline (optional)
    Headline                              optional: a short line without final punctuation
    paragraph ...                         paragraphs, one per line, blank lines optional
    المصدر: X                             attribution
    كلمات دلالية: a، b                    keywords
    إقرأ أيضاً:                           read-also: a whole embedded story ...
    Headline of the embedded story        ... its headline (or on the marker line after a colon)
    paragraph ...                         ... and its paragraphs, up to the related heading
    مقالات مشابهة                         related heading
      • title                             bulleted or numbered titles, optionally with a URL

Markers are recognised by ``parse.markers`` in all their spellings. Every line that is not a marker
lands in some field of some article; paragraphs keep their text exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, NamedTuple

from newstui.errors import ParseError
from newstui.model import Article, Link
from newstui.parse.ids import article_id
from newstui.parse.markers import MarkerKind, is_sentence_end, match_marker, split_byline, split_list_item
from newstui.text.normalize import normalize
from newstui.text.sanitize import is_clean, sanitize_text
from newstui.text.script import LANGUAGE_SAMPLE, detect_language

__all__ = ["QUICK_CHARS", "TITLE_MAX", "lead_title", "parse_plaintext", "parse_sanitized", "quick_title"]

TITLE_MAX: Final = 120
"""Longest title derived from a lead sentence, "…" included."""

_HEADLINE_MAX_CHARS: Final = 200
_HEADLINE_MAX_WORDS: Final = 30
_ITEM_MAX_CHARS: Final = 300
"""A longer unbulleted line after a related heading is prose, not a headline."""
_DATE_MAX_CHARS: Final = 80
_SHORT_VALUE_CHARS: Final = 120
"""Longest attribution taken from the line after a bare ``المصدر:`` marker."""

_URL_RE: Final = re.compile(r"https?://[^\s<>\"“”«»]+", re.IGNORECASE)
_URL_LINE_RE: Final = re.compile(r"^<?https?://[^\s<>\"“”«»]+>?$", re.IGNORECASE)
_URL_TRAILING: Final = ".,;:!?،؛'’"
_LINK_SEPARATORS: Final = " \t-–—|:·•"
_MARKDOWN_LINK_RE: Final = re.compile(r"^\s*\[(?P<title>.*)\]\(\s*$")
_KEYWORD_SPLIT_RE: Final = re.compile("[،,;؛|]")
_HASHTAGS_RE: Final = re.compile(r"^\s*#\S+(?:\s+#\S+)+\s*$")
# "[x][x]*" rather than "[x]+": a pattern that starts with a character class is scanned for quickly.
_SENTENCE_END_RE: Final = re.compile("[.!?؟…][.!?؟…]*[\"'”’»)\\]]*(?=\\s|$)")
_ABBREVIATIONS: Final = frozenset(
    "mr mrs ms dr st prof gen sen rep gov lt col sgt capt jr sr no vs inc ltd co corp dept est fig approx".split()
)
_INITIALS_RE: Final = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")
_TITLE_TRIM: Final = " \t,،;؛:-–—(«“\"'"
_TRAILING_STOPWORDS: Final = frozenset(
    normalize(word)
    for word in (
        "في من على إلى الى عن مع أن إن ان لا قد و أو ثم بعد قبل حول بين التي الذي الذين ما لم لن كان"
        " the a an of to in on for and or with at by from as that which is are was were"
    ).split()
)
_AUTHOR_RE: Final = re.compile(r"^(?:by|written by|بقلم|إعداد|اعداد)\s", re.IGNORECASE)
_NUMERIC_DATE_RE: Final = re.compile(r"\d{1,4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,4}")
_DATE_WORDS: Final = frozenset(
    normalize(word)
    for word in (
        "january february march april june july august september october november december"
        " jan feb mar apr jun jul aug sep sept oct nov dec"
        " monday tuesday wednesday thursday friday saturday sunday"
        " يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر نوفمبر ديسمبر"
        " كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين"
        " الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت"
        " updated published تحديث نشر"
    ).split()
)


class _Line(NamedTuple):
    """One non-empty input line, classified once."""

    text: str
    """The line, stripped."""
    marker: MarkerKind | None
    rest: str
    """The text after the marker (markers only)."""
    item: str | None
    """The text without its bullet or number, for list lines."""
    plain: bool
    """Neither a marker nor a list line."""


@dataclass(slots=True)
class _ReadAlso:
    """A read-also entry of the page: an embedded story, or only its headline."""

    title: str | None
    url: str | None = None
    story: _Draft | None = None


@dataclass(slots=True)
class _Draft:
    """An article being assembled."""

    headline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    source: str | None = None
    section: str | None = None
    attribution: str | None = None
    url: str | None = None
    keywords: list[str] = field(default_factory=list)
    read_also: list[_ReadAlso] = field(default_factory=list)
    related: list[tuple[str, str | None]] = field(default_factory=list)

    def add_attribution(self, value: str) -> None:
        """Set the attribution, or append a second one after a slash."""
        self.attribution = value if not self.attribution else f"{self.attribution} / {value}"


def _classify(text: str) -> _Line:
    marker = match_marker(text)
    if marker is not None:
        return _Line(text, marker[0], marker[1], None, False)
    item = split_list_item(text)
    return _Line(text, None, "", item, item is None)


def _is_date_line(text: str) -> bool:
    """A dateline such as "2024/09/11", "11 September 2024" or "الأربعاء 11 سبتمبر 2024"."""
    if len(text) > _DATE_MAX_CHARS:
        return False
    words = normalize(text).split()
    if len(words) > 8:
        return False
    if _NUMERIC_DATE_RE.search(text):
        return True
    return any(word in _DATE_WORDS for word in words) and any(word.isdigit() for word in words)


def _is_furniture(text: str) -> bool:
    """A URL, dateline or author line: page furniture that may sit between a headline and the text."""
    return bool(_URL_LINE_RE.match(text)) or _is_author_line(text) or _is_date_line(text)


def _is_author_line(text: str) -> bool:
    """A short "By Jane Doe" / "بقلم فلان" line."""
    return bool(_AUTHOR_RE.match(text)) and len(text.split()) <= 6 and not is_sentence_end(text)


def _headline_like(text: str) -> bool:
    """Short, no final punctuation (a question or exclamation is fine), mostly letters, not a date or author."""
    if len(text) > _HEADLINE_MAX_CHARS:
        return False
    stripped = text.rstrip().rstrip("\"'”’»)]›").rstrip()
    if stripped and stripped[-1] in ".:;؛،,…":
        return False
    if not 2 <= len(text.split()) <= _HEADLINE_MAX_WORDS:
        return False
    letters = sum(map(str.isalpha, text))
    if letters * 2 < len(text) - text.count(" "):
        return False
    return not (_is_date_line(text) or _is_author_line(text) or _URL_RE.search(text))


def _split_url(text: str) -> tuple[str, str | None]:
    """Split "title - https://..." / "title (https://...)" / "[title](https://...)" into (title, url)."""
    match = _URL_RE.search(text)
    if match is None:
        return text, None
    url = match.group().rstrip(_URL_TRAILING)
    for opener, closer in (("(", ")"), ("[", "]")):
        while url.endswith(closer) and url.count(opener) < url.count(closer):
            url = url[:-1].rstrip(_URL_TRAILING)
    before, after = text[: match.start()], text[match.start() + len(url) :]
    markdown = _MARKDOWN_LINK_RE.match(before)
    if markdown is not None and after.lstrip().startswith(")"):
        before, after = markdown.group("title"), after.lstrip()[1:]
    else:
        before, after = before.rstrip(), after.lstrip()
        for opener, closer in (("(", ")"), ("<", ">"), ("[", "]")):
            if before.endswith(opener) and after.startswith(closer):
                before, after = before[:-1], after[1:]
    title = f"{before.rstrip(_LINK_SEPARATORS)} {after.lstrip(_LINK_SEPARATORS + _URL_TRAILING)}".strip()
    return title or url, url


def _split_keywords(text: str) -> list[str]:
    """Keywords from one line, split on ``، , ; ؛ |`` (spaces stay inside a keyword), or on hashtags."""
    parts = _KEYWORD_SPLIT_RE.split(text)
    if len(parts) == 1 and _HASHTAGS_RE.match(text):
        parts = text.split()
    return [part.strip().rstrip(".").strip() for part in parts if part.strip(" .")]


def _first_sentence(paragraph: str) -> str:
    """The paragraph up to its first sentence end (not a decimal point, initials or "Dr.")."""
    match = _SENTENCE_END_RE.search(paragraph)
    while match is not None:
        if paragraph[match.start()] == ".":
            before = paragraph[: match.start()].rsplit(None, 1)
            last = before[-1] if before else ""
            if last.lower() in _ABBREVIATIONS or _INITIALS_RE.match(last):
                match = _SENTENCE_END_RE.search(paragraph, match.end())
                continue
        return paragraph[: match.end()].strip()
    return paragraph.strip()


def lead_title(paragraph: str, limit: int = TITLE_MAX) -> str:
    """A title made from a lead paragraph: its first sentence, shortened at a word boundary with "…".

    Args:
        paragraph: the article's first paragraph.
        limit: the longest title, "…" included.

    Returns:
        The first sentence without its final full stop when it fits in ``limit`` characters, else its
        first words (not ending on a particle such as "في" or "the") followed by "…".
    """
    sentence = _first_sentence(paragraph)
    if len(sentence) <= limit:
        if sentence.endswith(".") and not sentence.endswith(".."):
            sentence = sentence[:-1].rstrip()
        return sentence
    # The longest run of whole words that, single-spaced, fits in limit - 1 characters.
    spaced = " ".join(sentence.split())
    room = limit - 1
    if len(spaced) > room:
        spaced = spaced[:room] if spaced[room] == " " else spaced[: max(spaced.rfind(" ", 0, room), 0)]
    if not spaced:
        return sentence[: limit - 1].rstrip() + "…"
    words = spaced.split(" ")
    while len(words) > 3 and normalize(words[-1]) in _TRAILING_STOPWORDS:
        words.pop()
    return " ".join(words).rstrip(_TITLE_TRIM) + "…"


_LineAt = Callable[[int], _Line | None]
"""The ``index``-th classified line of a document, or None past its last line."""


def _read_header(line_at: _LineAt) -> tuple[str | None, tuple[str, str] | None, int]:
    """Byline and headline at the top of a document with at least one line.

    Lines are asked for in order and only as far as the decision needs (``quick_title`` reads them
    lazily); the checks are pure, so their order changes the cost, never the answer.

    Returns:
        ``(headline, (source, section), index of the first body line)``.
    """
    first = line_at(0)
    if first is None:
        return None, None, 0
    headline: str | None = None
    position = 0
    byline = split_byline(first.text) if first.plain else None
    if byline is not None:
        position = 1
    elif first.plain and _headline_like(first.text):
        second, third = line_at(1), line_at(2)
        if second is not None and third is not None and second.plain and third.plain:
            byline = split_byline(second.text)
            if byline is not None:  # headline above the byline
                headline = first.text
                position = 2
    if headline is None:
        headline = _headline_at(line_at, position)
        if headline is not None:
            position += 1
    return headline, byline, position


def _headline_at(line_at: _LineAt, index: int) -> str | None:
    """Line ``index`` when it is a headline (headline-like and followed by a paragraph), else None."""
    line = line_at(index)
    if line is None or not (line.plain and _headline_like(line.text)):
        return None
    for offset in range(1, 4):
        following = line_at(index + offset)
        if following is None or not following.plain:
            return None
        if _is_furniture(following.text):  # a URL, date or author line between headline and text
            continue
        return line.text if len(following.text) > len(line.text) or is_sentence_end(following.text) else None
    return None


class _Assembler:
    """Walks the classified lines once and fills the drafts."""

    def __init__(self, lines: list[_Line]) -> None:
        self.lines = lines
        self.main = _Draft()
        self.stories: list[_Draft] = []
        self.current = self.main
        self.in_list = False

    # -- header ---------------------------------------------------------------------------------

    def header(self) -> int:
        """Byline and headline at the top; returns the index of the first body line."""
        lines, main = self.lines, self.main
        main.headline, byline, position = _read_header(lambda index: lines[index] if index < len(lines) else None)
        if byline is not None:
            main.source, main.section = byline
        return position

    # -- body -----------------------------------------------------------------------------------

    def body(self, position: int) -> None:
        """Every line from ``position`` on, dispatched by kind."""
        while position < len(self.lines):
            line = self.lines[position]
            if line.marker is MarkerKind.READ_ALSO:
                position = self._read_also(position)
            elif line.marker is MarkerKind.RELATED:
                position = self._related(position)
            elif line.marker is MarkerKind.ATTRIBUTION:
                position = self._attribution(position)
            elif line.marker is MarkerKind.KEYWORDS:
                position = self._keywords(position)
            else:
                self._text(line)
                position += 1

    def _block_end(self, start: int) -> int:
        """Index of the next read-also or related marker after ``start`` (or the end)."""
        for index in range(start + 1, len(self.lines)):
            if self.lines[index].marker in (MarkerKind.READ_ALSO, MarkerKind.RELATED):
                return index
        return len(self.lines)

    def _read_also(self, index: int) -> int:
        lines = self.lines
        marker = lines[index]
        position = index + 1
        end = self._block_end(index)
        title: str | None
        url: str | None = None
        if marker.rest:
            title, url = _split_url(marker.rest)
        elif position < end and lines[position].item is not None:
            self.in_list = True  # "See also" over a list of headlines: a related list
            return position
        elif position < end and lines[position].plain and _headline_like(lines[position].text):
            title, url = _split_url(lines[position].text)
            position += 1
        elif position < end and lines[position].plain:
            title = None  # the story starts with its lead paragraph
        else:
            return position  # a bare marker with nothing to introduce
        block = lines[position:end]
        has_text = any(line.marker is None for line in block)
        has_meta = any(line.marker in (MarkerKind.ATTRIBUTION, MarkerKind.KEYWORDS) for line in block)
        main = self.main
        # "Read more: X" on one line inside the page's text (its source/tags still to come) or above
        # it is only a link: the lines after it still belong to the page.
        inline = bool(marker.rest) and self.current is main
        inline = inline and (not main.paragraphs or (has_meta and not main.attribution and not main.keywords))
        if title is not None and (not has_text or inline):
            main.read_also.append(_ReadAlso(title, url))
            self.in_list = False
            return position
        story = _Draft(headline=title, source=main.source)
        self.stories.append(story)
        main.read_also.append(_ReadAlso(title, url, story))
        self.current = story
        self.in_list = False
        return position

    def _related(self, index: int) -> int:
        line = self.lines[index]
        following = self.lines[index + 1] if index + 1 < len(self.lines) else None
        if line.rest:
            self.main.related.append(_split_url(line.rest))
            self.in_list = following is not None and following.item is not None
        else:
            self.in_list = True
        return index + 1

    def _meta_target(self) -> _Draft:
        """The article an attribution or keywords line belongs to."""
        return self.main if self.in_list else self.current

    def _attribution(self, index: int) -> int:
        line = self.lines[index]
        value = line.rest
        position = index + 1
        if not value and position < len(self.lines):
            following = self.lines[position]
            if following.plain and len(following.text) <= _SHORT_VALUE_CHARS and not is_sentence_end(following.text):
                value = following.text
                position += 1
        if value:
            self._meta_target().add_attribution(value)
        return position

    def _keywords(self, index: int) -> int:
        line = self.lines[index]
        target = self._meta_target()
        position = index + 1
        if line.rest:
            target.keywords.extend(_split_keywords(line.rest))
            return position
        while position < len(self.lines) and (item := self.lines[position].item) is not None:
            target.keywords.extend(_split_keywords(item))
            position += 1
        if position == index + 1 and position < len(self.lines):
            following = self.lines[position]
            if following.plain and len(following.text) <= _ITEM_MAX_CHARS and not following.text.endswith("."):
                target.keywords.extend(_split_keywords(following.text))
                position += 1
        return position

    def _text(self, line: _Line) -> None:
        if self.in_list:
            if line.item is not None:
                self.main.related.append(_split_url(line.item))
                return
            if len(line.text) <= _ITEM_MAX_CHARS:
                self.main.related.append(_split_url(line.text))
                return
            self.in_list = False  # prose after the list: the page's own text again
            self.current = self.main
        if _URL_LINE_RE.match(line.text) and self.current.url is None:
            self.current.url = line.text.strip("<>")
            return
        self.current.paragraphs.append(line.text)


def _title_of(draft: _Draft) -> str:
    """The headline, else the lead sentence of the first paragraph that is not a date or author line."""
    if draft.headline:
        return draft.headline
    lead = next((text for text in draft.paragraphs if not _is_furniture(text)), draft.paragraphs[0])
    return lead_title(lead)


def _promote_if_empty(main: _Draft, stories: list[_Draft]) -> _Draft:
    """A page whose own text is empty becomes its first embedded story (keeping the page's metadata)."""
    if main.paragraphs or not stories:
        return main
    first = stories.pop(0)
    first.source, first.section = main.source, main.section
    if main.attribution:
        first.add_attribution(main.attribution)
    first.keywords = main.keywords + first.keywords
    first.url = first.url or main.url
    first.read_also = [entry for entry in main.read_also if entry.story is not first]
    first.related = main.related + first.related
    return first


def _fold_empty_stories(main: _Draft, stories: list[_Draft]) -> list[_Draft]:
    """Embedded stories without paragraphs become plain read-also headlines of the page."""
    kept: list[_Draft] = []
    for story in stories:
        if story.paragraphs:
            kept.append(story)
            continue
        for entry in main.read_also:
            if entry.story is story:
                entry.story = None
        main.keywords.extend(story.keywords)
        if story.attribution:
            main.add_attribution(story.attribution)
        if story.url:
            for entry in main.read_also:
                if entry.story is None and entry.title is story.headline:
                    entry.url = entry.url or story.url
                    entry.title = entry.title or story.url
    main.read_also = [entry for entry in main.read_also if entry.story is not None or entry.title]
    return kept


def _unique_links(links: list[Link], own_title: str) -> tuple[Link, ...]:
    """Links unique by normalized title (first wins, a later URL fills a missing one); no self-link."""
    if not links:
        return ()
    own = normalize(own_title)
    seen: dict[str, int] = {}
    result: list[Link] = []
    for link in links:
        key = normalize(link.title)
        if not key or key == own:
            continue
        if key in seen:
            kept = result[seen[key]]
            if kept.url is None and link.url is not None:
                result[seen[key]] = Link(kept.title, link.url, kept.target, kept.kind)
            continue
        seen[key] = len(result)
        result.append(link)
    return tuple(result)


def _unique(values: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    result: list[str] = []
    for value in values:
        key = normalize(value)
        if value and key not in seen:
            seen.add(key)
            result.append(value)
    return tuple(result)


def _language_sample(title: str, paragraphs: list[str]) -> str:
    """Title and paragraphs joined by spaces, only as far as ``detect_language`` reads them."""
    length = len(title)
    for count, paragraph in enumerate(paragraphs, start=1):
        length += 1 + len(paragraph)
        if length >= LANGUAGE_SAMPLE:
            return " ".join([title, *paragraphs[:count]])
    return " ".join([title, *paragraphs])


def _article(
    draft: _Draft, *, id: str, title: str, origin: str, hint: str | None, related: tuple[Link, ...]
) -> Article:
    language, direction = detect_language(_language_sample(title, draft.paragraphs[:20]), hint)
    return Article(
        id=id,
        title=title,
        paragraphs=tuple(draft.paragraphs),
        source=draft.source,
        section=draft.section,
        attribution=draft.attribution,
        url=draft.url,
        origin=origin,
        language=language,
        direction=direction or "rtl",
        keywords=_unique(draft.keywords),
        related=related,
    )


def parse_plaintext(text: str, *, origin: str, language_hint: str | None = None) -> list[Article]:
    """Parse a saved article page into its article and the stories embedded in it.

    Args:
        text: the decoded document (sanitized again here; ``\\n`` line breaks).
        origin: where it came from (path, URL or "-"); hashed into the article ids.
        language_hint: a language tag from the transport or the user, used when it fits the script.

    Returns:
        The page's own article first, then each embedded read-also story in document order. The page
        links to each story (``kind="read-also"``, target set) before its related titles (unique by
        normalized title, targets unresolved); each story links back (``kind="parent"``).

    Raises:
        ParseError: the text holds no paragraph.
    """
    return parse_sanitized(sanitize_text(text), origin=origin, language_hint=language_hint)


def _kept(stripped: str) -> bool:
    """Whether a non-empty stripped line counts: not only symbols ("* * *" only separates)."""
    return stripped[0].isalnum() or any(map(str.isalnum, stripped))


def _lines(text: str) -> list[_Line]:
    """The classified non-empty lines that count, in order."""
    return [_classify(stripped) for raw in text.split("\n") if (stripped := raw.strip()) and _kept(stripped)]


def parse_sanitized(text: str, *, origin: str, language_hint: str | None = None) -> list[Article]:
    """``parse_plaintext`` for a text that has already passed ``sanitize_text`` (not sanitized twice).

    Args:
        text: the decoded and sanitized document.
        origin: where it came from; hashed into the article ids.
        language_hint: a language tag from the transport or the user.

    Returns:
        The same articles as ``parse_plaintext``.

    Raises:
        ParseError: the text holds no paragraph.
    """
    lines = _lines(text)
    if not lines:
        raise ParseError("no article text found")
    assembler = _Assembler(lines)
    assembler.body(assembler.header())
    stories = _fold_empty_stories(assembler.main, assembler.stories)
    main = _promote_if_empty(assembler.main, stories)
    if not main.paragraphs and main.source is not None and main.section is not None and not stories:
        # A lone "a – b" line is text, not a byline over nothing.
        main.paragraphs.append(lines[0].text)
        main.source = main.section = None
    if not main.paragraphs:
        raise ParseError("no article text found")

    main_id = article_id(origin, 0)
    main_title = _title_of(main)
    story_ids = {id(story): article_id(origin, number) for number, story in enumerate(stories, start=1)}
    story_titles = {id(story): _title_of(story) for story in stories}
    links: list[Link] = []
    for entry in main.read_also:
        if entry.story is not None and id(entry.story) in story_ids:
            key = id(entry.story)
            links.append(Link(story_titles[key], entry.url, story_ids[key], "read-also"))
        elif entry.title:
            links.append(Link(entry.title, entry.url, None, "read-also"))
    links.extend(Link(title, url, None, "related") for title, url in main.related)

    articles = [
        _article(
            main,
            id=main_id,
            title=main_title,
            origin=origin,
            hint=language_hint,
            related=_unique_links(links, main_title),
        )
    ]
    if stories:
        parent = Link(main_title, main.url, main_id, "parent")
        articles.extend(
            _article(
                story,
                id=story_ids[id(story)],
                title=story_titles[id(story)],
                origin=origin,
                hint=language_hint,
                related=(parent,),
            )
            for story in stories
        )
    return articles


QUICK_CHARS: Final = 8192
"""Most characters ``quick_title`` reads before it gives up (a long first line: parse in full)."""


class _Unsure(Exception):
    """``quick_title`` would have to read further than it may."""


class _LazyLines:
    """The classified lines of a text, sanitized and classified only as far as they are asked for.

    ``sanitize_text`` of the whole text is, line by line, ``sanitize_text`` of each raw line with its
    ``\\n`` (nothing it changes spans a line feed), so these are the first lines ``parse_plaintext``
    sees after sanitizing the whole text.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.read = 0
        self.lines: list[_Line] = []

    def at(self, index: int) -> _Line | None:
        """Line ``index``, or None after the last line; raises ``_Unsure`` past ``QUICK_CHARS``."""
        text, lines = self.text, self.lines
        while len(lines) <= index:
            start = self.read
            if start >= len(text):
                return None
            end = text.find("\n", start) + 1 or len(text)
            if end > QUICK_CHARS:
                raise _Unsure
            self.read = end
            chunk = text[start:end]
            if end - start <= _SHORT_LINE:
                lines.extend(_short_lines(chunk))
                continue
            line = chunk.strip()
            if is_clean(chunk):  # sanitized, it is itself: one line
                if _kept(line):
                    lines.append(_classify(line))
            else:
                lines.extend(_lines(sanitize_text(chunk)))
        return lines[index]


_SHORT_LINE: Final = 100
"""Raw lines up to this long (bylines, headlines, blank lines) are classified once per process."""
_SHORT_LINES: Final[dict[str, tuple[_Line, ...]]] = {}
_SHORT_LINES_CAP: Final = 4096


def _short_lines(chunk: str) -> tuple[_Line, ...]:
    """The classified lines of one short raw line (with its line feed), memoised."""
    found = _SHORT_LINES.get(chunk)
    if found is None:
        found = tuple(_lines(sanitize_text(chunk)))
        if len(_SHORT_LINES) >= _SHORT_LINES_CAP:
            _SHORT_LINES.clear()
        _SHORT_LINES[chunk] = found
    return found


class QuickHead(NamedTuple):
    """What a title-only listing shows of a document: its first article's title, source and section."""

    title: str
    source: str | None
    section: str | None


def quick_head(text: str) -> QuickHead | None:
    """Title, source and section ``parse_plaintext`` gives a document's first article, from its first lines.

    For a title-only listing of many files: the byline, headline and lead lines at the top are
    sanitized and classified exactly as the full parse does, and an answer is given only when those
    lines settle it (a plain lead paragraph or a headline over one, no marker before it). Anything
    else (markers or lists at the top, a URL or dateline as lead, a first line longer than
    ``QUICK_CHARS``) gives None, and the caller parses in full.

    Args:
        text: the decoded document, not yet sanitized.

    Returns:
        Exactly the first article's ``(title, source, section)`` from
        ``parse_plaintext(sanitize_text(text), origin=...)`` (already sanitized), or None.
    """
    lines = _LazyLines(text)
    try:
        if lines.at(0) is None:
            return None
        headline, byline, position = _read_header(lines.at)
        # The body starts with plain lines: the first URL line is the page's URL, the next plain
        # line its first paragraph (no marker or list line before it, so no story or list yet).
        lead = lines.at(position)
        if lead is not None and lead.plain and _URL_LINE_RE.match(lead.text):
            lead = lines.at(position + 1)
    except _Unsure:
        return None
    if lead is None or not lead.plain:
        return None
    # The lead is a paragraph of the page, so the page keeps the byline (nothing is promoted).
    source, section = byline if byline is not None else (None, None)
    if headline:
        return QuickHead(headline, source, section)
    if _is_furniture(lead.text):  # the title would come from a later paragraph
        return None
    return QuickHead(lead_title(lead.text), source, section)


def quick_title(text: str) -> str | None:
    """The title ``parse_plaintext`` gives a document's first article, read from its first lines only.

    Returns:
        Exactly ``parse_plaintext(sanitize_text(text), origin=...)[0].title`` (already sanitized),
        or None when the first lines do not settle it (see ``quick_head``).
    """
    head = quick_head(text)
    return head.title if head is not None else None
