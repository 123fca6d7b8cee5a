"""A Drupal author field of several items names several writers, joined by "، " (audit pages42 #5)."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html

_TITLE = "كيف تُدار مياه الري في سهول الجنوب؟"
_ONE = "أمضى فريقنا ثلاثة أشهر بين المزارع والقنوات لتتبع توزيع حصص المياه على المزارعين الصغار في السهول."
_TWO = "وتبين الوثائق أن حصصا كبيرة تذهب إلى مزارع قليلة، بينما ينتظر الآخرون دورهم أسابيع طويلة دون جدوى."


def _page(items: list[str], label: str) -> str:
    fields = "".join(f'<div class="field__item"><a href="/u/{n}">{name}</a></div>' for n, name in enumerate(items))
    label_div = f'<div class="field__label">{label}</div>' if label else ""
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_TITLE}</title>'
        '<meta property="og:site_name" content="الرقيب"></head><body><article class="node">'
        f'<h1 class="page-title">{_TITLE}</h1>'
        f'<div class="field field--name-field-authors">{label_div}<div class="field__items">{fields}</div></div>'
        f'<div class="field field--name-body"><p>{_ONE}</p><p>{_TWO}</p></div></article></body></html>'
    )


@pytest.mark.parametrize(
    ("items", "label", "author"),
    [
        pytest.param(["سلمى حداد", "وليد قاسم"], "إعداد", "سلمى حداد، وليد قاسم", id="two-labelled"),
        pytest.param(["سلمى حداد", "وليد قاسم"], "", "سلمى حداد، وليد قاسم", id="two-no-label"),
        pytest.param(["سلمى حداد", "وليد قاسم", "منى الشريف"], "", "سلمى حداد، وليد قاسم، منى الشريف", id="three"),
        pytest.param(["سلمى حداد"], "", "سلمى حداد", id="one"),
    ],
)
def test_each_item_is_one_writer(items: list[str], label: str, author: str) -> None:
    (article,) = parse_html(_page(items, label), origin="page.html", url="https://raqib.example/node/9")
    assert article.author == author
