"""Page metadata the HTML parser reads beyond ``<meta>``: the site in ``<title>``, a body byline, JSON-LD dates."""

from __future__ import annotations

import html as _html
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Final

from newstui.parse.bylines import (
    BARE_MARKER_PATTERN,
    HEADLINE_MARKER_NAME_WORDS,
    MARKER_PATTERN,
    SEPARATOR_PATTERN,
    may_start_headline,
)
from newstui.parse.channel_promos import promotes_channel
from newstui.parse.markers import (
    ATTRIBUTION_VALUE_CHARS,
    EDITORIAL_DESKS,
    MarkerKind,
    is_attribution_value,
    is_kicker,
)
from newstui.parse.plaintext_drafts import closing_agency
from newstui.parse.plaintext_lines import classify
from newstui.text.digits import has_digit
from newstui.text.normalize import normalize
from newstui.text.sanitize import sanitize_line
from newstui.text.script import has_rtl_letters

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "TITLE_SEPARATORS",
    "body_byline",
    "breadcrumb_section",
    "is_the_headline",
    "body_dateline",
    "byline_line",
    "closing_attribution",
    "closing_byline",
    "closing_tags",
    "correspondent_name",
    "is_author_name",
    "is_desk",
    "is_badge_line",
    "joined_names",
    "listed_writers",
    "is_generic_title",
    "is_job_title",
    "is_news_agency",
    "jsonld_urls",
    "is_newsletter_plea",
    "is_paywall_prompt",
    "jsonld_keywords",
    "jsonld_paragraphs",
    "jsonld_published",
    "page_day",
    "marked_dateline",
    "title_parts",
    "split_agency",
    "title_separator",
    "title_site",
    "is_tagline",
    "without_job_titles",
    "without_section",
]

