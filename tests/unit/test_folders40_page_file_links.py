"""A local HTML page with no address of its own, in a folder: its links to the folder's files by a relative path
(``b.html``, ``sub/c.txt``) or a ``file:`` URL lead to those files' stories, as a browser opening the saved page
follows them; never to a file the sources did not give (audit folders40 #2)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from newstui.corpus import resolve_links
from newstui.link_match import file_link_id, linked_file
from newstui.model import Article, Link
from newstui.sources.loader import load_sources
from newstui.sources.options import LoadOptions

HEADLINES = {
    "a.html": "معرض الكتاب يفتح أبوابه للزوار في دورته العاشرة",
    "b.html": "دور النشر العربية تعرض أحدث إصداراتها في المعرض",
    "sub/c.txt": "ندوة عن مستقبل القراءة بين الشباب على هامش المعرض",
    "d.html": "توقيع روايات جديدة في جناح الكتاب الأول",
}
TITLES = ("دور النشر تعرض إصداراتها", "ندوة القراءة", "توقيع الروايات", "قصة خارج المجلد", "الأصل على الويب")


def _page(headline: str, links: str) -> str:
    body = "".join(
        f"<p>{text}</p>"
        for text in (
            f"{headline}، في حدث ثقافي يجمع مئات الكتاب والقراء من مدن مختلفة.",
            "وقال المنظمون إن عدد الزوار في اليوم الأول تجاوز عشرة آلاف زائر.",
            "ويستمر المعرض أسبوعين، وتقام على هامشه ندوات وأمسيات شعرية.",
        )
    )
    return (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{headline}</title></head><body><article><h1>{headline}</h1>{body}</article>"
        f"<aside><h2>اقرأ أيضا</h2><ul>{links}</ul></aside></body></html>"
    )


def _archive(tmp_path: Path) -> Path:
    """``archive/`` (the source given) and ``outside.html`` beside it (not given)."""
    folder = tmp_path / "archive"
    (folder / "sub").mkdir(parents=True)
    items = [
        ("b.html", TITLES[0]),
        ("sub/c.txt", TITLES[1]),
        ((folder / "d.html").as_uri(), TITLES[2]),
        ("../outside.html", TITLES[3]),
        ("https://www.example-kitab.test/news/7", TITLES[4]),
    ]
    links = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in items)
    (folder / "a.html").write_text(_page(HEADLINES["a.html"], links), encoding="utf-8")
    (folder / "b.html").write_text(_page(HEADLINES["b.html"], ""), encoding="utf-8")
    (folder / "d.html").write_text(_page(HEADLINES["d.html"], ""), encoding="utf-8")
    text = f"مجلة الثقافة – فعاليات\n\n{HEADLINES['sub/c.txt']}\n\nنظمت إدارة المعرض ندوة عن القراءة مساء أمس.\n"
    (folder / "sub" / "c.txt").write_text(text, encoding="utf-8")
    (tmp_path / "outside.html").write_text(_page("خبر في ملف لم يعطه القارئ", ""), encoding="utf-8")
    return folder


@pytest.mark.parametrize("indexed", [False, True], ids=["parsed", "listed"])
def test_a_pages_relative_and_file_links_lead_to_the_folders_files(tmp_path: Path, indexed: bool) -> None:
    folder = _archive(tmp_path)
    results = asyncio.run(load_sources([str(folder)], LoadOptions(index_folders=indexed)))
    articles = resolve_links([article for result in results for article in result.articles])
    by_title = {article.title: article for article in articles}
    page = by_title[HEADLINES["a.html"]]
    links = [(link.title, link.url) for link in page.related]
    assert links == [
        (TITLES[0], "b.html"),
        (TITLES[1], "sub/c.txt"),
        (TITLES[2], (folder / "d.html").as_uri()),
        (TITLES[3], "../outside.html"),
        (TITLES[4], "https://www.example-kitab.test/news/7"),
    ], "in the page's order, the file: link kept"
    if indexed:  # the reader's listing: a link naming a file finds its story as the reader does
        targets = [file_link_id(link, page.origin, articles) for link in page.related]
    else:
        targets = [link.target for link in page.related]
    assert targets == [
        by_title[HEADLINES["b.html"]].id,
        by_title[HEADLINES["sub/c.txt"]].id,
        by_title[HEADLINES["d.html"]].id,
        None,  # a file beside the folder, not given: no story of it is loaded
        None,
    ]


def test_a_pages_links_without_a_story_file_are_left_alone(tmp_path: Path) -> None:
    """Addresses naming no story file of the page's folder: another scheme, a site path, a picture, a file: URL of
    another host; and a text file's relative path keeps its documented reading (not followed)."""
    from newstui.link_match import page_link_path

    page = str(tmp_path / "news" / "a.html")
    for address in ("javascript:go('b.html')", "/archives/b.html", "logo.png", "file://host/news/b.html", "sub/"):
        assert page_link_path(address, page) is None, address
    assert page_link_path("b.html", str(tmp_path / "news" / "a.txt")) is None
    assert linked_file(Link("قصة", "../older.txt"), str(tmp_path / "news" / "a.txt")) is None
    assert page_link_path("%D8%BA%D9%84%D8%A7%D8%A1.html#top", page) == str(tmp_path / "news" / "غلاء.html")


def test_a_page_with_a_canonical_address_keeps_its_web_links(tmp_path: Path) -> None:
    """A page saved with its address resolves its relative links against it (web addresses), as before."""
    folder = tmp_path / "site"
    folder.mkdir()
    html = _page(HEADLINES["a.html"], f'<li><a href="b.html">{TITLES[0]}</a></li>').replace(
        "</head>", '<link rel="canonical" href="https://www.example-kitab.test/news/1"></head>'
    )
    (folder / "a.html").write_text(html, encoding="utf-8")
    results = asyncio.run(load_sources([str(folder / "a.html")], LoadOptions()))
    article: Article = results[0].articles[0]
    assert [link.url for link in article.related] == ["https://www.example-kitab.test/news/b.html"]
