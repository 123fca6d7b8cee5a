"""Hostile HTML and feed summaries cost time in proportion to their size, not its square or cube.

Work is counted (calls, traced lines), not timed; where only a regular expression or a loop in C does
the work, a hang guard (an alarm) stops a test that would take minutes. Equivalence cases pin the
results on ordinary input.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import lxml.etree
import lxml.html
import pytest

from hang_guard import guarded, hang_guard
from newstui.parse import html as html_module
from newstui.parse import html_body, html_links, html_meta, html_title
from newstui.parse.html import parse_html
from newstui.parse.html_fragment import _fast_paragraphs, _tree_paragraphs, fragment_anchors, fragment_paragraphs
from newstui.parse.html_links import related_blocks
from newstui.parse.html_meta import is_generic_title, title_parts, title_site
from newstui.parse.html_title import heading_headline
from newstui.text.normalize import normalize
from newstui.text.sanitize import sanitize_line


def _traced_lines(module_file: str, run: Callable[[], Any]) -> int:
    """How many lines of the module's Python code ``run`` executes."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def call(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename == module_file else None

    previous = sys.gettrace()
    sys.settrace(call)
    try:
        run()
    finally:
        sys.settrace(previous)
    return count


def _page(body: str) -> Any:
    return lxml.html.document_fromstring(f"<html><head><title>t</title></head><body>{body}</body></html>")


_PROSE = "<p>This is a paragraph of the article with enough words to count as text here.</p>"


# 1. title_site: every run of <title> parts was folded (cubic in the number of parts).


def _old_title_site(document_title: str | None, headlines: list[str | None]) -> str | None:
    """title_site as it was, every run of parts searched (the reference for titles of few parts)."""
    parts = title_parts(document_title)
    if len(parts) < 2:
        return None
    folded = {normalize(headline) for headline in headlines if headline}
    folded.discard("")
    for start in range(len(parts)):
        for end in range(len(parts), start, -1):
            if (start, end) == (0, len(parts)) or normalize(" ".join(parts[start:end])) not in folded:
                continue
            names = [part for part in parts[:start] + parts[end:] if not is_generic_title(part)]
            if len(names) == 1 and html_meta._is_name(names[0]):
                return names[0]
            if len(names) > 1 and (start == 0 or end == len(parts)):
                farthest = names[-1] if start == 0 else names[0]
                if html_meta._is_name(farthest):
                    return farthest
    names = [part for part in parts if not is_generic_title(part)]
    if len(names) == 1 and len(names) < len(parts) and html_meta._is_name(names[0]):
        if len(names[0].split()) <= 4:
            return names[0]
    return None


class TestTitleSite:
    def _calls(self, monkeypatch: pytest.MonkeyPatch, parts: int) -> int:
        calls = 0

        def counted(text: str, *, memo: bool = True) -> str:
            nonlocal calls
            calls += 1
            return normalize(text, memo=memo)

        monkeypatch.setattr(html_meta, "normalize", counted)
        title = "Real headline here | " + "Home | " * parts + "Home"
        assert title_site(title, ["Other"]) == "Real headline here"  # the name beside generic parts, as before
        return calls

    def test_folds_grow_linearly_with_the_parts(self, monkeypatch: pytest.MonkeyPatch) -> None:
        small, large = self._calls(monkeypatch, 100), self._calls(monkeypatch, 200)
        assert large <= 2.5 * small

    @pytest.mark.parametrize(
        ("document_title", "headlines", "expected"),
        [
            ("وفاة الممثل القدير - بوابة الفجر", ["وفاة الممثل القدير"], "بوابة الفجر"),
            ("بوابة الفجر | وفاة الممثل القدير", ["وفاة الممثل القدير"], "بوابة الفجر"),
            ("Headline here - Politics - The Daily", ["Headline here"], "The Daily"),
            ("The Daily :: Politics :: Headline here", ["Headline here"], "The Daily"),
            ("جريدة الوطن - تفاصيل الخبر", [None], "جريدة الوطن"),
            ("A - B - C - D - E - F - G - H - I - J - K - Site", ["A - B - C - D - E - F - G - H - I - J - K"], "Site"),
            ("Just a headline", ["Just a headline"], None),
        ],
    )
    def test_ordinary_titles(self, document_title: str, headlines: list[str | None], expected: str | None) -> None:
        assert title_site(document_title, headlines) == expected
        assert _old_title_site(document_title, headlines) == expected

    def test_titles_of_up_to_twelve_parts_as_before(self) -> None:
        rng = random.Random(7)
        words = ["Home", "News", "Site Name", "The headline of it", "Politics", "تفاصيل الخبر", "بوابة الفجر", "x"]
        separators = [" | ", " - ", " :: "]
        for _ in range(3000):
            parts = [rng.choice(words) for _ in range(rng.randint(1, 12))]
            title = rng.choice(separators).join(parts)
            pieces = title_parts(title)
            start = rng.randrange(len(pieces))
            end = rng.randint(start + 1, len(pieces))
            headlines: list[str | None] = [" ".join(pieces[start:end]), rng.choice(words), None]
            assert title_site(title, headlines) == _old_title_site(title, headlines), (title, headlines)


