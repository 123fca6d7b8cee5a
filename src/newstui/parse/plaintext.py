"""The sample format (an article page saved as plain text) -> the page's article and its embedded stories.

The format, as aggregator pages save it::

    source – section                      byline (optional; or a site's name alone over the headline)
    الرئيسية > أخبار > اقتصاد              breadcrumb (optional, above or under the byline): dropped,
                                          its last crumb the section when the byline gives none
    Headline                              optional: a short line without final punctuation
    كتب: فلان / date / URL                optional: an author line gives the author, a dateline
                                          the publication date (and stays a paragraph; so do
                                          datelines above the byline or the headline, also an
                                          embedded story's)
    paragraph ...                         paragraphs, one per line, blank lines optional; an inline
                                          "اقرأ أيضاً: title" between them is a link when the text goes on
    المصدر: X                             attribution
    كلمات دلالية: a، b                    keywords (or one a line under a bare heading)
    إقرأ أيضاً:                           read-also: a whole embedded story ...
    Headline of the embedded story        ... its headline (or on the marker line after a colon)
    paragraph ...                         ... and its paragraphs, up to the related heading
                                          (a second headline over a lead of its own that opens
                                          with a dateline and names little of the story above,
                                          not a subheading, starts a second embedded story; a tags
                                          row closing the page under it is the page's)
                                          (short headlines alone under the marker are links,
                                          and so are headlines over a paragraph that reads on
                                          from the page's text: "وأضاف ...", "He added ...";
                                          "وقال ..." where the page's source is still to come)
    مقالات مشابهة                         related heading
      • title                             bulleted or numbered titles, optionally with a URL (on the
                                          line, or alone on the next line)
    تابعونا على ... / © 2024 ...           the site's footer: dropped
    ---                                   a separator: dropped, unless a byline (or a headline over
                                          a new lead) follows, which starts the file's next story

Hard-wrapped text (a paragraph broken over lines at a fixed width) is joined back into one paragraph
a line first (``parse.plaintext_unwrap``). Markers are recognised by ``parse.markers`` in all their
spellings. Every line that is not a marker lands in some field of some article (but the footer, and
the "كتب:" of an author line); paragraphs keep their text exactly as written.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final, NamedTuple
from urllib.parse import urljoin

from newstui.addresses import tampered_address
from newstui.errors import ParseError
from newstui.link_match import is_file_name
from newstui.model import Article, Link
from newstui.parse.ids import article_id
from newstui.parse.markers import MarkerKind, is_attribution_value, is_sentence_end, split_byline
from newstui.parse.plaintext_addresses import address_of, address_title, site_path, split_url
from newstui.parse.plaintext_byline import Head, headline_below_dates, looks_like_site_name, read_head
from newstui.parse.plaintext_credits import quoted_outlet
from newstui.parse.plaintext_cues import (
    RUN_LINE_CHARS,
    control_lines_dropped,
    embed_under_lead,
    headline_run,
    heads_next_story,
    is_closing_boilerplate,
    is_credits_trailer,
    is_footer,
    leads_story,
    menu_debris_dropped,
    opens_with_dateline,
    paired_links,
    reads_on,
    share_lines_dropped,
    word_stems,
)
from newstui.parse.plaintext_dates import dateline_kind, is_relative_stamp, iso_date
from newstui.parse.plaintext_drafts import (
    Draft,
    ReadAlso,
    closing_agency,
    closing_date,
    fold_empty_stories,
    lift_closing,
    lift_furniture,
    promote_if_empty,
    title_of,
    to_article,
    unique_links,
)
from newstui.parse.plaintext_keywords import is_hashtags, split_keywords
from newstui.parse.plaintext_lines import (
    RATING_STARS,
    TITLE_MAX,
    Line,
    byline_date_apart,
    classified_with_rules,
    classify,
    edge_marks_dropped,
    headline_in_place,
    headline_like,
    is_furniture,
    is_stamp,
    kept,
    lead_title,
    line_core,
    run_kept,
)
from newstui.parse.plaintext_unwrap import unwrap
from newstui.text.digits import has_digit
from newstui.text.lazy_regex import LazyRegex
from newstui.text.normalize import normalize
from newstui.text.sanitize import sanitize_text

__all__ = ["MAX_LINES", "TITLE_MAX", "cap_note", "lead_title", "parse_plaintext", "parse_sanitized"]

MAX_LINES: Final = 100_000
"""Lines of text (blank ones aside) read of one plain-text document; the rest is left out, and said
(``cap_note``). Each line is at most one paragraph, so no story has more paragraphs than this, and the
parser's work (about 6 µs a line) stops here: 6.5 million one-letter lines (19.5 MB, under the file cap)
took 47-82 s and 1.4 GB to show. A real story has hundreds of lines; 20 MB of Arabic paragraphs of 30-90
words has 30,000 (hard-wrapped at 72 columns, about 170,000: its first 12 MB are shown)."""

_TEXT_LINE: Final = LazyRegex(r"^[^\w\n\ufdfd-\ufdff]*[\w\ufdfd-\ufdff]", re.MULTILINE)
"""The start of a line that holds a letter or digit, or an Arabic word ligature (``plaintext_lines.WORD_SIGNS``:
"﷽"); a line of spaces, direction marks or symbols is no paragraph, as ``plaintext_lines.kept`` says."""

_ITEM_MAX_CHARS: Final = 300
"""A longer unbulleted line after a related heading is prose, not a headline."""
_PROSE_MIN_WORDS: Final = 5
"""Fewest words of a sentence under bulleted titles that is the text going on, not one more title."""
_TEXT_MIN_WORDS: Final = 10
"""Fewest words of a sentence under stacked unbulleted titles that is the text going on (a title may end in a
full stop; a paragraph of the text is longer)."""


_TOP_FURNITURE: Final = 4
"""Most datelines and author lines over a story's text that its address line may stand under."""
_TEXT_ENDS: Final = 2
"""Paragraphs of an embedded story's text, at its start and its end so far, that tell what it names to a headline
in it that may head the next story (``_Assembler._next_story``)."""
_NEXT_STORY_CHECKS: Final = 16
"""Most headline-shaped lines over a lead in one embedded story that are read as the next story's headline maybe;
the rest stay its text (a story of more subheadings than that: each read in bounded time, not once a line)."""

_KEYWORD_CHARS: Final = 40
_KEYWORD_WORDS: Final = 4


def _lone_keyword(line: Line) -> bool:
    """A plain line that is one keyword: a few words, no separator, URL or final punctuation."""
    text = line.text
    return (
        line.plain
        and len(text) <= _KEYWORD_CHARS
        and len(text.split()) <= _KEYWORD_WORDS
        and not is_sentence_end(text)
        and address_of(text) is None
        and len(split_keywords(text)) == 1
    )


_SEE_ALSO: Final = tuple(normalize(phrase) for phrase in ("شاهد أيضا", "شاهد كذلك", "See also", "Also see"))
"""Read-also markers that, over titles at a story's end (nothing under them), head its related list."""


def _see_also(text: str) -> bool:
    """Whether a marker line is "شاهد أيضا" or "See also" (decoration before it aside)."""
    return normalize(text.lstrip(" \t#>*_•·▪■►▶-–—|[(")).startswith(_SEE_ALSO)


def _carried(text: str) -> bool:
    """Whether a line under a bare read-also marker is hashtags or an agency alone (``_over_closing``)."""
    return (text[:1] == "#" and is_hashtags(text)) or closing_agency(text) is not None


def _card_furniture(text: str) -> bool:
    """Whether a line under a read-also title is its card's furniture: hashtags, a view counter, comment count or
    reading time (``is_stamp``) or a share prompt."""
    return (text[:1] == "#" and is_hashtags(text)) or is_closing_boilerplate(text) or is_stamp(text)


