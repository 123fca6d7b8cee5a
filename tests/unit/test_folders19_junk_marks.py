"""Junk bytes in UTF-8 text that read in windows-1256 as letters kept apart by invisible marks (direction marks,
the soft hyphen, a ZWNJ beside a ZWJ) are no word: they become U+FFFD and are told (audit folders19 #3), while
real windows-1256 words, with a ZWNJ, harakat, punctuation or a direction mark at their edge, still read."""

from __future__ import annotations

import pytest

from newstui.model import RawDocument
from newstui.parse import parse_noted
from newstui.text import decode
from newstui.text.decode import MIXED, decode_bytes

# An original story written for these tests.
HEADLINE = "افتتاح جسر المشاة فوق الوادي"
LEAD = "افتتحت البلدية صباح اليوم جسرا للمشاة فوق الوادي يربط الحي الشرقي بالسوق القديم."
BODY = "وقال رئيس البلدية إن الجسر يختصر على السكان طريقا طويلا كانوا يسلكونه كل يوم."


def _utf8_with(junk: bytes) -> bytes:
    """The story in UTF-8 with ``junk`` as a word of its lead's paragraph."""
    return f"{HEADLINE}\n\n{LEAD} ".encode() + junk + f" {BODY}\n".encode()


# (id, bytes, what windows-1256 would make of them)
NO_WORDS = [
    ("ff-fe-fd-ff", b"\xff\xfe\xfd\xff", "ے, RLM, LRM, ے"),  # the audit's four bytes
    ("ff-fe-ff", b"\xff\xfe\xff", "ے, RLM, ے"),
    ("e1-fd-e1", b"\xe1\xfd\xe1", "ل, LRM, ل"),
    ("ff-ad-ff", b"\xff\xad\xff", "ے, soft hyphen, ے"),
    ("ff-9d-9e-ff", b"\xff\x9d\x9e\xff", "ے, ZWNJ, ZWJ, ے"),
    ("c7-fe-fe-e1", b"\xc7\xfe\xfe\xe1", "ا, RLM, RLM, ل"),
]


@pytest.mark.parametrize("junk", [case[1] for case in NO_WORDS], ids=[case[0] for case in NO_WORDS])
def test_letters_kept_apart_by_idle_marks_are_no_word(junk: bytes) -> None:
    assert decode._windows_1256_word(junk) is None


@pytest.mark.parametrize("junk", [case[1] for case in NO_WORDS], ids=[case[0] for case in NO_WORDS])
def test_in_utf8_text_they_are_replacement_characters_and_told(junk: bytes) -> None:
    data = _utf8_with(junk)
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("\ufffd") == decoded.unread == len(junk)
    assert not {"\u200e", "\u200f", "\u00ad", "\u200c", "\u200d", "ے"} & set(decoded.text)
    note = parse_noted(RawDocument(origin="b.txt", data=data)).note
    assert note is not None and f"{len(junk)} characters could not be read as utf-8" in note


def test_four_bytes_are_told_as_three_are() -> None:
    """The audit's pair: ``\\xff\\xfe\\xfd`` and ``\\xff\\xfe\\xfd\\xff`` are both U+FFFD, told."""
    for junk in (b"\xff\xfe\xfd", b"\xff\xfe\xfd\xff"):
        (article,) = parse_noted(RawDocument(origin="b.txt", data=_utf8_with(junk))).articles
        assert "\ufffd" * len(junk) in " ".join(article.paragraphs)


# Real-shaped windows-1256 words (Arabic and Persian), each with its Arabic letters.
REAL_WORDS = [
    ("plain", "العربية", 7),
    ("zwnj-persian", "می\u200cخواهم", 7),
    ("zwnj-haraka", "می\u200cَخواهم", 7),
    ("rlm-before", "\u200fالعربية", 7),
    ("rlm-after", "العربية\u200f", 7),
    ("rlm-around-hyphen", "عربي\u200f-\u200fانجليزي", 11),
    ("comma", "العربية،", 7),
    ("harakat", "الَعّرَب", 5),
    ("tatweel", "جميـــل", 7),
    ("quoted", "«الوادي»", 6),
]


@pytest.mark.parametrize(("word", "letters"), [case[1:] for case in REAL_WORDS], ids=[case[0] for case in REAL_WORDS])
def test_real_windows_1256_words_still_read(word: str, letters: int) -> None:
    assert decode._windows_1256_word(word.replace("ی", "ي").encode("cp1256")) == letters


def test_utf8_story_with_windows_1256_words_still_mixed() -> None:
    """A UTF-8 story with a windows-1256 sentence holding a ZWNJ word and a direction mark at a word's edge: each
    word in its own encoding, nothing unread."""
    pasted = "قالت الموظفة: مي\u200cخواهم ان يكتمل الجسر\u200f قريبا."
    data = f"{HEADLINE}\n\n{LEAD}\n\n".encode() + pasted.encode("cp1256") + f"\n\n{BODY}\n".encode()
    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.unread) == (MIXED, 0)
    assert pasted in decoded.text


@pytest.mark.parametrize(
    "text",
    [
        f"{HEADLINE}\n\n{LEAD}\n\n{BODY}\n",
        f"{HEADLINE}\n\nقال المهندس\u200f: يكتمل العمل خلال 3 أشهر\u200f.\n\n{BODY}\n",
        "افتتاح کتابخانه\u200cای تازه در شهر\n\n"
        "کتابخانه\u200cای تازه امروز در مرکز شهر گشایش یافت و مردم از آن دیدن کردند.\n",
    ],
    ids=["arabic", "arabic-direction-marks", "persian-zwnj"],
)
def test_whole_windows_1256_files_still_read(text: str) -> None:
    data = text.replace("ی", "ي").encode("cp1256")
    decoded = decode_bytes(data)
    assert decoded.encoding == "windows-1256" and decoded.unread == 0
    assert "\ufffd" not in decoded.text
