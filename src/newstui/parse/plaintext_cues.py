"""Cues that tell the sample format's blocks apart where the layout alone leaves two readings open.

Pure functions over a few lines each, used by ``parse.plaintext``; each is called a handful of times
per document at most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Literal

from newstui.parse.plaintext_addresses import address_of, address_title, embed_address, site_path, split_url
from newstui.parse.plaintext_dates import lead_agency, lead_dateline
from newstui.parse.plaintext_lines import headline_like
from newstui.text.lazy_regex import LazyRegex
from newstui.text.normalize import ARABIC_MARKS, normalize

__all__ = [
    "RUN_LINE_CHARS",
    "embed_under_lead",
    "headline_run",
    "heads_next_story",
    "introduces_embed",
    "is_closing_boilerplate",
    "is_credits_trailer",
    "control_lines_dropped",
    "is_footer",
    "menu_debris_dropped",
    "share_lines_dropped",
    "leads_story",
    "opens_with_dateline",
    "paired_links",
    "points_to_link",
    "reads_on",
    "word_stems",
]

_STOPWORDS: Final = frozenset(
    normalize(word)
    for word in (
        "في من على إلى الى عن مع أن إن ان لا قد ما لم لن بعد قبل حول بين التي الذي الذين اللذين هذا هذه"
        " ذلك تلك هناك كان كانت يكون قال قالت وقال اليوم أمس امس عام خلال منذ حتى أو ثم كما أيضا غير كل"
        " بعض عند لدى أي هو هي هم نحو ضد عبر وفق بشأن أكثر أقل وسط دون"
        " the a an of to in on for and or with at by from as that which is are was were be been said says has"
        " have had it its this these those their his her they he she we not but who what when where will would"
        " can could should may might new after before over about more than into out also one two"
    ).split()
)
"""Function words that say nothing about what a line is about (normalized)."""
_PREFIXES: Final = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
"""Arabic proclitics stripped from a word's front, longest first (conjunctions, prepositions, article)."""
_STEM_MIN: Final = 3
"""Shortest stem kept: shorter ones are particles or too ambiguous to compare."""


def word_stems(text: str) -> frozenset[str]:
    """The content words of ``text``, normalized, without Arabic proclitics (``وال``, ``لل``, ``ب`` ...).

    A crude but consistent stem: "الجلسة", "لجلسة" and "والجلسة" all give "جلسه", so a story's
    headline and its lead paragraph share the stems of the names and nouns they both mention.
    """
    stems: set[str] = set()
    for word in normalize(text).split():
        if word in _STOPWORDS:
            continue
        for prefix in _PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= _STEM_MIN:
                word = word[len(prefix) :]
                break
        if len(word) >= _STEM_MIN and word not in _STOPWORDS:
            stems.add(word)
    return frozenset(stems)


def leads_story(title: str, lead: str, page_heading: str) -> bool:
    """Whether ``lead`` reads as the first paragraph of a story headlined ``title``.

    An inline "اقرأ أيضاً: title" line in the middle of a page's text is either a link (the page's
    text goes on below it) or the headline of an embedded story. A story's lead names what its
    headline names; the page's next paragraph goes on about the page's own story. So the lead must
    share a content word with ``title``, and more than with the page's own heading: a paragraph that
    names what both name (a link's title is on a related subject) is the page's text going on.
    """
    lead_stems = word_stems(lead)
    shared = len(lead_stems & word_stems(title))
    return shared > len(lead_stems & word_stems(page_heading))


_NEXT_STORY_MIN_WORDS: Final = 3
"""Fewest words of a headline that heads a second embedded story (a story's subheading is often shorter: "ردود
الفعل", "أرباح الراجحي")."""
_SHARED_MAX: Final = 1
"""Most words of the story above that the next story embedded under it may name (any two stories may share one:
"أسعار", "الربع"): of its headline in the next headline, of its text in the next lead besides what that lead's
headline names. A headline or lead naming more is a section of the story ("التحضيرات الجارية للمؤتمر الدولي
للمياه" under "مصر تستضيف مؤتمراً دولياً للمياه")."""
_OPEN_ENDS: Final = ("؟", "?", ":")
"""A headline ending so asks a question or opens what follows (an interview's question, a list's title): no
story's headline."""
_DATELINE_HEAD: Final = 64
"""Characters of a lead read for its dateline."""
_QUOTES: Final = {"«": "»", '"': '"', "“": "”", "'": "'", "‘": "’"}
"""Opening quotation marks and their closing ones."""
_STEM_SUFFIXES: Final = frozenset(normalize(suffix) for suffix in "ه ها هم هما ات ان ون ين ي ا يه".split())
"""Endings a word may carry in a lead and not in its headline ("هاتف" / "هاتفها", "سعر" / "سعرها")."""
_PLACE_DASH_RE: Final = re.compile(r"([^\W\d_]+(?: [^\W\d_]+){0,2})(?: ?\([^()]{1,24}\))? ?(?: [-–—] |[–—])")
"""A lead's place dateline: one to three words of a place (maybe an agency in brackets) and a dash ("الكويت - …",
"عمّان – …", "الرياض (واس) - …"), read with its harakat left out."""
_DASH_RE: Final = re.compile(r" [-–—] |[–—]")
"""A dash between words: a dateline's, or one of the pair around an aside."""
_SENTENCE_END_RE: Final = re.compile(r"[.!?؟]")
"""The end of a sentence."""
_NO_MARKS: Final = str.maketrans("", "", ARABIC_MARKS)
"""Harakat and tatweel left out ("عمّان" reads "عمان")."""
_PERSON_TITLES: Final = frozenset(
    normalize(word)
    for word in (
        "د. الدكتور الدكتورة دكتور المهندس المهندسة مهندس الأستاذ الأستاذة أستاذ البروفيسور السيد السيدة الشيخ"
        " الحاج سمو معالي فضيلة الروائي الروائية الشاعر الشاعرة الكاتب الكاتبة الفنان الفنانة الباحث الباحثة"
        " الخبير الخبيرة خبير الإعلامي الإعلامية الصحفي الصحفية المخرج المخرجة الممثل الممثلة"
    ).split()
)
"""Words a person's name opens with (titles and callings): a line opening with one names a person ("الدكتور خالد
العتيبي عميد كلية …", a caption or an interviewee's line), not a story's headline, and a dash after it opens no
dateline. Office roles (``_ROLES``: "وزير الصحة يفتتح …") open many a headline."""
_ROLES: Final = _PERSON_TITLES | frozenset(
    normalize(word)
    for word in (
        "رئيس رئيسة الرئيس الرئيسة وزير وزيرة الوزير الوزيرة مدير مديرة المدير المديرة نائب النائب النائبة"
        " عضو العضو السفير السفيرة اللواء العميد العقيد المستشار المستشارة المتحدث المتحدثة الناطق الناطقة"
        " الأمين الأمينة محافظ المحافظ الأمير الأميرة الملك الملكة القاضي المحامي المحامية المدرب اللاعب النجم"
        " النجمة قائد القائد مساعد وكيل"
    ).split()
)
"""Titles and roles a person is named by ("رئيس الحكومة – الذي …", "المهندس سامر – خبير …"): no place."""


