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
    r"(?:اضف|اكتب|اترك)\s+تعليق(?:ا|ك)?|شارك\s+برايك|اراء\s+القراء|"
    r"(?:reader\s+|user\s+)?comments?|leave\s+a\s+(?:comment|reply)|join\s+the\s+discussion"
    r")(?:\s+\d+)?\s*[:：]?|\d+\s+(?:responses?|replies)\s+to\s+.{1,80}"
)
"""A comments heading, folded (``normalize``: no hamza, tanween or brackets, lower case): "التعليقات",
"أضف تعليقاً", "أضف تعليقك", "آراء القراء", "تعليقات (5)", "3 Comments", "Leave a Reply", "2 Responses to “…”"."""


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
    if not _alone_on_line(node) or not _comments_follow(node):
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


_FORM_TAGS: Final = frozenset({"form", "textarea", "input"})
_BLOCK_TAGS: Final = _LINE_BREAKS | frozenset(_HEADING_TAGS) | {"li", "tr", "td", "th", "blockquote", "article"}
_SHORT_WORDS: Final = 4
"""Most words of a line that reads as a comment's (a name, a date, "شكراً"), not a story's sentence."""
_NAME_WORDS: Final = 4
_NAME_COLON: Final = re.compile(r"^[\W\d_]*(?P<name>[^\W\d_][^:：]*?)\s*[:：]")
"""A comment's first line: its writer's name and a colon ("أبو خالد: …", "1- سلمى: …")."""
_SAYING: Final = frozenset(
    normalize(word)
    for word in (
        "قال قالت أضاف أضافت تابع تابعت أكد أكدت أوضح أوضحت يقول تقول جاء وجاء وقال وقالت وأضاف وأضافت وتابع وتابعت"
        " وأكد وأكدت وأوضح وأوضحت ويقول وتقول فقال فقالت said says added"
    ).split()
)
"""First words of a story's line that ends in a colon before a quote ("وقال الوزير: …"), not a name's."""
_READER_VOICE: Final = tuple(
    normalize(phrase) + " "
    for phrase in (
        "هذا خبر", "هذا الخبر", "هذه خطوة", "خبر رائع", "خبر جميل", "شكرا", "شكراً", "نتمنى", "أتمنى", "نأمل", "آمل",
        "نرجو", "أرجو", "أحسنتم", "الله", "ما شاء الله", "الحمد لله", "يا", "لماذا", "متى", "great", "thanks",
    )
)  # fmt: skip
"""A reader's opening words, praise, a wish or a question to the paper ("هذا خبر رائع ونتمنى …"): no reporter's."""
_DATE_RE: Final = re.compile(r"\d{1,4}\s*[/\-.:]\s*\d{1,2}")
_DATE_WORDS: Final = 8
_LINE_CHARS: Final = 300
"""Most characters of the first line after a label read: enough to tell a comment's start from a story's."""


def _comments_follow(node: HtmlElement) -> bool:
    """Whether what follows a bold comments label in its container reads as readers' comments: nothing (the end of
    the story's box), a comment form, or a first line that is a name (with a colon: "أبو خالد: …"), a date or a
    short reply. A story's own paragraph under a bold "التعليقات" ("وفتحت البلدية باب التعليقات …") is no comment:
    the text is kept."""
    line = _first_line_after(node)
    if line is None:
        return True  # a form before any text, or nothing after the label
    return _reads_as_comment(line)


def _first_line_after(node: HtmlElement) -> str | None:
    """The first line of text after ``node`` in its parent (up to a line break or a block, its first
    ``_LINE_CHARS``), or None when a comment form comes first or no text follows."""
    from lxml import etree

    pieces: list[str] = []
    size = _add(pieces, 0, node.tail)
    for sibling in node.itersiblings():
        for event, element in etree.iterwalk(sibling, events=("start", "end")):
            tag = element.tag if isinstance(element.tag, str) else ""
            if event == "start" and tag in _FORM_TAGS and not size:
                return None
            if size and (tag in _BLOCK_TAGS or size > _LINE_CHARS):
                return " ".join("".join(pieces).split())
            text = (element.text if tag else None) if event == "start" else element.tail
            size = _add(pieces, size, text)
    return " ".join("".join(pieces).split()) or None


def _add(pieces: list[str], size: int, text: str | None) -> int:
    """``text`` added to ``pieces``; the characters of text (not space) they hold."""
    if text:
        pieces.append(text)
        size += len(text.strip())
    return size


def _reads_as_comment(line: str) -> bool:
    """Whether a line reads as a comment's start (a name with a colon, a date, a short reply, a reader's voice), not
    a story's."""
    words = line.split()
    if len(words) <= _SHORT_WORDS and not line.endswith((":", "：")):
        return True
    if len(words) <= _DATE_WORDS and _DATE_RE.search(line) is not None:
        return True
    if (normalize(line) + " ").startswith(_READER_VOICE):
        return True
    found = _NAME_COLON.match(line)
    if found is None:
        return False
    name = found.group("name").split()
    return 0 < len(name) <= _NAME_WORDS and normalize(name[0]) not in _SAYING


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
    labels = [heading for bold in root.iter(*_BOLD_TAGS) if (heading := _bold_heading(bold)) is not None]
    found += labels
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
        if heading in labels:
            _paragraph_short_story(parent)
    return dropped


_SHORT_STORY_CHARS: Final = 250
"""Fewest characters trafilatura takes as a story's text (its ``MIN_EXTRACTED_SIZE``): with less, it gives back
the whole page's text (menu, "طباعة") as one paragraph, unless the page has ``<p>`` elements to take."""
_INLINE_BREAK: Final = "br"


def _paragraph_short_story(container: HtmlElement) -> None:
    """Wrap each line of a short story left in its box once its comments are cut (``<td>lead<br><br>text<br><br>``,
    under ``_SHORT_STORY_CHARS``) in a ``<p>``, its line breaks kept: the lines are then the story's paragraphs for
    trafilatura's last resort, not the whole page's text run into one."""
    if container.tag == "p" or any(child.tag in _BLOCK_TAGS and child.tag != _INLINE_BREAK for child in container):
        return  # a paragraph already, or paragraphs in blocks of their own
    if not 0 < len(container.text_content().strip()) < _SHORT_STORY_CHARS:
        return
    children = list(container)
    text, container.text = container.text, None
    for child in children:
        container.remove(child)  # its tail goes with it
    line = _text_line(container, None, text)
    for child in children:
        tail, child.tail = child.tail, None
        if child.tag == _INLINE_BREAK:
            container.append(child)
            line = None
        else:
            if line is None:
                line = _line(container)
            line.append(child)
        line = _text_line(container, line, tail)


def _line(container: HtmlElement) -> HtmlElement:
    """A new ``<p>`` at the end of ``container``."""
    from lxml.html import Element

    paragraph = Element("p")
    container.append(paragraph)
    return paragraph


def _text_line(container: HtmlElement, line: HtmlElement | None, text: str | None) -> HtmlElement | None:
    """The line ``text`` goes on (a new one after a break), the text added at its end; whitespace alone opens none."""
    if not text or (line is None and not text.strip()):
        return line
    if line is None:
        line = _line(container)
    if len(line):
        line[-1].tail = (line[-1].tail or "") + text
    else:
        line.text = (line.text or "") + text
    return line