def _closes_page(text: str) -> bool:
    """Whether a line under a read-also marker is the page's closing, not a headline: an agency alone ("(أ ف ب)"),
    its credits trailer ("Reporting by …"), the site's footer ("جميع الحقوق محفوظة © 2027 …") or a line of hashtags
    only ("#غزة #الأمم_المتحدة", the page's keywords)."""
    return (
        (text[:1] == "#" and is_hashtags(text))
        or closing_agency(text) is not None
        or is_credits_trailer(text)
        or is_footer(text)
    )


_AND_VERB_RE: Final = LazyRegex(r"و[أتين][\u0621-\u064a]{2,}\s")
"""A paragraph opening on "and" and a verb in the imperfect or first person ("وتبلغ", "ويعمل", "وأشار")."""


class _Opening(NamedTuple):
    """What a read-also marker heads, as read under it: a title (None: the story starts with its lead), the
    link's address, the index of the first line after them, datelines above the title, and whether the
    address came from the line under the marker (an embedded story's own address line)."""

    title: str | None
    url: str | None
    position: int
    dates: tuple[str, ...] = ()
    own_address: bool = False
    closing: tuple[str, ...] = ()
    """Hashtags and agency lines over it, under the marker (``_over_closing``): the keywords and credit of the
    story or links it heads."""


