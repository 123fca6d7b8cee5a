"""Plain-text parsing stays linear on long runs (dots, spaces, brackets, abbreviations, read-also lines).

Each pattern made linear is held to the one it replaced on random text (the same matches), and each
hostile input runs under a hang guard: minutes of work on the quadratic code, milliseconds now.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hang_guard import guarded
from newstui.parse import plaintext_keywords
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_addresses import address_of, split_url
from newstui.parse.plaintext_byline import breadcrumb
from newstui.parse.plaintext_credits import author_credit
from newstui.parse.plaintext_dates import iso_date
from newstui.parse.plaintext_keywords import split_keywords
from newstui.parse.plaintext_lines import lead_title
from newstui.parse.plaintext_unwrap import unwrap
from newstui.text import sentences

OLD_SENTENCE_END = re.compile("[.!?؟…][.!?؟…]*[\"'”’»)\\]]*(?=\\s|$)")
OLD_KEYWORD_DASH = re.compile(r"\s+[-–—]\s+")
TRAILING = ".,;:!?،؛'’"


def old_url_end(url: str) -> str:
    """The address's end as first written: counted again for each bracket dropped."""
    for opener, closer in (("(", ")"), ("[", "]")):
        while url.endswith(closer) and url.count(opener) < url.count(closer):
            url = url[:-1].rstrip(TRAILING)
    return url


TEXT = st.lists(st.sampled_from([".", "!", "؟", "…", " ", "\t", "-", "–", "x", "ب", '"', "»", ")", "]"]), max_size=30)


