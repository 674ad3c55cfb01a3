"""Ordinary English words (SCOWL; see data/english-words.LICENSE): whether a word is one, and which one a long
unknown word is a slip of.

The list is stored one line for each first letter and length. Both questions need only the line or three a word
falls in, so nothing builds a set of all 118,000 words: a one-shot `qa ask` with a word the knowledge lacks reads
the file and splits it into a few hundred lines, about a millisecond."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

_FILE = Path(__file__).resolve().parent / "data" / "english-words.txt"
MISSPELT_LENGTH = 7  # from this length on, an unknown word one slip from an English word is that word misspelt


class EnglishWords:
    """A word list kept as lines of words of one first letter and one length, sorted and separated by spaces: the
    k-th word of a line is found by arithmetic, so a look-up is a binary search with no set or list built."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: dict[tuple[str, int], tuple[int, int]] = {}  # (first letter, length) -> (start, count)
        start = 0
        while start < len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            size = text.find(" ", start, end)
            size = end - start if size < 0 else size - start
            if size:
                self._lines[(text[start], size)] = (start, (end - start + 1) // (size + 1))
            start = end + 1

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        line = self._lines.get((word[0], len(word)))
        if line is None:
            return False
        start, count = line
        size, text = len(word) + 1, self._text
        low, high = 0, count
        while low < high:
            middle = (low + high) // 2
            at = start + middle * size
            found = text[at : at + size - 1]
            if found == word:
                return True
            if found < word:
                low = middle + 1
            else:
                high = middle
        return False

    def __iter__(self) -> Iterator[str]:
        for first, size in self._lines:
            yield from self._line(first, size)

    def _line(self, first: str, size: int) -> list[str]:
        start, count = self._lines.get((first, size), (0, 0))
        return self._text[start : start + count * (size + 1) - 1].split(" ") if count else []

    def starting_like(self, word: str, spread: int) -> list[str]:
        """The words with the same first letter as `word` and a length at most `spread` from its length."""
        return [w for d in range(-spread, spread + 1) for w in self._line(word[0], len(word) + d)]


@lru_cache(maxsize=1)
def english_words() -> EnglishWords:
    return EnglishWords(_FILE.read_text(encoding="utf-8"))


def misspelt_english(word: str) -> str | None:
    """The ordinary English word a long unknown word is one slip from ("somwhere": "somewhere"), if any. Names
    this long are seldom one slip from an English word, short ones often are ("nasa", "nasal"): short words are
    left alone."""
    if len(word) < MISSPELT_LENGTH or not word.isalpha():
        return None
    pool = english_words().starting_like(word, 1)
    found = process.extractOne(word, pool, scorer=DamerauLevenshtein.distance, score_cutoff=1)
    return None if found is None else found[0]