# 2. fragment_anchors: an anchor start tag without ">" was read to the end of the summary from every "<a".


class TestFragmentAnchors:
    def test_unclosed_anchor_tags(self) -> None:
        fragment = "<a " * 50_000
        with hang_guard():
            assert fragment_anchors(fragment) == (fragment, {})

    def test_unclosed_anchor_tags_before_an_anchor(self) -> None:
        fragment = "<p>x</p>" + "<a " * 50_000 + "<a href='/u'>Story</a>"
        with hang_guard():
            assert fragment_anchors(fragment) == (fragment, {"story": "/u"})

    def test_unclosed_tags_inside_an_anchor(self) -> None:
        fragment = "<a href='/u'>" + "<b" * 200_000 + "</a>"
        with hang_guard():
            result, hrefs = fragment_anchors(fragment)
        assert result == fragment
        assert hrefs == {normalize(sanitize_line("<b" * 200_000)): "/u"}

    @pytest.mark.parametrize(
        ("fragment", "expected"),
        [
            ("<p>Text <a href='/x'>Read more</a></p>", ("<p>Text </p>", {})),
            ("<p>See <a href=\"/s\" title='1<2'>the story</a>.</p>", (None, {"the story": "/s"})),
            ("<p><A HREF=/v>One</A> and <a\nhref='/w'>Two</a ></p>", (None, {"one": "/v", "two": "/w"})),
            (
                "<p><a href='/a'>x <b>bold</b> y</a> <a>more</a></p>",
                ("<p><a href='/a'>x <b>bold</b> y</a> </p>", {"x bold y": "/a"}),
            ),
            ("<abbr>no</abbr> <a name=n>Anchor</a> &amp; <a href='&amp;q'>Q</a>", (None, {"anchor": None, "q": "&q"})),
        ],
    )
    def test_ordinary_anchors(self, fragment: str, expected: tuple[str | None, dict[str, str | None]]) -> None:
        markup, hrefs = expected
        assert fragment_anchors(fragment) == (fragment if markup is None else markup, hrefs)


# 3. fragment_paragraphs: each <a> searched the stack of open elements for another <a>.


class TestFastParagraphsAnchors:
    def test_many_anchors_deep_inside(self) -> None:
        depth = 40_000
        fragment = "<b>" * depth + "<a>x</a>" * depth + "</b>" * depth
        with hang_guard():
            assert fragment_paragraphs(fragment) == ["x" * depth]

    @pytest.mark.parametrize(
        "fragment",
        [
            "<p><b>bold <a href='/x'>link</a></b> and <a>another</a></p>",
            "<div><a href='/x'>one</a><p><i><a>two</a></i></p></div>",
            "<a>outer <b><a>inner</a></b></a>",  # an anchor in an anchor: lxml decides
            "<a>outer <a>inner</a></a>",
            "<b><a>x</a></b><a>y <span><a>z</a></span></a>",
        ],
    )
    def test_same_as_the_tree_walk(self, fragment: str) -> None:
        fast = _fast_paragraphs(fragment)
        if "<a>inner" in fragment or "<a>z" in fragment:
            assert fast is None
        else:
            assert fast == _tree_paragraphs(fragment)
        assert fragment_paragraphs(fragment) == _tree_paragraphs(fragment)


