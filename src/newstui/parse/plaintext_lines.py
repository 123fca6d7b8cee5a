"""The sample format's lines, classified: markers, list items, headlines, bylines, datelines, link lines, lead titles.

Shared by the full parse (``parse.plaintext``) and the first-lines reader of title-only listings
(``parse.plaintext_head``), so both see the same lines and decide the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, Literal, NamedTuple

from newstui.addresses import display_origin, tampered_address
from newstui.parse.bylines import HEADLINE_MARKER_NAME_WORDS, byline_parts, may_start_headline
from newstui.parse.markers import (
    MarkerKind,
    is_kicker,
    is_sentence_end,
    match_marker,
    split_byline,
    split_list_item,
)
from newstui.parse.plaintext_dates import dateline_kind, is_agency, is_date_line, iso_date
from newstui.text.harakat import strip_harakat
from newstui.text.lazy_regex import LazyRegex
from newstui.text.normalize import normalize
from newstui.text.sentences import first_sentence

__all__ = [
    "RULE_CHARS",
    "TITLE_MAX",
    "URL_LINE_RE",
    "Head",
    "Line",
    "LineAt",
    "address_of",
    "address_title",
    "author_credit",
    "breadcrumb",
    "classified_lines",
    "classified_with_rules",
    "classify",
    "credit_line",
    "first_sentence",
    "headline_below_dates",
    "headline_in_place",
    "headline_like",
    "furniture_kind",
    "is_rule",
    "looks_like_site_name",
    "is_date_line",
    "is_furniture",
    "is_hashtags",
    "kept",
    "lead_title",
    "place_agency",
    "place_site",
    "read_head",
    "read_header",
    "split_keywords",
    "split_url",
]

TITLE_MAX: Final = 120
"""Longest title derived from a lead sentence, "…" included."""

_HEADLINE_MAX_CHARS: Final = 200
_HEADLINE_MAX_WORDS: Final = 30

_URL_RE: Final = re.compile(r"https?://[^\s<>\"“”«»]+", re.IGNORECASE)
URL_LINE_RE: Final = re.compile(r"^<?https?://[^\s<>\"“”«»]+>?$", re.IGNORECASE)
_URL_TRAILING: Final = ".,;:!?،؛'’"
_BARE_ADDRESS_RE: Final = re.compile(
    r"(?P<host>(?:[a-z0-9]++(?:-++[a-z0-9]++)*+\.)++(?P<tld>[a-z]{2,24}))(?::[0-9]{1,5})?(?P<path>/[^\s<>\"“”«»]*+)?",
    re.IGNORECASE,
)
"""A host (dot-separated labels of ASCII letters, digits and inner hyphens), a port, a path: a whole line."""
_KNOWN_TLDS: Final = frozenset(
    "com net org info biz edu gov mil int name pro mobi asia news online site website media live blog app dev"
    " tech store shop world today press"
    " ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz"
    " ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk"
    " fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir"
    " is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk"
    " ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl"
    " pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc"
    " td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw".split()
)
"""Top-level domains a news text writes out: common generic ones and the countries' (not ``js``, ``txt``)."""
_SITE_PATH_RE: Final = LazyRegex(r"(?:\.\.?/)*+/?[^\s<>\"“”«»/.][^\s<>\"“”«»]*+")
"""A path on the page's site (after ``/``, ``./`` or ``../``), no space in it: a whole line."""
_LINK_SEPARATORS: Final = " \t-–—|:·•"
_MARKDOWN_LINK_RE: Final = re.compile(r"^\s*\[(?P<title>.*)\]\(\s*$")
_KEYWORD_SPLIT_RE: Final = re.compile("[،,;؛|]")
_HASHTAGS_RE: Final = re.compile(r"^\s*#\S+(?:\s+#\S+)+\s*$")
_KEYWORD_SLASH_RE: Final = re.compile(r"(?<!\s)\s++/\s*+|(?<![\d/:\s])/\s*+(?![\d/])")
"""A "/" between keywords ("دبي / التجارة", "غزة/التهدئة"); not one written between digits ("24/7", "2026/11/30").
A match starts after a word and takes its spaces whole (tried from each space of a run, it was quadratic)."""
# Each match starts where its run starts and never gives back what it took (tried from every space or
# dot of a long run, both were quadratic: 40,000 spaces took 17 s, 10,000 dots 4.9 s); the matches
# are the same, as giving back a space or a dot can never make the next character fit.
_KEYWORD_DASH_RE: Final = re.compile(r"(?<!\s)\s++[-–—]\s+")
_TITLE_TRIM: Final = " \t,،;؛:-–—(«“\"'"
_TRAILING_STOPWORDS: Final = frozenset(
    normalize(word)
    for word in (
        "في من على إلى الى عن مع أن إن ان لا قد و أو ثم بعد قبل حول بين التي الذي الذين ما لم لن كان"
        " the a an of to in on for and or with at by from as that which is are was were"
    ).split()
)