class _Assembler:
    """Walks the classified lines once and fills the drafts."""

    def __init__(self, lines: list[Line], glued: list[bool]) -> None:
        self.lines = lines
        self.glued = glued
        """Whether each line stands directly under the line before it (no blank line between)."""
        self.main = Draft()
        self.stories: list[Draft] = []
        self.current = self.main
        self.in_list = False
        self.titled_at = -2
        """Index of the line the last related title came from (an address line below it is its URL)."""
        self.titled_bulleted = False
        """Whether the last related title of the list under way was a list item (bulleted or numbered)."""
        self.cards_dated = 0
        """Dates read as the cards' of a related list so far (``_card_date``)."""
        self.bulleted: list[int] = []
        """Indexes in the page's related list of the titles read from list items."""
        self.card_titles: dict[int, tuple[str, str]] = {}
        """Of those, the ones closing on a card's date: the title without it and the date (``_card_dates_off``)."""
        self.story_checks = 0
        """Lines of the embedded story under way read as the next story's headline maybe (``_next_story``)."""
        self.story_start: list[str] | None = None
        """The first paragraphs of the embedded story under way's text, once they are in (``_story_start``)."""
        self.story_sectioned = False
        """Whether the embedded story under way kept a headline over a lead opening with a dateline as its text (a
        section of a roundup: "الكويت تسجل أعلى درجة حرارة" / "الكويت - …"): its later such sections stay its text
        too (``_next_story``)."""
        self.deferred: list[tuple[Draft, tuple[str, ...]]] = []
        """Hashtags and agency lines under a bare read-also marker over what it heads, with the draft they go to
        once the body is read (``_closing_for``): a story's tags on its top would close it before its text."""

    # -- header ---------------------------------------------------------------------------------

    def header(self) -> int:
        """Byline and headline at the top; returns the index of the first body line."""
        lines, main = self.lines, self.main
        head = read_head(lambda index: lines[index] if index < len(lines) else None)
        if head.headline is None:
            head = _headline_over_source(lines, head)
        main.headline, main.source, main.section = head.headline, head.source, head.section
        main.author = head.author  # an opinion column's writer named alone by its headline
        main.url = head.url  # the page's address on the first line, above the byline
        main.paragraphs.extend(head.above)  # datelines above the headline: furniture, as under it
        return head.position

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
                self._text(line, position)
                position += 1
        for draft, closing in self.deferred:
            self._closing_for(draft, closing)

    @staticmethod
    def _closing_for(draft: Draft, closing: tuple[str, ...]) -> None:
        """Give ``draft`` the hashtags (its keywords, none twice) and agency (its credit when it has none) of the
        ``closing`` lines over what a read-also marker heads."""
        agencies: list[str] = []
        for text in closing:
            if text[:1] == "#" and is_hashtags(text):
                draft.keywords.extend(word for word in split_keywords(text) if word not in draft.keywords)
            elif (agency := closing_agency(text)) is not None:
                agencies.append(agency)
        if agencies and not draft.attribution:
            for agency in agencies:
                draft.add_attribution(agency)

    def _block_end(self, start: int) -> int:
        """Index of the next read-also or related marker after ``start`` (or the end)."""
        for index in range(start + 1, len(self.lines)):
            if self.lines[index].marker in (MarkerKind.READ_ALSO, MarkerKind.RELATED):
                return index
        return len(self.lines)

    def _read_also(self, index: int) -> int:
        """The read-also marker at ``index`` and what it introduces (links, a related list or an embedded story);
        the index after what it took."""
        marker = self.lines[index]
        end = self._block_end(index)
        opening = self._read_also_opening(marker, index + 1, end, mid_story=self._mid_story(index, end))
        if isinstance(opening, int):
            return opening
        return self._read_also_block(marker, end, opening)

    def _read_also_opening(self, marker: Line, position: int, end: int, *, mid_story: bool) -> int | _Opening:
        """What stands under a read-also ``marker`` from ``position`` (before ``end``): links or a list taken (the
        index after them), or the opening of a link or story still to read."""
        lines = self.lines
        if marker.rest:
            return self._inline_opening(marker, position, end)
        if (after := self._bare_addresses(marker.text, position, end)) is not None:
            return after  # address lines alone under the marker: links titled by their addresses
        if position < end and lines[position].item is not None:
            if (after := self._list_in_text(position, end)) is not None:
                return after  # titles inside the page's text: its read-also links, as unbulleted ones
            self.in_list, self.titled_bulleted = True, False  # "See also" over a list of headlines: a related list
            return position
        if position < end and lines[position].plain and _closes_page(lines[position].text):
            return self._over_closing(marker, position, end, mid_story=mid_story)
        if position < end and (below := self._headline_below_dates(position, end)) is not None:
            return _Opening(below[0], None, below[1] + 1, below[2])  # datelines above the story's headline
        if position < end and lines[position].plain and headline_in_place(split_url(lines[position].text)[0]):
            return self._headlines_opening(marker, position, end, mid_story=mid_story)
        if position < end and lines[position].plain:
            return _Opening(None, None, position)  # the story starts with its lead paragraph
        return position  # a bare marker with nothing to introduce

    def _over_closing(self, marker: Line, position: int, end: int, *, mid_story: bool) -> int | _Opening:
        """Under a bare read-also ``marker``, the page's closing lines from ``position`` (``_closes_page``). Nothing
        to introduce (``position``) when only the page's closing stands to the end, the page's text goes on under
        them ("(بترا)" / "وأضاف …") or no headline, list or lead opening with its dateline does. Else they top
        what stands under them (a story's hashtags over its headline, "#فيديو" over a "شاهد أيضا" list): read from
        under them, their hashtags and agency kept for the story or links it heads (``_closing_for``)."""
        lines = self.lines
        after = position
        while after < end and lines[after].plain and _carried(lines[after].text):
            after += 1
        if after == position or after >= end or self._ends_page(position) or not self._heads_something(after, end):
            return position
        opening = self._read_also_opening(marker, after, end, mid_story=mid_story)
        closing = tuple(line.text for line in lines[position:after])
        if isinstance(opening, int):
            self.deferred.append((self.main, closing))  # links taken: the page's hashtags and credit
            return opening
        return opening._replace(closing=closing)

    def _heads_something(self, position: int, end: int) -> bool:
        """Whether the line at ``position`` (before ``end``), under closing lines under a bare read-also marker,
        opens what the marker heads: a list line, an address, a headline, or a lead opening with its dateline
        ("الكويت - أعلنت …"); not the page's text going on ("وأضاف …", "وانتشر الوسمان …")."""
        line = self.lines[position]
        if line.item is not None:
            return True
        if not line.plain or self._goes_on(position, end, mid_story=True):
            return False
        text = line.text
        return (
            address_of(text) is not None
            or (len(text) <= RUN_LINE_CHARS and headline_in_place(split_url(text)[0]))
            or opens_with_dateline(text)
        )

    def _furnished(self, position: int, end: int) -> int:
        """The index after a read-also card's furniture from ``position`` (before ``end``): its hashtags, view
        counter or share prompts under its title ("#النفط #الأسواق", "1,204 مشاهدة"); ``position`` when none."""
        lines = self.lines
        while position < end and lines[position].plain and _card_furniture(lines[position].text):
            position += 1
        return position

    def _list_in_text(self, start: int, end: int) -> int | None:
        """Under a read-also marker inside the page's text, its list of titles from ``start`` (before ``end``):
        list lines, each maybe over its address line, that the page's text goes on under (``_list_ends``) are
        read-also links, added; the index after them. None for any other list (a related list, read as ever)."""
        lines, main = self.lines, self.main
        if self.current is not main or not main.paragraphs or main.attribution or main.keywords:
            return None
        links: list[tuple[str, str | None]] = []
        position = last = start
        while position < end and (line := lines[position]).item is not None:
            links.append(split_url(line.item))
            last, position = position, position + 1
            if links[-1][1] is None and position < end and lines[position].plain:
                if (address := self._address(lines[position].text)) is not None:
                    links[-1], position = (links[-1][0], address), position + 1  # the title's address line
        if position >= end or not lines[position].plain or is_credits_trailer(lines[position].text):
            return None
        self.titled_at, self.titled_bulleted = last, True
        if not self._list_ends(position):
            return None
        self._add_links(links, related=False)
        return position

    def _inline_opening(self, marker: Line, position: int, end: int) -> int | _Opening:
        """A title on the marker's own line ("اقرأ أيضاً: title"): a link when the page's text goes on under it
        (the index after it), else the opening of what it heads."""
        lines = self.lines
        title, url = split_url(marker.rest)
        own_address = False
        if url is None and position < end and lines[position].plain:
            url = self._link_address(lines[position].text)
            if url is not None:  # the link's address on the line under it
                own_address, position = True, position + 1
        # The page's text goes on under the link. A title on the marker's own line, between paragraphs, is
        # a link (an embedded story's headline stands on a line of its own): a paragraph that likely reads
        # on ("وقال ...") goes on from the page's text as under headlines whose source is still to come.
        if self._goes_on(position, end, mid_story=True):
            self.main.read_also.append(ReadAlso(title, url))
            self.in_list = False
            return position
        return _Opening(title, url, position, own_address=own_address)

    def _headlines_opening(self, marker: Line, position: int, end: int, *, mid_story: bool) -> int | _Opening:
        """Short lines under a read-also ``marker`` from ``position``: headlines without bullets (links, the index
        after them), else stacked titles (``_stacked_opening``)."""
        run = self._short_run(position, end)
        links = headline_run(run) if run is not None else None
        if run is None or links is None:
            return self._stacked_opening(marker, position, end, mid_story=mid_story)
        # headlines without bullets: links, not a story ("See also" over titles at the story's end: its related list)
        self._add_links(links, related=_see_also(marker.text) and self._ends_page(position + len(run)))
        return position + len(run)

    def _stacked_opening(self, marker: Line, position: int, end: int, *, mid_story: bool) -> int | _Opening:
        """Headlines stacked from ``position`` under a read-also ``marker``: links when the page's text goes on
        under them or each has its address line (the index after them), else the opening of the story under
        the last one (those above it links)."""
        lines = self.lines
        stacked = self._title_lines(position, end)
        titles = paired_links([line.text for line in lines[position : position + stacked]])
        several = len(titles) > 1
        addressed = stacked > len(titles) and all(url is not None for _, url in titles)
        under = position + stacked
        beyond = self._furnished(under, end)
        furnished = beyond > under and (
            self._goes_on(beyond, end, mid_story=True)
            or (several and self._text_under_titles(beyond, end, titles[-1][0]))
        )
        if furnished:
            # A card's hashtags or view counter under its title ("#النفط #الأسواق", "1,204 مشاهدة"), the page's
            # text going on under them: a link card, as titles stacked with no text of their own (its furniture
            # dropped); an embedded story's headline has its lead under it.
            under = beyond
        if (
            furnished
            or addressed
            or self._goes_on(under, end, mid_story=mid_story or several)
            or (several and self._text_under_titles(under, end, titles[-1][0]))
        ):
            # The page's text goes on, or each headline has its address line (an embedded story
            # has none): links, and the page's text goes on under them.
            resolved = [(title, self._resolved(url)) for title, url in titles]
            self._add_links(resolved, related=addressed and _see_also(marker.text) and self._ends_page(under))
            return under
        head = position
        if several and not word_stems(titles[-2][0]) & word_stems(titles[-1][0]):
            # Headlines on different things stacked over a story: all but the last have no text of
            # their own (links); the last is the story's (its address line is the story's, as under
            # any). Lines on the same thing are a headline and its subtitle or short lead.
            self.main.read_also.extend(ReadAlso(title, url) for title, url in titles[:-1])
            head = position + stacked - 1
            if titles[-1][0] != lines[head].text and address_of(lines[head].text) is not None:
                head -= 1
        title, url = split_url(lines[head].text)
        if head == position and (after := self._related_at_end(marker.text, title, url, head + 1)) is not None:
            return after
        return _Opening(title, url, head + 1)

    def _add_links(self, links: list[tuple[str, str | None]], *, related: bool) -> None:
        """Add titles taken under a read-also marker to the page's related list (``related``) or its read-also
        links; the list under way, if any, has ended."""
        if related:
            self.main.related.extend(links)
        else:
            self.main.read_also.extend(ReadAlso(title, url) for title, url in links)
        self.in_list = False

    def _read_also_block(self, marker: Line, end: int, opening: _Opening) -> int:
        """The lines from a read-also ``marker``'s ``opening`` up to ``end``: a link when they hold no story's text
        or the page's text goes on, else an embedded story; the index after what it took."""
        if opening.closing:  # hashtags or an agency over it: the embedded story's, or the page's over a link
            stories = len(self.stories)
            taken = self._read_also_block(marker, end, opening._replace(closing=()))
            self.deferred.append((self.stories[-1] if len(self.stories) > stories else self.main, opening.closing))
            return taken
        if opening.title is not None and (after := self._dated_link(opening, end)) is not None:
            self._add_links([(opening.title, opening.url)], related=_see_also(marker.text))
            return after  # "اقرأ أيضا:" / one title / "الأحد 29 نوفمبر 2026 - 10:15": a link, the page's date under it
        block = self.lines[opening.position : end]
        # The link's address line, an agency alone ("(رويترز)", the page's credit), the agency's credits
        # trailer ("Reporting by …; Editing by …"), a line of hashtags (the page's keywords) and the share
        # boilerplate under them are no story's text.
        has_text = any(
            line.marker is None
            and address_of(line.text) is None
            and site_path(line.text) is None
            and not _bare_file_name(line.text)
            and closing_agency(line.text) is None
            and not is_credits_trailer(line.text)
            and not (line.text[:1] == "#" and is_hashtags(line.text))
            and not is_closing_boilerplate(line.text)
            for line in block
        )
        inline = self._inline_link(marker, opening.title, block)
        if opening.title is not None and (not has_text or inline):
            url, position = opening.url, opening.position
            if not has_text and url is None and block and (address := self._link_address(block[0].text)) is not None:
                url, position = address, position + 1  # the link's address on the line under its headline
            self.main.read_also.append(ReadAlso(opening.title, url))
            self.in_list = False
            return position
        return self._embedded_story(opening)

    def _dated_link(self, opening: _Opening, end: int) -> int | None:
        """Under a read-also headline (``opening``, before ``end``) at the page's end, maybe its card's date right
        under it (no blank line between) and a sure dateline closing the page (``_closing_date``): no story of
        its own but a link; the page's closing date taken, the index after the lines. None for any other lines."""
        lines, position = self.lines, opening.position
        if position < end and self._card_line(position) and self._closing_date(position) is None:
            position += 1  # "title" / "28 نوفمبر 2026": the card's date, more under it
        if position >= end or not lines[position].plain or (day := self._closing_date(position)) is None:
            return None
        self.main.closing_date = day
        return position + 1

    def _card_line(self, position: int) -> bool:
        """Whether the line at ``position`` is a sure dateline (``dateline_kind``) with no blank line above it."""
        line = self.lines[position]
        return line.plain and self.glued[position] and dateline_kind(line.text) == "sure"

    def _inline_link(self, marker: Line, title: str | None, block: list[Line]) -> bool:
        """Whether a read-also ``marker`` with its title on its line (``title``, over ``block``) is only a link
        inside or above the page's text."""
        has_meta = any(line.marker in (MarkerKind.ATTRIBUTION, MarkerKind.KEYWORDS) for line in block)
        main = self.main
        # "Read more: X" on one line inside the page's text (its source/tags still to come) or above
        # it is only a link: the lines after it still belong to the page. With no source or tags
        # anywhere near, the next paragraph tells: a story's lead names what its headline names.
        inline = bool(marker.rest) and self.current is main
        if inline and main.paragraphs and not (has_meta or main.attribution or main.keywords):
            return not self._leads(title, block)
        return inline and (not main.paragraphs or (has_meta and not main.attribution and not main.keywords))

    def _embedded_story(self, opening: _Opening) -> int:
        """Start the embedded story an ``opening`` heads (the story under way from now on); the index of its
        first line."""
        url, position = opening.url, opening.position
        if opening.own_address:  # an embedded story's address line under its headline: the story's own, as before
            url, position = None, position - 1
        main = self.main
        story = Draft(headline=opening.title, paragraphs=list(opening.dates), source=main.source)
        self.stories.append(story)
        main.read_also.append(ReadAlso(opening.title, url, story))
        self.current = story
        self.story_checks, self.story_start, self.story_sectioned = 0, None, False
        self.in_list = False
        return position

    def _bare_addresses(self, marker: str, start: int, end: int) -> int | None:
        """Under a read-also marker, address lines alone from ``start`` (before ``end``): two or more, or one the
        page's end or its text going on follows, are links titled by their addresses (``address_title``: no
        password, a lookalike host in ASCII), added as the page's related links under "See also" (``marker``) at
        its end, else its read-also links; the index after them. None when the lines are no such run."""
        links: list[tuple[str, str]] = []
        position = start
        while position < end and self.lines[position].plain:
            url = address_of(self.lines[position].text)
            if url is None or tampered_address(url):
                break
            links.append((address_title(url), url))
            position += 1
        if not links:
            return None
        at_end = self._ends_page(position)
        if len(links) == 1 and not at_end and not self._goes_on(position, end, mid_story=True):
            return None  # one address over a story's text: that story's own address line, as ever
        if _see_also(marker) and at_end:
            self.main.related.extend(links)
        else:
            self.main.read_also.extend(ReadAlso(title, url) for title, url in links)
        self.in_list = False
        return position

    def _headline_below_dates(self, start: int, end: int) -> tuple[str, int, tuple[str, ...]] | None:
        """``headline_below_dates`` of the lines from ``start`` up to ``end``, when datelines stand above it."""
        lines = self.lines
        found = headline_below_dates(lambda at: lines[at] if at < end else None, start)
        return found if found is not None and found[2] else None

    def _short_run(self, start: int, end: int) -> list[str] | None:
        """The plain lines from ``start`` on, up to the first marker, list line or agency alone (or ``end``); None
        at a long one."""
        texts: list[str] = []
        for index in range(start, end):
            line = self.lines[index]
            if not line.plain or _closes_page(line.text):
                break  # a marker or list line; an agency alone, its credits trailer or the site's footer: no headline
            if len(line.text) > RUN_LINE_CHARS:
                return None  # a paragraph: the lines above it are a headline (and furniture) over a story
            texts.append(line.text)
        return texts

    def _title_lines(self, start: int, end: int) -> int:
        """How many lines from ``start`` (before ``end``) are headlines stacked one over the other, each
        maybe over its address line (at least one: the line at ``start`` is a headline)."""
        count, addressed = 0, True
        while start + count < end and (line := self.lines[start + count]).plain and len(line.text) <= RUN_LINE_CHARS:
            if count and _closes_page(line.text):
                break  # an agency alone ("(أ ف ب)"), its credits trailer or the site's footer: not a headline
            title, url = split_url(line.text)
            if not addressed and (address_of(line.text) or site_path(line.text)) is not None:
                addressed = True
            elif url is None or title != line.text:
                if not headline_in_place(title) or (count and (looks_like_site_name(title) or split_byline(title))):
                    break  # not a headline, or the site's name (or byline) under the story's headline
                addressed = url is not None
            else:
                break  # an address alone, not under a headline: the text of a story
            count += 1
        return max(count, 1)

    def _related_at_end(self, marker: str, title: str, url: str | None, position: int) -> int | None:
        """Under "See also" (``marker``), one headline ``title`` at the page's end (its address line at ``position``
        or not, then only the footer): the page's related link, added; the index after it. None elsewhere."""
        if not _see_also(marker):
            return None
        lines = self.lines
        if url is None and position < len(lines) and lines[position].plain:
            if (address := self._address(lines[position].text)) is not None:
                url, position = address, position + 1
        if not self._ends_page(position):
            return None
        self.main.related.append((title, url))
        self.in_list = False
        return position

    def _ends_page(self, position: int) -> bool:
        """Whether nothing but the site's footer, closing boilerplate (share prompts), a line of hashtags (the page's
        keywords) and an agency alone ("(واس)", the page's credit) stands from ``position`` on: what is above it ends
        the page's text."""
        return all(
            closing_agency(line.text) is not None  # "(واس)", or "- وام -", read as a list line
            or (
                line.plain
                and (
                    is_footer(line.text)
                    or is_closing_boilerplate(line.text)
                    or (line.text[:1] == "#" and is_hashtags(line.text))  # the page's keywords
                )
            )
            for line in self.lines[position:]
        )

    def _mid_story(self, index: int, end: int) -> bool:
        """Whether the read-also marker at ``index`` stands within the page's text: the page's source or
        tags are still to come before ``end`` (the next read-also or related marker)."""
        main = self.main
        if self.current is not main or main.attribution or main.keywords:
            return False
        kinds = (MarkerKind.ATTRIBUTION, MarkerKind.KEYWORDS)
        return any(line.marker in kinds for line in self.lines[index + 1 : end])

    def _goes_on(self, position: int, end: int, *, mid_story: bool) -> bool:
        """Whether the line at ``position`` (before ``end``) is the text above going on, not a story's lead.

        With text above it, a paragraph that only reads on ("وأضاف", "He added") is; one that likely
        does ("وقال", "ومن") only where the block's layout says so too (``mid_story``: the page's
        source still to come, or several headlines stacked with no text of their own). Never under a
        story whose source or tags have come (the sample's read-also block, after them, embeds a story
        whose lead may well open with "وأكد").
        """
        if position >= end or not self.lines[position].plain or not self.current.paragraphs:
            return False  # no text above to go on from
        current = self.current
        if current.attribution or current.keywords:
            return False  # the story above has closed (its source, its tags): a story starts, as in the sample
        text = self.lines[position].text
        return reads_on(text, only=not mid_story) or (mid_story and _AND_VERB_RE.get().match(text) is not None)

    def _text_under_titles(self, position: int, end: int, title: str) -> bool:
        """Whether the line at ``position`` (before ``end``), under two or more titles stacked under a read-also
        marker inside a story's text, is that text going on: a sentence of ten words or more that does not
        read as the lead of the last title's story (``leads_story``: it names what that title names more than
        what the story's own headline does). The story above has text and has not closed (its source, its tags).
        """
        if position >= end or not self.lines[position].plain:
            return False
        current = self.current
        if not current.paragraphs or current.attribution or current.keywords:
            return False
        text = self.lines[position].text
        if not is_sentence_end(text) or len(text.split()) < _TEXT_MIN_WORDS:
            return False  # (a short sentence may be one more title: "كيف تحمي مدخراتك من التضخم في 2027.")
        return not leads_story(title, text, title_of(current))

    def _leads(self, title: str | None, block: list[Line]) -> bool:
        """Whether the first text line of ``block`` reads as the lead of a story headlined ``title``."""
        lead = next((line.text for line in block if line.marker is None), None)
        if title is None or lead is None:
            return True
        return leads_story(title, lead, title_of(self.main))

    def _related(self, index: int) -> int:
        line = self.lines[index]
        following = self.lines[index + 1] if index + 1 < len(self.lines) else None
        if line.rest:
            self.main.related.append(split_url(line.rest))
            self.in_list = following is not None and following.item is not None
        else:
            self.in_list = True
        self.titled_bulleted = False
        return index + 1

    def _meta_target(self) -> Draft:
        """The article an attribution or keywords line belongs to."""
        return self.main if self.in_list else self.current

    def _attribution(self, index: int) -> int:
        """The source line at ``index`` (a marker and its value, or a bare marker and the value under it), the index
        after what it took.

        A bare marker over a list or footnotes ("المصادر:" over "- …" or "[1] …") is their heading: it stays in the
        text with them, as "المراجع:" does. Under a bare "المصادر:" ("Sources:") the short lines that follow it with
        no blank line between are its values, each one a source ("وكالة ناسا" / "مجلة نيتشر": "وكالة ناسا، مجلة
        نيتشر", as written on its line)."""
        line, lines = self.lines[index], self.lines
        value = line.rest
        position = index + 1
        if not value and position < len(lines):
            following = lines[position]
            if _heads_sources(following):
                if not self.in_list:
                    self.current.paragraphs.append(line.text)  # the list's heading, kept over its items
                return position
            if following.plain and is_attribution_value(following.text):
                values = [following.text]
                position += 1
                if _plural_sources(line.text):
                    while position < len(lines) and self.glued[position] and _more_sources(lines[position]):
                        values.append(lines[position].text)
                        position += 1
                value = "، ".join(values)
        if value:
            target = self._meta_target()
            target.add_attribution(value)
            if target.url is None and value[:4].lower() == "http" and (address := address_of(value)) is not None:
                target.url = address  # "المصدر: https://…": the story's own address, labelled as its source
        return position

    def _keywords(self, index: int) -> int:
        """The keywords line at ``index`` (or a bare heading and the keywords under it), the index after them."""
        keywords, position = self._keywords_at(index)
        self._keywords_target(position).keywords.extend(keywords)
        return position

    def _keywords_at(self, index: int) -> tuple[list[str], int]:
        """The keywords of the keywords line at ``index`` (on it, or one a line or in one line under a bare heading)
        and the index after them."""
        line, lines = self.lines[index], self.lines
        position = index + 1
        if line.rest:
            return split_keywords(line.rest), position
        keywords: list[str] = []
        while position < len(lines) and (item := lines[position].item) is not None:
            keywords.extend(split_keywords(item))
            position += 1
        if position == index + 1 and position < len(lines):
            following = lines[position]
            if following.plain and len(following.text) <= _ITEM_MAX_CHARS and not following.text.endswith("."):
                words = split_keywords(following.text)
                keywords.extend(words)
                position += 1
                # One keyword a line: the short lines below it are keywords too.
                while len(words) == 1 and position < len(lines) and _lone_keyword(lines[position]):
                    keywords.append(lines[position].text)
                    position += 1
        return keywords, position

    def _keywords_target(self, after: int) -> Draft:
        """The article a keywords line ending at ``after`` belongs to (``_meta_target``), but the page's own when it
        closes the page right under an embedded story that has no source or tags of its own and the page has no tags
        yet: the page's tags row under its read-also box, not the embedded story's."""
        target, main = self._meta_target(), self.main
        if target is main or main.keywords or target.attribution or target.keywords or not self._ends_page(after):
            return target
        return main

    def _closing_line(self, text: str) -> bool:
        """Take a page's closing line under its related list: hashtags are its keywords, an agency alone
        ("(وكالات)") its attribution, share or app boilerplate is dropped; False for any other line."""
        if text[:1] == "#" and is_hashtags(text):
            self.main.keywords.extend(split_keywords(text))
        elif (agency := closing_agency(text)) is not None:
            self.main.add_attribution(agency)
        elif not is_closing_boilerplate(text):
            return False
        return True

    def _closing_date(self, position: int) -> str | None:
        """The date of the plain line at ``position`` under a list of titles when it is a sure dateline
        (``dateline_kind``, not "مهرجان الموسيقى – 5 مارس 2025", a title's words) closing the page: only closing
        lines (hashtags, an agency, boilerplate) under it, so no card's date in a list of cards; else None."""
        text = self.lines[position].text
        if dateline_kind(text) != "sure" or any(
            not (
                line.plain
                and (closing_agency(line.text) or is_closing_boilerplate(line.text) or is_hashtags(line.text))
            )
            for line in self.lines[position + 1 :]
        ):
            return None
        return closing_date(text)

    def _card_date(self, position: int) -> bool:
        """Whether the plain line at ``position`` is a card's date: a sure dateline (``dateline_kind``) or a
        relative stamp ("منذ 3 ساعات", no date) right under a title of the list, with no blank line between
        ("title" / "30 نوفمبر 2026" / "title" / …)."""
        if self.titled_at != position - 1 or not self.glued[position]:
            return False
        text = self.lines[position].text
        return dateline_kind(text) == "sure" or is_relative_stamp(text)

    def _list_ends(self, position: int) -> bool:
        """Whether the plain line at ``position``, under a list of titles, is the text above the list going on,
        not one more title.

        A list inside the text ("اقرأ أيضا:" over bullets, "مواضيع ذات صلة:" over a title and its address)
        ends at a paragraph that ends like a sentence and reads on ("وأضاف ...", "وقال ..."), or, under
        bulleted titles, at any unbulleted sentence of a few words (a headline has no full stop; an address
        or a path, "/archives/7.", is no sentence) -- unless a bulleted title follows it, or it stands directly
        under its bulleted title in a list of cards (``_card_teaser``): a teaser under its title. An agency's
        credits trailer ("Reporting by …") ends it too.
        """
        text = self.lines[position].text
        if is_credits_trailer(text):
            return True  # "Reporting by …; Editing by …": the story's last line, under its links
        if not is_sentence_end(text) or self._card_teaser(position):
            return False
        if position + 1 < len(self.lines) and self.lines[position + 1].item is not None:
            return False  # the list goes on under it
        return reads_on(text) or (self.titled_bulleted and len(text.split()) >= _PROSE_MIN_WORDS)

    def _card_teaser(self, position: int) -> bool:
        """Whether the plain line at ``position`` is the teaser of a card in a list of bulleted cards: directly
        under the bulleted title just read (no blank line between), in a list whose titles are not stacked one
        right under another (each card a title and its teaser: "• title" / "teaser." / "• title" / "teaser.")."""
        lines = self.lines
        if not self.glued[position] or self.titled_at != position - 1 or lines[position - 1].item is None:
            return False
        return position < 2 or lines[position - 2].item is None  # "• title" / "• title" / "text": bare titles

    def _address(self, text: str) -> str | None:
        """The address of a line under a link's title: a web address, or a path on the site (``/archives/7``)
        resolved against the page's own address when it has one, else kept as written."""
        address = address_of(text)
        if address is not None:
            return address
        return self._resolved(site_path(text))

    def _link_address(self, text: str) -> str | None:
        """The address of the line under a read-also headline: as ``_address``, or a story file of the folder by
        its bare name, ``2_festival.txt`` (``link_match``: the link leads to that file's story)."""
        return self._address(text) or (text.strip() if _bare_file_name(text) else None)

    def _resolved(self, url: str | None) -> str | None:
        """A site path (``/a``, ``../a``) against the page's address when it has one; any other ``url`` as it is."""
        base = self.main.url
        if url is None or base is None or site_path(url) is None:
            return url
        return urljoin(base, url)

    def _text(self, line: Line, position: int) -> None:
        if (self.main.paragraphs or self.stories) and is_footer(line.text):
            return  # the site's footer below the page: not part of any story or list
        if self.in_list:
            related = self.main.related
            if line.item is not None:
                related.append(split_url(line.item))
                self.bulleted.append(len(related) - 1)
                if (card := _card_date(related[-1][0])) is not None:
                    self.card_titles[len(related) - 1] = card
                self.titled_at, self.titled_bulleted = position, True
                return
            address = self._address(line.text) if self.titled_at == position - 1 and related[-1][1] is None else None
            if address is not None:
                related[-1] = (related[-1][0], address)  # the address line of the title above (or its path)
                return
            if self._closing_line(line.text):
                return  # hashtags, an agency alone or share boilerplate under the list: no link
            if self._card_date(position) and (self.cards_dated or self._closing_date(position) is None):
                # "30 نوفمبر 2026" right under its title, more of the list under it or other cards dated above:
                # that story's date, neither a link nor the page's (under the last title alone, the page's).
                self.cards_dated += 1
                return
            if (day := self._closing_date(position)) is not None:
                self.main.closing_date = day  # "الاثنين 30 نوفمبر 2026 - 12:10" closing the page: no link
                return
            if self._list_ends(position):
                self.in_list = False  # the text above the list going on under it (a list within the text)
            elif len(line.text) <= _ITEM_MAX_CHARS:
                teaser = self._card_teaser(position)
                related.append(split_url(line.text))
                # a card's teaser (kept with the links, as ever) leaves the list one of bulleted titles
                self.titled_at, self.titled_bulleted = position, teaser
                return
            else:
                self.in_list = False  # prose after the list: the page's own text again
                self.current = self.main
        address = address_of(line.text) if self.current.url is None else None
        if address is not None and self._at_top(address, position):
            self.current.url = address
            return
        if self.current is not self.main and self._next_story(line, position):
            self._embedded_story(_Opening(line.text, None, position + 1))  # a second story under one marker
            return
        self.current.paragraphs.append(line.text)

    def _next_story(self, line: Line, position: int) -> bool:
        """Whether the plain line at ``position``, in the text of an embedded story, heads the next story embedded
        under the same read-also marker (``heads_next_story``: a headline over its lead, datelines and author
        lines between them aside), not a subheading: it stands under a paragraph of the story's text, and the story
        kept no headline over a datelined lead as its text yet (a roundup's sections stay its text)."""
        story = self.current
        paragraphs = story.paragraphs
        if self.story_sectioned or self.story_checks >= _NEXT_STORY_CHECKS:
            return False
        if not (line.plain and paragraphs and headline_like(line.text)):
            return False
        if headline_like(paragraphs[-1]) or (lead := self._lead_under(position + 1)) is None:
            return False
        first = self._story_start(paragraphs)
        if not first:
            return False  # only datelines so far: no text of the story yet
        self.story_checks += 1
        text = first + [paragraph for paragraph in paragraphs[-_TEXT_ENDS:] if paragraph not in first]
        if heads_next_story(line.text, lead, title_of(story), text):
            return True
        self.story_sectioned = opens_with_dateline(lead)  # a section under a dateline: a roundup's, maybe
        return False

    def _story_start(self, paragraphs: list[str]) -> list[str]:
        """The first ``_TEXT_ENDS`` paragraphs of the embedded story's text so far (its ``paragraphs``; datelines
        and author lines aside, among its first lines only): what it is about, read once its first lines are in."""
        if self.story_start is not None:
            return self.story_start
        first = [text for text in paragraphs[: _TOP_FURNITURE + _TEXT_ENDS] if not is_furniture(text)][:_TEXT_ENDS]
        if len(first) == _TEXT_ENDS or len(paragraphs) >= _TOP_FURNITURE + _TEXT_ENDS:
            self.story_start = first  # no later paragraph changes it
        return first

    def _lead_under(self, position: int) -> str | None:
        """The plain line from ``position`` on that stands under a headline as its lead, past up to
        ``_TOP_FURNITURE`` datelines and author lines; None when a marker, a list line or the end comes first."""
        lines = self.lines
        for index in range(position, min(position + _TOP_FURNITURE + 1, len(lines))):
            line = lines[index]
            if not line.plain:
                return None
            if not is_furniture(line.text):
                return line.text
        return None

    def _at_top(self, address: str, position: int) -> bool:
        """Whether the address line at ``position`` (its ``address``) is the story's own: the story under way has
        no text yet but its datelines and author lines, or it stands directly under the lead (the one line of
        text so far, or, without a headline, the short line in the headline's place), as saved pages put it over
        the text or under the lead. Under the lead, it is an embed's and stays (``_embedded``) when it is a
        social post's or a media embed's, when the lead announces it, or when it is one of several address
        lines in a row; further down it always is ("pic.twitter.com/…", a post's address)."""
        paragraphs = self.current.paragraphs
        if len(paragraphs) > _TOP_FURNITURE:
            return False
        text = [paragraph for paragraph in paragraphs if not is_furniture(paragraph)]
        return not text or (len(text) == 1 and not self._embedded(address, position, text[0]))

    def _embedded(self, address: str, position: int, lead: str) -> bool:
        """Whether the address line at ``position``, under the ``lead``, is an embed or a link in the text
        (``embed_under_lead``), an address line above or under it making it one of a list."""
        lines = self.lines
        beside = any(
            0 <= index < len(lines) and lines[index].plain and address_of(lines[index].text) is not None
            for index in (position - 1, position + 1)
        )
        return embed_under_lead(address, lead, address_beside=beside)


