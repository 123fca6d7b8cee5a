"""A document's first title, source and section read from its first lines only, for title-only listings."""

from __future__ import annotations

from typing import Final, NamedTuple

from newstui.parse.markers import MarkerKind, is_sentence_end, split_byline
from newstui.parse.plaintext_addresses import address_of
from newstui.parse.plaintext_byline import place_site, read_head
from newstui.parse.plaintext_credits import quoted_outlet
from newstui.parse.plaintext_cues import control_lines_dropped, menu_debris_dropped
from newstui.parse.plaintext_dates import is_date_line
from newstui.parse.plaintext_lines import (
    RATING_STARS,
    RULE_CHARS,
    Line,
    byline_and_date,
    classified_lines,
    classify,
    furniture_kind,
    is_furniture,
    is_rule,
    kept,
    lead_title,
    line_core,
)
from newstui.parse.plaintext_unwrap import settled
from newstui.text.digits import has_digit
from newstui.text.sanitize import is_clean, sanitize_text

__all__ = ["QUICK_CHARS", "QuickHead", "quick_head"]

QUICK_CHARS: Final = 8192
"""Most characters ``quick_head`` reads before it gives up (a long first line: parse in full)."""


class _Unsure(Exception):
    """``quick_head`` would have to read further than it may."""


