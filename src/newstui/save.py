"""Saving a story as a text file: the reader's ``w``; the file opens again in newstui as the same story.

The text is logical (as the source wrote it, unshaped), in the plain-text format newstui reads
(``parse.plaintext``), with a line for every field that format carries, blocks between blank lines::

    الندى نيوز – اقتصاد                    byline: source – section
    عنوان الخبر                            headline
    كتب: فلان الفلاني - القاهرة            author                 (By ...), and a place the parser
                                                                   kept as the first paragraph
    https://example.org/news/1             the story's web address
    الفقرة الأولى ...                       paragraphs, one a line
    المصدر: وكالة الأنباء                  attribution            (Source: ...)
    كلمات دلالية: الإمارات، اقتصاد          keywords               (Tags: a, b)
    إقرأ أيضاً: عنوان - https://...         a leading read-also link (Read also: ...)
    مقالات مشابهة                          the other links        (Related articles)
    1. عنوان - https://...                 numbered, "title - URL" or the title alone

(English markers for a left-to-right story). Parsing the text gives back the title, the source and
section, the author, the paragraphs, the web address, the attribution, the keywords and the links' titles and URLs
in order; the language and direction are detected again from the same text. What does not come back:

* The date: the format has no date field (the parser takes a dateline for page furniture, or a
  paragraph), so none is written.
* A section without a source. A source without a section (a feed entry's, a page's) is written alone
  above the headline when the parser reads it back as the site's name (a name with a site word,
  "Valley Times", "السومرية نيوز", or shaped as one, "BBC", "المصري اليوم"); not when it would read it
  as something else ("Harbour notes" alone would be the headline). Nor a byline the parser would split
  elsewhere (a source holding ``–``, ``—``, ``|`` or a spaced hyphen, sentence punctuation, over six
  words a side, over 80 characters): none is written.
* Link kinds and targets: read-also links at the head of the links come back as read-also links (the
  stories they embedded are not in the file, so with no target); every other link, a read-also link
  after a related one and a ``parent`` link (an embedded story's link to its page) included, comes back
  as a related link. A link whose title (normalized) repeats an earlier link's or the story's title is
  dropped by the parser.
* Text the parser reads as something else. A paragraph that is itself a marker line (a marker phrase
  with a separator, "Source: ...", "المصدر: ...", "Read more: ...", a short "Via X", or a bare heading
  such as "Related" or "مقالات مشابهة") is read as that marker, and after a read-also or related marker
  the paragraphs below it too; a paragraph without a letter or digit ("* * *") is dropped. Paragraphs
  that only start with a marker word ("Tags are ...", "المصدر الرئيسي ..."), list lines, bylines and
  bare web addresses come back as paragraphs, a bare address only when the story has a web address of
  its own (written above them): in a story without one, the first bare address becomes the story's
  address. A keyword holding a list separator (``، , ; ؛ |``) comes back split, one ending in a full
  stop without it, and one the same as an earlier one (normalized) not at all; an attribution loses a
  leading ``*`` or ``_``; a link title holding a web address (of a link without one) gives it up as the
  link's URL, and a link URL ending in punctuation or an unbalanced bracket loses it.
* The headline is written under the byline or above it, or left out when the parser derives the same
  title from the lead paragraph, whichever the parser reads back. When none does, it is written first
  all the same: a title that is not headline-like (one word, a final full stop, over 200 characters
  or 30 words), or in a story without a byline one over a first paragraph that is a list or marker
  line or shorter than the title and unpunctuated, comes back as an extra first paragraph (the title
  made from it); in a story without a byline, a title shaped like a byline comes back as the source
  and section, and so does a first paragraph shaped like one with no web address above it.
* An author of more than six words, or one ending in sentence punctuation, is no credit line to the
  parser: it comes back as the first paragraph.
* A line break inside a field is written as a space.

A file is written whole or not at all, and never over an existing one.
"""

from __future__ import annotations

import errno
import os
import re
import unicodedata
from pathlib import Path
from typing import Final, NamedTuple

from newstui.atomic_file import synced_temp
from newstui.errors import OutputError, os_reason
from newstui.model import Article, Link
from newstui.parse.markers import MarkerKind, match_marker, split_byline
from newstui.parse.plaintext_addresses import URL_LINE_RE, split_url
from newstui.parse.plaintext_byline import read_head
from newstui.parse.plaintext_credits import credit_line
from newstui.parse.plaintext_lines import Line, classified_lines, is_furniture, lead_title

__all__ = ["article_text", "default_name", "expand_home", "save_new"]

NAME_CHARS: Final = 60
"""Most characters of the title kept in a suggested file name."""
_UNSAFE: Final = frozenset('/\\:*?"<>|')
"""Characters a suggested file name leaves out (path separators, and those other systems refuse)."""


_NO_LINKS: Final = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS})
"""What ``os.link`` answers on a file system that has no hard links (FAT, some network shares)."""

