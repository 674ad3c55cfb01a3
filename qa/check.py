"""The knowledge checker behind `qa check`: schema, references, verbatim evidence, conflicts, self-retrieval and
coverage of the source, as one report."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from qa.analysis import tokenize
from qa.engine import Engine
from qa.knowledge import ENTRIES_FILE, Knowledge, problems, read_knowledge, schema_problems
from qa.text import fold_quote

# Phrasings this similar (token_sort_ratio on normalised words) with different answers are a conflict.
CONFLICT_RATIO = 95.0


class Issue(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: str  # schema | reference | evidence | duplicate | conflict | retrieval
    file: str
    entry: str | None = None
    field: str | None = None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.entry is not None:
            where += f": entry {self.entry!r}"
        if self.field is not None:
            where += f", field {self.field!r}"
        return f"{where}: {self.message}"


class Coverage(BaseModel):
    model_config = ConfigDict(frozen=True)

    sentences: int
    cited: int
    uncited: list[str] = Field(default_factory=list)

    @property
    def share(self) -> float:
        return self.cited / self.sentences if self.sentences else 1.0


class CheckReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    knowledge: str
    entries: int
    phrasings: int
    facts: int
    entities: int
    relations: int
    smalltalk: int
    errors: list[Issue] = Field(default_factory=list)
    coverage: Coverage = Coverage(sentences=0, cited=0)  # nothing counted when the files could not be read

    @property
    def ok(self) -> bool:
        return not self.errors


def _kind(message: str) -> str:
    if message.startswith("duplicate"):
        return "duplicate"
    if message.startswith("evidence"):
        return "evidence"
    return "reference"


def _conflicts(knowledge: Knowledge) -> list[Issue]:
    """Pairs of entries with near-identical phrasings but different answers."""
    normal: list[tuple[str, str, str, str]] = []  # (entry id, answer, phrasing, its sorted words)
    for entry in knowledge.entries:
        for text in [entry.question, *entry.phrasings]:
            normal.append((entry.id, entry.answer, text, " ".join(sorted(tokenize(text)))))
    out: list[Issue] = []
    reported: set[tuple[str, str]] = set()
    for (id_a, ans_a, text_a, a), (id_b, ans_b, text_b, b) in combinations(normal, 2):
        if id_a == id_b or ans_a == ans_b or (id_a, id_b) in reported:
            continue
        if a and b and fuzz.ratio(a, b) >= CONFLICT_RATIO:
            reported.add((id_a, id_b))
            message = f"phrasing {text_a!r} is near-identical to {text_b!r} of {id_b!r}, whose answer differs"
            out.append(Issue(kind="conflict", file=ENTRIES_FILE, entry=id_a, field="phrasings", message=message))
    return out


def _indistinguishable(engine: Engine) -> list[Issue]:
    """Curated phrasings of different answers that analyse to the very same terms: the matcher cannot tell them
    apart, so one of them must be reworded."""
    owner: dict[frozenset[str], int] = {}
    out: list[Issue] = []
    for phrasing in engine.phrasings:
        target = engine.targets[phrasing.target]
        if target.kind != "entry":
            continue
        first = owner.setdefault(phrasing.keys, phrasing.target)
        other = engine.targets[first]
        if first != phrasing.target and other.answer != target.answer:
            terms = " ".join(sorted(phrasing.keys))
            message = f"{phrasing.text!r} reads as the same terms ({terms}) as a phrasing of {other.id!r}"
            out.append(Issue(kind="conflict", file=ENTRIES_FILE, entry=target.id, field="phrasings", message=message))
    return out


def _self_retrieval(knowledge: Knowledge, engine: Engine) -> list[Issue]:
    """Every stored phrasing, asked as a question, must be answered from its own entry (or a same-answer twin)."""
    out: list[Issue] = []
    for entry in knowledge.entries:
        for text in [entry.question, *entry.phrasings]:
            got = engine.reply(text)
            if got.match == entry.id or (got.answered and got.text == entry.answer):
                continue
            what = f"{got.kind} {got.match!r}" if got.answered else f"a {got.decision.value}"
            out.append(
                Issue(
                    kind="retrieval",
                    file=ENTRIES_FILE,
                    entry=entry.id,
                    field="phrasings",
                    message=f"{text!r} retrieves {what}, not its own entry",
                )
            )
    return out


def coverage(knowledge: Knowledge) -> Coverage:
    """Share of the source's sentences that some evidence quote (of an entry or a fact) cites."""
    quotes = [fold_quote(q) for e in knowledge.entries for q in e.evidence]
    quotes += [fold_quote(q) for f in knowledge.facts for q in f.evidence]
    sentences = knowledge.source.sentences
    uncited = [s for s in sentences if not any(q and (q in s or s in q) for q in quotes)]
    return Coverage(sentences=len(sentences), cited=len(sentences) - len(uncited), uncited=uncited)


def check(knowledge: Knowledge, *, retrieval: bool = True) -> CheckReport:
    """Run every check on an already schema-valid knowledge store."""
    errors = [
        Issue(kind=_kind(p.message), file=p.file, entry=p.entry, field=p.field, message=p.message)
        for p in problems(knowledge)
    ]
    if not errors:
        errors += _conflicts(knowledge)
        engine = Engine(knowledge)
        errors += _indistinguishable(engine)
        if retrieval:
            errors += _self_retrieval(knowledge, engine)
    return CheckReport(
        knowledge=str(knowledge.path),
        entries=len(knowledge.entries),
        phrasings=sum(1 + len(e.phrasings) for e in knowledge.entries),
        facts=len(knowledge.facts),
        entities=len(knowledge.entities),
        relations=len(knowledge.relations),
        smalltalk=len(knowledge.smalltalk),
        errors=errors,
        coverage=coverage(knowledge),
    )


def check_directory(directory: Path) -> CheckReport:
    """Check a knowledge directory that may not even load: all schema errors first, then everything else."""
    schema = schema_problems(directory)
    if schema:
        errors = [Issue(kind="schema", file=p.file, entry=p.entry, field=p.field, message=p.message) for p in schema]
        return CheckReport(
            knowledge=str(directory),
            entries=0,
            phrasings=0,
            facts=0,
            entities=0,
            relations=0,
            smalltalk=0,
            errors=errors,
        )
    return check(read_knowledge(directory))


def render(report: CheckReport) -> str:
    """The report as text for a terminal: one line per error, then the counts and coverage."""
    lines = [f"error: {issue}" for issue in report.errors]
    lines.append(
        f"{report.entries} entries, {report.phrasings} phrasings, {report.facts} facts, "
        f"{report.entities} entities, {report.relations} relations, {report.smalltalk} small-talk replies"
    )
    cov = report.coverage
    if cov.sentences:
        lines.append(f"coverage: {cov.cited}/{cov.sentences} sentences of the source cited ({cov.share:.0%})")
        lines.extend(f"  not cited: {s}" for s in cov.uncited)
    lines.append("ok" if report.ok else f"{len(report.errors)} error(s)")
    return "\n".join(lines)
