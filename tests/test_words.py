"""Ordinary English words: membership, the words near a length, and the English word a long slip was meant as."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa.words import EnglishWords, english_words, misspelt_english

SMALL = EnglishWords("a\nab an at\nant any are\nbe by\n")


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("a", True),
        ("an", True),
        ("at", True),  # the last of its line
        ("ab", True),  # the first
        ("any", True),
        ("are", True),
        ("by", True),
        ("am", False),  # between two words of its line
        ("aa", False),  # before the first
        ("az", False),  # after the last
        ("b", False),  # no line of that length
        ("ant any", False),  # two words
        ("", False),
    ],
)
def test_a_word_is_known_only_when_listed(word: str, known: bool) -> None:
    assert (word in SMALL) is known


def test_the_words_are_all_the_lines_words() -> None:
    assert sorted(SMALL) == ["a", "ab", "an", "ant", "any", "are", "at", "be", "by"]
    assert SMALL.starting_like("and", 1) == ["ab", "an", "at", "ant", "any", "are"]


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("stakeholders", True),
        ("contractual", True),
        ("admin", True),
        ("attaché", True),  # accented words are listed as written
        ("roscosmos", False),  # names are not
        ("jaxa", False),
        ("dlr", False),  # nor short abbreviations, which the larger lists hold
    ],
)
def test_the_built_in_list(word: str, known: bool) -> None:
    assert (word in english_words()) is known


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("somwhere", "somewhere"),
        ("stakeholdres", "stakeholders"),
        ("roscosmos", None),  # a name, no slip
        ("nasal", None),  # short words are left alone
        ("cheol-ho", None),
    ],
)
def test_a_long_slip_of_an_english_word(word: str, meant: str | None) -> None:
    assert misspelt_english(word) == meant


@given(st.text(max_size=30))
def test_any_text_is_looked_up_without_error(text: str) -> None:
    assert (text in SMALL) == (text in {"a", "ab", "an", "at", "ant", "any", "are", "be", "by"})
    assert isinstance(text in english_words(), bool)
