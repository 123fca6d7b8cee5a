"""Seeded generators for the benchmark inputs: articles, folders, an HTML page and feeds, in ``benchmarks/.data/``.

Nothing large is committed: every file is produced here from a fixed seed and a small vocabulary of
original Arabic sentences (written for this suite), mixed with digits, Latin words, URLs, brackets
and harakat where a case needs them. Files are regenerated only when missing or when
``GENERATOR_VERSION`` changes.
"""

from __future__ import annotations

import html
import os
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / ".data"
GENERATOR_VERSION = "6"
SEED = 20240611
MARKER = "BNCHMK"
"""Latin token placed early in every generated article: it survives shaping and reordering unchanged,
so a paint probe can look for it in the terminal's byte stream."""

# Original sentences written for this suite (not taken from any article).
SENTENCES: tuple[str, ...] = (
    "أعلنت بلدية المدينة أمس عن خطة جديدة لتوسيع شبكة الطرق في الأحياء الشمالية خلال العامين المقبلين.",
    "وقال المتحدث باسم البلدية إن المشروع سيوفر مئات فرص العمل للشباب في المنطقة.",
    "وتوقعت هيئة الأرصاد الجوية أن تشهد البلاد موجة من الأمطار الغزيرة مع انخفاض ملحوظ في درجات الحرارة.",
    "ودعت الهيئة السائقين إلى توخي الحذر على الطرق السريعة وتجنب المناطق المنخفضة.",
    "وفي سياق متصل، افتتح وزير التعليم مدرسة حديثة تتسع لألف طالب في الضاحية الجنوبية.",
    "وأكد الوزير أن الحكومة ماضية في تطوير المناهج الدراسية وتدريب المعلمين على الأساليب الحديثة.",
    "من جهة أخرى، سجلت أسعار الخضار في الأسواق المحلية ارتفاعا طفيفا بسبب تراجع الإنتاج الموسمي.",
    "وأوضح عدد من التجار أن الطلب على الفواكه المستوردة ازداد بشكل واضح منذ بداية الشهر.",
    "وشارك مئات المتطوعين في حملة لتنظيف الشاطئ وزراعة الأشجار على طول الكورنيش.",
    "وقالت منظمة الحملة إن الهدف هو نشر الوعي البيئي بين الأطفال والأسر.",
    "وفاز فريق النادي الأهلي على منافسه بثلاثة أهداف مقابل هدف واحد في المباراة التي أقيمت مساء السبت.",
    "وأشاد المدرب بأداء اللاعبين الشباب الذين شاركوا للمرة الأولى في البطولة.",
    "كما أطلقت وزارة الصحة حملة تطعيم واسعة تستهدف الأطفال دون سن الخامسة في القرى النائية.",
    "وأشار مدير الحملة إلى أن الفرق الطبية ستزور البيوت لضمان وصول اللقاح إلى الجميع.",
    "وفي الشأن الاقتصادي، ارتفع حجم الصادرات الزراعية خلال الربع الأخير مقارنة بالعام الماضي.",
    "ويرى خبراء أن تحسين طرق النقل والتخزين ساهم في تقليل الخسائر وزيادة الأرباح.",
    "ونظمت المكتبة العامة معرضا للكتاب بمشاركة دور نشر من عدة دول عربية.",
    "واستقطب المعرض آلاف الزوار الذين حرصوا على حضور الندوات الثقافية والأمسيات الشعرية.",
    "وكشفت دراسة حديثة أن استخدام الهواتف الذكية بين كبار السن تضاعف خلال السنوات الخمس الأخيرة.",
    "ونصح الباحثون بتوفير دورات تدريبية مبسطة تساعدهم على استخدام الخدمات الإلكترونية بأمان.",
    "وأكدت شركة الكهرباء أن أعمال الصيانة المجدولة ستؤدي إلى انقطاع التيار لساعات قليلة في بعض الشوارع.",
    "واعتذرت الشركة للمواطنين عن أي إزعاج، مؤكدة أن الأعمال ضرورية لتحسين جودة الخدمة.",
    "ويستعد المزارعون لموسم الحصاد وسط آمال بإنتاج وفير بعد شتاء ممطر.",
    "وطالب ممثلو المزارعين بدعم أسعار البذور والأسمدة وتسهيل الحصول على القروض.",
    "وفي ختام اللقاء، اتفق الطرفان على تشكيل لجنة مشتركة لمتابعة تنفيذ التوصيات.",
    "ومن المنتظر أن تعقد اللجنة اجتماعها الأول مطلع الشهر المقبل في مقر الغرفة التجارية.",
    "ولا تزال فرق الإنقاذ تبحث عن حلول لإعادة فتح الطريق الجبلي الذي أغلقته الانهيارات الصخرية.",
    "وقال سكان القرية إنهم يعتمدون على هذا الطريق للوصول إلى المستشفى والأسواق.",
    "وأعلن المهرجان السينمائي عن قائمة الأفلام المشاركة في دورته الجديدة التي تنطلق الأسبوع المقبل.",
    "وتضم القائمة أعمالا لمخرجين شباب تتناول قضايا الهجرة والعمل والعلاقات الأسرية.",
)

