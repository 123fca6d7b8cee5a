"""The plain-text parser on audit texts8's findings: address lines alone under a read-also marker (links titled by
their address, never an embedded story), an outlet after a credit's comma, Oman's "/العمانية/" and KUNA's
"(كونا) --" wire leads, and an agency line under a "See also" list of titles.

Every article here is written for these tests; each test failed on the parser before the change it covers.
"""

from __future__ import annotations

import io
import json
from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_dates import dateline_agency, lead_agency, lead_dateline
from newstui.settings import Settings
from newstui.write_out import print_articles

BYLINE: Final = "جريدة الساحل – اقتصاد"
HEADLINE: Final = "الموانئ تسجل رقما قياسيا في مناولة الحاويات"
LEAD: Final = "سجلت موانئ البلاد رقما قياسيا جديدا في مناولة الحاويات خلال الشهر الماضي بدعم من خطوط ملاحية جديدة."
SECOND: Final = "وقال مدير هيئة الموانئ إن الطاقة الاستيعابية سترتفع بعد توسعة الرصيف الشمالي."
AFTER: Final = "وجاء النمو أعلى من تقديرات شركات الشحن في المنطقة."
ADDRESSES: Final = (
    "https://www.alsahel-news.example.com/economy/7101",
    "https://www.alsahel-news.example.com/economy/7102",
    "https://www.alsahel-news.example.com/economy/7103",
)


