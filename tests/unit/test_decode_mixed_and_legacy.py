"""decode_bytes on mixed UTF-8 / windows-1256 words, MacArabic and DOS Arabic, --encoding utf-16 and misfit notes,
WHATWG/.NET labels, stray NULs, and binary files named by their magic."""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import lzma
import random
import zipfile

import pytest

from newstui.errors import NotReadable
from newstui.model import RawDocument
from newstui.parse import GUESS_ALTERNATIVES, parse_noted
from newstui.text import decode
from newstui.text.decode import MIXED, binary_kind, decode_bytes, forced_codec, is_binary

# Original text written for these tests.
BYLINE = "صحيفة الواحة – محليات"
HEADLINE = "افتتاح سوق الخضار الجديد في وسط المدينة"
LEAD = "افتتح رئيس البلدية صباح اليوم سوق الخضار الجديد، بعد عامين من أعمال البناء والتجهيز."
BODY = "وقال التجار إن السوق الجديد أوسع وأنظف من القديم، وإن الأسعار فيه ستبقى كما هي."
CLOSE = "المصدر: مكتب الإعلام في البلدية"
QUESTION = "هل ترتفع الإيجارات؟ لا، قال المسؤول في حديث للصحفيين اليوم."
STORY = "\n\n".join([BYLINE, HEADLINE, LEAD, BODY, CLOSE]) + "\n"


def _joined(*parts: tuple[str, str]) -> bytes:
    return b"".join(text.encode(codec) for text, codec in parts)


# (id, bytes, text): UTF-8 with some lines in windows-1256, each word in its own encoding.
MIXED_CASES = [
    (
        "byline-and-headline-in-1256",  # audit 1 (a): a lone en dash (0x96) in the byline
        _joined((f"{BYLINE}\n\n{HEADLINE}\n\n", "cp1256"), (f"{LEAD}\n\n{BODY}\n\n{CLOSE}\n", "utf-8")),
        STORY,
    ),
    (
        "a-paragraph-with-short-punctuated-words",  # audit 1 (b): "لا،" and "الإيجارات؟" (0xA1 / 0xBF)
        _joined((f"{HEADLINE}\n\n", "utf-8"), (f"{QUESTION}\n\n", "cp1256"), (f"{BODY}\n", "utf-8")),
        f"{HEADLINE}\n\n{QUESTION}\n\n{BODY}\n",
    ),
    (
        "utf-8-headline-over-a-1256-body",  # audit 1 (c): it was all read as windows-1256
        _joined(
            (f"{BYLINE}\n\n", "cp1256"), (f"{HEADLINE}\n\n", "utf-8"), (f"{LEAD}\n\n{BODY}\n\n{CLOSE}\n", "cp1256")
        ),
        STORY,
    ),
    (
        "punctuation-inside-a-word",
        _joined((f"{HEADLINE}\n\n", "utf-8"), ("الخضار،الفواكه «الطازجة» ـ والخبز", "cp1256"), ("\n", "utf-8")),
        f"{HEADLINE}\n\nالخضار،الفواكه «الطازجة» ـ والخبز\n",
    ),
]


