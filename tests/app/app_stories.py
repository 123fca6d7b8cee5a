"""Original fixture stories for the app tests: three linked Arabic articles, one English, one full of markup."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from newstui.model import Article, Link

FIXTURES = Path(__file__).parent / "fixtures"

# Original text written for these tests (not taken from any news site).
BOOK_FAIR = Article(
    id="book-fair",
    title="افتتاح معرض الكتاب السنوي في بغداد بمشاركة واسعة",
    paragraphs=(
        "افتتح صباح اليوم معرض الكتاب السنوي في بغداد بمشاركة أكثر من مئتي دار نشر من داخل البلاد وخارجها،"
        " وسط إقبال كبير من الطلاب والعائلات الذين ملأوا الممرات منذ الساعات الأولى.",
        "وقال المنظمون إن المعرض يضم هذا العام جناحا خاصا لكتب الأطفال وآخر للمخطوطات القديمة،"
        " إلى جانب ندوات يومية يشارك فيها كتاب وشعراء من مدن مختلفة.",
        "ويستمر المعرض عشرة أيام، وتفتح أبوابه من العاشرة صباحا حتى التاسعة مساء.",
    ),
    source="وكالة الأنباء المحلية",
    section="ثقافة",
    published="2024-03-02",
    url="https://news.example/book-fair",
    keywords=("معرض الكتاب", "بغداد", "ثقافة"),
    related=(
        Link("جامعة الموصل تستعيد مكتبتها المركزية بعد الترميم", target="library", kind="related"),
        Link("الإمارات تطلق برنامجا لدعم القراءة في المدارس", target="reading", kind="read-also"),
        Link("مهرجان الشعر الشعبي يعود إلى البصرة", kind="related"),
    ),
    direction="rtl",
)
READING = Article(
    id="reading",
    title="الإمارات تطلق برنامجا لدعم القراءة في المدارس",
    paragraphs=(
        "أطلقت وزارة التربية في الإمارات برنامجا جديدا يشجع طلاب المدارس على قراءة كتاب كل شهر،"
        " ويمنح المدارس الأكثر نشاطا مكتبات صغيرة في الصفوف.",
        "ويشمل البرنامج مسابقات للكتابة ولقاءات مع مؤلفين شباب.",
    ),
    source="صحيفة الخليج اليوم",
    section="تعليم",
    published="2024-03-01",
    related=(Link("افتتاح معرض الكتاب السنوي في بغداد بمشاركة واسعة", target="book-fair", kind="parent"),),
    direction="rtl",
)
LIBRARY = Article(
    id="library",
    title="جامعة الموصل تستعيد مكتبتها المركزية بعد الترميم",
    paragraphs=(
        "أعادت جامعة الموصل فتح مكتبتها المركزية بعد أعمال ترميم استمرت ثلاث سنوات،"
        " وعادت الرفوف لتستقبل آلاف الكتب التي تبرع بها أهالي المدينة.",
    ),
    source="إذاعة الشمال",
    section="محليات",
    published="2024-02-27",
    direction="rtl",
)
FERRY = Article(
    id="ferry",
    title="River ferry service resumes after winter repairs",
    paragraphs=(
        "The old river ferry carried its first passengers of the season this morning after two months"
        " in the boatyard, where workers replaced the engine and repainted the deck.",
        "Tickets cost the same as last year, and the first crossing leaves at seven.",
    ),
    source="Harbour Weekly",
    section="Local",
    published="2024-04-10",
    url="https://news.example/ferry",
    related=(Link("Bridge closed for inspection", url="javascript:alert(1)"),),
    direction="ltr",
    language="en",
)
STORIES = (BOOK_FAIR, READING, LIBRARY, FERRY)
"""Three Arabic stories linked to each other, and one English story."""

MARKUP = Article(
    id="markup",
    title="[bold red]x[/] and [/ and [@click=app.quit]x[/]",
    paragraphs=("Body with [link=https://evil.example]a link[/link] and [/ in it.",),
    source="[b]Source[/b]",
    section="[@click=app.quit]s[/]",
    url="file:///etc/passwd",
    related=(Link("[@click=app.quit]quit[/]"),),
    direction="ltr",
)
"""An article whose every string looks like markup."""


def make_corpus(articles: Iterable[Article]) -> Any:
    """A real Corpus holding ``articles``."""
    from newstui.corpus import Corpus

    corpus = Corpus()
    corpus.add(list(articles))
    return corpus


def long_article(paragraphs: int = 400) -> Article:
    """An Arabic article far taller than any screen."""
    body = tuple(
        f"الفقرة رقم {n} من تقرير طويل عن أسواق المدينة القديمة وحرفييها الذين يعملون منذ عقود في الأزقة الضيقة."
        for n in range(1, paragraphs + 1)
    )
    return replace(BOOK_FAIR, id="long", title="تقرير طويل عن أسواق المدينة", paragraphs=body, related=())
