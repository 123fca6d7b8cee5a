"""Bytes to text: BOM, declared charset, <meta>/XML prescan, UTF-8 (strict, then mostly valid), detection."""

from __future__ import annotations

import codecs
import re
import struct
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Final

from newstui.errors import NotReadable, UsageError

BINARY_SNIFF_BYTES: Final = 8192
"""How much of the start of the data ``is_binary`` looks at."""
PRESCAN_BYTES: Final = 1024
"""How much of the start of the data the ``<meta charset>`` / XML declaration prescan reads (WHATWG)."""
MIN_DETECT_BYTES: Final = 32
"""Fewer non-ASCII bytes than this and a detector's guess is not trusted (short titles fool it)."""
MIN_OVERRIDE_LETTERS: Final = 8
"""Arabic letters needed before bytes labelled ISO-8859-1 by the server are read as windows-1256."""
MIN_CJK_BYTES: Final = 512
"""Multi-byte East Asian encodings are only considered for at least this many non-ASCII bytes."""
MIN_UTF8_OVER_LABEL: Final = 8
"""Bytes that valid UTF-8 must save over one character a byte (multi-byte characters' continuation
bytes) before it is read as UTF-8 against a transport or ``<meta>`` label naming a single-byte charset:
an Arabic server or CMS template that says ``windows-1256`` over a UTF-8 page. Text in a single-byte
charset is never valid UTF-8 with that many multi-byte characters (two Arabic letters in a row are a
lead byte and another lead byte)."""
MOSTLY_UTF8_RATIO: Final = 9
"""Valid non-ASCII UTF-8 characters needed per invalid sequence to read damaged UTF-8 as UTF-8 (90%).

A file with a stray byte or a cut-off last character is typically over 99% valid UTF-8; legacy
single-byte text is at most 4% valid in the tests' samples (Persian in windows-1256, whose letters
in 0x80-0xBF can follow a lead byte), usually 0%. One invalid sequence needs at least 9 valid
characters: a lone Latin-1 byte in ASCII text stays windows-1252.
"""

_DAMAGE: Final = re.compile("\ufffd+")
"""A run of invalid sequences: one damaged spot."""
_SPLIT_CHARACTER: Final = re.compile(
    rb"(?:(?<=[\xc2-\xf4])|(?<=[\xe0-\xf4][\x80-\xbf])|(?<=[\xf0-\xf4][\x80-\xbf]{2}))\r?\n(?=[\x80-\xbf])"
)
"""A line break inside a UTF-8 character: after its first byte(s), before a continuation byte. ``fold``
counts bytes, so ``fold -w 40`` of Arabic text cuts a letter in two where a word is longer than the
width; nothing else writes a line break there (the bytes around it are invalid without it too)."""

ARABIC_SAMPLE_BYTES: Final = 65536
"""How much of the data the windows-1256 / ISO-8859-6 check scores."""

_SINGLE_BYTE_CANDIDATES: Final = (
    "cp1256",
    "iso8859_6",
    "cp1252",
    "iso8859_15",
    "cp1250",
    "cp1251",
    "koi8_r",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1257",
    "cp874",
)
_CJK_CANDIDATES: Final = ("gb18030", "big5", "cp932", "euc_jp", "cp949")

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_BINARY_CONTROLS: Final = bytes(c for c in range(1, 32) if c not in (9, 10, 11, 12, 13, 27))
"""C0 controls that do not occur in text files (tab, newlines, form feed and ESC do)."""

_BOM_FIRST_BYTES: Final = frozenset(mark[0] for mark, _ in _BOMS)
"""First bytes of the byte-order marks: data starting otherwise has none."""

_WEAK: Final = frozenset({"cp1252", "latin_1", "iso8859_1", "ascii"})
"""Transport labels servers send by default (Apache's ISO-8859-1): overridden by stronger evidence."""

_LABELS: Final = {
    # WHATWG Encoding Standard label mapping, for the labels Python reads differently.
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "l1": "cp1252",
    "cp819": "cp1252",
    "ibm819": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-cp1252": "cp1252",
    "unicode-1-1-utf-8": "utf-8",
    "unicode11utf8": "utf-8",
    "unicode20utf8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "utf-16": "utf-16-le",
    "unicode": "utf-16-le",
    "ucs-2": "utf-16-le",
    "iso-8859-8-i": "iso8859_8",
    "iso-8859-6-i": "iso8859_6",
    "iso-8859-6-e": "iso8859_6",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "chinese": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "x-user-defined": "cp1252",
    # Arabic code pages under their WHATWG, Windows and .NET names.
    "x-cp1256": "cp1256",
    "dos-720": "cp720",
    "x-mac-arabic": "mac_arabic",
    "macarabic": "mac_arabic",
}

