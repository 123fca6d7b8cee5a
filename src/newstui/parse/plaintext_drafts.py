"""Articles being assembled from the sample format, and the passes that finish them into ``Article`` objects.

Used by ``parse.plaintext``: titles from headlines or lead sentences, datelines read as dates and
author lines lifted into the author, a page without text replaced by its story, empty stories
folded into links, links and keywords made unique.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from newstui.model import Article, Link
from newstui.parse.bylines import byline_parts, named_author
from newstui.parse.channel_promos import promotes_channel
from newstui.parse.markers import is_sentence_end
from newstui.parse.plaintext_addresses import address_title
from newstui.parse.plaintext_byline import place_agency, place_site
from newstui.parse.plaintext_credits import bare_credit, bare_name, credit_line, outlet
from newstui.parse.plaintext_cues import is_closing_boilerplate
from newstui.parse.plaintext_dates import (
    dateline_agency,
    dateline_kind,
    is_agency,
    is_date_line,
    iso_date,
    lead_agency,
    lead_dateline,
)
from newstui.parse.plaintext_keywords import is_hashtags, split_keywords
from newstui.parse.plaintext_lines import furniture_kind, headline_like, is_furniture, is_photo_caption, lead_title
from newstui.text.lazy_regex import LazyRegex
from newstui.text.normalize import normalize
from newstui.text.script import LANGUAGE_SAMPLE, detect_language

__all__ = [
    "Draft",
    "ReadAlso",
    "closing_agency",
    "closing_date",
    "fold_empty_stories",
    "lift_closing",
    "lift_furniture",
    "promote_if_empty",
    "title_of",
    "to_article",
    "unique_links",
]


@dataclass(slots=True)
class ReadAlso:
    """A read-also entry of the page: an embedded story, or only its headline."""

    title: str | None
    url: str | None = None
    story: Draft | None = None


@dataclass(slots=True)
class Draft:
    """An article being assembled."""

    headline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    source: str | None = None
    section: str | None = None
    attribution: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    keywords: list[str] = field(default_factory=list)
    read_also: list[ReadAlso] = field(default_factory=list)
    related: list[tuple[str, str | None]] = field(default_factory=list)
    lead: str | None = None
    """The first paragraph that is not page furniture, once ``lift_furniture`` has looked."""
    closing_date: str | None = None
    """The date of a dateline closing the page under its related list (``closing_date``), if any: the story's date
    when no line over its text gives one."""

    def add_attribution(self, value: str) -> None:
        """Set the attribution, or append a second one after a slash."""
        self.attribution = value if not self.attribution else f"{self.attribution} / {value}"


def title_of(draft: Draft) -> str:
    """The headline, else the lead sentence of the first paragraph that is not a date or author line."""
    if draft.headline:
        return draft.headline
    lead = draft.lead
    if lead is None:
        lead = next((text for text in draft.paragraphs if not is_furniture(text)), draft.paragraphs[0])
    return lead_title(lead)


_BOILERPLATE_LINES: Final = 4
"""Most lines of share, app and comments boilerplate dropped from a story's end."""
_CLOSING_AGENCY_CHARS: Final = 40
"""Longest bracketed agency alone on a story's last line ("(وكالات)", "(أ ف ب)", "(Reuters)")."""
_SHORT_LATIN_NAME: Final = 3
"""A Latin agency's name alone is one in capitals ("AFP", "DPA") or a longer name capitalised ("Reuters")."""
_CREDIT_DASHES: Final = "-–—"
"""Dashes a credit stands between or after ("-وام-", "- وام -", "– وام"), as WAM signs its stories."""


def closing_agency(text: str) -> str | None:
    """The agency of a line that is only an agency in brackets ("(رويترز)", "(وكالات)", "(AFP)"), after a dash
    ("-وام-", "- وام -", "– وام") or alone ("وكالات"), without them; else None."""
    if len(text) > _CLOSING_AGENCY_CHARS:
        return None
    if text[:1] == "(" and text[-1:] == ")":
        value = text[1:-1].strip()
    elif text[:1] in _CREDIT_DASHES:
        value = _credit(text)
    else:
        value = text.strip().rstrip(".")  # "وكالات", "رويترز", "AFP": a known agency alone on the story's last line
        if value.isascii() and not (value.isupper() or (value.istitle() and len(value) > _SHORT_LATIN_NAME)):
            return None  # (not "Map", "ap": a caption's or a sentence's word)
    return value if value and is_agency(value) else None