_CARD_DATE_RE: Final = re.compile(r"\s+[-–—|]\s+")
"""Where a related title's card date may start: after a dash or a bar ("… قياسية - 28 نوفمبر 2026")."""


def _card_date(title: str) -> tuple[str, str] | None:
    """A bulleted related title closing on its card's date on the same line ("title - 28 نوفمبر 2026"): the title
    without it and the date as ISO 8601; None for any other title."""
    if not title[-1:].isalnum() or not has_digit(title):
        return None
    for found in _CARD_DATE_RE.finditer(title):
        written, head = title[found.end() :], title[: found.start()]
        if dateline_kind(written) == "sure" and split_byline(written) is None:
            day = iso_date(written)
            ok = day is not None and len(head.split()) >= 2 and any(map(str.isalpha, head))
            return (head, day) if ok and day is not None else None
    return None


def _card_dates_off(draft: Draft, bulleted: list[int], cards: dict[int, tuple[str, str]]) -> None:
    """The page's related titles without their cards' dates, in a card layout only: every bulleted title closes on
    a date no later than the story's (or today), and none becomes another's title without it (a daily series,
    "أسعار الذهب اليوم - الأربعاء 2 ديسمبر 2026", is told apart by its date; a summit's date to come is news)."""
    if not cards or set(cards) != set(bulleted):
        return
    latest = (draft.published or date.today().isoformat())[:10]
    if any(day[:10] > latest for _, day in cards.values()):
        return
    related = draft.related
    titles = [
        normalize(cards[index][0]) if index in cards else normalize(title) for index, (title, _) in enumerate(related)
    ]
    if len(set(titles)) < len(titles):
        return
    for index, (head, _) in cards.items():
        related[index] = (head, related[index][1])


