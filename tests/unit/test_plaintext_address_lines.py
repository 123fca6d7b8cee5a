"""Where an address line of a plain-text story is the story's own url and where it stays in the text (audit break7:
M1 a post's or embed's address under the lead, M2 several address lines under the lead, M3 a first-line address
with a query, a fragment or no path; M4 a separated story whose headline has its address line under it).

Every article here is written for these tests; each test failed on the parser before the change it covers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_addresses import embed_address, home_address
from newstui.parse.plaintext_cues import introduces_embed
from newstui.sources.index import index_file, parse_indexed

HEADLINE = "بلدية الميناء تفتتح سوقا جديدا للسمك على الواجهة البحرية"
LEAD = "افتتحت بلدية الميناء صباح اليوم سوقا جديدا للسمك على الواجهة البحرية بحضور عدد من الصيادين والتجار."
AFTER = "وأضاف رئيس البلدية أن السوق سيفتح أبوابه يوميا من الفجر حتى الظهر."
PAGE = "https://www.almina-news.example/local/2027/05/fish-market"
EN_HEADLINE = "Harbour town opens a new fish market"
EN_LEAD = "The harbour council opened a new fish market on the seafront on Monday morning."
EN_AFTER = "The market will open every day from dawn until noon."


def _parse(*lines: str) -> list[Article]:
    return parse_plaintext("\n\n".join(lines) + "\n", origin="x")


# -- M1: a social post's or embed's address under the lead stays in the text ------------------------------------

EMBEDS = [
    ("twitter-status", LEAD, "https://twitter.com/almina_city/status/1790011122233"),
    ("x-status", LEAD, "https://x.com/almina_city/status/1790011122233"),
    ("pic-twitter", LEAD, "pic.twitter.com/Xy7Qw2Lm"),
    ("instagram-post", LEAD, "https://www.instagram.com/p/CxYz123AbC/"),
    ("facebook-post", LEAD, "https://www.facebook.com/alminacity/posts/4455667788"),
    ("fb-watch", LEAD, "https://fb.watch/aBcD12345/"),
    ("youtube-watch", LEAD, "https://www.youtube.com/watch?v=Zx9Yw8Vu7Ts"),
    ("youtu-be", LEAD, "https://youtu.be/Zx9Yw8Vu7Ts"),
    ("telegram", LEAD, "https://t.me/almina_channel/812"),
    ("tiktok", LEAD, "https://www.tiktok.com/@almina/video/7311122233344"),
    ("soundcloud", LEAD, "https://soundcloud.com/almina-radio/market-report"),
    ("mobile-facebook", LEAD, "https://m.facebook.com/alminacity/videos/4455667788"),
    # a lead that announces what follows: any address under it is a quoted post or an embed
    ("lead-says", "وكتب رئيس البلدية على صفحة البلدية قائلا", PAGE),
    ("lead-says-tanween", "ونشرت البلدية على موقعها بيانا جاء فيه قائلةً", PAGE),
    ("lead-tweeted", "وعلق رئيس البلدية على الافتتاح في تغريدة وغرد", PAGE),
    ("lead-wrote-en", "The mayor thanked the fishermen on the council's page, saying", PAGE),
]


@pytest.mark.parametrize(("lead", "address"), [case[1:] for case in EMBEDS], ids=[case[0] for case in EMBEDS])
def test_an_embed_under_the_lead_stays_in_the_text(lead: str, address: str) -> None:
    (article,) = _parse(HEADLINE, lead, address, AFTER)
    assert article.url is None
    assert article.title == HEADLINE
    assert list(article.paragraphs) == [lead, address, AFTER]


def test_an_english_post_under_the_lead_stays_in_the_text() -> None:
    post = "https://x.com/harbour_mayor/status/555666777"
    (article,) = _parse(EN_HEADLINE, "The mayor posted on X after the opening", post, EN_AFTER)
    assert article.url is None
    assert list(article.paragraphs) == ["The mayor posted on X after the opening", post, EN_AFTER]


# Guards, right before the change too and kept: the story's own page under the lead, as saved pages put it, is
# still the story's url (round 31's rule), and a lead ending with a colon keeps any address under it.
OWN = [
    ("arabic", HEADLINE, LEAD, PAGE, AFTER),
    ("english", EN_HEADLINE, EN_LEAD, PAGE, EN_AFTER),
    ("lead-ends-said", HEADLINE, "قال رئيس البلدية إن السوق الجديد سيوفر فرص عمل للشباب كما نشر.", PAGE, AFTER),
    ("twitter-word-in-path", HEADLINE, LEAD, "https://www.almina-news.example/twitter.com/fish", AFTER),
]


@pytest.mark.parametrize(("headline", "lead", "address", "after"), [case[1:] for case in OWN], ids=[c[0] for c in OWN])
def test_the_page_address_under_the_lead_is_the_story_url(headline: str, lead: str, address: str, after: str) -> None:
    (article,) = _parse(headline, lead, address, after)
    assert article.url == address
    assert list(article.paragraphs) == [lead, after]


def test_an_address_under_a_lead_ending_with_a_colon_stays() -> None:
    lead = "ونشرت البلدية على موقعها بيان الافتتاح:"
    (article,) = _parse(HEADLINE, lead, PAGE, AFTER)
    assert (article.url, list(article.paragraphs)) == (None, [lead, PAGE, AFTER])


# -- M2: several address lines under the lead are a list, none the story's url ----------------------------------

LISTS = [
    ("three-glued", "\n".join(f"{PAGE}-{part}" for part in ("prices", "hours", "map")), ["prices", "hours", "map"]),
    ("two-glued", f"{PAGE}-prices\n{PAGE}-hours", ["prices", "hours"]),
    ("two-apart", f"{PAGE}-prices\n\n{PAGE}-hours", ["prices", "hours"]),
]


@pytest.mark.parametrize(("block", "parts"), [case[1:] for case in LISTS], ids=[case[0] for case in LISTS])
def test_address_lines_in_a_row_under_the_lead_stay_in_the_text(block: str, parts: list[str]) -> None:
    (article,) = _parse(HEADLINE, LEAD, block)
    assert article.url is None
    assert list(article.paragraphs) == [LEAD, *(f"{PAGE}-{part}" for part in parts)]


# -- M3: the first line's address: a page's (a path, a query, a fragment) or the site's home ---------------------

FIRST_LINES = [
    # (case, first line, the story's url, its source)
    ("query", "https://www.almina-news.example/?p=48213", "https://www.almina-news.example/?p=48213", None),
    ("fragment", "https://news.almina.example/#/article/48213", "https://news.almina.example/#/article/48213", None),
    ("query-bare", "almina-news.com/?p=48213", "https://almina-news.com/?p=48213", None),
    ("path", PAGE, PAGE, None),
    ("root-slash", "https://www.almina-news.example/", None, "www.almina-news.example"),
    ("root", "https://www.almina-news.example", None, "www.almina-news.example"),
    ("bare-host", "www.almina-news.example", None, "www.almina-news.example"),
]


@pytest.mark.parametrize(
    ("first", "url", "source"), [case[1:] for case in FIRST_LINES], ids=[case[0] for case in FIRST_LINES]
)
def test_a_first_line_address_is_the_page_or_the_site(first: str, url: str | None, source: str | None) -> None:
    (article,) = _parse(first, HEADLINE, LEAD)
    assert (article.url, article.source) == (url, source)
    assert article.title == HEADLINE
    assert list(article.paragraphs) == [LEAD]  # the headline once, as the title


@pytest.mark.parametrize(
    "first", ["https://www.almina-news.example/", "www.almina-news.example", "https://www.almina-news.example/?p=7"]
)
def test_a_first_line_address_over_a_byline_never_doubles_the_headline(first: str) -> None:
    (article,) = parse_plaintext(f"{first}\nصدى الميناء – محليات\n{HEADLINE}\n{LEAD}\n", origin="x")
    assert (article.title, article.source, article.section) == (HEADLINE, "صدى الميناء", "محليات")
    assert list(article.paragraphs) == [LEAD]


# -- the listing's quick head agrees with the full parse ---------------------------------------------------------

LISTED = [
    ("root", f"https://www.almina-news.example/\n{HEADLINE}\n{LEAD}\n"),
    ("query", f"https://www.almina-news.example/?p=48213\n{HEADLINE}\n{LEAD}\n"),
]


@pytest.mark.parametrize("text", [case[1] for case in LISTED], ids=[case[0] for case in LISTED])
def test_the_listing_never_gives_another_address(tmp_path: Path, text: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    (stub,) = index_file(str(path), cap=1 << 20)
    (first, *_) = parse_indexed(stub, cap=1 << 20)
    assert stub.indexed_only and stub.title == first.title == HEADLINE
    assert stub.source == first.source
    assert stub.url in (None, first.url)
    assert HEADLINE not in first.paragraphs


# -- the helpers --------------------------------------------------------------------------------------------------

HOSTS = [
    ("https://twitter.com/a/status/1", True),
    ("https://pic.twitter.com/Ab", True),
    ("https://www.youtube.com/watch?v=a", True),
    ("https://youtu.be/a", True),
    ("https://t.me/a/1", True),
    ("https://www.almina-news.example/twitter.com", False),
    ("https://notx.com/a", False),
    ("https://[broken/a", False),
]


@pytest.mark.parametrize(("url", "expected"), HOSTS)
def test_embed_address(url: str, expected: bool) -> None:
    assert embed_address(url) is expected


HOMES = [
    ("https://www.almina.example/", True),
    ("https://www.almina.example", True),
    ("https://www.almina.example/?p=1", False),
    ("https://www.almina.example/#/a/1", False),
    ("https://www.almina.example/a", False),
]


@pytest.mark.parametrize(("url", "expected"), HOMES)
def test_home_address(url: str, expected: bool) -> None:
    assert home_address(url) is expected


INTRODUCERS = [
    ("وكتب على حسابه قائلا", True),
    ("وكتب على حسابه قائلاً", True),
    ("ونشرت على حسابها:", True),
    ("He wrote…", True),
    ("قال الوزير إن الاتفاق تم كما نشر.", False),
    ("افتتحت البلدية السوق اليوم", False),
]


@pytest.mark.parametrize(("text", "expected"), INTRODUCERS)
def test_introduces_embed(text: str, expected: bool) -> None:
    assert introduces_embed(text) is expected


# -- M4: a separator over a headline with its address line under it starts the file's next story -----------------

SECOND_HEADLINE = "ارتفاع أسعار الوقود في محطات المدينة"
SECOND_LEAD = "ارتفعت أسعار الوقود في محطات المدينة صباح اليوم بنسبة ملحوظة وسط شكاوى من السائقين."
SECOND_PAGE = "https://www.almina-news.example/economy/2027/05/fuel"

SEPARATED = [
    # (case, the first story's lines, the second story's head lines)
    ("second-addressed", [HEADLINE, LEAD], [SECOND_HEADLINE, SECOND_PAGE]),
    ("both-addressed", [HEADLINE, PAGE, LEAD], [SECOND_HEADLINE, SECOND_PAGE]),
    ("second-addressed-bare", [HEADLINE, LEAD], [SECOND_HEADLINE, "almina-news.com/economy/fuel"]),
]


@pytest.mark.parametrize(("first", "second"), [case[1:] for case in SEPARATED], ids=[case[0] for case in SEPARATED])
def test_a_separated_story_with_its_address_line_stands_apart(first: list[str], second: list[str]) -> None:
    one, two = parse_plaintext(
        "\n".join(first) + "\n\n* * *\n\n" + "\n".join(second) + f"\n\n{SECOND_LEAD}\n", origin="x"
    )
    assert (one.title, list(one.paragraphs)) == (HEADLINE, [LEAD])
    assert (two.title, list(two.paragraphs)) == (SECOND_HEADLINE, [SECOND_LEAD])
    assert two.url == (second[1] if "://" in second[1] else f"https://{second[1]}")


# -- L6: a "place - sentence" lead under the headline is the text's first line, not a byline ------------------------

PLACE_LEADS = [
    "القاهرة - كتب وزير الخارجية على منصة إكس",
    "الرباط – أعلنت الوزارة عن موسم جيد",
    "عمّان - تحدث مسؤول في البلدية اليوم",
    "بيروت | انطلقت الحملة في كل المناطق",
    "Tunis - The minister spoke on the runway",
]


@pytest.mark.parametrize("lead", PLACE_LEADS)
def test_a_place_and_a_sentence_under_the_headline_is_the_lead(lead: str) -> None:
    (article,) = _parse(HEADLINE, lead, AFTER)
    assert (article.title, article.source, article.section) == (HEADLINE, None, None)
    assert list(article.paragraphs) == [lead, AFTER]


@pytest.mark.parametrize(
    ("byline", "source", "section"),
    [
        ("صدى الميناء – أخبار محلية", "صدى الميناء", "أخبار محلية"),
        ("Harbour Post – Local News", "Harbour Post", "Local News"),
    ],
)
def test_a_byline_under_the_headline_still_names_source_and_section(byline: str, source: str, section: str) -> None:
    """(A guard, right before the change too.)"""
    (article,) = parse_plaintext(f"{HEADLINE}\n{byline}\n{LEAD}\n", origin="x")
    assert (article.title, article.source, article.section) == (HEADLINE, source, section)
    assert list(article.paragraphs) == [LEAD]
