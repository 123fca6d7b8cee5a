"""hostile21: a page's huge attribute values, its link runs by the thousand and its crowds of inline elements are
cut down before trafilatura reads it (its work grew with them: seconds to minutes); a related link whose web
address holds a bidi mark keeps its place, titled, with no address."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import lxml.html
import pytest
import trafilatura

from hang_guard import guarded
from newstui.parse import html as html_module
from newstui.parse.html import parse_html

_LEAD = "افتتحت البلدية صباح اليوم حديقة عامة جديدة في الحي الشرقي تضم ملاعب للأطفال ومسارات للمشي."
_SECOND = "وقال رئيس البلدية إن الحديقة ستفتح أبوابها يوميا من السابعة صباحا حتى العاشرة مساء."
_TITLE = "افتتاح حديقة عامة في الحي الشرقي"


def _page(middle: str, head: str = "") -> str:
    return (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_TITLE}</title>{head}</head>'
        f"<body><article><h1>{_TITLE}</h1><p>{_LEAD}</p>{middle}<p>{_SECOND}</p></article></body></html>"
    )


@pytest.fixture
def handed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """The trees newstui hands trafilatura, as they are then."""
    trees: list[Any] = []
    extract = trafilatura.bare_extraction

    def spy(root: Any, *args: Any, **kwargs: Any) -> Any:
        trees.append(lxml.html.fromstring(lxml.html.tostring(root)))
        return extract(root, *args, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", spy)
    yield trees


def _longest_value(root: Any) -> int:
    return max((len(value) for element in root.iter() for value in element.attrib.values()), default=0)


# Finding 2: one huge attribute value


@pytest.mark.parametrize(
    "markup",
    [
        '<div class="{}"></div>',
        "<div class='{}'></div>",
        "<div class={}></div>",
        '<div data-state="{}"></div>',
        '<img src="data:image/png;base64,{}">',
    ],
)
def test_a_huge_attribute_value_is_dropped_before_extraction(handed: list[Any], markup: str) -> None:
    """A megabyte of ``class`` (quoted or not), of a data attribute, of an inline picture: trafilatura tests every
    ``class`` with XPath (a 5 MB one took 6 s). No value over 4,096 characters reaches it; the story is read."""
    (article,) = guarded(lambda: parse_html(_page(markup.format("a" * 1_000_000)), origin="big.html"))
    assert article.title == _TITLE
    assert article.paragraphs == (_LEAD, _SECOND)
    assert handed and max(map(_longest_value, handed)) <= 4096


def test_a_huge_link_address_is_dropped_and_its_title_kept() -> None:
    """An ``href`` over 4,096 characters is no address (newstui links 2,000 at most): its link keeps its title."""
    links = (
        f'<a href="https://example.com/{"x" * 1990}">مهرجان الزهور يعود إلى الحديقة</a>'
        f'<a href="https://example.com/{"y" * 9000}">البلدية تزرع ألف شجرة</a>'
    )
    (article,) = parse_html(_page(f"<h3>اقرأ أيضاً</h3><ul><li>{links}</li></ul>"), origin="page.html")
    assert [(link.title, link.url) for link in article.related] == [
        ("مهرجان الزهور يعود إلى الحديقة", f"https://example.com/{'x' * 1990}"),
        ("البلدية تزرع ألف شجرة", None),
    ]


def test_long_meta_keywords_are_cut_between_keywords() -> None:
    """A ``<meta>`` value is text: one over the bound keeps its first words, cut at a separator."""
    keywords = "، ".join(f"حديقة{n}" for n in range(2000))
    (article,) = parse_html(_page("", f'<meta name="keywords" content="{keywords}">'), origin="page.html")
    assert article.keywords[:3] == ("حديقة0", "حديقة1", "حديقة2")
    assert len(article.keywords) == 30


def test_an_ordinary_page_is_not_walked_for_long_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tree is walked only when the markup shows a value that long: a long page of short values is not."""
    walked: list[object] = []
    monkeypatch.setattr(html_module, "_cut_long_values", walked.append)
    rows = "".join(f'<p class="row"><a href="/news/{n}">{_LEAD}</a></p>' for n in range(200))
    parse_html(_page(rows), origin="page.html")
    assert walked == []
    parse_html(_page(f'<div class="{"b" * 5000}">x</div>'), origin="page.html")
    assert len(walked) == 1


# Finding 1: links by the thousand, inline elements by the thousand


def test_a_run_of_thousands_of_links_is_cut_before_extraction(handed: list[Any]) -> None:
    """30,000 links in a row (an index of the site): trafilatura gets the first 200 (100,000 took 14 s of CPU)."""
    links = " ".join(f'<a href="/l{n}">رابط {n}</a>' for n in range(30_000))
    (article,) = guarded(lambda: parse_html(_page(links), origin="links.html"))
    assert article.title == _TITLE
    assert article.paragraphs[0] == _LEAD
    assert _SECOND in article.paragraphs
    assert handed and max(len(tree.findall(".//a")) for tree in handed) <= 200


