"""An HTML page's credits: its author (meta's or trafilatura's, mended from its element), an embedded post's credit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from newstui.parse.bylines import (
    author_beside_source,
    author_credit,
    author_field_name,
    author_without_date,
    byline_parts,
    ends_on_date_word,
    listed_names,
    opens_on_source,
)
from newstui.parse.html_meta import (
    byline_line,
    correspondent_name,
    is_author_name,
    is_desk,
    joined_names,
    place_named,
    title_parts,
    without_job_titles,
)
from newstui.parse.plaintext_credits import opens_on_city
from newstui.parse.plaintext_lines import place_agency
from newstui.text.normalize import normalize
from newstui.text.sanitize import sanitize_line

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["AUTHOR_KEYS", "byline", "credited_byline", "headline_line", "site_byline", "tweet_credits"]

AUTHOR_KEYS: Final = ("author", "article:author", "byl", "dc.creator")
"""The ``<meta>`` names and properties that name a page's author, the surest first."""


def byline(meta_author: str | None, extracted: Any, root: HtmlElement) -> tuple[str | None, str | None]:
    """The author and the ISO date its field held after the name: ``credited_byline`` without its credit."""
    author, day, _credit = credited_byline(meta_author, extracted, root)
    return author, day


def credited_byline(
    meta_author: str | None, extracted: Any, root: HtmlElement
) -> tuple[str | None, str | None, str | None]:
    """``_credited_byline``, with a byline element's several linked names kept apart (``_item_names``:
    Drupal's ``field__item``s "رنا الخطيب" and "يزن العمري" are "رنا الخطيب، يزن العمري", not one name)."""
    author, day, credit = _credited_byline(meta_author, extracted, root)
    if author and author.count(" ") >= _MANY_WORDS - 1 and not _SEPARATED.search(author):
        author = _item_names(root, author) or author
    return author, day, credit


_MANY_WORDS: Final = 4
"""Fewest words of an author that may be two writers' names run together."""
_SEPARATED: Final = re.compile(r"[,،;؛&]")
"""What already parts the names in an author ("، "; "و" between two is made "، " by ``listed_names``)."""
_ITEMS: Final = ".//*[contains(concat(' ', normalize-space(@class), ' '), ' field__item ')]"
"""A Drupal field's items, one value (a writer) each."""


def _item_names(root: HtmlElement, author: str) -> str | None:
    """The names of an author element's items (Drupal's ``field__item``s, else its links), joined by "، ",
    when they are ``author``'s words run together (trafilatura joins an element's text with spaces), a
    label before them aside ("تحقيق"); None when no author element has two or more such items."""
    try:
        from trafilatura.xpaths import AUTHOR_XPATHS  # trafilatura's own: not a public name, so guarded
    except ImportError:
        return None
    words = _WORD.findall(author)
    for expression in AUTHOR_XPATHS:
        for element in expression(root):
            items = element.xpath(_ITEMS) or list(element.iter("a"))
            if len(items) < 2:
                continue
            names = [sanitize_line(" ".join(item.itertext())) for item in items]
            if all(names) and [word for name in names for word in _WORD.findall(name)] == words:
                return "، ".join(names)
    return None


