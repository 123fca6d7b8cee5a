"""Article -> blocks: the logical units of an article (title, byline, paragraphs, links) before layout."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from typing import Final, Literal, NamedTuple

from newstui.model import Article, Link
from newstui.text.harakat import strip_harakat
from newstui.text.list_items import join_items

LineRole = Literal["title", "byline", "keywords", "body", "blank", "heading", "link", "notice"]
"""What a line shows; the UI maps roles to styles."""


LINK_KIND_ORDER: Final = {"read-also": 0, "parent": 1, "related": 2, "media": 3}
"""Read-also stories come first, then the parent story, then related titles."""


def ordered_links(article: Article | None) -> list[Link]:
    """An article's links in the order they are numbered (the keys 1–9 and ``--print``): read-also first,
    otherwise as written."""
    if article is None:
        return []
    return sorted(article.related, key=lambda link: LINK_KIND_ORDER.get(link.kind, 3))


def link_label(number: int, title: str) -> str:
    """How a related link is listed, numbered: ``3. <its title>``."""
    return f"{number}. {title}"


class Block(NamedTuple):
    """One logical unit of an article before layout (a named tuple: made for every paragraph, cheaply)."""

    text: str
    role: LineRole
    link: int | None = None
    """1-based index of the related link a ``link`` block shows."""


class RenderedLine(NamedTuple):
    """One visual screen line, padded to the layout width (a named tuple: made for every line on screen)."""

    text: str
    role: LineRole
    link: int | None = None


LABELS: Final = {
    "rtl": {
        "author": "بقلم",
        "keywords": "كلمات دلالية",
        "related": "مقالات ذات صلة",
        "summary": "ملخص من الموجز",
        "read-also": "اقرأ أيضا",
        "parent": "الخبر الأصلي",
        "web": "ويب",
        "media": "وسائط",
        "none": "غير محمل",
        "loading": "تحميل",
        "failed": "تعذر الفتح",
        "no-related": "لا روابط ذات صلة.",
    },
    "ltr": {
        "author": "By",
        "keywords": "Keywords",
        "related": "Related",
        "summary": "Feed summary",
        "read-also": "read also",
        "parent": "parent story",
        "web": "web",
        "media": "media",
        "none": "not loaded",
        "loading": "loading",
        "failed": "could not open",
        "no-related": "No related links.",
    },
}
"""The words newstui writes around a story, in its direction's language: the article's labels, the line under
a related link in the related pane (``ui.widgets.related_links.link_status``) and what that pane says when the
story has no related link (``no-related``)."""
LINK_STATUS_KEYS: Final = ("read-also", "parent", "web", "media", "none", "loading", "failed")


def byline(article: Article) -> str:
    """``source – section · date`` from whatever the article has (may be empty); a source that is the
    headline itself (a homepage titled by its site's name) is not said twice.

    A right-to-left article's date is written ``2024/03/05``: after Arabic letters the bidi algorithm
    reads the numbers of ``2024-03-05`` as Arabic numbers that a hyphen does not join, and shows them
    as ``05-03-2024``; a slash joins them, so the date reads the same in every byline.
    """
    source = article.source if not _same_name(article.source, article.title) else None  # a homepage's site
    head = " – ".join(part for part in (source, article.section) if part)
    date = (article.published or "")[:10]
    if article.direction == "rtl":
        date = date.replace("-", "/")
    return " · ".join(part for part in (head, date) if part)


def _same_name(source: str | None, title: str) -> bool:
    """Whether a source names what the headline names, up to case, spaces and punctuation (``Al Jazeera``,
    ``AL JAZEERA``; ``الجزيرة نت``, ``الجزيرة.نت``)."""
    if not source or abs(len(source) - len(title)) > 3:  # most bylines: no string built
        return False
    return _letters(source) == _letters(title)


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


BLANK: Final = Block("", "blank")


def head_blocks(article: Article, header: bool) -> list[Block]:
    """The blocks before the paragraphs: title, byline, keywords (``header``) and the summary notice (over a
    feed's summary: not over a title alone, nor over an entry's full ``<content>``)."""
    labels = LABELS[article.direction]
    blocks: list[Block] = []
    if header:
        split = lead_split(article)
        title = Block(article.title if split is None else split.headline, "title")
        if split is None:
            blocks.append(title)
        line = byline(article)
        if line:
            blocks.append(Block(line, "byline"))
        if article.author:
            blocks.append(Block(f"{labels['author']} {article.author}", "byline"))
        if article.keywords:
            sep = "، " if article.direction == "rtl" else ", "
            blocks.append(Block(f"{labels['keywords']}: {sep.join(article.keywords)}", "keywords"))
        if split is not None:
            # A headline made of the lead's first sentence comes last, right over the rest of the lead:
            # the paragraph reads on from it, its words in one run (as rtl_readback checks them).
            for paragraph in split.before:  # a dateline or place over the lead: above its first sentence
                if blocks:
                    blocks.append(BLANK)
                blocks.append(Block(paragraph, "body"))
            if blocks:
                blocks.append(BLANK)
            blocks.append(title)
        blocks.append(BLANK)
    if article.summary_only and body_paragraphs(article, header) and not article.feed_content:
        # The notice is for a feed's summary: not over a title alone, nor over the story the feed gave whole.
        blocks.append(Block(labels["summary"], "notice"))
        blocks.append(BLANK)
    return blocks


def tail_blocks(article: Article, related: bool) -> list[Block]:
    """The blocks after the paragraphs: attribution and (``related``) the numbered related links."""
    blocks: list[Block] = []
    if article.attribution:
        blocks.append(BLANK)
        prefix = "المصدر" if article.direction == "rtl" else "Source"
        blocks.append(Block(f"{prefix}: {article.attribution}", "byline"))
    if related and article.related:
        blocks.append(BLANK)
        blocks.append(Block(LABELS[article.direction]["related"], "heading"))
        for n, link in enumerate(ordered_links(article), 1):
            blocks.append(Block(link_label(n, link.title), "link", link=n))
    return blocks


LEAD_HEADLINE_MAX: Final = 400
"""The longest first sentence drawn as the headline of a story whose title is its lead (``lead_split``)."""


LEAD_AFTER_MAX: Final = 80
"""The longest first paragraph a lead titling its story may follow: a dateline or place the source put over it
(``بيروت``, a credit line's place), not a paragraph of the story."""


class LeadSplit(NamedTuple):
    """A story titled by its lead's first sentence, drawn once (``lead_split``)."""

    headline: str
    """The first sentence, drawn whole as the headline."""
    rest: str
    """The rest of the lead's paragraph, drawn right under the headline ("" when the lead is one sentence)."""
    before: tuple[str, ...]
    """The short paragraph over the lead (a dateline or place), drawn above the headline; usually none."""


def lead_split(article: Article) -> LeadSplit | None:
    """How to draw a story whose title is its lead's first sentence, whole or cut with "…" (a file with no
    headline: the plain-text parser titles it so), or None for any other story.

    The first sentence is drawn whole as the headline and not again in the paragraph, which then starts
    after it: the story is read once, nothing left out (the list keeps the title as it is). The lead is the
    first paragraph, or the second under a short first one (``LEAD_AFTER_MAX``: a dateline or a place kept
    as the story's first line), which is then drawn above the headline.
    """
    paragraphs, title = article.paragraphs, article.title
    if not paragraphs or not title:
        return None
    cut = title.endswith("…")
    stem = title[:-1].rstrip() if cut else title
    if not stem:
        return None
    at = 0
    if not paragraphs[0].startswith(stem):
        if len(paragraphs) < 2 or len(paragraphs[0]) > LEAD_AFTER_MAX or not paragraphs[1].startswith(stem):
            return None
        at = 1
    first = paragraphs[at]
    if len(first) <= len(stem):
        return None
    from newstui.text.sentences import first_sentence  # only for a story titled by its lead

    sentence = first_sentence(first)
    if len(sentence) > LEAD_HEADLINE_MAX or not sentence.startswith(stem):
        return None
    if not cut and sentence.rstrip(".").rstrip() != stem:
        return None  # a headline the lead only begins with ("Flags" over "Flags fly at half mast.")
    return LeadSplit(sentence, first[len(sentence) :].strip(), paragraphs[:at])


def body_paragraphs(article: Article, header: bool) -> tuple[str, ...]:
    """The paragraphs drawn under the header: all of them, but a first one that only says the headline again
    (a feed entry whose summary is its title, a file whose one-line lead became its title) when the
    headline is drawn, and the first sentence of one whose lead is the title (``lead_split``). A list's
    items, one a paragraph, are one paragraph of a line each (``list_items.join_items``): no blank line
    between them. ``--json`` keeps every paragraph."""
    paragraphs = article.paragraphs
    if not header or not paragraphs:
        return join_items(paragraphs)
    first = paragraphs[0]
    if len(first) <= 2 * len(article.title) + 8 and first.split() == article.title.split():  # no split of a long one
        return join_items(paragraphs[1:])
    split = lead_split(article)
    if split is None:
        return join_items(paragraphs)
    after = paragraphs[len(split.before) + 1 :]
    return join_items((split.rest, *after) if split.rest else after)


def article_blocks(article: Article, *, header: bool = True, related: bool = False) -> list[Block]:
    """The blocks of an article in reading order.

    Args:
        article: the article.
        header: include title, byline and keywords.
        related: include a numbered list of related links (``--print``; the TUI has a pane for them).
    """
    blocks = head_blocks(article, header)
    for i, paragraph in enumerate(body_paragraphs(article, header)):
        if i:
            blocks.append(BLANK)
        blocks.append(Block(paragraph, "body"))
    blocks.extend(tail_blocks(article, related))
    return blocks


_PLAIN: OrderedDict[tuple[str, int], tuple[Article, Article]] = OrderedDict()
_PLAIN_SIZE: Final = 64


def without_harakat(article: Article) -> Article:
    """``article`` as drawn with harakat hidden (``text.harakat``): every shown field without vowel marks.

    The same object when it has none. The copy keeps the id, URL and origin; search, copying and
    ``--json`` use the original. Memoized for the last ``_PLAIN_SIZE`` articles, so the layout cache
    (keyed by the article object) finds a story laid out ahead under the same copy.
    """
    key = (article.id, id(article))
    hit = _PLAIN.get(key)
    if hit is not None and hit[0] is article:
        _PLAIN.move_to_end(key)
        return hit[1]
    plain = _strip_article(article)
    _PLAIN[key] = (article, plain)
    if len(_PLAIN) > _PLAIN_SIZE:
        _PLAIN.popitem(last=False)
    return plain


def _strip_article(article: Article) -> Article:
    """The copy ``without_harakat`` memoizes (``article`` itself when no field has a mark)."""

    def strip(text: str | None) -> str | None:
        return None if text is None else strip_harakat(text)

    title = strip_harakat(article.title)
    paragraphs = tuple(map(strip_harakat, article.paragraphs))
    source, section, attribution = strip(article.source), strip(article.section), strip(article.attribution)
    author = strip(article.author)
    keywords = tuple(map(strip_harakat, article.keywords))
    related = tuple(
        link if (plain := strip_harakat(link.title)) is link.title else Link(plain, link.url, link.target, link.kind)
        for link in article.related
    )
    fields = (title, *paragraphs, source, section, attribution, author, *keywords, *related)
    before = (
        article.title,
        *article.paragraphs,
        article.source,
        article.section,
        article.attribution,
        article.author,
        *article.keywords,
        *article.related,
    )
    if all(new is old for new, old in zip(fields, before, strict=True)):
        return article
    return replace(
        article,
        title=title,
        paragraphs=paragraphs,
        source=source,
        section=section,
        attribution=attribution,
        author=author,
        keywords=keywords,
        related=related,
    )


SEED_ARTICLES: Final = 64
"""Articles whose list rows ``first_frame_texts`` covers (more than a screen of the list)."""
SEED_CHARS: Final = 16_000
"""Characters of the first article ``first_frame_texts`` covers (articles up to ``render.EXACT_CHARS`` are laid
out whole on the first frame, to count their lines)."""


def first_frame_texts(articles: Sequence[Article]) -> list[str]:
    """The texts the reader's first frame may lay out for ``articles``: what a helper shapes ahead.

    The list rows of the first ``SEED_ARTICLES`` articles (headline and byline), the first article's
    blocks with its related links, up to about ``SEED_CHARS`` characters, and the titles of its
    related links whatever its length (the related pane shows them in the first frame; in a long
    article's blocks they come after the budget runs out).
    """
    texts: list[str] = []
    for article in articles[:SEED_ARTICLES]:
        texts.append(article.title)
        texts.append(byline(article))
    if articles:
        first = articles[0]
        if first.related:  # the related pane's lines under Arabic links say what they are in Arabic
            texts.append(" ".join(LABELS["rtl"][key] for key in LINK_STATUS_KEYS))
        if first.direction == "rtl":  # an Arabic story's related pane, empty (until its links are laid out), says so
            texts.append(LABELS["rtl"]["no-related"])
        used = 0
        for block in article_blocks(first, related=True):
            texts.append(block.text)
            used += len(block.text)
            if used >= SEED_CHARS:
                texts.extend(link.title for link in first.related)
                break
    return [text for text in texts if text]