def test_a_list_of_thousands_of_links_is_cut_before_extraction(handed: list[Any]) -> None:
    """Links each in a list item of its own are a run too (on a page of more than 10,000 links, cut to 200)."""
    items = "".join(f'<li><a href="/l{n}">رابط {n}</a></li>' for n in range(12_000))
    (article,) = guarded(lambda: parse_html(_page(f"<ul>{items}</ul>"), origin="links.html"))
    text = " ".join(article.paragraphs)
    assert _LEAD in text and _SECOND in text and "رابط 11999" not in text
    assert handed and max(len(tree.findall(".//li")) for tree in handed) <= 200


def test_a_related_list_of_hundreds_keeps_its_first_links() -> None:
    """A run cut to its first 200 still gives the page's first related links."""
    items = "".join(f'<li><a href="/news/{n}">خبر ذو صلة رقم {n}</a></li>' for n in range(6_000))
    page = _page(f"<h3>أخبار ذات صلة</h3><ul>{items}</ul>")
    (article,) = parse_html(page, origin="https://example.com/a", url="https://example.com/a")
    assert [link.url for link in article.related[:3]] == [f"https://example.com/news/{n}" for n in range(3)]
    assert len(article.related) == 50


def test_paragraphs_of_one_link_each_are_not_cut(handed: list[Any]) -> None:
    """A run of paragraphs is the story's, even when each is one link."""
    lines = "".join(f'<p><a href="/l{n}">سطر رقم {n} من القائمة</a></p>' for n in range(6_000))
    parse_html(_page(lines), origin="links.html")
    assert handed and len(handed[0].findall(".//p/a")) == 6_000


def test_a_block_of_thousands_of_spans_is_unwrapped_its_text_kept(handed: list[Any]) -> None:
    """12,000 ``<span>``s in one block took trafilatura 20 s (40,000 took 170 s): past the block's 1,000th they
    are unwrapped; the text is the same."""
    words = " ".join(f"<span>كلمة{n}</span>" for n in range(12_000))
    (article,) = guarded(lambda: parse_html(_page(f"<div>{words}</div>"), origin="spans.html"))
    assert " ".join(f"كلمة{n}" for n in range(12_000)) in article.paragraphs
    assert handed and max(len(tree.findall(".//span")) for tree in handed) <= 1000


def test_spans_by_the_ten_thousand_across_paragraphs_are_unwrapped(handed: list[Any]) -> None:
    """200 paragraphs of 100 ``<b>``s each: past the page's 10,000th they are unwrapped, the text the same."""
    paragraphs = [" ".join(f"<b>كلمة{block}-{n}</b>" for n in range(100)) for block in range(200)]
    (article,) = guarded(lambda: parse_html(_page("".join(f"<p>{p}</p>" for p in paragraphs)), origin="b.html"))
    assert article.paragraphs[1] == " ".join(f"كلمة0-{n}" for n in range(100))
    assert article.paragraphs[200] == " ".join(f"كلمة199-{n}" for n in range(100))
    assert handed and max(len(tree.findall(".//b")) for tree in handed) <= 10_000


def test_a_page_of_a_few_thousand_elements_is_not_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a page of more than 5,000 elements is looked into for runs: an ordinary one is not walked again."""
    walked: list[object] = []
    monkeypatch.setattr(html_module, "_thin_runs", lambda root, elements: walked.append(len(elements)))
    parse_html(_page("".join(f'<a href="/l{n}">رابط {n}</a>' for n in range(4_000))), origin="links.html")
    assert walked == []
    parse_html(_page("".join(f'<a href="/l{n}">رابط {n}</a>' for n in range(6_000))), origin="links.html")
    assert len(walked) == 1


# audit-rtl21 finding 1: a related link whose web address holds a bidi mark


def test_a_related_link_whose_address_holds_a_bidi_mark_keeps_its_title() -> None:
    """An RLM pasted after the address, an RLO, an escape: the link is shown as its title, with no address (as a
    feed's is); javascript:, mailto: and in-page links are still no related links."""
    links = [
        ("https://example.com/news/a1&#x200F;", "وزير الخارجية يلتقي نظيره في العاصمة"),
        ("https://example.com/a2&#x202E;gpj.exe", "البرلمان يقر الموازنة العامة"),
        ("HTTPS://example.com/a3&#27;]52;c;eA==&#7;", "الحكومة تعلن خطة للنقل العام"),
        ("https://example.com/a4", "افتتاح المكتبة الوطنية الجديدة"),
        ("javascript:alert(1)", "رابط برمجي لا يتبع"),
        ("javascript:alert(1)&#x200F;", "رابط برمجي آخر لا يتبع"),
        ("mailto:desk@example.com", "راسلوا التحرير"),
        ("#comments", "التعليقات على الخبر"),
    ]
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in links)
    (article,) = parse_html(_page(f"<h3>اقرأ أيضاً</h3><ul>{items}</ul>"), origin="page.html")
    assert [(link.title, link.url) for link in article.related] == [
        ("وزير الخارجية يلتقي نظيره في العاصمة", None),
        ("البرلمان يقر الموازنة العامة", None),
        ("الحكومة تعلن خطة للنقل العام", None),
        ("افتتاح المكتبة الوطنية الجديدة", "https://example.com/a4"),
    ]