HEADLINES: tuple[str, ...] = (
    "البلدية تطلق خطة لتوسيع الطرق في الأحياء الشمالية",
    "موجة أمطار غزيرة تضرب البلاد مطلع الأسبوع",
    "افتتاح مدرسة حديثة تتسع لألف طالب في الضاحية الجنوبية",
    "ارتفاع طفيف في أسعار الخضار بالأسواق المحلية",
    "متطوعون ينظفون الشاطئ ويزرعون الأشجار على الكورنيش",
    "النادي الأهلي يفوز بثلاثية في مباراة السبت",
    "حملة تطعيم واسعة للأطفال في القرى النائية",
    "نمو الصادرات الزراعية في الربع الأخير",
    "معرض الكتاب يستقطب آلاف الزوار",
    "دراسة: كبار السن يقبلون على الهواتف الذكية",
    "انقطاع مؤقت للكهرباء بسبب أعمال الصيانة",
    "المزارعون يستعدون لموسم حصاد وفير",
    "لجنة مشتركة لمتابعة تنفيذ التوصيات",
    "جهود لإعادة فتح الطريق الجبلي بعد الانهيارات",
    "المهرجان السينمائي يكشف قائمة أفلام دورته الجديدة",
)

SOURCES: tuple[tuple[str, str], ...] = (
    ("صحيفة المدينة", "محليات"),
    ("وكالة الأنباء", "اقتصاد"),
    ("موقع الخبر", "رياضة"),
    ("نشرة الصباح", "ثقافة"),
)

KEYWORDS: tuple[str, ...] = ("البلدية", "الطقس", "التعليم", "الأسواق", "البيئة", "الرياضة", "الصحة", "الزراعة")

# Pieces for the mixed article (A4): Latin, URLs, digits, brackets, guillemets, harakat, tatweel, lam-alef.
MIXED_BITS: tuple[str, ...] = (
    "Reuters",
    "BBC News",
    "COVID-19",
    "https://example.org/news/2024/05/item-17",
    "2,500",
    "1.5%",
    "2024/09/11",
    "٢٠٢٤",
    "(مؤقتا)",
    "[تحديث]",
    "«الحصاد»",
    "{ملاحظة}",
    "أيضاً",
    "جِدًّا",
    "مُهِمٌّ",
    "يُشارك",
    "شاملاً",
    "الـمـديـنـة",
    "لا الأسعار ولا الإنتاج",
    "(2014-2017)",
    "GPS",
    "-5",
)

_BASE_DATE = datetime(2024, 6, 1, 8, 0, tzinfo=UTC)


# --------------------------------------------------------------------------------------------- text pieces


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(sentences))


def _mix(rng: random.Random, paragraph: str, count: int) -> str:
    words = paragraph.split(" ")
    for _ in range(count):
        words.insert(rng.randrange(len(words) + 1), rng.choice(MIXED_BITS))
    return " ".join(words)