def _doc(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _parse(text: str) -> list[Article]:
    return parse_plaintext(text, origin="x")


def _links(article: Article) -> list[tuple[str, str | None, str]]:
    return [(link.title, link.url, link.kind) for link in article.related]


# -- M1. Address lines alone under a read-also marker: links titled by their address ------------------------------

SEE_ALSO_END: Final = [
    # (marker, number of addresses, glued: one block, kind)
    ("شاهد أيضا", 2, False, "related"),
    ("شاهد أيضا", 2, True, "related"),
    ("See also", 3, False, "related"),
    ("See also", 1, False, "related"),
    ("اقرأ أيضاً:", 2, True, "read-also"),
]


@pytest.mark.parametrize(("marker", "count", "glued", "kind"), SEE_ALSO_END)
@pytest.mark.parametrize("footer", [None, "© 2027 جريدة الساحل. جميع الحقوق محفوظة"], ids=["bare", "footer"])
def test_bare_addresses_at_the_end_are_links_not_a_story(
    marker: str, count: int, glued: bool, kind: str, footer: str | None
) -> None:
    addresses = ADDRESSES[:count]
    block = ("\n".join(addresses),) if glued else addresses
    tail = () if footer is None else (footer,)
    articles = _parse(_doc(BYLINE, HEADLINE, LEAD, SECOND, marker, *block, *tail))
    assert len(articles) == 1
    assert articles[0].paragraphs == (LEAD, SECOND)
    assert _links(articles[0]) == [(url, url, kind) for url in addresses]


MID_STORY: Final = [
    # (marker, number of addresses, glued)
    ("اقرأ أيضاً:", 2, True),
    ("اقرأ أيضاً:", 3, False),
    ("شاهد أيضا", 2, False),
    ("See also", 2, True),
]


@pytest.mark.parametrize(("marker", "count", "glued"), MID_STORY)
def test_bare_addresses_inside_the_text_leave_the_text_to_the_page(marker: str, count: int, glued: bool) -> None:
    addresses = ADDRESSES[:count]
    block = ("\n".join((marker, *addresses)),) if glued else (marker, *addresses)
    articles = _parse(_doc(BYLINE, HEADLINE, LEAD, *block, AFTER))
    assert len(articles) == 1
    assert articles[0].paragraphs == (LEAD, AFTER)
    assert _links(articles[0]) == [(url, url, "read-also") for url in addresses]


SECRET_ADDRESSES: Final = [
    # (address line, its title: no password, the lookalike host in ASCII)
    (
        "https://reader:hunter2@www.alsahel-news.example.com/economy/7104",
        "https://reader:***@www.alsahel-news.example.com/economy/7104",
    ),
    ("https://аlsahel-news.example.com/economy/7105", "https://xn--lsahel-news-xij.example.com/economy/7105"),
]


@pytest.mark.parametrize("marker", ["شاهد أيضا", "اقرأ أيضاً:"])
def test_bare_addresses_show_no_password_in_any_title(marker: str) -> None:
    lines = [line for line, _ in SECRET_ADDRESSES]
    articles = _parse(_doc(BYLINE, HEADLINE, LEAD, SECOND, marker, *lines))
    assert len(articles) == 1
    assert [link.title for link in articles[0].related] == [title for _, title in SECRET_ADDRESSES]
    printed = io.StringIO()
    print_articles(articles, 100, Settings(refs=("x",)), printed)
    assert "hunter2" not in printed.getvalue()
    assert "hunter2" not in json.dumps(articles[0].to_json(), ensure_ascii=False)


# -- L2. An outlet after a credit's comma: the agency is the attribution, the page's site no second writer ----------

CREDITS: Final = [
    # (site line, credit line, author, attribution, source)
    ("Harbor Ledger", "By Dana Whitfield, Harbor Ledger", "Dana Whitfield", None, "Harbor Ledger"),
    ("Harbor Ledger", "By Dana Whitfield, Reuters", "Dana Whitfield", "Reuters", "Harbor Ledger"),
    ("جريدة الساحل – محليات", "كتب: ليلى منصور، جريدة الساحل", "ليلى منصور", None, "جريدة الساحل"),
    ("جريدة الساحل – محليات", "كتب: ليلى منصور، رويترز", "ليلى منصور", "رويترز", "جريدة الساحل"),
]
EN_HEADLINE: Final = "Port authority approves a second container terminal"
EN_LEAD: Final = "The port authority approved on Monday plans for a second container terminal on the northern quay."
EN_SECOND: Final = "Work is expected to start next spring and take about three years."
AR_HEADLINE: Final = "البلدية تطلق مشروعا لتأهيل الواجهة البحرية"
AR_LEAD: Final = "أطلقت البلدية اليوم مشروعا لتأهيل الواجهة البحرية يشمل ممرات للمشاة وحدائق عامة."
AR_SECOND: Final = "ويستغرق تنفيذ المشروع نحو عامين بحسب الجدول المعلن."


@pytest.mark.parametrize(("site", "credit", "author", "attribution", "source"), CREDITS)
def test_outlet_after_the_writers_comma_is_no_second_writer(
    site: str, credit: str, author: str, attribution: str | None, source: str
) -> None:
    english = credit.startswith("By")
    body = (EN_HEADLINE, credit, EN_LEAD, EN_SECOND) if english else (AR_HEADLINE, credit, AR_LEAD, AR_SECOND)
    article = _parse(_doc(site, *body))[0]
    assert (article.author, article.attribution, article.source) == (author, attribution, source)
    assert article.paragraphs == ((EN_LEAD, EN_SECOND) if english else (AR_LEAD, AR_SECOND))


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("By Dana Whitfield, Omar Saleh", "Dana Whitfield, Omar Saleh"),
        ("كتب: ليلى منصور، سامي عودة", "ليلى منصور، سامي عودة"),
    ],
)
def test_two_writers_after_a_comma_stay_both(credit: str, author: str) -> None:
    """(A guard beside the test above: it passed before the change too.)"""
    english = credit.startswith("By")
    body = (EN_HEADLINE, credit, EN_LEAD, EN_SECOND) if english else (AR_HEADLINE, credit, AR_LEAD, AR_SECOND)
    article = _parse(_doc("Harbor Ledger" if english else "جريدة الساحل – محليات", *body))[0]
    assert article.author == author


# -- L3. Oman's "/العمانية/" and KUNA's "(كونا) --" -----------------------------------------------------------------

