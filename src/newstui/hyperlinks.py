"""Terminal hyperlinks (OSC 8): the only form in which a URL from an article is handed to the terminal.

A story's headline and its related links carry web addresses; the reader marks their text as OSC 8
hyperlinks so a terminal that supports them opens the page on a (usually ctrl- or shift-) click.
The address sits inside an escape sequence, so it must never carry a byte that could end or extend
it: ``hyperlink_target`` gives a URI of printable ASCII only (0x21–0x7E), or nothing.

- http and https only (no ``javascript:``, ``file:``, ``data:``);
- a host is required; an address with a user name or password gets no link
  (``https://bank.example@evil.example/`` is the spoof the ``@`` makes);
- a non-ASCII host becomes IDNA (``xn--``); any other non-ASCII character, control, space, bidi
  control or backslash is percent-encoded as UTF-8 (a ``%`` that is already an escape is kept);
- at most ``MAX_TARGET`` characters after encoding (terminals cap the sequence: VTE at 2,083 bytes).

``browser_target`` gives a web browser the same form, with a user name or password dropped rather than
refused, and a longer cap.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit, urlunsplit

from newstui.addresses import WEB_SCHEMES

__all__ = ["MAX_BROWSER_TARGET", "MAX_TARGET", "browser_target", "hyperlink_target"]

MAX_TARGET: Final = 2000
"""Longest target handed to the terminal; longer addresses get no link."""
MAX_BROWSER_TARGET: Final = 32_768
"""Longest address handed to a web browser (``browser_target``), well under the 128 KiB of one argument."""

_SAFE: Final = frozenset(chr(code) for code in range(0x21, 0x7F)) - {"\\"}
"""What may stand unencoded in a target: printable ASCII but backslash (``ESC \\`` ends the escape)."""
_ESCAPE_RE: Final = re.compile(r"%[0-9A-Fa-f]{2}")
_HOST_RE: Final = re.compile(r"[a-z0-9_.-]+")
"""A host name as it may appear in a target (IDNA-encoded when it was not ASCII), or an IPv4 address."""


def _encode(part: str) -> str:
    """Percent-encode every character of ``part`` outside ``_SAFE`` (UTF-8), and ``%`` not starting an escape."""
    if all(char in _SAFE for char in part) and "%" not in part:
        return part
    out: list[str] = []
    index = 0
    while index < len(part):
        char = part[index]
        if char == "%" and _ESCAPE_RE.match(part, index):
            out.append(part[index : index + 3])
            index += 3
            continue
        if char in _SAFE and char != "%":
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
        index += 1
    return "".join(out)


def _host(hostname: str) -> str | None:
    """``hostname`` (lower case) as ASCII: IDNA for a non-ASCII name, an IPv6 address in brackets, or None (also for
    punycode that IDNA refuses)."""
    if ":" in hostname:
        import ipaddress  # rare: only IPv6 hosts need it

        try:
            return f"[{ipaddress.IPv6Address(hostname).compressed}]"
        except ValueError:
            return None
    if not hostname.isascii():
        try:
            hostname = hostname.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    hostname = hostname.lower()
    if not _HOST_RE.fullmatch(hostname) or ("xn--" in hostname and not _punycode_valid(hostname)):
        return None
    return hostname


def _punycode_valid(hostname: str) -> bool:
    """Whether IDNA takes an ASCII host with punycode labels (``xn--i-7iq.ws``, a name with an emoji, it does
    not): the fetcher (httpx, through ``idna``) refuses such a host, so it is no link or browser target either."""
    import idna  # rare: only hosts with an ``xn--`` label need it (httpx depends on it)

    try:
        idna.decode(hostname)
    except UnicodeError:  # idna.IDNAError
        return False
    return True


def hyperlink_target(url: str | None) -> str | None:
    """The OSC 8 target for ``url``: an http(s) URI in printable ASCII, or None when it gets no link.

    Args:
        url: an address from an article (a link's or the story's own), as parsed.

    Returns:
        The URI to put in the hyperlink escape (characters 0x21–0x7E only), or None for anything
        that is not a plain http(s) address with a host, carries a user name or password, or is
        longer than ``MAX_TARGET`` once encoded.
    """
    target, _ = _ascii_address(url, credentials=False)
    return target if target is not None and len(target) <= MAX_TARGET else None


def browser_target(url: str | None) -> tuple[str | None, str]:
    """The address to hand a web browser for ``url``, or None and why not.

    The form is ``hyperlink_target``'s (http or https, an IDNA host, the rest percent-encoded, printable ASCII
    only), with a user name and password dropped (``http://user:pass@example.org/`` opens
    ``http://example.org/``: the browser would show the password in its address bar and history) and up to
    ``MAX_BROWSER_TARGET`` characters.

    Returns:
        ``(target, "")``, or ``(None, reason)`` with the reason as a short phrase (``invalid host name``).
    """
    target, why = _ascii_address(url, credentials=True)
    if target is None:
        return None, why
    if len(target) > MAX_BROWSER_TARGET:
        return None, f"the address is too long ({len(target):,} characters; at most {MAX_BROWSER_TARGET:,})"
    return target, ""


def _ascii_address(url: str | None, *, credentials: bool) -> tuple[str | None, str]:
    """``url`` as an http(s) URI in printable ASCII without user name or password (``credentials``: dropped;
    else an address carrying them has none), or None and why."""
    if not url:
        return None, "no address"
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # a port out of range, a bracket left open
        return None, "not a valid web address"
    if parts.scheme.lower() not in WEB_SCHEMES:
        return None, "not an http or https address"
    if not credentials and "@" in parts.netloc:
        return None, "it carries a user name or password"
    if not parts.hostname:
        return None, "no host name"
    host = _host(parts.hostname)
    if host is None:
        return None, "invalid host name"
    netloc = host if port is None else f"{host}:{port}"
    target = urlunsplit(
        (parts.scheme.lower(), netloc, _encode(parts.path), _encode(parts.query), _encode(parts.fragment))
    )
    if not all(char in _SAFE for char in target):
        return None, "not a valid web address"
    return target, ""
