"""save: a story written as a text file, whole or not at all, never over another; it opens again the same."""

from __future__ import annotations

import errno
import os
from dataclasses import replace
from pathlib import Path
from typing import Any, Final

import pytest

from newstui import save
from newstui.errors import OutputError
from newstui.model import Article, Link, RawDocument
from newstui.parse import parse_document
from newstui.parse.plaintext import lead_title, parse_plaintext
from newstui.save import article_text, default_name, save_new

# Original stories written for these tests.
LIBRARY = Article(
    id="lib",
    title="افتتاح مكتبة جديدة قرب السوق",
    paragraphs=(
        "افتتحت البلدية مكتبة صغيرة قرب السوق القديم، وتضم 3,000 كتاب (منها 200 للأطفال).",
        "وقال رئيس البلدية إن المكتبة تفتح كل يوم من الساعة 9 صباحاً.",
    ),
    source="نشرة الحي",
    section="محليات",
    url="https://example.org/news/library",
)
FERRY = Article(
    id="ferry",
    title="Night ferry returns to the harbour",
    paragraphs=("The night ferry runs again from Monday, the council said.", "Tickets cost 4 pounds."),
    source="Harbour Gazette",
    direction="ltr",
)
UNSIGNED = Article(id="u", title="خبر قصير بلا مصدر", paragraphs=("نص الخبر القصير في سطر واحد فقط.",))
SAMPLES: Final = Path(__file__).resolve().parents[2] / "src" / "newstui" / "samples"


def _read_back(article: Article) -> Article:
    """The saved text of ``article`` opened again: the first story of the file."""
    data = article_text(article).encode("utf-8")
    return parse_document(RawDocument(origin="saved.txt", data=data, content_type="text/plain"))[0]


CARRIED: Final = (
    "title",
    "source",
    "section",
    "author",
    "paragraphs",
    "attribution",
    "keywords",
    "url",
    "direction",
)
"""The fields the plain-text format has a line for (with the links' titles and URLs)."""


def _carried(article: Article) -> dict[str, object]:
    """What the saved file should give back of ``article``: its carried fields and its links' titles and URLs."""
    fields: dict[str, object] = {name: getattr(article, name) for name in CARRIED}
    fields["links"] = [(link.title, link.url) for link in article.related]
    return fields


