"""The loaded articles: link resolution across sources, lookup and search (corpus.py)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from hang_guard import guarded
from newstui import link_match
from newstui.corpus import Corpus, resolve_links, url_key
from newstui.model import Article, Link
from newstui.parse.plaintext import parse_plaintext

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "src" / "newstui" / "samples"
FIXTURES = ROOT / "tests" / "fixtures" / "plaintext"
REFERENCE = ROOT / ".." / "shared" / "samples" / "000_c09c5e9696860b00.txt"


def article(
    id: str, title: str, *links: str | Link, url: str | None = None, source: str | None = None, **extra: object
) -> Article:
    related = tuple(link if isinstance(link, Link) else Link(link) for link in links)
    return Article(id=id, title=title, related=related, url=url, source=source, **extra)  # type: ignore[arg-type]


def targets(corpus: Corpus, article_id: str) -> list[str | None]:
    found = corpus.get(article_id)
    assert found is not None
    return [link.target for link in found.related]


def load(*paths: Path) -> list[Article]:
    articles: list[Article] = []
    for path in paths:
        articles += parse_plaintext(path.read_text(encoding="utf-8"), origin=f"{path.parent.name}/{path.name}")
    return articles


class TestUrlKey:
    @pytest.mark.parametrize(
        ("left", "right"),
        [
            ("https://a.example.com/x/", "https://a.example.com/x"),
            ("https://a.example.com/x#top", "https://a.example.com/x"),
            ("http://A.Example.COM/x", "https://a.example.com/x"),
            ("https://a.example.com:443/x", "https://a.example.com/x"),
            ("https://a.example.com", "https://a.example.com/"),
            ("https://a.example.com/x?utm_source=rss&utm_medium=feed", "https://a.example.com/x"),
            ("https://a.example.com/x?id=3&fbclid=IwAR0", "https://a.example.com/x?id=3"),
            ("https://a.example.com/x?UTM_Campaign=a&id=3", "https://a.example.com/x?id=3"),
        ],
        ids=["trailing-slash", "fragment", "host-case-and-scheme", "default-port", "root", "utm", "fbclid", "case"],
    )
    def test_same_page(self, left: str, right: str) -> None:
        """URLs that name the same page compare equal."""
        assert url_key(left) == url_key(right) is not None

    @pytest.mark.parametrize(
        ("left", "right"),
        [
            ("https://a.example.com/x", "https://a.example.com/y"),
            ("https://a.example.com/x?id=1", "https://a.example.com/x?id=2"),
            ("https://a.example.com/X", "https://a.example.com/x"),
            ("https://a.example.com:8080/x", "https://a.example.com/x"),
            ("https://a.example.com/x?autm_source=1", "https://a.example.com/x"),  # not a tracking parameter
        ],
        ids=["path", "query", "path-case", "port", "utm-lookalike"],
    )
    def test_different_pages(self, left: str, right: str) -> None:
        """Different paths, queries and ports stay different."""
        assert url_key(left) != url_key(right)

    @pytest.mark.parametrize(
        "parameter",
        ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid", "mc_cid", "mc_eid"],
    )
    def test_a_link_shared_with_a_tracking_parameter_jumps_to_the_loaded_page(self, parameter: str) -> None:
        """A related link to ``…/b2?gclid=…`` (alone, after another parameter or before one) is the story at
        ``…/b2``: the parameter says how the link was shared, not what it leads to."""
        for query, page in [
            (f"{parameter}=XYZ", ""),
            (f"id=3&{parameter}=XYZ", "?id=3"),
            (f"{parameter}&id=3", "?id=3"),
        ]:
            link = Link("عنوان آخر للرابط هنا", url=f"https://news.example/b2?{query}")
            corpus = Corpus(
                [article("a-0", "قصة أولى", link), article("b-0", "قصة ثانية", url=f"https://news.example/b2{page}")]
            )
            assert targets(corpus, "a-0") == ["b-0"], query
            assert url_key(link.url or "") == url_key(f"https://news.example/b2{page}"), query

    @pytest.mark.parametrize(
        "url", ["not a url", "/relative/path", "https://[::1", ""], ids=["text", "relative", "broken", "empty"]
    )
    def test_no_host_no_key(self, url: str) -> None:
        """A string without a host has no key."""
        assert url_key(url) is None


class TestResolution:
    @pytest.mark.parametrize(
        ("link_title", "article_title"),
        [
            (
                "الإمارات تشارك في الاجتماع الوزاري لـ “التحالف الدولي ضد داعش” في واشنطن",
                "الامارات تشارك فى الاجتماع الوزاري ل التحالف الدولي ضد داعش في واشنطن",
            ),
            ("«الباعور» يُشارك في اجتماع التحالف", "الباعور يشارك في اجتماع التحالف"),
            ("Ferry Fares Rise!", "ferry fares rise"),
            ("موجة حرّ تتجاوز ٤٦ درجة", "موجة حر تتجاوز 46 درجة"),
        ],
        ids=["quotes-hamza-tatweel", "guillemets-harakat", "case-punctuation", "shadda-digits"],
    )
    def test_title_match_across_files(self, link_title: str, article_title: str) -> None:
        """A related title resolves to an article of another source whose normalized title is equal."""
        corpus = Corpus([article("a-0", "Page one", link_title), article("b-0", article_title)])
        assert targets(corpus, "a-0") == ["b-0"]

    @pytest.mark.parametrize(
        ("link_title", "article_title"),
        [
            (
                "اليحيا ترأس وفد الكويت في الاجتماع العاشر…",
                "اليحيا ترأس وفد الكويت في الاجتماع العاشر لوزراء خارجية دول التحالف",
            ),
            ("Harbour authority plans a second ferry for the summer", "Harbour authority plans a second ferry"),
            ("Harbour authority plans a sec...", "Harbour authority plans a second ferry for the summer"),
            (
                "the council approves a new fibre network for the harbour district",
                "council approves new fibre network for the harbour district",
            ),
        ],
        ids=["truncated-link", "truncated-article", "cut-mid-word", "jaccard"],
    )
    def test_near_match(self, link_title: str, article_title: str) -> None:
        """A word prefix (with at least 4 words) or a Jaccard >= 0.8 resolves the link."""
        corpus = Corpus([article("a-0", "Page one", link_title), article("b-0", article_title)])
        assert targets(corpus, "a-0") == ["b-0"]

    @pytest.mark.parametrize(
        ("link_title", "article_title"),
        [
            ("وزير الخارجية يترأس", "وزير الخارجية يترأس وفد دولة الكويت"),
            ("Harbour authority plans ferry", "Harbour authority cancels ferry"),
            ("council approves new fibre network", "council rejects new fibre network for schools"),
            ("one two three four five", "six seven eight nine ten"),
        ],
        ids=["prefix-of-3-words", "one-word-differs-in-4", "low-jaccard", "unrelated"],
    )
    def test_no_loose_match(self, link_title: str, article_title: str) -> None:
        """Short prefixes and titles that differ by more than a little are not linked."""
        corpus = Corpus([article("a-0", "Page one", link_title), article("b-0", article_title)])
        assert targets(corpus, "a-0") == [None]

    def test_exact_beats_near_and_first_loaded_wins(self) -> None:
        """An equal title beats a near one; among equal titles the first loaded wins."""
        corpus = Corpus(
            [
                article("a-0", "Page", "Harbour authority plans a second ferry"),
                article("b-0", "Harbour authority plans a second ferry for the summer"),
                article("c-0", "Harbour authority plans a second ferry"),
                article("d-0", "Harbour Authority plans a second ferry!"),
            ]
        )
        assert targets(corpus, "a-0") == ["c-0"]

    def test_ambiguous_near_match_links_nothing(self) -> None:
        """Two different titles that near-match equally well leave the link unresolved."""
        corpus = Corpus(
            [
                article("a-0", "Page", "Harbour authority plans a second"),
                article("b-0", "Harbour authority plans a second ferry"),
                article("c-0", "Harbour authority plans a second dock"),
            ]
        )
        assert targets(corpus, "a-0") == [None]

    def test_url_match_beats_title(self) -> None:
        """A link whose URL equals an article's URL (fragment, slash, scheme aside) resolves to it."""
        corpus = Corpus(
            [
                article("a-0", "Page", Link("Some other words", url="http://news.example.org/x/#c")),
                article("b-0", "Some other words"),
                article("c-0", "Completely different", url="https://news.example.org/x"),
            ]
        )
        assert targets(corpus, "a-0") == ["c-0"]
        assert corpus.by_url("https://NEWS.example.org/x/") is corpus.get("c-0")
        assert corpus.by_url("https://news.example.org/y") is None

    def test_never_links_to_itself(self) -> None:
        """A link whose title or URL is its own article's stays unresolved."""
        corpus = Corpus(
            [
                article("a-0", "Ferry fares rise in April", "Ferry fares rise in April"),
                article("b-0", "Bridge", Link("x", url="https://b.example.com/"), url="https://b.example.com"),
            ]
        )
        assert targets(corpus, "a-0") == [None] and targets(corpus, "b-0") == [None]

    def test_existing_targets_are_kept(self) -> None:
        """Read-also and parent targets set by a parser are not changed."""
        child = Link("Second story", target="a-1", kind="read-also")
        corpus = Corpus(
            [
                article("a-0", "Main story", child),
                article("a-1", "Second story", Link("Main story", target="a-0", kind="parent")),
                article("b-0", "Second story"),
            ]
        )
        assert targets(corpus, "a-0") == ["a-1"] and targets(corpus, "a-1") == ["a-0"]

    def test_media_links_never_jump_to_a_story(self) -> None:
        """An image or video link is not a story: even with a loaded story's address or title it gets no target
        (an ordinary link beside it is looked up as usual)."""
        media = (
            Link("صورة", url="https://news.example/b2", kind="media"),
            Link("قصة ثانية مختلفة", kind="media"),
            Link("قصة ثانية مختلفة"),
        )
        stories = [article("a-0", "خبر أول", *media), article("b-0", "قصة ثانية مختلفة", url="https://news.example/b2")]
        assert targets(Corpus(stories), "a-0") == [None, None, "b-0"]
        assert [link.target for link in resolve_links(stories)[0].related] == [None, None, "b-0"]

    def test_duplicate_ids_are_ignored(self) -> None:
        """Adding an article whose id is loaded keeps the first one."""
        corpus = Corpus([article("a-0", "First")])
        corpus.add([article("a-0", "Second")])
        assert len(corpus) == 1 and corpus.get("a-0") == article("a-0", "First")

    def test_resolve(self) -> None:
        """resolve() works for links of articles that are not loaded."""
        corpus = Corpus([article("b-0", "Ferry fares rise in April")])
        assert corpus.resolve(Link("ferry fares rise in april!")) == "b-0"
        assert corpus.resolve(Link("x", target="b-0")) == "b-0"
        assert corpus.resolve(Link("Ferry fares rise in April", target="gone")) == "b-0"
        assert corpus.resolve(Link("Nothing like it")) is None


