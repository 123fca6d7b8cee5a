"""How a link is compared with an article: URL and title keys, near-title scores, the postings of candidates."""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from bisect import bisect_left, insort
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from newstui.addresses import split_address
from newstui.text.lazy_regex import LazyRegex
from newstui.text.normalize import normalize

if TYPE_CHECKING:
    from newstui.model import Article, Link

__all__ = [
    "LONG_POSTINGS",
    "NEAR",
    "PAGE_EXTENSIONS",
    "NEAR_MIN_WORDS",
    "NONE",
    "TITLE",
    "URL",
    "Match",
    "Postings",
    "FILE_LINK_EXTENSIONS",
    "Ref",
    "TitleKey",
    "article_key",
    "count",
    "existing_file",
    "file_key",
    "file_link_id",
    "file_link_path",
    "file_stories",
    "is_page_file",
    "linked_file",
    "page_link_path",
    "positions",
    "post",
    "post_all",
    "probe",
    "title_key",
    "unpost",
    "url_key",
]

NEAR_MIN_WORDS: Final = 4
"""Fewest words both titles need for a near match."""
_HEAD_WORDS: Final = 3
"""Words of the title prefix index (a 4-word prefix whose last word is cut still shares 3)."""
_SHORT_POSTINGS: Final = 64
"""Postings short enough to probe beyond the minimum (see ``probe``)."""
LONG_POSTINGS: Final = 512
"""Postings too long to probe at all: the word is too common to find a near match by."""

NONE, NEAR, TITLE, URL = 0, 1, 2, 3
"""Match levels, weakest first."""

Ref = tuple[int, int]
"""(article position, link position): one link of one loaded article."""


def url_key(url: str) -> str | None:
    """A URL folded for comparison: no fragment, no trailing slash, lower-case host, http = https, and
    one percent-encoding of the path and query (see ``_canonical_escapes``).

    Args:
        url: an absolute URL.

    Returns:
        The comparison key, or None when ``url`` has no host.
    """
    parts = split_address(url.strip())
    if parts is None:
        return None
    try:
        port = parts.port  # (kept in the key unless the scheme's own: not ``host_of``, which drops it)
    except ValueError:  # a port that is no number or out of range ("http://a:x/"): no key either
        return None
    host = (parts.hostname or "").lower()  # (``hostname`` lower-cases all but an IPv6 zone id: this, that too)
    if not host:
        return None
    scheme = parts.scheme.lower()
    if port is not None and not (scheme in ("http", "https") and port in (80, 443)):
        host = f"{host}:{port}"
    if scheme in ("http", "https"):
        scheme = "http(s)"
    path = parts.path.rstrip("/")
    if "%" in path or " " in path or not path.isascii():
        path = _canonical_escapes(path)
    query = parts.query
    if query and ("%" in query or " " in query or not query.isascii()):
        query = _canonical_escapes(query)
    if query and _TRACKING.search(query):
        query = "&".join(part for part in query.split("&") if not _TRACKING.match(part))
    return f"{scheme}://{host}{path}{'?' + query if query else ''}"


_UNRESERVED: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
"""RFC 3986 unreserved characters: the same address written plain or percent-encoded."""
_KEEP: Final = "-._~!$&'()*+,;=:@/?[]%"
"""What ``quote`` leaves as written: unreserved, reserved (their escapes mean other addresses) and escapes."""
_ESCAPE: Final = LazyRegex(r"%[0-9A-Fa-f]{2}")
_ASCII_OR_LOWER: Final = LazyRegex(r"%[0-7a-f]")
_LOWER_SECOND: Final = LazyRegex(r"%.[a-f]")
"""Escapes ``_canonical_escapes`` may change (an ASCII character's, lower-case hex): with neither, none."""


def _escape(match: re.Match[str]) -> str:
    char = chr(int(match.group()[1:], 16))
    return char if char in _UNRESERVED else match.group().upper()


def _canonical_escapes(part: str) -> str:
    """A path or query with one percent-encoding of each address (RFC 3986 6.2.2).

    The form the pages' own URLs are stored in is kept: other characters than unreserved and reserved
    ones (Arabic, spaces) are UTF-8 escapes, hex digits upper-case (``%d8`` and a raw ``ح`` are both
    ``%D8%AD``), and an escaped unreserved character is written plain (``%41`` is ``A``). Escaped
    reserved characters stay escaped (``%2F`` is not ``/``, ``%26`` not ``&``), so no two different
    addresses get one key.
    """
    if not part.isascii() or " " in part:
        from urllib.parse import quote

        part = quote(part, safe=_KEEP)
    if _ASCII_OR_LOWER.search(part) is None and _LOWER_SECOND.search(part) is None:
        return part  # the usual case: upper-case escapes of Arabic letters (two searches: no alternation)
    return _ESCAPE.sub(_escape, part)


