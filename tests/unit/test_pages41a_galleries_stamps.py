"""Pages (audit pages41 #1, #4, #5, #7): a short story with a gallery of captioned pictures read as its own
paragraphs (not one run with its headline, byline and captions); a story's own ``gallery`` class no gallery; a
theme's bare view counter and a player's duration no paragraphs. Each with pages that must not change."""

from __future__ import annotations

from newstui.model import Article
from newstui.parse.html import parse_html

_LEAD = "غمرت أمطار غزيرة أحياء المدينة القديمة مساء الخميس، وتسببت في إغلاق عدد من الطرق الفرعية أمام السيارات."
_LAST = "ودعت البلدية السكان إلى تجنب التنقل غير الضروري حتى انحسار المياه عن الشوارع."
_MIDDLE = (
    "وقال مدير الدفاع المدني إن فرقه أخلت عشرات الأسر من البيوت المنخفضة ونقلتها إلى مدرسة قريبة.",
    "وتوقعت دائرة الأرصاد أن تتواصل الأمطار حتى مساء السبت مع انخفاض ملحوظ في درجات الحرارة.",
)
_CAPTIONS = ("سيارات عالقة في مياه السوق القديم", "متطوعون يزيلون الطين من مدخل مسجد", "جسر المشاة بعد انحسار المياه")
_BYLINE = '<p class="byline">كتب: سامر العطار</p>'


def _figures(item_class: str = "") -> str:
    attribute = f' class="{item_class}"' if item_class else ""
    return "".join(
        f'<figure{attribute}><img src="/i/{n}.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
        for n, caption in enumerate(_CAPTIONS)
    )


def _article(body: str, article_class: str = "story") -> Article:
    page = (
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>أمطار غزيرة تغمر المدينة القديمة</title>'
        '<meta property="og:site_name" content="صحيفة المدينة"></head><body><main>'
        f'<article class="{article_class}"><h1>أمطار غزيرة تغمر المدينة القديمة</h1>{body}</article>'
        "</main></body></html>"
    )
    (article,) = parse_html(page, origin="page.html")
    return article


# 1. A short story with a gallery: its paragraphs, not one run ------------------------------------------------


def test_short_story_with_a_gallery_keeps_its_paragraphs_apart() -> None:
    gallery = f'<div class="gallery">{_figures("gallery-item")}</div>'
    article = _article(f"{_BYLINE}<p>{_LEAD}</p>{gallery}<p>{_LAST}</p>", "gallery-article")
    assert article.paragraphs == (_LEAD, _LAST)
    assert article.author == "سامر العطار"


def test_short_story_with_a_gallery_and_no_byline() -> None:
    gallery = f'<div class="photos">{_figures("gallery-item")}</div>'
    article = _article(f"<p>{_LEAD}</p>{gallery}<p>{_LAST}</p>")
    assert article.paragraphs == (_LEAD, _LAST)


def test_short_story_without_figures_unchanged() -> None:
    assert _article(f"{_BYLINE}<p>{_LEAD}</p><p>{_LAST}</p>").paragraphs == (_LEAD, _LAST)


def test_text_between_paragraphs_that_is_no_caption_still_keeps_the_run() -> None:
    """A sentence of the story's that is no ``<p>`` between them (no caption): the page's ``<p>``s would lose it."""
    loose = "وأفاد شهود عيان بأن منسوب المياه تجاوز نصف متر في بعض الأزقة الضيقة قرب السوق المركزي للمدينة"
    gallery = f'<div class="gallery">{_figures("gallery-item")}</div>'
    article = _article(f"<p>{_LEAD}</p>{gallery}<div>{loose}</div><p>{_LAST}</p>")
    assert any(loose in paragraph for paragraph in article.paragraphs)


# 7. The story's own gallery class ----------------------------------------------------------------------------


def test_story_classed_gallery_keeps_its_figures_captions() -> None:
    body = f"{_BYLINE}<p>{_LEAD}</p><p>{_MIDDLE[0]}</p>{_figures()}<p>{_MIDDLE[1]}</p><p>{_LAST}</p>"
    for article_class in ("gallery-article", "post type-post format-gallery", "story"):
        article = _article(body, article_class)
        assert article.paragraphs == (_LEAD, _MIDDLE[0], *_CAPTIONS, _MIDDLE[1], _LAST), article_class


def test_gallery_inside_a_story_classed_gallery_still_left_out() -> None:
    gallery = f'<div class="gallery">{_figures()}</div>'
    body = f"<p>{_LEAD}</p><p>{_MIDDLE[0]}</p>{gallery}<p>{_MIDDLE[1]}</p><p>{_LAST}</p>"
    article = _article(body, "gallery-article")
    assert not set(_CAPTIONS) & set(article.paragraphs)
    assert article.paragraphs == (_LEAD, _MIDDLE[0], _MIDDLE[1], _LAST)


# 4, 5. A bare view counter, a player's duration ------------------------------------------------------------------


def _story(above: str, paragraphs: tuple[str, ...] = (_LEAD, *_MIDDLE, _LAST)) -> tuple[str, ...]:
    return _article(above + "".join(f"<p>{text}</p>" for text in paragraphs)).paragraphs


def test_bare_view_counter_is_no_paragraph() -> None:
    counter = (
        '<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-5120">4,875</span></div>'
    )
    assert _story(counter) == (_LEAD, *_MIDDLE, _LAST)
    assert _story('<span class="post_views">1.2K</span>') == (_LEAD, *_MIDDLE, _LAST)


def test_player_duration_is_no_paragraph() -> None:
    player = (
        '<div class="video-player"><iframe src="https://video.example/e/1"></iframe>'
        '<span class="duration">07:45</span></div>'
    )
    assert _story(player) == (_LEAD, *_MIDDLE, _LAST)


def test_a_number_paragraph_of_the_story_stays() -> None:
    """A story about figures: a ``<p>`` that is only a number, a race's winning time in a ``<p>``."""
    figures = (_LEAD, "4,875", _MIDDLE[0], _MIDDLE[1], _LAST)
    assert _story("", figures) == figures
    race = (_LEAD, "وجاء زمن الفائز بالمركز الأول في سباق الشباب على النحو الآتي:", "04:12", _MIDDLE[1], _LAST)
    assert _story("", race) == race


def test_a_number_in_a_class_not_naming_views_stays() -> None:
    """ "preview", "overview" are no counters' names; a number beside its word is the counters' rule's."""
    figures = (_LEAD, _MIDDLE[0], _MIDDLE[1], _LAST)
    assert "2,310" in _story('<div class="overview"><p>2,310</p></div>', figures)


def test_a_views_number_beside_its_word_is_left_whole() -> None:
    """ "980 مشاهدة" is dropped whole by the counters' rule, its word not left alone as a paragraph."""
    paragraphs = _story('<div class="post-meta"><span class="views-count">980</span> مشاهدة</div>')
    assert "مشاهدة" not in paragraphs
    assert paragraphs[-1] == _LAST
