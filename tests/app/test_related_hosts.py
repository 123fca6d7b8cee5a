"""The host under a related link reads left to right as one unit, and a long one keeps its end (the domain)."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from app_support import SIZE, reader, screen_lines
from bidi import get_display

from newstui.model import Article, Link
from newstui.text import rtl
from newstui.ui.widgets.related_links import _align

# Hosts whose order an Arabic line's bidi run used to change: Latin and Arabic labels together, digits
# and hyphens (``24-news`` drew as ``news-24``), an IPv6 address (``::1`` drew as ``1::``).
_HOSTS = (
    "أخبار.example.com",
    "news.مصر",
    "24-news.example",
    "2024.news.example",
    "akhbar-7.example.org",
    "::1",
)
_LONG = "www.alrajhibank.com.secure-login.evil-example.net"


def _story(hosts: tuple[str, ...]) -> Article:
    """An Arabic story whose related links (not loaded) lead to pages on ``hosts``."""
    titles = ("افتتاح جسر جديد فوق النهر", "أسعار الخضار في السوق المركزي", "مباراة الفريق المحلي مساء الجمعة")
    related = tuple(
        Link(titles[number % len(titles)], f"https://{f'[{host}]' if ':' in host else host}/story/{number}")
        for number, host in enumerate(hosts)
    )
    return Article(
        id="hosts",
        title="البلدية تعلن مواعيد فتح الأسواق في رمضان",
        paragraphs=("أعلنت البلدية مواعيد فتح الأسواق الشعبية طوال شهر رمضان.",),
        related=related,
        direction="rtl",
    )


def _as_read(host: str) -> str:
    """``host`` as it reads on screen left to right, folded (NFKC): its labels in their logical order, the
    letters of an Arabic label right to left inside it (the order a left-to-right address bar gives)."""
    return ".".join(label if label.isascii() else label[::-1] for label in host.split("."))


def _folded(row: str) -> str:
    """``row`` with Arabic presentation forms folded to their letters (NFKC), "…" and the rest as drawn."""
    return "".join(unicodedata.normalize("NFKC", char) if "\ufb50" <= char <= "\ufeff" else char for char in row)


async def test_a_host_under_an_arabic_link_reads_left_to_right(make_app: Any) -> None:
    """Under each Arabic title the host is drawn as a browser shows it: ``news`` left of ``مصر``, ``24-news``
    with its digits first, never reordered with the Arabic words of the line."""
    app = make_app([_story(_HOSTS)])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        rows = [_folded(row) for row in screen_lines(reader(app).related)]
        for host in _HOSTS:
            assert any(_as_read(host) in row for row in rows), (host, rows)


async def test_a_long_host_keeps_its_domain_on_screen(make_app: Any) -> None:
    """A host too long for the pane is cut at its start: the registrable domain stays."""
    app = make_app([_story((_LONG,))])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        pane = reader(app).related
        assert pane.line_width < len(_LONG), "the pane is narrower than the host"
        shown = [row.strip() for row in screen_lines(pane) if "evil" in row or "alrajhi" in row]
        assert len(shown) == 1 and shown[0].startswith(rtl.ELLIPSIS), shown
        assert shown[0].endswith("evil-example.net") and _LONG.endswith(shown[0][1:]), shown


@pytest.mark.parametrize(
    ("width", "expected"),
    [
        (60, _LONG),
        (49, _LONG),
        (48, "…alrajhibank.com.secure-login.evil-example.net"),
        (30, "…secure-login.evil-example.net"),
        (20, "…evil-example.net"),
        (17, "…evil-example.net"),
        (16, "evil-exa…ple.net"),
        (10, "evil-….net"),
        (4, "ev…t"),
        (1, "…"),
    ],
)
def test_a_long_host_is_cut_at_its_start(width: int, expected: str) -> None:
    """Cut between labels when that fills half the room, else inside the first label kept; where the domain
    (the last two labels) does not fit either, in its middle."""
    assert rtl.fit_host(_LONG, width) == expected
    first, last = rtl.LTR_ISOLATE
    assert rtl.fit_host(_LONG, width, mode="terminal") == first + expected + last


@pytest.mark.parametrize(
    ("host", "width", "expected"),
    [
        ("أخبار.example.com", 40, "رابخأ.example.com"),
        ("أخبار.example.com", 12, "…example.com"),
        ("news.مصر", 40, "news.رصم"),
        ("news.مصر", 5, "ne…رص"),
        ("24-news.example", 12, "24-new…ample"),
        ("xn--pple-support-accounts-n7q.com", 22, "xn--pple-su…ts-n7q.com"),  # a look-alike keeps its xn--
    ],
)
def test_a_host_is_laid_out_left_to_right_and_cut_at_its_start(host: str, width: int, expected: str) -> None:
    assert _folded(rtl.fit_host(host, width)) == expected


def test_a_whole_address_keeps_its_start() -> None:
    """An address with no host (its scheme is what matters) is cut at its end instead."""
    assert rtl.fit_host("javascript:alert(1)", 12, keep_end=False) == "javascript:…"


@pytest.mark.parametrize(
    ("status", "host", "direction", "expected"),
    [
        ("ويب: news.مصر", "news.مصر", "rtl", "news.رصم :بيو"),
        ("ويب: 24-news.example", "24-news.example", "rtl", "24-news.example :بيو"),
        ("تحميل أخبار.example.com…", "أخبار.example.com", "rtl", "…رابخأ.example.com ليمحت"),
        ("web: news.مصر", "news.مصر", "ltr", "web: news.رصم"),
    ],
)
def test_a_status_line_isolates_its_host(status: str, host: str, direction: Any, expected: str) -> None:
    """The words read in the link's direction, the host left to right beside them."""
    assert _folded(_align(status, 40, direction, host=host)).strip() == expected


@pytest.mark.parametrize(
    ("status", "host"),
    [
        ("ويب: news.مصر", "news.مصر"),
        ("ويب: 24-news.example", "24-news.example"),
        ("ويب: 2024.news.example", "2024.news.example"),
        ("تحميل أخبار.example.com…", "أخبار.example.com"),
    ],
)
def test_a_bidi_terminal_shows_the_host_left_to_right(status: str, host: str) -> None:
    """``--bidi terminal``: the row is logical text the terminal reorders (python-bidi stands for it here, at a
    right-to-left base direction and at the one it finds); the host is isolated, so it too reads left to right."""
    row = _align(status, 40, "rtl", mode="terminal", host=host)
    assert "".join(char for char in row if char not in rtl.LTR_ISOLATE) == " " * (40 - len(status)) + status
    for base in ("R", None):
        drawn = "".join(char for char in get_display(row, base_dir=base) if char not in rtl.LTR_ISOLATE)
        assert _as_read(host) in drawn, (base, drawn)
