"""Stored texts read in bulk (`qa.bulk`): shared out over forked workers, or read one at a time, the keys are the
same and in the same order."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from qa import bulk
from qa.engines import engine_for


@pytest.fixture(scope="module")
def texts() -> list[str]:
    engine = engine_for()
    stored = [p.text for p in engine.phrasings] + [t.answer for t in engine.targets]
    return stored + stored[::-1] + stored[::2]  # no slice of it like another: the order shows


def _one_at_a_time(texts: list[str]) -> list[tuple[str, ...]]:
    analyzer = engine_for().analyzer
    return [tuple(t.key for t in analyzer.analyse(text, repair=False).terms) for text in texts]


fork_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")


@fork_only
def test_workers_give_the_keys_of_reading_one_at_a_time(monkeypatch: pytest.MonkeyPatch, texts: list[str]) -> None:
    monkeypatch.setattr(bulk, "PARALLEL_FROM", 100)
    monkeypatch.setattr(bulk, "_workers", lambda _count: 3)  # more workers than this machine's cores: still in order
    assert bulk.term_keys(engine_for().analyzer, texts) == _one_at_a_time(texts)


@fork_only
def test_a_worker_that_dies_leaves_the_reading_to_this_process(
    monkeypatch: pytest.MonkeyPatch, texts: list[str]
) -> None:
    monkeypatch.setattr(bulk, "_workers", lambda _count: 2)
    monkeypatch.setattr(bulk, "_worker", lambda *_: os._exit(1))
    assert bulk.term_keys(engine_for().analyzer, texts) == _one_at_a_time(texts)


def test_few_texts_are_read_here() -> None:
    assert bulk._workers(bulk.PARALLEL_FROM - 1) == 1


@fork_only
def test_no_fork_while_another_thread_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1, 2, 3}, raising=False)
    assert bulk._workers(10 * bulk.PARALLEL_FROM) > 1
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert bulk._workers(10 * bulk.PARALLEL_FROM) == 1
    finally:
        stop.set()
        other.join()
