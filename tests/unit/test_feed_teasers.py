"""parse_feed: a ``content:encoded`` that is plainly a teaser (cut off, a "read more" link, WordPress's footer
under an excerpt, one short paragraph behind a link that ends mid-sentence) stays a summary whose page is
fetched (audit vparse H2); a whole story stays whole, a brief of whole sentences too."""

from __future__ import annotations

import pytest

from newstui.parse.feed import parse_feed

_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
    'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>موقع التقنية</title>'
    "<link>https://tech.example/</link>"
)
_LINK = "https://tech.example/2026/11/teaser.html"
_STORY = (
    "أطلقت وزارة الاتصالات مبادرة جديدة لتدريب الشباب على مهارات البرمجة والذكاء الاصطناعي في خمس محافظات.",
    "وقال وزير الاتصالات إن المرحلة الثانية من المبادرة ستنطلق في الربيع المقبل وتشمل عشر محافظات أخرى.",
    "ويتضمن البرنامج دورات مكثفة لمدة ثلاثة أشهر يقدمها مدربون معتمدون من شركات تقنية عالمية.",
    "وأشارت الوزارة إلى أن المتدربين المتميزين سيحصلون على فرص عمل في شركات ناشئة محلية.",
)
_EN = "The ministry launched a coding programme for young people in five provinces. The second phase"
_SITE = '<a href="https://tech.example/">'
_YOAST = f'<p>The post <a href="{_LINK}">Story</a> appeared first on {_SITE}Tech Site</a>.</p>'
_AR_YOAST = f'<p>ظهرت المقالة <a href="{_LINK}">مبادرة</a> أولاً على {_SITE}موقع التقنية</a>.</p>'


def _parse(encoded: str, *, link: bool = True, description: str = "") -> tuple[bool, bool, tuple[str, ...]]:
    """``(summary_only, feed_content, paragraphs)`` of one item with ``encoded`` as its ``content:encoded``."""
    item = (
        "<item><title>مبادرة لتدريب الشباب</title>"
        + (f"<link>{_LINK}</link>" if link else "")
        + (f"<description>{description}</description>" if description else "")
        + f"<content:encoded><![CDATA[{encoded}]]></content:encoded></item>"
    )
    (article,) = parse_feed(f"{_HEAD}{item}</channel></rss>".encode(), origin="f.xml")
    return article.summary_only, article.feed_content, article.paragraphs