P1 = "أعلنت وزارة الاقتصاد في الإمارات أن التجارة الخارجية غير النفطية نمت 14% في النصف الأول من العام."
P2 = "وقال وكيل الوزارة إن الصادرات إلى الأسواق الآسيوية تضاعفت خلال ثلاث سنوات، بحسب الأرقام الرسمية."
P3 = "وتتوقع الوزارة أن يستمر النمو في النصف الثاني مع افتتاح ثلاثة موانئ جديدة."
DUBAI = Article(
    id="dubai",
    title="نمو التجارة الخارجية غير النفطية في الإمارات",
    paragraphs=(P1, P2, P3),
    source="الندى نيوز",
    section="اقتصاد",
    attribution="الندى نيوز",
    url="https://alnada.example/economy/2025/trade-growth",
    keywords=("الإمارات", "اقتصاد"),
    related=tuple(
        Link(f"عنوان الخبر المشابه رقم {number}", f"https://alnada.example/news/{number}" if number % 3 else None)
        for number in range(1, 16)
    ),
)
"""The audit's story: byline, attribution, keywords, 15 related links (ten with a URL), a web address."""
HARBOUR = Article(
    id="harbour",
    title="Night ferry returns to the harbour",
    paragraphs=("The night ferry runs again from Monday, the council said.", "Tickets cost 4 pounds."),
    source="Harbour Gazette",
    section="Local news",
    attribution="Harbour Press Agency",
    url="https://gazette.example/local/night-ferry",
    direction="ltr",
    keywords=("ferries", "harbour", "night buses"),
    related=(
        Link("Harbour lights switched on for the winter", "https://gazette.example/local/lights"),
        Link("Bridge repairs finish early"),
        Link("Breaking:", "https://gazette.example/breaking"),  # a title ending like a separator
        Link("Source: the council's own figures", "https://gazette.example/figures"),  # a title like a marker
    ),
)
"""An English story: the English markers (Source:, Tags:, Related articles)."""
PAGE = Article(
    id="page",
    title="مكتبة المدينة تعيد فتح أبوابها",
    paragraphs=(P1, P2),
    source="الندى نيوز",
    section="ثقافة",
    url="https://alnada.example/culture/library",
    related=(
        Link("برنامج صيفي للقراءة في المكتبة", None, "page-1", "read-also"),  # an embedded story: not in the file
        Link("معرض الكتاب يعود في الخريف", "https://alnada.example/culture/fair", None, "read-also"),
        Link("موجة حر تضرب المدينة", "https://alnada.example/local/heat"),
        Link("مسابقة القراءة تبدأ الأسبوع المقبل", None, None, "read-also"),  # after a related link
        Link("صفحة الخبر الأصلي", "https://alnada.example/culture/", "page-0", "parent"),
    ),
)
"""Read-also links (one to an embedded story), a related link between them, and a parent link."""
EMBEDDED = Article(
    id="story",
    title="برنامج صيفي للقراءة في المكتبة",
    paragraphs=(P3, P2),
    source="الندى نيوز",
    section="ثقافة",
    related=(Link("مكتبة المدينة تعيد فتح أبوابها", "https://alnada.example/culture/library", "page", "parent"),),
)
"""An embedded story's link to its page: kept so the saved story leads back to the page."""
_AR: Final[dict[str, Any]] = {
    "source": "الندى نيوز",
    "section": "محليات",
    "url": "https://alnada.example/local/1",
    "attribution": "وكالة الأنباء",
    "keywords": ("محليات",),
    "related": (Link("خبر آخر من المدينة", "https://alnada.example/local/2"),),
}
"""Every field besides, so each case checks the paragraphs among the markers the text ends with."""
TRICKY = {
    "marker-words": Article(
        id="t1",
        title="ارتفاع أسعار النفط في الأسواق",
        paragraphs=("المصدر الرئيسي للدخل هو النفط، كما قال الوزير.", P1, "مقالات مشابهة كثيرة نشرت عن الموضوع."),
        **_AR,
    ),
    "english-marker-words": Article(
        id="t2",
        title="Tags and labels on the new ferry",
        paragraphs=(
            "Tags are printed on every ticket this year.",
            "Source of the delay was a broken crane.",
            "Related to this, the timetable changes in May.",
        ),
        source="Harbour Gazette",
        section="Local",
        direction="ltr",
        attribution="Harbour Press Agency",
        keywords=("ferries",),
        related=(Link("Related: the old timetable", "https://gazette.example/old"),),
    ),
    "list-lines-first": Article(
        id="t3",
        title="ما الذي تغير في قانون السير",
        paragraphs=("• أولاً رفع حد السرعة", "- ثانياً مخالفات الهاتف", "1. ثالثاً", P1),
        **_AR,
    ),
    "bare-addresses": Article(
        id="t4",
        title="روابط التسجيل في المسابقة",
        paragraphs=("https://alnada.example/register", P1, "<https://alnada.example/rules>"),
        **_AR,
    ),
    "byline-lookalike": Article(
        id="t5",
        title="محادثات جديدة بين البلدين",
        paragraphs=("القاهرة – الخرطوم", P1, "الرياض | أبوظبي"),
        **_AR,
    ),
    "short-lead": Article(
        id="t6",
        title="عودة العبارة الليلية إلى الميناء بعد توقف طويل",
        paragraphs=("خبر سار للركاب", P2),
        source="الندى نيوز",
        section="محليات",
    ),
    "dateline-lead": Article(id="t7", title="افتتاح الميناء الجديد", paragraphs=("الأربعاء 11 سبتمبر 2024", P3), **_AR),
    "title-from-lead": Article(id="t8", title=lead_title(P2 * 3), paragraphs=(P2 * 3, P1), **_AR),
    "list-line-no-byline": Article(
        id="t9",
        title="خبر قصير بلا مصدر",
        paragraphs=("نص الخبر القصير في سطر واحد فقط.", "• بند من قائمة"),
        keywords=("أخبار قصيرة",),
    ),
}
"""Paragraphs that look like something else: marker words, list lines, addresses, bylines, datelines."""
MANY = Article(
    id="many",
    title="قائمة طويلة من الروابط",
    paragraphs=(P1,),
    related=tuple(Link(f"رابط رقم {number}") for number in range(1, 1003)),
)
"""More links than three-digit numbers: the numbering starts again."""
ROUND_TRIPS = {
    "library": LIBRARY,
    "library-with-author": replace(LIBRARY, author="سلمى العطار"),
    "ferry-with-author": replace(FERRY, section="Ferries", author="Jane Doe"),
    "author-without-byline": replace(UNSIGNED, author="مراسل الموقع"),
    "ferry": replace(FERRY, section="Ferries"),
    "no-byline": UNSIGNED,
    "arabic-all-fields": DUBAI,
    "english": HARBOUR,
    "read-also-and-parent": PAGE,
    "embedded-story": EMBEDDED,
    **TRICKY,
    "a-thousand-links": MANY,
}


