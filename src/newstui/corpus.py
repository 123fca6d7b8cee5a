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
target, so adding a batch costs time in proportion to the batch, not to the corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Final
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


@dataclass(frozen=True, slots=True)
class _TitleKey:
    """A title as the matcher sees it."""

    norm: str
    words: tuple[str, ...]
    word_set: frozenset[str]
    near_eligible: bool
    """At least NEAR_MIN_WORDS words: may take part in a near match."""

    @classmethod
    def of(cls, title: str) -> _TitleKey:
        norm = normalize(title)
        words = tuple(norm.split())
        return cls(norm, words, frozenset(words), len(words) >= NEAR_MIN_WORDS)

    @property
    def head(self) -> tuple[str, ...]:
        return self.words[:_HEAD_WORDS]


def _is_prefix(a: _TitleKey, b: _TitleKey) -> bool:
    """Whether the shorter title's words start the longer one (its last word may be cut short)."""
    short, long = (a.words, b.words) if len(a.words) <= len(b.words) else (b.words, a.words)
    cut = len(short) - 1
    return short[:cut] == long[:cut] and long[cut].startswith(short[cut])


def _jaccard(a: _TitleKey, b: _TitleKey) -> tuple[int, int]:
    """(common, union) sizes of the two word sets."""
    common = len(a.word_set & b.word_set)
    return common, len(a.word_set) + len(b.word_set) - common


def _probe(words: frozenset[str], index: dict[str, set[_Ref]] | dict[str, list[int]]) -> tuple[list[str], int]:
    """Which of a title's words to look up, and how many of them a Jaccard >= 0.8 match must hold.

    A set B with Jaccard(A, B) >= 0.8 holds at least ceil(0.8 |A|) words of A, so it misses at most
    ``may_miss`` = |A| - ceil(0.8 |A|) of them: any ``may_miss + 1`` words of A include one of B's.
    The rarest words are probed; up to two more are added while their postings are short, and each
    extra probe raises the hits a candidate needs by one, which keeps the candidate lists short.
    """
    size = len(words)
    may_miss = size - (4 * size + 4) // 5
    ranked = sorted(words, key=lambda word: (len(index.get(word, ())), word))
    probes = ranked[: may_miss + 1]
    for word in ranked[may_miss + 1 : may_miss + 3]:
        if len(index.get(word, ())) > _SHORT_POSTINGS:
            break
        probes.append(word)
    return probes, len(probes) - may_miss