@settings(max_examples=400, deadline=None)
@given(pieces=TEXT)
def test_sentence_ends_are_found_where_they_were(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = [match.span() for match in sentences._SENTENCE_END_RE.finditer(text)]
    assert found == [match.span() for match in OLD_SENTENCE_END.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(pieces=TEXT)
def test_keyword_dashes_split_where_they_did(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert plaintext_keywords._KEYWORD_DASH_RE.split(text) == OLD_KEYWORD_DASH.split(text)


@settings(max_examples=400, deadline=None)
@given(tail=st.lists(st.sampled_from(["(", ")", "[", "]", ".", ",", "a", "’", "?"]), max_size=16))
def test_an_address_ends_where_it_did(tail: list[str]) -> None:
    text = "see https://e.example/a" + "".join(tail) + " now"
    match = re.search(r"https?://[^\s<>\"“”«»]+", text)
    assert match is not None
    assert split_url(text)[1] == old_url_end(match.group().rstrip(TRAILING))


@pytest.mark.parametrize(
    ("work", "check"),
    [
        (lambda: lead_title("a" + "." * 200_000 + "a"), lambda title: title.startswith("a.")),
        (lambda: lead_title("Dr. " * 250_000), lambda title: title.startswith("Dr. Dr.")),
        (lambda: split_keywords("a" + " " * 200_000 + "b"), lambda words: words == ["a" + " " * 200_000 + "b"]),
        (lambda: split_keywords("a" + " " * 200_000 + "- b"), lambda words: words == ["a", "b"]),
        (lambda: split_url("title https://e.example/" + ")" * 200_000), lambda split: split[1] == "https://e.example/"),
        (lambda: author_credit("By Jane" + " " * 200_000 + "Doe"), lambda credit: credit is not None),
        (lambda: author_credit("By Jane" + " ," * 100_000), lambda credit: credit is None),
        (lambda: breadcrumb("Home" + " >" * 100_000), lambda crumbs: crumbs is None),
        (lambda: iso_date("30 Nov 2026 10:00" + " " * 200_000 + "GMT"), lambda day: day == "2026-11-30T10:00:00"),
        (lambda: parse_plaintext("Home" + " > a" * 50_000 + "\n\nText.", origin="x"), lambda found: len(found) == 1),
        (lambda: address_of("a-" * 200_000 + ".com/x"), lambda url: url is None),
        (lambda: address_of("a." * 200_000 + "1/x"), lambda url: url is None),
        (lambda: address_of("ab-" * 200_000 + "c.com/x"), lambda url: url is not None),
    ],
    ids=[
        "dots",
        "abbreviations",
        "spaces",
        "spaces-then-dash",
        "closing-brackets",
        "credit-spaces",
        "credit-commas",
        "breadcrumb-separators",
        "time-then-spaces",
        "long-breadcrumb-line",
        "hyphens",
        "labels",
        "long-host",
    ],
)
def test_long_runs_are_read_once(work: object, check: object) -> None:
    """10,000 dots took 4.9 s, 1 MB of "Dr. " 66 s, 40,000 spaces 17 s, 40,000 ")" 1–3 s."""
    assert check(guarded(work))  # type: ignore[operator]


def test_a_long_wrapped_text_is_unwrapped_in_one_pass() -> None:
    """128,000 hard-wrapped lines: each chosen line was looked for in a list (32,000 took 4.7 s)."""
    line = "word " * 11 + "end"
    text = "\n".join(line if number % 2 else line + "." for number in range(128_000))
    assert guarded(lambda: unwrap(text)).split() == text.split()


def test_thousands_of_read_also_lines_are_folded_in_one_pass() -> None:
    """20,000 read-also headlines with their addresses: every entry was looked at for each (8,000 took 7.9 s)."""
    blocks = "\n\n".join(f"اقرأ أيضا: خبر رقم {n} عن الموضوع\n\nhttps://example.com/story/{n}" for n in range(20_000))
    articles = guarded(lambda: parse_plaintext("عنوان الخبر\n\nنص الخبر الأول هنا.\n\n" + blocks, origin="x"))
    links = articles[0].related
    assert len(links) == 20_000
    assert [link.title for link in links[:20_000:4_999]] == [f"خبر رقم {n} عن الموضوع" for n in range(0, 20_000, 4_999)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "\n\n---\n\n".join(
                f"صحيفة {n} – محليات\n\nعنوان الخبر رقم {n}\n\nنص الخبر رقم {n} هنا." for n in range(3_000)
            ),
            3_000,
        ),
        ("عنوان الخبر\n\n" + "\n\n* * *\n\n".join(f"تحدث المسؤول في الفقرة {n}." for n in range(20_000)), 1),
    ],
    ids=["stories", "breaks-in-one-story"],
)
def test_separators_are_read_once(text: str, count: int) -> None:
    """Thousands of separator lines, each over a story or within one, are parsed in one pass."""
    assert len(guarded(lambda: parse_plaintext(text, origin="x"))) == count


def _heads_reach(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """The deepest line under a part's first one that ``read_head`` looked at while ``text`` was parsed."""
    import newstui.parse.plaintext as plaintext

    deepest = [0]
    read_head = plaintext.read_head

    def watched(line_at: Any) -> Any:
        def looked(index: int) -> Any:
            deepest[0] = max(deepest[0], index)
            return line_at(index)

        return read_head(looked)

    monkeypatch.setattr(plaintext, "read_head", watched)
    parse_plaintext(text, origin="x")
    return deepest[0]


_TALL_HEADS = [
    "\n\n".join(["الرئيسية > أخبار > محليات", "صحيفة النهر – محليات", "القاهرة - 3 مارس 2026", "كتب: سامي علي"] * 3)
    + "\n\nعنوان الخبر الطويل عن افتتاح الجسر\n\n"
    + "\n\n".join(["https://alnahr.example/local/1", "12:30 م", "بقلم فلان"] * 4)
    + "\n\nنص الخبر الذي يبدأ هنا ويطول قليلا حتى ينتهي.\n",
    "\n\n".join(["عنوان قصير"] * 60) + "\n\nنص.\n",
    "\n\n".join(["---", "صحيفة – محليات", "عنوان", "نص الخبر هنا."] * 20),
]


@pytest.mark.parametrize("text", _TALL_HEADS, ids=["furniture-everywhere", "short-lines", "parts"])
def test_a_head_is_read_within_its_reach(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``_story_cuts`` reads a part's head once when the part is taller than ``HEAD_REACH``: that holds only while
    ``read_head`` never looks further down, however the lines under a part's top are made."""
    from newstui.parse.plaintext import HEAD_REACH

    assert _heads_reach(text, monkeypatch) < HEAD_REACH
