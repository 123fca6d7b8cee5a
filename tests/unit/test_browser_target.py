"""hyperlinks.browser_target: the address a web browser is handed (the reader's ``o``, a related link to a PDF)."""

from __future__ import annotations

import pytest

from newstui.hyperlinks import MAX_BROWSER_TARGET, MAX_TARGET, browser_target, hyperlink_target


@pytest.mark.parametrize(
    ("url", "target"),
    [
        # A user name or password is dropped, never handed on (the terminal link is refused; the browser gets the host).
        ("http://user:pass@127.0.0.1:18737/png?x=1 2", "http://127.0.0.1:18737/png?x=1%202"),
        ("http://u:p@127.0.0.1:18737/x y.mp3", "http://127.0.0.1:18737/x%20y.mp3"),
        ("https://editor@مثال.example/أخبار", "https://xn--mgbh0fb.example/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1"),
        ("https://bank.example@evil.example/login", "https://evil.example/login"),
        ("https://a:b@[::1]:8443/", "https://[::1]:8443/"),
        # Otherwise the terminal link's form.
        (
            "https://example.org/news/الاقتصاد?q=سعر النفط",
            hyperlink_target("https://example.org/news/الاقتصاد?q=سعر النفط"),
        ),
        ("HTTPS://Example.ORG/a#frag ment", "https://example.org/a#frag%20ment"),
        ("https://xn--pple-43d.com/id", "https://xn--pple-43d.com/id"),
        # Longer than a terminal takes, short enough for a browser.
        ("https://example.org/" + "ب" * MAX_TARGET, "https://example.org/" + "%D8%A8" * MAX_TARGET),
    ],
)
def test_browser_target(url: str, target: str) -> None:
    assert browser_target(url) == (target, "")
    assert set(target) <= {chr(code) for code in range(0x21, 0x7F)}


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("", "no address"),
        ("javascript:alert(1)", "not an http or https address"),
        ("file:///etc/passwd", "not an http or https address"),
        ("https://user:pass@/path", "no host name"),
        ("https://exa mple.org/", "invalid host name"),
        # Punycode IDNA refuses (an emoji's), as the fetcher refuses it; a look-alike's is valid punycode.
        ("https://xn--i-7iq.ws/", "invalid host name"),
        ("https://news.XN--I-7IQ.ws/a", "invalid host name"),
        ("https://xn--.com/", "invalid host name"),
        ("https://[::1/", "not a valid web address"),
        ("https://example.org:99999/", "not a valid web address"),
        (
            "https://example.org/" + "ي" * (MAX_BROWSER_TARGET // 6),
            "the address is too long (32,786 characters; at most 32,768)",
        ),
    ],
)
def test_no_browser_target(url: str, why: str) -> None:
    assert browser_target(url) == (None, why)