def _bare_file_name(text: str) -> bool:
    """Whether a line is a story file's bare name alone, ``2_festival.txt`` (no space: a sentence ending in one
    is text)."""
    return " " not in text.strip() and is_file_name(text)


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


def parse_sanitized(text: str, *, origin: str, language_hint: str | None = None) -> list[Article]:
    """``parse_plaintext`` for a text that has already passed ``sanitize_text`` (not sanitized twice).

    Args:
        text: the decoded and sanitized document.
        origin: where it came from; hashed into the article ids.
        language_hint: a language tag from the transport or the user.

    Returns:
        The same articles as ``parse_plaintext``; of a text past ``MAX_LINES`` lines, those of its first
        ``MAX_LINES``, in a list that carries ``cap_note`` (``feed_notes.FeedArticles``: the source's
        result tells it, as a feed's cap).

    Raises:
        ParseError: the text holds no paragraph.
    """
    cut = _cap(text, MAX_LINES)
    if cut is None:
        return _parsed(text, origin, language_hint)
    from newstui.parse.feed_notes import FeedArticles

    return FeedArticles(_parsed(text[:cut], origin, language_hint), cap_note(MAX_LINES))


def cap_note(kept: int) -> str:
    """The line for a text cut at ``kept`` lines (as a feed's: "a feed of ... entries: only the first ...")."""
    return f"a text of more than {kept:,} lines: only the first {kept:,} are shown"


