"""The loaded articles: lookup by id and URL, related-link resolution across sources, and search.

A link resolves to a loaded article (from any source of the run, never the link's own article) by,
in order of preference:

1. URL: the link's URL equals the article's URL (fragment dropped, trailing slash, host case and
   http/https ignored);
2. title: the normalized titles are equal (``text.normalize``: hamza, quotes, harakat, spacing ...);
   the first loaded article with that title wins;
3. near title, conservatively: both titles have at least 4 words, and one is a word prefix of the
   other (its last word may be cut short, as sites truncate headlines) or their word sets have a
   Jaccard similarity of at least 0.8. The best candidate wins; a tie between different titles
   links nothing.

Targets a parser set (read-also and parent links) are kept as they are. Articles are indexed by
normalized title, URL, first words and words, and so are the links still waiting for a better
target; each new article is offered only to the waiting links it could beat. Adding a batch costs
time in proportion to the batch (about 0.7 ms per article with nine related links, measured on
10,000 synthetic articles), not to the corpus.
"""

from __future__ import annotations

import sys
from bisect import insort
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import chain
from typing import Any, Final, NamedTuple
from urllib.parse import urlsplit

from newstui.model import Article, Link
from newstui.text.normalize import normalize

__all__ = ["Corpus", "resolve_links", "url_key"]

NEAR_MIN_WORDS: Final = 4
"""Fewest words both titles need for a near match."""
_HEAD_WORDS: Final = 3
"""Words of the title prefix index (a 4-word prefix whose last word is cut still shares 3)."""
_SHORT_POSTINGS: Final = 64
"""Postings short enough to probe beyond the minimum (see ``_probe``)."""
_LONG_POSTINGS: Final = 512
"""Postings too long to probe at all: the word is too common to find a near match by."""

_NONE, _NEAR, _TITLE, _URL = 0, 1, 2, 3
"""Match levels, weakest first."""

_Ref = tuple[int, int]
"""(article position, link position): one link of one loaded article."""


def url_key(url: str) -> str | None:
    """A URL folded for comparison: no fragment, no trailing slash, lower-case host, http = https.

    Args:
        url: an absolute URL.

    Returns:
        The comparison key, or None when ``url`` has no host.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if not host:
        return None
    scheme = parts.scheme.lower()
    if port is not None and not (scheme in ("http", "https") and port in (80, 443)):
        host = f"{host}:{port}"
    if scheme in ("http", "https"):
        scheme = "http(s)"
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"{scheme}://{host}{path}{query}"


class _TitleKey(NamedTuple):
    """A title as the matcher sees it: its normalized words (a named tuple: one per title, made cheaply)."""

    words: tuple[str, ...]
    """Interned: 10,000 titles share one string per distinct word. The words are the whole key
    (the normalized title is their join), so a title costs no second string."""
    size: int
    """Distinct words."""
    near_eligible: bool
    """At least NEAR_MIN_WORDS words: may take part in a near match."""

    @classmethod
    def of(cls, title: str, *, memo: bool = True) -> _TitleKey:
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
def _title_key(title: str) -> _TitleKey:
    """``_TitleKey.of`` with a bounded memo, for link titles (they repeat across the pages of one site)."""
    return _TitleKey.of(title)


def _article_key(title: str) -> _TitleKey:
    """The key of an article's own title: not memoized (the corpus keeps it, and titles rarely repeat)."""
    return _TitleKey.of(title, memo=False)


def _is_prefix(a: _TitleKey, b: _TitleKey) -> bool:
    """Whether the shorter title's words start the longer one (its last word may be cut short)."""
    short, long = (a.words, b.words) if len(a.words) <= len(b.words) else (b.words, a.words)
    cut = len(short) - 1
    return short[:cut] == long[:cut] and long[cut].startswith(short[cut])


def _jaccard(a: _TitleKey, b: _TitleKey) -> tuple[int, int]:
    """(common, union) sizes of the two word sets."""
    common = len(a.word_set & b.word_set)
    return common, len(a.word_set) + len(b.word_set) - common