# 4 and 5. related_blocks: asides checked once per enclosing article; nested related blocks each read whole.


class TestRelatedBlocks:
    _LINKS_FILE = html_links.__file__

    def _lines(self, body: str) -> int:
        root = _page(body)
        return _traced_lines(self._LINKS_FILE, lambda: related_blocks(root))

    def test_asides_in_nested_articles(self) -> None:
        def body(asides: int) -> str:
            aside = "<aside><a href='/x'>link text here</a></aside>"
            articles = asides // 10
            return "<article>" * articles + _PROSE + aside * asides + "</article>" * articles

        small, large = self._lines(body(200)), self._lines(body(400))
        assert large <= 2.5 * small

    def test_nested_related_blocks(self) -> None:
        def body(depth: int) -> str:
            return _PROSE + "<div class='related'><a href='/y'>related link</a>" * depth + "</div>" * depth

        small, large = self._lines(body(100)), self._lines(body(200))
        assert large <= 2.5 * small

    def test_nested_related_blocks_of_prose(self) -> None:
        def body(depth: int) -> str:
            level = "<div class='related'><p>" + "plain words " * 10 + "</p><a href='/y'>related link</a>"
            return _PROSE + level * depth + "</div>" * depth

        small, large = self._lines(body(100)), self._lines(body(200))
        assert large <= 2.5 * small
        root = _page(body(200))
        assert related_blocks(root) == []  # prose with a link on every level: no block

    def test_nested_related_headings(self) -> None:
        # Built, not parsed: deeper than the parser goes (each level's text was read again: 40 s).
        root = _page(_PROSE)
        node = root.find("body")
        for _ in range(6000):
            node = lxml.etree.SubElement(node, "b")
        node.text = "Related"
        with hang_guard():
            headings = html_links._headings(root)
        assert headings == [(node, "related")]
        body = _PROSE + "<b>" * 200 + "Related" + "</b>" * 200 + "<ul><li><a href='/z'>A story</a></li></ul>"
        root = _page(body)
        headings = html_links._headings(root)  # the innermost bold only
        assert [(element.tag, element.text, len(element), kind) for element, kind in headings] == [
            ("b", "Related", 0, "related")
        ]

    def test_headings_as_before(self) -> None:
        body = (
            "<div><h3><span><i></i></span>Related <em>stories</em></h3><ul><li><a href='/1'>One story</a></li></ul>"
            "<p><strong>اقرأ أيضا</strong></p><a href='/2'>Two story</a>"
            "<div><span>Related</span> <a href='/r'>Read more</a></div><ul><li><a href='/3'>Three</a></li></ul>"
            "<h2><span>" + "x" * 81 + "</span> Related</h2><ul><li><a href='/4'>Four story</a></li></ul></div>"
        )
        blocks = related_blocks(_page(body))
        found = [(element.tag, sanitize_line(element.text_content()), kind) for element, kind in blocks]
        assert found == [
            ("h3", "Related stories", "related"),
            ("ul", "One story", "related"),
            ("p", "اقرأ أيضا", "read-also"),
            ("a", "Two story", "read-also"),
            ("div", "Related Read more", "read-also"),  # as it always was
            ("ul", "Three", "read-also"),
        ]

    def test_labels_read_by_the_walk_as_by_itertext(self, monkeypatch: pytest.MonkeyPatch) -> None:
        rng = random.Random(5)
        tokens = ["<h3>", "</h3>", "<span>", "</span>", "<div>", "</div>", "<b>", "</b>", "Related", "اقرأ أيضا"]
        tokens += [" ", "<a href='/x'>", "</a>", "story", "<!-- c -->", "<ul><li><a href='/y'>Item</a></li></ul>"]
        tokens += ["x" * 30, "<p>", "</p>", "<strong>"]
        pages = [_page("".join(rng.choice(tokens) for _ in range(rng.randint(1, 30)))) for _ in range(1500)]
        by_itertext = [html_links._headings(root) for root in pages]
        monkeypatch.setattr(html_links, "_DEEP_READS", 0)
        assert [html_links._headings(root) for root in pages] == by_itertext
        for root in pages:
            labels: dict[Any, Any] = {}
            for element in root.iter():
                if not isinstance(element.tag, str):
                    continue
                label = html_links._label(element, labels)
                assert (None if label is None else label[0]) == html_links._deep_short_text(element, 80)

    def test_blocks_as_before(self) -> None:
        body = (
            "<article><h1>Title</h1>" + _PROSE + "<aside><a href='/1'>One story</a><a href='/2'>Two</a></aside>"
            "<article><aside>A note of prose, <a href='/n'>a link</a>, and more prose after it.</aside>"
            "<aside><!-- c --> <a href='/3'>Three</a> </aside></article>"
            "<div class='related-stories'><ul><li><a href='/4'>Four</a></li></ul>"
            "<div id='RELATED'><a href='/5'>Five</a></div></div>"
            "<div class='related'>Long prose that is not a list of links at all <a href='/6'>six</a></div>"
            "<h3>Related</h3><ul><li><a href='/7'>Seven story</a></li></ul></article>"
            "<aside><a href='/8'>Outside any article</a></aside>"
        )
        root = _page(body)
        found = [
            (element.tag, element.get("class") or element.get("id"), kind) for element, kind in related_blocks(root)
        ]
        assert found == [
            ("h3", None, "related"),
            ("ul", None, "related"),
            ("div", "related-stories", "related"),
            ("aside", None, "related"),
            ("aside", None, "related"),
        ]
        texts = [sanitize_line(element.text_content()) for element, _ in related_blocks(root)]
        assert texts[-2:] == ["One storyTwo", "Three"]

    def test_density_as_link_dense(self) -> None:
        rng = random.Random(3)
        tokens = ["<a href='x'>", "</a>", "<div>", "</div>", "<b>", "</b>", " ", " \n", "text", "link", "<!-- c -->"]
        tokens.append("\u00a0")
        for _ in range(1500):
            root = _page("".join(rng.choice(tokens) for _ in range(rng.randint(1, 30))))
            elements = [element for element in root.iter() if isinstance(element.tag, str)]
            found: dict[Any, bool] = {}
            html_links._densities(root, set(elements), found)
            assert found == {element: html_links._link_dense(element) for element in elements}


