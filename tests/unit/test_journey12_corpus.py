"""corpus: after a reload the links agree with a fresh start: a story retitled by an edit, or whose file was
deleted, no longer keeps the links its old headline matched (``Corpus.upgrade(edited=True)``, ``withdraw``)."""

from __future__ import annotations

from typing import Any

import pytest

from newstui.corpus import Corpus
from newstui.model import Article, Link

PARKING = "البلدية ترفع أسعار مواقف السيارات في وسط المدينة"
PARKING_EDITED = "البلدية تضاعف أسعار مواقف السيارات في وسط المدينة"
"""Another verb: another story for the matcher (``link_match._same_story``), as a fresh start reads it."""
BUSES = "حافلات كهربائية جديدة على خط الجامعة والمستشفى"
MARKET = "تجار السوق القديم يعترضون على ساعات الإغلاق الجديدة"


def story(id: str, title: str, *links: str | Link, url: str | None = None, origin: str = "-") -> Article:
    related = tuple(link if isinstance(link, Link) else Link(link) for link in links)
    return Article(id=id, title=title, paragraphs=("نص قصير.",), related=related, url=url, origin=origin)


def targets(corpus: Corpus, article_id: str) -> list[str | None]:
    found = corpus.get(article_id)
    assert found is not None
    return [link.target for link in found.related]


def fresh(articles: list[Article]) -> dict[str, list[str | None]]:
    """Every story's link targets in a corpus that loads ``articles`` at once (a fresh start)."""
    corpus = Corpus(articles)
    return {article.id: targets(corpus, article.id) for article in articles}


def now(corpus: Corpus, ids: list[str]) -> dict[str, list[str | None]]:
    return {article_id: targets(corpus, article_id) for article_id in ids}


METRO = story("metro", "افتتاح الخط الثالث لمترو العاصمة", PARKING, BUSES, "ساحة" + " " + MARKET)
PARK = story("parking", PARKING, "افتتاح الخط الثالث لمترو العاصمة")
BUS = story("buses", BUSES)


class TestEditedHeadline:
    def test_a_link_to_a_headline_edited_away_is_not_loaded(self) -> None:
        """The audit's ``news3``: ``ترفع`` edited to ``تضاعف`` and ``r``: link 2 opened the retitled story."""
        corpus = Corpus([METRO, PARK, BUS])
        assert targets(corpus, "metro")[:2] == ["parking", "buses"]
        edited = story("parking", PARKING_EDITED, "افتتاح الخط الثالث لمترو العاصمة")
        corpus.upgrade(edited, edited=True)
        assert targets(corpus, "metro")[:2] == [None, "buses"]
        assert now(corpus, ["metro", "parking", "buses"]) == fresh([METRO, edited, BUS])

    def test_the_link_goes_to_another_story_with_that_headline(self) -> None:
        """A later story with the old headline is what a fresh start links to."""
        other = story("other", PARKING)
        corpus = Corpus([METRO, PARK, BUS, other])
        assert targets(corpus, "metro")[0] == "parking"
        edited = story("parking", PARKING_EDITED)
        corpus.upgrade(edited, edited=True)
        assert targets(corpus, "metro")[0] == "other"
        assert now(corpus, ["metro", "other"]) == {
            key: value for key, value in fresh([METRO, edited, BUS, other]).items() if key in ("metro", "other")
        }

    def test_an_edit_that_keeps_the_story_keeps_the_link(self) -> None:
        """A cut headline still names the story (a word prefix): the link stays."""
        corpus = Corpus([METRO, PARK, BUS])
        corpus.upgrade(story("parking", "البلدية ترفع أسعار مواقف السيارات"), edited=True)
        assert targets(corpus, "metro")[0] == "parking"

    def test_the_link_comes_back_with_the_headline(self) -> None:
        corpus = Corpus([METRO, PARK, BUS])
        corpus.upgrade(story("parking", PARKING_EDITED), edited=True)
        corpus.upgrade(story("parking", PARKING), edited=True)
        assert targets(corpus, "metro")[0] == "parking"
        corpus.upgrade(story("parking", PARKING_EDITED), edited=True)
        assert targets(corpus, "metro")[0] is None, "matched again the second time too"

    def test_a_fetched_page_under_another_title_keeps_its_links(self) -> None:
        """Not an edit (a feed entry's page fetched, a listed file opened): the links keep pointing at it."""
        corpus = Corpus([METRO, PARK, BUS])
        corpus.upgrade(story("parking", PARKING_EDITED))
        assert targets(corpus, "metro")[0] == "parking"

    def test_a_link_a_parser_set_is_kept(self) -> None:
        """A read-also link's target set by the parser (its embedded story) is no match to check again."""
        embedded = story("inner", "قصة مضمنة في الخبر")
        outer = story("outer", "الخبر الأصلي", Link("قصة مضمنة في الخبر", target="inner", kind="read-also"))
        corpus = Corpus([outer, embedded])
        corpus.upgrade(story("inner", "عنوان آخر تماما للقصة"), edited=True)
        assert targets(corpus, "outer") == ["inner"]

    def test_only_the_links_to_the_retitled_story_are_matched_again(self, monkeypatch: Any) -> None:
        """A big folder: editing one headline searches again the few links that named it, not every link."""
        crowd = [story(f"s{n}", f"خبر رقم {n} عن حي {n} في المدينة القديمة", BUSES, MARKET) for n in range(200)]
        corpus = Corpus([METRO, PARK, BUS, *crowd])
        searched: list[str] = []
        original = Corpus._search_match

        def counted(self: Corpus, link: Link, owner: int | None) -> Any:
            searched.append(link.title)
            return original(self, link, owner)

        monkeypatch.setattr(Corpus, "_search_match", counted)
        corpus.upgrade(story("buses", "حافلات قديمة تخرج من الخدمة"), edited=True)
        assert targets(corpus, "metro")[1] is None and targets(corpus, "s7") == [None, None]
        assert len(searched) == 201, "the 201 links that named it, nothing else"