class TestRoundTrip:
    @pytest.mark.parametrize("article", ROUND_TRIPS.values(), ids=ROUND_TRIPS.keys())
    def test_the_saved_file_gives_back_every_field_it_carries(self, article: Article) -> None:
        assert _carried(_read_back(article)) == _carried(article)

    def test_the_author_is_a_credit_line_under_the_headline(self) -> None:
        """Who wrote it goes under the headline ("كتب: …" / "By …"), who it is credited to at the end."""
        text = article_text(replace(DUBAI, author="سلمى العطار"))
        lines = text.split("\n\n")
        assert lines[2] == "كتب: سلمى العطار" and "المصدر: الندى نيوز" in lines
        assert article_text(replace(FERRY, section="Ferries", author="Jane Doe")).split("\n\n")[2] == "By Jane Doe"

    def test_the_audit_story_keeps_its_attribution_keywords_and_links(self) -> None:
        again = _read_back(DUBAI)
        assert again.attribution == "الندى نيوز"
        assert again.keywords == ("الإمارات", "اقتصاد")
        assert len(again.related) == 15
        assert [link.url is not None for link in again.related] == [number % 3 != 0 for number in range(1, 16)]

    def test_leading_read_also_links_stay_read_also_and_the_rest_come_back_related(self) -> None:
        kinds = [(link.kind, link.target) for link in _read_back(PAGE).related]
        assert kinds == [("read-also", None), ("read-also", None), *[("related", None)] * 3]

    def test_the_parent_link_leads_back_to_the_page(self) -> None:
        (back,) = _read_back(EMBEDDED).related
        assert (back.title, back.url, back.kind) == (EMBEDDED.related[0].title, EMBEDDED.related[0].url, "related")

    @pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.txt")))
    def test_every_story_of_the_samples(self, name: str) -> None:
        """Each page and embedded story of the bundled samples, an embedded story's lone source included."""
        for article in parse_plaintext((SAMPLES / name).read_text(encoding="utf-8"), origin=name):
            assert _carried(_read_back(article)) == _carried(article)