def _same_stem(one: str, other: str) -> bool:
    """Whether two stems (``word_stems``) are one word, the longer maybe with an ending (``_STEM_SUFFIXES``)."""
    short, long = sorted((one, other), key=len)
    return short == long or (long.startswith(short) and long[len(short) :] in _STEM_SUFFIXES)


def _named(stems: frozenset[str], lead: frozenset[str]) -> int:
    """How many of ``stems`` the ``lead``'s stems name (``_same_stem``)."""
    return sum(any(_same_stem(stem, word) for word in lead) for stem in stems)


def _names_a_person(words: str, titles: frozenset[str] = _ROLES) -> bool:
    """Whether ``words`` open with a person's title or role (``_ROLES``: "رئيس الحكومة", "المهندس سامر"), or with
    one of the ``titles`` given."""
    first = normalize(words).split()[:1]
    return bool(first) and first[0] in titles


def _place_dateline(head: str) -> bool:
    """Whether a paragraph's ``head`` (harakat left out) opens with a place and a dash (``_PLACE_DASH_RE``), the
    place naming no person ("رئيس الحكومة –") and the dash opening no aside that a second dash closes in the same
    sentence ("رئيس الحكومة – الذي عاد أمس – تعهد …")."""
    match = _PLACE_DASH_RE.match(head)
    if match is None or _names_a_person(match.group(1)):
        return False
    rest = head[match.end() :]
    sentence_end = _SENTENCE_END_RE.search(rest)
    return _DASH_RE.search(rest[: sentence_end.start() if sentence_end else len(rest)]) is None


def opens_with_dateline(lead: str) -> bool:
    """Whether a paragraph opens with a dateline up to a dash: a place of one to three words ("الكويت - رفع …",
    "عمّان (بترا) – …"; no person's title or role, no aside between two dashes: ``_place_dateline``), a wire
    dateline with its date or an agency ("الرياض - واس - …")."""
    if _names_a_person(lead[:_DATELINE_HEAD]):
        return False
    if lead_agency(lead) is not None or lead_dateline(lead) is not None:
        return True
    return _place_dateline(lead[:_DATELINE_HEAD].translate(_NO_MARKS))


def _past_dateline(lead: str) -> str:
    """The ``lead`` past its dateline (``opens_with_dateline``): what the paragraph says, not where it was filed."""
    dash = _DASH_RE.search(lead[:_DATELINE_HEAD])
    return lead[dash.end() :] if dash else lead


def heads_next_story(title: str, lead: str, heading: str, text: Sequence[str]) -> bool:
    """Whether ``title``, a headline-shaped line in the ``text`` of a story embedded under a read-also marker
    (headlined ``heading``), over the paragraph ``lead``, heads a second story embedded under the same marker
    rather than being a subheading of the story. Only the first reading splits the story, so it must be sure:

    - the title is three words or more, no quote alone (a pull quote: «…»), no question or line ending in a colon
      (an interview's question, a list's title) and no person's name and calling ("الدكتور خالد العتيبي عميد …");
    - the lead starts a story's text (not read on: "وأضاف", "وقال") and opens with a dateline
      (``opens_with_dateline``: "الكويت - رفع …"; no title or role, no aside between two dashes);
    - the title names at most one word of the story's ``heading``, and the lead, past its dateline, names more of
      the title than of the heading, and at most one word of the story's ``text`` that the title does not name
      (``_SHARED_MAX``: a new story's lead restates its own headline; a section of the story goes on about what
      the story names).
    """
    stripped = title.strip()
    if len(stripped.split()) < _NEXT_STORY_MIN_WORDS or _quoted(stripped) or stripped.endswith(_OPEN_ENDS):
        return False
    if (
        _names_a_person(stripped, _PERSON_TITLES)
        or reads_on(lead)
        or headline_like(lead)
        or not opens_with_dateline(lead)
    ):
        return False
    title_stems, heading_stems = word_stems(stripped), word_stems(heading)
    if _named(heading_stems, title_stems) > _SHARED_MAX:
        return False
    lead_stems = word_stems(_past_dateline(lead))
    named = _named(title_stems, lead_stems)
    if named == 0 or named <= _named(heading_stems, lead_stems):
        return False
    beyond_title = frozenset(
        word for word in lead_stems if word not in _WIRE_WORDS and not _named(title_stems, frozenset((word,)))
    )
    return _named(word_stems(" ".join(text)), beyond_title) <= _SHARED_MAX


_WIRE_WORDS: Final = word_stems(
    "أعلن أعلنت قال قالت أكد أكدت ذكر ذكرت أفاد أفادت كشف كشفت أوضح أوضحت بسبب إثر جراء بحسب وفقا مساء صباح"
)
"""Words two wire stories' leads share whatever they are about ("الساحل – أعلنت شركة … بسبب …" under "الساحل –
أعلنت شرطة … بسبب …"): a reporting verb, a cause's word, the time of day; not a sign of the same story."""


def _quoted(text: str) -> bool:
    """Whether a line is a quote alone, between quotation marks ("«لن نتراجع عن القرار»")."""
    stripped = text.strip()
    return len(stripped) > 2 and stripped[0] in _QUOTES and stripped[-1] == _QUOTES[stripped[0]]