def _credited_byline(
    meta_author: str | None, extracted: Any, root: HtmlElement
) -> tuple[str | None, str | None, str | None]:
    """The author, the ISO date its field held after the name (``author_without_date``: "كتب: فلان · الاثنين 16
    نوفمبر 2026", None when there was none), and the credit a byline gives instead of a writer.

    The author: meta author (``AUTHOR_KEYS``; not a profile URL), else trafilatura's (its names joined as a feed's,
    ``joined_names``, two writers joined by "و" as several, ``listed_names``), without a byline's marker, a job title
    set off by a comma ("Jane Roe, Local Democracy Reporter") or a correspondent's city before the name ("عمّان:
    سامي الحوراني", "الرياض - نورة القحطاني"; a city one knows before a dash is never the author, when trafilatura
    cut the byline there the element's text is read), nor a date after the name that trafilatura cut at its first
    digit ("يوسف العمراني الخميس", the element's own text read); none that reads as a sentence or an author box's
    biography (``is_author_name``), nor the site's own name (``_names_site``: its CMS's filler, no writer's).

    The credit: a news agency named alone ("رويترز", "وكالات", "أ ف ب", "AFP") or a source after "المصدر:"
    ("المصدر: وكالات"), in the meta author or the byline (``bylines.author_credit``): the story's attribution, not
    its author (None then; a meta agency still lets trafilatura's byline name the writer). A writer's initials ("ع.
    م") are no agency's, nor is a given name after a marker that names a person ("كتبت: سبأ", she wrote)."""
    credit: str | None = None
    meta_day: str | None = None
    site_author = bool(meta_author) and _names_site(meta_author or "", root, extracted)
    if site_author:
        meta_author = None  # <meta name="author" content="المدار"> on المدار's page: a byline under the headline wins
    if meta_author and not meta_author.startswith(("http://", "https://")):
        meta_name, meta_day = author_without_date(meta_author)
        name = author_field_name(meta_name)
        credit = author_credit(meta_name) or (author_credit(name, field=meta_name) if name else None)
        if credit is None and name and is_author_name(name):
            return listed_names(without_job_titles(correspondent_name(name, field=True) or name)), meta_day, None
    given = getattr(extracted, "author", None) or ""
    if site_author and given and _names_site(given, root, extracted):
        # trafilatura took the site's meta author too, so never looked at the page's byline ("author-name")
        given = _page_author(root) or given
    found, day = author_without_date(sanitize_line(given))
    if not found or found.startswith(("http://", "https://")) or not is_author_name(found):
        return None, meta_day if credit else None, credit
    if meta_author and _WORD.findall(found) == _WORD.findall(meta_author) and author_field_name(meta_author) is None:
        return None, day, credit  # "صور: حسن عسل" read by trafilatura without its colon: a photographer, no writer
    if _names_site(found, root, extracted):
        return None, day, credit
    cleaned = author_field_name(found)
    dotless = _DOTLESS_TITLE.search(found) is not None  # "د أحمد", "Dr John Smith": trafilatura dropped a dot
    dated = ends_on_date_word(found)  # "يوسف العمراني الخميس": trafilatura cut the date after the name at its digit
    sourced = opens_on_source(found)  # "المصدر وكالات": trafilatura dropped the credit's colon
    city = opens_on_city(found)  # "جدة شهد العتيبي": trafilatura dropped a correspondent's colon, or cut at its dash
    if cleaned != found or " " not in found or dotless or dated or sourced or city:
        # a marker, one word, a weekday or a credit left: trafilatura may have cut the byline
        raw = _author_element_text(root, found)
        if raw is not None:
            raw, day = _without_date(raw, day)
            if (own := author_credit(raw)) is not None:
                return None, day, own
            name = author_field_name(raw)
            if dated and name == raw and _cut_short(found, raw):
                found = cleaned = raw  # the element's date after the name began in trafilatura's name
            elif name != raw or dotless:
                # trafilatura cut "كتب - محمود" at its dash, "د. هالة" at its dot
                if name and (own := author_credit(name, field=raw)) is not None:
                    return None, day, own  # "كتب: رويترز" ("كتبت: سبأ" is a writer's: ``author_credit``)
                return name and listed_names(without_job_titles(name)), day, credit
            elif city == found and name and name != found:
                # "جدة - مراسل الموقع" cut at its dash: a city one knows before the dash is never the writer
                if (agency := place_agency(raw)) is not None:
                    return None, day, agency  # "دمشق - سانا": a wire's dateline, its agency the story's credit
                return listed_names(without_job_titles(name)), day, credit
    if (own := author_credit(found) or (author_credit(cleaned, field=found) if cleaned else None)) is not None:
        return None, day, own  # "رويترز", "المصدر وكالات", "كتب: وكالات": the story's attribution, no writer
    # trafilatura makes a byline's commas "; " as between names: "Jane Roe; Local Democracy Reporter", and
    # joins a JSON-LD story's authors so: they are joined as a feed's are ("كريم منصور، رنا الحسيني").
    # It drops a correspondent's colon too: "عمّان: سامي الحوراني" comes as "عمّان سامي الحوراني".
    if not cleaned:
        return cleaned, day, credit
    named = joined_names(without_job_titles(correspondent_name(cleaned, field=True) or cleaned))
    return listed_names(named), day, credit  # (a meta author's agency beside a writer's byline: its credit)


