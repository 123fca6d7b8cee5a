"""Addresses the reader opens: which are web addresses, and what an address typed in the Open box names."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Final, Literal
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from urllib.parse import SplitResult

__all__ = [
    "MAX_URL_LENGTH",
    "WEB_SCHEMES",
    "AddressKind",
    "display_origin",
    "distinct_sources",
    "host_of",
    "is_url",
    "is_web_url",
    "known_spelling",
    "opaque_scheme",
    "shown_address",
    "shown_host",
    "shown_host_of",
    "split_address",
    "typed_address",
    "without_password",
    "without_userinfo",
]

WEB_SCHEMES: Final = ("http", "https")
"""The schemes the reader fetches."""
MAX_URL_LENGTH: Final = 8192
"""Characters of the longest web address newstui fetches."""

AddressKind = Literal["web", "local", "unsupported"]
"""``web``: an http(s) page or feed; ``local``: a file or folder; ``unsupported``: another scheme."""


def is_url(ref: str) -> bool:
    """Whether a source as given is an address (``scheme://...``) rather than a path.

    Any scheme counts, so ``feed://x`` is reported as an unsupported URL instead of a missing file;
    only http and https are fetched. ``./a://b`` is a path.
    """
    scheme, found, _ = ref.partition("://")
    return (
        bool(found and scheme)
        and scheme[0].isascii()
        and scheme[0].isalpha()
        and all(char.isascii() and (char.isalnum() or char in "+.-") for char in scheme)
    )


def tampered_address(url: str) -> bool:
    """Whether a link's address holds what no address does: a control character (or the picture of one the
    sanitizer put in its place, ``␛``), a format character (a zero-width space that makes ``paypa\u200bl.com``
    read as another host, a bidi control), a space other than U+0020 (which a page's ``href`` may hold and a
    browser encodes) or a private-use character. Such a link is shown
    as its title, with no address to follow."""
    if url.isascii():
        return any(char < " " or char == "\x7f" for char in url)
    import unicodedata

    return any(
        char < " "
        or "\x7f" <= char <= "\xa0"
        or "\u2400" <= char <= "\u243f"
        or (char != " " and unicodedata.category(char) in _NOT_IN_ADDRESSES)
        for char in url
    )


_NOT_IN_ADDRESSES: Final = frozenset({"Cc", "Cf", "Co", "Cs", "Zs", "Zl", "Zp"})


def is_web_url(url: str | None) -> bool:
    """True for an absolute http(s) URL with a host."""
    if not url:
        return False
    parts = split_address(url)  # None: a bracket left open, an IPv6 host that is none (http://[::1, http://[evil]/)
    return parts is not None and parts.scheme.lower() in WEB_SCHEMES and bool(parts.netloc)


OPAQUE_SCHEMES: Final = frozenset(
    "about blob chrome data feed file javascript magnet mailto news sms tel vbscript view-source".split()
)
"""Schemes written without ``//`` (``javascript:…``, ``data:…``, ``mailto:…``) that name no file."""


def opaque_scheme(reference: str) -> str | None:
    """The scheme of a ``scheme:…`` reference such as ``javascript:alert(1)`` or ``data:,x``, else None.

    Only well-known schemes count (``OPAQUE_SCHEMES``): ``notes:2024.txt`` is a file name. The caller
    asks only about a path that does not exist, so an existing file named ``data:x`` is still read.
    """
    scheme, colon, _ = reference.partition(":")
    if not colon or "/" in scheme:
        return None
    scheme = scheme.lower()
    return scheme if scheme in OPAQUE_SCHEMES else None


def typed_address(address: str) -> tuple[AddressKind, str]:
    """What an address typed in the Open box (``g``) names, and the source to load for it.

    Anything with ``://`` is a web address (http and https only, as typed; one that is malformed,
    ``http://[::1``, is loaded as one and fails with its reason), and so is a ``javascript:`` or
    ``data:`` address (unsupported) unless a file of that name exists; anything else is a path, with
    ``~`` expanded.
    """
    if "://" in address:
        scheme = address.partition("://")[0].strip().lower()
        return ("web" if scheme in WEB_SCHEMES else "unsupported"), address
    if opaque_scheme(address) is not None and not os.path.lexists(address):
        return "unsupported", address
    return "local", _unescaped_path(os.path.expanduser(address))


_SHOWN_ESCAPE: Final = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))")
"""An escape a shown path writes a hidden character as (``sanitize.visible_path``: ``\\u202e``, ``\\xa0``)."""