class _LazyLines:
    """The classified lines of a text, sanitized and classified only as far as they are asked for.

    ``sanitize_text`` of the whole text is, line by line, ``sanitize_text`` of each raw line with its
    ``\\n`` (nothing it changes spans a line feed), so these are the first lines ``parse_plaintext``
    sees after sanitizing the whole text.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.read = 0
        self.lines: list[Line] = []
        self.last_kept = False
        """Whether the last non-empty line read counted (a run of stars counts only under one: ``run_kept``)."""

    def at(self, index: int) -> Line | None:
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
            if (chunk.lstrip()[:1] in RULE_CHARS or not chunk[:-1].isprintable()) and _holds_rule(
                chunk, after_text=bool(lines)
            ):  # (a rule starts with a rule's character; a line break other than \n may hide one after text)
                raise _Unsure  # a separator line may start the file's next story: the full parse decides
            above = lines[-1] if lines and self.last_kept else None
            if end - start <= _SHORT_LINE:
                found = _short_lines(chunk)
                if not found and above is not None and not RATING_STARS.isdisjoint(chunk):
                    found = tuple(classified_lines(sanitize_text(chunk), above=above))  # "★★★★★" under a headline
            else:
                line = line_core(chunk)
                if is_clean(chunk):  # sanitized, it is itself: one line
                    found = (classify(line),) if kept(line) else ()
                else:
                    found = tuple(classified_lines(sanitize_text(chunk), above=above))
            lines.extend(found)
            if found:
                self.last_kept = True
            elif not chunk.isspace() and line_core(chunk):
                self.last_kept = False  # (blank lines keep what stood above them)
        return lines[index]


def _holds_rule(chunk: str, *, after_text: bool) -> bool:
    """Whether a raw line (with its line feed) is, or holds, a separator line (``is_rule``) under text.

    ``after_text``: whether lines of text stand above the chunk (a separator above all text only
    separates, as the full parse reads it).
    """
    if is_clean(chunk):  # one line: a rule starts with a rule's character (most lines are text: one look)
        line = chunk.strip()
        return after_text and bool(line) and line[0] in RULE_CHARS and is_rule(line)
    for part in (part.strip() for part in sanitize_text(chunk).split("\n")):
        if not part:
            continue
        if kept(part):
            after_text = True
        elif after_text and is_rule(part):
            return True
    return False


_SHORT_LINE: Final = 100
"""Raw lines up to this long (bylines, headlines, blank lines) are classified once per process."""
_SHORT_LINES: Final[dict[str, tuple[Line, ...]]] = {}
_SHORT_LINES_CAP: Final = 4096


def _short_lines(chunk: str) -> tuple[Line, ...]:
    """The classified lines of one short raw line (with its line feed), memoised."""
    found = _SHORT_LINES.get(chunk)
    if found is None:
        found = tuple(classified_lines(sanitize_text(chunk)))
        if len(_SHORT_LINES) >= _SHORT_LINES_CAP:
            _SHORT_LINES.clear()
        _SHORT_LINES[chunk] = found
    return found


def _below_author_lines(lines: _LazyLines, lead: Line, position: int) -> Line | None:
    """``lead``, or the first line under it and the author lines it starts ("بقلم: فلان"); None when that is
    no plain line (a marker or list line: the full parse decides). Raises ``_Unsure`` past ``QUICK_CHARS``."""
    line: Line | None = lead
    at = position
    while line is not None and line.plain and furniture_kind(line.text) == "author":
        at += 1
        line = lines.at(at)
    return line if line is not None and line.plain else None


def _source_line_under(lines: _LazyLines, position: int) -> bool:
    """Whether a source line ("المصدر: وكالات") is under the lead at ``position``, or under a line under it that
    ends no sentence (a dateline): the full
    parse lifts such a line before it reads the head, so the lines around it may read otherwise there (the lead
    a headline over the text). Raises ``_Unsure`` past ``QUICK_CHARS``."""
    under = lines.at(position + 1)
    if under is None:
        return False
    if under.marker is MarkerKind.ATTRIBUTION:
        return True
    if not under.plain or is_sentence_end(under.text):
        return False  # a paragraph of the text under the lead: the head is settled
    further = lines.at(position + 2)  # a short line (a dateline) between them
    return further is not None and further.marker is MarkerKind.ATTRIBUTION


def _no_words(text: str) -> bool:
    """Whether ``text`` holds fewer than two letters or digits, tatweels aside ("ـ", "…")."""
    return sum(char.isalnum() for char in text.replace("\u0640", "")) < 2


def _byline_shaped(lines: _LazyLines, position: int) -> bool:
    """Whether the line at ``position`` or the one under it is shaped as a byline ("site – section").
    Raises ``_Unsure`` past ``QUICK_CHARS``."""
    for at in (position, position + 1):
        line = lines.at(at)
        if line is not None and line.plain and split_byline(line.text) is not None and not is_date_line(line.text):
            return True  # (a dateline is no byline: "أسيوط – 11 سبتمبر 2024")
    return False


def _byline_date_apart(text: str) -> str | None:
    """``text`` with its first line, when a byline that carries the date ("وكالة الأنباء – محليات – 12 نوفمبر 2026 -
    14:33", ``byline_and_date``), as the byline and the dateline on two lines, as the full parse reads them
    (``plaintext_lines.byline_date_apart``); ``text`` itself for any other first line, and None when this cannot be
    told from the first line alone (one the sanitizer breaks into several, or past ``QUICK_CHARS``). A few
    ``str`` operations on the first line."""
    start = 0
    while (end := text.find("\n", start)) >= 0 or start < len(text):
        end = len(text) if end < 0 else end
        if end > QUICK_CHARS:
            return None
        raw = text[start:end]
        if not raw.strip():
            start = end + 1
            continue
        if not has_digit(raw):
            return text  # (most first lines: a byline or headline without a date)
        clean = raw if is_clean(raw) else sanitize_text(raw)
        if "\n" in clean.strip():
            return None  # one raw line, several lines once sanitized: the full parse decides
        core = line_core(clean)
        if not core:
            start = end + 1  # (edge marks alone: an empty line to the full parse)
            continue
        found = byline_and_date(core) if kept(core) else None
        return text if found is None else f"{text[:start]}{found[0]}\n{found[1]}{text[end:]}"
    return text


class QuickHead(NamedTuple):
    """What a title-only listing shows of a document: its first article's title, source and section."""

    title: str
    source: str | None
    section: str | None


def quick_head(text: str) -> QuickHead | None:
    """Title, source and section ``parse_plaintext`` gives a document's first article, from its first lines.

    For a title-only listing of many files: the byline, headline and lead lines at the top are
    sanitized and classified exactly as the full parse does (a first line that is a byline carrying the
    date, "وكالة الأنباء – محليات – 12 نوفمبر 2026 - 14:33", parted in two as it parts it), and an answer is
    given only when those lines settle it (a plain lead paragraph or a headline over one, no marker before it). Anything
    else (markers or lists at the top, a URL or dateline as lead, a first line longer than
    ``QUICK_CHARS``) gives None, and the caller parses in full.

    Args:
        text: the decoded document, not yet sanitized.

    Returns:
        Exactly the first article's ``(title, source, section)`` from
        ``parse_plaintext(sanitize_text(text), origin=...)`` (already sanitized), or None.
    """
    if menu_debris_dropped(text) is not text:
        return None  # a browser copy's skip link or menu over the story: the full parse leaves it out
    if control_lines_dropped(text) is not text:
        return None  # "A+ A-", "تكبير الخط | تصغير الخط | طباعة" under the headline: the full parse leaves them out
    apart = _byline_date_apart(text)  # (a byline that carries the date: the full parse reads it as two lines)
    if apart is None:
        return None
    text = apart
    if not settled(text):  # the full parse may join hard-wrapped lines first
        return None
    lines = _LazyLines(text)
    try:
        first = lines.at(0)
        if first is None or byline_and_date(first.text) is not None:
            return None  # (a byline with its date that the full parse may read otherwise)
        headline, source, section, position = read_head(lines.at)[:4]
        # The body starts with plain lines: the first URL line is the page's URL, the next plain
        # line its first paragraph (no marker or list line before it, so no story or list yet).
        lead = lines.at(position)
        if lead is not None and lead.plain and address_of(lead.text) is not None:
            position += 1
            lead = lines.at(position)
    except _Unsure:
        return None
    if lead is None or not lead.plain:
        return None
    try:
        if not headline and _source_line_under(lines, position):
            return None  # the lead would be the title: the full parse may read it as a headline instead
    except _Unsure:
        return None
    # The lead is a paragraph of the page, so the page keeps the byline (nothing is promoted).
    if source is None:
        try:
            site_line = _below_author_lines(lines, lead, position)
            if site_line is None:
                return None
            # "القاهرة - بوابة الأهرام" (under author lines too): the site, as ``lift_furniture`` reads it
            source = place_site(site_line.text)
            if source is None and (quoted_outlet(site_line.text) or quoted_outlet(lead.text)):
                return None  # 'رام الله - "القدس" دوت كوم - ...': the full parse credits the paper
            if source is None and "|" in site_line.text and place_site(site_line.text.split("|", 1)[0].strip()):
                return None  # "طرابلس – بوابة الوسط | الأحد 29 نوفمبر 2026": the full parse reads its site and date
            if source is None and _byline_shaped(lines, position):
                # A byline's shape at the lead or under it ("صحيفة المدينة – محليات"), which read_head did not
                # take for one: the full parse may (the lines around it read otherwise once closing lines are
                # lifted).
                return None
        except _Unsure:
            return None
    if _no_words(headline or lead.text):
        return None  # a "headline" or lead of a tatweel or a mark: not one the full parse would keep, it decides
    if headline:
        return QuickHead(headline, source, section)
    if is_furniture(lead.text):  # the title would come from a later paragraph
        return None
    return QuickHead(lead_title(lead.text), source, section)