class TestUtf8WithWindows1256Lines:
    @pytest.mark.parametrize(("data", "text"), [c[1:] for c in MIXED_CASES], ids=[c[0] for c in MIXED_CASES])
    def test_each_word_in_its_own_encoding(self, data: bytes, text: str) -> None:
        decoded = decode_bytes(data)
        assert (decoded.text, decoded.encoding, decoded.unread) == (text, MIXED, 0)

    def test_the_headline_and_byline_are_kept(self) -> None:
        """The plain-text parser gets the headline and the byline (they were U+FFFD lines, then dropped)."""
        parsed = parse_noted(RawDocument(origin="x.txt", data=MIXED_CASES[0][1]))
        (article,) = parsed.articles
        assert (article.title, article.source, parsed.note) == (HEADLINE, "صحيفة الواحة", None)

    @pytest.mark.parametrize(
        ("data", "unread"),
        [
            (  # two windows-1256 words and a UTF-8 word with a byte dropped: that one word is U+FFFD, told
                _joined((f"{HEADLINE}\n\n", "utf-8"), ("الخضار والفواكه", "cp1256"), (" ", "utf-8"))
                + "الطازجة".encode()[1:]
                + f"\n\n{BODY}\n".encode(),
                1,
            ),
            (  # UTF-8 with a line no encoding reads: mostly UTF-8, five U+FFFD, told
                f"{HEADLINE}\n\n".encode() + b"\xff\xfe\xfd \xfc\xfb\n\n" + f"{LEAD}\n\n{BODY}\n".encode(),
                5,
            ),
        ],
        ids=["mixed", "mostly-utf-8"],
    )
    def test_what_cannot_be_read_is_told(self, data: bytes, unread: int) -> None:
        decoded = decode_bytes(data)
        assert decoded.unread == unread and decoded.text.count("\ufffd") == unread
        note = parse_noted(RawDocument(origin="x.txt", data=data)).note
        told = f"{unread} character could not" if unread == 1 else f"{unread} characters could not"
        assert note is not None and told in note and "--encoding" in note

    def test_one_stray_byte_is_not_told(self) -> None:
        """A stray byte in UTF-8 stays a quiet U+FFFD (README: "each becomes �")."""
        data = f"{HEADLINE}\n\n{LEAD}".encode() + b"\xff" + f" {BODY}\n".encode()
        assert parse_noted(RawDocument(origin="x.txt", data=data)).note is None

    @pytest.mark.parametrize(
        "data",
        [
            "الخضار الجديد".encode("cp1256") + " – ".encode("cp1256") + "سوق".encode("cp1256"),  # all windows-1256
            f"{LEAD}\n".encode() + b"\x96\n",  # a lone dash byte in UTF-8: no Arabic word in windows-1256
            "الخضار".encode() + b" " + "الطازجة".encode()[:-1] + b" " + "اليوم".encode(),  # damaged UTF-8
        ],
        ids=["all-1256", "lone-dash-only", "damaged-utf-8"],
    )
    def test_not_taken_for_mixed(self, data: bytes) -> None:
        assert decode_bytes(data).encoding != MIXED


ARABIC = STORY.replace("،", ",").replace(" – ", " - ")
DIACRITICS = "الطَّقْسُ الْيَوْمَ\n\nيَكُونُ الطَّقْسُ مُعْتَدِلاً فِي الْمَنَاطِقِ السَّاحِلِيَّةِ.\n"
RUSSIAN = "Городской рынок открылся\n\nГлава города открыл сегодня новый овощной рынок после двух лет работ.\n"
THAI = "ตลาดใหม่เปิดแล้ว\n\nนายกเทศมนตรีเปิดตลาดผักแห่งใหม่ในใจกลางเมืองเมื่อเช้านี้หลังการก่อสร้างสองปี\n"
GREEK = "Νέα αγορά στο κέντρο\n\nΟ δήμαρχος εγκαινίασε σήμερα τη νέα λαχαναγορά μετά από δύο χρόνια εργασιών.\n"

# (id, text, codec, encoding read): Arabic code pages tried, other scripts still read right.
CODE_PAGE_CASES = [
    ("mac-arabic", ARABIC, "mac_arabic", "mac-arabic"),
    ("mac-arabic-diacritics", DIACRITICS, "mac_arabic", "mac-arabic"),
    ("cp720", ARABIC, "cp720", "cp720"),
    ("cp720-diacritics", DIACRITICS, "cp720", "cp720"),
    ("cp1256", STORY, "cp1256", "windows-1256"),
    ("iso-8859-6", ARABIC, "iso8859_6", "iso-8859-6"),
    ("russian-cp1251", RUSSIAN, "cp1251", "windows-1251"),
    ("thai-cp874", THAI, "cp874", "cp874"),
    ("greek-cp1253", GREEK, "cp1253", "windows-1253"),
]


class TestArabicCodePages:
    @pytest.mark.parametrize(
        ("text", "codec", "encoding"), [c[1:] for c in CODE_PAGE_CASES], ids=[c[0] for c in CODE_PAGE_CASES]
    )
    def test_read_in_the_right_code_page(self, text: str, codec: str, encoding: str) -> None:
        decoded = decode_bytes(text.encode(codec))
        assert (decoded.text, decoded.encoding) == (text, encoding)

    @pytest.mark.parametrize("name", ["mac-arabic", "cp720"])
    def test_offered_when_a_guess_is_told(self, name: str) -> None:
        assert name in GUESS_ALTERNATIVES and forced_codec(name) is not None


# (id, label, codec): WHATWG and Windows/.NET labels of the Arabic code pages.
LABEL_CASES = [
    ("whatwg-x-cp1256", "x-cp1256", "cp1256"),
    ("dotnet-dos-720", "DOS-720", "cp720"),
    ("dotnet-x-mac-arabic", "x-mac-arabic", "mac-arabic"),
    ("windows-1256", "windows-1256", "cp1256"),
]