def _page_author(root: HtmlElement) -> str | None:
    """The author trafilatura reads out of the page's elements (its author XPaths: ``a.author-name``, ``.byline``
    …) when no meta tag names one; None when none does, or trafilatura's function is not there."""
    try:
        from trafilatura.metadata import extract_author  # not a documented name, so guarded
    except ImportError:
        return None
    try:
        found = extract_author(root)
    except Exception:  # noqa: BLE001 (a third party's internals: any failure is no author)
        return None
    return found if isinstance(found, str) else None


def _cut_short(found: str, name: str) -> bool:
    """Whether ``name`` (an author element's text without its date) is ``found`` (trafilatura's author) with its
    last words left out: "يوسف العمراني" of "يوسف العمراني الخميس"."""
    kept, words = _WORD.findall(name), _WORD.findall(found)
    return 0 < len(kept) < len(words) and words[: len(kept)] == kept


_SITE_NAME_KEYS: Final = ("og:site_name", "application-name")


def _names_site(author: str, root: HtmlElement, extracted: Any) -> bool:
    """Whether ``author`` only names the page's site (``bylines.author_beside_source``): the site as its
    ``og:site_name`` or ``application-name`` meta in the ``<head>`` names it, or trafilatura's site name."""
    names = [getattr(extracted, "sitename", None) or ""]
    head = root.find("head")
    for meta in head.iter("meta") if head is not None else ():
        if (meta.get("property") or meta.get("name") or "").lower() in _SITE_NAME_KEYS:
            names.append(meta.get("content") or "")
    return any(author_beside_source(author, sanitize_line(name)) is None for name in names if name)


def _without_date(text: str, day: str | None) -> tuple[str, str | None]:
    """An author element's text without the date after its name, and that date (else ``day``): the element
    holds the digits trafilatura cut ("كتب: فلان · الاثنين 16 نوفمبر 2026" read as "كتب فلان · الاثنين")."""
    name, own = author_without_date(text)
    return name, own or day


_DOTLESS_TITLE: Final = re.compile(r"(?:^|[;,،]\s*)(?:[أا]|د|م|Dr|Prof|Eng|Mrs|Mr|Ms)\s")
"""An abbreviated title without its dot before a name ("د أحمد", "أ د أحمد", "Dr John"), as trafilatura gives
a byline's "د. أحمد": the element's own text is read for the dots."""
_AUTHOR_TEXT_CHARS: Final = 120
_WORD: Final = re.compile(r"[^\W\d_]+")


def _author_element_text(root: HtmlElement, author: str) -> str | None:
    """The text of the element trafilatura read ``author`` from (its author XPaths), when one bears it out.

    trafilatura drops colons and dots and cuts at a dash ("كتب - محمود" gives "كتب"); the element's
    own text still holds them. It must begin with the author's words, or its name after a marker must.
    """
    try:
        from trafilatura.xpaths import AUTHOR_XPATHS  # trafilatura's own: not a public name, so guarded
    except ImportError:
        return None
    words = _WORD.findall(author)
    for expression in AUTHOR_XPATHS:
        for element in expression(root):
            text = sanitize_line(" ".join(element.itertext()))
            if not 2 < len(text) < _AUTHOR_TEXT_CHARS:
                continue
            if (
                _WORD.findall(text)[: len(words)] == words
                or _WORD.findall(author_field_name(text) or "")[: len(words)] == words
            ):
                return text  # its words, or its name's after the byline's marker ("By Dr. John Smith")
    return None


