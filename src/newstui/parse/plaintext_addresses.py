"""Web addresses on the sample format's lines: a line that is an address, a site's path, a title and its link."""

from __future__ import annotations

import re
from typing import Final

from newstui.addresses import display_origin, split_address, tampered_address
from newstui.text.lazy_regex import LazyRegex

__all__ = [
    "URL_LINE_RE",
    "URL_RE",
    "address_of",
    "address_title",
    "embed_address",
    "home_address",
    "site_path",
    "split_url",
]

URL_RE: Final = re.compile(r"https?://[^\s<>\"“”«»]+", re.IGNORECASE)
"""An address with its scheme, anywhere in a line."""
URL_LINE_RE: Final = re.compile(r"^<?https?://[^\s<>\"“”«»]+>?$", re.IGNORECASE)
_URL_TRAILING: Final = ".,;:!?،؛'’"
_BARE_ADDRESS_RE: Final = re.compile(
    r"(?P<host>(?:[a-z0-9]++(?:-++[a-z0-9]++)*+\.)++(?P<tld>[a-z]{2,24}))(?::[0-9]{1,5})?(?P<path>/[^\s<>\"“”«»]*+)?",
    re.IGNORECASE,
)
"""A host (dot-separated labels of ASCII letters, digits and inner hyphens), a port, a path: a whole line."""
_KNOWN_TLDS: Final = frozenset(
    "com net org info biz edu gov mil int name pro mobi asia news online site website media live blog app dev"
    " tech store shop world today press"
    " ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz"
    " ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk"
    " fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir"
    " is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk"
    " ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl"
    " pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc"
    " td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw".split()
)
"""Top-level domains a news text writes out: common generic ones and the countries' (not ``js``, ``txt``)."""
_SITE_PATH_RE: Final = LazyRegex(r"(?:\.\.?/)*+/?[^\s<>\"“”«»/.][^\s<>\"“”«»]*+")
"""A path on the page's site (after ``/``, ``./`` or ``../``), no space in it: a whole line."""
_LINK_SEPARATORS: Final = " \t-–—|:·•"
_MARKDOWN_LINK_RE: Final = re.compile(r"^\s*\[(?P<title>.*)\]\(\s*$")


def address_of(text: str) -> str | None:
    """The web address of a line that is one address and nothing else, else None.

    ``https://w.example/a`` and ``<https://w.example/a>`` as written; an address without its scheme
    as a browser takes it, with ``https://`` before it: ``www.`` and a host (``www.example.com``,
    ``www.example.com/a``), or a host whose top-level domain is a known one (any two letters, or
    ``com``, ``org``, ``news`` ...) followed by a path (``example.org/tech/review``). Text that only
    looks a little like one is not: ``e.g.``, ``3.5/10``, ``file.txt``, ``Node.js``, a word before it,
    a user name (``user@host``) or a final full stop.
    """
    if URL_LINE_RE.match(text):
        return text.strip("<>")
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    match = _BARE_ADDRESS_RE.fullmatch(text)
    if match is None or text.endswith(tuple(_URL_TRAILING)):
        return None
    www = match.group("host").lower().startswith("www.") and match.group("host").count(".") >= 2
    tld = match.group("tld").lower()
    known = tld in _KNOWN_TLDS
    if not (www or (known and match.group("path"))):
        return None
    return "https://" + text


_EMBED_HOSTS: Final = frozenset(
    "twitter.com x.com t.co instagram.com instagr.am facebook.com fb.com fb.watch threads.net threads.com"
    " bsky.app youtube.com youtu.be youtube-nocookie.com t.me telegram.me tiktok.com soundcloud.com snd.sc"
    " vimeo.com dailymotion.com dai.ly open.spotify.com linkedin.com reddit.com flickr.com giphy.com".split()
)
"""Sites whose addresses in a story's text are a social post or a media embed (a tweet, a video, a post, a
song), never the story's own page; a host under one of them counts too (``pic.twitter.com``, ``m.facebook.com``)."""


def embed_address(url: str) -> bool:
    """Whether a web address is a social post's or a media embed's: its host, or a domain it is under, is one of
    ``_EMBED_HOSTS`` (``https://x.com/mayor/status/1``, ``pic.twitter.com/AbC``, ``youtu.be/AbC``)."""
    parts = split_address(url)
    labels = (parts.hostname or "").rstrip(".").split(".") if parts is not None else []
    return any(".".join(labels[index:]) in _EMBED_HOSTS for index in range(len(labels) - 1))