class TestIncremental:
    def test_later_article_resolves_earlier_link(self) -> None:
        """Adding an article later resolves the waiting links of articles loaded before it."""
        corpus = Corpus([article("a-0", "Page", "Ferry fares rise in April", "Snow closes roads")])
        before = corpus.get("a-0")
        corpus.add([article("b-0", "Ferry Fares Rise in April")])
        assert targets(corpus, "a-0") == ["b-0", None]
        assert corpus.get("a-0") is not before and corpus.articles[0] is corpus.get("a-0")
        corpus.add([article("c-0", "Snow closes roads")])
        assert targets(corpus, "a-0") == ["b-0", "c-0"]

    def test_exact_match_later_replaces_near_match(self) -> None:
        """A near match is upgraded when an article with the exact title arrives."""
        corpus = Corpus([article("a-0", "Page", "Harbour authority plans a second ferry")])
        corpus.add([article("b-0", "Harbour authority plans a second ferry for the summer")])
        assert targets(corpus, "a-0") == ["b-0"]
        corpus.add([article("c-0", "harbour authority plans a second ferry")])
        assert targets(corpus, "a-0") == ["c-0"]

    def test_later_tie_unlinks_near_match(self) -> None:
        """A second, equally near title arriving later makes the near match ambiguous."""
        corpus = Corpus([article("a-0", "Page", "Harbour authority plans a second")])
        corpus.add([article("b-0", "Harbour authority plans a second ferry")])
        assert targets(corpus, "a-0") == ["b-0"]
        corpus.add([article("c-0", "Harbour authority plans a second dock")])
        assert targets(corpus, "a-0") == [None]

    def test_url_match_later_replaces_title_match(self) -> None:
        """A link with a URL keeps looking until an article with that URL arrives."""
        corpus = Corpus([article("a-0", "Page", Link("Ferry fares", url="https://x.example.com/f"))])
        corpus.add([article("b-0", "Ferry fares")])
        assert targets(corpus, "a-0") == ["b-0"]
        corpus.add([article("c-0", "Fares page", url="https://x.example.com/f/")])
        assert targets(corpus, "a-0") == ["c-0"]

    def test_one_by_one_equals_batch(self) -> None:
        """Adding articles one at a time resolves exactly like adding them all at once."""
        paths = sorted(SAMPLES.glob("*.txt")) + sorted(FIXTURES.glob("*.txt"))
        articles = load(*paths)
        rng = random.Random(7)
        extra = [
            article(f"s-{n}", rng.choice(articles).title, *(rng.choice(articles).title[:30] for _ in range(3)))
            for n in range(40)
        ]
        batch = Corpus(articles + extra)
        single = Corpus()
        for item in articles + extra:
            single.add([item])
        assert batch.articles == single.articles

    def test_many_articles_scale_linearly(self) -> None:
        """Resolving 4,000 articles with 9 links each ends within the hang guard (a quadratic scan of titles
        against links would not), and every link to another article's title finds it."""
        rng = random.Random(3)
        vocabulary = [f"w{n}" for n in range(5000)]
        titles = [" ".join(rng.choices(vocabulary, k=rng.randint(5, 12))) for _ in range(4000)]
        articles = [
            article(
                f"x-{n}", title, *(rng.choice(titles) if rng.random() < 0.5 else f"gone {n} {k} away" for k in range(9))
            )
            for n, title in enumerate(titles)
        ]
        known = set(titles)
        to_titles = sum(link.title in known and link.title != a.title for a in articles for link in a.related)
        corpus = guarded(lambda: Corpus(articles))
        assert to_titles > 15_000
        assert sum(link.target is not None for a in corpus.articles for link in a.related) == to_titles