_GOING_ON_AFTER_AND: Final = frozenset(
    normalize(word)
    for word in (
        "قال قالت أكد أكدت أوضح أوضحت أشار أشارت لفت لفتت ذكر ذكرت أفاد أفادت بين بينت"
        " شدد شددت نقل نقلت أعلن أعلنت كشف كشفت أعرب أعربت دعا دعت اعتبر اعتبرت رأى رأت جاء جاءت أبلغ أبلغت"
        " توقع توقعت رجح رجحت أظهر أظهرت بلغ بلغت سجل سجلت شهد شهدت تم تمت"
        " يأتي تأتي يعد تعد يذكر يشار تجدر يبدو يرى ترى يقول تقول يشير تشير يتوقع"
        " في من على إلى عن مع بعد قبل خلال منذ بحسب حسب وفق وفقا طبقا لم لن قد لا ما هو هي هم هما"
        " هذا هذه ذلك تلك كان كانت يكون تكون أن إن إذ حيث بذلك بهذا بدوره بدورها"
    ).split()
)
"""What a paragraph of a story's text often starts with after "و" or "ف" ("وقال", "وفي", "ومن"): the
conjunction reads on, but such a word does not say the paragraph cannot start a story's text."""
_ONLY_ON_AFTER_AND: Final = frozenset(
    normalize(word)
    for word in (
        "أضاف أضافت تابع تابعت استطرد استطردت استدرك استدركت أردف أردفت ختم ختمت مضى مضت زاد زادت يضيف تضيف"
        " كما أيضا كذلك لكن لكنه لكنها"
    ).split()
)
"""What only goes on from what was said before, after "و" or "ف" ("وأضاف", "وتابعت": added, went on)."""
_ONLY_ON_WORDS: Final = frozenset(
    normalize(word)
    for word in (
        "كما فيما بينما لكن لكنه لكنها إلا أيضا كذلك"
        " he she they but and however meanwhile moreover furthermore also additionally besides"
    ).split()
)
"""First words that only go on from a paragraph before ("كما أكد ...", "He added ...")."""
_ONLY_ON_PHRASES: Final = tuple(
    normalize(phrase) + " "
    for phrase in (
        "من جهته",
        "من جهتها",
        "من جانبه",
        "من جانبها",
        "من ناحيته",
        "من ناحيتها",
        "في المقابل",
        "في السياق",
        "في سياق متصل",
        "في غضون ذلك",
        "إلى ذلك",
        "يذكر أن",
        "يشار إلى",
        "جدير بالذكر",
        "تجدر الإشارة",
        "in addition",
    )
)
"""First words of such a paragraph, when one word alone does not tell ("في" also starts a story's lead)."""


def _reading_on(text: str) -> Literal["only", "likely"] | None:
    """How surely a paragraph reads on: ``"only"``, ``"likely"`` or not at all (None); see ``reads_on``."""
    first = text.lstrip()[:1]
    if first.isascii() and first.islower():
        return "only"
    head = normalize(text[:64])
    word = head.split(" ", 1)[0]
    if word in _ONLY_ON_WORDS or (head + " ").startswith(_ONLY_ON_PHRASES):
        return "only"
    if len(word) <= 2 or word[0] not in "وف":
        return None
    rest = word[1:]
    if rest in _ONLY_ON_AFTER_AND or (head[1:] + " ").startswith(_ONLY_ON_PHRASES):
        return "only"
    return "likely" if rest in _GOING_ON_AFTER_AND else None


def reads_on(text: str, *, only: bool = False) -> bool:
    """Whether a paragraph reads on from the one before it rather than starting a story.

    A story's lead names who did what; the paragraphs after it go on with a conjunction ("وقالت
    السلطات ...", "ومن المتوقع ...") or a word that only goes on from what was said before: "وأضافت"
    (added), "وتابع", "كما", "من جهته", "إلى ذلك", "He added", "However,", or, in English, a lowercase
    word. Under a read-also headline, such a paragraph is the page's own story going on, not the lead
    of the story the headline names.

    Args:
        text: the paragraph.
        only: whether to count only the words that cannot start a story's text ("وأضاف", not "وقال").
    """
    found = _reading_on(text)
    return found == "only" or (found is not None and not only)


_CREDITS_TRAILER_RE: Final = re.compile(
    r"(?:additional\s+)?(?:reporting|writing|editing|compiled|reported|written|edited)"
    r"(?:\s+and\s+(?:reporting|writing|editing))?\s+by\s+\w",
    re.IGNORECASE,
)
"""An agency's credits trailer under its story ("Reporting by Jane Roe; Editing by Mark Potter")."""
_CREDITS_TRAILER_CHARS: Final = 300
"""Longest credits trailer line."""


_QUOTE_VERBS: Final = frozenset(
    normalize(word)
    for word in (
        "قائلا قائلة قائلين قائلتين قائلات مضيفا مضيفة مغردا مغردة كاتبا كاتبة بقوله بقولها نصه يلي التالي الآتي"
        " كتب وكتب كتبت وكتبت غرد وغرد غردت وغردت نشر ونشر نشرت ونشرت"
        " saying writing wrote tweeted posted following"
    ).split()
)
"""Last words of a line that introduces what stands under it: a reporting verb before a quote or a post ("وكتب
الرئيس في تغريدة على حسابه قائلا", "ما يلي", "The mayor wrote"), normalized (tanween and hamza aside)."""


def introduces_embed(text: str) -> bool:
    """Whether a paragraph announces the line under it as a quote, a post, an embed or a link: it ends with a colon
    ("نشر على حسابه:", "said in a post:") or with a reporting verb (``_QUOTE_VERBS``: "… قائلا", "… وغرد …"), not
    with a full stop (a sentence said to its end: "… كما نشر."), or it points to a link whatever its final mark
    (``points_to_link``: "… من الرابط التالي.", "… at the link below.", "… here.")."""
    stripped = text.rstrip()
    if stripped.endswith((":", "：")) or points_to_link(stripped):
        return True
    if stripped.endswith(("…", "..")):
        stripped = stripped.rstrip(".…")
    elif stripped.endswith((".", "!", "?", "؟")):
        return False
    words = stripped.split()
    return bool(words) and normalize(words[-1]).lower() in _QUOTE_VERBS