class Line(NamedTuple):
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


_MD_HEADING: Final = re.compile(r"#{1,6}[ \t]+(?=\S)")
"""A Markdown heading's opening hashes ("## عنوان"; a hashtag, "#اقتصاد", has no space after its hash)."""
_MD_CLOSING: Final = re.compile(r"[ \t]+#+$")
_MD_STRONG: Final = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
"""Markdown's strong emphasis around words ("**المصدر:**", "يعود **مهرجان الزيتون** هذا العام")."""


def _without_markdown(text: str) -> str:
    """A stripped line without Markdown's heading hashes and strong-emphasis stars (a note's ``# العنوان``)."""
    if text[0] == "#" and (heading := _MD_HEADING.match(text)) is not None:
        text = _MD_CLOSING.sub("", text[heading.end() :])
    if "**" in text:
        text = _MD_STRONG.sub(r"\1", text)
    return text


def classify(text: str) -> Line:
    """``text`` (a stripped line that counts) classified: a marker, a list line or a plain line."""
    if text[0] == "#" or "**" in text:
        text = _without_markdown(text)
    marker = match_marker(text)
    if marker is not None:
        return Line(text, marker[0], marker[1], None, False)
    item = split_list_item(text)
    return Line(text, None, "", item, item is None)


def is_furniture(text: str) -> bool:
    """A URL, dateline or author line: page furniture that may sit between a headline and the text."""
    return furniture_kind(text) is not None


def furniture_kind(text: str) -> Literal["url", "author", "date"] | None:
    """Which furniture a line is: ``"url"``, ``"author"`` or ``"date"`` (checked in that order), else None."""
    if address_of(text) is not None:
        return "url"
    if _is_author_line(text):
        return "author"
    return "date" if is_date_line(text) else None


def _is_author_line(text: str) -> bool:
    """A short "By Jane Doe" / "بقلم فلان" / "كتب: فلان" line (``credit_line``)."""
    return credit_line(text) is not None


_CREDIT_MAX_WORDS: Final = 6
"""Most words of a credit line's prefix and name ("Written by Jane Mary Doe")."""
_CREDIT_MAX_CHARS: Final = 160
"""Longest credit line split at its separators (a name and a dateline); longer lines are not split."""
_CREDIT_SPLIT_RE: Final = re.compile(r"\s*(?P<sep>[|,،])\s*|\s+(?P<dash>[-–—])\s+|\s*(?P<long>[–—])\s*")
"""Where a credit's name ends: a bar, a comma, a spaced hyphen or a dash."""
_CREDIT_PLACE_RE: Final = re.compile(r"^[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,2}$")
"""A place (or agency) after the name: one to three words of letters ("القاهرة", "Staff Writer")."""


