"""decode_bytes names binary formats by their full signatures (bzip2, PDF, cpio, zip entries) and reads stories
that merely start like them; KOI8 is no Arabic; --encoding is honoured on UTF-16 without a BOM; junk bytes in
mixed text are counted; pure windows-1256 takes no needless detours."""

from __future__ import annotations

import bz2
import io
import struct
import zipfile

import pytest

from newstui.errors import NotReadable
from newstui.model import RawDocument
from newstui.parse import parse_noted
from newstui.text import decode
from newstui.text.decode import MIXED, binary_kind, decode_bytes

# Original text written for these tests.
ARABIC = (
    "افتتاح المكتبة العامة في الحي القديم\n\n"
    "افتتحت البلدية صباح اليوم المكتبة العامة الجديدة في الحي القديم بعد عام من أعمال الترميم.\n\n"
    "وقال مدير المكتبة إن القاعات تتسع لمئتي قارئ وإن الكتب الجديدة ستصل في الأسبوع المقبل.\n"
)
RUSSIAN = (
    "Новая библиотека открылась\n\n"
    "Сегодня утром в старом районе города открылась новая публичная библиотека после года ремонта.\n\n"
    "Директор сказал, что залы вмещают двести читателей, а новые книги привезут на следующей неделе.\n"
)
UKRAINIAN = (
    "Нова бібліотека відкрилася\n\n"
    "Сьогодні вранці в старому районі міста відкрилася нова публічна бібліотека після року ремонту.\n"
)
# Persian and Urdu as windows-1256 writes them (Arabic yeh), with the article seldom or never.
PERSIAN = (
    "کتابخانه تازه در محله قديمي\n\n"
    "شهرداري امروز صبح کتابخانه عمومي تازه‌اي را در محله قديمي شهر باز کرد که يک سال تعمير شده بود.\n\n"
    "مدير کتابخانه گفت که سالن‌ها جاي دويست خواننده دارند و کتاب‌هاي تازه هفته آينده مي‌رسند.\n"
)
URDU = (
    "پرانے محلے ميں نئي لائبريري\n\n"
    "بلديہ نے آج صبح پرانے محلے ميں نئي عوامي لائبريري کھول دي جس کي مرمت ايک سال سے جاري تھي.\n\n"
    "لائبريري کے ڈائريکٹر نے کہا کہ ہالوں ميں دو سو قارئين کي جگہ ہے اور نئي کتابيں اگلے ہفتے آئيں گي.\n"
)
READS = "newstui reads text, HTML and feeds"


def _pdf(*, binary_comment: bool, newline: bytes = b"\n") -> bytes:
    """A small, valid PDF (one empty page) written by hand, with its cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = b"%PDF-1.4" + newline + (b"%\xe2\xe3\xcf\xd3" + newline if binary_comment else b"")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj" % number + newline + body + newline + b"endobj" + newline
    xref = len(out)
    out += b"xref" + newline + b"0 4" + newline + b"0000000000 65535 f \n"
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer" + newline + b"<< /Size 4 /Root 1 0 R >>" + newline
    return out + b"startxref" + newline + b"%d" % xref + newline + b"%%EOF" + newline


def _cpio(kind: str, body: bytes = ARABIC.encode()) -> bytes:
    """One file in a cpio archive and its trailer, unpadded: new ASCII (newc), old ASCII (odc) or old binary."""
    out = b""
    for name, data in ((b"story.txt", body), (b"TRAILER!!!", b"")):
        if kind == "newc":
            fields = (1, 0o100644, 0, 0, 1, 0, len(data), 0, 0, 0, 0, len(name) + 1, 0)
            header = b"070701" + b"".join(b"%08X" % field for field in fields) + name + b"\x00"
            out += header + b"\x00" * (-len(header) % 4) + data + b"\x00" * (-len(data) % 4)
        elif kind == "odc":
            header = b"070707" + b"%06o" * 7 % (0, 1, 0o100644, 0, 0, 1, 0) + b"%011o" % 0
            out += header + b"%06o" % (len(name) + 1) + b"%011o" % len(data) + name + b"\x00" + data
        else:
            halves = (0o070707, 0, 1, 0o100644, 0, 0, 1, 0, 0, 0, len(name) + 1, 0, len(data))
            out += struct.pack("<13H", *halves) + name + b"\x00" + b"\x00" * (len(name) % 2 == 0) + data
    return out


def _zip(*names: str, first: tuple[str, bytes] | None = None, streamed: bool = False) -> bytes:
    """A zip of ``names`` (``first`` stored uncompressed before them); ``streamed``: written to a pipe, its
    sizes in data descriptors after each entry's data."""

    class Pipe(io.RawIOBase):
        def __init__(self) -> None:
            self.data = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, chunk: bytes) -> int:  # type: ignore[override]
            self.data += chunk
            return len(chunk)

    sink: Pipe | io.BytesIO = Pipe() if streamed else io.BytesIO()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if first is not None:
            archive.writestr(first[0], first[1], compress_type=zipfile.ZIP_STORED)
        for name in names:
            archive.writestr(name, "<x>" + "word/ xl/ ppt/ " * 20 + "</x>")
    return bytes(sink.data) if isinstance(sink, Pipe) else sink.getvalue()