class TestLabels:
    @pytest.mark.parametrize(("label", "codec"), [c[1:] for c in LABEL_CASES], ids=[c[0] for c in LABEL_CASES])
    def test_forced_label(self, label: str, codec: str) -> None:
        assert forced_codec(label) == codec

    def test_a_page_declaring_dos_720(self) -> None:
        page = f'<html><head><meta charset="DOS-720"><title>{HEADLINE}</title></head><body><p>{LEAD}</p>'
        data = page.replace("،", ",").encode("cp720")
        decoded = decode_bytes(data)
        assert decoded.encoding == "cp720" and HEADLINE in decoded.text


UTF16_BE_BOM = codecs.BOM_UTF16_BE + STORY.encode("utf-16-be")
UTF16_LE_BOM = codecs.BOM_UTF16_LE + STORY.encode("utf-16-le")
UTF32_BE_BOM = codecs.BOM_UTF32_BE + STORY.encode("utf-32-be")

# (id, bytes, --encoding, text read or None when it is misread, advice the note must give or None for no note)
FORCED_CASES = [
    ("utf-16-be-bom-as-utf-16", UTF16_BE_BOM, "utf-16", STORY, None),
    ("utf-16-le-bom-as-utf-16", UTF16_LE_BOM, "UTF-16", STORY, None),
    ("utf-16-le-as-utf-16", STORY.encode("utf-16-le"), "utf-16", STORY, None),
    ("utf-32-be-bom-as-utf-32", UTF32_BE_BOM, "utf-32", STORY, None),
    ("utf-16-be-bom-as-utf-16-le", UTF16_BE_BOM, "utf-16-le", None, "try --encoding utf-16-be"),
    ("utf-16-be-bom-as-utf-8", UTF16_BE_BOM, "utf-8", None, "try --encoding utf-16-be"),
    ("utf-8-bom-as-1256", codecs.BOM_UTF8 + STORY.encode(), "windows-1256", None, "try --encoding utf-8"),
    ("utf-8-as-1256", STORY.encode(), "windows-1256", None, "try --encoding utf-8"),
    ("utf-8-as-iso-8859-6", STORY.encode(), "iso-8859-6", None, "try --encoding utf-8"),
    ("swapped-utf-16", STORY.encode("utf-16-be"), "utf-16-le", None, "try --encoding utf-16-be"),
    ("utf-16-as-utf-8", STORY.encode("utf-16-le"), "utf-8", None, "try --encoding utf-16-le"),  # (audit M5)
    ("1256-as-1256", STORY.encode("cp1256"), "windows-1256", STORY, None),
    ("utf-8-as-utf-8", STORY.encode(), "utf-8", STORY, None),
    ("utf-16-be-as-utf-16-be", STORY.encode("utf-16-be"), "utf-16-be", STORY, None),
    ("ascii-as-1256", b"City notes\n\nThe market opens at nine.\n", "windows-1256", None, None),
]


class TestForcedEncoding:
    @pytest.mark.parametrize(
        ("data", "forced", "text", "advice"), [c[1:] for c in FORCED_CASES], ids=[c[0] for c in FORCED_CASES]
    )
    def test_read_or_told(self, data: bytes, forced: str, text: str | None, advice: str | None) -> None:
        if text is not None:
            assert decode_bytes(data, forced=forced).text == text
        note = parse_noted(RawDocument(origin="x.txt", data=data), encoding=forced).note
        if advice is None:
            assert note is None
        else:
            assert note is not None and advice in note
            assert "(--encoding)" in note or "guessed" in advice


def _tar(text: bytes) -> bytes:
    import tarfile

    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as archive:
        info = tarfile.TarInfo("story.txt")
        info.size = len(text)
        archive.addfile(info, io.BytesIO(text))
    return out.getvalue()


# (id, bytes, is text): one rule for NUL bytes, wherever they are.
NUL_CASES = [
    ("one-nul-in-utf-8", STORY.replace("اليوم", "اليوم\x00", 1).encode(), True),
    ("two-nuls-in-a-long-utf-8", (STORY * 4).replace("\n\n", "\x00\n\n", 2).encode(), True),
    ("one-nul-in-1256", STORY.replace("اليوم", "اليوم\x00", 1).encode("cp1256"), True),
    ("nul-late", (STORY * 40 + "آخر\x00سطر\n").encode(), True),
    ("random-bytes", random.Random(7).randbytes(3000), False),
    ("zeros", bytes(3000), False),
    ("tar-of-text", _tar(STORY.encode()), False),
    ("many-nuls-in-utf-8", "نص\x00".encode() * 50, False),
    ("nul-and-controls", b"abc\x00" + bytes(range(1, 9)) * 3 + b"d" * 100, False),
]