class TestBoundedWork:
    """Work per link stays bounded however many titles share their first words (counted, not timed)."""

    @staticmethod
    def _offers(monkeypatch: pytest.MonkeyPatch, count: int) -> int:
        calls = [0]
        original = link_match.Match.offer

        def offer(self: link_match.Match, *args: Any) -> None:
            calls[0] += 1
            original(self, *args)

        monkeypatch.setattr(link_match.Match, "offer", offer)
        stories = [
            article(f"s-{n}", f"breaking news today update number w{n} x{n}", f"breaking news today story z{n} y{n}")
            for n in range(count)
        ]
        Corpus(stories)
        monkeypatch.setattr(link_match.Match, "offer", original)
        return calls[0]

    def test_titles_sharing_their_first_words_are_not_each_compared(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """1,200 and 2,400 titles opening alike: every link was compared with every one of them (4 times
        the work for twice the titles); past ``LONG_POSTINGS`` they are passed over as a common word is."""
        assert self._offers(monkeypatch, 2400) <= 2.5 * max(self._offers(monkeypatch, 1200), 1)

    def test_upgrading_one_article_walks_its_own_links_only(self) -> None:
        """A fuller version of one story took every waiting link of the corpus in hand (opening folder
        entries one by one was quadratic)."""

        class Walked(dict):  # type: ignore[type-arg]
            walked = 0

            def __iter__(self) -> Any:
                for key in super().__iter__():
                    Walked.walked += 1
                    yield key

        stories = [
            article(f"u-{n}", f"title {n} alpha beta", f"nothing {n} {k} here at all")
            for n in range(300)
            for k in range(1)
        ]
        corpus = Corpus(stories)
        corpus._pending = Walked(corpus._pending)
        corpus.upgrade(stories[7])
        assert Walked.walked == 0
        assert len(corpus._pending) == 300, "its own link waits again, the others still wait"


class TestFilter:
    @pytest.fixture
    def corpus(self) -> Corpus:
        return Corpus(
            [
                article("a-0", "الإمارات تشارك في الاجتماع الوزاري", source="السومرية نيوز", section="سياسة"),
                article("b-0", "Ferry fares rise in April", source="Harbor Times", keywords=("transport",)),
                article("c-0", "مكتبة المدينة تعيد فتح أبوابها", keywords=("القراءة", "ثقافة")),
            ]
        )

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("الامارات", ["a-0"]),
            ("  ", ["a-0", "b-0", "c-0"]),
            ("", ["a-0", "b-0", "c-0"]),
            ("السومريه", ["a-0"]),
            ("سياسه", ["a-0"]),
            ("TRANSPORT", ["b-0"]),
            ("april ferry", ["b-0"]),
            ("القراءه", ["c-0"]),
            ("fares nowhere", []),
            ("في", ["a-0"]),
        ],
        ids=[
            "hamza",
            "blank",
            "empty",
            "source",
            "section-teh-marbuta",
            "keyword-case",
            "words-any-order",
            "keyword",
            "all-words-needed",
            "particle",
        ],
    )
    def test_filter(self, corpus: Corpus, query: str, expected: list[str]) -> None:
        """filter() matches every query word in title, source, section or keywords after normalization."""
        assert [found.id for found in corpus.filter(query)] == expected

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("الأطفال", ["kids-0", "kids-1"]),
            ("اطفال", ["kids-0", "kids-1", "kids-2"]),
            ("للاطفال", ["kids-0", "kids-1"]),
        ],
        ids=["article", "bare", "written"],
    )
    def test_filter_sees_the_lam_of_li(self, query: str, expected: list[str]) -> None:
        """``الأطفال`` typed finds ``للأطفال`` (ل + الأطفال, the article's alef not written), in a title and in
        keywords; ``أطفال`` without the article is another word to it."""
        corpus = Corpus(
            [
                article("kids-0", "تطبيق لتعلم اللغة للأطفال"),
                article("kids-1", "حديقة جديدة", keywords=("وللأطفال",)),
                article("kids-2", "أطفال الحي يلعبون"),
            ]
        )
        assert [found.id for found in corpus.filter(query)] == expected

    def test_filter_ignores_paragraphs(self) -> None:
        """Paragraph text is not searched by the list filter."""
        corpus = Corpus([article("a-0", "Title", paragraphs=("hidden words",))])
        assert corpus.filter("hidden") == []


