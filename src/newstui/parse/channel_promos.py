"""A site's promo for its own channel at a story's end ("تابعوا آخر الأخبار عبر قناتنا على تيليجرام")."""

from __future__ import annotations

import re
from typing import Final

from newstui.text.normalize import normalize

_START_CHARS: Final = 60
"""How much of a line is folded to read its first word."""
_PROMO_CHARS: Final = 240
"""Longest line read as a promo (its twenty words, ``_PROMO_WORDS``): a paragraph longer is answered unread."""
_PROMO_CALLS: Final = frozenset(
    normalize(word)
    for word in (
        "تابعوا", "تابعونا", "تابعنا", "تابع", "تابعي", "اشترك", "اشتركوا", "اشتركي", "للاشتراك", "انضم", "انضموا",
        "انضمي", "للانضمام", "لمتابعة", "لمتابعتنا", "للمتابعة", "اضغط", "انقر", "حملوا", "follow", "join",
        "subscribe",
    )
)  # fmt: skip
"""A channel promo's first word, folded: a call to follow, join or subscribe ("تابعوا", "للاشتراك", "انضموا")."""
_PROMO_CHANNEL: Final = re.compile(
    r"قناتنا|قنواتنا|صفحتنا|صفحاتنا|حسابنا|حساباتنا|منصاتنا|تطبيقنا|تي?لي?[جغق]رام|واتس ?اب|يوتيوب|فيس ?بوك|تويتر"
    r"|ان?ستا?[جغق]رام|تيك ?توك|سناب ?شات|\bنبض\b|(?:جوجل|غوغل|قوقل) ?نيوز|telegram|whatsapp|youtube|facebook"
    r"|instagram|tiktok|twitter|google news|\bour (?:\w+ ){0,2}channels?\b"
)
"""A channel a promo names (folded): a platform ("تيليجرام", "واتساب", "يوتيوب") or the site's own ("قناتنا",
"حساباتنا", "our channel"); not a bare "قناة" (a canal), "تطبيق" (an implementation), "حساب" ("على حساب")."""
_PROMO_VOICE: Final = re.compile(
    r"قناتنا|قنواتنا|صفحتنا|صفحاتنا|حسابنا|حساباتنا|منصاتنا|تطبيقنا|موقعنا|تابعونا"
    r"|(?:اضغط|انقر|اضغطوا|انقروا) (?:هنا|علي الرابط)|عبر الرابط|الرابط التالي|\bمن هنا\b|\bour\b|click here"
    r"|tap here"
)
"""What says it is the site speaking (folded): its own channel ("قناتنا", "حساباتنا"), a button ("اضغط هنا",
"من هنا" as a phrase of its own, not "ومن هنا", hence), "our"; without it a sentence that opens on "تابعوا" (they
followed) is the story's."""
_PROMO_WORDS: Final = 20
_QUOTES: Final = '«»“”„"'
_QUOTED: Final = re.compile(r"^\s*[«“„\"]|[»”\"]\s*[،,:؛;]|[،,]\s*[»”\"]")
"""A quoted call: a line opening on a quote mark, or a quote closed before its line goes on ("«تابعوا قناتنا …»،
بهذه الجملة ختمت …", "\"Join our channel,\" the group wrote")."""


def promotes_channel(text: str) -> bool:
    """Whether a short line is the site's promo for its channel: it opens on a call (``_PROMO_CALLS``), names
    a platform or the site's own channel (``_PROMO_CHANNEL``) and speaks for the site (``_PROMO_VOICE``): "تابعوا
    آخر الأخبار عبر قناتنا على تيليجرام", "للاشتراك في قناة النبأ على واتساب اضغط هنا". A sentence of the story
    that mentions Telegram ("تابعوا المباراة عبر قناة …", they followed), a canal followed "من هنا", and a call
    quoted from someone else ("«تابعوا قناتنا على تيليجرام»، بهذه الجملة ختمت الجماعة …") are not."""
    if len(text) > _PROMO_CHARS:
        return False
    first = normalize(text[:_START_CHARS]).split(maxsplit=1)
    if not first or first[0] not in _PROMO_CALLS:
        return False
    folded = normalize(text)
    if len(folded.split()) > _PROMO_WORDS or _PROMO_CHANNEL.search(folded) is None:
        return False
    if _PROMO_VOICE.search(folded) is None:
        return False
    return not any(mark in text for mark in _QUOTES) or _QUOTED.search(text) is None
