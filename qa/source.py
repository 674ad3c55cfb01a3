"""The source document: its text, its sentences and paragraphs, and verbatim look-up of quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from qa.text import fold_quote

# A sentence ends at . ! ? (optionally followed by a closing quote) before white space and a capital or an opening
# quote. Titles have no full stop, so blank lines also end a sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"']?\s+(?=[\"A-Z])")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_INDEX_WORD = re.compile(r"\w+")
_SCAN_LIMIT = 200_000  # below this many characters, a plain substring search is fastest
# "Korea Aerospace Research Institute (KARI)": capitalised words followed by an acronym of their initials.
_DEFINED_ACRONYM = re.compile(r"((?:[A-Z][\w'-]*\s+(?:(?:of|the|for|and|de|du)\s+)*){1,8})\(([A-Z]{2,8})\)")


@dataclass(frozen=True)
class Acronym:
    short: str
    long: str
    quote: str


@dataclass(frozen=True)
class Source:
    """The release text, with helpers to cite it."""

    text: str
    folded: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "folded", fold_quote(self.text))

    def contains(self, quote: str) -> bool:
        """True when `quote` occurs verbatim in the source after folding white space, hyphens and quote styles."""
        needle = fold_quote(quote)
        if not needle:
            return False
        if len(self.folded) < _SCAN_LIMIT:
            return needle in self.folded
        # A large source: look only where the quote's rarest word occurs, so checking many quotes stays fast.
        # Interior words only: the first and last may be cut mid-word by the quote.
        words = [(m.start(), m.group()) for m in _INDEX_WORD.finditer(needle)][1:-1]
        if not words:
            return needle in self.folded
        offset, word = min(words, key=lambda pw: len(self._word_offsets.get(pw[1], ())))
        return any(self.folded.startswith(needle, at - offset) for at in self._word_offsets.get(word, ()))

    @cached_property
    def _word_offsets(self) -> dict[str, list[int]]:
        offsets: dict[str, list[int]] = {}
        for match in _INDEX_WORD.finditer(self.folded):
            offsets.setdefault(match.group(), []).append(match.start())
        return offsets

    @cached_property
    def paragraphs(self) -> tuple[str, ...]:
        """The source's paragraphs, folded onto one line each."""
        parts = (fold_quote(p) for p in _PARAGRAPH_BREAK.split(self.text))
        return tuple(p for p in parts if p)

    @cached_property
    def sentences(self) -> tuple[str, ...]:
        """The source's sentences (titles count as sentences), folded onto one line each."""
        out: list[str] = []
        for paragraph in self.paragraphs:
            out.extend(s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip())
        return tuple(out)

    @cached_property
    def acronyms(self) -> tuple[Acronym, ...]:
        """Acronyms the source defines as "Long Name (ACR)", where the initials spell the acronym."""
        out: list[Acronym] = []
        for match in _DEFINED_ACRONYM.finditer(self.folded):
            words, short = match.group(1).split(), match.group(2)
            # Keep the shortest tail of capitalised words whose initials spell the acronym.
            for start in range(len(words)):
                tail = words[start:]
                initials = "".join(w[0] for w in tail if w[0].isupper())
                if initials == short and tail[0][0].isupper():
                    long = " ".join(tail)
                    out.append(Acronym(short, long, f"{long} ({short})"))
                    break
        return tuple(out)

    def sentence_of(self, quote: str) -> str | None:
        """The sentence a quote comes from (the first, for a quote that spans several)."""
        paragraph = self.paragraph_of(quote)
        if paragraph is None:
            return None
        needle = fold_quote(quote)
        start = paragraph.find(needle)
        offset = 0
        for sentence in _SENTENCE_END.split(paragraph):
            offset = paragraph.find(sentence, offset)
            if offset + len(sentence) > start:
                return sentence.strip()
            offset += len(sentence)
        return None

    def paragraph_of(self, quote: str) -> str | None:
        """The paragraph a quote comes from, for showing a citation in its context."""
        needle = fold_quote(quote)
        for paragraph in self.paragraphs:
            if needle in paragraph:
                return paragraph
        return None