_CREDITS_SPLIT_RE: Final = re.compile(r"\s*[/+]\s*")
"""Between the outlets of a story's closing credit: a slash or a plus ("فرانس 24/ أ ف ب", "الجزيرة + وكالات")."""


def _closing_credits(text: str, source: str | None) -> str | None:
    """The credit of a story's last line naming the page's own site and news agencies, a slash or plus between
    them ("فرانس 24/ أ ف ب", "وكالات + الخليج", "رويترز/ أ ف ب", in brackets too: "(رويترز + أ ف ب)"), written with
    " / " between them; else None. Every part is a known agency (``is_agency``, one at least) or the story's
    ``source`` when it has one."""
    if len(text) > _CLOSING_AGENCY_CHARS:
        return None
    text = text.strip()
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1]  # "(رويترز + أ ف ب)": the credits in brackets
    parts = [part.strip(" .") for part in _CREDITS_SPLIT_RE.split(text.strip())]
    if len(parts) < 2 or not any(map(is_agency, parts)):
        return None
    own = None if source is None else normalize(source)
    return " / ".join(parts) if all(is_agency(part) or normalize(part) == own for part in parts) else None


def _credit(name: str) -> str:
    """An agency's name as a credit writes it, without its dashes and full stop ("-وام-", "- وام -", "وام.")."""
    return name.strip(" ." + _CREDIT_DASHES)


def lift_closing(draft: Draft) -> str | None:
    """A story's last lines that credit it or tag it: an agency in brackets, after a dash or alone ("(وكالات)",
    "(رويترز)", "(أ ف ب)", "-وام-", "وكالات") is its attribution (``closing_agency``), a credit line ("تحرير:
    نادية فؤاد", ``_closing_credit``) its author, a line of hashtags only ("#السودان #الخرطوم") its keywords.
    A dateline there under a line of text ("نشر في 3 أغسطس 2026", "3 أغسطس 2026 - 10:15", ``closing_date``) is no
    paragraph: its date is returned, for the story to take when no line over its text dates it (``lift_furniture``
    reads those later); under an author or date line it stays, as furniture with nothing but furniture under it does.

    The share, app and comments boilerplate under them ("شارك الخبر:", "فيسبوك | تويتر | واتساب",
    "التعليقات (12)", ``plaintext_cues.is_closing_boilerplate``) and the site's promo for its channel ("تابعوا
    آخر الأخبار عبر قناتنا على تيليجرام", ``channel_promos.promotes_channel``) are dropped first, up to
    ``_BOILERPLATE_LINES`` lines. Only the last two paragraphs above it are looked at, and never the
    story's only one.
    """
    paragraphs = draft.paragraphs
    dropped = 0
    while (
        dropped < _BOILERPLATE_LINES
        and len(paragraphs) >= 2
        and (is_closing_boilerplate(paragraphs[-1]) or promotes_channel(paragraphs[-1]))
        and not _colon_before(paragraphs[-2])
    ):
        paragraphs.pop()
        dropped += 1
    _drop_end_codes(draft)
    dated: str | None = None
    for _ in range(2):
        if len(paragraphs) < 2:
            break
        last = paragraphs[-1]
        if dated is None and not is_furniture(paragraphs[-2]) and (day := closing_date(last)) is not None:
            dated = day
        elif (value := closing_agency(last) or _closing_credits(last, draft.source)) is not None:
            draft.attribution = value if not draft.attribution else f"{value} / {draft.attribution}"
        elif last[0] == "#" and is_hashtags(last):
            draft.keywords[:0] = split_keywords(last)
        elif (name := _closing_credit(last)) is not None:
            draft.author = name if not draft.author else f"{draft.author} / {name}"
        else:
            break
        paragraphs.pop()
    if paragraphs and (glued := glued_agency(paragraphs[-1])) is not None:
        paragraphs[-1], value = glued  # "... سواء.وام", "... سواء (واس).": the text without its credit
        draft.attribution = value if not draft.attribution else f"{value} / {draft.attribution}"
    return dated


def _colon_before(text: str) -> bool:
    """Whether a paragraph over a short closing line ends with a colon that line finishes ("وجاءت الحملة تحت شعار:"
    / "شارك برأيك", "… العبارة التالية:" / "830 views"): the line is the sentence's, no boilerplate. A share prompt
    over its buttons ("شارك الخبر:" / "فيسبوك | تويتر") is none."""
    return text.rstrip()[-1:] in (":", "：") and not is_closing_boilerplate(text)