_POINTING_WORDS: Final = frozenset(
    normalize(word) for word in "التالي التالية الآتي الآتية يلي أدناه هنا following below here".split()
)
"""Last words of a paragraph that point to what stands under it ("… من الرابط التالي.", "… here:")."""
_LINK_PHRASE: Final = LazyRegex(
    r"(?<!\S)(?:"
    r"[وفب]*(?:ال)?(?:رابط|روابط) (?:التالي|التاليه|الاتي|الاتيه|ادناه|المرفق|المرفقه)"  # الرابط التالي، بالرابط أدناه
    r"|[وف]?(?:عبر|من|على|في|خلال|بزياره) (?:هذا |هذه )?(?:ال)?(?:رابط|روابط)"  # عبر الرابط، من هذا الرابط
    r"|[وفب]*هذا الرابط"
    r"|following links?|links? below|(?:this|that) link"
    r"|(?:at|via|through|from|on|using|under|in) the link"
    r")(?!\S)"
)
"""A phrase that announces a link, in a normalized sentence: "الرابط التالي", "الرابط أدناه", "عبر الرابط",
"هذا الرابط", "the following link", "link below", "at this link"."""
_SENTENCE_BREAK: Final = re.compile(r"[.!?؟](?:\s|$)")


def points_to_link(text: str) -> bool:
    """Whether a paragraph points to a link under it, whatever its final mark: its last sentence names one
    (``_LINK_PHRASE``: "… يمكن تحميله من الرابط التالي.", "… عبر الرابط أدناه.", "… at the link below.") or
    its last word points down (``_POINTING_WORDS``: "… كما يلي.", "… here:")."""
    body = text.rstrip().rstrip(".!?؟:：…").rstrip()
    last = normalize(_SENTENCE_BREAK.split(body)[-1])
    words = last.split()
    return bool(words) and (words[-1] in _POINTING_WORDS or _LINK_PHRASE.search(last) is not None)


def embed_under_lead(address: str, lead: str, *, address_beside: bool) -> bool:
    """Whether an address line right under a story's one-paragraph ``lead`` is an embed or a link in the text, not
    the story's own address: a social post's or media's address (``embed_address``: x.com, youtu.be, t.me …), one
    the lead announces (``introduces_embed``: "…على حسابه:", "… قائلا", "… من الرابط التالي."), or one of a list
    (``address_beside``: an address line above or under it). The parser's rule and the listing's
    (``sources.index.head_url``) both."""
    return address_beside or embed_address(address) or introduces_embed(lead)


def is_credits_trailer(text: str) -> bool:
    """Whether a line is a wire story's credits trailer: "Reporting by …; Editing by …", "Writing by …",
    "Additional reporting by …" (a line of the story's text, never a headline)."""
    return len(text) <= _CREDITS_TRAILER_CHARS and _CREDITS_TRAILER_RE.match(text) is not None


_RUN_MIN: Final = 2
"""Fewest headlines that make a list of links rather than a headline over its story."""
RUN_LINE_CHARS: Final = 150
"""Longest line of a headline run (a story's paragraphs are longer, or end like sentences)."""


def paired_links(texts: Sequence[str]) -> list[tuple[str, str | None]]:
    """Link lines as ``(title, url)``: a bare URL line under a title without one is that title's URL.

    Args:
        texts: the lines of a list of links, bullets already stripped.

    Returns:
        One ``(title, url)`` per link (``split_url`` of each line), a title line and the address
        line below it (a site's path too: ``/archives/712347``, kept as written) counting as one link.
    """
    links: list[tuple[str, str | None]] = []
    paired = True  # the previous line already has its address (or there is none)
    for text in texts:
        address = (address_of(text) or site_path(text)) if not paired else None
        if address is not None:
            links[-1] = (links[-1][0], address)
            paired = True
            continue
        link = split_url(text)
        links.append(link)
        paired = link[1] is not None
    return links


def headline_run(texts: Sequence[str]) -> list[tuple[str, str | None]] | None:
    """The links of a run of plain lines that are all linked headlines (each may have its URL line), else None.

    Under a bare read-also marker, a headline over its story's paragraphs is an embedded story; two
    or more short headline-like lines and nothing else are a list of links written without bullets.
    """
    if len(texts) < _RUN_MIN or any(len(text) > RUN_LINE_CHARS for text in texts):
        return None
    links = paired_links(texts)
    if len(links) < _RUN_MIN:
        return None
    for title, url in links:
        if len(title) > RUN_LINE_CHARS or not (headline_like(title) or _bare(title, url)):
            return None
    return links


def _bare(title: str, url: str | None) -> bool:
    """Whether ``title`` is only the address ``url`` (as shown, or as written without its scheme)."""
    return url is not None and (title in (url, address_title(url)) or address_of(title.strip()) == url)


_FOOTER_CHARS: Final = 150
"""Longest footer line (copyright, "follow us", a row of site links)."""
_FOOTER_FIRST_WORDS: Final = frozenset("جميع حقوق تابعونا تابعنا all follow".split())
"""Raw first words (case-folded) that may start a footer line; other lines skip the folding."""
_FOOTER_HEADS: Final = frozenset(word[:2] for word in (*_FOOTER_FIRST_WORDS, "All", "ALL", "Follow", "FOLLOW"))
"""Their first two characters: most lines are ruled out by these before the line is split."""
_FOOTER_STARTS: Final = tuple(
    normalize(phrase) + " "
    for phrase in (
        "جميع الحقوق محفوظة",
        "حقوق النشر محفوظة",
        "حقوق الطبع محفوظة",
        "تابعونا على",
        "تابعونا عبر",
        "تابعنا على",
        "تابعنا عبر",
        "all rights reserved",
        "follow us",
    )
)
"""Folded starts of footer lines, each with the space after it: rights notices and "follow us" lines."""
_YEAR_RE: Final = re.compile(r"\b(?:19|20)\d\d\b")
"""A year, which a "©" notice has (a photo credit "© Reuters" has none)."""
_FOOTER_LINKS: Final = frozenset(
    normalize(phrase)
    for phrase in (
        "سياسة الخصوصية",
        "اتصل بنا",
        "من نحن",
        "شروط الاستخدام",
        "الشروط والأحكام",
        "أعلن معنا",
        "خريطة الموقع",
        "privacy policy",
        "privacy",
        "contact us",
        "contact",
        "about us",
        "terms of use",
        "terms of service",
        "terms",
        "cookie policy",
        "advertise",
        "sitemap",
    )
)
"""Site links of a footer row ("سياسة الخصوصية | اتصل بنا | من نحن")."""
_FOOTER_ROW_WORDS: Final = 4
"""Most words of one part of a footer row."""


