"""The "The post … appeared first on …" line a WordPress plugin puts under every post is not the story's."""

from __future__ import annotations

import pytest

from newstui.parse.feed import parse_feed

_POST = '<a href="https://blog.example.org/park">{}</a>'
_SITE = '<a href="https://blog.example.org">مدونة الحي</a>'
_FOOT = f"The post {_POST.format('افتتاح الحديقة')} appeared first on {_SITE}."
_LEAD = "افتتحت البلدية حديقة عامة في حي النخيل."
_MORE = "وتفتح الحديقة أبوابها من السادسة صباحاً."


def _paragraphs(description: str) -> tuple[str, ...]:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>حديقة</title>'
        f"<description><![CDATA[{description}]]></description></item></channel></rss>"
    )
    (article,) = parse_feed(feed.encode(), origin="f.xml")
    return article.paragraphs


@pytest.mark.parametrize(
    ("description", "paragraphs"),
    [
        pytest.param(f"<p>{_LEAD}</p><p>{_MORE}</p><p>{_FOOT}</p>", (_LEAD, _MORE), id="own paragraph"),
        pytest.param(f"{_LEAD} [&#8230;]<p>{_FOOT}</p>", (f"{_LEAD} […]",), id="after an excerpt"),
        pytest.param(f"<p>{_LEAD} {_FOOT}</p>", (_LEAD,), id="end of the last paragraph"),
        pytest.param(
            f"<p>{_LEAD}</p><p>The post {_POST.format('The post office reopens')} appeared first on {_SITE}.</p>",
            (_LEAD,),
            id="title with the same words",
        ),
        pytest.param(
            f"<p>{_LEAD}</p><p>The post office reopened; its name appeared first on the list.</p>",
            (_LEAD, "The post office reopened; its name appeared first on the list."),
            id="a sentence, no link",
        ),
        pytest.param(
            f"<p>{_LEAD}</p><p>The post {_POST.format('افتتاح الحديقة')} appeared first on مدونة الحي.</p>",
            (_LEAD,),
            id="only the title a link",
        ),
        pytest.param(f"<p>{_FOOT}</p><p>{_LEAD}</p>", ("The post افتتاح الحديقة appeared first on مدونة الحي.", _LEAD),
                     id="not at the end"),
    ],
)  # fmt: skip
def test_the_footer_is_dropped(description: str, paragraphs: tuple[str, ...]) -> None:
    assert _paragraphs(description) == paragraphs