_CODE_LINE_CHARS: Final = 40
"""Longest line of a wire's end codes ("بنا 1420 جمت 07/12/2025", "(النهاية) م ع ح / ر ج")."""
_CODE_LINES: Final = 3
"""Most lines of a wire's end codes at a story's end."""
_CODE_TAIL: Final = 60
"""How far from a paragraph's end a wire's end mark is looked for."""
_DESK_CODE: Final = r"[\u0621-\u064a]{1,2}(?:(?:\s*[./]\s*|\s+)[\u0621-\u064a]{1,2}){1,7}"
"""A desk's initials, the writer's and the editor's ("م ع ح / ر ج", "ع.ع", "ع ا ب"): letters alone or in pairs."""
_GMT_STAMP: Final = (
    r"(?:(?P<agency>[\u0621-\u064aA-Za-z]{2,6})\s*)?\d{3,6}\s*جمت"
    r"(?:\s+(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[\u0621-\u064a]{3,5}\s+\d{2,4}))?"
)
"""A wire's filing stamp: its agency, a serial number or the time, "جمت" (GMT) and the day ("بنا 1420 جمت 07/12/2025",
"كونا071530 جمت ديس 25")."""
_DESK_CODE_RE: Final = LazyRegex(_DESK_CODE)
_GMT_STAMP_RE: Final = LazyRegex(_GMT_STAMP)
_END_MARK_RE: Final = LazyRegex(
    rf"(?:^|(?<=[.!?؟])|(?<=[.!?؟][»\"”)]))\s*\((?:النهاية|انتهى)\)(?:\s*(?P<desk>{_DESK_CODE}))?(?:\s*{_GMT_STAMP})?\s*$"
)
"""A wire's end mark after a story's last full stop (its closing quote maybe after it) or alone, its desk's initials
(or the agency's: "(انتهى) أ ش أ") and its stamp maybe after it ("… كيلومتراً. (النهاية) م ع ح / ر ج")."""
_AGENCY_INITIALS: Final = frozenset(("افب", "اب", "دبا", "اشا", "يبا"))
"""The initials of news agencies ("أ ف ب", "د.ب.أ", "أ ش أ"), folded without spaces and dots: a credit, no desk's."""


def _agency_initials(code: str | None) -> bool:
    """Whether a desk code's letters are a news agency's initials ("أ ش أ", "د.ب.أ"): a credit, no desk's."""
    if not code:
        return False
    return normalize(code).replace(" ", "").replace(".", "").replace("/", "") in _AGENCY_INITIALS


def _end_mark_credit(draft: Draft, found: re.Match[str]) -> None:
    """The agency an end mark names after it ("(انتهى) أ ش أ", "(النهاية) د ب أ"): the story's attribution when it
    has none (its filing stamp's agency likewise: ``_drop_end_codes``)."""
    desk: str | None = found.groupdict().get("desk")  # (a filing stamp alone has none)
    agency = desk.strip() if desk is not None and _agency_initials(desk) else found.group("agency")
    if agency is not None and is_agency(agency) and not draft.attribution:
        draft.attribution = agency


_END_WORDS: Final = ("جمت", "النهاية", "انتهى")


def _code_line(text: str) -> str | None:
    """What a short line of a wire's end codes is: "stamp" (``_GMT_STAMP``), "end" (its end mark, maybe with the
    desk's or agency's initials after it), "desk" (the initials alone), "credit" (an agency's initials alone: "أ ف
    ب", dropped only beside an end mark or stamp, as the story's credit); else None."""
    text = text.strip()
    if len(text) > _CODE_LINE_CHARS:
        return None
    if "جمت" in text and _GMT_STAMP_RE.get().fullmatch(text) is not None:
        return "stamp"
    if text[:1] == "(" and _END_MARK_RE.get().match(text) is not None:
        return "end"
    if _DESK_CODE_RE.get().fullmatch(text) is not None:
        return "credit" if _agency_initials(text) else "desk"
    return None