_CREDIT_CHARS: Final = 200
"""Most characters of an embedded tweet's credit line ("— name (@handle) date")."""


def tweet_credits(root: HtmlElement) -> None:
    """Join an embedded tweet's credit line to its text: ``<blockquote class="twitter-tweet"><p>…</p>
    &mdash; name (@handle) <a>date</a></blockquote>`` reads "… — name (@handle) date", one paragraph,
    where trafilatura would give the credit a paragraph of its own under the tweet. An Instagram post's
    credit is joined to its caption so too, or left out with no caption (``_post_credit``)."""
    for quote in list(root.iter("blockquote")):
        kind = (quote.get("class") or "").lower()
        if "instagram" in kind:
            _post_credit(quote)
            continue
        if "tweet" not in kind:
            continue
        paragraphs = quote.findall("p")
        if not paragraphs:
            continue
        last = paragraphs[-1]
        after = list(last.itersiblings())
        if any(element.tag in ("p", "div", "blockquote") for element in after):
            continue
        credit = sanitize_line(" ".join([last.tail or "", *(e.text_content() + (e.tail or "") for e in after)]))
        if not credit or len(credit) > _CREDIT_CHARS:
            continue
        for element in after:
            quote.remove(element)
        last.tail = None
        if len(last):
            last[-1].tail = f"{(last[-1].tail or '').rstrip()} {credit}"
        else:
            last.text = f"{(last.text or '').rstrip()} {credit}"


_POST_CREDIT: Final = re.compile(
    r"(?:A post shared by|Une publication partagée par|منشور تمت مشاركته بواسطة|تمت مشاركة منشور بواسطة)"
    r"\s*(?P<credit>[^()]{1,100}\(@[\w.]{1,40}\).{0,80})",
    re.IGNORECASE,
)
"""An Instagram embed's credit line ("A post shared by name (@handle)", "منشور تمت مشاركته بواسطة name (@handle)",
a date after it in older embeds: "… (@handle) on Dec 1, 2026 at 10:00am PST")."""

_VIEW_POST: Final = re.compile(
    r"View this (?:post|photo|video) on Instagram|Voir cette publication sur Instagram"
    r"|عرض هذا المنشور على (?:Instagram|إنستغرام|انستغرام|إنستجرام|انستجرام)",
    re.IGNORECASE,
)
"""The label an Instagram embed shows over its post, which the story does not say."""


def _post_credit(quote: HtmlElement) -> None:
    """An Instagram embed's credit line (``_POST_CREDIT``) as a tweet's: "caption — name (@handle)", one paragraph,
    when the post's caption is given in the embed; left out with no caption, as the embed's "View this post on
    Instagram" label is wherever it stands (widget text, which the story does not say)."""
    for label in [element for element in quote.iter("a", "div", "p", "span") if _is_view_label(element)]:
        label.drop_tree()  # "View this post on Instagram", however the embed wraps it (its tail kept)
    paragraphs = list(quote.iter("p"))
    for index in range(len(paragraphs) - 1, -1, -1):
        credit = _POST_CREDIT.fullmatch(sanitize_line(paragraphs[index].text_content()))
        if credit is not None:
            break
    else:
        return
    line = paragraphs[index]
    caption = next((p for p in reversed(paragraphs[:index]) if sanitize_line(p.text_content())), None)
    line.drop_tree()  # (its tail kept)
    if caption is None:
        return
    joined = f" — {credit.group('credit')}"
    if len(caption):
        caption[-1].tail = f"{(caption[-1].tail or '').rstrip()}{joined}"
    else:
        caption.text = f"{(caption.text or '').rstrip()}{joined}"


