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


def drop_comments(root: HtmlElement) -> int:
    """Drop each comments section: the heading and what follows it in its container, or the whole
    container when the heading opens it (``<div class="responses"><h3>التعليقات</h3>…``). Returns how
    many sections were dropped.

    Only a heading element (``h2``–``h6``) with the text of a comments heading counts: a paragraph that
    speaks of comments is prose.
    """
    found = [
        heading
        for heading in root.iter(*_HEADING_TAGS)
        if heading.find(".//a") is None and is_comments_heading(heading.text_content())
    ]
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
