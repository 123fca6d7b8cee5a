"""A Markdown note read as plain text: heading hashes and strong-emphasis stars are markup, not words."""

from __future__ import annotations

import pytest

from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_head import quick_head

LEAD = "يعود المهرجان هذا العام بعد غياب دام ثلاث سنوات، ويشارك فيه أكثر من خمسين مزارعاً من القرى المجاورة."
SECOND = "وقال رئيس المجلس المحلي إن المهرجان سيستمر ثلاثة أيام في الساحة الرئيسية."
HEADLINE = "مهرجان الزيتون السنوي يعود إلى القرية"

_HEADINGS = [
    ("h1", f"# {HEADLINE}"),
    ("h2", f"## {HEADLINE}"),
    ("closing-hashes", f"### {HEADLINE} ###"),
    ("tab", f"#\t{HEADLINE}"),
    ("strong", f"**{HEADLINE}**"),
]


@pytest.mark.parametrize("line", [case[1] for case in _HEADINGS], ids=[case[0] for case in _HEADINGS])
def test_a_markdown_headline_is_the_title_without_its_markup(line: str) -> None:
    """The title, in the full parse and in a folder's quick listing alike, has no hashes or stars."""
    text = f"{line}\n\n{LEAD}\n\n{SECOND}\n"
    article = parse_plaintext(text, origin="note.md")[0]
    assert article.title == HEADLINE
    assert article.paragraphs == (LEAD, SECOND)
    head = quick_head(text)
    assert head is None or head.title == HEADLINE


def test_emphasis_and_subheadings_in_the_body() -> None:
    """Stars around words go, a subheading's hashes go; the words stay in order."""
    body = f"يعود **مهرجان الزيتون** هذا العام.\n\n## البرنامج\n\n{SECOND}\n\n**المصدر:** المجلس المحلي\n"
    text = f"# {HEADLINE}\n\n{body}"
    article = parse_plaintext(text, origin="note.md")[0]
    assert article.paragraphs == ("يعود مهرجان الزيتون هذا العام.", "البرنامج", SECOND)
    assert article.attribution == "المجلس المحلي"


_NOT_MARKUP = [
    ("hashtag", "#اقتصاد"),
    ("number", "#1 في المبيعات هذا الشهر"),
    ("lone-stars", "سعر السهم ** غير معلن"),
    ("powers", "المعادلة 2**3 = 8 و a**b تعني الأس"),
    ("kwargs", "Use **kwargs in Python and 2**10 is 1024"),
]


@pytest.mark.parametrize("line", [case[1] for case in _NOT_MARKUP], ids=[case[0] for case in _NOT_MARKUP])
def test_hashes_and_stars_that_are_not_markup_stay(line: str) -> None:
    """A hashtag, a number sign without a space and unpaired stars are text."""
    article = parse_plaintext(f"{HEADLINE}\n\n{LEAD}\n\n{line} {SECOND}\n", origin="note.txt")[0]
    assert article.paragraphs[-1] == f"{line} {SECOND}"
