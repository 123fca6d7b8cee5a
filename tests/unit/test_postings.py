"""link_match postings: positions filed under keys stay ascending, one bare int for a single position."""

from __future__ import annotations

from random import Random

from hypothesis import given
from hypothesis import strategies as st

from newstui.link_match import Postings, positions, post, post_all, unpost


@given(st.lists(st.tuples(st.sampled_from("abcde"), st.integers(0, 40)), max_size=60, unique=True))
def test_positions_stay_ascending_whatever_the_order_they_come_in(pairs: list[tuple[str, int]]) -> None:
    index: Postings = {}
    for key, position in pairs:
        post(index, key, position)
    for key in "abcde":
        expected = sorted(position for k, position in pairs if k == key)
        assert list(positions(index, key)) == expected
        assert isinstance(index.get(key, 0), int) == (len(expected) <= 1)


@given(st.lists(st.sets(st.sampled_from("abcdef"), max_size=6), max_size=12), st.randoms(use_true_random=False))
def test_post_all_files_every_word_of_a_title_and_unpost_takes_it_out(titles: list[set[str]], random: Random) -> None:
    order = list(range(len(titles)))
    random.shuffle(order)
    index: Postings = {}
    for position in order:
        post_all(index, titles[position], position)
    for word in "abcdef":
        assert list(positions(index, word)) == [n for n, title in enumerate(titles) if word in title]
    gone = set(order[: len(order) // 2])
    for position in gone:
        for word in titles[position]:
            unpost(index, word, position)
    for word in "abcdef":
        expected = [n for n, title in enumerate(titles) if word in title and n not in gone]
        assert list(positions(index, word)) == expected
