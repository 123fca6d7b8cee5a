"""What stands over a document's text in the sample format: its byline or site's name, breadcrumb, datelines, headline.

``read_head`` is the full parse's, the title-only listing's (``plaintext_head``) and ``save``'s reader of
a document's top lines, so all three take the same headline, source and section from them.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from newstui.addresses import shown_host, shown_host_of
from newstui.parse.bylines import slash_correspondent, slash_credit
from newstui.parse.markers import is_kicker, is_sentence_end, split_byline
from newstui.parse.plaintext_addresses import address_of, home_address
from newstui.parse.plaintext_credits import (
    PAPERS,
    SITE_WORDS,
    bracketed_credit,
    credit_line,
    opens_on_city,
    place_shaped,
    writer_name,
)
from newstui.parse.plaintext_dates import bare_agency, is_date_line, opens_date
from newstui.parse.plaintext_lines import (
    Line,
    LineAt,
    headline_in_place,
    headline_like,
    is_furniture,
    is_ligature_line,
    is_photo_caption,
    is_photo_credit,
    is_star_rating,
    place_agency,
)
from newstui.text.digits import has_digit
from newstui.text.harakat import strip_harakat
from newstui.text.normalize import normalize

__all__ = [
    "Head",
    "breadcrumb",
    "headline_below_dates",
    "looks_like_site_name",
    "place_agency",
    "place_site",
    "read_head",
    "read_header",
]


def read_header(line_at: LineAt) -> Head:
    """Byline and headline at the top of a document with at least one line.

    Lines are asked for in order and only as far as the decision needs (``quick_head`` reads them
    lazily); the checks are pure, so their order changes the cost, never the answer. A dateline is
    never a byline ("القاهرة – 11 سبتمبر 2024" is a place and a date, not a source and a section),
    and datelines between the byline (or the top) and the headline are read past (``Head.above``).
    """
    first = line_at(0)
    if first is None:
        return Head(None, None, None, 0)
    position = 0
    dates: tuple[str, ...] = ()
    byline = None if _table_row(first.text) and _table_header(first, line_at(1)) else _byline(first)
    if byline is None and first.plain and is_date_line(first.text):
        above = _dates_at(line_at, 0)
        after = line_at(len(above))
        if after is not None and (byline := _byline(after)) is not None:  # datelines above the byline
            dates, position = tuple(above), len(above)
    if byline is not None:
        position += 1
    elif first.plain and _bracketed_headline(line_at, first.text):
        return Head(first.text, None, None, 1)  # "هند صبري (تونس)" over the lead: the headline, no correspondent
    elif first.plain and headline_like(first.text):
        second, third = line_at(1), line_at(2)
        if second is not None and third is not None and second.plain and third.plain:
            if (slashed := slash_correspondent(second.text)) is not None:  # "بغداد/ محمد الربيعي" under the headline
                if is_date_line(third.text):  # (a dateline under it: the line stays whole, read past as a subtitle)
                    return Head(first.text, None, None, 1, author=slashed[1])
                return Head(first.text, None, None, 2, (slashed[0],), author=slashed[1])  # the place stays
            if (credited := _slash_credit_head(first.text, second.text, third.text)) is not None:
                return credited  # "أنقرة/ محمد شيخ يوسف/ الأناضول" under the headline
            byline = _byline(second)
            if byline is not None and _place_and_paper(*byline):  # "عمّان – الرأي": the paper's, from its city
                return Head(first.text, byline[1].strip(), None, 1)  # (the line the text's first, as a dateline)
            if byline is not None and (_place_and_credit(*byline) or _place_and_sentence(*byline)):
                byline = None  # "دبي - العربية.نت", "القاهرة - كتب الوزير …" under the headline: the text's first line
            elif byline is not None and _table_header(second, third):
                byline = None  # "المركز | الفريق | لعب | نقاط" over "1 | الاتحاد | 25 | 61": a table's header row
            elif byline is not None:  # headline above the byline
                named = _writer_byline(*byline)
                return Head(first.text, named[0], named[1], 2, author=named[2])
    source, section, writer = _writer_byline(*byline) if byline is not None else (None, None, None)
    paper_dates = dates
    if byline is not None and _place_and_paper(*byline) and (paper_line := line_at(position - 1)) is not None:
        source, section, dates = byline[1].strip(), None, (*dates, paper_line.text)  # "عمّان – الرأي" on top
    if source is not None and normalize(source) in _HOME_CRUMBS:
        source = None  # "الرئيسية | اقتصاد | أسواق": a breadcrumb parted by bars, its home crumb no site's name
    opinion = byline is not None and _opinion_label(byline[1])  # (its section: "الرأي" is a paper's name too)
    found = _headline_below(line_at, position, site_above=byline is not None, opinion=opinion)
    if found is None:  # (no headline: "بيروت – النهار" on top is no title, nor the text's first line)
        return Head(None, source, section, position, paper_dates)
    head = Head(found.headline, source, section, found.end, dates + found.above, author=found.author or writer)
    return _with_kicker(head, found.kicker)


def _slash_credit_head(headline: str, text: str, under: str) -> Head | None:
    """The head of a headline over a correspondent's line closed by the agency, written with slashes (``slash_credit``:
    "أنقرة/ محمد شيخ يوسف/ الأناضول", "دمشق / سامر حداد / سانا"), else None: the name is the author and the place
    and agency stay the text's first line without it ("أنقرة/ الأناضول", as a wire's line without a writer is
    written, which credits the story), its separators as written; over a dateline the line stays whole."""
    credited = slash_credit(text)
    if credited is None:
        return None
    if is_date_line(under):
        return Head(headline, None, None, 1, author=credited[1])
    place_end = text.index("/")
    agency_start = text.rstrip().removesuffix("/").rstrip().rindex("/")
    return Head(headline, None, None, 2, (text[:place_end] + text[agency_start:].rstrip(),), author=credited[1])


def _bracketed_headline(line_at: LineAt, text: str) -> bool:
    """Whether the first line ``text``, a name and a city in brackets as a correspondent writes it
    (``bracketed_credit``: "هند صبري (تونس)"), is the headline: no headline stands under it (and its datelines) over
    the text, as under a byline."""
    return bracketed_credit(text) and _headline_below(line_at, 1, site_above=True) is None


def _writer_byline(source: str, section: str) -> tuple[str | None, str | None, str | None]:
    """``(source, section, author)`` of a byline's two parts: a writer's name after the site's ("هسبريس - يوسف
    الإدريسي", "اليوم السابع - محمد السيد", ``writer_name``: two or three words opening on a first name one knows) is
    the author, not a section."""
    name = writer_name(section)
    return (source, None, name) if name is not None else (source, section, None)


def _byline(line: Line) -> tuple[str, str] | None:
    """``(source, section)`` of a plain byline line; None for any other line, a dateline, credit line or place and
    news agency with a dash too."""
    if not line.plain or is_date_line(line.text):
        return None
    found = split_byline(line.text)
    if found is not None and credit_line(line.text) is not None:
        return None  # "Written by Jane Roe - Cairo": a credit line and its place, no source and section
    if found is not None and _place_and_agency(*found):
        return None  # "صنعاء - سبأ", "Cairo - Reuters": a wire's dateline (the agency credits the text), no byline
    return found


def _place_and_agency(left: str, right: str) -> bool:
    """Whether a byline's two parts are a place and a news agency ("القاهرة - أ ش أ"), the place naming no site
    ("صحيفة الرياض - واس" is a source and its agency's credit)."""
    return bare_agency(right) and place_shaped(strip_harakat(left)) and not _site_name(left)


def _place_and_credit(left: str, right: str) -> bool:
    """Whether a byline's two parts are a place and a news agency or site ("القاهرة - أ ش أ", "دبي -
    العربية.نت", "القاهرة - بوابة الأهرام"): a dateline's credit, not a source and a section. The right
    part is an agency, or names a site (a site word, "نت", "بوابة", "News") that the left part, one to
    three words of letters (harakat aside: "عمّان"), does not."""
    if not place_shaped(strip_harakat(left)):
        return False
    return bare_agency(right) or (_site_name(right) and not _site_name(left))


_PAPERS: Final = PAPERS
"""Newspapers' names a correspondent's line writes after the city without a site word (``plaintext_credits.PAPERS``:
"عمّان – الرأي", "إدلب – عنب بلدي")."""


def _place_and_paper(left: str, right: str) -> bool:
    """Whether a byline's two parts are a city and a newspaper's name (``_PAPERS``: "عمّان – الرأي", "عمّان - الغد",
    "إدلب – عنب بلدي"; a town of one or two words that is no section's name): the paper is the source, and the line
    stays the text's first as a dateline does ("دبي - العربية.نت"), no source and section."""
    right = right.strip()
    if len(right) > _PAPER_MAX_CHARS or right[:1] not in _PAPER_INITIALS or normalize(right) not in _PAPERS:
        return False  # (most bylines: a length and a letter, before any folding)
    place = strip_harakat(left.strip())
    if opens_on_city(place) == place:
        return True
    words = normalize(place).split()  # (a town newstui does not know, "إدلب": one or two words, no section's)
    if len(words) > _PAPER_PLACE_WORDS or not place_shaped(place) or not _SECTION_WORDS.isdisjoint(words):
        return False
    return " ".join(words) not in _PAPERS and not _site_name(place)  # ("الغد – الرأي": a paper and its section)


_PAPER_PLACE_WORDS: Final = 2
_PAPER_MAX_CHARS: Final = max(map(len, _PAPERS)) + 2
_PAPER_INITIALS: Final = frozenset({paper[0] for paper in _PAPERS} | set("أإآ"))
"""Letters a paper's name opens on as written: the folded names' first letters and the alef's forms."""


_SENTENCE_MIN_WORDS: Final = 4
_SENTENCE_PARTICLES: Final = frozenset("on in at to for with from after into".split())
"""English particles a sentence has ("The minister spoke on the runway") and a section's name does not."""


def _place_and_sentence(left: str, right: str) -> bool:
    """Whether a byline's two parts are a place and the lead's first sentence ("القاهرة - كتب وزير الخارجية على
    منصة إكس"): the left part place-shaped, the right one of four words or more with a particle ("على", "في",
    "من", "on", "to"), which a section's name ("اقتصاد", "أخبار العالم العربي", "Local News") has not."""
    words = normalize(right).lower().split()
    if len(words) < _SENTENCE_MIN_WORDS or not place_shaped(strip_harakat(left)):
        return False
    return any(word in _NAME_FUNCTION_WORDS or word in _SENTENCE_PARTICLES for word in words)


_PART_SEPARATOR: Final = re.compile(r"\s+[-–—|]\s+|\s*[–—|]\s*")
_EXCLUSIVE: Final = "خاص "
""""Exclusive" before a site's name ("القاهرة - خاص بوابة الأهرام"): no part of the name."""


def place_site(text: str) -> str | None:
    """The site of a line that is a place and a news site ("القاهرة - بوابة الأهرام"), else None; a date after
    the site ("القاهرة – بوابة الأهرام – 30 نوفمبر") and "خاص" before it are no part of its name."""
    found = split_byline(text)
    if found is None or bare_agency(found[1]) or not _place_and_credit(*found):
        return None
    site = next((part for part in _PART_SEPARATOR.split(found[1]) if _site_name(part)), found[1]).strip()
    if site.startswith(_EXCLUSIVE) and _site_name(site[len(_EXCLUSIVE) :]):
        return site[len(_EXCLUSIVE) :].strip()
    return site


_DATES_ABOVE_MAX: Final = 2
"""Most datelines read past above a headline ("القاهرة – 11 سبتمبر 2024", then "آخر تحديث: 10:30")."""


def _dates_at(line_at: LineAt, index: int) -> list[str]:
    """The plain datelines from line ``index`` on (at most ``_DATES_ABOVE_MAX``), a place and its agency among them
    ("القاهرة - أ ش أ" over the headline: a wire's dateline without its date)."""
    dates: list[str] = []
    while len(dates) < _DATES_ABOVE_MAX and (line := line_at(index + len(dates))) is not None and line.plain:
        text = line.text
        if not (
            is_date_line(text)
            or is_photo_caption(text)
            or place_agency(text) is not None
            or _bar_dates(text)
            or is_star_rating(text)
            or is_ligature_line(text)
        ):
            break  # (a photo's caption, a review's stars or a Basmala over the headline stay paragraphs, as a dateline
            # does)
        dates.append(text)
    return dates


def headline_below_dates(line_at: LineAt, index: int) -> tuple[str, int, tuple[str, ...]] | None:
    """The headline at line ``index``, or under the datelines there: ``(headline, its index, the datelines)``.

    Datelines above a headline are furniture as they are under it ("صوت الخليج – محليات", then
    "القاهرة – 11 سبتمبر 2024", then the headline): the first line after them that ``_headline_at``
    takes is the headline. Without one there, a line that may be a dateline or a headline
    ("أبو ظبي – 11 سبتمبر 2024") is the headline when it stands in the headline's place over the text.
    """
    return _headline_under_dates(line_at, index, _dates_at(line_at, index))


def _headline_under_dates(
    line_at: LineAt, index: int, dates: list[str], *, data: bool = False
) -> tuple[str, int, tuple[str, ...]] | None:
    """``headline_below_dates`` with the datelines from line ``index`` on already read (``data``: as
    ``_headline_at``'s)."""
    end = index + len(dates)
    for at in (end, *range(index, end)) if dates else (index,):
        headline = _headline_at(line_at, at, data=data)
        if headline is not None:
            return headline, at, tuple(dates[: at - index])
    return None


class _Found(NamedTuple):
    """A headline found over a document's text, and what stands around it."""

    headline: str
    line: int
    """The headline's line (its index)."""
    above: tuple[str, ...]
    """The datelines above it."""
    kicker: str | None = None
    author: str | None = None
    """A columnist's name alone over or under the headline (``_column_head``)."""
    under: int = 0
    """Lines under the headline that are the head's (the columnist's name)."""

    @property
    def end(self) -> int:
        """Index of the first body line."""
        return self.line + 1 + self.under


def _headline_below(line_at: LineAt, index: int, *, site_above: bool, opinion: bool = False) -> _Found | None:
    """``headline_below_dates``, the headline read under a kicker (an opinion page's label and its columnist's
    name too, ``_column_head``) and over a list, a table or score lines (``_headline_at``'s ``data``).
    ``site_above``: a site's name or byline stands above line ``index``; ``opinion``: it names an opinion
    page ("الشرق الأوسط – مقالات الرأي")."""
    dates = _dates_at(line_at, index)
    at = index + len(dates)
    column = _column_head(line_at, at, opinion=opinion)
    if column is not None:
        return column._replace(above=tuple(dates) + column.above)
    headline = _kicked_headline(line_at, at, site_above=site_above, data=True)
    if headline is not None:
        kicker = line_at(at)
        return _Found(headline, at + 1, tuple(dates), None if kicker is None else kicker.text)
    found = _headline_under_dates(line_at, index, dates, data=True)
    return None if found is None else _Found(*found)


_OPINION_LABELS: Final = frozenset(
    normalize(label).lower()
    for label in (
        "رأي آراء الآراء مقالات المقالات أعمدة الأعمدة Opinion Opinions Columns Op-Ed".split()
        + [
            "مقالات الرأي",
            "مقالات رأي",
            "مقال الرأي",
            "مقال رأي",
            "كتاب الرأي",
            "كتاب وآراء",
            "أعمدة الرأي",
            "آراء ومقالات",
            "مقالات وآراء",
            "آراء وأفكار",
            "منبر الرأي",
            "أقلام الرأي",
            "وجهة نظر",
            "وجهات نظر",
        ]
    )
)
"""An opinion page's label, whole ("مقالات الرأي", "رأي", "أعمدة", "Opinion"), harakat aside ("كتّاب الرأي"); not
"الرأي" alone, a newspaper's name too (its name over the headline, or a byline's source)."""
_OPINION_FIRST_WORDS: Final = frozenset(normalize(word) for word in "مقالات آراء".split())
_OPINION_MAX_CHARS: Final = 40
_OPINION_INITIALS: Final = frozenset(
    {label[0] for label in _OPINION_LABELS | _OPINION_FIRST_WORDS} | set("أإآٱکOC")
) | frozenset("أإآٱکOC".lower())
"""Letters a label may open on as written: the folded labels' first letters, the alef's forms, the Persian kaf and
the Latin labels' capitals."""
_OPINION_MAX_WORDS: Final = 3
"""Most words of a label opening on "مقالات" or "آراء" ("مقالات مختارة", "آراء القراء"): a longer line is a
headline ("آراء متباينة حول الموازنة")."""


def _opinion_label(text: str) -> bool:
    """An opinion page's label (``_OPINION_LABELS``), or a section's label opening on "مقالات" or "آراء" of a few
    words ("مقالات مختارة"): over a columnist's name and the headline, or a byline's section."""
    if len(text) > _OPINION_MAX_CHARS:
        return False  # (most lines: one comparison)
    first = text.lstrip()[:1]
    if first.isalpha() and first not in _OPINION_INITIALS:
        return False  # (most short lines: a letter no label opens on, before any folding)
    folded = normalize(text).lower()
    if folded in _OPINION_LABELS:
        return True
    words = folded.split()
    return bool(words) and words[0] in _OPINION_FIRST_WORDS and _label(text)


_COLUMNIST_MAX_CHARS: Final = 40
_COLUMNIST_MAX_WORDS: Final = 4
_NAME_WORD_RE: Final = re.compile(r"[\u0621-\u064a]{2,}")


def _columnist(line: Line | None) -> str | None:
    """A columnist's name alone on a line: two or three words opening on a first name one knows (``writer_name``:
    "محمد الرميحي", "د. عمر الخطيب"), or four whose first three are one ("محمد بن راشد الحارثي"); else None."""
    if line is None or not line.plain or len(line.text) > _COLUMNIST_MAX_CHARS:
        return None
    words = line.text.split()
    if len(words) < _COLUMNIST_MAX_WORDS:
        return writer_name(line.text)
    if len(words) > _COLUMNIST_MAX_WORDS or writer_name(" ".join(words[:-1])) is None:
        return None
    last = strip_harakat(words[-1])
    return line.text if _NAME_WORD_RE.fullmatch(last) and normalize(last) not in _NAME_FUNCTION_WORDS else None


def _column_head(line_at: LineAt, at: int, *, opinion: bool) -> _Found | None:
    """The headline of an opinion column at line ``at``, its label over it and its writer's name over or under it.

    An opinion page's label (``_opinion_label``: "مقالات الرأي", "رأي") on line ``at`` is the column's
    section and never its title: the headline is under it, or under the columnist's name under it
    ("مقالات الرأي" / "محمد الرميحي" / headline / text). Under a label, or under a byline naming an
    opinion page (``opinion``), a columnist's name alone (``_columnist``) right over the headline, or right
    under it over the text, is the author. Elsewhere a short line there is no writer's (a news story's
    subtitle, a kicker): None, and the head is read as ever.
    """
    line = line_at(at)
    if line is None or not line.plain:
        return None
    label = _opinion_label(line.text)
    if not (label or opinion):
        return _named_column(line_at, at, None, labelled=False)  # ("زاوية حادة" / "عثمان ميرغني" / headline)
    top = at + 1 if label else at
    kicker = line.text if label else None
    named = _named_column(line_at, top, kicker, labelled=label or opinion)
    if named is not None:
        return named
    name = _columnist(line_at(top))
    if name is not None and (headline := _headline_at(line_at, top + 1, data=True)) is not None:
        return _Found(headline, top + 1, (), kicker, name)
    headline = _headline_at(line_at, top, data=True)
    if headline is None:
        return None
    name = _columnist(line_at(top + 1))
    if name is not None and line_at(top + 2) is not None:
        return _Found(headline, top, (), kicker, name, 1)
    return _Found(headline, top, (), kicker) if label else None


_COLUMN_WORDS: Final = frozenset(
    normalize(word)
    for word in (
        "عمود زاوية هوامش هامش نافذة سطور كلمة خواطر إضاءة إضاءات أوراق تأملات مرايا شذرات حروف همسات نقطة"
        " بصراحة باختصار بالمختصر بالعربي"
    ).split()
)
"""First words (the article aside) of an opinion column's own name ("العمود الثامن", "زاوية حادة", "هوامش"): the
column's name known without an opinion page's label over it."""
_LABELLED_COLUMN_WORDS: Final = frozenset(normalize(word) for word in ("كلمة", "نقطة"))
"""``_COLUMN_WORDS`` too common to name a column without an opinion page's label over it: "كلمة الرئيس", "كلمة السر"
and "نقطة تحول" over a person's name are a news story's kicker and its subject."""
_COLUMN_NAME_MAX_CHARS: Final = 30
_COLUMN_NAME_MAX_WORDS: Final = 3
_LABELLED_COLUMN_MAX_WORDS: Final = 2
"""Most words of a column's name of no word one knows, under an opinion page's label ("فوق السطور"): a line of three
words there may be a short headline ("حكومة بلا معارضة")."""


def _column_name(line: Line | None, *, labelled: bool) -> bool:
    """Whether ``line`` is an opinion column's own name alone ("هوامش", "العمود الثامن", "زاوية حادة"), beside its
    writer's name over the headline: a few words of letters without a particle or a verb ("يرتفع"), the first (the
    article aside) a column's word (``_COLUMN_WORDS``); under an opinion page's label (``labelled``) one or two such
    words whatever they are. The cheap checks first: most lines are longer or have a mark."""
    if line is None or not line.plain or len(line.text) > _COLUMN_NAME_MAX_CHARS:
        return False
    words = line.text.split()
    if not words or len(words) > _COLUMN_NAME_MAX_WORDS or not all(map(_NAME_WORD_RE.fullmatch, words)):
        return False
    folded = normalize(line.text).split()
    first = folded[0][2:] if folded[0].startswith(_ARTICLES[0]) and len(folded[0]) > 4 else folded[0]
    if labelled:
        if first not in _COLUMN_WORDS and len(words) > _LABELLED_COLUMN_MAX_WORDS:
            return False
    elif first not in _COLUMN_WORDS or first in _LABELLED_COLUMN_WORDS:
        return False
    if any(word in _NAME_FUNCTION_WORDS for word in folded) or _IMPERFECT_RE.search(line.text):
        return False
    return not _opinion_label(line.text) and not is_kicker(line.text)


def _named_column(line_at: LineAt, top: int, kicker: str | None, *, labelled: bool) -> _Found | None:
    """``_column_head`` of a column whose own name (``_column_name``) and writer's name (``_columnist``) stand over its
    headline either way round, from line ``top`` (under the page's label ``kicker`` when there is one): "مقالات
    الرأي" / "سمير عطا الله" / "هوامش" / headline, "رأي" / "هوامش" / name / headline, "زاوية حادة" / "عثمان
    ميرغني" / headline, "علي حسين" / "العمود الثامن" / headline. The column's name is the section, or the text's
    first line when a label is the section; None when the two lines are not both there over a headline."""
    first = line_at(top)
    name = _columnist(first)  # (the line under is read only when this one is a name or a column's: most are neither)
    if name is not None:
        second = line_at(top + 1)
        column = second if _column_name(second, labelled=labelled) else None
    elif _column_name(first, labelled=labelled):
        column, name = first, _columnist(line_at(top + 1))
    else:
        return None
    if name is None or column is None:
        return None
    headline = _headline_at(line_at, top + 2, data=True)
    if headline is None or (not labelled and _names_subject(headline, name)):
        return None
    if kicker is None:
        return _Found(headline, top + 2, (), column.text, name)
    return _Found(headline, top + 2, (column.text,), kicker, name)


def _names_subject(headline: str, name: str) -> bool:
    """Whether a headline names the person of the name over it ("محمد صلاح" over "صلاح يقود ليفربول إلى الفوز"): the
    story's subject, not its writer. A name's words of three letters or fewer are not looked for."""
    words = {normalize(word) for word in headline.split()}
    return any(len(part) > 3 and normalize(part) in words for part in name.split())


def _with_kicker(head: Head, kicker: str | None) -> Head:
    """``head`` with the kicker over its headline: its section, or when a byline gave one, its first line."""
    if kicker is None:
        return head
    if head.section is None:
        return head._replace(section=kicker)
    return head._replace(above=(*head.above, kicker))


_LABEL_WORDS: Final = frozenset(
    normalize(word)
    for word in (
        "مقالات مقال آراء قمة مؤتمر منتدى مهرجان معرض دورة دوري كأس بطولة مونديال أولمبياد كوب ملف موجز تقارير"
        " تحقيقات حوارات انتخابات حوادث محليات اقتصاد سياسة رياضة ثقافة منوعات تكنولوجيا"
        " economy business sports sport opinion politics world tech technology science health culture markets"
        " lifestyle entertainment cop summit"
    ).split()
)
"""First words of a section's or an event's label over a headline ("مقالات الرأي", "قمة المناخ", "مؤتمر
المناخ COP31", "الدورة الـ45 لمعرض ...", "كوب 28", "ECONOMY"), with or without the article."""
_LABEL_MAX_WORDS: Final = 6
_KICKER_MAX_WORDS: Final = 4
"""Most words of a kicker known by its shape alone (under a site's name, over a longer headline)."""
_KICKER_MAX_CHARS: Final = 60
_KICKER_SHORTER: Final = 3
"""Words a kicker known by its shape alone is shorter than the headline under it, at least."""
_KICKER_FORBIDDEN: Final = frozenset('.:;؛،,!?؟"«»“”|()[]')
_DIGITS_RE: Final = re.compile(r"\d+")
_SENTENCE_MARKS: Final = frozenset(".!?؟،,;؛")
_IMPERFECT_RE: Final = re.compile(r"(?<!\S)ي[\u0621-\u064a]{3,}")
"""A word shaped like a verb in the imperfect ("يرتفع", "يفتتح"), which a headline has and a kicker has not."""


def _label(text: str) -> bool:
    """A section's or an event's label: up to six words, the first (its article and a number glued to it
    aside) one of ``_LABEL_WORDS``; a Latin one a word alone or with a number ("ECONOMY", "COP 28"), as a
    site's name may start with such a word ("Business Insider")."""
    words = normalize(text).split()
    if not words or len(words) > _LABEL_MAX_WORDS:
        return False
    first = _DIGITS_RE.sub("", words[0])
    if first.startswith(_ARTICLES[0]) and len(first) > len(_ARTICLES[0]) + 2:
        first = first[len(_ARTICLES[0]) :]
    if first not in _LABEL_WORDS:
        return False
    if first in _OPINION_FIRST_WORDS and not _short_opinion_label(words):
        return False  # "آراء متباينة حول الموازنة": a headline
    return not first.isascii() or all(word.isdigit() for word in words[1:])


def _short_opinion_label(words: list[str]) -> bool:
    """Whether folded words opening on "مقالات" or "آراء" are short enough for an opinion page's label: three words
    at most, no particle ("حول", "في") and no word shaped like a verb ("يختلفون"), which a headline has."""
    if len(words) > _OPINION_MAX_WORDS:
        return False
    return not any(word in _NAME_FUNCTION_WORDS or _IMPERFECT_RE.fullmatch(word) for word in words[1:])


def _kicked_headline(line_at: LineAt, index: int, *, site_above: bool, data: bool = False) -> str | None:
    """The headline under line ``index`` when that line is a kicker over it, else None.

    A kicker is a short label without punctuation ("مؤتمر المناخ COP31", "دوري أبطال أوروبا", "ECONOMY")
    over a headline longer than it, which stands over the text's first furniture (a dateline, author
    line, address, a place and an agency or site) or over a longer lead with a sentence's marks. A
    section's or an event's label (``_label``, or "عاجل") is one anywhere; under a site's name or a
    byline a line of four words at most, three words shorter than the headline and without a word shaped
    like a verb ("يرتفع"), is one too. Without them a short headline over a longer subtitle looks the same.
    With ``data`` (as ``_headline_at``'s), the headline under a labelled kicker may stand over a list, a table
    or score lines instead ("عاجل", the headline, then "- لا أنباء عن إصابات").
    """
    line = line_at(index)
    if line is None or not line.plain:
        return None
    text = line.text  # (the cheap checks first: most lines are no kicker, and reading the next one costs)
    if len(text) > _KICKER_MAX_CHARS or not _KICKER_FORBIDDEN.isdisjoint(text) or not any(map(str.isalpha, text)):
        return None
    below = line_at(index + 1)
    if below is None or not below.plain:
        return None
    words = len(text.split())
    labelled = _label(text) or is_kicker(text)
    if not labelled and not (site_above and words <= _KICKER_MAX_WORDS and not _IMPERFECT_RE.search(text)):
        return None  # (a verb, "الذهب يرتفع": a short headline over its subtitle)
    if len(below.text.split()) < words + (1 if labelled else _KICKER_SHORTER):
        return None
    if is_furniture(text) or split_byline(text) is not None or not headline_in_place(below.text):
        return None  # a dateline, author line or byline is no kicker
    data = data and labelled  # (a short headline known by its shape alone may stand over its subtitle and a list)
    under = line_at(index + 2)
    if under is None:
        return None
    if not under.plain:  # a list's line under the headline: its text's start (``data``), or a marker
        return _headline_at(line_at, index + 1, data=True) if data and under.marker is None else None
    if not (is_furniture(under.text) or place_agency(under.text) or place_site(under.text)):
        if data and len(under.text) <= len(below.text) and _data_at(line_at, index + 2):
            return _headline_at(line_at, index + 1, data=True)  # a table or score lines under the headline
        if len(under.text) <= len(below.text) or _SENTENCE_MARKS.isdisjoint(under.text):
            return None  # (a lead has a sentence's marks, at its end or before a credit: "… آمنة. (رويترز)")
    return _headline_at(line_at, index + 1)


class Head(NamedTuple):
    """What stands above a document's text: its headline, source and section, and where the text starts."""

    headline: str | None
    source: str | None
    section: str | None
    position: int
    """Index of the first body line."""
    above: tuple[str, ...] = ()
    """Datelines above the headline (or the byline): the text's first paragraphs, as a dateline under it is."""
    url: str | None = None
    """The page's address, alone on the first line above everything else (the saved page's own)."""
    author: str | None = None
    """An opinion column's writer, named alone over or under its headline (``_column_head``)."""


def read_head(line_at: LineAt) -> Head:
    """``read_header``, a site's name alone on the first line above the headline ("سكاي نيوز عربية"), a breadcrumb.

    The parser's, the listing's and ``save``'s reader of a document's top. A breadcrumb on the first
    or second line ("الرئيسية > أخبار > اقتصاد", over the headline or under the byline) is the site's
    navigation: the head is read as if it were not there, and its last crumb is the section when the
    byline gives none. A breadcrumb that starts with the site's name ("المصري اليوم » أخبار » محافظات",
    ``_site_crumb``) names the source too, when nothing else does. A web address alone on the first line is
    read past, whatever its form, so the headline under it is found (never left to the text as well): a
    page's (a path, a query or a fragment: ``…/a``, ``/?p=48213``, ``/#/article/1``) is ``Head.url``; a site's
    home (``www.sada-rif.com``, ``https://www.example.com/``) is the site's name, the source when the head
    under it names none (a byline under it names the site itself).
    """
    return _shown_source(_read_top(line_at))


def _read_top(line_at: LineAt) -> Head:
    """``read_head`` before its source is shown as the reader shows a host (``_shown_source``)."""
    first = line_at(0)
    address = _top_address(first.text) if first is not None and first.plain else None
    if first is None or address is None:
        return _address_under_byline(line_at) or _read_head_under_crumbs(line_at)
    if not home_address(address):
        head = _read_head_under_crumbs(_without_line(line_at, 0))
        return head._replace(position=head.position + 1, url=address)
    head = _read_head_under_crumbs(line_at)
    if head.position > 0 and head.source == first.text:
        return head  # a bare host taken for the site's name over the headline, as a name without dots is
    head = _read_head_under_crumbs(_without_line(line_at, 0))
    return head._replace(position=head.position + 1, source=head.source or shown_host_of(address))


def _address_under_byline(line_at: LineAt) -> Head | None:
    """The head of lines with a web address alone on the second line, between the byline (or site's name) and the
    headline ("المستقبل نيوز – رياضة", the page's address, the headline): read as if the address were not there,
    the address its ``Head.url`` (as the text's reader takes an address over the text); None when no byline and
    headline stand around it. The headline is never left to the text as well."""
    second = line_at(1)
    address = _top_address(second.text) if second is not None and second.plain else None
    if address is None:
        return None
    head = _read_head_under_crumbs(_without_line(line_at, 1))
    if head.headline is None or head.source is None or head.position < _HEADLINE_UNDER_BYLINE:
        return None
    return head._replace(position=head.position + 1, url=head.url or address)


_HEADLINE_UNDER_BYLINE: Final = 2
"""Where the text starts at the earliest under a byline and a headline."""


def _shown_source(head: Head) -> Head:
    """``head`` with a source shaped like a host (``www.аpple.com``: a dot, no space) as the reader shows a host
    (``addresses.shown_host``): a look-alike in its ASCII form, any other name as written."""
    source = head.source
    if source is None or source.isascii() or " " in source or "." not in source:
        return head
    return head._replace(source=shown_host(source))


def _top_address(text: str) -> str | None:
    """The web address of a first line that is one (``address_of``), else None; most lines have a space."""
    return address_of(text) if "." in text and " " not in text else None


def _read_head_under_crumbs(line_at: LineAt) -> Head:
    """``read_head`` of lines without the page's address on top."""
    for at in range(_CRUMB_LINES):
        line = line_at(at)
        crumbs = breadcrumb(line.text) if line is not None and line.plain else None
        if crumbs is None or line is None or line_at(at + 1) is None:
            continue
        head = _read_head(_without_line(line_at, at))
        if head.position >= at:  # the head reaches past the breadcrumb (not a paragraph above it)
            source = head.source
            if source is None and crumbs[0] == _first_crumb(line.text) and _site_crumb(crumbs[0]):
                source = crumbs[0]
            return head._replace(source=source, section=head.section or crumbs[-1], position=head.position + 1)
    return _read_head(line_at)


def _first_crumb(text: str) -> str:
    """The first crumb of a breadcrumb line as written (a home crumb too)."""
    return _CRUMB_SPLIT_RE.split(text, maxsplit=1)[0].strip()


_SECTION_WORDS: Final = frozenset(
    normalize(word)
    for word in (
        "أخبار الأخبار عربي العربي عربية العربية دولي الدولي دولية الدولية عالمي العالم محلي المحلي محليات"
        " اقتصاد الاقتصاد سياسة السياسة رياضة الرياضة ثقافة الثقافة فن الفن منوعات المنوعات صحة الصحة"
        " تكنولوجيا التكنولوجيا علوم العلوم رأي الرأي مقالات المقالات تقارير التقارير الأولى الأوسط آخر"
        " News World Business Sports Politics Opinion Culture Tech Technology Science Health Latest Top Middle"
        " East Local National International"
    ).split()
)
"""Words of a site's sections ("أخبار", "العالم العربي", "World News"): a crumb with one names no site."""


def _site_crumb(text: str) -> bool:
    """A breadcrumb's first crumb naming the site: a site word ("سكاي نيوز عربية"), or two words or more
    shaped like a name ("المصري اليوم", "Harbor Times") and none a section's ("العالم العربي")."""
    if not _site_shape(text) or is_kicker(text):
        return False
    if _site_name(text):
        return True
    words, folded = text.split(), normalize(text).split()
    return len(words) >= 2 and _name_shaped(words, folded) and _SECTION_WORDS.isdisjoint(folded)


def _without_line(line_at: LineAt, left_out: int) -> LineAt:
    """``line_at`` as if line ``left_out`` were not there."""
    return lambda index: line_at(index if index < left_out else index + 1)


_CRUMB_LINES: Final = 2
"""A breadcrumb is looked for on the first two lines (over the headline, or under a byline or site's name)."""
_CRUMB_MAX_CHARS: Final = 120
_CRUMB_MAX_WORDS: Final = 4
_CRUMB_SPLIT_RE: Final = re.compile(r"\s*(?:>>|[>›»→])\s*|\s+/\s+")
_CRUMB_MARK_RE: Final = re.compile(r"[>›»→]|\s/\s")
"""What a breadcrumb's crumbs are separated by (``_CRUMB_SPLIT_RE``), looked for before anything else."""
_CRUMB_FORBIDDEN: Final = frozenset('.!?؟:،,;؛|"«“')
_HOME_CRUMBS: Final = frozenset(
    normalize(word) for word in ("الرئيسية", "الصفحة الرئيسية", "الرئيسة", "Home", "Homepage")
)


def breadcrumb(text: str) -> list[str] | None:
    """The crumbs of a site's breadcrumb line ("Home > News > Business", "الرئيسية » أخبار"), home left out, else None.

    Crumbs of one to four words, without sentence punctuation, separated by ``>``, ``›``, ``»``, ``→``
    or a spaced ``/``; three crumbs or more, two after a home crumb ("الرئيسية", "Home"), or a site's name
    and a section of one or two words (``_site_and_section``).
    """
    if _CRUMB_MARK_RE.search(text) is None:
        return None  # no separator of crumbs: most lines (one C-level scan, no split)
    if len(text) > _CRUMB_MAX_CHARS or not _CRUMB_FORBIDDEN.isdisjoint(text):
        return None
    if slash_credit(text) is not None:
        return None  # "أنقرة / محمد شيخ يوسف / الأناضول": a place, a writer and the agency, no site's navigation
    crumbs = [crumb.strip() for crumb in _CRUMB_SPLIT_RE.split(text)]
    if len(crumbs) < 2 or any(not crumb or len(crumb.split()) > _CRUMB_MAX_WORDS for crumb in crumbs):
        return None
    if not all(any(map(str.isalpha, crumb)) for crumb in crumbs):
        return None
    home = normalize(crumbs[0]) in _HOME_CRUMBS
    if len(crumbs) < 3 and not home and not _site_and_section(crumbs):
        return None
    return crumbs[1:] if home else crumbs


_SECTION_CRUMB_MAX_WORDS: Final = 2


def _site_and_section(crumbs: list[str]) -> bool:
    """Two crumbs, the site's name and a section ("المصري اليوم » محافظات", "Harbor Times > Business")."""
    if len(crumbs) != 2 or len(crumbs[1].split()) > _SECTION_CRUMB_MAX_WORDS or has_digit(crumbs[1]):
        return False
    return _site_crumb(crumbs[0])


def _read_head(line_at: LineAt) -> Head:
    """``read_head`` of lines without a breadcrumb.

    A site's name alone over the headline is the source, on the first line or under the datelines there
    ("2025/12/11 - 08:40 م", then "الشارقة 24", then the headline): those datelines stay the text's first lines,
    as datelines above a byline do."""
    first = line_at(0)
    if first is None or not first.plain:
        return read_header(line_at)
    dates: tuple[str, ...] = ()
    site: Line | None = first
    if is_date_line(first.text):  # (a dateline is no site's name: what stands under the datelines may be)
        dates = tuple(_dates_at(line_at, 0))
        site = line_at(len(dates))
    if (
        site is not None
        and site.plain
        and split_byline(site.text) is None
        and _site_shape(site.text)
        and place_agency(site.text) is None  # ("دمشق-سانا" is shaped like a name, "Al-Monitor": no site's)
        and not _opinion_label(site.text)  # ("رأي", "أعمدة": an opinion page's label over its column)
    ):
        at = len(dates) + 1
        second = line_at(at)
        found = (
            _headline_below(line_at, at, site_above=True) if second is not None and _byline(second) is None else None
        )
        if found is not None:
            signed = _site_writer_under(line_at, found, site.text)  # the site's name again, and its writer
            furniture = signed is not found or bool(found.above) or _furniture_at(line_at, found.line + 1)
            if _site_name(site.text) or _bare_site_name(site.text, found.headline, furniture):
                found = signed
                head = Head(found.headline, site.text, None, found.end, dates + found.above, author=found.author)
                return _with_kicker(head, found.kicker)
    return read_header(line_at)


def _site_writer_under(line_at: LineAt, found: _Found, site: str) -> _Found:
    """``found`` with the writer of the line under its headline when that line is the site's name over it, a dash and
    a writer's name ("هسبريس" over the headline, "هسبريس - يوسف الإدريسي" under it: ``_writer_byline``), which is
    the head's then, not the text's first line."""
    line = line_at(found.end)
    if found.author is not None or line is None or not line.plain:
        return found
    parts = split_byline(line.text)
    if parts is None or normalize(parts[0]) != normalize(site):
        return found
    writer = _writer_byline(*parts)[2]
    return found if writer is None else found._replace(author=writer, under=found.under + 1)


def _furniture_at(line_at: LineAt, index: int) -> bool:
    """Whether line ``index`` is a plain dateline, author line or URL."""
    line = line_at(index)
    return line is not None and line.plain and is_furniture(line.text)


_SITE_MAX_WORDS: Final = 4
_SITE_MAX_CHARS: Final = 40
_SITE_CHARS_RE: Final = re.compile(r"(?:[^\W_]|[ .'-])+$")
"""Letters, digits, spaces, dots, hyphens and apostrophes only ("Al-Monitor", "News.com", "Le360")."""
_DIGIT_RE: Final = re.compile(r"\d")
_BRAND_WORD_RE: Final = re.compile(r"[^\W\d_]{2,}\d{1,3}|\d{1,3}[^\W\d_]{2,}")
"""A word of letters and digits glued together, as sites name themselves ("Le360", "عربي21", "20minutes")."""
_SITE_NUMBER_RE: Final = re.compile(r"\d{2,3}")
"""A site's number after its name ("اليوم 24", "فرانس 24"): two or three digits (a year is a date's)."""


def _site_shape(text: str) -> bool:
    """A few words, only letters (no punctuation), digits only as a site's (``_numbered_name``): what a site's
    name alone looks like."""
    if len(text) > _SITE_MAX_CHARS or len(text.split()) > _SITE_MAX_WORDS or not _SITE_CHARS_RE.match(text):
        return False
    return _DIGIT_RE.search(text) is None or _numbered_name(text)


def _numbered_name(text: str) -> bool:
    """A name with digits where sites have them: words of letters and digits glued ("Le360", "Le360 عربي",
    "عربي21"), or a number of two or three digits after the name ("اليوم 24", "فرانس 24"), never a dateline.
    A number inside a line ("ارتفاع 24 بالمئة") or a year ("مونديال 2026") is a headline's."""
    words = text.split()
    for index, word in enumerate(words):
        if _DIGIT_RE.search(word) is None or _BRAND_WORD_RE.fullmatch(word):
            continue
        if index != len(words) - 1 or index == 0 or not _SITE_NUMBER_RE.fullmatch(word):
            return False
    return not is_date_line(text)


_ARTICLE_SITE_WORDS: Final = frozenset(
    normalize(word) for word in "بوابة شبكة وكالة صحيفة جريدة قناة إذاعة تلفزيون".split()
)
"""Site words a name may write with the article ("البوابة العربية للأخبار التقنية", "الشبكة العربية")."""
_ARTICLES: Final = (normalize("ال"), normalize("لل"))


def _site_name(text: str) -> bool:
    """A short line naming a site: one of its words a site word ("بوابة الوادي"); in a line shaped like a
    site's name (``_site_shape``), one with the article too ("البوابة العربية للأخبار التقنية")."""
    words = normalize(text).split()
    if any(word in SITE_WORDS for word in words):
        return True
    return any(word[2:] in _ARTICLE_SITE_WORDS for word in words if word.startswith(_ARTICLES)) and _site_shape(text)


_BARE_SITE_MAX_WORDS: Final = 3
_NAME_FUNCTION_WORDS: Final = frozenset(
    normalize(word) for word in "في من على إلى الى عن مع بعد قبل حول بين ضد و أو ثم لا لم لن قد".split()
)
"""Particles a headline has ("مشروع جديد في الحي") and a site's name does not."""
_LATIN_NAME_PARTICLES: Final = frozenset("al el de of the".split())
"""Lower-case words inside a Latin site name ("Times of Oman", "Voice of the Valley")."""


def _bare_site_name(text: str, headline: str, furniture_below: bool) -> bool:
    """A site's name without a site word ("اليوم السابع", "هسبريس", "Al Jazeera") over the headline.

    One to three words of letters, no particle ("في", "من") and no kicker ("عاجل"), over a headline
    at least two words longer. A short headline over a subheading looks the same, so a name of two
    or three words needs a dateline, author line or address under (or above) the headline, or the
    shape of a name: each Arabic word with its article ("المصري اليوم"), each Latin word capitalised
    ("Al Jazeera"). One word was never a headline (a headline has two words or more).
    """
    words = text.split()
    if len(words) > _BARE_SITE_MAX_WORDS or len(headline.split()) < len(words) + 2 or is_kicker(text):
        return False
    if _label(text):
        return False  # "مقالات الرأي", "قمة المناخ", "كوب 28": a section's or an event's label
    folded = normalize(text).split()
    if any(word in _NAME_FUNCTION_WORDS for word in folded):
        return False
    return len(words) == 1 or furniture_below or _name_shaped(words, folded)


def _name_shaped(words: list[str], folded: list[str]) -> bool:
    """Each Arabic word with its article ("الشرق الأوسط"), or each Latin word capitalised bar particles."""
    if all(word.startswith("ال") and len(word) > 3 for word in folded) or _DIGIT_RE.search(" ".join(words)):
        return True  # (digits where a site has them, as ``_site_shape`` let through: "فرانس 24", "Le360 عربي")
    return all(word[:1].isupper() or (index and word in _LATIN_NAME_PARTICLES) for index, word in enumerate(words))


def looks_like_site_name(text: str) -> bool:
    """Whether a line names a site ("سكاي نيوز عربية", "Harbor Times"), as the one over a headline does."""
    return _site_name(text)


_FURNITURE_MAX: Final = 4
"""Most URL, date and author lines read past under a headline (a place and date, an update time, an author, an
address) before its text."""
_HEADLINE_LOOK_LINES: Final = 2 + _FURNITURE_MAX
"""Lines looked at under a headline: its furniture, one short lead (a subtitle) and the line that decides."""


def _headline_at(line_at: LineAt, index: int, *, data: bool = False) -> str | None:
    """Line ``index`` when it is a headline (headline-like and followed by a paragraph), else None.

    The paragraph below may come after URL, date, author and photographer's lines (``is_photo_credit``: "صور:
    حسن عسل") and a review's stars (``is_star_rating``: "★★★★☆"), up to ``_FURNITURE_MAX`` however they stand
    around it, and after one short lead line without a full stop (a subtitle, or a line of the head's one does not
    know). A headline ending in an ellipsis ("... تعود إلى المسرح...") must be followed directly by a longer
    paragraph that ends like a sentence. With ``data`` (the document's own headline, at its top), the text may
    start under the headline and its furniture with a list, a table or score lines (``_data_at``) instead of a
    paragraph: a results page, a standings table, a notice's numbered conditions. A table's row or a score
    line is no headline.
    """
    line = line_at(index)
    if line is None or not line.plain:
        return None
    trailing = not headline_in_place(line.text)
    if trailing and not (_ellipsis_headline(line.text) or _full_stop_headline(line.text)):
        return None
    data = data and not trailing and not _data_at(line_at, index)
    short_lead = False
    furniture = 0
    for offset in range(1, _HEADLINE_LOOK_LINES + 1):
        following = line_at(index + offset)
        if following is None:
            return None
        if not following.plain:  # a marker, or a list's line: the text's start when it is the first under
            return line.text if data and not short_lead and following.marker is None else None
        if is_furniture(following.text) or is_photo_credit(following.text) or is_star_rating(following.text):
            # a URL, date, author or photographer's line, or a review's stars, between headline and text
            furniture += 1
            if furniture > _FURNITURE_MAX:
                return None
            continue
        longer, ended = len(following.text) > len(line.text), is_sentence_end(following.text)
        if trailing:
            return line.text if longer and ended else None
        if data and not short_lead and not longer and _data_at(line_at, index + offset):
            return line.text  # a table or score lines under the headline (and its dateline): the text's start
        if longer or ended:
            return line.text
        if short_lead:
            return None
        short_lead = True  # a short lead without a full stop: the line after it decides
    return None


_TABLE_MIN_BARS: Final = 2
"""Bars of a table's row: three cells or more ("المركز | الفريق | لعب | نقاط"; a byline has one or two)."""
_SCORE_RE: Final = re.compile(r"[^\W\d_]\s+[0-9٠-٩]{1,2}\s*[-–]\s*[0-9٠-٩]{1,2}\s+[^\W\d_]")
"""A match's score between two teams' names ("الأهلي 2-1 الزمالك"): a number of one or two digits each side of a
dash, letters around them (a date's day and month, "20-3-2026", have digits)."""
_DATA_MAX_CHARS: Final = 120


def _table_row(text: str) -> int:
    """The bars of a table's row (``_TABLE_MIN_BARS`` or more), else 0."""
    bars = text.count("|")
    return bars if bars >= _TABLE_MIN_BARS else 0


def _table_header(line: Line, below: Line | None) -> bool:
    """Whether ``line`` is a table's row (a header row) over another of as many cells: no byline.

    Two lines of as many bars are no table when the upper one opens on a site's name or a home crumb ("سكاي
    نيوز عربية | اقتصاد | أسواق", "الرئيسية | اقتصاد | أسواق": a byline, or a breadcrumb), or the lower one is
    the page's dates (``_dates_row``: "نشر في: 10 مارس 2026 | 10:30 ص | آخر تحديث: 11:45 ص")."""
    bars = _table_row(line.text) if line.plain else 0
    if not bars or below is None or not below.plain or below.text.count("|") != bars:
        return False  # (most lines: a count of bars; the rest is read for two lines of as many)
    return not _byline_head(line.text.split("|", 1)[0].strip()) and not _dates_row(below.text)


_HEAD_SITE_MIN_WORDS: Final = 2


def _byline_head(cell: str) -> bool:
    """Whether a bar line's first cell is a byline's or a breadcrumb's, never a table's column: a home crumb
    ("الرئيسية", "Home"), or a site's name of two words or more with a site word ("سكاي نيوز عربية", "Gulf
    News"; a column may be named "القناة" or "Daily")."""
    folded = normalize(cell)
    if folded in _HOME_CRUMBS:
        return True
    words = folded.lower().split()
    return len(words) >= _HEAD_SITE_MIN_WORDS and any(word in SITE_WORDS for word in words)


def _dates_row(text: str) -> bool:
    """Whether a line is the page's dates, parted by bars: a dateline (``is_date_line``: "نشر في: 10 مارس 2026 |
    10:30 ص | آخر تحديث: 11:45 ص"), or a date first and only date, time and stamp material after it ("الثلاثاء 10
    مارس 2026 | 10:30 ص | 3 دقائق قراءة"). A table's row has a number or a name in a cell ("10 مارس 2026 | الأهلي
    - الزمالك | 2-1", "1 | الاتحاد | 25 | 61")."""
    return is_date_line(text) or _bar_dates(text)


def _bar_dates(text: str) -> bool:
    """Whether a line is a date and, parted from it by bars, only date, time and stamp material (``_dates_row``)."""
    if "|" not in text:
        return False  # (most lines)
    cells = [cell.strip() for cell in text.split("|")]
    return is_date_line(cells[0]) and all(_date_cell(cell) for cell in cells[1:])


def _date_cell(cell: str) -> bool:
    """A cell of date material that is no bare number ("10:30 ص", "آخر تحديث: 11:45 ص"), or a page's stamp ("3
    دقائق قراءة")."""
    if not cell or cell.isdigit():
        return False
    return opens_date(cell) or is_furniture(cell)


def _score_line(text: str) -> bool:
    """A match's result alone on a line ("الأهلي 2-1 الزمالك"): short, no sentence's end, a score between names."""
    if len(text) > _DATA_MAX_CHARS or not has_digit(text) or is_sentence_end(text):
        return False
    return _SCORE_RE.search(text) is not None


def _data_at(line_at: LineAt, index: int) -> bool:
    """Whether line ``index`` (plain) starts a table or score lines: a table's row over another of as many cells
    ("المركز | الفريق | لعب | نقاط", then "1 | الاتحاد | 25 | 61"), or a score line over another ("الأهلي 2-1
    الزمالك", then "بيراميدز 3-0 المصري")."""
    line = line_at(index)
    if line is None or not line.plain or len(line.text) > _DATA_MAX_CHARS:
        return False
    if "|" in line.text:
        return _table_header(line, line_at(index + 1))
    if not _score_line(line.text):
        return False
    below = line_at(index + 1)
    return below is not None and below.plain and _score_line(below.text)


_FULL_STOP_WORDS: Final = 6
"""Most words of a headline that ends in a full stop ("الذهب يرتفع."): a longer line, or one with a comma,
is a sentence (a lead, or a standfirst under the headline)."""


def _full_stop_headline(text: str) -> bool:
    """A short headline a site ends with a full stop ("الذهب يرتفع.", "Gold rises."): headline-like without it,
    a few words. As for an ellipsis, a longer paragraph that ends like a sentence must follow it directly."""
    stripped = text.rstrip()
    if not stripped.endswith(".") or stripped.endswith("..") or len(stripped.split()) > _FULL_STOP_WORDS:
        return False
    if any(comma in stripped for comma in ",،"):
        return False
    return headline_like(stripped[:-1].rstrip())


def _ellipsis_headline(text: str) -> bool:
    """A headline that ends in an ellipsis ("..", "...", "…") and is headline-like without it."""
    stripped = text.rstrip()
    if not stripped.endswith(("..", "…")):
        return False
    core = stripped.rstrip(".…").rstrip()
    return bool(core) and headline_like(core)