_TRACKING: Final = re.compile(r"(?:^|(?<=&))(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)(?:=|&|$)", re.IGNORECASE)
"""Query parameters that say how a link was shared, not what it leads to (``utm_source=rss``)."""


class TitleKey(NamedTuple):
    """A title as the matcher sees it: its normalized words (a named tuple: one per title, made cheaply)."""

    words: tuple[str, ...]
    """Interned: 10,000 titles share one string per distinct word. The words are the whole key
    (the normalized title is their join), so a title costs no second string."""
    size: int
    """Distinct words."""
    near_eligible: bool
    """At least NEAR_MIN_WORDS words: may take part in a near match."""

    @classmethod
    def of(cls, title: str, *, memo: bool = True) -> TitleKey:
        """The key of ``title`` (``memo``: see ``normalize``; False for an article's own title)."""
        words = tuple(map(sys.intern, normalize(title, memo=memo).split()))
        return cls(words, len(set(words)), len(words) >= NEAR_MIN_WORDS)

    @property
    def norm(self) -> str:
        """The normalized title."""
        return " ".join(self.words)

    @property
    def word_set(self) -> frozenset[str]:
        """The distinct words (built when asked: a set per title costs more memory than the title)."""
        return frozenset(self.words)

    @property
    def head(self) -> tuple[str, ...]:
        return self.words[:_HEAD_WORDS]


@lru_cache(maxsize=32768)
def title_key(title: str) -> TitleKey:
    """``TitleKey.of`` with a bounded memo, for link titles (they repeat across the pages of one site)."""
    return TitleKey.of(title)


def article_key(title: str) -> TitleKey:
    """The key of an article's own title: not memoized (the corpus keeps it, and titles rarely repeat)."""
    return TitleKey.of(title, memo=False)


def _is_prefix(a: TitleKey, b: TitleKey) -> bool:
    """Whether the shorter title's words start the longer one (its last word may be cut short)."""
    short, long = (a.words, b.words) if len(a.words) <= len(b.words) else (b.words, a.words)
    cut = len(short) - 1
    return long[cut].startswith(short[cut]) and short[:cut] == long[:cut]  # the last word first: cheaper


def _cut_title(link: TitleKey, article: TitleKey) -> bool:
    """Whether one title is the other cut short: the link's (a list's teaser, "…") whatever it leaves out; the
    article's only when what the link goes on with is short beside it (at most half as many content words as
    the article's title has), else the link names another story that starts alike ("أسعار الذهب ترتفع اليوم"
    is not "أسعار الذهب ترتفع اليوم في الهند وتنخفض في مصر")."""
    if not _is_prefix(link, article):
        return False
    shared = len(article.words)
    if len(link.words) <= shared:
        return True
    return 2 * len(_content(link.words[shared:])) <= len(_content(article.words))


_FUNCTION_WORDS: Final = frozenset(
    normalize(
        "في فى من إلى الى على عن مع ب ل ك و ف أو ثم أن إن قد الذي التي الذين هذا هذه ذلك تلك خلال حول"
        " عبر لدى حتى منذ the a an of in on at to for and or with by from as is are was were be its it"
        " this that these those into about"
    ).split()
)
"""Words a headline may gain or lose without changing its story (negations, numbers and "after"/"before"
are not among them: they change it)."""


def _content(words: tuple[str, ...]) -> list[str]:
    return [word for word in words if word not in _FUNCTION_WORDS]


_STORY_WORDS: Final = frozenset(
    normalize(
        "لا لم لن ليس ليست غير عدم دون بعد قبل ثان ثاني الثاني ثانية الثانية ثالث الثالث اول الاول اولى الاولى"
        " not no never after before first second third"
    ).split()
)
"""Words that make another story of a title that gains them (a negation, an ordinal, "after"/"before")."""
_ONE_MORE_MIN: Final = 5
"""Content words the shorter title needs for one describing word more to leave it the same story."""


def _one_word_more(short: list[str], long: list[str], extra: str) -> bool:
    """Whether the longer title's content words are the shorter's, in order, with one word more in between or at
    the start that says no other story ("واسعة", wide): not a number, a negation or an ordinal
    (``_STORY_WORDS``), and the shorter holding ``_ONE_MORE_MIN`` content words or more."""
    if len(long) != len(short) + 1 or len(short) < _ONE_MORE_MIN or extra in _STORY_WORDS:
        return False
    if any(char.isdigit() for char in extra) or extra not in long:
        return False
    at = long.index(extra)
    return long[:at] + long[at + 1 :] == short