def _probe(words: frozenset[str], index: _Postings | dict[str, set[_Ref]]) -> tuple[list[str], int]:
    """Which of a title's words to look up, and how many of them a Jaccard >= 0.8 match must hold.

    A set B with Jaccard(A, B) >= 0.8 holds at least ceil(0.8 |A|) words of A, so it misses at most
    ``may_miss`` = |A| - ceil(0.8 |A|) of them: any ``may_miss + 1`` words of A include one of B's.
    The rarest words are probed; up to two more are added while their postings are short, and each
    extra probe raises the hits a candidate needs by one, which keeps the candidate lists short. A
    title that has fewer than ``may_miss + 1`` uncommon words (a common word is in more than
    ``_LONG_POSTINGS`` titles) gets no word-based candidates, so one lookup never costs time in
    proportion to the corpus; such titles can still match by equality or prefix.
    """
    size = len(words)
    may_miss = size - (4 * size + 4) // 5
    ranked = sorted(words, key=lambda word: (_count(index, word), word))
    probes = ranked[: may_miss + 1]
    if _count(index, probes[-1]) > _LONG_POSTINGS:
        return [], 1  # a title of common words only: no word-based near match (too costly, too risky)
    for word in ranked[may_miss + 1 : may_miss + 3]:
        if _count(index, word) > _SHORT_POSTINGS:
            break
        probes.append(word)
    return probes, len(probes) - may_miss


_Postings = dict[Any, "int | list[int]"]
"""An article index: the positions filed under each key, one as a bare int (most keys of 10,000
titles have one article: no list for each), several as a list."""


def _post(index: _Postings, key: Any, position: int) -> None:
    """File ``position`` under ``key``, keeping each key's positions in ascending order."""
    found = index.get(key)
    if found is None:
        index[key] = position
    elif isinstance(found, int):
        index[key] = [found, position] if found < position else [position, found]
    else:
        insort(found, position)


def _positions(index: _Postings, key: Any) -> Sequence[int]:
    """The positions filed under ``key``, ascending."""
    found = index.get(key)
    if found is None:
        return ()
    return (found,) if isinstance(found, int) else found


def _unpost(index: _Postings, key: Any, position: int) -> None:
    """Take ``position`` out of ``key``'s positions (if it is there)."""
    found = index.get(key)
    if found == position:
        del index[key]
    elif isinstance(found, list) and position in found:
        found.remove(position)
        if len(found) == 1:
            index[key] = found[0]


def _count(index: _Postings | dict[str, set[_Ref]], key: Any) -> int:
    """How many positions or links are filed under ``key``."""
    found = index.get(key)
    if found is None:
        return 0
    return 1 if isinstance(found, int) else len(found)


class _Match:
    """The best target found so far for one link, and how it was found (a plain class: no dataclass code
    generation on the way to the reader's first frame)."""

    __slots__ = ("best", "best_words", "key", "level", "score", "tied", "url")

    def __init__(self, key: _TitleKey, url: str | None) -> None:
        self.key = key
        self.url = url
        """The link's URL key."""
        self.level = _NONE
        self.score = 0.0
        """Jaccard of the word sets (near matches only)."""
        self.best: int | None = None
        """Position of the best article so far."""
        self.tied = False
        """Two different titles share the best near score: no target."""
        self.best_words: tuple[str, ...] = ()
        """The normalized title of the best near match (its words)."""

    @property
    def final(self) -> bool:
        """No article loaded later can beat this match (the earliest URL, or title when there is no URL)."""
        return self.level == _URL or (self.level == _TITLE and self.url is None)

    @property
    def target(self) -> int | None:
        return None if self.tied else self.best

    def offer(self, position: int, other: _TitleKey, other_url: str | None) -> None:
        """Consider the article at ``position`` (loaded after every article considered before)."""
        if self.url is not None and other_url == self.url:
            if self.level < _URL:
                self.level, self.best, self.tied = _URL, position, False
            return
        if self.level >= _TITLE:
            return
        if other.words and other.words == self.key.words:
            self.level, self.best, self.tied = _TITLE, position, False
            return
        if not (self.key.near_eligible and other.near_eligible):
            return
        common, union = _jaccard(self.key, other)
        if 5 * common < 4 * union and not _is_prefix(self.key, other):
            return
        score = max(common / union, 0.01)
        if score > self.score:
            self.level, self.score, self.best, self.tied = _NEAR, score, position, False
            self.best_words = other.words
        elif score == self.score and other.words != self.best_words:
            self.tied = True