def _cap(text: str, kept: int) -> int | None:
    """Where the line after the first ``kept`` lines that hold a letter or digit starts; None when there is none
    (no more than ``kept`` such lines)."""
    if text.count("\n") < kept:
        return None  # (fewer lines in all: the usual text, not scanned)
    for count, line in enumerate(_TEXT_LINE.finditer(text)):
        if count == kept:
            return line.start()
    return None


def _parsed(text: str, origin: str, language_hint: str | None) -> list[Article]:
    """``parse_sanitized`` of a text within the cap."""
    classified: dict[str, Line] = {}  # each line classified once, whether unwrapping looked at it or not
    text = share_lines_dropped(menu_debris_dropped(edge_marks_dropped(text)))  # a browser copy's menu, share block
    text = control_lines_dropped(text)  # "A+ A-", "طباعة" under the headline
    text = unwrap(byline_date_apart(text), classified)
    lines, rules = classified_with_rules(text, classified)
    del classified
    if not lines:
        raise ParseError("no article text found")
    glued = _glued(text, len(lines))
    cuts = _story_cuts(lines, rules)
    if cuts:
        try:
            return _stories_apart(lines, glued, cuts, origin, language_hint)
        except ParseError:
            pass  # a part without text: the separators only broke one story
    return _page(lines, glued, origin, language_hint, 0)