def _is_view_label(element: HtmlElement) -> bool:
    """Whether an element of an Instagram embed holds its "View this post on Instagram" label and nothing else."""
    text = element.text_content()
    return len(text) < _LABEL_CHARS and _VIEW_POST.fullmatch(sanitize_line(text)) is not None


_LABEL_CHARS: Final = 200
"""Longest text of an element read for an embed's label (the label and the spaces of its layout)."""
_HEADLINE_TAGS: Final = ("h1", "h2", "h3")
_BOLD_TAGS: Final = ("b", "strong")
"""A page with no heading for its headline gives it in bold (``<font size="4"><b>…</b></font>``): the headline
drawn from its ``<title>`` is looked for there too, after the headings."""
_LINE_CHARS: Final = 120
"""Longest text of a line under the headline read as its byline or dateline."""
_NOT_LINES: Final = frozenset({"nav", "aside", "footer", "header", "form", "menu", "script", "style", "template"})
"""Elements under a headline that hold no line of the story's."""
_CLIMBED: Final = 2
"""Wrappers climbed from a headline alone in one (``<div><h2>…</h2></div><font>…</font>``)."""


def headline_line(root: HtmlElement, headline: str) -> tuple[str | None, str | None] | None:
    """The author and ISO date of the byline or dateline right under the page's headline when it is no
    paragraph (``<h2>…</h2><font>نشر في 2026/03/03</font>``, a ``<div>`` or text after the heading, which the
    extractor leaves out), as ``byline_line`` reads it; None when the headline's heading is not found or
    what follows it is no byline or dateline. A headline in bold (``<b>…</b><br>نشر في 2026/10/15``, an old
    page's) counts when no heading is the headline."""
    folded = normalize(headline)
    if not folded:
        return None
    bold: HtmlElement | None = None
    for heading in root.iter(*_HEADLINE_TAGS, *_BOLD_TAGS):
        if bold is not None and heading.tag in _BOLD_TAGS:
            continue  # the first bold headline is kept; a heading that is the headline comes first
        text = heading.text_content()
        if len(text) < len(headline) // 2 or normalize(sanitize_line(text)) != folded:
            continue  # (too short to be the headline: told without folding it)
        if heading.tag in _BOLD_TAGS:
            bold = heading
            continue
        return _line_under(heading)
    return _line_under(bold) if bold is not None else None


def _line_under(heading: HtmlElement) -> tuple[str | None, str | None] | None:
    """``byline_line`` of the short text right under a headline's element, None when there is none; a writer's
    name alone there is the author (``plaintext_credits.writer_name``: "د. عمر الخطيب", "سامر حداد", as opinion
    pages print it). An agency or a source named there is no author ("كتب: وكالات"); two writers joined by a "و"
    written apart are two ("سامر حداد و منى الخطيب", ``bylines.listed_names``)."""
    from newstui.parse.plaintext_credits import writer_name

    text = _text_under(heading)
    if not text or len(text) > _LINE_CHARS:
        return None
    found = byline_line(text) or _byline_before_stamp(text)
    if found is None and (name := writer_name(text)) is not None:
        found = name, None
    if found is None and (name := site_byline(text, heading.getroottree().getroot())) is not None:
        found = name, None
    if found is None or found[0] is None:
        return found
    if author_credit(found[0], field=text) is not None:
        return None, found[1]  # "كتب: وكالات", "رويترز": the story's attribution (``credited_byline``), no writer
    return listed_names(found[0]), found[1]  # "كتب: سامر حداد و منى الخطيب": two writers


_STAMP_SPLIT: Final = re.compile(r"\s+[-–—|·•]\s+")
"""Where a byline under the headline ends and the page's stamp after it begins ("Par فلان — Publié le …")."""


