"""decode_bytes / is_binary: WHATWG encoding order, Arabic legacy encodings, binary and empty input."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstui.errors import NotReadable, UsageError
from newstui.text import decode
from newstui.text.decode import decode_bytes, is_binary, prescan

# Original sentences written for these tests.
AR_SHORT = "العربية"
AR_TITLE = "أمطار غزيرة تغلق طريق الجبل"
AR_LONG = (
    "قال وزير الزراعة إن موسم الحصاد هذا العام جاء أفضل من المتوقع بفضل الأمطار المبكرة، "
    "وإن الوزارة ستشتري القمح من المزارعين بسعر ثابت حتى نهاية الصيف."
)
EN = "The ferry leaves at nine and returns before midnight."
FR = "Le café du port ouvre à sept heures; l'été, on déjeune dehors près de la fenêtre."


def _html_with_meta(charset: str, body: str, encoding: str) -> bytes:
    return f'<html><head><meta charset="{charset}"><title>t</title></head><body><p>{body}</p></body></html>'.encode(
        encoding
    )


DECODE_CASES = [
    ("utf8", AR_LONG.encode("utf-8"), None, None, "utf-8", AR_LONG, True),
    ("utf8-bom", codecs.BOM_UTF8 + AR_LONG.encode("utf-8"), None, None, "utf-8", AR_LONG, True),
    ("utf16le-bom", codecs.BOM_UTF16_LE + AR_LONG.encode("utf-16-le"), None, None, "utf-16-le", AR_LONG, True),
    ("utf16be-bom", codecs.BOM_UTF16_BE + AR_LONG.encode("utf-16-be"), None, None, "utf-16-be", AR_LONG, True),
    ("utf32le-bom", codecs.BOM_UTF32_LE + EN.encode("utf-32-le"), None, None, "utf-32-le", EN, True),
    ("cp1256-short", AR_SHORT.encode("cp1256"), None, None, "windows-1256", AR_SHORT, False),
    ("cp1256-title", AR_TITLE.encode("cp1256"), None, None, "windows-1256", AR_TITLE, False),
    ("cp1256-long", AR_LONG.encode("cp1256"), None, None, "windows-1256", AR_LONG, True),
    ("iso-8859-6-long", AR_LONG.encode("iso8859_6"), None, None, "iso-8859-6", AR_LONG, True),
    ("declared-cp1256", AR_TITLE.encode("cp1256"), "windows-1256", None, "windows-1256", AR_TITLE, True),
    ("latin1-header-but-cp1256", AR_LONG.encode("cp1256"), "iso-8859-1", None, "windows-1256", AR_LONG, True),
    ("latin1-header-french", FR.encode("cp1252"), "iso-8859-1", None, "windows-1252", FR, True),
    ("ascii", EN.encode("ascii"), None, None, "utf-8", EN, True),
    ("undeclared-french", FR.encode("cp1252"), None, None, "windows-1252", FR, False),
    ("forced-over-bom", codecs.BOM_UTF8 + EN.encode(), None, "utf-8", "utf-8", EN, True),
    ("forced-over-declared", AR_LONG.encode("iso8859_6"), "windows-1256", "iso-8859-6", "iso-8859-6", AR_LONG, True),
]


class TestDecodeBytes:
    @pytest.mark.parametrize(
        ("data", "declared", "forced", "encoding", "text", "confident"),
        [case[1:] for case in DECODE_CASES],
        ids=[case[0] for case in DECODE_CASES],
    )
    def test_decodes_in_whatwg_order(
        self, data: bytes, declared: str | None, forced: str | None, encoding: str, text: str, confident: bool
    ) -> None:
        """Each input decodes to the original text with the expected encoding and confidence."""
        result = decode_bytes(data, declared=declared, forced=forced)
        assert (result.text, result.encoding, result.confident) == (text, encoding, confident)

    @pytest.mark.parametrize("text", [AR_SHORT, AR_TITLE, AR_LONG], ids=["word", "title", "sentence"])
    def test_undeclared_cp1256_never_becomes_cjk(self, text: str) -> None:
        """Undeclared windows-1256 Arabic of any length decodes to Arabic letters, not a CJK guess."""
        result = decode_bytes(text.encode("cp1256"))
        assert result.text == text
        assert not any(0x3040 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF for c in result.text)

    def test_meta_charset_wins_without_transport_charset(self) -> None:
        """A cp1256 page that declares its charset only in <meta> decodes as windows-1256."""
        data = _html_with_meta("windows-1256", AR_TITLE, "cp1256")
        result = decode_bytes(data)
        assert result.encoding == "windows-1256" and AR_TITLE in result.text

    def test_meta_beats_a_default_latin1_header(self) -> None:
        """A server's default ISO-8859-1 header yields to the page's <meta charset=windows-1256>."""
        data = _html_with_meta("windows-1256", AR_TITLE, "cp1256")
        result = decode_bytes(data, declared="ISO-8859-1")
        assert result.encoding == "windows-1256" and AR_TITLE in result.text

    def test_specific_header_beats_meta(self) -> None:
        """A specific transport charset (not the Latin-1 default) wins over <meta>, as WHATWG says."""
        data = _html_with_meta("windows-1256", AR_TITLE, "utf-8")
        result = decode_bytes(data, declared="utf-8")
        assert result.encoding == "utf-8" and AR_TITLE in result.text

    def test_xml_declaration_is_read(self) -> None:
        """The encoding in an XML declaration is used when nothing stronger exists."""
        data = f'<?xml version="1.0" encoding="ISO-8859-6"?><rss><title>{AR_TITLE}</title></rss>'.encode("iso8859_6")
        result = decode_bytes(data)
        assert result.encoding == "iso-8859-6" and AR_TITLE in result.text

    @pytest.mark.parametrize(
        ("declared", "meta"), [("utf-7", None), ("UTF7", None), (None, "utf-7")], ids=["header", "alias", "meta"]
    )
    def test_a_document_cannot_declare_utf7(self, declared: str | None, meta: str | None) -> None:
        """UTF-7 turns plain ASCII into escapes (+ABs- is ESC): a page or feed cannot ask for it (WHATWG has
        no such label); the bytes are read as the ASCII they are."""
        body = "Harbour news +ABsAXQ-2;PWNED+AAc- today"
        data = _html_with_meta(meta, body, "ascii") if meta else body.encode("ascii")
        result = decode_bytes(data, declared=declared)
        assert "\x1b" not in result.text and "+ABsAXQ-2;PWNED+AAc-" in result.text

    def test_the_user_may_still_force_utf7(self) -> None:
        assert decode_bytes(b"Hi +ACE-", forced="utf-7").text == "Hi !"

    def test_invalid_utf8_declared_falls_back_without_raising(self) -> None:
        """Bytes that are invalid in the declared charset still decode (replacement characters, not confident)."""
        result = decode_bytes(b"caf\xe9 \xff\xfe ok", declared="utf-8")
        assert "ok" in result.text and result.confident is False

    @pytest.mark.parametrize(
        ("data", "expected"),
        [
            ("وسم #التعليم_الرقمي".encode()[:15] + b"\n" + "وسم #التعليم_الرقمي".encode()[15:], "وسم #التعليم_الرقمي"),
            (b"caf\xc3\r\n\xa9 ok", "caf\u00e9 ok"),  # a CRLF file
            (
                "شعار 🎉 كبير".encode()[:11] + b"\n" + "شعار 🎉 كبير".encode()[11:],
                "شعار 🎉 كبير",
            ),  # 4 bytes, cut after 2
            ("€ sign".encode()[:2] + b"\n" + "€ sign".encode()[2:], "€ sign"),  # 3 bytes, cut after 2
        ],
        ids=["arabic", "crlf", "emoji", "euro"],
    )
    def test_a_letter_cut_in_two_by_a_line_break_is_whole_again(self, data: bytes, expected: str) -> None:
        """``fold`` counts bytes: a line break inside a UTF-8 character is taken out, and the text is UTF-8."""
        decoded = decode_bytes(data)
        assert (decoded.text, decoded.encoding) == (expected, "utf-8")

    @pytest.mark.parametrize("data", [b"ab\n\xa9", b"\xc3\n\n\xa9", b"\xe2\x82\xac\n\xa9"])
    def test_a_line_break_after_a_whole_character_stays(self, data: bytes) -> None:
        """Only a break after an unfinished character is taken out: after a whole one (``€``), after
        ASCII or a blank line the bytes stay as they are."""
        assert "\n" in decode_bytes(data).text

    @pytest.mark.parametrize("label", ["windows-1256", "iso-8859-6", "koi8-r"])
    def test_valid_utf8_beats_a_single_byte_transport_label(self, label: str) -> None:
        """A server that labels a UTF-8 page windows-1256 (a common setting on Arabic sites): the page
        is valid UTF-8 with many multi-byte letters, which text in that charset never is."""
        page = '<meta charset="utf-8"><h1>وزارة التعليم تعلن خطة جديدة للمدارس</h1>'.encode()
        assert decode_bytes(page, declared=label) == decode.DecodedText(page.decode(), "utf-8", True)

    @pytest.mark.parametrize(
        ("data", "label", "expected"),
        [
            ("وزارة التعليم تعلن خطة جديدة للمدارس".encode("cp1256"), "windows-1256", "windows-1256"),
            ("café".encode(), "windows-1256", "windows-1256"),  # one multi-byte letter: the label stands
        ],
        ids=["cp1256-text", "short"],
    )
    def test_the_label_stands_otherwise(self, data: bytes, label: str, expected: str) -> None:
        assert decode_bytes(data, declared=label).encoding == expected

    def test_windows_1252_undefined_bytes_never_raise(self) -> None:
        """Bytes windows-1252 leaves undefined (0x81, 0x8D, 0x9D) decode like WHATWG instead of failing."""
        result = decode_bytes(b"abc \x81\x8d\x9d def", declared="iso-8859-1")
        assert result.text == "abc \x81\x8d\x9d def"

    @pytest.mark.parametrize(
        "name",
        ["klingon-8", "base64", "rot13", "undefined", "idna", "punycode", "unicode_escape", "raw_unicode_escape"],
    )
    def test_forced_unknown_encoding_is_a_usage_error(self, name: str) -> None:
        """--encoding with a name that is not a text encoding raises UsageError naming it (codecs Python marks as
        text encodings but that are not ways of writing a document: host names, escapes, one that always fails)."""
        with pytest.raises(UsageError, match=name):
            decode_bytes(EN.encode(), forced=name)

    @pytest.mark.parametrize("label", ["unicode_escape", "raw-unicode-escape", "idna", "punycode", "undefined"])
    def test_a_document_label_naming_no_encoding_is_passed_over(self, label: str) -> None:
        """A page declaring such a codec is decoded as if it declared nothing: ``\\x1b`` stays four characters."""
        data = "خبر \\x1b[2J عاجل".encode()
        result = decode_bytes(data, declared=label)
        assert result.text == "خبر \\x1b[2J عاجل" and result.encoding == "utf-8"


class TestNotReadable:
    @pytest.mark.parametrize(
        "data",
        [b"", b"   \n\t  \r\n", codecs.BOM_UTF16_LE + "  \n".encode("utf-16-le")],
        ids=["empty", "whitespace", "utf16-whitespace"],
    )
    def test_empty_input(self, data: bytes) -> None:
        """Empty or whitespace-only data is NotReadable("empty file")."""
        with pytest.raises(NotReadable, match="empty file"):
            decode_bytes(data, origin="a.txt")

    def test_empty_stdin_says_input(self) -> None:
        """Empty stdin reads as "empty input"."""
        with pytest.raises(NotReadable, match="empty input"):
            decode_bytes(b"", origin="-")

    @pytest.mark.parametrize(
        "data",
        [
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
            b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" + bytes(range(256)),
            b"text with NULs\x00\x00 inside",  # (one stray NUL in valid UTF-8 is text: test_decode_audit)
            bytes(range(1, 9)) * 50,
        ],
        ids=["png", "elf", "nuls", "controls"],
    )
    def test_binary_is_refused(self, data: bytes) -> None:
        """Binary data raises NotReadable("binary file, not text")."""
        with pytest.raises(NotReadable, match="binary file, not text"):
            decode_bytes(data)


class TestIsBinary:
    @pytest.mark.parametrize(
        ("data", "expected"),
        [
            (b"plain text\n", False),
            (b"\x1b[31mred\x1b[0m log line\n", False),
            (codecs.BOM_UTF16_LE + "نص".encode("utf-16-le"), False),
            (codecs.BOM_UTF16_BE + "text".encode("utf-16-be"), False),
            (b"a\x00\x00b", True),
            (b"\x01\x02\x03\x04 abc", True),
            (b"", False),
        ],
        ids=["text", "ansi-escapes", "utf16le-bom", "utf16be-bom", "nuls", "controls", "empty"],
    )
    def test_classifies(self, data: bytes, expected: bool) -> None:
        """NULs or many C0 controls mean binary; UTF-16 with a BOM and ANSI-coloured text do not."""
        assert is_binary(data) is expected


class TestPrescan:
    @pytest.mark.parametrize(
        ("data", "expected"),
        [
            (b'<meta charset="windows-1256">', "windows-1256"),
            (b"<META CHARSET=iso-8859-6>", "iso-8859-6"),
            (b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">', "windows-1256"),
            (b'<meta content="text/html; charset=utf-8" http-equiv="content-type">', "utf-8"),
            (b'<?xml version="1.0" encoding="windows-1256"?><rss/>', "windows-1256"),
            (b'<meta name="description" content="charset=koi8-r is not a declaration">', None),
            (b" " * 1100 + b'<meta charset="windows-1256">', None),
        ],
        ids=["meta-charset", "upper-unquoted", "http-equiv", "http-equiv-after", "xml-decl", "other-meta", "late"],
    )
    def test_finds_declarations_in_first_kilobyte(self, data: bytes, expected: str | None) -> None:
        """<meta charset>, http-equiv content-type and the XML declaration are found in the first 1024 bytes."""
        assert prescan(data) == expected


class TestNeverRaises:
    @settings(max_examples=300, deadline=None)
    @given(st.binary(max_size=600), st.sampled_from([None, "utf-8", "iso-8859-1", "bogus", "utf-16"]))
    def test_arbitrary_bytes(self, data: bytes, declared: str | None) -> None:
        """Arbitrary bytes with any declared charset give DecodedText or NotReadable, never another error."""
        try:
            result = decode_bytes(data, declared=declared)
        except NotReadable:
            return
        assert isinstance(result.text, str) and result.text.strip()


def _outcome(data: bytes) -> tuple[str, str, bool] | str:
    """decode_bytes's result as plain values, or the name and message of what it raised."""
    try:
        result = decode_bytes(data)
    except NotReadable as error:
        return f"NotReadable: {error}"
    return result.text, result.encoding, result.confident


