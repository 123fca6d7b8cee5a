"""The single choke point for untrusted text: controls, escapes, bidi overrides and mark floods.

Every string that came from outside (article text, titles, URLs, file names, error messages) passes
``sanitize_text`` or ``sanitize_line`` after all decoding (charset, HTML entities, XML character
references) and before it is stored in the model. The result holds no C0/C1 control character but
``\\n`` (in ``sanitize_text``), no ESC, no bidi embedding/override/isolate (inside an address one is
percent-encoded: dropped, an RLO in ``…/<RLO>txt.exe`` would leave another address), no BOM, no Unicode tag
character but those of a well-formed emoji tag sequence (``🏴`` + ``gbsct`` in tags + CANCEL TAG: Scotland's
flag), and at most ``MAX_MARKS`` zero-width code points in a row (after one base character, or at the start)
outside those sequences (7 tags at most each). Removed
controls are shown as visible Unicode "control pictures" (ESC becomes U+241B) so nothing is hidden
and nothing overwrites the screen. Both functions are idempotent. A file's path is shown through
``visible_path``, which writes every invisible character visibly instead of dropping it: two names that
differ only by one (an RLO, an LRM, a line break) never look the same.

Zero-width code points are what stacks on the cell of the character before them: every combining
mark (general categories Mn, Me and Mc), every format character (Cf: ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM,
word joiner, ...), and every other code point Rich measures as 0 cells (Hangul medial vowels and
final consonants, Hangul fillers, emoji skin-tone modifiers, variation selectors, the unassigned
default-ignorables, and marks newer than Python's Unicode tables). Marks and format characters
interleaved count as one run, so separating marks with RLMs or ZWSPs (which the bidi step or the
terminal drops) does not get past the cap.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final

from newstui.text.lazy_regex import LazyRegex

MAX_MARKS: Final = 8
"""Zero-width code points kept in a row after one base character (an Arabic letter with shadda, fatha
and tanween has 3, an emoji keycap 2; floods have thousands). The rest of a longer run is dropped."""

TAB: Final = "    "

_NEWLINES: Final = LazyRegex("\r\n|[\r\u2028\u2029\u0085\x0b\x0c]")
# Bidi embeddings, overrides and isolates (Trojan Source); deprecated format controls;
# interlinear annotation; BOM/ZWNBSP; Unicode tags (invisible ASCII smuggling; an address's are escaped, and
# elsewhere those of an emoji tag sequence kept: ``_DROP_OUTSIDE_FLAGS``).
_DROP: Final = LazyRegex("[\u202a-\u202e\u2066-\u2069\u206a-\u206f\ufff9-\ufffb\ufeff\U000e0000-\U000e007f]")
_TAG_FLAG: Final = "\U0001f3f4[\U000e0030-\U000e0039\U000e0061-\U000e007a]{2,6}\U000e007f"
"""An emoji tag sequence (UTS #51): WAVING BLACK FLAG, 2 to 6 tag digits or small letters (a subdivision's
code, ``gbeng``, ``gbsct``, ``gbwls``), CANCEL TAG. The one place a tag character is kept: drawn as one flag
2 cells wide (its tags zero cells, as Rich and wcwidth count them), naming its country for search and ``--json``."""
_DROP_OUTSIDE_FLAGS: Final = LazyRegex(
    f"({_TAG_FLAG})|[\u202a-\u202e\u2066-\u2069\u206a-\u206f\ufff9-\ufffb\ufeff\U000e0000-\U000e007f]"
)
"""``_DROP`` but for the tags of a well-formed emoji tag sequence (group 1, kept whole): a stray tag, or one in
a sequence cut short or too long, still goes (tags can spell text no one sees)."""
_FLAG_AT: Final = LazyRegex(_TAG_FLAG)
_URL_TOKEN: Final = LazyRegex(r"(?<![A-Za-z0-9+.-])[0-9+.-]*+[A-Za-z][A-Za-z0-9+.-]*+://\S+")
"""An address written in text: the bidi controls in it are escaped, not dropped (that would make it another).