def is_footer(text: str) -> bool:
    """Whether a line is the site's footer: a rights notice, "follow us", or a row of site links.

    ``"جميع الحقوق محفوظة © 2024"``, ``"تابعونا على فيسبوك وتويتر"``, ``"سياسة الخصوصية | اتصل بنا"``.
    Cheap for the paragraphs it is asked about: only a short line with "©", "|" or one of a few first
    words is folded and compared.
    """
    if len(text) > _FOOTER_CHARS:
        return False
    if "©" in text and _YEAR_RE.search(text):
        return _rights_notice(text)
    if text[:2] in _FOOTER_HEADS:
        first = text.split(None, 1)[0].casefold()
        if first in _FOOTER_FIRST_WORDS and (normalize(text) + " ").startswith(_FOOTER_STARTS):
            return True
    if "|" not in text:
        return False
    parts = [normalize(part) for part in text.split("|")]
    return all(0 < len(part.split()) <= _FOOTER_ROW_WORDS for part in parts) and any(
        part in _FOOTER_LINKS for part in parts
    )


_NOTICE_PART_WORDS: Final = 8
"""Most words of one part of a rights notice ("© 2025 صحيفة النهر" / "جميع الحقوق محفوظة"); a sentence of the
story that names a "©" has more."""
_NOTICE_PARTS: Final = re.compile(r"[.|•·–—]\s|\s[-|•·–—]\s|\|")
"""Where a rights notice's parts meet: "© 2025 Example News. All rights reserved.", "… | سياسة الخصوصية"."""
_RIGHTS_WORDS: Final = frozenset(
    normalize(word) for word in "copyright c all rights reserved جميع كل الحقوق حقوق محفوظة النشر الطبع والنشر".split()
)
"""Words a rights notice may open with before its "©" ("Copyright ©", "جميع الحقوق محفوظة ©")."""
_RIGHTS_PHRASES: Final = tuple(
    f" {normalize(phrase)} "
    for phrase in ("الحقوق محفوظة", "حقوق النشر", "حقوق الطبع", "all rights reserved", "copyright")
)
"""Folded phrases that make a short "©" line a rights notice wherever they stand in it."""
_YEARS_ONLY: Final = re.compile(r"\W*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\W*")
"""What follows the "©" that closes a notice: a year or a span of years ("صحيفة النهر © 2020-2025")."""


def _rights_notice(text: str) -> bool:
    """Whether a short line with "©" and a year is a site's rights notice, not a sentence of the story that
    mentions one.

    Every part of it is short (``_NOTICE_PART_WORDS``), and it opens with the copyright clause ("© 2025 …",
    "Copyright © 2025 …"), closes with it ("صحيفة النهر © 2025"), says the rights are reserved, or lists a
    footer's site links: "وقالت الشركة إن الصور محفوظة الحقوق © 2025 لكنها سمحت بنشرها." is kept.
    """
    parts = [part for part in _NOTICE_PARTS.split(text) if part.strip()]
    if any(sum(1 for word in part.split() if any(map(str.isalpha, word))) > _NOTICE_PART_WORDS for part in parts):
        return False
    head, _, tail = text.partition("©")
    if all(word in _RIGHTS_WORDS for word in normalize(head).split()) or _YEARS_ONLY.fullmatch(tail):
        return True
    folded = f" {normalize(text)} "
    return any(phrase in folded for phrase in _RIGHTS_PHRASES) or any(
        normalize(part) in _FOOTER_LINKS for part in parts
    )


