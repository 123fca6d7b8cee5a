"""Write the README screenshots (screenshots/*.svg) by driving the reader headlessly over the bundled samples.

Usage: ``python scripts/screenshots.py [--out screenshots] [SAMPLE.txt ...]``

Each screenshot is Textual's own SVG export, with one change: a CSS rule that stops the SVG renderer
(a browser) from running the bidi algorithm on text that newstui has already put in visual order.
Without it, every Arabic line would be reversed a second time when the SVG is viewed.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "newstui" / "samples"
NO_BIDI_CSS = "text { unicode-bidi: bidi-override; direction: ltr; }"
"""Draw each SVG text run in the order of its characters, as the terminal would."""

WIDE = (120, 40)
NARROW = (84, 40)


def load_corpus(paths: Sequence[Path]) -> Any:
    """Parse the sample files into a corpus, in the given order (no workers, so the order is fixed)."""
    from newstui.corpus import Corpus
    from newstui.parse.plaintext import parse_plaintext

    corpus = Corpus()
    for path in paths:
        corpus.add(parse_plaintext(path.read_text(encoding="utf-8"), origin=path.name))
    return corpus


def fix_svg(svg: str) -> str:
    """Add the no-bidi rule to the SVG's style sheet."""
    return svg.replace("<style>", "<style>\n" + NO_BIDI_CSS + "\n", 1)


async def shoot(
    paths: Sequence[Path], out: Path, name: str, size: tuple[int, int], steps: Callable[[Any], Awaitable[None]]
) -> Path:
    """Run the app at ``size``, apply ``steps`` (a coroutine taking the pilot) and save ``name``.svg."""
    from newstui.settings import Settings
    from newstui.terminal import BidiSetup
    from newstui.ui.app import create_app

    app = create_app(Settings(bidi=BidiSetup(mode="app")), corpus=load_corpus(paths))
    app.animation_level = "none"
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await steps(pilot)
        await pilot.pause()
        svg = app.export_screenshot(title="newstui")
    target = out / f"{name}.svg"
    target.write_text(fix_svg(svg), encoding="utf-8")
    return target


async def nothing(pilot: Any) -> None:
    """The screen as it opens."""


def press(*keys: str) -> Callable[[Any], Awaitable[None]]:
    """Steps that press ``keys``."""

    async def steps(pilot: Any) -> None:
        await pilot.press(*keys)

    return steps


async def open_english(pilot: Any) -> None:
    """Open the first left-to-right article."""
    screen = pilot.app.screen
    article = next(a for a in screen.article_list.articles if a.direction == "ltr")
    screen.open_article(article.id)
    screen.article_view.focus()


async def main(argv: Sequence[str] | None = None) -> int:
    """Write arabic, related, english, help and narrow screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", nargs="*", type=Path, help="sample articles (default: the bundled ones)")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots", help="output folder")
    args = parser.parse_args(argv)
    paths = args.samples or sorted(SAMPLES.glob("*.txt"))
    if not paths:
        print("no sample articles found", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    shots = [
        ("arabic", WIDE, nothing),
        ("related", WIDE, press("1")),
        ("english", WIDE, open_english),
        ("help", WIDE, press("question_mark")),
        ("narrow", NARROW, nothing),
    ]
    for name, size, steps in shots:
        target = await shoot(paths, args.out, name, size, steps)
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