def author_credit(text: str) -> tuple[str, str | None] | None:
    """``(name, dateline)`` of a short credit line, the dateline None when the line gives none; else None.

    The name ends at a bar, comma or dash when what follows is a dateline ("By Jane Doe | November 30,
    2026 10:00 AM GMT", "كتب: فلان | الأحد 29 نوفمبر 2026", "By Jane Doe, Nov 30, 2026") or, after a
    bar or dash, a place of one to three words ("كتب: فلان - القاهرة": see ``credit_line`` for what
    the line says after the name). A comma before anything else ("By Jane Doe, John Roe") stays in the name.
    """
    credit = credit_line(text)
    return None if credit is None else (credit[0], credit[2])


def credit_line(text: str) -> tuple[str, str | None, str | None] | None:
    """``(name, after, dateline)`` of a short credit line (see ``author_credit``), else None.

    The line starts with a byline's marker (``bylines.byline_parts``: "By Jane Doe", "بقلم: فلان",
    "إعداد فلان", "كتب: فلان", "الكاتب: فلان"); after "حوار:", "ترجمة:", "تحرير:", "متابعة:" or
    "تقرير:", which may also start a headline ("تقرير: الاقتصاد ينمو أسرع من المتوقع"), a name of
    three words at most.

    ``after`` is the text written after the name's separator, as written: a dateline, a place, or a
    place and a dateline ("القاهرة | 29 نوفمبر 2026"); None when the name is all the line says.
    ``dateline`` is the part of it that dates the story, or None.
    """
    parts = byline_parts(text)
    if parts is None:
        return None
    marker, name = parts
    after, dateline = None, None
    if len(text) <= _CREDIT_MAX_CHARS:
        name, after, dateline = _credit_parts(name)
    if len(marker.split()) + len(name.split()) > _CREDIT_MAX_WORDS or is_sentence_end(name if after else text):
        return None
    if may_start_headline(marker) and len(name.split()) > HEADLINE_MARKER_NAME_WORDS:
        return None
    return name, after, dateline


def _credit_parts(rest: str) -> tuple[str, str | None, str | None]:
    """A credit's name, what follows its separator and its dateline: cut at the first separator when a
    dateline or a place follows it."""
    first = _CREDIT_SPLIT_RE.search(rest)
    if first is None or first.start() == 0:
        return rest, None, None
    name, tail = rest[: first.start()], rest[first.end() :]
    if is_date_line(tail):
        return name, tail, tail
    if _affiliation(tail):
        return name, tail, None  # "بقلم: د. فلانة، أستاذة التخطيط في جامعة ...", "By Jane Roe, professor of ..."
    if first.group("sep") in (",", "،"):
        return rest, None, None  # "By Jane Doe, John Roe": a list of names
    after = _CREDIT_SPLIT_RE.search(tail)
    place = tail if after is None else tail[: after.start()]
    if _CREDIT_PLACE_RE.match(place) is None or any(word[0].isascii() and word[0].islower() for word in place.split()):
        return rest, None, None  # not "By Jane Doe - the council met"
    if after is None:
        return name, tail, None  # "كتب: فلان - القاهرة"
    dateline = tail[after.end() :]
    return (name, tail, dateline) if is_date_line(dateline) else (rest, None, None)