_BOILERPLATE_CHARS: Final = 150
"""Longest line of a story's closing boilerplate (a share prompt, an app's plea, a comment count)."""
_SHARE_PROMPTS: Final = frozenset(
    normalize(phrase)
    for phrase in (
        "شارك",
        "شاركوا",
        "شارك الخبر",
        "شارك المقال",
        "شارك الموضوع",
        "شارك هذا الخبر",
        "شارك هذا المقال",
        "شارك هذا الموضوع",
        "شارك على",
        "شارك عبر",
        "شاركها",
        "شاركه",
        "مشاركة",
        "مشاركة الخبر",
        "مشاركة المقال",
        "انشر الخبر",
        "اشترك في النشرة البريدية",
        "اشترك في النشرة الإخبارية",
        "اشترك في نشرتنا البريدية",
        "اشترك في نشرتنا الإخبارية",
        "share",
        "share this",
        "share this article",
        "share this story",
        "share on",
        "share via",
        "subscribe to our newsletter",
        "sign up for our newsletter",
    )
)
"""A share prompt alone ("شارك الخبر:", "شاركها:", "مشاركة:", "Share this article"), or a newsletter's ("اشترك في
النشرة البريدية"), folded (its colon gone)."""
_SOCIAL_WORDS: Final = frozenset(
    normalize(word)
    for word in (
        "فيسبوك فيس بوك تويتر إكس اكس واتساب واتس اب آب تيليجرام تلغرام تليجرام تلجرام لينكدإن لينكد إن"
        " انستغرام إنستغرام انستجرام يوتيوب تيك توك ماسنجر البريد الإلكتروني بريد إلكتروني طباعة نسخ الرابط"
        " facebook twitter x whatsapp telegram linkedin instagram youtube tiktok messenger reddit email e mail"
        " print copy link pinterest"
    ).split()
)
"""Words of a row of share buttons ("فيسبوك | تويتر | واتساب", "Facebook Twitter WhatsApp")."""
_COMMENT_WORDS: Final = frozenset(normalize(word) for word in "التعليقات تعليقات تعليق تعليقا comments comment".split())
_COMMENT_PROMPTS: Final = frozenset(
    normalize(phrase)
    for phrase in (
        "أضف تعليقك",
        "أضف تعليق",
        "أضف تعليقاً",
        "اترك تعليقا",
        "اترك تعليقك",
        "اكتب تعليقك",
        "اكتب تعليقاً",
        "شارك برأيك",
        "add a comment",
        "leave a comment",
    )
)
_COMMENT_HEADINGS: Final = frozenset(
    normalize(phrase)
    for phrase in (
        "تعليقات الزوار",
        "تعليقات القراء",
        "تعليقات الفيسبوك",
        "آراء القراء",
        "آراء الزوار",
        "reader comments",
        "readers' comments",
        "user comments",
    )
)
"""A comments section's heading under a story ("تعليقات الزوار", "آراء القراء"), folded, maybe with its count after
it ("تعليقات القراء (3)")."""
_VIEWS_LABELS: Final = "|".join(normalize(label) for label in ("المشاهدات", "القراءات", "مرات القراءة", "views"))
_VIEWS_UNITS: Final = "|".join(normalize(unit) for unit in ("مشاهدة", "مشاهدات", "قراءة", "قراءات", "views"))
_VIEWS_RE: Final = LazyRegex(rf"(?:{normalize('عدد')} )?(?:{_VIEWS_LABELS})(?: \d+)+|\d+(?: \d+)* (?:{_VIEWS_UNITS})")
"""A page's view counter alone, folded (its digits' commas gone): "عدد المشاهدات: 12,450", "المشاهدات: 830",
"1,204 مشاهدة", "830 views"."""
_APP_VERBS: Final = frozenset(normalize(word) for word in "حمل حملوا نزل نزلوا تحميل download get install".split())
_APP_WORDS: Final = frozenset(normalize(word) for word in "تطبيق التطبيق تطبيقنا app".split())
_APP_MAX_WORDS: Final = 16
_BOILERPLATE_FIRST: Final = frozenset(
    phrase.split()[0]
    for phrase in (
        *_SHARE_PROMPTS,
        *_SOCIAL_WORDS,
        *_COMMENT_WORDS,
        *_COMMENT_PROMPTS,
        *_COMMENT_HEADINGS,
        *_APP_VERBS,
        *(normalize(word) for word in ("عدد", "المشاهدات", "القراءات", "مرات", "views")),
    )
)
"""Folded first words such a line may start with: any other line is ruled out on its first word (memoised)."""


def is_closing_boilerplate(text: str) -> bool:
    """Whether a line is the share, app or comments boilerplate a page prints under its story.

    A share prompt alone ("شارك الخبر:", "Share this article"), a row of share buttons ("فيسبوك | تويتر |
    واتساب"), the two together, a comment count, prompt or heading ("التعليقات (12)", "أضف تعليقك", "تعليقات
    الزوار"), a view counter ("عدد المشاهدات: 12,450"), an app's plea
    ("حمّل تطبيق الشروق أونلاين الآن ..."). For the lines at a story's end only: a sentence that names
    Facebook is none, but an app's plea is a sentence too.
    """
    if len(text) > _BOILERPLATE_CHARS or not text or text.isspace():
        return False
    first = normalize(text.split(None, 1)[0]).split(" ", 1)[0]
    if first not in _BOILERPLATE_FIRST and not first.isdigit():
        return False
    folded = normalize(text)
    if not folded:
        return False
    if folded in _SHARE_PROMPTS or folded in _COMMENT_PROMPTS or folded.rstrip(" 0123456789") in _COMMENT_HEADINGS:
        return True  # (a comments heading with its count: "تعليقات القراء (3)")
    if _VIEWS_RE.get().fullmatch(folded) is not None:
        return True  # "عدد المشاهدات: 12,450", "1,204 مشاهدة"
    words = folded.split()
    for size in (4, 3, 2, 1):  # a share prompt before its buttons: "شارك الخبر: فيسبوك | تويتر"
        if len(words) > size and " ".join(words[:size]) in _SHARE_PROMPTS:
            words = words[size:]
            break
    if len(words) >= 2 and all(word in _SOCIAL_WORDS for word in words):
        return True
    if words[0] in _COMMENT_WORDS and all(word.isdigit() for word in words[1:2]) and len(words) <= 2:
        return True  # "التعليقات (12)", "Comments"
    if len(words) == 2 and words[0].isdigit() and words[1] in _COMMENT_WORDS:
        return True  # "12 تعليق"
    return (
        words[0] in _APP_VERBS
        and len(words) <= _APP_MAX_WORDS
        and any(word in _APP_WORDS for word in words[1:3])
        and "?" not in text
        and "؟" not in text
    )


# -- A browser copy's page furniture: the site's menu over the story, a share block one platform a line ----------

_SKIP_LINKS: Final = frozenset(
    normalize(phrase)
    for phrase in (
        "تخطي إلى المحتوى",
        "تخطى إلى المحتوى",
        "انتقل إلى المحتوى",
        "الانتقال إلى المحتوى",
        "تجاوز إلى المحتوى",
        "اذهب إلى المحتوى",
        "تخطي إلى المحتوى الرئيسي",
        "انتقل إلى المحتوى الرئيسي",
        "skip to content",
        "skip to main content",
        "skip to navigation",
    )
)
"""A page's skip link, folded: first in every select-all copy of many sites ("تخطي إلى المحتوى", "Skip to content")."""
_MENU_WORDS: Final = frozenset(
    normalize(word)
    for word in (
        "الرئيسية",
        "الصفحة الرئيسية",
        "أخبار",
        "الأخبار",
        "سياسة",
        "اقتصاد",
        "رياضة",
        "ثقافة",
        "فن",
        "فنون",
        "منوعات",
        "مجتمع",
        "صحة",
        "تكنولوجيا",
        "علوم",
        "رأي",
        "الرأي",
        "آراء",
        "مقالات",
        "تحقيقات",
        "تقارير",
        "فيديو",
        "صور",
        "بحث",
        "تسجيل الدخول",
        "دخول",
        "اشترك",
        "اتصل بنا",
        "من نحن",
        "محليات",
        "عربي",
        "دولي",
        "عربي ودولي",
        "العالم",
        "القائمة",
        "المزيد",
        "English",
        "Français",
        "Türkçe",
    )
)
"""Items of a site's menu, folded: a line that is one, or opens with one of its one-word items ("أخبار سوريا")."""
_MENU_LINE_CHARS: Final = 24
_MENU_LINE_WORDS: Final = 3
_MENU_MIN_ITEMS: Final = 3
"""Fewest known items (``_MENU_WORDS``) in a run of short lines at a file's top for it to be a menu."""
_MENU_SCAN_LINES: Final = 30
_MENU_STOP: Final = frozenset(".،,:؛;!؟?|>»«\"'()[]-–—/#@")


