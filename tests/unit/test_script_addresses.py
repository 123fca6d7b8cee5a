"""A web or e-mail address's Latin letters do not decide a text's direction (an Arabic story full of links)."""

from __future__ import annotations

import pytest

from newstui.parse.plaintext import parse_plaintext
from newstui.text.script import detect_language, text_direction

LONG_URL = "https://register.example.com/account/new/signup?campaign=winter-offer&lang=arabic"

_DIRECTIONS = [
    ("arabic-around-a-url", f"سجلوا عبر الرابط {LONG_URL} اليوم.", "rtl"),
    ("arabic-label-and-url", "رابط التسجيل: https://register.example.com/account/new/signup/index.html", "rtl"),
    ("arabic-and-www", "زوروا الموقع www.registration-example-portal.com/arabic/news/today للتفاصيل", "rtl"),
    ("arabic-and-email", "للاستفسار راسلونا على subscriptions.department@newsroom-example.org مباشرة", "rtl"),
    ("english-and-url", f"Sign up today at {LONG_URL} before Friday.", "ltr"),
    ("english-arabic-word-and-url", f"The word مرحبا opens the page at {LONG_URL}", "ltr"),
    ("english-and-email", "Write to the desk at desk@example.org with your news tips and photos.", "ltr"),
    ("url-alone", LONG_URL, "ltr"),
    ("more-english-than-arabic", "شكرا thank you very much for the help https://example.org", "ltr"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in _DIRECTIONS], ids=[c[0] for c in _DIRECTIONS])
def test_addresses_are_not_counted(text: str, expected: str) -> None:
    """The direction comes from the words around an address, not from the address's letters."""
    assert text_direction(text) == expected
    assert detect_language(text)[1] == expected


def test_arabic_story_whose_lead_holds_links_is_right_to_left() -> None:
    """An Arabic story with addresses in its lead and last line is an Arabic story (it was ltr, language none)."""
    text = (
        "المرصد الرقمي – تقنية\n\n"
        f"سجلوا عبر الرابط {LONG_URL} اليوم.\n\n"
        "رابط التسجيل: https://register.example.com/account/new/signup/index.html\n"
    )
    article = parse_plaintext(text, origin="links.txt")[0]
    assert (article.direction, article.language) == ("rtl", "ar")