_TITLE_WORDS: Final = frozenset(
    normalize(word)
    for word in (
        "أستاذ أستاذة الأستاذ الأستاذة أستاذ_مساعد كاتب كاتبة الكاتب الكاتبة صحفي صحفية صحافي صحافية الصحفي"
        " الصحفية باحث باحثة الباحث الباحثة محلل محللة المحلل المحللة خبير خبيرة الخبير الخبيرة مدير مديرة"
        " المدير المديرة رئيس رئيسة الرئيس الرئيسة عضو العضو مستشار مستشارة المستشار المستشارة أكاديمي"
        " أكاديمية الأكاديمي الأكاديمية محاضر محاضرة مراسل مراسلة مراسلنا محرر محررة سفير سفيرة السفير"
        " وزير وزيرة الوزير الوزيرة نائب نائبة طبيب طبيبة محام محامي محامية إعلامي إعلامية روائي روائية"
        " شاعر شاعرة أديب أديبة ناشط ناشطة دبلوماسي دبلوماسية مؤسس مؤسسة أمين أمينة عميد عميدة"
        " professor lecturer columnist editor correspondent reporter writer analyst researcher fellow director"
        " author journalist contributor economist former senior associate assistant chief head chair president"
        " founder dean ambassador minister lawyer doctor teacher"
    )
    .replace("_", " ")
    .split()
)
"""First words of a writer's title after the name ("أستاذة التخطيط العمراني", "professor of urban planning")."""
_AFFILIATION_MAX_WORDS: Final = 16


def _affiliation(tail: str) -> bool:
    """Whether what follows a credit's name is the writer's title: a title word first ("أستاذة التخطيط في
    جامعة ...", "professor of urban planning at ...", "a senior fellow at ..."), a few words, no sentence's
    end (an ellipsis aside). A list of names ("وسارة حسن", "John Roe") and a place are none."""
    words = tail.split()
    if not words or len(words) > _AFFILIATION_MAX_WORDS:
        return False
    if is_sentence_end(tail) and not tail.rstrip().endswith(("…", "...")):
        return False
    first = words[1] if words[0].lower() in ("a", "an") and len(words) > 1 else words[0]
    return normalize(first) in _TITLE_WORDS


def headline_like(text: str) -> bool:
    """Short, no final punctuation (a question or exclamation is fine), mostly letters, not a date or author."""
    return _headline_shape(text) and not (is_date_line(text) or _is_author_line(text) or _URL_RE.search(text))


def headline_in_place(text: str) -> bool:
    """``headline_like``, or shaped like one and maybe a dateline ("مهرجان الموسيقى – 5 مارس 2025").

    For a line in a headline's place (under the byline or a read-also marker, directly above the
    text): a few words, a dash and a date may be a place's dateline or a headline, and there they are
    the headline. A sure dateline ("الأربعاء 11 سبتمبر 2024", "القاهرة – 11 سبتمبر 2024") never is.
    """
    if not _headline_shape(text) or _is_author_line(text) or _URL_RE.search(text):
        return False
    return dateline_kind(text) != "sure"


def _headline_shape(text: str) -> bool:
    """Short, no final punctuation (a question or exclamation is fine), a few words, mostly letters."""
    if len(text) > _HEADLINE_MAX_CHARS:
        return False
    stripped = text.rstrip().rstrip("\"'”’»)]›").rstrip()
    if stripped and stripped[-1] in ".:;؛،,…":
        return False
    if not 2 <= len(text.split()) <= _HEADLINE_MAX_WORDS:
        return False
    letters = sum(map(str.isalpha, text))
    return letters * 2 >= len(text) - text.count(" ")


def address_of(text: str) -> str | None:
    """The web address of a line that is one address and nothing else, else None.

    ``https://w.example/a`` and ``<https://w.example/a>`` as written; an address without its scheme
    as a browser takes it, with ``https://`` before it: ``www.`` and a host (``www.example.com``,
    ``www.example.com/a``), or a host whose top-level domain is a known one (any two letters, or
    ``com``, ``org``, ``news`` ...) followed by a path (``example.org/tech/review``). Text that only
    looks a little like one is not: ``e.g.``, ``3.5/10``, ``file.txt``, ``Node.js``, a word before it,
    a user name (``user@host``) or a final full stop.
    """
    if URL_LINE_RE.match(text):
        return text.strip("<>")
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    match = _BARE_ADDRESS_RE.fullmatch(text)
    if match is None or text.endswith(tuple(_URL_TRAILING)):
        return None
    www = match.group("host").lower().startswith("www.") and match.group("host").count(".") >= 2
    tld = match.group("tld").lower()
    known = tld in _KNOWN_TLDS
    if not (www or (known and match.group("path"))):
        return None
    return "https://" + text


