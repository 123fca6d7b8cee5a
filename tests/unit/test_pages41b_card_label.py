"""A related card's thumbnail anchor that holds only its category label yields the title to the card's headline
anchor to the same address (pages41 #3)."""

from __future__ import annotations

from newstui.parse.html import parse_html

_BODY = (
    "<p>تستعد الفرق المشاركة في البطولة الإقليمية لخوض الأدوار الحاسمة وسط حضور جماهيري كبير في الملاعب.</p>"
    "<p>وقال مدير البطولة إن اللجنة المنظمة أنهت استعداداتها لاستقبال الجماهير وتأمين المباريات كلها.</p>"
    "<p>وأضاف أن الحكام الذين سيديرون المباريات النهائية سيعلن عنهم في مؤتمر صحفي مطلع الأسبوع المقبل.</p>"
)
_URL = "https://riyada.example/football/final-preview/"
_HEADLINE = "قمة مرتقبة بين حامل اللقب والوصيف في النهائي"


def _page(card: str) -> str:
    return (
        "<html><head><title>الاستعداد للبطولة - رياضة</title></head><body><article>"
        f"<h1>الاستعداد للبطولة الإقليمية</h1>{_BODY}</article>"
        f'<div class="related-posts"><h3>مقالات ذات صلة</h3><div class="related-item">{card}</div>'
        '<div class="related-item"><h3 class="post-title"><a href="https://riyada.example/football/coach/">'
        "مدرب المنتخب يعلن قائمته النهائية</a></h3></div></div></body></html>"
    )


def _related(page: str) -> list[tuple[str, str | None]]:
    (article,) = parse_html(page, origin="page.html")
    return [(link.title, link.url) for link in article.related]


def test_label_in_thumbnail_does_not_title_the_card() -> None:
    card = (
        f'<a href="{_URL}" class="post-thumb"><span class="post-cat-wrap"><span class="post-cat">كرة القدم</span>'
        f'</span><img src="t.jpg" alt=""></a><h3 class="post-title"><a href="{_URL}">{_HEADLINE}</a></h3>'
    )
    assert (_HEADLINE, _URL) in _related(_page(card))
    assert all(title != "كرة القدم" for title, _ in _related(_page(card)))


def test_label_after_the_picture_does_not_title_the_card() -> None:
    card = (
        f'<a href="{_URL}" class="post-thumb"><img src="t.jpg" alt=""><span class="post-cat">كرة القدم</span></a>'
        f'<h3 class="post-title"><a href="{_URL}">{_HEADLINE}</a></h3>'
    )
    assert _related(_page(card))[0] == (_HEADLINE, _URL)


def test_headline_anchor_first_and_label_second_unchanged() -> None:
    card = (
        f'<h3 class="post-title"><a href="{_URL}">{_HEADLINE}</a></h3>'
        f'<a href="{_URL}" class="post-thumb"><span class="post-cat">كرة القدم</span></a>'
    )
    assert _related(_page(card))[0] == (_HEADLINE, _URL)
