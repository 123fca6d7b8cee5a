"""A folder file listed by title only carries the web address of its address line, so links to it resolve
by that address before it is opened (sources/index.py ``head_url``, folder_cache.py, corpus.py)."""

from __future__ import annotations

import asyncio
import os
from dataclasses import replace
from pathlib import Path

import pytest

import newstui.sources.folder_cache as folder_cache
from newstui.corpus import Corpus
from newstui.model import Link, RawDocument
from newstui.parse import parse_document
from newstui.sources import LoadOptions, load_sources
from newstui.sources.index import index_file, parse_indexed

CAP = 1 << 20
ROOT = Path(__file__).resolve().parents[2]

HEADLINE = "مزارعو الوادي يبدأون قطف الرمان مبكرا هذا الموسم"
LEAD = "بدأ مزارعو الوادي قطف الرمان قبل موعده بأسبوعين بعد صيف دافئ. وقال أحدهم إن المحصول وفير."
LEAD_ONE = "بدأ مزارعو الوادي قطف الرمان قبل موعده بأسبوعين بعد صيف دافئ"
BYLINE = "صدى الريف – زراعة"
URL = "https://valley.test/ar/pomegranate-harvest"
OTHER = "https://valley.test/ar/other-story"
EN_HEAD = "Ferry timetable changes for the winter months"
EN_LEAD = "The harbour office said on Monday that the last ferry will leave an hour earlier from November."


# (layout, text, the address the listing gives: the full parse's, or None when it cannot tell from the top)
LAYOUTS = [
    ("byline-headline-url", f"{BYLINE}\n\n{HEADLINE}\n\n{URL}\n\n{LEAD}\n", URL),
    ("headline-url", f"{HEADLINE}\n{URL}\n{LEAD}\n", URL),
    ("byline-url-lead", f"{BYLINE}\n\n{URL}\n\n{LEAD}\n", URL),
    ("url-over-headline", f"{URL}\n{HEADLINE}\n{LEAD}\n", URL),
    ("angle-brackets", f"{HEADLINE}\n<{URL}>\n{LEAD}\n", URL),
    ("no-scheme", f"{HEADLINE}\nvalley.org/ar/pomegranate\n{LEAD}\n", "https://valley.org/ar/pomegranate"),
    ("crlf", f"{BYLINE}\r\n{HEADLINE}\r\n{URL}\r\n{LEAD}\r\n", URL),
    ("site-name-www", f"www.sada-rif.com\n{HEADLINE}\n{URL}\n{LEAD}\n", URL),
    ("site-name-www-alone", f"www.sada-rif.com\n{HEADLINE}\n{LEAD}\n", None),
    ("english", f"Harbour Post – Local\n\n{EN_HEAD}\n\n{URL}\n\n{EN_LEAD}\n", URL),
    ("one-sentence-lead-url-under", f"{BYLINE}\n{LEAD_ONE}\n{OTHER}\n\nوأضاف أن الأسعار ستنخفض.\n", OTHER),
    ("no-address", f"{BYLINE}\n\n{HEADLINE}\n\n{LEAD}\n", None),
    ("address-after-the-lead", f"{HEADLINE}\n{LEAD}\n{URL}\nوأضاف أن الأسعار ستنخفض.\n", None),
    ("two-addresses-around-the-title", f"{OTHER}\n{HEADLINE}\n{URL}\n{LEAD}\n", None),
    ("address-and-one-sentence-lead", f"{BYLINE}\n{URL}\n{LEAD_ONE}\n{OTHER}\n\nوأضاف أن الأسعار ستنخفض.\n", None),
]


class TestHeadUrl:
    """The listing's address is the full parse's, or none."""

    @pytest.mark.parametrize(("text", "expected"), [case[1:] for case in LAYOUTS], ids=[case[0] for case in LAYOUTS])
    def test_the_address_line_by_the_title(self, tmp_path: Path, text: str, expected: str | None) -> None:
        path = tmp_path / "story.txt"
        path.write_bytes(text.encode("utf-8"))
        (stub,) = index_file(str(path), cap=CAP)
        assert stub.indexed_only
        assert stub.url == expected
        (first, *_) = parse_indexed(stub, cap=CAP)
        if expected is not None:
            assert first.url == expected and first.id == stub.id  # the opened story has the same address

    @pytest.mark.parametrize(
        "path",
        sorted((ROOT / "tests" / "fixtures" / "plaintext").glob("*.txt"))
        + sorted((ROOT / "tests" / "app" / "fixtures").glob("*.txt"))
        + sorted((ROOT / "src" / "newstui" / "samples").glob("*.txt")),
        ids=lambda p: p.name,
    )
    def test_never_another_address_than_the_parsers(self, path: Path) -> None:
        indexed = index_file(str(path), cap=CAP)
        if indexed[0].indexed_only and indexed[0].url is not None:
            full = parse_document(RawDocument(origin=str(path), data=path.read_bytes()))
            assert indexed[0].url == full[0].url


def _write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# (case, the linking file's related line, the linked file's text)
LINKED = [
    (
        "arabic",
        f"• خبر عن موضوع آخر لا يحمل العنوان نفسه - {URL}",
        f"{BYLINE}\n\n{HEADLINE}\n\n{URL}\n\n{LEAD}\n",
    ),
    (
        "english",
        f"• Some other headline for the same story - {URL}",
        f"Harbour Post – Local\n\n{EN_HEAD}\n\n{URL}\n\n{EN_LEAD}\n",
    ),
    (
        "lead-titled",
        f"• عنوان لا يشبه عنوان الخبر - {URL}",
        f"{BYLINE}\n\n{URL}\n\n{LEAD}\n",
    ),
]