def site_path(text: str) -> str | None:
    """A site-relative address alone on a line (``/archives/712347``, ``../archives/712351``), as written, else None.

    Only a path that starts with ``/``, ``./`` or ``../`` (not ``//``), holds a letter or digit and
    ends without final punctuation: under a link's title it is that title's address.
    """
    if text[:1] not in "/." or text.startswith("//") or text.endswith(tuple(_URL_TRAILING)):
        return None
    if not text.startswith(("/", "./", "../")) or _SITE_PATH_RE.fullmatch(text) is None:
        return None
    return text if any(char.isalnum() for char in text) else None


def address_title(url: str) -> str:
    """The title of a link that has nothing but its address: the address as newstui shows one.

    Without a password (``user:***@``) and with a host that could pass for another in its ASCII form
    (``addresses.display_origin``), so a title never shows what the address itself is not shown with.
    """
    return display_origin(url)


def split_url(text: str) -> tuple[str, str | None]:
    """Split "title - https://..." / "title (https://...)" / "[title](https://...)" into (title, url).

    A line that is only an address without its scheme (``address_of``) is its own title, with the
    address as a browser takes it.
    """
    match = _URL_RE.search(text)
    if match is None:
        bare = address_of(text.strip())
        return (text, bare) if bare is not None else (text, None)
    url = match.group().rstrip(_URL_TRAILING)
    for opener, closer in (("(", ")"), ("[", "]")):
        opened, closed, end = url.count(opener), url.count(closer), len(url)
        while end and url[end - 1] == closer and opened < closed:  # counted once, not for each one dropped
            end, closed = end - 1, closed - 1
            while end and url[end - 1] in _URL_TRAILING:
                end -= 1
        url = url[:end]
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
    if tampered_address(url):
        return title or text, None  # an escape or a zero-width space in it: shown, never followed
    return title or address_title(url), url


def is_hashtags(text: str) -> bool:
    """A line of two hashtags or more and nothing else ("#السودان #الخرطوم")."""
    return _HASHTAGS_RE.match(text) is not None


def split_keywords(text: str) -> list[str]:
    """Keywords from one line, split on ``، , ; ؛ |`` and ``/`` (spaces stay inside a keyword), else on hashtags
    or on " - ". A keyword holding a date or an address keeps its "/" ("24/7", "30/11/2026", "example.org/a").

    A hashtag's keyword is its word without the "#" ("#السودان" is "السودان", as under "وسوم:"); its
    underscores stay as written ("الأمم_المتحدة").
    """
    parts = _KEYWORD_SPLIT_RE.split(text)
    if "/" in text:
        parts = [piece for part in parts for piece in _slash_split(part)]
    if len(parts) == 1:
        parts = text.split() if _HASHTAGS_RE.match(text) else _KEYWORD_DASH_RE.split(text)
    keywords = [part.strip().rstrip(".").strip() for part in parts if part.strip(" .")]
    return [_untagged(keyword) for keyword in keywords] if "#" in text else keywords


def _slash_split(part: str) -> list[str]:
    """``part`` split on its "/" between words, or whole when it holds an address or a date."""
    if _URL_RE.search(part) or "www." in part.lower() or address_of(part.strip()) is not None:
        return [part]
    pieces = _KEYWORD_SLASH_RE.split(part)
    if len(pieces) > 1 and (is_date_line(part.strip()) or iso_date(part) is not None):
        return [part]  # "30 نوفمبر/تشرين الثاني 2026": one date, its month in two names
    return pieces


def _untagged(keyword: str) -> str:
    """A hashtag alone ("#السودان") without its "#"; any other keyword as it is."""
    if keyword[:1] == "#" and len(keyword) > 1 and keyword[1].isalnum() and " " not in keyword:
        return keyword[1:]
    return keyword


