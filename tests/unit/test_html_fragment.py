"""Feed summaries: table cells apart with " | ", list items with their bullet or number, as HTML pages give them."""

from __future__ import annotations

import random

import pytest

from newstui.parse.feed import parse_feed
from newstui.parse.html_body import BULLET, CELL_SEPARATOR, NESTED_BULLET
from newstui.parse.html_fragment import _fast_paragraphs, _tree_paragraphs, fragment_paragraphs

_HEADER_ROW = "اليوم | المباراة"


def _rss(items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>دوري الحي</title>'
        f"<link>https://league.example/</link><language>ar</language>{items}</channel></rss>"
    ).encode()


class TestFragmentTablesAndLists:
    def test_table_cells_are_separated(self) -> None:
        fragment = (
            "<p>مواعيد الأسبوع</p><table><tr><th>اليوم</th><th>المباراة</th></tr>"
            "<tr><td>الخميس</td><td>النجوم ضد الشباب</td></tr></table>"
        )
        assert fragment_paragraphs(fragment) == ["مواعيد الأسبوع", "اليوم | المباراة", "الخميس | النجوم ضد الشباب"]
        assert CELL_SEPARATOR == " | "

    def test_cell_paragraphs_join_and_empty_cells_drop(self) -> None:
        fragment = "<table><tbody><tr><td><p>Team</p><p>A</p></td><td></td><td>3</td></tr></tbody></table>"
        assert fragment_paragraphs(fragment) == ["Team A | 3"]

    @pytest.mark.parametrize("fast", [True, False])
    def test_list_items_keep_their_markers(self, fast: bool) -> None:
        fragment = "<ul><li>الأول</li><li>second<ul><li>nested</li></ul></li></ul><ol><li>one</li><li>two</li></ol>"
        expected = [f"{BULLET} الأول", f"{BULLET} second", f"{NESTED_BULLET} nested", "1. one", "2. two"]
        got = _fast_paragraphs(fragment) if fast else _tree_paragraphs(fragment)
        assert got == expected

    def test_an_items_later_lines_carry_no_marker(self) -> None:
        assert fragment_paragraphs("<ol><li>first<br>still first</li></ol>") == ["1. first", "still first"]

    def test_fast_path_still_agrees_with_lxml_on_lists(self) -> None:
        """Random nested lists: the fast path, when it answers, gives the lxml walk's markers."""
        rng = random.Random(7)
        answered = 0

        def build(depth: int) -> str:
            parts = []
            for _ in range(rng.randint(0, 3)):
                roll = rng.random()
                if roll < 0.4:
                    parts.append(rng.choice(["نص", "text", " ", "a b"]))
                elif roll < 0.5:
                    parts.append("<br>")
                elif depth < 4:
                    name = rng.choice(["ul", "ol", "p", "div", "b"])
                    if name in ("ul", "ol"):
                        items = "".join(f"<li>{build(depth + 1)}</li>" for _ in range(rng.randint(0, 3)))
                        parts.append(f"<{name}>{items}</{name}>")
                    else:
                        parts.append(f"<{name}>{build(depth + 1)}</{name}>")
            return "".join(parts)

        for _ in range(3000):
            fragment = build(0)
            fast = _fast_paragraphs(fragment)
            if fast is not None:
                answered += 1
                assert fast == _tree_paragraphs(fragment), fragment
        assert answered > 1000


class TestFeedTablesAndLists:
    def test_rss_description_table(self) -> None:
        item = (
            "<item><title>جدول المباريات</title><link>https://league.example/1</link><description><![CDATA["
            "<p>مواعيد الأسبوع</p><table><tr><th>اليوم</th><th>المباراة</th></tr>"
            "<tr><td>الخميس</td><td>النجوم ضد الشباب</td></tr></table>]]></description></item>"
        )
        (article,) = parse_feed(_rss(item), origin="feed.xml")
        assert article.paragraphs == ("مواعيد الأسبوع", _HEADER_ROW, "الخميس | النجوم ضد الشباب")

    def test_untitled_table_entry(self) -> None:
        item = (
            "<item><link>https://league.example/2</link><description><![CDATA["
            "<table><tr><th>Team</th><th>Points</th></tr><tr><td>Stars</td><td>12</td></tr></table>]]>"
            "</description></item>"
        )
        (article,) = parse_feed(_rss(item), origin="feed.xml")
        assert article.title != "TeamPoints"
        assert article.paragraphs == ("Team | Points", "Stars | 12")

    def test_rss_lists(self) -> None:
        item = (
            "<item><title>نتائج</title><link>https://league.example/3</link><description><![CDATA["
            "<p>الترتيب:</p><ol><li>النجوم</li><li>الشباب</li></ol><ul><li>ملاحظة</li></ul>]]></description></item>"
        )
        (article,) = parse_feed(_rss(item), origin="feed.xml")
        assert article.paragraphs == ("الترتيب:", "1. النجوم", "2. الشباب", f"{BULLET} ملاحظة")

    def test_atom_xhtml_lists(self) -> None:
        feed = (
            b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Club</title>'
            b"<id>urn:club</id><updated>2026-01-01T00:00:00Z</updated><entry><title>Squad</title>"
            b"<id>urn:club:1</id><updated>2026-01-01T00:00:00Z</updated><link href='https://club.example/1'/>"
            b'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Named today:</p>'
            b"<ul><li>Sara Ali</li><li>Omar Haddad<ul><li>captain</li></ul></li></ul></div></content></entry></feed>"
        )
        (article,) = parse_feed(feed, origin="feed.xml")
        assert article.paragraphs == (
            "Named today:",
            f"{BULLET} Sara Ali",
            f"{BULLET} Omar Haddad",
            f"{NESTED_BULLET} captain",
        )