class TestSamplesAndFiles:
    def test_bundled_samples_link_to_each_other(self) -> None:
        """The bundled samples resolve some related titles to each other and leave others open."""
        corpus = Corpus(load(*sorted(SAMPLES.glob("*.txt"))))
        links = [link for found in corpus.articles for link in found.related if link.kind != "parent"]
        resolved = [link for link in links if link.target is not None]
        origins = {found.id: found.origin for found in corpus.articles}
        cross = [
            link
            for found in corpus.articles
            for link in found.related
            if link.target and origins[link.target] != found.origin
        ]
        assert len(resolved) >= 5 and len(links) - len(resolved) >= 4
        assert len(cross) >= 5
        assert {found.language for found in corpus.articles} == {"ar", "en"}

    def test_the_story_a_newcomer_lands_on_has_every_link_live(self) -> None:
        """``pip install . && newstui`` opens the first sample: each of its related links (1-9) opens a story."""
        corpus = Corpus(load(*sorted(SAMPLES.glob("*.txt"))))
        first = corpus.articles[0]
        assert first.origin.endswith("01_library.txt") and len(first.related) >= 4
        assert [link.title for link in first.related if link.target is None] == []

    def test_bundled_samples_each_parse(self) -> None:
        """Every bundled sample parses into at least one article with paragraphs, source and keywords."""
        paths = sorted(SAMPLES.glob("*.txt"))
        assert 3 <= len(paths) <= 5
        for path in paths:
            main = load(path)[0]
            assert main.paragraphs and main.source and main.keywords and main.related

    def test_resolve_links_function(self) -> None:
        """resolve_links() returns the same articles a Corpus holds, in order."""
        articles = load(*sorted(SAMPLES.glob("*.txt")))
        assert resolve_links(articles) == Corpus(articles).articles
        assert [found.id for found in resolve_links(articles + articles[:1])] == [found.id for found in articles]

    @pytest.mark.parametrize(
        "related",
        [
            pytest.param((), id="no-links"),
            pytest.param((Link("Somewhere", target="x-0"),), id="already-resolved"),
        ],
    )
    def test_resolve_links_with_nothing_to_resolve(self, related: tuple[Link, ...]) -> None:
        """Without a link to look for, resolve_links only drops repeated ids, like a Corpus does."""
        articles = [
            article(f"x-{n}", f"Story number {n} about the river", *(related if n == 1 else ())) for n in range(4)
        ]
        doubled = articles + articles[:2]
        assert resolve_links(doubled) == Corpus(doubled).articles == articles

    @pytest.mark.skipif(not REFERENCE.exists(), reason="reference sample not available")
    def test_reference_related_titles_resolve_to_loaded_stories(self) -> None:
        """A file holding one of the reference page's related titles (spelled differently) is linked from it."""
        page = load(REFERENCE)
        other = article("mine-0", "«الباعور» يشارك فى اجتماع التحالف الدولي ضد تنظيم داعش")
        corpus = Corpus(page)
        corpus.add([other])
        main = corpus.get(page[0].id)
        assert main is not None
        assert [link.target for link in main.related if link.target] == [page[1].id, "mine-0"]

    def test_read_also_fixture_related_titles_resolve_to_loaded_stories(self) -> None:
        """The same check on our own article in the reference's layout: a file holding one of its related titles
        (spelled differently: no damma, alef maksura for yeh) is linked from it, after its read-also story."""
        page = load(FIXTURES / "arabic_read_also_block.txt")
        other = article("mine-0", "«شمس الوادي» تضيء طريق المزارعين فى الأرياف")
        corpus = Corpus(page)
        corpus.add([other])
        main = corpus.get(page[0].id)
        assert main is not None
        assert [link.target for link in main.related if link.target] == [page[1].id, "mine-0"]