class TestNulBytes:
    @pytest.mark.parametrize(("data", "text"), [c[1:] for c in NUL_CASES], ids=[c[0] for c in NUL_CASES])
    def test_one_rule(self, data: bytes, text: bool) -> None:
        assert is_binary(data) is not text
        if text:
            assert decode_bytes(data).text.count("\x00") == data.count(b"\x00")
        else:
            with pytest.raises(NotReadable):
                decode_bytes(data)

    def test_the_nul_is_shown_as_later_in_the_file(self) -> None:
        data = STORY.replace("اليوم", "اليوم\x00", 1).encode()
        (article,) = parse_noted(RawDocument(origin="x.txt", data=data)).articles
        assert any("\u2400" in paragraph for paragraph in article.paragraphs)


def _zip(*names: str, stored: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in (stored or {}).items():
            archive.writestr(name, content, compress_type=zipfile.ZIP_STORED)
        for name in names:
            archive.writestr(name, "<x/>")
    return out.getvalue()


ODT_MIME = {"mimetype": b"application/vnd.oasis.opendocument.text"}

READS = "newstui reads text, HTML and feeds"

# (id, bytes, message for a file named "a b.dat", message for stdin)
MAGIC_CASES = [
    ("gzip", gzip.compress(STORY.encode()), "gzip-compressed: try zcat 'a b.dat' | newstui",
     "gzip-compressed: try … | zcat | newstui"),
    ("bzip2", bz2.compress(STORY.encode()), "bzip2-compressed: try bzcat 'a b.dat' | newstui", None),
    ("xz", lzma.compress(STORY.encode()), "xz-compressed: try xzcat 'a b.dat' | newstui", None),
    ("pdf-all-ascii", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", f"a PDF: {READS}", f"a PDF: {READS}"),
    ("docx", _zip("[Content_Types].xml", "word/document.xml"), f"a Word document (docx): {READS}", None),
    ("xlsx", _zip("[Content_Types].xml", "xl/workbook.xml"), f"an Excel workbook (xlsx): {READS}", None),
    ("odt", _zip("content.xml", stored=ODT_MIME), f"an OpenDocument file (odt, ods): {READS}", None),
    ("zip", _zip("notes.txt"), f"a zip archive: {READS}", None),
]  # fmt: skip


class TestBinaryNamed:
    @pytest.mark.parametrize(("data", "named", "piped"), [c[1:] for c in MAGIC_CASES], ids=[c[0] for c in MAGIC_CASES])
    def test_says_what_it_is(self, data: bytes, named: str, piped: str | None) -> None:
        assert is_binary(data) and binary_kind(data, "a b.dat") == named
        with pytest.raises(NotReadable) as raised:
            decode_bytes(data, origin="a b.dat")
        assert str(raised.value) == named and "\n" not in named
        if piped is not None:
            with pytest.raises(NotReadable, match=piped.replace("|", r"\|").replace(".", r"\.")):
                decode_bytes(data, origin="-")

    def test_the_fast_path_leaves_them(self) -> None:
        assert decode._plain_utf8(MAGIC_CASES[3][1]) is None

    def test_other_binaries_keep_the_plain_message(self) -> None:
        with pytest.raises(NotReadable, match="^binary file, not text$"):
            decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))

    def test_text_starting_like_a_magic_letter_is_text(self) -> None:
        for text in ("BZ is a code\n", "PK stands for park\n", "%PDF is a prefix\n"):
            assert decode_bytes(text.encode()).text == text


# Original sentences for the Arabic twins: the second has no letter windows-1256 puts where ISO-8859-6 has none,
# so it decodes strictly in either code page and only its reading tells which is right.
TWIN_TEXTS = {
    "with-kaf-and-yeh": "أعلنت البلدية افتتاح الحديقة العامة الجديدة في وسط المدينة يوم الخميس المقبل.\n",
    "strict-in-both": "أعلنت البلدة عن خطة لإصلاح الشوارع والجسور خلال هذا الشهر. وبدأ العمال الحملة صباح الأحد.\n",
    "with-an-ellipsis": "أعلنت البلدة عن خطة لإصلاح الشوارع والجسور خلال هذا الشهر… وبدأ العمال الحملة صباح الأحد.\n",
}