TITLE_SEPARATORS: Final = (" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " / ")
"""What separates a headline from the site's name in a page's ``<title>``."""
_GENERIC_TITLES: Final = frozenset(
    normalize(title)
    for title in (
        "تفاصيل الخبر", "تفاصيل خبر", "تفاصيل الأخبار", "تفاصيل المقال", "تفاصيل الموضوع", "تفاصيل", "التفاصيل",
        "الخبر", "خبر", "الأخبار", "أخبار", "المقال", "مقال", "مقالات", "الموضوع", "موضوع", "عرض الخبر",
        "قراءة الخبر", "نص الخبر", "الرئيسية", "الصفحة الرئيسية", "الرئيسة", "صفحة الخبر", "آخر الأخبار",
        "News details", "News detail", "Article details", "Story details", "Details", "News", "Article",
        "Story", "Home", "Home page", "Homepage", "Main page", "Index", "Untitled", "Untitled document",
        "Read more", "View article", "Show news", "News item", "Latest news",
    )
)  # fmt: skip
"""``<title>`` parts that name no story: a site template's "تفاصيل الخبر" or "Home" (folded, whole)."""
_SITE_MAX_WORDS: Final = 6
_SITE_MAX_CHARS: Final = 60
_NAME_TITLE: Final = r"(?:(?:[أا]\.\s?د|[أا]|د|م|Dr|Prof|Eng|Mr|Mrs|Ms)\.\s*){0,2}"
"""Abbreviated titles before a name, part of it: "د." (doctor), "م." (engineer), "أ." (professor), "أ.د.",
"أ. د.", "Dr.", "Prof."."""
_TITLE_WORD: Final = re.compile(r"(?:[أا]\.?د|[أا]|د|م|Dr|Prof|Eng|Mr|Mrs|Ms)\.", re.IGNORECASE)
"""One word of ``_NAME_TITLE`` ("د.", "أ.د.", "Dr."), which is not counted as a word of the name."""
_MARKER_SEPARATOR: Final = rf"(?:{SEPARATOR_PATTERN}|/)"
"""What may stand between a marker and the name in a byline: ``bylines.SEPARATOR_PATTERN`` or a slash ("كتب/ فلان")."""
_BYLINE: Final = re.compile(
    rf"(?:^|[-–—|·•،,]\s*)(?P<marker>(?:{MARKER_PATTERN})\s*{_MARKER_SEPARATOR}+"
    rf"|(?:{BARE_MARKER_PATTERN})(?:\s*{_MARKER_SEPARATOR}+|\s+))\s*"
    rf"(?P<name>{_NAME_TITLE}"
    r"[^\d\s:：|·•،,.؛;!?؟()\[\]«»\"\-–—][^\d:：|·•،,.؛;!?؟()\[\]«»\"\-–—]{1,40}?)\s*$",
    re.IGNORECASE,
)
"""A byline at the end of a short text, with the markers of ``parse.bylines``: "كتب: محمود عبد الله",
"كتب - محمود عبد الله", "كتب/ محمود عبد الله", "... - بقلم سارة علي", "بقلم: د. سارة علي", "By Jane Doe". The
name has no digits or punctuation but the dot of an abbreviated title before it ("د.", "م.", "أ.د.")."""
_BYLINE_WORDS: Final = re.compile(rf"(?<!\w)(?:{BARE_MARKER_PATTERN}|{MARKER_PATTERN})(?!\w)", re.IGNORECASE)
"""A byline's marker anywhere in an element's own text: the quick test before ``_BYLINE``."""


def _byline_at_end(text: str, *, start: bool = False) -> str | None:
    """The name of ``_BYLINE`` in ``text`` (from its start only when ``start``): a few words, a Latin one
    capitalised, and a short name after a marker that may also start a headline ("تقرير: الاقتصاد ينمو"
    is none)."""
    found = _BYLINE.match(text) if start else _BYLINE.search(text)
    if found is None:
        return None
    name = found.group("name").strip()
    if name[0].isascii() and not name[0].isupper():
        return None  # "- by the river": a Latin name starts with a capital
    words = _name_words(name)
    if words > _BYLINE_MAX_WORDS and _writers(name) is None:
        return None  # (three writers joined by "و" are more words than one name: "كتب: A B وC D وE F")
    if may_start_headline(found.group("marker")) and words > HEADLINE_MARKER_NAME_WORDS and _writers(name) is None:
        return None  # "تقرير: الاقتصاد ينمو أسرع من المتوقع" is a headline; "تقرير: سامر حداد ومنى الخطيب" a byline
    return name


_AND_SPLIT: Final = re.compile(r"\s+و(?=[\u0621-\u064a])")
"""Between two writers' names: "و" (and) glued to the second ("سامر حداد ومنى الخطيب")."""
_WRITERS_MAX: Final = 3


def _writers(text: str) -> list[str] | None:
    """The names of a list of two or three writers joined by "و" ("نادين خوري ومازن عيسى"), each a person's name
    of two or three words opening on a first name one knows (``plaintext_credits.bare_name``), else None: a
    headline after "تقرير:" ("أسعار النفط وأسعار الذهب") and one name with "و" in it ("عبد الله وليد") are none."""
    from newstui.parse.plaintext_credits import bare_name

    if " و" not in text:
        return None
    parts = _AND_SPLIT.split(text.strip())
    if not 2 <= len(parts) <= _WRITERS_MAX or not all(bare_name(part) for part in parts):
        return None
    return [part.strip() for part in parts]


def listed_writers(author: str) -> str:
    """An author value that lists two or three writers with "و" ("نادين خوري ومازن عيسى") as several writers,
    joined as a feed's are ("نادين خوري، مازن عيسى"); any other value as it is."""
    names = _writers(author) if " و" in author else None
    return "، ".join(names) if names is not None else author


def _name_words(name: str) -> int:
    """How many words a name has, its abbreviated titles ("أ. د.", "Dr.") aside."""
    words = name.split()
    return len(words) - sum(1 for word in words if "." in word and _TITLE_WORD.fullmatch(word))


_ABOUT_AUTHOR: Final = tuple(
    normalize(words)
    for words in ("عن الكاتب", "عن الكاتبة", "عن المؤلف", "نبذة عن الكاتب", "about the author", "about author")
)
"""The heading of an author box, whose text is a biography, not a name (folded)."""
_NAME_WORDS: Final = 7
"""Most words of one name ("د. محمد بن عبد الله آل سعود"); more is a sentence."""
_NAMES_SPLIT: Final = re.compile(r"\s*[;,،؛&]\s*|\s+(?:and|و)\s+")


def is_author_name(text: str) -> bool:
    """Whether an author value reads as a name, or a few names ("Ann Miller; Bob Stone"), not as the
    text of an "about the author" box ("عن الكاتب: محرر اقتصادي يغطي أسواق السلع …") or a sentence."""
    if normalize(text[:40]).startswith(_ABOUT_AUTHOR):
        return False
    return all(len(name.split()) <= _NAME_WORDS for name in _NAMES_SPLIT.split(text))


_JOB_WORDS: Final = frozenset(
    normalize(word)
    for word in (
        "reporter correspondent editor writer columnist journalist contributor analyst producer critic"
        " photographer researcher professor lecturer economist presenter commentator staff"
        " مراسل مراسلة مراسلنا محرر محررة صحفي صحفية صحافي صحافية كاتب كاتبة باحث باحثة أستاذ أستاذة محلل"
        " محللة المراسل المراسلة المحرر المحررة الصحفي الصحفية الكاتب الكاتبة الباحث الباحثة"
    ).split()
)
"""Words of a writer's job title after the name ("Local Democracy Reporter", "Staff Writer", "مراسل الجزيرة"),
folded; a plural's "s" aside ("Staff Writers")."""
_JOB_TITLE_WORDS: Final = 8
_NAME_PARTS: Final = re.compile(r"\s*[;,،؛]\s*")


def is_job_title(text: str) -> bool:
    """Whether ``text`` (what follows a name's comma) is a writer's job title, not a second name: a few
    words without digits or a sentence's end, one of them a title's (``_JOB_WORDS``: "Local Democracy
    Reporter", "Senior Political Correspondent", "مراسل الجزيرة في القاهرة")."""
    words = normalize(text).split()
    if not words or len(words) > _JOB_TITLE_WORDS or any(char.isdigit() for char in text):
        return False
    if text.rstrip().endswith((".", "!", "?", "؟")):
        return False
    return any(word in _JOB_WORDS or word.removesuffix("s") in _JOB_WORDS for word in words)


def without_job_titles(names: str) -> str:
    """An author value without the job titles its commas or semicolons set off as if they were names:
    "Jane Roe, Local Democracy Reporter" and trafilatura's "Jane Roe; Local Democracy Reporter" give
    "Jane Roe"; "Ann Miller; Bob Stone" stays (a title only, nothing else, stays too)."""
    parts = _NAME_PARTS.split(names.strip())
    kept = [part for part in parts if part and not is_job_title(part)]
    if len(kept) == len(parts) or not kept:
        return names
    # "Jane Roe, Political Editor, and Bob Stone": the "and" opened a name after a title
    return "; ".join(_without_and(part) for part in kept)


_SEMICOLONS: Final = re.compile(r"\s*[;؛]\s*")


def joined_names(author: str) -> str:
    """An author value's names joined as a feed's are: with ", ", or "، " when one is in Arabic script
    (trafilatura joins a JSON-LD story's authors with "; ": "كريم منصور; رنا الحسيني" gives "كريم منصور،
    رنا الحسيني", "Jane Roe; Tom Lane" "Jane Roe, Tom Lane"). A value without a semicolon is given back."""
    if ";" not in author and "؛" not in author:
        return author
    names = [name for name in _SEMICOLONS.split(author.strip()) if name]
    return ("، " if any(map(has_rtl_letters, names)) else ", ").join(names)


def _without_and(part: str) -> str:
    """A name without the "and" or "&" that opens it ("and Bob Stone"); any other part as it is."""
    joined = _AND_NAME.fullmatch(part)
    return joined.group("name") if joined is not None and _LATIN_NAME.fullmatch(joined.group("name")) else part


def _cut_job_title(text: str) -> str:
    """A byline without the job title after its last comma ("By Jane Roe, Local Democracy Reporter")."""
    head, comma, tail = max(text.rpartition(","), text.rpartition("،"), key=lambda parts: len(parts[0]))
    return head.rstrip() if comma and head.strip() and is_job_title(tail) else text


_BYLINE_TAGS: Final = ("div", "span", "p", "li", "small", "address", "strong", "b", "em", "a", "time")
_BYLINE_MAX_CHARS: Final = 120
_BYLINE_MAX_WORDS: Final = 5
_JSONLD_CHARS: Final = 200_000
"""Largest JSON-LD script read for a date (a page's structured data is a few KB)."""


def is_generic_title(text: str | None) -> bool:
    """Whether a title (or a ``<title>`` part) names no story: "تفاصيل الخبر", "الرئيسية", "News details", "Home"."""
    return bool(text) and normalize(text or "") in _GENERIC_TITLES


def title_parts(document_title: str | None) -> list[str]:
    """A ``<title>`` split at the first of ``TITLE_SEPARATORS`` it holds ("headline - site" -> 2 parts).

    A title without a separator is one part; empty parts are dropped.
    """
    separator = title_separator(document_title)
    if not document_title:
        return []
    if separator is not None:
        return [part.strip() for part in document_title.split(separator) if part.strip()]
    return [document_title.strip()]


def title_separator(document_title: str | None) -> str | None:
    """The first of ``TITLE_SEPARATORS`` a ``<title>`` holds (the one ``title_parts`` splits it at), else None."""
    if document_title:
        for separator in TITLE_SEPARATORS:
            if separator in document_title:
                return separator
    return None


_SITE_BESIDE_GENERIC_WORDS: Final = 4
"""Longest name taken for the site when the rest of the ``<title>`` is generic ("جريدة الوطن - تفاصيل الخبر")."""
_SITE_MAX_PARTS: Final = 12
"""Most ``<title>`` parts searched for a headline (a real title has two to five); a longer title is only
read for a name beside generic parts, so a hostile one costs no more than its length."""


def title_site(document_title: str | None, headlines: Iterable[str | None]) -> str | None:
    """The site's name from a ``<title>`` that is one of the page's headlines and the name.

    ``"وفاة الممثل القدير - بوابة الفجر"`` with the headline ``"وفاة الممثل القدير"`` (its ``<h1>`` or
    og:title) gives ``"بوابة الفجر"``; so does ``"بوابة الفجر | وفاة الممثل القدير"``. The other part
    must be short (a name, not a second headline); a ``<title>`` whose parts match no headline gives None.
    Generic parts ("تفاصيل الخبر", "Home") are never the name and stand for no headline: in
    ``"جريدة الوطن - تفاصيل الخبر"`` the name is ``"جريدة الوطن"`` whatever the headline is.

    Args:
        document_title: the page's ``<title>`` text, sanitized.
        headlines: the page's own headlines (og:title, ``<h1>``, trafilatura's title); None ones skipped.

    Returns:
        The name as written, or None.
    """
    parts = title_parts(document_title)
    if len(parts) < 2:
        return None
    folded = {normalize(headline) for headline in headlines if headline}
    folded.discard("")
    # The headline is a run of whole parts (it may hold the separator itself); the name is a part left.
    # Every run is folded: cubic in the number of parts, hence the cap.
    for start in range(len(parts) if len(parts) <= _SITE_MAX_PARTS else 0):
        for end in range(len(parts), start, -1):
            if (start, end) == (0, len(parts)) or not _holds_headline(parts[start:end], folded):
                continue
            # a kicker over the headline ("فيديو | headline | Site") names no site
            names = [part for part in parts[:start] + parts[end:] if not is_generic_title(part) and not is_kicker(part)]
            if len(names) == 1 and _is_name(names[0]):
                return names[0]
            # "Headline - Section - Site", "Site :: Section :: Headline": the part farthest from it, but for
            # a site's tagline ("Headline | Site | أخبار المغرب والعالم"): the name is then the part before it.
            if len(names) > 1 and (start == 0 or end == len(parts)):
                outward = names if start == 0 else names[::-1]
                while len(outward) > 1 and is_tagline(outward[-1]):
                    outward.pop()
                if _is_name(outward[-1]):
                    return outward[-1]
    if len(parts) == 2:
        for cut, name in ((parts[0], parts[1]), (parts[1], parts[0])):
            if (
                _is_name(name)
                and not _opens_clause(name)
                and _reads_as_a_name(name)
                and not is_generic_title(name)
                and _cut_headline(cut, name, headlines)
            ):
                return name
    names = [part for part in parts if not is_generic_title(part)]
    if len(names) == 1 and len(names) < len(parts) and _is_name(names[0]):
        if len(names[0].split()) <= _SITE_BESIDE_GENERIC_WORDS:
            return names[0]
    return None


_CUT_HEADLINE_MIN_WORDS: Final = 4
"""Fewest words a ``<title>`` part must have to be taken for a headline cut short (a word-wise prefix of the
``<h1>``): fewer could be any phrase."""


_CLAUSE_OPENING: Final = re.compile(r"و(?:ال|[يتنأ])\w")
"""A word that opens a clause joined by "و" ("والمعارضة …", "ويبحث …"): the rest of a headline, no site's name
("وكالة …" is one)."""


def _opens_clause(text: str) -> bool:
    """Whether a ``<title>`` part opens with a word joined by "و" to a noun or a verb (``_CLAUSE_OPENING``)."""
    return _CLAUSE_OPENING.match(text.lstrip()) is not None


_PARTICLES: Final = frozenset(
    ("في", "من", "على", "إلى", "الى", "عن", "مع", "بعد", "قبل", "حتى", "منذ", "عند", "لدى", "خلال", "رغم", "بين",
     "ضد", "نحو", "حول", "دون", "عبر", "وسط", "لبحث", "بسبب", "إثر", "اثر", "أن", "إن", "لا", "لم", "لن", "قد", "ثم")
)  # fmt: skip
"""Prepositions and particles that open the rest of a sentence, no site's name."""
_NAME_MAX_WORDS: Final = 5


def _reads_as_a_name(text: str) -> bool:
    """Whether the part left beside a headline cut short reads as a site's name: no digit (``بسعة 300 سرير``,
    ``عيار 21 يسجل 45 دينارا`` go on with the headline), at most ``_NAME_MAX_WORDS`` words, not opening with a
    preposition or particle (``في باريس``)."""
    words = text.split()
    if not words or len(words) > _NAME_MAX_WORDS or any(char.isdigit() for char in text):
        return False
    return words[0] not in _PARTICLES


def _cut_headline(part: str, other: str, headlines: Iterable[str | None]) -> bool:
    """Whether a ``<title>`` part is one of the page's headlines cut short at a word ("وزارة الصحة تطلق حملة التطعيم -
    Site" over an ``<h1>`` that goes on: "… حملة التطعيم الموسمية"), of at least ``_CUT_HEADLINE_MIN_WORDS`` words,
    and the ``other`` part none of what that headline goes on with (its second clause cut off a shortened title:
    "headline - second" over ``<h1>headline - second clause</h1>`` names no site)."""
    words = normalize(part).split()
    if len(words) < _CUT_HEADLINE_MIN_WORDS:
        return False
    other_words = set(normalize(other).split())
    for headline in headlines:
        if not headline:
            continue
        full = normalize(headline).split()
        if len(full) <= len(words) or full[: len(words)] != words:
            continue
        rest = full[len(words) :]
        # what the headline goes on with holds no separator and no word of the other part
        if any(word in other_words for word in rest) or any(sep.strip() in rest for sep in TITLE_SEPARATORS):
            continue
        return True
    return False


def is_the_headline(part: str, headlines: Iterable[str | None]) -> bool:
    """Whether a ``<title>`` part beside a generic one is the page's headline, not the site's name: two of the
    page's headlines (its ``<h1>`` and trafilatura's title, its og:title) are that part and none is another
    ("أمطار غزيرة تضرب العاصمة | الأخبار" over ``<h1>أمطار غزيرة تضرب العاصمة</h1>``: "الأخبار", a generic word,
    may be the site's name, the headline is none). One alone may be a guess at the ``<title>``'s first part
    (trafilatura's "جريدة الوطن" in "جريدة الوطن - تفاصيل الخبر"), and a page whose headline is another names
    its site in that part."""
    folded = normalize(part)
    same = 0
    for headline in headlines:
        if not headline:
            continue
        if normalize(headline) != folded:
            return False
        same += 1
    return same >= 2


def _holds_headline(run: list[str], folded: set[str]) -> bool:
    """Whether a run of ``<title>`` parts is one of the ``folded`` headlines, or one part that is one and a section's
    label after a dash ("headline - المغرب | Site", ``without_section``)."""
    if normalize(" ".join(run)) in folded:
        return True
    return len(run) == 1 and (cut := without_section(run[0])) != run[0] and normalize(cut) in folded


_SECTION_DASH: Final = re.compile(r"\s+[-–—]\s+")
_SECTION_WORDS: Final = 2
_SECTIONED_HEADLINE_WORDS: Final = 4
_LETTER_WORD: Final = re.compile(r"[^\W\d_]+")


def without_section(part: str) -> str:
    """A ``<title>`` part without the section's label a dash sets after its headline, as "headline - section |
    site" writes it ("عودة القطار السريع بين المدينتين - المغرب" gives "عودة القطار السريع بين المدينتين"): a label of
    one or two words of letters after a headline of four words or more, one dash between them. Any other part is
    given back as it is ("مصر - السودان: اتفاق …", "الأهلي يفوز 2 - 1")."""
    pieces = _SECTION_DASH.split(part.strip())
    if len(pieces) != 2:
        return part
    head, label = pieces
    words = label.split()
    if not 1 <= len(words) <= _SECTION_WORDS or not all(map(_LETTER_WORD.fullmatch, words)):
        return part
    return head if len(head.split()) >= _SECTIONED_HEADLINE_WORDS else part


_TAGLINE_WORDS: Final = 3
_TAGLINE_LONG_WORDS: Final = 5
_CONJUNCTIONS: Final = frozenset({"و", "and", "&"})


def is_tagline(text: str) -> bool:
    """Whether a ``<title>`` part is a site's tagline rather than its name or a section's: three words or more
    joined by "و" or "and" ("أخبار المغرب والعالم", "News and views"), or five words or more ("كل الأخبار على مدار
    الساعة")."""
    words = text.split()
    if len(words) >= _TAGLINE_LONG_WORDS:
        return True
    if len(words) < _TAGLINE_WORDS:
        return False
    return any(word.lower() in _CONJUNCTIONS or word.startswith("وال") for word in words[1:])


def _is_name(text: str) -> bool:
    return 0 < len(text) <= _SITE_MAX_CHARS and len(text.split()) <= _SITE_MAX_WORDS and any(c.isalpha() for c in text)


def _own_text(element: HtmlElement) -> str:
    """The text of an element outside its child elements."""
    return (element.text or "") + "".join(child.tail or "" for child in element)


def _short_texts(root: HtmlElement) -> Iterator[str]:
    """Texts of elements whose own text holds a byline word, in document order (navigation aside)."""
    for element in root.iter(*_BYLINE_TAGS):
        own = _own_text(element)
        if _BYLINE_WORDS.search(own) is None:
            continue
        if any(ancestor.tag in ("nav", "header", "footer", "aside") for ancestor in element.iterancestors()):
            continue
        yield sanitize_line(element.text_content())


def body_byline(root: HtmlElement) -> str | None:
    """The author named in a byline in the page's text ("كتب: محمود عبد الله"), or None.

    Read when neither the meta tags nor trafilatura name an author. Only the end of a short element's
    own text counts ("نشر في 3 يناير 2024 - كتب: محمود عبد الله"), so a sentence that mentions a writer
    is not taken for a byline.
    """
    for text in _short_texts(root):
        if len(text) > _BYLINE_MAX_CHARS:
            continue
        # "بقلم فاطمة العلي · نُشر في 30 نوفمبر 2026": the byline may be one part of a meta line.
        for part in (text, *_meta_parts(text)[:-1]) if _META_PARTS.search(text) else (text,):
            name = _byline_at_end(part) or _byline_at_end(_cut_job_title(part))
            if name is not None and not place_named(name):
                return name  # "By Jane Roe, Local Democracy Reporter": the name without the title
            if name is not None:
                break  # "Par Casablanca — Publié le …": a dateline's city, no writer
    return None


_META_PARTS: Final = re.compile(r"\s+[·•|]\s+|\s+[-–—]\s+(?=\D*\d)")
"""What separates the parts of a meta line: a dot, a bar, or a dash before a part with a number."""
_META_SEPARATORS: Final = re.compile(rf"({_META_PARTS.pattern})")
_TIME_OF_DAY: Final = re.compile(r"[0-9٠-٩]{1,2}\s*[:：][0-9٠-٩]{2}(?![0-9٠-٩])")


def _meta_parts(text: str) -> list[str]:
    """A meta line's parts (``_META_PARTS``), a time of day after a dash, a bar or a dot kept with the part before
    it when that part has a number, its date's ("الاثنين 24 نوفمبر 2026 - 07:30 ص" and "29 نوفمبر 2026 | 10:30 م"
    are one part; "بقلم فلان - 24 نوفمبر 2026" two)."""
    pieces = _META_SEPARATORS.split(text)
    parts = [pieces[0]]
    for separator, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if _TIME_OF_DAY.match(piece) and has_digit(parts[-1]):
            parts[-1] += separator + piece
        else:
            parts.append(piece)
    return parts


_DATE_HINTS: Final = ("date", "time", "publish", "posted", "meta", "byline", "dateline")
"""Words in the class, id or itemprop of an element that holds a page's date as text."""
_DATE_NAMES: Final = frozenset(
    "date dates time dateline datetime pubdate postdate datepublished published publish posted timestamp"
    " publishdate publishtime".split()
)
"""Whole words of a class, id or itemprop that name an element for a date ("post-date", "entry_date",
"datePublished"), not a meta line's or a byline's, nor a word that holds "date" ("update", "candidate")."""
_NAME_WORDS_SPLIT: Final = re.compile(r"[\s_-]+")
_CAMEL_HUMP: Final = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
"""Where a camel-cased name's next word starts ("postDate", "PostDate", "datePublished")."""
_DATE_HINT: Final = re.compile("|".join(_DATE_HINTS), re.IGNORECASE | re.ASCII)
"""A ``_DATE_HINTS`` word in any case ("postDate", "Post-Meta", "TIMESTAMP")."""
_DATE_ELEMENTS: Final = 24
"""Such elements looked at, in document order."""


def body_dateline(root: HtmlElement) -> str | None:
    """The ISO date of a dateline shown as text in the page's markup ("الأحد 29 نوفمبر 2026 - 10:30 ص"
    in a ``<div class="date">``, "نُشر في 30 نوفمبر 2026" after a byline in a ``post-meta``), or None.

    Read when the meta tags, JSON-LD and trafilatura give no date. Only a short ``<time>`` (trafilatura
    reads its ``datetime``, not its text) or element whose class, id or itemprop speaks of a date, time or
    meta line counts, and only a part of its text that is a date and nothing else (``dateline_kind``), so a
    headline with a date in it is no dateline. In an element named for a date ("post-date", a ``<time>``)
    a place before its date ("الرباط في 24 نونبر 2026") counts too.
    """
    return next((day for _, day in _marked_datelines(root)), None)


def marked_dateline(root: HtmlElement, text: str) -> str | None:
    """The ISO date of ``text`` when it is all of an element's text that ``body_dateline`` reads a date
    from (a ``<div class="post-date">`` beside the story's text, which a paragraph repeats), else None."""
    return next((day for whole, day in _marked_datelines(root) if whole == text), None)


def _marked_datelines(root: HtmlElement) -> Iterator[tuple[str, str]]:
    """``(the element's text, ISO date)`` of each element ``body_dateline`` reads a date from, in order.

    An element of parts is also read with its parts a space apart, as a browser's styles set them (``<span>نشر
    في</span><span>29 نوفمبر 2026</span>``, whose text runs "في29" together): its date is given with both texts."""
    for element in _date_elements(root):
        if any(ancestor.tag in ("nav", "footer", "aside") for ancestor in element.iterancestors()):
            continue
        text = sanitize_line(element.text_content())
        if not text or len(text) > _BYLINE_MAX_CHARS:
            continue
        enough = ("sure", "maybe") if _named_for_a_date(element) else ("sure",)
        spaced = sanitize_line(" ".join(element.itertext())) if len(element) else text
        for whole in dict.fromkeys((text, spaced)):
            if (day := _dateline_day(whole, enough)) is not None:
                yield from ((text, day), (spaced, day)) if spaced != text else ((text, day),)
                break


def _dateline_day(text: str, enough: tuple[str, ...]) -> str | None:
    """The ISO date of ``text`` or of a part of it (``_meta_parts``) that is a dateline of a kind in ``enough``."""
    from newstui.parse.plaintext_dates import dateline_kind, iso_date

    for part in (text, *_meta_parts(text)):
        if dateline_kind(part) in enough and (day := iso_date(part)) is not None:
            return day
        french = _FRENCH_DATELINE.fullmatch(part) if "h" in part or "H" in part or "le" in part else None
        if french is not None:
            clock = f" - {french['hour']}:{french['minute'] or '00'}" if french["hour"] else ""
            part = f"{french['date']}{clock}"
            if dateline_kind(part) in enough and (day := iso_date(part)) is not None:
                return day
    return None


_FRENCH_DATELINE: Final = re.compile(
    r"(?:(?:publi[ée]e?|post[ée]e?|mis en ligne)\s+(?:le\s+)?|le\s+)?(?P<date>[0-9][0-9./-]+[0-9])"
    r"(?:\s*(?:,|à|a|-|–)?\s*(?P<hour>[0-9]{1,2})\s*[hH:]\s*(?P<minute>[0-9]{2})?)?",
    re.IGNORECASE,
)
"""A French dateline of a Maghreb page, its date in figures: "Publié le 28/11/2026 à 10h30", "le 28/11/2026",
"28/11/2026 à 10h", read as "28/11/2026 - 10:30" is (an update's, "Mis à jour le …", is none)."""


def _date_elements(root: HtmlElement) -> list[HtmlElement]:
    """The first ``_DATE_ELEMENTS`` elements that are a ``<time>`` or whose class, id or itemprop holds a
    ``_DATE_HINT``, in document order, but a list's (``_listed_dates``: cards' ``<time>``s, a timeline's dates)."""
    found: list[HtmlElement] = []
    for element in root.iter():
        if element.tag == "time" or (isinstance(element.tag, str) and _hinted(element)):
            found.append(element)
            if len(found) == _DATE_ELEMENTS:
                break
    listed = _listed_dates(found)
    return [element for element in found if element not in listed] if listed else found


def _hinted(element: HtmlElement) -> bool:
    """Whether an element's class, id or itemprop holds a ``_DATE_HINT``."""
    return any(_DATE_HINT.search(element.get(name) or "") for name in ("class", "id", "itemprop"))


def _card_times(elements: list[HtmlElement]) -> set[HtmlElement]:
    """The bare ``<time>`` elements (no date word in their own class, id or itemprop) that stand in like
    wrappers, two or more of the same tag and class (``<div class="card"><a>…</a><time>…</time></div>``
    over and over): other stories' dates in a list of cards, not the page's."""

    def key(element: HtmlElement) -> tuple[str, str] | None:
        parent = element.getparent()
        return None if parent is None else (str(parent.tag), parent.get("class") or "")

    bare = [element for element in elements if element.tag == "time" and not _hinted(element)]
    wrappers: dict[tuple[str, str] | None, set[HtmlElement]] = {}
    for element in bare:
        wrappers.setdefault(key(element), set()).add(element.getparent())
    return {element for element in bare if key(element) is not None and len(wrappers[key(element)]) >= 2}


_LIST_DATES_APART: Final = frozenset("p div ul ol li h2 h3 h4 h5 h6 blockquote figure table section article".split())
"""What stands between two dates of one wrapper that are a timeline's, each over its event (``<div
class="timelineDate">…</div><p>…</p><div class="timelineDate">…</div>``), not a byline's two dates."""


def _listed_dates(elements: list[HtmlElement]) -> set[HtmlElement]:
    """The date elements among ``elements`` that are a list's, other stories' or events' dates, not the
    page's: a list of cards' bare ``<time>`` elements (``_card_times``) and like-named hinted ones
    (``_date_runs``)."""
    return _card_times(elements) | _date_runs(elements)


def _date_runs(elements: list[HtmlElement]) -> set[HtmlElement]:
    """The hinted date elements (a ``_DATE_HINT`` in their class, id or itemprop) that stand two or more,
    of the same tag and class, in wrappers of the same tag and class, and list dates (``_lists_dates``):
    a timeline's ``<div class="timelineDate">``, the ``<span class="event-date">`` of each event's
    paragraph, the ``<time class="date">`` of each card."""
    groups: dict[tuple[str, str, str, str], list[HtmlElement]] = {}
    for element in elements:
        parent = element.getparent()
        if parent is None or not _hinted(element):
            continue
        key = (str(element.tag), element.get("class") or "", str(parent.tag), parent.get("class") or "")
        groups.setdefault(key, []).append(element)
    listed: set[HtmlElement] = set()
    for group in groups.values():
        if len(group) < 2:
            continue
        cards = _card_dates(group)
        rest = [element for element in group if element not in cards] if cards else group
        listed |= cards
        if len(rest) >= 2 and _lists_dates(rest):
            listed.update(rest)
    return listed


def _card_dates(group: list[HtmlElement]) -> set[HtmlElement]:
    """The like-named date elements that stand in story cards (``html_links.is_card``: a short block that begins
    with its linked headline), as the element's parent or grandparent, two cards or more of the same tag and
    class (``<div class="card"><h3><a>…</a></h3><div class="meta"><span class="date">…</span></div></div>`` over
    and over). They are other stories' dates even when they all show one day; a byline's like-built date
    (``<article><h1>…</h1><div class="meta"><span class="date">``) stands in no card and is not one of them."""
    from newstui.parse.html_links import is_card

    cards: dict[tuple[str, str], set[HtmlElement]] = {}
    members: dict[tuple[str, str], list[HtmlElement]] = {}
    for element in group:
        parent = element.getparent()
        grandparent = parent.getparent() if parent is not None else None
        card = next((block for block in (parent, grandparent) if block is not None and is_card(block)), None)
        if card is None:
            continue
        key = (str(card.tag), card.get("class") or "")
        cards.setdefault(key, set()).add(card)
        members.setdefault(key, []).append(element)
    return {element for key, found in members.items() if len(cards[key]) >= 2 for element in found}


def _date_text(element: HtmlElement) -> str:
    """What date an element shows: its ``datetime``, else its text, its spaces folded."""
    return " ".join((element.get("datetime") or element.text_content()).split())


def _lists_dates(group: list[HtmlElement]) -> bool:
    """Whether like-named date elements are a list of dates: in one wrapper, with an event's block between
    two of them (a byline's "published" and "updated" stand side by side); in several, two dates or more
    (a page's own date repeated under its story is one date)."""
    if len({element.getparent() for element in group}) > 1:
        return len({_date_text(element) for element in group}) >= 2
    return any(_apart(first, second) for first, second in itertools.pairwise(group))


def _apart(first: HtmlElement, second: HtmlElement) -> bool:
    """Whether a block with text (``_LIST_DATES_APART``) stands between two sibling elements."""
    for sibling in first.itersiblings():
        if sibling is second:
            return False
        if sibling.tag in _LIST_DATES_APART and sibling.text_content().strip():
            return True
    return False


def page_day(root: HtmlElement, day: str, url: str | None = None) -> str | None:
    """``day`` (ISO), the extractor's date of the page, unless it is only a list's date (``_listed_dates``:
    cards in a sidebar, a timeline's events, which its date search takes too, the oldest first): a list's
    element shows it, and no other date element, ``<meta>``, JSON-LD or the page's address does. Then the
    day of the first other ``<time datetime>`` (a byline's), else None."""
    found = [
        element
        for element in root.iter()
        if element.tag == "time" or (isinstance(element.tag, str) and _hinted(element))
    ]
    listed = _listed_dates(found)
    if not any(_shows(element, day) for element in listed):
        return day
    own = [element for element in found if element not in listed]
    if any(_shows(element, day) for element in own) or _declares(root, day, url):
        return day
    return next(filter(None, map(_datetime_day, own)), None)


_ISO_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _datetime_day(element: HtmlElement) -> str | None:
    """The ISO day a ``<time datetime>`` gives, or None."""
    value = (element.get("datetime") or "").strip()[:10] if element.tag == "time" else ""
    return value if _ISO_DAY.fullmatch(value) else None


def _shows(element: HtmlElement, day: str) -> bool:
    """Whether a date element's ``datetime`` or short text gives ``day`` (ISO)."""
    from newstui.parse.plaintext_dates import iso_date

    if (element.get("datetime") or "").strip()[:10] == day:
        return True
    text = sanitize_line(element.text_content())
    return 0 < len(text) <= _BYLINE_MAX_CHARS and (iso_date(text) or "")[:10] == day


_URL_DAY: Final = re.compile(r"(?<![0-9])([0-9]{4})[/_.-]?([0-9]{2})[/_.-]?([0-9]{2})(?![0-9])")


def _declares(root: HtmlElement, day: str, url: str | None) -> bool:
    """Whether a ``<meta>``'s content, a JSON-LD block or the page's address gives ``day`` (ISO)."""
    if any((element.get("content") or "").strip()[:10] == day for element in root.iter("meta")):
        return True
    if any(day in (element.text or "") for element in root.iter("script")):
        return True
    return url is not None and any("-".join(found.groups()) == day for found in _URL_DAY.finditer(url))


def _named_for_a_date(element: HtmlElement) -> bool:
    """Whether an element's class, id or itemprop has a word of ``_DATE_NAMES`` in any case ("post-date",
    "datePublished", "postDate", "PostDate", "post-Date"), its camel-cased words apart or run together; a
    ``<time>`` is named for one."""
    if element.tag == "time":
        return True
    for name in ("class", "id", "itemprop"):
        value = element.get(name) or ""
        for written in (value, _CAMEL_HUMP.sub(" ", value)):
            if any(word in _DATE_NAMES for word in _NAME_WORDS_SPLIT.split(written.lower())):
                return True
    return False


def _values(data: Any, key: str, depth: int = 0) -> Iterator[str]:
    """The ``key`` values (strings) of a JSON-LD object, its ``@graph`` and lists, in order."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _values(item, key, depth + 1)
    elif isinstance(data, dict):
        value = data.get(key)
        if isinstance(value, str):
            yield value
        yield from _values(data.get("@graph"), key, depth + 1)


def _jsonld_data(root: HtmlElement, needle: str) -> Iterator[Any]:
    """The page's JSON-LD (``application/ld+json`` scripts) that holds ``needle``, parsed, in order."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = script.text or ""
        if needle not in text or len(text) > _JSONLD_CHARS:
            continue
        try:
            yield json.loads(text)
        except ValueError:
            continue


def _jsonld(root: HtmlElement, key: str) -> Iterator[str]:
    """The ``key`` values of the page's JSON-LD (``application/ld+json`` scripts), in order, as written."""
    for data in _jsonld_data(root, key):
        yield from _values(data, key)


def jsonld_publisher(root: HtmlElement) -> str | None:
    """The first ``publisher.name`` of the page's JSON-LD as written (control characters and all: the caller
    sanitizes it), or None."""
    for data in _jsonld_data(root, "publisher"):
        for owner in _publishers(data):
            name = owner.get("name")
            if isinstance(name, str) and name.strip():
                return name
    return None


def _publishers(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """The ``publisher`` objects of a JSON-LD object, its ``@graph`` and lists, in order."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _publishers(item, depth + 1)
    elif isinstance(data, dict):
        value = data.get("publisher")
        for one in value if isinstance(value, list) else [value]:
            if isinstance(one, dict):
                yield one
        yield from _publishers(data.get("@graph"), depth + 1)


def jsonld_published(root: HtmlElement) -> list[str]:
    """The ``datePublished`` values of the page's JSON-LD (``application/ld+json`` scripts), in order; with
    none, a video page's ``uploadDate`` (its ``VideoObject``, alone or in a ``@graph``, with no story's object
    beside it: not the date of a video a story embeds).

    They are read for the time of day they carry (trafilatura gives the date alone).
    """
    found = [sanitize_line(value) for value in _jsonld(root, "datePublished")]
    if found:
        return found
    for data in _jsonld_data(root, "uploadDate"):
        if next(_stories(data), None) is not None:
            continue
        for video in _jsonld_objects(data, lambda kind: kind.strip() == "VideoObject"):
            if isinstance(value := video.get("uploadDate"), str) and value.strip():
                found.append(sanitize_line(value))
    return found


def jsonld_keywords(root: HtmlElement) -> list[str]:
    """The ``keywords`` of the page's JSON-LD story objects (``NewsArticle`` …, in a ``@graph`` too), each a list
    of words or one string of them parted by commas, as written; a ``WebSite``'s are not the story's."""
    found: list[str] = []
    for data in _jsonld_data(root, "keywords"):
        for story in _stories(data):
            value = story.get("keywords")
            values = value if isinstance(value, list) else [value]
            found.extend(item for item in values if isinstance(item, str) and item.strip())
    return found


_ARTICLE_TYPES: Final = re.compile(r"(?:\w*Article|\w*BlogPosting|Report)", re.ASCII)
"""JSON-LD types of a story ("NewsArticle", "ReportageNewsArticle", "BlogPosting"), not a "WebSite"."""
_URL_KEYS: Final = ("mainEntityOfPage", "url")
"""A story object's keys for its page's address; not its ``@id``, often the page's with ``#article``."""


def jsonld_urls(root: HtmlElement) -> list[str]:
    """The addresses the page's JSON-LD story objects give themselves, as written, surest first in each:
    ``mainEntityOfPage`` (a string, or an object's ``@id`` or ``url``), then ``url``.

    Only a story's object counts (``NewsArticle``, ``BlogPosting`` …, in a ``@graph`` too): a ``WebSite``'s
    ``url`` is the site's home page. The caller keeps only an absolute http(s) one.
    """
    found: list[str] = []
    for data in _jsonld_data(root, "@type"):
        for story in _stories(data):
            for key in _URL_KEYS:
                value = story.get(key)
                if isinstance(value, dict):
                    value = value.get("@id") or value.get("url")
                if isinstance(value, str) and value.strip():
                    found.append(sanitize_line(value))
    return found


def _jsonld_objects(
    data: Any, is_wanted: Callable[[str], bool], keys: tuple[str, ...] = ("@graph",), depth: int = 0
) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD value (itself, its lists, and what its ``keys`` hold, four levels deep at most)
    one of whose ``@type`` names ``is_wanted``."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_objects(item, is_wanted, keys, depth + 1)
    elif isinstance(data, dict):
        kinds = data.get("@type")
        if any(isinstance(kind, str) and is_wanted(kind) for kind in (kinds if isinstance(kinds, list) else [kinds])):
            yield data
        for key in keys:
            yield from _jsonld_objects(data.get(key), is_wanted, keys, depth + 1)


def _stories(data: Any) -> Iterator[dict[str, Any]]:
    """The JSON-LD objects whose ``@type`` is a story's (``_ARTICLE_TYPES``), in a list or ``@graph`` too."""
    return _jsonld_objects(data, lambda kind: _ARTICLE_TYPES.fullmatch(kind.strip()) is not None)


_BLANK_LINES: Final = re.compile(r"\n[^\S\n]*\n\s*")


def jsonld_paragraphs(root: HtmlElement, text: str) -> list[str] | None:
    """The paragraphs of the JSON-LD ``articleBody`` that ``text`` is (trafilatura gives its paragraphs as
    one, their line breaks made spaces), or None when no articleBody is that text or it is one paragraph.

    Paragraphs are separated by a blank line, else (when there is none) by a line break; a body written in
    HTML (``<p>…</p><p>…</p>``, ``…<br><br>…``) by its block tags and line breaks, its other tags left out.
    """
    folded = sanitize_line(text)
    for body in _jsonld(root, "articleBody"):
        if "<" in body and _BODY_MARKUP.search(body) and not (_BLANK_LINES.search(body) and not _CLOSED.search(body)):
            # (a body of blank-line paragraphs with no closing tag is text that names a tag: "… <li> …")
            pieces = _BODY_BREAKS.split(body)
            paragraphs = [line for piece in pieces if (line := sanitize_line(_html.unescape(_TAG.sub("", piece))))]
            if len(paragraphs) > 1 and _spaceless(" ".join(paragraphs)) == _spaceless(folded):
                return paragraphs
            continue
        pieces = _BLANK_LINES.split(body) if _BLANK_LINES.search(body) else body.split("\n")
        paragraphs = [line for line in map(sanitize_line, pieces) if line]
        joined = " ".join(paragraphs)
        if len(paragraphs) > 1 and (joined == folded or _spaceless(_TAG.sub("", joined)) == _spaceless(folded)):
            return paragraphs  # (a tag the text names, "<li>", which the extractor's text lost, as written)
    return None


_BODY_MARKUP: Final = re.compile(r"<(?:p|br|div|h[1-6]|li|blockquote)\b[^<>]*>", re.IGNORECASE)
"""A block tag or a line break in a JSON-LD articleBody written in HTML."""
_BODY_BREAKS: Final = re.compile(
    r"\s*(?:</?(?:p|br|div|h[1-6]|li|ul|ol|blockquote)\b[^<>]*>\s*)+|\n[^\S\n]*\n\s*", re.IGNORECASE
)
"""Where an HTML articleBody parts into paragraphs: its block tags and line breaks, or a blank line."""
_TAG: Final = re.compile(r"<[^<>]*>")
_CLOSED: Final = re.compile(r"</(?:p|div|h[1-6]|li|ul|ol|blockquote)\s*>", re.IGNORECASE)
"""A block's closing tag: an articleBody holding one is written in HTML."""


def _spaceless(text: str) -> str:
    """``text`` without its white space: an inline tag left out may have stood between two words or in one."""
    return "".join(text.split())


_BY_LINE: Final = re.compile(
    r"^(?:(?P<date>.{6,60}?)\s*[,|·•-]?\s+)?by\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:\s*[,|·•-]\s*(?P<after>.{2,60}))?$",
    re.IGNORECASE,
)
"""An English byline line: "By Ann Miller", "Posted April 2, 2024 by Ann Miller", "By Ann Miller | April 2, 2024"."""
_BYLINE_LINE_CHARS: Final = 100
_LABELLED_BYLINE: Final = re.compile(r"Author,\s+(?P<name>[^\s\d,،][^\d]{1,60}?)\s*")
"""A byline under the label BBC pages give it for screen readers ("Author, سامي عبد الله"); its job or desk
comes under it as "Role, بي بي سي نيوز عربي" (``_ROLE_LINE``)."""
_ROLE_LINE: Final = re.compile(r"Role,\s+[^\d]{2,60}")
"""A byline's job or desk under the label BBC pages give it ("Role, بي بي سي نيوز عربي"): no text, no writer."""


def _labelled_byline(found: re.Match[str]) -> tuple[str | None, str | None] | None:
    """The writer of an ``Author, …`` line (a name of a few words), None for one that is no name."""
    name = found.group("name")
    if _name_words(name) > _BYLINE_MAX_WORDS or any(mark in name for mark in ".:؛;!?؟"):
        return None
    return name, None


def byline_line(text: str) -> tuple[str | None, str | None] | None:
    """The author and the ISO date of a byline or dateline paragraph, or None when it is not one.

    "الثلاثاء 12 مارس 2024" gives ``(None, "2024-03-12")``; "Posted April 2, 2024 by Ann Miller" gives
    ``("Ann Miller", "2024-04-02")``; "By Ann Miller" gives ``("Ann Miller", None)``. A line with other
    words beside the date or the name ("Exports rose 5% in October") is not one.
    """
    from newstui.parse.plaintext_dates import dateline_kind, iso_date

    if len(text) > _BYLINE_LINE_CHARS:
        return None
    if dateline_kind(text) == "sure":
        return None, iso_date(text)
    if text.startswith("Author,") and (labelled := _LABELLED_BYLINE.fullmatch(text)) is not None:
        return _labelled_byline(labelled)
    found = _BY_LINE.match(text.strip())
    if found is None:
        return _arabic_byline_line(text) or _byline_and_french_stamp(text)
    name = found.group("name")
    if not name[0].isupper():
        return None
    after = found.group("after")
    if after and (more := _titled_names(after)) is not None:
        return ", ".join([name, *more]), None  # "By Jane Roe, Political Editor, and Bob Stone"
    if after and is_job_title(after):
        after = None  # "By Jane Roe, Local Democracy Reporter"
    elif after and (more := _further_names(_COMMAS.split(after.strip()))) is not None:
        return ", ".join([name, *more]), None  # "By Jane Roe, Tom Lane", "By Jane Roe, Reuters"
    dated = [part for part in (found.group("date"), after) if part]
    day: str | None = None
    for part in dated:
        if dateline_kind(part) != "sure":
            return None
        day = iso_date(part)
    return name, day


_STAMP_SPLIT: Final = re.compile(r"\s+[-–—|·•]\s+")
"""Where a byline line's name ends and the page's stamp after it begins ("Par فلان — Publié le …")."""
_FRENCH_STAMP_START: Final = re.compile(r"(?:publi[ée]e?|post[ée]e?|mis en ligne)\s", re.IGNORECASE)
_LATIN_PLACES: Final = frozenset(
    place.replace("_", " ").casefold()
    for place in (
        "Casablanca Rabat Salé Sale Tanger Tétouan Tetouan Fès Fes Meknès Meknes Marrakech Agadir Oujda Kénitra"
        " Kenitra Nador Laâyoune Laayoune Dakhla Essaouira El_Jadida Al_Hoceima Settat Safi Béni_Mellal Alger Oran"
        " Constantine Annaba Tunis Sfax Sousse Nouakchott Tripoli Benghazi Le_Caire Beyrouth Damas Amman Bagdad"
        " Riyad Djeddah Dubaï Dubai Doha Koweït Mascate Jérusalem Gaza Ramallah Paris Bruxelles Genève Madrid"
        " Londres Washington Moscou Pékin"
    ).split()
)
"""Cities a French byline line may name in a name's place ("Par Casablanca — Publié le …": a dateline's city, no
writer), as a Maghreb page writes them in Latin letters (``plaintext_credits`` knows the Arabic ones)."""


def place_named(name: str) -> bool:
    """Whether a byline's name is a city one knows ("Casablanca", "الدار البيضاء"), no writer's."""
    from newstui.parse.plaintext_credits import opens_on_city

    return name.casefold() in _LATIN_PLACES or opens_on_city(name) == name


def _byline_and_french_stamp(text: str) -> tuple[str | None, str | None] | None:
    """A byline and a French stamp after a dash, bar or dot ("Par يوسف بنعلي — Publié le 28/11/2026 à 10h30"): the
    name and the stamp's ISO date and time; a city in the name's place is none (``place_named``: "Par Casablanca —
    Publié le …" is a dateline). None when the line is anything else (an update's stamp, "Mis à jour le …")."""
    if "ubli" not in text and "ost" not in text and "ligne" not in text:
        return None  # (most lines: one look)
    parts = _STAMP_SPLIT.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or _FRENCH_STAMP_START.match(parts[1]) is None:
        return None
    day = _dateline_day(parts[1], ("sure",))
    if day is None or _FRENCH_DATELINE.fullmatch(parts[1]) is None:
        return None
    found = byline_line(parts[0])
    if found is None or found[0] is None or found[1] is not None:
        return None
    return (None if place_named(found[0]) else found[0]), day


_COMMAS: Final = re.compile(r"\s*,\s*")
_AND_NAME: Final = re.compile(r"(?:and|&)\s+(?P<name>.+)")
_LATIN_NAME: Final = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")


def _titled_names(after: str) -> list[str] | None:
    """The further writers in what follows a byline's first name and comma, when that is job titles and
    names: "Political Editor, and Bob Stone" gives ``["Bob Stone"]``, "Political Editor, Bob Stone, Health
    Correspondent" too. A name is one that "and" introduces, or one a job title follows; None when there
    is no job title, or a part is neither ("Senior Correspondent, Cairo": the title's place, as before)."""
    parts = _COMMAS.split(after.strip())
    names: list[str] = []
    titled = False
    for index, part in enumerate(parts):
        if is_job_title(part):
            titled = True
            continue
        joined = _AND_NAME.fullmatch(part)
        if joined is not None and _LATIN_NAME.fullmatch(joined.group("name")):
            names.append(joined.group("name"))
        elif index + 1 < len(parts) and is_job_title(parts[index + 1]) and _LATIN_NAME.fullmatch(part):
            names.append(part)
        else:
            return None
    return names if titled and names else None


_LISTED: Final = re.compile(r"\s*[,،]\s*")
_ARABIC_NAME: Final = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+(?:\s+[\u0621-\u064a\u0640\u064b-\u0652]+){1,3}")
"""Two to four Arabic words, nothing else: a second writer's name after a byline's comma ("ليلى ناصر")."""
_AGENCY_NAMES: Final = frozenset(
    normalize(name)
    for name in (
        "Associated Press", "Agence France-Presse", "Agence France Presse", "France Presse", "Press Association",
        "فرانس برس", "فرانس بريس", "أسوشيتد برس", "اسوشيتد برس", "أسوشييتد برس", "الأسوشيتد برس", "وكالات الأنباء",
    )
)  # fmt: skip
"""News agencies of more than one word, which ``plaintext_dates.is_agency`` does not know (folded)."""
_AGENCY_WORDS: Final = (normalize("وكالة") + " ", normalize("وكالات") + " ")


def is_news_agency(text: str) -> bool:
    """Whether ``text`` names a news agency: "Reuters", "AFP", "أ ف ب", "رويترز", "Associated Press",
    "فرانس برس", "وكالة الأنباء الأردنية", "Xinhua News Agency"."""
    from newstui.parse.plaintext_dates import is_agency

    folded = normalize(text)
    if folded in _AGENCY_NAMES or folded.startswith(_AGENCY_WORDS) or folded.endswith(" news agency"):
        return True
    if text.isascii() and (" " in text.strip() or "." in text):
        return False  # Latin initials are a name's ("J. R."); "AFP", "Reuters" are one word
    return is_agency(text)


_PLACE_STARTS: Final = frozenset("new los las san santa hong abu tel saint st sao rio buenos kuala cape".split())
"""First words of two-word places that a byline's comma may set off ("By Jane Roe, New York"): no name."""


def _further_names(parts: list[str]) -> list[str] | None:
    """What follows a byline's first name and comma when it is more writers or a news agency: a Latin name of
    two to four capitalised words ("Tom Lane", "and Tom Lane"), an Arabic one of two to four words ("ليلى
    ناصر"), an agency ("Reuters", "رويترز"); a job title between them is left out. None when a part is
    none of these ("Cairo", "القاهرة", a date: not a list of writers)."""
    found: list[str] = []
    for part in parts:
        joined = _AND_NAME.fullmatch(part)
        name = joined.group("name") if joined is not None else part
        if is_news_agency(name) or (
            len(name.split()) >= 2
            and (_LATIN_NAME.fullmatch(name) or _ARABIC_NAME.fullmatch(name))
            and name.split()[0].lower() not in _PLACE_STARTS
        ):
            found.append(name)
        elif not is_job_title(part):
            return None
    return found or None


def split_agency(author: str) -> tuple[str, str | None]:
    """An author value without the news agencies after its last commas or semicolons, and those agencies:
    "Jane Roe, Reuters" and trafilatura's "Jane Roe; Reuters" give ``("Jane Roe", "Reuters")``, "سامي
    الحداد، رويترز" ``("سامي الحداد", "رويترز")``, "John Smith, AP, AFP" ``("John Smith", "AP / AFP")``; any
    other value ``(author, None)``."""
    agencies: list[str] = []
    head = author
    while any(mark in head for mark in ",،;؛"):  # most authors: one name
        last = None
        for found in _NAME_PARTS.finditer(head):
            last = found
        rest, tail = (head[: last.start()].strip(), head[last.end() :].strip()) if last else ("", "")
        if not rest or not is_news_agency(tail):
            break
        head = rest
        agencies.insert(0, tail)
    return (head, " / ".join(agencies)) if agencies else (author, None)


def _listed_byline(text: str) -> str | None:
    """The writers of a byline that lists them after commas ("بقلم سامي الحداد، ليلى ناصر", "بقلم سامي
    الحداد، رويترز"), joined by ", ", else None."""
    first, *rest = _LISTED.split(text.strip())
    if not rest or (name := _arabic_byline(first)) is None or (more := _further_names(rest)) is None:
        return None
    return ("، " if has_rtl_letters(name) else ", ").join([name, *more])


def _arabic_byline(text: str) -> str | None:
    """The name on a line that is an Arabic byline and nothing else ("كتب: أحمد علي", "بقلم سارة علي"), or None.

    ``_BYLINE`` from the line's start: a marker (``كتب``, ``الكاتب``, ``إعداد`` before a colon or a
    dash, ``بقلم`` with or without one), then a name of a few words without digits or punctuation, so
    a sentence that starts with "كتب" ("كتب الرئيس رسالة إلى البرلمان.") is none.
    """
    from newstui.parse.bylines import byline_parts, closing_colon, untitled_byline

    text = untitled_byline(text.strip())  # "بقلم الكاتب الصحفي: فلان": the writer's title is no part of the name
    if text.endswith((":", "：")) and (parts := byline_parts(text)) is not None and closing_colon(*parts):
        text = text[:-1].rstrip()  # "كتب - محمود عبد الرحيم:": the colon closes the byline
    return _byline_at_end(text, start=True)


def _arabic_byline_line(text: str) -> tuple[str | None, str | None] | None:
    """``byline_line`` for an Arabic byline: ``(name, None)``, or ``(name, date)`` for a byline and a
    dateline in one meta line, in either order ("كتب: أحمد علي | 12 مارس 2024", "12 مارس 2024 | كتب: أحمد
    علي"); ``(None, date)`` for a dateline and a desk or job title without a name ("نشر في 2024/03/12 |
    المحرر الرياضي": no person to name); None for any other line."""
    from newstui.parse.bylines import date_after_name, without_crew

    text = without_crew(text)  # "كتبت: سارة حسن - تصوير: مروان علي": the writer's byline
    head, after = date_after_name(text)
    if head != text and (name := _arabic_byline(head)) is not None:
        return name, after  # "كتب: فلان منذ ساعتين", "بواسطة فلان 29 نوفمبر 2026": a date in its own element after it
    name = _arabic_byline(text) or _arabic_byline(_cut_job_title(text)) or _byline_before_place(text)
    if name is None and ("،" in text or "," in text):
        name = _listed_byline(text)
    if name is None:
        name = correspondent_name(text)  # "عمّان: سامي الحوراني": a place and a name, no marker
    if name is not None:
        return name, None  # "بقلم: فلان، مراسل الجزيرة في عمّان" too: the name without the title
    if _META_PARTS.search(text) is None:
        return None
    return _meta_line(text)


def _meta_line(text: str) -> tuple[str | None, str | None] | None:
    """``_arabic_byline_line`` of a meta line of parts (``_meta_parts``): a byline, a desk or a person's name
    ("محمد الأمين | 29 نوفمبر 2026 | 10:30 م"), and a dateline."""
    from newstui.parse.plaintext_credits import bare_name
    from newstui.parse.plaintext_dates import dateline_kind, iso_date

    name: str | None = None
    day: str | None = None
    desk = bare = False
    for part in _meta_parts(text):
        if name is None and not desk and (name := _arabic_byline(part)) is not None:
            continue
        if name is None and not desk and _is_desk(part):
            desk = True
            continue
        if name is None and not desk and (name := bare_name(part)) is not None:
            bare = True  # "محمد الأمين | 29 نوفمبر 2026": a person's name beside the date, without a marker
            continue
        if day is not None or dateline_kind(part) != "sure":
            return None
        day = iso_date(part)
    if (name is None and not desk) or ((desk or bare) and day is None):
        return None
    return name, day


_PLACE_DASH: Final = re.compile(r"\s+[-–—]\s+")


def _byline_before_place(text: str) -> str | None:
    """The name of a byline that a place follows after a spaced dash, as text files write it too ("كتب: سامي
    النجار - القاهرة", "كتب - فلان – القاهرة"), or None."""
    from newstui.parse.plaintext_credits import place_shaped

    parts = _PLACE_DASH.split(text.strip())
    if len(parts) < 2 or not place_shaped(parts[-1]):
        return None
    return _arabic_byline(text[: text.rstrip().rfind(parts[-1])].rstrip(" -–—"))


_CORRESPONDENT_CHARS: Final = 60
_CORRESPONDENT_MARKS: Final = frozenset(":：-–—")
_PLACE_WORDS: Final = 2
"""Most words of a city before a correspondent's name whose colon is lost ("رام الله سامي النجار")."""


def correspondent_name(text: str, *, field: bool = False) -> str | None:
    """The name of a correspondent's line without a byline's marker, as text files read it
    (``plaintext_credits.credit_line``): a known city and a name opening on a first name one knows, around a
    colon or a dash ("عمّان: سامي الحوراني", "القاهرة - سامي النجار"), a correspondent's title and a name
    ("مراسل الموقع: سامي النجار"); in an author field (``field``) also a city and a name whose colon an
    extractor dropped ("عمّان سامي الحوراني", trafilatura's). None for anything else ("غزة: قصف جديد" is a
    headline; "عمّان - مراسل الشرق الأوسط" names no person)."""
    from newstui.parse.bylines import byline_parts
    from newstui.parse.plaintext_credits import credit_line
    from newstui.text.harakat import strip_harakat

    text = text.strip()
    if not text or len(text) > _CORRESPONDENT_CHARS or byline_parts(text) is not None:
        return None
    if not _CORRESPONDENT_MARKS.isdisjoint(text):
        found = credit_line(text)
    elif field:
        words = strip_harakat(text).split()
        if not 3 <= len(words) <= _PLACE_WORDS + 3 or not all(map(str.isalpha, words)):
            return None  # (a city of one or two words and a name of two or three)
        found = None
        for cut in range(1, _PLACE_WORDS + 1):
            found = credit_line(f"{' '.join(words[:cut])}: {' '.join(words[cut:])}")
            if found is not None:
                break
    else:
        return None
    if found is None or found[1] is None or found[2] is not None or _is_desk(found[0]):
        return None
    return found[0]


_DESKS: Final = frozenset(normalize(desk) for desk in EDITORIAL_DESKS)


def is_desk(text: str) -> bool:
    """Whether an author value names a desk or a job title, not a person ("فريق التحرير", "المحرر الرياضي",
    "Staff Writer"): on a page a desk names no person, so a named byline wins over it."""
    return _is_desk(text)


_DESK_WORDS: Final = 5
"""Most words of a desk's or a job title's part of a meta line ("مراسل الموقع في الشمال")."""


def _is_desk(text: str) -> bool:
    """Whether a meta line's part names a desk or a job title, not a person: a desk ("فريق التحرير"), or a
    few words opened by a job's ("المحرر الرياضي", "مراسل الموقع", "Staff Writer"), not a sentence that has
    one ("المحرر يكتب عن …" has more words)."""
    folded = normalize(text)
    words = folded.split()
    if folded in _DESKS:
        return True
    if not words or len(words) > _DESK_WORDS or not is_job_title(text):
        return False
    return any(word in _JOB_WORDS or word.removesuffix("s") in _JOB_WORDS for word in words[:2])


def closing_byline(paragraphs: list[str]) -> str | None:
    """The writer named by an Arabic byline that is the story's last paragraph ("تحرير: فاطمة علي",
    "كتب: أحمد علي"), or None. Only a paragraph that is the byline and nothing else counts
    (``_arabic_byline``); one between two paragraphs of the story is left where it is."""
    if not paragraphs or len(paragraphs[-1]) > _BYLINE_LINE_CHARS:
        return None
    return _arabic_byline(paragraphs[-1])


_CREDIT_WORDS: Final = 10
"""Most words a closing credit line's value has ("المصدر: وكالة الأنباء الأردنية"); more is a sentence."""


def closing_attribution(paragraphs: list[str]) -> tuple[str, int] | None:
    """Who a story is credited to at its end, and how many of its last paragraphs say it, or None.

    The last paragraph is read as the plain-text format reads a line (``plaintext_lines.classify``): a
    short attribution marker line ("المصدر: وكالة الأنباء", "Source: Valley Times") gives its value
    (1 paragraph); a bare marker ("المصدر:") over a short value that is no sentence gives that value
    (2 paragraphs); a known agency alone in brackets or between dashes ("(ومع)", "(أ ف ب)", "- وام -",
    ``plaintext_drafts.closing_agency``) gives the agency (1 paragraph). Only the last paragraphs are
    looked at, so a sentence about a source is text.
    """
    if not paragraphs:
        return None
    if (agency := closing_agency(paragraphs[-1])) is not None:
        return agency, 1
    last = classify(paragraphs[-1])
    if last.marker is MarkerKind.ATTRIBUTION:
        value = last.rest
        if value and len(last.text) <= ATTRIBUTION_VALUE_CHARS and len(value.split()) <= _CREDIT_WORDS:
            return value, 1
        return None
    if len(paragraphs) < 2 or not last.plain or not is_attribution_value(last.text):
        return None
    above = classify(paragraphs[-2])
    if above.marker is MarkerKind.ATTRIBUTION and not above.rest and len(last.text.split()) <= _CREDIT_WORDS:
        return last.text, 2
    return None


_TAG_SPLIT: Final = re.compile(r"[,،;؛|•·]|\s[-–—/]\s|(?<!\S)#")
"""What parts the tags of a page's tag line: a comma, a bar, a dash between spaces, a hashtag's ``#``."""
_TAG_WORDS: Final = 6
_TAG_CHARS: Final = 60
_TAG_LINE_CHARS: Final = 400
_BARE_TAG_WORDS: Final = 3
"""Most words of each tag in a line under a bare label ("الوسوم" over "مياه، وزارة الصحة"): a crosshead's prose
under it has clauses of more."""
_CLAUSE_OPENERS: Final = frozenset(
    normalize(word)
    for word in (
        "أضف", "أضيفوا", "تجنب", "تجنبوا", "اختر", "اختاروا", "استخدم", "استخدموا", "اكتب", "اكتبوا", "ضع", "ضعوا",
        "احرص", "احرصوا", "تأكد", "تأكدوا", "جرب", "ابحث", "لا", "لم", "لن", "مثل", "أو", "ثم", "لكن", "بل", "كما",
        "إذا", "إن", "أن", "التي", "الذي", "الذين", "هذا", "هذه", "هناك", "يجب", "ينبغي", "ينصح", "يمكن", "حتى", "such",
        "like", "use", "add", "avoid", "choose", "or", "and", "but", "then",
    )
)  # fmt: skip
"""Words that open a clause, never a tag (an imperative, a conjunction, a relative: "أضف وسوما …", "مثل اسم
المدينة", "وتجنب الوسوم العامة"), a ``و`` before them too."""


def closing_tags(paragraphs: list[str]) -> tuple[tuple[str, ...], int] | None:
    """The page's tags at the end of its text and how many of its last paragraphs give them, or None.

    A page's tag line ("الكلمات الدالة: مياه، العقبة", "كلمات دلالية: …", "الوسوم: #مياه #العقبة", "Tags: …") that
    trafilatura kept with a ``<br>``-broken body is the last paragraph (1), or a bare label ("الوسوم") over the line
    of tags (2). Its value is read as tags only when each part is a tag, a few words without a sentence's full stop
    ("الوسوم: هذا ما قاله الوزير للصحفيين بعد الاجتماع." stays text). Under a bare label, which may be a crosshead
    over the story's last section, the line must look like tags (``_bare_tags``): two tags or more (or hashtags) of
    three words at most, none opening on a clause's word ("أضف وسوما قليلة ذات صلة بالمحتوى، مثل …" is prose)."""
    if not paragraphs or len(paragraphs[-1]) > _TAG_LINE_CHARS:
        return None
    last = classify(paragraphs[-1])
    if last.marker is MarkerKind.KEYWORDS:
        return (tags, 1) if (tags := _tag_list(last.rest)) else None
    if len(paragraphs) < 2 or not last.plain or not (tags := _bare_tags(last.text)):
        return None
    above = classify(paragraphs[-2])
    return (tags, 2) if above.marker is MarkerKind.KEYWORDS and not above.rest else None


_TAGS_NAMES: Final = frozenset({"tags", "tag", "keywords", "keyword", "hashtags"})
"""A word of a class or id (split at ``-`` and ``_``) naming the element of a page's tags ("post-tags", "keywords")."""
_TAGS_XPATH: Final = (
    ".//*[contains(@class, 'tag') or contains(@class, 'Tag') or contains(@class, 'keyword') or contains(@class, "
    "'Keyword') or contains(@id, 'tag') or contains(@id, 'keyword')]"
)
_CLASS_WORDS: Final = re.compile(r"[\s_-]+")
_TAG_SEPARATORS: Final = re.compile(r"[\s،,؛;|·•]+")
"""What stands between a tags element's links ("، ", " | "), left out of the label beside them."""


def tags_element(root: HtmlElement) -> tuple[str, ...]:
    """The tags of the page's tags element (``<p class="tags">الوسوم: البطالة، سوق العمل</p>``, ``<div
    class="post-tags"><span>الوسوم:</span> <a>…</a> <a>…</a></div>``), which the extractor left out of the text:
    an element whose class or id names tags (``_TAGS_NAMES``), whose text opens with a tags label ("الوسوم",
    "كلمات دلالية", ``MarkerKind.KEYWORDS``), its items (its links or list items, else the label's value) each a
    short tag (``_tag_list``). The first such element's, else none."""
    for element in root.xpath(_TAGS_XPATH):
        names = f"{element.get('class', '')} {element.get('id', '')}".lower()
        if _TAGS_NAMES.isdisjoint(_CLASS_WORDS.split(names)):
            continue
        text = sanitize_line(" ".join(element.itertext()))
        if not text or len(text) > _TAG_LINE_CHARS:
            continue
        items = [item for item in element.iterdescendants("a", "li") if not len(item)]
        if items:
            # The label beside the links, the separators between them left out ("الوسوم <a>…</a>، <a>…</a>").
            outside = _TAG_SEPARATORS.sub(" ", sanitize_line(" ".join(_outside(element, items)))).strip()
            if not outside:
                continue  # links alone, no label saying they are the story's tags (a site's tag cloud too)
            values = [sanitize_line(item.text_content()) for item in items]
            label = classify(outside)
            if label.marker is MarkerKind.KEYWORDS and not label.rest:
                tags = _tag_list("، ".join(value for value in values if value))
                if tags:
                    return tags
                continue
        line = classify(text)
        if line.marker is MarkerKind.KEYWORDS and (tags := _tag_list(line.rest)):
            return tags
    return ()


def _outside(element: HtmlElement, items: list[HtmlElement]) -> Iterator[str]:
    """The texts of ``element`` that are in none of ``items`` (a tags element's label beside its links)."""
    inside = set(items)
    for node in element.iter():
        if node in inside or any(ancestor in inside for ancestor in node.iterancestors()):
            if node.tail and node in inside:
                yield node.tail
            continue
        if isinstance(node.tag, str) and node.text:
            yield node.text
        if node is not element and node.tail:
            yield node.tail


def _tag_list(value: str) -> tuple[str, ...]:
    """The tags of a tag line's value (``closing_tags``), or none when a part is no tag (a sentence)."""
    tags = tuple(tag for part in _TAG_SPLIT.split(value) if (tag := part.strip()))
    if all(
        len(tag) <= _TAG_CHARS and len(tag.split()) <= _TAG_WORDS and not tag.endswith((".", "؟", "?", "!"))
        for tag in tags
    ):
        return tags
    return ()


def _bare_tags(line: str) -> tuple[str, ...]:
    """The tags of a line under a bare label (``closing_tags``), or none when it does not look like a line of tags:
    two tags or more, or hashtags, each of three words at most, none opening on a clause's word
    (``_CLAUSE_OPENERS``)."""
    tags = _tag_list(line)
    if not tags or (len(tags) < 2 and not line.lstrip().startswith("#")):
        return ()
    for tag in tags:
        words = normalize(tag).split()
        if len(words) > _BARE_TAG_WORDS or not words:
            return ()
        first = words[0]
        if first in _CLAUSE_OPENERS or (first.startswith("و") and first[1:] in _CLAUSE_OPENERS):
            return ()
    return tags


_NEWSLETTER: Final = (
    "subscribe to our newsletter", "sign up for our newsletter", "sign up to our newsletter",
    "subscribe to the newsletter", "get our newsletter", "اشترك في النشرة", "اشترك في نشرتنا",
    "اشترك في نشرتنا البريدية", "اشترك الآن في النشرة", "اشترك ليصلك",
    # a cookie notice, a call to follow the site or get its app, left inside the story's text
    "we use cookies", "this site uses cookies", "this website uses cookies", "by continuing to browse",
    "نستخدم ملفات تعريف الارتباط", "يستخدم هذا الموقع ملفات تعريف الارتباط", "هذا الموقع يستخدم ملفات",
    "follow us on", "download our app", "download the app", "تابعونا على", "تابعنا على", "حمل تطبيق",
    "حملوا تطبيق", "نزل تطبيق",
)  # fmt: skip
_PLEAS: Final = tuple(normalize(plea) for plea in _NEWSLETTER)
_AD_LABELS: Final = frozenset(
    normalize(label) for label in ("إعلان", "إعلانات", "advertisement", "advertising", "sponsored")
)
"""A paragraph that is only the label over an advertisement's box."""
_NEWSLETTER_CHARS: Final = 200


_NUMBER: Final = r"[0-9٠-٩][0-9٠-٩,.٬٫ ]*"
_VIEWERS: Final = (
    r"(?:(?:يتابعون|يشاهدون|متابعون|متابعين|متابعا|متابع|مشاهدون|مشاهدين|مشاهدا|مشاهد)\s+(?:الآن|الان)"
    r"|(?:people\s+|viewers\s+)?(?:are\s+)?watching(?:\s+now)?|viewers\s+now)"
)
"""What a live blog's counter of its viewers says beside the number ("يتابعون الآن", "watching now")."""
_COUNTER: Final = re.compile(
    r"[•◦]?\s*(?:(?:عدد\s+)?(?:القراءات|المشاهدات|الزيارات|قراءات|مشاهدات|زيارات)|reads|views|page\s?views|hits)"
    rf"\s*[:：]?\s*{_NUMBER}|[•◦]?\s*{_NUMBER}\s*(?:قراءة|مشاهدة|زيارة|reads|views|hits)"
    # a live blog's viewers: "12,430 يتابعون الآن", "متابع الآن: 845", "1,204 watching now"
    rf"|{_NUMBER}\s*{_VIEWERS}|{_VIEWERS}\s*[:：]?\s*{_NUMBER}",
    re.IGNORECASE,
)
"""A page's counter of readers ("عدد القراءات: 1,204", "Views: 1204", "1,204 reads") or of a live blog's
viewers ("12,430 يتابعون الآن", "1,204 watching now"), the whole line."""


def is_newsletter_plea(text: str, *, channel: bool = True) -> bool:
    """Whether a paragraph is the site speaking, not the story: a plea to subscribe to a newsletter, a
    cookie notice, a call to follow the site or get its app ("تابعونا على تطبيق …"), an ad's label, a
    counter of its readers ("عدد القراءات: 1,204"), and with ``channel`` a promo for the site's channel
    (``channel_promos.promotes_channel``: "تابعوا آخر الأخبار عبر قناتنا على تيليجرام"), which only the lines closing a
    story's body may be (``html._drop_page_furniture`` asks for it there alone).

    A plea's wording in a paragraph that reads as news (``_reads_as_news``: "…, the mayor told residents",
    "سجل أكثر من ألف طالب …", "…، هكذا ختمت الجماعة منشورها") is the story's."""
    if len(text) > _NEWSLETTER_CHARS:
        return False
    start = normalize(text[:60])
    if start in _AD_LABELS or _is_counter(text):
        return True
    if not (start.startswith(_PLEAS) or _asks_to_sign_up(text) or (channel and promotes_channel(text))):
        return False
    return not _reads_as_news(text)


def _words(phrases: str) -> tuple[tuple[str, ...], ...]:
    """Phrases separated by "|", each folded (``normalize``) into its words."""
    return tuple(tuple(normalize(phrase).split()) for phrase in phrases.split("|"))


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``phrases`` by their first word (``_holds`` looks a paragraph's words up, not every phrase at every word)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(found) for word, found in index.items()}


_SIGN_UP_NOUNS: Final = _words(
    "newsletter|newsletters|email|emails|e mail|inbox|mailing list|email alerts|نشرة|النشرة|نشرتنا|نشرات|النشرات"
    "|النشرة البريدية|بريدك|البريد الإلكتروني|بريد إلكتروني|القائمة البريدية|قائمتنا البريدية"
)
"""What a plea to sign up is for: a newsletter, an e-mail, an inbox (folded words)."""
_SIGN_UP_NOUN_INDEX: Final = _by_first_word(_SIGN_UP_NOUNS)
_MARKS: Final = "[\u0610-\u061a\u064b-\u065f\u0670\u0640]*"
_SIGN_UP_NOUN_HINT: Final = re.compile(
    f"newsletter|e[\\s-]?mail|inbox|mailing|ن{_MARKS}ش{_MARKS}ر|ب{_MARKS}ر{_MARKS}ي{_MARKS}د|ق{_MARKS}ا{_MARKS}[ئي]{_MARKS}م",
    re.IGNORECASE,
)
"""A stem of every ``_SIGN_UP_NOUNS`` word, harakat or tatweel allowed between letters: without one, no plea."""
_SIGN_UP_CALLS: Final = _words(
    "sign up|signup|subscribe|register|join|get|enter your|don t miss|dont miss|never miss|want|stay up to date"
    "|اشترك|اشتركوا|اشتركي|سجل|سجلوا|سجلي|انضم|انضموا|احصل|احصلوا|لا تفوت|لا تفوتوا|لا يفوتك|كن أول|كن اول"
)
"""What opens a plea's sentence or clause: a call to sign up ("Sign up", "سجّل", "لا تفوت"), folded."""
_SURE_CALLS: Final = _words("sign up|signup|subscribe|don t miss|dont miss|never miss|enter your")
"""English calls that open no news paragraph ("Get out and vote, the mayor said in an email" does)."""
_ADDRESSED: Final = frozenset(
    normalize(word) for word in "our your free بريدك نشرتنا قائمتنا ليصلك يصلك تصلك مجانا مجانًا لا تفوت يفوتك".split()
)
"""Words that speak to the reader or for the site ("your inbox", "our free email", "بريدك", "نشرتنا")."""
_CLAUSES: Final = re.compile(r"[.!?؟:;؛|–—]+|\s-\s")
"""What ends a plea's sentence or clause ("Get the Gazette newsletter – sign up for our free daily email")."""
_SIGN_UP_WORDS: Final = 40


def _starts_with(words: list[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    return any(tuple(words[: len(phrase)]) == phrase for phrase in phrases)


def _holds(words: list[str], phrases: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """Whether ``words`` hold one of ``phrases`` (each a run of whole words, found by its first word)."""
    for at, word in enumerate(words):
        for phrase in phrases.get(word, ()):
            if tuple(words[at : at + len(phrase)]) == phrase:
                return True
    return False


def _asks_to_sign_up(text: str) -> bool:
    """Whether a short paragraph asks the reader to sign up to a newsletter or an e-mail: it speaks of
    one (``_SIGN_UP_NOUNS``) and a sentence or clause of it opens on a call (``_SIGN_UP_CALLS``): its
    first on a sure one ("Sign up to the Gazette newsletter"), else any while it speaks to the reader
    ("Get the Gazette newsletter – sign up for our free daily email", "لا تفوت أي خبر: سجّل بريدك …"), as
    "سجل عدد المشتركين في النشرة …" (recorded) and "Readers who signed up for the newsletter …" are news."""
    if _SIGN_UP_NOUN_HINT.search(text) is None:  # most paragraphs: one scan, nothing folded
        return False
    words = normalize(text).split()
    if len(words) > _SIGN_UP_WORDS or not _holds(words, _SIGN_UP_NOUN_INDEX):
        return False
    clauses = [normalize(clause).split() for clause in _CLAUSES.split(text)]
    if clauses and _starts_with(clauses[0], _SURE_CALLS):
        return True
    return any(_starts_with(clause, _SIGN_UP_CALLS) for clause in clauses) and any(word in _ADDRESSED for word in words)


_REPORTED: Final = re.compile(
    r"(?:said|says|told|tells|urged|urges|announced|announces|added|warned|stated|reported)"
    r"|و?(?:قال|قالت|يقول|تقول|بحسب|[اي]علن|اعلنت|تعلن|اكد|اكدت|يؤكد|تؤكد|افاد|افادت|اوضح|اوضحت|اضاف|اضافت"
    r"|صرح|صرحت|ذكرت|كتب|كتبت|يكتب|تكتب|ختم|ختمت|يختم|تختم|اختتم|اختتمت|يختتم|تختتم|دعا|دعت|يدعو|تدعو|ناشد|ناشدت"
    r"|غرد|غردت)(?:ها|ه|هم)?"
    r"|wrote|writes|posted|tweeted|urging"
)
"""A folded word of reported speech ("…, officials said", "told residents", "بحسب ما أعلنت", "وأكدت",
"التي أعلنتها الوزارة"): a paragraph that reports what someone said, not the site asking."""
_COUNTED: Final = frozenset(
    normalize(word) for word in "أكثر نحو حوالي قرابة زهاء عدد آلاف ألف مليون ملايين مئات عشرات الآلاف الملايين".split()
)
"""A count that follows an Arabic verb as its subject ("سجل أكثر من ألف طالب", "انضم نحو 50 ألف قارئ"): the
verb is the past tense (registered, joined), not a call; a call is followed by its object ("سجل بريدك",
"انضم إلى أكثر من …")."""


def _reads_as_news(text: str) -> bool:
    """Whether a paragraph with a plea's wording reports news: it holds reported speech (``_REPORTED``:
    "Get your flu jab now, health officials said in an email …", "… بحسب ما أعلنت الجامعة"), or a
    clause opens on an Arabic call word followed by a count, so that word is a past tense ("سجل أكثر من
    ألف طالب …", "انضم أكثر من 50 ألف قارئ إلى النشرة …"). A number alone is no sign ("Join 50,000
    readers who get our free newsletter" asks)."""
    words = normalize(text).split()
    if any(_REPORTED.fullmatch(word) for word in words):
        return True
    for clause in _CLAUSES.split(text):
        opening = normalize(clause).split()[:2]
        if (
            len(opening) == 2
            and _starts_with(opening, _SIGN_UP_CALLS)
            and not opening[0].isascii()  # "Join 50,000 readers …" is a call
            and (opening[1] in _COUNTED or opening[1][0].isdigit())
        ):
            return True
    return False


def _is_counter(text: str) -> bool:
    return len(text) <= _COUNTER_CHARS and _COUNTER.fullmatch(text.strip()) is not None


_COUNTER_CHARS: Final = 40
_BADGES: Final = frozenset(normalize(badge) for badge in ("مباشر", "بث مباشر", "تغطية مباشرة", "Live", "Live updates"))
"""A live blog's badge standing alone above its text (folded, whole)."""
_UPDATED: Final = re.compile(
    r"(?:آخر\s+تحديث|تم\s+التحديث|(?:last\s+)?updated)"
    r"(?:\s*[:：]\s*(?=.*[0-9٠-٩]).{1,40}|\s+(?:at\s+|في\s+)?[0-9٠-٩]{1,2}[:：][0-9٠-٩]{2}.{0,20})",
    re.IGNORECASE,
)
"""When a page was last updated: a colon and a time or date ("آخر تحديث: 11:45", "Last updated: 30 Nov"),
or a time of day right after it ("Updated 11:45 GMT")."""


def is_badge_line(text: str) -> bool:
    """Whether a paragraph under the headline is a live blog's badge ("مباشر", "Live"), its last
    update's time ("آخر تحديث: 11:45") or a BBC byline's "Role, …" line: a label of the page, not the story's text."""
    if len(text) > _BYLINE_LINE_CHARS:
        return False
    if text.startswith("Role,"):
        return _ROLE_LINE.fullmatch(text.strip()) is not None  # a BBC byline's "Role, …" line
    return normalize(text) in _BADGES or _UPDATED.fullmatch(text.strip()) is not None


_CRUMB_MARKS: Final = ("breadcrumb", "crumbs", "ariane")
"""Class, id or aria-label words of a breadcrumb ("breadcrumb", "breadcrumbs", "crumbs"; French "fil-ariane",
"ariane" on the Maghreb's pages)."""
_CRUMB_XPATH: Final = (
    "(//@class[contains(., 'rumb') or contains(., 'path') or contains(., 'ariane')]"
    " | //@id[contains(., 'rumb') or contains(., 'ariane')]"
    " | //@aria-label[contains(., 'rumb')])/parent::*"
)
"""Elements whose class, id or aria-label holds "rumb", or whose class holds "path", or whose class or id holds
"ariane", in document order: the attributes are scanned, not every element (~5 times faster on a 130 KB page)."""
_PATH_NAMES: Final = frozenset({"path", "pathway", "sitepath", "navpath", "breadpath"})
"""Class names, or their parts between hyphens and underscores, of a trail not called a breadcrumb
(``<div class="path">``, Joomla's ``pathway``, ``site-path``)."""
_CRUMB_SPLIT: Final = re.compile(r"\s*(?:[»«›‹>→←/|]|\\)\s*")
_HOME_CRUMBS: Final = frozenset(
    normalize(word)
    for word in ("الرئيسية", "الصفحة الرئيسية", "الرئيسة", "Home", "Homepage", "Home page", "Start", "Accueil")
)
_CRUMB_WORDS: Final = 4
_CRUMB_CHARS: Final = 40
_CRUMB_CHECKED: Final = 4
_CRUMBS_MAX: Final = 8
_BREADCRUMB_CHARS: Final = 300
"""Breadcrumbs looked at, in document order."""


def _crumbs(element: HtmlElement) -> list[str]:
    """A breadcrumb's crumbs: its items (``<li>``), else its text split at the separators ("»", "›", "/")."""
    items = [sanitize_line(item.text_content()) for item in element.iter("li")]
    if not items:
        items = _CRUMB_SPLIT.split(sanitize_line(element.text_content()))
    return [item for item in items if item]


def breadcrumb_section(root: HtmlElement, headline: str, site_names: set[str]) -> str | None:
    """The section a page's breadcrumb names: its last crumb ("الرئيسية » اقتصاد" gives "اقتصاد"), not the
    home crumb, the site's name (``site_names``, folded) or the story's headline standing as the last
    crumb; a few words, else None. Only an element whose class, id or ``aria-label`` says breadcrumb, else
    a JSON-LD ``BreadcrumbList`` (its items' names in order), else an element classed ``path`` (``pathway``,
    ``site-path``) or a plain ``<nav>`` whose text is a short chain of crumbs with an arrow between each two
    (``_nav_crumbs``: "Home › Economy", "الرئيسية » حوادث")."""
    folded_headline = normalize(headline)
    # "rumb" is in each mark in either case ("Breadcrumb", "crumbs"): one cheap scan, the marks then checked.
    found = root.xpath(_CRUMB_XPATH)
    marked = [
        element
        for element in found
        if any(
            mark in (element.get(name) or "").lower() for mark in _CRUMB_MARKS for name in ("class", "id", "aria-label")
        )
    ]
    pathed = (element for element in found if element not in marked and _path_named(element))
    trails = itertools.chain(
        map(_crumbs, marked[:_CRUMB_CHECKED]),
        itertools.islice(_jsonld_crumbs(root), _CRUMB_CHECKED),
        filter(None, map(_text_trail, itertools.islice(pathed, _CRUMB_CHECKED))),
        _nav_crumbs(root),
    )
    for crumbs in trails:  # the JSON-LD is read only when no marked trail names a section, a plain <nav> last
        if (section := _trail_section(crumbs, folded_headline, site_names)) is not None:
            return section
    return None


_NAV_SEPARATORS: Final = "»«›‹>→←"
"""What stands between the crumbs of a plain ``<nav>``'s trail (not "|" or "/", which a menu's items have too)."""
_NAV_SPLIT: Final = re.compile(rf"\s*[{_NAV_SEPARATORS}]\s*")
_NAV_CHECKED: Final = 4
"""Plain ``<nav>`` elements looked at, in document order."""


def _nav_crumbs(root: HtmlElement) -> Iterator[list[str]]:
    """The crumbs of each plain ``<nav>`` (not in a footer) whose text is a trail: two crumbs or more, each
    but the last (the story's headline, maybe) a few words, an arrow-like separator between each two
    ("Home › Economy", "الرئيسية » اقتصاد"); a menu's words with no separator between them ("Home Markets
    Opinion") are no trail."""
    navs = (nav for nav in root.iter("nav") if next(nav.iterancestors("footer"), None) is None)
    for nav in itertools.islice(navs, _NAV_CHECKED):
        if (crumbs := _text_trail(nav)) is not None:
            yield crumbs


def _text_trail(element: HtmlElement) -> list[str] | None:
    """The crumbs of an element whose text is a trail (``_nav_crumbs``), else None."""
    text = sanitize_line(element.text_content())
    if len(text) > _BREADCRUMB_CHARS:
        return None
    crumbs = _NAV_SPLIT.split(text.strip(_NAV_SEPARATORS + " "))
    if 2 <= len(crumbs) <= _CRUMBS_MAX and crumbs[-1] and all(map(_is_crumb, crumbs[:-1])):
        return crumbs
    return None


def _path_named(element: HtmlElement) -> bool:
    """Whether an element's class names a trail (``_PATH_NAMES``: "path", "pathway", "site-path"), not in a footer."""
    names = (element.get("class") or "").lower().replace("_", "-").split()
    if not any(name in _PATH_NAMES or _PATH_NAMES.intersection(name.split("-")) for name in names):
        return False
    return next(element.iterancestors("footer"), None) is None


def _is_crumb(text: str) -> bool:
    """Whether a piece of a trail is a crumb: a few words (``_CRUMB_CHARS``, ``_CRUMB_WORDS``)."""
    return bool(text) and len(text) <= _CRUMB_CHARS and len(text.split()) <= _CRUMB_WORDS


def _trail_section(crumbs: list[str], folded_headline: str, site_names: set[str]) -> str | None:
    """The section a trail of crumbs names (``breadcrumb_section``), else None."""
    if len(crumbs) > _CRUMBS_MAX or sum(map(len, crumbs)) > _BREADCRUMB_CHARS:
        return None  # a menu or a header named so, not a trail of a few crumbs
    while crumbs and (
        (folded := normalize(crumbs[-1])) == folded_headline
        or (len(folded) > 10 and folded_headline.startswith(folded.rstrip(". …")))
    ):
        crumbs.pop()  # the page itself, its headline (or the headline cut short) as the last crumb
    if not crumbs:
        return None
    last = crumbs[-1]
    folded = normalize(last)
    if folded in _HOME_CRUMBS or folded in site_names or is_generic_title(last):
        return None
    if len(last) <= _CRUMB_CHARS and len(last.split()) <= _CRUMB_WORDS and any(c.isalpha() for c in last):
        return last
    return None


def _jsonld_crumbs(root: HtmlElement) -> Iterator[list[str]]:
    """The crumbs of each JSON-LD ``BreadcrumbList`` of the page (its items' names, by position)."""
    for data in _jsonld_data(root, "BreadcrumbList"):
        for trail in _breadcrumb_lists(data):
            items = trail.get("itemListElement")
            if not isinstance(items, list):
                continue
            named = [(_position(item, index), _crumb_name(item)) for index, item in enumerate(items[: _CRUMBS_MAX + 1])]
            yield [name for _, name in sorted(named, key=lambda pair: pair[0]) if name]


def _breadcrumb_lists(data: Any) -> Iterator[dict[str, Any]]:
    """The ``BreadcrumbList`` objects of a JSON-LD value: itself, in its lists, ``@graph`` or ``breadcrumb``."""
    return _jsonld_objects(data, "BreadcrumbList".__eq__, ("@graph", "breadcrumb"))


def _position(item: Any, index: int) -> float:
    """A crumb's ``position`` (a number, or a number written as text), else its place in the list."""
    position = item.get("position") if isinstance(item, dict) else None
    if isinstance(position, str) and position.strip().isdigit():
        return int(position)
    return position if isinstance(position, int | float) and not isinstance(position, bool) else index


def _crumb_name(item: Any) -> str:
    """A JSON-LD ``ListItem``'s name: its own, else its ``item``'s."""
    if not isinstance(item, dict):
        return ""
    name = item.get("name")
    if not isinstance(name, str) and isinstance(inner := item.get("item"), dict):
        name = inner.get("name")
    return sanitize_line(name) if isinstance(name, str) else ""


_WALL_OPENERS: Final = _words(
    "اشترك الان|اشتركوا الان|اشتركي الان|اشترك مجانا|اشتركوا مجانا|اشترك للوصول|اشترك لقراءة|اشترك لمتابعة"
    "|اشترك للاستمرار|مشترك بالفعل|مشتركة بالفعل|هل انت مشترك|هل انت مشتركة|لديك اشتراك|هل لديك اشتراك"
    "|subscribe now|already a subscriber|already subscribed|become a subscriber"
)
"""What a line of a paywall's box surely opens on: a call to subscribe now, a subscriber's question (folded)."""
_WALL_PHRASES: Final = _by_first_word(
    _words("للمشتركين|للمشتركين فقط|لمشتركينا|subscribers only|for subscribers|to subscribers|subscriber only")
)
"""What a paywall's short line says the story is kept for ("هذا المقال حصري للمشتركين", folded)."""
_WALL_WEAK_OPENERS: Final = _words(
    "اشترك|اشتركوا|اشتركي|سجل الدخول|سجلوا الدخول|سجلي الدخول|تسجيل الدخول|لديك حساب|هل لديك حساب"
    "|subscribe|log in|login|sign in|have an account|already have an account"
)
"""What a line of a paywall's box may open on, though a sentence of news may too ("اشترك في السباق 300 عداء",
"took part"; "سجل الدخول إلى التطبيق مليون مستخدم"): a prompt only when short and not ended as a sentence, or
when it speaks of subscribing or reading (``_WALL_WEAK_WORDS``)."""
_WALL_WEAK_WORDS: Final = _by_first_word(
    _words(
        "الان|للاشتراك|الاشتراك|اشتراك|اشتراكك|باقة|باقات|مجانا|في الموقع|في الخدمة|في النشرة|في خدماتنا|لقراءة"
        "|للقراءة|لمتابعة القراءة|لمواصلة القراءة|للمتابعة|للوصول|للمشتركين|حسابك|المقال|المحتوى"
        "|now|subscription|subscribe|to read|to continue|reading|your account|access"
    )
)
"""Words of a call to subscribe or log in after a weak opener ("اشترك في الموقع", "سجل الدخول لمتابعة القراءة")."""
_WALL_WEAK_SHORT: Final = 6
_WALL_NOTICE_NOUNS: Final = _by_first_word(
    _words("المقال|المحتوى|التقرير|الخبر|القصة|المادة|article|story|content|this")
)
"""What a notice ended as a sentence must speak of to be a paywall's ("هذا المقال حصري للمشتركين فقط."), not an offer
reported ("العرض الجديد للمشتركين فقط حتى نهاية الشهر.")."""
_WALL_STOPS: Final = (".", "…", "[…]", "[...]", "...")
_WALL_CHARS: Final = 200
_WALL_WORDS: Final = 30
_WALL_NOTICE_WORDS: Final = 8


def is_paywall_prompt(text: str) -> bool:
    """Whether a line of a paywall's box is its furniture, not the story: a call to subscribe or log in
    ("اشترك الآن للوصول غير المحدود …", "مشترك بالفعل؟ سجّل الدخول", "Subscribe now"), or a short notice that
    the story is for subscribers ("هذا المقال حصري للمشتركين"); never a line that reports news
    (``_reads_as_news``: "وقال الموقع إن المقال متاح للمشتركين"), speaks of subscribers otherwise
    ("ارتفع عدد المشتركين …"), or opens on a word a sentence of news opens on too and ends as one ("اشترك في
    السباق 300 عداء من 12 دولة.", "تسجيل الدخول إلى المنصة أصبح إلزامياً …", ``_WALL_WEAK_OPENERS``)."""
    if len(text) > _WALL_CHARS:
        return False
    words = normalize(text).split()
    if not words or len(words) > _WALL_WORDS:
        return False
    ended = text.rstrip().endswith(_WALL_STOPS)
    if _starts_with(words, _WALL_OPENERS):
        pass
    elif _starts_with(words, _WALL_WEAK_OPENERS):
        if ended or (len(words) > _WALL_WEAK_SHORT and not _holds(words[1:], _WALL_WEAK_WORDS)):
            return False
    elif not (
        len(words) <= _WALL_NOTICE_WORDS
        and _holds(words, _WALL_PHRASES)
        and (not ended or _holds(words, _WALL_NOTICE_NOUNS))
    ):
        return False
    return not _reads_as_news(text)