class TestUpgrade:
    def test_upgrade_keeps_id_place_and_incoming_links(self) -> None:
        """A feed entry replaced by its fetched page keeps its id and list position; links to it still resolve."""
        from newstui.model import Article, Link

        entry = Article(
            id="feed-0",
            title="Lighthouse opens to visitors",
            paragraphs=("Short summary.",),
            url="https://example.org/lighthouse",
            summary_only=True,
            direction="ltr",
        )
        other = Article(
            id="page-1",
            title="Harbour news",
            paragraphs=("Body.",),
            direction="ltr",
            related=(Link("Lighthouse opens to visitors"),),
        )
        corpus = Corpus([entry, other])
        assert corpus.get("page-1").related[0].target == "feed-0"  # type: ignore[union-attr]
        full = Article(
            id="feed-0",
            title="Lighthouse opens to visitors",
            paragraphs=("Full text.", "More."),
            url="https://example.org/lighthouse",
            direction="ltr",
            related=(Link("Harbour news"),),
        )
        stored = corpus.upgrade(full)
        assert [a.id for a in corpus.articles] == ["feed-0", "page-1"]
        assert stored.paragraphs == ("Full text.", "More.") and not stored.summary_only
        assert stored.related[0].target == "page-1"
        assert corpus.get("page-1").related[0].target == "feed-0"  # type: ignore[union-attr]

    def test_upgrade_of_unknown_id_raises(self) -> None:
        """Only a loaded article can be upgraded."""
        from newstui.model import Article

        with pytest.raises(KeyError):
            Corpus().upgrade(Article(id="nope", title="x"))

    def test_upgrade_with_a_new_title_is_found_by_it(self) -> None:
        """A listed file edited before it was opened: its new title resolves, the old one no longer does."""
        stub = article("f-0", "Old ferry timetable for the winter season", indexed_only=True)
        other = article("o-0", "Harbour master on the new quay works in the old port")
        corpus = Corpus([stub, other])
        assert corpus.resolve(Link("Old ferry timetable for the winter season")) == "f-0"
        corpus.upgrade(article("f-0", "New ferry timetable published for the summer"))
        assert corpus.resolve(Link("New ferry timetable published for the summer")) == "f-0"
        assert corpus.resolve(Link("Old ferry timetable for the winter season")) is None
        assert corpus.filter("summer")[0].id == "f-0"

    def test_upgrade_with_a_new_title_gives_waiting_links_their_target(self) -> None:
        """A link that found nothing before now finds the upgraded article under its new title."""
        stub = article("f-0", "Draft title of the ferry story", indexed_only=True)
        reader = article("r-0", "Harbour news", "New ferry timetable published for the summer")
        corpus = Corpus([stub, reader])
        assert targets(corpus, "r-0") == [None]
        corpus.upgrade(article("f-0", "New ferry timetable published for the summer"))
        assert targets(corpus, "r-0") == ["f-0"]

    def test_upgrade_keeps_the_earliest_article_first_for_a_shared_title(self) -> None:
        """Two articles end up with one title: a link goes to the one loaded first, as for any title."""
        first = article("a-0", "Draft", indexed_only=True)
        second = article("b-0", "Market reopens after the storm damage repairs")
        corpus = Corpus([first, second])
        corpus.upgrade(article("a-0", "Market reopens after the storm damage repairs"))
        assert corpus.resolve(Link("Market reopens after the storm damage repairs")) == "a-0"