class Corpus:
    """The articles loaded in this run, in load order, with their links resolved across sources."""

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self._articles: list[Article] = []
        self._position: dict[str, int] = {}
        self._keys: list[_TitleKey] = []
        self._search: list[str] = []
        self._by_title: dict[str, list[int]] = {}
        self._by_url: dict[str, int] = {}
        self._by_head: dict[tuple[str, ...], list[int]] = {}
        self._by_word: dict[str, list[int]] = {}
        # Links that may still find a (better) target, indexed the same way.
        self._pending: dict[_Ref, _TitleKey] = {}
        self._pending_url: dict[_Ref, str] = {}
        self._p_title: dict[str, set[_Ref]] = {}
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

        Links of the new articles are resolved against the whole corpus; links of earlier articles
        that are still unresolved (or only near-matched) are looked at again when a new article could
        be their target. Articles whose links change are replaced by updated copies.
        """
        added: list[int] = []
        for article in articles:
            if article.id in self._position:
                continue
            added.append(self._index(article))
        if not added:
            return
        affected: set[_Ref] = set()
        for position in added:
            for number, link in enumerate(self._articles[position].related):
                if link.target is None:
                    affected.add((position, number))
            affected |= self._pending_hits(position)
        self._update(affected)

    def _index(self, article: Article) -> int:
        position = len(self._articles)
        key = _TitleKey.of(article.title)
        self._articles.append(article)
        self._position[article.id] = position
        self._keys.append(key)
        fields = [article.title, article.source or "", article.section or "", *article.keywords]
        self._search.append("\n".join(normalize(text) for text in fields))
        if key.norm:
            self._by_title.setdefault(key.norm, []).append(position)
        if article.url and (ukey := url_key(article.url)) is not None:
            self._by_url.setdefault(ukey, position)
        if key.near_eligible:
            self._by_head.setdefault(key.head, []).append(position)
            for word in key.word_set:
                self._by_word.setdefault(word, []).append(position)
        return position

    def _pending_hits(self, position: int) -> set[_Ref]:
        """Pending links that the article at ``position`` could be a target for."""
        key = self._keys[position]
        hits: set[_Ref] = set(self._p_title.get(key.norm, ()))
        article = self._articles[position]
        if article.url and (ukey := url_key(article.url)) is not None:
            hits |= self._p_url.get(ukey, set())
        if key.near_eligible:
            hits |= self._p_head.get(key.head, set())
            words, need = _probe(key.word_set, self._p_word)
            counts = Counter(chain.from_iterable(self._p_word.get(word, ()) for word in words))
            hits.update(ref for ref, found in counts.items() if found >= need)
        return hits

    def _update(self, refs: Iterable[_Ref]) -> None:
        """Resolve ``refs`` against the whole corpus and replace the articles whose links changed."""
        changes: dict[int, dict[int, str | None]] = {}
        for ref in sorted(refs):
            position, number = ref
            link = self._articles[position].related[number]
            target, final = self._best(link, owner=position)
            if final:
                self._unpend(ref)
            else:
                self._pend(ref, link)
            if target != link.target:
                changes.setdefault(position, {})[number] = target
        for position, targets in changes.items():
            article = self._articles[position]
            related = tuple(
                Link(link.title, link.url, targets[number], link.kind) if number in targets else link
                for number, link in enumerate(article.related)
            )
            self._articles[position] = article.with_related(related)

    def _pend(self, ref: _Ref, link: Link) -> None:
        if ref in self._pending:
            return
        key = _TitleKey.of(link.title)
        self._pending[ref] = key
        if key.norm:
            self._p_title.setdefault(key.norm, set()).add(ref)
        if link.url and (ukey := url_key(link.url)) is not None:
            self._pending_url[ref] = ukey
            self._p_url.setdefault(ukey, set()).add(ref)
        if key.near_eligible:
            self._p_head.setdefault(key.head, set()).add(ref)
            for word in key.word_set:
                self._p_word.setdefault(word, set()).add(ref)

    def _unpend(self, ref: _Ref) -> None:
        key = self._pending.pop(ref, None)
        if key is None:
            return
        self._p_title.get(key.norm, set()).discard(ref)
        ukey = self._pending_url.pop(ref, None)
        if ukey is not None:
            self._p_url.get(ukey, set()).discard(ref)
        if key.near_eligible:
            self._p_head.get(key.head, set()).discard(ref)
            for word in key.word_set:
                self._p_word.get(word, set()).discard(ref)

    # -- resolution -------------------------------------------------------------------------------

    def _best(self, link: Link, owner: int | None) -> tuple[str | None, bool]:
        """The best target id for ``link`` and whether no later article could beat it."""
        if link.url and (ukey := url_key(link.url)) is not None:
            position = self._by_url.get(ukey)
            if position is not None and position != owner:
                return self._articles[position].id, True
        key = _TitleKey.of(link.title)
        for position in self._by_title.get(key.norm, ()):
            if position != owner:
                return self._articles[position].id, not link.url
        if not key.near_eligible:
            return None, False
        best_score = 0.0
        best: int | None = None
        tied = False
        for position in sorted(self._near_candidates(key)):
            if position == owner:
                continue
            other = self._keys[position]
            common, union = _jaccard(key, other)
            if 5 * common < 4 * union and not _is_prefix(key, other):
                continue
            score = max(common / union, 0.01)
            if score > best_score:
                best_score, best, tied = score, position, False
            elif score == best_score and best is not None and other.norm != self._keys[best].norm:
                tied = True
        if best is None or tied:
            return None, False
        return self._articles[best].id, False

    def _near_candidates(self, key: _TitleKey) -> set[int]:
        """Articles that may near-match ``key``: same first words, or enough of its rarest words."""
        candidates = set(self._by_head.get(key.head, ()))
        size = len(key.word_set)
        words, need = _probe(key.word_set, self._by_word)
        counts = Counter(chain.from_iterable(self._by_word.get(word, ()) for word in words))
        low, high = (4 * size + 4) // 5, (5 * size) // 4
        keys = self._keys
        candidates.update(
            position
            for position, found in counts.items()
            if found >= need and low <= len(keys[position].word_set) <= high
        )
        return candidates

    def resolve(self, link: Link) -> str | None:
        """The id of the loaded article ``link`` points to, or None.

        A target that is already set is kept when that article is loaded; otherwise the link is
        matched by URL, title and near title as described in the module docstring.
        """
        if link.target is not None and link.target in self._position:
            return link.target
        return self._best(link, owner=None)[0]

    def related_of(self, article: Article) -> list[Link]:
        """The related links of ``article`` with targets resolved against this corpus."""
        current = self.get(article.id)
        if current is not None:
            return list(current.related)
        return [
            link if link.target is not None else Link(link.title, link.url, self.resolve(link), link.kind)
            for link in article.related
        ]

    # -- search -----------------------------------------------------------------------------------

    def filter(self, query: str) -> list[Article]:
        """Articles whose title, source, section or keywords contain every word of ``query``.

        Matching is on normalized text (``الامارات`` finds ``الإمارات``); an empty query gives all.
        """
        words = normalize(query).split()
        if not words:
            return list(self._articles)
        return [
            article
            for article, haystack in zip(self._articles, self._search, strict=True)
            if all(word in haystack for word in words)
        ]


def resolve_links(articles: Sequence[Article]) -> list[Article]:
    """The articles (duplicate ids dropped) with their related links resolved among themselves.

    Args:
        articles: articles from one or more sources, in load order.

    Returns:
        New copies where links found a target; others unchanged; same order.
    """
    return Corpus(articles).articles