class TestText:
    @pytest.mark.parametrize("article", [LIBRARY, FERRY, UNSIGNED], ids=["arabic", "english", "no-byline"])
    def test_the_saved_file_opens_as_the_same_story(self, article: Article) -> None:
        data = article_text(article).encode("utf-8")
        (again,) = parse_document(RawDocument(origin="saved.txt", data=data, content_type="text/plain"))
        assert (again.title, again.paragraphs) == (article.title, article.paragraphs)
        assert again.url == article.url
        assert again.direction == article.direction
        assert (again.source, again.section) == (article.source, article.section)

    @pytest.mark.parametrize(
        "source",
        ["Harbour Gazette", "Valley Times", "Daily Post", "السومرية نيوز", "وكالة الأنباء المحلية", "العربية نت"],
    )
    @pytest.mark.parametrize("article", [FERRY, UNSIGNED, replace(LIBRARY, section=None)], ids=["en", "ar", "ar-url"])
    def test_a_source_without_a_section_comes_back(self, source: str, article: Article) -> None:
        """A feed entry's or a page's source (no section) is the site's name alone above the headline."""
        story = replace(article, source=source, section=None)
        again = _read_back(story)
        assert (again.source, again.section, again.title, again.paragraphs) == (
            source,
            None,
            story.title,
            story.paragraphs,
        )

    def test_a_date_is_not_written_into_the_byline(self) -> None:
        dated = Article(
            id="d",
            title=LIBRARY.title,
            paragraphs=LIBRARY.paragraphs,
            source="نشرة الحي",
            section="محليات",
            published="2026-11-02",
        )
        assert article_text(dated).startswith("نشرة الحي – محليات\n\n")
        assert "2026" not in article_text(dated), "the format has no date line"

    def test_logical_text_as_written(self) -> None:
        text = article_text(LIBRARY)
        assert text.startswith(
            "نشرة الحي – محليات\n\nافتتاح مكتبة جديدة قرب السوق\n\nhttps://example.org/news/library\n\n"
        )
        assert text.endswith(f"\n\n{LIBRARY.paragraphs[-1]}\n")
        assert not any("\ufb50" <= char <= "\ufeff" for char in text), "unshaped: no presentation forms"

    def test_every_field_on_its_line(self) -> None:
        story = Article(
            id="s",
            title="افتتاح مكتبة جديدة",
            paragraphs=("افتتحت البلدية مكتبة صغيرة قرب السوق.",),
            source="نشرة الحي",
            section="محليات",
            attribution="وكالة الأنباء",
            url="https://example.org/news/library",
            keywords=("مكتبات", "البلدية"),
            related=(
                Link("برنامج القراءة الصيفي", None, "s-1", "read-also"),
                Link("معرض الكتاب", "https://example.org/news/fair"),
                Link("سوق الكتب القديمة"),
            ),
        )
        assert article_text(story) == (
            "نشرة الحي – محليات\n\n"
            "افتتاح مكتبة جديدة\n\n"
            "https://example.org/news/library\n\n"
            "افتتحت البلدية مكتبة صغيرة قرب السوق.\n\n"
            "المصدر: وكالة الأنباء\n\n"
            "كلمات دلالية: مكتبات، البلدية\n\n"
            "إقرأ أيضاً: برنامج القراءة الصيفي\n\n"
            "مقالات مشابهة\n"
            "1. معرض الكتاب - https://example.org/news/fair\n"
            "2. سوق الكتب القديمة\n"
        )

    def test_english_markers_for_a_left_to_right_story(self) -> None:
        text = article_text(HARBOUR)
        assert "\n\nSource: Harbour Press Agency\n\nTags: ferries, harbour, night buses\n\nRelated articles\n" in text
        assert "\n2. Bridge repairs finish early\n" in text


class TestWhatTheFormatCannotCarry:
    """The limits the module's docstring lists, as they are."""

    @pytest.mark.parametrize("source", ["نشرة الحي", "Harbour notes"])
    def test_a_lone_source_the_parser_would_not_read_as_a_site_is_not_written(self, source: str) -> None:
        """Without a site word ("news", "نيوز", "صحيفة", …) nor a name's shape, a lone line above the headline
        is no site's name to the parser: writing it would make it the headline."""
        story = replace(FERRY, source=source)
        assert source not in article_text(story)
        again = _read_back(story)
        assert (again.source, again.title, again.paragraphs) == (None, story.title, story.paragraphs)

    @pytest.mark.parametrize("source", ["BBC", "Al Jazeera", "المصري اليوم"])
    def test_a_lone_source_shaped_as_a_name_is_written(self, source: str) -> None:
        """One word, capitalised words, or Arabic words each with its article: the parser reads the line as
        the site's name, so it is written and comes back."""
        story = replace(FERRY, source=source)
        again = _read_back(story)
        assert (again.source, again.title, again.paragraphs) == (source, story.title, story.paragraphs)

    def test_a_section_without_a_source_is_not_written(self) -> None:
        story = replace(FERRY, source=None, section="Local news")
        assert "Local news" not in article_text(story)
        assert _read_back(story).section is None

    def test_a_paragraph_that_is_a_marker_line_is_read_as_the_marker(self) -> None:
        story = replace(LIBRARY, paragraphs=(*LIBRARY.paragraphs, "المصدر: وكالة الأنباء"))
        again = _read_back(story)
        assert (again.paragraphs, again.attribution) == (LIBRARY.paragraphs, "وكالة الأنباء")

    def test_a_bare_address_under_a_one_paragraph_story_becomes_its_address(self) -> None:
        """Headline, lead, address: the layout of a saved page whose address stands under its lead."""
        story = replace(UNSIGNED, paragraphs=(*UNSIGNED.paragraphs, "https://example.org/other"))
        again = _read_back(story)
        assert (again.paragraphs, again.url) == (UNSIGNED.paragraphs, "https://example.org/other")

    def test_a_bare_address_further_down_a_storys_text_stays_a_paragraph(self) -> None:
        """An address line under the second paragraph is an embed's ("pic.twitter.com/…"), not the story's own."""
        story = replace(UNSIGNED, paragraphs=(*LIBRARY.paragraphs[:2], "https://example.org/other"))
        again = _read_back(story)
        assert (again.paragraphs, again.url) == (story.paragraphs, None)

    def test_a_title_that_is_no_headline_comes_back_as_a_first_paragraph(self) -> None:
        story = replace(LIBRARY, title="Short.")
        again = _read_back(story)
        assert (again.title, again.paragraphs) == ("Short", ("Short.", *LIBRARY.paragraphs))

    def test_a_line_break_inside_a_field_is_a_space(self) -> None:
        story = replace(UNSIGNED, paragraphs=("سطر أول\nوسطر ثان من الفقرة نفسها.",))
        assert _read_back(story).paragraphs == ("سطر أول وسطر ثان من الفقرة نفسها.",)