class TestIndexes:
    """The article indexes file one position as a bare int and several as a sorted list."""

    @pytest.mark.parametrize(
        ("filed", "removed", "expected"),
        [
            ([5], [], (5,)),
            ([5, 3], [], [3, 5]),
            ([3, 9, 5], [], [3, 5, 9]),
            ([3, 9, 5], [9], [3, 5]),
            ([3, 9], [9], (3,)),
            ([3, 9], [3, 9], ()),
            ([4], [4], ()),
            ([4], [7], (4,)),
            ([4, 8], [7], [4, 8]),
            ([], [2], ()),
        ],
    )
    def test_post_andunpost(self, filed: list[int], removed: list[int], expected: tuple[int, ...] | list[int]) -> None:
        from newstui.link_match import count, positions, post, unpost

        index: dict[str, int | list[int]] = {}
        for position in filed:
            post(index, "key", position)
        for position in removed:
            unpost(index, "key", position)
        assert positions(index, "key") == expected
        assert count(index, "key") == len(expected)
        assert ("key" in index) == bool(expected)
        if len(expected) == 1:
            assert isinstance(index["key"], int), "one position is filed as a bare int, not a list"

    def test_article_titles_are_not_memoized(self) -> None:
        """An article's own title is folded once and kept by the corpus: no memo grows with the corpus."""
        from newstui.link_match import title_key
        from newstui.text.normalize import _normalize_short

        rng = random.Random(11)
        articles = [article(f"m-{n}", f"عنوان الخبر رقم {n} {rng.random()}") for n in range(500)]
        title_key.cache_clear()  # the memos may be full from other tests: start them empty
        _normalize_short.cache_clear()
        corpus = Corpus(articles)
        assert len(corpus) == 500
        assert title_key.cache_info().currsize == 0
        assert _normalize_short.cache_info().currsize == 0
        corpus.add([article("link", "خبر فيه رابط", "عنوان الخبر رقم 7")])
        assert title_key.cache_info().currsize == 1, "a link title is still memoized"


def _entry(feed: str, position: int, title: str, url: str | None = None, source: str = "نشرة المساء") -> Article:
    """A feed entry as the feed parser numbers it: its id is the feed's and its position there."""
    return Article(
        id=f"{feed}-{position}", title=title, url=url, source=source, origin=f"https://news.example/{feed}.xml"
    )