def _with_marker(paragraph: str, tag: str = MARKER) -> str:
    words = paragraph.split(" ")
    words.insert(1, tag)
    return " ".join(words)


def _read_also(rng: random.Random) -> list[str]:
    return ["إقرأ أيضاً:", "", rng.choice(HEADLINES), ""] + [
        line for _ in range(rng.randint(4, 6)) for line in (_paragraph(rng, rng.randint(2, 3)), "")
    ]


def _related(rng: random.Random, count: int) -> list[str]:
    return ["", "مقالات مشابهة", ""] + [f"  • {rng.choice(HEADLINES)}" for _ in range(count)]


def article_text(rng: random.Random, target_bytes: int, *, mixed: bool = False) -> str:
    """One article in the reference text format, about ``target_bytes`` of UTF-8.

    Layout: ``source – section`` byline, body paragraphs (the first carries ``MARKER``), ``المصدر:``
    attribution, ``كلمات دلالية:`` keywords, a ``إقرأ أيضاً:`` block embedding a second story, and a
    ``مقالات مشابهة`` list of related titles.
    """
    source, section = rng.choice(SOURCES)
    tail = [
        "",
        f"المصدر: {source}",
        "",
        "كلمات دلالية: " + "، ".join(rng.sample(KEYWORDS, 3)),
        "",
        *_read_also(rng),
        *_related(rng, 8),
    ]
    tail_bytes = len("\n".join(tail).encode())
    lines = [f"{source} – {section}", ""]
    size = len("\n".join(lines).encode())
    first = True
    while first or size + tail_bytes < target_bytes:
        paragraph = _paragraph(rng, rng.randint(1, 3))
        if mixed:
            paragraph = _mix(rng, paragraph, rng.randint(2, 4))
        if first:
            paragraph = _with_marker(paragraph)
            first = False
        lines += [paragraph, ""]
        size += len(paragraph.encode()) + 2
    return "\n".join(lines + tail) + "\n"


def small_article(rng: random.Random, index: int) -> str:
    """A ~1 KB corpus article: byline and 2-6 short paragraphs, the first naming ``MARKER`` and its number."""
    source, section = rng.choice(SOURCES)
    paragraphs = [_paragraph(rng, rng.randint(1, 2)) for _ in range(rng.randint(2, 6))]
    paragraphs[0] = _with_marker(paragraphs[0], f"{MARKER}{index:06d}")
    return f"{source} – {section}\n\n" + "\n\n".join(paragraphs) + "\n"


# --------------------------------------------------------------------------------------------- HTML and feeds


def html_page(rng: random.Random, *, target_bytes: int = 130_000) -> str:
    """An Arabic news page of about ``target_bytes`` with heavy boilerplate around one article.

    Boilerplate: ~2,000 CSS rules (as many as it takes to reach the size), 40 inline scripts,
    navigation, a news ticker, a "most read" sidebar, comments and a footer; the article has a
    headline, byline, date, 15 paragraphs and in-page related links.
    """

    def css(rules: int) -> str:
        return "\n".join(
            f".c{i} .x{i % 37} > a:hover{{color:#{(i * 7919) % 0xFFFFFF:06x};margin:{i % 9}px {i % 5}px}}"
            for i in range(rules)
        )

    scripts = "\n".join(
        f"<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{'slot':'ad-{i}','size':[300,250],"
        f"'targeting':{{'section':'news','pos':{i}}}}});function f{i}(a){{return a*{i}+{i % 7};}}</script>"
        for i in range(40)
    )
    nav = "".join(f'<li><a href="/section/{i}">{html.escape(k)}</a></li>' for i, k in enumerate(KEYWORDS * 4))
    ticker = "".join(
        f'<span class="tick"><a href="/t/{i}">{html.escape(h)}</a></span>' for i, h in enumerate(HEADLINES)
    )
    sidebar = "".join(
        f'<li><a href="/most-read/{i}">{html.escape(rng.choice(HEADLINES))}</a>'
        f"<span>{rng.randint(100, 9999)}</span></li>"
        for i in range(20)
    )
    comments = "".join(
        f'<div class="comment"><b>قارئ {i}</b><p>{html.escape(rng.choice(SENTENCES))}</p></div>' for i in range(10)
    )
    footer = "".join(f'<a href="/p/{i}">{html.escape(k)}</a> ' for i, k in enumerate(KEYWORDS * 6))
    related = "".join(
        f'<li><a href="/news/{1000 + i}.html">{html.escape(rng.choice(HEADLINES))}</a></li>' for i in range(6)
    )
    title = HEADLINES[0]
    date = _BASE_DATE.isoformat()

    local = random.Random(SEED + 7)
    body = [_with_marker(_paragraph(local, 2))] + [_paragraph(local, local.randint(1, 3)) for _ in range(14)]
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)

    def build(rules: int) -> str:
        return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{html.escape(title)} | صحيفة المدينة</title>
