"""--json is written article by article, yet is exactly the text json.dumps gives for the whole document."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from newstui.json_output import write_json
from newstui.model import Article, Link, LoadResult

ARTICLES = [
    Article(
        id=f"id-{n}",
        title=f'عنوان الخبر {n} "مقتبس" \\ {{x}}',
        paragraphs=("فقرة أولى.", "Second\tparagraph with [brackets] and 2.5%.") if n % 2 else (),
        source="المصدر" if n else None,
        keywords=("وسم", "tag") if n == 2 else (),
        related=(Link(title="خبر ذو صلة", url="https://example.test/r", target="id-0", kind="read-also"),) if n else (),
        direction="rtl" if n % 3 else "ltr",
    )
    for n in range(4)
]
FAILED = LoadResult(origin="/tmp/bad.txt", error="binary file, not text")
OK = LoadResult(origin="/tmp/good.txt", articles=tuple(ARTICLES[:1]))


def _document(articles: list[Article], results: list[LoadResult]) -> dict[str, Any]:
    return {
        "articles": [article.to_json() for article in articles],
        "errors": [{"origin": r.origin, "message": r.error} for r in results if r.error],
    }


@pytest.mark.parametrize("indent", [True, False], ids=["indented", "compact"])
@pytest.mark.parametrize(
    ("articles", "results"),
    [
        ([], []),
        ([], [FAILED]),
        (ARTICLES[:1], [OK]),
        (ARTICLES, [OK, FAILED, FAILED]),
    ],
    ids=["empty", "only-errors", "one-article", "many-with-errors"],
)
def test_same_text_as_dumps_of_the_whole_document(
    articles: list[Article], results: list[LoadResult], indent: bool
) -> None:
    """Streaming gives byte for byte what json.dumps of the whole document gives, in both layouts."""
    out = io.StringIO()
    write_json(iter(articles), results, out, indent=indent)
    options: dict[str, Any] = {"indent": 2} if indent else {"separators": (",", ":")}
    assert out.getvalue() == json.dumps(_document(articles, results), ensure_ascii=False, **options)
    assert json.loads(out.getvalue())["articles"] == [article.to_json() for article in articles]
