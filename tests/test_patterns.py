"""Patterns compiled on first use behave as `re.compile` would, and are compiled only when used."""

from __future__ import annotations

import re
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from qa.patterns import Pattern

SOURCES = [
    (r"\b(?:who|what)\s+(?P<rest>\w+)", re.IGNORECASE),
    (r"(\d+)(?:st|nd|rd|th)?", 0),
    (r"[,;]\s*", 0),
]


@given(st.sampled_from(SOURCES), st.text(alphabet="Who what 12nd3rd,; leads CNES", max_size=40))
def test_a_lazy_pattern_matches_as_the_compiled_one(source: tuple[str, int], text: str) -> None:
    lazy, compiled = Pattern(*source), re.compile(*source)

    def spans(found: re.Match[str] | None) -> tuple[int, int] | None:
        return None if found is None else found.span()

    assert spans(lazy.search(text)) == spans(compiled.search(text))
    assert spans(lazy.match(text)) == spans(compiled.match(text))
    assert spans(lazy.fullmatch(text)) == spans(compiled.fullmatch(text))
    assert lazy.findall(text) == compiled.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("_", text) == compiled.sub("_", text)
    assert lazy.split(text) == compiled.split(text)


def test_a_pattern_is_compiled_when_first_used_and_once() -> None:
    pattern = Pattern(r"\bKMA\b", re.IGNORECASE)
    assert pattern._compiled is None  # importing a module that holds it compiles nothing
    assert pattern.search("who heads the kma?") is not None
    first = pattern.compiled
    assert pattern.search("KMA") is not None
    assert pattern.compiled is first
    assert (pattern.pattern, pattern.flags) == (r"\bKMA\b", re.IGNORECASE)


def test_importing_the_answer_engine_compiles_no_pattern_and_an_answer_only_some() -> None:
    probe = """
import qa, qa.analysis, qa.conversation, qa.engine
from qa.patterns import Pattern
held = [v for m in (qa.analysis, qa.engine, qa.conversation) for v in vars(m).values() if isinstance(v, Pattern)]
before = sum(p._compiled is not None for p in held)
qa.answer("Who leads CNES?")
print(len(held), before, sum(p._compiled is not None for p in held))
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    held, before, after = map(int, done.stdout.split())
    assert held > 50
    assert before == 0
    assert 0 < after < held
