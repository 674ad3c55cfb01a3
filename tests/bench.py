"""Benchmark: time per question of `qa.answer` over the labelled set, against a naive baseline measured in the same
run (rapidfuzz `process.extractOne` with `WRatio` over every stored phrasing). Not part of the test suite.

    python tests/bench.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from rapidfuzz import fuzz, process, utils

import qa
from qa.engines import engine_for
from tests.evaluate import EVAL_DIR, load_cases


def per_call(fns: list[Callable[[str], object]], questions: list[str], repeat: int = 7) -> list[list[float]]:
    """Seconds per call of each function for each question, best of `repeat` rounds over the whole list. The
    functions take turns within each round, so a slower spell of a shared machine weighs on all of them alike."""
    best = [[float("inf")] * len(questions) for _ in fns]
    for _ in range(repeat):
        for fn, times in zip(fns, best, strict=True):
            for i, q in enumerate(questions):
                start = time.perf_counter()
                fn(q)
                times[i] = min(times[i], time.perf_counter() - start)
    return best


def main() -> None:
    questions = [t for c in load_cases(EVAL_DIR / "questions.toml") for t in c.conversation]
    start = time.perf_counter()
    engine = engine_for()
    load = time.perf_counter() - start
    phrasings = [p.text for p in engine.phrasings]

    def baseline(q: str) -> object:
        return process.extractOne(q, phrasings, scorer=fuzz.WRatio, processor=utils.default_process)

    ours, naive = per_call([qa.answer, baseline], questions)
    print(f"{len(questions)} questions, {len(phrasings)} phrasings; load and index {load * 1000:.0f} ms")
    print(f"{'':<22} {'mean us':>9} {'p50 us':>8} {'p99 us':>8}")
    for name, times in (("qa.answer", ours), ("baseline extractOne", naive)):
        us = sorted(t * 1e6 for t in times)
        print(f"{name:<22} {statistics.fmean(us):>9.1f} {us[len(us) // 2]:>8.1f} {us[int(len(us) * 0.99)]:>8.1f}")
    print(f"ratio qa / baseline (mean): {statistics.fmean(ours) / statistics.fmean(naive):.2f}")


if __name__ == "__main__":
    main()
