"""plaintext_addresses: words glued after an escape inside a related line's address stay in its title."""

from __future__ import annotations

import pytest

from newstui.parse.plaintext_addresses import split_url


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "البرلمان يقر الموازنة \u241b]8;;https://evil.example/\u241b\\البنك الأهلي\u241b]8;;\u241b\\ في جلسة طارئة",
            "البرلمان يقر الموازنة \u241b]8;; \u241b\\البنك الأهلي\u241b]8;;\u241b\\ في جلسة طارئة",
        ),
        ("خبر عاجل https://x.example/a\x1bالسوق اليوم", "خبر عاجل \x1bالسوق اليوم"),
        # no word glued after the escape: the title alone, as before
        ("قصة محلية - http://127.0.0.1:8765/good\u241b[31m\u2407", "قصة محلية"),
        ("Other story https://paypa\u200bl.com/x", "Other story"),
    ],
)
def test_glued_words_kept_host_never_shown(line: str, title: str) -> None:
    found, url = split_url(line)
    assert (found, url) == (title, None)
    assert "evil.example" not in found and "x.example" not in found