def _unescaped_path(path: str) -> str:
    """``path``, or, when nothing of that name exists and it holds the escapes newstui shows a path's hidden
    characters with (``news/abc\\u202edef.txt``, as an error line or a pasted path writes it), the path they stand
    for when that one exists: the name shown can be typed or pasted back."""
    if "\\" not in path or os.path.lexists(path):
        return path
    try:
        unescaped = _SHOWN_ESCAPE.sub(lambda found: chr(int(next(filter(None, found.groups())), 16)), path)
        return unescaped if unescaped != path and os.path.lexists(unescaped) else path
    except (ValueError, OverflowError, OSError):  # past U+10FFFF, a NUL: no such file
        return path


def known_spelling(path: str, known: Iterable[str]) -> str:
    """``path`` as a source in ``known`` spells it, so that a story already loaded is not loaded again as another.

    A local story's id comes from its path as given (``news/a.txt`` and ``./news/a.txt`` are two
    stories), so a file or folder typed in the Open box under another spelling of a loaded source, or
    under a loaded folder (``/home/you/news/a.txt`` beside ``news/``), is spelt as the folder's walk
    spells it (the folder, a separator, the path below it). Anything else, and any path that cannot
    be resolved, is returned as it is.
    """
    local = [ref for ref in known if ref != "-" and not is_url(ref)]
    if path in local:
        return path
    try:
        real = os.path.realpath(path)
        for ref in local:
            base = os.path.realpath(ref)
            if real == base:
                return ref
            if real.startswith(os.path.join(base, "")) and os.path.isdir(ref):
                spelt = os.path.join(ref, "") + real[len(os.path.join(base, "")) :]
                if os.path.samefile(spelt, path):
                    return spelt
    except (OSError, ValueError):
        pass
    return path


def distinct_sources(refs: Sequence[str]) -> list[str]:
    """The command line's ``refs`` with each local file or folder once, however its path is written.

    A local story's id comes from its path as given, so ``news ./news`` (or ``news ~/news``, or a symbolic
    link to ``news``) would list every story twice. A path that resolves (``os.path.realpath``) to an
    existing file or folder named before is dropped: the first spelling is the one shown. A path below
    another folder named (before or after it) is spelt as that folder's walk spells it, as ``known_spelling``
    spells what the Open box is given, so its stories are the folder's (``corpus.resolve_links`` drops the
    copies). A web address written as one named before is dropped too. Anything else (other addresses, ``-``, a
    path that does not exist or cannot be resolved) is kept as it is, in its place. One ``realpath`` per path.
    """
    if sum(1 for ref in refs if ref != "-" and not is_url(ref)) < 2:
        return _addresses_once(refs)
    kept: list[tuple[str, str | None]] = []
    """Each ref kept, with its real path (None: not a local path that exists)."""
    seen: set[str] = set()
    folders: dict[str, str] = {}
    """The real path of each folder kept, and its spelling."""
    for ref in _addresses_once(refs):
        real = None if ref == "-" or is_url(ref) else _existing_real_path(ref)
        if real is not None:
            if real in seen:
                continue
            seen.add(real)
            if os.path.isdir(real):
                folders[real] = ref
        kept.append((ref, real))
    if not folders:
        return [ref for ref, _real in kept]
    return [ref if real is None else _spelt_below(ref, real, folders) for ref, real in kept]


def _addresses_once(refs: Sequence[str]) -> list[str]:
    """``refs`` with a web address named again as it was written before left out (fetched once, and its failure
    told once)."""
    seen: set[str] = set()
    kept: list[str] = []
    for ref in refs:
        if is_url(ref):
            if ref in seen:
                continue
            seen.add(ref)
        kept.append(ref)
    return kept


def _existing_real_path(path: str) -> str | None:
    """``os.path.realpath(path)`` when it names an existing file or folder, else None."""
    try:
        real = os.path.realpath(path)
        return real if os.path.exists(real) else None
    except (OSError, ValueError):
        return None


def _spelt_below(ref: str, real: str, folders: dict[str, str]) -> str:
    """``ref`` (real path ``real``) as the walk of the outermost folder of ``folders`` (real path -> spelling)
    above it spells it (a folder's walk spells the folders below it as it spells them); ``ref`` when none is."""
    outermost = None
    child, parent = real, os.path.dirname(real)
    while parent != child:  # (up to the root, which is its own parent)
        if parent in folders:
            outermost = parent
        child, parent = parent, os.path.dirname(parent)
    if outermost is None:
        return ref
    spelt = os.path.join(folders[outermost], "") + os.path.relpath(real, outermost)
    try:
        return spelt if os.path.samefile(spelt, ref) else ref
    except (OSError, ValueError):
        return ref


