"""A box about the writer written as a second <article> (a name over a biography) is no embedded story."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html

_STORY = """<article><h1>افتتاح خط جديد للحافلات الكهربائية بين الميناء ووسط المدينة</h1>
<time datetime="2026-11-30T09:00:00">30 نوفمبر 2026</time>
<p>افتتحت هيئة النقل صباح اليوم خطا جديدا للحافلات الكهربائية يربط الميناء بوسط المدينة في عشرين دقيقة.</p>
<p>وقال مدير الهيئة إن الخط يضم اثنتي عشرة حافلة تعمل من السادسة صباحا حتى منتصف الليل طوال أيام الأسبوع.</p>
<p>وتأمل الهيئة أن يخفف الخط الجديد الازدحام عند مدخل الميناء في ساعات الذروة الصباحية والمسائية.</p>
</article>"""

_BIO = (
    "<p>صحفية تغطي شؤون النقل والمدن منذ عشر سنوات، وعملت مراسلة لعدد من الصحف في المنطقة.</p>"
    "<p>درست التخطيط العمراني في جامعة الإسكندرية، ولها كتاب عن تاريخ الموانئ على البحر المتوسط.</p>"
)

_OTHER_STORY = """<article><h2>البلدية تزرع ألف شجرة على طريق الكورنيش قبل الصيف</h2>
<p>بدأت البلدية زراعة ألف شجرة على امتداد طريق الكورنيش ضمن خطة لزيادة المساحات الخضراء في المدينة.</p>
<p>وتنتهي أعمال الزراعة قبل بداية الصيف، على أن تتولى البلدية ريها بالمياه المعالجة طوال العام.</p>
</article>"""


def _page(*boxes: str) -> str:
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>نقل - جريدة الساحل</title>'
        "</head><body><main>" + "".join(boxes) + "</main></body></html>"
    )


@pytest.mark.parametrize(
    "box",
    [
        f'<article class="author-box"><h2>سلمى يوسف الخطيب</h2>{_BIO}</article>',
        f'<article id="writer_bio"><h2>سلمى يوسف الخطيب</h2>{_BIO}</article>',
        f"<article><h2>سلمى الخطيب</h2>{_BIO}</article>",
    ],
    ids=["author-class", "writer-bio-id", "two-word-name"],
)
def test_a_box_about_the_writer_is_no_story(box: str) -> None:
    articles = parse_html(_page(_STORY, box), origin="bus.html")
    assert [article.title for article in articles] == ["افتتاح خط جديد للحافلات الكهربائية بين الميناء ووسط المدينة"]
    assert len(articles[0].paragraphs) == 3


def test_a_story_box_beside_it_still_is() -> None:
    articles = parse_html(_page(_STORY, _OTHER_STORY), origin="bus.html")
    assert [article.title for article in articles] == [
        "افتتاح خط جديد للحافلات الكهربائية بين الميناء ووسط المدينة",
        "البلدية تزرع ألف شجرة على طريق الكورنيش قبل الصيف",
    ]