def lead_title(paragraph: str, limit: int = TITLE_MAX) -> str:
    """A title made from a lead paragraph: its first sentence, shortened at a word boundary with "…".

    Args:
        paragraph: the article's first paragraph.
        limit: the longest title, "…" included.

    Returns:
        The first sentence without its final full stop when it fits in ``limit`` characters, else its
        first words (not ending on a particle such as "في" or "the") followed by "…".
    """
    sentence = first_sentence(paragraph)
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


LineAt = Callable[[int], Line | None]
"""The ``index``-th classified line of a document, or None past its last line."""


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
    byline = _byline(first)
    if byline is None and first.plain and is_date_line(first.text):
        above = _dates_at(line_at, 0)
        after = line_at(len(above))
        if after is not None and (byline := _byline(after)) is not None:  # datelines above the byline
            dates, position = tuple(above), len(above)
    if byline is not None:
        position += 1
    elif first.plain and headline_like(first.text):
        second, third = line_at(1), line_at(2)
        if second is not None and third is not None and second.plain and third.plain:
            byline = _byline(second)
            if byline is not None and _place_and_credit(*byline):
                byline = None  # "دبي - العربية.نت", "القاهرة - أ ش أ" under the headline: the text's first line
            elif byline is not None:  # headline above the byline
                return Head(first.text, *byline, 2)
    source, section = byline if byline is not None else (None, None)
    found = headline_below_dates(line_at, position)
    if found is None:
        return Head(None, source, section, position, dates)
    headline, index, above_headline = found
    return Head(headline, source, section, index + 1, dates + above_headline)


def _byline(line: Line) -> tuple[str, str] | None:
    """``(source, section)`` of a plain byline line; None for any other line, a dateline or credit line with
    a dash too."""
    if not line.plain or is_date_line(line.text):
        return None
    found = split_byline(line.text)
    if found is not None and _is_author_line(line.text):
        return None  # "Written by Jane Roe - Cairo": a credit line and its place, no source and section
    return found


def _place_and_credit(left: str, right: str) -> bool:
    """Whether a byline's two parts are a place and a news agency or site ("القاهرة - أ ش أ", "دبي -
    العربية.نت", "القاهرة - بوابة الأهرام"): a dateline's credit, not a source and a section. The right
    part is an agency, or names a site (a site word, "نت", "بوابة", "News") that the left part, one to
    three words of letters (harakat aside: "عمّان"), does not."""
    if _CREDIT_PLACE_RE.match(strip_harakat(left)) is None:
        return False
    return is_agency(right) or (_site_name(right) and not _site_name(left))


def place_agency(text: str) -> str | None:
    """The agency of a line that is a place and a news agency only ("القاهرة - أ ش أ", "Cairo - Reuters"), else None."""
    found = split_byline(text)
    if found is None or _CREDIT_PLACE_RE.match(strip_harakat(found[0])) is None or not is_agency(found[1]):
        return None
    return found[1]


def place_site(text: str) -> str | None:
    """The site of a line that is a place and a news site only ("القاهرة - بوابة الأهرام"), else None."""
    found = split_byline(text)
    if found is None or is_agency(found[1]) or not _place_and_credit(*found):
        return None
    return found[1]


_DATES_ABOVE_MAX: Final = 2
"""Most datelines read past above a headline ("القاهرة – 11 سبتمبر 2024", then "آخر تحديث: 10:30")."""


def _dates_at(line_at: LineAt, index: int) -> list[str]:
    """The plain datelines from line ``index`` on (at most ``_DATES_ABOVE_MAX``)."""
    dates: list[str] = []
    while len(dates) < _DATES_ABOVE_MAX and (line := line_at(index + len(dates))) is not None and line.plain:
        if not is_date_line(line.text):
            break
        dates.append(line.text)
    return dates