def _drop_end_codes(draft: Draft) -> None:
    """Drop a wire's end codes from a story's end: its end mark with the desk's initials and filing stamp after it,
    closing the last sentence or on lines of their own ("… كيلومتراً. (النهاية) م ع ح / ر ج", "(النهاية)" / "م ع ح /
    ر ج"), and the filing stamp with the desk's initials over it ("ع.ع" / "بنا 1420 جمت 07/12/2025"); the agency
    the stamp names is the story's attribution when it has none.

    Only those unmistakable shapes go: initials alone with no end mark or stamp by them may be a credit and stay,
    a last sentence that names "النهاية" stays whole, and the story's only paragraph is never dropped."""
    paragraphs = draft.paragraphs
    if not any(word in text[-_CODE_TAIL:] for text in paragraphs[-_CODE_LINES:] for word in _END_WORDS):
        return  # most stories: a few substring checks
    kinds: list[str] = []
    while len(kinds) < _CODE_LINES and len(paragraphs) - len(kinds) >= 2:
        kind = _code_line(paragraphs[-1 - len(kinds)])
        if kind is None:
            break
        kinds.append(kind)
    coded = "stamp" in kinds or "end" in kinds
    if not coded and kinds and set(kinds) == {"desk"} and len(paragraphs) > len(kinds) + 1:
        above = paragraphs[-1 - len(kinds)]  # "… المقبل. (النهاية)" over "ع ف ج / م ع ع": the mark's desk, a line down
        tail = max(0, len(above) - _CODE_TAIL)
        coded = (
            "(" in above[tail:] and (found := _END_MARK_RE.get().search(above, tail)) is not None and found.start() > 0
        )
    if coded:
        for kind in kinds:
            text = paragraphs.pop().strip()
            if kind == "credit" and is_agency(text) and not draft.attribution:
                draft.attribution = text  # "(انتهى)" / "أ ش أ": the agency's initials under its end mark credit it
                continue
            found = (_GMT_STAMP_RE if kind == "stamp" else _END_MARK_RE).get().search(text)
            if found is not None:
                _end_mark_credit(draft, found)  # "بنا 1420 جمت …", "(النهاية) د ب أ": the agency that filed it
    if not paragraphs:
        return
    last = paragraphs[-1]
    tail_start = max(0, len(last) - _CODE_TAIL)
    if "(" in last[tail_start:] and (found := _END_MARK_RE.get().search(last, tail_start)) and found.start() > 0:
        if _wire_end(draft, last, found, coded=coded):
            paragraphs[-1] = last[: found.start()].rstrip()  # "… كيلومتراً. (النهاية) م ع ح / ر ج": the sentence only
            _end_mark_credit(draft, found)


def _wire_end(draft: Draft, last: str, found: re.Match[str], *, coded: bool) -> bool:
    """Whether an end mark ``found`` closing a story's ``last`` paragraph is the wire's, not the story's own word
    ("… كلمة واحدة كتبت بخط عريض. (النهاية)", the word shown on screen): initials or a stamp after it, the mark
    tight against the full stop ("…كيلومتراً.(النهاية)"), or another wire sign (its codes on the lines under it
    (``coded``), the story's agency credit, its lead's wire dateline)."""
    if coded or found.group("desk") or "جمت" in found.group(0) or last[found.start()] == "(":
        return True
    if draft.attribution:
        return True
    lead = next((text for text in draft.paragraphs if not is_furniture(text)), None)
    return lead is not None and lead is not last and lead_agency(lead) is not None


def closing_date(text: str) -> str | None:
    """The date (ISO 8601) of a dateline closing a story ("نشر في 3 أغسطس 2026", "3 أغسطس 2026 - 10:15", a
    place and a date too), else None: a relative stamp ("منذ ساعتين") or a headline's words are no date, nor is a
    sentence shaped like a place and a date ("وتنتهي مهلة التسجيل في 3 أغسطس 2026.": only a sure dateline may end
    with a full stop)."""
    if furniture_kind(text) != "date":
        return None
    kind = dateline_kind(text)
    if kind != "sure" and (is_sentence_end(text) or not _place_before_date(text)):
        return None  # "الموعد النهائي للتسجيل 3 أغسطس 2026": a sentence's words before the date (break11 H)
    return iso_date(text)


def _place_before_date(text: str) -> bool:
    """Whether the words before a line's first digit are a place's, or none: one word, or one or two and "في"
    ("3 أغسطس 2026 | القاهرة", "القاهرة 3 أغسطس 2026", "القاهرة في 3 أغسطس 2026", "أبو ظبي في …")."""
    digit = next((index for index, char in enumerate(text) if char.isdigit()), len(text))
    words = text[:digit].split()
    return len(words) <= 1 or (2 <= len(words) <= 3 and words[-1] == "في")