_LINE_BREAKS: Final = re.compile("\r\n|[\n\r\u2028\u2029\u0085\x0b\x0c]")
"""What ``sanitize_text`` turns into a line feed: inside a field, written as a space."""
_NUMBERS: Final = 999
"""Highest item number the parser reads as a list number (three digits); later items count again."""


class _Words(NamedTuple):
    """The markers written for one direction of text, each in a spelling ``parse.markers`` reads."""

    author: str
    attribution: str
    keywords: str
    keyword_separator: str
    read_also: str
    related: str


_ARABIC: Final = _Words("كتب:", "المصدر", "كلمات دلالية", "، ", "إقرأ أيضاً", "مقالات مشابهة")
_ENGLISH: Final = _Words("By", "Source", "Tags", ", ", "Read also", "Related articles")


def article_text(article: Article) -> str:
    """The story as logical text in the plain-text format: every field it can carry, blocks separated by blank lines.

    Args:
        article: the story (sanitized, logical order).

    Returns:
        The text, ending with a line feed; ``parse_plaintext`` reads it back as the same story, but for
        what the format cannot carry (see the module's docstring).
    """
    words = _ENGLISH if article.direction == "ltr" else _ARABIC
    url = _one_line(article.url or "")
    address = [url] if URL_LINE_RE.match(url) and url.strip("<>") == url else []
    paragraphs = [text for text in map(_one_line, article.paragraphs) if text]
    author = _one_line(article.author or "")
    credit = f"{words.author} {author}" if author else ""
    if credit and paragraphs and (placed := _credit_and_place(credit, author, paragraphs[0])) is not None:
        credit, paragraphs = placed, paragraphs[1:]  # "كتب: فلان - القاهرة": the place back on its credit line
    furniture = [*([credit] if credit else []), *address]  # above the text, as the parser reads
    blocks = [*_header(article, furniture, paragraphs), *furniture, *paragraphs]
    attribution = _one_line(article.attribution or "")
    if attribution:
        blocks.append(f"{words.attribution}: {attribution}")
    keywords = [text for text in map(_one_line, article.keywords) if text]
    if keywords:
        blocks.append(f"{words.keywords}: {words.keyword_separator.join(keywords)}")
    links = list(article.related)
    while links and (line := _read_also_line(links[0], words.read_also)) is not None:
        blocks.append(line)
        links.pop(0)
    if links:  # numbered: a title such as "Source: ..." after a number is no marker
        items = (f"{(number - 1) % _NUMBERS + 1}. {_link_line(link)}" for number, link in enumerate(links, 1))
        blocks.append("\n".join([words.related, *items]))
    return "\n\n".join(blocks) + "\n"


def _credit_and_place(credit: str, author: str, first: str) -> str | None:
    """The credit line with the story's first paragraph after a dash, when the parser reads that line back as
    this author and that paragraph (a place the source wrote after the name: "كتب: فلان - القاهرة",
    which the parser keeps as the first paragraph); else None. A dateline or address stays a line of its own."""
    if is_furniture(first):
        return None
    line = f"{credit} - {first}"
    found = credit_line(line)
    return line if found is not None and found[:2] == (author, first) else None


def _one_line(text: str) -> str:
    """``text`` stripped, with any line break in it written as a space."""
    return _LINE_BREAKS.sub(" ", text).strip()


def _header(article: Article, furniture: list[str], paragraphs: list[str]) -> list[str]:
    """The byline and headline lines above the author and address lines and the paragraphs, in a layout the
    parser reads back.

    The layouts are tried in order, each checked with the parser's own ``read_head`` over the lines
    as the parser classifies them: byline over headline, headline over byline, then no headline when
    the parser derives the same title from the lead paragraph. When none reads back, byline and
    headline are written anyway, so no text is lost (the headline then comes back as a paragraph).
    """
    title = _one_line(article.title)
    source, section = _one_line(article.source or ""), _one_line(article.section or "")
    byline: str | None = f"{source} – {section}" if source and section else None
    parts = split_byline(byline) if byline else None
    if parts != (source, section):
        byline = parts = None  # the parser would split it elsewhere: not written
    lead = next((text for text in paragraphs if not is_furniture(text)), paragraphs[0] if paragraphs else None)
    derived = lead is not None and lead_title(lead) == title  # the title the parser gives a story without headline
    # Each layout: its lines, and what the parser must read back: headline, (source, section), lines read.
    layouts: list[tuple[list[str], str | None, tuple[str, str] | None, int]] = []
    if byline is not None:
        layouts += [([byline, title], title, parts, 2), ([title, byline], title, parts, 2)]
        if derived:
            layouts.append(([byline], None, parts, 1))
    else:
        if source and not section:  # a site's name alone above the headline (a feed entry's, a page's)
            layouts.append(([source, title], title, (source, ""), 2))
        layouts.append(([title], title, None, 1))
        if derived:
            layouts.append(([], None, None, 0))
    body = classified_lines("\n".join([*furniture, *paragraphs]))
    for lines, headline, expected, read in layouts:
        if title and _read_header([*classified_lines("\n".join(lines)), *body]) == (headline, expected, read):
            return lines
    return [line for line in (byline, title) if line]