EPUB_MIME = ("mimetype", b"application/epub+zip")
TYPES = "[Content_Types].xml"

# (id, bytes): stories that start like a binary format's signature, and are read.
LOOKALIKE_TEXTS = [
    ("bzh-word", b"BZh is what the old man called his dog.\n\nThe dog ran across the field.\n"),
    ("bzh-alone", b"BZh\n\nA story.\n"),
    ("bzh-digit", b"BZh9 is my licence plate\n\nA story about cars.\n"),
    ("bzh-block-magic-in-prose", b"BZh91AY&SY is how every bzip2 file starts\n\nA note on formats.\n"),
    ("pdf-dash", b"%PDF- files are everywhere\n\nThis note explains why PDF files start so.\n"),
    ("pdf-version-explained", b"%PDF-1.7 explained\n\nThe header of every PDF names its version.\n"),
    ("pdf-version-line", b"%PDF-1.7\n\nThat line starts every PDF of this version, a note says.\n"),
    ("pdf-version-then-arabic", "%PDF-1.7\n%مرحبا بالملف\n\nقصة قصيرة عن الملفات.\n".encode()),
    ("cpio-like-number", b"070707 was the number on the door\n\nA story.\n"),
    ("cpio-like-hex", b"0707010000 is a code\n\nA story.\n"),
    ("arabic-alef-q", "اq هو رمز\n\nقصة قصيرة.\n".encode("cp1256")),
    ("pk-initials", b"PK Sharma wins the election\n\nThe count ended at noon.\n"),
    ("arabic-paren-utf-8", "(الخبر) في الصفحة الأولى\n\nقصة قصيرة.\n".encode()),
]


class TestLookalikesAreText:
    @pytest.mark.parametrize("data", [c[1] for c in LOOKALIKE_TEXTS], ids=[c[0] for c in LOOKALIKE_TEXTS])
    def test_read_as_a_story(self, data: bytes) -> None:
        assert binary_kind(data) is None and not decode.is_binary(data)
        (article,) = parse_noted(RawDocument(origin="x.txt", data=data)).articles
        assert article.title