def _closing_credit(text: str) -> str | None:
    """The name of a credit line closing the story ("تحرير: نادية فؤاد", "إعداد: سامر علي"): a byline's marker and a
    name only (``credit_line``, nothing said after the name), else None."""
    if len(text) > _CLOSING_AGENCY_CHARS or byline_parts(text) is None:
        return None
    found = credit_line(text)
    return found[0] if found is not None and found[1] is None else None


_GLUED_TAIL_CHARS: Final = 24
"""How far from a paragraph's end a glued agency is looked for ("…سواء.وام", "… (أ ف ب).")."""
_AGENCY_WORDS: Final = ("وكالة", "agency", "told")
"""Words the sentence names an agency after ("لوكالة (رويترز)"): no credit."""
_FINAL_BRACKETS_RE: Final = re.compile(r"\s*\((?P<name>[^()]{1,20})\)\s*(?P<stop>[.。]?)\s*$")


def glued_agency(text: str) -> tuple[str, str] | None:
    """``(text without it, agency)`` of a paragraph that ends with a known agency (``is_agency``) glued to its last
    sentence: after its final full stop ("… على حد سواء.وام", "… سواء. د.ب.أ", between dashes: "… سواء. -وام-",
    the agency given without them) or in final brackets ("… سواء (واس).", "… سواء. (رويترز)"); None for any
    other paragraph, and for one that is only the agency."""
    tail_start = max(0, len(text) - _GLUED_TAIL_CHARS)
    found = _FINAL_BRACKETS_RE.search(text, tail_start)
    if found is not None:
        name, before = found.group("name").strip(), text[: found.start()].rstrip()
        if not before or not is_agency(name) or before.rsplit(None, 1)[-1].lower().endswith(_AGENCY_WORDS):
            return None  # (not "... قال لوكالة (رويترز).": the agency named in the sentence)
        if found.group("stop") and not is_sentence_end(before):
            before += found.group("stop")  # "… سواء (واس)." -> "… سواء."
        return before, name
    for index in range(tail_start, len(text)):
        if text[index] not in ".!?؟" or index == 0 or not _word_end(text, index):
            continue  # a sentence's end after a word ("سواء.", "عاماً."), not a dot inside initials ("د.ب.أ")
        name = text[index + 1 :].strip()
        if name and not text[index + 1 :].startswith(("..", "…")) and is_agency(credit := _credit(name)):
            return text[: index + 1], credit  # "… سواء.وام", "… سواء. -وام-": "وام"
    return None


def _word_end(text: str, index: int) -> bool:
    """Whether a word's letter or digit ends before ``index``, its harakat after it aside ("عاماً", "جديدٌ")."""
    at = index - 1
    while at > 0 and _is_haraka(text[at]):
        at -= 1
    return text[at].isalnum()


def _is_haraka(char: str) -> bool:
    """An Arabic vowel mark (tanween, shadda, sukun, superscript alef): no letter of its own."""
    return "\u064b" <= char <= "\u065f" or char == "\u0670"


def _dateline_agency(first: str) -> str | None:
    """The agency the first line over the text names: "القاهرة - أ ش أ", "الرياض 21 أكتوبر 2026 واس",
    "الرياض 21 أكتوبر 2026 (واس)", or a lead's wire dateline, "DUBAI, Nov 29, 2026 (Reuters) - …"."""
    return place_agency(first) or dateline_agency(first) or lead_agency(first)


_GENERIC_CREDITS: Final = frozenset(normalize(word) for word in ("وكالات", "agencies"))
"""Credits that name no one agency ("وكالات"): the lead's own agency is kept beside them."""


def _new_credit(draft: Draft, agency: str | None) -> bool:
    """Whether the agency over the text credits the story: it has no attribution yet, or only "وكالات" from its end
    ("(سبأ)" in the lead, "وكالات" closing the story: both). A source it names ("المصدر: …") stands alone."""
    if agency is None:
        return False
    if not draft.attribution:
        return True
    parts = {normalize(part) for part in draft.attribution.split(" / ")}
    return parts <= _GENERIC_CREDITS and normalize(agency) not in parts


