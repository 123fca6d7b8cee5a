"""Feed entries: the author's name out of "email (Name)", titles made from text by one rule, picture-only entries."""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html
from newstui.parse.plaintext import parse_plaintext


def _rss(item: str, *, language: str = "ar") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
        "<channel><title>أخبار الساحل</title>"
        f"<link>https://coast.example/</link><language>{language}</language>{item}</channel></rss>"
    ).encode()


def _entry(item: str, *, language: str = "ar") -> Article:
    (article,) = parse_feed(_rss(item, language=language), origin="feed.xml")
    return article


_STORY = "<description>افتتحت البلدية صباح اليوم جسراً جديداً للمشاة فوق الطريق الساحلي.</description>"


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("<author>news@example.com (Sara Ali)</author>", "Sara Ali"),
        ("<author>desk@coast.example (سارة علي)</author>", "سارة علي"),
        ("<author>سارة علي &lt;sara@coast.example&gt;</author>", "سارة علي"),
        ("<author>Sara Ali</author>", "Sara Ali"),
        ("<dc:creator>سامي ناصر</dc:creator>", "سامي ناصر"),
        ("<author>news@example.com</author>", None),
        (
            "<atom:author><atom:name>Sara Ali</atom:name><atom:email>s@coast.example</atom:email></atom:author>",
            "Sara Ali",
        ),
        ("<author>mailto:news@example.com</author>", None),
        ("", None),
    ],
    ids=[
        "rss-form",
        "rss-form-arabic",
        "name-then-address",
        "name",
        "dc-creator",
        "address-alone",
        "atom",
        "mailto",
        "none",
    ],
)
def test_the_author_is_a_name_never_an_address(author: str, expected: str | None) -> None:
    """RSS's "address (Name)" gives the name; an address alone is a mailbox, not a byline, so no author."""
    assert _entry(f"<item><title>جسر جديد</title>{author}{_STORY}</item>").author == expected


_SHORT = "خبر بلا عنوان: افتتحت البلدية جسراً جديداً للمشاة يوم 2026/11/30."
_LONG = (
    "افتتحت البلدية صباح اليوم جسراً جديداً للمشاة فوق الطريق الساحلي يربط الحي القديم بالكورنيش "
    "ويخدم آلاف السكان والزوار يومياً، بعد أعمال استمرت قرابة عامين وكلفت أكثر من أربعة ملايين دينار."
)
_ENGLISH = (
    "The council opened a footbridge over the coast road this morning linking the old quarter to the "
    "seafront promenade for thousands of residents and visitors every single day of the year."
)


def _titles(lead: str) -> dict[str, str]:
    """The title each parser makes of an untitled story whose first paragraph is ``lead``."""
    second = "وقال رئيس البلدية إن الجسر سيفتح أمام الجمهور على مدار الساعة."
    from_feed = _entry(f"<item><description>&lt;p&gt;{lead}&lt;/p&gt;&lt;p&gt;{second}&lt;/p&gt;</description></item>")
    (from_page,) = parse_html(f"<html><body><article><p>{lead}</p><p>{second}</p></article></body></html>", origin="p")
    (from_text,) = parse_plaintext(f"{lead}\n\n{second}\n", origin="t")
    return {"feed": from_feed.title, "page": from_page.title, "text": from_text.title}


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (_SHORT, "خبر بلا عنوان: افتتحت البلدية جسراً جديداً للمشاة يوم 2026/11/30"),
        (
            _LONG,
            "افتتحت البلدية صباح اليوم جسراً جديداً للمشاة فوق الطريق الساحلي يربط الحي القديم بالكورنيش "
            "ويخدم آلاف السكان والزوار…",
        ),
        (
            _ENGLISH,
            "The council opened a footbridge over the coast road this morning linking the old quarter to the "
            "seafront promenade…",
        ),
    ],
    ids=["sentence", "long-arabic", "long-english"],
)
def test_a_title_made_from_text_follows_one_rule(lead: str, expected: str) -> None:
    """Feed entry, page and text file alike: the first sentence without its full stop, else whole words and "…"."""
    assert _titles(lead) == {"feed": expected, "page": expected, "text": expected}


_PICTURE_ITEMS = [
    (
        "img-alt",
        '<item><title>الجسر الجديد</title><description>&lt;img src="https://coast.example/b.jpg" '
        'alt="الجسر الجديد للمشاة عند الغروب"&gt;</description></item>',
        "الجسر الجديد",
        ("الجسر الجديد للمشاة عند الغروب",),
    ),
    (
        "img-alt-untitled",
        '<item><description>&lt;p&gt;&lt;img src="b.jpg" alt="Fishing boats moored at dusk"&gt;&lt;/p&gt;'
        "</description></item>",
        "Fishing boats moored at dusk",
        ("Fishing boats moored at dusk",),
    ),
    (
        "img-without-alt",
        '<item><title>Boats at dusk</title><description>&lt;img src="IMG_2041.jpg" alt="IMG_2041.jpg"&gt;'
        "</description></item>",
        "Boats at dusk",
        (),  # the title alone: not repeated as the story's only paragraph
    ),
    (
        "image-enclosure",
        '<item><title>Boats at dusk</title><enclosure url="https://coast.example/b.jpg" type="image/jpeg" '
        'length="1200"/></item>',
        "Boats at dusk",
        (),
    ),
    (
        "media-description",
        '<item><title>Boats at dusk</title><media:content url="https://coast.example/b.jpg" medium="image">'
        "<media:description>Fishing boats moored at dusk</media:description></media:content></item>",
        "Boats at dusk",
        ("Fishing boats moored at dusk",),
    ),
]


@pytest.mark.parametrize(
    ("item", "title", "paragraphs"), [c[1:] for c in _PICTURE_ITEMS], ids=[c[0] for c in _PICTURE_ITEMS]
)
def test_a_picture_alone_says_what_it_shows(item: str, title: str, paragraphs: tuple[str, ...]) -> None:
    """An entry that is only a picture reads its alt text; without one its title stands alone, not repeated."""
    article = _entry(item, language="en" if title.isascii() else "ar")
    assert (article.title, article.paragraphs) == (title, paragraphs)


def test_a_headline_without_text_or_picture_stays_empty() -> None:
    """A link-only entry (a headline and its address) keeps an empty body: the story is fetched from the page."""
    article = _entry("<item><title>جسر جديد للمشاة</title><link>https://coast.example/a/1</link></item>")
    assert (article.title, article.paragraphs) == ("جسر جديد للمشاة", ())
