"""Loading a knowledge directory: TOML files validated by pydantic, cross-checked, and the source text.

Layout of a knowledge directory (all TOML files optional except the source and `entries.toml`):

    release.txt      the source document every quote must come from
    entities.toml    [[entity]]    people, organisations, programmes, events, places, dates
    relations.toml   [[relation]]  kinds of facts, with question templates
    facts.toml       [[fact]]      subject - relation - object triples with evidence
    entries.toml     [[entry]]     curated questions, phrasings, answers, evidence
    smalltalk.toml   [[smalltalk]] greetings, thanks, help, goodbye
    synonyms.toml    [groups]      words that mean the same in this domain
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from qa.errors import KnowledgeError
from qa.models import (
    EntitiesFile,
    Entity,
    EntriesFile,
    Entry,
    Fact,
    FactsFile,
    Relation,
    RelationsFile,
    SmallTalk,
    SmallTalkFile,
    Synonyms,
)
from qa.paths import builtin_knowledge_dir
from qa.source import Source
from qa.text import fold_loose

SOURCE_FILE = "release.txt"
ENTRIES_FILE = "entries.toml"
SMALLTALK_FILE = "smalltalk.toml"
_FileModel = TypeVar("_FileModel", bound=BaseModel)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a knowledge directory, located as precisely as possible."""

    file: str
    message: str
    entry: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.entry is not None:
            where += f": entry {self.entry!r}"
        if self.field is not None:
            where += f", field {self.field!r}"
        return f"{where}: {self.message}"