def headline_below_dates(line_at: LineAt, index: int) -> tuple[str, int, tuple[str, ...]] | None:
    """The headline at line ``index``, or under the datelines there: ``(headline, its index, the datelines)``.

    Datelines above a headline are furniture as they are under it ("صوت الخليج – محليات", then
    "القاهرة – 11 سبتمبر 2024", then the headline): the first line after them that ``_headline_at``
    takes is the headline. Without one there, a line that may be a dateline or a headline
    ("أبو ظبي – 11 سبتمبر 2024") is the headline when it stands in the headline's place over the text.
    """
    dates = _dates_at(line_at, index)
    end = index + len(dates)
    for at in (end, *range(index, end)) if dates else (index,):
        headline = _headline_at(line_at, at)
        if headline is not None:
            return headline, at, tuple(dates[: at - index])
    return None


class Head(NamedTuple):
    """What stands above a document's text: its headline, source and section, and where the text starts."""

    headline: str | None
    source: str | None
    section: str | None
    position: int
    """Index of the first body line."""
    above: tuple[str, ...] = ()
    """Datelines above the headline (or the byline): the text's first paragraphs, as a dateline under it is."""


def read_head(line_at: LineAt) -> Head:
    """``read_header``, a site's name alone on the first line above the headline ("سكاي نيوز عربية"), a breadcrumb.

    The parser's, the listing's and ``save``'s reader of a document's top. A breadcrumb on the first
    or second line ("الرئيسية > أخبار > اقتصاد", over the headline or under the byline) is the site's
    navigation: the head is read as if it were not there, and its last crumb is the section when the
    byline gives none. A breadcrumb that starts with the site's name ("المصري اليوم » أخبار » محافظات",
    ``_site_crumb``) names the source too, when nothing else does.
    """
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
    if len(crumbs) != 2 or len(crumbs[1].split()) > _SECTION_CRUMB_MAX_WORDS or any(map(str.isdigit, crumbs[1])):
        return False
    return _site_crumb(crumbs[0])


def _read_head(line_at: LineAt) -> Head:
    """``read_head`` of lines without a breadcrumb."""
    first = line_at(0)
    if first is not None and first.plain and split_byline(first.text) is None and _site_shape(first.text):
        second = line_at(1)
        if second is not None and _byline(second) is None and (found := headline_below_dates(line_at, 1)):
            headline, index, above = found
            furniture = bool(above) or _furniture_at(line_at, index + 1)
            if _site_name(first.text) or _bare_site_name(first.text, headline, furniture):
                return Head(headline, first.text, None, index + 1, above)
    return read_header(line_at)


def _furniture_at(line_at: LineAt, index: int) -> bool:
    """Whether line ``index`` is a plain dateline, author line or URL."""
    line = line_at(index)
    return line is not None and line.plain and is_furniture(line.text)


_SITE_WORDS: Final = frozenset(
    normalize(word)
    for word in (
        "نيوز نت أونلاين الإخبارية إخبارية الإخباري وكالة صحيفة جريدة بوابة قناة شبكة إذاعة تلفزيون تايمز بوست"
        " news online net times post herald tribune gazette daily tv radio agency network"
    ).split()
)
"""Words of site names: "سكاي نيوز عربية", "العربية نت", "بوابة الأهرام", "Harbor Times"."""
_SITE_MAX_WORDS: Final = 4
_SITE_MAX_CHARS: Final = 40
_SITE_CHARS_RE: Final = re.compile(r"(?:[^\W\d_]|[ .'-])+$")
"""Letters, spaces, dots, hyphens and apostrophes only ("Al-Monitor", "News.com")."""


def _site_shape(text: str) -> bool:
    """A few words, only letters (no digits or punctuation): what a site's name alone looks like."""
    return len(text) <= _SITE_MAX_CHARS and len(text.split()) <= _SITE_MAX_WORDS and bool(_SITE_CHARS_RE.match(text))