class TestWithdrawn:
    def test_links_to_a_deleted_story_are_not_loaded(self) -> None:
        """The audit's ``news2``: ``rm 07_buses.txt`` and ``r``: the links to it still opened it."""
        corpus = Corpus([METRO, PARK, BUS])
        corpus.withdraw(["buses"])
        assert targets(corpus, "metro")[1] is None
        assert corpus.get("buses") == BUS, "history keeps it"
        assert corpus.resolve(Link(BUSES)) is None
        assert now(corpus, ["metro", "parking"]) == {
            key: value for key, value in fresh([METRO, PARK]).items() if key in ("metro", "parking")
        }

    def test_a_story_added_later_is_not_linked_to_it(self) -> None:
        corpus = Corpus([METRO, PARK, BUS])
        corpus.withdraw(["buses"])
        corpus.add([story("later", "جولة في المدينة", BUSES)])
        assert targets(corpus, "later") == [None]

    def test_the_link_goes_to_another_copy(self) -> None:
        copy = story("copy", BUSES)
        corpus = Corpus([METRO, PARK, BUS, copy])
        assert targets(corpus, "metro")[1] == "buses"
        corpus.withdraw(["buses"])
        assert targets(corpus, "metro")[1] == "copy"

    def test_a_link_by_address(self) -> None:
        address = "https://news.example/buses"
        with_url = story("buses", BUSES, url=address)
        linking = story("linking", "روابط", Link("الحافلات", address))
        corpus = Corpus([linking, with_url])
        assert targets(corpus, "linking") == ["buses"]
        corpus.withdraw(["buses"])
        assert targets(corpus, "linking") == [None]
        assert corpus.by_url(address) is None
        corpus.restore(["buses"])
        assert targets(corpus, "linking") == ["buses"]
        assert corpus.by_url(address) == corpus.get("buses")

    @pytest.mark.parametrize("twice", [False, True])
    def test_a_file_put_back_is_linked_again(self, twice: bool) -> None:
        corpus = Corpus([METRO, PARK, BUS])
        corpus.withdraw(["buses"])
        if twice:
            corpus.withdraw(["buses"])
        corpus.restore(["buses"])
        assert targets(corpus, "metro")[:2] == ["parking", "buses"]
        assert corpus.resolve(Link(BUSES)) == "buses"

    def test_an_edit_of_a_deleted_story_does_not_bring_it_back(self) -> None:
        corpus = Corpus([METRO, PARK, BUS])
        corpus.withdraw(["buses"])
        corpus.upgrade(story("buses", "حافلات قديمة تخرج من الخدمة"), edited=True)
        assert corpus.resolve(Link("حافلات قديمة تخرج من الخدمة")) is None
        assert targets(corpus, "metro")[1] is None