def without_password(url: str) -> str:
    """``url`` with the password of its ``user:password@`` part replaced by ``***`` (anything else as it is)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    end = min((index for index in map(rest.find, "/?#") if index >= 0), default=len(rest))
    userinfo, at, host = rest[:end].rpartition("@")
    if not at or ":" not in userinfo:
        return url
    user = userinfo.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}{rest[end:]}"


def without_userinfo(url: str) -> str:
    """``url`` without its ``user:password@`` part (for what only needs the page's address, not access)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    end = min((index for index in map(rest.find, "/?#") if index >= 0), default=len(rest))
    _, at, host = rest[:end].rpartition("@")
    return f"{scheme}://{host}{rest[end:]}" if at else url


def display_origin(origin: str) -> str:
    """A source's origin (path, URL or "-") as newstui shows it: one sanitized line, a URL's password masked,
    a host that could pass for another in its ASCII form (``shown_host``).

    ``--json``, titles and the reader's notices show origins through this (a line break a space); error lines
    through ``shown_address``. The origin itself (used to read the file again or fetch the URL) is never changed.
    """
    from newstui.text.sanitize import sanitize_line

    return sanitize_line(_masked(origin))


def shown_address(url: str) -> str:
    """A web address as an error line (``errors.shown_origin``) shows it: ``display_origin``'s form, but a
    control or line break in it written visibly, as a file name's is (``sanitize.visible_path``: a line feed
    ``␊``, a tab ``␉``, ESC ``␛``), never as a space that hides it; a bidi control is percent-encoded, as
    ``sanitize_text`` writes it in any address (``%E2%80%AE``: the same address, as a browser sends it)."""
    from newstui.text.sanitize import sanitize_text, visible_path

    shown = _masked(url)
    if "\t" in shown:  # (``sanitize_text`` would expand it into spaces)
        shown = shown.replace("\t", "\u2409")
    return visible_path(sanitize_text(shown))


def _masked(origin: str) -> str:
    """``origin`` with a URL's password masked and a look-alike host in its ASCII form; not yet sanitized."""
    shown = without_password(origin) if "@" in origin else origin
    if "://" in shown and not shown.isascii():
        shown = _with_shown_host(shown)
    return shown


_LOOKALIKE_SCRIPTS: Final = frozenset({"CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC"})
"""Scripts whose letters pass for Latin ones (аpple.com with a Cyrillic а): such a host is shown as ASCII."""


def shown_host(host: str) -> str:
    """A web address's host as newstui shows it: as written, or in its ASCII (IDNA) form when it could
    pass for another.

    A host is shown in ASCII when a label mixes scripts (Latin letters with Cyrillic ones, Arabic with
    Latin) or is written in a script whose letters look like Latin ones (Cyrillic, Greek, …), as
    browsers do; an all-Arabic host (``مثال.مصر``) or accented Latin (``café.example``) is shown as
    written.
    """
    if host.isascii() or not any(_suspicious(label) for label in host.split(".")):
        return host
    return ".".join(_ascii_label(label) for label in host.split("."))


def split_address(url: str) -> SplitResult | None:
    """``urlsplit`` of ``url``, or None when it cannot be split (an unclosed ``[`` in its host)."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def host_of(url: str) -> str | None:
    """The host of an address as ``urlsplit`` reads it: lower-case, without its user or port (``www.`` kept, a
    look-alike as written); None when the address has none or cannot be split."""
    parts = split_address(url)
    return (parts.hostname or None) if parts is not None else None


def shown_host_of(url: str) -> str | None:
    """The host of a web address as newstui shows it (``shown_host``): lower-case, without its user or port, a
    look-alike in its ASCII form (``https://www.аpple.com/`` → ``www.xn--pple-43d.com``); None when the address
    has none or cannot be split."""
    host = host_of(url)
    return shown_host(host) if host else None


def _ascii_label(label: str) -> str:
    """A host label in ASCII: IDNA, or plain punycode for one IDNA refuses (Latin and Arabic letters mixed)."""
    if label.isascii():
        return label
    try:
        return label.encode("idna").decode("ascii")
    except UnicodeError:
        return "xn--" + label.encode("punycode").decode("ascii")


def _suspicious(label: str) -> bool:
    """A host label whose letters come from two scripts, or from one that passes for Latin."""
    import unicodedata

    scripts = set()
    for char in label:
        if char.isascii():
            if char.isalpha():
                scripts.add("LATIN")
            continue
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        script = name.split(" ", 1)[0] if name else "UNKNOWN"
        scripts.add("LATIN" if script == "LATIN" else script)
    return len(scripts) > 1 or bool(scripts & _LOOKALIKE_SCRIPTS)


def _with_shown_host(url: str) -> str:
    """``url`` with its host as ``shown_host`` gives it (a URL that does not parse is left as it is)."""
    parts = split_address(url)
    host = parts.hostname if parts is not None else None
    if parts is None or not host or host.isascii():
        return url
    shown = shown_host(host)
    if shown == host:
        return url
    netloc = parts.netloc
    at = netloc.rfind("@") + 1
    start = netloc.lower().find(host, at)
    if start < 0:
        return url
    return url.replace(netloc, netloc[:start] + shown + netloc[start + len(host) :], 1)