# 6. The smaller ones: headings against <title> parts, the paragraphs dropped from the top one by one,
# the ancestors of every bold text or paragraph climbed, the <h1> of nested articles read once per article.


class TestHeadingHeadline:
    def _calls(self, monkeypatch: pytest.MonkeyPatch, count: int) -> int:
        calls = 0

        def counted(text: str, *, memo: bool = True) -> str:
            nonlocal calls
            calls += 1
            return normalize(text, memo=memo)

        monkeypatch.setattr(html_title, "normalize", counted)
        parts = [f"Headline part number {i}" for i in range(count)]
        root = _page("".join(f"<h2>Heading {i} here</h2>" for i in range(count)) + "<p>x</p>")
        assert heading_headline(root, None, parts) is None
        return calls

    def test_folds_grow_linearly(self, monkeypatch: pytest.MonkeyPatch) -> None:
        small, large = self._calls(monkeypatch, 100), self._calls(monkeypatch, 200)
        assert large <= 2.5 * small

    @pytest.mark.parametrize(
        ("body", "parts", "expected"),
        [
            (
                "<h2>Section</h2><h2>The real headline</h2><p>Text.</p>",
                ["The real headline", "Site"],
                "The real headline",
            ),
            (
                "<h2>The real headline of it and more</h2><p>Text.</p>",
                ["The real headline of", "Site"],
                "The real headline of it and more",
            ),
            (
                "<h3>Other</h3><h2>The real headline of it</h2>",
                ["The real headline", "Home"],
                "The real headline of it",
            ),
            ("<h2>Home</h2><h3>Site</h3><p>Some text</p>", ["Home", "Site"], "Site"),
        ],
    )
    def test_ordinary_pages(self, body: str, parts: list[str], expected: str | None) -> None:
        assert heading_headline(_page(body), None, parts) == expected