# (id, bytes, message for a file named "a.dat")
NAMED_BINARIES = [
    ("bzip2", bz2.compress(ARABIC.encode()), "bzip2-compressed: try bzcat a.dat | newstui"),
    ("bzip2-empty", bz2.compress(b""), "bzip2-compressed: try bzcat a.dat | newstui"),
    ("pdf-all-ascii", _pdf(binary_comment=False), f"a PDF: {READS}"),
    ("pdf-binary-comment", _pdf(binary_comment=True), f"a PDF: {READS}"),
    ("pdf-crlf", _pdf(binary_comment=False, newline=b"\r\n"), f"a PDF: {READS}"),
    ("pdf-cr", _pdf(binary_comment=False, newline=b"\r"), f"a PDF: {READS}"),
    ("cpio-newc", _cpio("newc"), f"a cpio archive: {READS}"),
    ("cpio-odc", _cpio("odc"), f"a cpio archive: {READS}"),
    ("cpio-binary", _cpio("binary"), f"a cpio archive: {READS}"),
    ("zip-keyword-folder", _zip("keyword/list.txt"), f"a zip archive: {READS}"),
    ("zip-xl-deep-in-a-path", _zip("site/html/xl/a.txt"), f"a zip archive: {READS}"),
    ("zip-epub-mimetype-in-a-file", _zip(first=("notes.txt", b"application/epub+zip")), f"a zip archive: {READS}"),
    ("zip-names-in-content", _zip("notes.txt", "more.txt"), f"a zip archive: {READS}"),
    ("docx", _zip(TYPES, "_rels/.rels", "word/document.xml"), f"a Word document (docx): {READS}"),
    ("docx-streamed", _zip(TYPES, "word/document.xml", streamed=True), f"a Word document (docx): {READS}"),
    ("xlsx", _zip(TYPES, "xl/workbook.xml"), f"an Excel workbook (xlsx): {READS}"),
    ("pptx", _zip(TYPES, "ppt/presentation.xml"), f"a PowerPoint file (pptx): {READS}"),
    ("epub", _zip("META-INF/container.xml", "OEBPS/a.xhtml", first=EPUB_MIME), f"an EPUB book: {READS}"),
]  # fmt: skip


class TestBinariesNamedExactly:
    @pytest.mark.parametrize(("data", "named"), [c[1:] for c in NAMED_BINARIES], ids=[c[0] for c in NAMED_BINARIES])
    def test_says_what_it_is(self, data: bytes, named: str) -> None:
        assert binary_kind(data, "a.dat") == named
        with pytest.raises(NotReadable, match="^" + named.replace("(", r"\(").replace(")", r"\)") + "$"):
            decode_bytes(data, origin="a.dat")


def _koi_line_in_utf8() -> bytes:
    first, second = RUSSIAN.split("\n\n")[:2]
    return f"{first}\n\n".encode() + second.encode("koi8_r") + b"\n"


class TestKoi8IsNoArabic:
    @pytest.mark.parametrize(
        ("text", "codec"),
        [(RUSSIAN, "koi8_r"), (UKRAINIAN, "koi8_u"), (RUSSIAN.split("\n\n")[1], "koi8_r")],
        ids=["russian-koi8-r", "ukrainian-koi8-u", "one-paragraph"],
    )
    def test_not_read_as_arabic_with_confidence(self, text: str, codec: str) -> None:
        decoded = decode_bytes(text.encode(codec))
        if decoded.confident:
            assert decoded.encoding.startswith("koi8") and decoded.text.split()[:3] == text.split()[:3]
        else:
            note = parse_noted(RawDocument(origin="x.txt", data=text.encode(codec))).note
            assert note is not None and "encoding guessed" in note

    def test_a_koi8_line_in_utf_8_russian_is_not_mixed(self) -> None:
        data = _koi_line_in_utf8()
        assert decode_bytes(data).encoding != MIXED
        note = parse_noted(RawDocument(origin="x.txt", data=data)).note
        assert note is not None and "--encoding" in note

    @pytest.mark.parametrize(
        ("text", "confident"),
        [(PERSIAN, True), (URDU, True), (ARABIC, True), ("السلام عليكم\n", False), ("مرحبا بكم\n", False)],
        ids=["persian", "urdu", "arabic", "short-arabic-greeting", "short-arabic-welcome"],
    )
    def test_windows_1256_still_read(self, text: str, confident: bool) -> None:
        decoded = decode_bytes(text.encode("cp1256"))
        assert (decoded.text, decoded.encoding, decoded.confident) == (text, "windows-1256", confident)

    def test_persian_lines_in_utf_8_persian_still_mixed(self) -> None:
        first, second, third = PERSIAN.split("\n\n")
        data = f"{first}\n\n{second}\n\n".encode() + third.encode("cp1256")
        decoded = decode_bytes(data)
        assert (decoded.text, decoded.encoding) == (PERSIAN, MIXED)


