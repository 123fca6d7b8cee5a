"""The "The post … appeared first on …" line a WordPress plugin puts under every post is not the story's."""

from __future__ import annotations

import pytest

from newstui.parse.feed import parse_feed

_POST = '<a href="https://blog.example.org/park">{}</a>'
_SITE = '<a href="https://blog.example.org">مدونة الحي</a>'
_FOOT = f"The post {_POST.format('افتتاح الحديقة')} appeared first on {_SITE}."
_LEAD = "افتتحت البلدية حديقة عامة في حي النخيل."
_MORE = "وتفتح الحديقة أبوابها من السادسة صباحاً."


def _paragraphs(description: str, title: str = "حديقة", link: str = "") -> tuple[str, ...]:
    feed = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>{title}</title>'
        + (f"<link>{link}</link>" if link else "")
        + f"<description><![CDATA[{description}]]></description></item></channel></rss>"
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
        pytest.param(f"<p>{_FOOT}</p><p>{_LEAD}</p>", ("The post افتتاح الحديقة appeared first on مدونة الحي.", _LEAD),
                     id="not at the end"),
    ],
)  # fmt: skip
def test_the_footer_is_dropped(description: str, paragraphs: tuple[str, ...]) -> None:
    assert _paragraphs(description) == paragraphs


_OFFICE = (
    "The town council met on Monday to discuss the building.",
    "The old post office was closed for two years after the flood damaged its roof and walls.",
    "The post office appeared first on the council's list of repairs.",
)


@pytest.mark.parametrize(
    ("description", "title", "link", "paragraphs"),
    [
        pytest.param(
            f"<p>{_LEAD}</p><p>The post {_POST.format('افتتاح الحديقة')} appeared first on مدونة الحي.</p>",
            "افتتاح الحديقة", "", (_LEAD,), id="only the title a link, the entry's title",
        ),
        pytest.param(
            f"<p>{_LEAD}</p><p>The post {_POST.format('الحديقة')} appeared first on مدونة الحي.</p>",
            "حديقة", "https://blog.example.org/park", (_LEAD,), id="only the title a link, to the entry's address",
        ),
        pytest.param(
            f"<p>{_LEAD}</p><p>The post افتتاح الحديقة appeared first on مدونة الحي.</p>",
            "افتتاح الحديقة", "", (_LEAD,), id="no link, the entry's title",
        ),
        pytest.param(
            "".join(f"<p>{line}</p>" for line in _OFFICE[:2])
            + '<p>The post <a href="https://ex.com/o">office</a> appeared first on the council\'s list of repairs.</p>',
            "The post office reopens", "https://ex.com/news/office", _OFFICE, id="one word a link (regress13a #6)",
        ),
        pytest.param(
            f"<p>{_LEAD}</p><p>The post {_POST.format('حديقة أخرى')} appeared first on مدونة الحي.</p>",
            "حديقة", "https://blog.example.org/other",
            (_LEAD, "The post حديقة أخرى appeared first on مدونة الحي."), id="a link to another post, no site link",
        ),
    ],
)  # fmt: skip
def test_the_footer_names_the_post(description: str, title: str, link: str, paragraphs: tuple[str, ...]) -> None:
    """A line with one link, its title's, is the footer only when that title is the post's (its title, its
    address); a story's own sentence with one word of it a link stays."""
    assert _paragraphs(description, title, link) == paragraphs