class TestHtmlPage:
    def _lines(self, run: Callable[[], Any], module_file: str = html_body.__file__) -> int:
        return _traced_lines(module_file, run)

    def test_bold_texts_deep_inside(self) -> None:
        def lines(count: int) -> int:
            root = _page("<div>" * count + "<b></b>" * count + "</div>" * count)
            return self._lines(lambda: html_body.bold_lead(root))

        small, large = lines(100), lines(200)
        assert large <= 2.5 * small

    def test_bold_lead_as_before(self) -> None:
        root = _page("<nav><b>Menu</b></nav><div><header><strong>Site</strong></header><p><b></b><b>Lead</b></p></div>")
        assert html_body.bold_lead(root) == "Lead"
        assert html_body.bold_lead(_page("<footer><div><b>x</b></div></footer>")) is None

    def test_paragraphs_deep_inside(self) -> None:
        def lines(count: int) -> int:
            root = _page("<div>" * count + "<p></p>" * count + "</div>" * count)
            return self._lines(lambda: html_body.fallback_paragraphs(root))

        small, large = lines(100), lines(200)
        assert large <= 2.5 * small

    def test_fallback_paragraphs_as_before(self) -> None:
        body = (
            "<article><p>One</p><aside><p>No</p></aside><div><nav><div><p>No</p></div></nav><p>Two</p></div></article>"
        )
        assert html_body.fallback_paragraphs(_page(body)) == ["One", "Two"]
        nested = "<article><p>Out</p><article><p>In</p></article></article>"
        assert html_body.fallback_paragraphs(_page(nested)) == ["Out", "In", "In"]  # as it always was

    def test_h1_of_nested_articles(self) -> None:
        def lines(count: int) -> int:
            root = _page("<article><h1></h1>" * count + "</article>" * count)
            return self._lines(lambda: html_title.first_h1(root, set(), None), html_title.__file__)

        small, large = lines(100), lines(200)
        assert large <= 2.5 * small

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            (
                "<header><h1><a href='/'>Site</a></h1></header><article><h1>Headline</h1></article>",
                ("Headline", None),  # the articles are searched first
            ),
            ("<h1>Page</h1><main><article><h1></h1></article><h1>Main one</h1></main>", ("Main one", None)),
            ("<article><article><h1><a href='/'>Logo</a></h1></article></article><h1>Outer</h1>", ("Outer", "Logo")),
            ("<main><h1></h1></main>", (None, None)),
        ],
    )
    def test_first_h1_as_before(self, body: str, expected: tuple[str | None, str | None]) -> None:
        assert html_title.first_h1(_page(body), set(), None) == expected

    def test_repeated_title_dropped_at_once(self) -> None:
        paragraphs = ["Title"] * 400_000 + ["Text."]
        with hang_guard():
            html_body.drop_repeated_title(paragraphs, "Title")
        assert paragraphs == ["Text."]
        paragraphs = ["Label", "Title", "Title", "Text.", "Title"]
        html_body.drop_repeated_title(paragraphs, "Title")
        assert paragraphs == ["Text.", "Title"]


def _nested_prose(levels: int) -> str:
    """A page whose story is followed by ``levels`` blocks of prose, each inside the one before."""
    body = "".join(
        f"<div class='related'><p>Paragraph number {n} of the nested blocks goes on for a while.</p>"
        f"<a href='/y{n}'>link {n}</a>"
        for n in range(levels)
    )
    lead = "The lead paragraph of the story. " * 10
    return (
        "<html><head><title>Deep</title></head><body><article><h1>Deep page headline</h1>"
        f"<p>{lead}</p>{body}{'</div>' * levels}</article></body></html>"
    )


def test_a_page_nested_thousands_deep_is_flattened_before_extraction() -> None:
    """2,000 nested blocks of prose: trafilatura's work grew with the square of the nesting (30 s);
    below 64 levels such a page's blocks are unwrapped, their text kept."""
    (article,) = guarded(lambda: parse_html(_nested_prose(2000), origin="deep.html"))
    assert article.title == "Deep page headline"
    text = "\n".join(article.paragraphs)
    assert all(f"Paragraph number {n} of" in text for n in (0, 999, 1999))


def test_an_ordinary_page_is_not_walked_to_be_flattened(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a page deeper than libxml2's usual 256 levels is flattened: the others are not walked again."""
    walked: list[int] = []
    monkeypatch.setattr(html_module, "_flatten", lambda root, limit: walked.append(limit))
    parse_html(_nested_prose(200), origin="deep.html")
    assert walked == []
    parse_html(_nested_prose(300), origin="deep.html")
    assert walked == [html_module._DEEP_LIMIT]