@dataclass(frozen=True, eq=False)
class Knowledge:
    """A validated knowledge store. Build it with `load_knowledge`; treat it as read-only."""

    path: Path
    source: Source
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    facts: tuple[Fact, ...]
    entries: tuple[Entry, ...]
    smalltalk: tuple[SmallTalk, ...]
    synonyms: Synonyms = field(default_factory=Synonyms)

    @cached_property
    def entity(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}

    @cached_property
    def relation(self) -> dict[str, Relation]:
        return {r.id: r for r in self.relations}

    @cached_property
    def entry(self) -> dict[str, Entry]:
        return {e.id: e for e in self.entries}

    @cached_property
    def fact(self) -> dict[str, Fact]:
        return {f.id: f for f in self.facts}


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise KnowledgeError(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KnowledgeError(path, f"not valid UTF-8 (byte {exc.start})") from None
    if not text.strip():
        # Present but empty is a mistake (a failed save, a truncated copy), not "no data": say so.
        raise KnowledgeError(path, "empty file: remove it or give it content")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeError(path, f"invalid TOML: {exc}") from None


def _entry_label(data: dict[str, Any], loc: tuple[int | str, ...]) -> tuple[str | None, str | None]:
    """Turn a pydantic error location such as ('entry', 3, 'phrasings', 0) into (entry id, field path)."""
    if len(loc) >= 2 and isinstance(loc[1], int):
        items = data.get(str(loc[0]))
        entry: str | None = f"#{loc[1] + 1}"
        if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
            ident = items[loc[1]].get("id")
            if isinstance(ident, str):
                entry = ident
        rest = ".".join(str(p) for p in loc[2:])
        return entry, rest or None
    return None, ".".join(str(p) for p in loc) or None


_FILES: tuple[tuple[str, type[BaseModel]], ...] = (
    ("entities.toml", EntitiesFile),
    ("relations.toml", RelationsFile),
    ("facts.toml", FactsFile),
    (ENTRIES_FILE, EntriesFile),
    (SMALLTALK_FILE, SmallTalkFile),
    ("synonyms.toml", Synonyms),
)


def schema_problems(directory: Path | str) -> list[Problem]:
    """Every schema error of every file of a knowledge directory, not just the first (for `qa check`)."""
    path = Path(directory)
    out: list[Problem] = []
    if not path.is_dir():
        return [Problem(str(path), "not a knowledge directory")]
    try:
        _read_source(path / SOURCE_FILE)
    except KnowledgeError as exc:
        out.append(Problem(SOURCE_FILE, exc.message))
    if not (path / ENTRIES_FILE).exists():
        out.append(Problem(ENTRIES_FILE, "missing: a knowledge directory needs entries"))
    for name, model in _FILES:
        try:
            data = _read_toml(path / name)
        except KnowledgeError as exc:
            out.append(Problem(name, exc.message))
            continue
        try:
            model.model_validate(data)
        except ValidationError as exc:
            out += [_schema_problem(name, data, error) for error in exc.errors()]
    return out


def _schema_problem(file: str, data: dict[str, Any], error: ErrorDetails) -> Problem:
    """A pydantic error located by file, entry id and field."""
    entry, fld = _entry_label(data, tuple(error["loc"]))
    return Problem(file, error["msg"].lower(), entry=entry, field=fld)


def _validate_file(path: Path, model: type[_FileModel]) -> _FileModel:
    data = _read_toml(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = _schema_problem(path.name, data, exc.errors()[0])
        raise KnowledgeError(path, first.message, entry=first.entry, field=first.field) from None


def _read_source(path: Path) -> Source:
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise KnowledgeError(path, "missing: the source document is required") from None
    except UnicodeDecodeError as exc:
        raise KnowledgeError(path, f"not valid UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise KnowledgeError(path, f"cannot read: {exc.strerror or exc}") from None
    if not text.strip():
        raise KnowledgeError(path, "empty: the source document has no text")
    return Source(text)


def read_knowledge(directory: Path | str) -> Knowledge:
    """Read and schema-validate a knowledge directory, without the cross-checks (see `problems`)."""
    path = Path(directory)
    if not path.is_dir():
        raise KnowledgeError(path, "not a knowledge directory")
    source = _read_source(path / SOURCE_FILE)
    if not (path / ENTRIES_FILE).exists():
        raise KnowledgeError(path / ENTRIES_FILE, "missing: a knowledge directory needs entries")
    synonyms = _validate_file(path / "synonyms.toml", Synonyms)
    return Knowledge(
        path=path,
        source=source,
        entities=tuple(_validate_file(path / "entities.toml", EntitiesFile).entity),
        relations=tuple(_validate_file(path / "relations.toml", RelationsFile).relation),
        facts=tuple(_validate_file(path / "facts.toml", FactsFile).fact),
        entries=tuple(_validate_file(path / ENTRIES_FILE, EntriesFile).entry),
        smalltalk=tuple(_validate_file(path / SMALLTALK_FILE, SmallTalkFile).smalltalk),
        synonyms=synonyms,
    )


def _duplicates(file: str, ids: Iterable[str]) -> Iterator[Problem]:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            yield Problem(file, "duplicate id", entry=ident, field="id")
        seen.add(ident)


def problems(knowledge: Knowledge) -> list[Problem]:
    """Cross-checks beyond the schema: duplicate ids, unknown references, evidence not in the source."""
    k = knowledge
    out: list[Problem] = []
    out += _duplicates("entities.toml", (e.id for e in k.entities))
    out += _duplicates("relations.toml", (r.id for r in k.relations))
    out += _duplicates("facts.toml", (f.id for f in k.facts))
    out += _duplicates(ENTRIES_FILE, (e.id for e in k.entries))
    out += _duplicates(SMALLTALK_FILE, (s.id for s in k.smalltalk))
    # An answer names what it came from by id, so ids are unique across entries, facts and small talk.
    entry_ids = {e.id for e in k.entries}
    for talk in k.smalltalk:
        if talk.id in entry_ids:
            out.append(Problem(SMALLTALK_FILE, "id also used by an entry in entries.toml", entry=talk.id, field="id"))
    for fact in k.facts:
        if fact.id in entry_ids:
            out.append(Problem("facts.toml", "id also used by an entry in entries.toml", entry=fact.id, field="id"))
    for fact in k.facts:
        for fld in ("subject", "object"):
            ref = getattr(fact, fld)
            if ref not in k.entity:
                out.append(Problem("facts.toml", f"unknown entity {ref!r}", entry=fact.id, field=fld))
        if fact.relation not in k.relation:
            out.append(Problem("facts.toml", f"unknown relation {fact.relation!r}", entry=fact.id, field="relation"))
        out += _evidence_problems(k.source, "facts.toml", fact.id, fact.evidence)
    for entry in k.entries:
        for ref in entry.subjects:
            if ref not in k.entity:
                out.append(Problem(ENTRIES_FILE, f"unknown entity {ref!r}", entry=entry.id, field="subjects"))
        for ref in entry.related:
            if ref not in k.entry:
                out.append(Problem(ENTRIES_FILE, f"unknown related entry {ref!r}", entry=entry.id, field="related"))
        out += _evidence_problems(k.source, ENTRIES_FILE, entry.id, entry.evidence)
    out += _acronym_problems(k)
    for relation in k.relations:
        for template in relation.ask:
            if "{subject}" not in template:
                out.append(Problem("relations.toml", f"template lacks {{subject}}: {template!r}", relation.id, "ask"))
        for template in relation.ask_inverse:
            if "{object}" not in template:
                msg = f"template lacks {{object}}: {template!r}"
                out.append(Problem("relations.toml", msg, relation.id, "ask_inverse"))
    return out


def _acronym_problems(k: Knowledge) -> Iterator[Problem]:
    """Every acronym the source defines ("Long Name (ACR)") must be an entity known by both forms."""
    for acronym in k.source.acronyms:
        short, long = fold_loose(acronym.short), fold_loose(acronym.long)
        for entity in k.entities:
            names = {fold_loose(n) for n in (entity.name, *entity.aliases)}
            if short in names:
                if not any(long in n for n in names):
                    message = f"the source defines {acronym.short} as {acronym.long!r}, which is not among its aliases"
                    yield Problem("entities.toml", message, entry=entity.id, field="aliases")
                break
        else:
            yield Problem("entities.toml", f"the source defines the acronym {acronym.short}, but no entity is named so")


def _evidence_problems(source: Source, file: str, ident: str, evidence: list[str]) -> Iterator[Problem]:
    for i, quote in enumerate(evidence):
        if not source.contains(quote):
            yield Problem(file, f"evidence not found verbatim in the source: {quote[:60]!r}", ident, f"evidence.{i}")


def build_knowledge(
    source: str,
    entries: Iterable[Entry],
    *,
    entities: Iterable[Entity] = (),
    relations: Iterable[Relation] = (),
    facts: Iterable[Fact] = (),
    smalltalk: Iterable[SmallTalk] = (),
    synonyms: Synonyms | None = None,
    name: str = "<built in memory>",
) -> Knowledge:
    """A knowledge store made in memory from validated models (for programs that generate their knowledge),
    cross-checked like one loaded from files; raises `KnowledgeError` on the first problem."""
    if not source.strip():
        raise KnowledgeError(name, "empty: the source document has no text")
    knowledge = Knowledge(
        path=Path(name),
        source=Source(source),
        entities=tuple(entities),
        relations=tuple(relations),
        facts=tuple(facts),
        entries=tuple(entries),
        smalltalk=tuple(smalltalk),
        synonyms=synonyms or Synonyms(),
    )
    found = problems(knowledge)
    if found:
        first = found[0]
        raise KnowledgeError(Path(name) / first.file, first.message, entry=first.entry, field=first.field)
    return knowledge


def load_knowledge(directory: Path | str | None = None) -> Knowledge:
    """Load and fully validate a knowledge directory (the built-in one when `directory` is None).

    Raises `KnowledgeError` naming the file, entry and field of the first problem found; never falls back to the
    built-in knowledge when a given directory is broken.
    """
    path = builtin_knowledge_dir() if directory is None else Path(directory)
    knowledge = read_knowledge(path)
    found = problems(knowledge)
    if found:
        first = found[0]
        raise KnowledgeError(path / first.file, first.message, entry=first.entry, field=first.field)
    return knowledge