OMAN_HEADLINE: Final = "افتتاح محطة جديدة لتحلية المياه في صور"
OMAN_TEXT: Final = "افتتحت هيئة الخدمات العامة اليوم محطة لتحلية مياه البحر بطاقة مئة ألف متر مكعب يوميا."
OMAN_SECOND: Final = "وتغطي المحطة احتياجات الولاية ومناطق مجاورة لها."

LEADS: Final = [
    # (lead or dateline line over the text, or None when the dateline starts the lead; attribution, date)
    (f"صور في 3 ديسمبر 2026 /العمانية/ {OMAN_TEXT}", "العمانية", "2026-12-03"),
    (f"مسقط في 3 ديسمبر 2026م /العمانية/ {OMAN_TEXT}", "العمانية", "2026-12-03"),
    (f"الكويت - 3 - 12 (كونا) -- {OMAN_TEXT}", "كونا", None),
    (f"الكويت 3 ديسمبر 2026 (كونا) -- {OMAN_TEXT}", "كونا", "2026-12-03"),
]


@pytest.mark.parametrize(("lead", "attribution", "published"), LEADS)
def test_slashed_and_double_dashed_wire_leads(lead: str, attribution: str, published: str | None) -> None:
    article = _parse(_doc("جريدة الساحل – محليات", OMAN_HEADLINE, lead, OMAN_SECOND))[0]
    assert (article.attribution, article.published) == (attribution, published)
    assert article.paragraphs == (lead, OMAN_SECOND)  # the lead stays as written


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [("صور في 3 ديسمبر 2026 /العمانية/", "العمانية"), ("مسقط 3 ديسمبر 2026 / العمانية /", "العمانية")],
)
def test_slashed_agency_on_its_own_line_leaves_its_slashes(dateline: str, agency: str) -> None:
    assert dateline_agency(dateline) == agency
    article = _parse(_doc("جريدة الساحل – محليات", OMAN_HEADLINE, dateline, OMAN_TEXT, OMAN_SECOND))[0]
    assert (article.attribution, article.published) == (agency, "2026-12-03")


@pytest.mark.parametrize(
    ("lead", "agency", "dateline"),
    [
        (f"صور في 3 ديسمبر 2026 /العمانية/ {OMAN_TEXT}", "العمانية", "صور في 3 ديسمبر 2026 /العمانية/"),
        (f"الكويت - 3 - 12 (كونا) -- {OMAN_TEXT}", "كونا", None),
    ],
)
def test_lead_agency_and_dateline_of_gulf_wire_styles(lead: str, agency: str, dateline: str | None) -> None:
    assert (lead_agency(lead), lead_dateline(lead)) == (agency, dateline)


# -- L4. An agency line under a "See also" list of titles: the list stays the page's related list ----------------

SEE_ALSO_TITLES: Final = ("ارتفاع صادرات التمور إلى أسواق آسيا", "افتتاح سوق جديدة للمزارعين في الشمال")


@pytest.mark.parametrize("marker", ["شاهد أيضا", "See also"])
@pytest.mark.parametrize(("agency_line", "agency"), [("(واس)", "واس"), ("(AFP)", "AFP"), ("- وام -", "وام")])
@pytest.mark.parametrize("footer", [None, "سياسة الخصوصية | اتصل بنا | من نحن"], ids=["bare", "footer"])
def test_agency_line_under_see_also_titles_keeps_them_related(
    marker: str, agency_line: str, agency: str, footer: str | None
) -> None:
    tail = (agency_line,) if footer is None else (footer, agency_line)
    article = _parse(_doc(BYLINE, HEADLINE, LEAD, SECOND, marker, *SEE_ALSO_TITLES, *tail))[0]
    assert _links(article) == [(title, None, "related") for title in SEE_ALSO_TITLES]
    assert article.attribution == agency
    assert article.paragraphs == (LEAD, SECOND)
