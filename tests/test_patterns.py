"""Patterns compiled on first use behave as `re.compile` would, and are compiled only when used; programs kept by
the cache make the same patterns without compiling."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa import cache, patterns
from qa.patterns import Pattern

SOURCES = [
    (r"\b(?:who|what)\s+(?P<rest>\w+)", re.IGNORECASE),
    (r"(\d+)(?:st|nd|rd|th)?", 0),
    (r"[,;]\s*", 0),
]


@given(st.sampled_from(SOURCES), st.text(alphabet="Who what 12nd3rd,; leads CNES", max_size=40))
def test_a_lazy_pattern_matches_as_the_compiled_one(source: tuple[str, int], text: str) -> None:
    lazy, compiled = Pattern(*source), re.compile(*source)
    from_program = patterns._from_program(source[0], patterns.programs()[source])
    assert from_program == compiled

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
from qa import cache, patterns
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


def test_a_kept_program_makes_the_pattern_that_compiling_makes() -> None:
    import qa.conversation  # noqa: F401 - the modules whose patterns a question goes through

    kept = patterns.programs()
    assert len(kept) > 100
    for (text, flags), program in kept.items():
        assert patterns._from_program(text, program) == re.compile(text, flags)


def test_an_installed_program_is_used_and_a_broken_one_falls_back_to_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    good, broken = Pattern(r"\bKASS\b", re.IGNORECASE), Pattern(r"\bKSLV-?2\b", re.IGNORECASE)
    program = patterns.programs()[(good.pattern, good.flags)]
    monkeypatch.setattr(patterns, "_installed", {})
    patterns.install({(good.pattern, good.flags): program, (broken.pattern, broken.flags): (0, [999999], 0, {}, ())})
    compiled: list[str] = []
    real = re.compile

    def counting(text: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(text)
        return real(text, flags)

    monkeypatch.setattr(re, "compile", counting)
    assert good.search("what is kass?") is not None
    assert broken.search("what is kslv-2?") is not None
    assert compiled == [broken.pattern]


def test_a_question_after_a_cached_index_compiles_none_of_the_engines_patterns(tmp_path: Path) -> None:
    probe = """
import re, re._compiler, qa, qa.analysis, qa.conversation, qa.engine
from qa.patterns import Pattern
held = {v.pattern for m in (qa.analysis, qa.engine, qa.conversation) for v in vars(m).values()
        if isinstance(v, Pattern)}
compiled = []
real = re._compiler.compile
re._compiler.compile = lambda p, flags=0: compiled.append(p) or real(p, flags)
qa.answer("Who leads CNES?")
print(sum(p in held for p in compiled))
"""
    env = {**os.environ, cache.CACHE_ENV: str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env)
    later = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env)
    assert int(first.stdout) > 10  # built: compiled as used
    assert int(later.stdout) == 0  # loaded: made from the kept programs