_META: Final = re.compile(rb"<meta\b([^>]*)>", re.IGNORECASE)
_CHARSET_ATTR: Final = re.compile(rb"""\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:+-]+)""", re.IGNORECASE)
_HTTP_EQUIV: Final = re.compile(rb"""\bhttp-equiv\s*=\s*["']?\s*content-type""", re.IGNORECASE)
_XML_DECL: Final = re.compile(rb"""^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:+-]+)["']""")
_WORD: Final = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from bytes, with the encoding used and whether that choice is trustworthy."""

    text: str
    encoding: str
    """Name of the encoding used (e.g. "utf-8", "windows-1256")."""
    confident: bool
    """False when the encoding was guessed from too little evidence (show "use --encoding")."""
    unread: int = 0
    """Invalid sequences no encoding tried could read, each shown as U+FFFD (damaged or mixed UTF-8)."""
    misfit: str | None = None
    """Why a forced encoding does not fit the bytes, naming the one that does (``--encoding`` only)."""


@cache
def _single_byte(codec: str) -> bool:
    """Whether ``codec`` reads every byte as one character (windows-1256, ISO-8859-6, KOI8-R, ...)."""
    if codec.startswith("utf"):
        return False
    try:
        return len(bytes(range(256)).decode(codec, "replace")) == 256
    except LookupError:
        return False


def _latin_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode bytes windows-1252 leaves undefined as the same code points (WHATWG behaviour)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return "".join(chr(b) for b in chunk), error.end


codecs.register_error("newstui-latin", _latin_fallback)


def _codec(label: str | None, *, document: bool = True) -> str | None:
    """The Python codec name for an encoding label, or None when the label names no text encoding.

    A ``document``'s own label (HTTP header, XML declaration, meta tag, a guess) never names UTF-7:
    the WHATWG Encoding Standard has no such label, since UTF-7 turns plain ASCII such as
    ``+ABsAXQ-`` into escape characters that a byte-level check never saw. ``--encoding utf-7``
    (``document=False``) still can.
    """
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    key = _LABELS.get(key, key)
    if not document and key == "utf-16-le" and label.strip().strip("\"'").lower() != key:
        key = "utf-16"  # --encoding utf-16 (unicode, ucs-2): the byte-order mark says which, as Python's codec
    try:
        info = codecs.lookup(key)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_ENCODINGS:
        return None
    if document and info.name == "utf-7":
        return None
    return info.name


_NOT_ENCODINGS: Final = frozenset({"undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape"})
"""Codecs Python marks as text encodings that are not a way to write a document's characters: one fails on
every byte, two are for host names, two read backslash escapes (``\\x1b`` would become an escape character)."""


def forced_codec(label: str) -> str | None:
    """The codec ``--encoding LABEL`` names (any label the decoder takes: WHATWG's, ``iso-8859-6-i``…), or None
    when it names no text encoding (``rot13`` and ``base64`` are codecs, not encodings)."""
    return _codec(label, document=False)


def _display(codec: str) -> str:
    """A familiar name for a Python codec name (cp1256 -> windows-1256, iso8859-6 -> iso-8859-6)."""
    if codec.startswith("cp125"):
        return "windows-" + codec[2:]
    if codec.startswith("iso8859-"):
        return "iso-8859-" + codec[8:]
    return codec


def _decode(data: bytes, codec: str) -> str:
    """Decode never failing: invalid sequences become U+FFFD (or latin code points for windows-1252)."""
    errors = "newstui-latin" if codec == "cp1252" else "replace"
    text = data.decode(codec, errors)
    return text[1:] if text.startswith("\ufeff") else text


def _strict(data: bytes, codec: str) -> str | None:
    """Decode, or None if the bytes are not valid in that encoding."""
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _bom(data: bytes) -> tuple[str, int] | None:
    """The encoding named by a byte-order mark and the mark's length."""
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return codec, len(mark)
    return None


def prescan(data: bytes) -> str | None:
    """The charset a document declares in its first 1024 bytes (XML declaration or ``<meta>``), if any.

    Args:
        data: the raw bytes.

    Returns:
        The label as written (not validated), or None.
    """
    head = data[:PRESCAN_BYTES]
    if head.startswith(b"<\x00?\x00x\x00"):
        return "utf-16-le"
    if head.startswith(b"\x00<\x00?\x00x"):
        return "utf-16-be"
    match = _XML_DECL.match(head)
    if match:
        return match.group(1).decode("ascii")
    for meta in _META.finditer(head):
        attrs = meta.group(1)
        found = _CHARSET_ATTR.search(attrs)
        if not found:
            continue
        # <meta charset=x> directly, or <meta http-equiv=content-type content="...; charset=x">.
        if _HTTP_EQUIV.search(attrs) or re.search(rb"(^|\s)charset\s*=", attrs, re.IGNORECASE):
            return found.group(1).decode("ascii")
    return None


_READS: Final = "newstui reads text, HTML and feeds"
_MAGIC: Final = (
    (re.compile(rb"\x1f\x8b"), "gzip-compressed: try zcat {file} | newstui"),
    # "BZh", the block size, then a block's magic (pi) or, for an empty stream, the end magic (sqrt pi):
    # "BZh" alone is a word a story may start with.
    (re.compile(rb"BZh[1-9](?:1AY&SY|\x17rE8P\x90)"), "bzip2-compressed: try bzcat {file} | newstui"),
    (re.compile(rb"\xfd7zXZ\x00"), "xz-compressed: try xzcat {file} | newstui"),
    (re.compile(rb"\x28\xb5\x2f\xfd"), "zstd-compressed: try zstdcat {file} | newstui"),
    (re.compile(rb"%PDF-\d\.\d[ \t]*(?:\r\n?|\n)"), "a PDF: " + _READS),  # (and ``_pdf_body``: not prose)
    (re.compile(rb"PK\x03\x04|PK\x05\x06"), "{zip}: " + _READS),
    (re.compile(rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), "an old Office document (doc, xls, ppt): " + _READS),
    # cpio: ASCII headers (new, new with CRC, old) are all hex or octal digits up to the name; the binary
    # header is its magic 070707 as a little- or big-endian number, and 24 bytes later a NUL-ended name.
    (re.compile(rb"(?:07070[12][0-9A-Fa-f]{104}|070707[0-7]{70})[^\x00]{1,1024}\x00"), "a cpio archive: " + _READS),
    (re.compile(rb"(?:\xc7\x71|\x71\xc7).{24}[^\x00]{0,255}\x00", re.DOTALL), "a cpio archive: " + _READS),
)
"""Binary formats known by their first bytes, and what to tell about them (one line)."""
_MAGIC_FIRST_BYTES: Final = frozenset(b"\x1fB\xfd\x28%P\xd00\xc7\x71")
"""The first bytes of the ``_MAGIC`` patterns: data starting otherwise is none of them."""
_PDF_OBJECT: Final = re.compile(rb"\d+[ \t\r\n]+\d+[ \t\r\n]+obj\b")
"""An object (``1 0 obj``), which a PDF has in its first kilobyte (a story whose first line is
``%PDF-1.7`` has none)."""
_PDF_BINARY_COMMENT: Final = re.compile(rb"%[\x80-\xff]{4}")
"""The comment of four high bytes (``%âãÏÓ``, not UTF-8) that marks a PDF binary, on its second line."""
_ZIP_KINDS: Final = (
    ("word/", "a Word document (docx)"),
    ("xl/", "an Excel workbook (xlsx)"),
    ("ppt/", "a PowerPoint file (pptx)"),
)
"""Office Open XML files (zip archives) by the folder of their entries' names."""
_ZIP_MIMETYPES: Final = (
    (b"application/epub+zip", "an EPUB book"),
    (b"application/vnd.oasis.opendocument", "an OpenDocument file (odt, ods)"),
)
"""EPUB and OpenDocument files (zip archives) by their first entry, ``mimetype``, stored uncompressed."""
_ZIP_MAX_ENTRIES: Final = 64
"""How many local file headers ``_zip_kind`` reads before calling the file a zip archive."""
_MAX_NULS_PER: Final = 512
"""Text may hold one stray NUL byte per this many bytes (at least one); binary data has one in 256 or more."""


def _zip_entries(data: bytes) -> list[tuple[str, bytes]]:
    """The names of a zip file's first entries, from their local file headers, each with the first bytes
    of its data when stored uncompressed (else b"")."""
    entries: list[tuple[str, bytes]] = []
    at = 0
    while len(entries) < _ZIP_MAX_ENTRIES and data.startswith(b"PK\x03\x04", at) and at + 30 <= len(data):
        flags, method = struct.unpack_from("<HH", data, at + 6)
        (size,) = struct.unpack_from("<I", data, at + 18)  # (compressed)
        name_length, extra_length = struct.unpack_from("<HH", data, at + 26)
        name = data[at + 30 : at + 30 + name_length].decode("utf-8", "replace")
        body = at + 30 + name_length + extra_length
        entries.append((name, data[body : body + min(size, 64)] if method == 0 else b""))
        if flags & 8 and size == 0:  # sizes in a data descriptor after the data: the next header is found
            found = data.find(b"PK\x03\x04", body)
            if found < 0:
                break
            at = found
        else:
            at = body + size
    return entries


def _zip_kind(data: bytes) -> str:
    """What kind of zip file ``data`` is (docx, xlsx, pptx, EPUB, OpenDocument), by its entries' names."""
    entries = _zip_entries(data)
    if entries and entries[0][0] == "mimetype":
        kind = next((name for mime, name in _ZIP_MIMETYPES if entries[0][1].startswith(mime)), None)
        if kind is not None:
            return kind
    for name, _ in entries:
        kind = next((kind for folder, kind in _ZIP_KINDS if name.startswith(folder)), None)
        if kind is not None:
            return kind
    return "a zip archive"


def _text_like(chunk: bytes) -> bool:
    """Whether bytes read as text: UTF-8 (a character may be cut off at the end), with no control byte."""
    return b"\x00" not in chunk and len(chunk.translate(None, _BINARY_CONTROLS)) == len(chunk) and _utf8_but_cut(chunk)


def _pdf_body(data: bytes, start: int) -> bool:
    """Whether what follows a PDF header line (ending at ``start``) is a PDF's: a binary comment or an object."""
    comment = _PDF_BINARY_COMMENT.match(data, start)
    if comment is not None and not _utf8_but_cut(comment.group()):
        return True
    return _PDF_OBJECT.search(data, start, PRESCAN_BYTES) is not None


def binary_kind(data: bytes, origin: str = "-") -> str | None:
    """What to tell about data whose first bytes name a binary format (gzip, zip, PDF ...), else None.

    Args:
        data: the raw bytes.
        origin: the file's name ("-" for stdin), for the command to try.
    """
    if not data or data[0] not in _MAGIC_FIRST_BYTES:
        return None
    for magic, message in _MAGIC:
        found = magic.match(data)
        if found is None:
            continue
        if data.startswith(b"%PDF-") and not _pdf_body(data, found.end()):
            return None  # prose about PDF whose first line is a version
        if data.startswith(b"BZh") and _text_like(data[: found.end() + 64]):
            return None  # a story that starts by naming bzip2's magic (compressed data is no text)
        import shlex  # (only for a binary file's line)

        if origin == "-":  # stdin: the command goes in the pipe before newstui
            message = message.replace("try ", "try … | ").replace(" {file}", "")
        zip_kind = _zip_kind(data) if "{zip}" in message else ""
        return message.format(file=shlex.quote(origin), zip=zip_kind)
    return None


def is_binary(data: bytes) -> bool:
    """Whether the bytes look like a binary file rather than text.

    Data whose first bytes name a binary format (gzip, zip, PDF ...) is binary. Otherwise, in the first
    8 KB: more than 10% C0 control bytes other than tab, newlines, form feed and ESC means binary; so do
    NUL bytes, unless they are a few (one in 512 bytes at most) in text that is otherwise clean: valid
    UTF-8, or hardly any other control byte. Data starting with a UTF-16/UTF-32 byte-order mark is text.
    """
    head = data[:BINARY_SNIFF_BYTES]
    if not head:
        return False
    found = _bom(head)
    if found and found[0] != "utf-8":
        return False
    if binary_kind(head) is not None:
        return True
    controls = len(head) - len(head.translate(None, _BINARY_CONTROLS))
    if controls > len(head) * 0.1:
        return True
    nuls = head.count(b"\x00")
    if not nuls:
        return False
    if nuls > max(1, len(head) // _MAX_NULS_PER):
        return True
    return controls * 100 > len(head) and not _utf8_but_cut(head)


def _utf8_but_cut(head: bytes) -> bool:
    """Whether the bytes are valid UTF-8, but for a character cut off at their end."""
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(head) - 3 and error.reason == "unexpected end of data"
    return True


_UTF16_TEXT_CONTROLS: Final = frozenset("\t\n\r\f")


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when bytes without a byte-order mark read as UTF-16 text, else None.

    In UTF-16 text of one or two scripts the high byte of each unit takes few values (0x00 for ASCII
    spaces, digits and line breaks, 0x06 for Arabic, 0x04 for Cyrillic); in binary data it takes them
    all. So: the three commonest high bytes cover 95 % of the units, at least 5 % are 0x00 (spaces and
    line breaks), and the first 8 KB decode strictly with (almost) no control character.
    """
    head = data[: min(len(data), BINARY_SNIFF_BYTES) & ~1]
    units = len(head) // 2
    if units < 8:
        return None
    for codec, high in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        counts: dict[int, int] = {}
        for byte in high:
            counts[byte] = counts.get(byte, 0) + 1
        common = sorted(counts.values(), reverse=True)[:3]
        if sum(common) < units * 0.95 or counts.get(0, 0) < units * 0.05:
            continue
        try:
            text = head.decode(codec)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for char in text if char < " " and char not in _UTF16_TEXT_CONTROLS)
        if controls <= units // 100:
            return codec
    return None


def _arabic_letter(char: str) -> bool:
    code = ord(char)
    return 0x0620 <= code <= 0x064A or 0x066E <= code <= 0x06D3 or 0x06FA <= code <= 0x06FF


_ARABIC_LETTERS: Final = "\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff"
"""The Arabic-script letters (``_arabic_letter``), as a character class."""
_ARABIC_LETTER: Final = re.compile(f"[{_ARABIC_LETTERS}]")
_ALL_ARABIC: Final = re.compile(f"[{_ARABIC_LETTERS}]+")
_NON_ASCII_LETTER: Final = re.compile(r"[^\W\d_\x00-\x7f]")
_PERSIAN_URDU: Final = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06d2\u0679\u0688\u06ba]")
"""Letters of Persian and Urdu that Arabic has not (پ چ ژ گ ک ے ٹ ڈ ں): text in those languages holds
``ال`` seldom (two words in forty, or none), so the article test does not apply to it."""

_ARABIC_CODE_PAGES: Final = ("cp1256", "iso8859-6", "mac-arabic", "cp720")
"""The Arabic code pages ``_guess_arabic`` tries, in the order ties go."""
_EVERY_BYTE_A_CHARACTER: Final = frozenset({"mac-arabic", "cp720"})
"""Arabic code pages that read any byte: text in another script reads as Arabic letters there too."""
_ARTICLE_SHARE: Final = 5
"""One Arabic word in this many (at least) must hold the article ``ال``, as Arabic text's do (one in two
or three): Cyrillic (KOI8-R in windows-1256), Greek, Hebrew or Thai read in an Arabic code page make
letters, but seldom ``ال``."""


def _arabic_reading(text: str) -> tuple[int, bool]:
    """The Arabic letters in all-Arabic words of ``text`` (-1 when Arabic and Latin letters mix inside
    words), and whether enough of its Arabic words hold ``ال`` (see ``_ARTICLE_SHARE``)."""
    arabic_words = mixed = letters = long_words = articles = 0
    for word in _WORD.findall(text):
        if _ALL_ARABIC.fullmatch(word):
            arabic_words += 1
            letters += len(word)
            count = len(word)
        else:
            count = len(_ARABIC_LETTER.findall(word))
            if not count:
                continue
            mixed += 1
        if count >= 2:
            long_words += 1
            articles += "\u0627\u0644" in word
    score = -1 if arabic_words == 0 or mixed * 10 > arabic_words else letters
    return score, bool(long_words) and articles * _ARTICLE_SHARE >= long_words


def _with_article(text: str) -> bool:
    """Whether text in windows-1256 reads as Arabic, Persian or Urdu by its words: enough of its Arabic
    words hold ``ال`` (see ``_ARTICLE_SHARE``), or some letter is Persian or Urdu's alone."""
    return _arabic_reading(text)[1] or _PERSIAN_URDU.search(text) is not None


def _guess_arabic(data: bytes) -> tuple[str, int, bool] | None:
    """windows-1256, ISO-8859-6, MacArabic or DOS Arabic (cp720) when the bytes read as mostly Arabic
    words in one of them (the most Arabic letters in all-Arabic words wins), its Arabic letters, and
    whether the reading has Arabic's words (``_with_article``: KOI8-R read as windows-1256 has not).

    MacArabic and cp720 read any byte: a reading there without ``ال`` is none. One in windows-1256 or
    ISO-8859-6 without it (nor a Persian or Urdu letter, in windows-1256) is kept but said to have none,
    when it has letters enough to be confident (short texts are a guess, told, all the same). A clear
    reading in either (confident, every non-ASCII letter Arabic, Arabic's words) ends the search: the
    code pages after them read such bytes with Latin letters among the Arabic.
    """
    best: tuple[str, int, bool] | None = None
    sample = data[:ARABIC_SAMPLE_BYTES]
    for codec in _ARABIC_CODE_PAGES:
        text = _strict(sample, codec)
        if text is None:
            continue
        high = len(_NON_ASCII_LETTER.findall(text))
        if not high:
            continue
        arabic = len(_ARABIC_LETTER.findall(text))
        if arabic * 2 < high:
            continue
        score, plausible = _arabic_reading(text)
        if score <= 0 or (codec in _EVERY_BYTE_A_CHARACTER and not plausible):
            continue
        if codec not in _EVERY_BYTE_A_CHARACTER and not plausible:
            plausible = score < MIN_DETECT_BYTES or (codec == "cp1256" and _PERSIAN_URDU.search(text) is not None)
        if best is None or (plausible, score) > (best[2], best[1]):
            best = (codec, score, plausible)
        if plausible and arabic == high and score >= MIN_DETECT_BYTES and codec not in _EVERY_BYTE_A_CHARACTER:
            break
    return best


def _detect(data: bytes, non_ascii: int) -> tuple[str, str] | None:
    """charset-normalizer's best guess among sensible candidates, or None."""
    if non_ascii < MIN_DETECT_BYTES:
        return None
    candidates = list(_SINGLE_BYTE_CANDIDATES)
    if non_ascii >= MIN_CJK_BYTES:
        candidates.extend(_CJK_CANDIDATES)
    try:
        import charset_normalizer

        best = charset_normalizer.from_bytes(data[:200_000], cp_isolation=candidates).best()
    except Exception:  # noqa: BLE001 - a detector bug must never stop reading
        return None
    if best is None or best.encoding is None:
        return None
    codec = _codec(best.encoding)
    if codec is None:
        return None
    return codec, _decode(data, codec)


def _non_ascii(data: bytes) -> int:
    """How many bytes are >= 0x80 (cheaply: bytes minus their ASCII-only translation)."""
    return len(data) - len(data.translate(None, bytes(range(128, 256))))


def _utf8_counts(data: bytes, non_ascii: int) -> tuple[str, int, int]:
    """``data`` as UTF-8 with U+FFFD for invalid sequences, its valid non-ASCII characters and its invalid sequences.

    Args:
        data: the bytes (no byte-order mark).
        non_ascii: how many of the bytes are >= 0x80.
    """
    text = data.decode("utf-8", "replace")
    # The decoder writes one U+FFFD per invalid sequence; a U+FFFD encoded in the data is a valid character.
    invalid = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    # Every ASCII byte is a character of its own: the other characters are valid non-ASCII ones or U+FFFD.
    valid = len(text) - (len(data) - non_ascii) - invalid
    return text, valid, invalid


def _mostly_utf8(data: bytes, non_ascii: int) -> str | None:
    """Damaged UTF-8 decoded with U+FFFD for the invalid sequences, or None when they are too many.

    Too many: fewer than ``MOSTLY_UTF8_RATIO`` valid non-ASCII characters per invalid sequence, or per
    run of them.
    """
    text, valid, invalid = _utf8_counts(data, non_ascii)
    if valid >= MOSTLY_UTF8_RATIO * invalid:
        return text
    # A few bad bytes together (a byte dropped into a letter breaks the letter too) are one damaged spot:
    # a short story is then read as UTF-8 all the same. Legacy single-byte text has no valid characters
    # to speak of, whatever its spots (each of its words is one).
    spots = max(0, len(_DAMAGE.findall(text)) - data.count(b"\xef\xbf\xbd"))
    return text if valid >= MOSTLY_UTF8_RATIO * spots else None


_MIXED_MAX_BYTES: Final = 1 << 20
"""Documents longer than this are not read word by word in two encodings (``_utf8_with_arabic_words``)."""


MIXED: Final = "utf-8 and windows-1256"
"""The encoding of text read word by word as UTF-8 or windows-1256 (``_utf8_with_arabic_words``)."""


_ARABIC_TEXT_MARKS: Final = frozenset("–—«»،؛؟“”‘’…\u00a0×÷°€\u200c\u200d")
"""Marks that Arabic text in windows-1256 holds outside words (dashes, quotation marks, ``،``, ``؟``): a word
of fewer than two Arabic letters is read in windows-1256 when its other non-ASCII characters are these."""
_IDLE_BETWEEN_LETTERS: Final = frozenset("\u200e\u200f\u00ad")
"""Invisible marks that do nothing between two Arabic letters (windows-1256's 0xFD, 0xFE, 0xAD): a direction
mark (both letters are right-to-left already) and the soft hyphen (Arabic is not hyphenated). No writer puts one
there, so bytes that read as one between letters (``\xff\xfe\xfd\xff``: ``ے``, RLM, LRM, ``ے``) make no word.
(A ZWNJ or a ZWJ does something there, alone: it keeps letters apart or joins them, as Persian writes ``می‌خواهم``.)"""


def _windows_1256_word(word: bytes) -> int | None:
    """How a blank-separated word that is not UTF-8 reads in windows-1256, judged by its letters.

    Returns its Arabic letters when it is an Arabic word (two letters or more, punctuation such as
    ``،`` and ``؟`` before, after or now and then between them); 0 when it has fewer than two Arabic
    letters and no other non-ASCII character but the marks of Arabic text (a lone ``–``, ``«``, a stray
    letter: read so, but no sign of windows-1256); None when it is not windows-1256: damaged UTF-8 (its
    UTF-8 reading keeps as many Arabic letters as it has bad bytes), letters of another script, a letter
    to every punctuation byte (UTF-8 Arabic read as windows-1256: ``ط§ظ„``), or bytes that make no word
    (``\xff\xfe\xfd`` would be ``ے`` and two direction marks, ``\x80\x81\x82`` ``€پ‚``, and
    ``\xff\xfe\xfd\xff`` two letters with direction marks between them: a word's letters are not kept apart
    by invisible marks that do nothing there, ``_IDLE_BETWEEN_LETTERS``).
    """
    utf8 = word.decode("utf-8", "replace")
    if len(_ARABIC_LETTER.findall(utf8)) >= utf8.count("\ufffd"):
        return None
    text = word.decode("cp1256", "replace")
    if _ALL_ARABIC.fullmatch(text):  # (the common case, cheaply)
        return len(text) if len(text) >= 2 else 0
    letters = latin = inner = pending = odd = 0
    # Since the last letter: nothing visible (``bare``), and the invisible marks there (``hidden``), idle ones
    # (``_IDLE_BETWEEN_LETTERS``) counted twice: between two letters, a ZWNJ or a ZWJ alone does something.
    bare, hidden = False, 0
    for char in text:
        if _arabic_letter(char) or char == "\u0640":  # (tatweel: a letter stretched)
            if bare and hidden > 1:
                return None  # letters kept apart by invisible marks that do nothing there
            letters += 1
            inner += pending
            pending = hidden = 0
            bare = True
        elif char.isascii():
            latin += char.isalpha()
            bare = False
        elif char.isalpha():
            return None  # é, œ: windows-1256's few Latin letters, not in an Arabic word
        else:
            category = unicodedata.category(char)
            odd += char not in _ARABIC_TEXT_MARKS and category != "Mn"
            if category not in ("Mn", "Cf"):  # (harakat, ZWNJ and ZWJ, the idle marks: invisible)
                bare = False
                pending += letters > 0
            elif category == "Cf":
                hidden += 2 if char in _IDLE_BETWEEN_LETTERS else 1
    if letters and latin:
        return None
    if letters < 2:
        return None if odd else 0
    return letters if inner * 4 <= letters else None


def _utf8_with_arabic_words(data: bytes) -> tuple[str, int] | None:
    """Text in UTF-8 but for some words in windows-1256 (two documents joined, a story pasted from another
    editor, a name typed in another program): each word in its own encoding, and how many bytes neither
    reads (shown as U+FFFD), or None when that is not what the bytes are.

    A word (bytes between blanks) that is not UTF-8 is read as windows-1256 when its letters there make
    an Arabic word, or when it has no letter of another script (a lone dash, a quotation mark); one that
    is neither (``_windows_1256_word``) is read as damaged UTF-8. Some word must be UTF-8 with two
    non-ASCII letters or more, and the Arabic words in windows-1256 must outnumber the unreadable ones.
    When the UTF-8 words are mostly in another script than Arabic (Russian), the text must read as
    Arabic, Persian or Urdu by its words (``_with_article``): KOI8-R's letters are windows-1256's too.
    """
    if len(data) > _MIXED_MAX_BYTES or _TWO_UTF8_IN_A_WORD.search(data) is None:
        return None  # (no word can be UTF-8 with two non-ASCII letters: windows-1256 alone, cheaply)
    texts: list[str] = []
    utf8: list[str] = []
    utf8_letters = False
    legacy = unreadable = unread = 0
    for word in _BLANKS.split(data):
        text = _strict(word, "utf-8")
        if text is not None:
            if not text.isascii():
                utf8_letters = utf8_letters or len(_NON_ASCII_LETTER.findall(text)) >= 2
                utf8.append(text)
            texts.append(text)
            continue
        letters = _windows_1256_word(word)
        if letters is None:
            text = word.decode("utf-8", "replace")
            unreadable += 1
            unread += text.count("\ufffd") - word.count(b"\xef\xbf\xbd")
        else:
            text = word.decode("cp1256", "replace")
            legacy += letters > 0
        texts.append(text)
    if not utf8_letters or legacy <= unreadable:
        return None
    text = "".join(texts)
    unicode = " ".join(utf8)
    if len(_ARABIC_LETTER.findall(unicode)) * 2 <= len(_NON_ASCII_LETTER.findall(unicode)) and not _with_article(text):
        return None  # Arabic letters without Arabic's words, beside another script: KOI8-R read as windows-1256
    return text, unread


_UTF8_CHARACTER: Final = rb"(?:[\xc2-\xdf]|[\xe0-\xef][\x80-\xbf]|[\xf0-\xf4][\x80-\xbf]{2})[\x80-\xbf]"
_TWO_UTF8_IN_A_WORD: Final = re.compile(_UTF8_CHARACTER + rb"\S*?" + _UTF8_CHARACTER)
"""Two multi-byte UTF-8 characters (loosely) in one blank-separated word, which a word of UTF-8 with two
non-ASCII letters has; windows-1256 Arabic seldom (its letters are lead bytes, seldom followed by 0x80-0xBF)."""
_BLANKS: Final = re.compile(rb"(\s+)")
"""Splits bytes into words, the blanks kept (as their own items)."""


def _empty(origin: str) -> NotReadable:
    return NotReadable("empty input" if origin == "-" else "empty file")


def decode_bytes(
    data: bytes, *, declared: str | None = None, forced: str | None = None, origin: str = "-"
) -> DecodedText:
    """Decode a document's bytes to text, choosing the encoding in WHATWG order.

    Order: ``forced`` (the user's ``--encoding``) > byte-order mark > ``declared`` (transport charset)
    > ``<meta charset>`` / XML declaration in the first 1024 bytes > strict UTF-8 > mostly valid
    UTF-8 (invalid sequences become U+FFFD) > Arabic windows-1256 / ISO-8859-6 check >
    charset-normalizer among sensible candidates > windows-1252.
    A transport label of ISO-8859-1/ASCII/windows-1252 (a common server default) yields to a ``<meta>``
    declaration, to valid or mostly valid UTF-8 and to bytes that read as Arabic. Any other label, transport
    or ``<meta>``, naming a one-byte code page yields to valid UTF-8 with multi-byte letters
    (``MIN_UTF8_OVER_LABEL``), which text in a one-byte code page never is.

    Args:
        data: the raw bytes.
        declared: charset from the transport (HTTP ``Content-Type``), if any.
        forced: encoding the user asked for; overrides everything.
        origin: where the bytes came from ("-" for stdin), used in messages.

    Returns:
        The decoded text (not yet sanitized), the encoding used and whether it is a confident choice.

    Raises:
        UsageError: ``forced`` names no text encoding.
        NotReadable: the data is binary, empty or only whitespace.
    """
    if forced is None and declared is None:
        fast = _plain_utf8(data)
        if fast is not None:
            return fast
    forced_name: str | None = None
    if forced is not None:
        forced_name = _codec(forced, document=False)
        if forced_name is None:
            raise UsageError(f"unknown encoding: {forced}")
    if not data.strip():
        raise _empty(origin)
    if forced_name is None:
        _refuse_utf7(data, declared)
    bom = _bom(data)
    declared_codec = _codec(declared)
    wide = ("utf-16", "utf-32")
    trusted_wide = any(
        c is not None and c.startswith(wide) for c in (forced_name, declared_codec, bom[0] if bom else None)
    )
    if not trusted_wide and is_binary(data):
        kind = binary_kind(data, origin)
        if kind is not None:
            raise NotReadable(kind)
        sniffed = _codec(prescan(data))
        if not (sniffed and sniffed.startswith(wide)):
            utf16 = _utf16_without_bom(data)
            if utf16 is None:
                raise NotReadable("binary file, not text")
            if forced_name is not None:  # decoded as asked; the note names UTF-16 (``_misfit``)
                result = _choose(data, forced_name, bom, declared_codec)
                if not result.text.strip():
                    raise _empty(origin)
                return result
            text = _decode(data[: len(data) & ~1], utf16)
            if not text.strip():
                raise _empty(origin)
            return DecodedText(text, utf16, False)

    result = _choose(data, forced_name, bom, declared_codec)
    if not result.text.strip():
        raise _empty(origin)
    return result


_UTF7_NAMED: Final = re.compile(rb"utf-?7", re.IGNORECASE)
"""A cheap look for a UTF-7 label before the prescan (``_refuse_utf7``)."""


def _names_utf7(label: str | None) -> bool:
    """Whether an encoding label (HTTP, ``<meta>``, XML declaration) names UTF-7 (``utf7``, ``UTF-7``…)."""
    if not label or "7" not in label:
        return False
    key = label.strip().strip("\"'").lower()
    try:
        return codecs.lookup(_LABELS.get(key, key)).name == "utf-7"
    except (LookupError, ValueError):
        return False


def _refuse_utf7(data: bytes, declared: str | None) -> None:
    """Raise NotReadable, naming ``--encoding utf-7``, for a document that declares UTF-7 (transport charset,
    ``<meta>`` or XML declaration) and is written in it: its letters would show as ``+BjkGRg…``, as the label is
    not followed (``_codec``). A document that reads the same in UTF-7 and ASCII, or is no UTF-7 at all (not
    7-bit, or not valid in it), is read as before, the label ignored."""
    named = _names_utf7(declared)
    if not named and _UTF7_NAMED.search(data, 0, PRESCAN_BYTES) is not None:
        named = _names_utf7(prescan(data))
    if not named or not data.isascii():
        return
    try:
        text = data.decode("utf-7")
    except UnicodeDecodeError:
        return
    if _written_in_utf7(text):
        raise NotReadable(
            "declares the UTF-7 encoding, which newstui does not follow (nor do browsers); to read it as UTF-7: "
            "--encoding utf-7"
        )


_UTF7_SCRIPTS: Final = ((0x00A0, 0x058F), (0x0590, 0x08FF), (0x2000, 0x206F), (0xFB50, 0xFEFF))
"""What a document written in UTF-7 spells with its shifted runs: Latin with accents, Greek, Cyrillic, Hebrew,
Arabic and its presentation forms, punctuation. A stray ``+`` before letters (``EU+USA``) decodes to an
arbitrary character, most often a CJK or Hangul one, and rarely in these."""


def _written_in_utf7(text: str) -> bool:
    """Whether a document's UTF-7 reading spells real text: at least 4 characters beyond ASCII, three in four of
    them in ``_UTF7_SCRIPTS`` (not a stray ``+USA`` or two read as a shifted run)."""
    wide = [ord(char) for char in text if ord(char) > 0x7F]
    if len(wide) < 4:
        return False
    spelled = sum(1 for code in wide if any(low <= code <= high for low, high in _UTF7_SCRIPTS))
    return spelled * 4 >= len(wide) * 3


def _plain_utf8(data: bytes) -> DecodedText | None:
    """The common case decoded cheaply: no BOM, no charset declaration but UTF-8, not binary, valid UTF-8.

    Returns exactly what ``decode_bytes`` returns for such data without a forced or transport
    encoding, or None when the data needs the full decision (or an error).
    """
    if not data or data[0] in _BOM_FIRST_BYTES or data.isspace():
        return None  # a possible byte-order mark, or empty / blank input
    if data[0] in _MAGIC_FIRST_BYTES and binary_kind(data) is not None:
        return None  # a PDF may be all ASCII: decode_bytes refuses it by its first bytes
    head = data[:BINARY_SNIFF_BYTES]
    if b"\x00" in head or len(head) - len(head.translate(None, _BINARY_CONTROLS)) > len(head) * 0.1:
        return None  # binary: is_binary says so and decode_bytes raises
    if data.find(b"<", 0, PRESCAN_BYTES) >= 0:
        label = prescan(data)
        if label is not None and _codec(label) != "utf-8":
            return None  # a <meta charset> or XML declaration naming another encoding comes first
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if text.isspace():
        return None  # Unicode whitespace only: empty
    return DecodedText(text, "utf-8", True)


_BOM_FAMILIES: Final = ("utf-16", "utf-32")
"""Forced encodings whose byte order the byte-order mark gives (``--encoding utf-16``)."""


def _same_encoding(bom: str, codec: str) -> bool:
    """Whether a byte-order mark's encoding is ``codec`` (``utf-8-sig`` is UTF-8)."""
    return bom == codec or (bom == "utf-8" and codec == "utf-8-sig")


def _misfit(data: bytes, forced: str, bom: tuple[str, int] | None) -> str | None:
    """Why bytes are plainly not in the encoding the user forced, naming the one they are in, or None.

    Plainly: they start with another encoding's byte-order mark; they are valid UTF-8 with multi-byte
    letters (which text in a one-byte code page never is) forced to a one-byte code page; they read as
    UTF-16 text (``_utf16_without_bom``) in the other byte order than the one forced, or forced to
    anything but UTF-16 or UTF-32. (Bytes a forced encoding cannot read at all show as U+FFFD, counted
    by the note.)
    """
    if bom is not None and not _same_encoding(bom[0], forced):
        return f"it starts with a {bom[0]} byte-order mark; try --encoding {bom[0]}"
    if bom is not None:
        return None
    if _single_byte(forced):
        sample = data[:ARABIC_SAMPLE_BYTES]
        saved = len(sample) - len(sample.decode("utf-8", "ignore"))  # (continuation bytes of multi-byte letters)
        if saved >= MIN_UTF8_OVER_LABEL and _utf8_but_cut(sample):
            return "it is valid UTF-8 with multi-byte letters; try --encoding utf-8"
    if not forced.startswith("utf-32"):
        utf16 = _utf16_without_bom(data)
        if utf16 is not None and utf16 != forced:
            return f"it reads as {utf16} text; try --encoding {utf16}"
    return None


def _utf8_over_label(data: bytes, label: str) -> DecodedText | None:
    """The bytes read as UTF-8 when a label (HTTP or ``<meta>``) names a one-byte code page over valid UTF-8
    with multi-byte letters (``MIN_UTF8_OVER_LABEL``): a CMS template that says ``windows-1256`` over a
    UTF-8 page. Else None: the label is multi-byte, or the bytes are not such UTF-8."""
    if not _single_byte(label):
        return None
    text = _strict(data, "utf-8")
    if text is None or len(text) > len(data) - MIN_UTF8_OVER_LABEL:
        return None
    return DecodedText(text, "utf-8", True)


_ARABIC_TWINS: Final = {"cp1256": "iso8859-6", "iso8859-6": "cp1256"}
"""The two Arabic code pages a label confuses: each one's letters are the other's at other bytes."""
_C1_CONTROL: Final = re.compile("[\x80-\x9f]")
_GLUED_LATIN: Final = re.compile(
    f"[{_ARABIC_LETTERS}][^\\W\\d_\x00-\x7f\u0600-\u06ff]|[^\\W\\d_\x00-\x7f\u0600-\u06ff][{_ARABIC_LETTERS}]"
    f"|[{_ARABIC_LETTERS}][\u00d7\u00f7][{_ARABIC_LETTERS}]"
)
"""A Latin letter (é, ç, â) against an Arabic letter, or × or ÷ between two: no word is written so; ISO-8859-6's
ه و ي ق ط read in windows-1256 are."""
_MISPLACED_MARK: Final = re.compile(
    f"(?<![{_ARABIC_LETTERS}\u0640\u064b-\u0652])[\u064b-\u0652]"
    f"|[\u064c\u064d][{_ARABIC_LETTERS}]|\u064b(?![\u0627\u0649])[{_ARABIC_LETTERS}]"
)
"""A haraka that follows no letter (a word cannot start with one), or a tanween inside a word (only ``ًا`` and
``ًى`` are written so): windows-1256's ي and ى read in ISO-8859-6 are tanween."""
MIN_TWIN_WORDS: Final = 8
"""Arabic words (of two letters or more) a reading needs before its lack of ``ال``, against the other code
page's reading that has Arabic's share of it, tells that it is the wrong one (``_long_without_articles``)."""


def _articles(text: str) -> tuple[int, int]:
    """The Arabic words of two letters or more in ``text`` (a sample of it), and how many hold ``ال``."""
    words = [word for word in _ALL_ARABIC.findall(text[:ARABIC_SAMPLE_BYTES]) if len(word) >= 2]
    return len(words), sum("\u0627\u0644" in word for word in words)


def _wrong_arabic(text: str) -> bool:
    """Whether a reading of Arabic bytes (a sample of it) is plainly not the text written: a C1 control
    character, a Latin letter glued to an Arabic one, or a haraka or tanween where none can stand."""
    sample = text[:ARABIC_SAMPLE_BYTES]
    return any(pattern.search(sample) is not None for pattern in (_C1_CONTROL, _GLUED_LATIN, _MISPLACED_MARK))


def _right_arabic(text: str) -> bool:
    """Whether a reading is plainly Arabic text: Arabic words, every non-ASCII letter Arabic, and none of the
    signs of a wrong reading (``_wrong_arabic``)."""
    score, _ = _arabic_reading(text[:ARABIC_SAMPLE_BYTES])
    if score <= 0 or _wrong_arabic(text):
        return False
    return len(_NON_ASCII_LETTER.findall(text)) == len(_ARABIC_LETTER.findall(text))


def _long_without_articles(text: str) -> bool:
    """Whether ``text`` is long (``MIN_TWIN_WORDS`` Arabic words) and none of its Arabic words holds ``ال``:
    a short text or a headline may lack the article, a paragraph seldom."""
    words, articles = _articles(text)
    return words >= MIN_TWIN_WORDS and not articles


def _with_articles(text: str) -> bool:
    """Whether Arabic's share of ``text``'s Arabic words hold ``ال`` (``_ARTICLE_SHARE``)."""
    words, articles = _articles(text)
    return articles * _ARTICLE_SHARE >= words > 0


def _arabic_twin(data: bytes, label: str, text: str) -> DecodedText | None:
    """The bytes in ISO-8859-6 when labelled windows-1256 (or the reverse), when the label's reading is plainly
    wrong and the other one plainly right (``_right_arabic``). Plainly wrong: control characters, Latin letters
    inside Arabic words ("انبندêة"), tanween inside a word (``_wrong_arabic``), or a long text without a single
    ``ال`` where the other has Arabic's share of them (``_long_without_articles``). A short text without ``ال``
    is no sign: ``انتخابات`` in windows-1256 reads ``التخابات`` in ISO-8859-6. None otherwise (the label stands)."""
    twin = _ARABIC_TWINS.get(label)
    if twin is None:
        return None
    wrong = _wrong_arabic(text)
    if not wrong and not _long_without_articles(text):
        return None  # (the common case: the label reads Arabic, the other code page is not tried)
    other = _strict(data, twin)
    if other is None or not _right_arabic(other) or not (wrong or _with_articles(other)):
        return None
    return DecodedText(other, _display(twin), True)


def _labelled(data: bytes, label: str) -> DecodedText | None:
    """The bytes in the encoding a label (HTTP or ``<meta>``) names, or in the Arabic code page it confuses
    with it (``_arabic_twin``); None when they are not valid in it."""
    text = _strict(data, label)
    if text is None:
        return None
    return _arabic_twin(data, label, text) or DecodedText(text, _display(label), True)


def _false_utf16_mark(data: bytes, bom: tuple[str, int]) -> bool:
    """Whether a UTF-16 byte-order mark stands over bytes that are no UTF-16: read in it, they hold a lone
    surrogate (UTF-8 Arabic's lead bytes D8 and D9 make one), which no UTF-16 writer produces. A last odd byte
    (a file cut short) does not count."""
    if not bom[0].startswith("utf-16"):
        return False
    body = data[bom[1] :]
    return _strict(body[: len(body) & ~1], bom[0]) is None


def _choose(data: bytes, forced: str | None, bom: tuple[str, int] | None, declared: str | None) -> DecodedText:
    """Pick the encoding (see ``decode_bytes``) and decode."""
    if forced is not None:
        if forced in _BOM_FAMILIES:  # "utf-16": the byte-order mark says which, little-endian without one
            forced = bom[0] if bom and bom[0].startswith(forced) else forced + "-le"
        if bom and _same_encoding(bom[0], forced):
            data = data[bom[1] :]
        misfit = _misfit(data, forced, bom)
        return DecodedText(_decode(data, forced), _display(forced), True, misfit=misfit)
    if bom is not None and not _false_utf16_mark(data, bom):
        return DecodedText(_decode(data[bom[1] :], bom[0]), bom[0], True)
    if bom is not None:  # FF FE over text that is no UTF-16 (a corrupted file): the mark dropped, the rest read
        data, bom = data[bom[1] :], None

    fallback: str | None = None
    weak = declared in _WEAK
    if declared is not None and not weak:
        utf8 = _utf8_over_label(data, declared)
        if utf8 is not None:
            return utf8
        labelled = _labelled(data, declared)
        if labelled is not None:
            return labelled
        fallback = declared

    meta = _codec(prescan(data))
    if meta is not None and meta.startswith("utf-16") and not data[:2].count(b"\x00"):
        meta = "utf-8"  # WHATWG: a <meta> naming UTF-16 in ASCII-compatible bytes means UTF-8
    if meta is not None and meta != fallback:
        utf8 = _utf8_over_label(data, meta)
        if utf8 is not None:
            return utf8
        labelled = _labelled(data, meta)
        if labelled is not None:
            return labelled
        fallback = fallback or meta

    non_ascii = _non_ascii(data)
    text = _strict(data, "utf-8")
    if text is not None and (non_ascii or not weak):
        return DecodedText(text, "utf-8", True)
    if text is None and _SPLIT_CHARACTER.search(data) is not None:
        data = _SPLIT_CHARACTER.sub(b"", data)  # the letters ``fold`` cut in two, whole again
        text = _strict(data, "utf-8")
        if text is not None:
            return DecodedText(text, "utf-8", True)
    if text is None:
        mixed = _utf8_with_arabic_words(data)
        if mixed is not None:
            return DecodedText(mixed[0], MIXED, True, unread=mixed[1])
        text = _mostly_utf8(data, non_ascii)
        if text is not None:
            unread = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
            return DecodedText(text, "utf-8", True, unread=unread)

    arabic = _guess_arabic(data)
    if arabic is not None and arabic[2] and (not weak or arabic[1] >= MIN_OVERRIDE_LETTERS):
        codec, letters, _ = arabic
        return DecodedText(_decode(data, codec), _display(codec), letters >= MIN_DETECT_BYTES)

    if weak and declared is not None:
        return DecodedText(_decode(data, declared), _display(declared), True)
    if fallback is not None:
        return DecodedText(_decode(data, fallback), _display(fallback), False)

    detected = _detect(data, non_ascii)
    if arabic is not None and (detected is None or detected[0] in _ARABIC_CODE_PAGES):
        # Arabic letters without Arabic's words (KOI8-R in windows-1256), which the detector does not
        # read otherwise: a guess, told.
        return DecodedText(_decode(data, arabic[0]), _display(arabic[0]), False)
    if detected is not None:
        return DecodedText(detected[1], _display(detected[0]), True)
    return DecodedText(_decode(data, "cp1252"), "windows-1252", False)