<meta property="og:title" content="{html.escape(title)}">
<meta name="author" content="محرر الشؤون المحلية">
<meta property="article:published_time" content="{date}">
<style>{css(rules)}</style>
{scripts}
</head><body>
<header><nav><ul>{nav}</ul></nav><div class="ticker">{ticker}</div></header>
<!-- layout: main column and sidebar -->
<main><article>
<h1>{html.escape(title)}</h1>
<div class="byline">صحيفة المدينة – محليات · <time datetime="{date}">{date[:10]}</time></div>
{paragraphs}
<section class="related"><h2>مقالات ذات صلة</h2><ul>{related}</ul></section>
</article>
<aside><h3>الأكثر قراءة</h3><ol>{sidebar}</ol></aside>
<section class="comments">{comments}</section>
</main>
<footer>{footer}<p>جميع الحقوق محفوظة</p></footer>
</body></html>
"""

    rules = 500
    page = build(rules)
    while len(page.encode()) < target_bytes:
        rules += 25
        page = build(rules)
    return page


def rss_feed(rng: random.Random, items: int) -> str:
    """An RSS 2.0 feed of ``items`` Arabic items (title, link, guid, date, category, HTML description)."""
    entries = []
    for i in range(items):
        title = f"{rng.choice(HEADLINES)} {MARKER}{i:04d}"
        body = "".join(f"<p>{html.escape(_paragraph(rng, 1))}</p>" for _ in range(2))
        date = format_datetime(_BASE_DATE - timedelta(hours=i))
        entries.append(
            f"<item><title>{html.escape(title)}</title><link>https://news.example/a/{i}.html</link>"
            f'<guid isPermaLink="false">news-example-{i}</guid><pubDate>{date}</pubDate>'
            f"<category>{html.escape(rng.choice(KEYWORDS))}</category>"
            f"<description>{html.escape(body)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        "<title>صحيفة المدينة</title><link>https://news.example/</link><description>آخر الأخبار</description>"
        "<language>ar</language>\n" + "\n".join(entries) + "\n</channel></rss>\n"
    )


def atom_feed(rng: random.Random, items: int) -> str:
    """An Atom feed of ``items`` Arabic entries."""
    entries = []
    for i in range(items):
        title = f"{rng.choice(HEADLINES)} {MARKER}{i:04d}"
        body = "".join(f"<p>{html.escape(_paragraph(rng, 1))}</p>" for _ in range(2))
        date = (_BASE_DATE - timedelta(minutes=17 * i)).isoformat()
        entries.append(
            f"<entry><title>{html.escape(title)}</title>"
            f'<link rel="alternate" href="https://news.example/b/{i}.html"/><id>urn:news-example:{i}</id>'
            f"<updated>{date}</updated><author><name>محرر {i % 13}</name></author>"
            f'<category term="{html.escape(rng.choice(KEYWORDS))}"/>'
            f'<summary type="html">{html.escape(body)}</summary></entry>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">'
        "<title>وكالة الأنباء</title><id>urn:news-example</id>"
        f"<updated>{_BASE_DATE.isoformat()}</updated>\n" + "\n".join(entries) + "\n</feed>\n"
    )


# --------------------------------------------------------------------------------------------- the dataset


@dataclass(frozen=True)
class Dataset:
    """Paths of every generated input."""

    root: Path

    @property
    def a1(self) -> Path:
        """~6 KB article."""
        return self.root / "articles" / "a1_6k.txt"

    @property
    def a2(self) -> Path:
        """~60 KB article."""
        return self.root / "articles" / "a2_60k.txt"

    @property
    def a3(self) -> Path:
        """~1 MB article."""
        return self.root / "articles" / "a3_1m.txt"

    @property
    def a4(self) -> Path:
        """~6 KB article mixing Latin, digits, URLs, brackets, harakat and tatweel into the Arabic."""
        return self.root / "articles" / "a4_mixed.txt"

    @property
    def c10k(self) -> Path:
        """Folder of 10,000 small articles."""
        return self.root / "corpus_10k"

    @property
    def c100k(self) -> Path:
        """Folder of 100,000 small articles."""
        return self.root / "corpus_100k"

    @property
    def h1(self) -> Path:
        """~130 KB Arabic page with heavy boilerplate."""
        return self.root / "web" / "page_130k.html"

    @property
    def a1_web(self) -> Path:
        """A copy of the 6 KB article for the loopback server (served as text/plain)."""
        return self.root / "web" / "a1_6k.txt"

    @property
    def f1(self) -> Path:
        """RSS 2.0 feed of 100 items."""
        return self.root / "web" / "feed_100.rss"

    @property
    def f2(self) -> Path:
        """Atom feed of 1,000 items."""
        return self.root / "web" / "feed_1000.atom"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _write_corpus(folder: Path, count: int, seed: int) -> None:
    tmp = folder.with_name(folder.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    rng = random.Random(seed)
    for i in range(count):
        (tmp / f"{i:06d}.txt").write_bytes(small_article(rng, i).encode())
    if folder.exists():
        shutil.rmtree(folder)
    os.replace(tmp, folder)


def _files(root: Path) -> Iterator[Path]:
    yield from root.rglob("*")


def ensure(*, big: bool = True, root: Path = DATA_DIR, log: object = None) -> Dataset:
    """Generate whatever is missing (or stale) under ``root``; ``big`` includes the 100,000-file folder."""
    data = Dataset(root)
    stamp = root / "VERSION"
    if stamp.exists() and stamp.read_text(encoding="utf-8").strip() != f"{GENERATOR_VERSION} {SEED}":
        shutil.rmtree(root)
    root.mkdir(parents=True, exist_ok=True)
    stamp.write_text(f"{GENERATOR_VERSION} {SEED}\n", encoding="utf-8")

    def say(message: str) -> None:
        if callable(log):
            log(message)

    singles = {
        data.a1: lambda: article_text(random.Random(SEED + 1), 6_000),
        data.a2: lambda: article_text(random.Random(SEED + 2), 60_000),
        data.a3: lambda: article_text(random.Random(SEED + 3), 1_000_000),
        data.a4: lambda: article_text(random.Random(SEED + 4), 6_000, mixed=True),
        data.h1: lambda: html_page(random.Random(SEED + 5)),
        data.f1: lambda: rss_feed(random.Random(SEED + 6), 100),
        data.f2: lambda: atom_feed(random.Random(SEED + 8), 1000),
    }
    for path, make in singles.items():
        if not path.exists():
            say(f"generating {path.relative_to(root)}")
            _write(path, make())
    if not data.a1_web.exists():
        _write(data.a1_web, data.a1.read_text(encoding="utf-8"))
    folders = [(data.c10k, 10_000, SEED + 10)] + ([(data.c100k, 100_000, SEED + 11)] if big else [])
    for folder, count, seed in folders:
        if not folder.is_dir() or sum(1 for _ in os.scandir(folder)) != count:
            say(f"generating {folder.name} ({count:,} files)")
            _write_corpus(folder, count, seed)
    return data


if __name__ == "__main__":
    import sys

    ensure(big="--quick" not in sys.argv, log=print)
