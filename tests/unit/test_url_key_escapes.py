"""One address written raw or percent-encoded gets one URL key, so a related link finds the page it names."""

from __future__ import annotations

import pytest

from newstui.corpus import resolve_links, url_key
from newstui.model import Article, Link

_HOST = "https://coast.example"
_RAW = "/news/سوق-الكتب.html"
_ENCODED = "/news/%D8%B3%D9%88%D9%82-%D8%A7%D9%84%D9%83%D8%AA%D8%A8.html"


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(_HOST + _RAW, _HOST + _ENCODED, id="raw-arabic-path"),
        pytest.param(_HOST + _ENCODED.lower(), _HOST + _ENCODED, id="lower-case-hex"),
        pytest.param(_HOST + "/news/%d8%b3%D9%88%D9%82-الكتب.html", _HOST + _RAW, id="half-encoded"),
        pytest.param(_HOST + _RAW + "?utm_source=rss#top", _HOST + _ENCODED, id="tracking-and-fragment"),
        pytest.param(_HOST + "/news/?q=سوق&p=2", _HOST + "/news/?q=%D8%B3%D9%88%D9%82&p=2", id="query"),
        pytest.param(_HOST + "/news/?q=%d8%b3%d9%88%d9%82", _HOST + "/news/?q=%D8%B3%D9%88%D9%82", id="query-case"),
        pytest.param(_HOST + "/news/%41%7E-x", _HOST + "/news/A~-x", id="unreserved-escaped"),
        pytest.param(_HOST + "/news/a b", _HOST + "/news/a%20b", id="space"),
        pytest.param(_HOST + "/news/a%2fb", _HOST + "/news/a%2Fb", id="escaped-slash-case"),
    ],
)
def test_one_address_one_key(left: str, right: str) -> None:
    """Percent-encoded and raw forms of one address, in either hex case, compare equal."""
    assert url_key(left) == url_key(right) is not None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(_HOST + "/news/a%2Fb", _HOST + "/news/a/b", id="escaped-slash"),
        pytest.param(_HOST + "/news/?q=a%26b", _HOST + "/news/?q=a&b", id="escaped-ampersand"),
        pytest.param(_HOST + "/news/?q=a%3Db", _HOST + "/news/?q=a=b", id="escaped-equals"),
        pytest.param(_HOST + "/news/?q=a%2Bb", _HOST + "/news/?q=a+b", id="escaped-plus"),
        pytest.param(_HOST + "/news/%2541", _HOST + "/news/%41", id="escaped-percent"),
        pytest.param(_HOST + "/news/%D8%B3", _HOST + "/news/%D8%B4", id="other-letter"),
        pytest.param(_HOST + "/news/%D8", _HOST + "/news/%D8%B3", id="cut-sequence"),
        pytest.param(_HOST + _RAW, _HOST + "/news/سوق-الكتاب.html", id="other-word"),
    ],
)
def test_different_addresses_stay_apart(left: str, right: str) -> None:
    """Escapes of reserved characters and different bytes are not merged."""
    assert url_key(left) != url_key(right)


@pytest.mark.parametrize(
    ("link_url", "page_url"),
    [
        pytest.param(_HOST + _RAW, _HOST + _ENCODED, id="raw-link-encoded-page"),
        pytest.param(_HOST + _ENCODED, _HOST + _RAW, id="encoded-link-raw-page"),
        pytest.param(_HOST + _ENCODED.lower() + "?utm_medium=rel", _HOST + _ENCODED, id="lower-case-link"),
    ],
)
def test_a_link_finds_the_page_by_its_address(link_url: str, page_url: str) -> None:
    """The link's text differs from the page's headline: only the address can join them."""
    story = Article(id="story", title="المكتبة العامة تمدد ساعات العمل", related=(Link("السوق (رابط آخر)", link_url),))
    page = Article(id="page", title="عودة سوق الكتب المستعملة إلى الكورنيش", url=page_url)
    resolved, _ = resolve_links([story, page])
    assert resolved.related[0].target == "page"