def home_address(url: str) -> bool:
    """Whether a web address is a site's home only: no path but ``/``, no query, no fragment
    (``https://www.example.com/``, ``https://www.example.com``); ``/?p=48213`` and ``/#/article/1`` are pages."""
    parts = split_address(url)
    return parts is not None and parts.path in ("", "/") and not parts.query and not parts.fragment


def site_path(text: str) -> str | None:
    """A site-relative address alone on a line (``/archives/712347``, ``../archives/712351``), as written, else None.

    Only a path that starts with ``/``, ``./`` or ``../`` (not ``//``), holds a letter or digit and
    ends without final punctuation: under a link's title it is that title's address.
    """
    if text[:1] not in "/." or text.startswith("//") or text.endswith(tuple(_URL_TRAILING)):
        return None
    if not text.startswith(("/", "./", "../")) or _SITE_PATH_RE.fullmatch(text) is None:
        return None
    return text if any(char.isalnum() for char in text) else None


def address_title(url: str) -> str:
    """The title of a link that has nothing but its address: the address as newstui shows one.

    Without a password (``user:***@``) and with a host that could pass for another in its ASCII form
    (``addresses.display_origin``), so a title never shows what the address itself is not shown with.
    """
    return display_origin(url)


def _title_then_www(text: str) -> tuple[str, str | None]:
    """``(title, address)`` of "title www.example.com/a" (or "title - www…"): an address without its scheme but
    with ``www.`` closing a line of words, after a separator or with a path beyond its host; ``(text, None)``
    otherwise ("… تنتحل موقع www.moi.gov.eg": the address is a word of the sentence)."""
    head, _, last = text.rstrip().rpartition(" ")
    if not last.lower().startswith(("www.", "<www.")) or (address := address_of(last)) is None:
        return text, None
    if not head.rstrip().endswith(tuple(_LINK_SEPARATORS.strip())) and "/" not in last.strip("<>/"):
        return text, None
    title = head.rstrip(_LINK_SEPARATORS).strip()
    return (title, address) if any(map(str.isalpha, title)) else (text, None)


_GLUED_WORDS_RE: Final = re.compile(r"[\x00-\x1f\x7f-\x9f\u2400-\u243f][^\u0621-\u064a]*(?=[\u0621-\u064a])")
"""In an address, a control (or its picture) and what follows up to an Arabic letter: the words glued after it
are no part of the address (an OSC 8 hyperlink pasted into the text: "https://x.example/␛\\البنك")."""


def _glued_words(url: str) -> str:
    """The Arabic words an address match ran into past a control character, from that character on ("" if none)."""
    found = _GLUED_WORDS_RE.search(url)
    return url[found.start() :] if found is not None else ""


def split_url(text: str) -> tuple[str, str | None]:
    """Split "title - https://..." / "title (https://...)" / "[title](https://...)" into (title, url).

    A line that is only an address without its scheme (``address_of``) is its own title, with the
    address as a browser takes it.
    """
    match = URL_RE.search(text)
    if match is None:
        bare = address_of(text.strip())
        return (text, bare) if bare is not None else _title_then_www(text)
    url = match.group().rstrip(_URL_TRAILING)
    for opener, closer in (("(", ")"), ("[", "]")):
        opened, closed, end = url.count(opener), url.count(closer), len(url)
        while end and url[end - 1] == closer and opened < closed:  # counted once, not for each one dropped
            end, closed = end - 1, closed - 1
            while end and url[end - 1] in _URL_TRAILING:
                end -= 1
        url = url[:end]
    before, after = text[: match.start()], text[match.start() + len(url) :]
    markdown = _MARKDOWN_LINK_RE.match(before)
    if markdown is not None and after.lstrip().startswith(")"):
        before, after = markdown.group("title"), after.lstrip()[1:]
    else:
        before, after = before.rstrip(), after.lstrip()
        for opener, closer in (("(", ")"), ("<", ">"), ("[", "]")):
            if before.endswith(opener) and after.startswith(closer):
                before, after = before[:-1], after[1:]
    title = f"{before.rstrip(_LINK_SEPARATORS)} {after.lstrip(_LINK_SEPARATORS + _URL_TRAILING)}".strip()
    if tampered_address(url):  # an escape or a zero-width space in it: its title shown, never followed
        glued = _glued_words(url)
        if glued:  # words glued after an escape ("…example/␛\\البنك"): the story's, kept; the host is not shown
            title = f"{before.rstrip(_LINK_SEPARATORS)} {glued}{text[match.start() + len(url) :]}".strip()
        return title or text, None
    return title or address_title(url), url