def _cut_word(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether one side's only unshared content word starts an unshared word of the other (a cut last word).

    (A cut word whose whole form the shorter title also has earlier is not seen: such a title is
    refused, as cheaply as the titles that share all but a marker word are.)
    """
    for one, other in ((mine, theirs), (theirs, mine)):
        if len(one) == 1:
            (cut,) = one
            for word in other:
                if word.startswith(cut):
                    return True
    return False


def _same_story(a: TitleKey, a_words: frozenset[str], b: TitleKey) -> bool:
    """Whether two Jaccard-near titles differ only in function words, word order or a cut tail.

    Their content words (all but ``_FUNCTION_WORDS``) must be the same set, or the shorter run of them
    must start the longer (its last word may be cut short): a content word that differs otherwise
    ("early" and "evening" trading) makes them two stories, however many words they share.
    ``a_words`` is ``a.word_set``, built once by the caller.
    """
    differ = a_words.symmetric_difference(b.words).difference(_FUNCTION_WORDS)
    if not differ:
        return True
    mine = differ.intersection(a_words)
    if mine and len(mine) < len(differ) and not _cut_word(mine, differ.difference(mine)):
        return False  # both have a content word the other lacks, and neither is the other's cut short
    short, long = sorted((_content(a.words), _content(b.words)), key=len)
    if len(differ) == 1 and _one_word_more(short, long, next(iter(differ))):
        return True  # "… عن أحياء في العاصمة …" and "… عن أحياء واسعة في العاصمة …": a describing word more
    cut = len(short) - 1
    if cut < 0 or short[:cut] != long[:cut]:
        return cut < 0  # function words only: nothing in it says another story
    return long[cut].startswith(short[cut]) or (len(short) == len(long) and short[cut].startswith(long[cut]))


def probe(words: frozenset[str], index: Postings | dict[str, set[Ref]]) -> tuple[list[str], int]:
    """Which of a title's words to look up, and how many of them a Jaccard >= 0.8 match must hold.

    A set B with Jaccard(A, B) >= 0.8 holds at least ceil(0.8 |A|) words of A, so it misses at most
    ``may_miss`` = |A| - ceil(0.8 |A|) of them: any ``may_miss + 1`` words of A include one of B's.
    The rarest words are probed; up to two more are added while their postings are short, and each
    extra probe raises the hits a candidate needs by one, which keeps the candidate lists short. A
    title that has fewer than ``may_miss + 1`` uncommon words (a common word is in more than
    ``LONG_POSTINGS`` titles) gets no word-based candidates, so one lookup never costs time in
    proportion to the corpus; such titles can still match by equality or prefix.
    """
    size = len(words)
    may_miss = size - (4 * size + 4) // 5
    ranked = sorted(words, key=lambda word: (count(index, word), word))
    probes = ranked[: may_miss + 1]
    if count(index, probes[-1]) > LONG_POSTINGS:
        return [], 1  # a title of common words only: no word-based near match (too costly, too risky)
    for word in ranked[may_miss + 1 : may_miss + 3]:
        if count(index, word) > _SHORT_POSTINGS:
            break
        probes.append(word)
    return probes, len(probes) - may_miss


Postings = dict[Any, "int | list[int]"]
"""An article index: the positions filed under each key, one as a bare int (most keys of 10,000
titles have one article: no list for each), several as a list."""


def post(index: Postings, key: Any, position: int) -> None:
    """File ``position`` under ``key``, keeping each key's positions in ascending order."""
    post_all(index, (key,), position)


def post_all(index: Postings, keys: Iterable[Any], position: int) -> None:
    """File ``position`` under each of ``keys`` (a title's words), as ``post`` does, in one call.

    A new article has the highest position so far, so its position mostly goes at the end.
    """
    get = index.get
    for key in keys:
        found = get(key)
        if found is None:
            index[key] = position
        elif isinstance(found, int):
            index[key] = [found, position] if found < position else [position, found]
        elif found[-1] < position:
            found.append(position)
        else:
            insort(found, position)


def positions(index: Postings, key: Any) -> Sequence[int]:
    """The positions filed under ``key``, ascending."""
    found = index.get(key)
    if found is None:
        return ()
    return (found,) if isinstance(found, int) else found


def unpost(index: Postings, key: Any, position: int) -> None:
    """Take ``position`` out of ``key``'s positions (if it is there)."""
    found = index.get(key)
    if found == position:
        del index[key]
    elif isinstance(found, list):
        at = bisect_left(found, position)  # kept ascending (``post_all``)
        if at < len(found) and found[at] == position:
            del found[at]
            if len(found) == 1:
                index[key] = found[0]


def count(index: Postings | dict[str, set[Ref]], key: Any) -> int:
    """How many positions or links are filed under ``key``."""
    found = index.get(key)
    if found is None:
        return 0
    return 1 if isinstance(found, int) else len(found)


class Match:
    """The best target found so far for one link, and how it was found (a plain class: no dataclass code
    generation on the way to the reader's first frame)."""

    __slots__ = ("best", "best_words", "key", "level", "score", "tied", "url", "words")

    def __init__(self, key: TitleKey, url: str | None) -> None:
        self.key = key
        self.url = url
        """The link's URL key."""
        self.level = NONE
        self.score = 0.0
        """Jaccard of the word sets (near matches only)."""
        self.best: int | None = None
        """Position of the best article so far."""
        self.tied = False
        """Two different titles share the best near score: no target."""
        self.best_words: tuple[str, ...] = ()
        """The normalized title of the best near match (its words)."""
        self.words: frozenset[str] | None = None
        """The link's distinct words, built on the first near comparison (the corpus drops them when a
        search is over: the set costs more memory than the title)."""

    @property
    def final(self) -> bool:
        """No article loaded later can beat this match (the earliest URL, or title when there is no URL)."""
        return self.level == URL or (self.level == TITLE and self.url is None)

    @property
    def target(self) -> int | None:
        return None if self.tied else self.best

    def offer(self, position: int, other: TitleKey, other_url: str | None) -> None:
        """Consider the article at ``position`` (loaded after every article considered before)."""
        if self.url is not None and other_url == self.url:
            if self.level < URL:
                self.level, self.best, self.tied = URL, position, False
            return
        if self.level >= TITLE:
            return
        if other.words and other.words == self.key.words:
            self.level, self.best, self.tied = TITLE, position, False
            return
        if not (self.key.near_eligible and other.near_eligible):
            return
        mine = self.words
        if mine is None:
            mine = self.words = self.key.word_set
        common = len(mine.intersection(other.words))
        union = self.key.size + other.size - common
        score = max(common / union, 0.01)
        if score < self.score:
            return  # neither the best nor a tie, whatever the words
        if (5 * common < 4 * union or not _same_story(self.key, mine, other)) and not _cut_title(self.key, other):
            return
        if score > self.score:
            self.level, self.score, self.best, self.tied = NEAR, score, position, False
            self.best_words = other.words
        elif score == self.score and other.words != self.best_words:
            self.tied = True


FILE_LINK_EXTENSIONS: Final = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml"})
"""The extensions of a story file a related link may name by its bare name (the folder loader's story files)."""
_NAME_MAX: Final = 255
"""Longest file name (bytes, as most file systems allow): a longer "name" is a sentence, not a file."""


def file_link_path(text: str, origin: str) -> str | None:
    """The file a related link names by its bare file name (``2_festival.txt``), in the folder of the story
    file ``origin`` that links to it; None when ``text`` is no bare name of a story file (a headline, a path
    with folders, an address) or ``origin`` is no local file (a web page, standard input)."""
    name = text.strip()
    if not is_file_name(name) or not origin or origin == "-" or "://" in origin:
        return None
    return os.path.join(os.path.dirname(origin), name)


def is_file_name(text: str) -> bool:
    """Whether ``text`` (stripped) is the bare name of a story file, ``2_festival.txt``: no folder, no hidden
    file, an extension of ``FILE_LINK_EXTENSIONS``."""
    name = text.strip()
    if not name or "/" in name or "\\" in name or name.startswith(".") or not name.isprintable():
        return False
    stem, extension = os.path.splitext(name)
    return bool(stem) and extension.lower() in FILE_LINK_EXTENSIONS and len(name.encode()) <= _NAME_MAX


PAGE_EXTENSIONS: Final = frozenset({".html", ".htm", ".xhtml"})
"""The extensions of a local HTML page, whose links may name a story file by a relative path or a ``file:`` URL."""


def is_page_file(origin: str) -> bool:
    """Whether ``origin`` is a local HTML page (by its extension): not a web page, standard input or text file."""
    return (
        bool(origin)
        and origin != "-"
        and "://" not in origin
        and os.path.splitext(origin)[1].lower() in PAGE_EXTENSIONS
    )


def page_link_path(address: str, origin: str) -> str | None:
    """The story file a link of the local HTML page ``origin`` names by its address: a relative path (``b.html``,
    ``sub/c.txt``, ``../28/1.txt``, resolved against the page's folder, as a browser opening the saved page does) or
    a ``file:`` URL of this machine (``file:///news/b.html``, named as ``origin`` is: relative to the working folder
    when ``origin`` is); None for any other address, one naming no story file (``FILE_LINK_EXTENSIONS``), or an
    ``origin`` that is no local page. A path, not a file found: only a story loaded from it is a link's target
    (``file_link_id``), so a page's link never reaches a file the sources did not give."""
    address = address.strip()
    if not address or not is_page_file(origin):
        return None
    from urllib.parse import unquote, urlsplit

    if address[:5].lower() == "file:":
        try:
            parts = urlsplit(address)
        except ValueError:
            return None
        if parts.netloc not in ("", "localhost") or not parts.path.startswith("/"):
            return None
        path = unquote(parts.path)
        if not os.path.isabs(origin):
            try:
                path = os.path.relpath(path)
            except (OSError, ValueError):
                return None
    else:
        if address.startswith(("/", "\\", "#")) or ":" in address.split("/", 1)[0]:
            return None  # a site path, an address with a host, another scheme (``javascript:``)
        relative = unquote(address.split("#", 1)[0].split("?", 1)[0])
        if not relative or relative.endswith("/"):
            return None
        path = os.path.join(os.path.dirname(origin), relative)
    stem, extension = os.path.splitext(os.path.basename(path))
    if not stem or extension.lower() not in FILE_LINK_EXTENSIONS or "\x00" in path:
        return None
    return path


def linked_file(link: Link, origin: str) -> str | None:
    """The story file ``link`` names by its bare file name (``file_link_path``: its address, else its title), in
    the folder of the story file ``origin`` that links to it, or, in a local HTML page, by a relative path or a
    ``file:`` URL (``page_link_path``), as a normalized path (``file_key``); None when it names none."""
    for text in (link.url, link.title):
        path = file_link_path(text, origin) if text else None
        if path is not None:
            return file_key(path)
    if link.url is not None and (path := page_link_path(link.url, origin)) is not None:
        return file_key(path)
    return None


def file_key(path: str) -> str:
    """A file's path as file-name links compare it: ``os.path.normpath``, and Unicode NFC, so that a name typed
    (NFC) finds the file macOS wrote under the decomposed form (NFD: ``أ`` as ``ا`` and a combining hamza), or
    a Mac-made zip or an rsync from a Mac left, whose name looks the same."""
    path = os.path.normpath(path)
    return path if path.isascii() else unicodedata.normalize("NFC", path)


def existing_file(path: str) -> str | None:
    """The regular file at ``path`` (a story file's folder and a bare name a link gives), or the one of its folder
    whose name differs from it only in Unicode normalization (``file_key``); None when there is none."""
    if os.path.isfile(path):
        return path
    folder, name = os.path.split(path)
    if name.isascii():
        return None
    wanted = unicodedata.normalize("NFC", name)
    try:
        with os.scandir(folder or ".") as entries:
            for entry in entries:
                if not entry.name.isascii() and unicodedata.normalize("NFC", entry.name) == wanted:
                    return entry.path if entry.is_file() else None
    except OSError:
        return None
    return None


def file_link_id(link: Link, origin: str, articles: Iterable[Article]) -> str | None:
    """The id of the loaded story of the file ``link`` names by its bare file name (``linked_file``), in the
    folder of the story file ``origin`` that links to it: the first story of that file; None if none is loaded."""
    wanted = linked_file(link, origin)
    if wanted is None:
        return None
    name = os.path.basename(wanted)
    if not isinstance(articles, Collection):
        articles = list(articles)  # (looked through twice)
    found = next(
        (
            article.id
            for article in articles
            if article.origin.endswith(name) and os.path.normpath(article.origin) == wanted
        ),
        None,
    )
    if found is None and not name.isascii():  # the name written decomposed (NFD) on one side: a second look
        found = next((article.id for article in articles if file_key(article.origin) == wanted), None)
    return found


def file_stories(articles: Iterable[Article]) -> dict[str, str]:
    """The id of the first story of each file ``articles`` come from, by the file's normalized path (``file_key``):
    where ``file_link_id`` looks, made once for many links (``stories.get(linked_file(link, origin))``)."""
    stories: dict[str, str] = {}
    for article in articles:
        stories.setdefault(file_key(article.origin), article.id)
    return stories