A match starts only where a run of scheme characters does, and never gives back what it took, so a
long run of letters is scanned once (tried from each letter, a 40,000-letter run took 6.7 s); the
digits and signs before the scheme's first letter hold no bidi control, so taking them changes nothing."""
_CONTROL: Final = LazyRegex("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")
_NEEDS_WORK_BMP: Final = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u206f\ufff9-\ufffb\ufeff\ud800-\udfff\t"
)
_NEEDS_WORK: Final = LazyRegex(f"[{_NEEDS_WORK_BMP}\U000e0000-\U000e007f]")
_ZERO_WIDTH_BMP: Final = (
    "\u00ad\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1-\u05c2\u05c4-\u05c5\u05c7\u0600-\u0605"
    "\u0610-\u061a\u061c\u064b-\u065f\u0670\u06d6-\u06dd\u06df-\u06e4\u06e7-\u06e8\u06ea-\u06ed\u070f"
    "\u0711\u0730-\u074a\u07a6-\u07b0\u07eb-\u07f3\u07fd\u0816-\u0819\u081b-\u0823\u0825-\u0827"
    "\u0829-\u082d\u0859-\u085b\u0890-\u0891\u0897-\u089f\u08ca-\u0903\u093a-\u093c\u093e-\u094f"
    "\u0951-\u0957\u0962-\u0963\u0981-\u0983\u09bc\u09be-\u09c4\u09c7-\u09c8\u09cb-\u09cd\u09d7"
    "\u09e2-\u09e3\u09fe\u0a01-\u0a03\u0a3c\u0a3e-\u0a42\u0a47-\u0a48\u0a4b-\u0a4d\u0a51\u0a70-\u0a71"
    "\u0a75\u0a81-\u0a83\u0abc\u0abe-\u0ac5\u0ac7-\u0ac9\u0acb-\u0acd\u0ae2-\u0ae3\u0afa-\u0aff"
    "\u0b01-\u0b03\u0b3c\u0b3e-\u0b44\u0b47-\u0b48\u0b4b-\u0b4d\u0b55-\u0b57\u0b62-\u0b63\u0b82"
    "\u0bbe-\u0bc2\u0bc6-\u0bc8\u0bca-\u0bcd\u0bd7\u0c00-\u0c04\u0c3c\u0c3e-\u0c44\u0c46-\u0c48"
    "\u0c4a-\u0c4d\u0c55-\u0c56\u0c62-\u0c63\u0c81-\u0c83\u0cbc\u0cbe-\u0cc4\u0cc6-\u0cc8\u0cca-\u0ccd"
    "\u0cd5-\u0cd6\u0ce2-\u0ce3\u0cf3\u0d00-\u0d03\u0d3b-\u0d3c\u0d3e-\u0d44\u0d46-\u0d48\u0d4a-\u0d4d"
    "\u0d57\u0d62-\u0d63\u0d81-\u0d83\u0dca\u0dcf-\u0dd4\u0dd6\u0dd8-\u0ddf\u0df2-\u0df3\u0e31"
    "\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ece\u0f18-\u0f19\u0f35\u0f37\u0f39"
    "\u0f3e-\u0f3f\u0f71-\u0f84\u0f86-\u0f87\u0f8d-\u0f97\u0f99-\u0fbc\u0fc6\u102b-\u103e\u1056-\u1059"
    "\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d\u1160-\u11ff"
    "\u135d-\u135f\u1712-\u1715\u1732-\u1734\u1752-\u1753\u1772-\u1773\u17b4-\u17d3\u17dd\u180b-\u180f"
    "\u1885-\u1886\u18a9\u1920-\u192b\u1930-\u193b\u1a17-\u1a1b\u1a55-\u1a5e\u1a60-\u1a7c\u1a7f"
    "\u1ab0-\u1add\u1ae0-\u1aeb\u1b00-\u1b04\u1b34-\u1b44\u1b6b-\u1b73\u1b80-\u1b82\u1ba1-\u1bad"
    "\u1be6-\u1bf3\u1c24-\u1c37\u1cd0-\u1cd2\u1cd4-\u1ce8\u1ced\u1cf4\u1cf7-\u1cf9\u1dc0-\u1dff"
    "\u200b-\u200f\u2060-\u2065\u20d0-\u20f0\u2cef-\u2cf1\u2d7f\u2de0-\u2dff\u302a-\u302f\u3099-\u309a"
    "\u3164\ua66f-\ua672\ua674-\ua67d\ua69e-\ua69f\ua6f0-\ua6f1\ua802\ua806\ua80b\ua823-\ua827\ua82c"
    "\ua880-\ua881\ua8b4-\ua8c5\ua8e0-\ua8f1\ua8ff\ua926-\ua92d\ua947-\ua953\ua980-\ua983\ua9b3-\ua9c0"
    "\ua9e5\uaa29-\uaa36\uaa43\uaa4c-\uaa4d\uaa7b-\uaa7d\uaab0\uaab2-\uaab4\uaab7-\uaab8\uaabe-\uaabf"
    "\uaac1\uaaeb-\uaaef\uaaf5-\uaaf6\uabe3-\uabea\uabec-\uabed\ud7b0-\ud7ff\ufb1e\ufe00-\ufe0f"
    "\ufe20-\ufe2f\uffa0\ufff0-\ufff8"
)
_ZERO_WIDTH_ASTRAL: Final = (
    "\U000101fd\U000102e0\U00010376-\U0001037a\U00010a01-\U00010a03\U00010a05-\U00010a06"
    "\U00010a0c-\U00010a0f\U00010a38-\U00010a3a\U00010a3f\U00010ae5-\U00010ae6\U00010d24-\U00010d27"
    "\U00010d69-\U00010d6d\U00010eab-\U00010eac\U00010efa-\U00010eff\U00010f46-\U00010f50"
    "\U00010f82-\U00010f85\U00011000-\U00011002\U00011038-\U00011046\U00011070\U00011073-\U00011074"
    "\U0001107f-\U00011082\U000110b0-\U000110ba\U000110bd\U000110c2\U000110cd\U00011100-\U00011102"
    "\U00011127-\U00011134\U00011145-\U00011146\U00011173\U00011180-\U00011182\U000111b3-\U000111c0"
    "\U000111c9-\U000111cc\U000111ce-\U000111cf\U0001122c-\U00011237\U0001123e\U00011241"
    "\U000112df-\U000112ea\U00011300-\U00011303\U0001133b-\U0001133c\U0001133e-\U00011344"
    "\U00011347-\U00011348\U0001134b-\U0001134d\U00011357\U00011362-\U00011363\U00011366-\U0001136c"
    "\U00011370-\U00011374\U000113b8-\U000113c0\U000113c2\U000113c5\U000113c7-\U000113ca"
    "\U000113cc-\U000113d0\U000113d2\U000113e1-\U000113e2\U00011435-\U00011446\U0001145e"
    "\U000114b0-\U000114c3\U000115af-\U000115b5\U000115b8-\U000115c0\U000115dc-\U000115dd"
    "\U00011630-\U00011640\U000116ab-\U000116b7\U0001171d-\U0001172b\U0001182c-\U0001183a"
    "\U00011930-\U00011935\U00011937-\U00011938\U0001193b-\U0001193e\U00011940\U00011942-\U00011943"
    "\U000119d1-\U000119d7\U000119da-\U000119e0\U000119e4\U00011a01-\U00011a0a\U00011a33-\U00011a39"
    "\U00011a3b-\U00011a3e\U00011a47\U00011a51-\U00011a5b\U00011a8a-\U00011a99\U00011b60-\U00011b67"
    "\U00011c2f-\U00011c36\U00011c38-\U00011c3f\U00011c92-\U00011ca7\U00011ca9-\U00011cb6"
    "\U00011d31-\U00011d36\U00011d3a\U00011d3c-\U00011d3d\U00011d3f-\U00011d45\U00011d47"
    "\U00011d8a-\U00011d8e\U00011d90-\U00011d91\U00011d93-\U00011d97\U00011ef3-\U00011ef6"
    "\U00011f00-\U00011f01\U00011f03\U00011f34-\U00011f3a\U00011f3e-\U00011f42\U00011f5a"
    "\U00013430-\U00013440\U00013447-\U00013455\U0001611e-\U0001612f\U00016af0-\U00016af4"
    "\U00016b30-\U00016b36\U00016f4f\U00016f51-\U00016f87\U00016f8f-\U00016f92\U00016fe4"
    "\U00016ff0-\U00016ff1\U0001bc9d-\U0001bc9e\U0001bca0-\U0001bca3\U0001cf00-\U0001cf2d"
    "\U0001cf30-\U0001cf46\U0001d165-\U0001d169\U0001d16d-\U0001d182\U0001d185-\U0001d18b"
    "\U0001d1aa-\U0001d1ad\U0001d242-\U0001d244\U0001da00-\U0001da36\U0001da3b-\U0001da6c\U0001da75"
    "\U0001da84\U0001da9b-\U0001da9f\U0001daa1-\U0001daaf\U0001e000-\U0001e006\U0001e008-\U0001e018"
    "\U0001e01b-\U0001e021\U0001e023-\U0001e024\U0001e026-\U0001e02a\U0001e08f\U0001e130-\U0001e136"
    "\U0001e2ae\U0001e2ec-\U0001e2ef\U0001e4ec-\U0001e4ef\U0001e5ee-\U0001e5ef\U0001e6e3\U0001e6e6"
    "\U0001e6ee-\U0001e6ef\U0001e6f5\U0001e8d0-\U0001e8d6\U0001e944-\U0001e94a\U0001f3fb-\U0001f3ff"
    "\U000e0080-\U000e0fff"
)
"""Zero-width code points (see the module docstring), as a regex class body, generated from Python
3.11's ``unicodedata`` (Unicode 14: Mn, Me, Mc, Cf) and Rich 15's cell table (Unicode 17: width 0),
less the controls, line separators and format characters that are removed or replaced before marks
are counted (``_NEEDS_WORK``). ``test_sanitize`` checks it against the installed Python and Rich.

``re`` looks a character up in a bitmap for the BMP part of a class but tests each astral range in
turn, so a scan over a whole text uses the BMP part with one astral range (``_ROUGH_RUN``), a long
run of astral characters is scanned with nine (``_ZERO_WIDTH_BLOCKS``), and only what is left is
matched exactly (``_ZERO_WIDTH_RUN``)."""
_ZERO_WIDTH_BLOCKS: Final = (
    "\U000101fd-\U00011f5a\U00013430-\U00013455\U0001611e-\U00016ff1\U0001bc9d-\U0001bca3"
    "\U0001cf00-\U0001d244\U0001da00-\U0001daaf\U0001e000-\U0001e94a\U0001f3fb-\U0001f3ff\U000e0080-\U000e0fff"
)
"""Nine astral ranges holding every astral zero-width code point (and the letters of the scripts around
them), but no emoji other than the skin-tone modifiers, no CJK and no mathematical letters."""
_ROUGH_RUN: Final = LazyRegex(f"[{_ZERO_WIDTH_BMP}\U00010000-\U0010ffff]{{{MAX_MARKS + 1},}}")
_COARSE_RUN: Final = LazyRegex(f"[{_ZERO_WIDTH_BMP}{_ZERO_WIDTH_BLOCKS}]{{{MAX_MARKS + 1},}}")
_ZERO_WIDTH_RUN: Final = LazyRegex(f"[{_ZERO_WIDTH_BMP}{_ZERO_WIDTH_ASTRAL}]{{{MAX_MARKS + 1},}}")
"""An over-long zero-width run; it lies in a ``_COARSE_RUN``, which lies in a ``_ROUGH_RUN``."""


