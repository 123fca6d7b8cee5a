"""Helpers shared by the cases: the loopback server, parsed articles, cache resets, module checks."""

from __future__ import annotations

import importlib
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.runner import Context, SkipCase

HERE = Path(__file__).resolve().parent


def require(*modules: str) -> None:
    """Skip the case unless every module imports (the code under test may not exist yet)."""
    for name in modules:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            raise SkipCase(f"{exc.name or name} not available") from exc
        except ImportError as exc:
            raise SkipCase(f"{name} does not import: {exc}") from exc


def server_url(ctx: Context) -> str:
    """Base URL of the loopback server over ``benchmarks/.data/web`` (started once per run)."""
    url = ctx.resources.get("server_url")
    if url is None:
        folder = ctx.data.h1.parent
        proc = subprocess.Popen(
            [sys.executable, str(HERE / "serve.py"), str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        port = proc.stdout.readline().strip()
        if not port.isdigit():
            proc.kill()
            proc.wait()
            raise SkipCase("the loopback server did not start")

        def stop() -> None:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGTERM)
                proc.wait(timeout=10)

        ctx.closers.append(stop)
        url = ctx.resources["server_url"] = f"http://127.0.0.1:{port}"
    return str(url)


def load_articles(path: Path) -> list[Any]:
    """Articles parsed from a generated plain-text file (``parse_plaintext``)."""
    require("newstui.parse.plaintext")
    from newstui.parse.plaintext import parse_plaintext

    return parse_plaintext(path.read_text(encoding="utf-8"), origin=str(path))


def clear_layout_caches() -> None:
    """Forget every shaped paragraph, laid-out line and article layout (a cold first render)."""
    from newstui import render
    from newstui.text import rtl

    rtl.clear_caches()
    cache = getattr(render, "_CACHE", None)
    if cache is not None:
        cache.clear()


def rendered_text(article: Any) -> str:
    """The logical text the pipeline lays out for ``article`` (its blocks, one per line)."""
    from newstui.render import article_blocks

    return "\n".join(block.text for block in article_blocks(article))


def raw_reference() -> Any:
    """``lambda text: get_display(reshape(text))`` with the libraries' defaults (the issue's baseline)."""
    from arabic_reshaper import reshape
    from bidi import get_display

    def raw(text: str) -> str:
        return str(get_display(reshape(text)))

    return raw