def _site_name(text: str) -> bool:
    """A short line naming a site: ``_site_shape``, one of its words a site word ("بوابة الوادي")."""
    return any(word in _SITE_WORDS for word in normalize(text).split())


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
    folded = normalize(text).split()
    if any(word in _NAME_FUNCTION_WORDS for word in folded):
        return False
    return len(words) == 1 or furniture_below or _name_shaped(words, folded)


def _name_shaped(words: list[str], folded: list[str]) -> bool:
    """Each Arabic word with its article ("الشرق الأوسط"), or each Latin word capitalised bar particles."""
    if all(word.startswith("ال") and len(word) > 3 for word in folded):
        return True
    return all(word[:1].isupper() or (index and word in _LATIN_NAME_PARTICLES) for index, word in enumerate(words))


def looks_like_site_name(text: str) -> bool:
    """Whether a line names a site ("سكاي نيوز عربية", "Harbor Times"), as the one over a headline does."""
    return _site_name(text)


def _headline_at(line_at: LineAt, index: int) -> str | None:
    """Line ``index`` when it is a headline (headline-like and followed by a paragraph), else None.

    The paragraph below may come after URL, date and author lines, and after one short lead line
    without a full stop. A headline ending in an ellipsis ("... تعود إلى المسرح...") must be
    followed directly by a longer paragraph that ends like a sentence.
    """
    line = line_at(index)
    if line is None or not line.plain:
        return None
    trailing = not headline_in_place(line.text)
    if trailing and not (_ellipsis_headline(line.text) or _full_stop_headline(line.text)):
        return None
    short_lead = False
    for offset in range(1, 4):
        following = line_at(index + offset)
        if following is None or not following.plain:
            return None
        if is_furniture(following.text):  # a URL, date or author line between headline and text
            continue
        longer, ended = len(following.text) > len(line.text), is_sentence_end(following.text)
        if trailing:
            return line.text if longer and ended else None
        if longer or ended:
            return line.text
        if short_lead:
            return None
        short_lead = True  # a short lead without a full stop: the line after it decides
    return None


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


def kept(stripped: str) -> bool:
    """Whether a non-empty stripped line counts: not only symbols ("* * *" only separates)."""
    return stripped[0].isalnum() or any(map(str.isalnum, stripped))


RULE_CHARS: Final = frozenset("-–—*_=~#•·+─━═")
"""What a separator line is drawn with ("---", "———", "* * *", "___", "═══")."""
_RULE_MIN: Final = 3


def is_rule(stripped: str) -> bool:
    """Whether a stripped line is a separator drawn with dashes, stars, underscores or box lines ("* * *", "═══")."""
    drawn = stripped.replace(" ", "")
    return len(drawn) >= _RULE_MIN and all(char in RULE_CHARS for char in drawn)


def classified_with_rules(text: str, known: dict[str, Line] | None = None) -> tuple[list[Line], list[int]]:
    """``classified_lines``, and where separator lines (``is_rule``) stood: the index of the line after each.

    A separator is not a line of the result (it holds no text); an index is given once however many
    separators stand together.
    """
    lines: list[Line] = []
    rules: list[int] = []
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            continue
        if kept(stripped):
            found = known.get(stripped) if known else None
            lines.append(found if found is not None else classify(stripped))
        elif is_rule(stripped) and (not rules or rules[-1] != len(lines)):
            rules.append(len(lines))
    return lines, rules


def classified_lines(text: str, known: dict[str, Line] | None = None) -> list[Line]:
    """The classified non-empty lines that count, in order (``known``: lines classified already, by text)."""
    lines = [stripped for raw in text.split("\n") if (stripped := raw.strip()) and kept(stripped)]
    if not known:
        return [classify(line) for line in lines]
    return [found if (found := known.get(line)) is not None else classify(line) for line in lines]