class TestLinksToUnopenedFiles:
    """A link naming a listed, unopened file only by its address resolves to it, as ``--json`` resolves it."""

    @pytest.mark.parametrize(("line", "linked"), [case[1:] for case in LINKED], ids=[case[0] for case in LINKED])
    def test_resolved_from_the_listing(self, tmp_path: Path, line: str, linked: str) -> None:
        linking = _write(
            tmp_path,
            "a.txt",
            f"{BYLINE}\n\nمهرجان الموسيقى يعود إلى ساحة البلدة\n\n"
            "عاد مهرجان الموسيقى إلى ساحة البلدة بعد غياب ثلاث سنوات. وحضره المئات.\n\n"
            f"مقالات مشابهة\n\n{line}\n",
        )
        target = _write(tmp_path, "b.txt", linked)
        stubs = [article for path in (linking, target) for article in index_file(path, cap=CAP)]
        assert all(stub.indexed_only for stub in stubs)
        corpus = Corpus(stubs)
        assert corpus.resolve(Link("x", URL)) == stubs[1].id
        opened = corpus.upgrade(parse_indexed(stubs[0], cap=CAP)[0])  # the linking file opened, the other not
        (link,) = [link for link in opened.related if link.url == URL]
        assert link.target == stubs[1].id
        found = corpus.get(stubs[1].id)
        assert found is not None and found.indexed_only
        full = corpus.upgrade(parse_indexed(stubs[1], cap=CAP)[0])  # opening it changes no id, adds no copy
        assert full.id == stubs[1].id and len(corpus) == 2 and corpus.by_url(URL) is full

    def test_an_address_learned_on_opening_reaches_waiting_links(self, tmp_path: Path) -> None:
        """An address the listing could not give (below the lead) is given to the links waiting for it
        when the file is opened: a story shown again shows its link resolved."""
        linking = _write(
            tmp_path,
            "a.txt",
            f"مهرجان الموسيقى يعود إلى ساحة البلدة\n\nعاد المهرجان بعد غياب ثلاث سنوات.\n\n"
            f"مقالات مشابهة\n\n• خبر آخر لا يشبه العنوان - {URL}\n",
        )
        target = _write(tmp_path, "b.txt", f"{HEADLINE}\n{LEAD}\n{URL}\nوأضاف أن الأسعار ستنخفض.\n")
        stubs = [article for path in (linking, target) for article in index_file(path, cap=CAP)]
        assert stubs[1].url is None
        corpus = Corpus(stubs)
        corpus.upgrade(parse_indexed(stubs[0], cap=CAP)[0])
        corpus.upgrade(parse_indexed(stubs[1], cap=CAP)[0])
        found = corpus.get(stubs[0].id)
        assert found is not None
        assert [link.target for link in found.related if link.url == URL] == [stubs[1].id]


def _indexed_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A folder of four files with address lines, indexed (cached) from its first listing on: (it, the cache)."""
    where = tmp_path / "cache"
    monkeypatch.setattr(folder_cache, "cache_folder", lambda: where)
    monkeypatch.setattr(folder_cache, "MIN_FILES", 3)
    monkeypatch.setattr(folder_cache, "SETTLE_NS", -(10**12))
    root = tmp_path / "news"
    root.mkdir()
    for number in range(4):
        path = root / f"{number}.txt"
        path.write_text(f"{HEADLINE} {number}\n{URL}/{number}\n{LEAD}\n", encoding="utf-8")
        os.utime(path, (1_600_000_000, 1_600_000_000))
    return root, where


class TestFolderCacheKeepsTheAddress:
    def test_listed_again_from_the_index_with_its_address(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        root, where = _indexed_folder(tmp_path, monkeypatch)
        options = LoadOptions(index_folders=True, folder_cache=True)
        first = asyncio.run(load_sources([str(root)], options))
        assert first == asyncio.run(load_sources([str(root)], replace(options, folder_cache=False)))
        (file,) = where.glob("*.idx")
        assert file.read_text(encoding="utf-8").startswith("newstui folder index 2\t")
        monkeypatch.setattr("newstui.sources.folder_load.folder_file_result", _no_read)
        again = asyncio.run(load_sources([str(root)], options))
        assert again == first
        assert [a.url for result in again for a in result.articles] == [f"{URL}/{n}" for n in range(4)]

    def test_an_index_of_the_old_format_is_not_read(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A format-1 line (no address field) is never read as an entry without its address."""
        root, where = _indexed_folder(tmp_path, monkeypatch)
        options = LoadOptions(index_folders=True, folder_cache=True)
        first = asyncio.run(load_sources([str(root)], options))
        (file,) = where.glob("*.idx")
        lines = file.read_text(encoding="utf-8").split("\n")
        lines[0] = lines[0].replace(folder_cache.FORMAT, "newstui folder index 1")
        lines[1:-2] = ["\t".join(line.split("\t")[:5] + line.split("\t")[6:]) for line in lines[1:-2]]
        file.write_text("\n".join(lines), encoding="utf-8")
        import newstui.sources.folder_load as folder_load

        read: list[str] = []
        real = folder_load.folder_file_result

        def counting(path: str, options: LoadOptions) -> object:
            read.append(path)
            return real(path, options)

        monkeypatch.setattr(folder_load, "folder_file_result", counting)
        assert asyncio.run(load_sources([str(root)], options)) == first
        assert len(read) == 4  # every file read again: the old index is no answer


def _no_read(path: str, options: LoadOptions) -> None:
    raise AssertionError(f"{path} read: the folder index should have answered")
