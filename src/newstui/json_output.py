"""The ``--json`` document written one article at a time: the very text ``json.dumps`` gives for the whole of it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from newstui.model import Article, LoadResult

__all__ = ["write_json"]


def _errors(results: Iterable[LoadResult]) -> list[dict[str, Any]]:
    """The failed sources, each as ``{"origin", "message"}``."""
    from newstui.addresses import display_origin

    return [{"origin": display_origin(result.origin), "message": result.error} for result in results if result.error]


def write_json(articles: Iterable[Article], results: Sequence[LoadResult], out: TextIO, *, indent: bool) -> None:
    """Write ``{"articles": [...], "errors": [...]}`` as ``json.dumps`` would, without building all of it first.

    A 10,000-article folder never holds every article's dict and the whole text at once: each article
    is encoded and written in turn.

    Args:
        articles: the articles, in order.
        results: every source's result (the failed ones are listed under "errors").
        out: where to write (no final newline is added).
        indent: two-space indentation (for a person) instead of the compact form (for a pipe, where
            ``json.dumps`` uses its C encoder).
    """
    # One encoder for every article: json.dumps with options builds a new one per call (a quarter of
    # the time of 10,000 small articles), and the dicts to_json makes cannot hold a cycle.
    if indent:
        encode = json.JSONEncoder(ensure_ascii=False, indent=2, check_circular=False).encode
        out.write('{\n  "articles": [')
        count = 0
        for article in articles:
            text = encode(article.to_json())
            out.write(("\n" if not count else ",\n") + "    " + text.replace("\n", "\n    "))
            count += 1
        out.write("\n  ]" if count else "]")
        errors = json.dumps(_errors(results), ensure_ascii=False, indent=2)
        out.write(',\n  "errors": ' + errors.replace("\n", "\n  ") + "\n}")
        return
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode
    out.write('{"articles":[')
    for number, article in enumerate(articles):
        out.write(("," if number else "") + encode(article.to_json()))
    out.write('],"errors":' + json.dumps(_errors(results), ensure_ascii=False, separators=(",", ":")) + "}")