UTF16_STORY = ARABIC.encode("utf-16-le")


class TestForcedOnUtf16WithoutBom:
    @pytest.mark.parametrize("forced", ["windows-1256", "utf-8", "iso-8859-6"])
    def test_decoded_as_asked_and_told(self, forced: str) -> None:
        decoded = decode_bytes(UTF16_STORY, forced=forced, origin="x.txt")
        assert decoded.text == UTF16_STORY.decode(decode.forced_codec(forced) or "", "replace")
        note = parse_noted(RawDocument(origin="x.txt", data=UTF16_STORY), encoding=forced).note
        assert note is not None and "try --encoding utf-16-le" in note and f"--encoding {forced}," not in note

    def test_forced_utf_16_le_reads_it(self) -> None:
        decoded = decode_bytes(UTF16_STORY, forced="utf-16-le")
        assert (decoded.text, decoded.misfit) == (ARABIC, None)

    def test_a_binary_file_stays_refused(self) -> None:
        with pytest.raises(NotReadable, match="binary file, not text"):
            decode_bytes(bytes(range(256)) * 8, forced="windows-1256")


def _mixed_with(junk: bytes) -> bytes:
    title, lead, body = ARABIC.split("\n\n")
    return f"{title}\n\n{lead}\n\n".encode() + body.encode("cp1256") + b"\n" + junk + b"\n"


# (id, bytes of no word, U+FFFD they become): high bytes in a mixed text that hold no Arabic letter pair.
JUNK_CASES = [
    ("ff-fe-fd", b"\xff\xfe\xfd", 3),  # would be "ے" and two direction marks
    ("80-81-82", b"\x80\x81\x82", 3),  # would be "€پ‚"
    ("both", b"\xff\xfe\xfd \x80\x81\x82", 6),
]


class TestJunkInMixedText:
    @pytest.mark.parametrize(("junk", "unread"), [c[1:] for c in JUNK_CASES], ids=[c[0] for c in JUNK_CASES])
    def test_counted_as_unread(self, junk: bytes, unread: int) -> None:
        data = _mixed_with(junk)
        decoded = decode_bytes(data)
        assert (decoded.encoding, decoded.unread, decoded.text.count("\ufffd")) == (MIXED, unread, unread)
        note = parse_noted(RawDocument(origin="x.txt", data=data)).note
        assert note is not None and f"{unread} characters could not be read as {MIXED}" in note

    @pytest.mark.parametrize("mark", ["–", "«", "»", "،", "؟", "€", "و"])
    def test_lone_marks_and_letters_still_read(self, mark: str) -> None:
        decoded = decode_bytes(_mixed_with(mark.encode("cp1256")))
        assert (decoded.encoding, decoded.unread) == (MIXED, 0) and decoded.text.endswith(f"\n{mark}\n")


class TestOneCharacter:
    def test_singular(self) -> None:
        data = _mixed_with(b"\x82")  # (would be "‚")
        note = parse_noted(RawDocument(origin="x.txt", data=data)).note
        assert note is not None and note.startswith(f"1 character could not be read as {MIXED};")


class TestPureWindows1256TakesNoDetours:
    def test_not_read_word_by_word(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def fail(word: bytes) -> int | None:
            raise AssertionError(f"read word by word: {word!r}")

        monkeypatch.setattr(decode, "_windows_1256_word", fail)
        assert decode_bytes(ARABIC.encode("cp1256")).encoding == "windows-1256"

    def test_clear_windows_1256_tries_no_other_code_page(self, monkeypatch: pytest.MonkeyPatch) -> None:
        tried: list[str] = []
        strict = decode._strict

        def spy(data: bytes, codec: str) -> str | None:
            tried.append(codec)
            return strict(data, codec)

        monkeypatch.setattr(decode, "_strict", spy)
        decoded = decode_bytes(ARABIC.encode("cp1256"))
        assert decoded.encoding == "windows-1256" and "mac-arabic" not in tried and "cp720" not in tried
