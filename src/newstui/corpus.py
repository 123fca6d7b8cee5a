"""The loaded articles: lookup by id and URL, related-link resolution across sources, and search.

A link resolves to a loaded article (from any source of the run, never the link's own article) by,
in order of preference:

1. URL: the link's URL equals the article's URL (fragment dropped, trailing slash, host case and
   http/https ignored);
2. title: the normalized titles are equal (``text.normalize``: hamza, quotes, harakat, spacing ...);
   the first loaded article with that title wins;
3. near title, conservatively: both titles have at least 4 words, and one is a word prefix of the
   other (its last word may be cut short, as sites truncate headlines) or their word sets have a
   Jaccard similarity of at least 0.8 and the same content words (only function words such as
   "في"/"the", their order or a cut tail may differ: "... المسائية" is not "... المبكرة"). The best
   candidate wins; a tie between different titles links nothing.

``resolve_links`` (``--json``, ``--print``) then gives a link still without a target that names a story file
of its story's folder by its bare name (``2_festival.txt``) the first story of that file, as the reader
follows it. Targets a parser set (read-also and parent links) are kept as they are; a feed entry's media (``media``
links: an mp3, a video) is never given one. Articles are indexed by
normalized title, URL, first words and words, and so are the links still waiting for a better
target; each new article is offered only to the waiting links it could beat. Adding a batch costs
time in proportion to the batch (about 0.7 ms per article with nine related links, measured on
10,000 synthetic articles), not to the corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import chain

from newstui.link_match import (
    LONG_POSTINGS,
    TITLE,
    URL,
    Match,
    Postings,
    Ref,
    TitleKey,
    article_key,
    file_stories,
    linked_file,
    positions,
    post,
    post_all,
    probe,
    title_key,
    unpost,
    url_key,
)
from newstui.model import Article, Link
from newstui.text.normalize import normalize, search_form

__all__ = ["Corpus", "file_story", "resolve_links", "url_key"]


def _search_text(article: Article, title_norm: str) -> str:
    """What the list filter matches: normalized title (given), source, section and keywords, as search compares
    them (``search_form``: ``للأطفال`` holds ``الأطفال``)."""
    fields = [article.source or "", article.section or "", *article.keywords]
    if not any(fields):
        return search_form(title_norm)  # a title-only entry: no second copy of its normalized title (most have no لل)
    return search_form("\n".join([title_norm, *(normalize(text) for text in fields)]))


def _url_of(article: Article) -> str | None:
    return url_key(article.url) if article.url else None


StoryKey = tuple[object, ...]
"""What makes two loaded articles one story (``story_key``)."""


def story_key(article: Article, ukey: str | None) -> StoryKey | None:
    """The key under which ``article`` is the same story as one loaded before, or None (never a repeat).

    A story reached through several addresses (a feed given directly, through a redirect, gzipped, over
    http and https) is read once per address, each copy with ids of its own: a copy has the same address
    (``ukey``, its ``url_key``: http = https, no fragment), title and source (the channel's title) as the
    first. A feed entry without an address (rare) is the same story with the same title, source, date
    and text, as the feed parser tells an entry given twice. Stories of different channels, or of one
    channel under different titles (a feed whose every entry links to its home page), stay apart; so do
    files and pages without an address. A few tuple items per article with an address.
    """
    if ukey is not None:
        return (ukey, article.title, article.source)
    if article.summary_only or article.feed_content:
        return (None, article.title, article.source, article.published, article.paragraphs)
    return None


def file_story(article: Article) -> bool:
    """Whether ``article`` is a story of a local file (a text file, a page saved, a folder's entry): its id is its
    path's and its place in the file, the same from load to load; not a feed's entry (a feed numbers its entries
    anew when it gains one), nor a page of the web or piped input."""
    from newstui.addresses import is_url

    origin = article.origin
    return not (origin == "-" or article.summary_only or article.feed_content or is_url(origin))


def _differs(new: Article, loaded: Article) -> bool:
    """Whether a story read again reads differently: its whole text (links without their targets), or
    only its headline when either side is a title-only entry (that is all a title-only listing tells)."""
    if (new.title, new.source, new.section) != (loaded.title, loaded.source, loaded.section):
        return True
    if new.indexed_only or loaded.indexed_only:
        return False
    return _text_of(new) != _text_of(loaded)


def _text_of(article: Article) -> tuple[object, ...]:
    """The text of a parsed story as a reader sees it (links without their targets)."""
    links = tuple((link.title, link.url, link.kind) for link in article.related)
    return (
        article.direction,
        article.paragraphs,
        article.author,
        article.attribution,
        article.published,
        article.url,
        article.keywords,
        links,
    )


class Corpus:
    """The articles loaded in this run, in load order, with their links resolved across sources."""

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self._articles: list[Article] = []
        self._position: dict[str, int] = {}
        self._keys: list[TitleKey] = []
        self._urls: list[str | None] = []
        self._search: list[str] = []
        """Filter haystacks of the first ``len(self._search)`` articles, built on the first filter."""
        self._stories: dict[StoryKey, int] = {}
        """``story_key`` of every article loaded, and its position: a second copy of one of them is not added,
        its id is the first's alias (``get`` gives the story loaded, so a page opened again under another
        address opens the one in the list)."""
        self._by_title: Postings = {}
        self._by_url: dict[str, int] = {}
        self._by_head: Postings = {}
        self._by_word: Postings = {}
        # Links that a later article could still give a (better) target, indexed the same way.
        self._pending: dict[Ref, Match] = {}
        self._p_title: dict[tuple[str, ...], set[Ref]] = {}
        self._p_url: dict[str, set[Ref]] = {}
        self._p_head: dict[tuple[str, ...], set[Ref]] = {}
        self._p_word: dict[str, set[Ref]] = {}
        self._linked: dict[int, set[Ref]] = {}
        """The links whose target matching chose (not a parser), under their target's position: matched again
        when that story is retitled by an edit or leaves with its file (``upgrade``, ``withdraw``)."""
        self._withdrawn: set[int] = set()
        """Positions of the stories whose file was deleted (``withdraw``): no link resolves to them."""
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
        """The loaded article with this id (its current, link-resolved version), or None; the id of a copy
        left out (``add``) gives the story it repeats."""
        position = self._position.get(article_id)
        return None if position is None else self._articles[position]

    def id_at(self, position: int) -> str:
        """The id of the article loaded ``position``-th (0 for the first)."""
        return self._articles[position].id

    def by_url(self, url: str) -> Article | None:
        """The first loaded article whose URL matches ``url`` (see ``url_key``), or None."""
        key = url_key(url)
        position = self._by_url.get(key) if key is not None else None
        return None if position is None else self._articles[position]

    # -- loading ----------------------------------------------------------------------------------

    def add(self, articles: Iterable[Article]) -> None:
        """Add articles (an id already loaded is ignored, and so is a story loaded under another id: the
        same feed reached through another address, ``story_key``; its id then names the story loaded, until that
        story is withdrawn and the copy is added as a story of its own) and resolve every link they affect.

        Links of the new articles are resolved against the whole corpus. Links of earlier articles
        that are still unresolved (or only near-matched) are offered each new article that could be
        their target. Articles whose links change are replaced by updated copies.
        """
        first = len(self._articles)
        stories = self._stories
        for article in articles:
            if article.id not in self._position or self._left_copy(article.id):
                ukey = url_key(article.url) if article.url else None
                story = story_key(article, ukey)
                if story is not None:
                    loaded = stories.get(story)
                    if loaded is not None and loaded not in self._withdrawn:  # (a withdrawn one left the list)
                        self._position[article.id] = loaded
                        continue
                    stories[story] = len(self._articles)
                self._index(article, ukey)
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
            match.words = None  # a waiting link keeps no word set (thousands of them wait)
            if match.final:
                self._unpend(ref)
            if match.target != before:
                changes.setdefault(ref[0], {})[ref[1]] = match.target

    def _resolve_own_links(self, position: int, changes: dict[int, dict[int, int | None]]) -> None:
        """Search a target for every unresolved link of the article at ``position``; note the changes."""
        for number, link in enumerate(self._articles[position].related):
            if link.target is not None or link.kind == "media":
                continue
            match = self._search_match(link, owner=position)
            if not match.final:
                self._pend((position, number), match)
            if match.target is not None:
                changes.setdefault(position, {})[number] = match.target

    def upgrade(self, article: Article, *, edited: bool = False) -> Article:
        """Replace a loaded article by a fuller version of itself with the same id.

        Used when a feed entry's page has been fetched or a title-only folder entry is parsed: links
        that pointed at the entry keep pointing at it, the list keeps its place, the new version's own
        links are resolved, and its URL (if the entry had none) is indexed.

        ``edited``: the story's file was edited (a reload read it again). A new headline is then another
        story's as far as the links are concerned: the links matched to the old one are matched again, as
        a fresh start would match them (only those links: not every link of every story).

        Returns:
            The stored version (with its links resolved).

        Raises:
            KeyError: no article with that id is loaded.
        """
        position = self._position[article.id]
        old = self._articles[position]
        if old.id != article.id:  # an alias: the story loaded under its own id
            article = replace(article, id=old.id)
        for number in range(len(old.related)):  # its links' refs, not every waiting one
            self._unpend((position, number))
        self._unlink(position, old.related, article.related)
        self._articles[position] = article
        key = article_key(article.title)
        retitled = key.words != self._keys[position].words  # e.g. a file edited after it was listed
        withdrawn = position in self._withdrawn
        if retitled:
            if not withdrawn:
                self._unindex_title(position, self._keys[position])
            self._keys[position] = key
            if not withdrawn:
                self._index_title(position, key)
        if position < len(self._search):
            self._search[position] = _search_text(article, self._keys[position].norm)
        ukey = url_key(article.url) if article.url else None
        addressed = ukey is not None and self._urls[position] is None
        if ukey is not None and addressed:  # e.g. a folder file parsed on opening, its address under its lead
            self._urls[position] = ukey
            self._by_url.setdefault(ukey, position)
        changes: dict[int, dict[int, int | None]] = {}
        if retitled and edited:  # the links its old headline matched may not match the new one
            self._recheck(position, changes)
        if (retitled or addressed) and not withdrawn:  # links waiting may find it under its new title or address
            self._offer(position, changes, earlier_than=len(self._articles))
        self._resolve_own_links(position, changes)
        self._apply(changes)
        return self._articles[position]

    def withdraw(self, article_ids: Iterable[str]) -> None:
        """The stories with these ids left the list with their files (a reload found them deleted): no link
        resolves to them any more, and the links matched to them are matched again among the others, as a
        fresh start would match them. The stories stay loaded (``get``: history keeps them) with their links.
        """
        changes: dict[int, dict[int, int | None]] = {}
        for article_id in article_ids:
            position = self._position.get(article_id)
            if position is None or position in self._withdrawn:
                continue
            self._withdrawn.add(position)
            self._unindex_title(position, self._keys[position])
            ukey = self._urls[position]
            if ukey is not None and self._by_url.get(ukey) == position:
                del self._by_url[ukey]
                other = self._first_with_url(ukey)
                if other is not None:
                    self._by_url[ukey] = other
            self._recheck(position, changes)
        self._apply(changes)

    def restore(self, article_ids: Iterable[str]) -> None:
        """The stories with these ids are back in the list (their files were put back): links resolve to
        them again, the links still waiting for a target among them."""
        changes: dict[int, dict[int, int | None]] = {}
        for article_id in article_ids:
            position = self._position.get(article_id)
            if position is None or position not in self._withdrawn:
                continue
            self._withdrawn.discard(position)
            self._index_title(position, self._keys[position])
            ukey = self._urls[position]
            if ukey is not None:
                loaded = self._by_url.get(ukey)
                if loaded is None or loaded > position:  # the first loaded with an address wins
                    self._by_url[ukey] = position
            story = story_key(self._articles[position], ukey)
            if story is not None:
                listed = self._stories.get(story)
                if listed is None or listed in self._withdrawn:  # its copies are copies of this story again
                    self._stories[story] = position
            self._offer(position, changes, earlier_than=len(self._articles))
        self._apply(changes)

    def _first_with_url(self, ukey: str) -> int | None:
        """The first position not withdrawn whose article has the address ``ukey`` (a story left: rare)."""
        withdrawn = self._withdrawn
        return next((at for at, key in enumerate(self._urls) if key == ukey and at not in withdrawn), None)

    def _recheck(self, position: int, changes: dict[int, dict[int, int | None]]) -> None:
        """Match again the links matched to the article at ``position`` (its title changed, or it left); note
        their new targets (None where no other story matches)."""
        for ref in sorted(self._linked.pop(position, ())):
            owner, number = ref
            self._unpend(ref)
            match = self._search_match(self._articles[owner].related[number], owner=owner)
            if not match.final:
                self._pend(ref, match)
            changes.setdefault(owner, {})[number] = match.target

    def _unlink(self, position: int, old: Sequence[Link], new: Sequence[Link]) -> None:
        """Forget the matched targets of the links of the article at ``position`` that its new version's
        links (``new``) do not keep (``_linked``)."""
        for number, link in enumerate(old):
            if link.target is None or (number < len(new) and new[number].target == link.target):
                continue
            refs = self._linked.get(self._position.get(link.target, -1))
            if refs is not None:
                refs.discard((position, number))

    def _apply(self, changes: dict[int, dict[int, int | None]]) -> None:
        """Replace the articles whose links got new targets, noting which links lead where (``_linked``)."""
        linked = self._linked
        for position, targets in changes.items():
            article = self._articles[position]
            for number, target in targets.items():
                before = article.related[number].target
                if before is not None:
                    refs = linked.get(self._position.get(before, -1))
                    if refs is not None:
                        refs.discard((position, number))
                if target is not None:
                    linked.setdefault(target, set()).add((position, number))
            related = tuple(
                link if number not in targets else Link(link.title, link.url, self._id_at(targets[number]), link.kind)
                for number, link in enumerate(article.related)
            )
            self._articles[position] = article.with_related(related)

    def _id_at(self, position: int | None) -> str | None:
        return None if position is None else self._articles[position].id

    def _index(self, article: Article, ukey: str | None) -> int:
        position = len(self._articles)
        key = article_key(article.title)
        self._articles.append(article)
        self._position[article.id] = position
        self._keys.append(key)
        self._urls.append(ukey)
        if ukey is not None:
            self._by_url.setdefault(ukey, position)
        self._index_title(position, key)
        return position

    def _index_title(self, position: int, key: TitleKey) -> None:
        """File the article at ``position`` under its title (exact, first words, words)."""
        if key.words:
            post(self._by_title, key.words, position)  # load order: the first one wins
        if key.near_eligible:
            post(self._by_head, key.head, position)
            post_all(self._by_word, key.word_set, position)

    def _unindex_title(self, position: int, key: TitleKey) -> None:
        """Take the article at ``position`` out of the title indexes (its title changed)."""
        unpost(self._by_title, key.words, position)
        if key.near_eligible:
            unpost(self._by_head, key.head, position)
            for word in key.word_set:
                unpost(self._by_word, word, position)

    def _pending_hits(self, position: int) -> set[Ref]:
        """Pending links that the article at ``position`` could be a target for."""
        key = self._keys[position]
        hits: set[Ref] = set(self._p_title.get(key.words, ()))
        ukey = self._urls[position]
        if ukey is not None:
            hits |= self._p_url.get(ukey, set())
        if key.near_eligible:
            same_head = self._p_head.get(key.head, set())
            if len(same_head) <= LONG_POSTINGS:  # as for a common word: too many to compare one by one
                hits |= same_head
            words, need = probe(key.word_set, self._p_word)
            if need == 1:
                for word in words:
                    hits |= self._p_word.get(word, set())
            else:
                counts = Counter(chain.from_iterable(self._p_word.get(word, ()) for word in words))
                hits.update(ref for ref, found in counts.items() if found >= need)
        return hits

    def _pend(self, ref: Ref, match: Match) -> None:
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

    def _unpend(self, ref: Ref) -> None:
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

    def _search_match(self, link: Link, owner: int | None) -> Match:
        """The best target for ``link`` among all loaded articles but ``owner``."""
        match = Match(title_key(link.title), url_key(link.url) if link.url else None)
        if match.url is not None:
            position = self._by_url.get(match.url)
            if position is not None and position != owner:
                match.level, match.best = URL, position
                return match
        for position in positions(self._by_title, match.key.words):
            if position != owner:
                match.level, match.best = TITLE, position
                return match
        if not match.key.near_eligible:
            return match
        for position in sorted(self._near_candidates(match.key)):
            if position != owner:
                match.offer(position, self._keys[position], None)
        match.words = None  # built once for this search; a waiting link keeps none
        return match

    def _near_candidates(self, key: TitleKey) -> set[int]:
        """Articles that may near-match ``key``: same first words, or enough of its rarest words.

        First words shared by more than ``LONG_POSTINGS`` titles (a series' fixed opening) are passed
        over as a common word is: comparing with each of them made resolving quadratic.
        """
        same_head = positions(self._by_head, key.head)
        candidates = set(same_head) if len(same_head) <= LONG_POSTINGS else set()
        size = key.size
        words, need = probe(key.word_set, self._by_word)
        low, high = (4 * size + 4) // 5, (5 * size) // 4
        keys = self._keys
        if need == 1:
            found: set[int] = set()
            for word in words:
                found.update(positions(self._by_word, word))
        else:
            counts = Counter(chain.from_iterable(positions(self._by_word, word) for word in words))
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

    def unseen(self, articles: Iterable[Article], *, tag: str, leaving: Collection[str] = ()) -> list[Article]:
        """The articles of a reload that are not loaded yet, each with an id no loaded article has.

        A story of a local file (``file_story``) is new when its id is (not listed, or only as a copy's of a story
        ``leaving`` or withdrawn: the copy takes its place): a file at a path not listed yet (a
        file renamed, copied, a second daily bulletin under the same headline) holds new stories, as a fresh
        start lists them, but for a copy of a story listed with the same address, headline and source
        (``story_key``: a fresh start lists that story once).

        Any other story (a feed's entry, a page) is loaded already when an article with its URL is (``by_url``),
        or, for a story without a URL, one with the same normalized title from the same source (a story with
        a URL matches only a loaded one without, by title): a feed that gained entries on top numbers its old
        entries anew, so ids alone cannot tell. A new story whose id is taken (a feed's new first entry gets
        the old first entry's id) gets ``.{tag}`` added to it.

        Args:
            articles: what loading the sources again gave, in load order.
            tag: added to a taken id (one per reload, e.g. ``"r2"``).
            leaving: ids of the loaded stories this reload takes off the list (their files deleted, or an edit cut
                them out): a new file's story is no copy of theirs.

        Returns:
            The new articles, in the order given (their links are resolved when they are added).
        """
        # Titles tell stories apart only where there is no address to: a new address under a loaded title
        # is a new story (a daily "نشرة الأخبار", "Morning briefing").
        titles = {(key.words, article.source) for key, article in zip(self._keys, self._articles, strict=True)}
        unaddressed = {
            (key.words, article.source)
            for key, article in zip(self._keys, self._articles, strict=True)
            if not article.url
        }
        found: list[Article] = []
        taken: set[str] = set()
        stories: set[StoryKey] = set()
        for article in articles:
            if self._same_file_story(article) is not None:
                continue  # the same file's story, edited or not (``edited``)
            title = (article_key(article.title).words, article.source)
            if file_story(article) and not self._listed_as(article.id):
                if article.id in taken or self._listed_copy(article, stories, leaving):
                    continue  # (a file reached twice in one reload: by its folder and by its own path)
            else:
                if article.url and self.by_url(article.url) is not None:
                    continue
                if title in (unaddressed if article.url else titles):
                    continue
                if article.id in self._position or article.id in taken:
                    article = replace(article, id=f"{article.id}.{tag}")
            titles.add(title)
            if not article.url:
                unaddressed.add(title)
            taken.add(article.id)
            found.append(article)
        return found

    def superseded(self, *, leaving: Collection[str] = (), returning: Sequence[str] = ()) -> set[str]:
        """Ids of the stories that left the list (``withdraw``) whose copy took their place: a copy of another file,
        with the same address, headline and source (``story_key``), listed since and not ``leaving``. A reload that
        finds such a story's file back leaves it out, as a fresh start lists the story once.

        So are the copies after the first among ``returning`` (ids a reload lists, in its order) when every copy
        of a story had left and several files come back at once: the first returns, the story listed once."""
        found: set[str] = set()
        for position in self._withdrawn:
            story = story_key(self._articles[position], self._urls[position])
            copy = self._stories.get(story) if story is not None else None
            if copy is not None and copy != position and copy not in self._withdrawn:
                if self.id_at(copy) not in leaving:
                    found.add(self.id_at(position))
        first: set[StoryKey] = set()
        for article_id in returning:
            at = self._position.get(article_id)
            if at is None or at not in self._withdrawn or article_id in found:
                continue
            if self._articles[at].id != article_id:
                continue  # (a copy's id, left out for its story: not a withdrawn story of its own)
            story = story_key(self._articles[at], self._urls[at])
            if story is None:
                continue
            if story in first:
                found.add(article_id)
            else:
                first.add(story)
        return found

    def _listed_as(self, article_id: str) -> bool:
        """Whether a story is loaded under ``article_id`` as its own id (not as a copy's: ``add``)."""
        position = self._position.get(article_id)
        return position is not None and self._articles[position].id == article_id

    def _left_copy(self, article_id: str) -> bool:
        """Whether ``article_id`` is a copy's, left out for a story that has since left the list (``withdraw``): the
        copy is a story of its own again (its file is still there when a reload lists it, ``unseen``)."""
        position = self._position[article_id]
        return position in self._withdrawn and self._articles[position].id != article_id

    def _listed_copy(self, article: Article, stories: set[StoryKey], leaving: Collection[str]) -> bool:
        """Whether ``article`` is a copy of a story listed (not withdrawn nor ``leaving``) or of one of this reload
        (``stories``, which it joins if not): the same address, headline and source (``story_key``)."""
        story = story_key(article, _url_of(article))
        if story is None:
            return False
        position = self._stories.get(story)
        if position is not None and position not in self._withdrawn and self.id_at(position) not in leaving:
            return True
        if story in stories:
            return True
        stories.add(story)
        return False

    def edited(self, articles: Iterable[Article]) -> list[Article]:
        """The articles of a reload that are loaded stories of a local file, edited since they were loaded.

        A file's articles keep their ids from load to load (its path and their order in it), so an
        article with a loaded id from the same file is the same story, read again: it is edited when
        its text differs (title, paragraphs, byline, date, keywords, links), or, for a folder's
        title-only entry, when its headline does (what a title-only listing can tell). Feeds and pages
        number their entries anew when they change, so their stories are never "edited" here: a new
        entry is a new story (``unseen``).

        Args:
            articles: what loading the sources again gave, in load order.

        Returns:
            The edited versions, to take their stories' places (``upgrade``), in the order given, each story
            once (a file reached twice, by its folder and by its own path, is one story edited).
        """
        found: dict[str, Article] = {}
        for article in articles:
            if article.id not in found and (loaded := self._same_file_story(article)) is not None:
                if _differs(article, loaded):
                    found[article.id] = article
        return list(found.values())

    def _same_file_story(self, article: Article) -> Article | None:
        """The loaded story ``article`` is a new reading of: same id, same local file, same address; else None.

        The address tells a local feed's entries apart when the feed gained one on top and numbered
        the others anew (a title-only entry has none: it is a folder file's story).
        """
        from newstui.addresses import is_url

        loaded = self.get(article.id)
        if loaded is None or loaded.origin != article.origin or article.origin == "-" or is_url(article.origin):
            return None
        if not (article.indexed_only or loaded.indexed_only) and _url_of(article) != _url_of(loaded):
            return None
        return loaded

    # -- search -----------------------------------------------------------------------------------

    def _haystacks(self) -> list[str]:
        """The filter haystacks of every article (the missing ones are built now)."""
        search = self._search
        for position in range(len(search), len(self._articles)):
            search.append(_search_text(self._articles[position], self._keys[position].norm))
        return search

    def filter(self, query: str) -> list[Article]:
        """Articles whose title, source, section or keywords contain every word of ``query``.

        Matching is on normalized text (``الامارات`` finds ``الإمارات``, ``الأطفال`` finds ``للأطفال``); an empty
        query gives all.
        """
        words = search_form(normalize(query)).split()
        if not words:
            return list(self._articles)
        return [
            article
            for article, haystack in zip(self._articles, self._haystacks(), strict=True)
            if all(word in haystack for word in words)
        ]


def resolve_links(articles: Sequence[Article]) -> list[Article]:
    """The articles (duplicate ids dropped, and a story read twice under other ids: ``story_key``) with
    their related links resolved among themselves.

    Args:
        articles: articles from one or more sources, in load order.

    Returns:
        New copies where links found a target; others unchanged; same order.
    """
    if all(link.target is not None or link.kind == "media" for article in articles for link in article.related):
        # Nothing to look for (a folder of articles without read-also links): no title index needed.
        seen: set[str] = set()
        stories: set[StoryKey] = set()
        unique = []
        for article in articles:
            if article.id in seen:
                continue
            story = story_key(article, url_key(article.url) if article.url else None)
            if story is not None:
                if story in stories:
                    continue
                stories.add(story)
            seen.add(article.id)
            unique.append(article)
        return unique
    return _resolve_file_links(Corpus(articles).articles)


def _resolve_file_links(articles: list[Article]) -> list[Article]:
    """``articles`` where a link left without a target names a story file of its story's folder by its bare
    name (``2_festival.txt``): it leads to the first story of that file (``link_match.linked_file``, the rule
    the reader follows such a link by), never to the link's own story."""
    stories: dict[str, str] | None = None
    for position, article in enumerate(articles):
        targets: dict[int, str] = {}
        for number, link in enumerate(article.related):
            if link.target is not None or link.kind == "media":
                continue
            wanted = linked_file(link, article.origin)
            if wanted is None:
                continue
            stories = file_stories(articles) if stories is None else stories
            target = stories.get(wanted)
            if target is not None and target != article.id:
                targets[number] = target
        if targets:
            related = tuple(
                Link(link.title, link.url, targets[number], link.kind) if number in targets else link
                for number, link in enumerate(article.related)
            )
            articles[position] = article.with_related(related)
    return articles