class TestUnseen:
    """What a reload adds: the stories not loaded yet, with ids no loaded article has."""

    def test_a_feed_that_gained_an_entry_on_top(self) -> None:
        """Old entries are renumbered (new ids) but known by URL; the new first entry takes a taken id."""
        before = [
            _entry("f", 0, "افتتاح جسر جديد", "https://example.org/a"),
            _entry("f", 1, "مهرجان الشعر", "https://example.org/b"),
        ]
        corpus = Corpus(before)
        after = [
            _entry("f", 0, "أمطار غزيرة في الشمال", "https://example.org/c"),
            _entry("f", 1, "افتتاح جسر جديد", "https://example.org/a"),
            _entry("f", 2, "مهرجان الشعر", "https://example.org/b/"),  # the same URL, folded
        ]
        fresh = corpus.unseen(after, tag="r1")
        assert [(a.id, a.title) for a in fresh] == [("f-0.r1", "أمطار غزيرة في الشمال")]
        corpus.add(fresh)
        assert corpus.get("f-0.r1") is not None and corpus.get("f-0").title == "افتتاح جسر جديد"

    @pytest.mark.parametrize(
        ("title", "source", "url", "new"),
        [
            ("مهرجان الشعر", "نشرة المساء", None, False),  # same title and source, no URL
            ("مهرجانُ الشِّعر", "نشرة المساء", None, False),  # the same title with harakat
            ("مهرجان الشعر", "إذاعة المدينة", None, True),  # same title, another source
            ("مهرجان الشعر", "نشرة المساء", "https://example.org/other", True),  # a new address: a new story
            ("مهرجان الشعر", "نشرة المساء", "https://example.org/b?utm_source=rss", False),  # the same address
            ("خبر آخر تماماً", "نشرة المساء", "https://example.org/b", False),  # URL settles it
            ("خبر آخر تماماً", "نشرة المساء", None, True),
        ],
    )
    def test_known_by_url_or_by_title_and_source(self, title: str, source: str, url: str | None, new: bool) -> None:
        corpus = Corpus([_entry("f", 0, "مهرجان الشعر", "https://example.org/b")])
        fresh = corpus.unseen([_entry("g", 0, title, url, source)], tag="r1")
        assert bool(fresh) is new
        if new:
            assert fresh[0].id == "g-0", "a free id is kept"

    def test_a_title_matches_a_loaded_story_without_an_address(self) -> None:
        """A story loaded without an address (a file) is known by title to a reload that gives one."""
        corpus = Corpus([_entry("f", 0, "مهرجان الشعر", None)])
        assert corpus.unseen([_entry("g", 0, "مهرجان الشعر", "https://example.org/b")], tag="r1") == []

    def test_a_daily_title_under_a_new_address_is_new(self) -> None:
        """ "Morning briefing" every day: each day's entry has its own address, so each is a new story."""
        corpus = Corpus([_entry("f", 0, "Morning briefing", "https://example.org/en/briefing-1130")])
        fresh = corpus.unseen(
            [
                _entry("f", 0, "Morning briefing", "https://example.org/en/briefing-1201"),
                _entry("f", 1, "Morning briefing", "https://example.org/en/briefing-1130"),
            ],
            tag="r1",
        )
        assert [article.url for article in fresh] == ["https://example.org/en/briefing-1201"]

    def test_twice_in_one_reload_counts_once_and_ids_stay_unique(self) -> None:
        corpus = Corpus([_entry("f", 0, "خبر قديم")])
        batch = [_entry("f", 0, "خبر جديد"), _entry("f", 0, "خبر جديد"), _entry("f", 1, "خبر ثالث")]
        fresh = corpus.unseen(batch, tag="r7")
        assert [(a.id, a.title) for a in fresh] == [("f-0.r7", "خبر جديد"), ("f-1", "خبر ثالث")]

    def test_nothing_new(self) -> None:
        articles = [_entry("f", n, f"خبر رقم {n}", f"https://example.org/{n}") for n in range(5)]
        corpus = Corpus(articles)
        assert corpus.unseen(articles, tag="r1") == []
        assert len(corpus) == 5


def _file_story(
    title: str, *, stub: bool = False, paragraphs: tuple[str, ...] = ("نص الخبر.",), **fields: Any
) -> Article:
    """The first story of a local file (a folder's title-only entry when ``stub``)."""
    values: dict[str, Any] = {"id": "a1b2-0", "title": title, "origin": "news/01.txt", "source": "نشرة الحي"}
    values.update(fields)
    if stub:
        return Article(**values, indexed_only=True)
    return Article(**values, paragraphs=paragraphs)