def _read_header(lines: list[Line]) -> tuple[str | None, tuple[str, str] | None, int]:
    """What the parser's ``read_head`` makes of the top of a document of these classified lines: the
    headline, the byline's (source, section), the lines read; a site's name read alone is (source, "")."""
    head = read_head(lambda index: lines[index] if index < len(lines) else None)
    byline = (head.source, head.section or "") if head.source is not None else None
    return head.headline, byline, head.position


def _read_also_line(link: Link, marker: str) -> str | None:
    """A read-also link as a read-also line the parser gives back as written; None for any other link."""
    if link.kind != "read-also":
        return None
    for form in _link_forms(link):
        line = f"{marker}: {form}"
        if split_url(form) == _title_url(link) and match_marker(line) == (MarkerKind.READ_ALSO, form):
            return line
    return None


def _link_line(link: Link) -> str:
    """A link on one line as the parser's ``split_url`` reads it back: "title - URL", "title (URL)" or "URL - title"."""
    forms = _link_forms(link)
    return next((form for form in forms if split_url(form) == _title_url(link)), forms[0])


def _link_forms(link: Link) -> tuple[str, ...]:
    """The ways to write a link on one line, the usual first."""
    title, url = _title_url(link)
    if url is None:
        return (title,)
    return f"{title} - {url}", f"{title} ({url})", f"{url} - {title}"


def _title_url(link: Link) -> tuple[str, str | None]:
    """A link's title and URL, each on one line."""
    return _one_line(link.title), _one_line(link.url or "") or None


_ZWNJ: Final = "\u200c"
"""The zero-width non-joiner, part of Persian and Kurdish spelling (``می‌خواهد``): kept inside a word."""


def _name_char(title: str, at: int) -> str:
    """The title's character at ``at`` as a file name has it: a space for one unsafe in a name or invisible,
    but for a zero-width non-joiner between two letters (or marks) of a word."""
    char = title[at]
    if char == _ZWNJ and 0 < at < len(title) - 1 and _in_word(title[at - 1]) and _in_word(title[at + 1]):
        return char
    return " " if char in _UNSAFE or not char.isprintable() else char


def _in_word(char: str) -> bool:
    """Whether a character is a letter, a digit or a mark (a haraka)."""
    return char.isalnum() or unicodedata.category(char).startswith("M")


def default_name(article: Article, folder: Path | None = None) -> str:
    """A file name for the story: its title (safe characters, cut short between words) and ``.txt``;
    with ``folder``, one not taken there yet (``title (2).txt``, ...)."""
    title = article.title
    words = "".join(_name_char(title, at) for at in range(len(title))).split()
    stem = ""
    for word in words:
        longer = f"{stem} {word}" if stem else word
        if len(longer) > NAME_CHARS:
            stem = stem or word[:NAME_CHARS]  # one word longer than a name: cut it
            break
        stem = longer
    # No hidden file, no name a command takes for an option, none a shell or ``expanduser`` takes for a home folder.
    stem = stem.lstrip(" .-~").rstrip(" .") or "story"
    if folder is None:
        return f"{stem}.txt"
    for number in range(1, _NUMBERS + 1):
        name = f"{stem}.txt" if number == 1 else f"{stem} ({number}).txt"
        if not (folder / name).exists() and not (folder / name).is_symlink():
            return name
    return f"{stem}.txt"  # saving says the name is taken


def expand_home(name: str | Path) -> Path:
    """``name`` as a path, a leading ``~`` or ``~user`` written out as that home folder (as a shell does).

    Raises:
        OutputError: no such user (``~nosuchuser/x.txt``), or no home folder is known (no ``HOME``, no
            password entry); the error's origin is the ``~`` part of the name.
    """
    path = Path(name)
    try:
        return path.expanduser()
    except (RuntimeError, KeyError):  # what pathlib and os.path raise for a home folder they cannot find
        home = path.parts[0] if path.parts else str(name)
        reason = "no home folder is known" if home == "~" else "no such user"
        raise OutputError(reason, origin=home) from None


def save_new(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to a new file at ``path``: whole or not at all, never over an existing file.

    The text goes to a temporary file beside the target, is flushed to disk, and is then linked to
    the name, which fails when the name is taken; the temporary file is removed in every case.

    Returns:
        The path written.

    Raises:
        OutputError: the name is taken, the folder is missing, the file cannot be written, or the name's
            ``~user`` is no user (``expand_home``).
    """
    path = expand_home(path)
    try:
        if path.exists() or path.is_symlink():
            raise FileExistsError(errno.EEXIST, "already exists")
        with synced_temp(path.parent, text, prefix=".newstui-", shared=True) as temp:
            try:
                os.link(temp, path)
            except OSError as error:
                if error.errno not in _NO_LINKS:
                    raise
                os.rename(temp, path)  # a file system without hard links: the name was free a moment ago
    except FileExistsError:
        raise OutputError("a file of that name exists already", origin=str(path)) from None
    except OSError as error:
        raise OutputError(f"cannot save: {os_reason(error)}", origin=str(path)) from None
    return path