def _paras(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(
            _paras(_STORY[0].removesuffix(".") + "…") + f'<p><a href="{_LINK}">أكمل القراءة</a></p>', id="audit-ar"
        ),
        pytest.param(
            _paras(f"{_EN} [&#8230;]") + f"<p>The post <a href='{_LINK}'>Story</a> appeared first on Tech Site.</p>",
            id="audit-wordpress",
        ),
        pytest.param(_paras(*_STORY[:2], _STORY[2].removesuffix(".") + "..."), id="three-dots"),
        pytest.param(_paras(*_STORY[:2], _STORY[2].removesuffix(".") + " (…)"), id="bracketed"),
        pytest.param(_paras(*_STORY[:2], _STORY[2].removesuffix(".") + " […]"), id="wordpress-ellipsis"),
        pytest.param(_paras(_STORY[0], _STORY[1] + f' <a href="{_LINK}">اقرأ المزيد</a>'), id="read-more-ar"),
        pytest.param(
            _paras(*_STORY[:3]) + f'<p><a href="{_LINK}">Continue reading <span>Story</span></a></p>',
            id="continue-reading-under-three",
        ),
        pytest.param(_paras(_EN + ".", f'<a href="{_LINK}">Read more</a>'), id="read-more-en"),
        pytest.param(_paras(f"{_EN} [&#8230;]") + _YOAST, id="footer-under-an-excerpt"),
        pytest.param(_paras(_STORY[0].removesuffix(".") + "…") + _AR_YOAST, id="arabic-footer-under-an-excerpt"),
        pytest.param(_paras(_STORY[0].removesuffix(".")), id="one-short-paragraph-unfinished"),
        pytest.param(_STORY[0].removesuffix("."), id="one-short-text-unfinished"),
        pytest.param(_paras(_STORY[0].removesuffix(".") + " و"), id="one-short-paragraph-cut-mid-sentence"),
    ],
)
def test_a_teaser_in_content_encoded_is_a_summary(encoded: str) -> None:
    """Not the whole story: ``summary_only`` (the reader and --fetch-entries fetch its page; a summary's label)."""
    summary_only, feed_content, _paragraphs = _parse(encoded)
    assert (summary_only, feed_content) == (True, False)


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(_paras(*_STORY), id="four-paragraphs"),
        pytest.param(_paras(*_STORY[:2]), id="two-paragraphs"),
        pytest.param(_paras(*_STORY) + _YOAST, id="full-text-with-footer"),
        pytest.param(_paras(*_STORY) + _AR_YOAST, id="full-text-with-arabic-footer"),
        pytest.param(_paras(*_STORY[:2]) + _YOAST, id="two-paragraphs-with-footer"),
        pytest.param(_paras(" ".join(_STORY) + " " + " ".join(_STORY)), id="one-long-paragraph"),
        pytest.param(_paras(*_STORY[:3], "وقال: «سنرى…» ثم غادر القاعة دون أن يضيف شيئا."), id="ellipsis-inside"),
    ],
)
def test_a_whole_story_in_content_encoded_is_no_summary(encoded: str) -> None:
    summary_only, feed_content, paragraphs = _parse(encoded, description="مقتطف قصير")
    assert (summary_only, feed_content) == (False, True)
    assert not any("appeared first" in paragraph or "ظهرت المقالة" in paragraph for paragraph in paragraphs)


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(_paras(_STORY[0]), id="one-sentence-full-stop"),
        pytest.param(_STORY[0], id="one-sentence-plain-text"),
        pytest.param(_paras(f"{_STORY[0]} {_STORY[1]}"), id="two-sentences"),
        pytest.param(_paras("هل تنجح المبادرة في تدريب ألف شاب قبل نهاية العام؟"), id="a-question"),
        pytest.param(_paras("قال الوزير: «ستبدأ الدورات الأسبوع المقبل.»"), id="full-stop-inside-quotes"),
        pytest.param(_paras(_STORY[0]) + _YOAST, id="one-sentence-and-the-footer"),
        pytest.param(_paras(_STORY[0]) + _AR_YOAST, id="one-sentence-and-the-arabic-footer"),
    ],
)
def test_one_short_paragraph_of_whole_sentences_is_the_story(encoded: str) -> None:
    """A brief given whole (its sentences end with a full stop) behind a link is the story, not a teaser;
    WordPress's footer under it, which Yoast puts under every post of a full-text feed, changes nothing
    (audit pages13 #5)."""
    summary_only, feed_content, paragraphs = _parse(encoded)
    assert (summary_only, feed_content) == (False, True)
    assert len(paragraphs) == 1 and "appeared first" not in paragraphs[0] and "ظهرت المقالة" not in paragraphs[0]


def test_a_short_content_without_a_link_is_the_story() -> None:
    """No page to fetch: one short paragraph is all there is (a brief), not labelled a summary."""
    assert _parse(_paras(_STORY[0]), link=False)[:2] == (False, True)


def test_a_cut_off_content_without_a_link_is_still_a_summary() -> None:
    """ "…" says the text goes on elsewhere: the summary's label is drawn over it."""
    assert _parse(_paras(_STORY[0].removesuffix(".") + "…"), link=False)[:2] == (True, False)


def test_the_teasers_text_is_kept_without_its_read_more_link() -> None:
    _summary_only, _feed_content, paragraphs = _parse(
        _paras(_STORY[0].removesuffix(".") + "…") + f'<p><a href="{_LINK}">أكمل القراءة</a></p>'
    )
    assert paragraphs == (_STORY[0].removesuffix(".") + "…",)