def _byline_before_stamp(text: str) -> tuple[str | None, str | None] | None:
    """``byline_line`` of a byline followed by a stamp it cannot read, with a digit ("Par يوسف بنعلي — Publié le
    28/11/2026 à 10h30", a French time): the name, and the stamp's date when it is a sure dateline; else None. What
    stands before the first dash, bar or dot must be a byline with its marker and nothing else ("كتب: فلان"); a city
    one knows there is no writer ("Par Casablanca — …", ``html_meta.place_named``)."""
    parts = _STAMP_SPLIT.split(text, maxsplit=1)
    if len(parts) != 2 or not any(char.isdigit() for char in parts[1]):
        return None
    found = byline_line(parts[0])
    if found is None or found[0] is None or found[1] is not None or byline_parts(parts[0]) is None:
        return None
    dated = byline_line(parts[1])
    day = dated[1] if dated is not None and dated[0] is None else None
    return (None, day) if place_named(found[0]) else (found[0], day)  # "Par Casablanca — …": a city, no writer


_SITE_BYLINE: Final = re.compile(r"^(?P<site>[^-–—|]{2,40}?)\s+[-–—|]\s+(?P<name>[^-–—|\d.,،:;؛!?؟]{2,60})$")
"""A byline of the site's name, a dash or bar and a writer's name ("هسبريس - يوسف بنعلي")."""
_SITE_BYLINE_WORDS: Final = (2, 4)
"""Fewest and most words of a writer's name after the site's (one word: a place, "هسبريس - الرباط")."""


def site_byline(text: str, root: HtmlElement) -> str | None:
    """The writer of a byline under the headline that opens on the site's own name ("هسبريس - يوسف بنعلي", where the
    page's ``og:site_name`` or ``application-name``, or an end part of its ``<title>``, is هسبريس): the part after
    the dash, a name (``writer_name``, else two to four words, ``is_author_name``, no desk's nor an agency's) with
    no digit nor punctuation (no lead's short sentence: "عمون - أعلنت الوزارة."); else None."""
    from newstui.parse.plaintext_credits import writer_name

    if len(text) > _LINE_CHARS or (found := _SITE_BYLINE.match(text)) is None:
        return None
    site, name = found.group("site").strip(), found.group("name").strip()
    if not any(author_beside_source(site, own) is None for own in _site_names(root)):
        return None
    if writer_name(name) is not None:
        return name
    fewest, most = _SITE_BYLINE_WORDS
    if not fewest <= len(name.split()) <= most or not is_author_name(name) or is_desk(name):
        return None
    return None if author_credit(name) is not None else name


def _site_names(root: HtmlElement) -> Iterator[str]:
    """The site's names a page gives: its ``og:site_name`` and ``application-name`` metas, its ``<title>``'s first
    and last parts when it has several (``title_parts``)."""
    head = root.find("head")
    for meta in head.iter("meta") if head is not None else ():
        if (meta.get("property") or meta.get("name") or "").lower() in _SITE_NAME_KEYS:
            if content := sanitize_line(meta.get("content") or ""):
                yield content
    title = root.find(".//title")
    parts = title_parts(sanitize_line(title.text_content())) if title is not None else []
    if len(parts) > 1:
        yield from (parts[0], parts[-1])


def _text_under(heading: HtmlElement) -> str | None:
    """The text right after a heading: its tail, else its next element's (skipping ``<br>``s), climbing
    out of wrappers it stands alone in."""
    element = heading
    for _ in range(_CLIMBED + 1):
        if (tail := sanitize_line(element.tail or "")).strip():
            return tail
        following = element.getnext()
        while following is not None and following.tag in ("br", "hr") and not (following.tail or "").strip():
            following = following.getnext()
        if following is not None:
            if following.tag in _NOT_LINES:
                return None  # a menu under the headline ("<nav><span>كتب: فريق التحرير</span></nav>")
            if following.tag in ("br", "hr"):
                return sanitize_line(following.tail or "")
            return sanitize_line(following.text_content()) if isinstance(following.tag, str) else None
        parent = element.getparent()
        if parent is None or len(parent) != 1 or (parent.text or "").strip():
            return None
        element = parent
    return None
