"""--print streams: each block written as it is laid out, the caches bounded, the lines the layout draws."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

import pytest

from newstui import cli, write_out
from newstui.cli_args import parse_arguments
from newstui.model import Article, Link
from newstui.render import ArticleLayout, print_blocks, render_text
from newstui.settings import Settings
from newstui.terminal import resolve_bidi
from newstui.text import rtl, shaping, wrap
from newstui.text.paragraphs import SPLIT_CACHE
from newstui.text.pipeline_cache import LAYOUT_CACHE_SIZE, LruCache

ARABIC = (
    "افتتحت المكتبة العامة في المدينة القديمة قاعة جديدة للقراءة تتسع لمئتي زائر، وتضم ركناً للأطفال.",
    "وقالت مديرة المكتبة إن القاعة ستفتح أبوابها من الساعة 8 صباحاً حتى 10 مساءً طوال أيام الأسبوع.",
)


def many_lines(count: int, *, arabic: bool = False) -> Article:
    """The audit's input: a title, then ``count`` one-word paragraphs (``l0`` … or Arabic ones)."""
    body = tuple(f"{ARABIC[i % 2][:20]} {i}" if arabic else f"l{i}" for i in range(count))
    return Article(id="lines", title="Lines title", paragraphs=body, direction="rtl" if arabic else "ltr")


def print_settings(*args: str) -> Settings:
    parsed = parse_arguments(["--print", *args, "x"])
    return Settings(refs=("x",), bidi=resolve_bidi(parsed.bidi, probe_tmux=False), harakat=parsed.harakat)


class Recorder(io.StringIO):
    """An output stream that notes how many paragraphs had been laid out when it was first written to."""

    def __init__(self, laid_out: list[int]) -> None:
        super().__init__()
        self.laid_out = laid_out
        self.at_first_write: int | None = None

    def write(self, text: str) -> int:
        if self.at_first_write is None:
            self.at_first_write = len(self.laid_out)
        return super().write(text)


@pytest.mark.parametrize("arabic", [False, True])
def test_print_writes_the_first_lines_before_laying_out_the_rest(monkeypatch: pytest.MonkeyPatch, arabic: bool) -> None:
    """--print of a long article writes its title before laying out its paragraphs, and never counts them first."""
    laid_out: list[int] = []
    counted: list[int] = []
    real_layout, real_count = rtl.layout_paragraph, rtl.line_count

    def layout(*args: Any, **kwargs: Any) -> tuple[str, ...]:
        laid_out.append(1)
        return real_layout(*args, **kwargs)

    def count(*args: Any, **kwargs: Any) -> int:
        counted.append(1)
        return real_count(*args, **kwargs)

    monkeypatch.setattr(rtl, "layout_paragraph", layout)
    monkeypatch.setattr(rtl, "line_count", count)
    article = many_lines(5_000, arabic=arabic)
    out = Recorder(laid_out)
    write_out.print_articles([article], 80, print_settings(), out)
    assert out.at_first_write is not None and out.at_first_write <= 2, "the title goes out when it is laid out"
    assert len(laid_out) >= 5_000 and not counted, "every paragraph laid out once, none counted ahead"
    lines = out.getvalue().split("\n")
    assert lines[0].strip() == "Lines title" if not arabic else lines[0].strip()
    assert len(lines) == 2 + 2 * 5_000  # title, blank, paragraphs with blanks between, then the last newline


def test_print_keeps_the_caches_bounded() -> None:
    """After --print of more paragraphs than the caches hold, no cache holds more than its size."""
    rtl.clear_caches()
    article = many_lines(LAYOUT_CACHE_SIZE + 500, arabic=True)
    out = io.StringIO()
    write_out.print_articles([article], 60, print_settings(), out)
    caches: list[LruCache[Any]] = [rtl._LAID_OUT, wrap.MEASURE_CACHE, shaping.SHAPE_CACHE, SPLIT_CACHE]
    assert all(len(cache._data) <= LAYOUT_CACHE_SIZE for cache in caches)
    assert len(rtl._LAID_OUT._data) > 1_000, "the Arabic paragraphs went through the cached layout"
    assert len(shaping.WORD_CACHE) <= shaping.WORD_CACHE_SIZE


@pytest.mark.parametrize("mode", ["app", "terminal"])
@pytest.mark.parametrize("direction", [None, "ltr", "rtl"])
@pytest.mark.parametrize("width", [7, 33, 80])
def test_printed_blocks_are_the_layouts_lines(mode: rtl.BidiMode, direction: rtl.Direction | None, width: int) -> None:
    """Block by block, --print gives the lines the reader's layout draws, row for row, trailing spaces removed."""
    body = (*ARABIC, "l1", "  two  spaces ", "(12) [ok]", "12 - 34", "", "Mixed كلمة 5", *ARABIC[:1]) * 3
    article = Article(
        id="mix",
        title="عنوان المقال",
        paragraphs=body,
        source="Source",
        attribution="Agency",
        related=(Link("رابط", target="x"), Link("Other link")),
    )
    for shown in (article, replace(article, direction="ltr")):
        layout = ArticleLayout(shown, width, mode=mode, related=True, direction=direction)
        expected = [line.text.rstrip() for line in layout.lines(0, layout.exact_height())]
        printed = [line for lines in print_blocks(shown, width, mode=mode, direction=direction) for line in lines]
        assert printed == expected
        assert render_text(shown, width, mode=mode, direction=direction) == "\n".join(expected)


def test_a_long_article_prints_every_counted_line() -> None:
    """More blocks than the layout keeps: the printed lines are still the exact layout's."""
    body = tuple(f"{ARABIC[i % 2]} {i} {'كلمة ' * (i % 40)}" for i in range(700))
    article = Article(id="long", title="مقال طويل", paragraphs=body)
    layout = ArticleLayout(article, 50, related=True)
    expected = [line.text.rstrip() for line in layout.lines(0, layout.exact_height())]
    assert [line for lines in print_blocks(article, 50) for line in lines] == expected


def test_print_output_through_the_command_line(tmp_path: Any) -> None:
    """The audit's file, smaller: --print writes the title, then each line as its own paragraph, in order."""
    story = tmp_path / "lines.txt"
    story.write_text("Lines title\n\n" + "".join(f"l{i}\n" for i in range(3_000)), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["--print", "-w", "80", str(story)], out=out, err=err) == 0
    lines = out.getvalue().split("\n")
    first = lines.index("l0")
    assert lines[0] == "Lines title" and lines[first:-1:2] == [f"l{i}" for i in range(3_000)]
    assert lines[-2:] == ["l2999", ""]


@pytest.mark.parametrize("width", [21, 33, 41, 57])
def test_print_never_splits_a_flag(tmp_path: Any, width: int) -> None:
    """The audit's file: a run of flags is wrapped between flags (each two cells), never inside one."""
    flags = "🇸🇦🇯🇵🇫🇷🇩🇪🇪🇬"
    story = tmp_path / "flags.txt"
    story.write_text(f"Flags\n\nCountries in the final: {flags * 6} and more text.\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["--print", "-w", str(width), str(story)], out=out, err=err) == 0
    lines = out.getvalue().split("\n")
    runs = [line.split(" ")[0] for line in lines if "\U0001f1e6" <= line[:1] <= "\U0001f1ff"]
    assert "".join(runs) == flags * 6
    assert all(len(line) % 2 == 0 and len(line) <= width for line in runs)  # one cell a letter, two a flag
    wcwidth = pytest.importorskip("wcwidth")  # the audit's measure: a flag is two cells there too
    assert [line for line in lines if wcwidth.wcswidth(line) > width] == []