def _credit_over_text(paragraphs: list[str]) -> str | None:
    """The first paragraph that may credit the story at its top: past author lines, addresses and datelines that
    name no agency or site ("10 أبريل 2026" over "عدن - (سبأ) - رست ..." leaves the lead's agency to be read), and
    past a photo's caption over a place and its agency ("جانب من اجتماع سابق (أرشيف)" / "القاهرة - أ ش أ")."""
    for index, text in enumerate(paragraphs):
        kind = furniture_kind(text)
        if kind in ("author", "url") or (kind == "date" and _dateline_agency(text) is None and not place_site(text)):
            continue
        following = paragraphs[index + 1] if kind is None and index + 1 < len(paragraphs) else None
        # (The line under first: most leads have a paragraph of text under them, which is no place and agency.)
        if following is not None and place_agency(following) is not None and _caption_shaped(text):
            return following
        return text
    return None


_CAPTION_CHARS: Final = 120
"""Longest caption line read past over a place and its agency (``_credit_over_text``)."""


def _caption_shaped(text: str) -> bool:
    """Whether a line over the text may be a photo's caption: one (``is_photo_caption``), or a short line that ends
    no sentence ("جانب من اجتماع سابق لمجلس الجامعة (أرشيف)")."""
    return is_photo_caption(text) or (len(text) <= _CAPTION_CHARS and not is_sentence_end(text))


_CREDITED_DATE_RE: Final = re.compile(r"^(?P<credit>[^|]+?)\s*\|\s*(?P<date>[^|]+)$")
"""A place and its agency or site, a bar, a dateline: "طرابلس – بوابة الوسط | الأحد 29 نوفمبر 2026، 10:30 صباحا"."""


def _credited_dateline(text: str) -> tuple[str, str] | None:
    """``(credit, dateline)`` of a line that is a place and a news agency or site (``place_agency``, ``place_site``:
    "طرابلس – بوابة الوسط", "القاهرة - أ ش أ"), a bar and a dateline with a whole date, else None."""
    found = _CREDITED_DATE_RE.match(text.strip()) if "|" in text else None
    if found is None:
        return None
    credit, dated = found.group("credit"), found.group("date")
    if not is_date_line(dated) or iso_date(dated) is None:
        return None
    return (credit, dated) if place_agency(credit) is not None or place_site(credit) is not None else None


def lift_furniture(draft: Draft) -> None:
    """The dateline and author lines above a story's text: its publication date and its author.

    Only page furniture (addresses, datelines, credits) stands above the first paragraph of text. The
    first dateline that holds a whole date sets ``published`` and stays a paragraph as written (the
    format has no other place for its words). Author lines ("كتب: فلان", "By Jane Doe") leave the
    paragraphs for ``author`` (what the line says after the name, a dateline or a place, "By Jane Doe |
    Nov 30, 2026", "كتب: فلان - القاهرة", stays in their place as written, and a dateline dates the
    story), but only when text follows: a story of nothing but furniture keeps its lines. A story
    without a headline whose author line stands above a headline-like line ("كتب: فلان", then the
    headline, then its dateline) has that line for its headline. A lead that starts with a wire dateline
    ("BASRA, Iraq, Nov 29, 2026 (Reuters) - ...") dates the story when nothing above it did.
    """
    paragraphs = draft.paragraphs
    first = _credit_over_text(paragraphs)
    if first is not None and (credited := _credited_dateline(first)) is not None:
        first = credited[0]  # "طرابلس – بوابة الوسط | الأحد 29 نوفمبر 2026": the place and site before the bar
    if first is not None and _new_credit(draft, agency := _dateline_agency(first)):
        # "القاهرة - أ ش أ" over the text: the agency credits it (the line stays), before one closing the story
        draft.attribution = agency if not draft.attribution else f"{agency} / {draft.attribution}"
    elif draft.source is None and first is not None and (site := place_site(first)) is not None:
        draft.source = site  # "القاهرة - بوابة الأهرام" over the text: the site published it (the line stays)
    names: list[str] = []
    kept: list[str] = []
    deck: str | None = None
    index = 0
    while index < len(paragraphs):
        text = paragraphs[index]
        kind = furniture_kind(text)
        if kind is None and (credited := _credited_dateline(text)) is not None:
            kept.append(text)  # "طرابلس – بوابة الوسط | الأحد 29 نوفمبر 2026": a dateline, kept as written
            draft.published = draft.published or iso_date(credited[1])
            index += 1
            continue
        if kind is None and (bare := _bare_credit_at(draft, paragraphs, index, names)) is not None:
            names.append(bare)  # "كتب محمد عبد الله" alone between the headline and the text
            index += 1
            continue
        if kind is None and (bare := _bare_name_at(draft, paragraphs, index, names)) is not None:
            names.append(bare)  # "محمد عبد الرحمن" alone between the headline and its dateline
            index += 1
            continue
        if kind is None:
            if draft.headline is None and names and index + 1 < len(paragraphs) and headline_like(text):
                draft.headline = text  # the headline under the author line: not a paragraph
                del paragraphs[index]
                continue
            if deck is None and draft.headline is not None and _deck_over_furniture(paragraphs, index):
                deck = text  # a subtitle over the author and date lines: stays, and they are read below it
                kept.append(text)
                index += 1
                continue
            break
        if kind == "date" and draft.published is None:
            draft.published = iso_date(text)
        found = credit_line(text, source=draft.source) if kind == "author" else None
        if found is not None:
            name, after, dateline = found
            names.append(name)
            if after is not None and not _credits_outlet(draft, after):
                kept.append(after)  # "By Jane Doe | Nov 30, 2026", "كتب: فلان - القاهرة": stays, as a dateline does
            if dateline is not None:
                draft.published = draft.published or iso_date(dateline)
        else:
            kept.append(text)
        index += 1
    else:  # nothing but furniture: the lines stay as they are
        draft.lead = paragraphs[0] if paragraphs else None
        return
    draft.lead = deck if deck is not None else paragraphs[index]
    if draft.published is None and (wire := lead_dateline(paragraphs[index])) is not None:
        draft.published = iso_date(wire)  # "BASRA, Iraq, Nov 29, 2026 (Reuters) - ...": the lead stays as written
    if names:
        paragraphs[:index] = kept
        credit = " / ".join(names)
        draft.author = credit if not draft.author else f"{credit} / {draft.author}"