def _search_text(article: Article, title_norm: str) -> str:
    """What the list filter matches: normalized title (given), source, section and keywords."""
    fields = [article.source or "", article.section or "", *article.keywords]
    if not any(fields):
        return title_norm  # a title-only entry: no second copy of its normalized title
    return "\n".join([title_norm, *(normalize(text) for text in fields)])


class Corpus:
    """The articles loaded in this run, in load order, with their links resolved across sources."""

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self._articles: list[Article] = []
        self._position: dict[str, int] = {}
        self._keys: list[_TitleKey] = []
        self._urls: list[str | None] = []
        self._search: list[str] = []
        """Filter haystacks of the first ``len(self._search)`` articles, built on the first filter."""
        self._by_title: _Postings = {}
        self._by_url: dict[str, int] = {}
        self._by_head: _Postings = {}
        self._by_word: _Postings = {}
        # Links that a later article could still give a (better) target, indexed the same way.
        self._pending: dict[_Ref, _Match] = {}
        self._p_title: dict[tuple[str, ...], set[_Ref]] = {}
        self._p_url: dict[str, set[_Ref]] = {}
        self._p_head: dict[tuple[str, ...], set[_Ref]] = {}
        self._p_word: dict[str, set[_Ref]] = {}
        self.add(articles)

    # -- container --------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(list(self._articles))

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._position

    @property
    def articles(self) -> list[Article]:
        """The articles in load order, with their links as resolved so far (a new list)."""
        return list(self._articles)

    def get(self, article_id: str) -> Article | None:
        """The loaded article with this id (its current, link-resolved version), or None."""
        position = self._position.get(article_id)
        return None if position is None else self._articles[position]

    def by_url(self, url: str) -> Article | None:
        """The first loaded article whose URL matches ``url`` (see ``url_key``), or None."""
        key = url_key(url)
        position = self._by_url.get(key) if key is not None else None
        return None if position is None else self._articles[position]

    # -- loading ----------------------------------------------------------------------------------

    def add(self, articles: Iterable[Article]) -> None:
        """Add articles (an id already loaded is ignored) and resolve every link they affect.

        Links of the new articles are resolved against the whole corpus. Links of earlier articles
        that are still unresolved (or only near-matched) are offered each new article that could be
        their target. Articles whose links change are replaced by updated copies.
        """
        first = len(self._articles)
        for article in articles:
            if article.id not in self._position:
                self._index(article)
        added = range(first, len(self._articles))
        if not added:
            return
        changes: dict[int, dict[int, int | None]] = {}
        for position in added if self._pending else ():  # a first batch has no earlier links waiting
            self._offer(position, changes, earlier_than=first)  # links of this batch are searched below
        for position in added:
            self._resolve_own_links(position, changes)
        self._apply(changes)

    def _offer(self, position: int, changes: dict[int, dict[int, int | None]], *, earlier_than: int) -> None:
        """Offer the article at ``position`` to the waiting links of articles before ``earlier_than``."""
        for ref in sorted(self._pending_hits(position)):
            if ref[0] >= earlier_than or ref[0] == position:
                continue
            match = self._pending[ref]
            before = match.target
            match.offer(position, self._keys[position], self._urls[position])
            if match.final:
                self._unpend(ref)
            if match.target != before:
                changes.setdefault(ref[0], {})[ref[1]] = match.target

    def _resolve_own_links(self, position: int, changes: dict[int, dict[int, int | None]]) -> None:
        """Search a target for every unresolved link of the article at ``position``; note the changes."""
        for number, link in enumerate(self._articles[position].related):
            if link.target is not None:
                continue
            match = self._search_match(link, owner=position)
            if not match.final:
                self._pend((position, number), match)
            if match.target is not None:
                changes.setdefault(position, {})[number] = match.target

    def upgrade(self, article: Article) -> Article:
        """Replace a loaded article by a fuller version of itself with the same id.

        Used when a feed entry's page has been fetched or a title-only folder entry is parsed: links
        that pointed at the entry keep pointing at it, the list keeps its place, the new version's own
        links are resolved, and its URL (if the entry had none) is indexed.

        Returns:
            The stored version (with its links resolved).

        Raises:
            KeyError: no article with that id is loaded.
        """
        position = self._position[article.id]
        for ref in [ref for ref in self._pending if ref[0] == position]:
            self._unpend(ref)
        self._articles[position] = article
        key = _article_key(article.title)
        retitled = key.words != self._keys[position].words  # e.g. a file edited after it was listed
        if retitled:
            self._unindex_title(position, self._keys[position])
            self._keys[position] = key
            self._index_title(position, key)
        if position < len(self._search):
            self._search[position] = _search_text(article, self._keys[position].norm)
        ukey = url_key(article.url) if article.url else None
        if ukey is not None and self._urls[position] is None:  # e.g. a folder file parsed on opening
            self._urls[position] = ukey
            self._by_url.setdefault(ukey, position)
        changes: dict[int, dict[int, int | None]] = {}
        if retitled:  # links still waiting for a target may find it under the new title
            self._offer(position, changes, earlier_than=len(self._articles))
        self._resolve_own_links(position, changes)
        self._apply(changes)
        return self._articles[position]

    def _apply(self, changes: dict[int, dict[int, int | None]]) -> None:
        """Replace the articles whose links got new targets."""
        for position, targets in changes.items():
            article = self._articles[position]
            related = tuple(
                link if number not in targets else Link(link.title, link.url, self._id_at(targets[number]), link.kind)
                for number, link in enumerate(article.related)
            )
            self._articles[position] = article.with_related(related)

    def _id_at(self, position: int | None) -> str | None:
        return None if position is None else self._articles[position].id

    def _index(self, article: Article) -> int:
        position = len(self._articles)
        key = _article_key(article.title)
        ukey = url_key(article.url) if article.url else None
        self._articles.append(article)
        self._position[article.id] = position
        self._keys.append(key)
        self._urls.append(ukey)
        if ukey is not None:
            self._by_url.setdefault(ukey, position)
        self._index_title(position, key)
        return position

    def _index_title(self, position: int, key: _TitleKey) -> None:
        """File the article at ``position`` under its title (exact, first words, words)."""
        if key.words:
            _post(self._by_title, key.words, position)  # load order: the first one wins
        if key.near_eligible:
            _post(self._by_head, key.head, position)
            for word in key.word_set:
                _post(self._by_word, word, position)

    def _unindex_title(self, position: int, key: _TitleKey) -> None:
        """Take the article at ``position`` out of the title indexes (its title changed)."""
        _unpost(self._by_title, key.words, position)
        if key.near_eligible:
            _unpost(self._by_head, key.head, position)
            for word in key.word_set:
                _unpost(self._by_word, word, position)

    def _pending_hits(self, position: int) -> set[_Ref]:
        """Pending links that the article at ``position`` could be a target for."""
        key = self._keys[position]
        hits: set[_Ref] = set(self._p_title.get(key.words, ()))
        ukey = self._urls[position]
        if ukey is not None:
            hits |= self._p_url.get(ukey, set())
        if key.near_eligible:
            hits |= self._p_head.get(key.head, set())
            words, need = _probe(key.word_set, self._p_word)
            if need == 1:
                for word in words:
                    hits |= self._p_word.get(word, set())
            else:
                counts = Counter(chain.from_iterable(self._p_word.get(word, ()) for word in words))
                hits.update(ref for ref, found in counts.items() if found >= need)
        return hits

    def _pend(self, ref: _Ref, match: _Match) -> None:
        key = match.key
        self._pending[ref] = match
        if key.words:
            self._p_title.setdefault(key.words, set()).add(ref)
        if match.url is not None:
            self._p_url.setdefault(match.url, set()).add(ref)
        if key.near_eligible:
            self._p_head.setdefault(key.head, set()).add(ref)
            for word in key.word_set:
                self._p_word.setdefault(word, set()).add(ref)

    def _unpend(self, ref: _Ref) -> None:
        match = self._pending.pop(ref, None)
        if match is None:
            return
        key = match.key
        self._p_title.get(key.words, set()).discard(ref)
        if match.url is not None:
            self._p_url.get(match.url, set()).discard(ref)
        if key.near_eligible:
            self._p_head.get(key.head, set()).discard(ref)
            for word in key.word_set:
                self._p_word.get(word, set()).discard(ref)

    # -- resolution -------------------------------------------------------------------------------

    def _search_match(self, link: Link, owner: int | None) -> _Match:
        """The best target for ``link`` among all loaded articles but ``owner``."""
        match = _Match(_title_key(link.title), url_key(link.url) if link.url else None)
        if match.url is not None:
            position = self._by_url.get(match.url)
            if position is not None and position != owner:
                match.level, match.best = _URL, position
                return match
        for position in _positions(self._by_title, match.key.words):
            if position != owner:
                match.level, match.best = _TITLE, position
                return match
        if not match.key.near_eligible:
            return match
        for position in sorted(self._near_candidates(match.key)):
            if position != owner:
                match.offer(position, self._keys[position], None)
        return match

    def _near_candidates(self, key: _TitleKey) -> set[int]:
        """Articles that may near-match ``key``: same first words, or enough of its rarest words."""
        candidates = set(_positions(self._by_head, key.head))
        size = key.size
        words, need = _probe(key.word_set, self._by_word)
        low, high = (4 * size + 4) // 5, (5 * size) // 4
        keys = self._keys
        if need == 1:
            found: set[int] = set()
            for word in words:
                found.update(_positions(self._by_word, word))
        else:
            counts = Counter(chain.from_iterable(_positions(self._by_word, word) for word in words))
            found = {position for position, hits in counts.items() if hits >= need}
        candidates.update(position for position in found if low <= keys[position].size <= high)
        return candidates

    def resolve(self, link: Link) -> str | None:
        """The id of the loaded article ``link`` points to, or None.

        A target that is already set is kept when that article is loaded; otherwise the link is
        matched by URL, title and near title as described in the module docstring.
        """
        if link.target is not None and link.target in self._position:
            return link.target
        return self._id_at(self._search_match(link, owner=None).target)

    def related_of(self, article: Article) -> list[Link]:
        """The related links of ``article`` with targets resolved against this corpus."""
        current = self.get(article.id)
        if current is not None:
            return list(current.related)
        return [
            link if link.target is not None else Link(link.title, link.url, self.resolve(link), link.kind)
            for link in article.related
        ]

    def unseen(self, articles: Iterable[Article], *, tag: str) -> list[Article]:
        """The articles of a reload that are not loaded yet, each with an id no loaded article has.

        A story is loaded already when an article with its URL is (``by_url``), or one with the same
        normalized title from the same source: a feed that gained entries on top numbers its old
        entries anew, so ids alone cannot tell. A new story whose id is taken (a feed's new first
        entry gets the old first entry's id) gets ``.{tag}`` added to it.

        Args:
            articles: what loading the sources again gave, in load order.
            tag: added to a taken id (one per reload, e.g. ``"r2"``).

        Returns:
            The new articles, in the order given (their links are resolved when they are added).
        """
        titles = {(key.words, article.source) for key, article in zip(self._keys, self._articles, strict=True)}
        found: list[Article] = []
        taken: set[str] = set()
        for article in articles:
            if article.url and self.by_url(article.url) is not None:
                continue
            title = (_article_key(article.title).words, article.source)
            if title in titles:
                continue
            titles.add(title)
            if article.id in self._position or article.id in taken:
                article = replace(article, id=f"{article.id}.{tag}")
            taken.add(article.id)
            found.append(article)
        return found

    # -- search -----------------------------------------------------------------------------------

    def _haystacks(self) -> list[str]:
        """The filter haystacks of every article (the missing ones are built now)."""
        search = self._search
        for position in range(len(search), len(self._articles)):
            search.append(_search_text(self._articles[position], self._keys[position].norm))
        return search

    def filter(self, query: str) -> list[Article]:
        """Articles whose title, source, section or keywords contain every word of ``query``.

        Matching is on normalized text (``الامارات`` finds ``الإمارات``); an empty query gives all.
        """
        words = normalize(query).split()
        if not words:
            return list(self._articles)
        return [
            article
            for article, haystack in zip(self._articles, self._haystacks(), strict=True)
            if all(word in haystack for word in words)
        ]


def resolve_links(articles: Sequence[Article]) -> list[Article]:
    """The articles (duplicate ids dropped) with their related links resolved among themselves.

    Args:
        articles: articles from one or more sources, in load order.

    Returns:
        New copies where links found a target; others unchanged; same order.
    """
    if all(link.target is not None for article in articles for link in article.related):
        # Nothing to look for (a folder of articles without read-also links): no title index needed.
        seen: set[str] = set()
        unique = []
        for article in articles:
            if article.id not in seen:
                seen.add(article.id)
                unique.append(article)
        return unique
    return Corpus(articles).articles
