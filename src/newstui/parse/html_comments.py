"""Readers' comments on a page: the section under a comments heading, dropped before the story is extracted."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from newstui.text.normalize import normalize

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["drop_comments", "is_comments_heading"]

_HEADING_TAGS: Final = ("h2", "h3", "h4", "h5", "h6")
_MAX_CHARS: Final = 60
_COMMENTS: Final = re.compile(
    r"(?:\d+\s*)?(?:"
    r"(?:ال)?تعليق(?:ات)?(?:\s+القراء|\s+الزوار)?|تعليق(?:ات)?\s+القراء|"
    r"(?:اضف|اكتب|اترك)\s+تعليقا?|شارك\s+برايك|اراء\s+القراء|"
    r"(?:reader\s+|user\s+)?comments?|leave\s+a\s+(?:comment|reply)|join\s+the\s+discussion"
    r")(?:\s+\d+)?\s*[:：]?|\d+\s+(?:responses?|replies)\s+to\s+.{1,80}"
)
"""A comments heading, folded (``normalize``: no hamza, tanween or brackets, lower case): "التعليقات",
"أضف تعليقاً", "آراء القراء", "تعليقات (5)", "3 Comments", "Leave a Reply", "2 Responses to “…”"."""


def is_comments_heading(text: str) -> bool:
    """Whether a heading's text names a comments section."""
    text = text.strip()
    return 0 < len(text) <= _MAX_CHARS and _COMMENTS.fullmatch(normalize(text)) is not None


_BOLD_TAGS: Final = ("b", "strong", "font")
_LABEL_CHILDREN: Final = 2
_BOLD_WRAPPERS: Final = frozenset({"p", "div", "font", "span", "center", "u"})
"""What a bold heading may stand alone in, the whole of it the heading then (``<p><b>التعليقات</b></p>``)."""
_LINE_BREAKS: Final = frozenset({"br", "p", "div", "ul", "ol", "table", "section", "form", "hr"})
_ONE_COMMENT: Final = frozenset({"تعليق", "التعليق", "comment"})
"""A bold word alone that may be a story's own subheading ("تعليق": an analyst's comment), not its comments'."""


def _bold_heading(bold: HtmlElement) -> HtmlElement | None:
    """The heading a bold comments label stands as (itself, or the wrapper it is the whole of), or None: it must
    begin its line (nothing before it but a line break) and end it (a line break or a block after it, or its
    wrapper's end), and not be a link. "<b>التعليقات</b> على القرار …" is a sentence's start."""
    if len(bold) > _LABEL_CHILDREN:
        return None  # a bold or <font> around the text, no label (read no further)
    text = bold.text_content()
    if bold.find(".//a") is not None or not is_comments_heading(text) or normalize(text.strip()) in _ONE_COMMENT:
        return None
    if next(bold.iterancestors("a"), None) is not None:
        return None  # a link to the comments ("<a><b>التعليقات (3)</b></a>"), no heading
    node = bold
    while (parent := node.getparent()) is not None and parent.tag in _BOLD_WRAPPERS and _whole(parent, node):
        node = parent
    if not _alone_on_line(node):
        return None
    return node


def _whole(parent: HtmlElement, child: HtmlElement) -> bool:
    """Whether ``child`` is all that ``parent`` holds."""
    return len(parent) == 1 and not (parent.text or "").strip() and not (child.tail or "").strip(" \t\n\r:")


def _alone_on_line(node: HtmlElement) -> bool:
    """Whether nothing but a line break or a block stands before and after an element in its parent."""
    if (node.tail or "").strip(" \t\n\r:"):
        return False
    following = node.getnext()
    if following is not None and following.tag not in _LINE_BREAKS and following.tag not in _HEADING_TAGS:
        return False
    previous = node.getprevious()
    if previous is None:
        parent = node.getparent()
        return parent is None or not (parent.text or "").strip()
    return (previous.tag in _LINE_BREAKS or previous.tag in _HEADING_TAGS) and not (previous.tail or "").strip()


def drop_comments(root: HtmlElement) -> int:
    """Drop each comments section: the heading and what follows it in its container, or the whole
    container when the heading opens it (``<div class="responses"><h3>التعليقات</h3>…``). Returns how
    many sections were dropped.

    Only a heading element (``h2``–``h6``) with the text of a comments heading counts, or a bold one that stands
    as a heading, alone on its line (``_bold_heading``: ``<td><b>التعليقات</b><br>…``, as old sites write it): a
    paragraph that speaks of comments, or begins with a bold word, is prose.
    """
    found = [
        heading
        for heading in root.iter(*_HEADING_TAGS)
        if heading.find(".//a") is None and is_comments_heading(heading.text_content())
    ]
    found += [heading for bold in root.iter(*_BOLD_TAGS) if (heading := _bold_heading(bold)) is not None]
    dropped = 0
    top = root.getroottree().getroot()
    for heading in found:
        parent = heading.getparent()
        if parent is None or heading.getroottree().getroot() is not top:
            continue  # inside a section dropped already
        first = next((child for child in parent if isinstance(child.tag, str)), None)
        opens = first is heading and parent.tag not in ("body", "html", "article", "main")
        if opens and parent.getparent() is not None:
            parent.drop_tree()  # the text after it is the page's again
            dropped += 1
            continue
        for sibling in list(heading.itersiblings()):
            parent.remove(sibling)
        parent.remove(heading)
        dropped += 1
    return dropped