def _credits_outlet(draft: Draft, after: str) -> bool:
    """Take what an author line says after the writer's name when it is an outlet (``outlet``): a known agency is
    the story's attribution ("By Anna Schmidt, Reuters"), the page's own site its source ("كتب: فلان، صحيفة
    النهر" under "صحيفة النهر – سياسة"); False (the words stay, as a place does) for any other line."""
    if not outlet(after, source=draft.source):
        return False
    if is_agency(after.strip()):
        draft.attribution = draft.attribution or after.strip()
        return True
    if draft.source is None:
        draft.source = after.strip()
        return True
    return normalize(draft.source) == normalize(after)


def _bare_credit_at(draft: Draft, paragraphs: list[str], index: int, names: list[str]) -> str | None:
    """The name of paragraph ``index`` when it is "كتب" and a name without a separator (``bare_credit``) in the
    author line's place: under the story's headline and its datelines (no other author line read yet), over
    the text (a date line may stand between)."""
    if draft.headline is None or names or index + 1 >= len(paragraphs):
        return None
    below = next((text for text in paragraphs[index + 1 : index + 3] if furniture_kind(text) != "date"), None)
    if below is None or furniture_kind(below) is not None:
        return None
    return bare_credit(paragraphs[index])


def _bare_name_at(draft: Draft, paragraphs: list[str], index: int, names: list[str]) -> str | None:
    """The name of paragraph ``index`` when it is a person's name alone (``bare_name``) right under the story's
    headline (no line read past yet) and right over a dateline that text follows ("محمد عبد الرحمن", then "نشر في:
    الإثنين 30 نوفمبر 2026"), or after a doctor's title right over a paragraph that ends like a sentence ("د. عمر
    الخطيب" over an opinion piece): the writer, as a site writes it without a marker."""
    if draft.headline is None or names or index != 0 or index + 1 >= len(paragraphs):
        return None
    if furniture_kind(paragraphs[index + 1]) is None:  # "د. عمر الخطيب" right over the text: a doctor's title
        # (the text may be one paragraph: a short opinion piece)
        return bare_name(paragraphs[index], titled=True) if is_sentence_end(paragraphs[index + 1]) else None
    if index + 2 >= len(paragraphs):
        return None
    if furniture_kind(paragraphs[index + 1]) != "date" or is_furniture(paragraphs[index + 2]):
        return None
    return bare_name(paragraphs[index])


_DECK_MAX_CHARS: Final = 160
"""Longest subtitle (deck) read past above a story's author and date lines."""


