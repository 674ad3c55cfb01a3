"""Regular expressions compiled when first used instead of when their module is imported.

The analyser, the engine and the conversation hold some ninety patterns; compiling all of them took about a fifth of
what a one-shot `qa ask` costs beyond importing its libraries, though a question uses only some. A `Pattern` is
written like `re.compile` and used like what it returns; two threads that use a pattern first at once each compile
it, which is harmless (the results are equal), so no lock is needed.

Even compiled lazily, the patterns one question needs took about as long as the rest of a one-shot `qa ask` after
its imports: Python's regular-expression compiler is written in Python. So the on-disk index (`qa.cache`) also keeps
each pattern's compiled program (`programs`), and a later process hands those to the regular-expression engine
directly (`install`) instead of compiling again. That uses the `re` module's internals (`re._parser`,
`re._compiler`, `_sre`), so it is fenced in: a program is kept only when the pattern it makes compares equal to what
`re.compile` makes, the cache is keyed on the exact Python version that made it, and any failure falls back to
`re.compile`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from importlib import import_module
from typing import Any

# A compiled program, as `_sre.compile` takes it after the pattern text: flags, code, group count, group names by
# name and by number.
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_made: list[Pattern] = []  # every pattern made, so that their programs can be kept (`programs`)
_installed: dict[tuple[str, int], Program] = {}  # programs from the cache, by pattern text and flags


class Pattern:
    """A regular expression, compiled on first use."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        _made.append(self)

    @property
    def compiled(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            program = _installed.get((self.pattern, self.flags))
            if program is not None:
                compiled = _from_program(self.pattern, program)
            if compiled is None:
                compiled = re.compile(self.pattern, self.flags)
            self._compiled = compiled
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def findall(self, string: str) -> list[Any]:
        return self.compiled.findall(string)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)


def _from_program(pattern: str, program: Program) -> re.Pattern[str] | None:
    """The pattern made from its compiled program, or None when the engine refuses it."""
    try:
        compiled: re.Pattern[str] = import_module("_sre").compile(pattern, *program)
    except Exception:
        return None
    return compiled


def _program(pattern: str, flags: int) -> Program | None:
    """What `re.compile` would hand the engine for this pattern, when that can be had and checked; else None.
    The same steps as `re._compiler.compile`."""
    try:
        parsed = import_module("re._parser").parse(pattern, flags)
        code = import_module("re._compiler")._code(parsed, flags)
        names: dict[str, int] = dict(parsed.state.groupdict)
        by_number: list[str | None] = [None] * parsed.state.groups
        for name, number in names.items():
            by_number[number] = name
        # Plain ints: the opcodes are int subclasses that do not pickle.
        ops = [int(op) for op in code]
        program: Program = (int(flags | parsed.state.flags), ops, parsed.state.groups - 1, names, tuple(by_number))
    except Exception:
        return None
    # Compiled patterns compare equal when their text, flags and code are.
    return program if _from_program(pattern, program) == re.compile(pattern, flags) else None


def programs() -> dict[tuple[str, int], Program]:
    """The compiled programs of every pattern made so far, for the cache to keep."""
    out: dict[tuple[str, int], Program] = {}
    for made in list(_made):
        key = (made.pattern, made.flags)
        if key not in out and (program := _program(*key)) is not None:
            out[key] = program
    return out


def install(kept: dict[tuple[str, int], Program]) -> None:
    """Use these programs (from `programs`, in an earlier process of the same Python) instead of compiling."""
    _installed.update(kept)