@cache
def _fast_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``is_clean``'s patterns, compiled on first use (``--version`` and ``--help`` never need them).

    The first matches any character ``sanitize_text`` may change or count: a control, a bidi or
    format control that is removed, a zero-width code point, or any astral character (one range
    for the tags and the astral marks: every extra range makes ``re`` test every character once
    more). The second matches a run of zero-width code points, with the letters of the astral
    blocks that hold marks counted in (a long run of them only costs the full path).
    """
    suspect = re.compile(f"[{_NEEDS_WORK_BMP}{_ZERO_WIDTH_BMP}\U00010000-\U0010ffff]")
    return suspect, re.compile(f"[{_ZERO_WIDTH_BMP}{_ZERO_WIDTH_BLOCKS}]+")


_FAST_HITS: Final = 32
"""Short zero-width runs skipped one by one before a heavily marked text takes the full path."""


def _c0_picture(char: str) -> str | None:
    """The control picture of a C0 control or DEL: ␀ … ␟ (ESC shows as ␛), ␡; None for any other character."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else None


def _picture(match: re.Match[str]) -> str:
    """A visible stand-in for one control character."""
    return _c0_picture(match.group()) or "\ufffd"  # C1 controls and lone surrogates: U+FFFD


_XML_UNSAFE: Final = LazyRegex("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with the characters no XML tree may hold shown as ``sanitize_text`` shows them: a vertical tab or
    form feed as the line break it is there (a word processor's line break), another C0 control but tab, line
    feed and carriage return as its picture (␈, ␛), U+FFFE and U+FFFF as U+FFFD; the rest as it is
    (``sanitize_text`` still runs on whatever is read from it)."""
    return _XML_UNSAFE.sub(_xml_stand_in, text) if _XML_UNSAFE.search(text) is not None else text


def _xml_stand_in(match: re.Match[str]) -> str:
    """``xml_safe``'s stand-in for one character."""
    return "\n" if match.group() in "\x0b\x0c" else _picture(match)


def _cap_marks(match: re.Match[str]) -> str:
    """Keep the first MAX_MARKS code points of an over-long zero-width run."""
    return match.group()[:MAX_MARKS]


def _cap_coarse_run(match: re.Match[str]) -> str:
    """Cap the zero-width runs inside one ``_COARSE_RUN`` (it may hold astral letters)."""
    return _ZERO_WIDTH_RUN.sub(_cap_marks, match.group())


def _cap_rough_run(match: re.Match[str]) -> str:
    """Cap the zero-width runs inside one ``_ROUGH_RUN`` (it may hold emoji and other astral characters)."""
    return _COARSE_RUN.sub(_cap_coarse_run, match.group())


def is_clean(text: str) -> bool:
    """Whether ``sanitize_text`` certainly returns ``text`` unchanged (one scan in the usual case).

    True when the text holds no control, bidi or format character that is removed or replaced and
    no run of more than ``MAX_MARKS`` zero-width code points. Short runs (harakat, tanween, an RLM,
    a ZWNJ) are skipped one by one; after ``_FAST_HITS`` of them the answer is False, which only
    means "not certain", as it does for a long run of astral characters.

    Args:
        text: any text.

    Returns:
        True when ``sanitize_text(text) == text`` is certain.
    """
    suspect, zero_width = _fast_patterns()
    position = 0
    for _ in range(_FAST_HITS):
        found = suspect.search(text, position)
        if found is None:
            return True
        span = zero_width.match(text, found.start())
        if span is None:
            char = found.group()
            if char < "\U00010000" or "\U000e0000" <= char <= "\U000e007f":
                return False  # a control, separator or format character that is replaced or removed
            position = found.end()  # an astral base (emoji, CJK): nothing to change
            if char == "\U0001f3f4" and text[position : position + 1] >= "\U000e0000":  # a subdivision's flag?
                flag = _FLAG_AT.get().match(text, found.start())
                position = position if flag is None else flag.end()  # kept whole; a stray tag is found next
        elif span.end() - span.start() > MAX_MARKS:
            return False
        else:
            position = span.end()
    return False


def _escape_drops(match: re.Match[str]) -> str:
    """An address with the bidi controls in it percent-encoded (UTF-8), as a browser sends them."""
    return _DROP.sub(lambda drop: "".join(f"%{byte:02X}" for byte in drop.group().encode()), match.group())


def sanitize_text(text: str) -> str:
    """Make multi-line untrusted text safe to show: keeps ``\\n``, neutralises everything else.

    Args:
        text: decoded text from any source.

    Returns:
        The text with line separators unified to ``\\n``, tabs expanded, bidi overrides and BOMs
        removed, other controls replaced by visible pictures, and every run of zero-width code
        points (marks and format characters alike) cut to its first ``MAX_MARKS``.
    """
    if is_clean(text):
        return text
    if _NEEDS_WORK.search(text):
        text = _NEWLINES.sub("\n", text)
        text = text.replace("\t", TAB)
        if "://" in text:  # in an address, a bidi control is kept as its escape: the same address, shown
            text = _URL_TOKEN.sub(_escape_drops, text)
        text = _DROP_OUTSIDE_FLAGS.sub(r"\1", text)
        text = _CONTROL.sub(_picture, text)
    # After the removals: a mark flood split by bidi overrides is one run once they are gone.
    if _ROUGH_RUN.search(text):
        text = _ROUGH_RUN.sub(_cap_rough_run, text)
    return text


def sanitize_line(text: str) -> str:
    """Make untrusted text safe as a single line (titles, URLs, names, error messages).

    Line breaks and runs of whitespace become one space; leading/trailing space is removed.
    """
    text = sanitize_text(text)
    # A printable string has no whitespace but the ASCII space (every other space, separator and
    # control is "not printable"), so it is already one line unless its spaces need collapsing.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())  # str.split and \s share one whitespace test


def pasted_line(text: str) -> str:
    """What text pasted into a one-line box becomes: its first line, each tab a space, and the controls,
    bidi overrides and isolates dropped (as a browser's address bar takes a paste)."""
    line = _NEWLINES.sub("\n", text).split("\n", 1)[0]
    return _CONTROL.sub("", _DROP.sub("", line.replace("\t", " ")))


def pasted_path(text: str) -> str:
    """What a file's path pasted into the Open box becomes: its first line, each tab a space, C0 controls
    dropped, and every other character a shown path writes as its escape (``visible_path``: bidi controls,
    marks, spaces other than the ASCII one) written so, not dropped: ``news/abc\u202edef.txt`` still names the
    file pasted (``addresses.typed_address`` reads the escapes back), never ``news/abcdef.txt``, another one."""
    line = _NEWLINES.sub("\n", text).split("\n", 1)[0].replace("\t", " ")
    return "".join(_shown(char) if _hidden(char) else char for char in line if not _c0_or_del(char))


def _c0_or_del(char: str) -> bool:
    return char < " " or char == "\x7f"


_HIDDEN_KINDS: Final = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp", "Zs"})
"""Unicode categories of the characters a shown path writes visibly: controls, format characters, lone
surrogates (a name's bytes that are not UTF-8), line and paragraph separators, and spaces but the ASCII one."""
_SHOWN_FORMAT: Final = frozenset("\u200c\u200d\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2")
"""Format characters a shown path keeps as they are: ZWNJ and ZWJ (Arabic and Persian letters join or not
by them, emoji sequences hold them) and the Arabic marks drawn with a glyph of their own (number sign,
end of ayah)."""


BLANK_LETTERS: Final = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f")
"""Characters Unicode calls printable (letters, marks, a symbol) that draw as a blank or as nothing: the Hangul
fillers, the blank Braille pattern, the combining grapheme joiner, Khmer's inherent vowels, Mongolian's
variation selectors and vowel separator. A shown path writes them as escapes (``d\\u3164e.txt`` is not
``d e.txt``)."""
_BLANK_LETTER: Final = re.compile(f"[{''.join(sorted(BLANK_LETTERS))}]")


def _hidden(char: str) -> bool:
    """Whether a path shows ``char`` as its escape: it draws nothing, or nothing that tells it from another
    character (a no-break space, a Hangul filler), or it moves or breaks the text around it (bidi controls,
    line breaks)."""
    if char in BLANK_LETTERS:
        return True
    return char != " " and unicodedata.category(char) in _HIDDEN_KINDS and char not in _SHOWN_FORMAT


def _shown(char: str) -> str:
    """A hidden character of a path as it is shown: a C0 control's picture, else its ``repr`` escape."""
    if char in BLANK_LETTERS:  # (printable: ``repr`` keeps them as they are)
        return f"\\u{ord(char):04x}"
    return _c0_picture(char) or repr(char)[1:-1]


def visible_path(text: str) -> str:
    """A file's path or name as newstui shows it: one line in which every character that shows nothing, or
    moves the text around it, is written visibly, so two names that differ only by such a character never
    look the same.

    A C0 control or DEL is its control picture, as ``sanitize_text`` shows it (ESC ␛, a line feed ␊, a tab
    ␉); every other such character is the escape ``repr`` writes for it: bidi controls (``\\u202e``,
    ``\\u2066``), marks (``\\u200e``), line and paragraph separators (``\\u2028``), C1 controls (``\\x85``),
    spaces other than the ASCII one (``\\xa0``), the bytes of a name that are not UTF-8 (``\\udc9b``), and
    the letters that draw as a blank (``BLANK_LETTERS``: ``\\u3164``, ``\\u2800``).
    ZWNJ and ZWJ are kept (Arabic letters join by them), and spaces as they are, none collapsed. Idempotent.
    Only what is shown: the path itself, which reads the file again, is never changed, and ``--json`` gives
    origins as ``addresses.display_origin`` does.

    Args:
        text: a path as given or found (untrusted: a folder's file names are anyone's).

    Returns:
        The line to show, with no control, bidi control or line break left in it.
    """
    if not text.isprintable() or _BLANK_LETTER.search(text) is not None:  # (else nothing is escaped)
        text = "".join(_shown(char) if _hidden(char) else char for char in text)
    return sanitize_text(text)