def _deck_over_furniture(paragraphs: list[str], index: int) -> bool:
    """Whether paragraph ``index`` (of a story with a headline) is a subtitle over furniture over text: a
    short line shaped like a headline (no final full stop), directly over an author or date line, with a
    paragraph of text below those lines ("فوز صعب على الترجي في مباراة الإياب", then "بقلم: فلان", then
    the lead). Without a headline, such a line over an author line is the story's headline (as in
    ``lift_furniture``) or its lead."""
    text = paragraphs[index]
    if len(text) > _DECK_MAX_CHARS or index + 2 >= len(paragraphs) or not headline_like(text):
        return False
    if furniture_kind(paragraphs[index + 1]) not in ("author", "date"):
        return False
    return any(furniture_kind(below) is None for below in paragraphs[index + 2 : index + 6])


def promote_if_empty(main: Draft, stories: list[Draft]) -> Draft:
    """A page whose own text is empty becomes its first embedded story (keeping the page's metadata)."""
    if main.paragraphs or not stories:
        return main
    first = stories.pop(0)
    first.source, first.section = main.source, main.section
    if main.attribution:
        first.add_attribution(main.attribution)
    first.author = first.author or main.author
    first.keywords = main.keywords + first.keywords
    first.url = first.url or main.url
    first.read_also = [entry for entry in main.read_also if entry.story is not first]
    first.related = main.related + first.related
    return first


def fold_empty_stories(main: Draft, stories: list[Draft]) -> list[Draft]:
    """Embedded stories without paragraphs become plain read-also headlines of the page."""
    kept: list[Draft] = []
    # The entries of each story, and those under each headline (the same string), found once: looked
    # for in every entry for each story, thousands of read-also lines took seconds.
    of_story: dict[int, list[ReadAlso]] = {}
    of_title: dict[int, list[ReadAlso]] = {}
    for entry in main.read_also:
        if entry.story is not None:
            of_story.setdefault(id(entry.story), []).append(entry)
        of_title.setdefault(id(entry.title), []).append(entry)
    for story in stories:
        if story.paragraphs:
            kept.append(story)
            continue
        for entry in of_story.get(id(story), ()):
            if entry.story is story:
                entry.story = None
        main.keywords.extend(story.keywords)
        if story.attribution:
            main.add_attribution(story.attribution)
        if story.url:
            for entry in of_title.get(id(story.headline), ()):
                if entry.story is None and entry.title is story.headline:
                    entry.url = entry.url or story.url
                    entry.title = entry.title or address_title(story.url)
    main.read_also = [entry for entry in main.read_also if entry.story is not None or entry.title]
    return kept


def unique_links(links: list[Link], own_title: str) -> tuple[Link, ...]:
    """Links unique by normalized title (first wins, a later URL fills a missing one); no self-link."""
    if not links:
        return ()
    own = normalize(own_title)
    seen: dict[str, int] = {}
    result: list[Link] = []
    for link in links:
        key = normalize(link.title)
        if not key or key == own:
            continue
        if key in seen:
            kept = result[seen[key]]
            if kept.url is None and link.url is not None:
                result[seen[key]] = Link(kept.title, link.url, kept.target, kept.kind)
            continue
        seen[key] = len(result)
        result.append(link)
    return tuple(result)


def _unique(values: list[str]) -> tuple[str, ...]:
    """Values unique by normalized text, the first spelling kept, empty ones left out."""
    seen: set[str] = set()
    result: list[str] = []
    for value in values:
        key = normalize(value)
        if value and key not in seen:
            seen.add(key)
            result.append(value)
    return tuple(result)


def _language_sample(title: str, paragraphs: list[str]) -> str:
    """Title and paragraphs joined by spaces, only as far as ``detect_language`` reads them."""
    length = len(title)
    for count, paragraph in enumerate(paragraphs, start=1):
        length += 1 + len(paragraph)
        if length >= LANGUAGE_SAMPLE:
            return " ".join([title, *paragraphs[:count]])
    return " ".join([title, *paragraphs])


def to_article(
    draft: Draft, *, id: str, title: str, origin: str, hint: str | None, related: tuple[Link, ...]
) -> Article:
    """The finished article of ``draft`` (language and direction detected from its title and text)."""
    language, direction = detect_language(_language_sample(title, draft.paragraphs[:20]), hint)
    return Article(
        id=id,
        title=title,
        paragraphs=tuple(draft.paragraphs),
        source=draft.source,
        section=draft.section,
        attribution=draft.attribution,
        author=named_author(draft.author),
        published=draft.published,
        url=draft.url,
        origin=origin,
        language=language,
        direction=direction or "rtl",
        keywords=_unique(draft.keywords),
        related=related,
    )