@pytest.mark.parametrize(
    ("codec", "label", "name", "expected"),
    [
        pytest.param("iso8859_6", "windows-1256", "with-kaf-and-yeh", "iso-8859-6", id="8859-6-labelled-1256"),
        pytest.param("iso8859_6", "windows-1256", "strict-in-both", "iso-8859-6", id="8859-6-labelled-1256-b"),
        pytest.param("cp1256", "iso-8859-6", "strict-in-both", "windows-1256", id="1256-labelled-8859-6"),
        pytest.param("cp1256", "iso-8859-6", "with-an-ellipsis", "windows-1256", id="1256-labelled-8859-6-c1"),
        pytest.param("cp1256", "windows-1256", "strict-in-both", "windows-1256", id="1256-labelled-right"),
        pytest.param("iso8859_6", "iso-8859-6", "strict-in-both", "iso-8859-6", id="8859-6-labelled-right"),
    ],
)
@pytest.mark.parametrize("where", ["transport", "meta"])
def test_the_arabic_code_page_a_label_confuses(codec: str, label: str, name: str, expected: str, where: str) -> None:
    """Bytes labelled windows-1256 but in ISO-8859-6 (or the reverse) are read in the code page in which they
    are Arabic's words, not Latin letters and control characters among wrong letters."""
    text = TWIN_TEXTS[name]
    data = text.encode(codec)
    if where == "meta":
        page = f'<html><head><meta charset="{label}"></head><body><p>'.encode() + data + b"</p></body></html>"
        decoded = decode_bytes(page)
        assert text in decoded.text
    else:
        decoded = decode_bytes(data, declared=label)
        assert decoded.text == text
    assert (decoded.encoding, decoded.confident) == (expected, True)


# Short headlines and phrases, correctly labelled: many have no ``ال``, and in the other code page several read as
# other Arabic letters with a false one (windows-1256 ``ن`` is ISO-8859-6 ``ل``, ISO-8859-6 ``ف`` windows-1256 ``ل``).
SHORT_ARABIC = (
    "انتخابات",
    "افتتاح",
    "انتشار وباء",
    "عاجل",
    "شكرا",
    "مصر تفوز",
    "انتخابات تونس 2024",
    "انهيار سد درنة",
    "انضمام مصر",
    "انتهاء التصويت",
    "افتتاح مسرح جديد",
    "اجتماع الوزراء",
    "انطلاق مهرجان",
    "اكتشاف أثري",
    "شكرًا لكم",
    "مصر تربح",
)


@pytest.mark.parametrize("text", SHORT_ARABIC)
@pytest.mark.parametrize(("codec", "label"), [("cp1256", "windows-1256"), ("iso8859_6", "iso-8859-6")])
@pytest.mark.parametrize("where", ["transport", "meta"])
def test_short_arabic_labelled_right_keeps_its_label(text: str, codec: str, label: str, where: str) -> None:
    """A label that reads the bytes as Arabic stands: a short text without ``ال`` is no sign of the other
    code page, even when that one reads it as other letters with ``ال`` (``انتخابات`` -> ``التخابات``)."""
    data = text.encode(codec)
    if where == "meta":
        page = f'<html><head><meta charset="{label}"><title>'.encode() + data + b"</title></head></html>"
        decoded = decode_bytes(page)
        assert f"<title>{text}</title>" in decoded.text
    else:
        decoded = decode_bytes(data, declared=label)
        assert decoded.text == text
    assert decoded.encoding == label


@pytest.mark.parametrize(
    ("text", "codec", "label"),
    [
        pytest.param("مصر تفوز", "iso8859_6", "windows-1256", id="latin-letter-in-a-word"),
        pytest.param("وزير الخارجية يزور بيروت", "iso8859_6", "windows-1256", id="latin-letters-in-words"),
        pytest.param("انتخابات بيروت", "cp1256", "iso-8859-6", id="tanween-inside-a-word"),
        pytest.param("انهيار سد درنة", "cp1256", "iso-8859-6", id="tanween-inside-a-word-b"),
    ],
)
def test_short_arabic_labelled_wrong_is_read_in_the_other_code_page(text: str, codec: str, label: str) -> None:
    """A short text whose label's reading is plainly wrong (a Latin letter or a tanween inside a word) is read in
    the other Arabic code page, when that one reads it plainly as Arabic."""
    decoded = decode_bytes(text.encode(codec), declared=label)
    assert (decoded.text, decoded.encoding) == (text, "iso-8859-6" if codec == "iso8859_6" else "windows-1256")


def test_a_feed_labelled_windows_1256_in_iso_8859_6_reads_as_arabic() -> None:
    """The XML declaration's label, as a page's <meta>: the feed's title and entry read right."""
    title, entry = "نشرة البلدة", TWIN_TEXTS["strict-in-both"].strip()
    feed = (
        '<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel>'
        f"<title>{title}</title><item><title>{entry[:30]}</title><description>{entry}</description></item>"
        "</channel></rss>"
    ).encode("iso8859_6")
    parsed = parse_noted(RawDocument(origin="f.xml", data=feed))
    (article,) = parsed.articles
    assert article.source == title and article.paragraphs == (entry,)