def _slow_outcome(data: bytes) -> tuple[str, str, bool] | str:
    """_outcome with the plain UTF-8 fast path turned off."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(decode, "_plain_utf8", lambda data: None)
        return _outcome(data)


FAST_PATH_CASES = [
    ("arabic", AR_LONG.encode(), (AR_LONG, "utf-8", True)),
    ("ascii", EN.encode(), (EN, "utf-8", True)),
    ("markup-without-charset", f"<p>{AR_TITLE}</p>".encode(), (f"<p>{AR_TITLE}</p>", "utf-8", True)),
    ("meta-charset-wins", b'<meta charset="windows-1256">' + EN.encode(), None),
    ("nbsp-only-is-empty", "\u00a0\u3000\n".encode(), "NotReadable: empty input"),
    ("nuls-are-binary", b"text\x00\x00text", "NotReadable: binary file, not text"),
    ("one-nul-in-utf8-is-text", "نص\x00نص".encode(), None),
    ("ten-percent-controls-is-text", b"\x01" + b"a" * 9, None),
    ("eleven-percent-controls-is-binary", b"\x01" * 11 + b"a" * 89, "NotReadable: binary file, not text"),
    ("utf8-bom", codecs.BOM_UTF8 + AR_TITLE.encode(), (AR_TITLE, "utf-8", True)),
    ("invalid-utf8", AR_LONG.encode("cp1256"), (AR_LONG, "windows-1256", True)),
    ("meta-utf8", f'<meta charset="utf-8"><p>{AR_TITLE}</p>'.encode(), None),
    ("xml-declaration-utf8", f'<?xml version="1.0" encoding="UTF-8"?><rss>{AR_TITLE}</rss>'.encode(), None),
    ("meta-utf8-label", f"<meta charset=utf8><p>{AR_TITLE}</p>".encode(), None),
    ("meta-utf16-in-ascii-bytes", f'<meta charset="utf-16"><p>{AR_TITLE}</p>'.encode(), None),
    ("meta-utf8-but-cp1256-bytes", b'<meta charset="utf-8"><p>' + AR_LONG.encode("cp1256") + b"</p>", None),
]

DECLARED_UTF8 = ["meta-utf8", "xml-declaration-utf8", "meta-utf8-label"]


class TestPlainUtf8FastPath:
    @pytest.mark.parametrize(
        ("data", "expected"), [case[1:] for case in FAST_PATH_CASES], ids=[case[0] for case in FAST_PATH_CASES]
    )
    def test_same_as_full_decision(self, data: bytes, expected: tuple[str, str, bool] | str | None) -> None:
        """The fast path gives exactly what the full WHATWG decision gives (or leaves the case to it)."""
        assert _outcome(data) == _slow_outcome(data)
        if expected is not None:
            assert _outcome(data) == expected

    @pytest.mark.parametrize("name", DECLARED_UTF8)
    def test_a_utf8_declaration_takes_the_fast_path(self, name: str) -> None:
        """A page or feed declaring UTF-8 (any label) and holding valid UTF-8 is decoded by the fast path."""
        data = next(case[1] for case in FAST_PATH_CASES if case[0] == name)
        fast = decode._plain_utf8(data)
        assert fast is not None and (fast.text, fast.encoding) == (data.decode("utf-8"), "utf-8")

    def test_meta_charset_is_not_skipped(self) -> None:
        """ASCII bytes under <meta charset=windows-1256> are windows-1256, not UTF-8."""
        assert decode_bytes(b'<meta charset="windows-1256"><p>x</p>').encoding == "windows-1256"

    @settings(max_examples=400, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                [
                    b"a",
                    b" ",
                    b"\n",
                    b"\x00",
                    b"\x01",
                    b"\x1b",
                    b"<",
                    b'<meta charset="windows-1256">',
                    b'<meta charset="utf-8">',
                    b'<?xml version="1.0" encoding="utf-8"?>',
                    AR_SHORT.encode(),
                    AR_SHORT.encode("cp1256"),
                    codecs.BOM_UTF8,
                    codecs.BOM_UTF16_LE,
                    "\u00a0".encode(),
                    b"\xff",
                ]
            ),
            max_size=30,
        ).map(b"".join)
    )
    def test_random_bytes_same_as_full_decision(self, data: bytes) -> None:
        """On any mix of text, markup, controls, BOMs and invalid bytes the fast path changes nothing."""
        assert _outcome(data) == _slow_outcome(data)


# Damaged UTF-8 and the legacy encodings it must not swallow. Original sentences written for these tests.
AR_PUNCT = (
    "هل يكفي المطر؟ قال المزارع: «نعم، هذا العام»؛ ثم أضاف أن الطريق إلى السوق، بعد السيل، "
    "صار أقصر بساعة، وأن الأسعار (كما يقول التجار) ستنخفض قبل العيد."
)
FA = (
    "كتاب‌هاي كودكان در نمايشگاه امسال بيشتر از پارسال فروش رفت، و ناشران گفتند كه چاپ دوم "
    "گران‌تر خواهد بود؛ گچ، ژاله، پنجره و گلدان هم در غرفه‌ها بود. چگونه؟ كسي نپرسيد."
)
FR_LATIN1 = "Le café du port ouvre à sept heures; l'été, on déjeune dehors près de la fenêtre. Où ? Ôtez ça, Élodie !"
RU = (
    "Вчера в городе прошёл сильный дождь, и многие улицы были затоплены. Жители говорят, "
    "что такого не было уже много лет, а мэр обещал помочь каждому."
)
UK = (
    "Учора в місті пройшла злива, і багато вулиць затопило. Мешканці кажуть, що такого "
    "не бачили багато років, а міський голова обіцяв їм допомогу."
)
EN_QUOTES = "“Nine,” she said — “or ten” — ‘then back’; the café’s sign reads “open”."
"""English UTF-8 with twelve non-ASCII characters: curly quotes, dashes and one é."""

HTML_AR = f"<html><body><h1>{AR_TITLE}</h1><p>{AR_LONG}</p></body></html>"
HTML_META_AR = f'<html><head><meta charset="utf-8"></head><body><h1>{AR_TITLE}</h1><p>{AR_LONG}</p></body></html>'


def _damaged(text: str, at: str, junk: bytes) -> bytes:
    """``text`` in UTF-8 with ``junk`` bytes put just before the first ``at``."""
    cut = text.index(at)
    return text[:cut].encode() + junk + text[cut:].encode()


def _replaced(text: str, at: str, count: int) -> str:
    """``text`` with ``count`` U+FFFD just before the first ``at``: what ``_damaged`` bytes decode to."""
    cut = text.index(at)
    return text[:cut] + "\ufffd" * count + text[cut:]


DAMAGED_UTF8_CASES = [
    # (id, data, declared, expected text). Before: windows-1252 mojibake, or (declared UTF-8) not confident.
    ("stray-ff-middle", _damaged(AR_LONG, "الحصاد", b"\xff"), None, _replaced(AR_LONG, "الحصاد", 1)),
    # A UTF-16 surrogate encoded in UTF-8 (CESU-8) is invalid: one U+FFFD per byte (maximal subparts).
    ("lone-surrogate", _damaged(AR_LONG, "الحصاد", b"\xed\xa0\x80"), None, _replaced(AR_LONG, "الحصاد", 3)),
    ("overlong-slash", _damaged(AR_LONG, "الحصاد", b"\xc0\xaf"), None, _replaced(AR_LONG, "الحصاد", 2)),
    # A file cut by the byte cap (or a head read) in the middle of its last letter.
    ("truncated-last-char", AR_LONG[:-1].encode()[:-1], None, AR_LONG[:-2] + "\ufffd"),
    ("html-stray-ff", _damaged(HTML_AR, "الحصاد", b"\xff"), None, _replaced(HTML_AR, "الحصاد", 1)),
    # HTTP text/plain with ISO-8859-1, the server default: yields to mostly valid UTF-8 as to valid UTF-8.
    ("latin1-header", _damaged(AR_LONG, "الحصاد", b"\xff"), "iso-8859-1", _replaced(AR_LONG, "الحصاد", 1)),
    (
        "latin1-header-meta-utf8",
        _damaged(HTML_META_AR, "الحصاد", b"\xff"),
        "ISO-8859-1",
        _replaced(HTML_META_AR, "الحصاد", 1),
    ),
    # Declared UTF-8 and mostly valid: a confident UTF-8 decision (before: the unconfident fallback).
    ("utf8-header", _damaged(AR_LONG, "الحصاد", b"\xff"), "utf-8", _replaced(AR_LONG, "الحصاد", 1)),
    # A windows-1252 apostrophe (0x92) pasted into English UTF-8 with twelve curly quotes, dashes and é.
    ("english-cp1252-apostrophe", _damaged(EN_QUOTES, "the café", b"\x92"), None, _replaced(EN_QUOTES, "the café", 1)),
    # A U+FFFD written in the file is a valid character, not an invalid sequence.
    (
        "encoded-fffd-and-bad-byte",
        _damaged("\ufffd" + AR_TITLE, "غزيرة", b"\xff"),
        None,
        _replaced("\ufffd" + AR_TITLE, "غزيرة", 1),
    ),
]


class TestDamagedUtf8:
    @pytest.mark.parametrize(
        ("data", "declared", "text"),
        [case[1:] for case in DAMAGED_UTF8_CASES],
        ids=[case[0] for case in DAMAGED_UTF8_CASES],
    )
    def test_mostly_valid_utf8_is_utf8_with_replacements(self, data: bytes, declared: str | None, text: str) -> None:
        """Mostly valid UTF-8 decodes as UTF-8 with one U+FFFD per invalid sequence, confidently."""
        result = decode_bytes(data, declared=declared)
        assert (result.text, result.encoding, result.confident) == (text, "utf-8", True)

    def test_forced_encoding_still_wins(self) -> None:
        """--encoding is obeyed over mostly valid UTF-8 (the bytes are read as the user says)."""
        data = _damaged(AR_LONG, "الحصاد", b"\xff")
        result = decode_bytes(data, forced="windows-1256")
        assert (result.text, result.encoding) == (data.decode("cp1256"), "windows-1256")

    def test_specific_header_that_decodes_still_wins(self) -> None:
        """A specific transport charset that decodes the bytes is obeyed, as before, even over mostly valid UTF-8."""
        data = _damaged(AR_LONG, "الحصاد", b"\xff")
        result = decode_bytes(data, declared="windows-1256")
        assert (result.text, result.encoding) == (data.decode("cp1256"), "windows-1256")

    def test_fast_path_unchanged(self) -> None:
        """Damaged UTF-8 is left to the full decision: the plain UTF-8 fast path only takes valid UTF-8."""
        assert decode._plain_utf8(_damaged(AR_LONG, "الحصاد", b"\xff")) is None


# (id, text, codec, display name): legacy text that must decode exactly as it did before damaged-UTF-8 reading.
LEGACY_CASES = [
    ("ar-cp1256-punctuation", AR_PUNCT, "cp1256", "windows-1256"),
    ("ar-iso-8859-6", AR_LONG, "iso8859_6", "iso-8859-6"),
    ("fa-cp1256", FA, "cp1256", "windows-1256"),
    ("fr-cp1252", FR, "cp1252", "windows-1252"),
    ("fr-latin1", FR_LATIN1, "latin_1", "windows-1252"),
    ("ru-cp1251", RU, "cp1251", "windows-1251"),
    ("uk-cp1251", UK, "cp1251", "windows-1251"),
]


class TestLegacyEncodingsUnchanged:
    @pytest.mark.parametrize(
        ("text", "codec", "encoding"), [case[1:] for case in LEGACY_CASES], ids=[case[0] for case in LEGACY_CASES]
    )
    def test_decodes_as_before(self, text: str, codec: str, encoding: str) -> None:
        """Undeclared legacy text is not read as damaged UTF-8: it decodes to the original text."""
        result = decode_bytes(text.encode(codec))
        assert (result.text, result.encoding) == (text, encoding)

    def test_koi8_r_is_not_damaged_utf8(self) -> None:
        """KOI8-R is never read as UTF-8 (undeclared it is a detector's guess) and --encoding koi8-r reads it."""
        data = RU.encode("koi8_r")
        guessed = decode_bytes(data)
        assert guessed.encoding != "utf-8" and "\ufffd" not in guessed.text
        assert decode_bytes(data, forced="koi8-r").text == RU

    def test_lone_latin1_byte_in_ascii_is_windows_1252(self) -> None:
        """ASCII with one 0xE9 byte is windows-1252 'é' (likelier than a damaged UTF-8 file), not U+FFFD."""
        result = decode_bytes(b"The caf\xe9 opens at nine.")
        assert (result.text, result.encoding, result.confident) == ("The café opens at nine.", "windows-1252", False)


# Why 9 valid characters per invalid sequence (90%): the measured counts on both sides of the line.
# (id, data, valid non-ASCII characters, invalid sequences, read as UTF-8)
UTF8_COUNT_CASES = [
    ("damaged-ar-stray-ff", _damaged(AR_LONG, "الحصاد", b"\xff"), 122, 1, True),
    ("damaged-ar-surrogate", _damaged(AR_LONG, "الحصاد", b"\xed\xa0\x80"), 122, 3, True),
    ("damaged-ar-truncated", AR_LONG[:-1].encode()[:-1], 121, 1, True),
    ("damaged-en-apostrophe", _damaged(EN_QUOTES, "the café", b"\x92"), 12, 1, True),
    ("ar-cp1256-punctuation", AR_PUNCT.encode("cp1256"), 4, 108, False),
    ("ar-iso-8859-6", AR_LONG.encode("iso8859_6"), 1, 120, False),
    ("fa-cp1256", FA.encode("cp1256"), 5, 119, False),
    ("fr-cp1252", FR.encode("cp1252"), 0, 7, False),
    ("fr-latin1", FR_LATIN1.encode("latin_1"), 0, 11, False),
    ("ru-koi8-r", RU.encode("koi8_r"), 1, 115, False),
    ("ru-cp1251", RU.encode("cp1251"), 0, 117, False),
    ("uk-cp1251", UK.encode("cp1251"), 0, 110, False),
]


class TestMostlyUtf8Threshold:
    @pytest.mark.parametrize(
        ("data", "valid", "invalid", "utf8"),
        [case[1:] for case in UTF8_COUNT_CASES],
        ids=[case[0] for case in UTF8_COUNT_CASES],
    )
    def test_counts_and_decision(self, data: bytes, valid: int, invalid: int, utf8: bool) -> None:
        """Damaged UTF-8 is 92-99% valid, legacy text at most 4%: the 90% line (9 to 1) has room on both sides."""
        text, *counts = decode._utf8_counts(data, decode._non_ascii(data))
        assert counts == [valid, invalid] and text == data.decode("utf-8", "replace")
        assert (decode._mostly_utf8(data, decode._non_ascii(data)) is not None) is utf8
        assert utf8 is (valid * 10 >= (valid + invalid) * 9)  # at least 90% of the non-ASCII sequences valid

    @pytest.mark.parametrize(
        ("valid", "invalid", "utf8"),
        [(9, 1, True), (8, 1, False), (18, 2, True), (17, 2, False), (90, 10, True), (89, 10, False)],
    )
    def test_nine_valid_characters_per_invalid_sequence(self, valid: int, invalid: int, utf8: bool) -> None:
        """Exactly at 9 valid non-ASCII characters per invalid byte the bytes are UTF-8; one fewer, they are not."""
        data = b"Menu: " + "\u00e9 ".join(["caf"] * (valid + 1)).encode() + b" \xff" * invalid + b" end."
        result = decode_bytes(data)
        assert (result.encoding == "utf-8") is utf8
        if utf8:
            assert result.text.count("\ufffd") == invalid and result.text.count("\u00e9") == valid


def _pcm_sine(samples: int) -> bytes:
    """16-bit little-endian PCM of a sine wave: binary data whose bytes come in pairs, as UTF-16's do."""
    import math
    import struct

    return b"".join(struct.pack("<h", int(12_000 * math.sin(n / 7))) for n in range(samples))


def _seeded_random(size: int) -> bytes:
    import random

    return random.Random(29).randbytes(size)


UTF16_TEXTS = [
    ("arabic", "وكالة الواحة – سياسة\n\nافتتحت البلدية حديقة جديدة في وسط المدينة، وحضر الافتتاح 300 شخص.\n"),
    ("english", "City council approves budget\n\nThe council voted 7-2 on Tuesday evening.\n"),
    ("russian", "Городской совет\n\nСовет утвердил бюджет во вторник вечером, 7 голосов против 2.\n"),
    ("persian", "شورای شهر\n\nشورا روز سه‌شنبه بودجه را تصویب کرد.\n"),
]


class TestUtf16WithoutByteOrderMark:
    """UTF-16 without a byte-order mark is read as text (it was refused as binary); binary stays binary."""

    @pytest.mark.parametrize(("name", "text"), UTF16_TEXTS, ids=[name for name, _ in UTF16_TEXTS])
    @pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
    def test_text_is_read(self, name: str, text: str, codec: str) -> None:
        decoded = decode_bytes(text.encode(codec))
        assert (decoded.text, decoded.encoding, decoded.confident) == (text, codec, False)

    @pytest.mark.parametrize(
        "data",
        [
            _seeded_random(6000),
            b"\x89PNG\r\n\x1a\n" + _seeded_random(3000),
            bytes(4000),
            _pcm_sine(3000),
            "City council approves budget.\n".encode("utf-32-le") * 20,
            __import__("gzip").compress(UTF16_TEXTS[0][1].encode() * 50, mtime=0),
        ],
        ids=["random", "png", "zeros", "pcm-audio", "utf-32-without-bom", "gzip"],
    )
    def test_binary_is_still_refused(self, data: bytes) -> None:
        with pytest.raises(NotReadable, match="binary file, not text|gzip-compressed"):
            decode_bytes(data)

    @pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
    @pytest.mark.parametrize(
        ("over", "text"), [(0, True), (1, False), (10, False)], ids=["one-in-100", "one-more", "ten-more"]
    )
    def test_at_most_one_control_character_in_a_hundred(self, codec: str, over: int, text: bool) -> None:
        """A story in UTF-16 without a byte-order mark may hold a stray control character (shown as its
        picture) in one unit of a hundred; more, and the file is binary, not text."""
        story = "وكالة الواحة – اقتصاد\n\nأسعار النفط ترتفع\n\n" + "".join(
            f"قال محللون إن الأسعار ارتفعت اليوم في الأسواق رقم {number}.\n" for number in range(30)
        )
        most = max(count for count in range(50) if count <= (len(story) + count) // 100)  # 1 % of the units
        controls = most + over
        damaged = story.replace(".\n", "\x01.\n", controls)
        assert (controls <= len(damaged) // 100) is text
        if text:
            assert decode_bytes(damaged.encode(codec)).text == damaged
        else:
            with pytest.raises(NotReadable, match="binary file, not text"):
                decode_bytes(damaged.encode(codec))


_SHORT = "عنوان الخبر\n\nنص قصير عن الخبر.\n".encode()


@pytest.mark.parametrize(
    "data",
    [
        _SHORT[:12] + b"\xff" + _SHORT[12:],  # a byte dropped into a letter: three bad bytes in a row
        _SHORT[:12] + b"\xff\xfe\xfd" + _SHORT[12:],
        _SHORT[:5] + b"\xff" + _SHORT[5:20] + b"\xfe" + _SHORT[20:],  # two damaged spots
    ],
    ids=["one-byte-in-a-letter", "three-bytes", "two-spots"],
)
def test_a_short_story_with_a_damaged_spot_stays_utf8(data: bytes) -> None:
    """A short Arabic story with a bad byte or two is read as UTF-8 (the spot shows as U+FFFD), not as
    windows-1252 mojibake: bad bytes side by side are one damaged spot."""
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert "نص قصير عن" in decoded.text and "Ø" not in decoded.text


class TestUtf8WithWindows1256Words:
    """Text in UTF-8 with some Arabic words in windows-1256 (two documents joined, a name pasted from another
    program): each word in its own encoding (it was read as windows-1252 throughout: mojibake)."""

    @pytest.mark.parametrize(
        ("parts", "text"),
        [
            (
                [("عنوان الخبر\n\nنص عربي قصير.\n\n", "utf-8"), ("نص ويندوز", "cp1256")],
                "عنوان الخبر\n\nنص عربي قصير.\n\nنص ويندوز",
            ),
            (
                [("افتتحت المكتبة ", "utf-8"), ("الجديدة", "cp1256"), (" أبوابها صباح اليوم.", "utf-8")],
                "افتتحت المكتبة الجديدة أبوابها صباح اليوم.",
            ),
            (
                [("Night ferry: ", "utf-8"), ("العبّارة", "utf-8"), (" — ", "utf-8"), ("الليلية", "cp1256")],
                "Night ferry: العبّارة — الليلية",
            ),
        ],
        ids=["a-paragraph", "a-word", "beside-punctuation"],
    )
    def test_each_word_in_its_encoding(self, parts: list[tuple[str, str]], text: str) -> None:
        data = b"".join(part.encode(codec) for part, codec in parts)
        result = decode_bytes(data)
        assert (result.text, result.confident) == (text, True)
        assert result.encoding == "utf-8 and windows-1256"

    @pytest.mark.parametrize(
        "data",
        [
            "افتتحت المكتبة الجديدة أبوابها".encode()[:-1] + " صباح اليوم.".encode(),  # a letter cut short
            "Le café ".encode() + "crème".encode("cp1252") + b" du matin",  # a French word: no Arabic
            "نص عربي".encode("cp1256"),  # windows-1256 alone: the legacy reading, as before
        ],
        ids=["damaged-utf8", "latin-word", "all-windows-1256"],
    )
    def test_not_taken_for_mixed(self, data: bytes) -> None:
        assert decode_bytes(data).encoding != "utf-8 and windows-1256"


_LEAD_AR = "افتتحت البلدية سوقا شعبيا جديدا قرب الميناء القديم."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # a stray FF FE over UTF-8 Arabic (a corrupted file): read as UTF-8, the Arabic kept
        (codecs.BOM_UTF16_LE + _LEAD_AR.encode(), _LEAD_AR),
        (codecs.BOM_UTF16_BE + _LEAD_AR.encode(), _LEAD_AR),
        (codecs.BOM_UTF16_LE + b"\xfa bad \xc3\x28 " + _LEAD_AR.encode() + b"\n", _LEAD_AR),
        # real UTF-16 stays UTF-16, also cut short by one byte
        (codecs.BOM_UTF16_LE + _LEAD_AR.encode("utf-16-le"), _LEAD_AR),
        (codecs.BOM_UTF16_LE + _LEAD_AR.encode("utf-16-le") + b"\x06", _LEAD_AR),
        (codecs.BOM_UTF16_BE + _LEAD_AR.encode("utf-16-be"), _LEAD_AR),
    ],
    ids=["le-mark-over-utf8", "be-mark-over-utf8", "le-mark-over-broken-utf8", "utf16le", "utf16le-cut", "utf16be"],
)
def test_a_utf16_mark_over_bytes_that_are_no_utf16_is_not_trusted(data: bytes, expected: str) -> None:
    """The mark counts only when the bytes under it read as UTF-16 (no lone surrogate)."""
    assert expected in decode_bytes(data).text