class TestName:
    @pytest.mark.parametrize(
        ("title", "name"),
        [
            ("افتتاح مكتبة جديدة", "افتتاح مكتبة جديدة.txt"),
            ("AC/DC: back in town?", "AC DC back in town.txt"),
            ("  spaced\tout\n title ", "spaced out title.txt"),
            ("...", "story.txt"),
            ("", "story.txt"),
            ("خبر " * 40, ("خبر " * 15).strip() + ".txt"),
            ("فوز الفريق المحلي على الضيوف بهدفين مقابل هدف (2-1) مساء أمس في الملعب الجديد",
             "فوز الفريق المحلي على الضيوف بهدفين مقابل هدف (2-1) مساء أمس.txt"),
            ("x" * 80, "x" * 60 + ".txt"),
            ("-rf --help", "rf --help.txt"),
            ("--- .-. عاجل: انقطاع الكهرباء", "عاجل انقطاع الكهرباء.txt"),
            (".- -", "story.txt"),
            ("Prices up - again", "Prices up - again.txt"),
            ("~ مقال عن الطقس", "مقال عن الطقس.txt"),
            ("~user/x", "user x.txt"),
            ("~-~ .~nosuchuser", "nosuchuser.txt"),
            ("-~/رحلة", "رحلة.txt"),
            ("~", "story.txt"),
            ("زيارة ~ رسمية", "زيارة ~ رسمية.txt"),
            ("گزارش می\u200cخواهد ❤️ خبر", "گزارش می\u200cخواهد ❤️ خبر.txt"),
            ("دانشگاه\u200cها و کتابخانه\u200cها", "دانشگاه\u200cها و کتابخانه\u200cها.txt"),
            ("\u200cمی\u200c خواهد\u200c", "می خواهد.txt"),
            ("\u200c\u200c\u200c", "story.txt"),
            ("خبر\u200bعاجل\u200fاليوم", "خبر عاجل اليوم.txt"),
            ("کُردی\u200cیە", "کُردی\u200cیە.txt"),
        ],
    )  # fmt: skip
    def test_default_name(self, title: str, name: str) -> None:
        """Safe characters, at most 60 of them, cut between words (one word too long is cut); no leading ``~``
        (a home folder's name to the shell and to ``expanduser``) nor ``-`` (an option to a command). A ZWNJ inside
        a word is kept (Persian and Kurdish spelling); other invisible characters part words."""
        assert default_name(Article(id="a", title=title)) == name
        assert len(name) <= 64

    @pytest.mark.parametrize("title", ["~ مقال عن الطقس", "~root", "~nosuchuser/x", "-~/x"])
    def test_a_name_offered_is_never_a_home_folders(self, title: str, tmp_path: Path) -> None:
        """The name offered, taken as it is, names a file in the folder offered, never one under a home folder."""
        name = default_name(Article(id="a", title=title), tmp_path)
        assert Path(name).expanduser() == Path(name) and not name.startswith(("~", "-"))

    def test_a_name_taken_is_not_offered(self, tmp_path: Path) -> None:
        """In a folder that holds the name already, the next free one is offered (saving never overwrites)."""
        story = Article(id="a", title="افتتاح مكتبة جديدة")
        assert default_name(story, tmp_path) == "افتتاح مكتبة جديدة.txt"
        (tmp_path / "افتتاح مكتبة جديدة.txt").write_text("old", encoding="utf-8")
        (tmp_path / "افتتاح مكتبة جديدة (2).txt").symlink_to(tmp_path / "nowhere")
        assert default_name(story, tmp_path) == "افتتاح مكتبة جديدة (3).txt"


