"""The labelled evaluation: load a question set, run it through the API, and tabulate results by category.

Run `python tests/evaluate.py [questions.toml ...]` to print the table; `tests/test_accuracy.py` asserts targets.
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

import qa
from qa.text import fold_loose

EVAL_DIR = Path(__file__).parent / "eval"
ANSWERABLE = ("paraphrase", "casual", "keyword", "typo", "typo_generated", "followup")
DECLINING = ("unknown_name", "unknown_attribute", "unrelated")
TARGETS = {
    "paraphrase": 0.95,
    "casual": 0.90,
    "keyword": 0.90,
    "typo": 0.90,
    "typo_generated": 0.85,
    "followup": 0.85,
    "unknown_name": 0.95,
    "unknown_attribute": 0.70,
    "unrelated": 0.95,
}
MAX_WRONG_RATE = 0.02


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    category: str
    question: str | None = None
    turns: list[str] = Field(default_factory=list)
    expect: list[str] = Field(default_factory=list)
    reject: list[str] = Field(default_factory=list)
    declines: bool = False

    @model_validator(mode="after")
    def _shape(self) -> Case:
        if (self.question is None) == (not self.turns):
            raise ValueError("a case has either `question` or `turns`")
        if self.declines == bool(self.expect):
            raise ValueError("a case has either `expect` or `declines = true`")
        return self

    @property
    def conversation(self) -> list[str]:
        return self.turns or [self.question or ""]


@dataclass
class Outcome:
    case: Case
    answer: qa.Answer
    correct: bool
    wrong: bool  # answered, but not what was expected (the worst outcome)


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def by_category(self) -> dict[str, tuple[int, int, int]]:
        """category -> (correct, total, wrong answers)."""
        total: Counter[str] = Counter()
        correct: Counter[str] = Counter()
        wrong: Counter[str] = Counter()
        for o in self.outcomes:
            total[o.case.category] += 1
            correct[o.case.category] += o.correct
            wrong[o.case.category] += o.wrong
        order = [c for c in (*ANSWERABLE, *DECLINING) if c in total] + sorted(set(total) - set(ANSWERABLE + DECLINING))
        return {c: (correct[c], total[c], wrong[c]) for c in order}

    def accuracy(self, category: str) -> float:
        correct, total, _ = self.by_category()[category]
        return correct / total

    @property
    def wrong_rate(self) -> float:
        answerable = [o for o in self.outcomes if not o.case.declines]
        return sum(o.wrong for o in answerable) / max(1, len(answerable))

    def table(self) -> str:
        lines = [f"{'category':<18} {'correct':>8} {'total':>6} {'accuracy':>9} {'wrong':>6} {'target':>7}"]
        for category, (correct, total, wrong) in self.by_category().items():
            target = TARGETS.get(category)
            lines.append(
                f"{category:<18} {correct:>8} {total:>6} {correct / total:>9.1%} {wrong:>6} "
                f"{'' if target is None else format(target, '.0%'):>7}"
            )
        answerable = sum(1 for o in self.outcomes if not o.case.declines)
        wrong = sum(o.wrong for o in self.outcomes if not o.case.declines)
        lines.append(f"wrong answers: {wrong}/{answerable} answerable = {self.wrong_rate:.1%} (target <= 2%)")
        confident = [o for o in self.outcomes if o.answer.answered and o.answer.confidence >= 0.8]
        right = sum(o.correct for o in confident)
        lines.append(f"answers at confidence >= 0.8: {right}/{len(confident)} right (target >= 98%)")
        return "\n".join(lines)


def load_cases(path: Path) -> list[Case]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [Case.model_validate(c) for c in data["case"]]


def judge(case: Case, answer: qa.Answer) -> tuple[bool, bool]:
    if case.declines:
        return not answer.answered, False
    if not answer.answered:
        return False, False
    text = fold_loose(answer.text)
    ok = all(fold_loose(e) in text for e in case.expect) and not any(fold_loose(r) in text for r in case.reject)
    return ok, not ok


def run(cases: list[Case], knowledge: qa.Knowledge | None = None) -> Report:
    report = Report()
    for case in cases:
        conversation = qa.Conversation(knowledge=knowledge)
        answer = None
        for turn in case.conversation:
            answer = conversation.ask(turn)
        assert answer is not None
        correct, wrong = judge(case, answer)
        report.outcomes.append(Outcome(case, answer, correct, wrong))
    return report


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [EVAL_DIR / "questions.toml"]
    verbose = "-v" in argv
    for path in paths:
        if str(path) == "-v":
            continue
        report = run(load_cases(path))
        print(f"== {path.name}")
        print(report.table())
        if verbose:
            for o in report.outcomes:
                if not o.correct:
                    q = " | ".join(o.case.conversation)
                    label = "declines" if o.case.declines else f"expect {o.case.expect}"
                    print(f"  [{o.case.category}] {q!r} ({label}) -> {o.answer.answered} {o.answer.text[:90]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