def _skip_link(text: str) -> bool:
    """Whether a line is a page's skip link alone ("تخطي إلى المحتوى")."""
    return len(text) <= _MENU_LINE_CHARS + 6 and normalize(text) in _SKIP_LINKS


def _menu_shaped(text: str) -> bool:
    """Whether a line may be a menu's item: one to three words, short, no digit and no punctuation."""
    return (
        len(text) <= _MENU_LINE_CHARS
        and len(text.split()) <= _MENU_LINE_WORDS
        and not any(char.isdigit() or char in _MENU_STOP for char in text)
    )


def _menu_item(text: str) -> bool:
    """Whether a short line is a known item of a site's menu (``_MENU_WORDS``), the whole line: "أخبار الوطن" or
    "فن الممكن" (a column's name) is none."""
    return normalize(text) in _MENU_WORDS


def menu_debris_dropped(text: str) -> str:
    """``text`` without the page furniture a browser's select-all copy puts over the story: skip links ("تخطي إلى
    المحتوى", "Skip to content") among the first lines, and a run of short lines from the file's first line that is
    the site's menu, one item a line ("الرئيسية" / "أخبار" / "سياسة" ...): at least ``_MENU_MIN_ITEMS`` known items
    (``_MENU_WORDS``, half the run or more), each line one to three words without digits or punctuation, and text
    under the run. A one-word label over a headline ("سياسة"), a label and a writer's name, or a kicker stay.

    Cheap for the usual file: its first line decides (a short line, or none is looked at).
    """
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    first = (text[start:] if end < 0 else text[start:end]).strip()
    if not first or len(first) > _MENU_LINE_CHARS + 6 or not (_skip_link(first) or _menu_shaped(first)):
        return text
    lines = text.split("\n", _MENU_SCAN_LINES)
    dropped: list[int] = []  # the lines left out, in order
    run: list[int] = []
    items = 0
    counted = 0  # lines of the run up to its last known item
    last = -1  # the last known item of the run (or the last skip link)
    for index, line in enumerate(lines[:_MENU_SCAN_LINES]):
        stripped = line.strip()
        if not stripped:
            continue
        if _skip_link(stripped):
            dropped.append(index)
            last = max(last, index)
            continue
        if not _menu_shaped(stripped):
            break
        run.append(index)
        if _menu_item(stripped):
            items += 1
            counted = len(run)
            last = index
    else:
        return text  # the menu runs on (or is all there is): left as written
    # The run ends at its last known item: a short headline or a writer's name under the menu is no item and stays.
    if items >= _MENU_MIN_ITEMS and 2 * items >= counted:
        dropped.extend(run[:counted])
    else:
        last = dropped[-1] if dropped else -1
    if not dropped or not "".join(lines[last + 1 :]).strip():
        return text
    gone = set(dropped)
    return "\n".join(line for index, line in enumerate(lines) if index not in gone)


_SHARE_WORDS_CHECK: Final = ("\nفيس", "\nواتس", "\nتويتر", "\nFacebook", "\nWhatsApp")
"""A line's start that a share block one platform a line holds one of at least ("فيسبوك", "فيس بوك", "واتساب",
"واتس اب", "تويتر"): the pre-check of ``share_lines_dropped``, a few substring scans for the usual file."""
_SHARE_LINE_CHARS: Final = 24
_SHARE_MIN_LINES: Final = 2


def _platform_line(text: str) -> bool:
    """Whether a line is one share button's name alone ("فيسبوك", "واتس اب", "Twitter")."""
    if not text or len(text) > _SHARE_LINE_CHARS:
        return False
    words = normalize(text).split()
    return 1 <= len(words) <= 2 and all(word in _SOCIAL_WORDS for word in words)


_SENTENCE_ENDS: Final = frozenset(".!؟?…")
_LEADING_WORDS: Final = frozenset(
    normalize(word) for word in ("الآتي", "الاتي", "التالي", "التالية", "الآتية", "هي", "هما", "وهي", "وهما", "منها")
)
"""A sentence's last word that announces a list under it ("… على النحو الآتي.", "… هما")."""


def _story_closed(line: str) -> bool:
    """Whether the line over platform lines ending a text closes its sentence ("." "!" "؟") without announcing a
    list: "… على النحو الآتي" or "… هما" (no full stop) leads into the platforms, which are then the story's own."""
    stripped = line.rstrip()
    if stripped[-1:] not in _SENTENCE_ENDS:
        return False
    words = stripped.rstrip("".join(_SENTENCE_ENDS)).split()
    return bool(words) and normalize(words[-1]) not in _LEADING_WORDS