class TestSaveNew:
    def test_writes_a_new_file_and_leaves_nothing_else(self, tmp_path: Path) -> None:
        path = save_new(tmp_path / "story.txt", "نص\n")
        assert path.read_text(encoding="utf-8") == "نص\n"
        assert os.listdir(tmp_path) == ["story.txt"]

    def test_never_over_an_existing_file_or_link(self, tmp_path: Path) -> None:
        taken = tmp_path / "taken.txt"
        taken.write_text("old", encoding="utf-8")
        (tmp_path / "link.txt").symlink_to(tmp_path / "nowhere")
        for name in ("taken.txt", "link.txt"):
            with pytest.raises(OutputError, match="a file of that name exists already"):
                save_new(tmp_path / name, "new")
        assert taken.read_text(encoding="utf-8") == "old"
        assert sorted(os.listdir(tmp_path)) == ["link.txt", "taken.txt"], "no temporary file left"

    def test_a_name_taken_while_writing(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        def taken(src: str, dst: Path) -> None:
            raise FileExistsError(errno.EEXIST, "File exists")

        monkeypatch.setattr(save.os, "link", taken)
        with pytest.raises(OutputError, match="exists already"):
            save_new(tmp_path / "story.txt", "text")
        assert os.listdir(tmp_path) == []

    def test_a_file_system_without_hard_links(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        def unsupported(src: str, dst: Path) -> None:
            raise OSError(errno.EPERM, "Operation not permitted")

        monkeypatch.setattr(save.os, "link", unsupported)
        save_new(tmp_path / "story.txt", "text")
        assert os.listdir(tmp_path) == ["story.txt"]
        assert (tmp_path / "story.txt").read_text(encoding="utf-8") == "text"

    def test_a_missing_folder(self, tmp_path: Path) -> None:
        with pytest.raises(OutputError, match="cannot save: no such file or directory"):
            save_new(tmp_path / "gone" / "story.txt", "text")

    def test_a_full_disk_leaves_nothing(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        def full(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(save.os, "fsync", full)
        with pytest.raises(OutputError, match="no space left on device"):
            save_new(tmp_path / "story.txt", "text")
        assert os.listdir(tmp_path) == []

    def test_home_is_expanded(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("HOME", str(tmp_path))
        assert save_new(Path("~/story.txt"), "text") == tmp_path / "story.txt"

    @pytest.mark.parametrize("name", ["~nosuchuser/x.txt", "~ مقال عن الطقس.txt", "~nosuchuser"])
    def test_an_unknown_user_is_an_output_error(self, name: str, tmp_path: Path) -> None:
        """``~user`` of no user is said as one line, not a RuntimeError out of ``expanduser``."""
        with pytest.raises(OutputError) as caught:
            save_new(Path(name), "text")
        assert (caught.value.message, caught.value.origin) == ("no such user", name.split("/")[0])


class TestExpandHome:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("~/a.txt", "{home}/a.txt"),
            ("~", "{home}"),
            ("a.txt", "a.txt"),
            ("sub/~x.txt", "sub/~x.txt"),
            ("/tmp/~nosuchuser/a.txt", "/tmp/~nosuchuser/a.txt"),
        ],
    )
    def test_a_home_folder_is_written_out(
        self, name: str, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("HOME", str(tmp_path))
        assert save.expand_home(name) == Path(expected.format(home=tmp_path))

    @pytest.mark.parametrize(
        ("name", "shown"),
        [
            ("~nosuchuser/x.txt", "~nosuchuser: no such user"),
            ("~nosuchuser", "~nosuchuser: no such user"),
            ("~ مقال عن الطقس.txt", "~ مقال عن الطقس.txt: no such user"),
        ],
    )
    def test_an_unknown_user_is_one_line(self, name: str, shown: str) -> None:
        """The error names the ``~user`` part, not the whole name (its folders are not what is wrong)."""
        with pytest.raises(OutputError) as caught:
            save.expand_home(name)
        assert str(caught.value) == shown

    @pytest.mark.parametrize("error", [RuntimeError("Could not determine home directory."), KeyError("HOME")])
    def test_no_home_folder_is_one_line(self, error: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
        """No home folder known (no HOME, no password entry): said, not raised as whatever ``expanduser`` raised."""

        def fails(self: Path) -> Path:
            raise error

        monkeypatch.setattr(Path, "expanduser", fails)
        with pytest.raises(OutputError) as caught:
            save.expand_home("~/a.txt")
        assert str(caught.value) == "~: no home folder is known"
