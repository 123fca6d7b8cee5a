"""A site's map (sitemaps.org) is no feed: named, one clear line; in a folder, left out silently as OPML is."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.errors import ParseError, SiteMap
from newstui.parse.feed import parse_feed
from newstui.sources.files import folder_file_result
from newstui.sources.options import LoadOptions

SITEMAPS = [
    b'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    b"<url><loc>https://example.com/a</loc><lastmod>2026-11-30</lastmod></url></urlset>",
    b'<?xml version="1.0"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    b"<sitemap><loc>https://example.com/s1.xml</loc></sitemap>\n</sitemapindex>\n",
    b'<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9"><sm:url><sm:loc>https://e.com/</sm:loc>'
    b"</sm:url></sm:urlset>",
]


@pytest.mark.parametrize("data", SITEMAPS)
def test_a_sitemap_is_named_for_what_it_is(data: bytes) -> None:
    with pytest.raises(SiteMap, match="sitemap"):
        parse_feed(data, origin="sitemap.xml")


def test_other_xml_is_still_not_a_feed() -> None:
    with pytest.raises(ParseError) as raised:
        parse_feed(b"<?xml version='1.0'?><catalog><book>urlset</book></catalog>", origin="c.xml")
    assert not isinstance(raised.value, SiteMap)


@pytest.mark.parametrize("data", SITEMAPS)
def test_a_folders_sitemap_is_left_out(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_bytes(data)
    assert folder_file_result(str(path), LoadOptions()) is None