def _glued(text: str, count: int) -> list[bool]:
    """For each of the ``count`` lines ``classified_with_rules`` reads in ``text``, whether it stands directly
    under the one before it: no blank line (or separator) between."""
    glued: list[bool] = []
    above = False
    last: str | None = None  # the last non-empty line, when it counted (a run of stars counts only under one)
    for raw in text.split("\n"):
        stripped = raw.strip()
        counts = bool(stripped) and kept(stripped)
        if not counts and last is not None and stripped[:1] in RATING_STARS:
            counts = run_kept(line_core(raw), classify(line_core(last)))  # "★★★★★" under a headline: its rating
        if counts:
            glued.append(above)
        above = counts
        if stripped:
            last = raw if counts else None
    return glued if len(glued) == count else [False] * count


def _story_cuts(lines: list[Line], rules: list[int]) -> list[int]:
    """The separator lines (given by the index of the line after each) that start the file's next story.

    A separator starts one when the part above it holds text under its header and the lines under
    it are a story's top over its text (``_starts_story``), both up to the next separator.
    """
    cuts: list[int] = []
    start = 0
    headed: bool | None = None
    known: tuple[int, Head] | None = None  # the head of the part from ``start``, read once it is taller than a head
    for number, at in enumerate(rules):
        end = rules[number + 1] if number + 1 < len(rules) else len(lines)
        if not start < at < end or (
            lines[at].plain and reads_on(lines[at].text) and address_of(lines[at].text) is None
        ):
            continue  # nothing above or under it, or the text above going on (not a page's address over its story)
        if known is not None and known[0] == start and at - start > HEAD_REACH:
            above = known[1]  # thousands of breaks in one story: its head is read once, not once a break
        else:
            above = _head_of(lines, start, at)
            known = (start, above) if at - start > HEAD_REACH else known
        if above.position >= at - start:
            continue  # only a byline or headline above: no story to end
        if headed is None:
            headed = above.headline is not None
        if _starts_story(lines, at, end, headed=headed):
            cuts.append(at)
            start = at
    return cuts


HEAD_REACH: Final = 32
"""More lines than ``read_head`` ever looks at under a part's first line (its crumbs, datelines, byline, headline
and the furniture and lead under it): the head of a part taller than this does not depend on where it ends."""


def _head_of(lines: list[Line], start: int, end: int) -> Head:
    """``read_head`` of the lines from ``start`` up to ``end``."""
    return read_head(lambda index: lines[start + index] if start + index < end else None)


def _starts_story(lines: list[Line], at: int, end: int, *, headed: bool) -> bool:
    """Whether the lines from ``at`` (just under a separator line) up to ``end`` start a story of their own.

    A byline (``source – section``) over text does; so does a headline over a lead that does not read
    on from the text above (``reads_on``) when the file's first story has a headline too (``headed``:
    a file of headlined stories, not a story's subheading under a break). An address line between the head
    and the lead is the story's (its head's furniture), not the lead (an address reads like a lowercase word);
    so is a source line under the headline (``_without_sources``): the head is read as if it were not there.
    """
    top = _without_sources(lines, at, min(end, at + _STORY_TOP))
    head = read_head(lambda index: top[index] if index < len(top) else None)
    index = head.position
    while index < len(top) and index - head.position < _TOP_FURNITURE and _address_line(top[index]):
        index += 1  # the story's address line under its headline (or byline): its head, not its lead
    lead = top[index] if index < len(top) else None
    if lead is None or not lead.plain or reads_on(lead.text):
        return False
    return head.source is not None or (headed and head.headline is not None)


