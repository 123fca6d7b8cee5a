"""An article's blocks indexed without building them, shared by its layouts at every width, and find over them."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Sequence
from itertools import accumulate
from typing import Final, overload

from newstui.model import Article
from newstui.render_blocks import BLANK, Block, LineRole, body_paragraphs, head_blocks, tail_blocks


class BlockIndex:
    """Width-independent facts about an article's blocks, shared by its layouts at every width.

    The blocks are not built: the few before and after the paragraphs are kept in lists, and body block
    ``2k`` is paragraph ``k`` (``2k + 1`` the blank line after it), so making an index is O(1) Python
    work whatever the article's length. Character totals come from C-level sums; the running sums
    needed to estimate the lines above a block far down are built on first use.
    """

    __slots__ = (
        "_prefix",
        "article",
        "blocks",
        "body_end",
        "body_start",
        "head",
        "paragraphs",
        "size",
        "tail",
        "total_chars",
        "total_texts",
    )

    def __init__(self, article: Article, header: bool, related: bool) -> None:
        self.article = article
        self.head = head_blocks(article, header)
        self.tail = tail_blocks(article, related)
        self.paragraphs = paragraphs = body_paragraphs(article, header)
        count = len(paragraphs)
        self.body_start = len(self.head)
        self.body_end = self.body_start + (2 * count - 1 if count else 0)
        self.size = self.body_end + len(self.tail)
        ends = self.head + self.tail
        self.total_chars = sum(map(len, paragraphs)) + sum(len(block.text) for block in ends)
        self.total_texts = count - paragraphs.count("") + sum(1 for block in ends if block.text)
        self._prefix: tuple[list[int], list[int]] | None = None
        self.blocks: BlockList = BlockList(self)

    def text(self, index: int) -> str:
        """The text of block ``index`` (0 <= index < size)."""
        if index < self.body_start:
            return self.head[index].text
        if index < self.body_end:
            offset = index - self.body_start
            return "" if offset & 1 else self.paragraphs[offset >> 1]
        return self.tail[index - self.body_end].text

    def block(self, index: int) -> Block:
        """Block ``index`` (0 <= index < size), made on access for the paragraphs."""
        if index < self.body_start:
            return self.head[index]
        if index < self.body_end:
            offset = index - self.body_start
            return BLANK if offset & 1 else Block(self.paragraphs[offset >> 1], "body")
        return self.tail[index - self.body_end]

    def role(self, index: int) -> tuple[LineRole, int | None]:
        """The role and link number of block ``index`` (0 <= index < size), without making the block."""
        if index < self.body_start:
            block = self.head[index]
        elif index < self.body_end:
            return ("blank" if (index - self.body_start) & 1 else "body"), None
        else:
            block = self.tail[index - self.body_end]
        return block.role, block.link

    def sums(self, index: int) -> tuple[int, int]:
        """Characters and non-empty blocks among blocks ``0..index-1``."""
        head = self.head[:index]
        chars = sum(len(block.text) for block in head)
        texts = sum(1 for block in head if block.text)
        if index > self.body_start:
            if self._prefix is None:
                paragraphs = self.paragraphs
                self._prefix = (
                    list(accumulate(map(len, paragraphs), initial=0)),
                    list(accumulate(map(bool, paragraphs), initial=0)),
                )
            body = min(index, self.body_end) - self.body_start
            chars += self._prefix[0][(body + 1) >> 1]
            texts += self._prefix[1][(body + 1) >> 1]
        if index > self.body_end:
            tail = self.tail[: index - self.body_end]
            chars += sum(len(block.text) for block in tail)
            texts += sum(1 for block in tail if block.text)
        return chars, texts


class BlockList(Sequence[Block]):
    """The blocks of an article as a read-only sequence; a paragraph's block is made when it is read."""

    __slots__ = ("_index",)

    def __init__(self, index: BlockIndex) -> None:
        self._index = index

    def __len__(self) -> int:
        return self._index.size

    @overload
    def __getitem__(self, item: int) -> Block: ...

    @overload
    def __getitem__(self, item: slice) -> list[Block]: ...

    def __getitem__(self, item: int | slice) -> Block | list[Block]:
        size = self._index.size
        if isinstance(item, slice):
            return [self._index.block(i) for i in range(*item.indices(size))]
        index = item + size if item < 0 else item
        if not 0 <= index < size:
            raise IndexError(item)
        return self._index.block(index)

    def __iter__(self) -> Iterator[Block]:
        return map(self._index.block, range(self._index.size))


_INDEXES: OrderedDict[tuple[str, int, bool, bool], BlockIndex] = OrderedDict()
_INDEX_SIZE: Final = 16


def block_index(article: Article, header: bool, related: bool) -> BlockIndex:
    """The (cached) block index of ``article``."""
    key = (article.id, id(article), header, related)
    hit = _INDEXES.get(key)
    if hit is not None and hit.article is article:
        _INDEXES.move_to_end(key)
        return hit
    index = BlockIndex(article, header, related)
    _INDEXES[key] = index
    if len(_INDEXES) > _INDEX_SIZE:
        _INDEXES.popitem(last=False)
    return index


_FOLDED: OrderedDict[tuple[str, int, bool], tuple[Article, list[str]]] = OrderedDict()
_FOLDED_SIZE: Final = 4


def find_blocks(article: Article, query: str, *, header: bool = True) -> list[int]:
    """The blocks of ``article`` (numbered as its layouts number them) that contain ``query``, ascending.

    Matching is on normalized text (``text.normalize``): letter variants, harakat, quotes and
    punctuation are ignored, so ``الامارات`` finds ``الإمارات``, and ``الأطفال`` finds ``للأطفال``
    (``search_form``). The blocks' folded texts are kept for
    the last few articles searched, so each new query costs a substring test per block.
    """
    from newstui.text.normalize import normalize, search_form

    needle = search_form(normalize(query))
    if not needle:
        return []
    key = (article.id, id(article), header)
    hit = _FOLDED.get(key)
    if hit is not None and hit[0] is article:
        _FOLDED.move_to_end(key)
        folded = hit[1]
    else:
        index = block_index(article, header, False)
        folded = [search_form(normalize(index.text(i), memo=False)) for i in range(index.size)]
        _FOLDED[key] = (article, folded)
        if len(_FOLDED) > _FOLDED_SIZE:
            _FOLDED.popitem(last=False)
    return [i for i, text in enumerate(folded) if needle in text]