class TestEdited:
    """What a reload reads again from a local file: the same story (same id, file and address), edited or not."""

    @pytest.mark.parametrize(
        ("loaded", "again", "edited"),
        [
            (_file_story("عنوان", stub=True), _file_story("عنوان جديد", stub=True), True),
            (_file_story("عنوان", stub=True), _file_story("عنوان", stub=True), False),
            (_file_story("عنوان"), _file_story("عنوان", stub=True), False),  # a listing cannot tell the text
            (_file_story("عنوان"), _file_story("عنوان آخر", stub=True), True),
            (_file_story("عنوان"), _file_story("عنوان", paragraphs=("نص آخر.",)), True),
            (_file_story("عنوان"), _file_story("عنوان", author="كاتب"), True),
            (_file_story("عنوان"), _file_story("عنوان"), False),
            (_file_story("عنوان", url="https://a.example/1"), _file_story("جديد", url="https://a.example/2"), False),
            (
                _file_story("عنوان", origin="https://a.example/feed"),
                _file_story("جديد", origin="https://a.example/feed"),
                False,
            ),
            (_file_story("عنوان", origin="-"), _file_story("جديد", origin="-"), False),
            (_file_story("عنوان", origin="news/01.txt"), _file_story("جديد", origin="news/02.txt"), False),
        ],
        ids=[
            "entry-retitled",
            "entry-same",
            "opened-entry-same-headline",
            "opened-entry-retitled",
            "text-edited",
            "byline-edited",
            "unchanged",
            "another-address",
            "web-origin",
            "stdin",
            "another-file",
        ],
    )
    def test_edited_or_not(self, loaded: Article, again: Article, edited: bool) -> None:
        corpus = Corpus([loaded])
        assert corpus.edited([again]) == ([again] if edited else [])

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("title", "عنوان معدل"),
            ("source", "نشرة أخرى"),
            ("section", "اقتصاد"),
            ("direction", "ltr"),
            ("paragraphs", ("نص الخبر بعد التعديل.",)),
            ("author", "كاتب آخر"),
            ("attribution", "فرانس برس"),
            ("published", "2026-12-01"),
            ("url", "https://a.example/1?utm_source=list"),  # the same address for matching, another to open
            ("keywords", ("نفط", "طاقة")),
            ("related", (Link("رابط جديد", "https://a.example/old"),)),
            ("related", (Link("رابط قديم", "https://a.example/new"),)),
            ("related", (Link("رابط قديم", "https://a.example/old", kind="media"),)),
            ("related", ()),
        ],
        ids=[
            "title",
            "source",
            "section",
            "direction",
            "paragraphs",
            "author",
            "attribution",
            "published",
            "url",
            "keywords",
            "link-title",
            "link-url",
            "link-kind",
            "links-removed",
        ],
    )
    def test_a_change_to_any_field_a_reader_sees_is_an_edit(self, field: str, value: object) -> None:
        """A file re-read (``r``, timed reload) whose only change is one thing the reader sees (its byline line,
        its ``المصدر:`` line, its date, its keywords, a related link, its direction) shows the new version."""
        fields: dict[str, Any] = {
            "section": "محليات",
            "author": "كاتب",
            "attribution": "رويترز",
            "published": "2026-11-30",
            "url": "https://a.example/1",
            "keywords": ("نفط",),
            "related": (Link("رابط قديم", "https://a.example/old"),),
        }
        corpus = Corpus([_file_story("عنوان", **fields)])
        again = _file_story(**{"title": "عنوان", **fields, field: value})
        assert corpus.edited([again]) == [again]
        assert corpus.edited([_file_story("عنوان", **fields)]) == []

    def test_a_file_reached_twice_is_one_story_edited(self) -> None:
        """A file listed by its folder and opened by its own path (``g``) comes twice in a reload: one edit."""
        corpus = Corpus([_file_story("عنوان")])
        again = _file_story("عنوان", paragraphs=("نص آخر.",))
        assert corpus.edited([again, again]) == [again]

    def test_an_edited_story_is_not_new_too(self) -> None:
        corpus = Corpus([_file_story("عنوان", stub=True)])
        again = _file_story("عنوان جديد", stub=True)
        assert corpus.unseen([again], tag="r1") == []
        assert corpus.edited([again]) == [again]

    def test_resolved_link_targets_are_not_an_edit(self) -> None:
        related = (Link("خبر آخر", "https://a.example/other"),)
        other = Article(id="o-0", title="خبر آخر", url="https://a.example/other", origin="news/02.txt")
        corpus = Corpus([_file_story("عنوان", related=related), other])
        assert corpus.get("a1b2-0").related[0].target == "o-0"  # type: ignore[union-attr]
        assert corpus.edited([_file_story("عنوان", related=related)]) == []

    def test_a_local_feed_that_gained_an_entry_on_top_gives_a_new_story_not_edits(self) -> None:
        def entry(position: int, title: str, url: str) -> Article:
            return Article(id=f"feed-{position}", title=title, url=url, origin="feeds/local.xml", source="نشرة")

        corpus = Corpus([entry(0, "افتتاح جسر", "https://a.example/a"), entry(1, "مهرجان", "https://a.example/b")])
        after = [entry(0, "أمطار", "https://a.example/c"), entry(1, "افتتاح جسر", "https://a.example/a")]
        assert corpus.edited(after) == []
        assert [a.title for a in corpus.unseen(after, tag="r1")] == ["أمطار"]