_FOOTNOTE_MAX_DIGITS: Final = 3


def _heads_sources(line: Line) -> bool:
    """Whether a line under a bare source marker is the first of a list it heads: a list's item ("- وكالة ناسا"), or
    a footnote's opening on its number in brackets ("[1] وكالة الفضاء …", "(1) …")."""
    if line.item is not None:
        return True
    text = line.text
    if not line.plain or text[:1] not in "[(":
        return False  # (most lines: one look)
    close = text.find("]" if text[0] == "[" else ")", 1, _FOOTNOTE_MAX_DIGITS + 2)
    return close > 1 and text[1:close].isdecimal() and text[close + 1 : close + 2] == " "


_PLURAL_SOURCES: Final = frozenset(normalize(marker) for marker in ("المصادر", "Sources"))


def _plural_sources(text: str) -> bool:
    """Whether a bare source marker is the plural one ("المصادر:", "Sources:"), which may head several lines."""
    return normalize(text.rstrip(" :：-–—")).casefold() in _PLURAL_SOURCES


def _more_sources(line: Line) -> bool:
    """Whether a line under a bare "المصادر:" and its first value is one more source: a short plain line that ends no
    sentence and is no dateline or author line."""
    if not (line.plain and is_attribution_value(line.text)) or is_furniture(line.text):
        return False
    words = line.text.split()  # a source is named in a few words; a clause without its full stop is the story's
    return len(words) <= _SOURCE_MAX_WORDS and _CLAUSE_WORDS.isdisjoint(words)


_SOURCE_MAX_WORDS: Final = 6
_CLAUSE_WORDS: Final = frozenset("إن أن إنه أنه إنها أنها وقال قال وأضاف وأكد أكد".split())
"""Words of a clause ("وقال الوزير إن …"), never of a source's name."""


_STORY_TOP: Final = 2 * HEAD_REACH
"""Lines under a separator read to tell whether they start a story: its head, its head's furniture and its lead."""


def _without_sources(lines: list[Line], start: int, end: int) -> list[Line]:
    """The lines from ``start`` up to ``end`` without their source lines ("المصدر: وكالة …", or a bare "المصدر:"
    and its value under it, as ``_Assembler._attribution`` reads them): a story's credit under its headline,
    which ``read_head`` would otherwise take for text under a headline-less line."""
    kept_lines: list[Line] = []
    index = start
    while index < end:
        line = lines[index]
        if line.marker is not MarkerKind.ATTRIBUTION:
            kept_lines.append(line)
            index += 1
            continue
        index += 1
        if not line.rest and index < end and lines[index].plain and is_attribution_value(lines[index].text):
            index += 1  # the bare marker's value
    return kept_lines


def _headline_over_source(lines: list[Line], head: Head) -> Head:
    """``head`` (read from ``lines``, without a headline), or the head read as if the source lines under its
    headline were not there ("المصدر: وكالة …" between the headline and the lead), when that one has a headline
    and no source line above it: the source lines stay in the body, read there as ever."""
    end = min(len(lines), _STORY_TOP)
    if not any(line.marker is MarkerKind.ATTRIBUTION for line in lines[:end]):
        return head  # no source line to read past: the head read again would be ``head``
    top = _without_sources(lines, 0, end)
    found = read_head(lambda index: top[index] if index < len(top) else None)
    if found.headline is None or top[: found.position] != lines[: found.position]:
        return head
    return found


def _address_line(line: Line) -> bool:
    """Whether a classified line is a plain web address alone."""
    return line.plain and address_of(line.text) is not None


def _stories_apart(
    lines: list[Line], glued: list[bool], cuts: list[int], origin: str, language_hint: str | None
) -> list[Article]:
    """The articles of each part of a file of several stories separated by ``cuts`` (line indexes); a part
    without a byline or site's name of its own has the source and section of the part above (one site's
    stories, under one ``source – section`` byline)."""
    articles: list[Article] = []
    source: str | None = None
    section: str | None = None
    for start, end in zip((0, *cuts), (*cuts, len(lines)), strict=True):
        part = _page(
            lines[start:end], glued[start:end], origin, language_hint, len(articles), source=source, section=section
        )
        source, section = part[0].source, part[0].section
        articles.extend(part)
    return articles


def _page(
    lines: list[Line],
    glued: list[bool],
    origin: str,
    language_hint: str | None,
    first: int,
    *,
    source: str | None = None,
    section: str | None = None,
) -> list[Article]:
    """The article of one page's lines and its embedded stories, numbered from ``first`` in ``origin``
    (``glued``: whether each line stands directly under the one before it); ``source`` is theirs when
    the lines name none, and ``section`` the page's when they name neither (a story of a file of several,
    under the one that named them).

    Raises:
        ParseError: the lines hold no paragraph.
    """
    main, stories = _drafts(lines, glued, source, section)
    main_id = article_id(origin, first)
    main_title = title_of(main)
    story_ids = {id(story): article_id(origin, number) for number, story in enumerate(stories, start=first + 1)}
    story_titles = {id(story): title_of(story) for story in stories}
    links = _page_links(main, story_ids, story_titles)
    articles = [
        to_article(
            main,
            id=main_id,
            title=main_title,
            origin=origin,
            hint=language_hint,
            related=unique_links(links, main_title),
        )
    ]
    if stories:
        parent = Link(main_title, main.url, main_id, "parent")
        articles.extend(
            to_article(
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


def _drafts(lines: list[Line], glued: list[bool], source: str | None, section: str | None) -> tuple[Draft, list[Draft]]:
    """The page's draft and its embedded stories' of one page's lines, finished (closing and furniture lifted,
    ``source`` given to those that name none, ``section`` to the page when it names neither).

    Raises:
        ParseError: the lines hold no paragraph.
    """
    assembler = _Assembler(lines, glued)
    assembler.body(assembler.header())
    stories = fold_empty_stories(assembler.main, assembler.stories)
    main = promote_if_empty(assembler.main, stories)
    if not main.paragraphs and main.source is not None and main.section is not None and not stories:
        # A lone "a – b" line is text, not a byline over nothing.
        main.paragraphs.append(lines[0].text)
        main.source = main.section = None
    if not main.paragraphs:
        raise ParseError("no article text found")
    for draft in (main, *stories):
        closing = lift_closing(draft)
        lift_furniture(draft)
        if draft.source is None and draft.paragraphs and (paper := quoted_outlet(draft.paragraphs[0])) is not None:
            draft.source = paper  # 'رام الله - "القدس" دوت كوم - ...', "عدن - «الأيام» خاص:" (the line stays)
        draft.published = draft.published or closing or draft.closing_date  # a dateline under the text dates it last
        if draft is main and draft.source is None and draft.section is None:
            draft.section = section  # (not an embedded story's: a read-also story may be another section's)
        if draft.source is None:
            draft.source = source
    _card_dates_off(assembler.main, assembler.bulleted, assembler.card_titles)
    return main, stories


def _page_links(main: Draft, story_ids: dict[int, str], story_titles: dict[int, str]) -> list[Link]:
    """The page's links: each read-also entry (an embedded story's by its id and title, from ``story_ids`` and
    ``story_titles`` keyed by the story draft's ``id()``), then its related titles."""
    links: list[Link] = []
    for entry in main.read_also:
        if entry.story is not None and id(entry.story) in story_ids:
            key = id(entry.story)
            links.append(Link(story_titles[key], entry.url, story_ids[key], "read-also"))
        elif entry.title:
            links.append(Link(entry.title, entry.url, None, "read-also"))
    links.extend(Link(title, url, None, "related") for title, url in main.related)
    return links