def share_lines_dropped(text: str) -> str:
    """``text`` without a share block written one platform a line: a share prompt ("شارك الخبر:", ``_SHARE_PROMPTS``)
    over ``_SHARE_MIN_LINES`` or more lines that each name a platform only ("فيسبوك" / "تويتر" / "واتساب"), anywhere,
    or such lines alone at the text's end under a paragraph whose sentence is closed ("." "!" "؟"). A list of platforms
    under a line ending with a colon ("حجبت السلطات المنصات التالية:") or with no full stop ("… على النحو الآتي",
    "… هما"), and a sentence that names one, stay.

    Cheap for the usual file: only a text with a line that opens on a platform's name (``_SHARE_WORDS_CHECK``) is
    read line by line.
    """
    if not any(word in text for word in _SHARE_WORDS_CHECK):
        return text
    lines = text.split("\n")
    gone: set[int] = set()
    index = 0
    while index < len(lines):
        if not _platform_line(lines[index].strip()):
            index += 1
            continue
        end = index
        while end < len(lines) and (_platform_line(lines[end].strip()) or not lines[end].strip()):
            end += 1
        count = sum(1 for line in lines[index:end] if line.strip())
        above = index - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        prompt = above >= 0 and normalize(lines[above]) in _SHARE_PROMPTS
        at_end = not "".join(lines[end:]).strip()
        closes = at_end and above >= 0 and _story_closed(lines[above])
        if count >= _SHARE_MIN_LINES and (prompt or closes):
            gone.update(range(index, end))
            if prompt:
                gone.add(above)
        index = end
    if not gone:
        return text
    return "\n".join(line for index, line in enumerate(lines) if index not in gone)


_CONTROL_MARKS: Final = ("A+", "A-", "+A", "-A", "أ+", "أ-", "طباع", "اطبع", "الخط", "مشارك", "لصديق")
"""Strings one of which a page-controls line holds ("A+ A-", "طباعة", "تكبير الخط | تصغير الخط"): the pre-check of
``control_lines_dropped``, a few substring scans for the usual file."""
_CONTROL_LINE_CHARS: Final = 60
_CONTROL_SEPARATORS: Final = str.maketrans(dict.fromkeys("|/•·،,", " "))
_FONT_TOKENS: Final = frozenset(("a+", "a-", "+a", "-a", "a++", "a--", "a"))
"""A font-size button ("A+", "A-", "أ+"), folded: its letter lowercased, an Arabic alif read as ``a``. A bare "A" is
one only beside another control ("A A A", "A+ A A-")."""
_CONTROL_PHRASES: Final = frozenset(
    normalize(label)
    for label in (
        "تكبير الخط", "تصغير الخط", "حجم الخط", "تكبير", "تصغير", "طباعة", "اطبع", "طباعة الخبر", "اطبع الخبر",
        "طباعة المقال", "اطبع المقال", "نسخة للطباعة", "نسخة قابلة للطباعة", "أرسل لصديق", "إرسال لصديق",
        "أرسل إلى صديق", "إرسال إلى صديق", "أرسل الخبر لصديق", "حفظ", "مشاركة", "print", "email", "share",
    )
)  # fmt: skip
"""A page's font, print, send and share buttons' labels, folded."""
_CONTROL_PHRASE_WORDS: Final = max(len(label.split()) for label in _CONTROL_PHRASES)
_LONE_CONTROLS: Final = frozenset(
    normalize(label) for label in ("طباعة", "اطبع", "مشاركة", "تكبير", "تصغير", "حفظ", "print", "email", "share")
)
"""A control's label that is also a word ("طباعة" printing, "مشاركة" taking part): alone on its line it is dropped
only in a story's head, under a headline; so is one font button alone ("A+", a grade too)."""
_HEAD_LONG_LINE: Final = 80
"""A line this long is the story's text: a lone "طباعة" under it is the text's own word."""
_HEAD_ABOVE_WORDS: Final = 3


def _control_labels(line: str) -> tuple[int, bool, bool] | None:
    """How a line is made of a page's controls ("A+ A-", "تكبير الخط | تصغير الخط | طباعة", "حجم الخط"): the number
    of labels, whether one is no bare "A", whether all are words a sentence may also be (``_LONE_CONTROLS``); None
    when any part of it is no control's label."""
    words: list[str] = []
    fonts = 0
    sized = False  # a button that is no bare "A"
    for token in line.translate(_CONTROL_SEPARATORS).split():
        if not token.strip("-–—"):
            continue  # a dash between two labels
        folded = token.lower().replace("أ", "a").replace("ا", "a")
        if folded in _FONT_TOKENS:
            fonts += 1
            sized = sized or folded != "a"
            continue
        words.append(normalize(token.rstrip(":")))
    labels = 0
    lone = True
    start = 0
    while start < len(words):
        for size in range(min(_CONTROL_PHRASE_WORDS, len(words) - start), 0, -1):
            phrase = " ".join(words[start : start + size])
            if phrase in _CONTROL_PHRASES:
                lone = lone and phrase in _LONE_CONTROLS
                labels += 1
                start += size
                break
        else:
            return None
    if fonts:
        return fonts + labels, sized or labels > 0, fonts + labels == 1  # a lone "A+": a grade in a table too
    return (labels, True, lone) if labels else None


def _head_line(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` stands in a story's head under its headline: no long line (the story's text) above
    it, and the line right above is a headline of a few words (no list's lead-in ending with a colon) or a control."""
    above = index - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above < 0:
        return False  # the first line: a one-word headline or label
    line = lines[above].strip()
    if any(len(text) > _HEAD_LONG_LINE for text in lines[:index]):
        return False
    if _control_labels(line) is not None and len(line) <= _CONTROL_LINE_CHARS:
        return True
    return len(line.split()) >= _HEAD_ABOVE_WORDS and line[-1:] not in ":："


def control_lines_dropped(text: str) -> str:
    """``text`` without a web page's font, print and send controls on lines of their own: "A+ A-", "تكبير الخط |
    تصغير الخط | طباعة", "حجم الخط", "طباعة | أرسل لصديق", anywhere; a lone label that is also a word ("طباعة",
    "مشاركة") only in a story's head, under its headline (``_head_line``). A line with any other word stays.

    Cheap for the usual file: only a text holding one of ``_CONTROL_MARKS`` is read line by line, and only its short
    lines are looked at.
    """
    if not any(mark in text for mark in _CONTROL_MARKS):
        return text
    lines = text.split("\n")
    gone: set[int] = set()
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line or len(line) > _CONTROL_LINE_CHARS:
            continue
        read = _control_labels(line)
        if read is None:
            continue
        count, strong, lone = read
        if not strong or (count == 1 and lone and not _head_line(lines, index)):
            continue
        gone.add(index)
    if not gone:
        return text
    return "\n".join(line for index, line in enumerate(lines) if index not in gone)
